"""Language-aware text normalization that remembers where every character came from.

:func:`normalize` returns a :class:`Normalized`: the normalized text plus an
offset map back to the input, so a span found in the normalized text (a
token, an entity) can be reported against the text the user gave. It is
meant for matching and counting; :attr:`Article.raw <aseancorpus.model.Article.raw>`
is never rewritten.

The steps, in order:

1. Unicode NFC (decomposed Vietnamese letters become one code point each).
2. Spaces: NBSP, thin, ideographic and other odd spaces become ``" "``;
   zero-width spaces, word joiners, soft hyphens and stray BOMs are dropped;
   runs of horizontal spaces become one space (``collapse_spaces``).
3. Vietnamese tone marks: the tone of the vowel pairs *oa*, *oe* and *uy*
   (with no final consonant) goes on the first vowel ("hòa", "khỏe",
   "thủy": the traditional placement, also the one underthesea normalizes
   to); ``vi_tone_style="new"`` puts it on the second vowel instead
   ("hoà", "khoẻ", "thuỷ"). A tone misplaced before a final consonant
   ("hòang") is moved to the main vowel ("hoàng") in both styles.
4. Thai: the reordering and de-duplication rules of
   :func:`pythainlp.util.remove_repeat_vowels` (two Sara E become Sara Ae,
   tone mark before an above/below vowel is swapped, Nikhahit + Sara Aa
   becomes Sara Am, repeated vowels and tone marks are kept once).

>>> n = normalize("Hoà\\u00a0bình  và hợp tác", lang="vi")
>>> n.text
'Hòa bình và hợp tác'
>>> n.to_input_span(4, 8)
(4, 8)
>>> n.to_input_span(9, 11)
(10, 12)
>>> normalize("hoà bình", vi_tone_style="new").text, normalize("hòa bình", vi_tone_style="new").text
('hoà bình', 'hoà bình')
>>> normalize("เเปลก", lang="th").text
'แปลก'
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable, Sequence
from typing import Final

import attrs

from .errors import InvalidArgument

__all__ = ["VI_TONE_STYLES", "Normalized", "normalize"]

#: Allowed values of ``vi_tone_style``.
VI_TONE_STYLES: Final[tuple[str, ...]] = ("old", "new", "keep")

_LANGS: Final[tuple[str, ...]] = ("th", "vi", "en", "lo", "km", "my", "und")

Edit = tuple[int, int, str]


@attrs.frozen
class Normalized:
    """Normalized text and the map from its offsets back to the input.

    .. versionadded:: 0.1.0

    Attributes:
        text: The normalized text.
        source: The input text.
        starts: For each character of :attr:`text`, the input offset of the
            first character it came from (``None`` when nothing changed).
        ends: For each character of :attr:`text`, the input offset just past
            the last character it came from (``None`` when nothing changed).

    Example:
        >>> n = normalize("Vie\\u0323\\u0302t Nam")
        >>> n.text, len(n.text), len(n.source)
        ('Việt Nam', 8, 10)
        >>> n.to_input_span(0, 4), n.to_normalized_span(0, 6)
        ((0, 6), (0, 4))
        >>> n.source[slice(*n.to_input_span(5, 8))]
        'Nam'
    """

    text: str
    source: str
    starts: tuple[int, ...] | None = None
    ends: tuple[int, ...] | None = None

    @property
    def changed(self) -> bool:
        """Whether the normalized text differs from the input."""
        return self.text != self.source

    def _check(self, offset: int, length: int, what: str) -> None:
        if not isinstance(offset, int) or not 0 <= offset <= length:
            raise InvalidArgument(f"offset {offset!r} is outside the {what} text (0..{length})")

    def to_input(self, offset: int) -> int:
        """Map an offset into :attr:`text` to an offset into :attr:`source`.

        Raises:
            InvalidArgument: If ``offset`` is outside ``0..len(text)``.
        """
        self._check(offset, len(self.text), "normalized")
        if self.starts is None:
            return offset
        if offset == len(self.text):
            return len(self.source)
        return self.starts[offset]

    def to_input_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of :attr:`text` to the smallest span of :attr:`source` it came from.

        Raises:
            InvalidArgument: If the offsets are outside the text or ``start > end``.
        """
        self._check(end, len(self.text), "normalized")
        if start > end:
            raise InvalidArgument(f"span start {start} is after its end {end}")
        s = self.to_input(start)
        if self.ends is None or start == end:
            return s, (s if start == end else end)
        return s, self.ends[end - 1]

    def to_normalized(self, offset: int) -> int:
        """Map an offset into :attr:`source` to an offset into :attr:`text`.

        An offset inside a stretch of input that was rewritten as a whole maps
        to the end of that stretch's replacement.

        Raises:
            InvalidArgument: If ``offset`` is outside ``0..len(source)``.
        """
        self._check(offset, len(self.source), "input")
        if self.starts is None:
            return offset
        return bisect.bisect_left(self.starts, offset)

    def to_normalized_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of :attr:`source` to the span of :attr:`text` made from it.

        Raises:
            InvalidArgument: If the offsets are outside the input or ``start > end``.
        """
        self._check(start, len(self.source), "input")
        self._check(end, len(self.source), "input")
        if start > end:
            raise InvalidArgument(f"span start {start} is after its end {end}")
        if self.starts is None or self.ends is None:
            return start, end
        s = bisect.bisect_right(self.ends, start)
        return min(s, bisect.bisect_left(self.starts, end)), bisect.bisect_left(self.starts, end)


# -- the edit machinery ---------------------------------------------------------------


class _Builder:
    """A text with per-character source spans, rewritten by successive edit lists."""

    __slots__ = ("ends", "source", "starts", "text")

    def __init__(self, text: str) -> None:
        self.source = text
        self.text = text
        self.starts: list[int] | None = None
        self.ends: list[int] | None = None

    def apply(self, edits: Sequence[Edit]) -> None:
        """Replace ``text[a:b]`` by ``r`` for each sorted, non-overlapping edit."""
        if not edits:
            return
        text = self.text
        if self.starts is None or self.ends is None:
            old_s: list[int] = list(range(len(text)))
            old_e: list[int] = list(range(1, len(text) + 1))
        else:
            old_s, old_e = self.starts, self.ends
        parts: list[str] = []
        new_s: list[int] = []
        new_e: list[int] = []
        pos = 0
        for a, b, rep in edits:
            parts.append(text[pos:a])
            new_s.extend(old_s[pos:a])
            new_e.extend(old_e[pos:a])
            parts.append(rep)
            if len(rep) == b - a:  # same length: keep the per-character map
                new_s.extend(old_s[a:b])
                new_e.extend(old_e[a:b])
            elif rep:
                src_s = old_s[a] if a < b else (old_e[a - 1] if a else 0)
                src_e = old_e[b - 1] if a < b else src_s
                new_s.extend([src_s] * len(rep))
                new_e.extend([src_e] * len(rep))
            pos = b
        parts.append(text[pos:])
        new_s.extend(old_s[pos:])
        new_e.extend(old_e[pos:])
        self.text = "".join(parts)
        self.starts, self.ends = new_s, new_e

    def sub(self, pattern: re.Pattern[str], repl: str | Callable[[re.Match[str]], str]) -> None:
        """Like :func:`re.sub`, recording each replacement as an edit."""
        edits: list[Edit] = []
        for m in pattern.finditer(self.text):
            rep = repl(m) if callable(repl) else m.expand(repl)
            if rep != m.group():
                edits.append((m.start(), m.end(), rep))
        self.apply(edits)

    def result(self) -> Normalized:
        if self.starts is None or self.ends is None:
            return Normalized(self.text, self.source)
        return Normalized(self.text, self.source, tuple(self.starts), tuple(self.ends))


# -- NFC --------------------------------------------------------------------------------


def _nfc(b: _Builder) -> None:
    text = b.text
    if unicodedata.is_normalized("NFC", text):
        return
    target = unicodedata.normalize("NFC", text)
    # Group each character with the combining marks after it and normalize the groups.
    edits: list[Edit] = []
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        if j - i > 1 or not unicodedata.is_normalized("NFC", text[i]):
            group = text[i:j]
            rep = unicodedata.normalize("NFC", group)
            if rep != group:
                edits.append((i, j, rep))
        i = j
    trial = _Builder(text)
    trial.apply(edits)
    if trial.text != target:  # composition across groups (e.g. Hangul jamo): one coarse edit
        p = 0
        while p < min(len(text), len(target)) and text[p] == target[p]:
            p += 1
        q = 0
        while q < min(len(text), len(target)) - p and text[-1 - q] == target[-1 - q]:
            q += 1
        edits = [(p, len(text) - q, target[p : len(target) - q])]
    b.apply(edits)


# -- spaces -----------------------------------------------------------------------------

_ODD_SPACES: Final[str] = "\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
_INVISIBLE: Final[str] = "\u200b\u200c\u2060\ufeff\u00ad"
_RE_ODD_SPACE: Final[re.Pattern[str]] = re.compile(f"[{_ODD_SPACES}]")
_RE_INVISIBLE: Final[re.Pattern[str]] = re.compile(f"[{_INVISIBLE}]+")
_RE_SPACE_RUN: Final[re.Pattern[str]] = re.compile(r"[ \t]{2,}|\t")


def _spaces(b: _Builder, collapse: bool) -> None:
    b.sub(_RE_INVISIBLE, "")
    b.sub(_RE_ODD_SPACE, " ")
    if collapse:
        b.sub(_RE_SPACE_RUN, " ")


# -- Vietnamese tone placement ----------------------------------------------------------

_TONES: Final[dict[str, str]] = {"\u0300": "grave", "\u0301": "acute", "\u0303": "tilde", "\u0309": "hook", "\u0323": "dot"}
_VOWELS: Final[str] = "aăâeêioôơuưy"
_RE_VI_WORD: Final[re.Pattern[str]] = re.compile(r"[^\W\d_]+")
# Pairs whose tone placement differs between the two styles (no final consonant).
_PAIRS: Final[frozenset[str]] = frozenset({"oa", "oe", "uy"})
_CODAS: Final[frozenset[str]] = frozenset({"", "c", "ch", "m", "n", "ng", "nh", "p", "t"})
_vi_cache: dict[tuple[str, str], str] = {}


def _retone(word: str, style: str) -> str:
    """Place the tone mark of one Vietnamese syllable; return it unchanged when unsure."""
    key = (word, style)
    hit = _vi_cache.get(key)
    if hit is not None:
        return hit
    out = word
    nfd = unicodedata.normalize("NFD", word)
    tones = [c for c in nfd if c in _TONES]
    if len(tones) == 1 and len(word) <= 7:
        bare = unicodedata.normalize("NFC", nfd.replace(tones[0], ""))
        low = bare.lower()
        start = 2 if low.startswith(("qu", "gi")) and len(low) > 2 and low[2] in _VOWELS else 0
        k = start
        while k < len(low) and low[k] not in _VOWELS:
            k += 1
        v0 = k
        while k < len(low) and low[k] in _VOWELS:
            k += 1
        nucleus, coda = low[v0:k], low[k:]
        pos = -1
        if nucleus in _PAIRS and coda in _CODAS:
            # open syllable: the style decides; closed syllable: always the second vowel
            pos = v0 + 1 if coda or style == "new" else v0
        if pos >= 0:
            chars = list(bare)
            chars[pos] = unicodedata.normalize("NFC", chars[pos] + tones[0])
            candidate = "".join(chars)
            if len(candidate) == len(word):
                out = candidate
    if len(_vi_cache) < 100_000:
        _vi_cache[key] = out
    return out


def _vi_tones(b: _Builder, style: str) -> None:
    b.sub(_RE_VI_WORD, lambda m: _retone(m.group(), style) if len(m.group()) <= 7 else m.group())


# -- Thai -------------------------------------------------------------------------------

_TH_TONES: Final[str] = "\u0e48\u0e49\u0e4a\u0e4b"
_TH_ABOVE: Final[str] = "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e4d\u0e47"
_TH_BELOW: Final[str] = "\u0e38\u0e39\u0e3a"
_TH_FOLLOW: Final[str] = "\u0e30\u0e32\u0e33\u0e45"
_TH_LEAD: Final[str] = "\u0e40\u0e41\u0e42\u0e43\u0e44"
_TH_RULES: Final[tuple[tuple[re.Pattern[str], str], ...]] = (
    # Lakkhangyao after anything but Ru/Lu is a mistyped Sara Aa. First, so that the Sara Am
    # rule below sees the Sara Aa; a lookbehind, so that a run is replaced in one pass (and
    # then collapsed below).
    (re.compile("(?<=[^\u0e24\u0e26])\u0e45"), "\u0e32"),
    (re.compile("\u0e40\u0e40"), "\u0e41"),
    (re.compile(f"([{_TH_TONES}\u0e4c]+)([{_TH_ABOVE}{_TH_BELOW}]+)"), r"\2\1"),
    (re.compile(f"\u0e4d([{_TH_TONES}]*)\u0e32"), "\\1\u0e33"),
    (re.compile(f"([{_TH_FOLLOW}]+)([{_TH_TONES}]+)"), r"\2\1"),
)
_TH_NOREPEAT: Final[str] = f"{_TH_FOLLOW}{_TH_LEAD}{_TH_ABOVE}{_TH_BELOW}\u0e3a\u0e4c\u0e4d\u0e4e"
_TH_REPEATS: Final[tuple[tuple[re.Pattern[str], str], ...]] = tuple(
    (re.compile(f"({ch}[ ]*)+{ch}"), ch) for ch in dict.fromkeys(_TH_NOREPEAT)
)
_RE_TH_TONE_RUN: Final[re.Pattern[str]] = re.compile(f"[{_TH_TONES}]{{2,}}")
_RE_ANY_THAI: Final[re.Pattern[str]] = re.compile("[\u0e00-\u0e7f]")


def _thai(b: _Builder) -> None:
    if not _RE_ANY_THAI.search(b.text):
        return
    for pattern, repl in _TH_RULES + _TH_REPEATS:
        b.sub(pattern, repl)
    b.sub(_RE_TH_TONE_RUN, lambda m: m.group()[-1])


def _nfc_map(text: str) -> Normalized:
    """NFC only, with the offset map (used by the tokenizers)."""
    b = _Builder(text)
    _nfc(b)
    return b.result()


# -- public entry point -----------------------------------------------------------------


def normalize(
    text: str,
    *,
    lang: str | None = None,
    vi_tone_style: str = "old",
    collapse_spaces: bool = True,
) -> Normalized:
    """Normalize ``text`` and keep a map from the result back to ``text``.

    .. versionadded:: 0.1.0

    Args:
        text: Any text.
        lang: ``"vi"`` applies only the Vietnamese step, ``"th"`` only the
            Thai step, other codes neither; ``None`` applies both (each only
            touches its own script).
        vi_tone_style: ``"old"`` ("hòa", the default), ``"new"`` ("hoà"), or
            ``"keep"`` to leave tone marks where they are.
        collapse_spaces: Turn runs of spaces and tabs into one space.

    Returns:
        A :class:`Normalized` whose ``to_input*``/``to_normalized*`` methods map offsets.

    Raises:
        InvalidArgument: If ``text`` is not a string, or ``lang`` or
            ``vi_tone_style`` is not one of the allowed values.

    Example:
        >>> n = normalize("Thủ tướng\\u200b  Việt Nam\\u00a0", lang="vi")
        >>> n.text
        'Thủ tướng Việt Nam '
        >>> n.source[slice(*n.to_input_span(10, 18))]
        'Việt Nam'
    """
    if not isinstance(text, str):
        raise InvalidArgument(f"text must be a str, not {type(text).__name__}")
    if lang is not None and lang not in _LANGS:
        raise InvalidArgument(f"lang {lang!r} is not supported; use one of: {', '.join(_LANGS)} or None")
    if vi_tone_style not in VI_TONE_STYLES:
        raise InvalidArgument(f"vi_tone_style {vi_tone_style!r} is not allowed; use one of: {', '.join(VI_TONE_STYLES)}")
    b = _Builder(text)
    _nfc(b)
    _spaces(b, collapse_spaces)
    if lang in (None, "vi") and vi_tone_style != "keep":
        _vi_tones(b, vi_tone_style)
    if lang in (None, "th"):
        _thai(b)
    return b.result()
