"""Decision rules of round 3 (issue 11): kinds of sentence found in informal, standards-body
and UK minutes, each on short made-up Riverside passages, with the near misses each rule must
leave alone."""

from __future__ import annotations

from clerk_tui.core.parse import parse_strict


def _decisions(text: str) -> list[str]:
    return [d.text for d in parse_strict(text).decisions]


def test_agreed_with_no_subject_after_a_run_in_heading_or_a_clause() -> None:
    text = (
        "1. Business\n\nBank mandate: Agreed to amend the mandate to add the new treasurer.\n\n"
        "Noticeboard - agreed to keep the old one for now.\n\n"
        "Newsletter - a good idea if opt-in, agreed that the first issue would link to the "
        "form.\n\n"
        "Agreement on changes to the kayak training rota.\n\n"
        # A heading, and a person agreeing in a clause: not decisions.
        "## Agreement on the agenda (5 min)\n\n"
        "Sam raised the leak, agreed to look at it.\n"
    )
    assert _decisions(text) == [
        "Bank mandate: Agreed to amend the mandate to add the new treasurer.",
        "Noticeboard - agreed to keep the old one for now.",
        "Newsletter - a good idea if opt-in, agreed that the first issue would link to the form.",
        "Agreement on changes to the kayak training rota.",
    ]


def test_appointments_by_the_body_or_to_be_made() -> None:
    text = (
        "1. Officers\n\nBoard appointed Priya as chair and Tom as secretary.\n\n"
        "Directors: Ann, Raj and Lee to be appointed to the register as directors.\n\n"
        "- Dana Okafor (voted by the committee to be full member)\n\n"
        "Cllr Patel was voted in as Vice Chair.\n\n"
        # Appointed elsewhere, reported: not this meeting's decision.
        "The county has appointed a new highways officer.\n"
    )
    assert _decisions(text) == [
        "Board appointed Priya as chair and Tom as secretary.",
        "Directors: Ann, Raj and Lee to be appointed to the register as directors.",
        "Dana Okafor (voted by the committee to be full member)",
        "Cllr Patel was voted in as Vice Chair.",
    ]


def test_a_vote_count_closes_what_was_voted_on() -> None:
    text = (
        "## Procedures\n\nThe booking process moves to the new website.  Bookings elsewhere\n"
        "are no longer accepted.  10Y:0N:0A\n\n"
        "## Fees\n\nMake the winter fee the same as summer 9Y:1:0\n\n"
        "## Bins\n\nRESOLVED that the bins be emptied weekly.\n\nFor: 7, Against: 2\n"
    )
    assert _decisions(text) == [
        "The booking process moves to the new website. Bookings elsewhere are no longer "
        "accepted. 10Y:0N:0A",
        "Make the winter fee the same as summer 9Y:1:0",
        # The count beside a resolution is the resolution's vote, not a decision of its own.
        "RESOLVED that the bins be emptied weekly.",
    ]


def test_agreed_in_principle_a_capital_resolved_and_a_team_or_adverb() -> None:
    text = (
        "1. Hut\n\nIt was AGREED  in principle to the moving of the boat hut.\n\n"
        "It was Resolved that there were no interests declared.\n\n"
        "The Board fully supported the proposal from the youth forum.\n\n"
        "The Senior Leadership Team agreed to take the item at its next meeting.\n"
    )
    assert _decisions(text) == [
        "It was AGREED in principle to the moving of the boat hut.",
        "It was Resolved that there were no interests declared.",
        "The Board fully supported the proposal from the youth forum.",
        "The Senior Leadership Team agreed to take the item at its next meeting.",
    ]


def test_a_second_decision_run_on_with_no_full_stop() -> None:
    text = (
        "1. Training\n\nTraining - agreed we need a rota for the lathe as part of the tools "
        "system (TMS) Board also agreed to buy a learning system for training.\n\n"
        # One clause: "the Board agreed" goes on the words before it.
        "Following a long discussion of the costs, the Board agreed to buy the kayaks.\n"
    )
    assert _decisions(text) == [
        "Training - agreed we need a rota for the lathe as part of the tools system (TMS)",
        "Board also agreed to buy a learning system for training.",
        "Following a long discussion of the costs, the Board agreed to buy the kayaks.",
    ]


def test_confirmed_in_the_passive_and_news_welcomed() -> None:
    text = (
        "1. Posts\n\nThe two posts needed to run the youth hub were confirmed.\n\n"
        # News: confirmed by someone else, or that something is so; welcomed, not decided.
        "It was confirmed that the hall is booked.\n\n"
        "The grant was confirmed by the county in May.\n\n"
        "The Board was pleased to note that the work had been delivered on time.\n"
    )
    assert _decisions(text) == ["The two posts needed to run the youth hub were confirmed."]
