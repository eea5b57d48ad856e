"""Cleaning: the lossless invariant, idempotence, the API, rules, dates and bad input."""

from __future__ import annotations

import re
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aseancorpus import InvalidArgument, load_text
from aseancorpus.cleaning import RULE_KINDS, RULES, Cleaner, Rule, clean, rules, rules_markdown
from aseancorpus.cleaning.dates import date_line, normalize_year, parse_dateline
from aseancorpus.cleaning.engine import INVISIBLE
from aseancorpus.model import REMOVAL_CATEGORIES, Article
from strategies import mixed_text, news_text, thai_text, vietnamese_text

# Lines of realistic furniture mixed into random text, so that rules fire under hypothesis.
FURNITURE = [
    "Ảnh: BNG", "Hội nghị Bộ trưởng ASEAN – Mỹ. Ảnh: Baoquocte", "Diễn đàn Khu vực ASEAN (ARF) |", "BNG |",
    "Tin liên quan", "Tin Liên Quan", "ข่าวที่เกี่ยวข้อง", "คำติชม", "ข่าวอื่นในหมวด", "Bình luận (0)",
    "  • Khách Khách 996", "255 Go top", "Thống kê truy cập", "Bình Giang", "Lê Ánh (TTXVN/Vietnam+)",
    "Nguồn Tiền Phong: https://tienphong.vn/a-post1.tpo", "(theo baodientu.chinhphu.vn)", "http://x.vn/a",
    "(VOVWORLD) -เช้าวันที่ 14 กรกฎาคม นายกรัฐมนตรีได้เข้าร่วมการประชุมพิเศษระดับรัฐมนตรีต่างประเทศอาเซียน",
    "(Dân trí) - Sáng 5/8, hai bên đã họp trực tuyến để thảo luận về hợp tác kinh tế khu vực.",
    "[Tìm kiếm đòn bẩy để cân bằng quan hệ kinh tế]", "Xem thêm:", "อ่านเพิ่มเติม", "\u00a0", "\u200b",
    "\u200b\u00a0 \u200b", "Thứ năm, 14/7/2021, 10:30 (GMT+7)", "วันพฤหัสบดีที่ 14 กรกฎาคม 2564", "Quảng cáo",
    "Hai bên nhất trí tiếp tục làm sâu sắc hơn quan hệ đối tác chiến lược và hợp tác ASEAN-Mỹ trong thời gian tới.",
    "Khẳng định lập trường nguyên tắc của ASEAN", "\u200bTin liên quan\u200b", "| |", "•", "()", "( ) -",
]


@st.composite
def pages(draw: st.DrawFn) -> str:
    """Article-like text: random lines and furniture lines, any line ends."""
    line = st.sampled_from(FURNITURE) | thai_text(max_size=12) | vietnamese_text(max_size=14) | mixed_text(
        max_size=6
    ).map(lambda s: s.replace("\n", " ").replace("\r", " "))
    ends = st.sampled_from(["\n", "\n\n", "\r\n", "\r\n\r\n", "\r", "\n \u00a0\n"])
    parts = draw(st.lists(st.tuples(line, ends), max_size=14))
    return "".join(a + b for a, b in parts)


def check_invariant(a: Article) -> None:
    raw = a.raw
    spans = [(b.start, b.end, b.text) for b in a.blocks] + [(r.start, r.end, r.text) for r in a.removed]
    covered = bytearray(len(raw))
    for start, end, text in spans:
        assert raw[start:end] == text
        assert text, "empty span"
        for k in range(start, end):
            assert not covered[k], f"overlap at {k}"
            covered[k] = 1
    for k, c in enumerate(raw):
        if not covered[k]:
            assert c.isspace(), f"uncovered visible char {c!r} at {k}"
    for r in a.removed:
        assert r.category in REMOVAL_CATEGORIES
    assert [b.start for b in a.blocks] == sorted(b.start for b in a.blocks)
    assert [r.start for r in a.removed] == sorted(r.start for r in a.removed)
    for b in a.blocks:
        assert b.text == b.text.strip(INVISIBLE)
    kinds = [b.kind for b in a.blocks]
    assert kinds[:1] in ([], ["title"])
    assert "title" not in kinds[1:]
    assert kinds.count("lead") <= 1


