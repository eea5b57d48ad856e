"""Vietnamese word segmentation with underthesea's CRF model, faster and with offsets.

Profiling ``underthesea.word_tokenize`` shows most of its time in building the
43 CRF feature strings of every syllable (``underthesea_core.CRFFeaturizer``),
then in the tagger turning them back into attribute ids; the regex
tokenizer and ``token_normalize`` take the rest. This engine keeps the same
steps and model but:

* runs underthesea's own syllable regex with ``finditer`` on the (NFC) text,
  so offsets are kept and nothing is rewritten;
* normalizes each distinct syllable once (cached);
* segments each distinct short sentence once (cached: captions, bylines and
  datelines repeat across a corpus);
* reads the CRF weights from the model file once (:func:`read_crfsuite`) and
  scores syllables without building feature strings: each distinct
  unigram, bigram and trigram is looked up once for the summed weights of
  every template position it fills (:class:`Scorer`, cached), then decodes
  with the same Viterbi as CRFsuite.

The test-suite checks the features (:func:`features`) against underthesea's
featurizer and the tags against its tagger.
"""

from __future__ import annotations

import importlib
import re
import threading
from collections.abc import Callable, Sequence
from operator import add as _add
from typing import Any, Final

from ..errors import MissingDependencyError

__all__ = ["segment", "syllables"]

_lock = threading.Lock()
#: Sentences (up to this many characters) whose segmentation is kept, and how many are kept.
_SENTENCE_CACHE_MAX_LEN: Final[int] = 200
_SENTENCE_CACHE_SIZE: Final[int] = 50_000
_state: dict[str, Any] = {}

#: The feature templates this featurizer reproduces, in the model's order.
EXPECTED_FEATURES: Final[tuple[str, ...]] = (
    "T[-2]", "T[-1]", "T[0]", "T[1]", "T[2]",
    "T[-2,-1]", "T[-1,0]", "T[0,1]", "T[1,2]", "T[-2,0]", "T[-1,1]", "T[0,2]",
    "T[-2].lower", "T[-1].lower", "T[0].lower", "T[1].lower", "T[2].lower",
    "T[-2,-1].lower", "T[-1,0].lower", "T[0,1].lower", "T[1,2].lower",
    "T[-1].isdigit", "T[0].isdigit", "T[1].isdigit",
    "T[-2].istitle", "T[-1].istitle", "T[0].istitle", "T[1].istitle", "T[2].istitle",
    "T[0,1].istitle", "T[0,2].istitle",
    "T[-2].is_in_dict", "T[-1].is_in_dict", "T[0].is_in_dict", "T[1].is_in_dict", "T[2].is_in_dict",
    "T[-2,-1].is_in_dict", "T[-1,0].is_in_dict", "T[0,1].is_in_dict", "T[1,2].is_in_dict",
    "T[-2,0].is_in_dict", "T[-1,1].is_in_dict", "T[0,2].is_in_dict",
)  # fmt: skip


def _load() -> dict[str, Any]:
    if _state:
        return _state
    with _lock:
        if _state:
            return _state
        try:
            import underthesea.pipeline.word_tokenize as wt
            from underthesea.pipeline.text_normalize import token_normalize
            from underthesea.pipeline.word_tokenize.regex_tokenize import regex_patterns

            joblib = importlib.import_module("joblib")
            core = importlib.import_module("underthesea_core")
        except ImportError as e:  # pragma: no cover - underthesea is a core dependency
            raise MissingDependencyError("underthesea", None, "Vietnamese word segmentation") from e
        from pathlib import Path

        base = Path(wt.__file__).parent / "models" / "ws_crf_vlsp2013_20230727"
        tagger = core.CRFTagger()
        tagger.load(str(base / "models.bin"))
        features = list(joblib.load(base / "features.bin"))
        dictionary = joblib.load(base / "dictionary.bin")
        _state["pattern"] = re.compile("(" + "|".join(regex_patterns) + ")", re.VERBOSE | re.UNICODE)
        _state["token_normalize"] = token_normalize
        _state["tagger"] = tagger
        _state["dictionary"] = frozenset(dictionary)
        _state["fast"] = tuple(features) == EXPECTED_FEATURES
        _state["core_featurizer"] = core.CRFFeaturizer(features, dictionary)
        try:
            _state["scorer"] = Scorer(str(base / "models.bin"), features, _state["dictionary"])
        except (ValueError, OSError, KeyError):  # pragma: no cover - another model format: use the tagger
            _state["scorer"] = None
        _state["norm_cache"] = {}
        _state["sentence_cache"] = {}
    return _state


