"""Round 15: matters arising on real pairs. The parse of the first meeting (a thing made,
given with its own link, is work done, not a job) and what the second meeting reports."""

from __future__ import annotations

from tests.conftest import owned_actions
from tests.test_reconcile_pairs import open_actions, proposed

_NOTES = (
    "# Riverside Volunteers | 4 March 2026\n\n"
    "## Attendees\n\n* Priya\n* Tom\n* Sam\n\n"
    "## Minutes\n\n"
    "* **Litter pick**\n"
    "    * date set for 21 March\n"
    "    * Sam set up a Slack channel (https://chat.example.org/litter) for the pickers\n"
    "    * Tom start a sign-up sheet (www.example.org/litter-signup) for the day\n"
    "    * Priya draw up a rota for the pickers\n"
    "    * Tom create a sign-up form at https://forms.example.org for next month\n"
    "    * Sam open an issue (https://git.example.org/site/issues) for the broken map\n"
)


def test_a_thing_made_given_with_its_link_is_no_task() -> None:
    """ "Sam set up a Slack channel (https://...)": only a thing already made has a link, so
    the note reports it made; the same job with no link, or a link saying where to make the
    thing ("at https://..."), is a task; so is opening an issue, linked to the tracker to
    open it in."""
    assert owned_actions(_NOTES) == [
        ("Priya", "Draw up a rota for the pickers"),
        ("Tom", "Create a sign-up form at https://forms.example.org for next month"),
        ("Sam", "Open an issue (https://git.example.org/site/issues) for the broken map"),
    ]


def test_pair_a_made_thing_with_its_link_is_not_closed_again() -> None:
    """The first notes report a channel and a sheet made (each given with its link) and set a
    rota and a request; the next notes report all four. Only the jobs are reconciled: the
    rota is done, the request has no reply yet (a progress note), and the made things, no
    actions, get nothing."""
    assert [(a.owner, a.text) for a in open_actions("litterpick-2024-03-06.txt")] == [
        ("Priya", "Draw up a rota for the pickers"),
        ("Tom", "Ask the parish council for more grabbers and bags"),
    ]
    assert [
        (text, kind)
        for text, kind, _, _ in proposed("litterpick-2024-03-06.txt", "litterpick-2024-04-03.txt")
    ] == [
        ("Draw up a rota for the pickers", "done"),
        ("Ask the parish council for more grabbers and bags", "update"),
    ]
