"""Commitments in prose with will/would (round 26): an officer's reply reporting what a
unit of their own organisation, its officials or a named officer will do ("Mr Quinn stated
that the Roads Section would write to the landowner", "In reply, the Senior Engineer
advised that officials would examine the request"). Not another body's plans, a state or
a wish, a habit, a hedge, a condition contrary to fact, or what was said before. All
examples invented."""

from __future__ import annotations

from tests.conftest import owned_actions

_HEAD = (
    "Carrowmore Municipal District\n"
    "Minutes of the monthly meeting held on 12 May 2026\n\n"
    "Present: Cllr Niamh Nolan (Cathaoirleach), Cllr Ruairi Walsh, Cllr Aoife Kearney\n"
    "In attendance: Mr Declan Quinn (Senior Engineer), Ms Orla Devlin (Director of "
    "Services), Ms Gemma Hale (Administrator)\n\n"
    "6. Roads and transport\n"
)


def _found(text: str) -> list[tuple[str | None, str]]:
    return owned_actions(_HEAD + text + "\n")


def _cases(cases: tuple[tuple[str, list[tuple[str | None, str]]], ...]) -> None:
    for text, expected in cases:
        assert _found(text) == expected, text


def test_an_officer_reports_what_their_own_side_will_do() -> None:
    """A reply in reported speech ("stated that", "replied that", "Members were informed
    that") naming a unit of the officer's own organisation by what it does or where it
    works, the officials, or an officer, then will/would and a verb of a task."""
    _cases(
        (
            (
                "Mr Quinn stated that the Roads Section would write to the landowner.",
                [("the Roads Section", "Write to the landowner.")],
            ),
            (
                "In reply, the Senior Engineer advised that officials would examine the "
                "request for traffic calming.",
                [("officials", "Examine the request for traffic calming.")],
            ),
            (
                "Members were informed that the Parks team would arrange a site visit.",
                [("the Parks team", "Arrange a site visit.")],
            ),
            (
                "Ms Hale responded that the area office will carry out an inspection of the "
                "culvert.",
                [("the area office", "Carry out an inspection of the culvert.")],
            ),
            (
                "Ms Devlin confirmed that the District Engineer would revert to Cllr Kearney.",
                [("the District Engineer", "Revert to Cllr Kearney.")],
            ),
            (
                "The Director indicated that the Housing Department would contact the tenant.",
                [("the Housing Department", "Contact the tenant.")],
            ),
            (
                "Cllr Walsh raised the potholes on the Mill Road. The Cathaoirleach noted "
                "that officials would come back with costings.",
                [("officials", "Come back with costings.")],
            ),
        )
    )


def test_what_is_no_promise_of_the_officers_own_side() -> None:
    """Another body's plans, a state or a wish, a habit, a hedge, a condition contrary to
    fact, a reverting that is no reply, and what was said before."""
    _cases(
        (
            ("Mr Quinn stated that the Environment Agency would replace the weir.", []),
            ("The Director indicated that the Department of Transport would fund it.", []),
            ("Mr Quinn stated that the Roads Section had said it would resurface it.", []),
            ("Members were informed that the Parks team might arrange a visit.", []),
            (
                "Members were informed that the Parks team would arrange a visit if "
                "funding were available.",
                [],
            ),
            ("Ms Devlin confirmed that the Housing Department would normally write first.", []),
            ("Members were informed that the area office would be closed at Christmas.", []),
            ("Mr Quinn stated that the Roads Section would welcome any feedback.", []),
            ("Ms Devlin confirmed that the area office would remain open on Fridays.", []),
            ("Ms Devlin said the Housing Department would revert to the old rota.", []),
            ("Mr Quinn stated that the District Engineer would revert to the old rota.", []),
        )
    )


_NOTES = (
    "# Tiler working group, weekly call, 2026-05-14\n\n"
    "Attendees: Ines Marlow, Teodor Vass, Kofi Mensah, Ruth Abara\n\n"
    "## Round table\n"
)


def _noted(text: str) -> list[tuple[str | None, str]]:
    return owned_actions(_NOTES + text + "\n")


def test_a_bullet_under_a_speakers_remark_is_theirs() -> None:
    """In notes, a bullet nested under one opened by a speaker's label ("* Ines: ...", "-
    Teodor - ...") is the speaker's: a promise with no subject, with "I" or "we"."""
    cases = (
        (
            "* Ines: planning the tile cache rework\n"
            "  - offset handling is wrong\n"
            "  - Will chat with Kofi after this call\n"
            "* Ruth: finished the style picker\n",
            [("Ines", "Chat with Kofi after this call")],
        ),
        (
            "- Teodor: CI is flaky\n    - will ping infra about more runners\n",
            [("Teodor", "Ping infra about more runners")],
        ),
        (
            "- Kofi - docs are stale\n    - I'll rewrite the install guide\n",
            [("Kofi", "Rewrite the install guide")],
        ),
        (
            "* Ruth:\n  * We'll make sure the demo data is refreshed.\n",
            [("Ruth", "Make sure the demo data is refreshed.")],
        ),
    )
    for text, expected in cases:
        assert _noted(text) == expected, text


