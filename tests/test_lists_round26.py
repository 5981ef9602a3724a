"""Task lists under an action word, round 26, on made-up minutes of the Fernbrook Allotment
Society: a "TO DO:" line in capitals marks a task as "To do:" does ("TO DO: Ring the
water board"); its imperatives parted by semicolons are each a task ("TO DO: book the hall;
print the tickets"); a verb phrase before "to" is the task, not its owner ("TO DO: Email
the members to ask ..."); a numbered mark whose colon stands inside the bold ("**ACTION
4.2:** Order the compost (RB)") is read as the mark; under an action list's heading, each
sentence of an entry that gives its own owner a task is a task ("Clerk to write to the
county. Cllr Gower to get a quote."), and a task in small letters takes the owner after it
("- circulate the draft (Priya)")."""

from __future__ import annotations

import pytest

from tests.conftest import owned_actions

_HEAD = "Fernbrook Allotment Society committee, 9 March 2026\n\nPresent: Rhona Bell, Tariq Moss\n\n"


def _actions(body: str) -> list[tuple[str | None, str]]:
    return [(owner, task.rstrip(".")) for owner, task in owned_actions(_HEAD + body)]


@pytest.mark.parametrize(
    ("line", "want"),
    [
        (
            "TO DO: Ring the water board about the leak.\n",
            [(None, "Ring the water board about the leak")],
        ),
        (
            "TO-DO: Order more wood chip for the paths\n",
            [(None, "Order more wood chip for the paths")],
        ),
        (
            "TODO: Check the padlock on the top gate\n",
            [(None, "Check the padlock on the top gate")],
        ),
        ("TO DO : Tariq to mend the shed door.\n", [("Tariq", "Mend the shed door")]),
    ],
)
def test_to_do_in_capitals_marks_a_task(line: str, want: list[tuple[str | None, str]]) -> None:
    assert _actions("4. Site matters\n\n" + line) == want


@pytest.mark.parametrize(
    ("line", "want"),
    [
        (
            "TO DO: Find more helpers for the open day; book the marquee; print the posters.\n",
            [
                (None, "Find more helpers for the open day"),
                (None, "Book the marquee"),
                (None, "Print the posters"),
            ],
        ),
        (
            "To do: clear plot 12; sow the green manure\n",
            [(None, "Clear plot 12"), (None, "Sow the green manure")],
        ),
        (
            "Action: Secretary to write to the council; chase the skip hire firm.\n",
            [
                ("Secretary", "Write to the council"),
                ("Secretary", "Chase the skip hire firm"),
            ],
        ),
        (
            "ACTION: Rhona to price new hoses; order the water butts.\n",
            [("Rhona", "Price new hoses"), ("Rhona", "Order the water butts")],
        ),
    ],
)
def test_each_imperative_after_a_semicolon_is_a_task(
    line: str, want: list[tuple[str | None, str]]
) -> None:
    assert _actions("5. Open day\n\n" + line) == want


@pytest.mark.parametrize(
    ("line", "want"),
    [
        # a note, not a task, after the semicolon: the line stays one task
        (
            "To do: Chase the invoice for the skip; report to follow.\n",
            [(None, "Chase the invoice for the skip; report to follow")],
        ),
        (
            "Action: Tariq to check the fence; date confirmed.\n",
            [("Tariq", "Check the fence; date confirmed")],
        ),
        # a report first: not a list of imperatives
        (
            "Action: Rhona's paid the rent, etc; please file the receipt.\n",
            [(None, "Rhona's paid the rent, etc; please file the receipt")],
        ),
        # each owner their own task, as before
        (
            "Action: Rhona to get a quote; Tariq to pay the builder.\n",
            [("Rhona", "Get a quote"), ("Tariq", "Pay the builder")],
        ),
    ],
)
def test_a_part_that_is_no_imperative_keeps_the_task_whole(
    line: str, want: list[tuple[str | None, str]]
) -> None:
    assert _actions("5. Open day\n\n" + line) == want


@pytest.mark.parametrize(
    ("line", "want"),
    [
        (
            "TO DO: Email the members to see who can help with parking.\n",
            [(None, "Email the members to see who can help with parking")],
        ),
        (
            "To do: Ask the Treasurer to check the float.\n",
            [(None, "Ask the Treasurer to check the float")],
        ),
        (
            "Action: Remind all plot holders to lock the gate.\n",
            [(None, "Remind all plot holders to lock the gate")],
        ),
        # a body before "to" still owns its task
        ("Action: Site team to clear the ditch.\n", [("Site team", "Clear the ditch")]),
        ("Action: Rhona agreed to get a quote.\n", [("Rhona", "Get a quote")]),
    ],
)
def test_a_verb_phrase_before_to_is_the_task_not_its_owner(
    line: str, want: list[tuple[str | None, str]]
) -> None:
    assert _actions("6. Volunteers\n\n" + line) == want


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("**ACTION 4.2:** Order the compost bins (RB)\n", [("RB", "Order the compost bins")]),
        ("__ACTION 7:__ Renew the site insurance (TM)\n", [("TM", "Renew the site insurance")]),
        (
            "**Action 3.1:** Draft the lettings policy (Rhona)\n",
            [("Rhona", "Draft the lettings policy")],
        ),
    ],
)
def test_a_numbered_mark_with_its_colon_inside_the_bold(
    line: str, want: list[tuple[str | None, str]]
) -> None:
    assert _actions("The committee discussed the waiting list.\n\n" + line) == want


