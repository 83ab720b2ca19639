"""Stopping cleanly: SIGTERM and SIGHUP as Ctrl-C is, and workers that die with their parent.

``timeout``, ``docker stop`` and systemd send SIGTERM; closing a terminal sends SIGHUP. Python
would die at once on either, skipping every ``finally``: temporary files stay, the manifest is
not saved, worker processes are orphaned. :func:`stop_on_signals` turns them into a
:class:`Stopped` exception, which unwinds like ``KeyboardInterrupt`` (it is one), so the same
clean-up runs for all three. Worker processes call :func:`die_with_parent` first thing, so
they go when the run goes, even when it is killed with SIGKILL and could clean up nothing.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import sys
import threading
from collections.abc import Iterator
from types import FrameType

STOP_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)
)
"""Signals handled like Ctrl-C."""

_PR_SET_PDEATHSIG = 1
_WATCH_SECONDS = 0.5


class Stopped(KeyboardInterrupt):
    """The process was asked to stop by ``signum``; the exit code is ``128 + signum``."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum

    @property
    def exit_code(self) -> int:
        return 128 + self.signum


@contextlib.contextmanager
def stop_on_signals() -> Iterator[None]:
    """Within the block, SIGTERM and SIGHUP raise :class:`Stopped` in the main thread.

    The first signal raises; a second one of the same kind, while the clean-up runs, takes the
    default action (end at once), so a stuck clean-up can still be stopped. Off the main
    thread (where Python cannot install handlers) nothing changes.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def raise_stopped(signum: int, frame: FrameType | None) -> None:
        signal.signal(signum, signal.SIG_DFL)
        raise Stopped(signum)

    previous = {signum: signal.signal(signum, raise_stopped) for signum in STOP_SIGNALS}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def die_with_parent(main_pid: int) -> None:
    """End this (worker) process when its parent or the run's main process ``main_pid`` ends.

    On Linux the kernel sends SIGTERM at the parent's death (``PR_SET_PDEATHSIG``); everywhere
    a daemon thread also checks twice a second that the parent is still the same and the main
    process is still alive (with the ``forkserver`` or ``spawn`` start methods the parent is
    not the main process). Signal handlers inherited from the parent are reset first, so
    SIGTERM ends a worker instead of raising inside it.
    """
    for signum in STOP_SIGNALS:
        signal.signal(signum, signal.SIG_DFL)
    parent = os.getppid()
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    if _orphaned(parent, main_pid):  # the parent went before the kernel was told to watch
        os._exit(128 + signal.SIGTERM)
    watch = threading.Thread(
        target=_watch, args=(parent, main_pid), name="hansard-parse-parent-watch", daemon=True
    )
    watch.start()


def _watch(parent: int, main_pid: int) -> None:
    stop = threading.Event()
    while not stop.wait(_WATCH_SECONDS):
        if _orphaned(parent, main_pid):
            os._exit(128 + signal.SIGTERM)


def _orphaned(parent: int, main_pid: int) -> bool:
    """Whether the parent has changed (re-parented to init or a subreaper) or the main
    process is gone."""
    if os.getppid() != parent:
        return True
    try:
        os.kill(main_pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False
