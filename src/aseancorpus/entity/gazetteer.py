"""The gazetteer: canonical entities with their names in English, Vietnamese and Thai.

The names live in a reviewed data file, ``entity/data/gazetteer.tsv``; this module
reads it with :mod:`importlib.resources` and compiles every name into one
Aho–Corasick automaton (:mod:`ahocorasick`), so a text is scanned once whatever
the number of names.

Matching is

* tolerant of case, except for names flagged case-sensitive (``=Mỹ``) and short
  acronyms (``DOC``, ``WHO``);
* tolerant of the two Vietnamese tone placements (``hoà``/``hòa``,
  ``thuỷ``/``thủy``), of NFC/NFD input, of dash styles and of the spacing
  around hyphens (``COVID-19``, ``โควิด -19``);
* bounded: a Latin-script name must not touch a letter or digit; a Thai name
  must start and end on a Thai character-cluster boundary and must not sit
  inside a longer word of the Thai dictionary;
* greedy: the longest match wins, and *blocking* names (the ``not`` column:
  "Mỹ Tho", "Lào Cai") win over the shorter names they contain and link to
  nothing.

>>> gaz = load_gazetteer()
>>> [(e.text, e.key) for e in gaz.find("Ngoại trưởng Mỹ thăm Mỹ Tho và Lào Cai")]
[('Mỹ', 'US')]
>>> [(e.text, e.canonical) for e in gaz.find("สหรัฐและอาเซียน")]
[('สหรัฐ', 'United States'), ('อาเซียน', 'ASEAN')]
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from importlib import resources
from typing import Any, Final

import attrs

from ..errors import FormatError, InvalidArgument
from ..model import Entity
from ..normalization import _nfc_map

__all__ = [
    "GAZETTEER_COLUMNS",
    "Gazetteer",
    "GazetteerEntry",
    "gazetteer_markdown",
    "load_gazetteer",
]

#: Columns of the gazetteer TSV, in order.
GAZETTEER_COLUMNS: Final[tuple[str, ...]] = ("key", "label", "canonical", "wikidata", "en", "vi", "th", "not")

_NAME_LANGS: Final[tuple[str, ...]] = ("en", "vi", "th")
_LABELS: Final[frozenset[str]] = frozenset({"PER", "ORG", "LOC", "MISC"})
_KEY_RE: Final = re.compile(r"^(?:[A-Z]{2}|(?:per|org|loc|misc):[a-z0-9]+(?:-[a-z0-9]+)*)$")
_WIKIDATA_RE: Final = re.compile(r"^Q[1-9][0-9]*$")

# Length-preserving folding of dashes and odd spaces, applied to texts and names alike.
_FOLD_TABLE: Final = str.maketrans(
    {
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u00a0": " ",
        "\u2007": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\u3000": " ",
        "\u2019": "'",
    }
)

_FOLD_PAIRS: Final[tuple[tuple[str, str], ...]] = tuple((chr(k), str(v)) for k, v in _FOLD_TABLE.items())

_TONE_MARKS: Final[frozenset[str]] = frozenset("\u0300\u0301\u0303\u0309\u0323")
_TONE_PAIR_RE: Final = re.compile(r"(?<![qQ])(?:[oO][aAeE]|[uU][yY])$")
_HYPHEN_RE: Final = re.compile(r" ?- ?")
_HYPHEN_FORMS: Final[tuple[str, ...]] = ("-", " - ", " -", "- ")
_MAX_VARIANTS: Final = 64

# Thai characters that cannot end a cluster on their left / start one on their right.
_THAI_LEADING: Final[frozenset[str]] = frozenset("เแโใไ")
_THAI_FOLLOWING: Final[frozenset[str]] = frozenset(
    "\u0e30\u0e31\u0e32\u0e33\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e45\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e4e"
)


def _is_thai(c: str) -> bool:
    return "\u0e00" <= c <= "\u0e7f"


def _is_word_char(c: str) -> bool:
    """A letter or digit of a spaced script (Latin, Vietnamese...), or a combining mark."""
    return (c.isalnum() and not _is_thai(c)) or unicodedata.combining(c) != 0


def _glued(c: str, thai_edge: bool, thai_glue: frozenset[str]) -> bool:
    """Whether the character ``c`` next to a match makes the match part of a longer word.

    At a Thai edge of the name, ``c`` must not be one of ``thai_glue`` (the Thai
    characters that cannot begin, or end, a cluster); at a Latin edge, it must not
    be a word character (:func:`_is_word_char`).
    """
    return c in thai_glue if thai_edge else _is_word_char(c)


@attrs.frozen
class GazetteerEntry:
    """One canonical entity of the gazetteer.

    .. versionadded:: 0.1.0

    Attributes:
        key: Stable id: ISO 3166-1 alpha-2 for countries ("US"), ``"EU"``,
            else ``"<label>:<slug>"`` ("org:asean", "per:bui-thanh-son").
        label: ``PER``, ``ORG``, ``LOC`` or ``MISC``.
        canonical: The English name.
        wikidata: Wikidata id ("Q30") where verified, else ``None``.
        names: ``{"en": (...), "vi": (...), "th": (...)}``, names as written in
            the data file (flags included).
        blocked: Near-miss strings that must not link to anything ("Mỹ Tho").
    """

    key: str
    label: str
    canonical: str
    wikidata: str | None
    names: dict[str, tuple[str, ...]] = attrs.field(eq=False)
    blocked: tuple[str, ...] = ()

    def aliases(self, lang: str | None = None) -> tuple[str, ...]:
        """The names without their flags, for one language or all.

        >>> load_gazetteer()["US"].aliases("vi")[:2]
        ('Mỹ', 'Mĩ')
        """
        langs = _NAME_LANGS if lang is None else (lang,)
        return tuple(_strip_flag(n) for lg in langs for n in self.names.get(lg, ()))


@attrs.frozen
class _Alias:
    entry: int  # index into Gazetteer.entries, or -1 for a blocking name
    exact: frozenset[str] | None  # accepted surface forms when case-sensitive
    thai_start: bool
    thai_end: bool
    bounded: bool = True  # Thai blocking names apply even inside longer runs of text


def _strip_flag(name: str) -> str:
    return name[1:] if name[:1] in "=~" else name


def _fold(text: str) -> str:
    """Fold dashes, odd spaces and case, keeping the length (so offsets stay valid)."""
    t = text
    for src, dst in _FOLD_PAIRS:
        if src in t:  # str.translate is slow on non-ASCII text; most texts need no replacement at all
            t = t.replace(src, dst)
    low = t.lower()
    if len(low) == len(t):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in t)


def _tone_variants(word: str) -> set[str]:
    """Both Vietnamese tone placements of an open ``oa``/``oe``/``uy`` syllable.

    >>> sorted(_tone_variants("hoà"))
    ['hoà', 'hòa']
    >>> sorted(_tone_variants("Thuỵ"))
    ['Thuỵ', 'Thụy']
    """
    d = unicodedata.normalize("NFD", word)
    tones = [c for c in d if c in _TONE_MARKS]
    if len(tones) != 1:
        return {word}
    base = unicodedata.normalize("NFC", "".join(c for c in d if c not in _TONE_MARKS))
    if not _TONE_PAIR_RE.search(base):
        return {word}
    k = len(base) - 2
    first = base[: k + 1] + tones[0] + base[k + 1 :]
    second = base + tones[0]
    return {word, unicodedata.normalize("NFC", first), unicodedata.normalize("NFC", second)}


def _variants(name: str, lang: str) -> set[str]:
    """Every written form a name is matched in (tone placement, hyphen spacing, Thai spacing)."""
    name = unicodedata.normalize("NFC", name).translate(_FOLD_TABLE)
    parts = re.split(r"(\w+)", name)
    options = [sorted(_tone_variants(p)) if i % 2 else [p] for i, p in enumerate(parts)]
    forms = {"".join(c) for c in itertools.islice(itertools.product(*options), _MAX_VARIANTS)}
    out: set[str] = set()
    for form in forms:
        pieces = _HYPHEN_RE.split(form)
        if 1 < len(pieces) <= 3:
            for seps in itertools.product(_HYPHEN_FORMS, repeat=len(pieces) - 1):
                out.add(pieces[0] + "".join(s + p for s, p in zip(seps, pieces[1:])))
        else:
            out.add(form)
    if lang == "th":
        out |= {re.sub(r"(?<=[\u0e00-\u0e7f]) (?=[\u0e00-\u0e7f])", "", f) for f in out}
    return out


def _is_case_sensitive(name: str) -> bool:
    if name.startswith("="):
        return True
    if name.startswith("~"):
        return False
    letters = [c for c in name if c.isalpha()]
    return 0 < len(letters) <= 4 and all(c.isupper() for c in letters) and name.isascii()


def _parse(text: str, source: str) -> list[GazetteerEntry]:
    entries: list[GazetteerEntry] = []
    seen: set[str] = set()
    header_seen = False
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if not header_seen:
            if tuple(cells) != GAZETTEER_COLUMNS:
                raise FormatError(f"{source}:{lineno}: header must be {'/'.join(GAZETTEER_COLUMNS)}")
            header_seen = True
            continue
        if len(cells) != len(GAZETTEER_COLUMNS):
            raise FormatError(
                f"{source}:{lineno}: {len(cells)} columns, expected {len(GAZETTEER_COLUMNS)} (tab-separated)"
            )
        row = dict(zip(GAZETTEER_COLUMNS, (c.strip() for c in cells)))
        key, label = row["key"], row["label"]
        if not _KEY_RE.match(key):
            raise FormatError(
                f"{source}:{lineno}: bad key {key!r}: use ISO 3166-1 alpha-2 or '<label>:<slug>'"
            )
        if key in seen:
            raise FormatError(f"{source}:{lineno}: duplicate key {key!r}")
        if label not in _LABELS:
            raise FormatError(f"{source}:{lineno}: bad label {label!r}; use one of {sorted(_LABELS)}")
        if ":" in key and not key.startswith(label.lower() + ":"):
            raise FormatError(f"{source}:{lineno}: key {key!r} does not match label {label!r}")
        if row["wikidata"] and not _WIKIDATA_RE.match(row["wikidata"]):
            raise FormatError(f"{source}:{lineno}: bad Wikidata id {row['wikidata']!r}")
        names = {lg: tuple(n.strip() for n in row[lg].split("|") if n.strip()) for lg in _NAME_LANGS}
        if not any(names.values()):
            raise FormatError(f"{source}:{lineno}: entity {key!r} has no names")
        blocked = tuple(n.strip() for n in row["not"].split("|") if n.strip())
        seen.add(key)
        entries.append(
            GazetteerEntry(key, label, row["canonical"] or key, row["wikidata"] or None, names, blocked)
        )
    if not header_seen:
        raise FormatError(f"{source}: no header line")
    return entries


def _thai_dictionary_blockers(thai_names: set[str]) -> set[str]:
    """Words of pythainlp's bundled Thai dictionary that contain a name mid-word.

    A dictionary word blocks a name inside it unless the name sits on a word
    boundary of that word ("ชาวลาว" = "ชาว" + "ลาว" does not block; "ลาวา" does).
    """
    if not thai_names:
        return set()
    try:
        from pythainlp.corpus import thai_words
    except ImportError:  # pragma: no cover - pythainlp is a dependency
        return set()
    import ahocorasick

    words: frozenset[str] = frozenset(thai_words())
    auto = ahocorasick.Automaton(ahocorasick.STORE_LENGTH)
    for n in thai_names:
        auto.add_word(n)
    auto.make_automaton()
    known = words | thai_names
    out: set[str] = set()
    for w in words:
        if w in thai_names:
            continue
        for end, length in auto.iter(w):
            left, right = w[: end + 1 - length], w[end + 1 :]
            if (not left or left in known) and (not right or right in known):
                continue
            out.add(w)
            break
    return out


def _resolve(cluster: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Longest first, then leftmost, without overlaps; blocking names (entry -1) win ties."""
    if len(cluster) == 1:
        return cluster if cluster[0][2] >= 0 else []
    kept: list[tuple[int, int, int]] = []
    for start, end, entry in sorted(cluster, key=lambda c: (c[0] - c[1], c[0], c[2] >= 0)):
        if all(end <= s or start >= e for s, e, _ in kept):
            kept.append((start, end, entry))
    return sorted(k for k in kept if k[2] >= 0)


