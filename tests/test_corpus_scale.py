"""Corpus at scale: ordered parallel map, annotate with the cache, stats, interrupted runs, CLI commands."""

from __future__ import annotations

import argparse
import itertools
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import attrs
import pytest

from aseancorpus import Article, Corpus, InvalidArgument, load_seeds, load_text
from aseancorpus._commands import add_cache_parser, add_export_parser, add_stats_parser
from aseancorpus.cache import AnnotationCache, cache_info
from aseancorpus.corpus import AnnotateSpec, CorpusStats
from aseancorpus.io.parquet import load_parquet


@pytest.fixture(scope="module")
def seeds() -> list[Article]:
    return list(load_seeds())


def many(seeds: list[Article], n: int) -> Corpus:
    """n articles: the seeds again and again, each with its own id."""
    return Corpus([attrs.evolve(a, id=f"{i:04d}_{a.id[:3]}") for i, a in zip(range(n), itertools.cycle(seeds))])


def _tag(a: Article) -> Article:
    return attrs.evolve(a, id=f"{a.id}:{os.getpid()}")


def _boom(a: Article) -> Article:
    if a.id.startswith("0007"):
        raise ValueError(f"bad article {a.id}")
    return a


def test_map_keeps_order_across_processes(seeds: list[Article]) -> None:
    corpus = many(seeds, 40)
    out = list(corpus.map(_tag, workers=2, chunksize=3))
    assert [a.id.split(":")[0] for a in out] == [a.id for a in corpus]
    assert len({a.id.split(":")[1] for a in out}) >= 2  # really ran in several processes
    assert os.getpid() not in {int(a.id.split(":")[1]) for a in out}
    assert len(corpus.map(_tag, workers=2)) == 40
    if sys.platform.startswith("linux"):  # workers are forked there, so a lambda works too
        assert [a.id for a in corpus.map(lambda a: a, workers=2)] == [a.id for a in corpus]


def test_map_errors_reach_the_caller_and_early_stop_is_clean(seeds: list[Article]) -> None:
    with pytest.raises(ValueError, match="bad article 0007"):
        list(many(seeds, 20).map(_boom, workers=2, chunksize=2))
    first = list(itertools.islice(many(seeds, 200).map(_tag, workers=2, chunksize=1), 3))
    assert len(first) == 3


def test_bad_arguments_fail_at_once(seeds: list[Article]) -> None:
    c = Corpus(seeds)
    for kwargs in ({"workers": -1}, {"workers": 1.5}, {"chunksize": 0}):
        with pytest.raises(InvalidArgument):
            c.map(_tag, **kwargs)  # type: ignore[arg-type]
    with pytest.raises(InvalidArgument, match="at least one"):
        c.annotate(sentences=False, words=False, entities=False)
    with pytest.raises(InvalidArgument, match="cache"):
        c.annotate(cache="yes")  # type: ignore[arg-type]


def test_progress_bar_only_when_asked_or_on_a_terminal(seeds: list[Article], capsys: pytest.CaptureFixture[str]) -> None:
    list(Corpus(seeds).map(_tag, workers=1))
    assert capsys.readouterr().err == ""  # not a terminal: silent
    list(Corpus(seeds).map(_tag, workers=1, progress=True))
    assert "map:" in capsys.readouterr().err
    list(Corpus(seeds).map(_tag, workers=1, progress=False))
    assert capsys.readouterr().err == ""


def _check_offsets(a: Article) -> None:
    ann = a.annotations
    assert ann is not None
    text = a.text
    for span in (*(ann.sentences or ()), *(ann.words or ()), *(ann.entities or ())):
        assert text[span.start : span.end] == span.text


def test_annotate_parallel_equals_serial_and_offsets_hold(seeds: list[Article]) -> None:
    corpus = many(seeds, 12)
    serial = list(corpus.annotate(ner=False, workers=1, cache=False))
    parallel = list(corpus.annotate(ner=False, workers=2, chunksize=2, cache=False))
    assert parallel == serial
    for a, orig in zip(serial, corpus, strict=True):
        assert attrs.evolve(a, annotations=None) == orig  # nothing else changed
        _check_offsets(a)
        assert a.annotations is not None
        assert a.annotations.words
        assert a.annotations.sentences
        assert a.annotations.entities


