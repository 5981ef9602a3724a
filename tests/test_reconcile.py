"""Progress reported in the next minutes, matched to open actions: precision first."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from clerk_tui.core.parse import parse
from clerk_tui.core.reconcile import (
    DONE,
    DROPPED,
    DUE,
    OWNER,
    UPDATE,
    OpenAction,
    Place,
    place_of,
    reconcile,
    says_done,
)
from clerk_tui.core.reconcile.cues import read_status
from clerk_tui.core.reconcile.words import words

CYCLE = Path(__file__).resolve().parents[1] / "sample_minutes" / "cycle"
CORPUS = next(
    (p / "shared" / "corpus" for p in Path(__file__).parents if (p / "shared" / "corpus").is_dir()),
    None,
)

MARCH = date(2024, 3, 12)
HWB_ACTIONS = [
    OpenAction(
        1,
        "Dr Priya Natarajan agreed to circulate the JSNA summary to all Board members by 28 June",
        "Dr Priya Natarajan",
        MARCH,
    ),
    OpenAction(
        2,
        "Sarah Kowalski undertook to provide an update on the dementia pathway redesign, "
        "including memory clinic waiting times",
        "Sarah Kowalski",
        MARCH,
    ),
    OpenAction(
        3,
        "Tom Whitley said he would arrange a site visit to the Northgate leisure centre for "
        "Board members before the summer recess",
        "Tom Whitley",
        MARCH,
    ),
    OpenAction(
        4,
        "Officers to report back on the consultation responses to the carers strategy",
        "Officers",
        MARCH,
    ),
]


def kinds(text: str, actions: list[OpenAction]) -> dict[int, str]:
    """Each action's closing or progress proposal (owner and due changes left aside)."""
    return {p.action_id: p.kind for p in reconcile(text, actions) if p.kind not in (OWNER, DUE)}


def test_hwb_pair_proposes_the_circulated_summary_done_and_updates_for_the_rest() -> None:
    text = (CYCLE / "hwb-2024-06-11.txt").read_text(encoding="utf-8")
    proposals = reconcile(text, HWB_ACTIONS, date(2024, 6, 11))
    assert [(p.action_id, p.kind, p.value) for p in proposals] == [
        (1, DONE, None),
        (3, UPDATE, None),
        (3, DUE, "2024-07-31"),
        (2, UPDATE, None),
    ]
    done = proposals[0]
    assert done.passage == (
        "The JSNA summary had been circulated to Board members and Healthwatch on 3 June."
    )
    assert text[done.start : done.end] == done.passage
    assert "had been circulated" in done.reason
    assert "JSNA" in done.reason


def test_action_log_table_with_status_column() -> None:
    april = date(2024, 4, 18)
    actions = [
        OpenAction(
            11, "ME to share the discharge delay data by ward with Board members", "ME", april
        ),
        OpenAction(
            12,
            "AB and LO to set up a joint workshop on frailty with the primary care networks",
            "AB/LO",
            april,
        ),
        OpenAction(13, "AH to write to the ICB supporting the business case", "AH", april),
        OpenAction(14, "RD to add the GP access report to the June agenda", "RD", april),
    ]
    text = (CYCLE / "rpb-2024-06-20.txt").read_text(encoding="utf-8")
    proposals = reconcile(text, actions, date(2024, 6, 20))
    assert [(p.action_id, p.kind, p.value, p.note) for p in proposals] == [
        (11, DONE, None, "Complete: Circulated 14 May"),
        (12, UPDATE, None, "On track: Workshop booked for 9 July"),
        (13, DONE, None, "Complete: Letter sent 20 May"),
        (14, UPDATE, None, "Not started: Moved to September at LO's request"),
        (14, DUE, "2024-09-30", "Not started: Moved to September at LO's request"),
    ]
    workshop = proposals[1]
    assert workshop.reason == (
        'row "Set up a joint workshop on …" of the action log: '
        '"On track: Workshop booked for 9 July"'
    )


def test_all_complete_except_one_closes_the_others_of_the_last_meeting_only() -> None:
    may = date(2024, 5, 7)
    actions = [
        OpenAction(21, "Geoff to get a quote for repairing the water trough", "Geoff", may),
        OpenAction(22, "Brenda to book the council skip for the June skip day", "Brenda", may),
        OpenAction(23, "Michael to ask the council to replace the broken padlock", "Michael", may),
        OpenAction(24, "Priti to draft the summer newsletter", "Priti", may),
        OpenAction(9, "Robin to renew the insurance policy", "Robin", date(2024, 1, 9)),
    ]
    text = (CYCLE / "allotments-2024-07-02.txt").read_text(encoding="utf-8")
    assert kinds(text, actions) == {21: UPDATE, 22: DONE, 23: DONE, 24: DONE}


