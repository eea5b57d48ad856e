"""Decoding bytes to text: the encodings real Thai and Vietnamese files use.

Detection order when no encoding is given:

1. A byte-order mark: UTF-8, UTF-16 LE/BE or UTF-32 LE/BE (the BOM is dropped).
2. UTF-16 without a BOM, recognised by its pattern of NUL bytes.
3. UTF-8. A file that is mostly valid UTF-8 but has some bad bytes is *not*
   re-read under a legacy code page: it raises :class:`DecodeError` at the first
   bad byte, because guessing would turn every Vietnamese letter into mojibake.
4. Thai TIS-620 / Windows-874 (``cp874``) and Vietnamese Windows-1258
   (``cp1258``), each scored by how much of the decoded text is Thai or
   Vietnamese letters; the better one wins if it is plausible.
5. :mod:`charset_normalizer` for anything else (e.g. Windows-1252 English),
   accepted only for inputs of 64 bytes or more, when it reports a clean decode.

Line ends are never changed: ``\\r\\n`` and ``\\r`` stay in the text.

>>> decode("อาเซียน".encode("cp874")).text
'อาเซียน'
>>> decode("Việt Nam".encode("utf-16")).encoding
'utf-16'
"""

from __future__ import annotations

import codecs
import os
import re
import unicodedata
from collections import Counter
from typing import Final, Literal

import attrs

from ..errors import DecodeError, InvalidArgument

__all__ = ["ENCODINGS", "Decoded", "decode"]

#: Encodings tried by detection, in order (after byte-order marks).
ENCODINGS: Final[tuple[str, ...]] = ("utf-8", "cp874", "cp1258")

Errors = Literal["strict", "replace"]

_BOMS: Final[tuple[tuple[bytes, str], ...]] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_BOM_NAMES: Final[dict[str, str]] = {
    "utf-32-le": "utf-32",
    "utf-32-be": "utf-32",
    "utf-8": "utf-8-sig",
    "utf-16-le": "utf-16",
    "utf-16-be": "utf-16",
}

_VI_ALPHABET: Final[frozenset[str]] = frozenset(
    "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ"
)
_PLAUSIBLE: Final[float] = 0.85


@attrs.frozen
class Decoded:
    """The result of :func:`~aseancorpus.decode`.

    .. versionadded:: 0.1.0

    Attributes:
        text: The decoded text (BOM dropped, line ends as in the bytes).
        encoding: The encoding used (``"utf-8-sig"``/``"utf-16"`` when a BOM was found).
        replaced: How many U+FFFD replacement characters ``errors="replace"`` inserted.
    """

    text: str
    encoding: str
    replaced: int = 0


def _bom(data: bytes) -> tuple[str, int] | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name, len(bom)
    return None


#: Control bytes other than tab, line feed and carriage return: most of BOM-less UTF-16's high bytes.
_CONTROL_BYTES: Final[bytes] = bytes(b for b in range(0x20) if b not in (0x09, 0x0A, 0x0D))


def _looks_utf16(data: bytes) -> str | None:
    """Guess BOM-less UTF-16.

    In UTF-16 text of one script, every other byte (the high byte) takes only a
    few values (0x00 for ASCII, 0x0E for Thai, 0x1E for Vietnamese...), and the
    bytes look like control characters to an 8-bit reader.
    """
    sample = data[:4096]
    sample = sample[: len(sample) - len(sample) % 2]
    if len(sample) < 4:
        return None
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))  # counted in C
    if controls < 0.2 * len(sample):
        return None
    for enc, high in (("utf-16-le", sample[1::2]), ("utf-16-be", sample[0::2])):
        top = sum(n for _, n in Counter(high).most_common(3))
        if top < 0.9 * len(high):
            continue
        try:
            text = sample.decode(enc)
        except UnicodeDecodeError:
            continue
        printable = sum(1 for c in text if c.isprintable() or c in "\t\r\n")
        if printable >= 0.95 * len(text):
            return enc
    return None


_PUNCT_OK: Final[str] = "\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u00a0"


def _ascii_letter(c: str) -> bool:
    return c.isascii() and c.isalpha()


