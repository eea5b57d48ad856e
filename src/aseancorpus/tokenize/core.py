"""Sentences and words with exact offsets, routed by script.

Text is cut into script runs (the same runs as
:func:`aseancorpus.lang.script_runs`, found with regular expressions so the
routing costs little next to the engines): Thai runs go to the Thai engine;
Latin runs go to the Vietnamese engine when the text is Vietnamese or the
run carries Vietnamese letters ("ảnh 1" inside a Thai article), else to the
simple splitter; Lao, Khmer and Myanmar runs go to the simple splitter,
which keeps each unbroken stretch of letters as one token (documented
fallback: those scripts write no spaces between words). Engines are called
per run, and the Vietnamese engine per sentence.

URLs, e-mail addresses and numbers with inner separators ("5/8",
"2021-2025") are always one token. Every character of the input is either in
a token or in a whitespace gap: ``text[t.start:t.end] == t.text`` and the
tokens, with the gaps between them, rebuild the text.

>>> from aseancorpus.tokenize import words
>>> [t.text for t in words("Bộ trưởng Bùi Thanh Sơn thăm Hàn Quốc ngày 5/8.", lang="vi")]
['Bộ trưởng', 'Bùi Thanh Sơn', 'thăm', 'Hàn Quốc', 'ngày', '5/8', '.']
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable, Sequence
from operator import itemgetter
from typing import Any, Final

import attrs

from ..errors import InvalidArgument
from ..model import Span, Token
from . import _sentences, _simple, _thai, _vi_crf

__all__ = [
    "DEFAULT_ENGINES",
    "DEFAULT_SENTENCE_ENGINES",
    "ENGINES",
    "LANGS",
    "SENTENCE_ENGINES",
    "Engine",
    "route",
    "sentence_offsets",
    "sentences",
    "word_offsets",
    "words",
]

# segment(texts, bases) -> for each text, its token offsets plus bases[i]
Segmenter = Callable[[Sequence[str], Sequence[int]], list[list[tuple[int, int]]]]
OneByOne = Callable[[Sequence[str]], list[list[tuple[int, int]]]]

#: Language codes the tokenizer routes.
LANGS: Final[tuple[str, ...]] = ("th", "vi", "en", "lo", "km", "my", "und")


@attrs.frozen
class Engine:
    """A word segmenter: a name, the languages it serves, and the function.

    .. versionadded:: 0.1.0

    Attributes:
        name: Registry key, passed as ``engine=``.
        langs: Languages whose runs it segments.
        segment: Takes texts and their base offsets, returns for each text the
            ``(start, end)`` offsets of its tokens plus its base, in order, not
            overlapping; whitespace may be left out.
        description: One line for the docs.
        complete: Whether every non-space character always ends up in a token
            (else the tokenizer adds the characters it left out).
        maskable: Whether a space is always a token boundary for it, so it can
            be called once on the whole text with other languages' runs
            blanked out (one call instead of one per run).
        rejects_surrogates: Whether it raises :class:`UnicodeEncodeError` on
            lone surrogates, so the tokenizer need not look for them first.
    """

    name: str
    langs: tuple[str, ...]
    segment: Segmenter = attrs.field(repr=False)
    description: str = ""
    complete: bool = True
    maskable: bool = False
    rejects_surrogates: bool = False


# -- the Vietnamese path: NFC with an offset map, sentences, CRF -------------------------------


def _vi_path(engine: OneByOne) -> Segmenter:
    """Run a one-sentence-per-call Vietnamese engine over runs: NFC first, then per sentence."""
    from ..normalization import _nfc_map

    def run(texts: Sequence[str], bases: Sequence[int] | None = None) -> list[list[tuple[int, int]]]:
        jobs: list[tuple[int, int, int]] = []  # (text index, sentence start, sentence end)
        normed = []
        for i, text in enumerate(texts):
            nf = _nfc_map(text)
            normed.append(nf)
            for s, e in _sentences.latin_sentences(nf.text):
                jobs.append((i, s, e))
        segs = engine([normed[i].text[s:e] for i, s, e in jobs])
        out: list[list[tuple[int, int]]] = [[] for _ in texts]
        for (i, base, _e), spans in zip(jobs, segs):
            nf = normed[i]
            shift = bases[i] if bases else 0
            if nf.starts is None:
                k = shift + base
                out[i].extend([(s + k, e + k) for s, e in spans] if k else spans)
            else:
                acc = out[i]
                for s, e in spans:
                    a, b = nf.to_input_span(base + s, base + e)
                    a, b = shift + a, shift + b
                    if acc and a < acc[-1][1]:  # two tokens made from one rewritten stretch: join them
                        acc[-1] = (acc[-1][0], max(b, acc[-1][1]))
                    else:
                        acc.append((a, b))
        return out

    return run


def _underthesea_raw(texts: Sequence[str]) -> list[list[tuple[int, int]]]:
    """underthesea's own ``word_tokenize``, realigned by counting syllables."""
    from underthesea import word_tokenize

    out = []
    for text in texts:
        syl = _vi_crf.syllables(text)
        spans: list[tuple[int, int]] = []
        k = 0
        for w in word_tokenize(text):
            n = w.count(" ") + 1
            if k + n > len(syl):  # pragma: no cover - underthesea changed its syllable rules
                break
            spans.append((syl[k][0], syl[k + n - 1][1]))
            k += n
        spans.extend(syl[k:])
        out.append(spans)
    return out


