"""Normalization: NFC, spaces, Vietnamese tone placement, Thai marks, and the offset map."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from aseancorpus.errors import InvalidArgument
from aseancorpus.normalization import Normalized, normalize
from strategies import mixed_text, news_text, thai_text, vietnamese_text

any_text = news_text() | mixed_text() | vietnamese_text() | thai_text()


@pytest.mark.parametrize(
    ("text", "style", "expected"),
    [
        ("hoà bình", "old", "hòa bình"),
        ("hòa bình", "new", "hoà bình"),
        ("Khoẻ mạnh", "old", "Khỏe mạnh"),
        ("thủy lợi", "new", "thuỷ lợi"),
        ("hòang gia", "old", "hoàng gia"),  # closed syllable: tone on the main vowel in both styles
        ("hòang gia", "new", "hoàng gia"),
        ("quý vị", "old", "quý vị"),  # "qu" is a consonant: nothing to move
        ("hoà", "keep", "hoà"),
        ("Hòa Bình", "old", "Hòa Bình"),
    ],
)
def test_vietnamese_tone_styles(text: str, style: str, expected: str) -> None:
    assert normalize(text, lang="vi", vi_tone_style=style).text == expected


def test_spaces_and_zero_width() -> None:
    n = normalize("Việt\u00a0Nam\u200b  và\u3000Mỹ\ufeff")
    assert n.text == "Việt Nam và Mỹ"
    assert n.source[slice(*n.to_input_span(9, 11))] == "và"


def test_nfc_offsets() -> None:
    src = "Vie\u0323\u0302t Nam hoa\u0300"
    n = normalize(src, lang="vi")
    assert n.text == "Việt Nam hòa"
    assert n.to_input_span(0, 4) == (0, 6)
    assert n.source[slice(*n.to_input_span(9, 12))] == "hoa\u0300"


def test_thai_marks() -> None:
    assert normalize("เเปลก", lang="th").text == "แปลก"
    assert normalize("นานาาา", lang="th").text == "นานา"
    assert normalize("ดีีีี", lang="th").text == "ดี"
    assert normalize("ก่่า", lang="th").text == "ก่า"


@given(thai_text())
@example("อาเซียนๅๅ")
@example("ํๅ")
@example("ทีฺ่")
def test_thai_agrees_with_pythainlp(text: str) -> None:
    from pythainlp.util import remove_repeat_vowels

    # Ours applies NFC first (canonical mark order: phinthu before a tone mark), and is
    # idempotent where one pass of pythainlp can leave a run of lakkhangyao half replaced
    # ("ๅๅ" → "าๅ"): compare with pythainlp's fixed point on NFC text.
    expected = remove_repeat_vowels(unicodedata.normalize("NFC", text))
    while (again := remove_repeat_vowels(expected)) != expected:
        expected = again
    expected = unicodedata.normalize("NFC", expected)
    got = normalize(text, lang="th", collapse_spaces=False, vi_tone_style="keep").text
    assert got == expected


def test_unchanged_text_has_identity_map() -> None:
    n = normalize("Hà Nội")
    assert not n.changed
    assert n.starts is None
    assert n.to_input_span(3, 6) == (3, 6)
    assert n.to_normalized_span(3, 6) == (3, 6)


@given(any_text, st.sampled_from([None, "vi", "th"]), st.sampled_from(["old", "new", "keep"]))
def test_offset_map_round_trips(text: str, lang: str | None, style: str) -> None:
    n = normalize(text, lang=lang, vi_tone_style=style)
    assert isinstance(n, Normalized)
    assert n.to_input(len(n.text)) == len(text)
    # only deleted characters (zero-width, spaces) can come before the first kept one
    assert not text[: n.to_input(0)].strip("\u200b\u200c\u2060\ufeff\u00ad \t")
    prev = 0
    for k in range(len(n.text) + 1):
        pos = n.to_input(k)
        assert prev <= pos <= len(text)  # monotone
        prev = pos
    for i in range(len(n.text)):
        s, e = n.to_input_span(i, i + 1)
        assert 0 <= s < e <= len(text)
        # the normalized span made from that input span contains the character
        ns, ne = n.to_normalized_span(s, e)
        assert ns <= i < ne
    # at every boundary where the map starts a new source character, the round trip is exact
    for k in range(len(n.text) + 1):
        if k == 0 or k == len(n.text) or n.to_input(k) != n.to_input(k - 1):
            assert n.to_normalized(n.to_input(k)) == k


@given(any_text)
@example("อาเซียนๅๅ")  # a run of lakkhangyao used to need two passes
def test_normalization_is_idempotent(text: str) -> None:
    once = normalize(text).text
    assert normalize(once).text == once
    assert unicodedata.is_normalized("NFC", once)
    assert "\u200b" not in once
    assert "\u00a0" not in once


@pytest.mark.parametrize(
    ("kwargs", "word"),
    [({"lang": "xx"}, "lang"), ({"vi_tone_style": "modern"}, "vi_tone_style")],
)
def test_bad_arguments(kwargs: dict[str, str], word: str) -> None:
    with pytest.raises(InvalidArgument, match=word):
        normalize("abc", **kwargs)  # type: ignore[arg-type]


def test_bad_offsets() -> None:
    n = normalize("hoà")
    with pytest.raises(InvalidArgument, match="outside"):
        n.to_input(5)
    with pytest.raises(InvalidArgument):
        n.to_input_span(2, 1)
    with pytest.raises(InvalidArgument, match="str"):
        normalize(b"abc")  # type: ignore[arg-type]
