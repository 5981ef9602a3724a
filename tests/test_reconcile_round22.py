"""Matters arising on real-style pairs, round 22: the last meeting's actions under a heading
that names that meeting by its date; a status after a label in Markdown bold; a status saying
only part is done.

Minutes invented for a fictional village society; each case asserts the exact proposals.
"""

from __future__ import annotations

from datetime import date

import pytest

from clerk_tui.core.reconcile import DONE, UPDATE, OpenAction, reconcile

MARCH, APRIL = date(2025, 3, 4), date(2025, 4, 1)

HALL = "Book the village hall for the summer quiz"
CHAIRS = "Order new chairs for the pavilion"
TICKETS = "Print the raffle tickets for the fete"
ACTIONS = [
    OpenAction(1, HALL, "Mara", MARCH),
    OpenAction(2, CHAIRS, "Tom", MARCH),
    OpenAction(3, TICKETS, "Ravi", MARCH),
]


def _proposed(text: str) -> list[tuple[str, str]]:
    texts = {a.id: a.text for a in ACTIONS}
    return [(texts[p.action_id], p.kind) for p in reconcile(text, ACTIONS, APRIL)]


def _minutes(heading: str, entry: str) -> str:
    return (
        f"{heading}\n\n{entry}\n- Tom / pavilion chairs: no update\n\n"
        "## Treasurer's report\nThe accounts were received.\n"
    )


# The last meeting's actions under a heading naming it by its date: an owner's own report
# there closes the action, as under "Actions from the last meeting".

DATED_HEADINGS = [
    "## Actions from 4 March",
    "### Action points from the meeting of 4 March 2025",
    "**Actions from 04/03/2025**",
    "Actions from the March meeting:",
    "2. Actions arising from 4th March",
    "## Actions from March 4",
]


@pytest.mark.parametrize("heading", DATED_HEADINGS)
def test_a_heading_naming_the_last_meeting_by_its_date_heads_its_review(heading: str) -> None:
    text = _minutes(heading, "- Ravi produced the fete raffle tickets.")
    assert _proposed(text) == [(TICKETS, DONE), (CHAIRS, UPDATE)]


@pytest.mark.parametrize("heading", DATED_HEADINGS[:3])
@pytest.mark.parametrize(
    "entry",
    [
        "- Ravi has not yet produced the fete raffle tickets.",
        "- Raffle tickets for the fete: the library printer is broken.",
        "- Ravi produced a draft of the fete raffle tickets, awaiting the prize list.",
    ],
)
def test_under_a_dated_heading_work_still_open_is_no_done(heading: str, entry: str) -> None:
    assert _proposed(_minutes(heading, entry)) == [(TICKETS, UPDATE), (CHAIRS, UPDATE)]


def test_a_dated_heading_over_the_meetings_own_actions_reviews_nothing() -> None:
    """Near the end of the minutes "Actions from 1 April" lists this meeting's own actions:
    one repeating an open action carries it forward, it reports nothing done."""
    text = (
        "## Apologies\nNone.\n\n## Fete\nThe fete committee met twice.\n"
        "The raffle prizes were discussed at length and a list was agreed.\n"
        "The stalls will be the same as last year.\n\n"
        "## Actions from 1 April\n- Ravi produced the fete raffle tickets.\n"
    )
    assert DONE not in [kind for _, kind in _proposed(text)]


# A status after a label in Markdown bold or italics: the marks hide no word.


@pytest.mark.parametrize(
    "entry",
    [
        "- **Mara / quiz hall booking:** Done",
        "- **Quiz hall booking (Mara):** complete ✅",
        "* __Mara – hall for the quiz__: Closed",
        "- **Hall booking for the quiz:** _Done_",
        "- **Mara / quiz hall booking:** **DONE**",
    ],
)
def test_a_status_after_a_bold_label_closes_the_action_it_names(entry: str) -> None:
    text = _minutes("## Matters arising", entry)
    assert _proposed(text) == [(HALL, DONE), (CHAIRS, UPDATE)]