#: Word engines by name.
ENGINES: Final[dict[str, Engine]] = {
    "nlpo3": Engine(
        "nlpo3",
        ("th",),
        _thai.nlpo3_segment,
        "newmm in Rust (nlpO3), pythainlp's dictionary",
        maskable=True,
        rejects_surrogates=True,
    ),
    "newmm": Engine("newmm", ("th",), _thai.pythainlp_segment("newmm"), "pythainlp newmm (pure Python)", False),
    "longest": Engine("longest", ("th",), _thai.pythainlp_segment("longest"), "pythainlp longest matching", False),
    "mm": Engine("mm", ("th",), _thai.pythainlp_segment("mm"), "pythainlp maximal matching", False),
    "crf": Engine("crf", ("vi",), _vi_path(_vi_crf.segment), "underthesea's CRF model, fast path"),
    "underthesea": Engine("underthesea", ("vi",), _vi_path(_underthesea_raw), "underthesea.word_tokenize"),
    "simple": Engine(
        "simple",
        ("en", "lo", "km", "my", "und", "th", "vi"),
        _simple.simple_segment,
        "spaces and punctuation",
    ),
}

#: The engine used for each language when ``engine=None``.
DEFAULT_ENGINES: Final[dict[str, str]] = {
    "th": "nlpo3",
    "vi": "crf",
    "en": "simple",
    "lo": "simple",
    "km": "simple",
    "my": "simple",
    "und": "simple",
}

#: Sentence splitters by name.
SENTENCE_ENGINES: Final[dict[str, Callable[[str], list[tuple[int, int]]]]] = {
    "rules": _sentences.thai_sentences,
    "crfcut": _sentences.crfcut_sentences,
}

#: The sentence splitter used when ``engine=None``.
DEFAULT_SENTENCE_ENGINES: Final[dict[str, str]] = dict.fromkeys(LANGS, "rules")


# -- script runs -------------------------------------------------------------------------------

_LATIN_BLOCKS: Final[tuple[tuple[int, int], ...]] = (
    (0x00C0, 0x024F), (0x0250, 0x02AF), (0x1D00, 0x1DBF), (0x1E00, 0x1EFF), (0x2070, 0x209F),
    (0x2C60, 0x2C7F), (0xA720, 0xA7FF), (0xAB30, 0xAB6F), (0xFB00, 0xFB06), (0xFF21, 0xFF5A),
)  # fmt: skip
_VI_STRONG_MARKS: Final[frozenset[str]] = frozenset("\u031b\u0306\u0323\u0309")
_VI_WEAK_MARKS: Final[frozenset[str]] = frozenset("\u0300\u0301\u0303\u0302")
_res: dict[str, re.Pattern[str]] = {}
#: Characters that never start or break a run (all "Common" or "Inherited" for script_of). The
#: whitespace is listed (every ``str.isspace()`` character) rather than ``\\s``: a class without a
#: category compiles to a bitmap, which scans faster.
_COMMON_FAST: Final[str] = (
    "\t-\r\x1c-\x20\x85\u1680\u2028\u2029\u202f\u205f\u3000"
    "0-9!-/:-@\\[-`{-~\u00a0-\u00a9\u00ab-\u00b4\u00b6-\u00b9\u00bb-\u00bf\u0300-\u036f\u2000-\u206f"
)


