"""Worker processes: the NLP stage's pool, and a second renderer for large sites.

Both fork, so a worker starts with what its parent holds (the loaded model, the site
graph) without pickling it; only small task descriptions and the results travel.
Forking is only done from the main thread (forking a process with other threads running
can leave a lock held forever in the child), and only where the system has ``fork``.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import pickle
import signal
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, TypeVar

from .errors import SiteBuilderError

Job = TypeVar("Job")
Result = TypeVar("Result")
Files = Iterable[tuple[str, Any]]

# The function the NLP workers run, set while a pool is open: a forked pool sends its
# workers only the job, and they find the function (and what it closes over) here.
_WORK: Callable[[Any], Any] | None = None


def can_fork() -> bool:
    """Whether this process may fork workers now (``fork`` exists; the main thread)."""
    return (
        "fork" in multiprocessing.get_all_start_methods()
        and threading.current_thread() is threading.main_thread()
    )


def _ignore_interrupt() -> None:
    """Start of a worker: Ctrl-C is the parent's to handle (it stops the workers)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _run_work(job: Any) -> Any:
    assert _WORK is not None
    return _WORK(job)


def run_jobs(
    work: Callable[[Job], Result], jobs: Sequence[Job], processes: int
) -> Iterator[Result]:
    """Yield ``work(job)`` for every job, in order: in ``processes`` forked workers when
    that is more than one and forking is possible, else in this process."""
    global _WORK
    if processes <= 1 or len(jobs) <= 1 or not can_fork():
        for job in jobs:
            yield work(job)
        return
    _WORK = work
    try:
        ctx = multiprocessing.get_context("fork")
        with ctx.Pool(processes, initializer=_ignore_interrupt) as pool:
            yield from pool.imap(_run_work, jobs)
    finally:
        _WORK = None


class RenderError(SiteBuilderError):
    """The second rendering process failed or died."""


class _TaskCounter:
    """The next task's number, shared by a process and its forked child: each takes the
    next task when it is free, so both finish together whatever the tasks cost."""

    def __init__(self) -> None:
        self._value = multiprocessing.RawValue("q", 0)  # shared memory, inherited by fork
        self._lock = multiprocessing.Lock()

    def take(self) -> int:
        # held for an increment only: a long wait means the other process died holding it
        if not self._lock.acquire(timeout=60):
            raise RenderError("a rendering process died; the previous site was kept")
        try:
            n: int = self._value.value
            self._value.value = n + 1
        finally:
            self._lock.release()
        return n


def _shared_counter() -> _TaskCounter | None:
    """A :class:`_TaskCounter`, or None where the system has no shared semaphores."""
    try:
        return _TaskCounter()
    except (OSError, ImportError):  # e.g. no /dev/shm in some containers
        return None


def run_in_two_processes(
    tasks: Sequence[Callable[[], Files]],
    write: Callable[[str, Any], None],
    collect: Callable[[], Any],
    merge: Callable[[Any], None],
    progress: Callable[[], None],
) -> None:
    """Run every task, each yielding ``(path, content)`` for ``write``, in this process
    and a forked child that share the task list.

    The child writes what its tasks yield itself (the same folder), then sends
    ``collect()`` (what it recorded of its writes) through a pipe; the parent ``merge``s
    it. Tasks must be pure functions of state both processes share, so which process
    runs which task does not change a byte.
    """
    counter = _shared_counter()
    parent = os.getpid()

    def mine(parity: int) -> Iterator[Callable[[], Files]]:
        if counter is None:  # no shared counter: an even split
            yield from tasks[parity::2]
            return
        while (n := counter.take()) < len(tasks):
            # the child stops when the build is gone: it must not go on writing into a
            # temporary folder the next build will clean up
            if parity and os.getppid() != parent:
                return
            yield tasks[n]

    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns, never runs the parent's clean-up code
        status = 0
        try:
            os.close(read_fd)
            for task in mine(1):
                for relative, content in task():
                    write(relative, content)
            payload = pickle.dumps(("ok", collect()))
        except BaseException as exc:
            status = 1
            try:
                payload = pickle.dumps(("error", exc))
            except Exception:
                payload = pickle.dumps(("error", RenderError(f"rendering failed: {exc}")))
        try:
            with os.fdopen(write_fd, "wb") as fh:
                fh.write(payload)
        finally:
            os._exit(status)
    os.close(write_fd)
    try:
        for task in mine(0):
            for relative, content in task():
                write(relative, content)
                progress()
    except BaseException:
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGTERM)
        with contextlib.suppress(OSError):
            os.close(read_fd)
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, 0)
        raise
    with os.fdopen(read_fd, "rb") as pipe:
        data = pipe.read()
    os.waitpid(pid, 0)
    try:
        kind, value = pickle.loads(data)
    except Exception:
        raise RenderError("a rendering process died; the previous site was kept") from None
    if kind == "error":
        raise value
    merge(value)
    progress()
