"""Distributed processing with Dask: a corpus as a :class:`dask.bag.Bag` of Articles.

The same functions run on a laptop (the default scheduler, or a
``distributed.LocalCluster``) and on a cluster of many machines: connect a
``distributed.Client`` to the scheduler first and Dask sends the work to
the workers. Files can be local or anywhere fsspec reaches
(``s3://``, ``gs://``, ``hdfs://``...; install the matching fsspec back end).

.. code-block:: python

    from distributed import Client
    import aseancorpus.dask as acd

    client = Client("tcp://scheduler:8786")          # or Client() for a local cluster
    bag = acd.read_articles("s3://bucket/crawl/*.txt")
    acd.to_parquet(acd.annotate(bag), "s3://bucket/annotated/")

Each partition is annotated by ``aseancorpus.corpus.annotate_articles``,
the code :meth:`Corpus.annotate <aseancorpus.Corpus.annotate>` uses, so the
results are the same as on one machine.

Needs the ``dask`` extra.
"""

from __future__ import annotations

import fnmatch
import importlib
import os
import posixpath
from collections.abc import Iterable, Sequence
from typing import Any, Final, Literal

import orjson

from .errors import InvalidArgument, MissingDependencyError, PathError
from .model import Article

__all__ = ["annotate", "from_corpus", "read_articles", "to_parquet"]

Format = Literal["auto", "text", "jsonl", "parquet"]
_FORMATS: Final[tuple[str, ...]] = ("auto", "text", "jsonl", "parquet")


def _bag_module() -> Any:
    try:
        import dask.bag
    except ImportError:
        raise MissingDependencyError("dask", "dask", "aseancorpus.dask") from None
    return dask.bag


def _fs(urlpath: str, storage_options: dict[str, Any] | None) -> tuple[Any, str]:
    try:
        core = importlib.import_module("fsspec.core")
    except ImportError:  # pragma: no cover - fsspec comes with dask
        raise MissingDependencyError("fsspec", "dask", "aseancorpus.dask") from None
    fs, path = core.url_to_fs(urlpath, **(storage_options or {}))
    return fs, path


def _kind_of(path: str) -> str:
    name = path.lower()
    if name.endswith((".jsonl", ".jsonl.gz", ".ndjson")):
        return "jsonl"
    if name.endswith(".parquet"):
        return "parquet"
    return "text"


def _expand(
    urlpaths: Sequence[str], pattern: str, fmt: str, storage_options: dict[str, Any] | None
) -> tuple[Any, list[str], str]:
    fs = None
    files: list[str] = []
    for url in urlpaths:
        f, path = _fs(url, storage_options)
        if fs is None:
            fs = f
        elif type(f) is not type(fs):
            raise InvalidArgument(f"all paths must be on the same file system; {url!r} is not")
        if f.isdir(path):
            wanted = {"auto": (pattern, "*.jsonl", "*.parquet"), "text": (pattern,)}.get(fmt, (f"*.{fmt}",))
            found = sorted(
                p
                for p in f.find(path)
                if any(fnmatch.fnmatch(posixpath.basename(p), w) for w in wanted)
                and not any(part.startswith(".") for part in p[len(path) :].split("/"))
            )
        elif any(c in path for c in "*?["):
            found = sorted(f.glob(path))
        elif f.exists(path):
            found = [path]
        else:
            raise PathError(f"{url}: no such file or directory")
        files.extend(found)
    if not files:
        raise PathError(f"no files match {', '.join(urlpaths)}")
    kinds = {_kind_of(p) for p in files} if fmt == "auto" else {fmt}
    if len(kinds) > 1:
        raise InvalidArgument(
            f"mixed file kinds ({', '.join(sorted(kinds))}); read them separately or set format="
        )
    return fs, files, kinds.pop()


def _load_texts(fs: Any, options: dict[str, Any], paths: Iterable[str]) -> list[Article]:  # runs on a worker
    from .io.decode import decode
    from .io.loaders import _article

    out = []
    for p in paths:
        data = fs.cat_file(p)
        decoded = decode(data, encoding=options["encoding"], errors=options["errors"], path=p)
        stem = (
            posixpath.basename(p).rsplit(".", 1)[0] if "." in posixpath.basename(p) else posixpath.basename(p)
        )
        local = p if getattr(fs, "protocol", None) in ("file", ("file", "local")) else fs.unstrip_protocol(p)
        out.append(
            _article(
                decoded.text,
                id=stem,
                lang=options["lang"],
                clean=options["clean"],
                path=local,
                encoding=decoded.encoding,
                replaced=decoded.replaced,
            )
        )
    return out


def _load_parquet_part(fs: Any, item: tuple[str, int]) -> list[Article]:  # runs on a worker
    import pyarrow.parquet as pq

    from .io.parquet import articles_from_table

    path, group = item
    with fs.open(path, "rb") as fh:
        table = pq.ParquetFile(fh).read_row_group(group)
    return articles_from_table(table, name=f"{path}, row group {group}")


def _parquet_groups(fs: Any, path: str) -> list[tuple[str, int]]:
    import pyarrow.parquet as pq

    with fs.open(path, "rb") as fh:
        n = pq.ParquetFile(fh).metadata.num_row_groups
    return [(path, g) for g in range(n)]


def _from_record(line: str) -> Article:
    return Article.from_dict(orjson.loads(line))