def test_all_complete_with_an_exception_it_cannot_place_proposes_nothing() -> None:
    actions = [
        OpenAction(21, "Geoff to get a quote for repairing the water trough", "Geoff", MARCH),
        OpenAction(22, "Brenda to book the council skip", "Brenda", MARCH),
    ]
    text = "Matters arising: all actions were complete except the hedge cutting."
    assert reconcile(text, actions) == []
    assert kinds("All actions were complete except action 22.", actions) == {
        21: DONE,
        22: UPDATE,
    }
    assert reconcile("Not all actions were complete.", actions) == []


@pytest.mark.parametrize(
    "report",
    [
        "It was reported that all actions had either been done or were items on this agenda.",
        "All other actions were complete or on the agenda.",
        "Matters arising: all actions from the last meeting were completed or carried forward.",
        "All actions from the previous meeting were complete, or in hand.",
    ],
)
def test_a_blanket_report_offering_another_outcome_closes_nothing(report: str) -> None:
    """ "Done or on the agenda" says of no one action that it is done."""
    actions = [
        OpenAction(21, "Geoff to get a quote for repairing the water trough", "Geoff", MARCH),
        OpenAction(22, "Brenda to book the council skip", "Brenda", MARCH),
    ]
    assert reconcile(report, actions) == []
    plain = "All actions from the previous meeting have been completed."
    assert kinds(plain, actions) == {21: DONE, 22: DONE}


def test_exempt_words_of_the_action_itself_are_not_doubt() -> None:
    actions = [
        OpenAction(31, "Provide a list of bus shelters awaiting repair by ward", "Karen Lowe"),
    ]
    text = (CYCLE / "scrutiny-2024-11-05.txt").read_text(encoding="utf-8")
    assert kinds(text, actions) == {31: DONE}


@pytest.mark.parametrize(
    "text",
    [
        "The JSNA summary had not yet been circulated to members.",
        "The JSNA summary would be circulated to Board members next week.",
        "Dr Natarajan said the JSNA summary was expected to be circulated by July.",
        "The JSNA summary had been partly circulated to Board members.",
        "Had the JSNA summary been circulated to Board members?",
        "Dr Priya Natarajan agreed to circulate the JSNA summary to all Board members.",
        "RESOLVED: That the minutes of the meeting held on 12 March be agreed as a correct record.",
        "The JSNA summary had been circulated to Board members; Dr Natarajan to chase them again"
        " for comments.",
        "The JSNA summary had been approved in principle, subject to the Board's comments.",
    ],
)
def test_no_done_without_a_plain_statement_of_completion(text: str) -> None:
    assert DONE not in kinds(text, HWB_ACTIONS).values()


def test_numbered_references() -> None:
    assert kinds("Action 3 was complete.", HWB_ACTIONS) == {3: DONE}
    assert kinds("Actions 1 and 4 had been completed.", HWB_ACTIONS) == {1: DONE, 4: DONE}
    assert kinds("Action 4 remained outstanding.", HWB_ACTIONS) == {4: UPDATE}
    assert reconcile("Action 99 was complete.", HWB_ACTIONS) == []


def test_a_passage_fitting_two_actions_equally_proposes_neither() -> None:
    actions = [
        OpenAction(1, "Circulate the summary of the leisure review to members", "Tom Whitley"),
        OpenAction(2, "Circulate the slides of the leisure review to members", "Tom Whitley"),
    ]
    assert reconcile("The leisure review papers had been circulated.", actions) == []
    assert kinds("The slides of the leisure review had been circulated.", actions) == {2: DONE}


def test_contradicting_passages_leave_an_update_not_done() -> None:
    text = (
        "The JSNA summary had been circulated to Board members. "
        "Members noted that the JSNA summary remained outstanding for Healthwatch."
    )
    (proposal,) = reconcile(text, HWB_ACTIONS)
    assert (proposal.action_id, proposal.kind) == (1, UPDATE)
    assert "not finished" in proposal.reason


def test_says_done_cues() -> None:
    assert says_done("The letter had been sent on 20 May.") == "had been sent"
    assert says_done("Action 3 – complete") == "complete"
    assert says_done("Status: Complete") is not None
    assert says_done("An update on the dementia pathway was provided.") is None
    assert says_done("The letter would be sent.") is None


