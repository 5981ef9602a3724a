"""Promises and requests with a named agent inside long discussion paragraphs (round 23):
"he" or "she" pointing back past sentences that name no one, the staff who serve a meeting
("officers", "NHS colleagues") taking on work as a role does, a new agent after the object
of the clause before ("... on Mill Lane and officers would ..."), an answer given now to
what someone had asked, a clause set between the agent and "would", and "would" going on
with the subject after "and". Not what is done as a rule ("would normally"), nor what was
agreed before, nor a body's plan. All examples invented."""

from __future__ import annotations

from tests.conftest import owned_actions

_HEAD = (
    "Eastbrook District Council - Communities Scrutiny Panel\n"
    "Minutes of the meeting held on 9 June 2026\n\n"
    "Present: Cllr Rhona Vance (Chair), Cllr Idris Poole, Cllr Maud Seddon, Priya Lakhani "
    "(Head of Leisure), Colin Ashe (Democratic Services Officer)\n\n"
    "6. Leisure Centre Performance\n"
)
# A long sentence of discussion naming no one, opening the paragraph.
_TALK = (
    "Members discussed the quarterly figures at length, in particular the fall in swimming "
    "lessons at the two older pools and the rising cost of energy over the winter months. "
)


def _found(text: str) -> list[tuple[str | None, str]]:
    return owned_actions(_HEAD + text + "\n")


def test_he_or_she_points_back_past_a_sentence_naming_no_one() -> None:
    """ "The Head of Leisure introduced the report. The backlog had grown. She would
    circulate the figures": she is the person a sentence of the paragraph opens with, though
    the sentence just before names no one."""
    cases = (
        (
            "The Head of Leisure introduced the report. She explained that the backlog had "
            "grown since March. She would send members the revised timetable.",
            ("The Head of Leisure", "Send members the revised timetable."),
        ),
        (
            "Cllr Poole raised the state of the car park. Two lamps had failed in May and the "
            "surface was breaking up. He would report the lamps to the highways team again.",
            ("Cllr Poole", "Report the lamps to the highways team again."),
        ),
        (
            "Priya Lakhani presented the usage figures, noting the rise in gym memberships. In "
            "answer to questions, she confirmed that the figures left out the schools. She "
            "would provide the school bookings to members.",
            ("Priya Lakhani", "Provide the school bookings to members."),
        ),
        (
            "The Democratic Services Officer reported on the review. The deadline was in "
            "September and the survey form was long. He will complete it before the summer.",
            ("The Democratic Services Officer", "Complete it before the summer."),
        ),
    )
    for text, expected in cases:
        assert _found(text) == [expected], text


def test_he_or_she_is_no_group_nor_someone_else_named_between() -> None:
    """ "He" or "she" never stands for "Members" or the Panel; and where a sentence naming
    someone else comes between, nothing tells whom it stands for."""
    for text in (
        _TALK + "The tenants had not replied, but she would write to them again.",
        _TALK + "He would send the figures after the meeting.",
        "Members thanked the Chair. The roof had been mended and the gutters cleared. He "
        "would send the invoice to the insurers.",
    ):
        assert _found(text) == [], text


def test_the_staff_of_the_meeting_take_on_work_as_a_role() -> None:
    """ "Officers would seek to ...", "NHS colleagues would provide ...", "asked that NHS
    colleagues provide ...": the staff who serve the meeting commit as a role does, with any
    verb of a task (not only a body's few)."""
    cases = (
        (
            "Officers would seek to contact the operator by phone.",
            ("Officers", "Seek to contact the operator by phone."),
        ),
        (
            "Officers would explore the options for a new changing block.",
            ("Officers", "Explore the options for a new changing block."),
        ),
        (
            "NHS colleagues would provide an update on referrals at the next meeting.",
            ("NHS colleagues", "Provide an update on referrals at the next meeting."),
        ),
        (
            "Council officers will arrange a site visit to the pavilion.",
            ("Council officers", "Arrange a site visit to the pavilion."),
        ),
        (
            "It was agreed that officers would review the signage at the entrance.",
            ("officers", "Review the signage at the entrance."),
        ),
        (
            "The Panel asked that NHS colleagues provide a briefing on the falls service.",
            ("NHS colleagues", "Provide a briefing on the falls service."),
        ),
        (
            "Priya Lakhani stated that her team would contact each club individually.",
            ("her team", "Contact each club individually."),
        ),
    )
    for text, expected in cases:
        assert _found(_TALK + text) == [expected], text


def test_what_is_done_as_a_rule_is_no_promise() -> None:
    """ "Officers would normally contact families within five days", "The Clerk would
    usually write first": what is done as a rule; nor is a body's plan or what officers had
    done already a task."""
    for text in (
        "Officers would normally contact the families within five days.",
        "The Democratic Services Officer would usually write to the club first.",
        "Cllr Poole said he would normally raise such matters with the operator.",
        "Priya Lakhani explained the process and would generally notify the schools by email.",
        "The Government will publish its guidance on pools in the spring.",
        "The Women's Team would use the spare kit for the rest of the season.",
        "It was confirmed that each team will host one match.",
        "NHS colleagues will attend the July meeting to talk about the clinic.",
        "The Head of Leisure explained that officers had already written to all the clubs.",
    ):
        assert _found(_TALK + text) == [], text