def test_annotate_with_ner_on_a_short_article(tmp_path: Path) -> None:
    a = load_text(
        "Ngoại trưởng Mỹ gặp Bộ trưởng Bùi Thanh Sơn\n\nChiều 10/7 tại Kuala Lumpur, hai bên trao đổi về hợp tác.",
        clean=False,
    )
    (out,) = Corpus([a]).annotate(workers=1, cache=AnnotationCache(tmp_path / "c.sqlite3"))
    _check_offsets(out)
    assert out.annotations is not None
    assert out.annotations.entities


def test_warm_cache_computes_nothing(seeds: list[Article], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = AnnotationCache(tmp_path / "c.sqlite3")
    corpus = many(seeds, 6)
    cold = list(corpus.annotate(ner=False, workers=2, chunksize=2, cache=cache))
    assert cache.info().stages == {"entities": 5, "sentences": 5, "words": 5}  # 6 articles, 5 distinct texts

    def fail(*args: object) -> None:
        raise AssertionError("recomputed a cached stage")

    monkeypatch.setattr(AnnotateSpec, "run", fail)
    warm = list(corpus.annotate(ner=False, workers=2, cache=cache))
    assert warm == cold
    # settings are part of the key: NER on is a different result
    with pytest.raises(AssertionError, match="recomputed"):
        list(corpus.annotate(ner=True, workers=1, cache=cache))


def test_clean_in_the_workers_equals_cleaning_at_load(seeds: list[Article], tmp_path: Path) -> None:
    cache = AnnotationCache(tmp_path / "c.sqlite3")
    unclean = Corpus(list(load_seeds(clean=False)))
    for _ in range(2):  # cold, then from the cache
        got = list(unclean.annotate(clean=True, ner=False, workers=2, chunksize=2, cache=cache))
        want = list(Corpus(seeds).annotate(ner=False, workers=1, cache=False))
        assert got == want
    assert cache.info().stages["clean"] == 5
    only_clean = list(unclean.annotate(clean=True, sentences=False, words=False, entities=False, cache=cache))
    assert only_clean == seeds


def test_no_cache_writes_nothing(seeds: list[Article]) -> None:
    before = cache_info().entries
    list(Corpus(seeds[3:]).annotate(entities=False, workers=1, cache=False))
    assert cache_info().entries == before


def test_stages_accumulate(seeds: list[Article]) -> None:
    c = Corpus(seeds[4:])
    (a,) = c.annotate(sentences=False, entities=False, workers=1, cache=False)
    assert a.annotations is not None
    assert a.annotations.sentences is None
    (b,) = Corpus([a]).annotate(words=False, entities=False, workers=1, cache=False)
    assert b.annotations is not None
    assert b.annotations.words == a.annotations.words
    assert b.annotations.sentences


def test_stats(seeds: list[Article]) -> None:
    st = Corpus(seeds).stats(workers=1)
    assert isinstance(st, CorpusStats)
    assert st.articles == 5
    assert st.languages == {"th": 1, "vi": 4}
    assert st.characters_raw == sum(len(a.raw) for a in seeds)
    assert 0 < st.characters_kept < st.characters_raw
    assert sum(st.removed_share.values()) <= 1.0
    assert st.words["vi"] > 1000
    assert st.words["th"] > 100
    assert 0 < st.types["vi"] < st.words["vi"]
    assert st.top_sources
    assert st.top_sources[0][1] >= 1
    par = Corpus(seeds).stats(workers=2, chunksize=1)
    assert par == st
    assert "articles" in str(st)
    assert st.to_dict()["articles"] == 5
    # annotated words are used as they are
    annotated = Corpus(seeds).annotate(sentences=False, entities=False, workers=1, cache=False)
    assert annotated.stats(workers=1).words == st.words


# -- an interrupted run ------------------------------------------------------------------

_SCRIPT = textwrap.dedent(
    """
    import itertools, sys, attrs
    from aseancorpus import Corpus, load_seeds
    seeds = list(load_seeds())
    texts = [attrs.evolve(a, blocks=a.blocks[i % 3:]) for i, a in zip(range(60), itertools.cycle(seeds))]
    corpus = Corpus([attrs.evolve(a, id=str(i)) for i, a in enumerate(texts)])
    n = corpus.annotate(entities=False, workers=2, chunksize=1, progress=False).to_parquet(sys.argv[1])
    print("done", n)
    """
)


@pytest.mark.slow
def test_ctrl_c_leaves_no_output_and_a_usable_cache(tmp_path: Path) -> None:
    out = tmp_path / "out" / "annotated.parquet"
    out.parent.mkdir()
    env = {**os.environ, "ASEANCORPUS_CACHE_DIR": str(tmp_path / "cache")}
    script = tmp_path / "run.py"
    script.write_text(_SCRIPT, encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, str(script), str(out)], env=env, start_new_session=True, stderr=subprocess.PIPE
    )
    db = tmp_path / "cache" / "annotations.sqlite3"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if db.exists() and AnnotationCache(db).info().entries >= 6:
            break
        time.sleep(0.2)
    assert proc.poll() is None, "the run finished before it could be interrupted"
    os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C in a terminal does
    _, err = proc.communicate(timeout=60)
    assert proc.returncode != 0
    assert b"KeyboardInterrupt" in err
    assert os.listdir(out.parent) == []  # no output, no temporary file
    partial = AnnotationCache(db).info().entries
    assert partial >= 6
    done = subprocess.run([sys.executable, str(script), str(out)], env=env, capture_output=True, timeout=300)
    assert done.returncode == 0, done.stderr.decode()[-2000:]
    assert len(load_parquet(out)) == 60
    assert AnnotationCache(db).info().entries >= partial


