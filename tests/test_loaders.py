"""Loaders: files, strings, directories, the bundled sample, JSON Lines."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aseancorpus import (
    Article,
    Corpus,
    DecodeError,
    FormatError,
    InvalidArgument,
    PathError,
    load_dir,
    load_file,
    load_jsonl,
    load_seeds,
    load_text,
    save_jsonl,
)
from aseancorpus.io import paragraph_blocks
from strategies import articles, news_text

THAI = "อาเซียนและสหรัฐเห็นพ้องผลักดันการสนทนาและความร่วมมือ\n\nเช้าวันที่ 14 กรกฎาคม นาย บุ่ยแทงเซิน รัฐมนตรี"


def test_seeds_languages_and_raw(seeds_dir: Path) -> None:
    corpus = load_seeds()
    assert len(corpus) == 5
    arts = list(corpus)
    assert [a.language for a in arts] == ["th", "vi", "vi", "vi", "vi"]
    for a, f in zip(arts, sorted(seeds_dir.glob("*.txt"))):
        assert a.id == f.stem
        assert a.raw == f.read_text(encoding="utf-8")


def test_bundled_seeds_equal_the_repository_copy(seeds_dir: Path) -> None:
    from aseancorpus.io import seeds_path

    for f in sorted(seeds_dir.glob("*.txt")):
        assert (seeds_path() / f.name).read_bytes() == f.read_bytes()


def test_same_thai_text_in_three_encodings(tmp_path: Path) -> None:
    raws = []
    for name, data in {
        "tis.txt": THAI.encode("tis-620"),
        "u16.txt": THAI.replace("\n", "\r\n").encode("utf-16"),
        "bom.txt": codecs.BOM_UTF8 + THAI.encode("utf-8"),
    }.items():
        (tmp_path / name).write_bytes(data)
        raws.append(load_file(tmp_path / name).raw.replace("\r\n", "\n"))
    assert raws[0] == raws[1] == raws[2] == THAI


def test_invalid_utf8_vietnamese_file_names_the_file(tmp_path: Path, seeds_dir: Path) -> None:
    data = (seeds_dir / "002_686e873e6aaa9cef.txt").read_bytes()
    p = tmp_path / "hong.txt"
    p.write_bytes(data[:500] + b"\xc3\x28" + data[500:])
    with pytest.raises(DecodeError, match=r"hong\.txt.*byte offset 500"):
        load_file(p)
    a = load_file(p, errors="replace")
    assert a.replaced == 1


def test_bad_paths(tmp_path: Path) -> None:
    with pytest.raises(PathError, match="no such file"):
        load_file(tmp_path / "missing.txt")
    with pytest.raises(PathError, match="is a directory"):
        load_file(tmp_path)
    with pytest.raises(PathError, match="no such directory"):
        load_dir(tmp_path / "nope")
    (tmp_path / "f.txt").write_text("x")
    with pytest.raises(PathError, match="not a directory"):
        load_dir(tmp_path / "f.txt")
    with pytest.raises(PathError, match="max_bytes"):
        load_file(tmp_path / "f.txt", max_bytes=0)
    with pytest.raises(InvalidArgument, match="'xx'"):
        load_file(tmp_path / "f.txt", lang="xx")


def test_empty_file_gives_empty_article(tmp_path: Path) -> None:
    p = tmp_path / "empty.txt"
    p.write_bytes(b"")
    a = load_file(p)
    assert a.blocks == ()
    assert a.raw == ""
    assert a.title is None


def test_load_text_ids_are_stable() -> None:
    assert load_text("Tiêu đề").id == load_text("Tiêu đề").id != load_text("Tiêu đề khác").id
    assert load_text("x", id="mine").id == "mine"
    with pytest.raises(InvalidArgument):
        load_text(b"bytes")  # type: ignore[arg-type]


def test_load_dir_is_lazy_and_ordered(tmp_path: Path) -> None:
    for i in (3, 1, 2):
        (tmp_path / f"{i}.txt").write_text(f"Tiêu đề {i}\n\nNội dung {i}.", encoding="utf-8")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "4.txt").write_text("Tiêu đề 4", encoding="utf-8")
    (tmp_path / "skip.md").write_text("x")
    (tmp_path / ".hidden.txt").write_text("x")
    corpus = load_dir(tmp_path)
    (tmp_path / "0.txt").write_text("Tiêu đề 0", encoding="utf-8")  # read at iteration time
    assert [a.id for a in corpus] == ["0", "1", "2", "3", "4"]
    assert len(corpus) == 5
    assert [a.id for a in load_dir(tmp_path, recursive=False)] == ["0", "1", "2", "3"]
    assert corpus[2].id == "2"
    assert [a.id for a in corpus[1:3]] == ["1", "2"]


def test_load_dir_reads_one_file_at_a_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for i in range(50):
        (tmp_path / f"{i:03}.txt").write_text(f"Tiêu đề {i}", encoding="utf-8")
    import aseancorpus.io.loaders as loaders

    calls: list[str] = []
    real = loaders.load_file

    def spy(path: object, **kw: object) -> Article:
        calls.append(str(path))
        return real(path, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(loaders, "load_file", spy)
    it = iter(load_dir(tmp_path))
    assert calls == []
    next(it)
    assert len(calls) == 1


@given(news_text())
def test_paragraph_blocks_slice_and_cover(raw: str) -> None:
    blocks = paragraph_blocks(raw)
    covered = set()
    for b in blocks:
        assert raw[b.start : b.end] == b.text
        covered.update(range(b.start, b.end))
    for i, ch in enumerate(raw):
        if not ch.isspace():
            assert i in covered


def test_jsonl_round_trip_seeds(tmp_path: Path) -> None:
    p = tmp_path / "seeds.jsonl"
    assert save_jsonl(load_seeds(), p) == 5
    assert list(load_jsonl(p)) == list(load_seeds())
    assert load_seeds().to_jsonl(tmp_path / "again.jsonl") == 5


@given(st.lists(articles(), max_size=4))
def test_jsonl_round_trip_property(arts: list[Article]) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "a.jsonl"
        save_jsonl(arts, p)
        assert list(load_jsonl(p)) == arts


def test_jsonl_errors_name_file_and_line(tmp_path: Path) -> None:
    p = tmp_path / "bad.jsonl"
    p.write_text('{"id": "a", "raw": "", "language": "vi"}\n{not json\n', encoding="utf-8")
    with pytest.raises(FormatError, match=r"bad.jsonl, line 2"):
        list(load_jsonl(p))
    with pytest.raises(PathError):
        load_jsonl(tmp_path / "missing.jsonl")


def test_save_jsonl_is_atomic(tmp_path: Path) -> None:
    p = tmp_path / "out.jsonl"
    p.write_text("previous\n", encoding="utf-8")

    def boom() -> object:
        yield load_text("Tiêu đề", clean=False)
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        save_jsonl(boom(), p)  # type: ignore[arg-type]
    assert p.read_text(encoding="utf-8") == "previous\n"
    assert sorted(x.name for x in tmp_path.iterdir()) == ["out.jsonl"]
    with pytest.raises(PathError):
        save_jsonl([], tmp_path / "no" / "out.jsonl")


def test_corpus_rejects_one_shot_iterators() -> None:
    with pytest.raises(InvalidArgument, match="iterator"):
        Corpus(iter([]))  # type: ignore[arg-type]


def test_spec_copies_match_the_project_spec() -> None:
    """tests/data holds unchanged copies of the project's spec files (checked where shared/ exists)."""
    from conftest import ROOT, SPEC

    shared = ROOT.parent / "shared" / "spec"
    if not shared.is_dir():
        pytest.skip("the project's shared/spec folder is not beside this checkout")
    for name in ("seeds_gold.json", "seeds_entities.json"):
        assert (SPEC / name).read_bytes() == (shared / name).read_bytes()
