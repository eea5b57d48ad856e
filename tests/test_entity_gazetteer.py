"""The gazetteer data file, its parser, the reference page, and corpus-level statistics."""

from __future__ import annotations

import json
from collections import Counter

import pytest

import aseancorpus as ac
from aseancorpus.entity import (
    Gazetteer,
    cooccurrences,
    entities_table,
    entity_counts,
    entity_counts_table,
    gazetteer_markdown,
    load_gazetteer,
)
from aseancorpus.errors import FormatError, InvalidArgument

REQUIRED = {
    # ASEAN members
    "BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "TL", "VN",
    # partners and others in the seeds
    "US", "CN", "JP", "KR", "RU", "IN", "AU", "NZ", "EU", "GB", "CA", "UA",
    "loc:korean-peninsula", "loc:taiwan-strait",
    # ASEAN bodies and meetings, UN bodies, agreements
    "org:asean", "org:arf", "org:amm", "org:eas", "org:som", "org:asean-plus-three",
    "org:un", "org:who", "org:covax",
    "misc:unclos", "misc:doc", "misc:coc", "misc:rcep", "misc:cptpp",
    "misc:covid-19", "misc:yseali",
    # seas, rivers, capitals
    "loc:south-china-sea", "loc:mekong", "loc:hanoi", "loc:bangkok", "loc:phnom-penh", "loc:vientiane",
    "loc:jakarta", "loc:kuala-lumpur", "loc:manila", "loc:seoul", "loc:washington",
    # officials named in the seeds
    "per:bui-thanh-son", "per:antony-blinken", "per:nguyen-quoc-dung", "per:david-stilwell",
    "per:marco-rubio", "per:sergei-lavrov", "per:takeshi-iwaya", "per:park-jae-kyung", "per:atul-keshap",
}  # fmt: skip


def test_required_entries_present() -> None:
    gaz = load_gazetteer()
    missing = sorted(k for k in REQUIRED if k not in gaz)
    assert not missing
    assert gaz["misc:covid-19"].label == "MISC"
    assert gaz["misc:yseali"].label == "MISC"
    assert gaz["US"].wikidata == "Q30"


def test_every_entry_has_names_in_its_languages() -> None:
    for e in load_gazetteer():
        assert e.aliases("en"), e.key
        assert e.aliases("vi") or e.aliases("th"), e.key
        assert e.canonical


def test_every_name_finds_its_own_entry() -> None:
    """Each name, alone in a text, links to its entry (no name is shadowed by a blocker)."""
    gaz = load_gazetteer()
    for entry in gaz:
        for name in entry.aliases():
            keys = [e.key for e in gaz.find(name)]
            assert keys == [entry.key], (entry.key, name, keys)


def test_blocked_strings_link_to_nothing_they_contain() -> None:
    gaz = load_gazetteer()
    for entry in gaz:
        for near in entry.blocked:
            assert entry.key not in {e.key for e in gaz.find(near)}, (entry.key, near)


@pytest.mark.parametrize(
    ("tsv", "message"),
    [
        ("key\tlabel\n", "header"),
        ("", "no header"),
        ("key\tlabel\tcanonical\twikidata\ten\tvi\tth\tnot\nus\tLOC\tX\t\tX\t\t\t\n", "bad key"),
        ("key\tlabel\tcanonical\twikidata\ten\tvi\tth\tnot\nUS\tPLACE\tX\t\tX\t\t\t\n", "bad label"),
        ("key\tlabel\tcanonical\twikidata\ten\tvi\tth\tnot\nUS\tLOC\tX\tQ0x\tX\t\t\t\n", "Wikidata"),
        ("key\tlabel\tcanonical\twikidata\ten\tvi\tth\tnot\nUS\tLOC\tX\t\t\t\t\t\n", "no names"),
        ("key\tlabel\tcanonical\twikidata\ten\tvi\tth\tnot\norg:x\tLOC\tX\t\tX\t\t\t\n", "does not match"),
        (
            "key\tlabel\tcanonical\twikidata\ten\tvi\tth\tnot\nUS\tLOC\tX\t\tX\t\t\t\nUS\tLOC\tX\t\tX\t\t\t\n",
            "duplicate",
        ),
        ("key\tlabel\tcanonical\twikidata\ten\tvi\tth\tnot\nUS\tLOC\tX\n", "columns"),
    ],
)
def test_parser_rejects_bad_rows(tsv: str, message: str) -> None:
    with pytest.raises(FormatError, match=message):
        Gazetteer.from_tsv(tsv, source="test.tsv", thai_dictionary=False)


