"""Rules for every language: structure (captions, repeats, tails), URLs, counters, English furniture.

The helpers here (:func:`photo_credit`, :func:`byline_parts`, :func:`normalize_line`)
are shared with the Vietnamese and Thai packs and with metadata extraction.

>>> photo_credit("Hội nghị Bộ trưởng ASEAN – Mỹ. Ảnh: Baoquocte")
'Baoquocte'
>>> photo_credit("BNG |")
'BNG'
>>> photo_credit("Hai bên nhất trí tiếp tục hợp tác.") is None
True
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Final

from .._regex import WHITESPACE, Starts
from ..dates import DIGIT
from ..outlets import LEAD_CODES, OUTLETS
from ..rule import (
    THAI_LETTER,
    Page,
    Rule,
    body_like,
    ends_sentence,
    numbered_item,
    paragraph_like,
    prefix_cut,
    word_count,
)

__all__ = [
    "CONTEXT_RULES",
    "CREDIT_LABELS",
    "MENU_WORDS",
    "PREFIX_RULES",
    "RULES",
    "SECTION_NAMES",
    "byline_parts",
    "caption_paren_credit",
    "name_like",
    "normalize_line",
    "photo_credit",
]

#: Words that introduce a photo credit ("Ảnh: BNG", "ภาพ: รอยเตอร์", "Photo: AFP").
CREDIT_LABELS: Final[tuple[str, ...]] = (
    "Ảnh", "Nguồn ảnh", "Ảnh minh họa", "Ảnh minh hoạ", "Ảnh tư liệu", "Ảnh chụp màn hình", "Đồ họa",
    "Đồ hoạ", "Video", "Clip", "Photo", "Photos", "Image", "Credit", "Courtesy", "Graphic", "Graphics", "Infographic",
    "ภาพ", "ที่มาภาพ", "ขอบคุณภาพ", "ขอบคุณภาพจาก", "เครดิตภาพ", "ภาพจาก", "ภาพประกอบ", "ภาพประกอบจาก", "ภาพ/ข่าว",
    "ภาพถ่าย",
)

_LABELS_CF: Final[tuple[str, ...]] = tuple(w.casefold() for w in CREDIT_LABELS)
_LABELS: Final[str] = "|".join(re.escape(w) for w in sorted(CREDIT_LABELS, key=len, reverse=True))
# A credit at the end of a line: "... Ảnh: X", "... (Ảnh: X).", "... - ẢNH: X", "| Ảnh: X |".
_CREDIT_END: Final[re.Pattern[str]] = re.compile(
    rf"(?:^|[\s.,;\-–—(\[|/])(?<!bài và )(?<!bài, )(?<!bài,)(?<!bài/)(?<!bài & )(?<!bài và)(?<!tin và )(?<!tin, )(?<!tin,)(?<!tin/)(?:{_LABELS})\s*[:：]\s*(?P<credit>[^:：|()\[\]]{{1,60}}?)\s*[)\]|.]*\s*$",
    re.IGNORECASE,
)
# Thai credits without a colon: "ภาพจาก Facebook X", "ขอบคุณภาพจาก X".
_CREDIT_TH: Final[re.Pattern[str]] = re.compile(
    r"(?:^|[\s(])(?:ขอบคุณภาพจาก|ขอบคุณภาพ|ภาพประกอบจาก|ภาพจาก|ที่มาภาพ|เครดิตภาพ)\s*(?P<credit>[^:：|()]{1,60}?)\s*\)?\s*$"
)
# "BNG |", "| Reuters |": a short credit closed by a pipe.
_PIPE_CREDIT: Final[re.Pattern[str]] = re.compile(r"\|?\s*(?P<credit>[^|]{1,40}?)\s*\|")
# A caption's trailing "(VNA)" credit.
_PAREN_CREDIT: Final[re.Pattern[str]] = re.compile(r"\((?P<credit>[^()]{2,30})\)\s*\.?\s*$")
#: Labels that mark a photo without naming its author ("Ảnh minh họa", "แฟ้มภาพ").
_PHOTO_LABELS: Final[str] = (
    r"ảnh\s+minh\s+(?:họa|hoạ)|ảnh\s+tư\s+liệu|ảnh\s+chụp\s+màn\s+hình|ภาพประกอบ(?:ข่าว)?|แฟ้มภาพ|"
    r"ภาพแฟ้ม|ภาพจากแฟ้ม|chú\s+thích\s+ảnh|คำบรรยายภาพ|ảnh\s+cắt\s+từ\s+(?:clip|video)"
)
_CREDIT_WORDS_OK: Final[frozenset[str]] = frozenset({"minh họa", "minh hoạ", "internet", "tư liệu", "nguồn internet"})
# VOV's CMS leaves "<headline> - ảnh 1" before every caption, in every language edition.
_VOV_IMAGE: Final[re.Pattern[str]] = re.compile(r"\s[-–]\s*ảnh\s*\d{1,2}(?!\d)", re.IGNORECASE)


# A site's name as its domain ("oto.com.vn"): a credit in lower case.
_DOMAIN: Final[re.Pattern[str]] = re.compile(r"[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)*\.(?:vn|com|net|org|th|asia|info|tv)")


def _credit_ok(credit: str) -> bool:
    credit = credit.strip()
    if not credit or len(credit.split()) > 8:
        return False
    first = credit[0]
    if credit.casefold() in _CREDIT_WORDS_OK:
        return True
    camel = first.islower() and any(c.isupper() for c in credit[1:4])  # "iStock"
    return (
        first.isupper() or first.isdigit() or "\u0e00" <= first <= "\u0e7f" or not first.isalpha() or camel
        or _DOMAIN.fullmatch(credit) is not None
    )


@lru_cache(maxsize=1024)
def photo_credit(line: str) -> str | None:
    """The photo credit a caption line ends with, or ``None``.

    .. versionadded:: 0.1.0

    Understands "Ảnh: X", "(Ảnh: X)", "ẢNH: X", "Photo: X", "ภาพ: X",
    "ภาพจาก X", a short "X |" and, for captions, a trailing "(X)".

    >>> photo_credit("Toàn cảnh hội nghị (Ảnh: Văn Điệp/TTXVN).")
    'Văn Điệp/TTXVN'
    >>> photo_credit("ภาพการประชุม (ภาพ: รอยเตอร์)")
    'รอยเตอร์'
    """
    tail = line[-140:]
    thai = "ภาพ" in tail
    colon = max(tail.rfind(":"), tail.rfind("："))  # what _CREDIT_END needs
    if colon >= 0 and (start := _label_start(tail, colon)) >= 0:
        found = _credit_in(_CREDIT_END.search(tail, start))
        if found is not None:
            return found
    if thai:
        found = _credit_in(_CREDIT_TH.search(tail))
        if found is not None:
            return found
    if len(line) <= 42 and "|" in line:
        m = _PIPE_CREDIT.fullmatch(line.strip())
        if m is not None and len(m.group("credit").split()) <= 4 and _credit_ok(m.group("credit")):
            return m.group("credit").strip()
    return None


def _credit_in(m: re.Match[str] | None) -> str | None:
    """The credit a _CREDIT_END or _CREDIT_TH match found, when it reads like one."""
    if m is None or not _credit_ok(m.group("credit")):
        return None
    return m.group("credit").strip().rstrip(".")


_LABEL_MAX: Final[int] = max(map(len, CREDIT_LABELS))
# A credit label right before the end (the colon): the cheap test before _CREDIT_END's search.
_LABEL_BEFORE: Final[re.Pattern[str]] = re.compile(rf"(?:{_LABELS})\s*\Z", re.IGNORECASE)


def _label_start(tail: str, colon: int) -> int:
    """Where a match of _CREDIT_END can start (-1: nowhere).

    Its colon is the last one (a credit holds none), a label ends right before it (maybe
    with white space between) and one boundary character precedes the label.
    """
    j = colon
    while j > 0 and tail[j - 1].isspace():
        j -= 1
    if _LABEL_BEFORE.search(tail, max(0, j - _LABEL_MAX), j) is None:
        return -1
    return max(0, j - _LABEL_MAX - 1)


def caption_paren_credit(line: str) -> str | None:
    """A short trailing "(X)" of a caption line, taken as the photo credit.

    .. versionadded:: 0.1.0

    >>> caption_paren_credit("ภาพการประชุม (VNA)")
    'VNA'
    """
    m = _PAREN_CREDIT.search(line[-40:])
    if m is None:
        return None
    credit = m.group("credit").strip()
    if len(credit.split()) > 3 or not _credit_ok(credit) or credit[0].isdigit():
        return None
    return credit


# A character every credit line holds (see _maybe_credit): the pre-check of the credit rules.
_MAYBE_CREDIT: Final[re.Pattern[str]] = re.compile(r":|\||：|ภาพ")


def _maybe_credit(line: str) -> bool:
    """Cheap pre-check: a credit needs a colon, a pipe or the Thai word for photo."""
    return ":" in line or "|" in line or "：" in line or "ภาพ" in line


# A writer's label opening the line ("ข่าว : X / ภาพ : Y", "Bài: X - Ảnh: Y"): a byline, not a caption.
_WRITER_FIRST: Final[re.Pattern[str]] = re.compile(r"(?:ข่าว|เรื่อง|bài|tin|text|story)\s*[:：]", re.IGNORECASE)


def _ends_with_credit(line: str) -> bool:
    return _maybe_credit(line) and photo_credit(line) is not None and _WRITER_FIRST.match(line) is None


def _credit_only(line: str) -> bool:
    """A line that is nothing but a credit: "Ảnh: BNG", "(Ảnh: TTXVN)", "ภาพ: X", "BNG |"."""
    if len(line) > 80 or not _maybe_credit(line):
        return False
    credit = photo_credit(line)
    if credit is None:
        return False
    if line.strip(" ()[].|-–—")[:20].casefold().startswith(_LABELS_CF):
        return True
    return line.rstrip().endswith("|") and len(line.split()) <= 5


def _vov_caption(line: str) -> bool:
    if "ảnh" not in line and "Ảnh" not in line and "ẢNH" not in line:
        return False
    return _VOV_IMAGE.search(line) is not None


_EDGE: Final[str] = " .:;,!?-–—\"'“”"
# What normalize_line drops from the start of a line: its edge punctuation and any white space.
_EDGE_SPACE: Final[str] = _EDGE + WHITESPACE


def normalize_line(text: str) -> str:
    """A key for comparing lines: NFC, case-folded, spaces collapsed, edge punctuation dropped.

    .. versionadded:: 0.1.0

    >>> normalize_line(" Mỹ và  Hàn Quốc\\u00a0") == normalize_line("MỸ VÀ HÀN QUỐC.")
    True
    """
    text = unicodedata.normalize("NFC", text).casefold()
    if "  " in text or not text.isprintable():  # (white space but " " is not printable)
        text = " ".join(text.split())
    return text.strip(_EDGE)


def _untagged(page: Page, i: int) -> str:
    """Line ``i``; the lead without the tag the prefix rules will cut from it ("NDO - ")."""
    if i != page.lead_index:
        return page.lines[i]
    memo = page.memo
    found = memo.get("untagged_lead")
    if found is None or found[0] != i:
        line = page.lines[i]
        cut = prefix_cut(memo.get("prefix_rules", ()), line)[0]
        found = memo["untagged_lead"] = (i, line[cut:].strip() if cut else line)
    return str(found[1])


def _repeated_title(page: Page, i: int) -> bool:
    t = page.title_index
    if t is None or i == t:
        return False
    memo = page.memo
    title = memo.get("title")
    if title is None or title[0] != t:
        n = len(page.lines[t])
        slack = 8 + n // 4
        title = memo["title"] = (t, normalize_line(page.lines[t]), n, slack)
    _, key, n, slack = title
    size = len(page.lines[i])
    # (cutting the lead's tag only makes it shorter: only the lead may come down into the window)
    if size < n - slack or (size > n + slack and i != page.lead_index) or not key:
        return False
    line = _untagged(page, i)
    if abs(len(line) - n) > slack:
        return False
    # the first letter decides most lines at once (lines are NFC already)
    if line.lstrip(_EDGE_SPACE)[:1].casefold()[:1] == key[:1] and normalize_line(line) == key:
        return True
    # an official document's subject line repeats the headline after its label ("เรื่อง ...", "V/v ...")
    subject = _SUBJECT.match(line)
    return subject is not None and normalize_line(line[subject.end() :]) == key


_SUBJECT: Final[re.Pattern[str]] = re.compile(r"(?:เรื่อง|v/v|về\s+việc|subject|trích\s+yếu)\s*[:：]?\s*", re.IGNORECASE)


def _repeated_paragraph(page: Page, i: int) -> bool:
    """A line seen before; the lead also counts without its tag (see :func:`_untagged`).

    Lines under 30 characters repeat in the story itself (a schedule's "Registration: 8-22 Dec"
    under each round), so they are never duplicates.
    """
    line = page.lines[i]
    if len(line) < 30 or i == page.title_index or (len(line) < 100 and numbered_item(line)):
        return False  # (a numbered crosshead repeats its entry in a table of contents)
    memo = page.memo
    seen: dict[str, int] | None = memo.get("seen")
    if seen is None:
        seen = memo["seen"] = {}
    first = seen.setdefault(line, i)
    if first < i:
        return page.labels[first] is None  # after a removed copy (a table of contents), this one is the text
    if i == page.lead_index:
        rest = _untagged(page, i)
        if rest is not line and len(rest) >= 30:
            seen.setdefault(rest, i)
    return False


def _dense(page: Page) -> bool:
    """Whether the page has no blank lines between paragraphs (so adjacency says little)."""
    dense = page.memo.get("dense")
    if dense is None:
        lines = page.lines
        pairs = sum(1 for j in range(len(lines) - 1) if lines[j])
        adjacent = sum(1 for j in range(len(lines) - 1) if lines[j] and lines[j + 1])
        dense = page.memo["dense"] = pairs > 2 and adjacent * 2 > pairs
    return bool(dense)


def _above_credit(page: Page, i: int) -> bool:
    """Whether the line right below line ``i`` (no blank line between) is a credit-only line."""
    nxt = i + 1
    if nxt >= len(page.lines) or not page.lines[nxt]:
        return False
    label = page.labels[nxt]
    return label is not None and label[1] == "photo_credit_line"


_SPEAKER_TURN: Final[re.Pattern[str]] = re.compile(r"[^\s:：]{1,30}(?:\s[^\s:：]{1,20})?\s*[:：]\s*\S.{14,}")


def _same_row(above: str, line: str) -> bool:
    """Whether two short lines are rows of one list: the same first three letters, and figures in both
    ("เขตภาษีเจริญ 72.1 มคก./ลบ.ม." above "เขตบางบอน 70.6 มคก./ลบ.ม."), or both opening with a number."""
    return len(above) <= 80 and (
        (above[:3] == line[:3] and any(c.isdigit() for c in line) and any(c.isdigit() for c in above))
        or (above[:1].isdigit() and line[:1].isdigit())  # a schedule's rows, each opening with its date
    )


def _before_credit(page: Page, i: int) -> bool:
    """A short line right above (no blank line between) a credit-only line is the caption text.

    On pages without blank lines between paragraphs every line is adjacent to the
    next, so there the line must also be short and not read like a body paragraph.
    """
    if not _above_credit(page, i) or i in (page.title_index, page.lead_index):
        return False
    line = page.lines[i]
    if line.startswith(("- ", "+ ", "• ", "* ", "– ")) or numbered_item(line) or line.count("|") >= 2:
        return False  # a list item or a table row of the story
    if _SPEAKER_TURN.match(line):  # "Name : what they said" in a transcript
        return False
    if i > 0 and page.lines[i - 1] and (_same_row(page.lines[i - 1], line) or numbered_item(page.lines[i - 1])):
        return False  # the last row of a list of figures, or the line that sums up a numbered list
    if line.startswith(('"', "“")) and line.endswith(('"', "”", '".', "”.")):  # a quote of the story
        return False
    if _dense(page):  # a caption is one short sentence; a paragraph runs longer
        if i + 1 > page.body_end:  # a credit after the last paragraph is for the article's photos
            return False
        return (len(line) <= 120 and not body_like(line)) or (len(line) <= 100 and word_count(line) <= 22)
    # with blank lines between paragraphs, adjacency is a strong sign, but a full paragraph
    # glued to a credit is still a paragraph (Thai captions are shorter than Thai paragraphs)
    return len(line) <= (150 if THAI_LETTER.search(line) else 200)


# -- bylines ---------------------------------------------------------------------------------

_TRAIL_PAREN: Final[re.Pattern[str]] = re.compile(r"\s*[(\[]\s*(?P<inner>[^()\[\]]{1,40}?)\s*[)\]]\s*\.?$")
_TITLE: Final[re.Pattern[str]] = re.compile(
    r"(?:(?:GS|PGS|TS|ThS|TSKH|BS|BSCKII|BSCKI|KTS|LS|NSƯT|NSND|Dr|Prof)\.?\s*)+\s(?=\S)|(?:Luật sư|Bác sĩ|Nhà báo)\s+"
)
_NAME_SPLIT: Final[re.Pattern[str]] = re.compile(r"\s*(?:,|;|&|\s[-–—]\s|\s+và\s+|\s+and\s+)\s*")
_NOT_NAMES: Final[frozenset[str]] = frozenset(
    {"hết", "end", "còn nữa", "kỳ sau", "tin", "video", "ảnh", "theo", "nguồn", "go", "top", "xem", "thêm"}
)


def name_like(text: str, *, max_words: int = 5) -> bool:
    """Whether ``text`` looks like a personal name in Latin script (every word capitalised).

    .. versionadded:: 0.1.0

    >>> name_like("Bình Giang"), name_like("N.Anh"), name_like("hai bên"), name_like("Hà Nội 2021")
    (True, True, False, False)
    """
    words = text.split()
    if not 1 <= len(words) <= max_words:
        return False
    for w in words:
        core = w.strip(".")
        if not core or not core[0].isupper() or not core[0].isalpha():
            return False
        if any(c.isdigit() or c in ":;!?\"“”" for c in core):
            return False
        if core.casefold() in _NOT_NAMES:
            return False
    return True


@lru_cache(maxsize=512)
def byline_parts(line: str) -> tuple[tuple[str, ...], str | None] | None:
    """Split a byline into names and the outlet in brackets, or ``None`` if it is not one.

    .. versionadded:: 0.1.0

    >>> byline_parts("Lê Ánh (TTXVN/Vietnam+)")
    (('Lê Ánh',), 'TTXVN/Vietnam+')
    >>> byline_parts("Minh Anh - Hoàng Nam")
    (('Minh Anh', 'Hoàng Nam'), None)
    >>> byline_parts("Hai bên nhất trí.") is None
    True
    """
    text = line.strip()
    if not text or len(text) > 80 or (text.endswith((".", ":", ",")) and not text.endswith(").")):
        return None
    outlet: str | None = None
    m = _TRAIL_PAREN.search(text)
    if m is not None:
        outlet = m.group("inner")
        text = text[: m.start()]
    names = tuple(p for p in _NAME_SPLIT.split(text) if p)
    if not names or sum(len(n.split()) for n in names) > 10:
        return None
    if not all(name_like(_TITLE.sub("", n)) for n in names):  # "TS. Phạm Thu Hằng": a name after a title
        return None
    return names, outlet


def _byline_before(page: Page, i: int) -> bool:
    """Whether a byline was already found between the last body paragraph and line ``i``."""
    labels = page.labels
    for j in range(i - 1, page.body_end, -1):
        label = labels[j]
        if label is not None and label[0] == "byline":
            return True
        if j < i - 50:  # bylines sit right after the body; do not scan a long tail
            return False
    return False


def _end_byline(page: Page, i: int) -> bool:
    if not page.after_body(i):
        return False
    line = page.lines[i]
    if any("\u0e00" <= c <= "\u0e7f" for c in line):
        return False
    prev = page.prev_line(i)
    if prev is not None and page.kept(prev) and _short_label(page.lines[prev]) and byline_parts(page.lines[prev]) is None:
        return False  # after a tag in lower case ("xe khách"): "Thanh Hóa" is the next tag, not a name
    parts = byline_parts(line)
    if parts is None:
        return _name_then_desk(line) or _name_slash_outlet(line)
    names, outlet = parts
    # One capitalised word alone ("Ukraine", "Mỹ") is more often a tag than a name.
    return outlet is not None or len(names) > 1 or len(names[0].split()) > 1 or names[0].isupper()


_DESK_SPLIT: Final[re.Pattern[str]] = re.compile(r"\s[-–—]\s")


_OUTLET_CODE: Final[re.Pattern[str]] = re.compile(r"[A-ZĐ][A-ZĐ0-9.+&\-]{1,15}|[A-ZĐ][\w.+&\-]{1,15}\+")


def _names_only(text: str) -> bool:
    """Whether ``text`` is writers' names (two words or more in all) and nothing else, no outlet in brackets."""
    parts = byline_parts(text)
    return parts is not None and parts[1] is None and sum(len(n.split()) for n in parts[0]) >= 2


