"""The cleaner's fast paths give exactly the answers of the plain code they replace."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aseancorpus.cleaning import Cleaner, clean
from aseancorpus.cleaning._regex import PREFIX_LEN, Starts, line_key
from aseancorpus.cleaning.dates import DIGIT, date_line
from aseancorpus.cleaning.engine import INVISIBLE
from aseancorpus.cleaning.rules import common, vi
from aseancorpus.io.decode import _CONTROL_BYTES, _looks_utf16
from strategies import mixed_text, news_text

# Characters that steer the fast paths: line ends, slashes and chevrons, digits, Thai and Vietnamese.
_TRICKY = st.lists(
    st.sampled_from([*"\r\n /»>›<|:0123456789 TtHhกขภาพ๑๒ảẢìăĩểế", "Trang chủ", "Home", "2021", "bình chọn"])
).map("".join)


@given(st.one_of(_TRICKY, mixed_text()))
def test_breadcrumb_fast_exit_changes_no_answer(line: str) -> None:
    line = line.strip()
    plain = (
        any(c in line for c in ">»›/")
        and "<" not in line
        and common._BREADCRUMB.fullmatch(line) is not None
        and all(0 < len(p.split()) <= 5 for p in re.split(r"[>»›/]", line))
    )
    assert common._breadcrumb(line) == plain


def test_breadcrumb_still_found() -> None:
    assert common._breadcrumb("Trang chủ / Thời sự / Chính trị")
    assert common._breadcrumb("Trang chủ > Thời sự > Chính trị")
    assert not common._breadcrumb("Lê Ánh (TTXVN/Vietnam+)")


_PLAIN_POLL = re.compile("|".join(re.escape(p) for p in vi.POLL_PHRASES), re.IGNORECASE)


@given(st.one_of(_TRICKY, mixed_text(), st.sampled_from(vi.POLL_PHRASES).map(str.upper)))
def test_poll_lookahead_finds_what_the_plain_alternation_finds(line: str) -> None:
    assert (vi._POLL.search(line) is None) == (_PLAIN_POLL.search(line) is None)


def test_poll_phrases_found_in_any_case() -> None:
    for phrase in vi.POLL_PHRASES:
        assert vi._POLL.search(f"Mời bạn {phrase.upper()} nhé") is not None


@settings(max_examples=300)
@given(st.one_of(_TRICKY, mixed_text(), st.sampled_from(["Thứ năm, 14/7/2021, 10:30 (GMT+7)", "๑๔ ก.ค. ๒๕๖๔",
                                                         "วันพฤหัสบดีที่ 14 กรกฎาคม 2564", "Ngày 5/8"])))
def test_date_line_early_exit_is_exact(line: str) -> None:
    # The early exit only skips lines with no four-digit run and no Thai character.
    found = date_line(line)
    if found is not None:
        assert DIGIT.search(line) is not None
        assert re.search(r"\d{4}", line) is not None or re.search("[\u0e00-\u0e7f]", line) is not None


@given(st.binary(max_size=300))
def test_control_byte_count_is_the_plain_count(data: bytes) -> None:
    plain = sum(1 for b in data if b < 0x20 and b not in (0x09, 0x0A, 0x0D))
    assert len(data) - len(data.translate(None, _CONTROL_BYTES)) == plain


def test_utf16_still_recognised() -> None:
    assert _looks_utf16("Việt Nam và ASEAN hợp tác".encode("utf-16-le")) == "utf-16-le"
    assert _looks_utf16("อาเซียนและสหรัฐ".encode("utf-16-be")) == "utf-16-be"
    assert _looks_utf16("Việt Nam".encode()) is None


@given(news_text())
def test_crlf_and_lf_texts_clean_alike(raw: str) -> None:
    """Offsets aside, a text cleans the same whichever line ends it uses."""
    lf = raw.replace("\r\n", "\n").replace("\r", "\n")
    a, b = clean(lf, lang="vi"), clean(lf.replace("\n", "\r\n"), lang="vi")
    assert [(x.kind, x.text) for x in a.blocks] == [(x.kind, x.text) for x in b.blocks]
    assert [(x.rule, x.text) for x in a.removed] == [(x.rule, x.text) for x in b.removed]


# -- line-start dispatch ---------------------------------------------------------------------------

_CLEANER = Cleaner()
_LINE_RULES = {
    lang: [r for r in _CLEANER._rules if r.kind in ("line", "tail") and r.applies_to(lang) and r.name != "blank_line"]
    for lang in ("vi", "th")
}
_PATTERNS = sorted({r.pattern.pattern: r.pattern for rules in _LINE_RULES.values() for r in rules if r.pattern}.items())


def _plain_first(lang: str, line: str) -> str | None:
    """The first rule in registry order that matches ``line``: what the dispatch must find."""
    return next((r.name for r in _LINE_RULES[lang] if r.matches_line(line)), None)


def _examples() -> st.SearchStrategy[str]:
    rules = [r for rs in _LINE_RULES.values() for r in rs if r.example]
    return st.sampled_from(rules).map(lambda r: r.example)


@settings(max_examples=400)
@given(st.sampled_from(["vi", "th"]), st.one_of(_TRICKY, mixed_text(), _examples(),
                                               _examples().map(str.upper), _examples().map(str.lower)))
def test_dispatch_finds_the_first_rule_in_registry_order(lang: str, line: str) -> None:
    line = line.strip(INVISIBLE)
    if not line:
        return
    found = _CLEANER._plan(lang).first_match(line)
    assert (found.name if found else None) == _plain_first(lang, line)


@settings(max_examples=300, suppress_health_check=list(HealthCheck))
@given(st.data())
def test_a_pattern_admits_every_line_it_fullmatches(data: st.DataObject) -> None:
    """What :func:`prefixes` reads from a pattern never rules out a line the pattern matches."""
    source, pattern = data.draw(st.sampled_from(_PATTERNS), label="pattern")
    line = data.draw(st.from_regex(pattern, fullmatch=True), label="line")
    if line != line.strip(INVISIBLE) or not line or pattern.fullmatch(line) is None:
        return  # the engine only sees stripped, non-empty lines
    assert Starts([pattern]).admits(line), (source, line)


@given(st.text(max_size=12))
def test_line_key_is_the_lower_cased_start_with_spaces_read_as_one(text: str) -> None:
    key = line_key(text)
    head = text[:PREFIX_LEN]
    if key is None:
        assert len(head.lower()) != len(head)
    else:
        assert len(key) == len(head)
        assert all(k == (" " if h.isspace() else h.lower()) for h, k in zip(head, key))


def test_date_starts_rule_out_a_sentence() -> None:
    """Patterns whose first four characters cannot be read still give a start check (one character)."""
    from aseancorpus.cleaning.dates import _date_starts

    assert not _date_starts().admits("Ủy ban nhân dân tỉnh ký 12 văn bản trong năm 2024.")
    assert not _date_starts().admits("กรมอุตุนิยมวิทยาเตือนฝนตกหนัก 14 กรกฎาคม 2564")
    assert _date_starts().admits("Thứ năm, 14/7/2021, 10:30 (GMT+7)")
