"""Actions in formal committee minutes (issue 11, round 22): scrutiny committees, boards and
panels, whose numbered minutes report long discussion and what the committee asked for.
Each kind of sentence with invented variants (a fictional borough's committee) and the
near misses it must pass over: a report of what was done, the meeting's own business, a
question asked and answered at the meeting."""

from __future__ import annotations

import pytest

from tests.conftest import owned_actions

HEAD = (
    "Minutes of the Community Wellbeing Scrutiny Committee of Orrinford Borough Council\n"
    "held on Wednesday 9 September 2026 at 6.00pm\n\n"
    "Present: Councillor M. Adeyemi (Chair), Councillors F. Brannock, H. Quill, R. Szabo\n"
    "Officers: Ms T. Lowther (Director of Communities), Mr G. Pell (Head of Housing)\n\n"
    "41. LEISURE CENTRE PERFORMANCE\n\nMinutes:\n\n"
)


def owned(body: str) -> list[tuple[str | None, str]]:
    return owned_actions(HEAD + body + "\n")


# --- a request cut off at a colon, its that-clauses the points below --------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The Committee requested that:\n\n"
            "(a) options for longer opening hours at Eastgate be explored;\n\n"
            "(b) a breakdown of memberships by ward is circulated to Members; and\n\n"
            "(c) the Head of Housing writes to the leisure trust about the pool closures.",
            [
                (None, "Explore options for longer opening hours at Eastgate"),
                (None, "Circulate a breakdown of memberships by ward to Members"),
                ("the Head of Housing", "Write to the leisure trust about the pool closures."),
            ],
        ),
        (
            "Members asked that:\n"
            "     i)   the booking leaflet be translated into Polish and Romanian;\n"
            "    ii)   the survey period be extended by three weeks;\n"
            "   iii)   the Cabinet Member attends the next meeting.",
            [
                (None, "Translate the booking leaflet into Polish and Romanian"),
                (None, "Extend the survey period by three weeks"),
            ],
        ),
        (
            "RESOLVED - That the Committee requests that:-\n"
            "- a site visit to the new gym be arranged for Members\n"
            "- the fees for concessions are published on the Council's website",
            [
                (None, "Arrange a site visit to the new gym for Members"),
                (None, "Publish the fees for concessions on the Council's website"),
            ],
        ),
        (
            "Councillor Szabo asked that:\n"
            "• the attendance figures were sent to all ward members;\n"
            "• the Director of Communities contacts the swimming club about lane hire.",
            [
                (None, "Send the attendance figures to all ward members"),
                ("the Director of Communities", "Contact the swimming club about lane hire."),
            ],
        ),
        (
            "RESOLVED: That the Committee:-\n\n(a) notes the report; and\n\n"
            "(b) requests that a briefing on the sauna repairs be provided to Members.",
            [(None, "Provide a briefing on the sauna repairs to Members.")],
        ),
    ],
)
def test_a_request_s_points_below_a_colon_are_its_tasks(
    body: str, expected: list[tuple[str | None, str]]
) -> None:
    assert owned(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # a report of what was done, listed under a colon
        "The Head of Housing reported that:\n(a) the roof had been repaired;\n"
        "(b) new lockers were installed in May.",
        # what the meeting itself does, asked for as its own business
        "Members asked that:\n(a) the item be deferred to the next meeting;\n"
        "(b) the update be noted.",
        # what the committee noted, not asked
        "The Committee noted that:\n- a review had been carried out;\n"
        "- the requested figures were circulated in July.",
        # a request granted at once, past
        "The requested timetables were sent to Members before the meeting.",
    ],
)
def test_no_task_in_a_report_or_the_meeting_s_own_business(body: str) -> None:
    assert owned(body) == []


# --- a promise in the passive that goes on from the subject's first predicate, or whose
# subject is a pronoun for the thing or matter just named -------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The Director of Communities advised that the usage figures were not yet"
            " validated but would be sent to Members after the meeting.",
            [
                (
                    "The Director of Communities",
                    "Send the usage figures to Members after the meeting.",
                )
            ],
        ),
        (
            "Mr Pell explained that the survey of the flats was still under way and would be"
            " shared with ward councillors once complete.",
            [("Mr Pell", "Share the survey of the flats with ward councillors once complete.")],
        ),
        (
            "The list of void garages was out of date but would be refreshed before the summer.",
            [(None, "Refresh the list of void garages before the summer.")],
        ),
        (
            "Councillor Quill asked about the cost of the new flumes. The Head of Housing did not"
            " have the costs to hand and these would be provided in writing.",
            [(None, "Provide these in writing.")],
        ),
        (
            "Members asked how many residents had used the hydrotherapy pool; it would be"
            " circulated to the Committee with the next bulletin.",
            [(None, "Circulate it to the Committee with the next bulletin.")],
        ),
        (
            "Councillor Szabo raised the broken turnstile at Eastgate. This would be looked into.",
            [(None, "Look into this (Councillor Szabo raised the broken turnstile at Eastgate)")],
        ),
        (
            "Members reported litter around the skate park; it would be followed up with the"
            " grounds contractor.",
            [(None, "Follow it up with the grounds contractor.")],
        ),
    ],
)
def test_a_passive_promise_going_on_from_its_subject_or_a_pronoun(
    body: str, expected: list[tuple[str | None, str]]
) -> None:
    assert owned(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # what was done, not to be done
        "The Director of Communities advised that the figures had been checked and were"
        " circulated in June.",
        "These had been sent to Members with the agenda.",
        # another body's plan, a pronoun for it
        "The Government's guidance on pool safety was expected shortly; it would be published"
        " in the spring.",
        "The new sports hall had been approved by the trust. It would be built by 2028.",
        # what a pronoun says of a thing, no task done to it
        "This would be funded from the trust's reserves.",
        "It would be welcomed by the swimming clubs.",
    ],
)
def test_no_passive_promise_in_a_report_a_plan_or_a_description(body: str) -> None:
    assert owned(body) == []