def test_custom_gazetteer() -> None:
    tsv = "key\tlabel\tcanonical\twikidata\ten\tvi\tth\tnot\norg:vov\tORG\tVoice of Vietnam\t\t=VOV\tĐài Tiếng nói Việt Nam\t\t\n"
    gaz = Gazetteer.from_tsv(tsv, source="custom.tsv", thai_dictionary=False)
    assert [(e.text, e.key) for e in gaz.find("Theo VOV và vov, Đài tiếng nói Việt Nam")] == [
        ("VOV", "org:vov"),
        ("Đài tiếng nói Việt Nam", "org:vov"),
    ]
    with pytest.raises(InvalidArgument, match="'nope'"):
        gaz["nope"]


def test_reference_page() -> None:
    md = gazetteer_markdown()
    assert md.startswith("# Gazetteer\n")
    assert "| `US` |" in md
    assert "Mỹ Tho" in md
    assert "บุ่ยแทงเซิน" in md
    assert md.count("\n| `") == len(load_gazetteer())


# -- statistics ----------------------------------------------------------------------


def test_entity_counts() -> None:
    corpus = ac.load_seeds(clean=False)  # independent of the cleaning rules
    counts = entity_counts(corpus)
    assert counts["US"] > 20
    assert counts["org:asean"] > 20
    assert all(k is not None for k in counts)
    by_lang = entity_counts(corpus, per_language=True)
    assert set(by_lang) == {"th", "vi"}
    assert by_lang["th"]["US"] + by_lang["vi"]["US"] == counts["US"]
    assert entity_counts(corpus, lang="th") == by_lang["th"]
    canon = entity_counts(corpus, by="canonical")
    assert canon["United States"] == counts["US"]
    labels = entity_counts(corpus, by="label", labels=["MONEY", "QUANTITY"])
    assert labels["MONEY"] >= 6
    assert labels["QUANTITY"] >= 2


def test_cooccurrences() -> None:
    corpus = ac.load_seeds(clean=False)  # independent of the cleaning rules
    sent = cooccurrences(corpus, within="sentence")
    art = cooccurrences(corpus, within="article")
    assert all(a < b for a, b in sent)
    assert sent[("US", "org:asean")] > 0
    assert all(art[p] >= 1 for p in sent)
    assert art[("US", "org:asean")] == 5  # all five seeds mention both
    th = cooccurrences(corpus, within="article", per_language=True)["th"]
    assert th[("LA", "VN")] == 1


def test_stats_bad_arguments() -> None:
    corpus = ac.load_seeds(clean=False)  # independent of the cleaning rules
    with pytest.raises(InvalidArgument, match="by='name'"):
        entity_counts(corpus, by="name")
    with pytest.raises(InvalidArgument, match="PLACE"):
        entity_counts(corpus, labels=["PLACE"])
    with pytest.raises(InvalidArgument, match="within='paragraph'"):
        cooccurrences(corpus, within="paragraph")
    assert entity_counts([]) == Counter()


def test_entities_table() -> None:
    arts = list(ac.load_seeds(clean=False).filter(lang="th"))
    table = entities_table(arts, ner=False)
    lines = table.splitlines()
    assert lines[0].split("\t") == ["article", "start", "end", "label", "key", "canonical", "value", "text"]
    assert any(line.split("\t")[6] == "96000000 USD" for line in lines[1:])
    records = [json.loads(line) for line in entities_table(arts, as_json=True, ner=False).splitlines()]
    assert records[0]["id"] == arts[0].id
    money = [e for e in records[0]["entities"] if e["label"] == "MONEY"]
    assert money[0]["value"] == {"amount": "96000000", "currency": "USD", "high": None, "type": "money"}
    text = arts[0].text
    assert all(text[e["start"] : e["end"]] == e["text"] for e in records[0]["entities"])


def test_entity_counts_table() -> None:
    arts = list(ac.load_seeds(clean=False))
    lines = entity_counts_table(arts).splitlines()
    assert lines[0].split("\t") == ["key", "label", "canonical", "th", "vi", "total"]
    first = lines[1].split("\t")
    assert first[0] == "org:asean"
    assert int(first[3]) + int(first[4]) == int(first[5])
    rows = json.loads(entity_counts_table(arts, as_json=True))
    assert rows[0]["key"] == "org:asean"
    assert rows[0]["total"] == entity_counts(arts)["org:asean"]
    assert sum(rows[0]["by_language"].values()) == rows[0]["total"]
