"""Scripts and language identification.

Text is split into *script runs* (Thai, Latin, Lao, Khmer, Myanmar, other),
and a language is guessed from the scripts and, for Latin text, from the
letters and tone marks only Vietnamese uses.

>>> detect_language("อาเซียนและสหรัฐเห็นพ้อง")
'th'
>>> detect_language("Đối thoại trực tuyến ASEAN-Mỹ lần thứ 33")
'vi'
>>> detect_language("ASEAN and the United States")
'en'
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterator
from typing import Final

import attrs

__all__ = [
    "LANGUAGES",
    "ScriptRun",
    "detect_language",
    "script_of",
    "script_runs",
]

#: Languages :func:`~aseancorpus.detect_language` can return, with their names.
LANGUAGES: Final[dict[str, str]] = {
    "th": "Thai",
    "vi": "Vietnamese",
    "en": "English",
    "lo": "Lao",
    "km": "Khmer",
    "my": "Burmese",
    "und": "undetermined",
}

_RANGES: Final[tuple[tuple[int, int, str], ...]] = (
    (0x0E00, 0x0E7F, "Thai"),
    (0x0E80, 0x0EFF, "Lao"),
    (0x1780, 0x17FF, "Khmer"),
    (0x19E0, 0x19FF, "Khmer"),
    (0x1000, 0x109F, "Myanmar"),
    (0xA9E0, 0xA9FF, "Myanmar"),
    (0xAA60, 0xAA7F, "Myanmar"),
)

_SCRIPT_LANG: Final[dict[str, str]] = {"Thai": "th", "Lao": "lo", "Khmer": "km", "Myanmar": "my"}

# Letters (after NFD, the base letters and marks) that occur in Vietnamese but
# hardly ever in English: đ, ơ/ư (horn), ă (breve), and the dot below / hook above.
_VI_LETTERS: Final[frozenset[str]] = frozenset("đĐ")
_VI_MARKS: Final[frozenset[str]] = frozenset(
    "\u031b"  # horn (ơ, ư)
    "\u0306"  # breve (ă)
    "\u0323"  # dot below (ạ, ệ...)
    "\u0309"  # hook above (ả, ể...)
)
_VI_COMMON_MARKS: Final[frozenset[str]] = frozenset("\u0300\u0301\u0303\u0302")  # grave acute tilde circumflex


def script_of(char: str) -> str:
    """Return the script of one character.

    One of ``"Thai"``, ``"Lao"``, ``"Khmer"``, ``"Myanmar"``, ``"Latin"``
    (letters and their combining marks), ``"Common"`` (digits, punctuation,
    spaces, symbols) or ``"Other"``.

    >>> script_of("ก"), script_of("ệ"), script_of("5"), script_of("中")
    ('Thai', 'Latin', 'Common', 'Other')
    """
    cp = ord(char)
    if cp < 0x80:
        return "Latin" if char.isalpha() else "Common"
    for lo, hi, name in _RANGES:
        if lo <= cp <= hi:
            return name
    if 0x0300 <= cp <= 0x036F:  # combining diacritics: belong to the letter before
        return "Inherited"
    if char.isalpha():
        name = unicodedata.name(char, "")
        return "Latin" if "LATIN" in name else "Other"
    return "Common"


@attrs.frozen
class ScriptRun:
    """A maximal stretch of one script; common characters join the run around them."""

    script: str
    start: int
    end: int


def script_runs(text: str) -> list[ScriptRun]:
    """Split ``text`` into runs of one script each.

    Digits, punctuation and spaces ("Common") and combining marks join the run
    before them (or after them at the start of the text), so runs cover the
    whole text without gaps.

    >>> [(r.script, "ภาพ ảnh 1"[r.start:r.end]) for r in script_runs("ภาพ ảnh 1")]
    [('Thai', 'ภาพ '), ('Latin', 'ảnh 1')]
    """
    runs: list[ScriptRun] = []
    cur: str | None = None
    start = 0
    for i, ch in enumerate(text):
        s = script_of(ch)
        if s in ("Common", "Inherited"):
            continue
        if cur is None:
            cur = s
        elif s != cur:
            runs.append(ScriptRun(cur, start, i))
            cur, start = s, i
    if text:
        runs.append(ScriptRun(cur or "Common", start, len(text)))
    return runs


def _latin_language(letters: Iterator[str]) -> str:
    vi_strong = vi_weak = latin = 0
    for ch in letters:
        latin += 1
        if ch in _VI_LETTERS:
            vi_strong += 1
            continue
        decomposed = unicodedata.normalize("NFD", ch)
        if len(decomposed) > 1:
            marks = set(decomposed[1:])
            if marks & _VI_MARKS:
                vi_strong += 1
            elif marks & _VI_COMMON_MARKS:
                vi_weak += 1
    if latin == 0:
        return "und"
    # Vietnamese writes a diacritic on a large share of its letters; English almost never.
    if vi_strong >= 2 or (vi_strong + vi_weak) / latin > 0.03:
        return "vi"
    return "en"


def detect_language(text: str) -> str:
    """Guess the main language of ``text``.

    Thai, Lao, Khmer and Burmese are told apart by script; Latin-script text is
    Vietnamese when it carries Vietnamese letters and tone marks, else English.
    Mixed text reports the language with the most letters, so a Thai article
    with a Vietnamese photo caption is Thai.

    Args:
        text: Any text.

    Returns:
        An ISO 639-1 code from :data:`~aseancorpus.lang.LANGUAGES`; ``"und"`` when there are no letters.

    >>> detect_language("ภาพการประชุม - ảnh 1 (VNA)")
    'th'
    >>> detect_language("12/8 - 2025")
    'und'
    """
    counts: Counter[str] = Counter()
    latin_letters: list[str] = []
    for ch in unicodedata.normalize("NFC", text):
        s = script_of(ch)
        if s == "Latin":
            latin_letters.append(ch)
        if s not in ("Common", "Inherited"):
            counts[s] += 1
    if not counts:
        return "und"
    script, _n = counts.most_common(1)[0]
    if script in _SCRIPT_LANG:
        return _SCRIPT_LANG[script]
    if script == "Latin":
        return _latin_language(iter(latin_letters))
    return "und"
