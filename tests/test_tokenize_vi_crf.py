"""The fast Vietnamese CRF path reproduces underthesea: features, tags and words."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from aseancorpus.tokenize import _vi_crf, sentence_offsets, words
from strategies import vietnamese_text

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _vi_sentences() -> list[str]:
    out = []
    for f in sorted(SEEDS.glob("00[1-4]_*.txt")):
        text = f.read_text(encoding="utf-8-sig")
        out += [text[s:e] for s, e in sentence_offsets(text, lang="vi")]
    return out


SENTENCES = _vi_sentences()


def _syllables(text: str) -> list[str]:
    st_ = _vi_crf._load()
    return _vi_crf._normalized([text[s:e] for s, e in _vi_crf.syllables(text)], st_)


def _reference_features(toks: list[str]) -> list[list[str]]:
    return _vi_crf._load()["core_featurizer"].process([[[t] for t in toks]])[0]  # type: ignore[no-any-return]


def _check(text: str) -> None:
    st_ = _vi_crf._load()
    toks = _syllables(text)
    if not toks:
        return
    feats = _vi_crf.features(toks, st_["dictionary"])
    assert feats == _reference_features(toks)
    expected = [tag == "I-W" for tag in st_["tagger"].tag(feats)]
    assert st_["scorer"].tag(toks) == expected


def test_model_is_read_and_scorer_is_used() -> None:
    st_ = _vi_crf._load()
    assert st_["fast"] is True
    assert st_["scorer"] is not None


def test_seed_sentences_features_and_tags() -> None:
    for text in SENTENCES:
        _check(text)


vi_words = st.sampled_from(
    [w for s in SENTENCES for w in s.split()] + ["BOS", "EOS", "1", "2021", "Ð", "ð", "Xã", "N'Thôn", "v.v."]
)


def _no_thai(text: str) -> bool:
    # Thai never reaches the Vietnamese engine (script routing); on Thai marks the
    # model's scores tie exactly and the two decoders may break the tie differently.
    return not any("\u0e00" <= c <= "\u0e7f" for c in text)


@given((st.lists(vi_words, min_size=1, max_size=40).map(" ".join) | vietnamese_text(min_size=1)).filter(_no_thai))
def test_random_sentences_features_and_tags(text: str) -> None:
    _check(text)


def test_words_equal_underthesea_on_seeds() -> None:
    # engine="underthesea" calls underthesea.word_tokenize and realigns its words to the text
    for text in SENTENCES:
        assert words(text, lang="vi") == words(text, lang="vi", engine="underthesea"), text


def test_underthesea_words_are_kept() -> None:
    from underthesea import word_tokenize

    text = "Bộ trưởng Ngoại giao Bùi Thanh Sơn gặp Ngoại trưởng Hàn Quốc"
    assert [t.text for t in words(text, lang="vi")] == word_tokenize(text)


def test_sentence_cache_gives_the_same_words() -> None:
    st_ = _vi_crf._load()
    st_["sentence_cache"].clear()
    first = _vi_crf.segment(SENTENCES)
    assert all(s in st_["sentence_cache"] for s in SENTENCES if len(s) <= _vi_crf._SENTENCE_CACHE_MAX_LEN)
    again = _vi_crf.segment(SENTENCES)
    assert again == first
    again[0].append((0, 0))  # callers get their own lists
    assert _vi_crf.segment(SENTENCES[:1]) == first[:1]
