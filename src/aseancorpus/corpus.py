"""The lazy, re-iterable :class:`Corpus`.

A corpus holds a *recipe* for its articles, not the articles: iterating it
reads and cleans them one at a time, and iterating again starts over.

>>> from aseancorpus import load_seeds
>>> corpus = load_seeds()
>>> len(corpus)
5
>>> [a.language for a in corpus]
['th', 'vi', 'vi', 'vi', 'vi']
"""

from __future__ import annotations

import collections
import functools
import itertools
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final, overload

import attrs

from .errors import InvalidArgument
from .model import Annotations, Article
from .parallel import DEFAULT_CHUNKSIZE, imap_ordered, progress_bar

if TYPE_CHECKING:
    import pandas

    from .cache import AnnotationCache
    from .dedup import DuplicateCluster

__all__ = ["STAGES", "AnnotateSpec", "Corpus", "CorpusStats", "annotate_articles"]

#: The annotation stages, in the order they run.
STAGES: Final[tuple[str, ...]] = ("sentences", "words", "entities")

#: Token kinds that are not counted as words by ``Corpus.stats``.
_NOT_WORDS: Final[frozenset[str]] = frozenset({"punct", "space", "symbol"})


class Corpus:
    """A lazy, re-iterable collection of :class:`~aseancorpus.model.Article`.

    .. versionadded:: 0.1.0

    Args:
        source: A sequence of articles (held as given), or a function that
            returns a fresh iterable of articles each time it is called (lazy).
        length: A function returning the number of articles without loading
            them, for lazy sources that can count cheaply (e.g. files).
        name: A short description shown in ``repr``.

    Raises:
        InvalidArgument: If ``source`` is a one-shot iterator, which could not
            be iterated twice; pass a list or a function instead.
    """

    __slots__ = ("_factory", "_items", "_length", "name")

    def __init__(
        self,
        source: Sequence[Article] | Callable[[], Iterable[Article]],
        *,
        length: Callable[[], int] | None = None,
        name: str = "",
    ) -> None:
        self._items: Sequence[Article] | None = None
        self._factory: Callable[[], Iterable[Article]] | None = None
        if isinstance(source, Sequence):
            self._items = source
        elif callable(source):
            self._factory = source
        else:
            raise InvalidArgument(
                f"Corpus needs a sequence of Articles or a function returning them, not "
                f"{type(source).__name__} (an iterator can be read only once: wrap it with list())"
            )
        self._length = length
        self.name = name

    def __iter__(self) -> Iterator[Article]:
        if self._items is not None:
            return iter(self._items)
        assert self._factory is not None
        return iter(self._factory())

    def __len__(self) -> int:
        if self._items is not None:
            return len(self._items)
        if self._length is not None:
            return self._length()
        return sum(1 for _ in self)

    @overload
    def __getitem__(self, index: int) -> Article: ...

    @overload
    def __getitem__(self, index: slice) -> Corpus: ...

    def __getitem__(self, index: int | slice) -> Article | Corpus:
        """Index or slice the corpus; lazy sources are read up to the index."""
        if isinstance(index, slice):
            if self._items is not None:
                return Corpus(self._items[index], name=self.name)
            start, stop, step = index.start, index.stop, index.step
            if any(v is not None and v < 0 for v in (start, stop, step)):
                return Corpus(list(self)[index], name=self.name)
            return Corpus(lambda: itertools.islice(self, start, stop, step), name=self.name)
        if not isinstance(index, int):
            raise InvalidArgument(f"a corpus index must be an int or a slice, not {type(index).__name__}")
        if self._items is not None:
            return self._items[index]
        if index < 0:
            index += len(self)
        if index >= 0:
            for item in itertools.islice(self, index, index + 1):
                return item
        raise IndexError(f"corpus index {index} out of range")

    def __repr__(self) -> str:
        kind = "list" if self._items is not None else "lazy"
        return f"<Corpus {self.name or kind}>"

    # -- building blocks ------------------------------------------------------
    def head(self, n: int = 5) -> Corpus:
        """The first ``n`` articles, as a corpus held in memory.

        >>> from aseancorpus import load_seeds
        >>> [a.id for a in load_seeds().head(2)]
        ['000_4455c9e0f7d7b3fe', '001_7e09f98f85691267']
        """
        if n < 0:
            raise InvalidArgument(f"head() needs n >= 0, not {n}")
        return Corpus(list(itertools.islice(self, n)), name=self.name)

    def filter(
        self,
        *,
        lang: str | Iterable[str] | None = None,
        source: str | Iterable[str] | None = None,
        predicate: Callable[[Article], bool] | None = None,
    ) -> Corpus:
        """Keep the articles matching every given condition (lazily).

        Args:
            lang: A language code or several.
            source: An outlet name (``Article.meta.source``) or several.
            predicate: Any function of an Article.

        >>> from aseancorpus import load_seeds
        >>> len(load_seeds().filter(lang="th"))
        1
        """
        langs = {lang} if isinstance(lang, str) else set(lang) if lang is not None else None
        sources = {source} if isinstance(source, str) else set(source) if source is not None else None

        def keep(a: Article) -> bool:
            if langs is not None and a.language not in langs:
                return False
            if sources is not None and a.meta.source not in sources:
                return False
            return predicate is None or bool(predicate(a))

        return Corpus(lambda: (a for a in self if keep(a)), name=self.name)

    def map(
        self,
        fn: Callable[[Article], Article],
        *,
        workers: int | None = None,
        chunksize: int = DEFAULT_CHUNKSIZE,
        progress: bool | None = None,
    ) -> Corpus:
        """Apply ``fn`` to every article in worker processes, keeping the order (lazily).

        Args:
            fn: A function of an Article returning an Article. With worker
                processes it must be picklable: a module-level function or a
                ``functools.partial`` of one (on Linux, a function defined
                in a notebook works too).
            workers: Worker processes: ``None`` for every CPU, ``1`` to run in
                this process.
            chunksize: Articles sent to a worker at a time.
            progress: Show a progress bar: ``None`` when standard error is a
                terminal, ``True`` always, ``False`` never.

        Raises:
            InvalidArgument: If ``workers`` or ``chunksize`` is not allowed
                (raised at once, not when iterating).

        >>> from aseancorpus import load_seeds
        >>> titled = load_seeds().map(_first_block_only, workers=1)
        >>> [len(a.blocks) for a in titled]
        [1, 1, 1, 1, 1]
        """
        _check_chunksize(chunksize)
        from .parallel import resolve_workers

        resolve_workers(workers)

        def run() -> Iterator[Article]:
            chunks = _chunked(iter(self), chunksize)
            results = imap_ordered(functools.partial(_map_chunk, fn), chunks, workers=workers)
            items = itertools.chain.from_iterable(results)
            return progress_bar(items, progress=progress, total=self._cheap_len(), desc="map")

        return Corpus(run, length=self._length if self._items is None else self.__len__, name=self.name)

    def annotate(
        self,
        *,
        sentences: bool = True,
        words: bool = True,
        entities: bool = True,
        ner: bool = True,
        clean: bool = False,
        workers: int | None = None,
        chunksize: int = DEFAULT_CHUNKSIZE,
        cache: bool | AnnotationCache = True,
        progress: bool | None = None,
    ) -> Corpus:
        """Run the pipeline (sentences, words, entities) on every article (lazily).

        Each article comes back with :attr:`Article.annotations` set; offsets
        are into :attr:`Article.text`. Stages run in worker processes on every
        CPU by default, each worker loading the engines once. Results are
        stored in the persistent cache (see ``aseancorpus.cache``), so a
        rerun on the same texts with the same settings reads them back.

        Args:
            sentences: Split sentences (``aseancorpus.sentences``).
            words: Segment words (``aseancorpus.words``).
            entities: Find entities (``aseancorpus.entities``).
            ner: Let entity finding run the statistical NER model too.
            clean: Clean each article again from its raw text first (in the
                workers, cached). Load big corpora with ``clean=False`` and
                pass ``clean=True`` here, so cleaning runs in parallel too and
                a rerun skips it.
            workers: Worker processes: ``None`` for every CPU, ``1`` to run here.
            chunksize: Articles sent to a worker at a time.
            cache: ``True`` for the default cache, ``False`` for none, or an
                ``AnnotationCache`` (``aseancorpus.cache``).
            progress: Show a progress bar: ``None`` when standard error is a
                terminal, ``True`` always, ``False`` never.

        Raises:
            InvalidArgument: If no stage is asked for, or ``workers`` or
                ``chunksize`` is not allowed.

        >>> from aseancorpus import load_text
        >>> c = Corpus([load_text("Mỹ và ASEAN\\n\\nHai bên họp trực tuyến.", clean=False)])
        >>> a = c.annotate(entities=False, workers=1, cache=False)[0]
        >>> a.annotations.words is not None and a.annotations.entities is None
        True
        """
        spec = AnnotateSpec(sentences=sentences, words=words, entities=entities, ner=ner, clean=clean)
        _check_chunksize(chunksize)
        from .parallel import resolve_workers

        resolve_workers(workers)
        if not isinstance(cache, bool):
            from .cache import AnnotationCache

            if not isinstance(cache, AnnotationCache):
                raise InvalidArgument(f"cache must be True, False or an AnnotationCache, not {cache!r}")

        def run() -> Iterator[Article]:
            items = annotate_articles(self, spec, workers=workers, chunksize=chunksize, cache=cache)
            return progress_bar(items, progress=progress, total=self._cheap_len(), desc="annotate")

        return Corpus(run, length=self._length if self._items is None else self.__len__, name=self.name)

    def stats(
        self,
        *,
        words: bool = True,
        top: int = 10,
        workers: int | None = None,
        chunksize: int = 32,
        progress: bool | None = None,
    ) -> CorpusStats:
        """Count articles, characters, removed text, words and word types.

        Words come from :attr:`Article.annotations` when present, else from
        ``aseancorpus.words`` run in worker processes.

        Args:
            words: Count words and types (slower); ``False`` to skip.
            top: How many sources to list in ``CorpusStats.top_sources``.
            workers, chunksize, progress: As for ``map``.

        >>> from aseancorpus import load_seeds
        >>> st = load_seeds().stats(words=False)
        >>> st.articles, st.languages
        (5, {'th': 1, 'vi': 4})
        """
        _check_chunksize(chunksize)
        if top < 0:
            raise InvalidArgument(f"top must be >= 0, not {top}")
        chunks = _chunked(iter(self), chunksize)
        parts = imap_ordered(functools.partial(_stats_chunk, words), chunks, workers=workers if words else 1)
        total = _StatsAcc()
        for part in progress_bar(parts, progress=progress, desc="stats", unit="chunk"):
            total.add(part)
        return total.result(top=top, words=words)

    def duplicates(
        self,
        *,
        threshold: float = 0.5,
        shingle: int = 3,
        num_perm: int = 128,
        workers: int | None = None,
        progress: bool | None = None,
    ) -> list[DuplicateCluster]:
        """Clusters of exact and near-duplicate articles; see ``aseancorpus.dedup.find_duplicates``."""
        from .dedup import find_duplicates

        return find_duplicates(
            self, threshold=threshold, shingle=shingle, num_perm=num_perm, workers=workers, progress=progress
        )

    def dedup(
        self,
        *,
        threshold: float = 0.5,
        shingle: int = 3,
        num_perm: int = 128,
        workers: int | None = None,
        progress: bool | None = None,
    ) -> Corpus:
        """The corpus with one article (the first) kept per duplicate cluster.

        The clusters are computed once, on first iteration.
        """
        dropped: list[set[str]] = []

        def run() -> Iterator[Article]:
            if not dropped:
                clusters = self.duplicates(
                    threshold=threshold,
                    shingle=shingle,
                    num_perm=num_perm,
                    workers=workers,
                    progress=progress,
                )
                dropped.append({i for c in clusters for i in c.ids[1:]})
            gone = dropped[0]
            return (a for a in self if a.id not in gone)

        return Corpus(run, name=self.name)

    # -- export -----------------------------------------------------------------
    def to_parquet(self, path: str | os.PathLike[str], *, row_group_size: int = 1000) -> int:
        """Write the corpus as Parquet, atomically; see ``aseancorpus.io.parquet.save_parquet``.

        Returns:
            The number of articles written.

        Raises:
            MissingDependencyError: If pyarrow is not installed (extra ``parquet``).
        """
        from .io.parquet import save_parquet

        return save_parquet(self, path, row_group_size=row_group_size)

    def to_pandas(self) -> pandas.DataFrame:
        """A :class:`pandas.DataFrame` with one row per article, in the Parquet schema.

        Raises:
            MissingDependencyError: If pandas or pyarrow is not installed (extra ``pandas``).
        """
        from .io.parquet import to_arrow

        try:
            import pandas  # noqa: F401
        except ImportError:
            from .errors import MissingDependencyError

            raise MissingDependencyError("pandas", "pandas", "Corpus.to_pandas()") from None
        return to_arrow(self).to_pandas()

    def to_hf_dataset(self) -> Any:
        """A Hugging Face :class:`datasets.Dataset`, one row per article (Parquet schema).

        Raises:
            MissingDependencyError: If ``datasets`` is not installed (extra ``hf``).
        """
        try:
            import datasets
        except ImportError:
            from .errors import MissingDependencyError

            raise MissingDependencyError("datasets", "hf", "Corpus.to_hf_dataset()") from None
        from .io.parquet import to_arrow

        return datasets.Dataset(datasets.table.InMemoryTable(to_arrow(self)))

    # -- statistics shortcuts ------------------------------------------------------
    def word_frequencies(self, **options: Any) -> Any:
        """Word counts; see ``aseancorpus.tokenize.stats.word_frequencies``."""
        from .tokenize import stats

        return stats.word_frequencies(self, **options)

    def ngrams(self, n: int = 2, **options: Any) -> Any:
        """N-gram counts; see ``aseancorpus.tokenize.stats.ngrams``."""
        from .tokenize import stats

        return stats.ngrams(self, n=n, **options)

    def concordance(self, query: str, **options: Any) -> Any:
        """Keyword-in-context lines; see ``aseancorpus.tokenize.stats.concordance``."""
        from .tokenize import stats

        return stats.concordance(self, query, **options)

    def entity_counts(self, **options: Any) -> Any:
        """Entity counts; see ``aseancorpus.entity.stats.entity_counts``."""
        from .entity import stats

        return stats.entity_counts(self, **options)

    def cooccurrences(self, **options: Any) -> Any:
        """Entity co-occurrence counts; see ``aseancorpus.entity.stats.cooccurrences``."""
        from .entity import stats

        return stats.cooccurrences(self, **options)

    def _cheap_len(self) -> int | None:
        if self._items is not None:
            return len(self._items)
        if self._length is not None:
            try:
                return self._length()
            except OSError:
                return None
        return None

    def to_list(self) -> list[Article]:
        """Load every article into a list."""
        return list(self)

    def to_jsonl(self, path: str | os.PathLike[str]) -> int:
        """Write the corpus as JSON Lines, atomically; see :func:`aseancorpus.save_jsonl`.

        Returns:
            The number of articles written.
        """
        from .io.jsonl import save_jsonl

        return save_jsonl(self, path)