def test_nothing_to_match() -> None:
    assert reconcile("", HWB_ACTIONS) == []
    assert reconcile("Anything at all was complete.", []) == []


def corpus_actions(placed: bool) -> list[OpenAction]:
    """Every gold action of the corpus as open (a soft action by its evidence); `placed`: with
    the number, minute, part and topic of where its evidence sits, as the store gives them.
    Left out: soft actions whose note says they are rows of the previous meeting's action
    log, which their own minutes do report on ("2.1 ... Done")."""
    assert CORPUS is not None
    actions = []
    for gold in sorted((CORPUS / "gold").glob("*.json")):
        data = json.loads(gold.read_text(encoding="utf-8"))
        text = (CORPUS / f"{gold.stem}.txt").read_text(encoding="utf-8")
        items = parse(text).items if placed else []
        for entry in data["actions"] + data.get("soft_actions", []):
            if "previous-meeting" in (entry.get("note") or ""):
                continue
            place = Place()
            start = text.find(entry["evidence"])
            if placed and start >= 0:
                item = next((i for i in reversed(items) if i.start <= start), None)
                place = place_of(
                    text,
                    start,
                    start + len(entry["evidence"]),
                    item.number if item else None,
                    item.title if item else None,
                    item.start if item else None,
                )
            actions.append(
                OpenAction(
                    len(actions) + 1,
                    entry.get("text") or entry["evidence"],
                    entry.get("owner"),
                    ref=place.ref,
                    minute=place.minute,
                    part=place.part,
                    topic=place.topic,
                )
            )
    return actions


@pytest.mark.skipif(CORPUS is None, reason="../shared corpus not present")
@pytest.mark.parametrize("placed", [False, True])
def test_no_done_proposed_on_real_minutes_for_unrelated_or_their_own_actions(
    placed: bool,
) -> None:
    """Every gold action of the corpus against every real minutes text: any 'done' is wrong
    (unrelated minutes report nothing on them; their own minutes only create them)."""
    assert CORPUS is not None
    actions = corpus_actions(placed)
    assert len(actions) > 150
    assert not placed or sum(1 for a in actions if a.minute) > 50
    wrong = []
    for minutes in sorted(CORPUS.glob("*.txt")):
        for proposal in reconcile(minutes.read_text(encoding="utf-8"), actions):
            if proposal.kind == DONE:
                wrong.append((minutes.name, proposal.action_id, proposal.passage))
    assert wrong == []


@pytest.mark.parametrize(
    ("status", "note", "kind", "owner"),
    [
        ("Done", "", DONE, None),
        ("Done.", "", DONE, None),
        ("Complete – Rolf is HZB's representative", "", DONE, None),
        ("Closed", "", DONE, None),
        ("Done", "but the second half is still to be circulated", UPDATE, None),
        ("Not done", "BM will resolve this", UPDATE, None),
        ("Not Done", "", UPDATE, None),
        ("Ongoing", "", UPDATE, None),
        ("In progress", "waiting for the ICB", UPDATE, None),
        ("Closed", "no longer required", DROPPED, None),
        ("Cancelled", "", DROPPED, None),
        ("", "Superseded by the new strategy", DROPPED, None),
        ("Open", "passed to JB", UPDATE, "JB"),
        ("", "AK has taken this on", UPDATE, "AK"),
        ("", "TG to discuss with BM and CLF", UPDATE, None),
    ],
)
def test_status_and_notes_of_an_action_log_row(
    status: str, note: str, kind: str, owner: str | None
) -> None:
    reading = read_status(status, note, "Circulate the draft strategy")
    assert reading is not None
    assert (reading.kind, reading.owner) == (kind, owner)
    assert reading.contrary == (kind == UPDATE)


