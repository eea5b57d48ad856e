"""Exceptions raised by aseancorpus.

Every exception derives from :class:`AseanCorpusError`, and each subclass also
inherits the built-in exception a caller would naturally catch, so both
``except AseanCorpusError`` and ``except ValueError`` work:

>>> from aseancorpus.errors import InvalidArgument
>>> issubclass(InvalidArgument, ValueError)
True
"""

from __future__ import annotations

import os

__all__ = [
    "AseanCorpusError",
    "CacheError",
    "DecodeError",
    "FormatError",
    "InvalidArgument",
    "MissingDependencyError",
    "PathError",
]


class AseanCorpusError(Exception):
    """Base class of every error raised on purpose by aseancorpus.

    .. versionadded:: 0.1.0
    """


class InvalidArgument(AseanCorpusError, ValueError):
    """An argument has a value that is not allowed.

    .. versionadded:: 0.1.0

    The message names the bad value and lists the allowed ones.
    """


class PathError(AseanCorpusError, OSError):
    """A path does not exist, or is not the kind of path that was expected.

    .. versionadded:: 0.1.0
    """


class FormatError(AseanCorpusError, ValueError):
    """A serialized record (JSONL line, Parquet row, dict) is malformed.

    .. versionadded:: 0.1.0

    The message names the file and the line or row when they are known.
    """


class CacheError(AseanCorpusError, RuntimeError):
    """The annotation cache cannot be opened or written.

    .. versionadded:: 0.1.0
    """


class MissingDependencyError(AseanCorpusError, ImportError):
    """An optional dependency needed for a feature is not installed.

    .. versionadded:: 0.1.0

    The message names the package and the extra that installs it, e.g.
    ``pip install 'aseancorpus[parquet]'``.
    """

    def __init__(self, package: str, extra: str | None = None, feature: str = "") -> None:
        hint = f"pip install 'aseancorpus[{extra}]'" if extra else f"pip install {package}"
        what = f" for {feature}" if feature else ""
        super().__init__(f"{package!r} is needed{what} but is not installed; install it with: {hint}")
        self.package = package
        self.extra = extra


class DecodeError(AseanCorpusError, UnicodeDecodeError):
    """Bytes that decode under no plausible encoding.

    .. versionadded:: 0.1.0

    It is a :class:`UnicodeDecodeError` (hence a :class:`ValueError`) whose
    message names the file, the byte offset and the encodings that were tried.

    Attributes:
        path: The file, or ``None`` when bytes were given directly.
        offset: The byte offset of the first byte that could not be decoded.
        tried: The encodings that were tried, in order.
    """

    def __init__(
        self,
        path: str | os.PathLike[str] | None,
        data: bytes,
        offset: int,
        tried: tuple[str, ...],
        reason: str = "invalid byte sequence",
    ) -> None:
        encoding = tried[0] if tried else "unknown"
        super().__init__(encoding, data, offset, min(offset + 1, len(data)), reason)
        self.path = os.fspath(path) if path is not None else None
        self.offset = offset
        self.tried = tried

    def __str__(self) -> str:
        where = self.path if self.path is not None else "<bytes>"
        bad = self.object[self.offset : self.offset + 4]
        return (
            f"cannot decode {where}: {self.reason} at byte offset {self.offset} "
            f"({bad!r}); tried {', '.join(self.tried)}. Pass encoding=... to force one, "
            "or errors='replace' to load anyway"
        )

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.path, self.object, self.offset, self.tried, self.reason))