def read_articles(
    urlpath: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
    *,
    format: Format = "auto",
    pattern: str = "*.txt",
    clean: bool = True,
    lang: str | None = None,
    encoding: str | None = None,
    errors: Literal["strict", "replace"] = "strict",
    files_per_partition: int = 64,
    blocksize: str | int = "64MiB",
    storage_options: dict[str, Any] | None = None,
) -> Any:
    """A :class:`dask.bag.Bag` of the articles in text files, JSON Lines or Parquet files.

    .. versionadded:: 0.1.0

    Args:
        urlpath: A file, a folder, a glob, or a list of them; local paths or
            fsspec URLs (``s3://bucket/crawl/``).
        format: ``"auto"`` (by file extension: ``.jsonl``, ``.parquet``, else
            text), ``"text"``, ``"jsonl"`` or ``"parquet"``.
        pattern: For folders of text files, which names to read.
        clean, lang, encoding, errors: For text files, as for
            :func:`aseancorpus.load_file`.
        files_per_partition: Text files per partition.
        blocksize: Bytes per partition for JSON Lines.
        storage_options: Passed to fsspec (credentials, endpoints...).

    Returns:
        A bag of :class:`~aseancorpus.model.Article`, partitions in file order.

    Raises:
        MissingDependencyError: If dask is not installed (extra ``dask``).
        PathError: If nothing matches.
        InvalidArgument: If ``format`` is unknown or the files are of mixed kinds.
    """
    db = _bag_module()
    if format not in _FORMATS:
        raise InvalidArgument(f"format {format!r} is not allowed; use one of: {', '.join(_FORMATS)}")
    if (
        isinstance(files_per_partition, bool)
        or not isinstance(files_per_partition, int)
        or files_per_partition < 1
    ):
        raise InvalidArgument(f"files_per_partition must be an int >= 1, not {files_per_partition!r}")
    urls = (
        [os.fspath(urlpath)] if isinstance(urlpath, (str, os.PathLike)) else [os.fspath(u) for u in urlpath]
    )
    fs, files, kind = _expand(urls, pattern, format, storage_options)
    if kind == "jsonl":
        full = [fs.unstrip_protocol(f) for f in files]
        lines = db.read_text(full, blocksize=blocksize, storage_options=storage_options)
        return lines.filter(lambda line: bool(line.strip())).map(_from_record)
    if kind == "parquet":
        groups = [g for f in files for g in _parquet_groups(fs, f)]
        return db.from_sequence(groups, partition_size=1).map_partitions(
            lambda items: [a for item in items for a in _load_parquet_part(fs, item)]
        )
    options = {"clean": clean, "lang": lang, "encoding": encoding, "errors": errors}
    return db.from_sequence(files, partition_size=files_per_partition).map_partitions(
        lambda paths: _load_texts(fs, options, paths)
    )


def from_corpus(corpus: Iterable[Article], *, npartitions: int = 8) -> Any:
    """A bag of the articles of an in-memory or lazy corpus (read here, then sent out).

    .. versionadded:: 0.1.0
    """
    db = _bag_module()
    return db.from_sequence(list(corpus), npartitions=npartitions)


def _annotate_partition(spec: Any, cache: bool, articles: Iterable[Article]) -> list[Article]:
    from .corpus import annotate_articles

    return list(annotate_articles(articles, spec, workers=1, cache=cache))


def annotate(
    bag: Any,
    *,
    sentences: bool = True,
    words: bool = True,
    entities: bool = True,
    ner: bool = True,
    clean: bool = False,
    cache: bool = True,
) -> Any:
    """Annotate every article of a bag, one partition per task.

    .. versionadded:: 0.1.0

    The arguments mean what they mean for :meth:`Corpus.annotate
    <aseancorpus.Corpus.annotate>`; with ``cache=True`` each worker machine
    uses its own cache folder (``ASEANCORPUS_CACHE_DIR`` or the user cache).

    Returns:
        A new bag of annotated articles (lazy: call ``.compute()`` or
        :func:`to_parquet`).

    Raises:
        InvalidArgument: If ``cache`` is not a bool (a cache folder cannot be shared
            between machines).
    """
    from .corpus import AnnotateSpec

    spec = AnnotateSpec(sentences=sentences, words=words, entities=entities, ner=ner, clean=clean)
    if not isinstance(cache, bool):
        raise InvalidArgument(f"cache must be True or False here, not {cache!r}")
    return bag.map_partitions(lambda part: _annotate_partition(spec, cache, part))


def _write_part(fs: Any, path: str, articles: Iterable[Article]) -> int:  # runs on a worker
    from .io.parquet import save_parquet

    if getattr(fs, "protocol", None) in ("file", ("file", "local")):
        return save_parquet(articles, path)
    from .io.parquet import write_parquet_stream

    with fs.open(path, "wb") as fh:
        return write_parquet_stream(articles, fh)


def to_parquet(
    bag: Any,
    urlpath: str | os.PathLike[str],
    *,
    storage_options: dict[str, Any] | None = None,
    compute: bool = True,
) -> Any:
    """Write a bag of articles as a folder of Parquet files, one per partition.

    .. versionadded:: 0.1.0

    Files are named ``part.00000.parquet``... in partition order and use the
    schema of :mod:`aseancorpus.io.parquet`; each is written atomically on
    local disks. Read them back with :func:`read_articles` or with
    :func:`aseancorpus.io.parquet.load_parquet` file by file.

    Args:
        bag: A bag of articles.
        urlpath: The output folder (created if missing), local or an fsspec URL.
        storage_options: Passed to fsspec.
        compute: Write now and return the number of articles written; with
            ``False``, return a :class:`dask.delayed.Delayed` of that number.
    """
    from dask.delayed import delayed

    fs, root = _fs(os.fspath(urlpath), storage_options)
    fs.makedirs(root, exist_ok=True)
    parts = bag.to_delayed()
    writes = [
        delayed(_write_part)(fs, posixpath.join(root, f"part.{i:05d}.parquet"), part)
        for i, part in enumerate(parts)
    ]
    total = delayed(sum)(writes)
    return total.compute() if compute else total
