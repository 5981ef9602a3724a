"""Reports in the minutes' own words, round 10 (`core.reconcile.reports`): a body named by its
initials ("the RCC" for "the Rural Community Council") or reached through one of its people
("Ann Price of the RCC"); a speaker saying what they did ("Cllr Okafor reported that he had
..."); a report before a new request in the same sentence; a report that names nothing
particular ("the report was circulated"); and where a line with no full stop ends its sentence.
Sentences of our own, of the Riverside council's minutes."""

from __future__ import annotations

from datetime import date

import pytest

from clerk_tui.core.reconcile import OpenAction, reconcile
from tests.conftest import reconcile_kinds as _kinds

WHEN = date(2024, 11, 12)


@pytest.mark.parametrize(
    ("report", "action"),
    [
        (
            "The Clerk had contacted the RCC.",
            "Contact the Rural Community Council about the play grant | Clerk",
        ),
        (
            "The Clerk had written to the RCC.",
            "Write to the Rural Community Council about the play grant | Clerk",
        ),
        (
            "The Clerk had contacted the Rural Community Council.",
            "Contact the RCC about the play grant | Clerk",
        ),
    ],
)
def test_a_body_named_by_its_initials_is_the_body(report: str, action: str) -> None:
    assert _kinds(report, action) == [(1, "done")]


@pytest.mark.parametrize(
    "report",
    [
        "The Clerk reported that she had spoken to Ann Price of the Rural Community Council.",
        "The Clerk advised that she had made contact with Ann Price who runs the RCC.",
    ],
)
def test_getting_in_touch_with_one_of_a_bodys_people_reaches_the_body(report: str) -> None:
    action = "Contact the Rural Community Council about the play grant | Clerk"
    assert _kinds(report, action) == [(1, "done")]


@pytest.mark.parametrize(
    ("report", "kinds"),
    [
        ("The Clerk had contacted the PCC.", []),  # other initials
        ("The Clerk had spoken to Ann Price about the weather.", []),  # no body named
        (
            "The Clerk had contacted Ann Price of the RCC but was still waiting for a reply.",
            [(1, "update")],
        ),
    ],
)
def test_other_initials_no_body_or_no_answer_is_no_done(
    report: str, kinds: list[tuple[int, str]]
) -> None:
    action = "Contact the Rural Community Council about the play grant | Clerk"
    assert _kinds(report, action) == kinds


def test_a_speaker_saying_what_they_did_is_its_doer() -> None:
    action = "Repair the village noticeboard | Cllr Okafor"
    said = "Cllr Okafor reported that he had repaired the noticeboard."
    assert _kinds(said, action) == [(1, "done")]
    assert _kinds("Cllr Brennan reported that he had repaired the noticeboard.", action) == []


def test_a_report_before_a_new_request_in_its_sentence_is_read() -> None:
    action = "Write to the Highways Authority about the blocked drain | Clerk"
    both = "The Clerk had written to the Highways Authority and Cllr Okafor agreed to chase them."
    assert _kinds(both, action) == [(1, "done")]
    assert _kinds("Cllr Okafor agreed to write to the Highways Authority.", action) == []


def test_a_report_naming_nothing_particular_needs_its_owner() -> None:
    action = "Circulate the report to the members | Sam"
    assert _kinds("The treasurer's report was circulated before the meeting.", action) == []
    assert _kinds("Sam circulated the report.", action) == [(1, "done")]


_LONG = "The hall committee met twice and discussed the booking rates at length. " * 2


def test_a_line_without_a_full_stop_ends_its_sentence_where_paragraphs_are_lines() -> None:
    """Minutes whose paragraphs are one line each: a heading or a task noted with no full
    stop is a sentence of its own, not the start of the next line's."""
    action = "Contact the Rural Community Council about the play grant | Clerk"
    text = (
        f"{_LONG}\n{_LONG}\n{_LONG}\n"
        "Clerk to report to the council on the new swings and the possible funding available\n"
        "The Clerk said she had contacted the RCC.\n"
    )
    assert _kinds(text, action) == [(1, "done")]


def test_a_hard_wrapped_sentence_still_goes_on_across_its_lines() -> None:
    action = "Write to the Highways Authority about the blocked drain | Clerk"
    text = (
        "The Clerk reported that she had written a detailed letter about it to the\n"
        "Highways Authority, with photographs of the blocked drain.\n"
    )
    assert _kinds(text, action) == [(1, "done")]


