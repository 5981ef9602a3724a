"""Decision rules, audit 9: the group's own voice with a clause after it ("We agreed the old
logo stays", "we decided not to ..."), and the verb first with the meeting its subject
("Agreed the budget for 2027"); each on made-up Riverside passages, with what must stay no
decision."""

from __future__ import annotations

from clerk_tui.core.parse import parse_strict


def _decisions(text: str) -> list[str]:
    return [d.text for d in parse_strict(text).decisions]


def test_we_agreed_or_decided_with_a_clause_after_it() -> None:
    text = (
        "## Riverside website group\n\n"
        "We agreed the old booking form was not needed - the new one is simpler.\n\n"
        "Ruth proposed a public calendar. We agreed this was worth doing.\n\n"
        "- we looked at a members' area, but then we decided not to build one yet.\n"
        "- We've agreed with the library to share a stand at the fair.\n"
    )
    assert _decisions(text) == [
        "We agreed the old booking form was not needed - the new one is simpler.",
        "We agreed this was worth doing.",
        "we looked at a members' area, but then we decided not to build one yet.",
        "We've agreed with the library to share a stand at the fair.",
    ]


def test_we_decided_in_a_clause_of_time_is_no_decision() -> None:
    text = (
        "## Riverside website group\n\n"
        "Tom: the form is slow, but that is the price we paid when we decided to use the "
        "free host.\n"
    )
    assert _decisions(text) == []


def test_agreed_first_with_the_meeting_as_its_subject() -> None:
    text = (
        "## Riverside Parish Council\n\n"
        "4. Budget\n\n"
        "Agreed the budget for 2027.\n\n"
        "AGREED a grant of £200 to the Riverside Scouts.\n\n"
        "Agreed the Clerk would write to the county about the verges.\n"
    )
    assert _decisions(text) == [
        "Agreed the budget for 2027.",
        "AGREED a grant of £200 to the Riverside Scouts.",
    ]


def test_a_heading_of_decisions_over_another_heading_heads_nothing() -> None:
    """An empty "Resolved" section of an action log: the heading after it is no decision,
    and a section of decisions with points under it still heads them."""
    text = (
        "## Riverside makerspace\n\n"
        "#### Resolved\n\n"
        "#### New (arising from this meeting)\n\n"
        "ACTION (RT) to order the new saw blades\n\n"
        "### Decisions\n\n"
        "- the laser cutter is booked by the hour\n"
    )
    assert _decisions(text) == ["Decisions the laser cutter is booked by the hour"]


def test_to_be_in_brackets_is_no_resolution() -> None:
    """ "(To be ...)" after a numbered topic says who will take it up; "(a) the programme be
    approved" is a resolution."""
    text = (
        "## Riverside website group\n\n"
        "3. Documentation _(To be addressed by the writing group)_\n\n"
        "4. Work programme\n\n"
        "(a) the work programme be approved\n"
    )
    assert _decisions(text) == ["(a) the work programme be approved"]
