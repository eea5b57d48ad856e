"""The inspect renderers: terminal view and HTML report, on every seed and on awkward text."""

from __future__ import annotations

import html.parser
from pathlib import Path
from typing import ClassVar

import pytest

from aseancorpus import load_file
from aseancorpus.cleaning import clean
from aseancorpus.cleaning.report import CATEGORY_COLORS, format_article, html_report
from aseancorpus.model import REMOVAL_CATEGORIES

SEEDS = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))


class _Checker(html.parser.HTMLParser):
    """Checks that tags nest and collects the title= attributes of removed spans."""

    VOID: ClassVar[frozenset[str]] = frozenset({"meta", "br", "hr", "img", "link", "input"})

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.tips: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        d = dict(attrs)
        if tag == "span" and "rm" in (d.get("class") or "").split():
            self.tips.append(d.get("title") or "")
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack, f"</{tag}> closes nothing"
        assert self.stack[-1] == tag, f"</{tag}> closes {self.stack[-1:]}"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if self.stack and self.stack[-1] in ("span", "div"):
            self.text.append(data)


def _parse(page: str) -> _Checker:
    p = _Checker()
    p.feed(page)
    p.close()
    assert p.stack == []
    return p


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_every_seed_renders(path: Path) -> None:
    a = load_file(path)
    plain = format_article(a, color=False)
    for r in a.removed:
        assert f"[-{r.category}: " in plain
    assert "-- metadata --" in plain
    assert f"source: {a.meta.source or '-'}" in plain
    colored = format_article(a, color=True)
    assert "\x1b[" in colored
    assert "\x1b[" not in plain

    page = html_report(a)
    assert page.startswith("<!DOCTYPE html>")
    checker = _parse(page)
    assert checker.tips == [f"{r.category} · {r.rule}" for r in a.removed]
    for b in a.blocks:
        assert b.text.replace("\r", "") in page.replace("&quot;", '"').replace("&#x27;", "'") or "<" in b.text


def test_plain_view_keeps_every_character() -> None:
    a = clean("Tiêu đề\r\n\r\nNgày 5/8, hai bên họp.\r\nẢnh: BNG\r\n\u00a0\r\nBình luận (0)")
    plain = format_article(a, color=False)
    assert plain.startswith("Tiêu đề\n\nNgày 5/8, hai bên họp.\n[-caption: Ảnh: BNG-]\n[-blank: ⍽-]\n[-comments: Bình")


def test_html_escapes_markup() -> None:
    raw = "<b>Tiêu đề</b> & \"trích dẫn\"\n\nNội dung <script>alert(1)</script> bài viết.\n\n[<i>Tin khác</i> & more]"
    page = html_report(clean(raw))
    assert "<script>" not in page
    assert "<b>" not in page
    assert "<i>" not in page
    assert "&lt;script&gt;" in page
    assert "&amp;" in page
    checker = _parse(page)
    assert checker.tips == ["related · bracketed_headline"]
    assert "".join(checker.text).count("<script>") == 1  # the text survives, as text


def test_html_legend_lists_every_category() -> None:
    page = html_report(clean("Tiêu đề\n\nNội dung."))
    for category in REMOVAL_CATEGORIES:
        assert f'class="cat-{category}"' in page
    assert set(CATEGORY_COLORS) == set(REMOVAL_CATEGORIES)


def test_empty_article_renders() -> None:
    a = clean("")
    assert "-- removed: 0 span(s)" in format_article(a, color=False)
    _parse(html_report(a))
