"""Realign tokens that a back end rewrote (tone placement, NFC, spacing) to offsets in the source."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator

__all__ = ["align_tokens", "iob_spans", "lines"]


def _base(c: str) -> str:
    return unicodedata.normalize("NFD", c)[0].lower()


def _skeleton(text: str) -> tuple[str, list[int]]:
    """Base letters of ``text`` (no marks, no spaces, lowercased) and their offsets."""
    chars: list[str] = []
    where: list[int] = []
    for i, c in enumerate(text):
        if c.isspace() or unicodedata.combining(c) or c in "_\u200b\u200c\u200d\ufeff":
            continue
        chars.append(_base(c))
        where.append(i)
    return "".join(chars), where


def align_tokens(text: str, tokens: Iterable[str]) -> list[tuple[int, int] | None]:
    """Offsets in ``text`` of each token, in order, or ``None`` for a token not found.

    Tokens are compared on their base letters, so a back end that rewrote
    "hoà" as "hòa", recomposed NFD text or changed the spacing still aligns.

    >>> text = "Hoà bình ở  Biển Đông"
    >>> [text[s:e] for s, e in align_tokens(text, ["Hòa bình", "ở", "Biển Đông"])]
    ['Hoà bình', 'ở', 'Biển Đông']
    """
    skel, where = _skeleton(text)
    out: list[tuple[int, int] | None] = []
    cursor = 0
    n = len(text)
    for tok in tokens:
        tsk = "".join(_base(c) for c in tok if not (c.isspace() or unicodedata.combining(c) or c == "_"))
        if not tsk:
            out.append(None)
            continue
        idx = skel.find(tsk, cursor)
        if idx < 0:
            out.append(None)
            continue
        start = where[idx]
        end = where[idx + len(tsk) - 1] + 1
        while end < n and unicodedata.combining(text[end]):
            end += 1
        out.append((start, end))
        cursor = idx + len(tsk)
    return out


def iob_spans(labels: list[str]) -> Iterator[tuple[int, int, str]]:
    """``(first, last_exclusive, type)`` token ranges of an IOB label sequence.

    >>> list(iob_spans(["O", "B-PER", "I-PER", "I-LOC", "O"]))
    [(1, 3, 'PER'), (3, 4, 'LOC')]
    """
    start: int | None = None
    kind = ""
    for i, lab in enumerate([*labels, "O"]):
        tag, _, typ = lab.partition("-")
        if start is not None and (tag != "I" or typ != kind):
            yield start, i, kind
            start = None
        if tag == "B" or (tag == "I" and start is None and typ):
            start, kind = i, typ
    return


def lines(text: str) -> Iterator[tuple[int, str]]:
    """``(offset, line)`` for each non-blank line of ``text``."""
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            yield pos, line
        pos += len(line) + 1
