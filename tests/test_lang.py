"""Language identification and script runs."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aseancorpus import detect_language
from aseancorpus.lang import script_runs
from strategies import mixed_text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("อาเซียนและสหรัฐเห็นพ้องผลักดันการสนทนาและความร่วมมือ", "th"),
        ("Đối thoại trực tuyến ASEAN-Mỹ lần thứ 33", "vi"),
        ("Hoa Ky va Viet Nam hop tac", "en"),  # Vietnamese without diacritics reads as Latin
        ("The United States and ASEAN agreed to deepen cooperation.", "en"),
        ("ສະຫະລັດ ແລະ ອາຊຽນ", "lo"),
        ("សហរដ្ឋអាមេរិក និង អាស៊ាន", "km"),
        ("အမေရိကန် နှင့် အာဆီယံ", "my"),
        ("", "und"),
        ("12/8 - 2025 !!!", "und"),
        ("อาเซียนและสหรัฐเห็นพ้อง - ảnh 1ภาพการประชุม (VNA)", "th"),
        ("Cuộc gặp giữa Bộ trưởng Ngoại giao và Ngoại trưởng Mỹ Antony Blinken", "vi"),
    ],
)
def test_detect_language(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_decomposed_vietnamese_is_vietnamese() -> None:
    import unicodedata

    assert detect_language(unicodedata.normalize("NFD", "Việt Nam hợp tác với ASEAN")) == "vi"


@given(mixed_text())
def test_script_runs_cover_the_text_in_order(text: str) -> None:
    runs = script_runs(text)
    pos = 0
    for r in runs:
        assert r.start == pos
        assert r.end > r.start
        pos = r.end
    assert pos == len(text)
    for a, b in itertools.pairwise(runs):
        assert a.script != b.script


def test_thai_article_with_vietnamese_caption_routes_runs() -> None:
    text = "การประชุม - ảnh 1ภาพ"
    scripts = [(r.script, text[r.start : r.end]) for r in script_runs(text)]
    assert scripts == [("Thai", "การประชุม - "), ("Latin", "ảnh 1"), ("Thai", "ภาพ")]


_MIXED_LETTERS = "aăâđêôơưàảãáạằắặầấậèéẹềếệìíịòóọồốộờớợùúụừứựỳýỵ กขคงจชดตนบปมยรลวสหอะาิีุู่้ ກຂ ក ក ခ абв αβ 中 한 ,.0"


@given(st.one_of(mixed_text(), st.text(alphabet=_MIXED_LETTERS, max_size=60)))
def test_shortcut_agrees_with_the_full_count(text: str) -> None:
    # the early answers (a script holding most characters) never differ from counting everything
    import aseancorpus.lang as lang_module

    fast = detect_language(text)
    saved = lang_module._clear_winner
    lang_module._clear_winner = lambda _t, _d: None
    try:
        assert detect_language(text) == fast
    finally:
        lang_module._clear_winner = saved