def check_idempotent(a: Article) -> None:
    again = clean(a.text, lang=a.language)
    assert again.removed == (), [(r.rule, r.text) for r in again.removed]
    assert again.text == a.text
    assert [b.kind for b in again.blocks] == [b.kind for b in a.blocks]


@given(pages())
def test_invariant_and_idempotence_on_pages(text: str) -> None:
    for lang in ("vi", "th"):
        a = clean(text, lang=lang)
        check_invariant(a)
        check_idempotent(a)


@given(news_text())
def test_invariant_and_idempotence_on_news_text(text: str) -> None:
    a = clean(text)
    check_invariant(a)
    check_idempotent(a)


@given(st.text())
def test_invariant_on_any_text(text: str) -> None:
    a = clean(text)
    check_invariant(a)
    check_idempotent(a)


def test_empty_and_blank_text() -> None:
    assert clean("").blocks == ()
    assert clean("").removed == ()
    a = clean("\n\u00a0\r\n\u200b\r")
    assert a.blocks == ()
    assert [r.category for r in a.removed] == ["blank", "blank"]


def test_crlf_and_cr_offsets() -> None:
    raw = "Tiêu đề\r\n\r\nNgày 5/8, hai bên họp trực tuyến về hợp tác.\r\nẢnh: BNG\rBình luận (0)\r\n"
    a = clean(raw)
    check_invariant(a)
    assert [r.text for r in a.removed] == ["Ảnh: BNG", "Bình luận (0)"]
    assert a.meta.photo_credits == ("BNG",)


def test_string_input_gets_content_hash_id() -> None:
    text = "Tiêu đề\n\nNội dung bài viết."
    assert clean(text).id == load_text(text, clean=False).id
    assert clean(text).id == clean(text).id


def test_article_input_is_recleaned_from_raw() -> None:
    a = load_text("Tiêu đề\n\nNội dung bài viết.\n\nBình luận (0)", clean=False)
    assert len(a.blocks) == 3
    b = clean(a)
    assert b.id == a.id
    assert b.raw == a.raw
    assert [r.category for r in b.removed] == ["comments"]


def test_loaders_clean_by_default() -> None:
    a = load_text("Tiêu đề\n\nNội dung bài viết.\n\nBình luận (0)")
    assert [r.rule for r in a.removed] == ["vi_comments_tail"]