def syllables(text: str) -> list[tuple[int, int]]:
    """Offsets of underthesea's syllable tokens in ``text`` (expected in NFC).

    >>> t = "Hội nghị ASEAN-Mỹ ngày 5/8."
    >>> [t[s:e] for s, e in syllables(t)]
    ['Hội', 'nghị', 'ASEAN-Mỹ', 'ngày', '5/8', '.']
    """
    pattern = _load()["pattern"]
    return [m.span() for m in pattern.finditer(text.replace("ð", "đ").replace("Ð", "Đ"))]


def _normalized(words: list[str], st: dict[str, Any]) -> list[str]:
    cache: dict[str, str] = st["norm_cache"]
    tn: Callable[[str], str] = st["token_normalize"]
    out = []
    for w in words:
        n = cache.get(w)
        if n is None:
            n = tn(w)
            if len(cache) < 500_000:
                cache[w] = n
        out.append(n)
    return out


def features(toks: list[str], dic: frozenset[str]) -> list[list[str]]:
    """The CRF feature strings of one sentence of (normalized) syllables.

    Identical to ``underthesea_core.CRFFeaturizer`` with the templates in
    :data:`EXPECTED_FEATURES`; each n-gram value is computed once.
    """
    n = len(toks)
    lo = [t.lower() for t in toks]
    bos, eos = ["BOS", "BOS"], ["EOS", "EOS"]
    u = bos + toks + eos
    low = bos + lo + eos
    dig = bos + [str(t.isascii() and t.isdigit()) for t in toks] + eos
    titb = [t[:1].upper() == t[:1] for t in toks]
    tit = bos + [str(x) for x in titb] + eos
    ind = bos + [str(t in dic) for t in lo] + eos
    bi = [toks[j] + " " + toks[j + 1] for j in range(n - 1)]
    bil = [s.lower() for s in bi]
    bid = [str(s in dic) for s in bil]
    tri = [bi[j] + " " + toks[j + 2] for j in range(n - 2)]
    tril = [s.lower() for s in tri]
    trid = [str(s in dic) for s in tril]
    out = []
    for i in range(n):
        k = i + 2
        first, second, last, last2 = i < 1, i < 2, i + 1 >= n, i + 2 >= n
        out.append([
            "T[-2]=" + u[k - 2], "T[-1]=" + u[k - 1], "T[0]=" + u[k], "T[1]=" + u[k + 1], "T[2]=" + u[k + 2],
            "T[-2,-1]=" + ("BOS" if second else bi[i - 2]),
            "T[-1,0]=" + ("BOS" if first else bi[i - 1]),
            "T[0,1]=" + ("EOS" if last else bi[i]),
            "T[1,2]=" + ("EOS" if last2 else bi[i + 1]),
            "T[-2,0]=" + ("BOS" if second else tri[i - 2]),
            "T[-1,1]=" + ("BOS" if first else "EOS" if last else tri[i - 1]),
            "T[0,2]=" + ("EOS" if last2 else tri[i]),
            "T[-2].lower=" + low[k - 2], "T[-1].lower=" + low[k - 1], "T[0].lower=" + low[k],
            "T[1].lower=" + low[k + 1], "T[2].lower=" + low[k + 2],
            "T[-2,-1].lower=" + ("BOS" if second else bil[i - 2]),
            "T[-1,0].lower=" + ("BOS" if first else bil[i - 1]),
            "T[0,1].lower=" + ("EOS" if last else bil[i]),
            "T[1,2].lower=" + ("EOS" if last2 else bil[i + 1]),
            "T[-1].isdigit=" + dig[k - 1], "T[0].isdigit=" + dig[k], "T[1].isdigit=" + dig[k + 1],
            "T[-2].istitle=" + tit[k - 2], "T[-1].istitle=" + tit[k - 1], "T[0].istitle=" + tit[k],
            "T[1].istitle=" + tit[k + 1], "T[2].istitle=" + tit[k + 2],
            "T[0,1].istitle=" + ("EOS" if last else str(titb[i] and titb[i + 1])),
            "T[0,2].istitle=" + ("EOS" if last2 else str(titb[i] and titb[i + 1] and titb[i + 2])),
            "T[-2].is_in_dict=" + ind[k - 2], "T[-1].is_in_dict=" + ind[k - 1], "T[0].is_in_dict=" + ind[k],
            "T[1].is_in_dict=" + ind[k + 1], "T[2].is_in_dict=" + ind[k + 2],
            "T[-2,-1].is_in_dict=" + ("BOS" if second else bid[i - 2]),
            "T[-1,0].is_in_dict=" + ("BOS" if first else bid[i - 1]),
            "T[0,1].is_in_dict=" + ("EOS" if last else bid[i]),
            "T[1,2].is_in_dict=" + ("EOS" if last2 else bid[i + 1]),
            "T[-2,0].is_in_dict=" + ("BOS" if second else trid[i - 2]),
            "T[-1,1].is_in_dict=" + ("BOS" if first else "EOS" if last else trid[i - 1]),
            "T[0,2].is_in_dict=" + ("EOS" if last2 else trid[i]),
        ])  # fmt: skip
    return out