def _class(chars: list[str]) -> str:
    return "".join(re.escape(c) for c in chars)


def _patterns() -> dict[str, re.Pattern[str]]:
    if _res:
        return _res
    latin, strong, weak = [], ["đ", "Đ"], []
    for lo, hi in _LATIN_BLOCKS:
        for cp in range(lo, hi + 1):
            c = chr(cp)
            if c.isalpha() and "LATIN" in unicodedata.name(c, ""):
                latin.append(c)
                marks = set(unicodedata.normalize("NFD", c)[1:])
                if c not in "đĐ":
                    if marks & _VI_STRONG_MARKS:
                        strong.append(c)
                    elif marks & _VI_WEAK_MARKS:
                        weak.append(c)
    lat = "A-Za-z" + _class(latin)
    # a run: a letter of the script, then letters of the script or common characters; one match
    # usually covers a whole run (characters outside these classes just start another match)
    common = _COMMON_FAST
    scripts = {
        "Thai": "\u0e00-\u0e7f",
        "Lao": "\u0e80-\u0eff",
        "Khmer": "\u1780-\u17ff\u19e0-\u19ff",
        "Myanmar": "\u1000-\u109f\ua9e0-\ua9ff\uaa60-\uaa7f",
        "Latin": lat,
    }
    _res["runs"] = re.compile(
        "|".join(f"(?P<{name}>[{cls}][{cls}{common}]*)" for name, cls in scripts.items()) + "|(?P<x>[^\\W\\d_])"
    )
    _res["latin"] = re.compile(f"[{lat}]")
    _res["strong"] = re.compile(f"[{_class(strong)}]|[A-Za-z][\u031b\u0306\u0323\u0309]")
    _res["weak"] = re.compile(f"[{_class(weak)}]|[A-Za-z][\u0300\u0301\u0303\u0302]")
    return _res


def _script_runs(text: str) -> list[tuple[int, int, str]]:
    """Like :func:`aseancorpus.lang.script_runs`, as tuples."""
    from ..lang import script_of

    runs: list[tuple[int, int, str]] = []
    cur: str | None = None
    start = 0
    for m in _patterns()["runs"].finditer(text):
        s = m.lastgroup or "x"
        if s == "x":
            s = script_of(m.group())
            if s in ("Common", "Inherited"):
                continue
        if cur is None:
            cur = s
        elif s != cur:
            runs.append((start, m.start(), cur))
            cur, start = s, m.start()
    if text:
        runs.append((start, len(text), cur or "Common"))
    return runs


def _is_vietnamese(text: str) -> bool:
    p = _patterns()
    strong = len(p["strong"].findall(text))
    if strong >= 2:
        return True
    letters = len(p["latin"].findall(text))
    if not letters:
        return False
    return (strong + len(p["weak"].findall(text))) / letters > 0.03


_SCRIPT_LANG: Final[dict[str, str]] = {"Thai": "th", "Lao": "lo", "Khmer": "km", "Myanmar": "my"}