_ROLL = "Present: Cllr Nia Gower, Cllr Owen Pryce, Priya Shah, Dev Patel\n\n"


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "Actions:\nClerk to write to the county. Cllr Gower to get a quote for the gate."
            " Treasurer to pay the invoice.\n\n5. Any other business\n",
            [
                ("Clerk", "Write to the county"),
                ("Cllr Gower", "Get a quote for the gate"),
                ("Treasurer", "Pay the invoice"),
            ],
        ),
        (
            "Action points\n- Secretary to book the hall. Priya will print the tickets.\n",
            [("Secretary", "Book the hall"), ("Priya", "Print the tickets")],
        ),
        (
            "Actions\n- Ring the council about the bins. Dev to chase the skip firm.\n",
            [(None, "Ring the council about the bins"), ("Dev", "Chase the skip firm")],
        ),
        # not a task in each sentence: one entry, as before
        (
            "Actions\n- Treasurer to pay the invoice. The hall is booked.\n",
            [("Treasurer", "Pay the invoice. The hall is booked")],
        ),
        (
            "Actions\n- Hire of the marquee for the fete. Dev will find out the fee.\n",
            [(None, "Hire of the marquee for the fete. Dev will find out the fee")],
        ),
    ],
)
def test_each_owned_sentence_of_an_action_entry_is_a_task(
    body: str, want: list[tuple[str | None, str]]
) -> None:
    assert _actions_after(_ROLL + "4. Gate\n\n" + body) == want


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "Next steps:\n- circulate the draft (Priya)\n- book a room for the workshop - Dev\n"
            "- update the wiki [Owen]\n",
            [
                ("Priya", "Circulate the draft"),
                ("Dev", "Book a room for the workshop"),
                ("Owen", "Update the wiki"),
            ],
        ),
        ("Actions\n- chase the invoice (Nia)\n", [("Nia", "Chase the invoice")]),
        # a status in brackets' place, no owner: no task
        (
            "Actions\n- circulate the draft (Priya)\n- ongoing (Dev)\n",
            [("Priya", "Circulate the draft")],
        ),
    ],
)
def test_a_listed_task_in_small_letters_takes_its_owner_after_it(
    body: str, want: list[tuple[str | None, str]]
) -> None:
    assert _actions_after(_ROLL + body) == want


def _actions_after(text: str) -> list[tuple[str | None, str]]:
    return [(owner, task.rstrip(".")) for owner, task in owned_actions(text)]


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "Action points\n1. Write to the landlord about the lease\nOwner: JB\nBy: March\n"
            "2. Get three quotes for the roof\nOwner: KT\n",
            [
                ("JB", "Write to the landlord about the lease"),
                ("KT", "Get three quotes for the roof"),
            ],
        ),
        (
            "Actions\n- Renew the hall insurance\nLead: Treasurer\n"
            "- Order the new sign\nWho: Clerk\n",
            [("Treasurer", "Renew the hall insurance"), ("Clerk", "Order the new sign")],
        ),
    ],
)
def test_a_field_flush_under_a_listed_task_is_its_owner(
    body: str, want: list[tuple[str | None, str]]
) -> None:
    assert _actions_after("Present: Jo Birch (JB), Kit Tull (KT)\n\n" + body) == want


@pytest.mark.parametrize(
    ("line", "want"),
    [
        (
            "Action item 4: Use the summer break to collect feedback from plot holders.\n",
            [(None, "Use the summer break to collect feedback from plot holders")],
        ),
        (
            "Action Point 2 – Secretary to write to the county about the verge.\n",
            [("Secretary", "Write to the county about the verge")],
        ),
        (
            "ACTION POINT 7: Treasurer to renew the insurance\n",
            [("Treasurer", "Renew the insurance")],
        ),
        # a log's entry under its number, no task in it
        ("Action item 3: The draft rules were approved with two changes.\n", []),
        ("Action item 1: On 5 May I sent an email to the site reps.\n", []),
    ],
)
def test_a_numbered_action_item_or_point_marks_its_task(
    line: str, want: list[tuple[str | None, str]]
) -> None:
    assert _actions(line) == want
