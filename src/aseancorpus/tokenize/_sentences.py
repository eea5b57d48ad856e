"""Sentence splitters: fast rules for Thai and Latin-script text, and pythainlp's crfcut.

All return ``(start, end)`` offsets of sentences without their surrounding
whitespace. A line break always ends a sentence.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import Final

__all__ = ["ABBREVIATIONS", "crfcut_sentences", "latin_sentences", "thai_sentences"]

#: Words that end with a period without ending a sentence (compared without the period).
ABBREVIATIONS: Final[frozenset[str]] = frozenset(
    ["TP", "Tp", "tp", "TT", "Th", "ThS", "Ths", "TS", "PGS", "GS", "BS", "KS", "CN", "NXB", "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Inc", "Ltd", "Co", "Corp", "vs", "etc", "No", "Vol", "pp", "U.S", "U.K", "v.v", "e.g", "i.e", "a.m", "p.m"]
)

_RE_LINE: Final[re.Pattern[str]] = re.compile(r"[^\n\r]+")
_RE_LATIN_END: Final[re.Pattern[str]] = re.compile(r"[.!?…]+[\"”’'»)\]]*(?=\s)")
_OPENERS: Final[str] = "\"“‘'«([–-"
_RE_THAI_CHAR: Final[re.Pattern[str]] = re.compile("[\u0e00-\u0e7f]")
# A space between two Thai characters, or after sentence punctuation.
_RE_THAI_BREAK: Final[re.Pattern[str]] = re.compile(r"(?<=[\u0e01-\u0e4f])[ \t\u00a0]+(?=[\u0e01-\u0e4f])|(?<=[.!?])[ \t\u00a0]+")

#: Shortest Thai sentence the rules will cut off, in characters.
THAI_MIN_SENTENCE: Final[int] = 40
# Words that continue a sentence after a space rather than start a new one.
_THAI_CONTINUATIONS: Final[tuple[str, ...]] = (
    "และ", "หรือ", "แต่", "ซึ่ง", "ที่", "โดย", "เพื่อ", "เช่น", "รวมทั้ง", "รวมถึง", "ตลอดจน", "กับ", "ของ",
    "ใน", "จาก", "ถึง", "ว่า", "คือ", "ได้แก่", "อีก", "ทั้ง", "ตาม", "ต่อ", "เป็น", "จึง", "ก็", "ให้", "ไป",
)  # fmt: skip


# Words after which a sentence goes on ("said that ...", "such as ...").
_THAI_OPEN_ENDS: Final[tuple[str, ...]] = ("ว่า", "เช่น", "คือ", "ได้แก่", "และ", "หรือ", "โดย")


def _strip(text: str, s: int, e: int) -> tuple[int, int] | None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return (s, e) if s < e else None


def _lines(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _RE_LINE.finditer(text)]


def _latin_line(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    s = start
    for m in _RE_LATIN_END.finditer(text, start, end):
        j = m.end()
        k = j
        while k < end and text[k].isspace():
            k += 1
        if k >= end:
            continue
        nxt = text[k]
        if not (nxt.isupper() or nxt.isdigit() or nxt in _OPENERS):
            continue
        if text[m.start()] == "." and m.end() - m.start() == 1:
            w = m.start()
            while w > start and not text[w - 1].isspace():
                w -= 1
            word = text[w : m.start()].lstrip("(\"“'")
            if word in ABBREVIATIONS or (len(word) == 1 and word.isupper()):
                continue
        span = _strip(text, s, j)
        if span:
            out.append(span)
        s = k
    span = _strip(text, s, end)
    if span:
        out.append(span)
    return out


def latin_sentences(text: str) -> list[tuple[int, int]]:
    """Split Vietnamese or English text after ``.``, ``!``, ``?`` or ``…`` followed by a capital.

    >>> t = "Chiều 10/7, TP. Hồ Chí Minh đón đoàn. Hai bên nhất trí hợp tác!\\nẢnh: BNG"
    >>> [t[s:e] for s, e in latin_sentences(t)]
    ['Chiều 10/7, TP. Hồ Chí Minh đón đoàn.', 'Hai bên nhất trí hợp tác!', 'Ảnh: BNG']
    """
    out: list[tuple[int, int]] = []
    for s, e in _lines(text):
        out.extend(_latin_line(text, s, e))
    return out


def _thai_line(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    s = start
    for m in _RE_THAI_BREAK.finditer(text, start, end):
        if m.start() - s < THAI_MIN_SENTENCE and text[m.start() - 1] not in ".!?":
            continue
        if text.startswith(_THAI_CONTINUATIONS, m.end()) or text.endswith(_THAI_OPEN_ENDS, s, m.start()):
            continue
        span = _strip(text, s, m.start())
        if span:
            out.append(span)
        s = m.end()
    span = _strip(text, s, end)
    if span:
        out.append(span)
    return out


def thai_sentences(text: str) -> list[tuple[int, int]]:
    """Split Thai text at line breaks and at spaces between Thai words that end a long enough stretch.

    Thai marks sentence ends with a space, but also puts spaces around names,
    numbers and clauses, so a space only ends a sentence when at least
    :data:`THAI_MIN_SENTENCE` characters came before it and the next word is
    not a conjunction or preposition that continues it.

    >>> t = "อาเซียนและสหรัฐได้ยืนยันให้ความสำคัญต่อความสัมพันธ์ สหรัฐสนับสนุนบทบาทของอาเซียนในภูมิภาค"
    >>> [t[s:e] for s, e in thai_sentences(t)]
    ['อาเซียนและสหรัฐได้ยืนยันให้ความสำคัญต่อความสัมพันธ์', 'สหรัฐสนับสนุนบทบาทของอาเซียนในภูมิภาค']
    """
    out: list[tuple[int, int]] = []
    for s, e in _lines(text):
        if _RE_THAI_CHAR.search(text, s, e):
            out.extend(_thai_line(text, s, e))
        else:
            out.extend(_latin_line(text, s, e))
    return out


def crfcut_sentences(text: str) -> list[tuple[int, int]]:
    """Thai sentences from pythainlp's crfcut model, line by line, realigned to ``text``."""
    from ._thai import offline_pythainlp

    offline_pythainlp()
    from pythainlp.tokenize import sent_tokenize

    out: list[tuple[int, int]] = []
    for s, e in _lines(text):
        if not _RE_THAI_CHAR.search(text, s, e):
            out.extend(_latin_line(text, s, e))
            continue
        line = text[s:e]
        pos = 0
        cuts = [s]
        pieces: Sequence[str] = [str(p) for p in sent_tokenize(line, engine="crfcut")]
        for piece in pieces:
            piece = piece.strip()
            i = line.find(piece, pos) if piece else -1
            if i >= 0:
                pos = i + len(piece)
                cuts.append(s + pos)
        cuts.append(e)
        for a, b in itertools.pairwise(cuts):
            span = _strip(text, a, b)
            if span:
                out.append(span)
    return out
