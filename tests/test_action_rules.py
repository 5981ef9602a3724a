"""Action rules, one kind of sentence each, on short Riverside passages: the exact tasks,
owners and due dates each rule reads (and what it must leave alone)."""

from __future__ import annotations

from datetime import date

from clerk_tui.core.parse import parse_strict


def _actions(text: str, meeting: date | None = None) -> list[tuple[str | None, str]]:
    return [(a.owner, a.text) for a in parse_strict(text, meeting_date=meeting).actions]


def test_action_on_markers() -> None:
    text = (
        "Actions arising\n"
        "* **Action on TB to confirm the date of the hall booking.**\n"
        "* **Action on everyone to read the draft neighbourhood plan and mark the\n"
        "  policies they would change before the workshop.**\n\n"
        "Action on PL: Look at the revised footpath map and feed back.\n"
    )
    assert _actions(text) == [
        ("TB", "Confirm the date of the hall booking"),
        (
            "everyone",
            "Read the draft neighbourhood plan and mark the policies they would change before "
            "the workshop",
        ),
        ("PL", "Look at the revised footpath map and feed back"),
    ]


def test_markers_naming_the_owner_in_many_shapes() -> None:
    text = (
        "Action JS: circulate the tree survey to the allotment holders.\n"
        "Action (Dana Kerr): book the community room for the litter pick.\n"
        "**ACTION**: Mo Patel to draft the grant letter.\n"
        "No objections to the proposal. [AI: File the grant claim with the county]\n"
        "The Parks team outlined the options. [Actions: Parks team will price the new benches.]\n"
        "To-Do: Ward members should send their photographs to the Clerk.\n"
    )
    assert _actions(text) == [
        ("JS", "Circulate the tree survey to the allotment holders"),
        ("Dana Kerr", "Book the community room for the litter pick"),
        ("Mo Patel", "Draft the grant letter"),
        (None, "File the grant claim with the county"),
        ("Parks team", "Price the new benches"),
        ("Ward members", "Send their photographs to the Clerk"),
    ]


def test_action_plan_heading_is_no_marker() -> None:
    assert _actions("ACTION PLAN: the refreshed plan was noted.\n") == []


def test_first_names_with_any_verb_of_a_task() -> None:
    text = (
        "- Priya to stay on the bid team next week\n"
        "- Rob and Henry to meet the school about parking\n"
        "- Kwame to triage the lost property box\n"
    )
    assert _actions(text) == [
        ("Priya", "Stay on the bid team next week"),
        ("Rob and Henry", "Meet the school about parking"),
        ("Kwame", "Triage the lost property box"),
    ]


def test_nouns_verb_forms_and_headings_are_not_owners() -> None:
    text = (
        "- 19:00 Call to order\n"
        "- Motion to adopt the revised standing orders, moved by Cllr Dale\n"
        "### Wants to fix the broken bench\n"
        "Plans to extend the car park were noted.\n"
    )
    assert _actions(text) == []
