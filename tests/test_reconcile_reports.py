"""Reports of work done in the minutes' own words (`core.reconcile.reports`): a clause in the
past or perfect about the action's object, matched by the action's verb and object ("Updates
have been made to the MQTT documentation" for "Update the MQTT docs"). Riverside pairs in
sample_minutes/cycle/ (project call notes, a centre's item prose, a residents' association's
matters arising, a finance committee's run-on paragraph) and sentences of our own."""

from __future__ import annotations

import pytest

from clerk_tui.store.reconciliation import list_proposals
from tests.conftest import import_text
from tests.conftest import reconcile_kinds as _kinds
from tests.test_reconcile_pairs import CYCLE, proposed


def test_project_call_notes_report_by_topic() -> None:
    assert proposed("broker-2024-10-08.txt", "broker-2024-11-12.txt") == [
        (
            "Update the MQTT docs for the new configuration format",
            "done",
            None,
            "Updates have been made to the MQTT documentation, so the new configuration format "
            "is now covered from start to finish.",
        ),
        (
            "Review the open issues on GitHub",
            "done",
            None,
            "All GitHub issues were reviewed in the week after the call.",
        ),
        (
            "Arrange an online meeting with the packaging team",
            "done",
            None,
            "An online meeting was held with the packaging team on 24 October.",
        ),
        (
            "Write the release notes for version 2.4",
            "update",
            None,
            "The release notes have not been written yet; Dara expects to finish them this week.",
        ),
        (
            "Move the CI pipeline to the new runners",
            "update",
            None,
            "Eli is still moving the pipeline, waiting for credentials for the new runners.",
        ),
        (
            "Publish a security policy on the project website",
            "update",
            None,
            "The security policy will be published once two more maintainers have read it.",
        ),
    ]


def test_item_prose_reports_a_task_carried_out_a_thing_in_place_and_what_is_not_done() -> None:
    found = [(text, kind) for text, kind, _, _ in proposed(*_pair("centre"))]
    assert found == [
        ("Cut back the hedge before the spring.", "done"),
        ("Arrange for the defibrillator to be installed outside the main door.", "done"),
        ("Carry out a survey of regular hirers.", "done"),
        ("Book the boiler service.", "update"),
        ("Deliver the spring newsletter to every house in the village.", "done"),
    ]  # not "Repair the fence along the play area": the fence along the car park was repaired


def test_matters_arising_by_topic_keep_other_doers_and_two_like_actions_open() -> None:
    found = [(text, kind) for text, kind, _, _ in proposed(*_pair("residents"))]
    assert found == [
        ("Send a letter to the bus company about the Sunday timetable", "update"),  # no reply yet
        ("Circulate the AGM minutes to all members", "done"),
        ("Clear the litter from the brook with volunteers", "update"),  # the Council did it
        ("Repair the bench by the bus stop", "update"),  # another bench, mended by another
        ("Contact the landowner about the footpath", "update"),
    ]  # "a poster was put up on the noticeboard" fits both posters: neither is closed


def test_a_run_on_paragraph_of_matters_arising() -> None:
    found = [(text, kind) for text, kind, _, _ in proposed(*_pair("finance"))]
    assert found == [
        ("Arrange the interim internal audit for July.", "done"),
        ("Renew the insurance policy for the Town Hall before it expires.", "done"),
        ("Set up online banking for the payroll account.", "done"),
        ("Publish the 2023/24 accounts on the council website.", "update"),
    ]  # the allotment rents reviewed are not the garage rents the officer was to review


def _pair(body: str) -> tuple[str, str]:
    first, second = sorted(p.name for p in CYCLE.glob(f"{body}-*.txt"))
    return first, second


