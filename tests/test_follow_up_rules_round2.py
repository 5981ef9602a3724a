"""Follow-up rules added for minutes nobody here had seen (issue 11, round 2): each kind of
sentence on short made-up Riverside passages, with the near misses it must leave alone."""

from __future__ import annotations

from clerk_tui.core.parse import parse_strict


def _follow_ups(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.when) for f in parse_strict(text).follow_ups]


def test_a_meeting_named_with_a_word_in_lower_case() -> None:
    text = (
        "1. Lease\n\nThe lease terms are to be discussed at the extraordinary Board meeting.\n\n"
        "Options will be presented to the special Forum meeting.\n\n"
        # Past: not to come.
        "The lease was discussed at the extraordinary Board meeting last year.\n"
    )
    assert _follow_ups(text) == [
        (
            "The lease terms are to be discussed at the extraordinary Board meeting.",
            "the extraordinary Board meeting",
        ),
        (
            "Options will be presented to the special Forum meeting.",
            "the special Forum meeting",
        ),
    ]


def test_a_list_of_items_for_the_next_meeting_plain_or_bulleted() -> None:
    text = (
        "1. Kiosk\n\nThe kiosk opened in May.\n\n"
        "2. Items for next meeting\n\nTree survey\nBoat club lease\n\n"
        "The chair closed the meeting at 9pm.\n\n"
        "3. Questions for next meeting:\n- Whether refinancing sooner is a good idea\n"
        "- Who signs the lease\n\n"
        "4. Agenda for next meeting\n\nNone.\n"
    )
    assert _follow_ups(text) == [
        ("Tree survey", "the next meeting"),
        ("Boat club lease", "the next meeting"),
        ("Whether refinancing sooner is a good idea", "the next meeting"),
        ("Who signs the lease", "the next meeting"),
    ]


def test_coming_back_revisited_or_considered_again() -> None:
    text = (
        "1. Parking\n\nWe will bring a proposal back to the group in March.\n\n"
        "Revisit in the new year.\n\n"
        "Refinancing to be considered again next year.\n\n"
        "We will discuss the fees again in the spring.\n\n"
        "Decision deferred pending the tree survey.\n\n"
        # Done, or a decision taken: nothing comes back.
        "The fees were discussed again in May.\n\n"
        "A decision was made to postpone the fete.\n"
    )
    assert _follow_ups(text) == [
        ("We will bring a proposal back to the group in March.", "in March"),
        ("Revisit in the new year.", "in the new year"),
        ("Refinancing to be considered again next year.", "next year"),
        ("We will discuss the fees again in the spring.", "in the spring"),
        ("Decision deferred pending the tree survey.", None),
    ]


def test_tabled_or_deferred_until_a_later_time() -> None:
    text = (
        "1. Kiosk\n\nTabled until next month.\n\nDeferred until the spring.\n\n"
        # In British minutes a paper "tabled" is laid before the meeting: nothing comes back.
        "The report was tabled at the meeting.\n"
    )
    assert _follow_ups(text) == [
        ("Tabled until next month.", "next month"),
        ("Deferred until the spring.", "the spring"),
    ]


def test_lists_for_future_discussion() -> None:
    text = (
        "1. Kiosk\n\nThe kiosk opened.\n\nParking lot:\n"
        "- Whether refinancing sooner is a good idea\n- Who holds the spare keys\n\n"
        "Topics for future discussion\n* Dog bins\n\nFor next time\n- Rota for the summer\n"
    )
    assert _follow_ups(text) == [
        ("Whether refinancing sooner is a good idea", "a future meeting"),
        ("Who holds the spare keys", "a future meeting"),
        ("Dog bins", "a future meeting"),
        ("Rota for the summer", "the next meeting"),
    ]


def test_a_council_s_standing_orders_are_procedure() -> None:
    text = (
        "1. Standing orders\n\nStanding Order 7: a motion rescinded shall not be moved again "
        "until the next meeting.\n\n"
        # Draft standing orders coming back are business like any other.
        "The draft Standing Orders will be brought to the next meeting for adoption.\n"
    )
    assert _follow_ups(text) == [
        (
            "The draft Standing Orders will be brought to the next meeting for adoption.",
            "the next meeting",
        )
    ]


def test_the_meeting_itself_or_a_term_of_office_is_no_follow_up() -> None:
    text = (
        "1. Chair\n\nThat Cllr Okafor be appointed Vice Chair to hold office until the next "
        "Annual Meeting.\n\nThe Mayor welcomed the Members present back to the Council.\n\n"
        "It was agreed to book the Riverside Pavilion as the venue for the Annual Meeting.\n\n"
        # A report to come again is one.
        "The Clerk to report again on the moorings after the summer.\n"
    )
    assert _follow_ups(text) == [
        ("The Clerk to report again on the moorings after the summer.", "after the summer"),
    ]


def test_a_numbered_heading_of_items_for_the_next_agenda_is_not_one_itself() -> None:
    text = (
        "Riverside Parish Council\n\n1. Accounts\n\nThe accounts were approved.\n\n"
        "5. Any further reports/items for the next agenda - for information only and date of "
        "next meeting\n\n- Slipway repairs\n- Bus shelter\n"
    )
    assert _follow_ups(text) == [
        ("Slipway repairs", "the next meeting"),
        ("Bus shelter", "the next meeting"),
    ]
