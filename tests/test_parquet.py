"""Parquet: stable flat schema, exact round trips, atomic writes, readers other than ours."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aseancorpus import Article, Corpus, FormatError, PathError, load_seeds
from aseancorpus.io.parquet import (
    SCHEMA_VERSION,
    articles_from_table,
    iter_parquet,
    load_parquet,
    parquet_schema,
    save_parquet,
    to_arrow,
)
from test_model_annotations import annotated_articles

#: The documented column order; changing it is a breaking change (bump SCHEMA_VERSION).
DOCUMENTED = [
    "id", "language", "title", "text", "raw", "path", "encoding", "replaced",
    "source", "url", "authors", "photo_credits",
    "dateline_text", "dateline_day", "dateline_month", "dateline_year",
    "block_kind", "block_start", "block_end",
    "removed_category", "removed_rule", "removed_start", "removed_end",
    "sentence_start", "sentence_end", "sentence_lang",
    "word_start", "word_end", "word_lang", "word_kind", "word_norm",
    "entity_start", "entity_end", "entity_label", "entity_key", "entity_canonical", "entity_origin",
    "entity_value",
]  # fmt: skip


def test_schema_is_the_documented_one() -> None:
    schema = parquet_schema()
    assert schema.names == DOCUMENTED
    assert schema.metadata[b"aseancorpus.schema"] == SCHEMA_VERSION.encode()
    for f in schema:
        assert not pa.types.is_struct(f.type)
        if pa.types.is_list(f.type):
            assert not pa.types.is_nested(f.type.value_type), f.name
    doc = Path(__file__).resolve().parents[1] / "docs" / "guide" / "scaling.md"
    if doc.is_file():
        text = doc.read_text(encoding="utf-8")
        for name in DOCUMENTED:
            assert name.split("_")[0] in text


def test_seeds_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "seeds.parquet"
    assert save_parquet(load_seeds(), path) == 5
    back = load_parquet(path)
    assert len(back) == 5
    assert list(back) == list(load_seeds())
    assert list(back) == list(back)  # re-iterable


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(st.lists(annotated_articles(), max_size=6), st.integers(1, 4))
def test_any_articles_round_trip(tmp_path: Path, articles: list[Article], group: int) -> None:
    path = tmp_path / "x.parquet"
    assert save_parquet(articles, path, row_group_size=group) == len(articles)
    assert list(iter_parquet(path, batch_size=group)) == articles
    assert articles_from_table(pq.read_table(path)) == articles


def test_plain_pyarrow_and_pandas_read_flat_columns(tmp_path: Path) -> None:
    path = tmp_path / "seeds.parquet"
    save_parquet(load_seeds(), path)
    table = pq.read_table(path)
    assert table.num_rows == 5
    row = table.slice(1, 1).to_pylist()[0]
    raw = row["raw"]
    assert next(raw[s:e] for s, e in zip(row["block_start"], row["block_end"], strict=True)) == row["title"]
    assert row["sentence_start"] is None  # not annotated
    df = load_seeds().to_pandas()
    assert list(df.columns) == DOCUMENTED
    assert df["language"].tolist() == ["th", "vi", "vi", "vi", "vi"]


def _failing(n: int) -> Iterator[Article]:
    yield from list(load_seeds())[:n]
    raise RuntimeError("crawler died")


def test_failed_write_leaves_no_file(tmp_path: Path) -> None:
    path = tmp_path / "out.parquet"
    with pytest.raises(RuntimeError, match="crawler died"):
        save_parquet(_failing(3), path, row_group_size=1)
    assert os.listdir(tmp_path) == []
    save_parquet(load_seeds(), path)
    with pytest.raises(RuntimeError):
        save_parquet(_failing(2), path)
    assert len(load_parquet(path)) == 5  # the old file is untouched


def test_errors(tmp_path: Path) -> None:
    with pytest.raises(PathError):
        load_parquet(tmp_path / "missing.parquet")
    bad = tmp_path / "bad.parquet"
    bad.write_bytes(b"PAR1 not really")
    with pytest.raises(FormatError, match="not a Parquet file"):
        load_parquet(bad)
    other = tmp_path / "other.parquet"
    pq.write_table(pa.table({"id": ["a"], "body": ["x"]}), other)
    with pytest.raises(FormatError, match="missing columns: language"):
        load_parquet(other)
    with pytest.raises(PathError):
        save_parquet(load_seeds(), tmp_path / "no" / "such" / "dir.parquet")


def test_bad_row_is_named(tmp_path: Path) -> None:
    table = to_arrow(load_seeds())
    i = table.schema.get_field_index("block_end")
    broken = table.set_column(i, "block_end", pa.array([[1, 2]] * 5, type=pa.list_(pa.int64())))
    path = tmp_path / "broken.parquet"
    pq.write_table(broken, path)
    with pytest.raises(FormatError, match="row 0"):
        list(load_parquet(path))


def test_corpus_to_parquet(tmp_path: Path) -> None:
    path = tmp_path / "c.parquet"
    assert Corpus(list(load_seeds())).to_parquet(path) == 5
    assert list(load_parquet(path)) == list(load_seeds())


def test_hugging_face_datasets_reads_the_export(tmp_path: Path) -> None:
    datasets = pytest.importorskip("datasets", reason="Hugging Face `datasets` (extra `hf`) is not installed")
    path = tmp_path / "seeds.parquet"
    save_parquet(load_seeds(), path)
    ds = datasets.Dataset.from_parquet(str(path), cache_dir=str(tmp_path / "hf"))
    assert ds.num_rows == 5
    assert ds.column_names == DOCUMENTED
    assert ds[1]["title"] == list(load_seeds())[1].title
    ds2 = load_seeds().to_hf_dataset()
    assert ds2.num_rows == 5
    assert ds2[0]["raw"] == next(iter(load_seeds())).raw
