"""Score the cleaner on the held-out sets in ``tests/holdout*/`` (see their READMEs).

Run ``python tests/holdout_eval.py [DIR]`` to print per-file and overall figures (default:
``tests/holdout``); the quality gate in ``test_holdout.py`` uses the same scoring.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import attrs

HOLDOUT = Path(__file__).parent / "holdout"
_PREFIX = re.compile(r"^\{(\w+)\|(.*?)\}")


@attrs.frozen
class Case:
    name: str
    raw: str
    kept: frozenset[int]  # offsets of non-space characters that must be kept
    removed: dict[int, str]  # offset of a non-space removed character -> category
    headings: tuple[str, ...]


@attrs.frozen
class Score:
    precision: float  # share of kept characters that should be kept
    recall: float  # share of characters that should be kept that were kept
    category_accuracy: float  # share of removed gold characters removed with the gold category

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def parse(path: Path) -> Case:
    raw_lines: list[str] = []
    kept: set[int] = set()
    removed: dict[int, str] = {}
    headings: list[str] = []
    pos = 0
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line == "":
            text, spans = "", []
        elif line.startswith("+"):
            body = line[1:]
            if body.startswith("#"):
                body = body[1:]
                headings.append(body.strip())
            body = body[1:] if body.startswith(" ") else body
            m = _PREFIX.match(body)
            spans = []
            if m:
                cat, prefix = m.group(1), m.group(2)
                body = prefix + body[m.end() :]
                spans.append((0, len(prefix), cat))
                spans.append((len(prefix), len(body), None))
            else:
                spans.append((0, len(body), None))
            text = body
        elif line.startswith("- "):
            cat, _, text = line[2:].partition(": ")
            spans = [(0, len(text), cat)]
        else:
            raise ValueError(f"{path.name}: bad line {line!r}")
        for s, e, cat in spans:
            for i in range(s, e):
                if not text[i].isspace():
                    if cat is None:
                        kept.add(pos + i)
                    else:
                        removed[pos + i] = cat
        raw_lines.append(text)
        pos += len(text) + 1
    return Case(path.stem, "\n".join(raw_lines), frozenset(kept), removed, tuple(headings))


def score_case(case: Case) -> tuple[int, int, int, int, int]:
    """Return (true kept, predicted kept, gold kept, removed with right category, gold removed)."""
    from aseancorpus import clean, load_text

    article = clean(load_text(case.raw, id=case.name, clean=False))
    predicted = {i for b in article.blocks for i in range(b.start, b.end) if not case.raw[i].isspace()}
    category = {i: r.category for r in article.removed for i in range(r.start, r.end)}
    right_cat = sum(1 for i, c in case.removed.items() if category.get(i) == c)
    return len(predicted & case.kept), len(predicted), len(case.kept), right_cat, len(case.removed)


def evaluate(folder: Path | None = None) -> tuple[Score, dict[str, Score]]:
    """Overall and per-file scores of the articles in ``folder`` (default :data:`HOLDOUT`)."""
    totals = [0, 0, 0, 0, 0]
    per_file: dict[str, Score] = {}
    for path in sorted((folder or HOLDOUT).glob("*.txt")):
        t = score_case(parse(path))
        totals = [a + b for a, b in zip(totals, t)]
        per_file[path.stem] = Score(t[0] / max(t[1], 1), t[0] / max(t[2], 1), t[3] / max(t[4], 1))
    overall = Score(totals[0] / max(totals[1], 1), totals[0] / max(totals[2], 1), totals[3] / max(totals[4], 1))
    return overall, per_file


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    overall, per_file = evaluate(folder)
    for name, s in per_file.items():
        print(f"{name:24} precision {s.precision:.3f}  recall {s.recall:.3f}  f1 {s.f1:.3f}  "
              f"category {s.category_accuracy:.3f}")
    print(f"{'OVERALL':24} precision {overall.precision:.3f}  recall {overall.recall:.3f}  "
          f"f1 {overall.f1:.3f}  category {overall.category_accuracy:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
