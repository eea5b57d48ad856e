"""Process pools for the heavy stages: ordered, bounded, and safe to interrupt.

:func:`imap_ordered` applies a function to a stream of tasks in worker
processes and yields the results in input order. Only a few tasks per worker
are in flight at any time, so a corpus of any size streams through in bounded
memory. Workers ignore Ctrl-C; the parent catches it, terminates the pool and
re-raises, so an interrupted run stops promptly and leaves nothing running.

>>> list(imap_ordered(abs, [-3, 1, -2], workers=1))
[3, 1, 2]
"""

from __future__ import annotations

import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, Final, TypeVar

from .errors import InvalidArgument

if TYPE_CHECKING:
    from multiprocessing.pool import AsyncResult, Pool

__all__ = ["DEFAULT_CHUNKSIZE", "available_cpus", "imap_ordered", "progress_bar", "resolve_workers"]

T = TypeVar("T")
R = TypeVar("R")

#: Articles per task sent to a worker.
DEFAULT_CHUNKSIZE: Final[int] = 8
#: Tasks in flight per worker.
_WINDOW: Final[int] = 3


def available_cpus() -> int:
    """The number of CPUs this process may run on.

    .. versionadded:: 0.1.0

    >>> available_cpus() >= 1
    True
    """
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def resolve_workers(workers: int | None) -> int:
    """``None`` means every available CPU; ``0`` and ``1`` mean no worker processes.

    .. versionadded:: 0.1.0

    >>> resolve_workers(1)
    1
    >>> resolve_workers(None) == available_cpus()
    True

    Raises:
        InvalidArgument: If ``workers`` is negative or not an int.
    """
    if workers is None:
        return available_cpus()
    if isinstance(workers, bool) or not isinstance(workers, int) or workers < 0:
        raise InvalidArgument(f"workers must be None (all CPUs) or an int >= 0, not {workers!r}")
    return max(1, workers)


def _context() -> Any:
    # fork on Linux: workers start instantly, inherit engines already loaded, and
    # functions defined in a notebook work. Elsewhere, the platform default.
    import multiprocessing  # here, not at import time: `import aseancorpus` stays light

    method = "fork" if sys.platform.startswith("linux") else None
    return multiprocessing.get_context(method)


_worker_fn: Callable[[Any], Any] | None = None


def _worker_init(fn: Callable[[Any], Any], initializer: Callable[[], object] | None) -> None:
    # The function is handed over once per worker (with fork, without pickling it,
    # so lambdas and notebook functions work), and tasks carry only data.
    global _worker_fn
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker_fn = fn
    if initializer is not None:
        initializer()


def _run_task(task: Any) -> Any:
    assert _worker_fn is not None
    return _worker_fn(task)


def imap_ordered(
    fn: Callable[[T], R],
    tasks: Iterable[T],
    *,
    workers: int | None = None,
    local: Callable[[T], bool] | None = None,
    initializer: Callable[[], object] | None = None,
) -> Iterator[R]:
    """Yield ``fn(task)`` for each task, in order, computed in worker processes.

    .. versionadded:: 0.1.0

    Args:
        fn: A function of one task. It is handed to each worker once when
            the pool starts: on Linux (fork) any function works, elsewhere it
            must be picklable (a module-level function).
        tasks: Any iterable; it is consumed lazily, a few tasks ahead.
        workers: Worker processes; ``None`` for every CPU, ``1`` to run here.
        local: Tasks for which this returns true run in this process (e.g.
            tasks with nothing to do), so no pool starts when none are left.
        initializer: Called once in each worker when it starts (e.g. to load
            models), so engines load once per worker.

    Raises:
        InvalidArgument: If ``workers`` is not allowed.
    """
    n = resolve_workers(workers)
    if n <= 1:
        if initializer is not None:
            initializer()
        return (fn(t) for t in tasks)
    return _imap_pool(fn, iter(tasks), n, local, initializer)


def _imap_pool(
    fn: Callable[[T], R],
    tasks: Iterator[T],
    n: int,
    local: Callable[[T], bool] | None,
    initializer: Callable[[], object] | None,
) -> Iterator[R]:
    pool: Pool | None = None
    pending: deque[tuple[bool, Any]] = deque()
    interrupted = False
    try:
        exhausted = False
        while True:
            while not exhausted and len(pending) < n * _WINDOW:
                try:
                    task = next(tasks)
                except StopIteration:
                    exhausted = True
                    break
                if local is not None and local(task):
                    pending.append((True, task))
                    continue
                if pool is None:
                    pool = _context().Pool(n, initializer=_worker_init, initargs=(fn, initializer))
                pending.append((False, pool.apply_async(_run_task, (task,))))
            if not pending:
                break
            is_local, item = pending.popleft()
            if is_local:
                yield fn(item)
            else:
                result: AsyncResult[R] = item
                yield result.get()
    except KeyboardInterrupt:
        interrupted = True
        raise
    finally:
        if pool is not None:
            if interrupted:  # Ctrl-C: stop the workers now
                pool.terminate()
            else:
                # Done, an error, or the consumer stopped early: at most a window of tasks is still
                # queued, so let the workers finish it. (terminate() can hang for good when the
                # pool's feeder thread is blocked writing a large task into a full pipe.)
                pool.close()
            pool.join()


def progress_bar(
    items: Iterable[T],
    *,
    progress: bool | None,
    total: int | None = None,
    desc: str = "",
    unit: str = "article",
) -> Iterator[T]:
    """Wrap ``items`` in a tqdm progress bar when wanted.

    .. versionadded:: 0.1.0

    ``progress=None`` shows the bar only when standard error is a terminal;
    ``False`` never shows it; ``True`` always does. Without tqdm installed,
    items pass through unchanged.

    >>> list(progress_bar([1, 2], progress=False))
    [1, 2]
    """
    if progress is False or (progress is None and not _stderr_is_tty()):
        yield from items
        return
    try:
        from tqdm.auto import tqdm
    except ImportError:  # pragma: no cover - tqdm is optional
        yield from items
        return
    bar = tqdm(items, total=total, desc=desc or None, unit=unit, dynamic_ncols=True, leave=False)
    try:
        yield from bar
    finally:
        bar.close()


def _stderr_is_tty() -> bool:
    try:
        return sys.stderr is not None and sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False
