"""The ``export``, ``stats`` and ``cache`` commands of the command line.

Each ``add_*_parser`` function registers one sub-command on the
sub-parsers of :func:`aseancorpus.cli.build_parser`; the ``run_*``
functions take the parsed arguments and return the exit code.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

import orjson

from .corpus import Corpus
from .errors import InvalidArgument, PathError
from .model import Article

__all__ = [
    "add_cache_parser",
    "add_export_parser",
    "add_stats_parser",
    "open_corpus",
    "run_cache",
    "run_export",
    "run_stats",
]


def open_corpus(paths: Sequence[str], *, clean: bool = True) -> Corpus:
    """A lazy corpus over files, folders, ``.jsonl`` and ``.parquet`` files, in the order given.

    With no paths, the bundled sample articles.

    Raises:
        PathError: If a path does not exist (checked at once).
    """
    from .io import load_seeds

    if not paths:
        return load_seeds(clean=clean)
    for p in paths:
        if not Path(p).exists():
            raise PathError(f"{p}: no such file or directory")

    def sources() -> Iterator[Article]:
        from .io import load_dir, load_file, load_jsonl

        for p in paths:
            path = Path(p)
            if path.is_dir():
                yield from load_dir(path, clean=clean)
            elif path.suffix == ".jsonl":
                yield from load_jsonl(path)
            elif path.suffix == ".parquet":
                from .io.parquet import load_parquet

                yield from load_parquet(path)
            else:
                yield load_file(path, clean=clean)

    return Corpus(sources, name=", ".join(paths))


def _workers(value: str) -> int | None:
    if value == "all":
        return None
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"--workers must be a number or 'all', not {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"--workers must be >= 1, not {n}")
    return n


def _progress(args: argparse.Namespace) -> bool | None:
    return False if args.quiet else None


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="files, directories, .jsonl or .parquet files (default: the bundled sample)",
    )
    p.add_argument("--no-clean", action="store_true", help="keep every line (no boilerplate cleaning)")
    p.add_argument(
        "--workers", type=_workers, default=None, metavar="N", help="worker processes (default: all CPUs)"
    )
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")


# -- export ---------------------------------------------------------------------------


def add_export_parser(sub: Any) -> argparse.ArgumentParser:
    """Register ``aseancorpus export PATH... --to out.parquet|out.jsonl [--annotate]``."""
    p: argparse.ArgumentParser = sub.add_parser(
        "export", help="write articles to one Parquet or JSON Lines file (optionally annotated)"
    )
    _common(p)
    p.add_argument("--to", required=True, metavar="OUT", help="output file ending in .parquet or .jsonl")
    p.add_argument(
        "--annotate", action="store_true", help="add sentences, words and entities (cached, in parallel)"
    )
    p.add_argument("--no-ner", action="store_true", help="with --annotate: entities without the NER model")
    p.add_argument("--no-cache", action="store_true", help="with --annotate: do not use the annotation cache")
    p.set_defaults(func=run_export)
    return p


def run_export(args: argparse.Namespace, *, out: TextIO | None = None) -> int:
    """Run ``aseancorpus export``; the file is written atomically. Returns the exit code."""
    out = out or sys.stdout
    target = Path(args.to)
    kind = target.suffix.lower()
    if kind not in (".parquet", ".jsonl"):
        raise InvalidArgument(f"--to {args.to!r}: the output must end in .parquet or .jsonl")
    if args.annotate:
        # Clean in the workers, in parallel and cached, rather than while loading.
        corpus = open_corpus(args.paths, clean=False).annotate(
            clean=not args.no_clean,
            ner=not args.no_ner,
            workers=args.workers,
            cache=not args.no_cache,
            progress=_progress(args),
        )
    else:
        corpus = open_corpus(args.paths, clean=not args.no_clean)
    n = corpus.to_parquet(target) if kind == ".parquet" else corpus.to_jsonl(target)
    out.write(f"wrote {n} article{'s' if n != 1 else ''} to {target}\n")
    return 0


# -- stats ------------------------------------------------------------------------------


def add_stats_parser(sub: Any) -> argparse.ArgumentParser:
    """Register ``aseancorpus stats PATH...``."""
    p: argparse.ArgumentParser = sub.add_parser(
        "stats", help="articles, characters kept and removed, words and types per language, top sources"
    )
    _common(p)
    p.add_argument("--no-words", action="store_true", help="skip counting words (fast)")
    p.add_argument("--top", type=int, default=10, metavar="N", help="how many sources to list (default 10)")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.set_defaults(func=run_stats)
    return p


def run_stats(args: argparse.Namespace, *, out: TextIO | None = None) -> int:
    """Run ``aseancorpus stats``. Returns the exit code."""
    out = out or sys.stdout
    corpus = open_corpus(args.paths, clean=not args.no_clean)
    st = corpus.stats(words=not args.no_words, top=args.top, workers=args.workers, progress=_progress(args))
    if args.json:
        out.write(orjson.dumps(st.to_dict(), option=orjson.OPT_INDENT_2).decode() + "\n")
    else:
        out.write(str(st) + "\n")
    return 0


# -- cache ------------------------------------------------------------------------------


def add_cache_parser(sub: Any) -> argparse.ArgumentParser:
    """Register ``aseancorpus cache info|clear``."""
    p: argparse.ArgumentParser = sub.add_parser("cache", help="show or empty the annotation cache")
    p.add_argument("action", choices=("info", "clear"), help="info: where and how big; clear: empty it")
    p.add_argument("--json", action="store_true", help="with info: print JSON")
    p.set_defaults(func=run_cache)
    return p


def run_cache(args: argparse.Namespace, *, out: TextIO | None = None) -> int:
    """Run ``aseancorpus cache info|clear``. Returns the exit code."""
    from .cache import cache_info, clear_cache

    out = out or sys.stdout
    if args.action == "clear":
        n = clear_cache()
        out.write(f"removed {n} cached result{'s' if n != 1 else ''}\n")
        return 0
    info = cache_info()
    if getattr(args, "json", False):
        out.write(
            orjson.dumps(
                {
                    "path": info.path,
                    "entries": info.entries,
                    "size_bytes": info.size_bytes,
                    "stages": info.stages,
                }
            ).decode()
            + "\n"
        )
        return 0
    out.write(f"path     {info.path}\n")
    out.write(f"entries  {info.entries:,}\n")
    out.write(f"size     {info.size_bytes / 1e6:.1f} MB\n")
    for stage, n in sorted(info.stages.items()):
        out.write(f"  {stage:<10}{n:>10,}\n")
    return 0
