"""Exact and near-duplicate articles: syndicated wire copies republished by several sites.

Each article becomes a set of *word shingles* (runs of ``shingle`` consecutive
words, from proper Thai and Vietnamese word segmentation, lowercased, without
punctuation). Near duplicates are found with MinHash and locality-sensitive
hashing (:mod:`datasketch`), and each candidate pair is checked against the
estimated Jaccard similarity of the shingle sets. Exact duplicates (the same
kept text, ignoring case and spacing) are found by hashing.

Signatures are computed in worker processes; the index lives in this process
and holds ``num_perm`` 64-bit values per article (1 KB with the default 128).

Needs the ``dedup`` extra (datasketch).
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Final

import attrs

from .errors import InvalidArgument, MissingDependencyError
from .model import Article
from .parallel import imap_ordered, progress_bar

__all__ = ["DuplicateCluster", "find_duplicates", "shingles"]

_NOT_WORDS: Final[frozenset[str]] = frozenset({"punct", "space", "symbol"})
_SPACE: Final[re.Pattern[str]] = re.compile(r"\s+")
_CHUNK: Final[int] = 16


@attrs.frozen
class DuplicateCluster:
    """A group of articles that are copies of one another.

    .. versionadded:: 0.1.0

    Attributes:
        ids: Article ids in corpus order; the first is the one
            :meth:`Corpus.dedup <aseancorpus.Corpus.dedup>` keeps.
        similarity: For each id, the estimated Jaccard similarity of its word
            shingles with the first article's (1.0 for the first and for exact copies).
        exact: True when every article has the same text (up to case and spacing).
    """

    ids: tuple[str, ...]
    similarity: tuple[float, ...]
    exact: bool

    def __len__(self) -> int:
        return len(self.ids)


def shingles(words: Sequence[str], n: int = 3) -> set[str]:
    """The set of runs of ``n`` consecutive words (all the words if there are fewer).

    .. versionadded:: 0.1.0

    >>> sorted(shingles(["hợp tác", "kinh tế", "ASEAN", "Mỹ"], n=3))
    ['hợp tác kinh tế asean', 'kinh tế asean mỹ']
    """
    forms = [w.lower() for w in words]
    if len(forms) < n:
        return {" ".join(forms)} if forms else set()
    return {" ".join(forms[i : i + n]) for i in range(len(forms) - n + 1)}


def _word_forms(a: Article) -> list[str]:
    tokens = a.annotations.words if a.annotations is not None else None
    if tokens is None:
        from .tokenize import words

        tokens = tuple(words(a.text, lang=a.language))
    return [t.norm for t in tokens if t.kind not in _NOT_WORDS]


@functools.lru_cache(maxsize=4)
def _hasher(num_perm: int) -> dict[str, Any]:
    """Permutations and hashing scheme, made once per process (they are fixed by the seed)."""
    from datasketch import MinHash

    m = MinHash(num_perm=num_perm)
    return {"permutations": m.permutations, "scheme": m.scheme}


def _signature(shingle: int, num_perm: int, a: Article) -> tuple[str, str, Any]:
    """(id, exact-text hash, MinHash hash values or None for an empty text)."""
    from datasketch import MinHash

    norm = _SPACE.sub(" ", a.text).strip().lower()
    exact = hashlib.blake2b(norm.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
    grams = shingles(_word_forms(a), shingle) if norm else set()
    if not grams:
        return a.id, exact, None
    m = MinHash(num_perm=num_perm, **_hasher(num_perm))
    m.update_batch([g.encode("utf-8", "surrogatepass") for g in grams])
    return a.id, exact, m.hashvalues


def _signatures(shingle: int, num_perm: int, chunk: list[Article]) -> list[tuple[str, str, Any]]:
    return [_signature(shingle, num_perm, a) for a in chunk]


def _chunks(items: Iterable[Article]) -> Iterator[list[Article]]:
    chunk: list[Article] = []
    for a in items:
        chunk.append(a)
        if len(chunk) >= _CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, x: int) -> int:
        root = x
        while self.parent.get(root, root) != root:
            root = self.parent[root]
        while x != root:
            nxt = self.parent.get(x, x)
            self.parent[x] = root
            x = nxt
        return root

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def find_duplicates(
    articles: Iterable[Article],
    *,
    threshold: float = 0.5,
    shingle: int = 3,
    num_perm: int = 128,
    workers: int | None = None,
    progress: bool | None = None,
) -> list[DuplicateCluster]:
    """Clusters of exact and near-duplicate articles, in corpus order.

    .. versionadded:: 0.1.0

    Articles with an empty text are never clustered. Two articles are near
    duplicates when the estimated Jaccard similarity of their word shingles is
    at least ``threshold``; clusters are the connected groups of such pairs.

    Args:
        articles: Any iterable of articles, e.g. a :class:`~aseancorpus.Corpus`.
        threshold: Minimum similarity (0-1) for two articles to be near duplicates.
        shingle: Words per shingle.
        num_perm: MinHash permutations (more is more precise and slower).
        workers: Worker processes for segmentation: ``None`` for every CPU.
        progress: Show a progress bar (``None``: when on a terminal).

    Returns:
        Clusters of two or more articles, ordered by their first article.

    Raises:
        InvalidArgument: If ``threshold``, ``shingle`` or ``num_perm`` is out of range.
        MissingDependencyError: If datasketch is not installed (extra ``dedup``).
    """
    if not isinstance(threshold, (int, float)) or not 0.0 < threshold <= 1.0:
        raise InvalidArgument(f"threshold must be a number in (0, 1], not {threshold!r}")
    if isinstance(shingle, bool) or not isinstance(shingle, int) or shingle < 1:
        raise InvalidArgument(f"shingle must be an int >= 1, not {shingle!r}")
    if isinstance(num_perm, bool) or not isinstance(num_perm, int) or num_perm < 16:
        raise InvalidArgument(f"num_perm must be an int >= 16, not {num_perm!r}")
    try:
        from datasketch import MinHash, MinHashLSH
    except ImportError:
        raise MissingDependencyError("datasketch", "dedup", "duplicate detection") from None

    # The index is tuned to a lower threshold than asked, so that pairs just above
    # it are rarely missed; every candidate is then checked against ``threshold``.
    lsh = MinHashLSH(threshold=max(0.1, threshold - 0.2), num_perm=num_perm)
    ids: list[str] = []
    sigs: list[Any] = []
    by_exact: dict[str, int] = {}
    uf = _UnionFind()
    exact_of: list[str] = []
    parts = imap_ordered(
        functools.partial(_signatures, shingle, num_perm), _chunks(articles), workers=workers
    )
    for part in progress_bar(parts, progress=progress, desc="dedup", unit="chunk"):
        for ident, exact, hv in part:
            i = len(ids)
            ids.append(ident)
            sigs.append(hv)
            exact_of.append(exact)
            if hv is None:
                continue
            if exact in by_exact:
                uf.union(by_exact[exact], i)
                continue
            by_exact[exact] = i
            m = MinHash(num_perm=num_perm, hashvalues=hv, **_hasher(num_perm))
            for j in lsh.query(m):
                if _jaccard(sigs[j], hv) >= threshold:
                    uf.union(j, i)
            lsh.insert(i, m, check_duplication=False)

    groups: dict[int, list[int]] = {}
    for i in range(len(ids)):
        if sigs[i] is not None:
            groups.setdefault(uf.find(i), []).append(i)
    clusters = []
    for root in sorted(groups):
        members = groups[root]
        if len(members) < 2:
            continue
        first = members[0]
        sims = tuple(
            1.0 if exact_of[i] == exact_of[first] else round(_jaccard(sigs[first], sigs[i]), 4)
            for i in members
        )
        clusters.append(
            DuplicateCluster(
                ids=tuple(ids[i] for i in members),
                similarity=sims,
                exact=all(exact_of[i] == exact_of[first] for i in members),
            )
        )
    return clusters


def _jaccard(a: Any, b: Any) -> float:
    return float((a == b).mean())