def route(text: str, lang: str | None = None) -> list[tuple[int, int, str]]:
    """Cut ``text`` into ``(start, end, language)`` runs, one engine each.

    .. versionadded:: 0.1.0

    Args:
        text: Any text.
        lang: The main language of the text, or ``None``. With ``"vi"`` every
            Latin run is Vietnamese; otherwise a Latin run is Vietnamese when
            its letters and tone marks say so, else English.

    >>> t = "อาเซียนและสหรัฐ - ảnh 1ภาพการประชุม (VNA)"
    >>> [(t[s:e], lang) for s, e, lang in route(t, "th")]
    [('อาเซียนและสหรัฐ - ', 'th'), ('ảnh 1', 'vi'), ('ภาพการประชุม (', 'th'), ('VNA)', 'en')]
    """
    out: list[tuple[int, int, str]] = []
    for s, e, script in _script_runs(text):
        if script == "Latin":
            code = "vi" if lang == "vi" or _is_vietnamese(text[s:e]) else "en"
        else:
            code = _SCRIPT_LANG.get(script, "und")
        if out and out[-1][2] == code:
            out[-1] = (out[-1][0], e, code)
        else:
            out.append((s, e, code))
    return out


# -- arguments ---------------------------------------------------------------------------------


def _check_text(text: Any) -> None:
    if not isinstance(text, str):
        raise InvalidArgument(f"text must be a str, not {type(text).__name__}")


def _check_lang(lang: Any) -> None:
    if lang is not None and lang not in LANGS:
        raise InvalidArgument(f"lang {lang!r} is not supported; use one of: {', '.join(LANGS)} or None")


def _engines_for(engine: str | None, lang: str | None) -> dict[str, Engine]:
    chosen = {code: ENGINES[name] for code, name in DEFAULT_ENGINES.items()}
    if engine is None:
        return chosen
    if engine not in ENGINES:
        raise InvalidArgument(f"engine {engine!r} is not known; use one of: {', '.join(sorted(ENGINES))}")
    eng = ENGINES[engine]
    targets = eng.langs if engine != "simple" else ((lang,) if lang else LANGS)
    for code in targets:
        chosen[code] = eng
    return chosen


# -- segmentation --------------------------------------------------------------------------------


Spans = list[tuple[int, int]]


def _emit_trimmed(text: str, piece: tuple[int, int, str], out: Spans, codes: list[str]) -> None:
    """Append the piece of a cut token without the whitespace at its edges (if anything is left)."""
    s, e, code = piece
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if s < e:
        out.append((s, e))
        codes.append(code)


def _merge_protected(text: str, spans: Spans, codes: list[str]) -> tuple[Spans, list[str]]:
    """Make each URL, e-mail and separated number one token, cutting engine tokens at their edges."""
    prot = _simple.protected_spans(text)
    if prot:  # most are one engine token already ("25,000"): those need nothing
        prot = [p for p in prot if not _is_token(spans, p)]
    if not prot:
        return spans, codes
    first_of, second_of = itemgetter(0), itemgetter(1)
    out: Spans = []
    out_codes: list[str] = []
    done = 0  # spans[:done] are handled
    pending: tuple[int, int, str] | None = None  # the cut-off tail of a token, not yet emitted
    for ps, pe in prot:
        if pending is not None and pending[1] <= ps:
            _emit_trimmed(text, pending, out, out_codes)
            pending = None
        lo = bisect.bisect_right(spans, ps, done, key=second_of)  # first token ending after ps
        hi = bisect.bisect_left(spans, pe, lo, key=first_of)  # first token starting at or after pe
        group = ([pending] if pending is not None else []) + [(a, b, c) for (a, b), c in zip(spans[lo:hi], codes[lo:hi])]
        if not group:
            continue
        out.extend(spans[done:lo])
        out_codes.extend(codes[done:lo])
        first, last = group[0], group[-1]
        if first[0] < ps:
            _emit_trimmed(text, (first[0], ps, first[2]), out, out_codes)
        out.append((ps, pe))
        out_codes.append(first[2])
        pending = (pe, last[1], last[2]) if last[1] > pe else None
        done = hi
    if pending is not None:
        _emit_trimmed(text, pending, out, out_codes)
    out.extend(spans[done:])
    out_codes.extend(codes[done:])
    return out, out_codes


