"""Thai word segmentation engines: nlpO3 (default) and pythainlp's own engines.

nlpO3 is called directly (``nlpo3.segment``) with the dictionary pythainlp
ships, loaded once; pythainlp's engines are called through
``pythainlp.tokenize.word_tokenize`` one line (and at most
:data:`MAX_CHUNK` characters) at a time, because newmm slows down on long
inputs.
"""

from __future__ import annotations

import os
import re
import threading
from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate, compress, islice, pairwise
from operator import not_
from typing import Any, Final

from ..errors import MissingDependencyError

__all__ = ["MAX_CHUNK", "PYTHAINLP_ENGINES", "nlpo3_segment", "pythainlp_segment"]

#: Longest text handed to a pythainlp engine in one call.
MAX_CHUNK: Final[int] = 2000

#: pythainlp word engines that work offline with the data pythainlp ships.
PYTHAINLP_ENGINES: Final[tuple[str, ...]] = ("newmm", "longest", "mm")

_DICT_NAME: Final[str] = "aseancorpus-pythainlp-words_th"
# whitespace nlpO3 does not split off: every str.isspace() character but space, tab and LF (a lone CR
# is one of them), listed (a literal class scans about 3x faster than [^\S \t\n])
_RE_ODD_SPACE: Final[re.Pattern[str]] = re.compile(
    "[\x0b\x0c\r\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"
)
_RE_NONSPACE: Final[re.Pattern[str]] = re.compile(r"\S+")
_lock = threading.Lock()
_state: dict[str, Any] = {}
_RE_CHUNK: Final[re.Pattern[str]] = re.compile(rf"[^\n]{{1,{MAX_CHUNK}}}(?:\s|$)|[^\n]{{1,{MAX_CHUNK}}}|\n+")


def offline_pythainlp() -> None:
    """Make sure pythainlp never tries to download a corpus."""
    os.environ.setdefault("PYTHAINLP_OFFLINE", "1")


def _nlpo3() -> Any:
    seg = _state.get("segment")
    if seg is not None:
        return seg
    with _lock:
        if "segment" not in _state:
            offline_pythainlp()
            try:
                from importlib.resources import as_file, files

                import pythainlp.corpus
                from nlpo3._nlpo3_python_backend import load_dict, segment
            except ImportError as e:  # pragma: no cover - both are core dependencies
                raise MissingDependencyError("nlpo3", None, "Thai word segmentation") from e
            ctx = as_file(files(pythainlp.corpus).joinpath("words_th.txt"))
            path = ctx.__enter__()  # kept open for the life of the process
            msg, ok = load_dict(str(path), _DICT_NAME)
            if not ok and "already" not in str(msg).lower():  # pragma: no cover
                raise RuntimeError(f"nlpO3 could not load the pythainlp dictionary {path}: {msg}")
            _state["ctx"] = ctx
            _state["segment"] = segment
    return _state["segment"]


def nlpo3_segment(texts: Sequence[str], bases: Sequence[int] | None = None) -> list[list[tuple[int, int]]]:
    """Offsets (plus ``bases[i]``) of nlpO3 (newmm) tokens in each text; spaces are left out.

    >>> t = "กระทรวงการต่างประเทศสหรัฐ"
    >>> [t[s:e] for s, e in nlpo3_segment([t])[0]]
    ['กระทรวงการต่างประเทศ', 'สหรัฐ']
    """
    seg = _nlpo3()
    out: list[list[tuple[int, int]]] = []
    for i, text in enumerate(texts):
        base = bases[i] if bases else 0
        toks = seg(text, _DICT_NAME, False, False) if text else []
        ends = list(accumulate(map(len, toks), initial=base))
        if ends[-1] - base != len(text):  # pragma: no cover - nlpO3 keeps every character
            out.append([(base + a, base + b) for a, b in _realign(text, toks)])
            continue
        # all C-level loops: pairs of consecutive ends, minus the whitespace tokens (which strip to "")
        odd = _RE_ODD_SPACE.search(text)
        if odd is None:
            out.append(list(compress(pairwise(ends), map(str.strip, toks))))
        else:  # nlpO3 may glue Unicode spaces to other characters: split them off those tokens only
            out.append(_split_odd_spaces(text, toks, ends, odd.start()))
    return out


def _split_odd_spaces(text: str, toks: list[str], ends: list[int], first: int) -> list[tuple[int, int]]:
    """Token offsets (``ends`` are the cumulative ends, from the base) with odd spaces split off.

    Only the tokens holding one of the spaces (from ``text[first]`` on) are
    cut; the others are kept as they are, in C-level loops.
    """
    base = ends[0]
    glued = sorted({bisect_right(ends, base + m.start()) - 1 for m in _RE_ODD_SPACE.finditer(text, first)})
    pairs = list(zip(ends, islice(ends, 1, None)))
    keep = list(map(not_, map(str.isspace, toks)))
    out: list[tuple[int, int]] = []
    done = 0
    for k in glued:
        out.extend(compress(pairs[done:k], keep[done:k]))
        a = ends[k]
        out.extend([(a + m.start(), a + m.end()) for m in _RE_NONSPACE.finditer(toks[k])])
        done = k + 1
    out.extend(compress(pairs[done:], keep[done:]))
    return out


def _realign(text: str, tokens: Sequence[str]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    pos = 0
    for tok in tokens:
        tok = tok.strip()
        if not tok:
            continue
        i = text.find(tok, pos)
        if i < 0:
            continue
        spans.append((i, i + len(tok)))
        pos = i + len(tok)
    return spans


def pythainlp_segment(engine: str) -> Any:
    """Return a segmenter calling pythainlp's ``word_tokenize(engine=engine)`` chunk by chunk."""

    def run(texts: Sequence[str], bases: Sequence[int] | None = None) -> list[list[tuple[int, int]]]:
        offline_pythainlp()
        try:
            from pythainlp.tokenize import word_tokenize
        except ImportError as e:  # pragma: no cover
            raise MissingDependencyError("pythainlp", None, "Thai word segmentation") from e
        out = []
        for i, text in enumerate(texts):
            spans: list[tuple[int, int]] = []
            for m in _RE_CHUNK.finditer(text):
                base = m.start() + (bases[i] if bases else 0)
                chunk = m.group()
                if chunk.isspace():
                    continue
                tokens = word_tokenize(chunk, engine=engine, keep_whitespace=False)
                spans.extend((base + a, base + b) for a, b in _realign(chunk, tokens))
            out.append(spans)
        return out

    return run