def _name_slash_outlet(line: str) -> bool:
    """A writer's name, a slash, then the outlet's code: "Minh Anh/VOV.VN", "Lê Ánh/TTXVN"."""
    name, slash, outlet = line.rpartition("/")
    return bool(slash) and _OUTLET_CODE.fullmatch(outlet.strip()) is not None and _names_only(name)


def _name_then_desk(line: str) -> bool:
    """Names, a dash, then where the writers work: "Thanh Tùng - Tỉnh đoàn Lào Cai", "A - B/VOV Giao thông"."""
    pieces = _DESK_SPLIT.split(line, maxsplit=1)
    if len(pieces) != 2:
        return False
    names, desk = pieces
    if "/" in desk:  # "Ngọc Quý/VOV Giao thông": one more name, then the desk
        more, desk = desk.split("/", 1)
        names = f"{names} - {more}"
    desk = desk.strip()
    if len(desk) > 50 or not desk[:1].isupper() or desk.endswith((".", ":", ",", ";")):
        return False
    words = desk.split()
    if len(words) > 8 or any(c.isdigit() for c in desk) or 2 * sum(w[0].islower() for w in words) > len(words):
        return False  # (a desk's name is mostly capitalised: "Trung tâm Khuyến nông Cà Mau")
    return _names_only(names)


_SOURCE_CREDIT_END: Final[re.Pattern[str]] = re.compile(
    r"\S.{6,}?\s*[(\[]\s*(?:nguồn(?:\s+ảnh)?|source|ที่มา(?:ภาพ)?)\s*[:：]\s*[^()\[\]]{1,40}[)\]]\Z", re.IGNORECASE
)
# Anchored at the start of the line: a study "published in Nature" inside a paragraph is story text.
_PRINT_ISSUE: Final[re.Pattern[str]] = re.compile(
    r"[(\[]?\s*(?:"
    r"(?:(?:toàn\s+bộ\s+)?nội\s+dung(?:\s+đầy\s+đủ)?(?:\s+của)?(?:\s+bài\s+viết)?|bài\s+viết|bài\s+báo|bài)\s+"
    r"(?:được\s+)?(?:đăng(?:\s+tải)?|in|xuất\s+bản)\s+(?:trên\s+)?.{0,120}?\bsố\s+(?:tháng\s+|ra\s+(?:ngày\s+)?)?\d"
    r"|(?:หน้า\s*[\d๐-๙]+\s*)?(?:หนังสือพิมพ์|นิตยสาร).{1,40}?ฉบับที่\s*[\d๐-๙,]+"
    r"|(?:บทความนี้|บทความ|ข่าวนี้|เนื้อหานี้)?\s*(?:ได้)?(?:ตีพิมพ์|เผยแพร่)(?:ครั้งแรก)?(?:ใน|ที่|ทาง)"
    r"(?:หนังสือพิมพ์|นิตยสาร|คอลัมน์|เว็บไซต์|.{1,60}?ฉบับ)"
    r"|(?:this\s+(?:article|story|piece)\s+(?:was\s+)?)?(?:first|originally)\s+(?:published|appeared)\s+(?:in|on)\s"
    r"|(?:bài\s+viết|bài)\s+(?:được\s+)?(?:đăng|xuất\s+bản)\s+lần\s+đầu\s+(?:trên|tại))",
    re.IGNORECASE,
)


def _source_credit_caption(line: str) -> bool:
    """A short line closed by its source in brackets, nothing after: '... (Nguồn: Reuters)'."""
    return line.endswith((")", "]")) and _SOURCE_CREDIT_END.fullmatch(line) is not None


_TAG_SEP: Final[re.Pattern[str]] = re.compile(r",|\s/\s")  # (a " | " row is as often a table row of the story)


def _end_tag_list(page: Page, i: int) -> bool:
    """A comma-separated list of three or more short topics after the body: the tags, without a header.

    Latin-script lists need a topic in lower case ("ngộ độc thuốc, trẻ em, ..."): a list
    of capitalised names is a byline.
    """
    if not page.after_body(i):
        return False
    line = page.lines[i]
    if any(c.isdigit() or c in ":：()" for c in line):  # figures or a table header ("Giá mới (đồng/lít)") are story text
        return False
    parts = [p.strip() for p in _TAG_SEP.split(line)]
    if len(parts) < 3 or not all(p and len(p) <= 30 and len(p.split()) <= 5 for p in parts):
        return False
    if any(p.endswith(_SENTENCE_END) for p in parts):
        return False
    return THAI_LETTER.search(parts[0]) is not None or any(p[0].islower() for p in parts)


def _menu_line(page: Page, i: int) -> bool:
    """A site menu flattened on one line, among the first five lines or after the body.

    It names three or more known sections ("Trang chủ Chính trị Kinh tế Xã hội ...",
    "หน้าแรก ข่าว การเมือง เศรษฐกิจ ..."), or opens with "Trang chủ" / "หน้าแรก" / "Home"
    and four more words, with no digit, colon, quote or closing punctuation.
    """
    if _rank(page, i) >= 5 and i <= page.body_end:  # neither among the first lines nor after the body
        return False
    line = page.lines[i]  # (the rule's pattern already ruled out digits, colons and quotes)
    if line.endswith(_SENTENCE_END) or line.count(" ") < 4:  # a menu has five items or more
        return False
    words = line.casefold().split()
    if sum(map(_MENU_FIRST.__contains__, words)) >= 3 and _menu_items(words) >= 3:  # (a cheap bound first)
        return True
    return _MENU_HOME.match(line) is not None and len(line.split()) >= 6


def _above_trail(page: Page, i: int) -> bool:
    """Short lines above the breadcrumb or menu at the top, with a headline after the trail: the masthead.

    Scraped pages print the site's name or tagline, then the trail, then the headline. When
    a paragraph follows the trail instead, the line above it is the headline itself.
    """
    return _rank(page, i) < 2 and not body_like(page.lines[i]) and _trail_below(page, i)


def _trail_below(page: Page, i: int) -> bool:
    """Whether a breadcrumb or a menu follows line ``i`` near the top, over short lines only, then a headline."""
    lines, labels = page.lines, page.labels
    for j in range(i + 1, len(lines)):  # over the masthead's other lines, the menu's items, the date
        if not lines[j]:
            continue
        if _rank(page, j) >= 20:
            return False
        label = labels[j]
        if label is not None and label[1] in ("breadcrumb", "menu_line"):
            headline = page.next_kept(j)  # (a long headline reads like body text, but is no full paragraph)
            return headline is not None and not paragraph_like(lines[headline])
        if label is None and (len(lines[j]) > 60 or body_like(lines[j])):
            return False
    return False


def _top_menu(page: Page, i: int) -> bool:
    """A short line (a menu item, a search box, a language switch) above the breadcrumb at the top."""
    line = page.lines[i]
    return len(line) <= 60 and not body_like(line) and _trail_below(page, i)


_BLOG_SHARE: Final[re.Pattern[str]] = re.compile(r".{0,60}BlogThis!.{0,200}")


# Parts of a Thai postal address, and its five-digit postcode.
_ADDRESS_PART: Final[re.Pattern[str]] = re.compile(
    r"(?:ถนน|ถ\.|ซอย|ซ\.|หมู่(?:ที่)?|ม\.|ตำบล|ต\.|แขวง|อำเภอ|อ\.|เขต|จังหวัด|จ\.|กรุงเทพฯ|กรุงเทพมหานคร)"
)
_POSTCODE: Final[re.Pattern[str]] = re.compile(r"(?<![\d๐-๙])[1-9]\d{4}(?![\d๐-๙])")


def _end_address(page: Page, i: int) -> bool:
    """A postal address after the body: a five-digit postcode and two or more address parts."""
    line = page.lines[i]
    return page.from_body_end(i) and _POSTCODE.search(line) is not None and len(_ADDRESS_PART.findall(line)) >= 2


def _byline_note(page: Page, i: int) -> bool:
    """A line in brackets right after a byline at the end: the writer's affiliation."""
    if i <= page.body_end:
        return False
    prev = page.prev_line(i)
    return prev is not None and (page.labels[prev] or ("", ""))[0] == "byline"


def _rank(page: Page, i: int) -> int:
    """How many non-blank lines come before line ``i`` (kept or not; counted once per page)."""
    ranks: list[int] | None = page.memo.get("ranks")
    if ranks is None:
        ranks, seen = [], 0
        for text in page.lines:
            ranks.append(seen)
            seen += bool(text)
        page.memo["ranks"] = ranks
    return ranks[i]