def _is_token(spans: Spans, span: tuple[int, int]) -> bool:
    """Whether ``span`` is one of the sorted, non-overlapping ``spans`` (binary search)."""
    i = bisect.bisect_left(spans, span)
    return i < len(spans) and spans[i] == span


_RE_GAP: Final[re.Pattern[str]] = re.compile(r"\s+|\S+")


def _fill(text: str, spans: Spans, codes: list[str], keep_space: bool) -> tuple[Spans, list[str]]:
    """Add the characters no engine covered: whitespace gaps (if kept) and any other leftovers."""
    out: Spans = []
    out_codes: list[str] = []
    pos = 0
    for (s, e), code in zip(spans, codes):
        if s > pos:
            _gap(text, pos, s, code, keep_space, out, out_codes)
        out.append((s, e))
        out_codes.append(code)
        pos = e
    if pos < len(text):
        _gap(text, pos, len(text), codes[-1] if codes else "und", keep_space, out, out_codes)
    return out, out_codes


def _gap(text: str, s: int, e: int, code: str, keep_space: bool, out: Spans, codes: list[str]) -> None:
    for m in _RE_GAP.finditer(text, s, e):
        if keep_space or not m.group().isspace():
            out.append(m.span())
            codes.append(code)


def _masked(text: str, runs: list[tuple[int, int, str]]) -> str:
    """``text`` with everything outside ``runs`` replaced by spaces (same length)."""
    parts = []
    pos = 0
    for s, e, _c in runs:
        if s > pos:
            parts.append(" " * (s - pos))
        parts.append(text[s:e])
        pos = e
    parts.append(" " * (len(text) - pos))
    return "".join(parts)


_RE_SURROGATE: Final[re.Pattern[str]] = re.compile("[\ud800-\udfff]")


def _run_engine(eng: Engine, texts: list[str], bases: list[int]) -> list[Spans]:
    """Call an engine; lone surrogates (e.g. from ``surrogateescape``) are replaced by U+FFFD first.

    Same length, so the offsets hold. Engines that refuse them by
    themselves are only given the replaced text when they do, which spares a
    scan of every text.
    """
    if eng.rejects_surrogates:
        try:
            return eng.segment(texts, bases)
        except UnicodeEncodeError:
            pass
    if any(map(_RE_SURROGATE.search, texts)):
        texts = [_RE_SURROGATE.sub("\ufffd", t) for t in texts]
    return eng.segment(texts, bases)


def _segment(text: str, lang: str | None, engine: str | None, keep_space: bool) -> tuple[Spans, list[str]]:
    engines = _engines_for(engine, lang)
    runs = route(text, lang)
    if len(runs) == 1:  # one language (most paragraphs): no grouping, no reassembly
        code = runs[0][2]
        eng = engines[code]
        spans = _run_engine(eng, [text], [0])[0]
        codes = [code] * len(spans)
        complete = eng.complete
    else:
        spans, codes, complete = _segment_runs(text, runs, engines)
    spans, codes = _merge_protected(text, spans, codes)
    if complete and not keep_space:
        return spans, codes
    return _fill(text, spans, codes, keep_space)


def _segment_runs(
    text: str, runs: list[tuple[int, int, str]], engines: dict[str, Engine]
) -> tuple[Spans, list[str], bool]:
    """Segment each run with its language's engine; one call per language."""
    by_lang: dict[str, list[int]] = {}
    for i, (_s, _e, code) in enumerate(runs):
        by_lang.setdefault(code, []).append(i)
    results: list[Spans | None] = [None] * len(runs)
    whole: dict[str, Spans] = {}  # language -> tokens of all its runs, from one call on the masked text
    complete = True
    for code, idx in by_lang.items():
        eng = engines[code]
        complete = complete and eng.complete
        if eng.maskable and len(idx) > 1:
            whole[code] = _run_engine(eng, [_masked(text, [runs[i] for i in idx])], [0])[0]
            continue
        segs = _run_engine(eng, [text[runs[i][0] : runs[i][1]] for i in idx], [runs[i][0] for i in idx])
        for i, seg in zip(idx, segs):
            results[i] = seg
    spans: Spans = []
    codes: list[str] = []
    for (s, e, code), found in zip(runs, results):
        if found is None:  # this run's tokens are a slice of the masked call's (tokens never cross a run)
            all_spans = whole[code]
            lo = bisect.bisect_left(all_spans, (s,))
            found = all_spans[lo : bisect.bisect_left(all_spans, (e,), lo)]
        spans.extend(found)
        codes.extend([code] * len(found))
    return spans, codes, complete


