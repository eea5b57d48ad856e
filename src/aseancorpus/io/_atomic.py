"""Write a file atomically: to a temporary file beside it, then rename."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from ..errors import PathError

__all__ = ["atomic_write"]


@contextlib.contextmanager
def atomic_write(path: str | os.PathLike[str], *, mode: str = "wb") -> Iterator[IO[bytes]]:
    """Open a temporary file next to ``path``; on success rename it to ``path``.

    If the block raises (or the process is interrupted), the temporary file is
    removed and ``path`` is left as it was: never half written.

    Raises:
        PathError: If the parent folder does not exist or ``path`` is a folder.
    """
    target = Path(path)
    if target.is_dir():
        raise PathError(f"cannot write {target}: it is a directory")
    parent = target.parent
    if not parent.is_dir():
        raise PathError(f"cannot write {target}: folder {parent} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=parent)
    try:
        with os.fdopen(fd, mode) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