def _first_body(page: Page) -> int:
    """Index of the first kept body-like line below the title when first asked (the end of the page if none).

    A long headline with a comma reads like body text; it is still the headline, and so is a
    repeat of it (repeated_title removes that later).
    """
    first: int | None = page.memo.get("first_body")
    if first is None:
        lines = page.lines
        t = page.title_index
        title = "" if t is None else normalize_line(lines[t])
        first = page.memo["first_body"] = next(
            (
                j for j in range(0 if t is None else t + 1, len(lines))
                if page.kept(j) and body_like(lines[j]) and normalize_line(lines[j]) != title
            ),
            len(lines),
        )
    return first


_PAYWALL: Final[re.Pattern[str]] = re.compile(
    r"สงวนสิทธิ์(?:เฉพาะ)?สำหรับสมาชิก|เพื่ออ่านต่อ|อ่านต่อแบบไม่จำกัด|เป็นสมาชิกอยู่แล้ว|^สมัครสมาชิก$|"
    r"dành\s+(?:riêng\s+)?cho\s+(?:thành\s+viên|hội\s+viên|tài\s+khoản\s+trả\s+phí)|đăng\s+ký\s+(?:để|gói).{0,20}đọc\s+tiếp|"
    r"đã\s+có\s+tài\s+khoản|^đăng\s+ký\s+thành\s+viên$|subscribers?\s+only|subscribe\s+to\s+continue|"
    r"already\s+a\s+(?:member|subscriber)",
    re.IGNORECASE,
)


def _bare_count(page: Page, i: int) -> bool:
    """A number alone is a counter, unless it is a table cell: amid the story, beside another short kept line."""
    lines, n = page.lines, len(page.lines)
    if i < _first_body(page) or i > page.body_end:
        return True
    nxt = next((j for j in range(i + 1, n) if lines[j]), None)
    for j in (page.prev_line(i), nxt):
        if j is not None and page.kept(j) and len(lines[j]) <= 60 and not body_like(lines[j]):
            return False
    return True


def _end_masthead(page: Page, i: int) -> bool:
    """A line in capitals after the body and after any byline: the outlet's masthead or motto."""
    if not page.after_body(i):
        return False
    line = page.lines[i]
    return (
        line.isupper() and THAI_LETTER.search(line) is None and len(line.split()) >= 4
        and not line.endswith(("?", "!"))
    )


def _short_label(line: str, words: int = 4) -> bool:
    return len(line) <= 32 and len(line.split()) <= words and not line.endswith(tuple(".!?:;,…\"”"))


def _tag_like(line: str) -> bool:
    """A topic tag: a short label of up to five words ("vòng loại Asian Cup 2027")."""
    return _short_label(line, 5)


def _end_tags(page: Page, i: int) -> bool:
    """Short lines at the very end, after the body and any byline, in a run of two or more: tags."""
    if not page.after_body(i) or not _tag_like(page.lines[i]):
        return False
    end = page.body_end
    memo = page.memo.get("tag_run")
    if memo is None or memo[0] != end:
        lines, labels = page.lines, page.labels
        run = [
            j for j in range(end + 1, len(lines)) if lines[j] and labels[j] in (None, ("navigation", "end_tags"))
        ]
        # a short closing sentence of the story ("Vụ việc đang được điều tra.") comes before the tags
        closing = [k for k, j in enumerate(run) if labels[j] is None and ends_sentence(lines[j])]
        if closing:
            run = run[closing[-1] + 1 :]
        ok = len(run) >= 2 and all(_tag_like(lines[j]) for j in run)
        memo = page.memo["tag_run"] = (end, ok, len(run), run[0] if run else len(lines))
    if not memo[1] or i < memo[3]:
        return False
    return memo[2] >= 3 or _byline_before(page, i)


_THEO: Final[re.Pattern[str]] = re.compile(
    # ("Theo Báo Quảng Ninh, VTC News": two outlets)
    r"\(?\s*(?:theo|according to|source)\s*[:：]?\s+(?P<src>[^,;:()]{2,50}?(?:\s*\([^()]{2,30}\))?)"
    r"(?:\s*,\s*[^,;:()]{2,30}){0,2}\s*\)?\s*\.?",
    re.IGNORECASE,
)


def _end_theo(page: Page, i: int) -> bool:
    if not page.after_body(i):
        return False
    m = _THEO.fullmatch(page.lines[i])
    if m is None:
        return False
    src = m.group("src")
    return len(src.split()) <= 6 and (src[0].isupper() or "." in src)


# -- the top of the page: section labels, a byline under the headline ------------------------

#: Section names that scrapers leave above the headline (breadcrumbs cut into lines).
SECTION_NAMES: Final[tuple[str, ...]] = (
    "thời sự", "thế giới", "quốc tế", "kinh tế", "kinh doanh", "tài chính", "xã hội", "chính trị", "đối ngoại",
    "pháp luật", "giáo dục", "sức khỏe", "sức khoẻ", "y tế", "văn hóa", "văn hoá", "giải trí", "thể thao",
    "đời sống", "công nghệ", "khoa học", "du lịch", "bất động sản", "giao thông", "môi trường", "quân sự",
    "an ninh", "xe", "ô tô - xe máy", "thị trường", "chứng khoán", "tin tức", "tin nóng", "bạn đọc",
    "đô thị", "tuyển sinh", "hội nhập", "hội nhập quốc tế", "ngân hàng", "tài chính - ngân hàng", "doanh nghiệp",
    "nông nghiệp", "lao động", "việc làm", "quốc phòng", "quốc phòng - an ninh", "thời tiết", "hồ sơ",
    "điều tra", "phóng sự", "ký sự", "địa phương", "chính sách", "xã luận", "bình luận - phê phán", "tòa án",
    "อาชญากรรม", "เกษตร", "แรงงาน", "ภัยพิบัติ", "ทั่วไทย", "กรุงเทพฯ", "คุณภาพชีวิต", "ไอที",
    "การเมือง", "เศรษฐกิจ", "ต่างประเทศ", "ภูมิภาค", "สังคม", "กีฬา", "บันเทิง", "อาชญากรรม", "ไลฟ์สไตล์",
    "เทคโนโลยี", "สุขภาพ", "ท่องเที่ยว", "การศึกษา", "สิ่งแวดล้อม", "ธุรกิจ", "การเงิน", "หุ้น", "ในประเทศ",
    "ทั่วไป", "ข่าวทั่วไป", "ข่าวด่วน", "ข่าวเด่น", "ข่าวการเมือง", "ข่าวเศรษฐกิจ", "ข่าวต่างประเทศ",
    "ข่าวภูมิภาค", "ข่าวในประเทศ", "ข่าวประชาสัมพันธ์", "ข่าวแจก", "ข่าวกิจกรรม", "ข่าวสังคม", "ข่าวกีฬา", "ข่าวบันเทิง", "ข่าวอาชญากรรม", "ข่าว",
    "news", "world", "politics", "business", "economy", "sports", "society", "local", "national",
    "lịch sử", "góc nhìn", "phân tích", "chuyên đề", "nghiên cứu", "tiêu điểm",
    "ประวัติศาสตร์", "ศิลปวัฒนธรรม", "วัฒนธรรม", "สารคดี", "บทสัมภาษณ์", "รายงานพิเศษ", "รายงานคดี", "บทวิเคราะห์",
)
_SECTION_CF: Final[frozenset[str]] = frozenset(SECTION_NAMES)
#: Menu items that are not section names: a menu names three or more of these or of SECTION_NAMES.
MENU_WORDS: Final[tuple[str, ...]] = (
    "trang chủ", "giới thiệu", "liên hệ", "văn bản", "sự kiện", "tin tức - sự kiện", "hỏi đáp", "video", "ảnh",
    "multimedia", "podcast", "emagazine", "e-magazine", "infographic", "đăng nhập", "đăng ký",
    "หน้าแรก", "วิดีโอ", "คลิป", "ติดต่อเรา", "เกี่ยวกับเรา", "home", "contact", "about",
)


def _by_first_word(names: set[str]) -> dict[str, tuple[int, ...]]:
    """First word of each name -> the word counts of the names that start with it, longest first."""
    found: dict[str, set[int]] = {}
    for name in names:
        words = name.casefold().split()
        found.setdefault(words[0], set()).add(len(words))
    return {w: tuple(sorted(ns, reverse=True)) for w, ns in found.items()}


_MENU_ITEMS: Final[frozenset[str]] = frozenset(" ".join(w.casefold().split()) for w in {*SECTION_NAMES, *MENU_WORDS})
_MENU_FIRST: Final[dict[str, tuple[int, ...]]] = _by_first_word(set(_MENU_ITEMS))


def _menu_items(words: list[str]) -> int:
    """How many different section names or menu words a line's case-folded ``words`` name, left to right.

    >>> _menu_items("Trang chủ Chính trị Kinh tế Xã hội Kinh tế".casefold().split())
    4
    """
    found: set[str] = set()
    k, n = 0, len(words)
    while k < n:
        for size in _MENU_FIRST.get(words[k], ()):
            name = " ".join(words[k : k + size])
            if name in _MENU_ITEMS:
                found.add(name)
                k += size - 1
                break
        k += 1
    return len(found)


_MENU_HOME: Final[re.Pattern[str]] = re.compile(r"(?:trang\s+chủ|home|หน้าแรก|หน้าหลัก)\s", re.IGNORECASE)
_LABEL_END: Final[tuple[str, ...]] = tuple(".!?:;,…\"”'’)")
_SENTENCE_END: Final[tuple[str, ...]] = tuple(".!?…:;,")
_CLAUSE_END: Final[tuple[str, ...]] = tuple(".…:;,")  # what a headline never ends with (a question may)


def _label_shape(line: str) -> bool:
    """A section label: at most five words and 30 characters (a masthead in capitals: eight words and 40),
    no digit, no closing punctuation."""
    words = len([w for w in line.split() if w not in "-–—/|"])
    short = (len(line) <= 30 and words <= 5) or (len(line) <= 40 and words <= 8 and line.isupper())
    return short and not line.endswith(_LABEL_END) and not any(c.isdigit() for c in line)


def _section_label(page: Page, i: int) -> bool:
    """Short labels above the headline ("Thế giới", "ภูมิภาค", "Sanook"): the section, not the title.

    The labels must come before any other kept line, and the first kept line
    after them must read like a headline (no closing punctuation, longer than
    the labels) with more text after it. Each label must be a known section
    name, or there must be two labels or more in a row; a Thai headline must
    also not be a body paragraph itself. The run is judged once, at its first line.
    """
    run = page.memo.get("section_run", ())
    if i == page.title_index and i not in run:  # the title moves down as labels go: the run stays
        run = page.memo["section_run"] = _label_run(page, i)
    return i in run


# An outlet's own name: "Báo X", "Tạp chí X", "สำนักข่าว X", "X điện tử", "X Online", a domain.
_OUTLET_HEAD: Final[re.Pattern[str]] = re.compile(
    r"(?:báo|tạp\s+chí(?:\s+điện\s+tử)?|đài|kênh\s+truyền\s+hình|cổng\s+thông\s+tin(?:\s+điện\s+tử)?"
    r"|trang\s+thông\s+tin(?:\s+điện\s+tử)?|hãng\s+thông\s+tấn|thông\s+tấn\s+xã)\s+"
    r"|หนังสือพิมพ์|สำนักข่าว|สถานีวิทยุ|สถานีโทรทัศน์|นิตยสาร",
    re.IGNORECASE,
)
# (English words case-sensitive: "Learning from news" is a section; "Latest News" a header, see _NOT_OUTLET)
_OUTLET_TAIL: Final[re.Pattern[str]] = re.compile(
    r"(?:\s(?:(?i:điện\s+tử)|News|NEWS|Online|ONLINE|Magazine|MAGAZINE|TV)"
    r"|\.(?i:com|vn|net|org|co\.th|go\.th|in\.th|or\.th|tv))$"
)
_NOT_OUTLET: Final[frozenset[str]] = frozenset(
    [
        "latest", "breaking", "top", "related", "more", "hot", "other", "recent", "trending", "popular", "world",
        "local", "business", "sport", "sports", "tech", "good", "fake", "daily", "main", "all", "today's",
    ]
)
# where an outlet's name ends and its description starts ("Genk.vn - Kênh thông tin ...")
_OUTLET_SPLIT: Final[re.Pattern[str]] = re.compile(r"\s[-–—|]\s|\.\s")


def _outlet_name(line: str) -> bool:
    """Whether ``line`` is an outlet's name, with or without a description after a dash.

    >>> [_outlet_name(x) for x in ("BÁO THANH HÓA ĐIỆN TỬ", "Genk.vn - Kênh thông tin công nghệ", "Báo chí", "Thế giới")]
    [True, True, False, False]
    """
    head = _OUTLET_SPLIT.split(line, maxsplit=1)[0].strip()
    if not head or len(head) > 50 or any(c.isdigit() or c in ",:?!" for c in head):
        return False
    if head == line and head.casefold() in OUTLETS:  # ("Lao động - Việc làm" is a section)
        return True
    if head.split()[0].casefold() in _NOT_OUTLET:
        return False
    m = _OUTLET_HEAD.match(head)
    if m is not None and m.end() < len(head):  # a name follows: "Báo Mới", not "Báo chí"
        first = head[m.end()]
        if first.isupper() or THAI_LETTER.match(first) is not None:
            return True
    return _OUTLET_TAIL.search(head) is not None


def _top_outlet_name(page: Page, i: int) -> bool:
    """A label above the headline that names the outlet itself ("BÁO THANH HÓA ĐIỆN TỬ"): its masthead."""
    return _section_label(page, i) and _outlet_name(page.lines[i])


def _end_outlet_name(page: Page, i: int) -> bool:
    """A line of a list at the end of the page that names the outlet ("Báo X điện tử - Cơ quan ..."): the footer."""
    return i in page.boxed and _outlet_name(page.lines[i])


# "Chứng khoán / Doanh nghiệp niêm yết": a trail of two to four sections split by slashes
_SLASH_TRAIL: Final[re.Pattern[str]] = re.compile(r"[^/\d:.!?,]{2,40}(?:\s/\s[^/\d:.!?,]{2,40}){1,3}")


def _top_slash_trail(page: Page, i: int) -> bool:
    """Sections split by slashes among the first lines, above more text: the breadcrumb (no 'Home' needed)."""
    if _rank(page, i) >= 5 or page.next_kept(i) is None:
        return False
    return all(0 < len(part.split()) <= 4 for part in page.lines[i].split(" / "))