def _thai_score(text: str) -> float:
    """Share of non-ASCII characters that read as Thai text.

    Thai letters come in runs of Thai, so a Thai character touching a Latin
    letter (what Vietnamese bytes look like under cp874) does not count, nor
    does a Thai vowel or tone mark that follows no Thai character.
    """
    high = good = 0
    n = len(text)
    for i, c in enumerate(text):
        cp = ord(c)
        if cp <= 0x7F or c == "\ufffd":
            continue
        high += 1
        if c in _PUNCT_OK:
            good += 1
        elif 0x0E01 <= cp <= 0x0E5B:
            prev = text[i - 1] if i else " "
            nxt = text[i + 1] if i + 1 < n else " "
            if _ascii_letter(prev) or _ascii_letter(nxt):
                continue
            if unicodedata.category(c) == "Mn" and not 0x0E01 <= ord(prev) <= 0x0E5B:
                continue
            good += 1
    return good / high if high else 0.0


def _vietnamese_score(text: str) -> float:
    """Share of non-ASCII characters that read as Vietnamese letters.

    Vietnamese letters sit inside Latin words, so a run of three or more
    non-ASCII letters (what Thai bytes look like under cp1258) does not count.
    """
    composed = unicodedata.normalize("NFC", text)
    high = good = 0
    run: list[str] = []
    for c in composed + " ":
        if ord(c) > 0x7F and c.isalpha():
            run.append(c)
            continue
        if run:
            high += len(run)
            if len(run) < 3:
                good += sum(1 for r in run if r.lower() in _VI_ALPHABET)
            run = []
        if ord(c) > 0x7F and c != "\ufffd":
            high += 1
            good += c in _PUNCT_OK
    return good / high if high else 0.0


def _best_legacy(data: bytes) -> tuple[str, str] | None:
    """The more plausible of the Thai and Vietnamese code pages, if either is plausible."""
    best: tuple[float, str, str] | None = None
    for enc, score in (("cp874", _thai_score), ("cp1258", _vietnamese_score)):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        s = score(text)
        if best is None or s > best[0]:
            best = (s, enc, text)
    if best is not None and best[0] >= _PLAUSIBLE:
        return best[1], best[2]
    return None


_UNLIKELY: Final[re.Pattern[str]] = re.compile("[\u0590-\u0DFF\u10A0-\u177F\u1800-\u1DFF]+")


def _unlikely_script_share(text: str, sample: int = 65536) -> float:
    """Share of non-ASCII characters from blocks news in this region hardly uses.

    These (Hebrew to Sinhala, Georgian to Tagalog, Mongolian to phonetic
    extensions) are what TIS-620 bytes turn into when they happen to form valid
    UTF-8. Very short legacy strings can still be ambiguous: force ``encoding``.
    """
    t = text[:sample]
    if t.isascii():
        return 0.0
    high = len(t) - len(t.encode("ascii", "ignore"))
    unlikely = sum(map(len, _UNLIKELY.findall(t)))
    return unlikely / high if high else 0.0


def _decode_with(data: bytes, encoding: str, errors: Errors, path: object) -> Decoded:
    try:
        text = data.decode(encoding, errors="strict")
        return Decoded(text, encoding, 0)
    except UnicodeDecodeError as e:
        if errors == "replace":
            text = data.decode(encoding, errors="replace")
            return Decoded(text, encoding, text.count("\ufffd"))
        raise DecodeError(_pathlike(path), data, e.start, (encoding,), e.reason) from None


def _pathlike(path: object) -> str | os.PathLike[str] | None:
    return path if isinstance(path, (str, os.PathLike)) else None


def _check_nul(
    data: bytes, text: str, encoding: str, errors: Errors, path: object, replaced: int = 0
) -> Decoded:
    nul = text.find("\x00")
    if nul < 0:
        return Decoded(text, encoding, replaced)
    if errors == "replace":
        return Decoded(text.replace("\x00", "\ufffd"), encoding, replaced + text.count("\x00"))
    raise DecodeError(_pathlike(path), data, data.find(b"\x00"), (encoding,), "NUL byte (a binary file?)")


