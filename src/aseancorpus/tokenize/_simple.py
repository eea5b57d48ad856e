"""Regular expressions shared by the engines: URLs, e-mails, numbers, and a simple splitter.

The simple splitter is the engine for English and other Latin-script text,
and the documented fallback for Lao, Khmer and Myanmar: those scripts write
no spaces between words, so each unbroken stretch of letters becomes one
token (a phrase rather than a word).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import Final

__all__ = ["KIND_OF", "RE_PROTECTED", "kind", "simple_segment"]

_URL: Final[str] = (
    r"(?:(?:https?|ftp)://|www\.)[^\s<>\"'“”‘’()\[\]{}]*[^\s<>\"'“”‘’()\[\]{}.,;:!?…]"
    r"|(?<![\w@.\-])(?:[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?\.)+"
    r"(?:vn|com|org|net|th|gov|edu|int|info|io|la|kh|mm|asia)(?:/[^\s<>\"'“”()\[\]{}]*[^\s<>\"'“”()\[\]{}.,;:!?…])?"
    r"(?![\w@])"
)
_EMAIL: Final[str] = r"(?<![\w.+\-])[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+(?<![.\-])"
# starts with \d so the regex engine can skip ahead fast; the lookbehind checks the character before it
_NUMBER: Final[str] = r"\d(?<![\w.,/:\-–]\d)\d*(?:[.,:/\-–]\d+)+(?!\w)"

#: URLs, e-mail addresses and numbers with inner separators ("5/8", "2021-2025",
#: "1.600.000"): each always ends up as one token, whatever the engine did.
RE_PROTECTED: Final[re.Pattern[str]] = re.compile(f"(?P<url>{_URL})|(?P<email>{_EMAIL})|(?P<number>{_NUMBER})")
_RE_URL: Final[re.Pattern[str]] = re.compile(_URL)
_RE_EMAIL: Final[re.Pattern[str]] = re.compile(_EMAIL)
_RE_NUMBER: Final[re.Pattern[str]] = re.compile(_NUMBER)
_RE_DOMAIN_HINT: Final[re.Pattern[str]] = re.compile(r"\.(?:vn|com|org|net|th|gov|edu|int|info|io|la|kh|mm|asia)(?![a-z])")


def protected_spans(text: str) -> list[tuple[int, int]]:
    """Offsets of the URLs, e-mails and separated numbers in ``text`` (same as :data:`RE_PROTECTED`).

    Each kind is only searched for when a cheap test says it may be there.

    >>> t = "Ngày 5/8 xem vov.vn, viết cho a@b.vn"
    >>> [t[s:e] for s, e in protected_spans(t)]
    ['5/8', 'vov.vn', 'a@b.vn']
    """
    if "@" in text or "://" in text or "www." in text or _RE_DOMAIN_HINT.search(text):
        return [m.span() for m in RE_PROTECTED.finditer(text)]
    return [m.span() for m in _RE_NUMBER.finditer(text)]

_WORDCH: Final[str] = r"(?:[^\W_]|[\u0300-\u036f\u0e00-\u0e7f\u0e80-\u0eff\u1780-\u17d3\u17dc-\u17ff\u1000-\u1049\u1050-\u109f])"
_RE_SIMPLE: Final[re.Pattern[str]] = re.compile(
    f"{_URL}|{_EMAIL}|{_NUMBER}|{_WORDCH}+(?:['’\\-]{_WORDCH}+)*|\\S"
)
_RE_NUMBER_FULL: Final[re.Pattern[str]] = re.compile(r"[+\-−]?\d+(?:[.,:/\-–]\d+)*%?")
_RE_URL_FULL: Final[re.Pattern[str]] = re.compile(_URL)
_RE_EMAIL_FULL: Final[re.Pattern[str]] = re.compile(_EMAIL)

#: Cache of token text -> kind (tokens repeat a lot).
KIND_OF: dict[str, str] = {}


def kind(tok: str) -> str:
    """Classify a token: ``"word"``, ``"number"``, ``"punct"``, ``"space"``, ``"url"``, ``"email"`` or ``"symbol"``.

    >>> [kind(t) for t in ["Việt Nam", "5/8", ",", " ", "https://vov.vn/a", "a@b.vn", "+", "COVID-19", "สหรัฐ"]]
    ['word', 'number', 'punct', 'space', 'url', 'email', 'symbol', 'word', 'word']
    """
    k = KIND_OF.get(tok)
    if k is not None:
        return k
    if tok.isspace():
        k = "space"
    elif _RE_NUMBER_FULL.fullmatch(tok):
        k = "number"
    elif _RE_EMAIL_FULL.fullmatch(tok):
        k = "email"
    elif _RE_URL_FULL.fullmatch(tok):
        k = "url"
    elif any(c.isalnum() or unicodedata.category(c)[0] == "M" for c in tok):
        k = "word"
    elif all(unicodedata.category(c)[0] == "P" or c.isspace() for c in tok):
        k = "punct"
    else:
        k = "symbol"
    if len(KIND_OF) < 200_000:
        KIND_OF[tok] = k
    return k


def simple_segment(texts: Sequence[str], bases: Sequence[int] | None = None) -> list[list[tuple[int, int]]]:
    """Split on spaces and punctuation, keeping URLs, e-mails, numbers and hyphenated words whole.

    >>> t = "ASEAN-US talks (2021-2025), see https://asean.org."
    >>> [t[s:e] for s, e in simple_segment([t])[0]]
    ['ASEAN-US', 'talks', '(', '2021-2025', ')', ',', 'see', 'https://asean.org', '.']
    """
    if not bases or not any(bases):
        return [[m.span() for m in _RE_SIMPLE.finditer(t)] for t in texts]
    return [[(b + m.start(), b + m.end()) for m in _RE_SIMPLE.finditer(t)] for t, b in zip(texts, bases)]
