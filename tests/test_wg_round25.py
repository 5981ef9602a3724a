"""Working-group notes, round 25, on made-up notes of the Lantern Project's steering call:
an agenda's numbered entries naming who leads each and for how long ("3. Review last
call's action items (10m, Odile)") are topics, not jobs for the presenter; a task under
"Action Items" naming its owner in brackets is that owner's, whether or not the notes name
the owner elsewhere ("2. Fork and revise the sharing policy (Oyelaran)")."""

from __future__ import annotations

import pytest

from tests.conftest import owned_actions

_HEAD = "# Lantern Project steering call, 4 March 2026\n\n"
_ROLL = "Attendees: Odile Brand, Kasim Rahe, Petra Voss\n\n"
_NOTES = "## Release plan\n\n- Kasim: the release is close.\n- Petra to draft the notes.\n"


def _actions(body: str, head: str = _HEAD) -> list[tuple[str | None, str]]:
    return [(owner, task.rstrip(".")) for owner, task in owned_actions(head + body)]


@pytest.mark.parametrize(
    "agenda",
    [
        "1. Sign the contributor agreement and code of conduct (2m, Odile)\n",
        "2. Choose a note taker for today (1m, Odile)\n",
        "4. Discuss the release plan [15m, Kasim]\n",
        "3. Review open pull requests (10 min, Petra)\n",
        "- Agree the roadmap for the second quarter (Petra, 20 mins)\n",
        "5. Plan the spring meetup (Kasim - 5m)\n",
    ],
)
def test_agenda_entry_with_its_time_slot(agenda: str) -> None:
    """The brackets give who leads the entry and its minutes on the agenda: no job."""
    body = f"{agenda}\n{_NOTES}- Odile: the agenda is long.\n- Kasim: fine by me.\n"
    assert _actions(body, _HEAD + _ROLL) == [("Petra", "Draft the notes")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # an owner in brackets with no time: a job outside an action list, as before
            "- Renew the project's domain before it lapses (Kasim)\n",
            [("Kasim", "Renew the project's domain before it lapses")],
        ),
        (  # a task whose own words give a length of time, its owner after it
            "## Action items\n\n- Book the hall for a 2h workshop (Odile)\n",
            [("Odile", "Book the hall for a 2h workshop")],
        ),
    ],
)
def test_time_slot_near_misses(body: str, expected: list[tuple[str | None, str]]) -> None:
    assert _actions(body, _HEAD + _ROLL) == expected


@pytest.mark.parametrize(
    ("entries", "expected"),
    [
        (  # a name the notes give nowhere else, beside names they do
            "1. Follow up with the venue about the projector (Odile)\n"
            "2. Fork and revise the sharing policy (Oyelaran)\n"
            "3. Publish the March update post, probably just these notes (Oyelaran)\n",
            [
                ("Odile", "Follow up with the venue about the projector"),
                ("Oyelaran", "Fork and revise the sharing policy"),
                ("Oyelaran", "Publish the March update post, probably just these notes"),
            ],
        ),
        (  # bullets, two names
            "- Move the wiki to the new host (Thandeka)\n"
            "- Ask the sponsors about the venue (Kasim & Zubeida)\n",
            [
                ("Thandeka", "Move the wiki to the new host"),
                ("Kasim & Zubeida", "Ask the sponsors about the venue"),
            ],
        ),
        (  # a due date after the bracket
            "1. Send the survey to members (Radomir) - by Friday\n",
            [("Radomir", "Send the survey to members")],
        ),
    ],
)
def test_action_list_owner_in_brackets(
    entries: str, expected: list[tuple[str | None, str]]
) -> None:
    body = f"{_NOTES}\n**Action Items**\n\n{entries}"
    assert _actions(body, _HEAD + _ROLL)[1:] == expected


def test_action_list_bracket_that_names_no_one() -> None:
    """A state or a topic in the brackets ("(Ongoing)", "(Finance)") names no owner."""
    body = (
        f"{_NOTES}\n**Action Items**\n\n"
        "1. Revise the meeting format for newcomers (Ongoing)\n"
        "2. Fix the broken links on the donations page (Finance)\n"
    )
    assert [owner for owner, _ in _actions(body, _HEAD + _ROLL)[1:]] == [None] * len(
        _actions(body, _HEAD + _ROLL)[1:]
    )


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "**Action assigned to Petra**: Check the licence headers before the cut.\n",
            [("Petra", "Check the licence headers before the cut")],
        ),
        (
            "Action assigned to Kasim and Odile: Compare the two mirror providers.\n",
            [("Kasim and Odile", "Compare the two mirror providers")],
        ),
        (
            "Action for all to read the governance draft before the next call.\n",
            [("all", "Read the governance draft before the next call")],
        ),
        (
            "Action for Odile to book the room for the summit.\n",
            [("Odile", "Book the room for the summit")],
        ),
        (
            "- Summit planning\n  * action all: think about session proposals\n",
            [("all", "Think about session proposals")],
        ),
        (
            "- Summit planning\n  * action everyone: share the call for papers\n",
            [("everyone", "Share the call for papers")],
        ),
    ],
)
def test_action_marks_naming_whose(line: str, expected: list[tuple[str | None, str]]) -> None:
    """ "Action assigned to <name>:", "Action for <name> to ...", "action all:": the mark
    names whose task follows it."""
    body = f"## Release plan\n\nThe group looked at the draft checklist.\n\n{line}"
    assert _actions(body, _HEAD + _ROLL) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Action for Children will host the spring hackathon at their office.\n",
        "Kasim said Action for Nature is to publish its report in May.\n",
        "Action for climate: the group discussed the carbon calculator.\n",
        "Action for all: none.\n",
        "The action assigned to Petra last month is done.\n",
        "Petra: the action for everyone was closed.\n",
    ],
)
def test_action_mark_near_misses(line: str) -> None:
    """A body named "Action for ...", a topic, no task, an old action's state: no job."""
    body = f"## Partners\n\n{line}"
    assert _actions(body, _HEAD + _ROLL) == []


