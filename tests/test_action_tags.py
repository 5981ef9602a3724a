"""Action tags and checklists as notes pads and wikis write them, on short Riverside passages:
bold owners after "ACTION:", an owner in brackets after "ACTION" with no colon, a wiki's icon
glued to a line, "Name to <noun-verb>" in an action list, checklist entries with notes under
them, and the previous meeting's list under a heading with an emoji."""

from __future__ import annotations

from tests.conftest import owned_actions

_CLUB = (
    "Riverside Rowing Club\n\nCommittee call, 4 May 2026\n\n"
    "Attendees: Greg Hale, Lena Park, Mike Dunn, Sam Okoro\n\n"
)


def _actions(text: str) -> list[tuple[str | None, str]]:
    return owned_actions(text)


def test_bold_owners_after_an_action_label() -> None:
    text = _CLUB + (
        "The trailer lights failed again.\n\n"
        "ACTION: **Greg** to order a new lighting board.<br>\n"
        "ACTION: **Lena** and **Sam** to fit it before the regatta.\n"
        "ACTION: **Mike**, book the trailer's inspection.\n"
        "ACTION: **Sam** buys the cable ties for the boat rack.\n"
    )
    assert _actions(text) == [
        ("Greg", "Order a new lighting board"),
        ("Lena and Sam", "Fit it before the regatta"),
        ("Mike", "Book the trailer's inspection"),
        ("Sam", "Buy the cable ties for the boat rack"),
    ]


def test_a_remark_in_brackets_is_no_owner() -> None:
    text = _CLUB + "ACTION: Order the oars for the new four (Lena agreed to help)\n"
    assert _actions(text) == [(None, "Order the oars for the new four (Lena agreed to help)")]


def test_an_owner_in_brackets_after_action_with_no_colon() -> None:
    text = _CLUB + (
        "### New actions\n\n"
        "ACTION (GH) Investigate a second-hand launch\n\n"
        "ACTION (LP) to show Sam the new timing app\n\n"
        "ACTION (Budget) Spring figures\n"
    )
    assert _actions(text) == [
        ("GH", "Investigate a second-hand launch"),
        ("LP", "Show Sam the new timing app"),
    ]


def test_a_heading_over_a_rule_gives_no_task_to_an_actions_roll() -> None:
    text = (
        "May 4, 2026\n===========\n\nAttendees: Greg Hale, Lena Park\n\n"
        "Notes:\n------\n\nActions: Greg, Lena.<br>\n"
        "Slides are on the club drive.\n"
    )
    assert _actions(text) == []


def test_a_wiki_icon_glued_to_a_line() -> None:
    text = _CLUB + (
        "(!)Greg to book the boathouse for the open day.\n"
        "(!)Lena has moved the booking calendar to the new site.\n"
    )
    assert _actions(text) == [("Greg", "Book the boathouse for the open day.")]


def test_name_to_a_verb_written_as_a_noun_in_an_action_list() -> None:
    text = _CLUB + (
        "- Action items:\n"
        "\t- Greg to setup the safety briefing\n"
        "\t- Mike will followup with the insurers\n"
        "\t- Use the club calendar or Teamup (beta)\n"
    )
    assert _actions(text) == [
        ("Greg", "Setup the safety briefing"),
        ("Mike", "Followup with the insurers"),
        (None, "Use the club calendar or Teamup (beta)"),
    ]


def test_checklists_the_last_meetings_under_an_emoji_heading_and_the_new() -> None:
    text = _CLUB + (
        "### ❗Actions from last time\n\n"
        "- [x] Greg: Invite the coach to a committee meeting\n"
        "- [ ] Lena & Mike: share the crew lists\n\n"
        "### Discussion\n\n"
        "- The regatta entries close on Friday.\n\n"
        "### ❗Actions\n\n"
        "- [ ] Lena & Mike: share the crew lists\n"
        "  - Lena has the juniors' list but not the masters'\n"
        "- [ ] Sam: Raise the boat rack issue with the council\n"
        "- [ ] Greg -> reach out to the new members\n"
    )
    assert _actions(text) == [
        ("Lena & Mike", "Share the crew lists"),
        ("Sam", "Raise the boat rack issue with the council"),
        ("Greg", "Reach out to the new members"),
    ]
