"""Benchmark the corpus pipeline end to end, against the plain script a user writes today.

Prints, all measured in the same run on the same generated articles:

* **baseline**: one process, per article ``pythainlp.word_tokenize`` (Thai) or
  ``underthesea.word_tokenize`` + ``underthesea.ner`` (Vietnamese);
* **cold**: ``load_dir(..., clean=False).annotate(clean=True)`` (clean +
  sentences + words + entities with NER) on ``--workers`` processes (default
  2) with an empty cache; target
  at least 3x faster than the baseline;
* **warm**: the same again, reading the cache; target at least 50x faster
  than cold;
* MB/s of each stage on one core (decode + clean, sentences, words, entities
  without and with NER), in UTF-8 megabytes of kept text;
* peak RSS while streaming a generated directory to Parquet
  (``load_dir(...).to_parquet(...)``) in a child process; target under 400 MB
  for 200 MB of articles (``--rss-mb 200``; the default is smaller to stay quick).

Articles are generated from the bundled seeds by reshuffling their paragraphs
(same language mix and article sizes as the seeds); if ``benchmarks/corpusgen.py``
exists its generator is not required. Engines are loaded before timing, for the
baseline and for the pipeline alike.

Usage: ``python benchmarks/bench_pipeline.py [--quick] [--articles N] [--workers N] [--rss-mb MB] [--rss-only]``.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")

import aseancorpus as ac
from aseancorpus.cache import AnnotationCache
from aseancorpus.io import seeds_path


def generate(out: Path, *, articles: int | None = None, mb: float | None = None, seed: int = 7) -> int:
    """Write reshuffled-paragraph articles shaped like the seeds; return bytes written."""
    rng = random.Random(seed)
    pools: dict[str, list[str]] = {}
    shapes: list[tuple[str, int]] = []
    titles: dict[str, list[str]] = {}
    for f in sorted(seeds_path().glob("*.txt")):
        raw = f.read_text(encoding="utf-8")
        lang = ac.detect_language(raw)
        lines = [ln.strip() for ln in raw.splitlines() if ln.strip()]
        titles.setdefault(lang, []).append(lines[0])
        pools.setdefault(lang, []).extend(lines[1:])
        shapes.append((lang, len(lines) - 1))
    out.mkdir(parents=True, exist_ok=True)
    written = 0
    i = 0
    while (articles is not None and i < articles) or (mb is not None and written < mb * 1e6):
        lang, n = shapes[i % len(shapes)]
        body = rng.sample(pools[lang], k=min(n, len(pools[lang])))
        text = "\n\n".join([rng.choice(titles[lang]), *body]) + "\n"
        data = text.encode("utf-8")
        (out / f"{i // 1000:03d}").mkdir(exist_ok=True)
        (out / f"{i // 1000:03d}" / f"a{i:07d}.txt").write_bytes(data)
        written += len(data)
        i += 1
    return written


def baseline(files: list[Path]) -> float:
    """The plain per-article script, one process; returns seconds."""
    import pythainlp
    import underthesea

    pythainlp.word_tokenize("ทดสอบการตัดคำ")
    underthesea.word_tokenize("Xin chào Việt Nam")
    underthesea.ner("Bộ trưởng Bùi Thanh Sơn thăm Hà Nội")
    t = time.perf_counter()
    for f in files:
        text = f.read_text(encoding="utf-8")
        if ac.detect_language(text) == "th":
            pythainlp.word_tokenize(text)
        else:
            underthesea.word_tokenize(text)
            underthesea.ner(text)
    return time.perf_counter() - t


def _warm_engines() -> None:
    """Load every engine in this process (workers forked later inherit them)."""
    sample = [
        ac.load_text(t, clean=False)
        for t in ("Bộ trưởng Bùi Thanh Sơn thăm Hà Nội.", "นายกรัฐมนตรีเดินทางไปกรุงเทพฯ")
    ]
    list(ac.Corpus(sample).annotate(workers=1, cache=False, progress=False))


def _run(
    corpus_dir: Path, *, workers: int, cache: AnnotationCache, default_loading: bool = False
) -> tuple[float, int]:
    t = time.perf_counter()
    if default_loading:  # what most scripts write: the loader cleans, annotate() the rest
        annotated = ac.load_dir(corpus_dir).annotate(workers=workers, cache=cache, progress=False)
    else:  # cleaning runs in the workers, cached
        annotated = ac.load_dir(corpus_dir, clean=False).annotate(
            clean=True, workers=workers, cache=cache, progress=False
        )
    n = sum(1 for _ in annotated)
    return time.perf_counter() - t, n


def stage_rates(corpus_dir: Path) -> dict[str, float]:
    """MB/s of each stage on one core, in UTF-8 MB of kept text (decode + clean: of raw bytes)."""
    from aseancorpus.entity import entities
    from aseancorpus.tokenize import sentences, words

    raw_mb = sum(f.stat().st_size for f in corpus_dir.rglob("*.txt")) / 1e6
    t = time.perf_counter()
    arts = list(ac.load_dir(corpus_dir))
    rates = {"decode + clean": raw_mb / (time.perf_counter() - t)}
    kept_mb = sum(len(a.text.encode("utf-8")) for a in arts) / 1e6
    stages = {
        "sentences": lambda a: sentences(a.text, lang=a.language),
        "words": lambda a: words(a.text, lang=a.language),
        "entities (no NER)": lambda a: entities(a, ner=False),
        "entities (NER)": lambda a: entities(a, ner=True),
    }
    for name, fn in stages.items():
        t = time.perf_counter()
        for a in arts:
            fn(a)
        rates[name] = kept_mb / (time.perf_counter() - t)
    return rates


# VmHWM is the peak RSS of this process image (ru_maxrss would include the
# parent's peak, which Linux carries over through fork and exec).
_RSS_CHILD = textwrap.dedent(
    """
    import re, resource, sys
    import aseancorpus as ac
    n = ac.load_dir(sys.argv[1]).to_parquet(sys.argv[2])
    try:
        with open("/proc/self/status") as fh:
            kb = int(re.search(r"VmHWM:\\s+(\\d+)", fh.read()).group(1))
    except OSError:
        kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(n, kb)
    """
)


def peak_rss(corpus_dir: Path, out: Path) -> tuple[int, float, float]:
    """Stream a directory to Parquet in a child process; (articles, seconds, peak RSS in MB)."""
    t = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _RSS_CHILD, str(corpus_dir), str(out)],
        capture_output=True,
        text=True,
        check=True,
    )
    seconds = time.perf_counter() - t
    n, kb = done.stdout.split()
    return int(n), seconds, int(kb) / 1024


def _report_rss(root: Path, rss_mb: float) -> None:
    big = root / "big"
    big_size = generate(big, mb=rss_mb, seed=11)
    n, secs, rss = peak_rss(big, root / "big.parquet")
    print(
        f"streaming {big_size / 1e6:.1f} MB ({n} articles) to Parquet: {secs:.1f} s, "
        f"peak RSS {rss:.0f} MB (target < 400 MB for 200 MB)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer articles and a smaller RSS run")
    parser.add_argument(
        "--articles", type=int, default=None, help="articles for the timed runs (default 8, quick 5)"
    )
    parser.add_argument("--workers", type=int, default=2, help="worker processes for annotate (default 2)")
    parser.add_argument(
        "--rss-mb", type=float, default=None, help="MB of articles to stream (default 10, quick 3)"
    )
    parser.add_argument("--rss-only", action="store_true", help="only the streaming peak-RSS measurement")
    args = parser.parse_args()
    n_articles = args.articles or (5 if args.quick else 8)
    rss_mb = args.rss_mb or (3.0 if args.quick else 10.0)

    with tempfile.TemporaryDirectory(prefix="ac-bench-") as tmp:
        root = Path(tmp)
        if args.rss_only:
            _report_rss(root, rss_mb)
            return
        corpus_dir = root / "corpus"
        size = generate(corpus_dir, articles=n_articles)
        mb = size / 1e6
        files = sorted(corpus_dir.rglob("*.txt"))
        print(
            f"corpus: {len(files)} articles, {mb:.3f} MB (reshuffled seed paragraphs), workers={args.workers}"
        )

        base = baseline(files)
        print(
            f"baseline (pythainlp/underthesea word_tokenize + underthesea.ner, 1 process): {base:7.2f} s  "
            f"{mb / base:.4f} MB/s"
        )

        _warm_engines()
        cache = AnnotationCache(root / "cache" / "annotations.sqlite3")
        cold, n = _run(corpus_dir, workers=args.workers, cache=cache)
        assert n == len(files)
        print(
            f"annotate cold ({args.workers} workers, clean+sentences+words+entities+NER): {cold:7.2f} s  "
            f"{mb / cold:.4f} MB/s  -> {base / cold:.1f}x the baseline (target >= 3x)"
        )
        warm = min(_run(corpus_dir, workers=args.workers, cache=cache)[0] for _ in range(3))
        print(
            f"annotate warm (cache hit, best of 3):     {warm:7.3f} s  {mb / warm:.3f} MB/s  "
            f"-> {cold / warm:.0f}x the cold run (target >= 50x)"
        )
        _run(corpus_dir, workers=args.workers, cache=cache, default_loading=True)  # fill its cache entries
        warm_default = min(
            _run(corpus_dir, workers=args.workers, cache=cache, default_loading=True)[0] for _ in range(3)
        )
        print(
            f"annotate warm, default loading (load_dir() cleans, not cached): {warm_default:7.3f} s  "
            f"-> {cold / warm_default:.0f}x the cold run"
        )

        for name, rate in stage_rates(corpus_dir).items():
            print(f"stage {name:<20} {rate:9.4f} MB/s (1 core)")

        _report_rss(root, rss_mb)


if __name__ == "__main__":
    main()
