"""Actions unseen minutes hold that the parser did not read (issue 11, round 21): a promise
in a clause spliced on with a comma whose pronoun stands for the person the clause before
names ("Syrina knows someone who might help, she'll ask"); the steps listed under a heading
that pairs a summary with them ("Summary and next steps", "Recap & action items"); a promise
in speech written as it is said ("Ravi is gonna send the slides"); a promise after a
semicolon going on with the subject of the clause before ("Sara may be able to help; will
connect next week"); a marker in title case ("Action Item: Tom - send the slides"); and the
near misses each kind must pass over, among them a marker saying there is no action
("ACTION: None" under a paragraph); and an owner named in a short sentence of its own that
points back ("KO to deal with this") owning the task before it, not a second one; and the
task of "It was agreed to ..." read from its first verb when a label names its owner; and
promises in the passive with no one named, in long paragraphs of formal minutes ("... and
copies of the plan would be sent to all ward members", "the figures would be provided after
the meeting", "... explained that ... and that a breakdown would be provided to members")."""

from __future__ import annotations

import pytest

from tests.conftest import owned_actions

HEAD = (
    "Minutes of the Larkhill Allotment Society, 14 May 2026\n"
    "Present: Ms Dora Quayle (Chair), Mr Felix Arden, Mrs Hana Oduya, Piotr Lis, Wren Tully\n\n"
    "4. Site matters\n"
)


def owned(paragraph: str) -> list[tuple[str | None, str]]:
    return owned_actions(HEAD + paragraph + "\n")


@pytest.mark.parametrize(
    ("paragraph", "owner", "task"),
    [
        (
            "Mrs Oduya has a cousin who might take the vacant plot, she'll ask him.",
            "Mrs Oduya",
            "Ask him.",
        ),
        (
            "Piotr knows a supplier of cheap wood chip, he will get a price for the paths.",
            "Piotr",
            "Get a price for the paths.",
        ),
        (
            "Ms Quayle had not heard back from the water board, she will ring them again on"
            " Monday.",
            "Ms Quayle",
            "Ring them again on Monday.",
        ),
        (
            "Felix thinks the shed roof may leak again this winter, he'll check.",
            "Felix",
            "Check (Felix thinks the shed roof may leak again this winter)",
        ),
        (
            "Mr Arden still has the old key to the gate, he would return it to the Chair.",
            "Mr Arden",
            "Return it to the Chair.",
        ),
    ],
)
def test_a_pronoun_after_a_comma_stands_for_whom_the_clause_before_names(
    paragraph: str, owner: str, task: str
) -> None:
    assert owned(paragraph) == [(owner, task)]


@pytest.mark.parametrize(
    "paragraph",
    [
        # what the person did, or will not do, or would like: no promise
        "Mrs Oduya spoke to the council last week, she asked them about the skip.",
        "Piotr has been unwell, he will not be able to do the rota this month.",
        "Wren has lots of seedlings, she would like to give them away.",
        "Mr Arden has moved house, he will be missed at the site.",
        # the meeting's plan, and another body's
        "The water board wrote to Ms Quayle, they will replace the standpipe in June.",
        "After a long discussion, we will review the rents next year.",
    ],
)
def test_near_misses_of_a_spliced_promise(paragraph: str) -> None:
    assert owned(paragraph) == []


@pytest.mark.parametrize(
    "heading",
    [
        "### Summary and next steps",
        "Recap & action items:",
        "**Conclusions and next steps**",
        "== Wrap-up and actions ==",
        "SUMMARY AND ACTIONS",
    ],
)
def test_steps_under_a_summary_and_next_steps_heading(heading: str) -> None:
    paragraph = (
        f"{heading}\n* Book the marquee for the open day\n* Order two new water butts\n"
        "* Rents are up by 2% this year\n* Continue the Saturday work parties\n"
    )
    assert owned(paragraph) == [
        (None, "Book the marquee for the open day"),
        (None, "Order two new water butts"),
    ]


@pytest.mark.parametrize(
    "heading",
    ["### Summary", "Summary of discussion:", "### Summary and questions"],
)
def test_a_summary_alone_heads_no_steps(heading: str) -> None:
    paragraph = f"{heading}\n* Rents are up by 2% this year\n* The open day went well\n"
    assert owned(paragraph) == []


@pytest.mark.parametrize(
    ("paragraph", "owner", "task"),
    [
        (
            "Piotr is gonna fix the hose on the water butt.",
            "Piotr",
            "Fix the hose on the water butt.",
        ),
        (
            "Wren's gonna email the plot holders about rents.",
            "Wren",
            "Email the plot holders about rents.",
        ),
        (
            "The Treasurer is gonna chase the late payers.",
            "The Treasurer",
            "Chase the late payers.",
        ),
        (
            "The Committee are gonna clear the ditch next month.",
            "The Committee",
            "Clear the ditch next month.",
        ),
        (
            "Mrs Oduya is gonna draft the new tenancy rules.",
            "Mrs Oduya",
            "Draft the new tenancy rules.",
        ),
    ],
)
def test_gonna_is_going_to(paragraph: str, owner: str, task: str) -> None:
    assert owned(paragraph) == [(owner, task)]