def test_a_new_agent_after_the_object_of_the_clause_before() -> None:
    """ "Cllr Seddon raised the flooding on Mill Lane and officers would contact the county":
    "Mill Lane and officers" is no owner; officers opens a clause of its own. So too "from
    Cllr Poole, the Head of Leisure said ..." after a phrase of a preposition."""
    cases = (
        (
            "Cllr Seddon raised the flooding on Mill Lane and officers would contact the "
            "county about it.",
            ("officers", "Contact the county about it."),
        ),
        (
            "Cllr Vance asked about the cost of the new boilers and the Head of Leisure agreed "
            "to circulate a breakdown.",
            ("the Head of Leisure", "Circulate a breakdown."),
        ),
        (
            "Responding to a question from Cllr Poole, the Head of Leisure said she would meet "
            "the swimming club.",
            ("the Head of Leisure", "Meet the swimming club."),
        ),
        (
            "Following a question from Cllr Seddon, Priya Lakhani confirmed that the count was "
            "incomplete and that she would check the missing months.",
            ("Priya Lakhani", "Check the missing months."),
        ),
    )
    for text, expected in cases:
        assert _found(text) == [expected], text
    # Two people opening the sentence together, or each their own clause, stay as written.
    assert _found("Cllr Poole and Cllr Seddon will visit the pavilion.") == [
        ("Cllr Poole and Cllr Seddon", "Visit the pavilion.")
    ]


def test_an_answer_given_now_to_what_had_been_asked() -> None:
    """ "Cllr Vance had asked for a site visit and the Head of Leisure agreed to arrange it":
    the request was made before, the answer at this meeting (simple past): a task. What was
    agreed before ("had agreed", "At the last meeting ... agreed") is none."""
    assert _found(
        "Cllr Vance had asked for a briefing on the pool closures and the Head of Leisure "
        "agreed to arrange it."
    ) == [("the Head of Leisure", "Arrange a briefing on the pool closures")]
    assert _found(
        "Cllr Seddon had asked for a site visit and the Democratic Services Officer undertook "
        "to organise one."
    ) == [("the Democratic Services Officer", "Organise one (a site visit)")]
    for text in (
        "Cllr Vance had asked for a site visit and the Head of Leisure had agreed to arrange it.",
        "At the last meeting Cllr Vance asked for a site visit and the Head of Leisure agreed "
        "to arrange it.",
    ):
        assert _found(text) == [], text


def test_a_clause_between_the_agent_and_would() -> None:
    """ "Cllr Poole, who chairs the working group, would circulate ...", "The Democratic
    Services Officer, having spoken to the club, will arrange ...": the agent is before
    the clause set between commas."""
    assert _found(
        "Cllr Poole, who chairs the working group, would circulate its findings before the "
        "next meeting."
    ) == [("Cllr Poole", "Circulate its findings before the next meeting.")]
    assert _found(
        "The Democratic Services Officer, having spoken to the club, will arrange a meeting "
        "in July."
    ) == [("The Democratic Services Officer", "Arrange a meeting in July.")]


def test_would_goes_on_with_the_subject_after_and() -> None:
    """ "The Head of Leisure accepted the point and would amend the plan accordingly": the
    subject goes on, with a verb of a task; not the meeting's nor a body's ("Members noted
    the report and would consider it in June")."""
    assert _found(
        "The Head of Leisure accepted the point and would amend the action plan accordingly."
    ) == [("The Head of Leisure", "Amend the action plan accordingly.")]
    assert _found(
        "Cllr Seddon thanked the staff for their work and would write to the club's secretary."
    ) == [("Cllr Seddon", "Write to the club's secretary.")]
    for text in (
        "Members noted the report and would consider it further in September.",
        "The Council approved the budget and would write to the residents.",
    ):
        assert _found(text) == [], text


def test_it_points_to_the_clause_before_its_agent() -> None:
    """ "The drain on Mill Lane is blocked Clerk to report it": "it" is what the words before
    the agent in the same sentence say of a thing, not the sentence before; not when only
    the meeting's agreement comes before the agent ("After discussion it was agreed for the
    Clerk to reply")."""
    cases = (
        (
            "The footbridge rail on Kiln Lane is loose Cllr Poole to report it.",
            ("Cllr Poole", "Report it (the footbridge rail on Kiln Lane is loose)"),
        ),
        (
            "The notice board by the pavilion was damaged Colin Ashe to repair it.",
            ("Colin Ashe", "Repair it (the notice board by the pavilion was damaged)"),
        ),
        (
            "The letter about the lease is still unanswered so the Democratic Services "
            "Officer will chase it.",
            (
                "the Democratic Services Officer",
                "Chase it (the letter about the lease is still unanswered)",
            ),
        ),
    )
    for text, expected in cases:
        assert _found(_TALK + text) == [expected], text


