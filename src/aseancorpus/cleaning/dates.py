"""Dates as news articles write them: month-name tables and a small dateline parser.

Vietnamese leads open with a time of day and a day/month ("Chiều 10/7",
"Ngày 5/8", "Sáng 20/11", "Chiều 5.8"); Thai leads with "เช้าวันที่ 14 กรกฎาคม";
page furniture carries full dates with weekdays, often with Buddhist-era years
("วันพฤหัสบดีที่ 14 กรกฎาคม 2564"). The tables here are plain data so other
stages (entity values) can reuse them.

>>> d = parse_dateline("Chiều 10/7, tiếp tục chuỗi hoạt động")
>>> d.text, d.day, d.month, d.year
('Chiều 10/7', 10, 7, None)
>>> parse_dateline("วันพฤหัสบดีที่ 14 กรกฎาคม 2564").year
2021
>>> parse_dateline("Không có ngày tháng") is None
True
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from ..model import Dateline
from ._regex import Starts

__all__ = [
    "BUDDHIST_ERA_OFFSET",
    "DIGIT",
    "EN_MONTHS",
    "THAI_DIGITS",
    "THAI_MONTHS",
    "THAI_TIME_OF_DAY",
    "THAI_WEEKDAYS",
    "VI_MONTH_WORDS",
    "VI_TIME_OF_DAY",
    "VI_WEEKDAYS",
    "date_line",
    "normalize_year",
    "parse_dateline",
    "thai_digits_to_arabic",
]

#: Years above this are Buddhist-era (พ.ศ.) and are converted by subtracting 543.
BUDDHIST_ERA_OFFSET: Final[int] = 543

#: Thai month names, full and abbreviated, to month numbers.
THAI_MONTHS: Final[dict[str, int]] = {
    "มกราคม": 1, "ม.ค.": 1, "มค": 1,
    "กุมภาพันธ์": 2, "ก.พ.": 2, "กพ": 2,
    "มีนาคม": 3, "มี.ค.": 3, "มีค": 3,
    "เมษายน": 4, "เม.ย.": 4, "เมย": 4,
    "พฤษภาคม": 5, "พ.ค.": 5, "พค": 5,
    "มิถุนายน": 6, "มิ.ย.": 6, "มิย": 6,
    "กรกฎาคม": 7, "ก.ค.": 7, "กค": 7,
    "สิงหาคม": 8, "ส.ค.": 8, "สค": 8,
    "กันยายน": 9, "ก.ย.": 9, "กย": 9,
    "ตุลาคม": 10, "ต.ค.": 10, "ตค": 10,
    "พฤศจิกายน": 11, "พ.ย.": 11, "พย": 11,
    "ธันวาคม": 12, "ธ.ค.": 12, "ธค": 12,
}

#: Thai weekday names as they follow "วัน" ("วันพฤหัสบดี").
THAI_WEEKDAYS: Final[tuple[str, ...]] = (
    "จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "พฤหัสฯ", "พฤหัส", "ศุกร์", "เสาร์", "อาทิตย์",
)

#: Thai times of day that prefix "วันที่" in leads ("เช้าวันที่ 14 ...").
THAI_TIME_OF_DAY: Final[tuple[str, ...]] = (
    "เช้ามืด", "เช้า", "สาย", "เที่ยง", "บ่าย", "เย็น", "ค่ำ", "คืน", "ดึก", "เมื่อ", "ใน",
)

#: Vietnamese times of day that open a dateline ("Chiều 10/7").
VI_TIME_OF_DAY: Final[tuple[str, ...]] = (
    "Rạng sáng", "Sáng sớm", "Sáng", "Trưa", "Chiều tối", "Chiều", "Tối", "Đêm", "Khuya", "Ngày", "Hôm",
)

#: Vietnamese weekday names ("Thứ năm", "Chủ nhật").
VI_WEEKDAYS: Final[tuple[str, ...]] = (
    "Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật",
    "Thứ 2", "Thứ 3", "Thứ 4", "Thứ 5", "Thứ 6", "Thứ 7", "CN",
)

#: Vietnamese month words after "tháng" ("tháng Tám" = August).
VI_MONTH_WORDS: Final[dict[str, int]] = {
    "giêng": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6,
    "bảy": 7, "tám": 8, "chín": 9, "mười": 10, "mười một": 11, "một một": 11, "chạp": 12, "mười hai": 12,
}

#: English month names and abbreviations.
EN_MONTHS: Final[dict[str, int]] = {
    name: i
    for i, names in enumerate(
        (("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
         ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
         ("october", "oct"), ("november", "nov"), ("december", "dec")),
        start=1,
    )
    for name in names
}

#: Thai digits ๐-๙ to ASCII digits.
THAI_DIGITS: Final[dict[int, str]] = {0x0E50 + i: str(i) for i in range(10)}


def thai_digits_to_arabic(text: str) -> str:
    """Replace Thai digits with ASCII digits (same length, so offsets stay valid).

    .. versionadded:: 0.1.0

    >>> thai_digits_to_arabic("๑๔ ก.ค. ๒๕๖๔")
    '14 ก.ค. 2564'
    """
    return text.translate(THAI_DIGITS) if _THAI_DIGIT.search(text) is not None else text


def normalize_year(year: int, *, thai: bool = False) -> int:
    """A year in the Common Era: Buddhist-era and two-digit years converted.

    .. versionadded:: 0.1.0

    >>> normalize_year(2564), normalize_year(64, thai=True), normalize_year(21)
    (2021, 2021, 2021)
    """
    if year < 100:
        year += 2500 if thai else 2000
    if year > 2400:
        year -= BUDDHIST_ERA_OFFSET
    return year


def _alt(words: object) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # type: ignore[call-overload]


_TH_MONTH: Final[str] = _alt(THAI_MONTHS)
_EN_MONTH: Final[str] = _alt(EN_MONTHS)
_D: Final[str] = r"(?P<d>[0-3]?\d)"
_Y: Final[str] = r"(?P<y>\d{4}|\d{2})"
_TIME: Final[str] = (
    r"(?:[,\s\-–|]*\(?(?:(?:cập\s+nhật|updated?)(?:\s+lúc)?\s*[:：]?\s*|lúc\s*|เวลา\s*)?\d{1,2}[:.h]\d{2}(?::\d{2})?"
    r"(?:\s*(?:น\.|AM|PM|am|pm))?\)?"
    r"(?:\s*[(\[]?(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::\d{2})?[)\]]?|\s*\(?(?:ICT|GMT|UTC)\)?"
    r"|\s*\((?:เวลา|giờ\s+)[^()\d]{2,20}\))?)?"
    r"(?:\s*\|\s*\d{1,3}\s*(?:giờ|phút|ngày|ชั่วโมง|นาที|วัน)\s*(?:trước|ที่แล้ว|ago))?"  # "| 1 giờ trước"
    # "| อัปเดตล่าสุด 21.05 น.", "| Cập nhật 10:45": when it was last changed, after a pipe
    r"(?:\s*\|\s*(?:อัปเดต|อัพเดท|อัพเดต|ปรับปรุง|cập\s+nhật|updated?)(?:ล่าสุด|\s+lúc|\s+on)?\s*[:：]?\s*[^|]{1,40})?"
    # "Đăng ngày: 18/04/2026 - 11:32 Sửa đổi ngày: 18/04/2026 - 14:05": a second, labelled date
    r"(?:\s*[|\-–]?\s*(?:sửa\s+đổi|chỉnh\s+sửa|cập\s+nhật|updated?)(?:\s+ngày|\s+lúc)?\s*[:：]?\s*[\d/.:\s\-–]{4,30})?"
    r"(?:\s*\|\s*[^|\d]{1,30})?"  # "| Kinh tế": the section, after a pipe
    r"(?:\s*[|\-–]\s*(?:lượt\s+xem|views?|ผู้เข้าชม|เข้าชม)\s*[:：]?\s*[\d.,]+(?:\s*ครั้ง)?)?"  # "| Lượt xem: 412"
)

# Vietnamese lead dateline: "Chiều 10/7", "Ngày 5-8-2021", "Sáng 20.11", "Ngày 5 tháng 8".
_VI_LEAD: Final[re.Pattern[str]] = re.compile(
    rf"(?:{_alt(VI_TIME_OF_DAY)})(?:\s+(?:nay|qua|mai))?(?:\s+(?:ngày|hôm))?\s+{_D}"
    r"(?:\s*[/.\-]\s*(?P<m>[01]?\d)(?:\s*[/.\-]\s*" + _Y + r")?"
    r"|\s+tháng\s+(?P<mw>1[0-2]|0?[1-9]|[a-zà-ỹ]+(?: [a-zà-ỹ]+)?)(?:\s+năm\s+(?P<y2>\d{4}))?)",
    re.IGNORECASE,
)
# Thai lead dateline: "เช้าวันที่ 14 กรกฎาคม", "เมื่อวันที่ 5 ส.ค. 64", "วันที่ 14 ก.ค. 2564".
_TH_LEAD: Final[re.Pattern[str]] = re.compile(
    rf"(?:{_alt(THAI_TIME_OF_DAY)})?วัน(?:(?:{_alt(THAI_WEEKDAYS)})\s*)?ที่\s*{_D}\s*(?P<mn>{_TH_MONTH})"
    rf"(?:\s*(?:พ\.ศ\.|พ\.ศ|ค\.ศ\.)?\s*{_Y}(?!\d))?"
)
# Full date lines: weekday names, numeric dates with years, month names.
_VI_FULL: Final[re.Pattern[str]] = re.compile(
    rf"(?:(?:{_alt(VI_WEEKDAYS)})\s*[,\-–]?\s*)?(?:ngày\s*)?{_D}\s*[/.\-]\s*(?P<m>[01]?\d)\s*[/.\-]\s*(?P<y>\d{{4}})",
    re.IGNORECASE,
)
_TH_FULL: Final[re.Pattern[str]] = re.compile(
    rf"(?:(?:วัน)?(?:{_alt(THAI_WEEKDAYS)})(?:\s*ที่)?\s*,?\s*)?(?:วันที่\s*)?{_D}\s*(?P<mn>{_TH_MONTH})\s*(?:พ\.ศ\.\s*)?{_Y}(?!\d)"
)
# "14 tháng 3, 2026", "Thứ hai, ngày 5 tháng 8 năm 2021": the month as a word, in a date line
_VI_LONG: Final[re.Pattern[str]] = re.compile(  # (an official letter's "Đà Nẵng, ngày 16 tháng 3 năm 2026" too)
    rf"(?:[A-ZĐ][^\d,.:;!?]{{1,30}},\s*)?(?:(?:{_alt(VI_WEEKDAYS)})\s*[,\-–]?\s*)?(?:ngày\s*)?{_D}\s+tháng\s+(?P<m>1[0-2]|0?[1-9])\s*(?:,|\s+năm)?\s*(?P<y>\d{{4}})",
    re.IGNORECASE,
)
_EN_FULL: Final[re.Pattern[str]] = re.compile(
    rf"(?:[A-Z][a-z]+day,?\s*)?(?:(?P<mn>{_EN_MONTH})\.?\s+{_D}|(?P<d2>[0-3]?\d)\s+(?P<mn2>{_EN_MONTH})\.?)(?:,?\s*(?P<y>\d{{4}}))",
    re.IGNORECASE,
)

# A whole line that is only a date (with weekday, time, "Cập nhật:" label): page furniture.
_DATE_LABEL: Final[str] = (
    r"(?:(?:Cập nhật|Cập nhật lúc|Cập nhật ngày|Cập nhật lần cuối|Last updated|Ngày cập nhật|Ngày đăng tải|Đăng lúc|Đăng ngày|Ngày đăng|Thời gian|Xuất bản|Published on|Updated on|Posted on"
    r"|Published|Updated|Posted|Ngày hỏi|Ngày trả lời|Ngày gửi|Tin phát lúc|Tin phát"
    r"|เผยแพร่(?:ใน(?:ระบบ)?ออนไลน์|ออนไลน์)?(?:ครั้งแรก)?(?:เมื่อ)?|ปรับปรุง|ปรับปรุงล่าสุด|อัปเดต|อัพเดท|วันที่เผยแพร่|วันที่โพสต์|โพสต์เมื่อ|โพสต์|ประกาศ|วันที่ประกาศ|ลงวันที่|ข่าวประชาสัมพันธ์|วันที่ถาม|วันที่ตอบ|เมื่อ)"
    r"\s*(?:lúc|เมื่อ)?\s*[:：|]?\s*)?"
)


_THAI_DIGIT: Final[re.Pattern[str]] = re.compile("[\u0e50-\u0e59]")
#: An ASCII or Thai digit (a date line holds one: the cheap pre-check of date-line rules).
DIGIT: Final[re.Pattern[str]] = re.compile(r"[0-9\u0e50-\u0e59]")
_THAI: Final[re.Pattern[str]] = re.compile(r"[\u0e00-\u0e7f]")
_YEARISH: Final[re.Pattern[str]] = re.compile(r"\d{4}")


def _month_word(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return VI_MONTH_WORDS.get(word.lower())


def _valid(day: int | None, month: int | None) -> bool:
    return (day is None or 1 <= day <= 31) and (month is None or 1 <= month <= 12)


def _from_match(m: re.Match[str], *, thai: bool) -> Dateline | None:
    groups = m.groupdict()
    d = groups.get("d") or groups.get("d2")
    day = int(d) if d else None
    month: int | None = None
    if groups.get("m"):
        month = int(groups["m"])
    elif groups.get("mw"):
        month = _month_word(groups["mw"])
    elif groups.get("mn"):
        name = groups["mn"]
        month = THAI_MONTHS.get(name) or EN_MONTHS.get(name.lower())
    elif groups.get("mn2"):
        month = EN_MONTHS.get(groups["mn2"].lower())
    y = groups.get("y") or groups.get("y2")
    year = normalize_year(int(y), thai=thai) if y else None
    if month is None or not _valid(day, month):
        return None
    return Dateline(text=m.group().strip(), day=day, month=month, year=year)


def parse_dateline(text: str, *, search_chars: int = 80) -> Dateline | None:
    """Find the dateline an article opens with, within its first ``search_chars`` characters.

    .. versionadded:: 0.1.0

    Vietnamese ("Ngày 5/8", "Chiều 5.8", "Sáng 20/11/2021") and Thai
    ("เช้าวันที่ 14 กรกฎาคม", "วันพฤหัสบดีที่ 14 กรกฎาคม 2564") forms are
    understood; Buddhist-era years and Thai digits are converted.

    Args:
        text: A lead paragraph or a date line.
        search_chars: How far into ``text`` the dateline may start.

    Returns:
        The :class:`~aseancorpus.model.Dateline`, or ``None`` when there is none.

    >>> parse_dateline("(VOVWORLD) -เช้าวันที่ 14 กรกฎาคม นาย บุ่ยแทงเซิน").day
    14
    >>> parse_dateline("Chiều 5.8, tại Phnom Penh").month
    8
    """
    digit = DIGIT.search(text, 0, search_chars + 40)
    if digit is None:
        return None
    head = thai_digits_to_arabic(text[: digit.start() + 40])
    thai = _THAI.search(head, 0, search_chars) is not None
    patterns = (_TH_LEAD, _TH_FULL) if thai else (_VI_LEAD, _VI_FULL, _EN_FULL)
    best: Dateline | None = None
    best_pos = search_chars + 1
    first = digit.start()
    lo = max(0, first - 35)  # no dateline starts further than this before its day number
    for pattern in patterns:
        m = pattern.search(head, lo)
        if m is None or m.start() > search_chars or m.start() >= best_pos:
            continue
        found = _from_match(m, thai=thai)
        if found is not None:
            best, best_pos = found, m.start()
            if m.start() <= first:  # it holds the first number of the text: nothing can beat it
                break
    if best is not None and best.text != text[best_pos : best_pos + len(best.text)]:
        # Thai digits were converted: report the dateline as written.
        best = Dateline(text=text[best_pos : best_pos + len(best.text)], day=best.day, month=best.month,
                        year=best.year)
    return best


_ISO: Final[re.Pattern[str]] = re.compile(
    r"(?:[A-Z][a-z]{2,8},?\s*)?(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)"  # "Thu, 2025-05-15 13:27" (Drupal)
)
_DATE_ONLY: Final[tuple[re.Pattern[str], ...]] = (*tuple(re.compile(rf"{_DATE_LABEL}(?:{p.pattern}){_TIME}\s*[,.]?", p.flags) for p in (_VI_FULL, _TH_FULL, _EN_FULL, _ISO, _VI_LONG)), re.compile(rf"{_DATE_LABEL}(?:(?:{_alt(VI_WEEKDAYS)})\s*,?\s*)?\d{{1,2}}[:.h]\d{{2}}(?:\s*(?:น\.|AM|PM|SA|CH))?\s*[,\-–|·•]?\s*(?:{_VI_FULL.pattern})(?:\s*\(?GMT\s*[+-]\s*\d{{1,2}}(?::\d{{2}})?\)?)?", re.IGNORECASE))


@lru_cache(maxsize=1)
def _date_starts() -> Starts:
    """What a line the date-only patterns match can start with."""
    return Starts(_DATE_ONLY)


def date_line(line: str) -> Dateline | None:
    """Parse ``line`` when it is nothing but a date (and maybe a weekday, time or label).

    .. versionadded:: 0.1.0

    Such lines are page furniture ("Thứ năm, 14/7/2021, 10:30 (GMT+7)",
    "วันพฤหัสบดีที่ 14 กรกฎาคม 2564", "Cập nhật: 10:30 14/07/2021").

    >>> date_line("Thứ năm, 14/7/2021, 10:30 (GMT+7)").year
    2021
    >>> date_line("วันพฤหัสบดีที่ 14 กรกฎาคม 2564 เวลา 10.30 น.").month
    7
    >>> date_line("Ngày 5/8, hai bên họp trực tuyến.") is None
    True
    """
    if len(line) > 120 or DIGIT.search(line) is None:
        return None
    if _YEARISH.search(line) is None and _THAI.search(line) is None:
        return None  # the test below, before the copy: Thai digits are digits too, and Thai text stays Thai
    text = thai_digits_to_arabic(line.strip())
    thai = _THAI.search(text) is not None
    if not thai and _YEARISH.search(text) is None:  # a date line has a year (Thai ones may use two digits)
        return None
    if not _date_starts().admits(text):
        return None  # no date pattern can start like this
    for pattern in _DATE_ONLY:
        m = pattern.fullmatch(text)
        if m is not None:
            found = _from_match(m, thai=thai)
            if found is not None:
                return Dateline(text=line.strip(), day=found.day, month=found.month, year=found.year)
    return None