@pytest.mark.slow
def test_killed_run_never_leaves_a_half_written_file(tmp_path: Path) -> None:
    out = tmp_path / "annotated.parquet"
    env = {**os.environ, "ASEANCORPUS_CACHE_DIR": str(tmp_path / "cache")}
    script = tmp_path / "run.py"
    script.write_text(_SCRIPT, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, str(script), str(out)], env=env, start_new_session=True)
    db = tmp_path / "cache" / "annotations.sqlite3"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not (db.exists() and AnnotationCache(db).info().entries >= 4):
        time.sleep(0.2)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(30)
    assert not out.exists()
    assert AnnotationCache(db).info().entries >= 4  # the cache survived a hard kill


# -- command-line functions ------------------------------------------------------------------


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="aseancorpus")
    sub = parser.add_subparsers(dest="command")
    add_export_parser(sub)
    add_stats_parser(sub)
    add_cache_parser(sub)
    return parser.parse_args(argv)


def test_export_and_stats_commands(tmp_path: Path, seeds_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "seeds.parquet"
    args = _parse(["export", str(seeds_dir), "--to", str(out), "--annotate", "--no-ner", "--workers", "1"])
    assert args.func(args) == 0
    assert "wrote 5 articles" in capsys.readouterr().out
    back = list(load_parquet(out))
    assert [a.id for a in back] == [a.id for a in load_seeds()]
    assert all(a.annotations is not None and a.annotations.words for a in back)
    jl = tmp_path / "seeds.jsonl"
    args = _parse(["export", str(out), "--to", str(jl)])
    assert args.func(args) == 0
    from aseancorpus import load_jsonl

    assert list(load_jsonl(jl)) == back
    args = _parse(["stats", str(out), "--json", "-q"])
    assert args.func(args) == 0
    assert '"articles": 5' in capsys.readouterr().out
    args = _parse(["export", "--to", str(tmp_path / "x.csv")])
    with pytest.raises(InvalidArgument, match=r"parquet or \.jsonl"):
        args.func(args)
    args = _parse(["cache", "info"])
    assert args.func(args) == 0
    assert "entries" in capsys.readouterr().out


def test_statistics_shortcuts_delegate(seeds: list[Article]) -> None:
    from aseancorpus.entity import stats as estats
    from aseancorpus.tokenize import stats as tstats

    c = Corpus(seeds[3:])
    assert c.word_frequencies(lower=True) == tstats.word_frequencies(seeds[3:], lower=True)
    assert c.ngrams(2) == tstats.ngrams(seeds[3:], 2)
    assert c.concordance("ASEAN") == tstats.concordance(seeds[3:], "ASEAN")
    assert c.entity_counts(by="key") == estats.entity_counts(seeds[3:], by="key")
    assert c.cooccurrences() == estats.cooccurrences(seeds[3:])


def test_unusable_default_cache_warns_and_runs_uncached(
    seeds: list[Article], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from aseancorpus.cache import CacheWarning

    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("ASEANCORPUS_CACHE_DIR", str(blocker / "cache"))  # cannot be created
    with pytest.warns(CacheWarning, match="without the annotation cache"):
        (a,) = Corpus(seeds[4:]).annotate(entities=False, workers=1)
    assert a.annotations is not None
    assert a.annotations.words
