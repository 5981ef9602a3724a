"""The hybrid logical clock: monotonic, causal, sortable as text, bounded counter."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from clerk_tui.core import hlc
from clerk_tui.core.hlc import Stamp

HOUR_MS = 3_600_000


def test_tick_follows_the_wall_clock_when_it_moves_on():
    assert hlc.tick(Stamp(1000, 5, "a"), 2000, "a") == Stamp(2000, 0, "a")
    assert hlc.tick(None, 2000, "a") == Stamp(2000, 0, "a")


def test_tick_counts_when_the_wall_clock_stands_still_or_goes_back():
    assert hlc.tick(Stamp(2000, 5, "a"), 2000, "a") == Stamp(2000, 6, "a")
    assert hlc.tick(Stamp(2000, 5, "a"), 1500, "a") == Stamp(2000, 6, "a")


def test_counter_overflow_moves_the_wall_part_on():
    last = Stamp(2000, hlc.COUNTER_LIMIT, "a")
    assert hlc.tick(last, 1000, "a") == Stamp(2001, 0, "a")


def test_receive_moves_past_a_clock_two_hours_fast():
    now = 10 * HOUR_MS
    fast = Stamp(now + 2 * HOUR_MS, 3, "fast")
    mine = hlc.receive(Stamp(now - 5, 0, "slow"), fast, now, "slow")
    assert mine == Stamp(now + 2 * HOUR_MS, 4, "slow")
    after = hlc.tick(mine, now + 1, "slow")
    assert after > fast


def test_receive_takes_the_wall_clock_when_it_is_ahead_of_both():
    assert hlc.receive(Stamp(10, 4, "a"), Stamp(20, 9, "b"), 30, "a") == Stamp(30, 0, "a")
    assert hlc.receive(Stamp(20, 4, "a"), Stamp(20, 9, "b"), 5, "a") == Stamp(20, 10, "a")
    assert hlc.receive(Stamp(30, 4, "a"), Stamp(20, 9, "b"), 5, "a") == Stamp(30, 5, "a")
    assert hlc.receive(None, Stamp(20, 9, "b"), 5, "a") == Stamp(20, 10, "a")


def test_text_form_round_trips_and_rejects_junk():
    stamp = Stamp(1_718_000_000_123, 42, "9f2c01")
    assert stamp.encode() == "0001718000000123.000042.9f2c01"
    assert hlc.decode(stamp.encode()) == stamp
    for junk in ("", "12.3.a", "0001718000000123.42.a", "0001718000000123.000042."):
        try:
            hlc.decode(junk)
        except ValueError:
            continue
        raise AssertionError(f"accepted {junk!r}")


def test_tick_text_and_receive_text_use_the_text_form():
    assert hlc.tick_text(None, "a", now_ms=7) == "0000000000000007.000000.a"
    assert hlc.tick_text("0000000000000007.000000.a", "a", now_ms=7) == (
        "0000000000000007.000001.a"
    )
    assert hlc.receive_text(None, "0000000000000009.000002.b", "a", now_ms=1) == (
        "0000000000000009.000003.a"
    )


stamps = st.builds(
    Stamp,
    st.integers(0, 10**15),
    st.integers(0, hlc.COUNTER_LIMIT),
    st.sampled_from(["a", "b", "c0ffee"]),
)


@given(stamps, stamps)
def test_text_order_is_stamp_order(a, b):
    assert (a.encode() < b.encode()) == (a < b)
    assert hlc.compare(a, b) == -hlc.compare(b, a)


@given(st.lists(st.tuples(st.booleans(), stamps, st.integers(0, 10**15)), max_size=40))
def test_clock_never_goes_backwards_and_passes_what_it_received(events):
    clock = None
    for is_receive, remote, now in events:
        before = clock
        if is_receive:
            clock = hlc.receive(clock, remote, now, "me")
            assert (clock.wall_ms, clock.counter) > (remote.wall_ms, remote.counter)
        else:
            clock = hlc.tick(clock, now, "me")
        assert before is None or (clock.wall_ms, clock.counter) > (before.wall_ms, before.counter)
