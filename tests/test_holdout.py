"""Quality gate on the held-out cleaning set (articles in other outlets' styles).

The floors are the scores measured when the gate was set, rounded down; raise them
when the cleaner improves, never lower them to make a change pass.
"""

from __future__ import annotations

from holdout_eval import evaluate

FLOOR_PRECISION = 0.99
FLOOR_RECALL = 0.99
FLOOR_CATEGORY = 0.90


def test_holdout_gate() -> None:
    overall, per_file = evaluate()
    report = "\n".join(
        f"{name}: P={s.precision:.3f} R={s.recall:.3f} cat={s.category_accuracy:.3f}" for name, s in per_file.items()
    )
    assert overall.recall >= FLOOR_RECALL, report
    assert overall.precision >= FLOOR_PRECISION, report
    assert overall.category_accuracy >= FLOOR_CATEGORY, report
    assert len(per_file) >= 9