_RE_TEMPLATE: Final[re.Pattern[str]] = re.compile(r"T\[(-?\d+)(?:,(-?\d+))?\](?:\.(\w+))?")


def read_crfsuite(path: str) -> tuple[list[str], dict[str, tuple[float, ...]], list[list[float]]]:
    """Read a CRFsuite model file: labels, attribute weights per label, and transition weights.

    The format is CRFsuite's ``lCRF``/``FOMC`` file: a header, a feature table
    (type, source, destination, float64 weight), and two CQDB string tables
    (labels and attributes) whose backward arrays map ids to strings.
    """
    import struct

    with open(path, "rb") as f:
        data = f.read()
    magic, _size, typ, _ver, _nf, n_labels, _na, off_f, off_l, off_a = struct.unpack_from("<4sI4sIIIIIII", data, 0)
    if magic != b"lCRF" or typ != b"FOMC":
        raise ValueError(f"{path} is not a CRFsuite model")

    def strings(off: int) -> dict[int, str]:
        _m, _s, _flag, _order, bwd_size, bwd_off = struct.unpack_from("<4sIIIII", data, off)
        out: dict[int, str] = {}
        for (roff,) in struct.iter_unpack("<I", data[off + bwd_off : off + bwd_off + 4 * bwd_size]):
            if roff:
                ident, ksize = struct.unpack_from("<II", data, off + roff)
                out[ident] = data[off + roff + 8 : off + roff + 7 + ksize].decode("utf-8")
        return out

    labels_by_id = strings(off_l)
    attrs_by_id = strings(off_a)
    labels = [labels_by_id[i] for i in range(n_labels)]
    _chunk, _csize, num = struct.unpack_from("<4sII", data, off_f)
    weights: dict[str, list[float]] = {}
    trans = [[0.0] * n_labels for _ in range(n_labels)]
    for ftype, src, dst, w in struct.iter_unpack("<IIId", data[off_f + 12 : off_f + 12 + 20 * num]):
        if ftype == 0:
            weights.setdefault(attrs_by_id[src], [0.0] * n_labels)[dst] += w
        else:
            trans[src][dst] += w
    return labels, {k: tuple(v) for k, v in weights.items()}, trans


_ATTRS: Final[dict[str | None, int]] = {None: 0, "lower": 1, "isdigit": 2, "istitle": 3, "is_in_dict": 4}


