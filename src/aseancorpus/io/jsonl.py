"""JSON Lines: one :meth:`Article.to_dict` record per line.

>>> import tempfile, os
>>> from aseancorpus import load_seeds, load_jsonl, save_jsonl
>>> path = os.path.join(tempfile.mkdtemp(), "seeds.jsonl")
>>> save_jsonl(load_seeds(), path)
5
>>> list(load_jsonl(path)) == list(load_seeds())
True
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

import orjson

from ..corpus import Corpus
from ..errors import FormatError, PathError
from ..model import Article
from ._atomic import atomic_write

__all__ = ["iter_jsonl", "load_jsonl", "save_jsonl"]


def save_jsonl(articles: Iterable[Article], path: str | os.PathLike[str]) -> int:
    """Write articles to ``path`` as JSON Lines (UTF-8), atomically.

    .. versionadded:: 0.1.0

    The file appears only when every article has been written; an error or an
    interrupt leaves no partial file behind.

    Args:
        articles: Any iterable of articles, e.g. a :class:`~aseancorpus.Corpus`.
        path: The output file.

    Returns:
        The number of articles written.

    Raises:
        PathError: If the folder of ``path`` does not exist.
    """
    n = 0
    with atomic_write(path) as fh:
        for a in articles:
            fh.write(orjson.dumps(a.to_dict()))
            fh.write(b"\n")
            n += 1
    return n


def iter_jsonl(path: str | os.PathLike[str]) -> Iterator[Article]:
    """Yield the articles of a JSON Lines file one at a time.

    .. versionadded:: 0.1.0

    Raises:
        PathError: If ``path`` does not exist or is a directory.
        FormatError: If a line is not valid JSON or not an article record;
            the message names the file and the line number.
    """
    p = Path(path)
    if not p.is_file():
        raise PathError(f"{p}: {'is a directory' if p.is_dir() else 'no such file'}")
    with p.open("rb") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                record = orjson.loads(line)
            except orjson.JSONDecodeError as e:
                raise FormatError(f"{p}, line {lineno}: not valid JSON ({e})") from None
            try:
                yield Article.from_dict(record)
            except FormatError as e:
                raise FormatError(f"{p}, line {lineno}: {e}") from None


def load_jsonl(path: str | os.PathLike[str]) -> Corpus:
    """A lazy corpus over a JSON Lines file written by :func:`save_jsonl`.

    .. versionadded:: 0.1.0

    Raises:
        PathError: If ``path`` does not exist or is a directory.
    """
    p = Path(path)
    if not p.is_file():
        raise PathError(f"{p}: {'is a directory' if p.is_dir() else 'no such file'}")
    return Corpus(lambda: iter_jsonl(p), name=str(p))