# "Hotline: ...", "Email: ...": the fields of a contact footer
_CONTACT_FIELD: Final[re.Pattern[str]] = re.compile(  # (a label, then a colon, a number or an address)
    r"(?:hotline|điện\s+thoại|đt|tel|phone|email|e-mail|fax|địa\s+chỉ|website|โทร|โทรศัพท์|อีเมล|ที่อยู่|แฟกซ์|โทรสาร)"
    r"\s*(?:[:：.]|(?=[+(]?\d)|(?=[\w.\-]+@))",
    re.IGNORECASE,
)


def _contact_fields(page: Page, i: int) -> bool:
    """Two contact fields or more on one line after the body ('Công ty X. Hotline: ... Email: ...')."""
    line = page.lines[i]
    # ("Mọi thông tin chi tiết xin liên hệ: ...": the story's last sentence tells whom to call)
    return page.from_body_end(i) and len(_CONTACT_FIELD.findall(line)) >= 2 and _PLEASE_CONTACT.search(line) is None


_PLEASE_CONTACT: Final[re.Pattern[str]] = re.compile(r"(?:xin|vui\s+lòng|hãy)\s+liên\s+hệ|please\s+contact", re.IGNORECASE)


def _pipe_menu(page: Page, i: int) -> bool:
    """Four or more short items split by pipes, among the first lines or after the body, not in a table.

    A table's header row has the same shape, but the rows around it hold as many pipes.
    """
    lines = page.lines
    items = [item.strip() for item in lines[i].split("|")]
    if len(items) < 4 or not all(item and len(item.split()) <= 4 for item in items):
        return False
    # (no blank line between a table's rows, each with as many cells)
    return not any(0 <= j < len(lines) and lines[j].count("|") == len(items) - 1 for j in (i - 1, i + 1))


def _headline_like(line: str) -> bool:
    """A related story's headline: 40+ characters and 8+ words that end no sentence.

    Not a masthead in capitals, an affiliation in brackets, a row of tags or the outlet's own name.
    """
    return (
        len(line) >= 40 and word_count(line) >= 8 and not ends_sentence(line) and not line.endswith((":", ";", ","))
        and not line.isupper() and not line.startswith(("(", "[")) and "  " not in line and not _outlet_name(line)
    )


def _headlines_after_name(page: Page, i: int) -> bool:
    """Headlines that end the page right after the writer's name: links to related stories, with no header.

    The lines after the name up to the end must all read like headlines, and the line
    above the name must end a sentence (the story's last paragraph).
    """
    lines = page.lines
    if not _headline_like(lines[i]):
        return False
    j = page.next_kept(i)
    while j is not None:
        if not _headline_like(lines[j]):
            return False
        j = page.next_kept(j)
    k = page.prev_kept(i)
    while k is not None and _headline_like(lines[k]):
        k = page.prev_kept(k)
    if k is None or len(lines[k]) > 40 or byline_parts(lines[k]) is None:
        return False
    above = page.prev_kept(k)
    return above is not None and ends_sentence(lines[above])


# A pictogram of a reaction button, and the words of reactions ("😍 25", "ถูกใจ 48", "Thích 312")
_EMOJI: Final[str] = "[\U0001F300-\U0001FAFF\u2190-\u21FF\u2600-\u27BF]\ufe0f?"
_REACTIONS: Final[str] = (
    r"ถูกใจ|ขำกลิ้ง|ทึ่ง|สยอง|หลงรัก|โกรธ|เศร้า|ซึ้ง|ว้าว|รักเลย|ฮา|ชอบ|แชร์|like|love|haha|wow|sad|angry|share|thích|"
    r"yêu\s+thích|yêu|buồn|thương|phẫn\s+nộ|chia\s+sẻ"
)


# A reference: a note number ("(1)", "[2]", "¹", "3.") or authors' surnames and initials, with a year after
_CITATION_LINE: Final[re.Pattern[str]] = re.compile(
    r"(?:(?:\(\d{1,3}\)|\[\d{1,3}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s*\S.{0,200}?(?:et\s+al\.|doi|https?://|[(.;,]\s*(?:19|20)\d{2}\b)"
    # (after "3." the year must close a reference's part: "...; 2012." -- a story's numbered point has years too)
    r"|\d{1,3}\.\s*\S.{0,200}?(?:et\s+al\.|doi|https?://|[(.;,]\s*(?:19|20)\d{2}\s*[).;:])"
    r"|[A-Z][\w'\-]+\s+[A-Z]{1,3}(?:,\s*[A-Z][\w'\-]+\s+[A-Z]{1,3}){0,6},?\s+et\s+al\."  # "Ekker MS, et al."
    r"|[A-Z][\w'\-]+,\s+(?:[A-Z]\.\s*){1,3}.{0,200}?\(\s*(?:19|20)\d{2}\s*\))"  # "Goodenough, J. B., ... (2013)"
)


# "The X. All Rights Reserved.", "Báo X - Bản quyền thuộc về Y. ..."
_COPYRIGHT_TAIL: Final[re.Pattern[str]] = re.compile(
    r"[^.!?]{1,60}[.,|\-–]\s*(?:all\s+rights\s+reserved\.?|สงวนลิขสิทธิ์.{0,100}|bản\s+quyền\s+(?:thuộc\s+về|của)\s.{1,200})",
    re.IGNORECASE,
)
# "Thong cao bao chi 08.01.2026.pdf (236 KB)", "แบบฟอร์ม.pdf   ดาวน์โหลด"
_FILE_NAME: Final[re.Pattern[str]] = re.compile(
    r"[^\s:：].{0,100}?\.(?i:pdf|docx?|xlsx?|pptx?|zip|rar)(?:\s*\(?\s*[\d.,]+\s*[kKmMgG]?B\s*\)?)?"
    r"(?:\s+(?:ดาวน์โหลด|download|tải\s+về|xem))?"
)
_PLAYLIST: Final[re.Pattern[str]] = re.compile(r".{1,60}\s·\s\d+\s+(?:songs|bài\s+hát|เพลง)", re.IGNORECASE)
_REACTION_ROW: Final[re.Pattern[str]] = re.compile(
    rf"(?:(?:{_EMOJI}\s*(?:{_REACTIONS})?|(?:{_REACTIONS}))\s*[\d.,]+[kK]?\s*[|·•]?\s*){{2,8}}"
    r"|[👁👀]\ufe0f?\s*[\d.,]+[kKmM]?",  # ("👁 25,7K": views)
    re.IGNORECASE,
)


def _gallery_counter(line: str) -> bool:
    """Photo number over a gallery's size, more than 12 photos ("3/14"; "1/4" may be a date)."""
    shown, total = map(int, line.split("/"))
    return 0 < shown <= total <= 300 and total > 12


def _section_under_title(page: Page, i: int) -> bool:
    """A known section name alone between the headline and the story ("ข่าวในประเทศ" under the date line)."""
    t = page.title_index
    return (
        t is not None and t < i < _first_body(page) < len(page.lines)
        and _known_section(normalize_line(page.lines[i]), page.lines[i])
    )


# A Thai section named as "news of X" in one word ("ข่าวจราจร", "ข่าวไอที"): a known kind of label.
_THAI_NEWS_SECTION: Final[re.Pattern[str]] = re.compile(r"ข่าว[\u0e01-\u0e4e]{1,20}|ข่าว[A-Za-z]{2,8}")


def _known_section(key: str, line: str) -> bool:
    """Whether ``line`` (``key``: its case-folded words) is a known section name or a Thai "news of X" label."""
    return key in _SECTION_CF or _THAI_NEWS_SECTION.fullmatch(line) is not None


def _label_run(page: Page, i: int) -> frozenset[int]:
    """The lines from ``i`` on that are section labels above the headline (empty if they are not)."""
    lines = page.lines
    if not _label_shape(lines[i]):  # (the headline itself: no labels above it)
        return frozenset()
    first = normalize_line(lines[i])
    repeats: list[int] = []  # of the first line (repeated_title removes them later): they go with it

    def repeated(k: int) -> bool:  # what repeated_paragraph removes later: skip it here already
        return len(lines[k]) >= 20 and lines.index(lines[k]) < k

    def following(k: int) -> int | None:
        nxt = page.next_kept(k)
        while nxt is not None and (normalize_line(lines[nxt]) == first or repeated(nxt)):
            if normalize_line(lines[nxt]) == first:
                repeats.append(nxt)
            nxt = page.next_kept(nxt)
        return nxt

    run: list[int] = []
    j: int | None = i
    while j is not None and _label_shape(page.lines[j]) and len(run) < 12:
        run.append(j)
        j = following(j)
    # the story (a body-like line) must follow the headline, maybe after a byline or a date; no line
    # of the window may be a caption (rules that run later must not change what this decision saw)
    after = None if j is None else following(j)
    while after is not None and (not body_like(lines[after]) or _above_credit(page, after)):
        after = following(after)  # (a paragraph over a photo credit may be its caption: not that one)
    run += repeats
    if not run or j is None or after is None:
        return frozenset()
    if any(_above_credit(page, k) for k in (*run, j) if k not in (page.title_index, page.lead_index)):
        return frozenset()
    head = page.lines[j]
    if head.endswith(_CLAUSE_END) or len(head) < max(len(page.lines[k]) for k in run) + 8 or len(head) > 250:
        return frozenset()
    if all(_known_section(" ".join(page.lines[k].casefold().split()), page.lines[k]) for k in run):
        return frozenset(run)
    thai = THAI_LETTER.search(head) is not None
    if thai and len(head) >= 160:  # a paragraph, not a headline
        return frozenset()
    if len(run) >= 2:
        return frozenset(run)
    # one unknown label: only where punctuation shows the shape (a headline, then a lead that ends a sentence)
    return frozenset(run) if not thai and ends_sentence(lines[after]) else frozenset()


def _top_byline(page: Page, i: int) -> bool:
    """A name alone between the headline and a body paragraph: the writer's byline."""
    if i != page.lead_index:
        return False
    nxt = page.next_kept(i)
    if nxt is None or not body_like(page.lines[nxt]):
        return False
    line = page.lines[i]
    if THAI_LETTER.search(line) is not None:
        return False
    parts = byline_parts(line)
    return parts is not None and sum(len(n.split()) for n in parts[0]) >= 2


#: A line that is only a known outlet's name or code, maybe between dashes or brackets.
_OUTLET_ONLY: Final[str] = (
    r"[-–—(\[\s]*(?:"
    + "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in sorted(OUTLETS, key=len, reverse=True))
    + r")(?:\s*(?:ออนไลน์|online))?[-–—)\]\s]*"  # "คมชัดลึก ออนไลน์": the site, in the author's slot
)
# "... (Ảnh minh họa)": a caption closed by a photo label in brackets
_PHOTO_LABEL_END: Final[re.Pattern[str]] = re.compile(
    rf"(?:[(\[]\s*(?:{_PHOTO_LABELS})\s*[)\]]|[.!?]\s+(?:{_PHOTO_LABELS}))\.?$", re.IGNORECASE
)
_PHOTO_LABEL_ONLY: Final[re.Pattern[str]] = re.compile(
    rf"(?:{_PHOTO_LABELS})\.?(?:\s*[-–,]?\s*(?:nguồn|source|ที่มา)\s*[:：]\s*[^.:：]{{1,40}}\.?)?", re.IGNORECASE
)


def _photo_label(line: str) -> bool:
    """A photo label alone ("Ảnh minh họa"), or closing a line in brackets or after its last sentence."""
    return _PHOTO_LABEL_ONLY.fullmatch(line) is not None or _PHOTO_LABEL_END.search(line) is not None


# -- structure -------------------------------------------------------------------------------

_BULLETS: Final[str] = "•·▪◦►▸●○■□♦◆"
# Characters page templates draw horizontal rules with (escaped for a character class).
_SEPARATORS: Final[str] = r"\-_–—―=*•·∙~#+─━═"
_URL: Final[str] = r"(?:https?://|www\.)\S+"


def _counter_line(line: str) -> bool:
    """A bulleted label ending in a number, the shape of visitor-statistics widgets ("• Khách 996").

    A bulleted item of a story's list does not end in a bare count ("• Giá xăng E5: 22.150 đồng").
    """
    if not line or line[0] not in _BULLETS or len(line) > 90:
        return False
    body = line.lstrip(_BULLETS + " ")
    return not body or (len(body.split()) <= 10 and _COUNT_END.search(body) is not None)


_COUNT_END: Final[re.Pattern[str]] = re.compile(r"(?:^|[\s:：])[\d.,]*\d\Z")


_HOME: Final[str] = r"trang\s+chủ|home|หน้าแรก|หน้าหลัก"
_BREADCRUMB: Final[re.Pattern[str]] = re.compile(
    r"(?:[^>»›\n]{1,40}(?:\s*[>»›]\s*[^>»›\n]{1,40}){2,6}|[^>»›\n]{1,30}\s[>»›]\s[^>»›\n]{1,30}"
    rf"|(?:{_HOME})(?:\s*[>»›/]\s*[^>»›/\n]{{1,40}}){{1,6}})\s*[>»›]?",
    re.IGNORECASE,
)
# Without a '>', '»' or '›', only a trail opening with the home page ("Trang chủ / ...") can match.
_HOME_START: Final[Starts] = Starts([re.compile(rf"(?:{_HOME}).*", re.IGNORECASE)])


def _breadcrumb(line: str) -> bool:
    if (">" not in line and "»" not in line and "›" not in line and "/" not in line) or "<" in line:
        return False
    if ">" not in line and "»" not in line and "›" not in line and not _HOME_START.admits(line):
        return False  # a cheap exit for lines with slashes (dates, URLs, "TTXVN/Vietnam+")
    if _BREADCRUMB.fullmatch(line) is None:
        return False
    parts = re.split(r"[>»›/]", line)
    if len(parts) == 2 and ">" in line and any(c.isdigit() for c in line):
        return False  # "giá > 100 USD": a comparison, not a two-level trail
    return all(0 < len(p.split()) <= 5 for p in parts)


_AGGREGATOR: Final[re.Pattern[str]] = re.compile(
    r"[^·•|\d]{2,40}?\s*[·•]\s*(?:\d{1,2}\s*(?:giờ|phút|ngày|tuần|ชม\.?|ชั่วโมง|นาที|วัน|hours?|hrs?|minutes?|mins?|"
    r"days?)\s*(?:trước|ที่แล้ว|ago)|hôm\s+qua|เมื่อวาน(?:นี้)?|yesterday)",
    re.IGNORECASE,
)


def _punctuation_only(line: str) -> bool:
    return all(not c.isalnum() for c in line) and any(c in _BULLETS or c in "|»«›‹>" for c in line)


