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
