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

import itertools
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import overload

from .errors import InvalidArgument
from .model import Article

__all__ = ["Corpus"]


class Corpus:
    """A lazy, re-iterable collection of :class:`~aseancorpus.model.Article`.

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
