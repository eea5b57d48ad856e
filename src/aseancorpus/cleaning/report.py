"""Seeing what cleaning did: a terminal view and a standalone HTML page.

Both show the raw text with every removed span marked by its category (and,
in HTML, the rule name on hover), followed by the metadata. They are what
``aseancorpus inspect FILE [--html OUT.html]`` prints and writes.

>>> from aseancorpus.cleaning import clean
>>> a = clean("Tiêu đề\\n\\nNgày 5/8, hai bên đã họp trực tuyến.\\n\\nẢnh: BNG")
>>> print(format_article(a, color=False))  # doctest: +NORMALIZE_WHITESPACE
Tiêu đề
<BLANKLINE>
Ngày 5/8, hai bên đã họp trực tuyến.
<BLANKLINE>
[-caption: Ảnh: BNG-]
-- metadata --
source: -
url: -
authors: -
photo_credits: BNG
dateline: Ngày 5/8 (day=5, month=8, year=None)
-- removed: 1 span(s): caption 1
"""

from __future__ import annotations

import html
from collections import Counter
from typing import Final

from ..model import REMOVAL_CATEGORIES, Article

__all__ = ["CATEGORY_COLORS", "format_article", "html_report"]

#: Colour of each removal category: (ANSI SGR code, HTML background).
CATEGORY_COLORS: Final[dict[str, tuple[str, str]]] = {
    "caption": ("35", "#f3d9fa"),
    "duplicate": ("33", "#fff3bf"),
    "related": ("34", "#d0ebff"),
    "byline": ("36", "#c3fae8"),
    "source": ("32", "#d3f9d8"),
    "comments": ("95", "#ffdeeb"),
    "widget": ("91", "#ffe3e3"),
    "navigation": ("94", "#dbe4ff"),
    "dateline": ("93", "#fff9db"),
    "footer": ("90", "#e9ecef"),
    "ad": ("31", "#ffc9c9"),
    "blank": ("2", "#f1f3f5"),
}


def _visible(text: str) -> str:
    """Make invisible characters visible in a removed span (NBSP, zero-width)."""
    return text.replace("\u00a0", "⍽").replace("\u200b", "␣").replace("\ufeff", "␣")


def _meta_lines(article: Article) -> list[str]:
    m = article.meta
    dl = m.dateline
    dateline = f"{dl.text} (day={dl.day}, month={dl.month}, year={dl.year})" if dl is not None else "-"
    counts = Counter(r.category for r in article.removed)
    summary = ", ".join(f"{c} {counts[c]}" for c in REMOVAL_CATEGORIES if counts[c])
    return [
        "-- metadata --",
        f"source: {m.source or '-'}",
        f"url: {m.url or '-'}",
        f"authors: {', '.join(m.authors) or '-'}",
        f"photo_credits: {', '.join(m.photo_credits) or '-'}",
        f"dateline: {dateline}",
        f"-- removed: {len(article.removed)} span(s)" + (f": {summary}" if summary else ""),
    ]


def format_article(article: Article, *, color: bool) -> str:
    """The raw text with removed spans marked, then the metadata, for a terminal.

    .. versionadded:: 0.1.0

    Args:
        article: A cleaned article.
        color: Use ANSI colours (one per category, the category name dimmed before
            the span); otherwise mark spans as ``[-category: text-]``.
    """
    raw = article.raw
    out: list[str] = []
    pos = 0
    for r in article.removed:
        out.append(raw[pos : r.start])
        if color:
            sgr = CATEGORY_COLORS[r.category][0]
            out.append(f"\x1b[2m[{r.category}]\x1b[0m\x1b[{sgr};9m{_visible(r.text)}\x1b[0m")
        else:
            out.append(f"[-{r.category}: {_visible(r.text)}-]")
        pos = r.end
    out.append(raw[pos:])
    body = "".join(out).replace("\r\n", "\n").replace("\r", "\n").rstrip("\n")
    meta = _meta_lines(article)
    if color:
        meta = [f"\x1b[1m{line}\x1b[0m" if line.startswith("--") else line for line in meta]
    return body + "\n" + "\n".join(meta)


_CSS: Final[str] = """
body{font-family:system-ui,"Noto Sans Thai","Noto Sans",sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;
line-height:1.6;color:#212529}
#text{white-space:pre-wrap;border:1px solid #dee2e6;border-radius:6px;padding:1rem;background:#fff}
.rm{border-radius:3px;padding:0 2px;text-decoration:line-through;text-decoration-color:rgba(0,0,0,.35)}
.title{font-weight:700;font-size:1.15em}.lead{font-style:italic}.heading{font-weight:600}
.legend span{display:inline-block;margin:0 .4rem .4rem 0;padding:0 .4rem;border-radius:3px}
table{border-collapse:collapse}td,th{padding:.2rem .6rem;border-bottom:1px solid #e9ecef;text-align:left}
"""


def html_report(article: Article) -> str:
    """A standalone HTML page highlighting removed spans by category.

    .. versionadded:: 0.1.0

    Every removed span carries its category and rule in ``title=`` (shown on
    hover); kept blocks are styled by kind. A legend lists the categories and
    how many spans each removed; the metadata follows. All text is escaped.
    """
    raw = article.raw
    marks: list[tuple[int, int, str, str]] = [(r.start, r.end, "rm", r.category) for r in article.removed]
    marks += [(b.start, b.end, "block", b.kind) for b in article.blocks]
    marks.sort()
    rules = {(r.start, r.end): r.rule for r in article.removed}
    parts: list[str] = []
    pos = 0
    for start, end, what, label in marks:
        parts.append(html.escape(raw[pos:start]))
        text = html.escape(raw[start:end])
        if what == "rm":
            bg = CATEGORY_COLORS[label][1]
            tip = html.escape(f"{label} · {rules[(start, end)]}", quote=True)
            parts.append(f'<span class="rm cat-{label}" style="background:{bg}" title="{tip}">{text}</span>')
        else:
            parts.append(f'<span class="{label}" title="{label}">{text}</span>')
        pos = end
    parts.append(html.escape(raw[pos:]))
    counts = Counter(r.category for r in article.removed)
    legend = "".join(
        f'<span class="cat-{c}" style="background:{CATEGORY_COLORS[c][1]}">{c} ({counts[c]})</span>'
        for c in REMOVAL_CATEGORIES
    )
    m = article.meta
    dl = m.dateline
    rows = [
        ("id", article.id),
        ("language", article.language),
        ("source", m.source or ""),
        ("url", m.url or ""),
        ("authors", ", ".join(m.authors)),
        ("photo credits", ", ".join(m.photo_credits)),
        ("dateline", f"{dl.text} → {dl.day}/{dl.month}/{dl.year}" if dl is not None else ""),
        ("kept blocks", ", ".join(f"{b.kind}" for b in article.blocks)),
    ]
    table = "".join(f"<tr><th>{html.escape(k)}</th><td>{html.escape(v)}</td></tr>" for k, v in rows)
    title = html.escape(article.title or article.id)
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{html.escape(article.language)}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title} · aseancorpus inspect</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        f"<h1>{title}</h1>\n"
        f'<p class="legend">{legend}</p>\n'
        f'<div id="text">{"".join(parts)}</div>\n'
        f"<h2>Metadata</h2>\n<table>{table}</table>\n"
        "</body>\n</html>\n"
    )