# -- helpers -------------------------------------------------------------------------


def _first_block_only(a: Article) -> Article:
    """Keep only the first block (used in a doctest)."""
    return attrs.evolve(a, blocks=a.blocks[:1])


def _check_chunksize(chunksize: int) -> None:
    if isinstance(chunksize, bool) or not isinstance(chunksize, int) or chunksize < 1:
        raise InvalidArgument(f"chunksize must be an int >= 1, not {chunksize!r}")


def _chunked(items: Iterator[Article], size: int) -> Iterator[list[Article]]:
    while True:
        chunk = list(itertools.islice(items, size))
        if not chunk:
            return
        yield chunk


def _map_chunk(fn: Callable[[Article], Article], chunk: list[Article]) -> list[Article]:
    return [fn(a) for a in chunk]


# -- annotation ------------------------------------------------------------------------


@attrs.frozen
class AnnotateSpec:
    """Which stages ``Corpus.annotate`` runs and with which settings.

    .. versionadded:: 0.1.0

    Raises:
        InvalidArgument: If no stage is asked for.

    >>> AnnotateSpec(entities=False).stages
    ('sentences', 'words')
    """

    sentences: bool = True
    words: bool = True
    entities: bool = True
    ner: bool = True
    clean: bool = False

    def __attrs_post_init__(self) -> None:
        for name in (*STAGES, "ner", "clean"):
            if not isinstance(getattr(self, name), bool):
                raise InvalidArgument(f"{name} must be True or False, not {getattr(self, name)!r}")
        if not self.stages and not self.clean:
            raise InvalidArgument("annotate() needs at least one of sentences, words, entities set to True")

    @property
    def stages(self) -> tuple[str, ...]:
        """The annotation stages to run, in order (cleaning, when asked, runs before them)."""
        return tuple(s for s in STAGES if getattr(self, s))

    def settings(self, stage: str, article: Article) -> dict[str, Any]:
        """What besides the text can change the stage's result (part of the cache key)."""
        if stage == "entities":
            return {"ner": self.ner, "meta": attrs.asdict(article.meta)}
        return {}

    def key(self, stage: str, article: Article) -> str:
        """The cache key of ``stage`` on ``article``."""
        from .cache import cache_key

        if stage == "clean":
            return cache_key("clean", article.raw, lang=article.language)
        return cache_key(stage, article.text, lang=article.language, settings=self.settings(stage, article))

    def run(self, stage: str, article: Article) -> tuple[Any, ...]:
        """Run one annotation stage on one article."""
        if stage == "sentences":
            from .tokenize import sentences

            return tuple(sentences(article.text, lang=article.language))
        if stage == "words":
            from .tokenize import words

            return tuple(words(article.text, lang=article.language))
        from .entity import entities

        return tuple(entities(article, ner=self.ner))