@pytest.mark.parametrize(
    "status",
    [
        "In progress",
        "Not yet",
        "Awaiting the caretaker's reply",
        "No update",
        "Carried forward",
        "Done, but the deposit is not yet paid",
    ],
)
def test_a_bold_label_with_work_still_open_is_no_done(status: str) -> None:
    text = _minutes("## Matters arising", f"- **Mara / quiz hall booking:** {status}")
    assert _proposed(text) == [(HALL, UPDATE), (CHAIRS, UPDATE)]


def test_a_bold_label_closes_only_the_action_it_names() -> None:
    """ "**Tom / pavilion chairs:** Done" closes Tom's chairs, not Mara's booking beside it."""
    text = (
        "## Matters arising\n\n- **Tom / pavilion chairs:** Done\n"
        "- **Mara / quiz hall booking:** no reply from the caretaker\n"
    )
    assert _proposed(text) == [(CHAIRS, DONE), (HALL, UPDATE)]


# A status saying only part is done ("mostly done", "half done") leaves the action open.


@pytest.mark.parametrize(
    "entry",
    [
        "- Mara / quiz hall booking: mostly done",
        "- **Mara / quiz hall booking:** Mostly done",
        "- Mara – quiz hall booking: half done",
        "- Mara / quiz hall booking: largely complete",
        "- Mara / quiz hall booking: all but done",
    ],
)
def test_a_status_saying_part_is_done_leaves_the_action_open(entry: str) -> None:
    text = _minutes("## Actions from the last meeting", entry)
    assert _proposed(text) == [(HALL, UPDATE), (CHAIRS, UPDATE)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The booking of the village hall for the summer quiz is substantially complete.",
        "Mara said the hall booking for the summer quiz was mostly done.",
        "The raffle tickets for the fete were half printed when the toner ran out.",
    ],
)
def test_a_sentence_saying_part_is_done_is_no_done(sentence: str) -> None:
    kinds = [kind for _, kind in _proposed(f"3. Matters arising\n{sentence}\n")]
    assert DONE not in kinds


# A status on a line of its own under a restated action, opening with "Action": "Action
# closed." says what "Closed." says.


def _review_with_notes(status: str, bullet: str = "-", numbered: bool = True) -> str:
    number = "4.1 " if numbered else ""
    return (
        "## Actions from the previous meeting\n"
        f"{bullet} {number}Tom: Order new chairs for the pavilion.\n"
        f"   {bullet} The supplier quoted in March.\n"
        f"   {bullet} {status}\n"
        f"{bullet} Ravi: Print the raffle tickets for the fete.\n"
        f"   {bullet} Still waiting for the printer to be mended.\n\n"
        "## Correspondence\nA letter from the county was read.\n"
    )


@pytest.mark.parametrize(
    ("status", "bullet", "numbered"),
    [
        ("Action closed.", "-", True),
        ("Action complete.", "-", False),
        ("action done", "*", True),
        ("Action closed", "*", False),
        ("ACTION COMPLETED.", "-", True),
    ],
)
def test_an_action_closed_line_under_a_restated_action_closes_it(
    status: str, bullet: str, numbered: bool
) -> None:
    text = _review_with_notes(status, bullet, numbered)
    assert _proposed(text) == [(CHAIRS, DONE), (TICKETS, UPDATE)]


@pytest.mark.parametrize(
    "status",
    [
        "Action carried forward.",
        "Action open – the supplier has not replied.",
        "Action not yet done.",
        "Action remains open.",
        "Action ongoing.",
    ],
)
def test_an_action_line_saying_it_goes_on_is_no_done(status: str) -> None:
    assert _proposed(_review_with_notes(status)) == [(CHAIRS, UPDATE), (TICKETS, UPDATE)]


def test_an_action_closed_line_closes_only_the_action_it_is_under() -> None:
    text = (
        "## Actions from the previous meeting\n"
        "- Tom: Order new chairs for the pavilion.\n"
        "   - The supplier has not replied.\n"
        "- Ravi: Print the raffle tickets for the fete.\n"
        "   - Printed at the library.\n"
        "   - Action closed.\n"
    )
    assert _proposed(text) == [(CHAIRS, UPDATE), (TICKETS, DONE)]


