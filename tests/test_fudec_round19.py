"""Follow-ups, decisions and due dates on unseen minutes (issue 11, round 19): each kind of
sentence with invented variants (a fictional council, meeting on Thursday 2 July 2026) and
near misses it must not fire on."""

from __future__ import annotations

from datetime import date

import pytest

from clerk_tui.core.model import ParsedMinutes
from clerk_tui.core.parse import parse_strict

HEAD = (
    "Minutes of the Fenbridge Parish Council meeting held on 2 July 2026\n"
    "Present: Ann Lee, Bob Tate, Carl Moss, Dee Hart\n\n4. Business\n"
)


def parsed(body: str) -> ParsedMinutes:
    return parse_strict(HEAD + body + "\n")


def actions(body: str) -> list[tuple[str | None, str, str | None, date | None]]:
    return [(a.owner, a.text, a.due_text, a.due) for a in parsed(body).actions]


# --- due: a deadline after "in advance of" or "ahead of", preferred to other phrases ---------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Rhys will write to the members in advance of 9 August.",
            ("Rhys", "Write to the members in advance of 9 August.", "in advance of 9 August"),
        ),
        (
            "Nia to send the agenda out in advance of 14/09/2026.",
            ("Nia", "Send the agenda out in advance of 14/09/2026.", "in advance of 14/09/2026"),
        ),
        (
            "The Treasurer to circulate the accounts in advance of the AGM.",
            (
                "The Treasurer",
                "Circulate the accounts in advance of the AGM.",
                "in advance of the AGM",
            ),
        ),
        (
            "Ann will send the minutes two days in advance of the next meeting.",
            (
                "Ann",
                "Send the minutes two days in advance of the next meeting.",
                "two days in advance of the next meeting",
            ),
        ),
        # the deadline, not a quarter or month that names a subject ("on Q3's plan")
        (
            "Tomas to send feedback on Q3's plan ahead of Q4.",
            ("Tomas", "Send feedback on Q3's plan ahead of Q4.", "ahead of Q4"),
        ),
    ],
)
def test_in_advance_of_is_a_deadline(body: str, expected: tuple[str, str, str]) -> None:
    [(owner, text, due_text, _)] = actions(body)
    assert (owner, text, due_text) == expected


def test_in_advance_of_a_date_resolves() -> None:
    [(_, _, _, due)] = actions("Rhys will write to the members in advance of 9 August.")
    assert due == date(2026, 8, 9)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "in advance" with no date: no due
        ("Sam will pay the hire fee in advance.", [("Sam", "Pay the hire fee in advance.", None)]),
        # a month's figures as a subject, the season the due
        (
            "Clerk to report on March's figures in the autumn.",
            [("Clerk", "Report on March's figures in the autumn.", "in the autumn")],
        ),
        # a thing done in advance: no action
        ("The papers were circulated in advance of the meeting.", []),
    ],
)
def test_in_advance_near_misses(body: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert [(o, t, d) for o, t, d, _ in actions(body)] == expected


# --- due: a year, quarter or season to come, with no word before it ----------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Sam will move the bins this summer.", ("this summer", date(2026, 8, 31))),
        (
            "Dick will shift the trailer sometime this summer.",
            ("sometime this summer", date(2026, 8, 31)),
        ),
        ("The Clerk to renew the lease later this year.", ("later this year", date(2026, 12, 31))),
        (
            "Ann to book the hall again next year for the carol service.",
            ("next year", date(2027, 12, 31)),
        ),
        ("Dee will repaint the shelter next quarter.", ("next quarter", date(2026, 12, 31))),
        ("Bob will reseed the verge next spring.", ("next spring", date(2027, 5, 31))),
        # said in the summer, next summer is next year's
        ("Carl to relay the path next summer.", ("next summer", date(2027, 8, 31))),
    ],
)
def test_period_to_come_is_a_due(body: str, expected: tuple[str, date]) -> None:
    [(_, _, due_text, due)] = actions(body)
    assert (due_text, due) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Clerk to prepare the precept for next year.",  # the period a thing is for
        "Clerk to check the accounts of this year.",
        "Sam will check next year's budget.",
        "Rhys to plan the rota for this summer.",
    ],
)
def test_period_a_thing_is_for_is_no_due(body: str) -> None:
    [(_, _, due_text, _)] = actions(body)
    assert due_text is None


