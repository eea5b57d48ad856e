"""Vietnamese NER with underthesea's CRF model, realigned to offsets.

:func:`underthesea.ner` returns ``(word, pos, chunk, iob)`` rows without
offsets, and rewrites words (tone placement, spacing), so each word is
realigned to the source. Its spans are then tidied with the part-of-speech
tags it returns: leading and trailing common nouns are trimmed ("Thứ trưởng
Nguyễn Quốc Dũng" → "Nguyễn Quốc Dũng"), a span after a person's title
("Bộ trưởng", "ông") or of three or more syllables starting with a Vietnamese family name becomes
``PER``, and one after an organisation word ("Tập đoàn", "Ngân hàng") becomes
``ORG`` with that word kept. Spans without a proper noun are dropped.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from typing import Final

from ..errors import MissingDependencyError
from ..model import Entity
from ._align import align_tokens, iob_spans, lines

__all__ = ["vietnamese_ner"]

_LABELS: Final[dict[str, str]] = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}
_PROPER: Final[frozenset[str]] = frozenset({"Np", "Ny"})
_TITLES: Final[frozenset[str]] = frozenset(
    w.lower()
    for w in (
        "ông", "bà", "anh", "chị", "ngài", "Thứ trưởng", "Bộ trưởng", "Ngoại trưởng", "Thủ tướng",
        "Phó Thủ tướng", "Tổng thống", "Phó Tổng thống", "Chủ tịch", "Tổng Bí thư", "Bí thư", "Đại sứ",
        "Trợ lý", "Giám đốc", "Tổng giám đốc", "Vụ trưởng", "Cục trưởng", "Thống đốc", "Quốc vương",
        "Nhà vua", "Hoàng tử", "Công chúa", "Giáo sư", "Tiến sĩ", "Thượng nghị sĩ", "Nghị sĩ", "Đại tướng",
        "Thượng tướng", "Trung tướng", "Thiếu tướng", "Tướng", "Người phát ngôn", "Phát ngôn viên",
    )
)  # fmt: skip
_ORG_CUES: Final[frozenset[str]] = frozenset(
    w.lower()
    for w in (
        "Tập đoàn", "Công ty", "Tổng công ty", "Ngân hàng", "Tổ chức", "Viện", "Trường", "Đại học",
        "Hội", "Hiệp hội", "Ủy ban", "Uỷ ban", "Quỹ", "Bộ", "Sở", "Cục", "Đảng", "Báo", "Đài",
    )
)  # fmt: skip
_PORTFOLIOS: Final[frozenset[str]] = frozenset(
    w.lower()
    for w in (
        "Ngoại giao", "Quốc phòng", "Tài chính", "Thương mại", "Công Thương", "Nội vụ", "Công an",
        "Y tế", "Kinh tế", "Tư pháp", "Giáo dục", "Năng lượng", "Ngoại thương", "Thường trực",
    )
)  # fmt: skip
_SURNAMES: Final[frozenset[str]] = frozenset(
    [
        "Nguyễn",
        "Trần",
        "Lê",
        "Phạm",
        "Hoàng",
        "Huỳnh",
        "Phan",
        "Vũ",
        "Võ",
        "Đặng",
        "Bùi",
        "Đỗ",
        "Hồ",
        "Ngô",
        "Dương",
        "Lý",
        "Đinh",
        "Đoàn",
        "Trương",
        "Lâm",
        "Mai",
        "Trịnh",
        "Đào",
        "Cao",
        "Tạ",
        "Hà",
        "Lương",
        "Thái",
        "Tô",
        "Vương",
        "Chu",
        "Quách",
        "Lưu",
        "Kiều",
        "Triệu",
        "Mạc",
        "Tăng",
        "Văn",
    ]
)


def _load() -> object:
    try:
        from underthesea import ner
    except ImportError as e:  # pragma: no cover - underthesea is a dependency
        raise MissingDependencyError("underthesea", None, "Vietnamese NER") from e
    return ner


def _titled(rows: list[tuple[str, str, str, str]], known: list[bool], i: int) -> bool:
    """Whether a person's title comes before token ``i``, maybe across a known name or a portfolio.

    "Ngoại trưởng Mỹ Antony Blinken", "Bộ trưởng Ngoại giao Hàn Quốc Park Jin".
    """
    k = i - 1
    while k >= 0 and i - k <= 4 and (known[k] or rows[k][0].lower() in _PORTFOLIOS):
        k -= 1
    return k >= 0 and rows[k][0].lower() in _TITLES


def _tidy(
    rows: list[tuple[str, str, str, str]],
    offsets: list[tuple[int, int] | None],
    known: list[bool],
    first: int,
    last: int,
    kind: str,
) -> tuple[int, int, str] | None:
    """Trim a span of rows to its proper nouns and fix its label; return token range and label."""
    label = _LABELS.get(kind)
    if label is None:
        return None
    i, j = first, last
    lead: list[str] = []
    while i < j and rows[i][1] not in _PROPER:
        lead.append(rows[i][0].lower())
        i += 1
    while j > i and rows[j - 1][1] not in _PROPER:
        j -= 1
    if i >= j or any(offsets[k] is None for k in range(i, j)):
        return None
    words = " ".join(rows[k][0] for k in range(i, j)).split()
    if (
        len(words) == 1
        and (len(words[0]) <= 4 or not words[0].isascii())
        and not (words[0].isupper() and len(words[0]) > 1)
    ):
        return None  # a lone Vietnamese syllable ("Nam", "Phó", "Trưởng", "Á") is a tagging slip, not a name
    if len(words) > 1 and len(set(words)) == 1:
        return None
    if (lead and lead[-1] in _TITLES) or _titled(rows, known, first):
        label = "PER"
    elif lead and lead[-1] in _ORG_CUES:
        label, i = "ORG", i - 1
    elif (
        rows[i][0].split(" ")[0] in _SURNAMES
        and sum(len(rows[k][0].split()) for k in range(i, j)) >= 3
        and all(rows[k][1] == "Np" for k in range(i, j))
    ):
        label = "PER"
    return i, j, label


def _runs(first: int, last: int, known: list[bool]) -> list[tuple[int, int]]:
    """Split the token range ``first:last`` at tokens inside known spans."""
    out: list[tuple[int, int]] = []
    start = None
    for k in range(first, last + 1):
        if k < last and not known[k]:
            if start is None:
                start = k
        elif start is not None:
            out.append((start, k))
            start = None
    return out


def vietnamese_ner(text: str, known: Sequence[tuple[int, int]] = ()) -> list[Entity]:
    """Named entities in Vietnamese text, from underthesea's CRF NER, with offsets.

    .. versionadded:: 0.1.0

    Args:
        text: Vietnamese text; it is tagged line by line.
        known: ``(start, end)`` spans already identified (gazetteer names,
            values): NER spans are cut around them, and a known name between a
            title and a name does not hide the title ("Ngoại trưởng Mỹ Antony
            Blinken").

    Returns:
        Entities labelled ``PER``, ``ORG``, ``LOC`` or ``MISC`` with
        ``origin="ner"`` and no ``key``, never overlapping a known span.

    Raises:
        MissingDependencyError: If underthesea is not installed.

    >>> [(e.text, e.label) for e in vietnamese_ner("Ông Nguyễn Văn An làm việc tại Hà Nội.")]
    [('Nguyễn Văn An', 'PER'), ('Hà Nội', 'LOC')]
    >>> text = "Bộ trưởng Ngoại giao Hàn Quốc Park Jil phát biểu."
    >>> [(e.text, e.label) for e in vietnamese_ner(text, known=[(21, 29)])]
    [('Park Jil', 'PER')]
    """
    ner = _load()
    taken = bytearray(len(text))
    for ks, ke in known:
        taken[ks:ke] = b"\x01" * (ke - ks)
    out: list[Entity] = []
    for base, line in lines(text):
        rows = _tag(ner, unicodedata.normalize("NFC", line))
        offsets = align_tokens(line, (r[0] for r in rows))
        flags = [o is not None and taken.find(1, base + o[0], base + o[1]) != -1 for o in offsets]
        for first, last, kind in iob_spans([r[3] for r in rows]):
            for a, b in _runs(first, last, flags):
                tidy = _tidy(rows, offsets, flags, a, b, kind)
                if tidy is None:
                    continue
                i, j, label = tidy
                first_off, last_off = offsets[i], offsets[j - 1]
                assert first_off is not None
                assert last_off is not None
                start, end = base + first_off[0], base + last_off[1]
                out.append(Entity(text[start:end], start, end, label, None, None, None, "ner"))
    return out


def _tag(ner: object, line: str) -> list[tuple[str, str, str, str]]:
    rows: Iterable[tuple[str, ...]] = ner(line)  # type: ignore[operator]
    return [(r[0], r[1], r[2], r[3]) for r in rows if len(r) >= 4]