@pytest.mark.parametrize(
    ("report", "action"),
    [
        ("Updates have been made to the MQTT documentation.", "Update the MQTT docs"),
        ("All GitHub issues were reviewed.", "Review open issues"),
        ("An online meeting was held.", "Arrange an online meeting"),
        ("The litter pick took place on 3 May.", "Organise a litter pick"),
        ("Letter sent to the landowner.", "Send a letter to the landowner"),
        ("The new rota has been circulated.", "Circulate the new rota"),
        ("Sam has booked the marquee for the fete.", "Book the marquee for the fete | Sam"),
        ("The Clerk wrote to Highways about the drain.", "Write to Highways about the drain"),
        ("The risk assessment is now complete.", "Complete the risk assessment"),
        ("A review of the hire charges was carried out.", "Review the hire charges"),
        ("The new noticeboard is now in place.", "Install the new noticeboard"),
        ("The repo information was updated by Ana.", "Update the repository information | Ana"),
        ("### MQTT docs\n\nThese have been updated.", "Update the MQTT docs"),
        ("Documentation: the MQTT docs are now up to date.", "Update the MQTT docs"),
        ("Review of open issues: done", "Review open issues"),
        ("Defibrillator - in place (3 May)", "Install the defibrillator"),
        (
            "Meeting with packaging team held on 24 Oct.",
            "Arrange a meeting with the packaging team",
        ),
        ("We held an online meeting with the county.", "Arrange an online meeting with the county"),
        ("The site visit was carried out on 3 May.", "Arrange a site visit | Sam"),
        ("Cllr Hale has written to Highways.", "Write to Highways | Councillor Hale"),
    ],
)
def test_work_reported_in_the_minutes_own_words_is_done(report: str, action: str) -> None:
    assert _kinds(report, action) == [(1, "done")]


@pytest.mark.parametrize(
    "report",
    [
        "The MQTT documentation has not been updated.",
        "The MQTT documentation will be updated next week.",
        "The MQTT documentation is still to be updated.",
        "The MQTT documentation is being updated.",
        "Ana is updating the MQTT documentation.",
        "The MQTT documentation is to be updated after the release.",
        "Updates to the MQTT documentation have been made but are waiting for review.",
        "### MQTT docs\n\nThese have not been updated yet.",
        "Ana is still to update the MQTT docs.",
    ],
)
def test_work_not_finished_is_a_progress_note_never_done(report: str) -> None:
    assert _kinds(report, "Update the MQTT docs") == [(1, "update")]


@pytest.mark.parametrize(
    ("report", "action"),
    [
        ("Ana was asked to update the MQTT documentation.", "Update the MQTT docs"),
        ("OR to update the MQTT documentation.", "Update the MQTT docs"),
        ("The MQTT documentation should be updated.", "Update the MQTT docs"),
        ("Ana said she would update the MQTT docs.", "Update the MQTT docs"),  # a commitment
        ("The garage rents were reviewed.", "Review the allotment rents"),
        ("The letter was sent to the bus company.", "Send a letter to the landowner"),
        ("Jan has repaired the bench by the pond.", "Repair the bench by the bus stop | Rosa"),
        ("The County has updated its flood map.", "Update the flood map | Clerk"),
        ("Cllr Hale has written to Highways.", "Write to Highways | Cllr Jones"),
        ("The next meeting will be held on 5 June.", "Arrange a meeting with the police"),
        ("A meeting was held with the landowner.", "Arrange a meeting with the police"),
        ("The policy was circulated.", "Circulate the report on the play area"),
        ("The terms are published each year.", "Publish the terms"),
        ("The business plan was updated.", "Update the bus timetable"),
        ("Meeting called to order at 7.02pm.", "Call a special meeting about the budget"),
        ("The meeting was held in the library.", "Hold a meeting in the library"),
        ("RESOLVED that a copy of the audit be made available.", "Make the audit available"),
    ],
)
def test_other_work_another_thing_or_another_doer_is_not_the_action(
    report: str, action: str
) -> None:
    assert _kinds(report, action) == []


def test_an_answer_from_the_body_contacted_still_finishes_the_contact() -> None:
    report = "The city has confirmed that the pond falls under its critical areas rules."
    assert _kinds(report, "Contact the city about the pond | Dana") == [(1, "done")]


def test_a_report_that_fits_two_actions_alike_closes_neither() -> None:
    report = "A poster was put up on the noticeboard."
    posters = (
        "Put up a poster on the Mill Lane noticeboard",
        "Put up a poster on the noticeboard by the shop",
    )
    assert _kinds(report, *posters) == []
    plain = "Put up a poster on the noticeboard"
    assert _kinds(report, plain, "Put up a poster at the hall") == [(1, "done")]
    assert _kinds(report, plain, plain) == [(1, "done"), (2, "done")]  # carried forward


