"""Column widths by priority: the least important column goes first on a narrow screen."""

from __future__ import annotations

from clerk_tui.core.columns import fit_widths

CLAIMS = [
    ("ref", 10),
    ("action", 24),
    ("owner", 10),
    ("due", 10),
    ("owner", 20),
    ("committee", 4),
    ("committee", 34),
    ("age", 5),
]


def test_wide_screen_grants_every_claim_and_the_action_takes_the_rest():
    widths = fit_widths(CLAIMS, 140, flexible="action")
    assert widths == {"ref": 10, "action": 49, "owner": 20, "due": 10, "committee": 34, "age": 5}
    assert sum(widths.values()) + 2 * len(widths) == 140


def test_narrow_screen_shows_the_short_committee_and_leaves_out_the_least_important():
    # 10+24+20+10+4 and a gap of 2 around each: 78; the full committee and the age do not fit.
    widths = fit_widths(CLAIMS, 80, flexible="action")
    assert widths == {"ref": 10, "action": 26, "owner": 20, "due": 10, "committee": 4}


def test_a_later_claim_that_does_not_fit_does_not_stop_a_smaller_one():
    widths = fit_widths(CLAIMS, 100, flexible="action")
    assert widths["committee"] == 4 and widths["age"] == 5
    assert sum(widths.values()) + 2 * len(widths) == 100


def test_too_narrow_for_a_claim_leaves_its_column_out_and_goes_on():
    # ref (12 with its gap) then owner (12) fit in 30, the action's 24 (26) does not.
    assert fit_widths(CLAIMS, 30, flexible="action") == {"ref": 10, "owner": 10, "committee": 4}