def _stage_record(stage: str, values: tuple[Any, ...]) -> Any:
    """A stage's result as stored in the cache: columns of offsets; texts are slices of the article text."""
    if stage == "sentences":
        return {
            "start": [s.start for s in values],
            "end": [s.end for s in values],
            "lang": [s.lang for s in values],
        }
    if stage == "words":
        return {
            "start": [t.start for t in values],
            "end": [t.end for t in values],
            "lang": [t.lang for t in values],
            "kind": [t.kind for t in values],
            "norm": [None if t.norm == t.text else t.norm for t in values],
        }
    return Annotations(entities=values).to_dict()["entities"]


def _stage_values(stage: str, record: Any, text: str) -> tuple[Any, ...]:
    """Rebuild a stage's result from :func:`_stage_record` output and the article text.

    Raises:
        FormatError: If the record does not have the expected shape.
    """
    from .errors import FormatError
    from .model import Span, Token

    try:
        if stage == "sentences":
            return tuple(
                Span(text[s:e], s, e, lang=lang)
                for s, e, lang in zip(record["start"], record["end"], record["lang"], strict=True)
            )
        if stage == "words":
            return tuple(
                Token(text[s:e], s, e, lang, kind, text[s:e] if norm is None else norm)
                for s, e, lang, kind, norm in zip(
                    record["start"],
                    record["end"],
                    record["lang"],
                    record["kind"],
                    record["norm"],
                    strict=True,
                )
            )
        ents = Annotations.from_dict({"entities": record}).entities
        assert ents is not None
        return ents
    except (KeyError, TypeError, ValueError, AssertionError) as e:
        raise FormatError(f"bad cached {stage} record ({e}); run `aseancorpus cache clear`") from None