# --- due: said in the sentence after the action, a sentence that says only when ----------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Ann will contact the publishers. She will do this by 4 August.",
            ("Ann", "Contact the publishers.", "by 4 August", date(2026, 8, 4)),
        ),
        (
            "Tomasz agreed to ring the brewery. This should be done before 31 July.",
            ("Tomasz", "Ring the brewery.", "before 31 July", date(2026, 7, 31)),
        ),
        (
            "Clerk to write to the county. To be completed before the end of the month.",
            ("Clerk", "Write to the county.", "before the end of the month", date(2026, 7, 31)),
        ),
        (
            "Rhys to order the chairs. Deadline: 30 September.",
            ("Rhys", "Order the chairs.", "30 September", date(2026, 9, 30)),
        ),
        (
            "Nia will book the marquee. The target date is Friday 14 August.",
            ("Nia", "Book the marquee.", "Friday 14 August", date(2026, 8, 14)),
        ),
        (
            "Vera will mend the gate. By Friday.",
            ("Vera", "Mend the gate.", "By Friday", date(2026, 7, 3)),
        ),
    ],
)
def test_due_in_the_next_sentence(body: str, expected: tuple[str, str, str, date]) -> None:
    assert actions(body) == [expected]


@pytest.mark.parametrize(
    "body",
    [
        # a sentence of its own news, not when the task is due
        "Ann will contact the publishers. The shop closes on 4 August.",
        # done, not to do
        "Ann will contact the publishers. This was done by 4 August last year.",
        # a line of its own, not the action's paragraph
        "Ann will contact the publishers.\nBy 4 August the hall closes.",
        "Ann will contact the publishers.\n- Deadline: 30 September.",
    ],
)
def test_next_sentence_of_other_news_gives_no_due(body: str) -> None:
    assert actions(body) == [("Ann", "Contact the publishers.", None, None)]


# --- follow-ups: the standing item for a later agenda, however it is worded -----------------


def follow_ups(body: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.when) for f in parsed(body).follow_ups]


@pytest.mark.parametrize(
    "heading",
    [
        "9. Matters to be included on the next agenda",
        "9. Matters for inclusion on the next agenda",
        "9. Business for inclusion in the agenda of the next meeting",
        "12/26 Receive items of concern and matters to be included on the next agenda",
        "9. Topics to be included in the next agenda",
    ],
)
def test_the_standing_item_is_no_follow_up(heading: str) -> None:
    assert follow_ups(heading) == []


def test_the_items_under_it_come_back() -> None:
    body = "9. Matters to be included on the next agenda\n- The bus shelter\n- The verge cutting"
    assert follow_ups(body) == [
        ("The bus shelter", "the next meeting"),
        ("The verge cutting", "the next meeting"),
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "9. Matters for inclusion on the next agenda: the bus shelter, the verge cutting",
            [
                (
                    "Matters for inclusion on the next agenda: the bus shelter, the verge cutting",
                    "the next meeting",
                )
            ],
        ),
        # a matter put on the next agenda in a sentence of its own
        (
            "The verge cutting will be included on the next agenda.",
            [("The verge cutting will be included on the next agenda.", "the next agenda")],
        ),
    ],
)
def test_matters_named_for_the_next_agenda_come_back(
    body: str, expected: list[tuple[str, str]]
) -> None:
    assert follow_ups(body) == expected


# --- decisions: a motion's carrying, in the sentence or line after it, is part of it -------


def decisions(body: str) -> list[str]:
    return [d.text for d in parsed(body).decisions]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Motion by Ann Lee, second by Bob Tate to approve the March minutes.  Motion carried.",
            "Motion by Ann Lee, second by Bob Tate to approve the March minutes. Motion carried.",
        ),
        (
            "Motion by Carl Moss, seconded by Dee Hart, to buy a new mower. Carried.",
            "Motion by Carl Moss, seconded by Dee Hart, to buy a new mower. Carried.",
        ),
        (
            "Motion by Carl Moss, seconded by Dee Hart, to buy a new mower.\nMotion carried 3-1.",
            "Motion by Carl Moss, seconded by Dee Hart, to buy a new mower. Motion carried 3-1.",
        ),
        (
            "It was resolved to replace the bench by the pond. Carried.",
            "It was resolved to replace the bench by the pond. Carried.",
        ),
        (
            "Fees - Bob said the fees had risen. Motion: moved Ann, second Bob: That the fees be"
            " paid from reserves. Unanimously passed.",
            "Motion: moved Ann, second Bob: That the fees be paid from reserves. Unanimously"
            " passed.",
        ),
    ],
)
def test_a_motion_takes_its_carrying(body: str, expected: str) -> None:
    assert decisions(body) == [expected]


