"""Actions with no owner in layouts of notes (round 19): a task marked "TODO" with no colon,
before the task or closing it; invented variants (Brackley Fen, a fictional allotment
society) and near misses that must stay no action."""

from __future__ import annotations

import pytest

from clerk_tui.core.parse import parse_strict
from tests.conftest import owned_actions

HEAD = (
    "Brackley Fen Allotment Society\n"
    "Committee meeting held on 9 April 2026\n"
    "Present: Mair Hughes (Chair), Dev Patel, Liz Orme, Sam Okafor\n\n"
    "3. Treasurer\n"
)


def owned(body: str) -> list[tuple[str | None, str]]:
    return owned_actions(HEAD + body)


# --- "TODO" before a task, with no colon -------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "task"),
    [
        ("TODO ring the seed merchant about the order", "Ring the seed merchant about the order"),
        ("- TODO renew the water contract", "Renew the water contract"),
        ("– TODO chase the plot 12 rent", "Chase the plot 12 rent"),
        ("   2. TODO order more padlocks for the gates.", "Order more padlocks for the gates."),
        ("• TODO book the skip for the spring clear-out", "Book the skip for the spring clear-out"),
    ],
)
def test_todo_before_a_task_is_an_action(line: str, task: str) -> None:
    assert owned(f"- The rent is in.\n{line}\n") == [(None, task)]


@pytest.mark.parametrize(
    "line",
    [
        "- TODO list was gone through at length",
        "- TODO items from March were all closed",
        "- Nothing TODO with the shed this month",
        "* DONE ring the seed merchant",
    ],
)
def test_todo_as_a_word_is_no_action(line: str) -> None:
    assert owned(f"- The rent is in.\n{line}\n") == []


# --- "TODO" closing a line: the line is the task ------------------------------------------------


@pytest.mark.parametrize(
    ("line", "task"),
    [
        ("-   Gas and water bills TODO.", "Gas and water bills"),
        ("- Insurance renewal - TODO", "Insurance renewal"),
        ("* Plot 7 invoice: TODO", "Plot 7 invoice"),
        ("- chase the hire company TODO", "Chase the hire company"),
    ],
)
def test_todo_closing_a_line_marks_it_a_task(line: str, task: str) -> None:
    body = f"- Rent for April paid.\n{line}\n"
    acts = parse_strict(HEAD + body).actions
    assert [(a.owner, a.text) for a in acts] == [(None, task)]
    assert (HEAD + body)[acts[0].start : acts[0].end].rstrip(".").endswith("TODO")


@pytest.mark.parametrize(
    "line",
    [
        "- Went through the TODO list",
        "- The TODO board is by the gate",
        "We looked at what was left on the old list, most of it done and the rest of it TODO",
        "-   TODO",
    ],
)
def test_todo_not_closing_a_short_note_is_no_action(line: str) -> None:
    assert owned(f"- Rent for April paid.\n{line}\n") == []


def test_a_bullet_with_todo_and_a_dash_is_one_action() -> None:
    acts = owned("* TODO - look up the old deposit balance\n")
    assert acts == [(None, "Look up the old deposit balance")]


# --- a standing rule, what is always to be so, with no one named --------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "The pavilion is to be kept locked at all times.",
        "- Tools to be returned to the shed at all times",
        "Dogs to be kept on a lead on the site at all times.",
        "Gates must be kept shut at all times.",
    ],
)
def test_a_standing_rule_is_no_action(line: str) -> None:
    assert owned(f"{line}\n") == []


@pytest.mark.parametrize(
    ("line", "owner", "task"),
    [
        ("Dev to make sure the gates are shut at all times.", "Dev", "Make sure"),
        ("A new lock to be fitted to the gate, as it must be shut at all times.", None, "A new"),
        ("- New padlock to be bought for the shed", None, "New padlock"),
    ],
)
def test_a_task_for_a_rule_stays(line: str, owner: str | None, task: str) -> None:
    assert [(o, t[: len(task)]) for o, t in owned(f"{line}\n")] == [(owner, task)]


# --- a thing in small letters to be done, after a title or opening a note -------------------------


@pytest.mark.parametrize(
    ("line", "task"),
    [
        ("Boiler: quotes to be obtained.", "Quotes to be obtained."),
        ("Water trough – new float valve to be fitted", "New float valve to be fitted"),
        ("* Website – photos to be added to the gallery", "Photos to be added to the gallery"),
        ("- hedge to be cut back before the open day", "Hedge to be cut back before the open day"),
        ("compost bins to be emptied by the end of May.", "Compost bins to be emptied"),
    ],
)
def test_a_thing_to_be_done_after_a_title_is_a_task(line: str, task: str) -> None:
    assert [(o, t[: len(task)]) for o, t in owned(f"{line}\n")] == [(None, task)]


@pytest.mark.parametrize(
    "line",
    [
        "Open day: much still to be done.",
        "Shed – nothing to be done until the spring",
        "Trophies: prizes to be presented at the next meeting.",
        "Boiler: quotes to be obtained?",
        "Show: the judging to be held on 9 August.",
        "- the new rules to be welcomed",
        "- date to be confirmed",
        "Finance: payments to be approved.",
        "- venue to be decided",
    ],
)
def test_a_thing_to_be_done_near_misses(line: str) -> None:
    assert owned(f"{line}\n") == []


# --- a letter or notice promised in a note, its article left out ----------------------------------


@pytest.mark.parametrize(
    ("line", "task"),
    [
        ("- Letter will be sent to the landlord", "Letter will be sent to the landlord"),
        ("Reminder will be emailed to all plot holders in May.", "Reminder will be emailed"),
        ("* Notice will be posted on the main gate", "Notice will be posted on the main gate"),
        ("- letter would be sent to the water company", "Letter would be sent to the water"),
    ],
)
def test_a_letter_promised_in_a_note_is_a_task(line: str, task: str) -> None:
    assert [(o, t[: len(task)]) for o, t in owned(f"{line}\n")] == [(None, task)]


@pytest.mark.parametrize(
    "line",
    [
        "- Letter was sent to the landlord",
        "- Letter has been sent to the landlord",
        "- Letter will be read out at the next meeting",
        "- Tenant's letter will be sent on",
    ],
)
def test_a_letter_near_misses(line: str) -> None:
    assert owned(f"{line}\n") == []
