"""aseancorpus: Thai and Vietnamese news corpora, loaded, cleaned, tokenized and linked.

>>> import aseancorpus as ac
>>> corpus = ac.load_seeds()
>>> article = corpus[1]
>>> article.language, article.title
('vi', 'Đối thoại trực tuyến ASEAN-Mỹ lần thứ 33')

Heavy back ends (pythainlp, underthesea, pyarrow, dask) are imported only
when a function that needs them is first called.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .corpus import Corpus, CorpusStats
from .errors import (
    AseanCorpusError,
    CacheError,
    DecodeError,
    FormatError,
    InvalidArgument,
    MissingDependencyError,
    PathError,
)
from .io import (
    decode,
    load_dir,
    load_file,
    load_jsonl,
    load_parquet,
    load_seeds,
    load_text,
    save_jsonl,
    save_parquet,
)
from .lang import detect_language
from .model import (
    Annotations,
    Article,
    Block,
    Dateline,
    Entity,
    Metadata,
    Money,
    PartialDate,
    Quantity,
    Removal,
    Span,
    Token,
)

if TYPE_CHECKING:
    from .cache import AnnotationCache, cache_info, clear_cache
    from .cleaning import Cleaner, Rule, clean
    from .dedup import DuplicateCluster
    from .entity import entities
    from .normalization import Normalized, normalize
    from .tokenize import sentences, word_offsets, words

__all__ = [
    "AnnotationCache",
    "Annotations",
    "Article",
    "AseanCorpusError",
    "Block",
    "CacheError",
    "Cleaner",
    "Corpus",
    "CorpusStats",
    "Dateline",
    "DecodeError",
    "DuplicateCluster",
    "Entity",
    "FormatError",
    "InvalidArgument",
    "Metadata",
    "MissingDependencyError",
    "Money",
    "Normalized",
    "PartialDate",
    "PathError",
    "Quantity",
    "Removal",
    "Rule",
    "Span",
    "Token",
    "__version__",
    "cache_info",
    "clean",
    "clear_cache",
    "decode",
    "detect_language",
    "entities",
    "load_dir",
    "load_file",
    "load_jsonl",
    "load_parquet",
    "load_seeds",
    "load_text",
    "normalize",
    "save_jsonl",
    "save_parquet",
    "sentences",
    "word_offsets",
    "words",
]

# Names whose modules are imported on first use, to keep `import aseancorpus` light.
_LAZY: dict[str, str] = {
    "AnnotationCache": "cache",
    "cache_info": "cache",
    "clear_cache": "cache",
    "DuplicateCluster": "dedup",
    "Cleaner": "cleaning",
    "Rule": "cleaning",
    "clean": "cleaning",
    "entities": "entity",
    "Normalized": "normalization",
    "normalize": "normalization",
    "sentences": "tokenize",
    "words": "tokenize",
    "word_offsets": "tokenize",
}


def __getattr__(name: str) -> Any:
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("aseancorpus")
        except PackageNotFoundError:  # pragma: no cover - running from a bare checkout
            return "0+unknown"
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'aseancorpus' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