def test_the_same_work_by_someone_else_is_no_done_from_the_words_alone() -> None:
    """The prose rules would take "The fence along the car park was repaired" for the
    fence along the play area; the report of that work on another thing says no."""
    report = "The fence along the car park was repaired by the District Council."
    assert _kinds(report, "Repair the fence along the play area | Owen") == []


def test_the_pair_end_to_end_through_the_store(db) -> None:
    first, second = _pair("broker")
    import_text(db, (CYCLE / first).read_text(encoding="utf-8"))
    later = import_text(db, (CYCLE / second).read_text(encoding="utf-8"))
    done = [p["action"] for p in list_proposals(db, later.id) if p["kind"] == "done"]
    assert done == [
        "Update the MQTT docs for the new configuration format",
        "Review the open issues on GitHub",
        "Arrange an online meeting with the packaging team",
    ]


@pytest.mark.parametrize(
    ("report", "kinds"),
    [
        ("ACTION: Tomasz to order the folding tables and the chairs.", [(1, "done"), (2, "done")]),
        ("Tomasz has bought six folding tables.", [(1, "done")]),
        ("The Committee agreed to purchase the folding tables from Hallmark.", [(1, "done")]),
        ("Tomasz to get prices for folding tables before ordering.", []),  # still finding out
        ("Tomasz will order the tables if the grant is awarded.", []),  # on a condition
        ("It was agreed not to buy folding tables this year.", [(1, "dropped")]),
        ("Helen to order the folding tables.", []),  # someone else, the tables not named fully
        ("ACTION: Tomasz to order a new kettle.", []),  # another thing
        ("The hall is booked in order to show the new chairs.", []),  # "order" is no step here
    ],
)
def test_an_inquiry_is_done_once_its_next_step_on_the_same_thing_is_set(
    report: str, kinds: list[tuple[int, str]]
) -> None:
    actions = ("Get quotes for folding tables | Tomasz", "Look into stacking chairs | Tomasz")
    assert _kinds(report, *actions) == kinds


@pytest.mark.parametrize(
    ("attendance", "action", "kind"),
    [
        (
            "Present: Helen Marsh, Lena Maria Ortiz (guest)",
            "Invite Lena Ortiz to the group",
            "done",
        ),
        ("Attending: Helen Marsh, Lena Ortiz", "Helen will invite Lena Ortiz to speak", "done"),
        ("## Heat pumps (guest: Lena Ortiz)", "Invite Lena Ortiz to a meeting", "done"),
        ("Apologies: Lena Ortiz", "Invite Lena Ortiz to the group", None),
        ("Present: Helen Marsh, Lena Ortiz", "Invite Lena Ortiz to the opening of the park", None),
        ("Present: Helen Marsh, Ortiz Lena", "Invite Lena Ortiz to the group", None),
        ("Present: Helen Marsh, Lena Ortiz", "Invite the Parish Council to the group", None),
    ],
)
def test_an_invitee_listed_as_attending_is_done(
    attendance: str, action: str, kind: str | None
) -> None:
    report = f"{attendance}\n\n1. Heat pumps\nThe group heard about grants for heat pumps.\n"
    assert _kinds(report, action) == ([(1, kind)] if kind else [])


def test_a_domain_names_ending_is_no_word_shared() -> None:
    report = "heronwood.org domain purchased."
    assert _kinds(report, "Transfer ownership of the riverside.org domain | Cart") == []


def test_a_quotation_received_finishes_asking_for_it_not_ordering() -> None:
    report = "The quotation for the swing seats had been received."
    assert _kinds(report, "Order a replacement seat for the basket swing | Clerk") == [
        (1, "update")
    ]
    assert _kinds(report, "Obtain a quotation for the swing seats | Clerk") == [(1, "done")]