def test_bad_arguments() -> None:
    with pytest.raises(InvalidArgument, match="Article or a str"):
        clean(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(InvalidArgument, match="unknown language 'xx'"):
        clean("abc", lang="xx")
    with pytest.raises(InvalidArgument, match="unknown rule name"):
        Cleaner(disable=["no_such_rule"])
    with pytest.raises(InvalidArgument, match="category 'junk'"):
        Rule("x", "junk", "line", pattern="a")
    with pytest.raises(InvalidArgument, match="kind 'word'"):
        Rule("x", "ad", "word", pattern="a")
    with pytest.raises(InvalidArgument, match="pattern or a predicate"):
        Rule("x", "ad", "line")
    with pytest.raises(InvalidArgument, match="not a valid regular expression"):
        Rule("x", "ad", "line", pattern="(")
    with pytest.raises(InvalidArgument, match="unique"):
        Cleaner(extra=[Rule("go_top", "ad", "line", pattern="x")])
    with pytest.raises(InvalidArgument, match="max_chars"):
        Rule("x", "ad", "line", pattern="a", max_chars=0)
    with pytest.raises(InvalidArgument, match="unknown language"):
        Rule("x", "ad", "line", pattern="a", languages=("xx",))
    with pytest.raises(InvalidArgument, match="Rule objects"):
        Cleaner(extra=["go_top"])  # type: ignore[list-item]


def test_registry_is_data() -> None:
    names = [r.name for r in RULES]
    assert len(names) == len(set(names))
    assert rules() == RULES
    for r in RULES:
        assert r.kind in RULE_KINDS
        assert r.category in REMOVAL_CATEGORIES
        assert r.description
    assert {r.category for r in RULES} == set(REMOVAL_CATEGORIES) - {"dateline"} | {"dateline"}
    assert {lang for r in RULES for lang in r.languages} == {"vi", "th"}


@pytest.mark.parametrize("rule", [r for r in RULES if r.kind in ("line", "tail") and r.example.strip()],
                         ids=lambda r: r.name)
def test_every_line_rule_matches_its_example(rule: Rule) -> None:
    assert rule.matches_line(rule.example.strip())


def test_examples_are_removed_in_context() -> None:
    body = "Hai bên nhất trí tiếp tục làm sâu sắc hơn quan hệ đối tác chiến lược và hợp tác trong thời gian tới."
    for rule in RULES:
        if rule.kind not in ("line", "tail") or not rule.example.strip():
            continue
        lang = rule.languages[0] if rule.languages else "vi"
        a = clean(f"Tiêu đề bài báo\n\n{body}\n\n{rule.example}\n\n{body} Thêm nữa.", lang=lang)
        assert any(r.rule == rule.name for r in a.removed), rule.name


def test_cleaner_disable_and_extra() -> None:
    text = "Tiêu đề\n\nNội dung bài viết khá dài về hợp tác kinh tế giữa hai nước.\n\nBình luận (0)\n\nHotline: 1900"
    assert "vi_comments_tail" not in [r.name for r in Cleaner(disable=["vi_comments_tail"]).rules]
    a = Cleaner(disable=["vi_comments_tail"]).clean(text)
    assert "Bình luận (0)" in a.text
    hotline = Rule("hotline", "ad", "line", pattern=r"hotline:.*", description="Shop hotline.")
    b = Cleaner(extra=[hotline]).clean(text)
    # Extra line rules run before the built-in ones, so they claim a line first, even inside a tail.
    assert [(r.rule, r.text) for r in b.removed] == [("vi_comments_tail", "Bình luận (0)"), ("hotline", "Hotline: 1900")]
    c = Cleaner(extra=[hotline], disable=["vi_comments_tail"]).clean(text)
    assert [(r.rule, r.text) for r in c.removed] == [("hotline", "Hotline: 1900")]
    only = clean(text, rules=[hotline])
    assert [r.rule for r in only.removed] == ["hotline"]


def test_context_rule_extra() -> None:
    def last_line_in_caps(page, i):  # type: ignore[no-untyped-def]
        return page.next_kept(i) is None and page.lines[i].isupper()

    shout = Rule("caps_signature", "byline", "context", predicate=last_line_in_caps)
    a = Cleaner(extra=[shout], disable=["end_byline_name"]).clean("Tiêu đề\n\nĐoạn văn đầu tiên của bài.\n\nĐỨC HẢI")
    assert [(r.rule, r.text) for r in a.removed] == [("caps_signature", "ĐỨC HẢI")]
    assert a.meta.authors == ("ĐỨC HẢI",)


def test_rules_markdown_lists_every_rule() -> None:
    md = rules_markdown()
    for r in RULES:
        assert f"`{r.name}`" in md
    rows = [ln for ln in md.splitlines() if ln.startswith("| `")]
    assert len(rows) == len(RULES)
    assert all(len(re.split(r"(?<!\\)\|", row)) == 8 for row in rows)


# -- structure ---------------------------------------------------------------------------------

def test_lead_prefix_tag_is_a_partial_removal() -> None:
    a = clean("Tiêu đề\n\n(Dân trí) - Sáng 5/8, hai bên đã họp trực tuyến về hợp tác kinh tế.")
    assert a.lead == "Sáng 5/8, hai bên đã họp trực tuyến về hợp tác kinh tế."
    assert [(r.category, r.text) for r in a.removed] == [("source", "(Dân trí) -")]
    assert a.meta.source == "Dân trí"
    b = clean("Tiêu đề\n\nTPO - Chiều 10/7, tiếp tục chuỗi hoạt động Hội nghị Bộ trưởng ngoại giao ASEAN.")
    assert b.meta.source == "Tiền Phong"
    assert b.lead.startswith("Chiều 10/7")


def test_tag_in_body_is_kept() -> None:
    a = clean("Tiêu đề\n\nĐoạn đầu tiên khá dài của bài báo.\n\n(AFP) - Đoạn thứ hai cũng giữ nguyên.")
    assert a.removed == ()


def test_weak_read_more_stops_at_body() -> None:
    body = "Thủ tướng nhấn mạnh các bộ ngành cần phối hợp chặt chẽ hơn nữa để tháo gỡ khó khăn cho doanh nghiệp."
    a = clean(f"Tiêu đề\n\n{body}\n\nXem thêm:\n\nGiá xăng giảm mạnh từ chiều nay\n\n{body} Cuối cùng.")
    assert [r.category for r in a.removed] == ["related", "related"]
    assert a.paragraphs[-1].endswith("Cuối cùng.")


def test_related_tail_runs_over_headlines_and_stops_at_a_full_paragraph() -> None:
    body = "Thủ tướng nhấn mạnh các bộ ngành cần phối hợp chặt chẽ hơn nữa để tháo gỡ khó khăn cho doanh nghiệp."
    more = ("Bộ Tài chính được giao chủ trì, phối hợp với các địa phương rà soát toàn bộ các khoản thu và báo cáo "
            "kết quả trước ngày 30/6.")
    # headlines, even long ones with twelve words, stay in the box; a full paragraph ends it
    headline = "Chính phủ yêu cầu các bộ ngành đẩy nhanh giải ngân vốn đầu tư công trong quý III"
    a = clean(f"Tiêu đề\n\n{body}\n\nTin liên quan\n\nMột tiêu đề khác\n\n{headline}\n\n{more}")
    assert [(r.category, r.text) for r in a.removed] == [
        ("related", "Tin liên quan"), ("related", "Một tiêu đề khác"), ("related", headline)
    ]
    assert a.paragraphs[-1] == more


def test_comments_tail_is_not_cut_short_by_a_related_header() -> None:
    body = "Thủ tướng nhấn mạnh các bộ ngành cần phối hợp chặt chẽ hơn nữa để tháo gỡ khó khăn cho doanh nghiệp."
    comment = ("Tôi hoàn toàn đồng ý với ý kiến của Thủ tướng, các bộ ngành cần phối hợp chặt chẽ hơn nữa để hỗ trợ "
               "doanh nghiệp nhỏ.")
    a = clean(f"Tiêu đề\n\n{body}\n\nBình luận (2)\n\nTin liên quan\n\nMột tiêu đề khác\n\n{comment}")
    assert [r.category for r in a.removed] == ["comments", "related", "related", "related"]


def test_related_box_mid_story_in_thai() -> None:
    body = ("กระทรวงพาณิชย์เปิดเผยว่า มูลค่าการส่งออกของไทยในเดือนเมษายนขยายตัวร้อยละ 6 เมื่อเทียบกับช่วงเดียวกันของปีก่อน "
            "โดยสินค้าเกษตรและอาหารยังเป็นกลุ่มที่เติบโตได้ดีต่อเนื่องเป็นเดือนที่สาม")
    a = clean(f"ส่งออกไทยโตต่อเนื่อง\n\n{body}\n\nข่าวที่เกี่ยวข้อง\n\nพาณิชย์คาดส่งออกทั้งปีโต 2%\n\n{body}ด้วย")
    assert [r.category for r in a.removed] == ["related", "related"]
    assert a.paragraphs[-1].endswith("ด้วย")


def test_caption_text_above_credit_line() -> None:
    body = "Thủ tướng nhấn mạnh các bộ ngành cần phối hợp chặt chẽ hơn nữa để tháo gỡ khó khăn cho doanh nghiệp."
    a = clean(f"Tiêu đề\n\n{body}\nToàn cảnh phiên họp Chính phủ thường kỳ tháng 7\nẢnh: VGP/Nhật Bắc\n\n{body} Hết.")
    assert [(r.category, r.rule) for r in a.removed] == [("caption", "caption_before_credit"),
                                                         ("caption", "photo_credit_line")]
    assert a.meta.photo_credits == ("VGP/Nhật Bắc",)


def test_heading_is_kept_as_heading() -> None:
    body = "Thủ tướng nhấn mạnh các bộ ngành cần phối hợp chặt chẽ hơn nữa để tháo gỡ khó khăn cho doanh nghiệp."
    a = clean(f"Tiêu đề\n\n{body}\n\nGỡ vướng cho doanh nghiệp\n\n{body} Hai.")
    assert [b.kind for b in a.blocks] == ["title", "lead", "heading", "paragraph"]


def test_zero_width_edges_are_recorded() -> None:
    a = clean("\u200bTiêu đề\u200b\n\nNội dung.")
    check_invariant(a)
    assert a.title == "Tiêu đề"
    assert [r.text for r in a.removed] == ["\u200b", "\u200b"]


def test_nfd_vietnamese_furniture_is_recognised() -> None:
    import unicodedata

    a = clean(unicodedata.normalize("NFD", "Tiêu đề\n\nNội dung bài viết.\n\nTin liên quan\n\nBài khác"))
    assert [r.category for r in a.removed] == ["related", "related"]


# -- dates ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ngày 5/8, Thứ trưởng", (5, 8, None)),
        ("Chiều 10/7, tiếp tục", (10, 7, None)),
        ("Chiều 5.8, tại Phnom Penh", (5, 8, None)),
        ("Sáng 20/11, tại Trung tâm", (20, 11, None)),
        ("Tối 3/2/2021, tại Hà Nội", (3, 2, 2021)),
        ("Ngày 5 tháng 8 năm 2021, hai bên", (5, 8, 2021)),
        ("(VOVWORLD) -เช้าวันที่ 14 กรกฎาคม นาย บุ่ยแทงเซิน", (14, 7, None)),
        ("วันพฤหัสบดีที่ 14 กรกฎาคม 2564", (14, 7, 2021)),
        ("เมื่อวันที่ ๕ ส.ค. ๖๔ ที่ผ่านมา", (5, 8, 2021)),
    ],
)
def test_parse_dateline(text: str, expected: tuple[int, int, int | None]) -> None:
    d = parse_dateline(text)
    assert d is not None
    assert (d.day, d.month, d.year) == expected
    assert d.text in text