def _cleaned_record(a: Article) -> dict[str, Any]:
    d = a.to_dict()
    return {"blocks": d["blocks"], "removed": d["removed"], "meta": d["meta"]}


def _apply_cleaned(a: Article, record: Mapping[str, Any]) -> Article:
    """``a`` with the blocks, removals and metadata of a cached cleaning result."""
    shell = Article.from_dict({"id": a.id, "raw": a.raw, "language": a.language, **record})
    return attrs.evolve(a, blocks=shell.blocks, removed=shell.removed, meta=shell.meta, annotations=None)


def _clean(a: Article) -> Article:
    from .cleaning import clean

    return attrs.evolve(clean(a), annotations=None)


#: What a worker returns for one article: the (possibly cleaned) article and,
#: per stage, the value and its encoding for the cache (or None without a cache).
_Done = tuple[Article, dict[str, tuple[Any, bytes | None]]]
#: A job: the spec, whether to encode for the cache, and (article, stages to run) pairs.
_Job = tuple[AnnotateSpec, bool, list[tuple[Article, tuple[str, ...]]]]


def _annotate_job(job: _Job) -> list[_Done]:
    """Worker side: run the missing stages, and encode the results for the cache."""
    from .cache import encode_value

    spec, encode, todo = job
    out: list[_Done] = []
    for article, stages in todo:
        done: dict[str, tuple[Any, bytes | None]] = {}
        for stage in stages:
            if stage == "clean":
                article = _clean(article)
                done[stage] = (None, encode_value(_cleaned_record(article)) if encode else None)
                continue
            value = spec.run(stage, article)
            blob = encode_value(_stage_record(stage, value)) if encode else None
            done[stage] = (value, blob)
        out.append((article, done))
    return out


