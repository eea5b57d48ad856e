"""Parquet: one row per article, in a documented, stable, flat schema.

Spans are stored as *parallel lists* (``block_start``, ``block_end``,
``block_kind``...) rather than lists of structs, so Hugging Face ``datasets``,
DuckDB, Spark and pandas read the file without schema trouble. Span texts are
not stored: they are slices of ``raw`` (blocks, removals) or of ``text``
(sentences, words, entities), and are rebuilt on reading. The raw text is
always kept, so the file is a lossless copy of the corpus.

Columns (schema version 1, in this order):

========================  ===================  ================================================
column                    type                 meaning
========================  ===================  ================================================
id                        string               article id
language                  string               ISO 639-1 code
title                     string (null)        text of the title block (derived)
text                      string               kept blocks joined by blank lines (derived)
raw                       string               the decoded file, unchanged
path                      string (null)        file the article was read from
encoding                  string (null)        encoding it was decoded with
replaced                  int64                characters replaced while decoding
source                    string (null)        ``meta.source``
url                       string (null)        ``meta.url``
authors                   list<string>         ``meta.authors``
photo_credits             list<string>         ``meta.photo_credits``
dateline_text             string (null)        ``meta.dateline.text``
dateline_day              int32 (null)         ``meta.dateline.day``
dateline_month            int32 (null)         ``meta.dateline.month``
dateline_year             int32 (null)         ``meta.dateline.year``
block_kind                list<string>         per block: title, lead, paragraph, heading
block_start, block_end    list<int64>          per block: offsets into ``raw``
removed_category          list<string>         per removed span: category
removed_rule              list<string>         per removed span: cleaning rule
removed_start/_end        list<int64>          per removed span: offsets into ``raw``
sentence_start/_end       list<int64> (null)   per sentence: offsets into ``text``
sentence_lang             list<string> (null)  per sentence: language
word_start/_end           list<int64> (null)   per token: offsets into ``text``
word_lang                 list<string> (null)  per token: language
word_kind                 list<string> (null)  per token: word, number, punct...
word_norm                 list<string> (null)  per token: normalized form
entity_start/_end         list<int64> (null)   per entity: offsets into ``text``
entity_label              list<string> (null)  per entity: PER, ORG, LOC, MISC, DATE, MONEY...
entity_key                list<string> (null)  per entity: canonical id, or null
entity_canonical          list<string> (null)  per entity: English canonical name, or null
entity_origin             list<string> (null)  per entity: gazetteer, ner or pattern
entity_value              list<string> (null)  per entity: JSON of the value (amounts as
                                               decimal strings), or null
========================  ===================  ================================================

A ``sentence_*``, ``word_*`` or ``entity_*`` column is null for an article
whose stage was not computed, and an empty list when it found nothing. The
schema version is stored in the file's metadata under ``aseancorpus.schema``.

>>> import tempfile, os
>>> from aseancorpus import load_seeds
>>> path = os.path.join(tempfile.mkdtemp(), "seeds.parquet")
>>> save_parquet(load_seeds(), path)
5
>>> list(load_parquet(path)) == list(load_seeds())
True
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, Final

import orjson

from ..corpus import Corpus
from ..errors import FormatError, InvalidArgument, MissingDependencyError, PathError
from ..model import (
    Annotations,
    Article,
    Block,
    Dateline,
    Entity,
    Metadata,
    Removal,
    Span,
    Token,
    value_from_dict,
    value_to_dict,
)
from ._atomic import atomic_write

__all__ = [
    "SCHEMA_VERSION",
    "articles_from_table",
    "iter_parquet",
    "load_parquet",
    "parquet_schema",
    "save_parquet",
    "to_arrow",
    "write_parquet_stream",
]

#: Version of the column layout; stored in the file metadata.
SCHEMA_VERSION: Final[str] = "1"
_META_KEY: Final[bytes] = b"aseancorpus.schema"

_STR = "string"
_I64 = "int64"
_I32 = "int32"
_LSTR = "list<string>"
_LI64 = "list<int64>"

#: (column, type) in file order.
_COLUMNS: Final[tuple[tuple[str, str], ...]] = (
    ("id", _STR),
    ("language", _STR),
    ("title", _STR),
    ("text", _STR),
    ("raw", _STR),
    ("path", _STR),
    ("encoding", _STR),
    ("replaced", _I64),
    ("source", _STR),
    ("url", _STR),
    ("authors", _LSTR),
    ("photo_credits", _LSTR),
    ("dateline_text", _STR),
    ("dateline_day", _I32),
    ("dateline_month", _I32),
    ("dateline_year", _I32),
    ("block_kind", _LSTR),
    ("block_start", _LI64),
    ("block_end", _LI64),
    ("removed_category", _LSTR),
    ("removed_rule", _LSTR),
    ("removed_start", _LI64),
    ("removed_end", _LI64),
    ("sentence_start", _LI64),
    ("sentence_end", _LI64),
    ("sentence_lang", _LSTR),
    ("word_start", _LI64),
    ("word_end", _LI64),
    ("word_lang", _LSTR),
    ("word_kind", _LSTR),
    ("word_norm", _LSTR),
    ("entity_start", _LI64),
    ("entity_end", _LI64),
    ("entity_label", _LSTR),
    ("entity_key", _LSTR),
    ("entity_canonical", _LSTR),
    ("entity_origin", _LSTR),
    ("entity_value", _LSTR),
)
_DERIVED: Final[frozenset[str]] = frozenset({"title", "text"})


def _pyarrow(feature: str) -> Any:
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError:
        raise MissingDependencyError("pyarrow", "parquet", feature) from None
    return pyarrow


def parquet_schema() -> Any:
    """The :class:`pyarrow.Schema` of aseancorpus Parquet files.

    .. versionadded:: 0.1.0

    >>> parquet_schema().names[:4]
    ['id', 'language', 'title', 'text']

    Raises:
        MissingDependencyError: If pyarrow is not installed (extra ``parquet``).
    """
    pa = _pyarrow("the Parquet schema")
    types = {
        _STR: pa.string(),
        _I64: pa.int64(),
        _I32: pa.int32(),
        _LSTR: pa.list_(pa.string()),
        _LI64: pa.list_(pa.int64()),
    }
    nullable_not = {"id", "language", "text", "raw", "replaced"}
    fields = [pa.field(name, types[t], nullable=name not in nullable_not) for name, t in _COLUMNS]
    return pa.schema(fields, metadata={_META_KEY: SCHEMA_VERSION.encode()})


# -- writing ---------------------------------------------------------------------------


def _check_slices(what: str, source: str, spans: Sequence[Any], article_id: str) -> None:
    for s in spans:
        if source[s.start : s.end] != s.text:
            raise FormatError(
                f"article {article_id!r}: {what} at {s.start}:{s.end} has text {s.text[:30]!r} which is not "
                f"the slice of the article text there; cannot store it in Parquet"
            )


def _row(a: Article) -> dict[str, Any]:
    text = a.text
    _check_slices("block", a.raw, a.blocks, a.id)
    _check_slices("removed span", a.raw, a.removed, a.id)
    m = a.meta
    dl = m.dateline
    row: dict[str, Any] = {
        "id": a.id,
        "language": a.language,
        "title": a.title,
        "text": text,
        "raw": a.raw,
        "path": a.path,
        "encoding": a.encoding,
        "replaced": a.replaced,
        "source": m.source,
        "url": m.url,
        "authors": list(m.authors),
        "photo_credits": list(m.photo_credits),
        "dateline_text": dl.text if dl else None,
        "dateline_day": dl.day if dl else None,
        "dateline_month": dl.month if dl else None,
        "dateline_year": dl.year if dl else None,
        "block_kind": [b.kind for b in a.blocks],
        "block_start": [b.start for b in a.blocks],
        "block_end": [b.end for b in a.blocks],
        "removed_category": [r.category for r in a.removed],
        "removed_rule": [r.rule for r in a.removed],
        "removed_start": [r.start for r in a.removed],
        "removed_end": [r.end for r in a.removed],
    }
    ann = a.annotations or Annotations()
    sents, words, ents = ann.sentences, ann.words, ann.entities
    if sents is not None:
        _check_slices("sentence", text, sents, a.id)
    if words is not None:
        _check_slices("token", text, words, a.id)
    if ents is not None:
        _check_slices("entity", text, ents, a.id)
    row["sentence_start"] = None if sents is None else [s.start for s in sents]
    row["sentence_end"] = None if sents is None else [s.end for s in sents]
    row["sentence_lang"] = None if sents is None else [s.lang for s in sents]
    row["word_start"] = None if words is None else [t.start for t in words]
    row["word_end"] = None if words is None else [t.end for t in words]
    row["word_lang"] = None if words is None else [t.lang for t in words]
    row["word_kind"] = None if words is None else [t.kind for t in words]
    row["word_norm"] = None if words is None else [t.norm for t in words]
    row["entity_start"] = None if ents is None else [e.start for e in ents]
    row["entity_end"] = None if ents is None else [e.end for e in ents]
    row["entity_label"] = None if ents is None else [e.label for e in ents]
    row["entity_key"] = None if ents is None else [e.key for e in ents]
    row["entity_canonical"] = None if ents is None else [e.canonical for e in ents]
    row["entity_origin"] = None if ents is None else [e.origin for e in ents]
    row["entity_value"] = None if ents is None else [_value_json(e) for e in ents]
    return row


def _value_json(e: Entity) -> str | None:
    d = value_to_dict(e.value)
    return None if d is None else orjson.dumps(d).decode()


def _batches(articles: Iterable[Article], size: int, schema: Any) -> Iterator[Any]:
    pa = _pyarrow("Parquet")
    names = schema.names
    rows: list[dict[str, Any]] = []

    def flush() -> Any:
        cols = {n: [r[n] for r in rows] for n in names}
        return pa.RecordBatch.from_pydict(cols, schema=schema)

    for a in articles:
        rows.append(_row(a))
        if len(rows) >= size:
            yield flush()
            rows = []
    if rows:
        yield flush()


def save_parquet(
    articles: Iterable[Article],
    path: str | os.PathLike[str],
    *,
    row_group_size: int = 1000,
    compression: str = "zstd",
) -> int:
    """Write articles to a Parquet file, streaming, atomically.

    .. versionadded:: 0.1.0

    The file appears only when every article has been written: an error or an
    interrupt (Ctrl-C, a killed process) leaves no partial file behind.

    Args:
        articles: Any iterable of articles, e.g. a :class:`~aseancorpus.Corpus`.
        path: The output file.
        row_group_size: Articles per row group (and held in memory at a time).
        compression: A Parquet codec: ``"zstd"``, ``"snappy"``, ``"gzip"`` or ``"none"``.

    Returns:
        The number of articles written.

    Raises:
        MissingDependencyError: If pyarrow is not installed (extra ``parquet``).
        PathError: If the folder of ``path`` does not exist.
        InvalidArgument: If ``row_group_size`` or ``compression`` is not allowed.
        FormatError: If a span's text is not the slice of the text it points into.
    """
    if isinstance(row_group_size, bool) or not isinstance(row_group_size, int) or row_group_size < 1:
        raise InvalidArgument(f"row_group_size must be an int >= 1, not {row_group_size!r}")
    codecs = ("zstd", "snappy", "gzip", "none")
    if compression not in codecs:
        raise InvalidArgument(f"compression {compression!r} is not allowed; use one of: {', '.join(codecs)}")
    _pyarrow("save_parquet()")
    with atomic_write(path) as fh:
        return write_parquet_stream(articles, fh, row_group_size=row_group_size, compression=compression)


def write_parquet_stream(
    articles: Iterable[Article],
    fh: Any,
    *,
    row_group_size: int = 1000,
    compression: str = "zstd",
) -> int:
    """Write articles as Parquet to an open binary file object (not atomic by itself).

    .. versionadded:: 0.1.0

    :func:`save_parquet` wraps this in an atomic write; use it directly for
    file systems reached through fsspec.

    Returns:
        The number of articles written.
    """
    _pyarrow("write_parquet_stream()")
    import pyarrow.parquet as pq

    schema = parquet_schema()
    n = 0
    writer = pq.ParquetWriter(fh, schema, compression=compression)
    try:
        for batch in _batches(articles, row_group_size, schema):
            writer.write_batch(batch, row_group_size=row_group_size)
            n += batch.num_rows
    finally:
        writer.close()
    return n


def to_arrow(articles: Iterable[Article]) -> Any:
    """A :class:`pyarrow.Table` of the articles, in the Parquet schema.

    .. versionadded:: 0.1.0

    Raises:
        MissingDependencyError: If pyarrow is not installed (extra ``parquet``).
    """
    pa = _pyarrow("to_arrow()")
    schema = parquet_schema()
    return pa.Table.from_batches(list(_batches(articles, 1000, schema)), schema=schema)


# -- reading ---------------------------------------------------------------------------


def _spans(text: str, starts: list[int] | None, ends: list[int] | None) -> list[tuple[int, int, str]] | None:
    if starts is None:
        return None
    if ends is None or len(ends) != len(starts):
        raise FormatError("start and end lists have different lengths")
    return [(s, e, text[s:e]) for s, e in zip(starts, ends)]


def _same_len(row: dict[str, Any], *names: str) -> None:
    lens = {len(row[n]) for n in names if row.get(n) is not None}
    if len(lens) > 1:
        raise FormatError(f"parallel columns {', '.join(names)} have different lengths")


def _article(row: dict[str, Any]) -> Article:
    raw = row["raw"]
    _same_len(row, "block_kind", "block_start", "block_end")
    _same_len(row, "removed_category", "removed_rule", "removed_start", "removed_end")
    blocks = tuple(
        Block(kind=k, start=s, end=e, text=raw[s:e])
        for k, s, e in zip(row["block_kind"] or (), row["block_start"] or (), row["block_end"] or ())
    )
    removed = tuple(
        Removal(category=c, rule=r, start=s, end=e, text=raw[s:e])
        for c, r, s, e in zip(
            row["removed_category"] or (),
            row["removed_rule"] or (),
            row["removed_start"] or (),
            row["removed_end"] or (),
        )
    )
    dl = None
    if row["dateline_text"] is not None:
        dl = Dateline(
            text=row["dateline_text"],
            day=row["dateline_day"],
            month=row["dateline_month"],
            year=row["dateline_year"],
        )
    meta = Metadata(
        source=row["source"],
        url=row["url"],
        authors=tuple(row["authors"] or ()),
        photo_credits=tuple(row["photo_credits"] or ()),
        dateline=dl,
    )
    article = Article(
        id=row["id"],
        raw=raw,
        language=row["language"],
        blocks=blocks,
        removed=removed,
        meta=meta,
        path=row["path"],
        encoding=row["encoding"],
        replaced=row["replaced"],
    )
    text = article.text
    _same_len(row, "sentence_start", "sentence_end", "sentence_lang")
    _same_len(row, "word_start", "word_end", "word_lang", "word_kind", "word_norm")
    _same_len(
        row,
        "entity_start",
        "entity_end",
        "entity_label",
        "entity_key",
        "entity_canonical",
        "entity_origin",
        "entity_value",
    )
    sents = _spans(text, row["sentence_start"], row["sentence_end"])
    words = _spans(text, row["word_start"], row["word_end"])
    ents = _spans(text, row["entity_start"], row["entity_end"])
    if sents is None and words is None and ents is None:
        return article
    ann = Annotations(
        sentences=None
        if sents is None
        else [Span(t, s, e, lang=lang) for (s, e, t), lang in zip(sents, row["sentence_lang"])],
        words=None
        if words is None
        else [
            Token(t, s, e, lang=lang, kind=kind, norm=norm)
            for (s, e, t), lang, kind, norm in zip(
                words, row["word_lang"], row["word_kind"], row["word_norm"]
            )
        ],
        entities=None
        if ents is None
        else [
            Entity(
                t,
                s,
                e,
                label=label,
                key=key,
                canonical=canonical,
                value=value_from_dict(orjson.loads(value)) if value is not None else None,
                origin=origin,
            )
            for (s, e, t), label, key, canonical, origin, value in zip(
                ents,
                row["entity_label"],
                row["entity_key"],
                row["entity_canonical"],
                row["entity_origin"],
                row["entity_value"],
            )
        ],
    )
    import attrs

    return attrs.evolve(article, annotations=ann)


def _open(path: str | os.PathLike[str]) -> tuple[Path, Any]:
    _pyarrow("load_parquet()")
    import pyarrow.parquet as pq

    p = Path(path)
    if not p.is_file():
        raise PathError(f"{p}: {'is a directory' if p.is_dir() else 'no such file'}")
    try:
        pf = pq.ParquetFile(p)
    except Exception as e:  # pyarrow raises ArrowInvalid/OSError for non-Parquet bytes
        raise FormatError(f"{p}: not a Parquet file ({e})") from None
    names = set(pf.schema_arrow.names)
    missing = [n for n, _ in _COLUMNS if n not in names and n not in _DERIVED]
    if missing:
        raise FormatError(f"{p}: not an aseancorpus Parquet file; missing columns: {', '.join(missing)}")
    return p, pf


def articles_from_table(table: Any, *, name: str = "table") -> list[Article]:
    """The articles of a :class:`pyarrow.Table` (or record batch) in the Parquet schema.

    .. versionadded:: 0.1.0

    Raises:
        FormatError: If a column is missing or a row is malformed.
    """
    names = set(table.schema.names)
    missing = [n for n, _ in _COLUMNS if n not in names and n not in _DERIVED]
    if missing:
        raise FormatError(f"{name}: not in the aseancorpus schema; missing columns: {', '.join(missing)}")
    out = []
    for i, row in enumerate(table.to_pylist()):
        try:
            out.append(_article(row))
        except (FormatError, TypeError, ValueError, KeyError, IndexError) as e:
            raise FormatError(f"{name}, row {i}: {e}") from None
    return out


def iter_parquet(path: str | os.PathLike[str], *, batch_size: int = 256) -> Iterator[Article]:
    """Yield the articles of a Parquet file one at a time (reading one batch at a time).

    .. versionadded:: 0.1.0

    Raises:
        PathError: If ``path`` does not exist or is a directory.
        FormatError: If the file is not Parquet, lacks a column, or a row is
            malformed; the message names the file and the row.
    """
    p, pf = _open(path)
    wanted = [n for n, _ in _COLUMNS if n not in _DERIVED]
    row_no = 0
    for batch in pf.iter_batches(batch_size=batch_size, columns=wanted):
        for row in batch.to_pylist():
            try:
                yield _article(row)
            except (FormatError, TypeError, ValueError, KeyError, IndexError) as e:
                raise FormatError(f"{p}, row {row_no}: {e}") from None
            row_no += 1


def load_parquet(path: str | os.PathLike[str]) -> Corpus:
    """A lazy corpus over a Parquet file written by :func:`save_parquet`.

    .. versionadded:: 0.1.0

    Raises:
        MissingDependencyError: If pyarrow is not installed (extra ``parquet``).
        PathError: If ``path`` does not exist or is a directory.
        FormatError: If the file is not an aseancorpus Parquet file.
    """
    p, pf = _open(path)
    rows = pf.metadata.num_rows
    return Corpus(lambda: iter_parquet(p), length=lambda: rows, name=str(p))