CLERK_ACTIONS = [
    OpenAction(41, "The Clerk to write to the Highways Authority about the flooding on Mill Lane"),
    OpenAction(42, "Cllr Shah to pursue the transfer of the allotment lease with the diocese"),
    OpenAction(43, "Invite the three housing associations to the March meeting"),
    OpenAction(44, "The Clerk to obtain a quotation for resurfacing the pavilion car park"),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Clerk had written to the Highways Authority about the flooding on Mill Lane.", DONE),
        (
            "The Clerk had written to the Highways Authority about the flooding on Mill Lane "
            "and was waiting for a response.",
            UPDATE,
        ),
        ("Mill Lane flooding: the Clerk was still to write to the Highways Authority.", UPDATE),
        ("Allotment lease: Cllr Shah was now pursuing the transfer with the diocese.", UPDATE),
        (
            "Allotment lease: Cllr Shah had not yet been able to meet the diocese about the "
            "transfer.",
            UPDATE,
        ),
        ("All three housing associations had been invited to the March meeting.", DONE),
        ("The quotation for resurfacing the pavilion car park had been received.", DONE),
        ("The pavilion car park resurfacing quotation was not done.", UPDATE),
        ("Resurfacing the pavilion car park: work was ongoing.", UPDATE),
        (
            "Pavilion car park: the Clerk had contacted three firms about the resurfacing.",
            UPDATE,
        ),
        ("The Clerk had e-mailed the Highways Authority about the Mill Lane flooding.", DONE),
        (
            "The Clerk advised that she had received a reply from the Highways Authority about"
            " the Mill Lane flooding.",
            DONE,
        ),
        (
            "Pavilion car park: the Clerk advised that the contractor had said the resurfacing"
            " quotation would follow.",
            UPDATE,
        ),
    ],
)
def test_matters_arising_by_topic(text: str, expected: str) -> None:
    (proposal,) = reconcile(text, CLERK_ACTIONS)
    assert proposal.kind == expected
    assert proposal.passage == text


def test_an_action_to_pursue_something_is_not_finished_by_news_of_it() -> None:
    text = "The transfer of the allotment lease had been completed by the diocese in May."
    assert kinds(text, CLERK_ACTIONS) == {42: UPDATE}


def test_a_completion_somewhere_else_is_not_the_actions() -> None:
    actions = [OpenAction(51, "Add an advert for the farm tenancy to the parish website")]
    text = "An advert for the farm tenancy had been placed in the Village Pump magazine."
    assert DONE not in kinds(text, actions).values()
    assert kinds("The farm tenancy advert had been added to the website.", actions) == {51: DONE}


def test_minute_named_in_matters_arising_picks_its_action() -> None:
    actions = [
        OpenAction(61, "The Clerk to obtain a quotation for the bench", minute="45/20", part="ii"),
        OpenAction(62, "Cllr Ray to inspect the bus shelter", minute="45/20", part="iii"),
    ]
    text = "Minute 45/20(ii) – the quotation had been accepted."
    (proposal,) = reconcile(text, actions)
    assert (proposal.action_id, proposal.kind) == (61, DONE)
    assert "names minute 45/20ii" in proposal.reason
    assert reconcile("Minute 45/21 – the quotation had been accepted.", actions) == []


def test_the_same_update_is_not_proposed_again_from_a_running_log() -> None:
    row = "Ref | Action | Owner | Status | Update\n7 | Review the tenancy | AB | Open | With legal"
    action = OpenAction(7, "Review the tenancy", "AB", ref="7")
    assert kinds(row, [action]) == {7: UPDATE}
    seen = OpenAction(7, "Review the tenancy", "AB", ref="7", latest="minutes: Open: With legal")
    assert reconcile(row, [seen]) == []


LIST_ACTIONS = [
    OpenAction(1, "SB to circulate the draft terms of reference to members", "SB", MARCH, "3"),
    OpenAction(2, "Book the hall for the AGM", "Clerk", MARCH, "4"),
    OpenAction(3, "KL to contact the bank about online banking", "KL", MARCH, "5"),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Circulate the draft terms of reference (SB) – complete", {1: DONE}),
        ("1. SB to circulate the draft terms of reference to members – Done.", {1: DONE}),
        ("Book the hall for the AGM: done", {2: DONE}),
        ("SB – terms of reference circulated.", {1: DONE}),
        ("3\tCirculate the draft terms of reference\tSB\tDone", {1: DONE}),
        ("4  Book the hall for the AGM  Clerk  Not done - hall closed for repairs", {2: UPDATE}),
        ("KL to contact the bank about online banking - carried forward.", {3: UPDATE}),
        ("Actions from the last meeting: all complete.", {1: DONE, 2: DONE, 3: DONE}),
        ("Could we ask that the hall for the AGM is booked?", {}),
        (
            "JB to circulate the draft terms of reference – JB confirmed this had been done.",
            {1: DONE},
        ),
        ("The draft terms of reference had been reviewed by the working group.", {1: UPDATE}),
        (
            "Ref | Date | Minute | Action | Lead | Due | Update | Status\n"
            "TB/23/045 | 05/10/2023 | TB/23/102 | Circulate the draft terms of reference to "
            "members | SB | 31/03/2024 | Circulated 12 December | Closed",
            {1: DONE},
        ),
    ],
)
def test_action_lists_with_a_status_after_each(text: str, expected: dict[int, str]) -> None:
    assert kinds(text, LIST_ACTIONS) == expected


