"""End the app when its terminal goes away.

A closed terminal window, a dropped SSH session or `tmux kill-server` hangs up the app's
terminal. The kernel sends SIGHUP to the terminal's session leader only: the app hears
nothing when a shell that does not pass the signal on started it, or when SIGHUP is
ignored (`nohup`). Textual 8.2.8's input thread then reads end-of-file from the hung-up
terminal for ever, and never stops (textual PR 6690, open): the app spun at 25-35% CPU.

`TerminalWatch` ends the app either way, on SIGHUP or when the terminal reports the
hang-up (a thread waits in `poll` for POLLHUP, which the input thread does not look at).
Every change to the database is a transaction, so nothing is saved on the way out:
unsaved paste text is dropped as a closed window drops it; a service already running
finishes (or, past the backstop, is rolled back by SQLite when the file is next opened).
SIGTERM ends the app the same clean way, with the terminal put back as it was.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import select
import signal
import sys
import threading
import time
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from textual.app import App

HANGUP_EXIT = 129
"""The exit status of an app whose terminal went away (a shell's status for SIGHUP)."""
TERMINATED_EXIT = 143
"""The exit status of an app ended by SIGTERM (a shell's status for it)."""
BACKSTOP = 5.0
"""Seconds the app has to finish after its terminal went away before the process ends
without waiting (a thread stuck writing to the dead terminal must not keep it alive)."""
POLL_MS = 500
"""How often the watching thread looks whether the app has ended by itself."""


class TerminalWatch:
    """Ends `app` when its terminal (`fd`, the one Textual reads keys from) goes away."""

    def __init__(self, app: App[Any], fd: int | None = None) -> None:
        self.app = app
        self.fd = sys.__stdin__.fileno() if fd is None and sys.__stdin__ else fd
        self.ended = False
        self.stopped = threading.Event()
        self.same_terminal = self._outputs_on_terminal()
        """The output descriptors (1, 2) that write to the watched terminal."""

    def _outputs_on_terminal(self) -> list[int]:
        if self.fd is None:
            return []
        try:
            terminal = os.fstat(self.fd)
        except OSError:
            return []
        found = []
        for fd in (1, 2):
            with contextlib.suppress(OSError):
                if os.path.samestat(os.fstat(fd), terminal):
                    found.append(fd)
        return found

    def start(self) -> None:
        """Listen for SIGHUP (unless it is ignored, as `nohup` asks) and SIGTERM, and watch
        the terminal for a hang-up. Call on the UI thread, with the event loop running.
        Windows has neither signal nor `poll`: there the app is as before."""
        if sys.platform == "win32":
            return
        loop = asyncio.get_running_loop()
        if signal.getsignal(signal.SIGHUP) is not signal.SIG_IGN:
            loop.add_signal_handler(signal.SIGHUP, self.hangup_signal)
        if signal.getsignal(signal.SIGTERM) is signal.SIG_DFL:
            loop.add_signal_handler(signal.SIGTERM, self.terminated)
        if self.fd is not None:
            threading.Thread(
                target=self._wait_for_hangup, args=(loop,), name="clerk-terminal", daemon=True
            ).start()

    def stop(self) -> None:
        """The app has ended: the watching thread stops within POLL_MS."""
        self.stopped.set()

    def _hangup_poller(self) -> Any:
        """A poll object on the terminal asking for no events: only a hang-up (or an error)
        wakes it, never a key press."""
        poller = select.poll()
        poller.register(self.fd, 0)
        return poller

    def _wait_for_hangup(self, loop: asyncio.AbstractEventLoop) -> None:
        poller = self._hangup_poller()
        while not self.stopped.is_set():
            if poller.poll(POLL_MS):
                with contextlib.suppress(RuntimeError):  # the loop has closed: the app ended
                    loop.call_soon_threadsafe(self.terminal_gone)
                return

    def terminal_gone(self) -> None:
        """The terminal hung up: what the app still writes goes nowhere, and it exits."""
        self._write_nowhere()
        self._end(HANGUP_EXIT)

    def hangup_signal(self) -> None:
        """SIGHUP: the terminal hung up (the kernel swaps a terminal's files for hung-up
        ones before it signals), or someone sent the signal to a live terminal, which the
        app then puts back as it exits."""
        if self._hung_up():
            self.terminal_gone()
        else:
            self._end(HANGUP_EXIT)

    def terminated(self) -> None:
        """SIGTERM: exit as ctrl+q does, without asking, the terminal put back."""
        self._end(TERMINATED_EXIT)

    def _hung_up(self) -> bool:
        return self.fd is not None and bool(self._hangup_poller().poll(0))

    def _write_nowhere(self) -> None:
        """Point the outputs that wrote to the dead terminal at /dev/null: writing to it
        fails (EIO), and Textual's writer thread would die and block the app's last writes."""
        if not self.same_terminal:
            return
        null = os.open(os.devnull, os.O_WRONLY)
        for fd in self.same_terminal:
            with contextlib.suppress(OSError):
                os.dup2(null, fd)
        os.close(null)

    def _end(self, code: int) -> None:
        """Exit the app with `code`, and the process after BACKSTOP seconds at the latest
        (a daemon thread: it dies with a process that ended before)."""
        if self.ended:
            return
        self.ended = True

        def backstop() -> None:
            time.sleep(BACKSTOP)
            if multiprocessing := sys.modules.get("multiprocessing"):
                for child in multiprocessing.active_children():  # the paste screen's parser
                    child.kill()
            os._exit(code)

        threading.Thread(target=backstop, name="clerk-backstop", daemon=True).start()
        self.app.exit(return_code=code)
