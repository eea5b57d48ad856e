"""The rules reference, rendered from the registry (used by the docs build).

>>> print(rules_markdown().splitlines()[2])
| Rule | Category | Kind | Languages | What it removes | Example |
"""

from __future__ import annotations

from collections.abc import Iterable

from .rule import Rule
from .rules import RULES

__all__ = ["rules_markdown"]


def _cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").replace("\u00a0", "&nbsp;")


def rules_markdown(rules: Iterable[Rule] | None = None) -> str:
    """A Markdown page listing the rules: name, category, kind, languages, description, example.

    .. versionadded:: 0.1.0

    Args:
        rules: The rules to list; by default the built-in registry, in the order they run.
    """
    lines = [
        "# Cleaning rules",
        "",
        "| Rule | Category | Kind | Languages | What it removes | Example |",
        "|---|---|---|---|---|---|",
    ]
    for r in RULES if rules is None else rules:
        langs = ", ".join(r.languages) if r.languages else "all"
        example = f"`{_cell(r.example)}`" if r.example.strip() else ("(NBSP)" if r.example else "")
        lines.append(
            f"| `{r.name}` | {r.category} | {r.kind} | {langs} | {_cell(r.description)} | {example} |"
        )
    lines += [
        "",
        "Rules run in this order: `line` and `tail` rules on each line (the first match wins),",
        "then `context` rules, then `prefix` rules on the lead. Lines longer than a rule's",
        "`max_chars` are never tested by it.",
        "",
    ]
    return "\n".join(lines)
