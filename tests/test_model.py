"""The data model: validation, views, serialization round trips."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given

from aseancorpus import Article, Block, FormatError, InvalidArgument, Removal, load_text
from strategies import articles


@given(articles())
def test_to_dict_round_trip(a: Article) -> None:
    assert Article.from_dict(a.to_dict()) == a


@given(articles())
def test_offsets_slice_raw(a: Article) -> None:
    for x in (*a.blocks, *a.removed):
        assert a.raw[x.start : x.end] == x.text


@given(articles())
def test_text_offsets_map_back_to_raw(a: Article) -> None:
    text = a.text
    for pos, b in a.block_offsets():
        assert text[pos : pos + len(b.text)] == b.text
        if b.text:
            assert a.raw[a.to_raw_offset(pos)] == text[pos]


def test_views() -> None:
    raw = "Tiêu đề\n\nĐoạn dẫn.\n\nĐoạn một."
    a = Article(
        id="x",
        raw=raw,
        language="vi",
        blocks=(Block("title", 0, 7, "Tiêu đề"), Block("lead", 9, 18, "Đoạn dẫn."), Block("paragraph", 20, 29, "Đoạn một.")),
    )
    assert a.title == "Tiêu đề"
    assert a.lead == "Đoạn dẫn."
    assert a.paragraphs == ("Đoạn một.",)
    assert a.text == raw


def test_validation_names_the_bad_value() -> None:
    with pytest.raises(InvalidArgument, match=r"'footnote'.*title, lead, paragraph, heading"):
        Block("footnote", 0, 1, "x")
    with pytest.raises(InvalidArgument, match="'spam'"):
        Removal("spam", "r", 0, 1, "x")
    with pytest.raises(InvalidArgument, match="length"):
        Block("title", 0, 5, "x")
    with pytest.raises(InvalidArgument, match="start"):
        Block("title", 3, 1, "")


def test_frozen() -> None:
    a = load_text("Tiêu đề", clean=False)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        a.raw = "x"  # type: ignore[misc]


@pytest.mark.parametrize(
    "record",
    [
        "not a dict",
        {"id": "x"},
        {"id": "x", "raw": "ab", "language": "vi", "blocks": [{"kind": "title", "start": 0, "end": 9, "text": "ab"}]},
        {"id": "x", "raw": "ab", "language": "vi", "unknown_field": 1},
    ],
)
def test_from_dict_rejects_bad_records(record: object) -> None:
    with pytest.raises(FormatError):
        Article.from_dict(record)  # type: ignore[arg-type]


def test_to_raw_offset_bounds() -> None:
    a = load_text("Tiêu đề\n\nĐoạn.", clean=False)
    with pytest.raises(InvalidArgument):
        a.to_raw_offset(-1)
    assert a.to_raw_offset(len(a.text)) == len(a.raw)