def test_sentences_wrapped_across_lines_are_read_whole() -> None:
    """Minutes pasted from PDF, or quoted in Markdown, wrap a sentence over several lines."""
    actions = [
        OpenAction(71, "Secretary to invite the three housing associations to the March meeting"),
        OpenAction(72, "Chair to write to the council about the broken street lights on Mill Road"),
    ]
    wrapped = (
        "Matters arising\n"
        "> Invitations to the March meeting had been issued by the Secretary to the three\n"
        "> housing associations. The Chair had written to the council about the broken\n"
        "> street lights on Mill Road and was still waiting for a reply.\n"
    )
    assert kinds(wrapped, actions) == {71: DONE, 72: UPDATE}
    (done, _update) = reconcile(wrapped, actions)
    assert done.passage == (
        "Invitations to the March meeting had been issued by the Secretary to the three\n"
        "> housing associations."
    )


def test_plurals_of_words_every_minute_uses_tell_no_action_apart() -> None:
    assert set(words("The councillors reviewed the actions of the meetings")) == {"review"}


@pytest.mark.parametrize(
    ("report", "done"),
    [
        ("Matters arising: the bench by the pond has been mended.", True),
        ("Matters arising: the bench by the pond will be mended next week.", False),
        ("Matters arising: the repair of the bench by the pond has finished.", True),
        ("Matters arising: the repair of the bench by the pond has not finished.", False),
    ],
)
def test_a_report_in_a_verb_of_its_own_or_of_a_work_finished(report: str, done: bool) -> None:
    """ "Mended" reports a repair; "the repair of ... has finished", the work itself."""
    actions = [OpenAction(31, "Repair the bench by the pond", "Clerk", MARCH)]
    assert (kinds(report, actions).get(31) == DONE) is done


@pytest.mark.parametrize(
    ("report", "done"),
    [
        ("Matters arising: Rosie spoke about the email addresses she had collected.", False),
        ("Matters arising: Presley has prepared a tentative list of events.", False),
        ("Matters arising: Rosie made the addresses available to all members.", True),
    ],
)
def test_one_shared_word_beside_the_owner_closes_only_in_the_actions_own_verb(
    report: str, done: bool
) -> None:
    """Named beside one word of the action only, an owner's other work is no news of it."""
    actions = [
        OpenAction(41, "Make the addresses available in a spreadsheet", "Rosie", MARCH),
        OpenAction(42, "E-mail the budget to the mailing list", "Presley", MARCH),
    ]
    assert (DONE in kinds(report, actions).values()) is done


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The street light on Orchard Way has been fixed.", {}),
        ("The street light at the Old Forge had been repaired.", {}),
        ("The street light on Hollow Lane has been fixed.", {81: DONE}),
        ("Hollow Lane street light: repaired on 3 March.", {81: DONE}),
        ("The street light on Hollow Lane was fixed in March.", {81: DONE}),
    ],
)
def test_a_report_naming_another_place_is_no_news_of_the_action(
    text: str, expected: dict[int, str]
) -> None:
    """However many words they share, work done on Orchard Way is not the light on Hollow Lane;
    a month after "in" is no place."""
    actions = [OpenAction(81, "Report the broken street light on Hollow Lane to the County")]
    assert kinds(text, actions) == expected


MILL_LANE = [
    OpenAction(91, "Write to residents about parking on Mill Lane", "Clerk", minute="24/33"),
    OpenAction(92, "Contact the police about speeding on Mill Lane", "Cllr Ng", minute="24/33"),
    OpenAction(93, "Repair the bench at the playing field", "Clerk"),
    OpenAction(94, "Paint the playing field gate", "Clerk"),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mill Lane: the Clerk had written to the police about parking.", {91: UPDATE, 92: UPDATE}),
        ("Mill Lane: letters about parking had been delivered to residents.", {91: DONE}),
        (
            "The bench had been repaired; the gate had been painted at the playing field.",
            {93: DONE, 94: DONE},
        ),
    ],
)
def test_a_done_said_of_several_actions_by_words_needs_words_of_each_own(
    text: str, expected: dict[int, str]
) -> None:
    """Two actions each sharing one word with a report and the rest with each other: the
    report is news of neither for sure (a progress note), unless each has words of its own."""
    assert kinds(text, MILL_LANE) == expected
