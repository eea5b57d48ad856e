"""Sentences and words with exact offsets, routed by script; corpus statistics.

>>> from aseancorpus.tokenize import words, sentences
>>> [t.text for t in words("Đối thoại ASEAN-Mỹ về COVID-19", lang="vi")]
['Đối thoại', 'ASEAN-Mỹ', 'về', 'COVID-19']
"""

from __future__ import annotations

from .core import (
    DEFAULT_ENGINES,
    DEFAULT_SENTENCE_ENGINES,
    ENGINES,
    LANGS,
    SENTENCE_ENGINES,
    Engine,
    route,
    sentence_offsets,
    sentences,
    word_offsets,
    words,
)
from .stats import KwicLine, concordance, ngrams, word_frequencies

__all__ = [
    "DEFAULT_ENGINES",
    "DEFAULT_SENTENCE_ENGINES",
    "ENGINES",
    "LANGS",
    "SENTENCE_ENGINES",
    "Engine",
    "KwicLine",
    "concordance",
    "ngrams",
    "route",
    "sentence_offsets",
    "sentences",
    "word_frequencies",
    "word_offsets",
    "words",
]
