"""Thai NER with the CRF model bundled in pythainlp, run offline.

``ThaiNameTagger(version="1.5")`` asks the corpus catalogue for a "1.5" that
the bundled catalogue lists as "1.5.1", so it tries to download. This module
opens the bundled model file (``pythainlp.corpus.get_corpus_path("thainer")``)
with :mod:`pycrfsuite` itself.

The model's features were trained on LST20 part-of-speech codes (``NN``,
``VV``, ``PU``...). pythainlp's offline taggers emit ORCHID or UD tags, and fed
UD tags the model labels almost every token ``I-LAW``; so the words are tagged
with the ORCHID perceptron and the tags mapped to LST20 codes
(:data:`ORCHID_TO_LST20`).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any, Final

from ..errors import MissingDependencyError
from ..model import Entity
from ._align import iob_spans, lines

__all__ = ["ORCHID_TO_LST20", "thai_ner"]

#: ORCHID part-of-speech tags mapped to the LST20 codes the NER model was trained on.
ORCHID_TO_LST20: Final[dict[str, str]] = {
    "NPRP": "NN", "NCMN": "NN", "NLBL": "NN", "NTTL": "NN", "NCNM": "NU", "NONM": "NU",
    "PPRS": "PR", "PDMN": "PR", "PNTR": "PR", "PREL": "PR",
    "VACT": "VV", "VSTA": "VV", "VATT": "AJ",
    "XVBM": "AX", "XVAM": "AX", "XVMM": "AX", "XVBB": "AX", "XVAE": "AX",
    "DDAN": "DT", "DDAC": "DT", "DDBQ": "DT", "DDAQ": "DT", "DIAC": "DT", "DIBQ": "DT", "DIAQ": "DT",
    "DCNM": "DT", "DONM": "DT",
    "ADVN": "AV", "ADVI": "AV", "ADVP": "AV", "ADVS": "AV",
    "CNIT": "CL", "CLTV": "CL", "CMTR": "CL", "CFQC": "CL", "CVBL": "CL",
    "JCRG": "CC", "JCMP": "CC", "JSBR": "CC", "RPRE": "PS", "INT": "IJ",
    "FIXN": "FX", "FIXV": "FX", "EAFF": "PA", "EITT": "PA", "NEG": "NG", "PUNC": "PU",
}  # fmt: skip

_LABELS: Final[dict[str, str]] = {"PERSON": "PER", "ORGANIZATION": "ORG", "LOCATION": "LOC"}
_TITLES: Final[frozenset[str]] = frozenset({"นาย", "นาง", "นางสาว", "น.ส.", "ด.ช.", "ด.ญ.", "ดร.", "คุณ"})


@functools.lru_cache(maxsize=1)
def _model() -> tuple[Any, Any, Any, Any, frozenset[str]]:
    try:
        import pycrfsuite
        from pythainlp.corpus import get_corpus_path, thai_stopwords
        from pythainlp.tag import pos_tag
        from pythainlp.tokenize import word_tokenize
        from pythainlp.util import is_thai
    except ImportError as e:  # pragma: no cover - both are dependencies
        raise MissingDependencyError(e.name or "pythainlp", None, "Thai NER") from e
    path = get_corpus_path("thainer")
    if not path:  # pragma: no cover - the model ships inside pythainlp
        raise MissingDependencyError("pythainlp", None, "Thai NER (bundled 'thainer' model not found)")
    tagger = pycrfsuite.Tagger()
    tagger.open(path)
    return tagger, word_tokenize, pos_tag, is_thai, frozenset(thai_stopwords())


def _features(doc: list[tuple[str, str]], i: int, is_thai: Any, stop: frozenset[str]) -> dict[str, Any]:
    """The model's features, as in pythainlp's ``thainer`` module."""
    word, pos = doc[i]
    f: dict[str, Any] = {
        "word.word": word,
        "word.stopword": word in stop,
        "word.isthai": is_thai(word),
        "word.isspace": word.isspace(),
        "postag": pos,
        "word.isdigit": word.isdigit(),
    }
    if word.isdigit() and len(word) == 5:
        f["word.islen5"] = True
    if i > 0:
        w, p = doc[i - 1]
        f.update({
            "word.prevword": w, "word.previsspace": w.isspace(), "word.previsthai": is_thai(w),
            "word.prevstopword": w in stop, "word.prevpostag": p, "word.prevwordisdigit": w.isdigit(),
        })  # fmt: skip
    else:
        f["BOS"] = True
    if i < len(doc) - 1:
        w, p = doc[i + 1]
        f.update({
            "word.nextword": w, "word.nextisspace": w.isspace(), "word.nextpostag": p,
            "word.nextisthai": is_thai(w), "word.nextstopword": w in stop, "word.nextwordisdigit": w.isdigit(),
        })  # fmt: skip
    else:
        f["EOS"] = True
    return f


def tag_line(line: str) -> list[tuple[str, str, str]]:
    """``(word, lst20_pos, iob_label)`` for each word of one line; the words concatenate to ``line``.

    >>> [(w, lab) for w, _, lab in tag_line("นายประยุทธ์ จันทร์โอชา เดินทางไปกรุงเทพมหานคร") if lab != "O"][-1]
    ('กรุงเทพมหานคร', 'B-LOCATION')
    """
    tagger, word_tokenize, pos_tag, is_thai, stop = _model()
    words = word_tokenize(line, engine="newmm", keep_whitespace=True)
    if "".join(words) != line:  # pragma: no cover - newmm keeps every character
        return []
    doc = [(w, ORCHID_TO_LST20.get(p, "NN")) for w, p in pos_tag(words, engine="perceptron", corpus="orchid")]
    labels = tagger.tag([_features(doc, i, is_thai, stop) for i in range(len(doc))])
    return [(w, p, lab) for (w, p), lab in zip(doc, labels)]


def thai_ner(text: str, known: Sequence[tuple[int, int]] = ()) -> list[Entity]:
    """Named entities in Thai text, from pythainlp's bundled CRF model, with offsets.

    .. versionadded:: 0.1.0

    Titles ("นาย", "นาง") and surrounding spaces are left out of the span, and
    a person span holding an abstract noun ("ความมั่นคง", "การค้า") is dropped:
    that is the model misreading a list of nouns.
    ``DATE``, ``MONEY`` and the other value types of the model are not kept:
    :func:`~aseancorpus.entity.values.find_values` reads those with their values.
    Nor is ``LAW``: on news text its spans run on well past the law's name.

    Args:
        text: Thai text; it is tagged line by line.
        known: ``(start, end)`` spans already identified (gazetteer names,
            values); NER spans overlapping one are dropped (what is left of
            them is not a name).

    Returns:
        Entities labelled ``PER``, ``ORG`` or ``LOC`` with ``origin="ner"``
        and no ``key``, never overlapping a known span.

    >>> [(e.text, e.label) for e in thai_ner("นายประยุทธ์ จันทร์โอชา เดินทางไปกรุงเทพมหานคร")]
    [('ประยุทธ์ จันทร์โอชา', 'PER'), ('กรุงเทพมหานคร', 'LOC')]
    """
    taken = bytearray(len(text))
    for s, e in known:
        taken[s:e] = b"\x01" * (e - s)
    out: list[Entity] = []
    for base, line in lines(text):
        rows = tag_line(line)
        starts = [base]
        for w, _, _ in rows:
            starts.append(starts[-1] + len(w))
        for first, last, kind in iob_spans([r[2] for r in rows]):
            label = _LABELS.get(kind)
            if label is None or taken.find(1, starts[first], starts[last]) != -1:
                continue
            i, j = first, last
            while i < j and (rows[i][0].isspace() or rows[i][0] in _TITLES):
                i += 1
            while j > i and rows[j - 1][0].isspace():
                j -= 1
            if i >= j:
                continue
            if label == "PER" and any(rows[k][0].startswith(("ความ", "การ")) for k in range(i, j)):
                continue
            start, end = starts[i], starts[j]
            out.append(Entity(text[start:end], start, end, label, None, None, None, "ner"))
    return out