RULES: Final[tuple[Rule, ...]] = (
    Rule(
        "blank_line", "blank", "line", predicate=lambda line: not line,
        description="A line of only non-breaking or zero-width spaces.", example="\u00a0",
    ),
    Rule(
        "vov_image_caption", "caption", "line", contains=re.compile("ảnh|Ảnh|ẢNH"), predicate=_vov_caption,
        max_chars=400,
        description="VOV's caption line: the headline, '- ảnh N', then the caption, in every language edition.",
        example="อาเซียนและสหรัฐเห็นพ้อง - ảnh 1ภาพการประชุม (VNA)",
    ),
    Rule(
        "photo_credit_line", "caption", "line", contains=_MAYBE_CREDIT, predicate=_credit_only, max_chars=80,
        description="A line that is only a photo credit: 'Ảnh: BNG', '(Ảnh: TTXVN)', 'ภาพ: รอยเตอร์', 'BNG |'.",
        example="Ảnh: BNG",
    ),
    Rule(
        "caption_with_credit", "caption", "line", contains=_MAYBE_CREDIT, predicate=_ends_with_credit,
        max_chars=400,
        description="A short line ending in a photo credit ('... Ảnh: X', '... (ภาพ: X)').",
        example="Hội nghị Bộ trưởng ASEAN – Mỹ. Ảnh: Baoquocte",
    ),
    Rule(
        "print_issue", "source", "line", pattern=_PRINT_ISSUE.pattern + ".*", max_chars=260,
        description="A note that the article appeared in a print issue ('... đăng trên Tạp chí X số 15-2025', "
        "'หน้า 1 หนังสือพิมพ์X ปีที่ 44 ฉบับที่ 3,973').",
        example="หน้า 1 หนังสือพิมพ์ฐานเศรษฐกิจ ฉบับที่ 3,973",
    ),
    Rule(
        "photo_label", "caption", "line",
        predicate=_photo_label, max_chars=240,
        contains=re.compile("ảnh|Ảnh|ẢNH|ภาพ"),  # what every label holds, and other rules' pre-checks already seek
        description="A photo label alone, or closing a caption in brackets ('Ảnh minh họa', '... (Ảnh minh họa)', "
        "'(แฟ้มภาพ)').",
        example="Người dân di chuyển dưới trời nắng. (Ảnh minh họa)",
    ),
    Rule(
        "labelled_caption", "caption", "line",
        pattern=r"(?:ที่มาของภาพ|คำบรรยายภาพ|chú\s+thích\s+ảnh|nguồn\s+hình\s+ảnh|image\s+source|image\s+caption|"
        r"(?:หมายเหตุ|ghi\s+chú)\s*[:：]\s*(?:ภาพ|ảnh)|(?:(?:ชม|ดู)?(?:คลิป|วิดีโอ|วีดีโอ)(?:ข่าว)?|video|clip)\s*[:：]"
        r"|(?:ảnh|hình|ภาพที่)\s*\d{1,2}\s*[:：.])\s*[,:：]?\s*.{1,200}"
        r"|[(\[]\s*(?:แฟ้มภาพ|ภาพจากวิดีโอ|ภาพจากคลิป|ภาพ|ảnh|photo|file\s+photo)[^\s:：()]{0,20}\s*[:：][^()\[\]]{3,200}[)\]]\.?",
        max_chars=240,
        description="A caption or credit after a label ('ที่มาของภาพ, Getty Images', 'คำบรรยายภาพ, ...', "
        "'คลิป: ...', 'Video: ...', 'หมายเหตุ : ภาพประกอบจาก ...', a numbered photo 'Ảnh 1: ...').",
        example="ที่มาของภาพ, Getty Images",
    ),
    Rule(
        "embed_consent", "widget", "line",
        pattern=r"ข้ามพ้นโพสต์(?:\s*\S+)?|(?:สิ้นสุด|skip|end\s+of|bỏ\s+qua|kết\s+thúc)\s*(?:\S+\s*)?"
        r"(?:โพสต์|post|bài\s+đăng)(?:\s+\S+)?|(?:อนุญาตให้แสดงเนื้อหาจาก|allow|cho\s+phép\s+hiển\s+thị\s+nội\s+dung).{1,40}\?"
        r"|(?:คำเตือน|warning|cảnh\s+báo)\s*[:：]\s*(?:เนื้อหาภายนอก|third[-\s]party\s+content|nội\s+dung\s+của\s+bên\s+thứ\s+ba)"
        r".{0,60}|บทความนี้มีเนื้อหาจาก.{1,200}|this\s+article\s+contains\s+content\s+provided\s+by.{1,200}",
        max_chars=260,
        description="The consent box around an embedded social post ('ข้ามพ้นโพสต์ Facebook', 'Allow X content?', "
        "'สิ้นสุด Facebook โพสต์').",
        example="ข้ามพ้นโพสต์ Facebook",
    ),
    Rule(
        "pipe_caption", "caption", "line", contains=re.compile(r"[|]"),
        predicate=lambda line: len(line) > 1 and line.endswith("|") and line.count("|") <= 2,  # (more: a table row)
        max_chars=400,
        description="A caption closed by a pipe, as image captions come out of some CMSs ('caption |').",
        example="Diễn đàn Khu vực ASEAN (ARF) |",
    ),
    Rule(
        "breadcrumb", "navigation", "line", contains=re.compile("[>»›/]"), predicate=_breadcrumb, max_chars=160,
        description="A breadcrumb trail of short section names ('Trang chủ > Thế giới', 'Thời sự › Chính trị').",
        example="Trang chủ » Thế giới » ASEAN",
    ),
    Rule(
        "separator_line", "navigation", "line", pattern=rf"(?:[{_SEPARATORS}]\s*){{3,}}|(?:[.…]\s*){{5,}}", max_chars=120,
        description="A rule drawn with separator characters ('-----', '____', '*****', '=====', '•••', '~~~').",
        example="------------------------------",
    ),
    Rule(
        "bullets_only", "widget", "line", pattern=r"[\W_]+", predicate=_punctuation_only, max_chars=40,
        description="A line of bullets and arrows from a collapsed widget.", example="• »",
    ),
    Rule(
        "counter_line", "widget", "line", pattern=r"[•·▪◦►▸●○■□♦◆].*", predicate=_counter_line, max_chars=90,
        description="A bulleted label and count, as in visitor-statistics widgets ('• Khách 996').",
        example="• Tổng lượt truy cập: 87184127",
    ),
    Rule(
        "url_line", "source", "line", pattern=rf"[(\[]?\s*(?:source|nguồn|ที่มา)?\s*[:：]?\s*{_URL}\s*[)\]]?",
        max_chars=400, description="A line that is only a URL (the article's source address).",
        example="http://baodientu.chinhphu.vn/Chinh-tri-An-ninh/403295.vgp",
    ),
    Rule(
        "bracketed_headline", "related", "line", pattern=r"\[[^\[\]]{8,250}\]|<<[^<>]{8,250}>>|«[^«»]{8,250}»",
        max_chars=260, description="A headline in brackets: an inline link to another story.",
        example="[Tìm kiếm đòn bẩy để cân bằng quan hệ kinh tế ASEAN-Trung Quốc]",
    ),
    Rule(
        "blog_nav", "navigation", "line",
        pattern=r"(?:newer\s+post|bài\s+đăng\s+mới\s+hơn|บทความใหม่กว่า)\s.{0,80}"
        r"|(?:บทความ|ข่าว|โพสต์)(?:ก่อนหน้า|ถัดไป)|(?:previous|next)\s+(?:article|post|story)|bài\s+(?:trước|tiếp\s+theo)"
        r"|(?:subscribe\s+to|đăng\s+ký|สมัครสมาชิก)\s*[:：]\s*[^:：]{2,40}\(atom\)",
        max_chars=120, description="The page links of a Blogger page ('Newer Post Older Post Home', "
        "'Subscribe to: Post Comments (Atom)') in English, Vietnamese or Thai.",
        example="บทความใหม่กว่า บทความที่เก่ากว่า หน้าแรก",
    ),
    Rule(
        "blog_comment_count", "comments", "line",
        pattern=r"(?:no\s+comments|không\s+có\s+nhận\s+xét\s+nào|ไม่มีความคิดเห็น|[\d๐-๙]+\s*(?:comments?|nhận\s+xét|ความคิดเห็น))"
        r"\s*[:：]",
        max_chars=40, description="A blog's comment count above its comments ('No comments:', 'ไม่มีความคิดเห็น:').",
        example="ไม่มีความคิดเห็น:",
    ),
    Rule(
        "play_button", "widget", "line",
        pattern=r"[▶►▷⏵]\s*(?:xem\s+(?:video|clip)|phát(?:\s+video)?|play(?:\s+video)?|watch(?:\s+video)?|ดูวิดีโอ|ชมวิดีโอ|เล่นวิดีโอ)"
        r"(?:\s*[(\[]?\d{1,2}:\d{2}[)\]]?)?",
        max_chars=30, description="A video player's button ('▶ Xem video', '▶ Play 02:15').", example="▶ Xem video",
    ),
    Rule(
        "media_link_caption", "caption", "line",
        pattern=r"(?:photo|image|logo|video|ảnh|hình\s+ảnh|รูปภาพ|ภาพ|โลโก้|วิดีโอ)\s*[-–:：]\s*https?://\S{4,200}",
        max_chars=240, description="A press release's media line: the photo or logo and its address "
        "('Photo - https://...', 'รูปภาพ - https://...').",
        example="Photo - https://mma.prnewswire.com/media/123/photo.jpg",
    ),
    Rule(
        "series_parts", "navigation", "line",
        pattern=r"(?:(?:bài|kỳ|phần|part|ตอนที่|ตอน)\s*[\d๐-๙]+\s*[|/·•,]\s*)+(?:bài|kỳ|phần|part|ตอนที่|ตอน)\s*[\d๐-๙]+",
        max_chars=80, description="The parts of a series side by side ('Bài 1 | Bài 2 | Bài 3', 'ตอนที่ 1 | ตอนที่ 2').",
        example="Bài 1 | Bài 2 | Bài 3",
    ),
    Rule(
        "comment_meta", "comments", "line",
        pattern=r"(?:\d+\s+|(?:thích|like|ถูกใจ)\s*[·•|]?\s*)?(?:trả\s+lời|reply|ตอบกลับ)(?:\s+to\s+\S{1,30})?"
        r"(?:\s*[·•|]\s*[^·•|]{1,30})*"
        r"|[·•]\s*\d{1,2}\s*(?:giờ|phút|ngày|tuần|tháng|ชั่วโมง|ชม\.?|นาที|วัน|สัปดาห์|เดือน|hours?|minutes?|mins?|days?|weeks?|months?)"
        r"\s*(?:trước|ที่แล้ว|ago)"
        r"|(?:load|show|view)\s+more\s+(?:comments|replies)|xem\s+thêm\s+(?:\d+\s+)?(?:phản\s+hồi|trả\s+lời)"
        r"|join\s+the\s+discussion…?|ดูความคิดเห็นเพิ่มเติม|click\s+to\s+expand\.{0,3}"
        r"|(?:like|love|haha|wow|sad|angry|reactions?)(?:\s+reactions?)?\s*:\s*.{1,100}"  # a forum's reactions under a post
        r"|sort\s+by\s*:?\s*(?:best|newest|oldest).{0,30}|(?:best|newest|oldest)(?:\s+(?:best|newest|oldest)){1,2}",
        max_chars=80, description="The controls of a comment thread ('Thích · Trả lời · 1 ngày trước', '12 Reply', "
        "'Load more comments').",
        example="Thích · Trả lời · 1 ngày trước",
    ),
    Rule(
        "time_stamp", "dateline", "line",
        # (a clock time alone may head a timeline's entry: kept)
        pattern=r"\d{1,3}'(?:\s*\+\s*\d{1,2})?"
        r"|(?:start\s+date\s+)?(?:today|yesterday|hôm\s+nay|hôm\s+qua|วันนี้|เมื่อวาน)\s+(?:at|lúc|เวลา)\s+\d{1,2}[:.]\d{2}(?:\s*น\.)?",
        max_chars=40, description="A match report's minute alone on a line (\"76'\", \"90'+4\") or a post's "
        "'Today at 08:14'.",
        example="90'+4",
    ),
    Rule(
        "reaction_counts", "widget", "line", contains=re.compile("[0-9]"),
        predicate=lambda line: _REACTION_ROW.fullmatch(line) is not None,
        max_chars=80, description="Counts of readers' reactions ('ถูกใจ 48 ขำกลิ้ง 3 ทึ่ง 5').", example="ถูกใจ 48   ขำกลิ้ง 3   ทึ่ง 5",
    ),
    Rule(
        "rating_line", "widget", "line",
        pattern=r"[★☆\s]*\d(?:[.,]\d)?\s*/\s*(?:5|10)\s*(?:\(\s*[\d.,]+\s*(?:lượt\s+)?(?:đánh\s+giá|bình\s+chọn|ratings?|votes?|reviews?|คะแนน|รีวิว|โหวต)"
        r"\s*\)|[\d.,]+\s*(?:lượt\s+)?(?:đánh\s+giá|ratings?|votes?|reviews?|คะแนน|รีวิว|โหวต))",
        max_chars=50, description="A readers' rating ('4.6/5 (38 đánh giá)').", example="4.6/5 (38 đánh giá)",
    ),
    Rule(
        "pagination", "navigation", "line",
        pattern=r"(?:«|‹|<|prev(?:ious)?|trang\s+trước|ก่อนหน้า)?\s*(?:trang\s+|page\s+|หน้า\s*)?(?:\d{1,3}\s+){1,8}(?:(?:…|\.\.\.)\s*\d{1,4}\s*)?"
        r"(?:»|›|>|next|tiếp|trang\s+sau|ถัดไป)",
        max_chars=60, description="Page numbers of a list or a thread ('1 2 3 … 9 Next').", example="1 2 3 … 9   Next",
    ),
    Rule(
        "reference_tail", "source", "tail",
        pattern=r"(?:(?:danh\s+mục\s+)?tài\s+liệu\s+tham\s+khảo|nguồn\s+tham\s+khảo|references?|bibliography|works\s+cited|"
        r"บรรณานุกรม|เอกสารอ้างอิง|รายการอ้างอิง)\s*[:：]?",
        max_chars=40, description="The header of a list of references ('Tài liệu tham khảo', 'บรรณานุกรม') and the "
        "references after it.",
        example="Tài liệu tham khảo:",
    ),
    Rule(
        "citation_line", "source", "line", predicate=lambda line: _CITATION_LINE.match(line) is not None, max_chars=400,
        contains=re.compile("19|20|et al"),  # (a year of either century, or "et al.")
        description="A bibliographic reference: a note number or authors' names and initials, then a year "
        "('(1) WHO. Guideline: Sodium intake ... 2012.', 'Goodenough, J. B., & Park, K. S. (2013). ...').",
        example="Holick MF, et al. Evaluation, treatment, and prevention of vitamin D deficiency. 2011.",
    ),
    Rule(
        "author_box_tail", "byline", "tail",
        pattern=r"(?:về\s+tác\s+giả|thông\s+tin\s+tác\s+giả|about\s+the\s+authors?|เกี่ยวกับผู้เขียน|ประวัติผู้เขียน)\s*[:：]?",
        max_chars=30, description="The header of the writer's box ('Về tác giả', 'เกี่ยวกับผู้เขียน') and the bio after it.",
        example="เกี่ยวกับผู้เขียน",
    ),
    Rule(
        "gallery_counter", "widget", "line", pattern=r"\d{1,3}\s*/\s*\d{1,3}", predicate=_gallery_counter,
        max_chars=9, description="A photo gallery's counter ('1/14').", example="3/14",
    ),
    Rule(
        "embed_fallback", "widget", "line",
        pattern=r"@[\w.]{2,30}|♬\s*.{1,80}|(?:listen|nghe|ฟัง)\s+(?:on|trên|บน)\s+(?:spotify|apple\s+music|youtube\s+music|joox|soundcloud)"
        r"|โพสต์นี้จาก\s+\S.{0,30}|(?:ดูภาพทั้งหมด|xem\s+tất\s+cả\s+ảnh|xem\s+toàn\s+bộ\s+ảnh|"
        r"view\s+all\s+photos)\s*\(?\d*\)?",
        max_chars=90, description="What an embedded post, song or gallery leaves in the text: '@handle', '♬ sound', "
        "'Listen on Spotify', 'ดูภาพทั้งหมด (24)'.",
        example="Listen on Spotify",
    ),
    Rule(
        "wire_initials", "byline", "line", pattern=r"\(\s*(?:[A-Z][A-Za-z]{1,12}\s*/\s*){1,5}[A-Z][A-Za-z]{1,12}\s*\)",
        max_chars=60, description="Wire reporters' names in brackets at the end ('(Yim/Lin/Zhou)').",
        example="(Yim/Lin/Zhou)",
    ),
    Rule(
        "playlist_line", "widget", "line", contains=re.compile("·"),
        predicate=lambda line: _PLAYLIST.fullmatch(line) is not None, max_chars=90,
        description="An embedded playlist's title line ('X Playlist · 24 songs').", example="Fest 2025 Playlist · 24 songs",
    ),
    Rule(
        "embed_author", "byline", "line",
        pattern=r"a\s+post\s+shared\s+by\s+.{1,60}|[—–]\s*[^—–]{1,40}\(@[\w.]{2,30}\)\s*.{0,30}",
        max_chars=100, description="The author line of an embedded post ('A post shared by X (@x)', '— X (@x) date').",
        example="A post shared by NOVA9 (@nova9_official)",
    ),
    Rule(
        "forum_quote_header", "comments", "line", contains=re.compile("said:|wrote:"),
        predicate=lambda line: re.fullmatch(r"\S{1,30}\s+(?:said|wrote):", line) is not None, max_chars=40,
        description="A forum reply's quote header ('meo_den_2k said:').", example="meo_den_2k said:",
    ),
    Rule(
        "first_comment_prompt", "comments", "line",
        pattern=r"(?:hãy\s+là\s+người\s+đầu\s+tiên\s+(?:bình\s+luận|nhận\s+xét|chia\s+sẻ)|chưa\s+có\s+(?:bình\s+luận|ý\s+kiến)\s+nào"
        r"|be\s+the\s+first\s+to\s+(?:comment|reply|review)|no\s+comments\s+yet"
        r"|(?:ร่วม)?เป็นคนแรกที่(?:แสดงความคิดเห็น|คอมเมนต์|ความคิดเห็น)|ยังไม่มีความคิดเห็น)[^.!?]{0,60}[.!]?",
        max_chars=100, description="The prompt of an empty comments box ('Hãy là người đầu tiên bình luận', "
        "'Be the first to comment').",
        example="Hãy là người đầu tiên bình luận về bài viết này",
    ),
    Rule(
        "attachment_link", "navigation", "line",
        pattern=r"(?:ไฟล์แนบ|เอกสารแนบ|ไฟล์ประกอบ|ดาวน์โหลด(?:ไฟล์|เอกสาร|ข่าวแจก|ข่าว|ภาพ|รูปภาพ)?|download(?:\s+file)?|"
        r"tải\s+về|tải\s+file|tải\s+tệp|(?:file|tệp|tài\s+liệu)\s+đính\s+kèm|attachments?|pdf)"
        r"(?:\s*[:：]\s*\S.{0,60}|\s*\(?(?:pdf|docx?|xlsx?|zip|rar)(?:\s*,?\s*[\d.,]+\s*[kKmMgG]?B)?\)?"
        # "ดาวน์โหลดใบตรวจผลรางวัล (PDF)": what is downloaded, then its format
        r"|(?<=ดาวน์โหลด)[\u0e00-\u0e7f]{1,30}\s*\(?(?:pdf|docx?|xlsx?|zip|rar)(?:\s*,?\s*[\d.,]+\s*[kKmMgG]?B)?\)?"
        r"|\s+\S{1,60}\.(?:pdf|docx?|xlsx?|zip|rar)|\s*[:：])?",
        max_chars=90, description="An attachment or download link ('ไฟล์แนบ', 'ดาวน์โหลดข่าวแจก (PDF)', 'Tải về', "
        "'File đính kèm: quyet-dinh.pdf').",
        example="ดาวน์โหลดข่าวแจก (PDF)",
    ),
    Rule(
        "file_name_line", "navigation", "line",
        contains=re.compile(r"\.(?:pdf|PDF|doc|DOC|xls|XLS|ppt|PPT|zip|ZIP|rar|RAR)"),
        predicate=lambda line: _FILE_NAME.fullmatch(line) is not None, max_chars=140,
        description="A file's name alone: an attachment ('Thong cao bao chi 08.01.2026.pdf (236 KB)').",
        example="Thong cao bao chi 08.01.2026.pdf (236 KB)",
    ),
    Rule(
        "go_top", "navigation", "line",
        pattern=r"(?:\d+\s*)?(?:go\s*(?:to\s*)?top|back\s*to\s*top|top|lên\s+đầu\s+trang|về\s+đầu\s+trang|"
        r"trở\s+về\s+đầu\s+trang|đầu\s+trang|กลับด้านบน|กลับขึ้นด้านบน|ขึ้นด้านบน|กลับสู่ด้านบน|skip\s+to\s+(?:main\s+)?"
        r"content|chuyển\s+(?:đến|tới)\s+nội\s+dung(?:\s+chính)?|ข้ามไป(?:ยัง)?เนื้อหา(?:หลัก)?)\s*[↑^▲]?",
        max_chars=40, description="A 'back to top' or 'skip to content' link (with a counter stuck to it).",
        example="255 Go top",
    ),
    Rule(
        "share_buttons", "navigation", "line",
        pattern=r"(?:(?:chia\s+sẻ(?:\s+bài\s+viết|\s+qua)?|share(?:\s+on|\s+this|\s+via|\s+to)?|แชร์ไปที่|แชร์ไปยัง|mặc\s+định|lớn\s+hơn|nhỏ\s+hơn|facebook|twitter|x|zalo|e-?mail|"
        r"in\s+bài(?:\s+viết)?|in|print|gửi\s+bài(?:\s+viết)?(?:\s+cho\s+bạn\s+bè)?|gửi|lưu(?:\s+bài(?:\s+viết)?)?|save|theo\s+dõi|tweet|like|line|messenger|telegram|"
        r"linkedin|pinterest|copy\s+link|sao\s+chép\s+(?:liên\s+kết|link)|lấy\s+link|copy|cỡ\s+chữ|font\s+size|"
        r"bản\s+in|gửi\s+email|quay\s+lại|tin\s+đã\s+đưa|in\s+trang|a|nhỏ|vừa|lớn|"
        r"đăng\s+nhập|đăng\s+ký(?:\s+tài\s+khoản)?|đăng\s+xuất|google\s+news|"
        r"a-|a\+|printer-friendly\s+version|print\s+this(?:\s+article)?|bản\s+in|"
        r"แชร์(?:บทความนี้|ข่าวนี้|เรื่องนี้)?|share\s+this\s+article|chia\s+sẻ\s+bài\s+(?:viết\s+)?này|lên\s+đầu\s+trang|"
        r"về\s+đầu\s+trang|พิมพ์|ส่งต่อ|บันทึก|คัดลอกลิงก์|ขนาดตัวอักษร|ทวีต|ไลค์|ก-|ก\+|ก)\s*(?:\(?\d+\)?)?\s*[:|/,•·\-–]?\s*){1,10}",
        max_chars=120, description="A row of share, print and save buttons.",
        example="Chia sẻ Facebook Zalo",
    ),
    Rule(
        "tags_line", "navigation", "line",
        pattern=r"(?:(?:related\s+)?tags?|từ\s+khóa|từ\s+khoá|keywords?|topics?|sự\s+kiện|dòng\s+sự\s+kiện|chủ\s+đề|thẻ|"
        r"categories|category|filed\s+under|"
        r"แท็ก(?:ที่เกี่ยวข้อง|บทความ|ข่าว)?|คำที่เกี่ยวข้อง|คำค้น|"
        r"คำค้นหา|ป้ายกำกับ|หมวดหมู่)\s*[:：]\s*\S.{0,300}|(?:แท็ก|tags)\s+[^\s:：].{0,200}",
        max_chars=400, description="A tags, keywords or event line ('Từ khóa: ...', 'Sự kiện: ...').",
        example="Từ khóa: ASEAN, Mỹ, Hàn Quốc",
    ),
    Rule(
        "tags_header", "navigation", "tail", stop_at_paragraph=True,
        pattern=r"(?:tags?|từ\s+khóa|từ\s+khoá|chủ\s+đề|keywords?|topics?|แท็ก(?:ที่เกี่ยวข้อง|บทความ|ข่าว)?|คำค้น(?:หา)?|"
        r"คำที่เกี่ยวข้อง|คำค้นที่เกี่ยวข้อง|คีย์เวิร์ด|"
        r"ป้ายกำกับ)\s*[:：]?",
        max_chars=30, description="A tags header alone ('Tags', 'Từ khóa', 'แท็กที่เกี่ยวข้อง'): the tags after it.",
        example="แท็กที่เกี่ยวข้อง",
    ),
    Rule(
        "hashtags_line", "navigation", "line", contains=re.compile("#"),
        pattern=r"(?:#[^\s#][^#]{0,60}?\s*){1,15}", max_chars=400,
        description="A line of hashtags ('#Việt Nam - Lào #hợp tác giáo dục'): topic links.",
        example="#ASEAN #Mỹ #Hàn Quốc",
    ),
    Rule(
        "reading_time", "widget", "line",
        pattern=r"(?:(?:thời\s+gian\s+đọc|(?:ใช้)?เวลาอ่าน|(?:ใช้)?เวลาในการอ่าน|อ่าน|reading\s+time)\s*[:：]?\s*)?(?:khoảng\s+|ประมาณ\s*)?"
        r"\d+\s*(?:phút\s+đọc|phút|นาที|min(?:ute)?s?\s+read|min(?:ute)?s?)(?:\s*(?:ในการ)?อ่าน)?",
        max_chars=40, description="A reading-time line ('4 phút đọc', '3 min read', 'เวลาอ่าน 2 นาที').",
        example="4 phút đọc",
    ),
    Rule(
        "listen_button", "widget", "line",
        pattern=r"(?:nghe(?:\s+đọc)?(?:\s+(?:bài(?:\s+(?:viết|báo|này))?|tin|audio|nội\s+dung))?(?:\s+[\d:]{4,8})?"
        r"(?:\s+(?:giọng\s+(?:nữ|nam)(?:\s+\S+)?|tốc\s+độ\s+\S+))*|lắng\s+nghe|tạm\s+dừng|"
        r"đọc\s+bài\s+này|(?:nghe|đọc)(?:\s+bài(?:\s+viết)?)?(?:\s*[|/·•]\s*(?:giọng\s+(?:nữ|nam)(?:\s+\S+)?|tốc\s+độ(?:\s+\S+)?))+|"
        r"ฟังข่าว|ฟังบทความ|"
        r"ฟังเสียง(?:ข่าว|บทความ)?|กดฟัง(?:ข่าว)?|ชมคลิป|ดูคลิป|ชมวิดีโอ|xem\s+video|xem\s+clip|"
        r"listen(?:\s+to\s+(?:this\s+)?(?:article|story))?|watch(?:\s+video|\s+on\s+youtube)?)"
        r"\s*(?:\(?\d{1,2}:\d{2}\)?)?",
        max_chars=80, description="A listen or play button ('Nghe bài viết', 'ฟังข่าว', 'ชมคลิป', 'Listen'), with the "
        "player's voice and speed options.",
        example="Nghe bài viết",
    ),
    Rule(
        "media_duration", "widget", "line",
        pattern=r"[▶►⏵]?\s*\(?\d{1,2}:\d{2}(?::\d{2})?(?:\s*/\s*\d{1,2}:\d{2}(?::\d{2})?)?\)?", max_chars=24,
        description="A video or audio duration alone ('02:48', '00:00 / 02:18'): the player's badge.",
        example="00:00 / 02:18",
    ),
    Rule(
        "footnote_line", "source", "line", pattern=r"\[\d{1,3}\]\s*\S.{0,300}", max_chars=320,
        description="A numbered footnote ('[1] ...'): the notes list of an article with footnote markers.",
        example="[1] สำรวจโดยเครือข่ายแรงงานภาคตะวันออก",
    ),
    Rule(
        "labelled_count", "widget", "line",
        pattern=r"(?:(?:ไม่)?ถูกใจ|(?:dis)?likes?|(?:không\s+)?thích)\s*[\d.,]+(?:\s*[|/·•]\s*(?:(?:ไม่)?ถูกใจ|(?:dis)?likes?|"
        r"(?:không\s+)?thích)\s*[\d.,]+)+"
        r"|[\d.,]+\s*[kKmM]?\s*(?:shares?|likes?|views?|reads?|thích|lượt\s+(?:xem|thích|chia\s+sẻ|đọc)|วิว|ยอดวิว|แชร์|"
        r"ครั้ง)|(?:shares?|likes?|views?|แชร์|วิว|ยอดวิว|ถูกใจ|thích|ความคิดเห็น)\s*[\d.,]+\s*[kKmM]?\s*(?:ครั้ง|รายการ)?",
        max_chars=30, description="A count with its label ('0 Shares', '0 Lượt xem', '1,204 views', 'ถูกใจ 86').",
        example="0 Lượt xem",
    ),
    Rule(
        "consent_button", "widget", "line",
        pattern=r"(?:ยอมรับ(?:ทั้งหมด)?|ปฏิเสธ(?:ทั้งหมด)?|accept(?:\s+all)?|reject(?:\s+all)?|chấp\s+nhận(?:\s+tất\s+cả)?|"
        r"từ\s+chối|đồng\s+ý|i\s+agree|got\s+it)",
        max_chars=24, description="A consent button alone ('ยอมรับทั้งหมด', 'Accept all', 'Chấp nhận').",
        example="ยอมรับทั้งหมด",
    ),
    Rule(
        "author_note", "byline", "line",
        pattern=r"\*+\s*(?:ผู้เขียน|tác\s+giả|the\s+author)\s*(?:เป็น|là|is)\s*\S.{2,200}",
        max_chars=220,
        description="A starred note on who the author is ('*ผู้เขียนเป็นนักวิชาการอิสระ...', '*Tác giả là ...').",
        example="*ผู้เขียนเป็นนักวิชาการอิสระด้านสิ่งแวดล้อม",
    ),
    Rule(
        "aggregator_source", "source", "line",
        contains=re.compile("[·•]"), predicate=lambda line: _AGGREGATOR.fullmatch(line) is not None, max_chars=70,
        description="An aggregator's line naming the outlet and how long ago it published ('Báo Thanh Tra · 2 giờ trước').",
        example="Báo Thanh Tra · 2 giờ trước",
    ),
    Rule(
        "relative_time", "dateline", "line",
        pattern=r"(?:\d{1,2}\s*(?:giờ|phút|ngày|tuần|ชม\.?|ชั่วโมง|นาที|วัน|สัปดาห์|hrs?|mins?|h|m|d)\s*(?:trước|ที่แล้ว|ago)?"
        r"|hôm\s+qua|vừa\s+xong|เมื่อวาน(?:นี้)?|yesterday|just\s+now)"
        r"(?:\s*[•·]\s*(?:สาธารณะ|công\s+khai|public))?",
        max_chars=30, description="A relative publication time alone ('2 giờ trước', '4 ชม.', 'hôm qua').",
        example="2 giờ trước",
    ),
    Rule(
        "social_button", "widget", "line",
        pattern=r"[·•\s]*(?:thích|like|ถูกใจ|see\s+more|ดูเพิ่มเติม|ติดตาม|follow|theo\s+dõi|·|•)[·•\s]*",
        max_chars=20, description="A social button or a 'see more' marker alone ('Thích', 'ถูกใจ', 'ดูเพิ่มเติม', 'ติดตาม').",
        example="ถูกใจ",
    ),
    Rule(
        "page_number", "navigation", "line",
        pattern=r"[-–—]\s*[\d๐-๙]{1,3}\s*[-–—]|(?:หน้า|trang|page)\s*[\d๐-๙]{1,3}\s*(?:จาก|/|of|trên)\s*[\d๐-๙]{1,3}",
        max_chars=20, description="A page number of a document turned into text ('- 2 -', 'หน้า 2 จาก 2').",
        example="- 2 -",
    ),
    Rule(
        "live_badge", "widget", "line",
        pattern=r"[🔴•●\s]*(?:live|trực\s+tiếp|tường\s+thuật\s+trực\s+tiếp|tự\s+động\s+cập\s+nhật|"
        r"cập\s+nhật\s+tự\s+động|cập\s+nhật\s+liên\s+tục|auto[-\s]?refresh|ถ่ายทอดสด|ไลฟ์สด|อัปเดตอัตโนมัติ|อัพเดทอัตโนมัติ"
        r"|tự\s+động\s+làm\s+mới(?:\s+sau\s+\d+\s+giây)?)",
        max_chars=40, description="A live badge or auto-update switch of a live page ('LIVE', 'Tự động cập nhật').",
        example="Tự động cập nhật",
    ),
    Rule(
        "toc_tail", "navigation", "tail", stop_at_body=True,
        pattern=r"(?:mục\s+lục(?:\s+bài\s+viết)?|nội\s+dung\s+(?:chính|bài\s+viết)|tóm\s+tắt\s+nội\s+dung|các\s+nội\s+dung\s+chính|"
        r"table\s+of\s+contents|contents|in\s+this\s+article|สารบัญ|ในบทความนี้|หัวข้อในบทความนี้)\s*[:：]?"
        r"(?:\s*[\[(]\s*(?:ซ่อน|แสดง|hide|show|ẩn|hiện)\s*[\])])?",  # ("สารบัญ [ซ่อน]": its toggle)
        max_chars=30, description="A table of contents: its header and the crossheads it lists, up to the first body line "
        "(it may sit right under the headline).",
        example="Mục lục bài viết",
    ),
    Rule(
        "comment_thread_tail", "comments", "tail",
        pattern=r"\d+\s+(?:thoughts?|responses?|comments?|replies|bình\s+luận|ý\s+kiến|ความคิดเห็น)\s+(?:on|to|về|cho|ต่อ)\s+\S.{0,200}"
        r"|leave\s+a\s+(?:reply|comment)|để\s+lại\s+(?:một\s+)?(?:bình\s+luận|phản\s+hồi|trả\s+lời)|cancel\s+reply",
        max_chars=260, description="A blog's comment thread: '3 thoughts on “...”', 'Leave a Reply', and what follows.",
        example="3 thoughts on “Chuỗi cung ứng bán dẫn”",
    ),
    Rule(
        "comment_form_note", "comments", "line",
        pattern=r"your\s+email\s+address\s+will\s+not\s+be\s+published.{0,100}|(?:địa\s+chỉ\s+)?email\s+của\s+bạn\s+sẽ\s+không\s+"
        r"(?:được\s+)?(?:hiển\s+thị|công\s+khai).{0,100}|post\s+comment|reply|"
        r"(?:save\s+my\s+name|lưu\s+tên\s+của\s+tôi).{0,160}"
        r"|you\s+must\s+(?:log\s+in|be\s+logged\s+in|register).{0,80}|(?:กรุณา|โปรด)\s*(?:log\s*in|ล็อกอิน|เข้าสู่ระบบ).{0,80}",
        max_chars=220, description="A comment form's notes and button ('Your email address will not be published.').",
        example="Your email address will not be published. Required fields are marked *",
    ),
    Rule(
        "posted_by_line", "dateline", "line", contains=DIGIT,
        pattern=r"(?:posted|published)\s+on\s+.{4,40}?\s+by\s+\S.{0,40}|đăng\s+(?:ngày|lúc)\s+.{4,40}?\s+(?:bởi|by)\s+\S.{0,40}",
        max_chars=100, description="A blog's 'Posted on <date> by <author>' line.",
        example="Posted on 17/02/2025 by admin",
    ),
    Rule(
        "desk_byline", "byline", "line",
        pattern=r"(?:ban\s+(?:thời\s+sự|biên\s+tập|kinh\s+tế|quốc\s+tế|truyền\s+thông|bạn\s+đọc)|(?:\S+\s+){0,2}(?:team|desk|newsroom)|"
        r"กองบรรณาธิการ|กอง\s*บก\.|ทีมข่าว|โต๊ะข่าว)\S{0,30}(?:\s+\S+){0,3}",
        max_chars=48, description="An editorial desk as the writer ('Ban Thời sự', 'กองบรรณาธิการข่าว...').",
        example="กองบรรณาธิการข่าวเนชั่นทีวี",
    ),
    Rule(
        "social_handle", "footer", "line",
        pattern=r"[-–—•*\s]*(?:facebook|fanpage|youtube|tiktok|twitter|x|instagram|ig|line(?:\s+official)?|"
        r"line\s*@|zalo|telegram|threads)\s*[:：]\s*@?\S.{0,50}",
        max_chars=70, description="A social account line of a follow block ('Facebook : SPRiNG News').",
        example="YouTube : SPRiNG Channel",
    ),
    Rule(
        "stock_ticker", "widget", "line",
        pattern=r"(?:[A-Z]{3,5}\s*[:：]?\s*[\d.,]+\s*[+\-−]?\s*[\d.,]+\s*%\s*){1,6}"
        r"|(?:[A-Z]{3,5}\s*[:：]?\s*[+\-−]\s*[\d.,]+\s*%\s*){2,6}",  # "PLX +0,85%  KBC -1,20%": changes only
        max_chars=120,
        description="A stock-ticker box ('VCB: 92.300 +0,87%'): company codes with prices.",
        example="VCB: 92.300 +0,87%",
    ),
    Rule(
        "embedded_post", "widget", "line",
        # only the fixed shapes embeds print; a Vietnamese sentence "Bài viết của X vào ngày ..." is text
        pattern=r"(?:โพสต์โดย|posted\s+by|a\s+post\s+shared\s+by)\s*.{1,80}?\s(?:เมื่อ|on)\s.{1,60}"
        r"|(?:ดูโพสต์นี้บน|view\s+this\s+post\s+on|xem\s+bài\s+viết\s+này\s+trên)\s*(?:instagram|facebook|tiktok|x|twitter)",
        max_chars=200,
        description="The fallback text of an embedded social post ('โพสต์โดย X เมื่อ วันอาทิตย์ที่ ...').",
        example="Posted by ASEAN Secretariat on Monday, 13 May 2024",
    ),
    Rule(
        "posted_by_name", "byline", "line", pattern=r"(?:posted|written)\s+by\s*[:：]?\s*\S.{0,40}", max_chars=50,
        description="'Posted by X' alone on a line: the writer or the desk.", example="Posted by ทีมข่าว Mango Zero",
    ),
    Rule(
        "photo_album", "widget", "line",
        pattern=r"(?:อัลบั้มภาพ|อัลบั้ม|แกลเลอรี่?|ชมภาพ(?:ทั้งหมด)?|ดูภาพ(?:ทั้งหมด)?|ภาพทั้งหมด|album\s+ảnh|bộ\s+ảnh|"
        r"xem\s+(?:tất\s+cả\s+)?ảnh|photo\s+gallery|gallery|view\s+all\s+photos)"
        r"\s*[:：]?\s*\(?(?:[\d๐-๙]+\s*(?:ภาพ|รูป|ảnh|photos?))?\)?|(?:xem\s+)?[\d]+\s*(?:ảnh|photos)",
        max_chars=40, description="A photo-album counter ('อัลบั้มภาพ 6 ภาพ', 'Album ảnh').",
        example="อัลบั้มภาพ 6 ภาพ",
    ),
    Rule(
        "provider_line", "source", "line",
        pattern=r"(?:câu\s+chuyện\s+của|(?:được\s+)?cung\s+cấp\s+bởi|เรื่องราวโดย|story\s+by|provided\s+by|"
        r"(?:xem\s+thêm|đọc\s+(?:bài|tiếp)(?:\s+gốc)?|xem\s+bài\s+gốc)\s+tại)\s+\S.{1,60}",
        max_chars=80, description="The provider of a repost ('Câu chuyện của X', 'เรื่องราวโดย X', 'Xem thêm tại X').",
        example="Câu chuyện của Thanh Niên",
    ),
    Rule(
        "outlet_line", "source", "line", pattern=_OUTLET_ONLY, max_chars=40,
        description="A line that is only a known outlet's name or code ('Người Lao Động', '-สำนักข่าวไทย').",
        example="-สำนักข่าวไทย",
    ),
    Rule(
        "ad_label", "ad", "line",
        pattern=r"[-–—\s*]*(?:quảng\s+cáo|advertisement|advertising|sponsored(?:\s+(?:content|links?|posts?))?|tài\s+trợ|"
        r"nội\s+dung\s+(?:được\s+)?tài\s+trợ|bài\s+viết\s+(?:được\s+)?tài\s+trợ|โฆษณา|พื้นที่โฆษณา|ads?|pr)"
        r"[-–—\s*]*(?:\d+)?(?:\s*(?:ติดต่อ|liên\s+hệ|contact)\s*[:：]?\s*[+(]?\d[\d\s.\-()]{5,20})?",
        max_chars=60, description="An advertising slot label.", example="- Advertisement -",
    ),
    Rule(
        "subscribe_promo", "ad", "line",
        pattern=r"[-–—•*\s]*(?:(?:độc\s+giả|bạn\s+đọc|quý\s+(?:độc\s+giả|vị))\s+(?:có\s+thể\s+)?)?(?:đặt\s+mua|đăng\s+ký\s+mua)\s+"
        r"(?:báo|tạp\s+chí|ấn\s+phẩm|đặc\s+san|\S+\s+(?:số\s+mới|bản\s+in|ấn\s+phẩm)).{0,200}"
        r"|(?:đăng\s+ký|subscribe\s+to|sign\s+up\s+for)\s+(?:nhận\s+)?(?:bản\s+tin|newsletter|our\s+newsletter|email)\b.{0,150}"
        r"|สมัครรับ(?:จดหมายข่าว|ข่าวสารทางอีเมล|นิวส์เลตเตอร์).{0,150}"
        r"|subscribe\s+(?:รับ|nhận|to\s+get|for).{0,150}"
        r"|(?:สมัครสมาชิก|สมัครรับ|บอกรับ)(?:นิตยสาร|หนังสือพิมพ์|.{0,60}?(?:ฉบับพิมพ์|ฉบับดิจิทัล|e-?magazine)).{0,200}",
        max_chars=260, description="A print or digital subscription offer ('Độc giả đặt mua Tạp chí ...', "
        "'สมัครสมาชิก...ฉบับพิมพ์').", example="สมัครสมาชิกมติชนสุดสัปดาห์ ทั้งฉบับพิมพ์และฉบับดิจิทัล",
    ),
    Rule(
        "copyright", "footer", "line",
        pattern=r"(?:©|\(c\)|copyright|bản\s+quyền|all\s+rights\s+reserved|สงวนลิขสิทธิ์|ลิขสิทธิ์).{0,200}",
        max_chars=240, description="A copyright notice.", example="© Copyright 2021 VietnamPlus, TTXVN.",
    ),
    Rule(
        "copyright_tail", "footer", "line",
        contains=re.compile("ll Rights Reserved|ll rights reserved|LL RIGHTS RESERVED|สงวนลิขสิทธิ์|ản quyền|ẢN QUYỀN"),
        predicate=lambda line: _COPYRIGHT_TAIL.fullmatch(line) is not None, max_chars=240,
        description="A name, then its copyright ('The X. All Rights Reserved.', 'Báo X - Bản quyền thuộc về Y.').",
        example="The Momentum. All Rights Reserved.",
    ),
    Rule(
        "copyright_after_name", "footer", "line", contains=re.compile("©"),
        predicate=lambda line: line.find("©") <= 40, max_chars=120,
        description="A site name, then a copyright sign ('Brand Inside © 2025').", example="Brand Inside © 2025",
    ),
    Rule(
        "follow_prompt_en", "footer", "line",
        pattern=r"(?:follow|like|subscribe\s+to)\s+.{1,40}?\s+on\s+(?:facebook|instagram|tiktok|twitter|x|youtube|line|"
        r"google\s+news|threads|linkedin)\b.{0,80}",
        max_chars=140, description="An English follow prompt ('Follow X on Instagram and TikTok').",
        example="Follow The Matter on Instagram and TikTok",
    ),
)

