"""The app ends when its terminal goes away (clerk_tui/tui/hangup.py).

Each test runs the real `clerk` app in a child process on a pseudo-terminal of its own. The
child is not given the terminal as its controlling terminal, so closing the master side
hangs the terminal up without any SIGHUP reaching the app: the case of a shell that does
not pass the signal on, in which Textual's input thread read end-of-file for ever at
25-35% CPU.
"""

from __future__ import annotations

import fcntl
import multiprocessing
import os
import select
import signal
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest
from textual import events
from textual.worker import WorkerState

import clerk_tui.tui.app as app_module
from clerk_tui.tui.app import NO_TERMINAL
from clerk_tui.tui.hangup import BACKSTOP, HANGUP_EXIT, TERMINATED_EXIT

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX terminals only")

ROOT = Path(__file__).resolve().parents[2]
START_TIMEOUT = 60.0
"""Seconds the app may take to show its first screen on a busy machine."""
LEAVE_ALT_SCREEN = b"\x1b[?1049l"
"""What Textual writes last when it puts the terminal back."""


def take_as_controlling_terminal() -> None:
    """In the child, a session leader: its terminal becomes its controlling terminal, so a
    hang-up sends it SIGHUP, as a terminal window's or an SSH session's does."""
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)


class Terminal:
    """`clerk` on a fresh database, on a 120x35 pseudo-terminal whose master side we hold."""

    def __init__(self, tmp_path: Path, *, prelude: str = "", controlling: bool = False) -> None:
        self.master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 35, 120, 0, 0))
        code = f"import sys\n{prelude}\nfrom clerk_tui.cli import main\nsys.exit(main())"
        self.process = subprocess.Popen(
            [sys.executable, "-c", code, "--db", str(tmp_path / "clerk.db")],
            stdin=slave,
            stdout=slave,
            stderr=slave,
            start_new_session=True,  # no controlling terminal: a hang-up sends no SIGHUP ...
            preexec_fn=take_as_controlling_terminal if controlling else None,  # ... unless
            env={**os.environ, "TERM": "xterm-256color"},
            cwd=ROOT,
        )
        os.close(slave)
        self.output = b""
        self.closed = False

    def read(self, seconds: float) -> None:
        """Take what the app writes for `seconds`."""
        end = time.monotonic() + seconds
        while not self.closed and (left := end - time.monotonic()) > 0:
            ready, _, _ = select.select([self.master], [], [], min(left, 0.2))
            if ready:
                try:
                    self.output += os.read(self.master, 65536)
                except OSError:  # the app closed its side
                    return

    def wait_until_up(self) -> None:
        end = time.monotonic() + START_TIMEOUT
        while b"No meetings yet" not in self.output and time.monotonic() < end:
            assert self.process.poll() is None, self.output[-2000:]
            self.read(0.2)
        assert b"No meetings yet" in self.output, "the app did not show its first screen"

    def close(self) -> None:
        if not self.closed:
            self.closed = True
            os.close(self.master)

    def exit_status(self) -> tuple[int, float]:
        """The app's exit status and how long it took to exit (it is killed after
        BACKSTOP + 10 s, and the test fails)."""
        start = time.monotonic()
        try:
            status = self.process.wait(BACKSTOP + 10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            pytest.fail("the app kept running")
        return status, time.monotonic() - start

    def end(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        self.close()


@pytest.fixture
def terminal(tmp_path: Path):
    opened: list[Terminal] = []

    def start(prelude: str = "", controlling: bool = False) -> Terminal:
        opened.append(Terminal(tmp_path, prelude=prelude, controlling=controlling))
        return opened[-1]

    yield start
    for each in opened:
        each.end()


def test_closing_the_terminal_ends_the_app(terminal):
    app = terminal()
    app.wait_until_up()
    os.write(app.master, b"j")  # a key press is input, not a hang-up
    app.read(1.0)
    assert app.process.poll() is None, "the app ended while its terminal was open"
    app.close()
    status, seconds = app.exit_status()
    assert status == HANGUP_EXIT
    assert seconds < BACKSTOP, "the app ended only by the backstop, not by itself"


def test_closing_its_controlling_terminal_ends_the_app(terminal):
    """A closed terminal window: SIGHUP and the hang-up at once."""
    app = terminal(controlling=True)
    app.wait_until_up()
    app.close()
    status, seconds = app.exit_status()
    assert status == HANGUP_EXIT
    assert seconds < BACKSTOP


@pytest.mark.parametrize(
    ("sig", "exit_status"), [(signal.SIGHUP, HANGUP_EXIT), (signal.SIGTERM, TERMINATED_EXIT)]
)
def test_a_signal_ends_the_app_and_a_live_terminal_is_put_back(terminal, sig, exit_status):
    app = terminal()
    app.wait_until_up()
    app.output = b""
    app.process.send_signal(sig)
    status, seconds = app.exit_status()
    app.read(0.5)
    assert status == exit_status
    assert seconds < BACKSTOP
    assert LEAVE_ALT_SCREEN in app.output, "the terminal was left in the app's screen"


def test_an_ignored_sighup_stays_ignored_but_a_hang_up_still_ends_the_app(terminal):
    """`nohup clerk`: the signal changes nothing, the terminal closing still ends the app."""
    app = terminal("import signal\nsignal.signal(signal.SIGHUP, signal.SIG_IGN)")
    app.wait_until_up()
    app.process.send_signal(signal.SIGHUP)
    app.read(1.0)
    assert app.process.poll() is None, "an ignored SIGHUP ended the app"
    app.close()
    status, seconds = app.exit_status()
    assert status == HANGUP_EXIT
    assert seconds < BACKSTOP


async def test_the_terminal_going_while_a_screen_opens_is_no_crash(
    make_app, empty_db_path: Path, fixed_parser, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The hang-up arrives as the paste screen is built (its first opening takes a moment):
    the screen then finds its widgets gone as it mounts; the app still ends with 129, not
    with a traceback and status 1."""
    app = make_app(empty_db_path)
    build = app_module.screen_class

    def exit_while_opening(mode: str):
        if mode == "paste":
            app.exit(return_code=HANGUP_EXIT)
        return build(mode)

    monkeypatch.setattr(app_module, "screen_class", exit_while_opening)
    async with app.run_test(size=(120, 35)) as pilot:
        await pilot.pause()
        app.action_go("paste")  # as the key i does; the app exits as the screen opens
    assert app.return_code == HANGUP_EXIT


@pytest.mark.parametrize("stdin", ["/dev/null", "pipe"])
def test_the_app_refuses_to_start_without_a_terminal_to_read_keys_from(
    tmp_path: Path, stdin: str
) -> None:
    """`clerk < /dev/null`, `echo | clerk`: before, the app started and read end-of-file for
    ever (25-35% CPU), never to take a key."""
    master, slave = os.openpty()
    try:
        source = subprocess.DEVNULL if stdin == "/dev/null" else subprocess.PIPE
        process = subprocess.Popen(
            [sys.executable, "-m", "clerk_tui.cli", "--db", str(tmp_path / "clerk.db")],
            stdin=source,
            stdout=slave,
            stderr=subprocess.PIPE,
            start_new_session=True,
            env={**os.environ, "TERM": "xterm-256color"},
            cwd=ROOT,
        )
        try:
            _, err = process.communicate(b"" if stdin == "pipe" else None, timeout=START_TIMEOUT)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
            pytest.fail("the app started without a terminal")
    finally:
        os.close(master)
        os.close(slave)
    assert process.returncode == 1
    assert err.decode().strip() == NO_TERMINAL


async def test_ending_the_app_ends_a_long_parse_still_running(
    make_app, empty_db_path: Path
) -> None:
    """A long text is parsed in a spare process; ending the app (a hang-up, ctrl+q) does not
    wait for that preview, nor leave the process behind."""
    from clerk_tui.tui.screens.paste import SEPARATE_PROCESS_FROM, PasteScreen

    item = "{n}. Boat store\nPat Ormond to paint shed {n} by 1 May 2025. Agreed: buy {n} oars.\n"
    minutes = "".join(item.format(n=n) for n in range(2000))
    assert len(minutes) > 2 * SEPARATE_PROCESS_FROM
    app = make_app(empty_db_path)
    try:
        async with app.run_test(size=(120, 35)) as pilot:
            await pilot.pause()
            await pilot.press("i")
            await pilot.pause()
            assert isinstance(app.screen, PasteScreen)
            app.post_message(events.Paste(minutes))
            await pilot.pause(1.0)  # past the debounce: the parse has started
            parsing = [w for w in app.workers if w.group == "paste-parse"]
            assert [w.state for w in parsing] == [WorkerState.RUNNING]
            assert multiprocessing.active_children()
            app.exit(return_code=HANGUP_EXIT)
        assert app.return_code == HANGUP_EXIT
        end = time.monotonic() + 3.0  # the parse alone takes longer
        while multiprocessing.active_children() and time.monotonic() < end:
            time.sleep(0.05)
        assert not multiprocessing.active_children(), "the parse was left running"
    finally:
        for child in multiprocessing.active_children():
            child.kill()