@pytest.mark.parametrize("text", ["Theo Bộ Ngoại giao", "Tối 3/13, tại", "Ngày 45/8 hai bên", ""])
def test_parse_dateline_none(text: str) -> None:
    assert parse_dateline(text) is None


def test_date_lines_are_furniture_and_give_the_year() -> None:
    assert date_line("Thứ năm, 14/7/2021, 10:30 (GMT+7)") is not None
    assert date_line("Chiều 10/7, tiếp tục chuỗi hoạt động") is None
    a = clean("Tiêu đề\n\nThứ năm, 14/7/2021, 10:30 (GMT+7)\n\nChiều 14/7, hai bên đã họp trực tuyến.")
    assert [r.category for r in a.removed] == ["dateline"]
    assert a.meta.dateline is not None
    assert (a.meta.dateline.day, a.meta.dateline.month, a.meta.dateline.year) == (14, 7, 2021)
    t = clean("หัวข้อข่าว\n\nวันพฤหัสบดีที่ 14 กรกฎาคม 2564\n\nนายกรัฐมนตรีเป็นประธานการประชุม")
    assert t.meta.dateline is not None
    assert t.meta.dateline.year == 2021


def test_normalize_year() -> None:
    assert normalize_year(2564) == 2021
    assert normalize_year(64, thai=True) == 2021
    assert normalize_year(2021) == 2021