# --- a condition contrary to fact: what would be done then is no promise ---------------------


@pytest.mark.parametrize(
    "body",
    [
        "The learner pool would be reopened at weekends if funding were available.",
        "Mr Pell said that the scheme would be extended to Westmoor if the trust were willing.",
        "Officers would offer free swimming to carers if the budget were increased.",
        "The Director said that she would open a second gym if the lease were renewed.",
    ],
)
def test_no_promise_under_a_condition_contrary_to_fact(body: str) -> None:
    assert owned(body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The Head of Housing would check if the grants were still open.",
            [("The Head of Housing", "Check if the grants were still open.")],
        ),
        (
            "Ms Lowther would write to the trust even if the lease were extended.",
            [("Ms Lowther", "Write to the trust even if the lease were extended.")],
        ),
    ],
)
def test_if_as_whether_or_even_if_keeps_the_promise(
    body: str, expected: list[tuple[str | None, str]]
) -> None:
    assert owned(body) == expected


# --- a resolution cut off before its that-clauses, the points below ---------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "RESOLVED:\n\n(a) that the report be noted;\n\n"
            "(b) that the findings be shared with the Health and Wellbeing Board; and\n\n"
            "(c) that a letter be sent to the Minister about the pool closures.",
            [
                (None, "Share the findings with the Health and Wellbeing Board"),
                (None, "Send a letter to the Minister about the pool closures."),
            ],
        ),
        (
            "RESOLVED - that:\n\n1. the update be noted;\n\n"
            "2. members be provided with a breakdown of the swimming figures by ward;\n\n"
            "3. the Director of Communities writes to the trust about the sauna.",
            [
                (None, "Provide members with a breakdown of the swimming figures by ward"),
                ("the Director of Communities", "Write to the trust about the sauna."),
            ],
        ),
        (
            "Members agreed that:\n\n* the timetable be printed in larger type;\n\n"
            "* the changes be explained to the swimming clubs by letter.",
            [
                (None, "Print the timetable in larger type"),
                (None, "Explain the changes to the swimming clubs by letter."),
            ],
        ),
        (
            "It was RESOLVED that:\n- a site visit to Westmoor pool be arranged for Members;\n"
            "- the comments of the Committee be forwarded to the Cabinet Member.",
            [
                (None, "Arrange a site visit to Westmoor pool for Members"),
                (None, "Forward the comments of the Committee to the Cabinet Member."),
            ],
        ),
    ],
)
def test_a_resolution_s_points_below_it_are_its_tasks(
    body: str, expected: list[tuple[str | None, str]]
) -> None:
    assert owned(body) == expected


def test_a_resolution_s_points_of_the_meeting_s_own_business_are_no_tasks() -> None:
    body = (
        "RESOLVED:\n\n(a) that the report be noted;\n\n"
        "(b) that the minutes of the meeting held on 3 June be approved as a correct record;\n\n"
        "(c) that Councillor Szabo be appointed as Vice-Chair;\n\n"
        "(d) that the item be deferred to the next meeting;\n\n"
        "(e) that the review be added to the work programme."
    )
    assert owned(body) == []


