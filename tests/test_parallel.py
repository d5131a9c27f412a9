"""Worker processes: the NLP pool runs jobs in order, and Ctrl-C is the build's."""

from __future__ import annotations

import os
import signal

from site_builder.parallel import run_jobs


def test_jobs_come_back_in_order_from_other_processes() -> None:
    got = list(run_jobs(lambda job: (job * job, os.getpid()), list(range(8)), 2))
    assert [square for square, _ in got] == [n * n for n in range(8)]
    assert all(pid != os.getpid() for _, pid in got)


def test_one_process_runs_the_jobs_here() -> None:
    got = list(run_jobs(lambda job: os.getpid(), [1, 2, 3], 1))
    assert got == [os.getpid()] * 3


def test_worker_processes_leave_ctrl_c_to_the_build() -> None:
    """A terminal's Ctrl-C reaches every process of the build; the workers ignore it (the
    build stops them), so no worker prints a traceback of its own."""
    before = signal.getsignal(signal.SIGINT)
    handlers = list(run_jobs(lambda _job: signal.getsignal(signal.SIGINT), [1, 2], 2))
    assert handlers == [signal.SIG_IGN, signal.SIG_IGN]
    # this process keeps its own handler (compared with itself: a shell's background job
    # starts with SIGINT ignored already)
    assert signal.getsignal(signal.SIGINT) == before
