"""The ``aseancorpus`` command line.

Commands:
    summary   A table of articles (id, language, title, sizes, removed spans, source).
    inspect   One article with its removed spans marked by category (terminal or HTML).
    entities  Entities found in articles, counted by canonical entity.
    stats     Corpus statistics: sizes, removed share by category, words per language.
    export    Write articles (optionally annotated) to Parquet or JSON Lines.
    cache     Show or empty the annotation cache.

Run ``aseancorpus COMMAND --help`` for the options of each command.
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

import orjson

from ._commands import add_cache_parser, add_export_parser, add_stats_parser, open_corpus
from .errors import AseanCorpusError
from .io import load_file
from .io._atomic import atomic_write
from .model import Article

__all__ = ["main"]


def _width(s: str) -> int:
    """Display width: combining marks take none, East Asian wide characters two."""
    w = 0
    for ch in s:
        if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            continue
        w += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return w


def _fit(s: str, width: int) -> str:
    """Cut ``s`` to ``width`` display columns (with an ellipsis) and pad it."""
    s = " ".join(s.split())
    if _width(s) > width:
        out, w = [], 0
        for ch in s:
            cw = _width(ch)
            if w + cw > width - 1:
                break
            out.append(ch)
            w += cw
        s = "".join(out) + "…"
    return s + " " * (width - _width(s))


def _summary_row(a: Article) -> dict[str, Any]:
    return {
        "id": a.id,
        "language": a.language,
        "title": a.title,
        "chars_raw": len(a.raw),
        "chars_kept": len(a.text),
        "removed": len(a.removed),
        "source": a.meta.source,
    }


def _summary(articles: Iterable[Article], *, as_json: bool, out: TextIO) -> int:
    if as_json:
        rows = [_summary_row(a) for a in articles]
        out.write(orjson.dumps(rows, option=orjson.OPT_INDENT_2).decode() + "\n")
        return 0
    cols = (("id", 22), ("lang", 4), ("title", 44), ("raw", 7), ("kept", 7), ("removed", 7), ("source", 22))
    out.write(" ".join(_fit(name, w) for name, w in cols).rstrip() + "\n")
    out.write(" ".join("-" * w for _, w in cols) + "\n")
    n = 0
    for a in articles:
        r = _summary_row(a)
        cells = (r["id"], r["language"], r["title"] or "", r["chars_raw"], r["chars_kept"], r["removed"],
                 r["source"] or "")
        line = " ".join(
            _fit(str(c), w) if isinstance(c, str) else str(c).rjust(w) for c, (_, w) in zip(cells, cols)
        )
        out.write(line.rstrip() + "\n")
        n += 1
    out.write(f"{n} article{'s' if n != 1 else ''}\n")
    return 0


def _cmd_summary(args: argparse.Namespace) -> int:
    articles = open_corpus(args.paths, clean=not args.no_clean)
    return _summary(articles, as_json=args.json, out=sys.stdout)


def _cmd_entities(args: argparse.Namespace) -> int:
    from .entity import entities_table_lines, entity_counts_table

    articles = open_corpus(args.paths, clean=not args.no_clean)
    if args.counts:
        sys.stdout.write(entity_counts_table(articles, as_json=args.json, ner=not args.no_ner))
        return 0
    for line in entities_table_lines(articles, as_json=args.json, ner=not args.no_ner):
        sys.stdout.write(line)
    return 0


def _cmd_inspect(args: argparse.Namespace) -> int:
    from .cleaning.report import format_article, html_report

    article = load_file(args.file, encoding=args.encoding)
    if args.html:
        with atomic_write(args.html) as fh:
            fh.write(html_report(article).encode("utf-8"))
        print(f"wrote {args.html}", file=sys.stderr)
        if not args.print:
            return 0
    color = {"always": True, "never": False}.get(args.color, sys.stdout.isatty())
    sys.stdout.write(format_article(article, color=color) + "\n")
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``aseancorpus`` command."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        ver = version("aseancorpus")
    except PackageNotFoundError:  # pragma: no cover
        ver = "unknown"
    parser = argparse.ArgumentParser(
        prog="aseancorpus",
        description="Load, clean, tokenize and link Thai and Vietnamese news corpora.",
    )
    parser.add_argument("--version", action="version", version=f"aseancorpus {ver}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    p = sub.add_parser("summary", help="table of articles: id, language, title, sizes, removed spans, source")
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="files, directories or .jsonl files (default: the bundled sample)")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.add_argument("--no-clean", action="store_true", help="keep every line (no boilerplate cleaning)")
    p.set_defaults(func=_cmd_summary)

    p = sub.add_parser("inspect", help="show one article with its removed spans marked by category")
    p.add_argument("file", metavar="FILE", help="a text file")
    p.add_argument("--html", metavar="OUT.html", help="also write a standalone HTML report to OUT.html")
    p.add_argument("--print", action="store_true", help="with --html: print the terminal view too")
    p.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                   help="colour the terminal view (default: when writing to a terminal)")
    p.add_argument("--encoding", default=None, help="force an encoding, e.g. cp874 (default: detect)")
    p.set_defaults(func=_cmd_inspect)

    p = sub.add_parser("entities", help="entities in articles: one line per mention, or counts per entity")
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="files, directories, .jsonl or .parquet files (default: the bundled sample)")
    p.add_argument("--json", action="store_true", help="JSON Lines (one object per article) instead of TSV")
    p.add_argument("--counts", action="store_true", help="mentions per canonical entity and language")
    p.add_argument("--no-ner", action="store_true", help="gazetteer and values only (fast)")
    p.add_argument("--no-clean", action="store_true", help="keep every line (no boilerplate cleaning)")
    p.set_defaults(func=_cmd_entities)

    add_stats_parser(sub)
    add_export_parser(sub)
    add_cache_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (0 success, 1 bad input, 2 usage, 130 interrupted).

    .. versionadded:: 0.1.0
    """
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.func(args)
        return code
    except AseanCorpusError as e:
        print(f"aseancorpus {args.command}: error: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("aseancorpus: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # e.g. `aseancorpus summary | head`
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
