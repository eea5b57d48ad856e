"""Loaders: a file, a string, a directory (lazily), and the bundled sample.

>>> from aseancorpus import load_text
>>> a = load_text("อาเซียนและสหรัฐ\\n\\nเช้าวันที่ 14 กรกฎาคม ...", clean=False)
>>> a.language, a.title
('th', 'อาเซียนและสหรัฐ')
"""

from __future__ import annotations

import fnmatch
import hashlib
import os
import re
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Final

import attrs

from ..corpus import Corpus
from ..errors import InvalidArgument, PathError
from ..lang import LANGUAGES, detect_language
from ..model import Article, Block
from .decode import Errors, decode

__all__ = ["load_dir", "load_file", "load_seeds", "load_text", "paragraph_blocks", "text_article"]

#: Refuse to read files larger than this (bytes) unless ``max_bytes`` is raised.
MAX_BYTES: Final[int] = 64 * 1024 * 1024

_LINE: Final[re.Pattern[str]] = re.compile(r"[^\r\n]+")


def paragraph_blocks(raw: str) -> tuple[Block, ...]:
    """Every non-blank line as a block, stripped of surrounding whitespace.

    .. versionadded:: 0.1.0

    The first becomes the ``title``, the rest ``paragraph``. This is what the
    loaders produce with ``clean=False``.

    >>> [(b.kind, b.text) for b in paragraph_blocks("Tiêu đề \\r\\n\\r\\nĐoạn một.\\n")]
    [('title', 'Tiêu đề'), ('paragraph', 'Đoạn một.')]
    """
    blocks: list[Block] = []
    for m in _LINE.finditer(raw):
        line = m.group()
        stripped = line.strip()
        if not stripped:
            continue
        start = m.start() + (len(line) - len(line.lstrip()))
        kind = "paragraph" if blocks else "title"
        blocks.append(Block(kind, start, start + len(stripped), stripped))
    return tuple(blocks)


def _check_lang(lang: str | None) -> None:
    if lang is not None and lang not in LANGUAGES:
        raise InvalidArgument(f"unknown language {lang!r}; use one of: {', '.join(LANGUAGES)}")


def _article(
    raw: str,
    *,
    id: str,
    lang: str | None,
    clean: bool,
    path: str | None = None,
    encoding: str | None = None,
    replaced: int = 0,
) -> Article:
    article = Article(
        id=id,
        raw=raw,
        language=lang or detect_language(raw),
        path=path,
        encoding=encoding,
        replaced=replaced,
    )
    return _finish(article, clean=clean)


def _finish(article: Article, *, clean: bool) -> Article:
    """Clean an Article that has no blocks yet, or give it one block per non-blank line."""
    if clean:
        from ..cleaning import clean as _clean

        return _clean(article)  # cleaning builds the blocks from raw
    return attrs.evolve(article, blocks=paragraph_blocks(article.raw))


def text_article(text: str, *, id: str | None = None, lang: str | None = None) -> Article:
    """An Article for a string with no blocks yet: what cleaning starts from.

    .. versionadded:: 0.1.0

    Checks the arguments, drops a BOM, gives the id (a hash of the text unless
    ``id`` is given) and the language (detected unless ``lang`` is given).

    Raises:
        InvalidArgument: If ``text`` is not a string or ``lang`` is unknown.
    """
    if not isinstance(text, str):
        raise InvalidArgument(f"load_text() needs a str, not {type(text).__name__}; use load_file() for files")
    _check_lang(lang)
    if text.startswith("\ufeff"):
        text = text[1:]
    ident = id if id is not None else hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()
    return Article(id=ident, raw=text, language=lang or detect_language(text))


def load_text(text: str, *, id: str | None = None, lang: str | None = None, clean: bool = True) -> Article:
    """Make an Article from a string.

    .. versionadded:: 0.1.0

    Args:
        text: The article text (title on the first line).
        id: The article id; by default a hash of the text, so the same text
            always gets the same id.
        lang: ISO 639-1 code; detected when ``None``.
        clean: Run the boilerplate cleaner (default), or keep every line.

    Raises:
        InvalidArgument: If ``text`` is not a string or ``lang`` is unknown.
    """
    return _finish(text_article(text, id=id, lang=lang), clean=clean)


