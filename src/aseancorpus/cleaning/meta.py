"""Metadata from what cleaning removed: source, URL, authors, photo credits, dateline.

The removed spans say who wrote and published an article ("Lê Ánh
(TTXVN/Vietnam+)", "Nguồn Tiền Phong: https://...", "(VOVWORLD) -") and who
took its photos ("Ảnh: BNG"); the lead says when it happened ("Chiều 10/7").

>>> from aseancorpus.model import Removal
>>> m = extract_metadata((), (Removal("byline", "end_byline_name", 0, 23, "Lê Ánh (TTXVN/Vietnam+)"),))
>>> m.source, m.authors
('TTXVN/Vietnam+', ('Lê Ánh',))
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from itertools import islice
from typing import Final
from urllib.parse import urlsplit

from ..model import Block, Dateline, Metadata, Removal
from .dates import date_line, parse_dateline
from .outlets import outlet_name
from .rules.common import byline_parts, caption_paren_credit, photo_credit

__all__ = ["extract_metadata", "host_name", "source_name"]

_URL: Final[re.Pattern[str]] = re.compile(r"(?:https?://|www\.)[^\s<>\"'()\[\]{}]+", re.IGNORECASE)
_NGUON: Final[re.Pattern[str]] = re.compile(
    r"[(\[]?\s*(?:nguồn(?:\s+tin|\s+bài|\s+tham\s+khảo)?|theo|source|according\s+to|ที่มา|แหล่งที่มา|แหล่งข่าว|"
    r"ข้อมูลจาก|ขอบคุณข้อมูลจาก|ขอบคุณข้อมูล|อ้างอิงจาก|อ้างอิง|เรียบเรียงจาก|ข่าวแจกจาก|ข่าวแจก|ข้อมูลโดย|ข้อมูล)\s*[:：]?\s*(?P<rest>.*?)\s*[)\]]?\s*\.?$",
    re.IGNORECASE,
)
_BYLINE_LABEL: Final[re.Pattern[str]] = re.compile(
    r"(?:bài\s*(?:và|,|&|/)\s*ảnh|bài|tác\s+giả|phóng\s+viên|nhóm\s+phóng\s+viên|ghi\s+chép|thực\s+hiện|biên\s+dịch|"
    r"lược\s+dịch|biên\s+tập|người\s+viết|ข่าว\s*/\s*ภาพ|ข่าวและภาพ|เรื่องและภาพ|เรื่อง\s*/\s*ภาพ|ข่าว|เรื่อง|ผู้เขียน|"
    r"เขียนโดย|รายงานโดย|เรียบเรียงโดย|เรียบเรียง|ผู้สื่อข่าว|ผู้รายงาน|บรรณาธิการ|กองบรรณาธิการ|author|by|reporter|"
    r"โดย)\s*[:：]?\s*",
    re.IGNORECASE,
)
_NAME_SEP: Final[re.Pattern[str]] = re.compile(r"\s*(?:,|;|&|\s[-–—]\s|\s+và\s+|\s+และ\s+)\s*")
_NOT_OUTLET: Final[frozenset[str]] = frozenset({"t/h", "th", "tổng hợp", "lược dịch", "dịch", "ảnh"})


def host_name(url: str) -> str | None:
    """The host of a URL, without ``www.``.

    .. versionadded:: 0.1.0

    >>> host_name("https://www.vnexpress.net/a-1.html")
    'vnexpress.net'
    """
    if url.lower().startswith("www."):
        url = "http://" + url
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def _clean_url(url: str) -> str:
    return url.rstrip(".,;:!?\u00a0")


def source_name(text: str) -> str | None:
    """The outlet a source line names ("Nguồn Tiền Phong: URL" → "Tiền Phong").

    .. versionadded:: 0.1.0

    A line that only gives a URL names its host.

    >>> source_name("Nguồn Tiền Phong: https://tienphong.vn/a-post1.tpo")
    'Tiền Phong'
    >>> source_name("(theo baodientu.chinhphu.vn)")
    'baodientu.chinhphu.vn'
    >>> source_name("ที่มา : สำนักข่าวแห่งชาติ")
    'สำนักข่าวแห่งชาติ'
    """
    text = text.strip()
    m = _NGUON.fullmatch(text)
    rest = m.group("rest") if m is not None else text
    url = _URL.search(rest)
    name = rest[: url.start()] if url is not None else rest
    name = name.strip(" :：-–—|()[].,\u00a0")
    if name and len(name.split()) <= 8:
        return outlet_name(name)
    if url is not None:
        return host_name(_clean_url(url.group()))
    return None


def _names(text: str) -> tuple[str, ...]:
    parts = byline_parts(text)
    if parts is not None:
        return parts[0]
    rest = _BYLINE_LABEL.sub("", text, count=1).strip(" .:;-–—")
    rest = re.sub(r"\s*[(\[][^()\[\]]*[)\]]\s*$", "", rest)
    return tuple(p.strip() for p in _NAME_SEP.split(rest) if p.strip())


def _byline_outlet(text: str) -> str | None:
    parts = byline_parts(text)
    if parts is None or parts[1] is None:
        return None
    inner = parts[1].strip()
    if inner.casefold() in _NOT_OUTLET:
        return None
    m = re.fullmatch(r"(?:theo|nguồn)\s*[:：]?\s*(.+)", inner, re.IGNORECASE)
    return outlet_name(m.group(1) if m else inner)


def _dedup(items: Iterable[str]) -> tuple[str, ...]:
    seen: set[str] = set()
    out: list[str] = []
    for item in items:
        key = item.casefold()
        if item and key not in seen:
            seen.add(key)
            out.append(item)
    return tuple(out)


def _page_date(removed: Sequence[Removal]) -> Dateline | None:
    """The date of the first removed date line (page furniture such as "Thứ năm, 14/7/2021"), if any."""
    return next((d for r in removed if r.category == "dateline" and (d := date_line(r.text))), None)


def _dateline(blocks: Sequence[Block], removed: Sequence[Removal]) -> Dateline | None:
    """The lead's dateline (one of the first three blocks after the title), its year filled from the page date."""
    found: Dateline | None = None
    for b in islice((b for b in blocks if b.kind != "title"), 3):
        found = parse_dateline(b.text)
        if found is not None:
            break
    if found is None:
        return _page_date(removed)
    if found.year is None:  # only now is the page's own date needed
        page_date = _page_date(removed)
        if page_date is not None and (page_date.day, page_date.month) == (found.day, found.month):
            return Dateline(text=found.text, day=found.day, month=found.month, year=page_date.year)
    return found