#: Context rules of this pack; the engine runs them after the line rules of every pack.
CONTEXT_RULES: Final[tuple[Rule, ...]] = (
    Rule(
        "blog_share", "navigation", "context", max_chars=300, contains=re.compile("BlogThis!"),
        predicate=lambda page, i: _BLOG_SHARE.fullmatch(page.lines[i]) is not None,
        description="The share buttons of a Blogger page ('Email This BlogThis! Share to Twitter ...').",
        example="ส่งอีเมลข้อมูลนี้BlogThis!แชร์ไปที่ Twitterแชร์ไปที่ Facebook",
    ),
    Rule(
        "cookie_notice", "widget", "context", contains=re.compile("คุกกี้|cookie|Cookie|COOKIE"), max_chars=320,
        predicate=lambda page, i: not page.lines[i].rstrip().endswith((".", "!", "?")) or len(page.lines[i]) <= 200,
        description="A cookie notice or its settings button ('เว็บไซต์นี้ใช้คุกกี้...', 'Cookie settings').",
        example="เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งาน",
    ),
    Rule(
        "paywall", "ad", "context", contains=re.compile("สมาชิก|อ่านต่อ|thành viên|hội viên|tài khoản|đọc tiếp|ubscri|ember"),
        predicate=lambda page, i: _PAYWALL.search(page.lines[i]) is not None, max_chars=200,
        description="A paywall teaser and its buttons ('บทความนี้สงวนสิทธิ์สำหรับสมาชิก', 'Đã có tài khoản? Đăng nhập').",
        example="บทความนี้สงวนสิทธิ์สำหรับสมาชิก",
    ),
    Rule(
        "caption_source_credit", "caption", "context", contains=re.compile("guồn|GUỒN|ource|OURCE|ที่มา"),
        predicate=lambda page, i: _source_credit_caption(page.lines[i]), max_chars=170,
        description="A short line closed by its source in brackets, nothing after: a caption ('... (Nguồn: Reuters)').",
        example="Các Bộ trưởng chụp ảnh chung tại hội nghị. (Nguồn: Reuters)",
    ),
    Rule(
        "bare_count", "widget", "context", predicate=_bare_count,
        pattern=r"[👁💬❤♥]?\s*(?:\d+(?:[.,]\d+)?\s*[kKmM]\+?|\d{1,3}(?:[.,]\d{3})+)",
        max_chars=14, description="A view or like count alone ('1.5k', '12K', '3,426'); not a cell of a table "
        "between the story's paragraphs.", example="1.5k",
    ),
    Rule(
        "menu_line", "navigation", "context", predicate=_menu_line, max_chars=800,
        pattern=re.compile("[^0-9:：\"“”]{12,800}"),  # the cheap pre-check: no digit, colon or quote
        description="A site menu flattened on one line, among the first lines or after the body.",
        example="Trang chủ Chính trị Kinh tế Xã hội Văn hóa Thể thao",
        where="edges",
    ),
    Rule(
        "top_masthead", "footer", "context", predicate=_above_trail, max_chars=120,
        description="The site's name or tagline above the breadcrumb or menu at the top, when a headline "
        "follows the trail.",
        example="KhonKaenLink ข่าวขอนแก่น อัพเดททุกวัน",
        where="edges",
    ),
    Rule(
        "top_menu", "navigation", "context", predicate=_top_menu, max_chars=60,
        description="Menu items, a search box or a language switch above the breadcrumb at the top, when a "
        "headline follows the trail.",
        example="Tìm kiếm...",
    ),
    Rule(
        "top_slash_trail", "navigation", "context", predicate=_top_slash_trail, pattern=_SLASH_TRAIL, max_chars=80,
        contains=re.compile(" / "),
        description="Sections split by slashes among the first lines ('Chứng khoán / Doanh nghiệp niêm yết'): "
        "the breadcrumb.",
        example="Chứng khoán / Doanh nghiệp niêm yết",
        where="edges",
    ),
    Rule(
        "pipe_menu", "navigation", "context", predicate=_pipe_menu, pattern=re.compile(r"[^\d.!?:]*\|[^\d.!?]*"),
        contains=re.compile(r"\|"),
        max_chars=140,
        description="Four or more short items split by pipes among the first lines or after the body, not in a "
        "table: a menu ('Lịch mở thưởng | Sổ kết quả | Quay thử | Giải mã giấc mơ').",
        example="Giới thiệu | Liên hệ | Quảng cáo | Đặt báo",
        where="edges",
    ),
    Rule(
        "top_outlet_name", "footer", "context", predicate=_top_outlet_name, pattern=re.compile(r"[^\d]{1,40}"),
        max_chars=40, where="edges",
        description="A label above the headline that names the outlet itself ('Báo X điện tử', 'สำนักข่าว X'): "
        "the masthead.",
        example="BÁO THANH HÓA ĐIỆN TỬ",
    ),
    Rule(
        "section_label", "navigation", "context", predicate=_section_label, pattern=re.compile(r"[^\d]{1,40}"),
        max_chars=40,
        description="Short section labels above the headline ('Thế giới', 'ภูมิภาค'): the first kept lines, "
        "followed by a longer line that reads like a headline.",
        example="Thế giới",
    ),
    Rule(
        "section_under_title", "navigation", "context", predicate=_section_under_title, max_chars=40,
        pattern=re.compile(r"[^\d]{1,40}"),
        description="A known section name alone between the headline and the story.",
        example="ข่าวในประเทศ",
    ),
    Rule(
        "repeated_title", "duplicate", "context", predicate=_repeated_title, max_chars=400,
        description="The headline repeated in the body (an image alt text or a second title slot).",
        example="Mỹ và Hàn Quốc thảo luận về thúc đẩy hợp tác với ASEAN",
    ),
    Rule(
        "top_byline_name", "byline", "context", predicate=_top_byline, max_chars=60,
        description="A name alone right under the headline, before the first body paragraph: the writer.",
        example="Minh Châu",
    ),
    Rule(
        "caption_before_credit", "caption", "context", predicate=_before_credit, max_chars=250,
        description="A short line right above a credit-only line (no blank line between), not the title or "
        "lead: the caption text.",
        example="Toàn cảnh hội nghị",
    ),
    Rule(
        "repeated_paragraph", "duplicate", "context", predicate=_repeated_paragraph, max_chars=100_000,
        description="A paragraph (30+ characters) repeated exactly later in the article.",
    ),
    Rule(
        "end_source_theo", "source", "context", pattern=_THEO, predicate=_end_theo, max_chars=80,
        description="'Theo X' / '(theo X)' after the last body paragraph: the source outlet.",
        example="(theo baodientu.chinhphu.vn)",
        where="end",
    ),
    Rule(
        "end_citation", "source", "context", predicate=Page.from_body_end, max_chars=400,
        # "Tác giả. (2020). “Tên bài”. Tạp chí ...", "ชื่อ นามสกุล. (2561). ...": a reference list's entry
        pattern=re.compile(r"[^.()]{2,80}\.\s*\(\s*[\d๐-๙]{4}[a-z]?\s*\)\.?\s*\S.{2,320}"),
        description="A reference in author-date form after the last body paragraph ('Name. (2018). \"Title\". Journal').",
        example="Nguyễn Văn A. (2020). “Lịch sử thương cảng”. Tạp chí Nghiên cứu Lịch sử, số 5.",
        where="end",
    ),
    Rule(
        "end_contact", "footer", "context", predicate=Page.from_body_end, max_chars=300,
        pattern=r"(?:địa\s+chỉ|điện\s+thoại|đường\s+dây\s+nóng|hotline|email|e-mail|fax|tòa\s+soạn|trụ\s+sở|"
        r"ที่อยู่|โทร\.?|โทรศัพท์|โทรสาร|แฟกซ์|อีเมล|address|tel\.?|phone)\s*(?:[:：].{2,280}|[+(]?\d[\d\s().\-]{6,20}"
        r"(?:[|,;/].{0,200})?)",
        description="An address, telephone or e-mail line after the body: the contact footer.",
        example="Địa chỉ: Số 10, đường 1 tháng 5, TP. Vị Thanh - Điện thoại: 0293 3876 000",
        where="end",
    ),
    Rule(
        "end_contact_fields", "footer", "context", predicate=_contact_fields, max_chars=300,
        contains=re.compile("[:：@]"),  # (a field's colon or an e-mail address)
        description="Two contact fields or more on one line after the body ('Công ty X. Hotline: ... Email: ...').",
        example="Công ty Cổ phần X. Hotline: 1900 1234. Email: lienhe@example.vn",
        where="end",
    ),
    Rule(
        "end_address", "footer", "context", predicate=_end_address, max_chars=200, contains=_POSTCODE,
        description="A postal address with its postcode after the body: the organisation's footer.",
        example="88/21 ถนนติวานนท์ ตำบลตลาดขวัญ อำเภอเมือง จังหวัดนนทบุรี 11000",
        where="end",
    ),
    Rule(
        "end_headlines_after_name", "related", "context", predicate=_headlines_after_name, max_chars=200,
        description="Headlines that end the page right after the writer's name: related stories with no header.",
        example="Giá vàng chiều 11/3: Vàng nhẫn tăng vọt, vượt mốc 154 triệu đồng/lượng",
        where="end",
    ),
    Rule(
        "end_byline_name", "byline", "context", predicate=_end_byline, max_chars=80,
        # Pre-check: no Thai letter, and no closing '.', ':' or ',' unless after ')' (see byline_parts).
        pattern=re.compile(r"[^\u0e00-\u0e7f]*(?:[^.:,\u0e00-\u0e7f]|\)\.)"),
        description="A short line of capitalised names after the last body paragraph, maybe with '(Agency)' "
        "(one capitalised word alone is left to end_tags).",
        example="Lê Ánh (TTXVN/Vietnam+)",
        where="end",
    ),
    Rule(
        "byline_note", "byline", "context", predicate=_byline_note, pattern=r"[(\[][^()\[\]]{8,160}[)\]]\.?",
        max_chars=170, description="A line in brackets right after a byline at the end: the writer's affiliation.",
        example="(Chuyên gia tư vấn phát triển bền vững)",
        where="end",
    ),
    Rule(
        "end_outlet_name", "footer", "context", predicate=_end_outlet_name, max_chars=160,
        description="A line of a list at the end of the page that names the outlet, with or without a "
        "description ('Genk.vn - Kênh thông tin công nghệ'): the site's footer, not a headline.",
        example="Báo Quảng Ninh điện tử",
        where="end",
    ),
    Rule(
        "end_masthead", "footer", "context", predicate=_end_masthead, max_chars=120,
        description="A line in capitals after the last body paragraph: the outlet's masthead or motto.",
        example="BÁO ĐIỆN TỬ CỦA ĐẢNG CỘNG SẢN VIỆT NAM",
        where="end",
    ),
    Rule(
        "end_tag_list", "navigation", "context", predicate=_end_tag_list, contains=re.compile(",| / "),
        max_chars=200,
        description="A comma-separated list of short topics after the body: tags without a header.",
        example="ngộ độc thuốc, trẻ em, thuốc hạ huyết áp",
        where="end",
    ),
    Rule(
        "end_tags", "navigation", "context", predicate=_end_tags, max_chars=32,
        pattern=re.compile(r".*[^.!?:;,…\"”]"),  # pre-check: _short_label's ending
        description="A run of short labels at the very end, after the body and the byline: topic tags.",
        example="viện trợ",
        where="end",
    ),
)