def test_two_motions_each_take_their_own_carrying() -> None:
    body = (
        "Motion by Ann Lee, second by Bob Tate to approve the March minutes. Motion carried. "
        "Motion by Carl Moss, second by Dee Hart to pay the bills. Motion carried 3-1."
    )
    assert decisions(body) == [
        "Motion by Ann Lee, second by Bob Tate to approve the March minutes. Motion carried.",
        "Motion by Carl Moss, second by Dee Hart to pay the bills. Motion carried 3-1.",
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a motion lost is no decision
        ("Motion by Lee, second by Tate, to close the kiosk. Motion lost.", []),
        # the vote's record beside a resolution stays part of the one decision
        (
            "RESOLVED that the grant be paid.\nProposed Cllr Lee, seconded Cllr Tate.\nCarried.",
            ["RESOLVED that the grant be paid. Proposed Cllr Lee, seconded Cllr Tate. Carried."],
        ),
    ],
)
def test_carrying_near_misses(body: str, expected: list[str]) -> None:
    assert decisions(body) == expected


# --- decisions: everyone's assent closing a discussion, in small letters mid-sentence -------


@pytest.mark.parametrize(
    "body",
    [
        "Bench: it will get more use by the door, all agreed the courtyard was the best place.",
        "The Clerk suggested a new notice board and all agreed that this would be a good idea.",
        "Lights: Bob raised the cost, after discussion all agreed to keep them.",
        "Sam suggested a rota so all agreed it should start in May.",
        "Members discussed the bins, and everyone agreed that they should be emptied weekly.",
    ],
)
def test_all_agreed_closing_a_discussion(body: str) -> None:
    assert decisions(body) == [body]


@pytest.mark.parametrize(
    "body",
    [
        "Bob proposed a rota, but not all agreed that it was needed.",
        "The residents had all agreed to meet earlier in the week.",
        "The vicar, the school and all agreed parties attended.",
        "Various options were discussed, although not all agreed.",
    ],
)
def test_all_agreed_near_misses(body: str) -> None:
    assert decisions(body) == []


# --- decisions: a holder named to an office, in the future ------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Ann Lee will be the Parish Council representative on the steering group.",
        "BT will be our treasurer and CM will be our recording clerk.",
        "Dee Hart will continue as Treasurer for another year.",
        "Bob Tate will be the new tree warden.",
        "Liaison: CM will be the Hall Committee representative and will report back to them.",
    ],
)
def test_a_holder_named_to_an_office(body: str) -> None:
    assert decisions(body) == [body]


@pytest.mark.parametrize(
    "body",
    [
        "Ann will be away in June.",
        "Bob will be the first to speak at the fete.",
        "The hall will be the venue for the AGM.",
        "Ann Lee will be the Chair of the County Council from May.",  # another body's office
        "It will be the Treasurer who signs the cheques.",
        "Ann will be the contact for the secretary.",
    ],
)
def test_office_near_misses(body: str) -> None:
    assert decisions(body) == []


# --- due: the date of the event an action is listed under ---------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Harvest Supper: 18 October 2026. There will be soups. Jon will make a gumbo. "
            "Myra will make a pie.",
            [
                ("Jon", "Make a gumbo.", "18 October 2026", date(2026, 10, 18)),
                ("Myra", "Make a pie.", "18 October 2026", date(2026, 10, 18)),
            ],
        ),
        (
            "V. Open Day (1 August, 2-4 pm):\n\n  • Stalls confirmed.\n"
            "  • Matt will run the plant stall.\n  • Ann will print the posters.",
            [
                ("Matt", "Run the plant stall.", "1 August", date(2026, 8, 1)),
                ("Ann", "Print the posters.", "1 August", date(2026, 8, 1)),
            ],
        ),
        (
            "Quiz night – Friday 7th August. Bob will book the quizmaster.",
            [("Bob", "Book the quizmaster.", "Friday 7th August", date(2026, 8, 7))],
        ),
        (
            "Road closure: 12 August. Rhys will tell the residents.",
            [("Rhys", "Tell the residents.", "12 August", date(2026, 8, 12))],
        ),
    ],
)
def test_due_of_the_event_listed_under(
    body: str, expected: list[tuple[str, str, str, date]]
) -> None:
    assert actions(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a date past, a report's
        (
            "Treasurer: 3 March 2026. Balance £500. Ann will pay the invoice.",
            [("Ann", "Pay the invoice.", None, None)],
        ),
        # the next meeting is no event of the action's
        (
            "Next meeting: 3 August 2026. Ann will book the hall.",
            [("Ann", "Book the hall.", None, None)],
        ),
        # another paragraph; a list under prose, not under the heading
        (
            "Harvest Supper: 18 October 2026.\n\nJon will make a gumbo.",
            [("Jon", "Make a gumbo.", None, None)],
        ),
        (
            "Summer fete (1 August):\nThe fete was a success last year.\n"
            "  • Matt will run the plant stall.",
            [("Matt", "Run the plant stall.", None, None)],
        ),
    ],
)
def test_event_date_near_misses(
    body: str, expected: list[tuple[str, str, str | None, date | None]]
) -> None:
    assert actions(body) == expected