def word_offsets(text: str, *, lang: str | None = None, engine: str | None = None) -> list[tuple[int, int]]:
    """Offsets of the words, numbers and punctuation marks of ``text``, without building tokens.

    .. versionadded:: 0.1.0

    The cheap entry point for worker processes: ship these pairs back and
    slice the text where it is needed.

    >>> t = "ASEAN และสหรัฐ"
    >>> [t[s:e] for s, e in word_offsets(t, lang="th")]
    ['ASEAN', 'และ', 'สหรัฐ']
    """
    _check_text(text)
    _check_lang(lang)
    return _segment(text, lang, engine, False)[0]


def _join_compound(tok: str) -> str:
    return "_".join(tok.split())


def words(
    text: str,
    *,
    lang: str | None = None,
    engine: str | None = None,
    drop_punct: bool = False,
    drop_space: bool = True,
    lower: bool = False,
    join_compounds: bool = False,
) -> list[Token]:
    """Split ``text`` into word tokens with exact offsets.

    .. versionadded:: 0.1.0

    Args:
        text: Any text.
        lang: Main language ("th", "vi", "en", ...), or ``None`` to route by script alone.
        engine: A name from :data:`~aseancorpus.tokenize.core.ENGINES` for the runs of its language(s);
            ``None`` uses :data:`~aseancorpus.tokenize.core.DEFAULT_ENGINES`.
        drop_punct: Leave out punctuation and symbol tokens.
        drop_space: Leave out whitespace tokens (the default).
        lower: Put the lower-cased form in :attr:`Token.norm`.
        join_compounds: Join the syllables of Vietnamese words with ``"_"`` in
            :attr:`Token.norm` ("Việt_Nam"), as underthesea's ``format="text"``.

    Returns:
        Tokens in text order; ``text[t.start:t.end] == t.text`` for each.

    Raises:
        InvalidArgument: If ``text`` is not a string, or ``lang`` or ``engine`` is unknown.

    Example:
        >>> ts = words("Việt Nam và Hàn Quốc", lang="vi", join_compounds=True, lower=True)
        >>> [(t.text, t.norm, t.start) for t in ts]
        [('Việt Nam', 'việt_nam', 0), ('và', 'và', 9), ('Hàn Quốc', 'hàn_quốc', 12)]
        >>> [t.text for t in words("กระทรวงการต่างประเทศสหรัฐ ผ่านวิดีโอ", lang="th")]
        ['กระทรวงการต่างประเทศ', 'สหรัฐ', 'ผ่าน', 'วิดีโอ']
    """
    _check_text(text)
    _check_lang(lang)
    spans, codes = _segment(text, lang, engine, not drop_space)
    if drop_punct or join_compounds or lower or _SETTERS is None:
        return _tokens_with_options(text, spans, codes, drop_punct, join_compounds, lower)
    # Tokens built without running the validators (offsets are right by construction), in one
    # tight loop: the kind comes from a cache, ``norm`` is the text itself.
    kind_of = _simple.KIND_OF.get
    classify = _simple.kind
    st, ss, se, sl, sk, sn = _SETTERS
    new = Token.__new__
    out: list[Token] = []
    append = out.append
    for (s, e), code in zip(spans, codes):
        tok = text[s:e]
        o = new(Token)
        st(o, tok)
        ss(o, s)
        se(o, e)
        sl(o, code)
        sk(o, kind_of(tok) or classify(tok))
        sn(o, tok)
        append(o)
    return out