_CODES: Final[str] = "|".join(re.escape(c) for c in sorted(LEAD_CODES, key=len, reverse=True))

#: Prefix rules: outlet tags opening the lead, in any language edition.
PREFIX_RULES: Final[tuple[Rule, ...]] = (
    Rule(
        "wire_dateline", "dateline", "prefix",
        # "NEW YORK, March 12, 2026 /PRNewswire/ -- ", "กรุงเทพฯ, 12 มีนาคม 2569 /PRNewswire/ -- "
        pattern=r"[^/\n]{2,80}?/\s*(?:PRNewswire|PR\s+Newswire|Business\s+Wire|GLOBE\s+NEWSWIRE|Globe\s+Newswire|"
        r"ACCESSWIRE|EQS-News|Kyodo\s+JBN|Xinhua|PRNewsfoto)(?:-[A-Za-z]+)*\s*/\s*(?:--|[-–—])\s*",
        max_chars=400,
        description="A press wire's place, date and name opening the lead ('Bangkok, 12 March 2026 /PRNewswire/ -- ').",
        example="กรุงเทพฯ, 12 มีนาคม 2569 /PRNewswire/ -- ",
    ),
    Rule(
        "lead_outlet_tag", "source", "prefix",
        pattern=rf"(?:(?:\(\s*[^()\s][^()\n]{{0,28}}\)|(?:{_CODES})|[A-ZĐ]{{2,6}}O(?![a-zđ]))\s*[-–—:]+\s*"
        r"|(?-i:[A-ZĐ][A-ZĐ&]{2,7})\.\s+(?=\S)"  # "TGVN. ": a code in capitals, closed by a full stop
        r"|(?-i:(?!(?:ASEAN|APEC|WTO|WHO|IMF|FDI|GDP|ODA|UBND|HĐND|EVN|USD|CEO|NATO|OPEC)\b)[A-ZĐ][A-ZĐ0-9]{1,5}(?:-[A-ZĐ0-9]{1,4})?"
        r"(?:\.VN|\s+Online)?)\s+[-–—]+\s+(?=[A-ZĐÀ-Ỹ])"  # "BBP - ", "QK7 Online - ", "TTH.VN - ": a short code
        r"|(?-i:\([A-ZĐ][A-ZĐ&]{1,6}\))\s+(?=[A-ZĐÀ-Ỹ])"  # "(BDO) ", "(NB&CL) ": a code in brackets, no dash
        r"|(?-i:[A-Z][A-Z0-9]{1,12}(?:\s[A-Z0-9]{2,10}){0,2})\s*[:：]\s+(?=[\u0e01-\u0e4e]))+",  # "BLUESKY NEWS : " before Thai
        max_chars=200,
        description="An outlet tag opening the lead: '(VOVWORLD) -', '(Dân trí) -', 'TPO - ', any code of "
        "capitals ending in O ('online': 'SGGPO - '), or capitals closed by a full stop ('TGVN. ').",
        example="(VOVWORLD) -",
    ),
)
