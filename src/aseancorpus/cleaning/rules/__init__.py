"""The built-in rule registry: a common pack plus Vietnamese and Thai packs.

Order matters: for each line the first matching ``line``/``tail`` rule wins;
``prefix`` rules then trim the lead; ``context`` rules run last, in order.

>>> from aseancorpus.cleaning.rules import RULES
>>> len({r.name for r in RULES}) == len(RULES)
True
"""

from __future__ import annotations

from typing import Final

from ..rule import Rule
from . import common, th, vi

__all__ = ["RULES"]

def _before(rules: tuple[Rule, ...], name: str, inserted: tuple[Rule, ...]) -> tuple[Rule, ...]:
    at = next(k for k, r in enumerate(rules) if r.name == name)
    return rules[:at] + inserted + rules[at:]


#: Every built-in rule, in the order the engine applies them.
RULES: Final[tuple[Rule, ...]] = (
    *th.EARLY_RULES,
    *common.RULES,
    *vi.RULES,
    *th.RULES,
    *common.PREFIX_RULES,
    *th.PREFIX_RULES,
    *vi.PREFIX_RULES,
    *_before(common.CONTEXT_RULES, "end_tags", (*th.CONTEXT_RULES, *vi.CONTEXT_RULES)),
)