class _Pending:
    """One article on its way through :func:`annotate_articles`."""

    __slots__ = ("article", "cached", "todo")

    def __init__(self, article: Article, cached: dict[str, Any], todo: tuple[str, ...]) -> None:
        self.article = article
        self.cached = cached  # stage -> cached record
        self.todo = todo  # stages a worker must run


def annotate_articles(
    articles: Iterable[Article],
    spec: AnnotateSpec,
    *,
    workers: int | None = None,
    chunksize: int = DEFAULT_CHUNKSIZE,
    cache: bool | AnnotationCache = True,
) -> Iterator[Article]:
    """Annotate a stream of articles in order: the engine behind ``Corpus.annotate``.

    .. versionadded:: 0.1.0

    Cached results are read in this process; only the missing stages are sent
    to worker processes, and their results are written back to the cache as
    they arrive (one transaction per chunk and stage, so an interrupted run
    keeps what it finished).
    """
    store: AnnotationCache | None = _default_cache() if cache is True else (cache or None)
    waiting: collections.deque[list[_Pending]] = collections.deque()

    def jobs() -> Iterator[_Job]:
        for chunk in _chunked(iter(articles), chunksize):
            pending = _lookup(spec, chunk, store)
            waiting.append(pending)
            yield (spec, store is not None, [(p.article, p.todo) for p in pending if p.todo])

    try:
        results = imap_ordered(_annotate_job, jobs(), workers=workers, local=lambda job: not job[2])
        for computed in results:
            yield from _assemble(spec, waiting.popleft(), computed, store)
    finally:
        if store is not None and cache is True:
            store.close()