def test_what_a_speakers_nested_bullet_holds_that_is_no_promise() -> None:
    """Under a speaker's remark: a thing's future, a need or a forecast, another person's
    task (theirs), and a bullet under a topic, not a speaker."""
    cases = (
        (
            "* Ines: planning the tile cache rework\n"
            "  - the old tiles will need regenerating\n"
            "  - we will probably need more runners\n"
            "  - Ruth will look at the cache keys\n",
            [("Ruth", "Look at the cache keys")],
        ),
        ("* Teodor: CI is flaky\n  - Will be fixed by the release\n", []),
        ("* Caching: the hit rate is low\n  - will require a new index\n", []),
    )
    for text, expected in cases:
        assert _noted(text) == expected, text


def test_a_reply_opened_by_a_participle_names_its_speaker() -> None:
    """ "Responding, Mr Quinn said he would ...": the participle set off by a comma opens
    the sentence; the owner is who speaks after it (not a name ending in "-ing")."""
    _cases(
        (
            (
                "Responding, Mr Quinn said he would arrange for the area engineer to "
                "inspect the road.",
                [("Mr Quinn", "Arrange for the area engineer to inspect the road.")],
            ),
            (
                "Replying, the Senior Engineer said that he would write to the landowner.",
                [("the Senior Engineer", "Write to the landowner.")],
            ),
            (
                "Responding, Ms Devlin stated she will contact the tenant.",
                [("Ms Devlin", "Contact the tenant.")],
            ),
            (
                "Answering, Ms Hale advised that she would circulate the draft calendar.",
                [("Ms Hale", "Circulate the draft calendar.")],
            ),
            (
                "Fleming, Walsh and Quinn will draft the letter.",
                [("Fleming, Walsh and Quinn", "Draft the letter.")],
            ),
            ("Responding, Mr Quinn said the works had been completed in April.", []),
        )
    )


def test_a_verb_of_a_state_paired_with_a_verb_of_a_task() -> None:
    """ "would keep and update the master list": a second verb, of a task, shares the
    first's object, so the pair is a task; "keep ... up to date" is one too. Not a wish or a
    state paired with a decision ("welcome and support"), nor a state alone."""
    _cases(
        (
            (
                "Ms Devlin informed members there would be a register, the Housing Officer "
                "would keep and update the list of voids.",
                [("the Housing Officer", "Keep and update the list of voids.")],
            ),
            (
                "The Administrator would keep the list of road openings up to date.",
                [("The Administrator", "Keep the list of road openings up to date.")],
            ),
            (
                "Cllr Walsh will keep and circulate the attendance record.",
                [("Cllr Walsh", "Keep and circulate the attendance record.")],
            ),
            ("Members would welcome and support the scheme.", []),
            ("The area office would remain and grow.", []),
            ("Cllr Walsh will keep up to date with the news.", []),
        )
    )


def test_will_opening_a_listed_task_is_the_modal_unless_a_will_is_named() -> None:
    """ "- Will circulate the draft" under an action list: the modal, its subject dropped,
    no one called Will (unless the minutes name a Will)."""
    cases = (
        (
            "## Next steps\n* Will circulate the draft to the steering group\n"
            "* Kofi to book the room\n",
            [(None, "Circulate the draft to the steering group"), ("Kofi", "Book the room")],
        ),
        (
            "## Actions\n- Will send the invoice to the venue\n",
            [(None, "Send the invoice to the venue")],
        ),
    )
    for text, expected in cases:
        assert _noted(text) == expected, text
    named = _NOTES.replace("Ruth Abara", "Will Abara")
    assert owned_actions(named + "## Actions\n- Will send the invoice to the venue\n") == [
        ("Will", "Send the invoice to the venue")
    ]


def test_a_promise_to_propose_or_suggest_something_later() -> None:
    """ "will propose a new date", "will suggest to the team that ...": a proposal to be put
    to others later is a task; a view given there and then is none ("would propose that
    ...", "would suggest a different venue")."""
    _cases(
        (
            (
                "Mr Quinn will also propose a new schedule for the works and circulate it.",
                [("Mr Quinn", "Propose a new schedule for the works and circulate it.")],
            ),
            (
                "Ms Hale will suggest to the residents' group that they meet in June.",
                [("Ms Hale", "Suggest to the residents' group that they meet in June.")],
            ),
            (
                "Cllr Walsh will propose to the county that the speed limit be lowered.",
                [("Cllr Walsh", "Propose to the county that the speed limit be lowered.")],
            ),
            ("The Cathaoirleach would propose that the item be deferred.", []),
            ("Cllr Walsh said he would suggest that members visit the site.", []),
            ("Ms Hale would suggest a different venue.", []),
        )
    )


def test_the_minutes_promised_out_in_the_passive() -> None:
    """ "Minutes of the meeting will be circulated", "The minutes will be published on the
    website": a meeting's own minutes to be sent out or published are a task with no one
    named. Not minutes in general (a practice), nor what a meeting does with them
    ("approved", "considered"), nor a suggestion."""
    _cases(
        (
            (
                "Minutes of the meeting will be circulated with the list of actions.",
                [(None, "Circulate minutes of the meeting with the list of actions.")],
            ),
            (
                "The minutes will be published on the district's website.",
                [(None, "Publish the minutes on the district's website.")],
            ),
            (
                "The minutes of the AGM would be uploaded as soon as possible.",
                [(None, "Upload the minutes of the AGM as soon as possible.")],
            ),
            ("It was agreed that minutes will be displayed on the notice board.", []),
            ("The minutes will be approved at the next meeting.", []),
            ("The minutes would be considered at the next meeting.", []),
            ("It was suggested the minutes be published on the website.", []),
        )
    )