# --- follow-ups: a meeting named by what was done there is past, not when -------------------


@pytest.mark.parametrize(
    "body",
    [
        "The points raised at the May meeting were passed to the county, who said they would"
        " reply.",
        "Her questions raised at the March meeting were sent to Highways and they advised it"
        " would be dealt with soon.",
        "The figures presented at the June meeting will be sent to the auditor.",
    ],
)
def test_a_meeting_recalled_is_no_follow_up(body: str) -> None:
    assert follow_ups(body) == []


@pytest.mark.parametrize(
    ("body", "when"),
    [
        # the later meeting, past the one recalled
        (
            "The points raised at the May meeting will be discussed at the September meeting.",
            "the September meeting",
        ),
        ("Bring the plans requested at the May meeting to the July meeting.", "the July meeting"),
        # "be" before the participle: still to come
        ("The accounts will be presented at the July meeting.", "the July meeting"),
        ("The report to be presented at the July meeting will cover the fees.", "the July meeting"),
    ],
)
def test_a_meeting_to_come_beside_one_recalled(body: str, when: str) -> None:
    assert follow_ups(body) == [(body, when)]


# --- decisions: a summary list restating the decisions minuted above ------------------------


def test_a_summary_restating_decisions_adds_none() -> None:
    first = (
        "The Committee agreed that the tennis courts would be resurfaced in the spring and"
        " that the club would pay half the cost."
    )
    second = "It was agreed by the Committee that in principle the pavilion roof would be replaced."
    body = f"{first}\n\n{second}\n\n5. Summary\n\nDecisions\n\n• {first}\n• {second}"
    assert decisions(body) == [first, second]


def test_short_decisions_repeated_are_each_kept() -> None:
    body = (
        "Minute 3 should read 'Fen Lane'. Councillors agreed that the amendment should be made.\n"
        "Minute 7 should read 'Mill House'. Councillors agreed that the amendment should be made."
    )
    assert decisions(body) == [
        "Councillors agreed that the amendment should be made.",
        "Councillors agreed that the amendment should be made.",
    ]


# --- follow-ups: what this meeting is for is this meeting's business -----------------------


@pytest.mark.parametrize(
    "body",
    [
        "2.1 Ann advised the reason for this meeting is to discuss the forthcoming AGM and"
        " organise the evening.",
        "Tonight's meeting was arranged to consider the upcoming AGM.",
        "The purpose of today's special meeting was to plan the forthcoming fete and the next"
        " quiz.",
    ],
)
def test_this_meetings_purpose_is_no_follow_up(body: str) -> None:
    assert follow_ups(body) == []


@pytest.mark.parametrize(
    ("body", "when"),
    [
        ("The reason for the delay will be reported to the next meeting.", "the next meeting"),
        ("The item was deferred to the next meeting.", "the next meeting"),
    ],
)
def test_purpose_near_misses(body: str, when: str) -> None:
    assert follow_ups(body) == [(body, when)]


# --- due: what follows a word that only sets a deadline -----------------------------------


@pytest.mark.parametrize(
    ("body", "due_text"),
    [
        ("John to set up the accounts prior to migration.", "prior to migration"),
        ("Carl to check the fence prior to the survey.", "prior to the survey"),
        ("Dee to tidy the hall in advance of the inspection.", "in advance of the inspection"),
        (
            "Ann to email the residents prior to the works starting.",
            "prior to the works starting",
        ),
    ],
)
def test_prior_to_a_thing_is_a_due(body: str, due_text: str) -> None:
    [(_, _, got, due)] = actions(body)
    assert (got, due) == (due_text, None)


@pytest.mark.parametrize(
    "body",
    [
        "Bob will ring the insurer prior to that.",
        "Rhys to finish the audit ahead of schedule.",
    ],
)
def test_prior_to_near_misses(body: str) -> None:
    [(_, _, got, _)] = actions(body)
    assert got is None