class Gazetteer:
    """A compiled gazetteer: entries plus one automaton over all their names.

    .. versionadded:: 0.1.0

    Args:
        entries: The canonical entities.
        thai_dictionary: Block Thai names found inside longer dictionary words.

    Use :func:`load_gazetteer` for the bundled one.
    """

    def __init__(self, entries: Iterable[GazetteerEntry], *, thai_dictionary: bool = True) -> None:
        import ahocorasick

        self.entries: tuple[GazetteerEntry, ...] = tuple(entries)
        self._by_key = {e.key: e for e in self.entries}
        table: dict[str, dict[tuple[int, frozenset[str] | None], _Alias]] = {}

        def add(form: str, alias: _Alias) -> None:
            table.setdefault(_fold(form), {})[(alias.entry, alias.exact)] = alias

        thai_names: set[str] = set()
        for idx, entry in enumerate(self.entries):
            for lang in _NAME_LANGS:
                for raw in entry.names.get(lang, ()):
                    forms = _variants(_strip_flag(raw), lang)
                    exact = None
                    if _is_case_sensitive(raw):
                        exact = frozenset(forms | {f.upper() for f in forms})
                    for f in forms:
                        add(f, _Alias(idx, exact, _is_thai(f[0]), _is_thai(f[-1])))
                        if _is_thai(f[0]) and _is_thai(f[-1]):
                            thai_names.add(f)
            for raw in entry.blocked:
                for f in _variants(raw, "th" if _is_thai(raw[0]) else "vi"):
                    add(f, _Alias(-1, None, _is_thai(f[0]), _is_thai(f[-1]), not _is_thai(f[0])))
        if thai_dictionary:
            for w in _thai_dictionary_blockers(thai_names):
                if _fold(w) not in table:
                    add(w, _Alias(-1, None, True, True, False))
        self._auto: Any = ahocorasick.Automaton(ahocorasick.STORE_ANY)
        for folded, aliases in table.items():
            payload = tuple((a.entry, a.exact, a.thai_start, a.thai_end, a.bounded) for a in aliases.values())
            self._auto.add_word(folded, (len(folded), payload))
        self._auto.make_automaton()

    @classmethod
    def from_tsv(cls, text: str, *, source: str = "<string>", thai_dictionary: bool = True) -> Gazetteer:
        """Build a gazetteer from a table in the format of the bundled ``gazetteer.tsv``.

        Args:
            text: The table: comment lines starting with ``#``, a header line
                with :data:`~aseancorpus.entity.gazetteer.GAZETTEER_COLUMNS`, then one tab-separated row per entity.
            source: A name for the table, used in error messages.
            thai_dictionary: Block Thai names found inside longer dictionary words.

        Raises:
            FormatError: If the header, a key, a label or a Wikidata id is malformed.

        >>> header = "\\t".join(GAZETTEER_COLUMNS)
        >>> row = "\\t".join(["org:vov", "ORG", "Voice of Vietnam", "", "=VOV", "Đài Tiếng nói Việt Nam", "", ""])
        >>> gaz = Gazetteer.from_tsv(header + "\\n" + row, thai_dictionary=False)
        >>> [e.key for e in gaz.find("Theo VOV")]
        ['org:vov']
        """
        return cls(_parse(text, source), thai_dictionary=thai_dictionary)

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[GazetteerEntry]:
        return iter(self.entries)

    def __contains__(self, key: object) -> bool:
        return key in self._by_key

    def __getitem__(self, key: str) -> GazetteerEntry:
        """The entry with this key.

        Raises:
            InvalidArgument: If no entry has this key.
        """
        try:
            return self._by_key[key]
        except KeyError:
            raise InvalidArgument(f"no gazetteer entry with key {key!r}") from None

    def get(self, key: str, default: GazetteerEntry | None = None) -> GazetteerEntry | None:
        """The entry with this key, or ``default``."""
        return self._by_key.get(key, default)

    def __repr__(self) -> str:
        return f"<Gazetteer {len(self.entries)} entries>"

    def find(self, text: str) -> list[Entity]:
        """Every gazetteer name in ``text``, longest first, without overlaps, in text order.

        Args:
            text: Any text; offsets of the result index into it.

        Returns:
            Entities with ``origin="gazetteer"``, ``key`` and ``canonical`` set.

        Raises:
            InvalidArgument: If ``text`` is not a string.

        >>> [e.text for e in load_gazetteer().find("Tuyên bố DOC và hoà bình ở Biển Đông")]
        ['DOC', 'Biển Đông']
        """
        if not isinstance(text, str):
            raise InvalidArgument(f"text must be a str, not {type(text).__name__}")
        nf = _nfc_map(text)
        norm = nf.text
        folded = _fold(norm)
        n = len(norm)
        leading, following = _THAI_LEADING, _THAI_FOLLOWING
        chosen: list[tuple[int, int, int]] = []
        cluster: list[tuple[int, int, int]] = []
        cluster_end = -1
        for last, (length, aliases) in self._auto.iter(folded):
            end = last + 1
            start = end - length
            for entry, exact, thai_start, thai_end, bounded in aliases:
                if exact is not None:
                    seg = norm[start:end]
                    if seg not in exact and seg.translate(_FOLD_TABLE) not in exact:
                        continue
                if bounded and (
                    (start > 0 and _glued(norm[start - 1], thai_start, leading))
                    or (end < n and _glued(norm[end], thai_end, following))
                ):
                    continue
                if start >= cluster_end:  # hits come in order of their end: a new cluster of overlaps begins
                    if len(cluster) == 1:
                        if cluster[0][2] >= 0:
                            chosen.append(cluster[0])
                    elif cluster:
                        chosen.extend(_resolve(cluster))
                    cluster = [(start, end, entry)]
                else:
                    cluster.append((start, end, entry))
                cluster_end = end
                break
        if cluster:
            chosen.extend(_resolve(cluster))
        out: list[Entity] = []
        entries = self.entries
        for start, end, idx in chosen:
            if nf.starts is not None:
                start, end = nf.to_input_span(start, end)
            e = entries[idx]
            out.append(Entity(text[start:end], start, end, e.label, e.key, e.canonical, None, "gazetteer"))
        return out