@pytest.mark.parametrize(
    "bullet",
    [
        "- Blog post from the launch\n",
        "- Blog post to announce the keynotes ([#12](https://example.org/issues/12))\n",
        "- Wiki page for the onboarding steps\n",
        "- Roadmap review in April\n",
        "- Website refresh from the design sprint\n",
    ],
)
def test_newer_noun_heads_no_owner(bullet: str) -> None:
    """A noun of the web or of software opening a bullet ("Blog post ...", "Wiki page ...")
    is a thing the notes name, not someone with a job."""
    assert _actions(f"### Outreach\n\n{bullet}", _HEAD + _ROLL) == []


@pytest.mark.parametrize(
    ("bullet", "expected"),
    [
        ("- Kasim post the slides to the wiki\n", [("Kasim", "Post the slides to the wiki")]),
        ("- Blog: Petra to draft the launch post\n", [("Petra", "Draft the launch post")]),
        (
            "## Action items\n\n- Update the website's links (Odile)\n",
            [("Odile", "Update the website's links")],
        ),
    ],
)
def test_newer_noun_near_misses(bullet: str, expected: list[tuple[str | None, str]]) -> None:
    assert _actions(f"### Outreach\n\n{bullet}", _HEAD + _ROLL) == expected


def test_action_list_bracket_naming_a_thing() -> None:
    """A thing of the web in the brackets ("(Website)") names no owner."""
    body = f"{_NOTES}\n**Action Items**\n\n1. Fix the broken links on the home page (Website)\n"
    assert [owner for owner, _ in _actions(body, _HEAD + _ROLL)[1:]] in ([], [None])


@pytest.mark.parametrize(
    "line",
    [
        "- Petra: to clarify, the licence applies to the docs too.\n",
        "- Kasim: to be fair, the tests were flaky last month.\n",
        "- Odile: to summarise, we keep the current host for now.\n",
        "- Petra: to clarify, did the board agree this in private? That is not what we heard.\n",
        "- Kasim: to be honest, nobody has time for this.\n",
        "Odile: to recap, the vote passed.\n",
    ],
)
def test_speaker_aside_is_no_task(line: str) -> None:
    """ "Name: to clarify, <clause>": a speaker's aside before what they say, no job."""
    assert _actions(f"## Licensing\n\n{line}", _HEAD + _ROLL) == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "- Petra: to review, update and merge the licence PR\n",
            [("Petra", "Review, update and merge the licence PR")],
        ),
        ("- Kasim: to check, then report back\n", [("Kasim", "Check, then report back")]),
        (
            "- Odile: to draft the licence FAQ, with help from Petra\n",
            [("Odile", "Draft the licence FAQ, with help from Petra")],
        ),
    ],
)
def test_speaker_task_near_misses(line: str, expected: list[tuple[str | None, str]]) -> None:
    assert _actions(f"## Licensing\n\n{line}", _HEAD + _ROLL) == expected


_BOARD = (
    '---\ntitle: "Board minutes: 2026-03-04"\n---\n\n'
    "* Attendees: Odile, Kasim, Petra, Zubeida\n* Started at: 19:00\n\n"
    "## Events - Zubeida\n\nNone (Zubeida was away).\n\n"
)
_NEW_BUSINESS = (
    "\n## New business\n\n"
    "* Ask the landlord about the heating - Kasim\n* Order new safety glasses - Petra\n"
)


