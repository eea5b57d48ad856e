"""Boilerplate cleaning for scraped Thai and Vietnamese news: lossless and explained.

:func:`clean` splits an article into kept blocks (``title``, ``lead``,
``paragraph``, ``heading``) and removed spans, each with a category from
:data:`~aseancorpus.model.REMOVAL_CATEGORIES` and the name of the rule that
removed it. Nothing is lost: blocks and removals together cover every visible
character of the raw text. Rules are data (:data:`RULES`); a :class:`Cleaner`
disables or adds rules.

>>> from aseancorpus.cleaning import clean
>>> a = clean("Mỹ và ASEAN\\n\\nNgày 5/8, hai bên họp trực tuyến về hợp tác khu vực.\\n\\nBình luận (0)")
>>> a.title, [(r.category, r.rule) for r in a.removed]
('Mỹ và ASEAN', [('comments', 'vi_comments_tail')])
"""

from __future__ import annotations

from .engine import Cleaner, clean, rules
from .reference import rules_markdown
from .rule import RULE_KINDS, Rule
from .rules import RULES

__all__ = ["RULES", "RULE_KINDS", "Cleaner", "Rule", "clean", "rules", "rules_markdown"]