def _tokens_with_options(
    text: str, spans: Spans, codes: list[str], drop_punct: bool, join_compounds: bool, lower: bool
) -> list[Token]:
    """Tokens, some options applied (and the validating constructor if the slots are not the expected ones)."""
    kind_of = _simple.KIND_OF.get
    classify = _simple.kind
    out: list[Token] = []
    for (s, e), code in zip(spans, codes):
        tok = text[s:e]
        k = kind_of(tok) or classify(tok)
        if drop_punct and (k == "punct" or k == "symbol"):
            continue
        norm = tok
        if join_compounds and code == "vi" and k == "word":
            norm = _join_compound(norm)
        if lower:
            norm = norm.lower()
        if _SETTERS is None:  # pragma: no cover - the model changed
            out.append(Token(tok, s, e, code, k, norm))
            continue
        st, ss, se, sl, sk, sn = _SETTERS
        o = Token.__new__(Token)
        st(o, tok)
        ss(o, s)
        se(o, e)
        sl(o, code)
        sk(o, k)
        sn(o, norm)
        out.append(o)
    return out


def _token_setters() -> tuple[Callable[[Token, Any], None], ...] | None:
    """Slot setters of Token, or ``None`` if its fields are not the expected ones."""
    names = ("text", "start", "end", "lang", "kind", "norm")
    if tuple(a.name for a in attrs.fields(Token)) != names:  # pragma: no cover - the model changed
        return None
    return tuple(getattr(Token, n).__set__ for n in names)


_SETTERS = _token_setters()


# -- sentences -----------------------------------------------------------------------------------


def sentence_offsets(text: str, *, lang: str | None = None, engine: str | None = None) -> list[tuple[int, int]]:
    """Offsets of the sentences of ``text`` (without surrounding whitespace).

    .. versionadded:: 0.1.0

    Raises:
        InvalidArgument: If ``text`` is not a string, or ``lang`` or ``engine`` is unknown.

    >>> t = "Hai bên nhất trí. Mỹ hỗ trợ ASEAN.\\nภาพการประชุม"
    >>> [t[s:e] for s, e in sentence_offsets(t)]
    ['Hai bên nhất trí.', 'Mỹ hỗ trợ ASEAN.', 'ภาพการประชุม']
    """
    _check_text(text)
    _check_lang(lang)
    name = engine if engine is not None else DEFAULT_SENTENCE_ENGINES.get(lang or "und", "rules")
    split = SENTENCE_ENGINES.get(name)
    if split is None:
        raise InvalidArgument(
            f"sentence engine {name!r} is not known; use one of: {', '.join(sorted(SENTENCE_ENGINES))}"
        )
    if _RE_SURROGATE.search(text):
        text = _RE_SURROGATE.sub("\ufffd", text)
    return split(text)


def sentences(text: str, *, lang: str | None = None, engine: str | None = None) -> list[Span]:
    """Split ``text`` into sentences with exact offsets.

    .. versionadded:: 0.1.0

    Thai lines are split by rules (``engine="crfcut"`` uses pythainlp's CRF
    model instead); Latin-script lines after ``.``, ``!``, ``?`` or ``…``
    followed by a capital, except after abbreviations. A line break always
    ends a sentence.

    Args:
        text: Any text.
        lang: Main language, or ``None``; each sentence's ``lang`` says how it was read.
        engine: ``"rules"`` (default) or ``"crfcut"``.

    Returns:
        Spans in text order; ``text[s.start:s.end] == s.text``.

    Raises:
        InvalidArgument: If ``text`` is not a string, or ``lang`` or ``engine`` is unknown.

    Example:
        >>> [(s.text, s.lang) for s in sentences("Chiều 10/7, Hà Nội đón đoàn. Ảnh: BNG", lang="vi")]
        [('Chiều 10/7, Hà Nội đón đoàn.', 'vi'), ('Ảnh: BNG', 'vi')]
    """
    out: list[Span] = []
    for s, e in sentence_offsets(text, lang=lang, engine=engine):
        piece = text[s:e]
        runs = route(piece, lang)
        code = max(runs, key=lambda r: r[1] - r[0])[2] if runs else (lang or "und")
        out.append(Span(piece, s, e, code))
    return out