def _default_cache() -> AnnotationCache | None:
    """The default cache, or ``None`` (with a warning) when it cannot be opened, e.g. a read-only disk."""
    import warnings

    from .cache import AnnotationCache, CacheWarning
    from .errors import CacheError

    store = AnnotationCache()
    try:
        store.info()
    except CacheError as e:
        warnings.warn(f"running without the annotation cache: {e}", CacheWarning, stacklevel=4)
        return None
    return store


def _lookup(spec: AnnotateSpec, chunk: list[Article], store: AnnotationCache | None) -> list[_Pending]:
    """Find what the cache already holds for a chunk; cleaning hits are applied here."""
    if store is None:
        return [_Pending(a, {}, (*(("clean",) if spec.clean else ()), *spec.stages)) for a in chunk]
    pending = [_Pending(a, {}, ()) for a in chunk]
    if spec.clean:
        keys = [spec.key("clean", a) for a in chunk]
        hits = store.get_many(keys)
        for p, k in zip(pending, keys, strict=True):
            if k in hits:
                p.article = _apply_cleaned(p.article, hits[k])
            else:
                p.todo = ("clean", *spec.stages)
    ready = [p for p in pending if not p.todo]
    keys2 = [{st: spec.key(st, p.article) for st in spec.stages} for p in ready]
    hits = store.get_many(k for ks in keys2 for k in ks.values())
    for p, ks in zip(ready, keys2, strict=True):
        p.cached = {st: hits[k] for st, k in ks.items() if k in hits}
        p.todo = tuple(st for st in spec.stages if st not in p.cached)
    return pending


def _assemble(
    spec: AnnotateSpec,
    pending: list[_Pending],
    computed: list[_Done],
    store: AnnotationCache | None,
) -> Iterator[Article]:
    fresh = iter(computed)
    to_store: dict[str, dict[str, bytes]] = {}
    out: list[Article] = []
    for p in pending:
        article, values = p.article, {}
        if p.todo:
            article, done = next(fresh)
            for st, (value, blob) in done.items():
                if st != "clean":
                    values[st] = value
                if store is not None and blob is not None:
                    key = spec.key(st, p.article if st == "clean" else article)
                    to_store.setdefault(st, {})[key] = blob
        if p.cached:
            text = article.text
            values.update({st: _stage_values(st, rec, text) for st, rec in p.cached.items()})
        new = Annotations(**values)
        merged = article.annotations.merge(new) if article.annotations is not None else new
        out.append(attrs.evolve(article, annotations=merged))
    if store is not None:
        for st, items in to_store.items():
            store.put_encoded(items, stage=st)
    yield from out


# -- statistics -----------------------------------------------------------------------


