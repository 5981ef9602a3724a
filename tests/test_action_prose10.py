"""Prose actions, round 10: what a request with "please" needs to be a task (a deadline), and
the owners of the kinds of sentence unseen minutes were still missing."""

from __future__ import annotations

from clerk_tui.core.parse import parse
from tests.conftest import PARISH_HEAD, owned_actions

_NOTES_HEAD = "Allotment committee notes, 4 March 2026\n\nAttendees: Tom Hale, Priya Shah\n\n"


def test_please_with_a_deadline_is_a_task() -> None:
    """ "Please send ... before the 14th": a request with a deadline, a task of the reader."""
    body = _NOTES_HEAD + "Please send Priya your comments on the lease before 14 April.\n"
    assert owned_actions(body) == [(None, "Send Priya your comments on the lease before 14 April.")]


def test_please_with_no_deadline_is_no_task() -> None:
    """An instruction to the reader about the notes themselves, a correction to minutes and
    an invitation to an event are no tasks: none sets a deadline."""
    body = _NOTES_HEAD + (
        "Please add new items under the Next meeting heading.\n\n"
        "Minute 12: please delete the sentence about the shed.\n\n"
        "Please join us for the seed swap on Saturday 9 May at the hall.\n"
    )
    assert owned_actions(body) == []


def test_a_passive_inside_a_question_clause_is_no_task() -> None:
    """ "... to find out what can be done", "explained how the hall would be booked": the
    passive belongs to a clause of "what" or "how", no task of the meeting's; a passive of
    its own still is one."""
    body = PARISH_HEAD + (
        "1. Verges\n\n"
        "Cllr Hale suggested asking the county first to find out what can be done on the "
        "verge.\n\n"
        "The Chair explained how the hall would be booked for the fete.\n\n"
        "It was agreed that the verge should be cut before May.\n"
    )
    assert owned_actions(body) == [(None, "Cut the verge before May.")]


def test_no_agent_before_to() -> None:
    """Before "to", a verb's object ("Allow the Clerk to ..."), a noun with "for" someone
    ("Time for all members to ...") and a term defined after a colon ("Dispersal to leave:
    ...") are no owners; a role with "for" its brief is one."""
    body = PARISH_HEAD + (
        "1. Proposals\n\n"
        "- Allow Deputy Clerk to sign cheques up to £200.\n\n"
        "- Time for all members to raise any concerns.\n\n"
        "- Dispersal to leave: anyone over 16 can be told to leave the park.\n\n"
        "- The Cabinet Member for Parks to reply to the residents.\n"
    )
    assert owned_actions(body) == [
        ("The Cabinet Member for Parks", "Reply to the residents."),
    ]


_RESIDENTS_HEAD = (
    "Mill Court Residents Association\nMinutes of the meeting held on 5 March 2026\n\n"
    "Present: Ann Barlow (Chair), Tom Hale, Priya Shah\n\n"
)


def test_a_name_the_minutes_show_speaking_owns_a_task() -> None:
    """A one-word name the attendance does not list, which is also an everyday word
    ("Brooks", "Cart"), is a person when the minutes show it speaking ("Brooks explained") or
    moving a motion ("Proposed by: Cart"); a group of people speaking is not one."""
    body = _RESIDENTS_HEAD + (
        "Brooks explained the plans for the hedge.\n\n"
        "Brooks will try to get us a grit bin.\n\n"
        "Brooks will attempt to get us access to the roof garden.\n\n"
        "Motion to open a bank account.\nProposed by: Cart\n\n"
        "Cart shall open the account on behalf of the association.\n\n"
        "Gardeners said the hedge was too tall. Gardeners will cut the hedge in May.\n"
    )
    assert owned_actions(body) == [
        ("Brooks", "Get us a grit bin."),
        ("Brooks", "Get us access to the roof garden."),
        ("Cart", "Open the account on behalf of the association."),
    ]


def test_owners_of_a_clause_inside_a_line() -> None:
    """A list of initials ("TH, PSH and AB to ..."), a task whose object has a clause of its
    own ("... on cases they have sent"), and a new agent after "so" or "but" with "will". A
    verb alone after an owner takes on the task the sentence before gave no one."""
    body = PARISH_HEAD + (
        "1. Nets\n\n"
        "A permanent net is to be looked at again. TH, PSH and AB to investigate.\n\n"
        "2. Safeguarding\n\n"
        "Tom to send Jane information on cases they have referred to the county.\n\n"
        "3. Vacancies\n\n"
        "There were no nominations at the meeting so PS will contact those not present.\n"
    )
    assert owned_actions(body) == [
        ("TH, PSH and AB", "A permanent net is to be looked at again."),
        ("Tom", "Send Jane information on cases they have referred to the county."),
        ("PS", "Contact those not present."),
    ]


def test_a_verb_alone_owns_the_task_before_it() -> None:
    """ "The gate lock is broken and needs to be replaced. PS to action.": one action, its
    passage both sentences, its owner the one named after."""
    body = PARISH_HEAD + (
        "1. Gate\n\nThe gate lock is broken and needs to be replaced. PS to action.\n"
    )
    result = parse(body)
    assert [(a.owner, a.text) for a in result.actions] == [
        ("PS", "The gate lock is broken and needs to be replaced.")
    ]
    (action,) = result.actions
    assert body[action.start : action.end].endswith("PS to action.")
