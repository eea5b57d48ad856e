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

import functools
import unicodedata
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


_SCRIPT_CODE: Final[dict[str, str]] = {"T": "Thai", "L": "Lao", "K": "Khmer", "M": "Myanmar"}
# After NFC: đ, ơ/ư (horn), ă (breve), and the letters with a dot below or hook above
# (U+1EA0-U+1EF9) are Vietnamese; plain acute/grave/tilde/circumflex are only weak evidence.
_VI_STRONG: Final[str] = "đĐơƠưƯăĂ" + "".join(chr(c) for c in range(0x1EA0, 0x1EFA))
_VI_WEAK: Final[str] = "àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĩĨũŨ"


@functools.cache
def _class_table() -> dict[int, str | None]:
    """A str.translate table mapping each BMP character to a one-letter class.

    T/L/K/M: Thai/Lao/Khmer/Myanmar; V/W: Latin letters that are strong/weak
    evidence of Vietnamese; A: other Latin letters; O: other letters; the rest
    is deleted. Counting classes in the translated text runs in C.
    """
    table: dict[int, str | None] = {}
    for cp in range(0x10000):
        ch = chr(cp)
        script = script_of(ch)
        if script in ("Thai", "Lao", "Khmer", "Myanmar"):
            table[cp] = script[0]
        elif script == "Latin":
            table[cp] = "V" if ch in _VI_STRONG else "W" if ch in _VI_WEAK else "A"
        elif ch.isalpha():
            table[cp] = "O"
        else:
            table[cp] = None
    return table


def detect_language(text: str, *, sample: int = 20000) -> str:
    """Guess the main language of ``text``.

    Thai, Lao, Khmer and Burmese are told apart by script; Latin-script text is
    Vietnamese when it carries Vietnamese letters and tone marks, else English.
    Mixed text reports the language with the most letters, so a Thai article
    with a Vietnamese photo caption is Thai.

    Args:
        text: Any text.
        sample: Look at most at this many characters (the start of the text),
            which keeps detection fast on long documents.

    Returns:
        An ISO 639-1 code from :data:`~aseancorpus.lang.LANGUAGES`; ``"und"`` when there are no letters.

    >>> detect_language("ภาพการประชุม - ảnh 1 (VNA)")
    'th'
    >>> detect_language("12/8 - 2025")
    'und'
    """
    classes = unicodedata.normalize("NFC", text[:sample]).translate(_class_table())
    counts = {name: classes.count(code) for code, name in _SCRIPT_CODE.items()}
    strong, weak = classes.count("V"), classes.count("W")
    counts["Latin"] = strong + weak + classes.count("A")
    counts["Other"] = classes.count("O")
    script, n = max(counts.items(), key=lambda kv: kv[1])
    if n == 0:
        return "und"
    if script in _SCRIPT_CODE.values():
        return _SCRIPT_LANG[script]
    if script == "Latin":
        # Vietnamese writes a diacritic on a large share of its letters; English almost never.
        return "vi" if strong >= 2 or (strong + weak) / n > 0.03 else "en"
    return "und"