class Scorer:
    """Score syllables with the CRF weights directly and decode with Viterbi.

    Equivalent to building the feature strings and calling the tagger, for a
    two-label (B-W/I-W) model: each distinct unigram, bigram and trigram is
    looked up once (then cached) for the summed weight differences
    ``w(B) - w(I)`` of every template position it fills, and the per-syllable
    sums are built column by column.
    """

    def __init__(self, path: str, templates: Sequence[str], dictionary: frozenset[str]) -> None:
        labels, weights, trans = read_crfsuite(path)
        if labels != ["B-W", "I-W"]:
            raise ValueError(f"expected labels B-W, I-W, got {labels}")
        by_template: dict[str, dict[str, float]] = {}
        for attr, w in weights.items():
            name, _, value = attr.partition("=")
            by_template.setdefault(name, {})[value] = w[0] - w[1]
        self.trans = trans
        self.dic = dictionary
        parsed: dict[int, dict[int, list[tuple[int, dict[str, float]]]]] = {}
        for t in templates:
            m = _RE_TEMPLATE.fullmatch(t)
            if m is None or m.group(3) not in _ATTRS:
                raise ValueError(f"unknown feature template {t!r}")
            a = int(m.group(1))
            b = int(m.group(2)) if m.group(2) is not None else a
            parsed.setdefault(b - a + 1, {}).setdefault(a, []).append((_ATTRS[m.group(3)], by_template.get(t, {})))
        self.sizes = sorted(parsed)
        self.offsets = {g: sorted(parsed[g]) for g in self.sizes}
        self.templates = {g: [parsed[g][a] for a in self.offsets[g]] for g in self.sizes}
        # per size: (position of the offset, attribute index, weights) for every template
        self.flat = {
            g: [(oi, k, w) for oi, group in enumerate(self.templates[g]) for k, w in group] for g in self.sizes
        }
        self.cache: dict[tuple[str, ...], tuple[float, ...]] = {}
        self.sentinels = {
            (g, s): tuple(sum(w.get(s, 0.0) for _k, w in group) for group in self.templates[g])
            for g in self.sizes
            for s in ("BOS", "EOS")
        }

    def _vec(self, g: int, gram: tuple[str, ...]) -> tuple[float, ...]:
        joined = " ".join(gram)
        low = joined.lower()
        values = (
            joined,
            low,
            str(joined.isascii() and joined.isdigit()),
            str(all(t[:1].upper() == t[:1] for t in gram)),
            str(low in self.dic),
        )
        out = [0.0] * len(self.templates[g])
        for oi, k, w in self.flat[g]:
            x = w.get(values[k])
            if x is not None:
                out[oi] += x
        return tuple(out)

    def tag(self, toks: list[str]) -> list[bool]:
        """Return, for each syllable, whether it continues the word before it (I-W)."""
        n = len(toks)
        d = [0.0] * n
        cache = self.cache
        if len(cache) > 300_000:
            cache.clear()
        for g in self.sizes:
            offs = self.offsets[g]
            left = max(0, -offs[0])
            right = max(0, offs[-1] + g)
            rows: list[tuple[float, ...]] = [self.sentinels[(g, "BOS")]] * left
            for j in range(n - g + 1):
                key = tuple(toks[j : j + g])
                v = cache.get(key)
                if v is None:
                    v = cache[key] = self._vec(g, key)
                rows.append(v)
            rows.extend([self.sentinels[(g, "EOS")]] * (right + n - max(0, n - g + 1)))
            for k, col in enumerate(zip(*rows)):
                a = offs[k] + left
                d = list(map(_add, d, col[a : a + n]))
        (tbb, tbi), (tib, tii) = self.trans
        sb, si = d[0], 0.0
        back: list[tuple[int, int]] = []
        for t in range(1, n):
            fb, fi = sb + tbb, si + tib
            to_b, pb = (fi, 1) if fi > fb else (fb, 0)
            fb, fi = sb + tbi, si + tii
            to_i, pi = (fi, 1) if fi > fb else (fb, 0)
            sb, si = to_b + d[t], to_i
            back.append((pb, pi))
        y = 1 if si > sb else 0
        out = [False] * n
        for t in range(n - 1, -1, -1):
            out[t] = y == 1
            if t:
                y = back[t - 1][y]
        return out


def segment(texts: Sequence[str]) -> list[list[tuple[int, int]]]:
    """Segment each text (one sentence each, in NFC) into words; return their offsets.

    A word of several syllables spans from its first syllable to its last,
    whatever spaces are between them.

    >>> t = "Bộ trưởng Ngoại giao Việt Nam"
    >>> [t[s:e] for s, e in segment([t])[0]]
    ['Bộ trưởng', 'Ngoại giao', 'Việt Nam']
    """
    st = _load()
    tagger = st["tagger"]
    dic: frozenset[str] = st["dictionary"]
    scorer: Scorer | None = st["scorer"]
    cache: dict[str, tuple[tuple[int, int], ...]] = st["sentence_cache"]
    if len(cache) > _SENTENCE_CACHE_SIZE:
        cache.clear()
    result: list[list[tuple[int, int]]] = []
    for text in texts:
        hit = cache.get(text)
        if hit is not None:  # repeated captions, bylines, datelines: segmented once
            result.append(list(hit))
            continue
        spans = syllables(text)
        if not spans:
            result.append([])
            continue
        toks = _normalized([text[s:e] for s, e in spans], st)
        if scorer is not None:
            inside = scorer.tag(toks)
        else:  # pragma: no cover - a model the scorer cannot read
            x = features(toks, dic) if st["fast"] else st["core_featurizer"].process([[[t] for t in toks]])[0]
            inside = [tag == "I-W" for tag in tagger.tag(x)]
        words: list[tuple[int, int]] = []
        for (s, e), cont in zip(spans, inside):
            if cont and words:
                words[-1] = (words[-1][0], e)
            else:
                words.append((s, e))
        result.append(words)
        if len(text) <= _SENTENCE_CACHE_MAX_LEN:
            cache[text] = tuple(words)
    return result