# -- bad input: linear time ------------------------------------------------------------------------

def _timed(text: str) -> float:
    t0 = time.perf_counter()
    a = clean(text, lang="vi")
    elapsed = time.perf_counter() - t0
    check_invariant(a)
    return elapsed


def test_huge_single_line_is_linear() -> None:
    line = ("Ảnh: BNG | [Tin liên quan] (VOVWORLD) - Nguồn: " * 120_000)[:5_000_000]
    assert _timed(line) < 10


def test_many_short_lines_are_linear() -> None:
    lines = "\n".join(["Bình Giang", "Ảnh: BNG", "x |", "Tin liên quan", "• Khách 996", "abc", "("] * 15_000)
    assert _timed(lines) < 20


def test_only_punctuation_is_linear() -> None:
    assert _timed("|(-[]).:;" * 500_000) < 10
    assert _timed(("(" * 50 + ")\n") * 20_000) < 10


# -- the benchmark corpus generator ------------------------------------------------------------------

def _corpusgen():  # type: ignore[no-untyped-def]
    import importlib
    import sys
    from pathlib import Path

    bench = str(Path(__file__).resolve().parents[1] / "benchmarks")
    if bench not in sys.path:
        sys.path.insert(0, bench)
    return importlib.import_module("corpusgen")