# A restated task that the meeting agreed or approved is the task set again, not done; a
# thing the task was to draft or obtain is done when it is approved or accepted.

POLICY = "Draft a hire policy for the village hall"
QUOTES = "Get three quotes for the fence repair"
AGREEING = [
    OpenAction(1, CHAIRS, "Tom", MARCH),
    OpenAction(2, POLICY, "Mara", MARCH),
    OpenAction(3, QUOTES, "Clerk", MARCH),
]


def _agreed(line: str) -> list[tuple[str, str]]:
    texts = {a.id: a.text for a in AGREEING}
    text = f"## Matters arising\n{line}\n"
    return [(texts[p.action_id], p.kind) for p in reconcile(text, AGREEING, APRIL)]


@pytest.mark.parametrize(
    "line",
    [
        "Tom to order new chairs for the pavilion; this was agreed.",
        "- Tom: order new chairs for the pavilion – agreed",
        "- Order new chairs for the pavilion (Tom): approved",
    ],
)
def test_a_restated_task_agreed_again_is_no_done(line: str) -> None:
    assert DONE not in [kind for _, kind in _agreed(line)]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Mara: draft a hire policy for the village hall – approved", [(POLICY, DONE)]),
        ("The three quotes for the fence repair were accepted.", [(QUOTES, DONE)]),
        ("- Tom: order new chairs for the pavilion – done", [(CHAIRS, DONE)]),
    ],
)
def test_what_a_task_was_to_draft_or_obtain_approved_is_done(
    line: str, expected: list[tuple[str, str]]
) -> None:
    assert _agreed(line) == expected


# A ticked item in shorthand naming its owner ("- [x] Kim – newsletter to printer") closes
# that owner's one action its words point to.

NEWSLETTER = "Send the newsletter draft to the printer"
VENUE = "Book a venue for the quiz night"
FOLDER = "Create a shared folder for the grant papers; invite the trustees"
INK = "Order printer ink for the office"
SHORTHAND = [
    OpenAction(1, NEWSLETTER, "Kim", MARCH),
    OpenAction(2, VENUE, "Lou", MARCH),
    OpenAction(3, FOLDER, "Sam", MARCH),
    OpenAction(4, INK, "Jo", MARCH),
]


def _ticked(item: str) -> list[tuple[str, str]]:
    texts = {a.id: a.text for a in SHORTHAND}
    text = f"## Actions from last meeting\n{item}\n- [ ] Sam – grant papers folder\n"
    return [(texts[p.action_id], p.kind) for p in reconcile(text, SHORTHAND, APRIL)]


@pytest.mark.parametrize(
    ("item", "action"),
    [
        ("- [x] Kim – newsletter to printer", NEWSLETTER),
        ("- [x] quiz night venue (Lou)", VENUE),
        ("* [X] Grant papers folder + invite trustees (Sam)", FOLDER),
        ("- [x] Lou — quiz venue", VENUE),
    ],
)
def test_a_ticked_item_in_shorthand_closes_its_owners_action(item: str, action: str) -> None:
    assert _ticked(item) == [(action, DONE)]


@pytest.mark.parametrize(
    "item",
    [
        "- [x] Jo – newsletter to printer",  # another owner
        "- [x] Kim – newsletter",  # one word: not enough to tell
        "- [x] Kim – printer ink",  # Jo's ink, not Kim's
        "- [x] Lou – quiz night raffle",  # a word of its own: another job
        "- [ ] Kim – newsletter to printer",  # not ticked
    ],
)
def test_a_shorthand_item_not_ticked_or_not_the_owners_closes_nothing(item: str) -> None:
    assert DONE not in [kind for _, kind in _ticked(item)]


@pytest.mark.parametrize(
    "item",
    [
        "- [x] Newsletter – send the draft to the printer",
        "- [x] Printer – send newsletter draft",
        "- Newsletter – send the draft to the printer – done",
    ],
)
def test_a_topic_before_a_dash_is_no_owner(item: str) -> None:
    """ "Newsletter – ..." is led by its topic, not by another owner than Kim: the item still
    closes Kim's action, as one only loosely like it (80-90)."""
    assert _ticked(item) == [(NEWSLETTER, DONE)]