def _read_data() -> str:
    return (
        resources.files("aseancorpus.entity")
        .joinpath("data")
        .joinpath("gazetteer.tsv")
        .read_text(encoding="utf-8")
    )


@functools.lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The bundled gazetteer, compiled once per process.

    .. versionadded:: 0.1.0

    >>> load_gazetteer()["VN"].canonical
    'Vietnam'
    """
    return Gazetteer(_parse(_read_data(), "gazetteer.tsv"))


def _md_cell(values: Iterable[str]) -> str:
    return ", ".join(v.replace("|", "\\|") for v in values) or "—"


def _wikidata(qid: str | None) -> str:
    return f"[{qid}](https://www.wikidata.org/wiki/{qid})" if qid else "—"


def gazetteer_markdown() -> str:
    """The gazetteer reference page (MyST Markdown), generated from the data file.

    .. versionadded:: 0.1.0

    >>> gazetteer_markdown().splitlines()[0]
    '# Gazetteer'
    """
    gaz = load_gazetteer()
    lines = [
        "# Gazetteer",
        "",
        "<!-- Generated from src/aseancorpus/entity/data/gazetteer.tsv by",
        "     aseancorpus.entity.gazetteer_markdown(); do not edit by hand. -->",
        "",
        f"The bundled gazetteer links {len(gaz)} canonical entities across English, Vietnamese",
        "and Thai. Keys are ISO 3166-1 alpha-2 codes for countries (and `EU`), and",
        "`<label>:<slug>` for everything else (`org:asean`, `per:bui-thanh-son`,",
        "`loc:south-china-sea`). A name marked *(case-sensitive)* only matches with its",
        "capitalisation or in all capitals. *Not linked* lists near-miss strings that block",
        "the shorter names they contain. See the Entities guide for how to add an entry.",
        "",
    ]
    for label, title in (("LOC", "Places"), ("ORG", "Organisations"), ("MISC", "Other"), ("PER", "People")):
        group = sorted((e for e in gaz if e.label == label), key=lambda e: e.canonical.lower())
        if not group:
            continue
        lines += [f"## {title}", "", "| Key | English | Wikidata | Vietnamese | Thai | Not linked |"]
        lines.append("|---|---|---|---|---|---|")
        for e in group:

            def names(lang: str, e: GazetteerEntry = e) -> str:
                return _md_cell(
                    _strip_flag(n) + (" *(case-sensitive)*" if _is_case_sensitive(n) else "")
                    for n in e.names.get(lang, ())
                )

            lines.append(
                f"| `{e.key}` | {names('en')} | {_wikidata(e.wikidata)} | {names('vi')} | {names('th')} "
                f"| {_md_cell(e.blocked)} |"
            )
        lines.append("")
    return "\n".join(lines)
