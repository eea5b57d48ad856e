"""A persistent cache of annotations, in an SQLite database.

Annotating a corpus is slow (Vietnamese NER runs at about 0.014 M characters
per second on one core), so :meth:`Corpus.annotate <aseancorpus.Corpus.annotate>`
stores what each stage computed, keyed by a hash of everything that could change
the result: the stage, the text, its language, the engine settings and the
versions of aseancorpus and of the back ends. A rerun reads the results back
instead of recomputing them.

The database lives in the user cache folder (``platformdirs.user_cache_dir``),
or in the folder named by the environment variable ``ASEANCORPUS_CACHE_DIR``.
It uses write-ahead logging, so several processes can read and write at once.
Values are JSON compressed with zlib (never pickle): a damaged entry fails to
decode and is treated as a miss, and a file that is not an aseancorpus cache is
reported with a :class:`CacheWarning` and rebuilt, never trusted.

>>> import os, tempfile
>>> path = os.path.join(tempfile.mkdtemp(), "annotations.sqlite3")
>>> cache = AnnotationCache(path)
>>> key = cache_key("words", "Xin chào", lang="vi", settings={"engine": "default"})
>>> cache.put_many({key: [{"text": "Xin chào"}]}, stage="words")
>>> cache.get_many([key])[key]
[{'text': 'Xin chào'}]
>>> cache_info(path).entries
1
>>> clear_cache(path)
1
>>> cache.close()
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import threading
import time
import warnings
import zlib
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any, Final

import attrs
import orjson

from .errors import CacheError

__all__ = [
    "CACHE_ENV",
    "AnnotationCache",
    "CacheInfo",
    "CacheWarning",
    "cache_dir",
    "cache_info",
    "cache_key",
    "clear_cache",
    "encode_value",
]

#: Environment variable naming the cache folder (tests and CI point it at a temp folder).
CACHE_ENV: Final[str] = "ASEANCORPUS_CACHE_DIR"

_FILE_NAME: Final[str] = "annotations.sqlite3"
#: ``PRAGMA application_id`` of an aseancorpus cache ("ASNC").
_APP_ID: Final[int] = 0x41534E43
#: Bump when the layout of the tables or of the stored values changes.
_SCHEMA: Final[int] = 1
_BUSY_MS: Final[int] = 60_000
_BATCH: Final[int] = 500


class CacheWarning(UserWarning):
    """The cache file was damaged or foreign and has been rebuilt, or could not be used.

    .. versionadded:: 0.1.0
    """


def cache_dir() -> Path:
    """The folder holding the cache: ``$ASEANCORPUS_CACHE_DIR`` or the user cache folder.

    .. versionadded:: 0.1.0

    >>> cache_dir().name in ("aseancorpus", os.path.basename(os.environ.get(CACHE_ENV, "")))
    True
    """
    env = os.environ.get(CACHE_ENV)
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_cache_dir("aseancorpus", appauthor=False))


@lru_cache(maxsize=1)
def _versions() -> str:
    from importlib.metadata import PackageNotFoundError, version

    parts = []
    for pkg in ("aseancorpus", "pythainlp", "underthesea", "nlpo3", "python-crfsuite"):
        try:
            parts.append(f"{pkg}={version(pkg)}")
        except PackageNotFoundError:
            parts.append(f"{pkg}=-")
    if "dev" in parts[0] or "+" in parts[0]:
        parts.append(_source_digest())
    return ";".join(parts)


def _source_digest() -> str:
    """A digest of the package's code and data files, for development versions.

    A development checkout changes without its version changing, so the cache
    key also covers the files themselves (names, sizes and modification times).
    """
    root = Path(__file__).resolve().parent
    h = hashlib.blake2b(digest_size=8)
    for f in sorted(root.rglob("*")):
        if f.suffix in (".py", ".json", ".tsv", ".txt", ".csv", ".toml", ".yaml") and "__pycache__" not in f.parts:
            st = f.stat()
            h.update(f"{f.relative_to(root)}:{st.st_size}:{st.st_mtime_ns};".encode())
    return f"src={h.hexdigest()}"


def cache_key(stage: str, text: str, *, lang: str, settings: Mapping[str, Any] | None = None) -> str:
    """The cache key of one stage's result on one text.

    .. versionadded:: 0.1.0

    It changes when the stage, the text, the language, any setting, or the
    version of aseancorpus or of a back end changes.

    >>> a = cache_key("words", "Xin chào", lang="vi")
    >>> a == cache_key("words", "Xin chào", lang="vi")
    True
    >>> a == cache_key("words", "Xin chào", lang="vi", settings={"lowercase": True})
    False
    """
    head = orjson.dumps(
        [_SCHEMA, _versions(), stage, lang, dict(settings or {})], option=orjson.OPT_SORT_KEYS
    )
    h = hashlib.blake2b(head, digest_size=20)
    h.update(b"\0")
    h.update(text.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


@attrs.frozen
class CacheInfo:
    """What :func:`cache_info` reports.

    .. versionadded:: 0.1.0

    Attributes:
        path: The database file.
        entries: Number of stored results.
        size_bytes: Size of the database and its write-ahead log on disk.
        stages: Number of entries per stage.
    """

    path: str
    entries: int
    size_bytes: int
    stages: dict[str, int] = attrs.field(factory=dict)


def encode_value(value: Any) -> bytes:
    """Encode a JSON-serializable value as the cache stores it (JSON, zlib-compressed).

    .. versionadded:: 0.1.0

    >>> len(encode_value([{"text": "Mỹ"}])) > 0
    True
    """
    return zlib.compress(orjson.dumps(value), 1)


def _decode(blob: bytes) -> Any:
    return orjson.loads(zlib.decompress(blob))


class AnnotationCache:
    """The annotation database. Safe to use from several processes at once.

    .. versionadded:: 0.1.0

    A connection is opened lazily and reopened after a ``fork``, so an instance
    can be created before worker processes start.

    Args:
        path: The database file; by default ``annotations.sqlite3`` in :func:`cache_dir`.

    Raises:
        CacheError: If the folder cannot be created or the database cannot be opened.
    """

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        self.path = Path(path) if path is not None else cache_dir() / _FILE_NAME
        self._conn: sqlite3.Connection | None = None
        self._pid = -1
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"<AnnotationCache {self.path}>"

    # -- opening ----------------------------------------------------------------
    def _connect(self) -> sqlite3.Connection:
        if self._conn is not None and self._pid == os.getpid():
            return self._conn
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise CacheError(f"cannot create the cache folder {self.path.parent}: {e}") from None
        try:
            conn = self._open_checked()
        except sqlite3.DatabaseError as e:
            self._report_and_remove(f"is not a usable aseancorpus cache ({e})")
            try:
                conn = self._open_checked()
            except sqlite3.Error as e2:
                raise CacheError(f"cannot open the cache {self.path}: {e2}") from None
        self._conn, self._pid = conn, os.getpid()
        return conn

    def _open_checked(self) -> sqlite3.Connection:
        conn = sqlite3.connect(
            self.path, timeout=_BUSY_MS / 1000, isolation_level=None, check_same_thread=False
        )
        try:
            conn.execute(f"PRAGMA busy_timeout={_BUSY_MS}")
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if app_id == 0 and not tables:
                self._create(conn)
            elif app_id != _APP_ID or version != _SCHEMA or "entries" not in tables:
                conn.close()
                what = "a different schema version" if app_id == _APP_ID else "not an aseancorpus cache"
                self._report_and_remove(f"is {what}")
                conn = sqlite3.connect(
                    self.path, timeout=_BUSY_MS / 1000, isolation_level=None, check_same_thread=False
                )
                conn.execute(f"PRAGMA busy_timeout={_BUSY_MS}")
                self._create(conn)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
        except BaseException:
            conn.close()
            raise
        return conn

    @staticmethod
    def _create(conn: sqlite3.Connection) -> None:
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute(
                "CREATE TABLE IF NOT EXISTS entries ("
                " key TEXT PRIMARY KEY, stage TEXT NOT NULL, value BLOB NOT NULL, created REAL NOT NULL"
                ") WITHOUT ROWID"
            )
            conn.execute(f"PRAGMA application_id={_APP_ID}")
            conn.execute(f"PRAGMA user_version={_SCHEMA}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    def _report_and_remove(self, why: str) -> None:
        warnings.warn(f"the cache file {self.path} {why}; rebuilding it empty", CacheWarning, stacklevel=4)
        if self._conn is not None:
            with contextlib.suppress(sqlite3.Error):
                self._conn.close()
            self._conn = None
        for suffix in ("", "-wal", "-shm", "-journal"):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(f"{self.path}{suffix}")

    def _guard(self, what: str, op: Any) -> Any:
        """Run ``op(conn)``; on a damaged database, report, rebuild and retry once."""
        with self._lock:
            try:
                return op(self._connect())
            except sqlite3.DatabaseError as e:
                if isinstance(e, sqlite3.OperationalError) and "locked" in str(e):
                    raise CacheError(f"cannot {what} the cache {self.path}: {e}") from None
                self._report_and_remove(f"is damaged ({e})")
                try:
                    return op(self._connect())
                except sqlite3.Error as e2:
                    raise CacheError(f"cannot {what} the cache {self.path}: {e2}") from None

    # -- reading and writing -----------------------------------------------------
    def get_many(self, keys: Iterable[str]) -> dict[str, Any]:
        """The stored values for the keys that are present (damaged entries are dropped)."""
        wanted = list(dict.fromkeys(keys))
        if not wanted:
            return {}

        def op(conn: sqlite3.Connection) -> dict[str, Any]:
            found: dict[str, Any] = {}
            bad: list[str] = []
            for i in range(0, len(wanted), _BATCH):
                part = wanted[i : i + _BATCH]
                marks = ",".join("?" * len(part))
                for key, blob in conn.execute(f"SELECT key, value FROM entries WHERE key IN ({marks})", part):
                    try:
                        found[key] = _decode(blob)
                    except (zlib.error, orjson.JSONDecodeError, TypeError):
                        bad.append(key)
            if bad:
                warnings.warn(
                    f"{len(bad)} damaged cache entries dropped from {self.path}", CacheWarning, stacklevel=4
                )
                conn.executemany("DELETE FROM entries WHERE key = ?", [(k,) for k in bad])
            return found

        result: dict[str, Any] = self._guard("read", op)
        return result

    def put_many(self, items: Mapping[str, Any], *, stage: str = "") -> None:
        """Store values (JSON-serializable) under their keys, in one transaction."""
        if not items:
            return
        now = time.time()
        self._put_rows([(k, stage, encode_value(v), now) for k, v in items.items()])

    def _put_rows(self, rows: list[tuple[str, str, bytes, float]]) -> None:
        def op(conn: sqlite3.Connection) -> None:
            conn.execute("BEGIN IMMEDIATE")
            try:
                conn.executemany(
                    "INSERT OR REPLACE INTO entries (key, stage, value, created) VALUES (?,?,?,?)", rows
                )
                conn.execute("COMMIT")
            except BaseException:
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
                raise

        self._guard("write", op)

    def put_encoded(self, items: Mapping[str, bytes], *, stage: str = "") -> None:
        """Store values already encoded with ``encode_value`` (e.g. in a worker process)."""
        if not items:
            return
        now = time.time()
        rows = [(k, stage, v, now) for k, v in items.items()]
        self._put_rows(rows)

    def info(self) -> CacheInfo:
        """Counts and size of this cache."""

        def op(conn: sqlite3.Connection) -> dict[str, int]:
            return dict(conn.execute("SELECT stage, COUNT(*) FROM entries GROUP BY stage").fetchall())

        stages: dict[str, int] = self._guard("read", op)
        size = sum(
            os.path.getsize(f"{self.path}{s}") for s in ("", "-wal") if os.path.exists(f"{self.path}{s}")
        )
        return CacheInfo(path=str(self.path), entries=sum(stages.values()), size_bytes=size, stages=stages)

    def clear(self) -> int:
        """Delete every entry; return how many there were."""

        def op(conn: sqlite3.Connection) -> int:
            n: int = conn.execute("SELECT COUNT(*) FROM entries").fetchone()[0]
            conn.execute("DELETE FROM entries")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.execute("VACUUM")
            return n

        result: int = self._guard("clear", op)
        return result

    def close(self) -> None:
        """Close the connection (it is reopened on next use)."""
        with self._lock:
            if self._conn is not None and self._pid == os.getpid():
                self._conn.close()
            self._conn = None


def cache_info(path: str | os.PathLike[str] | None = None) -> CacheInfo:
    """Where the cache is, how many entries it holds and its size (``aseancorpus cache info``).

    .. versionadded:: 0.1.0
    """
    cache = AnnotationCache(path)
    try:
        return cache.info()
    finally:
        cache.close()


def clear_cache(path: str | os.PathLike[str] | None = None) -> int:
    """Empty the cache (``aseancorpus cache clear``); return the number of entries removed.

    .. versionadded:: 0.1.0
    """
    cache = AnnotationCache(path)
    try:
        return cache.clear()
    finally:
        cache.close()
