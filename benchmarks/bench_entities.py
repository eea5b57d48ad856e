"""Benchmark entity finding.

Prints characters per second for

* the gazetteer automaton alone (``load_gazetteer().find``) and the fast path
  ``entities(text, ner=False)`` (gazetteer + values), beside a baseline in the
  same run: one big regular-expression alternation of every gazetteer name;
* the full NER path ``entities(text, ner=True)`` on Vietnamese and Thai text,
  beside raw ``underthesea.ner`` (line by line) on the same Vietnamese text.

Usage: ``python benchmarks/bench_entities.py [--quick]``. The target is at
least 5 M characters/s for the gazetteer-only path.
"""

from __future__ import annotations

import argparse
import os
import re
import time
from collections.abc import Callable

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")

import aseancorpus as ac
from aseancorpus.entity import entities, load_gazetteer


def _rate(fn: Callable[[], object], chars: int, repeat: int) -> tuple[float, float]:
    """Best characters per second over ``repeat`` runs: (CPU time, wall time).

    CPU time is the figure to compare on a shared machine; wall time is shown beside it.
    """
    fn()  # warm up (model loads, automaton build)
    cpu = wall = float("inf")
    for _ in range(repeat):
        c, w = time.process_time(), time.perf_counter()
        fn()
        cpu = min(cpu, time.process_time() - c)
        wall = min(wall, time.perf_counter() - w)
    return chars / cpu, chars / wall


def _fmt(rate: tuple[float, float], unit: float, name: str) -> str:
    return f"{rate[0] / unit:8.2f} {name} chars/s CPU ({rate[1] / unit:.2f} wall)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller texts, fewer repeats")
    args = parser.parse_args()
    size = 500_000 if args.quick else 2_000_000
    repeat = 2 if args.quick else 3

    seeds = list(ac.load_seeds())
    base = "\n\n".join(a.text for a in seeds)
    text = (base * (size // len(base) + 1))[:size]
    gaz = load_gazetteer()
    names = sorted({n for e in gaz for n in e.aliases()}, key=len, reverse=True)
    regex = re.compile("|".join(re.escape(n) for n in names), re.IGNORECASE)

    density = len(gaz.find(text)) / len(text) * 1000
    print(
        f"text: {len(text):,} characters (the five seeds, repeated), {density:.1f} gazetteer links per 1000 chars;"
    )
    print(f"      {len(names)} gazetteer names")
    sample = text[:200_000]  # the baseline is slow; its rate per character does not depend on the length
    r_base = _rate(lambda: [m.span() for m in regex.finditer(sample)], len(sample), 1)
    r_gaz = _rate(lambda: gaz.find(text), len(text), repeat)
    articles = [a.text for a in seeds] * (size // len(base) + 1)
    n_art = sum(map(len, articles))
    r_art = _rate(lambda: [gaz.find(t) for t in articles], n_art, repeat)
    r_fast = _rate(lambda: entities(text, lang="vi", ner=False), len(text), repeat)
    print(f"baseline: one regex alternation of all names  {_fmt(r_base, 1e6, 'M')}")
    print(
        f"gazetteer only (automaton)                    {_fmt(r_gaz, 1e6, 'M')}  {r_gaz[0] / r_base[0]:.0f}x baseline"
    )
    print(
        f"gazetteer only, one call per article          {_fmt(r_art, 1e6, 'M')}  {r_art[0] / r_base[0]:.0f}x baseline"
    )
    print(
        f"entities(ner=False): gazetteer + values       {_fmt(r_fast, 1e6, 'M')}  {r_fast[0] / r_base[0]:.0f}x baseline"
    )

    from underthesea import ner as uts_ner

    from aseancorpus.entity._align import lines

    vi = "\n\n".join(a.text for a in seeds if a.language == "vi")
    th = "\n\n".join(a.text for a in seeds if a.language == "th")
    if args.quick:
        vi = vi[:3000]
    r_uts = _rate(lambda: [uts_ner(line) for _, line in lines(vi)], len(vi), 1)
    r_vi = _rate(lambda: entities(vi, lang="vi", ner=True), len(vi), 1)
    r_th = _rate(lambda: entities(th, lang="th", ner=True), len(th), 1)
    print(f"raw underthesea.ner, line by line (vi, {len(vi):,} chars)  {_fmt(r_uts, 1e3, 'k')}")
    print(
        f"entities(ner=True), vi, same text                 {_fmt(r_vi, 1e3, 'k')}  {r_vi[0] / r_uts[0]:.2f}x raw"
    )
    print(f"entities(ner=True), th ({len(th):,} chars)             {_fmt(r_th, 1e3, 'k')}")


if __name__ == "__main__":
    main()
