"""Quality gate: precision and recall of kept characters on the hand-written regression set.

Each case in ``tests/cleaning_cases/`` labels every line (see its README). The gate fails
when overall precision or recall of kept (non-space) characters falls below the floors
recorded here, or when a removed line gets the wrong category too often. Run with ``-s``
to see the per-case table.
"""

from __future__ import annotations

import re
from pathlib import Path

import attrs
import pytest

from aseancorpus.cleaning import clean

CASES = Path(__file__).parent / "cleaning_cases"
KEPT = {"T": "title", "L": "lead", "P": "paragraph", "H": "heading"}
_PREFIX = re.compile(r"⟦(.*?)⟧")

#: Recorded floors (measured values are printed by the gate; raise the floors as rules improve).
PRECISION_FLOOR = 0.99
RECALL_FLOOR = 0.99
CATEGORY_FLOOR = 0.95


@attrs.frozen
class Case:
    name: str
    raw: str
    gold_kept: frozenset[int]  # offsets of kept non-space characters
    gold_lines: tuple[tuple[int, int, str], ...]  # (start, end, label) of non-empty lines


def load_case(path: Path) -> Case:
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    eol = "\n"
    if lines and lines[0].startswith("# crlf"):
        eol = "\r\n"
        lines = lines[1:]
    raw_parts: list[str] = []
    kept: set[int] = set()
    labelled: list[tuple[int, int, str]] = []
    pos = 0
    for line in lines:
        label, _, body = line.partition("\t")
        if not label:
            raw_parts.append(eol)
            pos += len(eol)
            continue
        assert label in KEPT or label in _CATEGORIES, f"{path.name}: bad label {label!r}"
        m = _PREFIX.match(body)
        prefix = m.group(1) if m else ""
        content = _PREFIX.sub(lambda mm: mm.group(1), body, count=1)
        if label in KEPT:
            kept.update(pos + k for k, c in enumerate(content) if k >= len(prefix) and not c.isspace())
        labelled.append((pos, pos + len(content), label))
        raw_parts.append(content + eol)
        pos += len(content) + len(eol)
    return Case(path.stem, "".join(raw_parts), frozenset(kept), tuple(labelled))


_CATEGORIES = {"caption", "duplicate", "related", "byline", "source", "comments", "widget", "navigation",
               "dateline", "footer", "ad", "blank"}


def score(case: Case) -> tuple[int, int, int, int, int]:
    """(true positives, predicted kept, gold kept, removed lines, removed lines with the right category)."""
    a = clean(case.raw)
    pred = {k for b in a.blocks for k in range(b.start, b.end) if not case.raw[k].isspace()}
    tp = len(pred & case.gold_kept)
    right = total = 0
    for start, end, label in case.gold_lines:
        if label in KEPT:
            continue
        total += 1
        cats = {r.category for r in a.removed if start <= r.start < end + 1}
        right += cats == {label}
    return tp, len(pred), len(case.gold_kept), total, right


ALL = sorted(CASES.glob("*.txt"))


def test_there_are_enough_cases() -> None:
    assert len(ALL) >= 12


@pytest.mark.parametrize("path", ALL, ids=lambda p: p.stem)
def test_case_is_well_formed_and_clean_is_lossless(path: Path) -> None:
    case = load_case(path)
    a = clean(case.raw)
    covered = sorted((b.start, b.end) for b in a.blocks) + sorted((r.start, r.end) for r in a.removed)
    mask = bytearray(len(case.raw))
    for s, e in covered:
        for k in range(s, e):
            assert not mask[k]
            mask[k] = 1
    assert all(mask[k] or c.isspace() for k, c in enumerate(case.raw))


def test_quality_gate(capsys: pytest.CaptureFixture[str]) -> None:
    rows = []
    totals = [0, 0, 0, 0, 0]
    for path in ALL:
        s = score(load_case(path))
        totals = [t + x for t, x in zip(totals, s)]
        tp, pred, gold, n, right = s
        rows.append(f"{path.stem:32s} P={tp / max(pred, 1):.3f} R={tp / max(gold, 1):.3f} cat={right}/{n}")
    tp, pred, gold, n, right = totals
    precision, recall, cat = tp / pred, tp / gold, right / max(n, 1)
    with capsys.disabled():
        print("\n" + "\n".join(rows))
        print(f"{'ALL':32s} P={precision:.4f} R={recall:.4f} category accuracy={cat:.3f} ({right}/{n})")
    assert precision >= PRECISION_FLOOR
    assert recall >= RECALL_FLOOR
    assert cat >= CATEGORY_FLOOR
