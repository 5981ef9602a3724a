"""Decision rules, round 4: informal notes' labels ("Consensus:", "Resolution:"), outcomes
closing a proposal ("Passed.", "Carried." on the line under it, "approved by a vote of
4-0"), the meeting as subject after another verb ("noted and approved"), everyone agreeing,
and subjectless notes ("Accepted the RFC"); each on made-up Riverside passages."""

from __future__ import annotations

from clerk_tui.core.parse import parse_strict


def _decisions(text: str) -> list[str]:
    return [d.text for d in parse_strict(text).decisions]


def test_labels_of_informal_notes() -> None:
    text = (
        "1. Riverside Makers\n\n"
        "Consensus: the café stays open in winter.\n\n"
        "Conclusion: we keep the old printer.\n\n"
        "Resolution: adopt the new code of conduct.\n\n"
        "Approved: the 2026 budget.\n\n"
        # Not a label.
        "Consensus building will take time.\n"
    )
    assert _decisions(text) == [
        "Consensus: the café stays open in winter.",
        "Conclusion: we keep the old printer.",
        "Resolution: adopt the new code of conduct.",
        "Approved: the 2026 budget.",
    ]


def test_an_outcome_closing_what_was_proposed() -> None:
    text = (
        "1. Riverside Makers\n\n"
        "Proposal: buy a new lawnmower. Passed.\n\n"
        "Barbecues every two weeks: passed\n\n"
        "Two new trustees were approved by a vote of 4-0.\n\n"
        "Purchase a second kiln\n"
        "Carried.\n\n"
        # "Carried unanimously." records the motion before it: not a second decision.
        "Cllr Amos proposed and Cllr Okoye seconded that the Council buy a new bench. "
        "Carried unanimously.\n\n"
        # Not decisions: a rule of procedure.
        "The constitution must be approved by a vote of the members.\n"
    )
    assert _decisions(text) == [
        "Proposal: buy a new lawnmower. Passed.",
        "Barbecues every two weeks: passed",
        "Two new trustees were approved by a vote of 4-0.",
        "Purchase a second kiln Carried.",
        "Cllr Amos proposed and Cllr Okoye seconded that the Council buy a new bench.",
    ]


def test_the_meeting_deciding_in_notes_and_prose() -> None:
    text = (
        "1. Riverside Makers\n\n"
        "The Sub-Panel noted and approved the notes of the workshop.\n\n"
        "The Panel amended the timetable and agreed the remaining milestones.\n\n"
        "Everyone agreed the new logo is fine.\n\n"
        "Consensus to switch the chat to Matrix.\n\n"
        "General agreement to trial a quiet hour on Sundays.\n\n"
        "No objections to renaming the repository.\n\n"
        "Accepted the RFC as written.\n\n"
        "RFC 12 approved.\n"
    )
    assert _decisions(text) == [
        "The Sub-Panel noted and approved the notes of the workshop.",
        "The Panel amended the timetable and agreed the remaining milestones.",
        "Everyone agreed the new logo is fine.",
        "Consensus to switch the chat to Matrix.",
        "General agreement to trial a quiet hour on Sundays.",
        "No objections to renaming the repository.",
        "Accepted the RFC as written.",
        "RFC 12 approved.",
    ]