@pytest.mark.parametrize(
    ("report", "action"),
    [
        ("The old benches were moved to the cemetery.", "Relocate the old benches to the cemetery"),
        ("The Clerk had spoken to the Canal Trust about the towpath.", "Contact the Canal Trust"),
        ("The hall had been reserved for the quiz night.", "Book the hall for the quiz night"),
        ("The annual return had been filed with the auditor.", "Submit the annual return"),
        ("The website had been refreshed with the new dates.", "Update the website with the dates"),
        ("The defibrillator was fitted outside the hall.", "Install the defibrillator at the hall"),
        ("The play equipment was inspected on 3 May.", "Check the play equipment"),
    ],
)
def test_a_verb_of_the_same_family_reports_the_work(report: str, action: str) -> None:
    """Near-synonyms a committee uses of its own work ("moved" for "relocate", "spoken to"
    for "contact"), with the action's object."""
    assert _kinds(f"Matters arising\n\n{report}", f"{action} | Clerk") == [(1, "done")]


@pytest.mark.parametrize(
    "report",
    [
        "The hall had been reserved for the wedding reception.",  # another occasion
        "The Clerk had spoken to the Canal Trust, who would reply in May.",  # to come
        "The old benches were moved to the store for now.",  # another place
        "The Clerk had emailed the minutes to members.",  # another thing
    ],
)
def test_a_verb_of_the_family_about_another_thing_is_no_done(report: str) -> None:
    actions = (
        "Book the hall for the quiz night | Ann",
        "Contact the Canal Trust about the towpath | Clerk",
        "Relocate the old benches to the cemetery | Bill",
    )
    assert "done" not in {kind for _, kind in _kinds(f"Matters arising\n\n{report}", *actions)}


@pytest.mark.parametrize(
    ("report", "action"),
    [
        ("The Clerk had made contact with the Canal Trust.", "Contact the Canal Trust"),
        ("Cllr Hale carried out a review of the lease.", "Review the lease | Cllr Hale"),
    ],
)
def test_the_work_a_light_verbs_object_names(report: str, action: str) -> None:
    """ "made contact with X" reports contacting X; "carried out a review of X" reviewing X."""
    assert _kinds(f"Matters arising\n\n{report}", action) == [(1, "done")]


@pytest.mark.parametrize(
    ("report", "kinds"),
    [
        # a decision that it be done: the advert is still to place
        ("Caretaker advert: this was agreed and an advert be placed in the village shop.", []),
        ("The caretaker advert for the village shop was agreed.", []),
        ("The caretaker advert in the village shop had been placed.", [(1, "done")]),
    ],
)
def test_a_decision_is_no_done_of_an_action_to_carry_it_out(
    report: str, kinds: list[tuple[int, str]]
) -> None:
    action = "Place an advert in the village shop for a caretaker | Clerk"
    found = _kinds(f"Matters arising\n\n{report}", action)
    assert [k for k in found if k[1] == "done"] == kinds


def test_a_decision_ends_an_action_that_put_something_to_be_decided() -> None:
    report = "Matters arising\n\nThe caretaker job description was approved."
    assert _kinds(report, "Draft a job description for the caretaker | Clerk") == [(1, "done")]


@pytest.mark.parametrize(
    ("report", "kinds"),
    [
        ("The grit bin on Mill Lane had been refilled by the County.", [(1, "done")]),
        ("The County had refilled the grit bin on Mill Lane.", [(1, "done")]),
        ("Grit bin – the County had refilled it.", [(1, "done")]),
        ("The grit bin on Mill Lane would be refilled in November.", [(1, "update")]),
        ("The grit bin on Station Road had been refilled.", []),  # another bin
    ],
)
def test_the_work_an_action_asked_of_someone_else_reported_done(
    report: str, kinds: list[tuple[int, str]]
) -> None:
    """ "Ask the County to refill the grit bin": the bin refilled, by anyone, shows the asking
    was done."""
    action = "Ask the County to refill the grit bin on Mill Lane | Clerk"
    assert _kinds(f"Matters arising\n\n{report}", action) == kinds


def test_the_thing_left_out_of_a_report_is_not_reported_done() -> None:
    report = (
        "Matters arising\n\nEverything on the checklist except the booking system had been tested."
    )
    assert "done" not in {k for _, k in _kinds(report, "Ask Steve to test the booking system | Jo")}


