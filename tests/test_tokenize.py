"""Words and sentences: exact offsets, script routing, the seed checks, options and errors."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aseancorpus.errors import InvalidArgument
from aseancorpus.lang import script_runs
from aseancorpus.model import Span, Token
from aseancorpus.tokenize import (
    DEFAULT_ENGINES,
    ENGINES,
    route,
    sentence_offsets,
    sentences,
    word_offsets,
    words,
)
from aseancorpus.tokenize.core import _script_runs
from strategies import mixed_text, news_text, thai_text, vietnamese_text

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
any_text = news_text() | mixed_text() | vietnamese_text() | thai_text()
langs = st.sampled_from([None, "th", "vi", "en", "und"])


def _seed(name: str) -> str:
    return next(SEEDS.glob(f"{name}_*.txt")).read_text(encoding="utf-8-sig")


def _check_cover(text: str, toks: list[Token], *, with_space: bool) -> None:
    pos = 0
    for t in toks:
        assert isinstance(t, Token)
        assert text[t.start : t.end] == t.text
        assert t.start >= pos, "tokens out of order or overlapping"
        gap = text[pos : t.start]
        assert gap.strip() == "", f"lost text {gap!r}"
        assert not with_space or gap == "", f"space token missing for {gap!r}"
        assert t.text, "empty token"
        assert t.kind == "space" or t.text == t.text.strip(), f"token with edge whitespace {t.text!r}"
        pos = t.end
    assert text[pos:].strip() == ""
    if with_space:
        assert "".join(t.text for t in toks) == text


@given(any_text, langs)
def test_tokens_slice_and_rebuild_the_text(text: str, lang: str | None) -> None:
    _check_cover(text, words(text, lang=lang), with_space=False)
    _check_cover(text, words(text, lang=lang, drop_space=False), with_space=True)


@given(any_text, langs)
def test_word_offsets_match_words(text: str, lang: str | None) -> None:
    assert word_offsets(text, lang=lang) == [(t.start, t.end) for t in words(text, lang=lang)]


@given(any_text, langs)
def test_sentences_slice_and_cover(text: str, lang: str | None) -> None:
    spans = sentences(text, lang=lang)
    pos = 0
    for s in spans:
        assert isinstance(s, Span)
        assert text[s.start : s.end] == s.text
        assert s.text == s.text.strip()
        assert s.text
        assert s.start >= pos
        assert text[pos : s.start].strip() == ""
        pos = s.end
    assert text[pos:].strip() == ""
    assert [(s.start, s.end) for s in spans] == sentence_offsets(text, lang=lang)


@given(mixed_text())
def test_fast_script_runs_agree_with_lang(text: str) -> None:
    assert [(s, e, sc) for s, e, sc in _script_runs(text)] == [(r.start, r.end, r.script) for r in script_runs(text)]


@given(any_text)
def test_route_covers_text(text: str) -> None:
    runs = route(text)
    assert [r[0] for r in runs[1:]] == [r[1] for r in runs[:-1]]
    if text:
        assert runs[0][0] == 0
        assert runs[-1][1] == len(text)


@pytest.mark.parametrize("word", ["Việt Nam", "Hàn Quốc", "Bùi Thanh Sơn", "ASEAN-Mỹ", "COVID-19", "2021-2025", "5/8"])
def test_vietnamese_seed_words_are_one_token(word: str) -> None:
    found = False
    for name in ("001", "002", "003", "004"):
        text = _seed(name)
        if word not in text:
            continue
        toks = [t.text for t in words(text, lang="vi")]
        assert word in toks, f"{word!r} not one token in seed {name}"
        found = True
    assert found, f"{word!r} occurs in no seed"


def test_thai_seed_segments_as_pythainlp() -> None:
    from pythainlp.tokenize import word_tokenize

    text = _seed("000")
    ours = [t.text for t in words(text, lang="th") if t.lang == "th"]
    assert "กระทรวงการต่างประเทศ" in ours
    assert "สหรัฐ" in ours
    # on every pure-Thai stretch, our tokens are pythainlp's newmm tokens
    for m in re.finditer("[\u0e00-\u0e7f]+", text):
        chunk = m.group()
        assert [t.text for t in words(chunk, lang="th")] == word_tokenize(chunk, keep_whitespace=False)


def test_vietnamese_caption_in_thai_seed_is_routed_to_vietnamese() -> None:
    text = _seed("000")
    toks = words(text, lang="th")
    anh = [t for t in toks if t.text == "ảnh"]
    assert anh
    assert all(t.lang == "vi" for t in anh)
    one = [t for t in toks if t.start == anh[0].end + 1]
    assert one[0].text == "1"
    assert one[0].lang == "vi"
    assert {t.lang for t in toks if t.text == "VNA"} == {"en"}


@pytest.mark.parametrize(
    ("text", "token", "kind"),
    [
        ("Tối 4/11, hai bên họp.", "4/11", "number"),
        ("Tối 4/11, hai bên họp.", "Tối", "word"),
        ("Ngày 5/8, hai bên họp.", "5/8", "number"),
        ("giai đoạn 2021-2025.", "2021-2025", "number"),
        ("ในปี 2021-2025 นี้", "2021-2025", "number"),
        ("Xem https://tienphong.vn/ngoai-truong-my-post1759226.tpo.", "https://tienphong.vn/ngoai-truong-my-post1759226.tpo", "url"),
        ("อ่านที่ https://www.vovworld.vn/th-TH/ข่าว/1.vov ครับ", "https://www.vovworld.vn/th-TH/ข่าว/1.vov", "url"),
        ("Liên hệ: toasoan@vietnamplus.vn để biết thêm.", "toasoan@vietnamplus.vn", "email"),
        ("ติดต่อ info@vovworld.vn ได้", "info@vovworld.vn", "email"),
        ("kim ngạch 1.600.000 USD", "1.600.000", "number"),
        ("COVID-19 and ASEAN", "COVID-19", "word"),
    ],
)
def test_protected_tokens(text: str, token: str, kind: str) -> None:
    lang = "th" if re.search("[\u0e00-\u0e7f]", text.split()[0]) else None
    toks = {t.text: t for t in words(text, lang=lang)}
    assert token in toks, [t.text for t in words(text, lang=lang)]
    assert toks[token].kind == kind


def test_options() -> None:
    text = "Việt Nam, Hàn Quốc và ASEAN."
    toks = words(text, lang="vi", drop_punct=True, lower=True, join_compounds=True)
    assert [t.norm for t in toks] == ["việt_nam", "hàn_quốc", "và", "asean"]
    assert [t.text for t in toks] == ["Việt Nam", "Hàn Quốc", "và", "ASEAN"]
    spaced = words(text, lang="vi", drop_space=False)
    assert "".join(t.text for t in spaced) == text
    assert {t.kind for t in spaced} >= {"word", "punct", "space"}


def test_vietnamese_nfd_input_keeps_offsets() -> None:
    text = "Vie\u0323\u0302t Nam va\u0300 Ha\u0300n Quo\u0302\u0301c"
    toks = words(text, lang="vi")
    assert [t.text for t in toks] == [text[:10], "va\u0300", "Ha\u0300n Quo\u0302\u0301c"]


@pytest.mark.parametrize("engine", sorted(ENGINES))
def test_every_engine_keeps_offsets(engine: str) -> None:
    text = "อาเซียนและสหรัฐ ảnh 1 Bộ trưởng Ngoại giao Việt Nam (VNA) ສະຫະລັດ ແລະ ອາຊຽນ"
    toks = words(text, engine=engine)
    _check_cover(text, toks, with_space=False)


def test_thai_engines_agree_on_dictionary_words() -> None:
    text = "กระทรวงการต่างประเทศสหรัฐ"
    assert [t.text for t in words(text, lang="th", engine="newmm")] == [t.text for t in words(text, lang="th")]


def test_default_engines() -> None:
    assert DEFAULT_ENGINES["th"] == "nlpo3"
    assert DEFAULT_ENGINES["vi"] == "crf"
    assert set(DEFAULT_ENGINES.values()) <= set(ENGINES)


def test_lao_khmer_myanmar_fallback() -> None:
    text = "ສະຫະລັດ ແລະ ອາຊຽນ"
    toks = words(text)
    assert [t.text for t in toks] == ["ສະຫະລັດ", "ແລະ", "ອາຊຽນ"]
    assert {t.lang for t in toks} == {"lo"}
    assert {t.lang for t in words("សហរដ្ឋអាមេរិក និង អាស៊ាន")} == {"km"}


def test_sentences_on_seeds() -> None:
    vi = sentences(_seed("002"), lang="vi")
    assert vi[0].text == "Ngoại trưởng Mỹ nhấn mạnh cam kết lâu dài với ASEAN"
    assert any(s.text.startswith("Chiều 10/7, tiếp tục") and s.text.endswith("ASEAN+3.") for s in vi)
    th = sentences(_seed("000"), lang="th")
    assert th[0].text == "อาเซียนและสหรัฐเห็นพ้องผลักดันการสนทนาและความร่วมมือ"
    assert all(s.lang in ("th", "vi", "en") for s in th)


def test_crfcut_engine() -> None:
    text = "อาเซียนและสหรัฐได้ยืนยันให้ความสำคัญ สหรัฐสนับสนุนบทบาทของอาเซียน\nHai bên nhất trí. Mỹ hỗ trợ."
    spans = sentences(text, engine="crfcut")
    assert "".join(s.text for s in spans).replace(" ", "") == text.replace(" ", "").replace("\n", "")


@pytest.mark.parametrize(
    ("call", "match"),
    [
        (lambda: words("abc", lang="xx"), "lang 'xx'"),
        (lambda: words("abc", engine="nope"), "engine 'nope'.*nlpo3"),
        (lambda: words(b"abc"), "str"),  # type: ignore[arg-type]
        (lambda: sentences("abc", engine="nope"), "sentence engine 'nope'"),
        (lambda: word_offsets(None), "str"),  # type: ignore[arg-type]
    ],
)
def test_bad_arguments(call: object, match: str) -> None:
    with pytest.raises(InvalidArgument, match=match):
        call()  # type: ignore[operator]


def test_empty_and_blank() -> None:
    assert words("") == []
    assert words(" \n\t ") == []
    assert sentences("") == []
    assert [t.kind for t in words(" \n", drop_space=False)] == ["space"]


@st.composite
def _tokens_and_protected(draw: st.DrawFn) -> tuple[str, list[tuple[int, int]]]:
    text = draw(st.lists(st.sampled_from(["5/8", " ", "2021-2025", "ab", "x@y.vn", "https://vov.vn/a", "-", "1", "Tối "]),
                         max_size=12).map("".join))  # fmt: skip
    cuts = sorted(set(draw(st.lists(st.integers(0, len(text)), max_size=10))) | {0, len(text)})
    spans = [(a, b) for a, b in itertools.pairwise(cuts) if text[a:b].strip()]
    spans = [(a + len(text[a:b]) - len(text[a:b].lstrip()), b - len(text[a:b]) + len(text[a:b].rstrip())) for a, b in spans]
    return text, spans


@given(_tokens_and_protected())
def test_merge_protected_cuts_and_joins(case: tuple[str, list[tuple[int, int]]]) -> None:
    from aseancorpus.tokenize import _simple
    from aseancorpus.tokenize.core import _merge_protected

    text, spans = case
    codes = [f"c{i}" for i in range(len(spans))]
    merged, merged_codes = _merge_protected(text, spans, codes)
    assert len(merged) == len(merged_codes)
    assert set(merged_codes) <= set(codes)
    assert merged == sorted(set(merged))
    pos = 0
    for a, b in merged:  # in order, no overlap, only whitespace left out, no token starts/ends with a space
        assert a >= pos
        assert not text[pos:a].strip()
        assert text[a:b] == text[a:b].strip()
        pos = b
    assert not text[pos:].strip()
    bounds = {a for a, _ in merged} | {b for _, b in merged}
    for ps, pe in _simple.protected_spans(text):
        assert (ps, pe) in merged
        assert not any(ps < x < pe for x in bounds)


def test_fast_common_class_is_common() -> None:
    from aseancorpus.lang import script_of
    from aseancorpus.tokenize.core import _COMMON_FAST

    chars = [chr(c) for c in range(0x110000) if re.fullmatch(f"[{_COMMON_FAST}]", chr(c))]
    assert chars
    assert {script_of(c) for c in chars} <= {"Common", "Inherited"}


_MARKS = ["\u0301", "\u0323", "\u0300", "\u031b", "đ"]


@given(st.text(alphabet=st.sampled_from([*list("aeoóé hV.,5/"), *_MARKS]), max_size=30))
def test_decomposed_marks_never_overlap(text: str) -> None:
    # NFC may join several input characters into one; tokens made from them must not overlap
    _check_cover(text, words(text, lang="vi"), with_space=False)
    _check_cover(text, words(text, lang="vi", drop_space=False), with_space=True)


def test_stacked_marks_regression() -> None:
    text = "Ｔｈéé\u0301hoà"
    _check_cover(text, words(text, lang="vi"), with_space=False)


@pytest.mark.parametrize("engine", [None, "newmm", "underthesea", "simple"])
def test_lone_surrogates_do_not_crash(engine: str | None) -> None:
    text = "อาเซียน\udcffสหรัฐ Việt\udcff Nam"
    _check_cover(text, words(text, engine=engine, drop_space=False), with_space=True)
    assert "".join(s.text for s in sentences(text, engine="crfcut")).replace(" ", "") == text.replace(" ", "")


@pytest.mark.parametrize("text", ["อาเซียน,\r", "อาเซียน(\x0b)", "ก\x0c\x1cข", "อาเซียน\xa0\u200b", "ก\u2028ข,\r\nค"])
def test_unusual_whitespace_is_split_off_thai_tokens(text: str) -> None:
    # nlpO3 only splits off space, tab, LF and CRLF; other whitespace must not stick to tokens
    _check_cover(text, words(text, lang="th"), with_space=False)
    _check_cover(text, words(text, lang="th", drop_space=False), with_space=True)


# -- the fast paths give the same results as the plain ones ------------------------------------------


def test_odd_space_class_is_every_other_whitespace() -> None:
    from aseancorpus.tokenize._thai import _RE_ODD_SPACE

    chars = [chr(c) for c in range(0x110000)]
    assert [c for c in chars if _RE_ODD_SPACE.fullmatch(c)] == [c for c in chars if c.isspace() and c not in " \t\n"]


def test_common_class_lists_every_whitespace() -> None:
    from aseancorpus.tokenize.core import _COMMON_FAST

    assert all(re.fullmatch(f"[{_COMMON_FAST}]", chr(c)) for c in range(0x110000) if chr(c).isspace())


_ODD = st.sampled_from(["\xa0", "\u2009", "\u3000", "\r", "\x0b", "\r\n", " ", "\n", "\u200b"])


@given(st.lists(st.sampled_from(["อาเซียน", "สหรัฐ", "ประชุม", "25,000", "ab", "(", "5"]) | _ODD, max_size=14).map("".join))
def test_odd_spaces_are_split_off_only_where_they_are(text: str) -> None:
    # the targeted split gives what splitting every nlpO3 token on whitespace gives
    from aseancorpus.tokenize import _thai

    toks = _thai._nlpo3()(text, _thai._DICT_NAME, False, False) if text else []
    pos, expected = 7, []
    for tok in toks:
        expected += [(pos + m.start(), pos + m.end()) for m in re.finditer(r"\S+", tok)]
        pos += len(tok)
    assert _thai.nlpo3_segment([text], [7]) == [expected]


def test_lone_surrogates_in_thai_runs_are_replaced_for_nlpo3() -> None:
    text = "ประชุม\udcffอาเซียน 5/8 ASEAN\udcff"
    clean = text.replace("\udcff", "\ufffd")
    assert word_offsets(text, lang="th") == word_offsets(clean, lang="th")
    toks = [t.text for t in words(text, lang="th")]
    assert toks[:2] == ["ประชุม", "\udcff"]  # tokens keep the input's characters
    assert toks[-2:] == ["ASEAN", "\udcff"]


def test_thai_runs_around_other_scripts_get_their_own_tokens() -> None:
    # one masked nlpO3 call for all Thai runs, sliced back per run
    text = "อาเซียนและสหรัฐ COVAX ประชุม ảnh 1 ภาพการประชุม (VNA) สหรัฐ"
    toks = words(text, lang="th")
    assert [(t.text, t.lang) for t in toks if t.lang != "th"] == [("COVAX", "en"), ("ảnh", "vi"), ("1", "vi"), ("VNA", "en"), (")", "en")]
    for m in re.finditer("[\u0e00-\u0e7f]+", text):
        assert [t.text for t in toks if m.start() <= t.start < m.end()] == [t.text for t in words(m.group(), lang="th")]