def test_a_missing_full_stop_after_an_irregular_participle() -> None:
    """ "The hedge at Kiln Lane is overgrown Clerk to write to the owner": the clause closes
    on its participle ("overgrown", "shown") as on one in -ed."""
    assert _found("The hedge at Kiln Lane is overgrown Cllr Poole to write to the owner.") == [
        ("Cllr Poole", "Write to the owner.")
    ]
    assert _found("The ivy by the pond is overgrown Colin Ashe to cut it.") == [
        ("Colin Ashe", "Cut it (the ivy by the pond is overgrown)")
    ]


def test_it_was_agreed_she_would_after_the_clause_naming_her() -> None:
    """ "Priya Lakhani explained the delays and it was agreed that she would circulate a
    timetable": she is the person the clause before names, in the same sentence."""
    assert _found(
        _TALK + "Priya Lakhani explained the delays and it was agreed that she would circulate "
        "a timetable."
    ) == [("Priya Lakhani", "Circulate a timetable.")]


def test_no_task_in_who_will_be_or_a_handover_there_and_then() -> None:
    """ "... the resignation of Cllr Ward, who will be greatly missed": a relative clause of
    a state, no task ("..., who will then draft a letter" is one); "then handed over to the
    Chair to present": the meeting's business there and then."""
    for text in (
        "The Chair announced the resignation of Cllr Ward who will be greatly missed by all.",
        "The Chair welcomed Mrs Day, who would like to join the Panel.",
        "The Head of Leisure introduced the report and then handed over to the Chair to present.",
    ):
        assert _found(_TALK + text) == [], text
    assert _found(
        _TALK + "Clubs should send their bookings to the Democratic Services Officer, who will "
        "then draft the timetable."
    ) == [("the Democratic Services Officer", "Draft the timetable.")]


def test_an_agents_task_in_capitals_closing_a_paragraph() -> None:
    """ "... all resolved to object. CLERK TO SEND EMAIL TO PLANNING AUTHORITY": a task
    written in capitals reads as in small letters (initials stay). Not an agenda's "TO
    RECEIVE ...", nor the meeting noting a report."""
    cases = (
        (
            "The Panel agreed to support the bid. CLERK TO CONFIRM THIS BY EMAIL TO THE CLUB.",
            ("Clerk", "Confirm this by email to the club."),
        ),
        (
            "The objections were agreed. COLIN ASHE TO SEND THE RESPONSE TO THE PLANNERS",
            ("Colin Ashe", "Send the response to the planners"),
        ),
        (
            "The lease was discussed. CLLR POOLE WILL ASK THE LRA ABOUT THE TERMS.",
            ("Cllr Poole", "Ask the LRA about the terms."),
        ),
        ("THE CLERK TO WRITE TO THE COUNTY.", ("the Clerk", "Write to the county.")),
    )
    for text, expected in cases:
        assert _found(_TALK + text) == [expected], text
    for text in ("TO RECEIVE THE CLERK'S REPORT.", "MEMBERS TO NOTE THE REPORT."):
        assert _found(_TALK + text) == [], text


def test_a_mandate_in_the_s_form_and_the_one_asked_who_agreed() -> None:
    """ "Cllr Seddon recommended that the Democratic Services Officer contacts the supplier",
    "proposed that Cllr Poole writes to the club": a mandate with the verb in -s, as after
    "agreed that". "Cllr Vance asked Cllr Poole to ring the club, which he agreed to do":
    he is the one asked. Not the meeting's formal recommendation, nor one to a body."""
    cases = (
        (
            "Cllr Seddon recommended that the Democratic Services Officer contacts the "
            "supplier for a quote.",
            ("the Democratic Services Officer", "Contact the supplier for a quote."),
        ),
        (
            "Cllr Vance proposed that Cllr Poole writes to the swimming club.",
            ("Cllr Poole", "Write to the swimming club."),
        ),
        (
            "Cllr Vance asked Cllr Poole to ring the club secretary, which he agreed to do.",
            ("Cllr Poole", "Ring the club secretary"),
        ),
    )
    for text, expected in cases:
        assert _found(_TALK + text) == [expected], text
    for text in (
        "The Panel recommended that the Cabinet Member write to all the schools.",
        "Cllr Vance recommended that the Council adopts the policy.",
    ):
        assert _found(_TALK + text) == [], text


def test_make_with_a_plural_object_of_work_is_a_task() -> None:
    """ "Cllr Poole said he would make representations to the county", "will make repairs to
    the gate": "make" in the sense of a task; not "it would make sense"."""
    assert _found(
        _TALK + "Cllr Poole said he would make representations to the county about the bus."
    ) == [("Cllr Poole", "Make representations to the county about the bus.")]
    assert _found(_TALK + "Colin Ashe would make repairs to the gate.") == [
        ("Colin Ashe", "Make repairs to the gate.")
    ]
    assert _found(_TALK + "It would make sense to wait until the spring.") == []