def test_corpusgen_is_deterministic_and_cleanable(tmp_path) -> None:  # type: ignore[no-untyped-def]
    gen = _corpusgen()
    first = list(gen.generate(size_mb=0.05, seed=3))
    assert first == list(gen.generate(size_mb=0.05, seed=3))
    assert first != list(gen.generate(size_mb=0.05, seed=4))
    assert sum(len(t.encode()) for _, t in first) >= 50_000
    for _, text in first[:40]:
        a = clean(text)
        check_invariant(a)
        assert a.removed, "every generated article carries furniture"
    n = gen.write_corpus(tmp_path / "c", size_mb=0.02, seed=1)
    assert n == sum(p.stat().st_size for p in (tmp_path / "c").rglob("*.txt"))
    m = gen.write_corpus(tmp_path / "one.txt", size_mb=0.02, seed=1, single_file=True)
    assert (tmp_path / "one.txt").stat().st_size == m


# -- the fast line-rule plan gives the same first match as trying the rules one by one ------------

def _first_by_hand(active: tuple[Rule, ...], language: str, line: str) -> str | None:
    for r in active:
        if r.kind in ("line", "tail") and r.name != "blank_line" and r.applies_to(language) and r.matches_line(line):
            return r.name
    return None


_LINE_PIECES = st.sampled_from(FURNITURE + [r.example for r in RULES if r.example.strip()]) | vietnamese_text(
    max_size=12
) | thai_text(max_size=10)


@given(st.lists(_LINE_PIECES, min_size=1, max_size=3), st.sampled_from(["vi", "th", "en"]))
def test_plan_first_match_equals_rules_in_order(pieces: list[str], language: str) -> None:
    line = " ".join(pieces).replace("\n", " ").replace("\r", " ").strip(INVISIBLE)
    cleaner = Cleaner()
    hit = cleaner._plan(language).first_match(line)
    assert (hit.name if hit else None) == _first_by_hand(cleaner.rules, language, line)


# User rules the fast plan cannot fuse (groups, inline flags, no pre-check) must still run, in order.
_ODD_RULES = [
    Rule("u_groups", "ad", "line", pattern=r"(hot)line:\s*(\d+)", max_chars=60),
    Rule("u_inline_flags", "ad", "line", pattern=r"(?x) mua \s+ ngay .*", max_chars=60),
    Rule("u_predicate", "ad", "line", predicate=lambda s: s.endswith("!!"), max_chars=60),
    Rule("u_contains", "footer", "line", contains="liên hệ", predicate=lambda s: len(s) < 40, max_chars=60),
    Rule("u_both", "widget", "line", pattern=r"[\w\s]+", predicate=lambda s: s.isupper(), max_chars=30),
]


@pytest.mark.parametrize(
    "line",
    ["hotline: 1900", "Mua ngay hôm nay", "Giảm giá!!", "Liên hệ: 0909", "TIN NÓNG", "Tin liên quan",
     "Ảnh: TTXVN", "Bình thường không có gì", "• Khách 996", "Xem thêm: Giá vàng tăng"],
)
def test_plan_with_user_rules_keeps_registry_order(line: str) -> None:
    cleaner = Cleaner(extra=_ODD_RULES)
    for language in ("vi", "th"):
        hit = cleaner._plan(language).first_match(line)
        assert (hit.name if hit else None) == _first_by_hand(cleaner.rules, language, line)


def test_user_rules_fire_through_the_fast_plan() -> None:
    text = "Tiêu đề\n\nHai bên nhất trí tăng cường hợp tác kinh tế và thương mại trong năm tới.\n\n" \
           "hotline: 1900\n\nMua ngay hôm nay\n\nGiảm giá!!\n\nLiên hệ: 0909\n\nTIN NÓNG"
    a = Cleaner(extra=_ODD_RULES).clean(text, lang="vi")
    assert [r.rule for r in a.removed] == ["u_groups", "u_inline_flags", "u_predicate", "u_contains", "u_both"]


def test_contains_is_a_pre_check() -> None:
    r = Rule("x", "ad", "line", contains="ảnh", predicate=lambda s: True, max_chars=50)
    assert r.matches_line("Ảnh đẹp")
    assert not r.matches_line("Không có")
    with pytest.raises(InvalidArgument):
        Rule("x", "ad", "line", contains="(", predicate=lambda s: True)


@pytest.mark.parametrize("rule", [r for r in RULES if r.contains is not None and r.example.strip()],
                         ids=lambda r: r.name)
def test_contains_holds_for_examples(rule: Rule) -> None:
    assert rule.contains is not None
    assert rule.contains.search(rule.example) is not None
