"""The persistent annotation cache: keys, JSON values, damaged and foreign files, several processes."""

from __future__ import annotations

import multiprocessing
import sqlite3
import zlib
from pathlib import Path

import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

from aseancorpus.cache import (
    CACHE_ENV,
    AnnotationCache,
    CacheWarning,
    cache_dir,
    cache_info,
    cache_key,
    clear_cache,
)
from strategies import mixed_text


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "c.sqlite3"


def test_env_var_chooses_the_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "here"))
    assert cache_dir() == tmp_path / "here"
    AnnotationCache().put_many({"k": [1]}, stage="words")
    assert (tmp_path / "here" / "annotations.sqlite3").is_file()
    assert cache_info().entries == 1
    assert clear_cache() == 1
    assert cache_info().entries == 0


@given(mixed_text(), mixed_text())
def test_key_depends_on_text_and_language(a: str, b: str) -> None:
    assert (cache_key("words", a, lang="vi") == cache_key("words", b, lang="vi")) == (a == b)
    assert cache_key("words", a, lang="vi") != cache_key("words", a, lang="th")
    assert cache_key("words", a, lang="vi") != cache_key("sentences", a, lang="vi")
    assert cache_key("entities", a, lang="vi", settings={"ner": True}) != cache_key(
        "entities", a, lang="vi", settings={"ner": False}
    )


def test_values_round_trip_and_are_stored_as_json_never_pickle(db: Path) -> None:
    cache = AnnotationCache(db)
    value = [{"text": "สหรัฐ", "start": 0, "end": 5, "amount": "87000000"}]
    cache.put_many({"k1": value}, stage="entities")
    assert cache.get_many(["k1", "missing"]) == {"k1": value}
    cache.close()
    (blob,) = sqlite3.connect(db).execute("SELECT value FROM entries").fetchone()
    assert orjson.loads(zlib.decompress(blob)) == value


def test_garbage_file_is_reported_and_rebuilt(db: Path) -> None:
    db.write_bytes(b"this is not a database at all" * 100)
    cache = AnnotationCache(db)
    with pytest.warns(CacheWarning, match="not a usable aseancorpus cache|not an aseancorpus cache"):
        cache.put_many({"k": [1]}, stage="words")
    assert cache.get_many(["k"]) == {"k": [1]}


def test_foreign_sqlite_database_is_not_trusted(db: Path) -> None:
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE entries (key TEXT, value BLOB)")  # same table name, someone else's file
    conn.execute("INSERT INTO entries VALUES ('k', x'00')")
    conn.commit()
    conn.close()
    with pytest.warns(CacheWarning, match="not an aseancorpus cache"):
        got = AnnotationCache(db).get_many(["k"])
    assert got == {}


def test_damaged_entry_is_dropped_not_trusted(db: Path) -> None:
    cache = AnnotationCache(db)
    cache.put_many({"good": [1], "bad": [2]}, stage="words")
    cache.close()
    conn = sqlite3.connect(db)
    conn.execute("UPDATE entries SET value = ? WHERE key = 'bad'", (b"\x80\x04garbage",))
    conn.commit()
    conn.close()
    with pytest.warns(CacheWarning, match="damaged"):
        assert AnnotationCache(db).get_many(["good", "bad"]) == {"good": [1]}
    assert AnnotationCache(db).get_many(["bad"]) == {}


def test_info_counts_stages(db: Path) -> None:
    cache = AnnotationCache(db)
    cache.put_many({"a": 1, "b": 2}, stage="words")
    cache.put_many({"c": 3}, stage="entities")
    info = cache_info(db)
    assert info.entries == 3
    assert info.stages == {"entities": 1, "words": 2}
    assert info.size_bytes > 0
    assert clear_cache(db) == 3


def _writer(path: str, start: int) -> None:
    cache = AnnotationCache(path)
    for i in range(start, start + 200, 10):
        cache.put_many({f"k{j}": [j, "ข่าว"] for j in range(i, i + 10)}, stage="words")


def test_several_processes_write_at_once(db: Path) -> None:
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_writer, args=(str(db), s)) for s in (0, 200, 400)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    got = AnnotationCache(db).get_many(f"k{j}" for j in range(600))
    assert len(got) == 600
    assert got["k450"] == [450, "ข่าว"]
    assert sqlite3.connect(db).execute("PRAGMA journal_mode").fetchone()[0] == "wal"


@given(st.dictionaries(st.text(min_size=1, max_size=8), st.lists(st.integers(-(2**53), 2**53) | st.text(max_size=5)), max_size=5))
def test_put_get_round_trip(tmp_path_factory: pytest.TempPathFactory, items: dict[str, list[object]]) -> None:
    cache = AnnotationCache(tmp_path_factory.mktemp("c") / "c.sqlite3")
    cache.put_many(items, stage="x")
    assert cache.get_many(items) == items
    cache.close()
