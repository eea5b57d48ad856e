"""The ``aseancorpus`` command line.

Commands:
    summary   A table of articles (id, language, title, sizes, removed spans, source).

Run ``aseancorpus COMMAND --help`` for the options of each command.
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

import orjson

from .errors import AseanCorpusError, PathError
from .io import load_dir, load_file, load_seeds
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


def iter_articles(paths: Sequence[str], *, clean: bool = True) -> Iterator[Article]:
    """Articles from files and directories, or the bundled sample when ``paths`` is empty.

    Raises:
        PathError: If a path does not exist.
    """
    if not paths:
        yield from load_seeds(clean=clean)
        return
    for p in paths:
        path = Path(p)
        if path.is_dir():
            yield from load_dir(path, clean=clean)
        elif path.suffix == ".jsonl":
            from .io import load_jsonl

            yield from load_jsonl(path)
        else:
            yield from [load_file(path, clean=clean)]


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


def _checked(paths: Sequence[str]) -> Sequence[str]:
    """Fail early, before any output, when a path does not exist."""
    for p in paths:
        if not Path(p).exists():
            raise PathError(f"{p}: no such file or directory")
    return paths


def _cmd_summary(args: argparse.Namespace) -> int:
    articles = iter_articles(_checked(args.paths), clean=not args.no_clean)
    return _summary(articles, as_json=args.json, out=sys.stdout)


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
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (0 success, 1 bad input, 2 usage, 130 interrupted)."""
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
