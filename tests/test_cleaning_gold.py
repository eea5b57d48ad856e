"""The five seed articles against the line-level gold in ``tests/data/seeds_gold.json`` (a copy of the project spec)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from aseancorpus import load_file
from aseancorpus.model import Article

ROOT = Path(__file__).resolve().parents[1]
GOLD_PATH = Path(__file__).parent / "data" / "seeds_gold.json"
SEEDS = ROOT / "seeds"




def _gold() -> dict[str, dict[str, object]]:
    data = json.loads(GOLD_PATH.read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


def _line_of(raw: str, offset: int) -> int:
    """1-based line number of ``offset``, counting CRLF, CR and LF as one line end each."""
    return len(re.findall(r"\r\n|\r|\n", raw[:offset])) + 1


def _labels(article: Article) -> tuple[dict[int, str], dict[int, set[str]]]:
    kept: dict[int, str] = {}
    removed: dict[int, set[str]] = {}
    for b in article.blocks:
        kept[_line_of(article.raw, b.start)] = b.kind
    for r in article.removed:
        removed.setdefault(_line_of(article.raw, r.start), set()).add(r.category)
    return kept, removed


@pytest.mark.parametrize("name", sorted(_gold()) if GOLD_PATH.exists() else [])
def test_seed_matches_gold(name: str) -> None:
    gold = _gold()[name]
    article = load_file(SEEDS / name)
    kept, removed = _labels(article)

    assert article.language == gold["language"]
    expected_kept = {gold["title"]: "title", gold["lead"]: "lead"}
    expected_kept.update(dict.fromkeys(gold["body"], "paragraph"))  # type: ignore[union-attr]
    expected_kept.update(dict.fromkeys(gold["headings"], "heading"))  # type: ignore[union-attr]
    assert kept == expected_kept

    expected_removed: dict[int, set[str]] = {}
    for category, numbers in gold["removed"].items():  # type: ignore[union-attr]
        for n in numbers:
            expected_removed.setdefault(n, set()).add(category)
    prefix = gold.get("lead_prefix_removed")
    if prefix:
        expected_removed.setdefault(int(gold["lead"]), set()).add("source")  # type: ignore[call-overload]
        tag = next(r for r in article.removed if _line_of(article.raw, r.start) == gold["lead"])
        assert tag.text == prefix
        assert not article.lead.startswith(prefix)  # type: ignore[union-attr]
    assert removed == expected_removed

    meta = gold["meta"]
    assert article.meta.source == meta["source"]  # type: ignore[index]
    assert article.meta.url == meta["url"]  # type: ignore[index]
    assert list(article.meta.authors) == meta["authors"]  # type: ignore[index]
    assert list(article.meta.photo_credits) == meta["photo_credits"]  # type: ignore[index]
    dl = meta["dateline"]  # type: ignore[index]
    assert article.meta.dateline is not None
    assert (article.meta.dateline.day, article.meta.dateline.month) == (dl["day"], dl["month"])
    assert article.meta.dateline.year == dl.get("year")


@pytest.mark.parametrize("name", sorted(_gold()) if GOLD_PATH.exists() else [])
def test_seed_clean_text_is_stable(name: str) -> None:
    from aseancorpus.cleaning import clean

    article = load_file(SEEDS / name)
    again = clean(article.text, lang=article.language)
    assert again.removed == ()
    assert again.text == article.text