@attrs.frozen
class CorpusStats:
    """What ``Corpus.stats`` counts.

    .. versionadded:: 0.1.0

    Attributes:
        articles: Number of articles.
        languages: Articles per language.
        characters_raw: Characters of raw text.
        characters_kept: Characters in kept blocks.
        removed_share: For each removal category, its share of the raw
            characters (0-1).
        words: Words (tokens that are not punctuation, space or symbols) per
            language; empty when words were not counted.
        types: Distinct lowercased word forms per language.
        top_sources: The most frequent ``meta.source`` values with their
            article counts, most frequent first.
    """

    articles: int
    languages: dict[str, int]
    characters_raw: int
    characters_kept: int
    removed_share: dict[str, float]
    words: dict[str, int]
    types: dict[str, int]
    top_sources: tuple[tuple[str, int], ...]

    @property
    def kept_share(self) -> float:
        """Share of raw characters kept (0-1)."""
        return self.characters_kept / self.characters_raw if self.characters_raw else 0.0

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        d = attrs.asdict(self)
        d["top_sources"] = [list(p) for p in self.top_sources]
        d["kept_share"] = self.kept_share
        return d

    def __str__(self) -> str:
        lines = [
            f"articles         {self.articles:>12,}",
            *(f"  {lang:<15}{n:>12,}" for lang, n in sorted(self.languages.items())),
            f"characters raw   {self.characters_raw:>12,}",
            f"characters kept  {self.characters_kept:>12,}  ({self.kept_share:.1%})",
        ]
        for cat, share in sorted(self.removed_share.items(), key=lambda kv: -kv[1]):
            lines.append(f"  removed {cat:<10}{share:>13.1%}")
        for lang in sorted(self.words):
            lines.append(f"words [{lang}]  {self.words[lang]:>14,}  types {self.types.get(lang, 0):,}")
        if self.top_sources:
            lines.append("top sources")
            lines.extend(f"  {n:>6,}  {src}" for src, n in self.top_sources)
        return "\n".join(lines)


class _StatsAcc:
    """Counts of a chunk of articles, summed into the corpus total."""

    __slots__ = ("articles", "kept", "languages", "raw", "removed", "sources", "types", "words")

    def __init__(self) -> None:
        self.articles = 0
        self.languages: collections.Counter[str] = collections.Counter()
        self.raw = 0
        self.kept = 0
        self.removed: collections.Counter[str] = collections.Counter()
        self.words: collections.Counter[str] = collections.Counter()
        self.types: dict[str, set[str]] = {}
        self.sources: collections.Counter[str] = collections.Counter()

    def add(self, other: _StatsAcc) -> None:
        self.articles += other.articles
        self.languages.update(other.languages)
        self.raw += other.raw
        self.kept += other.kept
        self.removed.update(other.removed)
        self.words.update(other.words)
        for lang, forms in other.types.items():
            self.types.setdefault(lang, set()).update(forms)
        self.sources.update(other.sources)

    def result(self, *, top: int, words: bool) -> CorpusStats:
        return CorpusStats(
            articles=self.articles,
            languages=dict(sorted(self.languages.items())),
            characters_raw=self.raw,
            characters_kept=self.kept,
            removed_share={c: n / self.raw for c, n in sorted(self.removed.items())} if self.raw else {},
            words=dict(sorted(self.words.items())) if words else {},
            types={lang: len(f) for lang, f in sorted(self.types.items())} if words else {},
            top_sources=tuple(self.sources.most_common(top)),
        )


def _stats_chunk(count_words: bool, chunk: list[Article]) -> _StatsAcc:
    acc = _StatsAcc()
    for a in chunk:
        acc.articles += 1
        acc.languages[a.language] += 1
        acc.raw += len(a.raw)
        acc.kept += sum(len(b.text) for b in a.blocks)
        for r in a.removed:
            acc.removed[r.category] += len(r.text)
        if a.meta.source:
            acc.sources[a.meta.source] += 1
        if count_words:
            tokens = a.annotations.words if a.annotations is not None else None
            if tokens is None:
                from .tokenize import words

                tokens = tuple(words(a.text, lang=a.language))
            for t in tokens:
                if t.kind not in _NOT_WORDS:
                    acc.words[t.lang] += 1
                    acc.types.setdefault(t.lang, set()).add(t.norm.lower())
    return acc