def extract_metadata(blocks: Sequence[Block], removed: Sequence[Removal]) -> Metadata:
    """Build :class:`~aseancorpus.model.Metadata` from an article's blocks and removed spans.

    .. versionadded:: 0.1.0

    Source precedence: a named source line ("Nguồn: X", "(theo X)", "ที่มา: X"),
    then the agency in a byline ("(TTXVN/Vietnam+)"), then an outlet tag on the
    lead ("(VOVWORLD) -"), then the host of a source URL.

    Args:
        blocks: The kept blocks.
        removed: The removed spans.
    """
    url: str | None = None
    named: list[str] = []
    hosts: list[str] = []
    agencies: list[str] = []
    tags: list[str] = []
    authors: list[str] = []
    credits: list[str] = []
    for r in removed:
        text = r.text
        if r.category == "source":
            m = _URL.search(text)
            if m is not None:
                u = _clean_url(m.group())
                url = url or u
                h = host_name(u)
                if h:
                    hosts.append(h)
            if r.rule == "lead_outlet_tag":
                tags.extend(outlet_name(t) for t in re.findall(r"\(([^()]+)\)", text) or [text.strip(" -–—:")])
            else:
                name = source_name(text)
                if name and m is not None and name == host_name(_clean_url(m.group())):
                    hosts.append(name)
                elif name:
                    named.append(name)
        elif r.category == "byline":
            authors.extend(_names(text))
            outlet = _byline_outlet(text)
            if outlet:
                agencies.append(outlet)
        elif r.category == "caption":
            credit = photo_credit(text)
            if credit is None and r.rule in ("vov_image_caption", "th_illustration"):
                credit = caption_paren_credit(text)
            if credit is not None:
                credits.append(credit)
    source = next(iter(named + agencies + tags + hosts), None)
    return Metadata(
        source=source,
        url=url,
        authors=_dedup(authors),
        photo_credits=_dedup(credits),
        dateline=_dateline(blocks, removed),
    )
