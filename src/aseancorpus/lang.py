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

    .. versionadded:: 0.1.0

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
    """A maximal stretch of one script; common characters join the run around them.

    .. versionadded:: 0.1.0
    """

    script: str
    start: int
    end: int


def script_runs(text: str) -> list[ScriptRun]:
    """Split ``text`` into runs of one script each.

    .. versionadded:: 0.1.0

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


# detect_language counts characters of each script in the UTF-8 bytes of the text, where
# bytes.count and bytes.translate run in C: a character of a BMP block is one lead byte plus
# the block's second byte, and "bytes in a set" is len(b) - len(b.translate(None, set)).
_SCRIPT_PREFIXES: Final[dict[str, tuple[bytes, ...]]] = {
    "Thai": (b"\xe0\xb8", b"\xe0\xb9"),  # U+0E00-U+0E7F
    "Lao": (b"\xe0\xba", b"\xe0\xbb"),  # U+0E80-U+0EFF
    "Khmer": (b"\xe1\x9e", b"\xe1\x9f", b"\xe1\xa7"),  # U+1780-U+17FF, U+19C0-U+19FF
    "Myanmar": (b"\xe1\x80", b"\xe1\x81", b"\xe1\x82"),  # U+1000-U+10BF
}
_ASCII_LETTERS: Final[bytes] = bytes(range(0x41, 0x5B)) + bytes(range(0x61, 0x7B))
# Lead bytes of Latin letters outside ASCII: Latin-1 (C3), Latin Extended-A/B (C4-C9).
_LATIN_LEADS: Final[bytes] = bytes(range(0xC3, 0xCA))
# Strong evidence of Vietnamese: the lead bytes of U+0100-U+013F and U+0180-U+01BF (in
# Vietnamese text: đ Đ ă Ă ĩ Ĩ and ơ Ơ ư Ư), and U+1E80-U+1EFF (counted from the bytes
# E1 BA / E1 BB: the letters with a dot below or a hook above are U+1EA0-U+1EF9).
_VI_LEADS: Final[bytes] = b"\xc4\xc6"
# Lead bytes of other alphabets and scripts (Greek to Arabic, CJK, Hangul...).
_OTHER_LEADS: Final[bytes] = bytes(range(0xCD, 0xE0)) + bytes(range(0xE3, 0xEE))


def _in_set(data: bytes, members: bytes) -> int:
    return len(data) - len(data.translate(None, members))


def _clear_winner(t: str, data: bytes) -> str | None:
    """The answer of the full count when a few passes over ``data`` already settle it, else None.

    Every letter outside ASCII takes at least two UTF-8 bytes, so all the
    letters of the other scripts together are bounded by the bytes a script
    leaves over: Thai wins when it holds most characters; Vietnamese wins when
    its ASCII letters alone outnumber the extra bytes of the whole text and two
    strong Vietnamese letters are present.
    """
    extra = len(data) - len(t)
    if b"\xe0" in data:
        thai = sum(map(data.count, _SCRIPT_PREFIXES["Thai"]))
        if 2 * thai > len(t):
            return "th"
    if _in_set(data, _ASCII_LETTERS) > extra and _two_strong(data):
        return "vi"
    return None


def _two_strong(data: bytes) -> bool:
    """Whether ``data`` holds two strong Vietnamese letters (finds stop at the first ones)."""
    seen = 0
    for mark in (b"\xe1\xba", b"\xe1\xbb", b"\xc4", b"\xc6"):
        i = data.find(mark)
        if i >= 0:
            seen += 1 if data.find(mark, i + 1) < 0 else 2
            if seen >= 2:
                return True
    return False


def detect_language(text: str, *, sample: int = 20000) -> str:
    """Guess the main language of ``text``.

    .. versionadded:: 0.1.0

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
    t = text[:sample]
    if not unicodedata.is_normalized("NFC", t):
        t = unicodedata.normalize("NFC", t)
    data = t.encode("utf-8", "surrogatepass")
    found = _clear_winner(t, data)
    if found is not None:
        return found
    counts = dict.fromkeys(_SCRIPT_PREFIXES, 0)
    # Each scan costs a pass over the bytes: skip the blocks whose lead byte is absent.
    if b"\xe0" in data:  # U+0800-U+0FFF: Thai, Lao
        counts["Thai"] = sum(map(data.count, _SCRIPT_PREFIXES["Thai"]))
        counts["Lao"] = sum(map(data.count, _SCRIPT_PREFIXES["Lao"]))
    ba = bb = extended = 0
    e1 = data.count(b"\xe1")  # U+1000-U+1FFF: Myanmar, Khmer, Latin Extended Additional
    if e1:
        ba, bb = data.count(b"\xe1\xba"), data.count(b"\xe1\xbb")
        extended = ba + bb + data.count(b"\xe1\xb8") + data.count(b"\xe1\xb9")
        if e1 > extended:
            counts["Khmer"] = sum(map(data.count, _SCRIPT_PREFIXES["Khmer"]))
            counts["Myanmar"] = sum(map(data.count, _SCRIPT_PREFIXES["Myanmar"]))
    latin_1 = data.count(b"\xc3")  # àáâãèéêìíòóôõùúý...: weak evidence of Vietnamese
    counts["Latin"] = _in_set(data, _ASCII_LETTERS) + _in_set(data, _LATIN_LEADS) + extended
    counts["Other"] = _in_set(data, _OTHER_LEADS)
    script, n = max(counts.items(), key=lambda kv: kv[1])
    if n == 0:
        return "und"
    if script in _SCRIPT_LANG:
        return _SCRIPT_LANG[script]
    if script == "Latin":
        strong = ba + bb + _in_set(data, _VI_LEADS)
        # Vietnamese writes a diacritic on a large share of its letters; English almost never.
        return "vi" if strong >= 2 or (strong + latin_1) / n > 0.03 else "en"
    return "und"
