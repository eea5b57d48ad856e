"""Entities: gazetteer links across Thai, Vietnamese and English, NER, money, quantities and dates.

>>> from aseancorpus.entity import entities
>>> [(e.text, e.key) for e in entities("Bộ trưởng Bùi Thanh Sơn gặp Ngoại trưởng Mỹ", ner=False)]
[('Bùi Thanh Sơn', 'per:bui-thanh-son'), ('Mỹ', 'US')]

The NER back ends (underthesea, pythainlp) are imported on first use.
"""

from __future__ import annotations

from .core import NER_ENGINES, entities
from .gazetteer import Gazetteer, GazetteerEntry, gazetteer_markdown, load_gazetteer
from .stats import cooccurrences, entities_table, entities_table_lines, entity_counts, entity_counts_table
from .values import find_values, parse_number

__all__ = [
    "NER_ENGINES",
    "Gazetteer",
    "GazetteerEntry",
    "cooccurrences",
    "entities",
    "entities_table",
    "entities_table_lines",
    "entity_counts",
    "entity_counts_table",
    "find_values",
    "gazetteer_markdown",
    "load_gazetteer",
    "parse_number",
]