@pytest.mark.parametrize(
    ("report", "expected"),
    [
        ("Carol updated the parish website with the new bus times.", [(1, "done")]),
        ("Carol updated us on the bus times.", [(1, "update")]),
        ("Notice updated the same day.", []),
    ],
)
def test_a_first_name_that_is_also_a_word_opens_an_active_report(
    report: str, expected: list[tuple[int, str]]
) -> None:
    """ "Carol updated the website": a name that is also a word ("carol", "will", "rob")
    followed by a past verb and its object is the doer, not the subject of a note."""
    assert _kinds(report, "Update the parish website with the new bus times | Carol") == expected


@pytest.mark.parametrize(
    ("report", "expected"),
    [
        ("Ivo met with the allotment association on 3 November.", [(1, "done")]),
        ("Ivo has met the allotment association and agreed the rent review.", [(1, "done")]),
        ("Ivo met the Scouts about the hut.", []),
        ("Ivo will meet the allotment association next week.", []),
    ],
)
def test_having_met_someone_reports_a_meeting_with_them_arranged(
    report: str, expected: list[tuple[int, str]]
) -> None:
    assert _kinds(report, "Set up a meeting with the allotment association | Ivo") == expected


@pytest.mark.parametrize(
    ("report", "expected"),
    [
        ("Speed limit on Ferry Road: letter sent.", [(1, "done")]),
        ("Speed limit on Ferry Road – a letter has been sent to the County.", [(1, "done")]),
        ("Speed limit on Ferry Road: letter sent, no reply yet.", [(1, "update")]),
        ("Speed limit on Ferry Road: a letter was sent to residents.", []),
        ("Letter sent.", []),
    ],
)
def test_a_letter_sent_reports_an_action_to_write_to_someone(
    report: str, expected: list[tuple[int, str]]
) -> None:
    """A letter or email sent, under a heading of the action's matter or to the body it was
    to write to, reports the writing; to someone else, or about nothing named, it does not."""
    action = "Write to the County about the speed limit on Ferry Road | Clerk"
    assert _kinds(report, action) == expected


def test_someone_who_agreed_to_do_something_leaves_the_report_a_report() -> None:
    """ "who agreed to ..." is the other party's promise, not a new request of the owner."""
    report = "Cllr Okafor had spoken to the farmer, who agreed to clear the ditch on Mill Lane."
    action = "Speak to the farmer about the blocked ditch on Mill Lane | Cllr Okafor"
    assert _kinds(report, action) == [(1, "done")]


@pytest.mark.parametrize(
    ("report", "expected"),
    [
        ("Priya reports that the Rotary Club has accepted the stall booking. (closed)", "done"),
        ("Priya reports that the Rotary Club has accepted the stall booking.", "update"),
        ("Priya reports that the Rotary Club has not yet replied. (closed)", "update"),
    ],
)
def test_a_status_closing_the_passage_and_the_name_an_ownerless_action_opens_with(
    report: str, expected: str | None
) -> None:
    """An action with no owner that opens with a name ("Priya has ... and will report back")
    counts that name as its owner, so the name and one of its words name it; a status ending
    the passage ("(closed)") says more than a verb inside it."""
    action = "Priya has talks with the Rotary Club about a stall and will report back"
    kinds = dict(_kinds(report, action, "Priya to renew the hall insurance"))
    assert kinds.get(1) == expected
    assert 2 not in kinds


@pytest.mark.parametrize(
    ("report", "expected"),
    [
        ("Budget\nThe Chair called the meeting to order at 7.30pm.", []),
        ("Budget\nA special meeting of the Town Council was called for 3 May.", [(1, "done")]),
    ],
)
def test_calling_this_meeting_to_order_is_no_meeting_called(
    report: str, expected: list[tuple[int, str]]
) -> None:
    action = "Call a special meeting of the Town Council to agree the budget"
    assert _kinds(report, action) == expected


@pytest.mark.parametrize(
    ("report", "kinds"),
    [
        ("ACTION: Tomasz to order welcome packs and leaflets", [(1, "done")]),
        ("ACTION: Tomasz to order leaflets", []),
    ],
)
def test_a_participle_before_a_name_qualifies_the_thing_asked_about(
    report: str, kinds: list[tuple[int, str]]
) -> None:
    """ "laminated Welcome Packs": the thing is the packs, not "laminated ..." cut off as a
    phrase qualifying an earlier noun."""
    assert _kinds(report, "Investigate non laminated Welcome Packs | Tomasz") == kinds