def decode(
    data: bytes,
    *,
    encoding: str | None = None,
    errors: Errors = "strict",
    path: str | os.PathLike[str] | None = None,
) -> Decoded:
    """Decode ``data``, detecting the encoding when none is given.

    .. versionadded:: 0.1.0

    Args:
        data: The bytes of one file.
        encoding: Force this encoding (any name Python's codecs know, e.g.
            ``"tis-620"``, ``"cp1258"``); a BOM is still dropped.
        errors: ``"strict"`` raises :class:`~aseancorpus.errors.DecodeError` on
            bad bytes; ``"replace"`` inserts U+FFFD and counts the replacements.
        path: The file the bytes came from, named in error messages.

    Returns:
        A :class:`~aseancorpus.io.decode.Decoded` with the text, the encoding and the replacement count.

    Raises:
        DecodeError: If the bytes decode under no plausible encoding (or not
            under the forced one), naming the file and the byte offset.
        InvalidArgument: If ``encoding`` is unknown or ``errors`` is not allowed.

    >>> decode("Hoà bình ở Đà Nẵng".encode("utf-8")).encoding
    'utf-8'
    >>> decode(b"Vi\\xea\\xf2t Nam v\\xe0 ASEAN h\\xf4\\xf2i nghi\\xea\\xf2").encoding
    'cp1258'
    >>> decode(b"caf\\x81").text
    Traceback (most recent call last):
    ...
    aseancorpus.errors.DecodeError: cannot decode <bytes>: invalid start byte at byte offset 3 (b'\\x81'); tried utf-8, cp874, cp1258. Pass encoding=... to force one, or errors='replace' to load anyway
    """
    if errors not in ("strict", "replace"):
        raise InvalidArgument(f"errors={errors!r} is not allowed; use 'strict' or 'replace'")
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise InvalidArgument(f"decode() needs bytes, not {type(data).__name__}")
    data = bytes(data)
    bom = _bom(data)
    if encoding is not None:
        try:
            codec = codecs.lookup(encoding).name
        except LookupError:
            raise InvalidArgument(
                f"unknown encoding {encoding!r}; use a Python codec name such as "
                "'utf-8', 'utf-16', 'cp874' (TIS-620) or 'cp1258'"
            ) from None
        if bom is not None and codec.replace("_", "-").startswith(bom[0][:5]):
            return _decode_with(data[bom[1] :], bom[0], errors, path)
        return _decode_with(data, encoding, errors, path)

    if bom is not None:
        name, size = bom
        d = _decode_with(data[size:], name, errors, path)
        return Decoded(d.text, _BOM_NAMES[name], d.replaced)

    utf16 = _looks_utf16(data)
    if utf16 is not None:
        d = _decode_with(data, utf16, errors, path)
        return Decoded(d.text, utf16, d.replaced)

    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        utf8_error = e
    else:
        if _unlikely_script_share(text) > 0.5:
            # Valid UTF-8 by accident (short TIS-620 runs can be): prefer a plausible legacy reading.
            legacy = _best_legacy(data)
            if legacy is not None:
                return _check_nul(data, legacy[1], legacy[0], errors, path)
        return _check_nul(data, text, "utf-8", errors, path)

    # Mostly valid UTF-8 (of Thai or Vietnamese letters) with a few bad bytes:
    # report it rather than re-read it under a legacy code page.
    lenient = data.decode("utf-8", errors="replace")
    bad = lenient.count("\ufffd")
    multibyte = sum(1 for c in lenient if ord(c) > 0x7F) - bad
    plausible = max(_thai_score(lenient), _vietnamese_score(lenient))
    if multibyte >= 2 * bad and plausible >= 0.8:
        if errors == "replace":
            return _check_nul(data, lenient, "utf-8", errors, path, bad)
        raise DecodeError(path, data, utf8_error.start, ("utf-8",), utf8_error.reason)

    legacy = _best_legacy(data)
    if legacy is not None:
        return _check_nul(data, legacy[1], legacy[0], errors, path)

    guess = _charset_normalizer_guess(data)
    if guess is not None:
        return _check_nul(data, data.decode(guess), guess, errors, path)

    if errors == "replace":
        return _check_nul(data, lenient, "utf-8", errors, path, bad)
    raise DecodeError(path, data, utf8_error.start, ("utf-8", "cp874", "cp1258"), utf8_error.reason)


def _charset_normalizer_guess(data: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - it is a dependency
        return None
    if len(data) < 64:  # too little to tell code pages apart
        return None
    best = from_bytes(data).best()
    if best is None or best.chaos > 0.1:
        return None
    enc = str(best.encoding)
    if enc.startswith("utf"):  # Unicode encodings are recognised above, by BOM or pattern
        return None
    try:
        data.decode(enc)
    except (UnicodeDecodeError, LookupError):
        return None
    return enc