@pytest.mark.parametrize(
    ("report", "kinds"),
    [
        ("The Clerk had been in touch with the Highways Authority.", [(1, "done")]),
        ("The Clerk was in contact with the Highways Authority.", [(1, "done")]),
        ("The Clerk had contacted Highways about the flooding.", [(1, "done")]),
        ("The Clerk will be in touch with the Highways Authority.", []),
        ("The Clerk is in contact with the Highways Authority.", []),
        ("The Clerk had contacted the County Council.", []),
    ],
)
def test_being_in_touch_with_a_body_or_its_short_name_is_contacting_it(
    report: str, kinds: list[tuple[int, str]]
) -> None:
    action = "Contact the Highways Authority about the flooding on Mill Lane | Clerk"
    assert _kinds(report, action) == kinds


def test_a_thing_named_before_its_noun_is_the_one_named_after_it() -> None:
    """ "the village hall insurance" is "the insurance policy for the village hall"; the
    pavilion's is another."""
    action = "Renew the insurance policy for the village hall | Clerk"
    assert _kinds("The village hall insurance has been renewed.", action) == [(1, "done")]
    assert _kinds("The pavilion insurance has been renewed.", action) == []


@pytest.mark.parametrize(
    ("owner", "kinds"),
    [("RJ", [(1, "done")]), ("rj", [(1, "done")]), ("Ravi", [(1, "done")]), ("SM", [])],
)
def test_a_first_name_may_be_the_owner_written_as_initials(
    owner: str, kinds: list[tuple[int, str]]
) -> None:
    """ "Ravi" may be "RJ": not told, so the report's words decide; "SM" is someone else."""
    report = "Ravi has updated the parish website with the approved minutes."
    assert _kinds(report, f"Update the parish website with the approved minutes | {owner}") == kinds


@pytest.mark.parametrize(
    ("report", "kinds"),
    [
        ("The Clerk reported that a new defibrillator would cost £1,200.", [(1, "done")]),
        ("The Clerk advised that the cost of a defibrillator is around £1,200.", [(1, "done")]),
        ("Cllr Hale said a defibrillator would cost £1,200 if the grant is approved.", []),
        ("The Clerk reported that the new pavilion would cost £90,000.", []),
    ],
)
def test_an_inquiry_is_answered_by_the_price_of_its_thing(
    report: str, kinds: list[tuple[int, str]]
) -> None:
    """The price given, unconditionally, of the thing an action was to find out about."""
    assert _kinds(report, "Investigate the cost of a new defibrillator | Clerk") == kinds


def test_the_price_of_a_thing_named_less_fully_needs_its_owner() -> None:
    action = "Find out the price of a replacement village sign | Cllr Okafor"
    assert _kinds("A sign would cost £700.", action) == []
    assert _kinds("Cllr Okafor reported that a new sign would cost £700.", action) == [(1, "done")]


@pytest.mark.parametrize(
    ("minutes", "kinds"),
    [
        ("7. Village sign\nTwo quotes have been received, £350 and £420.\n", [(1, "done")]),
        ("7. Village sign\nCllr Okafor has obtained two quotes.\n", [(1, "done")]),
        ("7. Bus shelter\nTwo quotes have been received, £350 and £420.\n", []),
        ("7. Village sign\nNo quotes have been received yet.\n", [(1, "update")]),
    ],
)
def test_quotes_received_or_obtained_under_the_item_report_getting_them(
    minutes: str, kinds: list[tuple[int, str]]
) -> None:
    action = OpenAction(
        1, "Get quotes for repainting the village sign", "Cllr Okafor", topic="Village sign"
    )
    found = reconcile(minutes, [action], WHEN)
    assert [(p.action_id, p.kind) for p in found] == kinds


@pytest.mark.parametrize(
    ("minutes", "kinds"),
    [
        ("7. Village sign\nThis has now been done.\n", [(1, "done")]),
        ("7. Village sign\nCllr Okafor reported that this was complete.\n", [(1, "done")]),
        ("7. Village sign\nIt is hoped this will be done by May.\n", []),
        ("12. Bus shelter\nThis has now been done.\n", []),
    ],
)
def test_this_said_done_under_the_item_naming_the_action(
    minutes: str, kinds: list[tuple[int, str]]
) -> None:
    action = OpenAction(
        1, "Get quotes for repainting the village sign", "Cllr Okafor", topic="Village sign"
    )
    assert [(p.action_id, p.kind) for p in reconcile(minutes, [action], WHEN)] == kinds