@pytest.mark.parametrize(
    "paragraph",
    [
        "It's gonna rain on the open day, by the look of it.",
        "Piotr is gonna be away for most of June.",
        "We're gonna need a bigger shed.",
        "Wren was gonna book the hall but it was full.",
        "Mr Arden is gonna love the new gate.",
    ],
)
def test_near_misses_of_gonna(paragraph: str) -> None:
    assert owned(paragraph) == []


@pytest.mark.parametrize(
    ("paragraph", "owner", "task"),
    [
        (
            "Wren may be able to get compost cheaply; will connect with the farm next week.",
            "Wren",
            "Connect with the farm next week.",
        ),
        (
            "Piotr missed the work party; will mow the paths on Sunday.",
            "Piotr",
            "Mow the paths on Sunday.",
        ),
        (
            "The Treasurer has not had the bank statement yet; will chase the bank.",
            "The Treasurer",
            "Chase the bank.",
        ),
        (
            "Mrs Oduya knows the new tenants of plot 9; will show them round the site.",
            "Mrs Oduya",
            "Show them round the site.",
        ),
        (
            "Mr Arden was unable to find the lease; shall look again at home.",
            "Mr Arden",
            "Look again at home.",
        ),
    ],
)
def test_a_promise_after_a_semicolon_goes_on_with_the_clause_before(
    paragraph: str, owner: str, task: str
) -> None:
    assert owned(paragraph) == [(owner, task)]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Piotr is moving away; will be much missed by everyone.",
        "The shed was repaired in March; will need painting soon.",
        "Wren may be able to help; would like more notice next time.",
        "The water was turned off last week; will be back on in May.",
    ],
)
def test_near_misses_after_a_semicolon(paragraph: str) -> None:
    assert owned(paragraph) == []


@pytest.mark.parametrize(
    ("paragraph", "owner", "task"),
    [
        ("Action Item: Piotr – mend the shed door", "Piotr", "Mend the shed door"),
        ("Action Point: Wren - order the seed potatoes", "Wren", "Order the seed potatoes"),
        ("**Action Item:** Mrs Oduya to renew the insurance.", "Mrs Oduya", "Renew the insurance"),
        ("Action Item (Felix): print the rent reminders", "Felix", "Print the rent reminders"),
        (
            "The water trough on plot 12 leaks again. Action Point: Mr Arden",
            "Mr Arden",
            "The water trough on plot 12 leaks again.",
        ),
    ],
)
def test_a_marker_in_title_case(paragraph: str, owner: str, task: str) -> None:
    assert owned(paragraph) == [(owner, task)]


@pytest.mark.parametrize(
    "marker", ["ACTION: None", "Action: none.", "Action: N/A", "Action Point: Nil", "ACTION - None"]
)
def test_a_marker_saying_there_is_no_action_gives_none(marker: str) -> None:
    paragraph = f"The roof of the shed was inspected and found sound.\n{marker}"
    assert owned(paragraph) == []


@pytest.mark.parametrize(
    ("paragraph", "owner", "task"),
    [
        (
            "It was agreed to invite the beekeepers to the AGM. Wren to deal with this.",
            "Wren",
            "Invite the beekeepers to the AGM.",
        ),
        (
            "A new padlock is to be bought for the gate. Piotr to deal with it.",
            "Piotr",
            "A new padlock is to be bought for the gate.",
        ),
        (
            "Quotes will be obtained for new gates. Mr Arden will deal with that.",
            "Mr Arden",
            "Quotes will be obtained for new gates.",
        ),
        (
            "It was agreed to ask the water board for a new standpipe. Mrs Oduya to deal with"
            " this.",
            "Mrs Oduya",
            "Ask the water board for a new standpipe.",
        ),
        (
            "The skip is to be ordered for May. Felix will deal with it.",
            "Felix",
            "The skip is to be ordered for May.",
        ),
    ],
)
def test_deal_with_this_names_the_owner_of_the_task_before(
    paragraph: str, owner: str, task: str
) -> None:
    assert owned(paragraph) == [(owner, task)]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a task of its own, not pointing back
        (
            "The Chair will write to the county. Piotr to deal with the hedge.",
            [("The Chair", "Write to the county."), ("Piotr", "Deal with the hedge.")],
        ),
        # what was done
        ("The water board dealt with this last year.", []),
        ("The rota was agreed. Piotr dealt with this.", []),
    ],
)
def test_near_misses_of_deal_with_this(
    paragraph: str, expected: list[tuple[str | None, str]]
) -> None:
    assert owned(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "owner", "task"),
    [
        (
            "It was agreed to invite the beekeepers to talk at the AGM. Wren to action.",
            "Wren",
            "Invite the beekeepers to talk at the AGM.",
        ),
        (
            "It was agreed to ask the school to lend its hall for the show. Piotr to action.",
            "Piotr",
            "Ask the school to lend its hall for the show.",
        ),
        (
            "It was decided to ask the county to repair the stile. Mrs Oduya to action.",
            "Mrs Oduya",
            "Ask the county to repair the stile.",
        ),
        (
            "It was resolved to write to the owner to ask for the hedge to be cut. ACTION Felix",
            "Felix",
            "Write to the owner to ask for the hedge to be cut.",
        ),
        (
            "It was agreed to approach the bank to open a savings account.  Action Wren",
            "Wren",
            "Approach the bank to open a savings account.",
        ),
    ],
)
def test_the_meetings_agreement_is_no_past_report(paragraph: str, owner: str, task: str) -> None:
    assert owned(paragraph) == [(owner, task)]


