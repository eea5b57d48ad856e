"""Decoding: every encoding real Thai and Vietnamese files use, and bad bytes."""

from __future__ import annotations

import codecs
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aseancorpus import DecodeError, InvalidArgument, decode, load_file
from strategies import thai_text, vietnamese_text

THAI = "อาเซียนและสหรัฐเห็นพ้องผลักดันการสนทนา\r\n\r\nเช้าวันที่ 14 กรกฎาคม นาย บุ่ยแทงเซิน"
VI = "Đối thoại trực tuyến ASEAN-Mỹ lần thứ 33\n\nNgày 5/8, Thứ trưởng Nguyễn Quốc Dũng dự hội nghị."


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (THAI.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + THAI.encode("utf-8"), "utf-8-sig"),
        (THAI.encode("utf-16"), "utf-16"),
        (codecs.BOM_UTF16_BE + THAI.encode("utf-16-be"), "utf-16"),
        (THAI.encode("utf-32"), "utf-32"),
        (THAI.encode("tis-620"), "cp874"),
        (THAI.encode("cp874"), "cp874"),
        (THAI.encode("utf-16-le"), "utf-16-le"),
    ],
)
def test_thai_encodings_decode_to_the_same_text(data: bytes, encoding: str) -> None:
    d = decode(data)
    assert d.text == THAI
    assert d.encoding == encoding
    assert d.replaced == 0


_TONES = "\u0300\u0301\u0303\u0309\u0323"


def to_cp1258(text: str) -> bytes:
    """Encode like Vietnamese Windows software: base letters precomposed, tone marks combining."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            d = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", "".join(c for c in d if c not in _TONES))
            out += (base + "".join(c for c in d if c in _TONES)).encode("cp1258")
    return bytes(out)


def test_windows_1258_vietnamese() -> None:
    data = to_cp1258(VI)
    d = decode(data)
    assert d.encoding == "cp1258"
    # cp1258 stores tone marks as combining characters; raw keeps them as in the file.
    assert unicodedata.normalize("NFC", d.text) == VI


def test_cr_line_ends_are_kept() -> None:
    text = "Tiêu đề\r\rĐoạn một.\rĐoạn hai."
    assert decode(text.encode("utf-8")).text == text


def test_invalid_utf8_in_vietnamese_raises_with_offset() -> None:
    good = VI.encode("utf-8")
    data = good[:20] + b"\xff\xfe\xfa" + good[20:]
    with pytest.raises(DecodeError) as info:
        decode(data, path="tin.txt")
    err = info.value
    assert err.offset == 20
    assert "tin.txt" in str(err)
    assert "byte offset 20" in str(err)
    assert isinstance(err, ValueError)
    assert isinstance(err, UnicodeDecodeError)


def test_replace_counts_replacements() -> None:
    good = VI.encode("utf-8")
    d = decode(good[:20] + b"\xff\xff" + good[20:], errors="replace")
    assert d.replaced == 2
    assert d.text.count("\ufffd") == 2


def test_nul_bytes_are_an_error_or_replaced() -> None:
    data = b"Vi\xe1\xbb\x87t Nam\x00\x00 bad"
    with pytest.raises(DecodeError, match="NUL"):
        decode(data)
    assert decode(data, errors="replace").replaced == 2


def test_random_binary_is_rejected() -> None:
    data = bytes(range(256)) * 4
    with pytest.raises(DecodeError):
        decode(data)


def test_bad_arguments() -> None:
    with pytest.raises(InvalidArgument, match="unknown encoding 'klingon'"):
        decode(b"abc", encoding="klingon")
    with pytest.raises(InvalidArgument, match="errors='ignore'"):
        decode(b"abc", errors="ignore")  # type: ignore[arg-type]
    with pytest.raises(InvalidArgument):
        decode("a str")  # type: ignore[arg-type]


def test_forced_encoding_errors_name_the_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    p = tmp_path / "thai.txt"
    p.write_bytes(THAI.encode("cp874"))
    with pytest.raises(DecodeError, match=r"thai\.txt"):
        load_file(p, encoding="utf-8")
    assert load_file(p, encoding="tis-620", clean=False).raw == THAI


def test_decode_error_pickles() -> None:
    import pickle

    with pytest.raises(DecodeError) as info:
        decode(b"ab\xc3", encoding="utf-8", path="x.txt")
    again = pickle.loads(pickle.dumps(info.value))
    assert str(again) == str(info.value)


@given(thai_text(min_size=1))
def test_thai_round_trips_through_every_encoding(text: str) -> None:
    for enc in ("utf-8", "utf-8-sig", "utf-16", "cp874"):
        assert decode(text.encode(enc), encoding=enc if enc == "cp874" else None).text == text


@given(thai_text(min_size=8).filter(lambda t: sum(ord(c) > 0x7F for c in t) >= 20))
def test_thai_tis620_is_detected(text: str) -> None:
    # Real files are long enough to be unambiguous; a few bytes of TIS-620 can be valid UTF-8.
    d = decode(text.encode("cp874"))
    assert d.text == text


@given(vietnamese_text(min_size=3), st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32"]))
def test_vietnamese_round_trips(text: str, enc: str) -> None:
    assert decode(text.encode(enc)).text == text


def test_seeds_in_legacy_code_pages_load_back(tmp_path, seeds_dir) -> None:  # type: ignore[no-untyped-def]
    for f in sorted(seeds_dir.glob("*.txt")):
        text = f.read_text(encoding="utf-8")
        if f.name.startswith("000"):  # TIS-620 cannot hold the Vietnamese caption word
            text = text.replace("ảnh", "anh")
        data = text.encode("cp874") if f.name.startswith("000") else to_cp1258(text)
        out = tmp_path / f.name
        out.write_bytes(data)
        a = load_file(out, clean=False)
        assert unicodedata.normalize("NFC", a.raw) == unicodedata.normalize("NFC", text)
        assert a.encoding == ("cp874" if f.name.startswith("000") else "cp1258")
