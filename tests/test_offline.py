"""The whole pipeline runs with the network switched off and download helpers booby-trapped."""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterator

import pytest
import pytest_socket

import aseancorpus as ac
from aseancorpus.tokenize import sentences, words


class DownloadAttempted(AssertionError):
    pass


def _trap(*_args: object, **_kwargs: object) -> None:
    raise DownloadAttempted("a download helper was called")


# (module, attribute path) of every download entry point we know of
_DOWNLOADERS = [
    ("pythainlp.corpus.core", "download"),
    ("pythainlp.corpus.core", "_download"),
    ("pythainlp.corpus.core", "_download_corpus_db_detail"),
    ("underthesea.model_fetcher", "ModelFetcher.download"),
    ("underthesea.model_fetcher", "ModelFetcher.download_zip"),
    ("underthesea.data_fetcher", "DataFetcher.download_data"),
    ("underthesea.data_fetcher", "DataFetcher.download_raw_file_to_cache"),
    ("underthesea.data_fetcher", "DataFetcher.download_zip_file_to_cache"),
    ("huggingface_hub", "hf_hub_download"),
    ("huggingface_hub", "snapshot_download"),
    ("huggingface_hub.file_download", "hf_hub_download"),
]


@pytest.fixture
def offline(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("PYTHAINLP_OFFLINE", "1")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    for module_name, attr in _DOWNLOADERS:
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            continue
        owner: object = module
        *path, name = attr.split(".")
        for part in path:
            owner = getattr(owner, part, None)  # type: ignore[assignment]
        if owner is not None and hasattr(owner, name):
            monkeypatch.setattr(owner, name, _trap)
    pytest_socket.disable_socket()
    try:
        yield
    finally:
        pytest_socket.enable_socket()


def test_sockets_really_are_off(offline: None) -> None:
    import socket

    with pytest.raises(pytest_socket.SocketBlockedError):
        socket.socket()


@pytest.mark.parametrize("engine", [None, "newmm", "underthesea"])
def test_pipeline_offline(offline: None, engine: str | None) -> None:
    assert os.environ["PYTHAINLP_OFFLINE"] == "1"
    corpus = ac.load_seeds()  # load + clean
    for article in corpus:
        text = article.text
        sents = article.sentences()
        assert sents
        assert all(text[s.start : s.end] == s.text for s in sents)
        toks = words(text, lang=article.language, engine=engine if engine is None or
                     (engine == "newmm") == (article.language == "th") else None)  # fmt: skip
        assert toks
        assert all(text[t.start : t.end] == t.text for t in toks)
        assert article.words() == words(text, lang=article.language)
    assert sentences("ภาพการประชุม สหรัฐ", engine="crfcut")


def test_entities_offline(offline: None) -> None:
    try:
        entity = importlib.import_module("aseancorpus.entity")
    except ImportError:
        pytest.skip("aseancorpus.entity is not available yet")
    if not hasattr(entity, "entities"):
        pytest.skip("aseancorpus.entity has no entities() yet")
    for article in ac.load_seeds():
        found = article.entities()
        assert all(article.text[e.start : e.end] == e.text for e in found)
