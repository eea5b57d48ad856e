"""Money, quantities and dates: exact Decimal values, separators, Thai digits, eras, ranges."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aseancorpus.entity.values import find_values, parse_number
from aseancorpus.errors import InvalidArgument
from aseancorpus.model import Money, PartialDate, Quantity
from strategies import news_text

D = Decimal


@pytest.mark.parametrize(
    ("text", "lang", "surface", "value"),
    [
        ("Mỹ hỗ trợ khoảng 87 triệu USD cho", "vi", "87 triệu USD", Money(D(87_000_000), "USD")),
        ("đạt hơn 450 tỷ USD", "vi", "450 tỷ USD", Money(D(450_000_000_000), "USD")),
        ("สงวนเงิน 96 ล้านดอลลาร์สหรัฐเพื่อ", "th", "96 ล้านดอลลาร์สหรัฐ", Money(D(96_000_000), "USD")),
        ("รวม 500 ล้านโดสให้แก่", "th", "500 ล้านโดส", Quantity(D(500_000_000), "dose")),
        ("có 1.347 người", "vi", "1.347 người", Quantity(D(1347), "person")),
        ("vốn 2,5 tỷ đồng", "vi", "2,5 tỷ đồng", Money(D(2_500_000_000), "VND")),
        ("งบ ๑๒๓ ล้านบาท", "th", "๑๒๓ ล้านบาท", Money(D(123_000_000), "THB")),
        ("งบ 1,250 ล้านบาท", "th", "1,250 ล้านบาท", Money(D(1_250_000_000), "THB")),
        ("từ 10-20 triệu USD", "vi", "10-20 triệu USD", Money(D(10_000_000), "USD", D(20_000_000))),
        ("10 đến 20 triệu USD", "vi", "10 đến 20 triệu USD", Money(D(10_000_000), "USD", D(20_000_000))),
        ("a US$87 million grant", "en", "US$87 million", Money(D(87_000_000), "USD")),
        ("$2.5 billion", "en", "$2.5 billion", Money(D(2_500_000_000), "USD")),
        ("tăng 2,5%", "vi", "2,5%", Quantity(D("2.5"), "percent")),
        ("3 triệu liều vắc-xin", "vi", "3 triệu liều vắc-xin", Quantity(D(3_000_000), "dose")),
        ("Ngày 5/8, hai bên", "vi", "Ngày 5/8", PartialDate(None, 8, 5)),
        ("5/8", "vi", "5/8", PartialDate(None, 8, 5)),
        ("họp ngày 14/12", "vi", "ngày 14/12", PartialDate(None, 12, 14)),
        ("Chiều 10/7, tiếp tục", "vi", "10/7", PartialDate(None, 7, 10)),
        ("Chiều 5.8, tại Phnom Penh", "vi", "5.8", PartialDate(None, 8, 5)),
        ("ngày 14/12/2020", "vi", "ngày 14/12/2020", PartialDate(2020, 12, 14)),
        ("ngày 2 tháng 9 năm 1945", "vi", "ngày 2 tháng 9 năm 1945", PartialDate(1945, 9, 2)),
        ("trong năm 2025", "vi", "năm 2025", PartialDate(2025)),
        ("tháng 12/2020", "vi", "tháng 12/2020", PartialDate(2020, 12)),
        ("เช้าวันที่ 14 กรกฎาคม นาย", "th", "วันที่ 14 กรกฎาคม", PartialDate(None, 7, 14)),
        ("14 กรกฎาคม", "th", "14 กรกฎาคม", PartialDate(None, 7, 14)),
        ("เมื่อ 13 พ.ย. 60 ที่ผ่านมา", "th", "13 พ.ย. 60", PartialDate(2017, 11, 13)),
        ("ปีงบประมาณ พ.ศ. 2564", "th", "พ.ศ. 2564", PartialDate(2021)),
        ("วันที่ ๑๔ กรกฎาคม ๒๕๖๔", "th", "วันที่ ๑๔ กรกฎาคม ๒๕๖๔", PartialDate(2021, 7, 14)),
        ("ค.ศ. 2021", "th", "ค.ศ. 2021", PartialDate(2021)),
        ("on 5 August 2020", "en", "5 August 2020", PartialDate(2020, 8, 5)),
        ("on August 5, 2020", "en", "August 5, 2020", PartialDate(2020, 8, 5)),
    ],
)
def test_values(text: str, lang: str, surface: str, value: object) -> None:
    found = find_values(text, lang=lang)
    hits = [e for e in found if e.text == surface]
    assert hits, found
    e = hits[0]
    assert text[e.start : e.end] == surface
    assert e.value == value
    assert e.origin == "pattern"
    amount = getattr(e.value, "amount", None)
    assert amount is None or isinstance(amount, Decimal)


@pytest.mark.parametrize(
    "text",
    [
        "giai đoạn 2021-2025",
        "hội nghị lần thứ 33",
        "AMM - 55",
        "tỷ lệ 31/45 ý kiến",
        "Chiều 35/13",
        "phiên bản 5.8",
    ],
)
def test_no_value(text: str) -> None:
    assert find_values(text, lang="vi") == []


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("1.347", "vi", D(1347)), ("2,5", "vi", D("2.5")), ("1.234.567", "vi", D(1234567)),
        ("1.234,5", "vi", D("1234.5")), ("2.5", "vi", D("2.5")), ("1,347", "th", D(1347)),
        ("1,347.25", "en", D("1347.25")), ("2.5", "th", D("2.5")), ("๒๕๖๔", "th", D(2564)),
    ],
)  # fmt: skip
def test_parse_number(text: str, lang: str, value: Decimal) -> None:
    assert parse_number(text, lang=lang) == value


def test_parse_number_rejects_non_numbers() -> None:
    with pytest.raises(InvalidArgument, match="'abc'"):
        parse_number("abc")


def test_find_values_rejects_non_text() -> None:
    with pytest.raises(InvalidArgument):
        find_values(b"87 USD")  # type: ignore[arg-type]


@given(
    n=st.integers(min_value=1, max_value=999),
    scale=st.sampled_from([("triệu", 10**6), ("tỷ", 10**9), ("nghìn", 10**3)]),
    cur=st.sampled_from([("USD", "USD"), ("đồng", "VND"), ("euro", "EUR")]),
)
def test_vietnamese_money_round_trip(n: int, scale: tuple[str, int], cur: tuple[str, str]) -> None:
    text = f"khoảng {n} {scale[0]} {cur[0]} cho"
    (e,) = find_values(text, lang="vi")
    assert e.value == Money(Decimal(n * scale[1]), cur[1])


@given(n=st.integers(min_value=1, max_value=99_999))
def test_thai_digits_read_like_arabic(n: int) -> None:
    thai = str(n).translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙"))
    (a,) = find_values(f"รวม {n} ล้านโดส", lang="th")
    (b,) = find_values(f"รวม {thai} ล้านโดส", lang="th")
    assert a.value == b.value == Quantity(Decimal(n * 10**6), "dose")


@given(news_text())
def test_value_offsets(text: str) -> None:
    prev = 0
    for e in find_values(text):
        assert text[e.start : e.end] == e.text
        assert e.start >= prev
        prev = e.end