def load_file(
    path: str | os.PathLike[str],
    *,
    encoding: str | None = None,
    lang: str | None = None,
    errors: Errors = "strict",
    clean: bool = True,
    max_bytes: int = MAX_BYTES,
) -> Article:
    """Read one text file into an Article.

    .. versionadded:: 0.1.0

    The encoding is detected when not given (see :func:`aseancorpus.decode`);
    the id is the file name without its extension. An empty file gives an
    Article with no blocks.

    Args:
        path: The file.
        encoding: Force an encoding, e.g. ``"cp874"`` for TIS-620 Thai.
        lang: ISO 639-1 code; detected when ``None``.
        errors: ``"strict"`` or ``"replace"`` (see :func:`aseancorpus.decode`).
        clean: Run the boilerplate cleaner (default), or keep every line.
        max_bytes: Refuse larger files (a guard against loading a dump by mistake).

    Raises:
        PathError: If ``path`` is missing, is a directory, or is too large.
        DecodeError: If the bytes decode under no plausible encoding.
        InvalidArgument: If ``encoding``, ``errors`` or ``lang`` is not allowed.
    """
    _check_lang(lang)
    p = Path(path)
    if p.is_dir():
        raise PathError(f"{p} is a directory; use load_dir() to read the files in it")
    try:
        size = p.stat().st_size
        if size > max_bytes:
            raise PathError(f"{p} has {size} bytes, more than max_bytes={max_bytes}")
        data = p.read_bytes()
    except FileNotFoundError:
        raise PathError(f"{p}: no such file") from None
    except PermissionError:
        raise PathError(f"{p}: permission denied") from None
    decoded = decode(data, encoding=encoding, errors=errors, path=p)
    return _article(
        decoded.text,
        id=p.stem,
        lang=lang,
        clean=clean,
        path=str(p),
        encoding=decoded.encoding,
        replaced=decoded.replaced,
    )


def _walk(root: Path, pattern: str, recursive: bool) -> Iterator[Path]:
    """Yield matching files in sorted order, one directory listing at a time."""
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError as e:
        raise PathError(f"cannot list {root}: {e.strerror}") from None
    subdirs: list[str] = []
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            if recursive:
                subdirs.append(entry.path)
        elif entry.is_file() and fnmatch.fnmatch(entry.name, pattern):
            yield Path(entry.path)
    del entries
    for sub in subdirs:
        yield from _walk(Path(sub), pattern, recursive)


def load_dir(
    path: str | os.PathLike[str],
    *,
    pattern: str = "*.txt",
    recursive: bool = True,
    encoding: str | None = None,
    lang: str | None = None,
    errors: Errors = "strict",
    clean: bool = True,
) -> Corpus:
    """A lazy corpus of the files in a directory.

    .. versionadded:: 0.1.0

    Nothing is read until the corpus is iterated, and then one file at a time,
    so a directory of any size can be processed in constant memory. Files are
    visited in name order (hidden files and folders skipped).

    Args:
        path: The directory.
        pattern: A glob for file names, e.g. ``"*.txt"``.
        recursive: Descend into sub-directories.
        encoding, lang, errors, clean: As for :func:`load_file`.

    Raises:
        PathError: If ``path`` does not exist or is not a directory.
    """
    _check_lang(lang)
    root = Path(path)
    if not root.exists():
        raise PathError(f"{root}: no such directory")
    if not root.is_dir():
        raise PathError(f"{root} is a file, not a directory; use load_file()")

    def articles() -> Iterator[Article]:
        for f in _walk(root, pattern, recursive):
            yield load_file(f, encoding=encoding, lang=lang, errors=errors, clean=clean)

    return Corpus(articles, length=lambda: sum(1 for _ in _walk(root, pattern, recursive)), name=str(root))


def seeds_path() -> Path:
    """The folder holding the bundled sample articles."""
    packaged = resources.files("aseancorpus").joinpath("data").joinpath("seeds")
    if packaged.is_dir():
        return Path(str(packaged))
    # A source checkout (editable install): the project's own seeds/ folder.
    checkout = Path(__file__).resolve().parents[3] / "seeds"
    if checkout.is_dir():
        return checkout
    raise PathError("the bundled sample articles are missing from this installation")  # pragma: no cover


def load_seeds(*, clean: bool = True) -> Corpus:
    """The five bundled sample articles (one Thai, four Vietnamese), in file-name order.

    .. versionadded:: 0.1.0

    >>> [a.id[:3] for a in load_seeds()]
    ['000', '001', '002', '003', '004']
    """
    root = seeds_path()
    files = sorted(root.glob("*.txt"))
    return Corpus(lambda: (load_file(f, clean=clean) for f in files), length=lambda: len(files), name="seeds")