# --- a reported promise in the passive, its subject set off with commas, or the speaker's
# reply, answer or addition -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Mr Pell explained that the figures, which were still provisional, would be shared"
            " with the Committee in October.",
            [("Mr Pell", "Share the figures with the Committee in October.")],
        ),
        (
            "The Director of Communities stated that the data for Eastgate, Westmoor and"
            " Northfield would be provided after the meeting.",
            [
                (
                    "The Director of Communities",
                    "Provide the data for Eastgate, Westmoor and Northfield after the meeting.",
                )
            ],
        ),
        (
            "Ms Lowther noted that, as requested, a summary of the complaints would be sent to"
            " ward councillors.",
            [("Ms Lowther", "Send a summary of the complaints to ward councillors.")],
        ),
        (
            "The Head of Housing explained that the void figures were not yet available, but"
            " would be provided to Members after the meeting.",
            [("The Head of Housing", "Provide the void figures to Members after the meeting.")],
        ),
        (
            "Mr Pell said that he did not have the costs to hand, but that they would be"
            " circulated to Members.",
            [("Mr Pell", "Circulate them to Members.")],
        ),
        (
            "The Director of Communities replied that a briefing on the new booking system would"
            " be arranged for Members.",
            [
                (
                    "The Director of Communities",
                    "Arrange a briefing on the new booking system for Members.",
                )
            ],
        ),
        (
            "Mr Pell added that the survey results would be shared with the tenants' panel.",
            [("Mr Pell", "Share the survey results with the tenants' panel.")],
        ),
    ],
)
def test_a_reported_passive_promise_with_commas_or_in_a_reply(
    body: str, expected: list[tuple[str | None, str]]
) -> None:
    assert owned(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "The Director of Communities replied that the pool, which had been closed since May,"
        " was now open.",
        "Mr Pell responded that, as far as he knew, the figures had been sent in June.",
        "Ms Lowther added that the strategy would be considered by Cabinet in March.",
        "The Director replied that, if funding were available, the scheme would be extended.",
    ],
)
def test_no_reported_passive_promise_in_a_reply_of_what_is_or_was(body: str) -> None:
    assert owned(body) == []


# --- presented or reported to a body outside the meeting: a task, in any passive ---------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "RESOLVED: That the findings of the review be presented to the Health and Wellbeing"
            " Board.",
            [(None, "Present the findings of the review to the Health and Wellbeing Board.")],
        ),
        (
            "The survey results would be presented to the Orrinford Leisure Trust.",
            [(None, "Present the survey results to the Orrinford Leisure Trust.")],
        ),
        (
            "Members asked that the broken turnstiles be reported to the contractor.",
            [(None, "Report the broken turnstiles to the contractor.")],
        ),
    ],
)
def test_presented_or_reported_outside_the_meeting_is_a_task(
    body: str, expected: list[tuple[str | None, str]]
) -> None:
    assert owned(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "RESOLVED: That a further report be presented to the Committee in March.",
        "RESOLVED: That the views of Members be reported to the next meeting.",
        "Members asked that the outcome be reported to the Panel.",
    ],
)
def test_presented_or_reported_to_the_meeting_is_its_business(body: str) -> None:
    assert owned(body) == []


# --- "made available": a task in any passive, as in a request ---------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Ms Lowther advised that the presentation slides would be made available to Members.",
            [("Ms Lowther", "Make the presentation slides available to Members.")],
        ),
        (
            "The booking data would be made available to ward councillors after the meeting.",
            [(None, "Make the booking data available to ward councillors after the meeting.")],
        ),
        (
            "Members were informed that the full survey would be made available on the Council's"
            " website.",
            [(None, "Make the full survey available on the Council's website.")],
        ),
        (
            "It was noted that the recording would be made publicly available.",
            [(None, "Make the recording publicly available.")],
        ),
    ],
)
def test_made_available_is_a_task_in_any_passive(
    body: str, expected: list[tuple[str | None, str]]
) -> None:
    assert owned(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Mr Pell advised that no decision would be made until the summer.",
        "The survey results had been made available to Members in June.",
    ],
)
def test_made_without_available_or_done_is_no_task(body: str) -> None:
    assert owned(body) == []


# --- a question asked and answered at the meeting is no task -----------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Councillor Quill sought clarification on the concession rates. Mr Pell explained that"
        " residents over 65 paid half price.",
        "Councillor Brannock asked for an update on the roof repairs at Westmoor. The Director"
        " of Communities advised that the work had been completed in May.",
        "Councillor Szabo requested an update on the sauna. In response, Ms Lowther replied"
        " that the contractor had started on site.",
        "Members requested information on the number of complaints; the Head of Housing"
        " advised that there had been 14 in the year.",
        "Members asked that the booking data be shared with them. Officers explained that the"
        " data was commercially confidential.",
    ],
)
def test_a_request_answered_at_the_meeting_is_no_task(body: str) -> None:
    assert owned(body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Councillor Quill asked for a breakdown of the figures by ward.",
            [(None, "Provide a breakdown of the figures by ward.")],
        ),
        (
            "Members sought clarification on the number of residents affected. Officers did not"
            " have the figures to hand and would provide these following the meeting.",
            [(None, "Provide clarification on the number of residents affected.")],
        ),
        (
            "Members requested information on the number of complaints; the Head of Housing"
            " advised that a breakdown would be circulated.",
            [("the Head of Housing", "Circulate a breakdown.")],
        ),
    ],
)
def test_a_request_not_answered_or_answered_with_a_promise_stands(
    body: str, expected: list[tuple[str | None, str]]
) -> None:
    assert owned(body) == expected
