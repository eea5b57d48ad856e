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

import aseancorpus as ac  # noqa: E402
from aseancorpus.entity import entities, load_gazetteer  # noqa: E402


def _rate(fn: Callable[[], object], chars: int, repeat: int) -> float:
    fn()  # warm up (model loads, automaton build)
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return chars / best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller texts, fewer repeats")
    args = parser.parse_args()
    size = 500_000 if args.quick else 5_000_000
    repeat = 2 if args.quick else 3

    seeds = list(ac.load_seeds())
    base = "\n\n".join(a.text for a in seeds)
    text = (base * (size // len(base) + 1))[:size]
    gaz = load_gazetteer()
    names = sorted({n for e in gaz for n in e.aliases()}, key=len, reverse=True)
    regex = re.compile("|".join(re.escape(n) for n in names), re.IGNORECASE)

    print(f"text: {len(text):,} characters (the five seeds, repeated); {len(names)} gazetteer names")
    r_base = _rate(lambda: [m.span() for m in regex.finditer(text)], len(text), repeat)
    r_gaz = _rate(lambda: gaz.find(text), len(text), repeat)
    r_fast = _rate(lambda: entities(text, lang="vi", ner=False), len(text), repeat)
    print(f"baseline regex alternation          {r_base / 1e6:8.2f} M chars/s")
    print(
        f"gazetteer only (automaton)          {r_gaz / 1e6:8.2f} M chars/s  ({r_gaz / r_base:.1f}x baseline)"
    )
    print(
        f"entities(ner=False): gazetteer+values {r_fast / 1e6:6.2f} M chars/s  ({r_fast / r_base:.1f}x baseline)"
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
    print(f"raw underthesea.ner (vi, {len(vi):,} chars)  {r_uts / 1e3:8.1f} k chars/s")
    print(
        f"entities(ner=True), vi              {r_vi / 1e3:8.1f} k chars/s  ({r_vi / r_uts:.2f}x raw underthesea)"
    )
    print(f"entities(ner=True), th ({len(th):,} chars)  {r_th / 1e3:8.1f} k chars/s")


if __name__ == "__main__":
    main()