def test_an_agreement_reported_from_before_stays_past() -> None:
    assert owned("Jo had agreed to invite the beekeepers to the AGM. Wren to action.") == []


@pytest.mark.parametrize(
    ("paragraph", "task"),
    [
        (
            "Members discussed the rents at length and copies of the new tenancy rules would"
            " be sent to all plot holders.",
            "Send copies of the new tenancy rules to all plot holders.",
        ),
        (
            "The Chair thanked Piotr for his work and further details would be circulated in"
            " due course.",
            "Circulate further details in due course.",
        ),
        ("The hedges were trimmed and paths would be swept next week.", "Sweep paths next week."),
        (
            "notices will be put up around the site about the bonfire.",
            "Put up notices around the site about the bonfire.",
        ),
        (
            "Seeds were ordered in March and plots would be inspected in June.",
            "Inspect plots in June.",
        ),
    ],
)
def test_a_passive_promise_with_a_plural_subject(paragraph: str, task: str) -> None:
    assert owned(paragraph) == [(None, task)]


@pytest.mark.parametrize(
    "paragraph",
    [
        "The Chair welcomed guests and members would be asked to vote.",
        "results will be known in May.",
        "The water was tested and levels were found to be safe.",
        "Rents were raised last year and plots were inspected in June.",
    ],
)
def test_near_misses_of_a_plural_passive(paragraph: str) -> None:
    assert owned(paragraph) == []


@pytest.mark.parametrize(
    ("paragraph", "task"),
    [
        (
            "The figures would be provided after the meeting.",
            "Provide the figures after the meeting.",
        ),
        (
            "The revised rota would be circulated following the meeting.",
            "Circulate the revised rota following the meeting.",
        ),
        (
            "The water readings would be emailed round ahead of the meeting.",
            "Email round the water readings ahead of the meeting.",
        ),
        (
            "Copies of the lease would be circulated prior to the next meeting.",
            "Circulate copies of the lease prior to the next meeting.",
        ),
        (
            "The new keys would be handed out after tonight's meeting.",
            "Hand out the new keys after tonight's meeting.",
        ),
    ],
)
def test_a_meeting_as_the_time_of_a_passive_promise(paragraph: str, task: str) -> None:
    assert owned(paragraph) == [(None, task)]


@pytest.mark.parametrize(
    "paragraph",
    [
        "The report would be brought to the next meeting.",
        "A decision would be made at the next meeting.",
        "The accounts would be presented at the meeting in June.",
        "The matter would be considered further at a future meeting.",
    ],
)
def test_what_comes_to_a_meeting_stays_no_task(paragraph: str) -> None:
    assert owned(paragraph) == []


@pytest.mark.parametrize(
    ("paragraph", "owner", "task"),
    [
        (
            "In answer to a question, the Treasurer explained that the accounts were audited"
            " yearly and that a breakdown by plot would be provided to members.",
            "the Treasurer",
            "Provide a breakdown by plot to members.",
        ),
        (
            "The Chair confirmed that the lease was signed and that copies would be circulated"
            " in June.",
            "The Chair",
            "Circulate copies in June.",
        ),
        (
            "It was agreed that no skip was needed and that the grant would be applied for"
            " later in the year.",
            None,
            "Apply for the grant later in the year.",
        ),
        (
            "The Secretary advised that the boundary was agreed and that the complaint would be"
            " dealt with by the end of May.",
            "The Secretary",
            "Deal with the complaint by the end of May.",
        ),
        (
            "It was noted that the trough leaks and that the old hose would be replaced next week.",
            None,
            "Replace the old hose next week.",
        ),
    ],
)
def test_a_passive_promise_in_a_second_that_clause(
    paragraph: str, owner: str | None, task: str
) -> None:
    assert owned(paragraph) == [(owner, task)]


@pytest.mark.parametrize(
    "paragraph",
    [
        "The Chair confirmed that the lease was signed and that the plot holders were pleased.",
        "The Treasurer said the rent was due and that the bank would be closed on Monday.",
        "The Secretary advised that the letter had come and that it would be dealt with.",
    ],
)
def test_near_misses_of_a_second_that_clause(paragraph: str) -> None:
    assert owned(paragraph) == []