@pytest.mark.parametrize(
    "reports",
    [
        "* President (Odile) - None\n* Treasurer (Kasim) - None.\n",
        "* Events lead (Zubeida) - N/A\n* President (Odile) - None\n",
        "* Secretary (Petra) - Nobody\n* Treasurer (Kasim) - None.\n",
        "* Membership (Zubeida) - Nothing\n* Secretary (Petra) - N/A\n",
    ],
)
def test_officer_report_of_nothing(reports: str) -> None:
    """ "<office> (<name>) - None" in notes giving jobs with their owner last: a report with
    nothing in it, no job for "None"."""
    text = f"{_BOARD}## Officer reports\n\n{reports}{_NEW_BUSINESS}"
    assert owned_actions(text) == [
        ("Kasim", "Ask the landlord about the heating"),
        ("Petra", "Order new safety glasses"),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "- Evan: Brightwell is getting increasingly more interested in this.\n",
        "- Kasim: Zubeida is getting increasingly involved in triage.\n",
        "- Petra: Odile is getting really good at triage.\n",
        "- Kasim is getting slowly better at reviews.\n",
        "- Zubeida: Petra is getting quickly up to speed.\n",
    ],
)
def test_getting_with_an_adverb_is_a_state(line: str) -> None:
    """ "is getting increasingly interested": someone becoming something, no work under way."""
    assert _actions(f"## Updates\n\n{line}", _HEAD + _ROLL) == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "- Petra is getting quotes for the new server.\n",
            [("Petra", "Get quotes for the new server")],
        ),
        (
            "- Odile is getting more volunteers for the booth.\n",
            [("Odile", "Get more volunteers for the booth")],
        ),
        ("- Kasim will get supplies for the sprint.\n", [("Kasim", "Get supplies for the sprint")]),
    ],
)
def test_getting_something_near_misses(line: str, expected: list[tuple[str | None, str]]) -> None:
    assert _actions(f"## Updates\n\n{line}", _HEAD + _ROLL) == expected


_RELEASE = "## Release\n\n*   Kasim to tag the release candidate on Friday\n\n"


@pytest.mark.parametrize(
    "away",
    [
        "Vacation, Away\n--------------\n\n*   Odile week off end of April\n"
        "*   Kasim vacation Apr.13 till Apr.24\n",
        "## Out of office\n\n- Zubeida conference trip 10-14 May\n"
        "- Petra parental leave from June\n",
        "**Availability**\n\n* Odile week off in May\n* Kasim vacation until 2 June\n",
        "### PTO\n\n- Petra family visit 3-10 July\n- Zubeida vacation August\n",
    ],
)
def test_who_is_away_is_no_task(away: str) -> None:
    """A name and when they are away, under a heading of who is away: no job."""
    assert _actions(_RELEASE + away, _HEAD + _ROLL) == [
        ("Kasim", "Tag the release candidate on Friday")
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # a team's away day is no absence
            "## Away day\n\n*   Kasim book the venue for the away day\n"
            "*   Petra draft the agenda - by Friday\n",
            [
                ("Kasim", "Book the venue for the away day"),
                ("Petra", "Draft the agenda - by Friday"),
            ],
        ),
        (  # a label naming who sent apologies, then the meeting's points
            "Apologies: Zubeida Okoro\n\n  1. The terms of reference were reviewed.\n"
            "  2. Odile will send a copy of the notes to the secretary each month\n",
            [("Odile", "Send a copy of the notes to the secretary each month")],
        ),
    ],
)
def test_who_is_away_near_misses(body: str, expected: list[tuple[str | None, str]]) -> None:
    assert _actions(body, _HEAD + _ROLL) == expected


@pytest.mark.parametrize("rule", ["***", "---", "___", "* * *"])
def test_action_list_ends_at_a_thematic_break(rule: str) -> None:
    """A topic's "### Actions" list ends at the rule closing the topic: the next topic's
    minute of a task and its restatement in that topic's own list are one action."""
    body = (
        "**Topic 1: Mirrors**\n\nThe mirrors were discussed.\n\n### Actions\n\n"
        "- Compare the two mirror providers\n\n"
        f"{rule}\n\n**Topic 2: Liaison roles**\n\n"
        "Kasim and Petra volunteered to be the documentation liaisons. They are to draft "
        "responsibilities for the documentation liaison.\n\n### Actions\n\n"
        "- Draft responsibilities for the documentation liaison\n"
    )
    assert _actions(body, _HEAD + _ROLL) == [
        (None, "Compare the two mirror providers"),
        ("Kasim and Petra", "Draft responsibilities for the documentation liaison"),
    ]


# -- a task worded like a column's head ---------------------------------------------------------


@pytest.mark.parametrize("task", ["follow up", "follow-up", "follow up with the venue"])
def test_someone_s_task_in_a_column_head_s_words_is_kept(task: str) -> None:
    """ "- Kasim to follow up" is Kasim's task, though "Follow up" can head a table's column."""
    got = _actions(
        f"## Actions\n\n- Kasim to {task}\n- Petra to update the README\n", _HEAD + _ROLL
    )
    assert [owner for owner, _ in got] == ["Kasim", "Petra"]


def test_a_table_s_header_line_is_still_no_task() -> None:
    assert _actions("## Actions\n\nAction | Owner | Follow up\n", _HEAD + _ROLL) == []
