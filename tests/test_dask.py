"""aseancorpus.dask on a real distributed LocalCluster (two worker processes) gives the serial result."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from aseancorpus import Article, Corpus, InvalidArgument, PathError, load_seeds
from aseancorpus.io.parquet import load_parquet, save_parquet

dask_ = pytest.importorskip("dask", reason="the `dask` extra is not installed")
distributed = pytest.importorskip("distributed", reason="the `dask` extra is not installed")

import aseancorpus.dask as acd  # noqa: E402

# The client talks to the local scheduler over TCP on 127.0.0.1 (never the network).
pytestmark = pytest.mark.enable_socket


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, worker_dashboard_address=None
    )
    c = distributed.Client(cluster)
    try:
        yield c
    finally:
        c.close()
        cluster.close()


@pytest.fixture(scope="module")
def serial() -> list[Article]:
    return list(load_seeds().annotate(ner=False, workers=1, cache=False))


@pytest.mark.slow
def test_cluster_annotates_like_the_serial_path(
    client: object, seeds_dir: Path, serial: list[Article], tmp_path: Path
) -> None:
    bag = acd.read_articles(seeds_dir, files_per_partition=2)
    assert bag.npartitions == 3
    assert bag.compute() == list(load_seeds())
    annotated = acd.annotate(bag, ner=False, cache=False)
    assert annotated.compute() == serial
    out = tmp_path / "parts"
    assert acd.to_parquet(annotated, out) == 5
    files = sorted(p.name for p in out.iterdir())
    assert files == ["part.00000.parquet", "part.00001.parquet", "part.00002.parquet"]
    back = [a for f in sorted(out.iterdir()) for a in load_parquet(f)]
    assert back == serial
    # the folder of parts reads back as a bag, one partition per row group
    assert acd.read_articles(out).compute() == serial


def test_jsonl_and_parquet_inputs(tmp_path: Path) -> None:
    seeds = list(load_seeds())
    Corpus(seeds).to_jsonl(tmp_path / "a.jsonl")
    save_parquet(seeds, tmp_path / "a.parquet", row_group_size=2)
    with dask_.config.set(scheduler="sync"):
        assert acd.read_articles(tmp_path / "a.jsonl", blocksize=2000).compute() == seeds
        bag = acd.read_articles(str(tmp_path / "a.parquet"))
        assert bag.npartitions == 3
        assert bag.compute() == seeds
        assert acd.read_articles(f"file://{tmp_path}/a.jsonl").compute() == seeds
        assert acd.from_corpus(seeds, npartitions=2).compute() == seeds


def test_errors(tmp_path: Path) -> None:
    with pytest.raises(PathError):
        acd.read_articles(tmp_path / "missing")
    with pytest.raises(InvalidArgument, match="format"):
        acd.read_articles(tmp_path, format="csv")  # type: ignore[arg-type]
    (tmp_path / "a.jsonl").write_text("")
    (tmp_path / "b.parquet").write_bytes(b"")
    with pytest.raises(InvalidArgument, match="mixed"):
        acd.read_articles([tmp_path / "a.jsonl", tmp_path / "b.parquet"])
