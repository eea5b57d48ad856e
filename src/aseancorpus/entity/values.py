"""Money, quantities and dates written in Vietnamese, Thai or English news.

Amounts are :class:`~decimal.Decimal`, never floats. Numbers follow the writing
convention of the language: Vietnamese groups thousands with dots and writes
decimals with a comma ("1.347", "2,5 tỷ"); Thai and English do the reverse.
Thai digits (๑๒๓) are read like Arabic ones. A range ("10-20 triệu USD") sets
``high``.

>>> [(e.text, e.value) for e in find_values("Mỹ hỗ trợ 87 triệu USD", lang="vi")]
[('87 triệu USD', Money(amount=Decimal('87000000'), currency='USD', high=None))]
>>> find_values("รวม 500 ล้านโดส", lang="th")[0].value
Quantity(amount=Decimal('500000000'), unit='dose', high=None)
>>> find_values("ปีงบประมาณ พ.ศ. 2564", lang="th")[0].value
PartialDate(year=2021, month=None, day=None)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from decimal import Decimal, InvalidOperation
from typing import Final

from ..cleaning.dates import THAI_MONTHS
from ..errors import InvalidArgument
from ..model import Entity, EntityValue, Money, PartialDate, Quantity

__all__ = [
    "CURRENCIES",
    "SCALES",
    "UNITS",
    "find_values",
    "parse_number",
]

_THAI_DIGITS: Final = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
_D: Final = "0-9๐-๙"
_NUM: Final = rf"[{_D}]+(?:[.,][{_D}]+)*"
_LATIN_END: Final = r"(?![A-Za-z\u00c0-\u024f\u1e00-\u1eff0-9])"

#: Words that multiply a number, by language-neutral surface form.
SCALES: Final[dict[str, int]] = {
    # Vietnamese
    "nghìn tỷ": 10**12, "nghìn tỉ": 10**12, "ngàn tỷ": 10**12, "ngàn tỉ": 10**12,
    "tỷ": 10**9, "tỉ": 10**9, "triệu": 10**6, "nghìn": 10**3, "ngàn": 10**3,
    # Thai
    "ล้านล้าน": 10**12, "แสนล้าน": 10**11, "หมื่นล้าน": 10**10, "พันล้าน": 10**9,
    "ร้อยล้าน": 10**8, "ล้าน": 10**6, "แสน": 10**5, "หมื่น": 10**4, "พัน": 10**3,
    # English
    "trillion": 10**12, "billion": 10**9, "bn": 10**9, "million": 10**6, "mn": 10**6, "thousand": 10**3,
}  # fmt: skip

#: Currency words and symbols, mapped to ISO 4217 codes.
CURRENCIES: Final[dict[str, str]] = {
    "USD": "USD", "US$": "USD", "$": "USD", "đô la Mỹ": "USD", "đô-la Mỹ": "USD", "đôla Mỹ": "USD",
    "đô la": "USD", "đô-la": "USD", "đôla": "USD", "US dollars": "USD", "dollars": "USD",
    "ดอลลาร์สหรัฐฯ": "USD", "ดอลลาร์สหรัฐ": "USD", "เหรียญสหรัฐฯ": "USD", "เหรียญสหรัฐ": "USD",
    "ดอลลาร์": "USD",
    "VND": "VND", "VNĐ": "VND", "đồng": "VND", "ดอง": "VND",
    "THB": "THB", "baht": "THB", "bạt": "THB", "บาท": "THB",
    "EUR": "EUR", "euro": "EUR", "€": "EUR", "ยูโร": "EUR",
    "JPY": "JPY", "yên": "JPY", "yen": "JPY", "เยน": "JPY",
    "CNY": "CNY", "nhân dân tệ": "CNY", "yuan": "CNY", "หยวน": "CNY",
    "KRW": "KRW", "won": "KRW", "วอน": "KRW",
    "SGD": "SGD", "đô la Singapore": "SGD", "ดอลลาร์สิงคโปร์": "SGD",
    "AUD": "AUD", "đô la Úc": "AUD", "ดอลลาร์ออสเตรเลีย": "AUD",
    "GBP": "GBP", "£": "GBP", "bảng Anh": "GBP", "ปอนด์": "GBP",
    "MYR": "MYR", "ringgit": "MYR", "ริงกิต": "MYR",
    "LAK": "LAK", "kip": "LAK", "กีบ": "LAK",
    "KHR": "KHR", "riel": "KHR", "เรียล": "KHR",
    "IDR": "IDR", "rupiah": "IDR", "รูเปียห์": "IDR",
}  # fmt: skip

#: Unit words of quantities, mapped to a unit name.
UNITS: Final[dict[str, str]] = {
    "liều vaccine": "dose", "liều vắc-xin": "dose", "liều vắc xin": "dose", "liều": "dose",
    "โดส": "dose", "doses": "dose", "dose": "dose",
    "tấn": "tonne", "ตัน": "tonne", "tonnes": "tonne", "tons": "tonne",
    "km": "km", "กิโลเมตร": "km", "กม.": "km", "kg": "kg", "กิโลกรัม": "kg",
    "ha": "hectare", "hecta": "hectare", "héc-ta": "hectare", "hectares": "hectare",
    "người": "person", "คน": "person", "people": "person",
    "thùng": "barrel", "บาร์เรล": "barrel", "barrels": "barrel",
    "MW": "MW", "เมกะวัตต์": "MW",
    "%": "percent", "phần trăm": "percent", "เปอร์เซ็นต์": "percent", "percent": "percent",
}  # fmt: skip

_PREFIXES: Final[dict[str, str]] = {"US$": "USD", "$": "USD", "€": "EUR", "£": "GBP"}


def _alternation(words: Iterable[str]) -> str:
    parts = []
    for w in sorted(words, key=len, reverse=True):
        esc = re.escape(w)
        parts.append(esc + _LATIN_END if re.search(r"[A-Za-z\u00c0-\u1eff]$", w) else esc)
    return "|".join(parts)


_SP: Final = r"[ \u00a0]?"
_RANGE: Final = rf"(?:{_SP}[-–]{_SP}|\s+(?:đến|tới|to|ถึง)\s+)"
# Patterns start with a digit so the regex engine can skip ahead fast; a currency
# symbol before the number ("US$87 million") is looked up behind the match.
_AMOUNT_RE: Final = re.compile(
    rf"(?P<a>[{_D}](?<![{_D}.,A-Za-z\u00c0-\u024f\u1e00-\u1eff][{_D}])[{_D}]*(?:[.,][{_D}]+)*)(?:{_RANGE}(?P<b>{_NUM}))?"
    rf"(?:{_SP}(?P<scale>{_alternation(SCALES)}))?"
    rf"(?:{_SP}(?:(?P<cur>{_alternation(CURRENCIES)})|(?P<unit>{_alternation(UNITS)})))?",
    re.IGNORECASE,
)
_PREFIX_RE: Final = re.compile(
    rf"(?:{'|'.join(map(re.escape, sorted(_PREFIXES, key=len, reverse=True)))}){_SP}$"
)
_SCALES_LOWER: Final = {k.lower(): v for k, v in SCALES.items()}
_CURRENCIES_LOWER: Final = {k.lower(): v for k, v in CURRENCIES.items()}
_UNITS_LOWER: Final = {k.lower(): v for k, v in UNITS.items()}

# -- dates -------------------------------------------------------------------------

# One Thai month table for the whole package (cleaning's datelines use it too): full
# names here, and the dotted abbreviations ("พ.ย."), which may carry a two-digit BE year.
# The undotted abbreviations ("พย") are too ambiguous in running text.
_TH_MONTHS: Final[dict[str, int]] = {k: v for k, v in THAI_MONTHS.items() if len(k) > 4 and "." not in k}
_TH_MONTHS_ABBR: Final[dict[str, int]] = {k: v for k, v in THAI_MONTHS.items() if "." in k}
_EN_MONTHS: Final[dict[str, int]] = {
    m: i
    for i, names in enumerate(
        (("January", "Jan."), ("February", "Feb."), ("March", "Mar."), ("April", "Apr."), ("May",),
         ("June", "Jun."), ("July", "Jul."), ("August", "Aug."), ("September", "Sept.", "Sep."),
         ("October", "Oct."), ("November", "Nov."), ("December", "Dec.")),
        1,
    )
    for m in names
}  # fmt: skip

_N2: Final = rf"[{_D}]{{1,2}}"
_N4: Final = rf"[{_D}]{{4}}"
# A first digit not inside a longer number; the digit comes first so the regex engine can skip ahead fast.
_D1: Final = rf"[{_D}](?<![{_D}.,/][{_D}])"
_NA: Final = rf"(?![{_D}%]|[.,/][{_D}])"  # not followed by more number
_VI_CUE: Final = r"(?:sáng|chiều|tối|trưa|đêm|hôm)"
_TH_M: Final = "|".join(map(re.escape, sorted(_TH_MONTHS, key=len, reverse=True)))
_TH_MA: Final = "|".join(map(re.escape, sorted(_TH_MONTHS_ABBR, key=len, reverse=True)))
_EN_M: Final = "|".join(map(re.escape, sorted(_EN_MONTHS, key=len, reverse=True)))


def _int(s: str | None) -> int | None:
    return int(s.translate(_THAI_DIGITS)) if s else None


def _th_year(s: str | None, era: str | None = None, *, two_digit_be: bool = False) -> int | None:
    """A Thai-written year in the Common Era: 4-digit BE years (> 2400) lose 543."""
    y = _int(s)
    if y is None:
        return None
    if s is not None and len(s) == 2:
        return 2500 + y - 543 if two_digit_be else None
    if era == "ค.ศ.":
        return y
    return y - 543 if (era == "พ.ศ." or y > 2400) else y


def _date(year: int | None, month: int | None, day: int | None) -> PartialDate | None:
    if month is not None and not 1 <= month <= 12:
        return None
    if day is not None and not 1 <= day <= 31:
        return None
    if year is not None and not 1000 <= year <= 2999:
        return None
    return PartialDate(year, month, day)


# A date rule: the pattern (starting with a digit where possible), a cue that may
# precede it ("ngày ", "วันที่") and is then part of the span, whether that cue (or a
# time-of-day word such as "Chiều ") is required, and the function building the date.
_DateRule = tuple[
    "re.Pattern[str]", "re.Pattern[str] | None", bool, Callable[["re.Match[str]"], PartialDate | None]
]
_CUE_VI: Final = re.compile(r"(?i)ngày\s+$")
_CUE_NUM: Final = re.compile(r"(?i)(?:ngày\s+|วันที่\s*)$")
_CUE_TH: Final = re.compile(r"วันที่\s*$")
_TIME_OF_DAY: Final = re.compile(rf"(?i)\b{_VI_CUE}\s+$")

_DATE_RULES: Final[tuple[_DateRule, ...]] = (
    # Vietnamese "ngày 14 tháng 12 năm 2020", "tháng 12/2020", "tháng 7", "năm 2025"
    (
        re.compile(rf"(?i)(?P<d>{_D1}[{_D}]?)\s+tháng\s+(?P<m>{_N2})(?:\s+năm\s+(?P<y>{_N4}))?{_NA}"),
        _CUE_VI,
        False,
        lambda m: _date(_int(m["y"]), _int(m["m"]), _int(m["d"])),
    ),
    (
        re.compile(rf"(?i)tháng\s+(?P<m>{_N2})(?:\s*(?:/|năm)\s*(?P<y>{_N4}))?{_NA}"),
        None,
        False,
        lambda m: _date(_int(m["y"]), _int(m["m"]), None),
    ),
    (re.compile(rf"(?i)năm\s+(?P<y>{_N4}){_NA}"), None, False, lambda m: _date(_int(m["y"]), None, None)),
    # Numeric day/month[/year]: "5/8", "ngày 14/12", "14/12/2020"; "5.8" or "5-8" only after a cue word.
    (
        re.compile(rf"(?P<d>{_D1}[{_D}]?)/(?P<m>{_N2})(?:/(?P<y>{_N4}|[{_D}]{{2}}))?{_NA}"),
        _CUE_NUM,
        False,
        lambda m: _date(
            _th_year(m["y"]) if m["y"] and len(m["y"]) == 4 else None, _int(m["m"]), _int(m["d"])
        ),
    ),
    (
        re.compile(rf"(?P<d>{_D1}[{_D}]?)[.-](?P<m>{_N2})(?:[.-](?P<y>{_N4}))?{_NA}"),
        _CUE_VI,
        True,
        lambda m: _date(_int(m["y"]), _int(m["m"]), _int(m["d"])),
    ),
    # Thai "วันที่ 14 กรกฎาคม 2564", "13 พ.ย. 60", "เดือนกรกฎาคม", "พ.ศ. 2564", "ปี 2564"
    (
        re.compile(
            rf"(?P<d>{_D1}[{_D}]?)\s*(?P<mon>{_TH_M})(?:\s*(?P<era>พ\.ศ\.|ค\.ศ\.)?\s*(?P<y>{_N4}){_NA})?"
        ),
        _CUE_TH,
        False,
        lambda m: _date(_th_year(m["y"], m["era"]), _TH_MONTHS[m["mon"]], _int(m["d"])),
    ),
    (
        re.compile(
            rf"(?P<d>{_D1}[{_D}]?)\s*(?P<mon>{_TH_MA})"
            rf"(?:\s*(?P<era>พ\.ศ\.|ค\.ศ\.)?\s*(?P<y>{_N4}|[{_D}]{{2}}){_NA})?"
        ),
        _CUE_TH,
        False,
        lambda m: _date(
            _th_year(m["y"], m["era"], two_digit_be=True), _TH_MONTHS_ABBR[m["mon"]], _int(m["d"])
        ),
    ),
    (
        re.compile(rf"เดือน\s*(?P<mon>{_TH_M})(?:\s*(?P<era>พ\.ศ\.|ค\.ศ\.)?\s*(?P<y>{_N4}){_NA})?"),
        None,
        False,
        lambda m: _date(_th_year(m["y"], m["era"]), _TH_MONTHS[m["mon"]], None),
    ),
    (
        re.compile(rf"(?P<era>พ\.ศ\.|ค\.ศ\.|ปี)\s*(?P<y>{_N4}){_NA}"),
        None,
        False,
        lambda m: _date(_th_year(m["y"], None if m["era"] == "ปี" else m["era"]), None, None),
    ),
    # English "5 August 2020", "August 5, 2020"
    (
        re.compile(rf"(?P<d>{_D1}[{_D}]?)\s+(?P<mon>{_EN_M})(?:\s+(?P<y>{_N4}))?\b"),
        None,
        False,
        lambda m: _date(_int(m["y"]), _EN_MONTHS[m["mon"]], _int(m["d"])),
    ),
    (
        re.compile(rf"(?P<mon>{_EN_M})\s+(?P<d>{_N2})(?:,\s+(?P<y>{_N4}))?{_NA}"),
        None,
        False,
        lambda m: (
            None
            if m.start() and m.string[m.start() - 1].isalpha()
            else _date(_int(m["y"]), _EN_MONTHS[m["mon"]], _int(m["d"]))
        ),
    ),
)


def parse_number(text: str, *, lang: str | None = None) -> Decimal:
    """Read a written number, following the language's separators.

    .. versionadded:: 0.1.0

    Args:
        text: Digits (Arabic or Thai) with optional ``.``/``,`` separators.
        lang: ``"vi"`` reads ``.`` as the thousands separator and ``,`` as the
            decimal mark; any other language the reverse.

    Raises:
        InvalidArgument: If ``text`` is not a number.

    >>> parse_number("1.347", lang="vi"), parse_number("2,5", lang="vi")
    (Decimal('1347'), Decimal('2.5'))
    >>> parse_number("1,347.5", lang="th"), parse_number("๑๒๓")
    (Decimal('1347.5'), Decimal('123'))
    """
    s = text.translate(_THAI_DIGITS).strip()
    if not re.fullmatch(r"[0-9]+(?:[.,][0-9]+)*", s):
        raise InvalidArgument(f"{text!r} is not a number (digits with optional '.' or ',' separators)")
    dec_mark = "," if lang == "vi" else "."
    if "." in s and "," in s:
        dec = "." if s.rfind(".") > s.rfind(",") else ","
        s = s.replace("," if dec == "." else ".", "").replace(dec, ".")
    elif "." in s or "," in s:
        sep = "." if "." in s else ","
        groups = s.split(sep)
        thousands = len(groups) > 2 or (sep != dec_mark and len(groups[1]) == 3)
        s = "".join(groups) if thousands else s.replace(sep, ".")
    try:
        return Decimal(s)
    except InvalidOperation:  # pragma: no cover - guarded by the regex above
        raise InvalidArgument(f"{text!r} is not a number") from None


def _integral(d: Decimal) -> Decimal:
    return d.quantize(Decimal(1)) if d == d.to_integral_value() else d.normalize()


def _amount_value(m: re.Match[str], pre: str | None, lang: str | None) -> EntityValue:
    cur, unit = m["cur"], m["unit"]
    if not (pre or cur or unit):
        return None
    scale = Decimal(_SCALES_LOWER[m["scale"].lower()]) if m["scale"] else Decimal(1)
    low = _integral(parse_number(m["a"], lang=lang) * scale)
    high = _integral(parse_number(m["b"], lang=lang) * scale) if m["b"] else None
    if high is not None and high < low:
        return None
    if unit and not pre:
        return Quantity(low, _UNITS_LOWER[unit.lower()], high)
    code = _PREFIXES[pre] if pre else _CURRENCIES_LOWER[cur.lower()]
    return Money(low, code, high)


def find_values(text: str, *, lang: str | None = None) -> list[Entity]:
    """Money, quantities and dates in ``text``, in text order, without overlaps.

    .. versionadded:: 0.1.0

    Args:
        text: Any text; offsets index into it.
        lang: Language of the text, for number separators (``"vi"``: "1.347"
            is one thousand three hundred forty-seven). ``None`` reads
            numbers the English way.

    Returns:
        Entities labelled ``MONEY``, ``QUANTITY`` or ``DATE`` with ``value``
        set and ``origin="pattern"``.

    Raises:
        InvalidArgument: If ``text`` is not a string.

    >>> [(e.text, e.value) for e in find_values("Chiều 10/7, năm 2025", lang="vi")]
    [('10/7', PartialDate(year=None, month=7, day=10)), ('năm 2025', PartialDate(year=2025, month=None, day=None))]
    """
    if not isinstance(text, str):
        raise InvalidArgument(f"text must be a str, not {type(text).__name__}")
    cands: list[tuple[int, int, str, EntityValue]] = []
    for m in _AMOUNT_RE.finditer(text):
        start = m.start()
        before = _PREFIX_RE.search(text, max(0, start - 4), start) if start else None
        if before is None and not (m["cur"] or m["unit"]):
            continue
        try:
            value = _amount_value(m, before.group().strip() if before else None, lang)
        except InvalidArgument:
            continue
        if value is not None:
            label = "QUANTITY" if isinstance(value, Quantity) else "MONEY"
            cands.append((before.start() if before else start, m.end(), label, value))
    for pattern, cue, cue_needed, build in _DATE_RULES:
        for m in pattern.finditer(text):
            start = m.start()
            lead = cue.search(text, max(0, start - 12), start) if cue is not None else None
            if cue_needed and lead is None and _TIME_OF_DAY.search(text, max(0, start - 12), start) is None:
                continue
            date = build(m)
            if date is not None:
                cands.append((lead.start() if lead else start, m.end(), "DATE", date))
    cands.sort(key=lambda c: (c[0] - c[1], c[0]))
    taken = bytearray(len(text))
    out: list[Entity] = []
    for start, end, label, value in cands:
        if taken.find(1, start, end) != -1:
            continue
        taken[start:end] = b"\x01" * (end - start)
        out.append(Entity(text[start:end], start, end, label, None, None, value, "pattern"))
    out.sort(key=lambda e: e.start)
    return out
