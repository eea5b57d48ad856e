"""Shared hypothesis strategies for Thai and Vietnamese text and for Articles.

Import them in tests: ``from strategies import news_text``.
"""

from __future__ import annotations

import itertools

from hypothesis import strategies as st

from aseancorpus.model import Article, Block, Dateline, Metadata, Removal

__all__ = [
    "articles",
    "latin_text",
    "mixed_text",
    "news_text",
    "thai_text",
    "vietnamese_text",
]

THAI_WORDS = [
    "อาเซียน", "สหรัฐ", "ความร่วมมือ", "กระทรวงการต่างประเทศ", "เวียดนาม", "ประชุม",
    "รัฐมนตรี", "ทะเลตะวันออก", "วัคซีน", "โควิด", "การ", "และ", "ที่", "ได้", "ใน", "ของ",
    "เห็นพ้อง", "ผลักดัน", "ภูมิภาค", "ล้าน", "ดอลลาร์", "๑๒๓", "14", "กรกฎาคม",
]
VI_WORDS = [
    "Việt Nam", "ASEAN", "Mỹ", "Hàn Quốc", "hợp tác", "Bộ trưởng", "Ngoại giao", "hoà bình",
    "hòa bình", "Biển Đông", "đối thoại", "thúc đẩy", "khu vực", "quốc tế", "triệu", "USD",
    "COVID-19", "ngày", "5/8", "2021-2025", "của", "và", "với", "trong", "Thủ tướng", "ưu tiên",
]
PUNCT = [",", ".", ":", ";", "!", "?", "(", ")", "-", "–", "…", "“", "”", "/", "|", "[", "]"]
ODD_SPACE = ["\u00a0", "\u200b", "\u2009", "\u3000", "\ufeff", "\u200c"]
# Decomposed Vietnamese (NFD) and Thai with marks in unusual order.
COMBINING = ["hoa\u0300", "Vie\u0323\u0302t", "ca\u0301c", "\u0e01\u0e34\u0e48", "\u0e19\u0e49\u0e33", "\u0e17\u0e35\u0e48\u0e48"]

_thai_piece = st.sampled_from([*THAI_WORDS, " ", *PUNCT[:3]]) | st.characters(
    min_codepoint=0x0E01, max_codepoint=0x0E5B
).filter(lambda c: c.isprintable() and c not in "\u0e3b\u0e3c\u0e3d\u0e3e")
_vi_piece = st.sampled_from(VI_WORDS + PUNCT) | st.sampled_from(COMBINING)


def thai_text(min_size: int = 0, max_size: int = 40) -> st.SearchStrategy[str]:
    """Thai words, Thai characters, spaces and some punctuation."""
    return st.lists(_thai_piece, min_size=min_size, max_size=max_size).map("".join)


def vietnamese_text(min_size: int = 0, max_size: int = 40) -> st.SearchStrategy[str]:
    """Vietnamese words (NFC and NFD, both tone styles), spaces and punctuation."""
    return st.lists(st.tuples(_vi_piece, st.sampled_from([" ", " ", "", ", "])), min_size=min_size,
                    max_size=max_size).map(lambda ps: "".join(a + b for a, b in ps))


def latin_text(max_size: int = 20) -> st.SearchStrategy[str]:
    """Plain ASCII words."""
    return st.lists(st.from_regex(r"[A-Za-z]{1,8}", fullmatch=True), max_size=max_size).map(" ".join)


def mixed_text(max_size: int = 30) -> st.SearchStrategy[str]:
    """Thai, Vietnamese, English, odd spaces and arbitrary Unicode, mixed."""
    piece = (
        thai_text(max_size=5)
        | vietnamese_text(max_size=5)
        | latin_text(max_size=3)
        | st.sampled_from(ODD_SPACE + PUNCT + ["\n", "\r\n", "\t", "  "])
        | st.text(max_size=4)
    )
    return st.lists(piece, max_size=max_size).map("".join)


def news_text(max_lines: int = 12) -> st.SearchStrategy[str]:
    """Multi-line article-like text: lines of Thai/Vietnamese, blank lines, CRLF/CR, NBSP and zero-width."""
    line = thai_text(max_size=12) | vietnamese_text(max_size=12) | st.sampled_from(
        ["", " ", "\u00a0", "\u200b", "Ảnh: BNG", "Tin liên quan", "ข่าวที่เกี่ยวข้อง", "Bình luận (0)", "  • Khách 996"]
    ) | mixed_text(max_size=6).map(lambda s: s.replace("\n", " ").replace("\r", " "))
    ends = st.sampled_from(["\n", "\n", "\n\n", "\r\n", "\r"])
    return st.lists(st.tuples(line, ends), max_size=max_lines).map(lambda ls: "".join(a + b for a, b in ls))


@st.composite
def articles(draw: st.DrawFn) -> Article:
    """Valid Articles whose blocks and removals slice their raw text."""
    raw = draw(news_text())
    cuts = sorted(draw(st.lists(st.integers(0, len(raw)), max_size=8, unique=True)))
    bounds = [0, *cuts, len(raw)]
    blocks: list[Block] = []
    removed: list[Removal] = []
    for i, (s, e) in enumerate(itertools.pairwise(bounds)):
        if draw(st.booleans()):
            kind = "title" if not blocks else draw(st.sampled_from(["lead", "paragraph", "heading"]))
            blocks.append(Block(kind, s, e, raw[s:e]))
        else:
            cat = draw(st.sampled_from(["caption", "related", "byline", "source", "widget", "blank"]))
            removed.append(Removal(cat, f"rule_{i}", s, e, raw[s:e]))
    dl = draw(st.none() | st.builds(Dateline, text=st.text(max_size=10),
                                    day=st.none() | st.integers(1, 31), month=st.none() | st.integers(1, 12),
                                    year=st.none() | st.integers(1900, 2100)))
    meta = Metadata(
        source=draw(st.none() | st.text(max_size=12)),
        url=draw(st.none() | st.just("https://vnexpress.net/a-1.html")),
        authors=tuple(draw(st.lists(st.text(min_size=1, max_size=10), max_size=2))),
        photo_credits=tuple(draw(st.lists(st.text(min_size=1, max_size=10), max_size=2))),
        dateline=dl,
    )
    return Article(
        id=draw(st.text(min_size=1, max_size=12)),
        raw=raw,
        language=draw(st.sampled_from(["th", "vi", "en", "und"])),
        blocks=tuple(blocks),
        removed=tuple(removed),
        meta=meta,
        path=draw(st.none() | st.just("/data/a.txt")),
        encoding=draw(st.none() | st.sampled_from(["utf-8", "cp874", "cp1258"])),
        replaced=draw(st.integers(0, 3)),
    )
