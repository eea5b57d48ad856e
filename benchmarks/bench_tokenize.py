"""Tokenization benchmark: our words()/sentences() against pythainlp and underthesea, in one run.

Every figure is a ratio of two timings taken in this run on the same text
(median of repeats; the machine may be shared, so absolute numbers move but
ratios hold better). Text comes from ``benchmarks/corpusgen.py`` (seeded).

Prints:

* Thai ``words()`` (nlpO3) vs ``pythainlp.tokenize.word_tokenize`` (newmm), target >= 10x;
* Vietnamese ``words()`` vs ``underthesea.word_tokenize`` on one core, target >= 2x,
  on *distinct* sentences with our caches emptied before each repeat (and warm, for reference),
  plus the share of sentences segmented exactly as underthesea, target >= 99.5%;
* wrapper overhead (routing, offsets) of ``word_offsets()`` over the raw engine call, target <= 10%;
* Thai sentences: rules vs crfcut, speed and agreement;
* Vietnamese tokenization in 2 worker processes vs 1 core, workers returning offsets, target >= 1.8x.

Usage::

    python benchmarks/bench_tokenize.py [--quick] [--repeat N]
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import time
from array import array
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("PYTHAINLP_OFFLINE", "1")

from aseancorpus.tokenize import _simple, _thai, _vi_crf, sentence_offsets, word_offsets, words
from aseancorpus.tokenize._sentences import crfcut_sentences, thai_sentences
from corpusgen import generate


def cpu_time(fn: Callable[[], object]) -> float:
    t = time.process_time()
    fn()
    return time.process_time() - t


def median_time(fn: Callable[[], object], repeat: int, before: Callable[[], None] | None = None) -> float:
    """Median CPU time (``process_time``: the cores are shared, wall-clock time is not ours alone)."""
    times = []
    for _ in range(repeat):
        if before is not None:
            before()
        times.append(cpu_time(fn))
    return statistics.median(times)


BEST: dict[str, float] = {}


def paired_times(
    fns: Sequence[Callable[[], object]], repeat: int, before: Sequence[Callable[[], None] | None] | None = None
) -> list[float]:
    """Median CPU times of several functions, run in turns (ABCABC...) so load changes hit all alike.

    A full garbage collection runs before each, outside the timing, so that none pays for
    the garbage of the one before it.

    The fastest run of each is kept in ``BEST[str(index)]`` for reference.
    """
    times: list[list[float]] = [[] for _ in fns]
    for _ in range(repeat):
        for i, fn in enumerate(fns):
            prep = before[i] if before else None
            if prep is not None:
                prep()
            gc.collect()  # every run starts from the same collector state (a full collection costs ~0.1 s here)
            times[i].append(cpu_time(fn))
    BEST.clear()
    BEST.update({str(i): min(ts) for i, ts in enumerate(times)})
    return [statistics.median(ts) for ts in times]


def interleaved_times(
    fns: Sequence[Callable[[str], object]], items: Sequence[str], repeat: int, before: Callable[[], None] | None = None
) -> list[float]:
    """Median CPU times of several functions over ``items``, taking turns item by item.

    Every function then runs amid the others' work, so none keeps the CPU caches warm for
    itself (in block timing the raw engine, called back to back, does): this isolates the
    work a wrapper adds from the cache misses it causes.
    """
    totals: list[list[float]] = [[] for _ in fns]
    for _ in range(repeat):
        if before is not None:
            before()
        gc.collect()
        acc = [0.0] * len(fns)
        keep = []
        for j, item in enumerate(items):
            for k in range(len(fns)):
                i = (j + k) % len(fns)
                t = time.process_time()
                keep.append(fns[i](item))
                acc[i] += time.process_time() - t
        del keep
        for i, a in enumerate(acc):
            totals[i].append(a)
    return [statistics.median(ts) for ts in totals]


def best(i: int) -> float:
    return BEST[str(i)]


def clear_caches() -> None:
    st = _vi_crf._load()
    st["norm_cache"].clear()
    st["sentence_cache"].clear()
    if st["scorer"] is not None:
        st["scorer"].cache.clear()
    _simple.KIND_OF.clear()


def clear_results() -> None:
    """Forget whole-sentence results (not the model's feature caches, warm in any long run)."""
    _vi_crf._load()["sentence_cache"].clear()


def corpus(size_mb: float) -> tuple[list[str], list[str]]:
    th, vi = [], []
    for name, text in generate(size_mb=size_mb, seed=7):
        (th if name.endswith("_th") else vi).append(text.replace("\r\n", "\n"))
    return th, vi


def line(label: str, value: str) -> None:
    print(f"  {label:<62} {value}")


# -- Thai words ----------------------------------------------------------------------------------


class GcClock:
    """CPU time spent in the cyclic garbage collector while active (``gc.callbacks``)."""

    def __init__(self) -> None:
        self.total = 0.0
        self._t = 0.0
        self.on = False

    def __call__(self, phase: str, _info: dict[str, int]) -> None:
        if not self.on:
            return
        if phase == "start":
            self._t = time.process_time()
        else:
            self.total += time.process_time() - self._t


def bench_thai(th: list[str], repeat: int) -> None:
    from pythainlp.tokenize import word_tokenize

    paragraphs = [p for t in th for p in t.split("\n") if p]
    lines = [p for p in paragraphs if p.strip()]
    n = sum(map(len, th))
    words(th[0], lang="th")
    word_tokenize("ทดสอบ")
    seg = _thai._nlpo3()
    name = _thai._DICT_NAME
    gc_clock = GcClock()
    gc.callbacks.append(gc_clock)

    def ours_words() -> None:
        gc_clock.on = True
        [words(t, lang="th") for t in th]
        gc_clock.on = False

    t_py, t_raw, t_off, t_words = paired_times(
        [
            lambda: [word_tokenize(ln) for ln in lines],
            lambda: [seg(p, name, False, False) for p in paragraphs],
            lambda: [word_offsets(t, lang="th") for t in th],
            ours_words,
        ],
        repeat,
        before=[None, None, clear_results, clear_results],
    )
    gc.callbacks.remove(gc_clock)
    gc_share = gc_clock.total / repeat / t_words
    # What a plain script does: one word_tokenize call per article (newmm slows down on
    # long inputs), measured on the same articles in the same run.
    t_py_article = median_time(lambda: [word_tokenize(t) for t in th], repeat)
    b_py, b_raw, b_off, b_words = best(0), best(1), best(2), best(3)
    print(f"Thai words, {n / 1e6:.2f} M characters, {len(th)} articles, {len(paragraphs)} paragraphs; CPU time")
    line("pythainlp word_tokenize (default: newmm), per line", f"{n / t_py / 1e6:6.2f} M chars/s")
    line("raw nlpo3.segment, per paragraph (the baseline)", f"{n / t_raw / 1e6:6.2f} M chars/s")
    line("our word_offsets(lang='th'), per article", f"{n / t_off / 1e6:6.2f} M chars/s")
    line("our words(lang='th') (Token objects), per article", f"{n / t_words / 1e6:6.2f} M chars/s")
    line("pythainlp word_tokenize (default: newmm), per article", f"{n / t_py_article / 1e6:6.2f} M chars/s")
    line("RATIO words() vs pythainlp per line (target >= 10x)", f"{t_py / t_words:6.1f}x   (fastest runs: {b_py / b_words:.1f}x)")
    line("RATIO words() vs pythainlp per article (target >= 10x)", f"{t_py_article / t_words:6.1f}x")
    line("RATIO word_offsets() vs pythainlp", f"{t_py / t_off:6.1f}x   (fastest runs: {b_py / b_off:.1f}x)")
    line("RATIO raw nlpo3 vs pythainlp (the engine's own margin)", f"{t_py / t_raw:6.1f}x   (fastest runs: {b_py / b_raw:.1f}x)")
    line(
        "OVERHEAD word_offsets() over raw nlpo3 (target <= 10%)",
        f"{(t_off / t_raw - 1) * 100:+6.1f}%  (fastest runs: {(b_off / b_raw - 1) * 100:+.1f}%)",
    )
    line(
        "OVERHEAD words() over raw nlpo3",
        f"{(t_words / t_raw - 1) * 100:+6.1f}%  (fastest runs: {(b_words / b_raw - 1) * 100:+.1f}%)",
    )
    line("SHARE of words() time spent in the cyclic GC (Token objects)", f"{gc_share * 100:6.1f}%")
    paras_of = {t: [p for p in t.split("\n") if p] for t in th}
    i_py, i_raw, i_off, i_words = interleaved_times(
        [
            lambda t: [word_tokenize(p) for p in paras_of[t] if p.strip()],
            lambda t: [seg(p, name, False, False) for p in paras_of[t]],
            lambda t: word_offsets(t, lang="th"),
            lambda t: words(t, lang="th"),
        ],
        th,
        repeat,
        before=clear_results,
    )
    print("  the same, the four taking turns article by article (equal CPU-cache conditions):")
    line("RATIO words() / word_offsets() / raw nlpo3 vs pythainlp", f"{i_py / i_words:6.1f}x / {i_py / i_off:.1f}x / {i_py / i_raw:.1f}x")
    line("OVERHEAD word_offsets() / words() over raw nlpo3", f"{(i_off / i_raw - 1) * 100:+6.1f}% / {(i_words / i_raw - 1) * 100:+.1f}%")


# -- Vietnamese words ----------------------------------------------------------------------------


def _syllable_counts_ours(sentence: str, spans: Sequence[tuple[int, int]]) -> list[int]:
    return [len(_vi_crf.syllables(sentence[s:e])) for s, e in spans]


def bench_vietnamese(vi: list[str], repeat: int, limit: int) -> None:
    from underthesea import word_tokenize

    seen: set[str] = set()
    sentences: list[str] = []
    for t in vi:
        for s, e in sentence_offsets(t, lang="vi"):
            piece = t[s:e]
            if piece not in seen and not piece.isspace():
                seen.add(piece)
                sentences.append(piece)
    sentences = sentences[:limit]
    n = sum(map(len, sentences))
    word_tokenize("xin chào")
    words("xin chào", lang="vi")
    t_ut, t_cold, t_warm, t_off, t_eng, t_eng1 = paired_times(
        [
            lambda: [word_tokenize(s) for s in sentences],
            lambda: [words(s, lang="vi") for s in sentences],
            lambda: [words(s, lang="vi") for s in sentences],
            lambda: [word_offsets(s, lang="vi") for s in sentences],
            lambda: _vi_crf.segment(sentences),
            lambda: [_vi_crf.segment([s]) for s in sentences],
        ],
        repeat,
        before=[None, clear_caches, clear_results, clear_caches, clear_caches, clear_caches],
    )
    b_ut, b_cold, b_warm = best(0), best(1), best(2)
    # fidelity: same words as underthesea (compare syllable counts per word over the same syllables)
    same_engine = same_words = 0
    for s in sentences:
        theirs = [w.count(" ") + 1 for w in word_tokenize(s)]
        engine = _vi_crf.segment([s])[0]
        same_engine += _syllable_counts_ours(s, engine) == theirs
        ours = [(t.start, t.end) for t in words(s, lang="vi")]
        same_words += _syllable_counts_ours(s, ours) == theirs
    print(f"Vietnamese words, {len(sentences)} distinct sentences, {n / 1e6:.2f} M characters, one core")
    line("underthesea.word_tokenize, per sentence", f"{n / t_ut / 1e6:6.2f} M chars/s")
    line("our words(lang='vi'), caches emptied before each repeat", f"{n / t_cold / 1e6:6.2f} M chars/s")
    line("our words(lang='vi'), model caches warm, results not cached", f"{n / t_warm / 1e6:6.2f} M chars/s")
    line("RATIO words() vs underthesea, cold (target >= 2x)", f"{t_ut / t_cold:6.1f}x   (fastest runs: {b_ut / b_cold:.1f}x)")
    line("RATIO words() vs underthesea, warm", f"{t_ut / t_warm:6.1f}x   (fastest runs: {b_ut / b_warm:.1f}x)")
    line("SAME words as underthesea, CRF engine (target >= 99.5%)", f"{same_engine / len(sentences) * 100:6.2f}%")
    line("SAME words as underthesea, words() incl. number/URL merges", f"{same_words / len(sentences) * 100:6.2f}%")
    line("OVERHEAD word_offsets() vs raw CRF engine, one batch call", f"{(t_off / t_eng - 1) * 100:+6.1f}%")
    line("OVERHEAD word_offsets() vs raw CRF engine, a call per sentence", f"{(t_off / t_eng1 - 1) * 100:+6.1f}%")


# -- Thai sentences ------------------------------------------------------------------------------


def _ends(spans: Sequence[tuple[int, int]]) -> set[int]:
    return {e for _s, e in spans}


def bench_thai_sentences(th: list[str], repeat: int, limit_chars: int) -> None:
    texts, total = [], 0
    for t in th:
        if total >= limit_chars:
            break
        texts.append(t)
        total += len(t)
    crfcut_sentences("ทดสอบ ทดสอบ")
    t_rules = median_time(lambda: [thai_sentences(t) for t in texts], repeat)
    t_crf = median_time(lambda: [crfcut_sentences(t) for t in texts], max(1, repeat // 2))
    tp = fp = fn = same = count = 0
    for t in texts:
        ours, ref = thai_sentences(t), crfcut_sentences(t)
        a, b = _ends(ours), _ends(ref)
        tp += len(a & b)
        fp += len(a - b)
        fn += len(b - a)
        same += len(set(ours) & set(ref))
        count += len(ref)
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    print(f"Thai sentences, {total / 1e6:.2f} M characters")
    line("rules (default)", f"{total / t_rules / 1e6:6.2f} M chars/s")
    line("crfcut", f"{total / t_crf / 1e6:6.2f} M chars/s")
    line("RATIO rules vs crfcut", f"{t_crf / t_rules:6.1f}x")
    line("AGREEMENT sentence ends vs crfcut: precision / recall", f"{p * 100:5.1f}% / {r * 100:5.1f}%")
    line("AGREEMENT identical sentences (share of crfcut's)", f"{same / max(count, 1) * 100:6.1f}%")


# -- process-parallel ----------------------------------------------------------------------------


def _init_worker() -> None:
    """Pool initializer: load the engines once per worker, before any timed task."""
    words("xin chào, Việt Nam", lang="vi")


def _ready(_i: int) -> int:
    time.sleep(0.3)  # long enough that each worker takes one: both are up before the timing starts
    return os.getpid()


def _offsets_job(texts: list[str]) -> tuple[bytes, float, int]:
    """Tokenize; return flat int32 offsets (-1, start, end, start, end, ... per text), CPU seconds, pid."""
    cpu = time.process_time()
    out = array("i")
    for t in texts:
        # The generated corpus repeats a small pool of sentences: forget whole-sentence
        # results between articles, or whichever process saw a sentence first would win.
        clear_results()
        out.append(-1)  # text separator
        for s, e in word_offsets(t, lang="vi"):
            out.append(s)
            out.append(e)
    return out.tobytes(), time.process_time() - cpu, os.getpid()


def bench_parallel(vi: list[str], repeat: int) -> None:
    import multiprocessing

    n = sum(map(len, vi))
    size = max(1, len(vi) // 24)  # ~12 tasks per worker: big enough to amortize IPC, small enough to balance
    chunks = [vi[i : i + size] for i in range(0, len(vi), size)]
    words("xin chào", lang="vi")  # load the model before forking: workers start with it
    ctx = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")

    serial_wall, serial_cpu, par_wall, par_busiest, par_total = [], [], [], [], []
    same = True
    for _ in range(repeat):
        clear_caches()
        wall, cpu = time.perf_counter(), time.process_time()
        reference = [_offsets_job(c)[0] for c in chunks]
        serial_wall.append(time.perf_counter() - wall)
        serial_cpu.append(time.process_time() - cpu)
        clear_caches()  # workers fork from here: they start as cold as the serial run
        with ctx.Pool(2, initializer=_init_worker) as pool:
            pool.map(_ready, range(2), chunksize=1)
            wall = time.perf_counter()
            results = pool.map(_offsets_job, chunks, chunksize=1)
            par_wall.append(time.perf_counter() - wall)
        same = same and [r[0] for r in results] == reference
        per_worker: dict[int, float] = {}
        for _b, cpu_s, pid in results:
            per_worker[pid] = per_worker.get(pid, 0.0) + cpu_s
        par_busiest.append(max(per_worker.values()))
        par_total.append(sum(per_worker.values()))
    t1, c1 = statistics.median(serial_wall), statistics.median(serial_cpu)
    t2, busiest, total = statistics.median(par_wall), statistics.median(par_busiest), statistics.median(par_total)
    print(
        f"Vietnamese, process-parallel, {n / 1e6:.2f} M characters, {len(vi)} articles in {len(chunks)} tasks, "
        "workers return int32 offsets"
    )
    line("1 core, in process: wall clock", f"{n / t1 / 1e6:6.2f} M chars/s")
    line("2 worker processes: wall clock", f"{n / t2 / 1e6:6.2f} M chars/s")
    line("RATIO 2 processes vs 1 core, WALL CLOCK (target >= 1.8x)", f"{t1 / t2:6.2f}x")
    line("RATIO on CPU time: 1-core CPU / busiest worker's CPU", f"{c1 / busiest:6.2f}x")
    line("CPU time of both workers / CPU time of one process", f"{total / c1:6.2f}")
    line("workers' offsets identical to the in-process ones", str(same))
    line("load average (1 min) after the run", f"{os.getloadavg()[0]:6.2f}")
    line("cores visible to this process", str(len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    ap.add_argument("--quick", action="store_true", help="small text, few repeats")
    ap.add_argument("--repeat", type=int, default=None, help="repeats per timing (median is kept)")
    ap.add_argument("--only", choices=["thai", "vi", "sent", "parallel"], default=None)
    ap.add_argument("--size-mb", type=float, default=None, help="corpus size (default 2, quick 0.6)")
    args = ap.parse_args(argv)
    size = args.size_mb or (0.6 if args.quick else 2.0)
    repeat = args.repeat or (3 if args.quick else 5)
    th, vi = corpus(size)
    words("อาเซียน ảnh 1 Bộ trưởng (VNA) ສະຫະລັດ 5/8", lang="th")  # load every engine before timing
    print(f"corpus: {len(th)} Thai and {len(vi)} Vietnamese articles (corpusgen, seed 7); median of {repeat}")
    if args.only in (None, "thai"):
        bench_thai(th, repeat)
    if args.only in (None, "vi"):
        bench_vietnamese(vi, repeat, limit=600 if args.quick else 2000)
    if args.only in (None, "sent"):
        bench_thai_sentences(th, repeat, limit_chars=50_000 if args.quick else 120_000)
    if args.only in (None, "parallel"):
        bench_parallel(vi[:60] if args.quick else vi, repeat)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