@pytest.mark.parametrize(
    ("report", "kinds"),
    [
        ("- @mira opened an issue for the broken sitemap (#88)", [(1, "done")]),
        ("- @jonas opened an issue for the broken sitemap (#88)", []),
    ],
)
def test_a_handle_is_the_doer_of_an_active_report(
    report: str, kinds: list[tuple[int, str]]
) -> None:
    """ "@mira opened an issue ...": the handle is who did it, so it is the owner's report, and
    someone else's handle is another doer."""
    assert (
        _kinds(
            f"## Last week's actions\n{report}\n", "Open an issue about the broken sitemap | mira"
        )
        == kinds
    )


@pytest.mark.parametrize(
    ("report", "kinds"),
    [
        ("- Lou: the proposal is posted on the forum.", [(1, "done")]),
        ("- The proposal is posted on the forum each Monday.", []),
        ("- Once the proposal is posted on the forum we will vote.", []),
        ("- Is the proposal posted on the forum?", []),
    ],
)
def test_a_present_passive_of_a_lasting_result_is_a_report(
    report: str, kinds: list[tuple[int, str]]
) -> None:
    """ "is posted", "is merged", "is scheduled": the thing is now so; not what happens each
    time, a condition or a question."""
    assert (
        _kinds(f"## Previous actions\n{report}\n", "Post the proposal on the forum | Lou") == kinds
    )


@pytest.mark.parametrize(
    ("report", "action", "kinds"),
    [
        (
            "Grit bin: the new grit bin is up.",
            "Order a new grit bin for Ferry Road | Clerk",
            "done",
        ),
        (
            "The new grit bin is in place on Ferry Road.",
            "Order a new grit bin for Ferry Road | Clerk",
            "done",
        ),
        (
            "The new grit bin is up for discussion.",
            "Order a new grit bin for Ferry Road | Clerk",
            None,
        ),
        ("Hall insurance renewed with Zurich.", "Renew the hall insurance policy | Clerk", "done"),
        ("The hall insurance policy has been renewed.", "Renew the hall insurance | Clerk", "done"),
        ("The hall lease renewed last year.", "Renew the hall insurance policy | Clerk", None),
    ],
)
def test_a_thing_bought_in_place_and_a_name_without_its_container_noun(
    report: str, action: str, kinds: str | None
) -> None:
    """A thing bought reported up or in place; "the insurance" for "the insurance policy"."""
    assert dict(_kinds(report, action)).get(1) == kinds


@pytest.mark.parametrize(
    ("report", "action", "kind"),
    [
        (
            "Dog bin – ordered, delivery expected in May.",
            "Order a dog bin for Ferry Road | Clerk",
            "done",
        ),
        (
            "The dog bin has been ordered and is awaiting delivery.",
            "Order a dog bin for Ferry Road | Clerk",
            "done",
        ),
        (
            "Dog bin – not yet ordered; delivery expected in May.",
            "Order a dog bin for Ferry Road | Clerk",
            "update",
        ),
        (
            "Dog bin leaflets delivered, more awaiting delivery.",
            "Deliver the dog bin leaflets | Clerk",
            "update",
        ),
    ],
)
def test_the_wait_for_a_delivery_is_no_doubt_that_a_thing_was_ordered(
    report: str, action: str, kind: str
) -> None:
    assert dict(_kinds(report, action)).get(1) == kind


@pytest.mark.parametrize(
    ("report", "kind"),
    [
        ("The oak on the village green had been inspected by a tree surgeon.", "done"),
        ("The oak on the village green will be inspected in May.", "update"),
        ("The oak on the playing field had been inspected.", "update"),  # no done
    ],
)
def test_the_work_an_action_was_to_have_done_reported_done(report: str, kind: str | None) -> None:
    """ "Have the oak inspected", "arrange for ... to be inspected", "ensure ... is inspected":
    the work done to the thing, by anyone, shows it was had done."""
    for action in (
        "Have the oak on the village green inspected | Clerk",
        "Arrange for the oak on the village green to be inspected | Clerk",
        "Ensure that the oak on the village green is inspected | Clerk",
    ):
        assert dict(_kinds(f"Matters arising\n\n{report}", action)).get(1) == kind, action
