"""Cleaning never removes story text: body paragraphs from every labelled set, in new pages.

Titles and body paragraphs (40 characters or more) are taken from the held-out sets
and the regression cases, where a person labelled them as kept. Pages built from a
title and a few paragraphs of the same language, in any order, must come out whole.
"""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from aseancorpus import clean

HERE = Path(__file__).parent
_THAI = re.compile("[\u0e00-\u0e7f]")
_PREFIX = re.compile(r"^\{(\w+)\|(.*?)\}")


def _kept_lines() -> tuple[list[str], list[str]]:
    titles: list[str] = []
    body: list[str] = []
    for path in sorted(HERE.glob("holdout*/*.txt")):
        first = True
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.startswith("+ "):
                if line.startswith("+#"):
                    first = False
                continue
            text = _PREFIX.sub("", line[2:]).strip()
            if first:
                titles.append(text)
                first = False
            elif len(text) >= 40:
                body.append(text)
    for path in sorted((HERE / "cleaning_cases").glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            label, _, text = line.partition("\t")
            if label == "T":
                titles.append(text.strip())
            elif label in ("L", "P") and len(text.strip()) >= 40 and "⟦" not in text:
                body.append(text.strip())
    return titles, body


TITLES, BODY = _kept_lines()


def test_the_sets_give_enough_lines() -> None:
    assert len(TITLES) >= 40
    assert len(BODY) >= 250


def _same_script(lines: list[str], thai: bool) -> list[str]:
    return sorted({x for x in lines if (_THAI.search(x) is not None) == thai})


@st.composite
def _story(draw: st.DrawFn) -> tuple[str, list[str]]:
    thai = draw(st.booleans())
    title = draw(st.sampled_from(_same_script(TITLES, thai)))
    paragraphs = draw(st.lists(st.sampled_from(_same_script(BODY, thai)), min_size=2, max_size=8, unique=True))
    return title, paragraphs


@given(_story(), st.sampled_from(["\n\n", "\n"]))
def test_story_text_is_never_removed(story: tuple[str, list[str]], sep: str) -> None:
    title, paragraphs = story
    a = clean(sep.join([title, *paragraphs]))
    assert [(r.rule, r.text) for r in a.removed] == []
    assert a.title == title
    assert [b.text for b in a.blocks[1:]] == paragraphs
