"""A blanket report ("All other actions completed") closes only the actions nothing else in the
minutes speaks of, and the first of what an action asks again and again is no 'done'
(`core.reconcile.prose`, `core.reconcile.cues.first_of_many`). Sentences of our own, of the
Riverside orchard group."""

from __future__ import annotations

from datetime import date

import pytest

from clerk_tui.core.reconcile import OpenAction, reconcile

SEPTEMBER = date(2024, 9, 10)
ACTIONS = [
    OpenAction(1, "Order two new compost bins for the orchard", "Lena", SEPTEMBER),
    OpenAction(2, "Book the marquee for the apple day", "Sam", SEPTEMBER),
    OpenAction(3, "Send the apple day poster to the village shop", "Hana Ito", SEPTEMBER),
    OpenAction(4, "Revisit the lottery grant application", "Ruth", SEPTEMBER),
]


def _kinds(minutes: str) -> dict[int, str]:
    return {p.action_id: p.kind for p in reconcile(minutes, ACTIONS, date(2024, 10, 8))}


@pytest.mark.parametrize(
    "elsewhere",
    [
        "Equipment: the compost bins are on their way.",
        "The compost bins will be delivered next week.",
        "Lena said the bins were still being chosen.",  # one word and the owner's name
        "Action 1 was discussed at length.",
    ],
)
def test_a_blanket_report_leaves_an_action_the_minutes_speak_of_elsewhere(elsewhere: str) -> None:
    minutes = f"3. Matters arising: all other actions completed.\n\n4. {elsewhere}\n"
    kinds = _kinds(minutes)
    assert kinds.get(1) != "done"
    assert kinds[2] == kinds[3] == "done"


def test_names_of_those_present_or_a_plain_word_do_not_keep_an_action_from_the_blanket() -> None:
    minutes = (
        "Present: Ruth Ellis (Chair), Sam Okoro, Lena Petrov, Hana Ito\n\n"
        "3. Matters arising: all other actions completed.\n\n"
        "4. Finance\nThe apple day raised £240 for the orchard.\n"
    )
    assert _kinds(minutes) == {1: "done", 2: "done", 3: "done", 4: "done"}


@pytest.mark.parametrize(
    ("minutes", "kind"),
    [
        (
            "Actions from the last meeting\n- [x] Dev to organise monthly work parties – one held",
            "update",
        ),
        ("Work parties: the first work party was held on 28 September.", "update"),
        ("Work parties: monthly work parties were arranged with the volunteers.", "done"),
    ],
)
def test_the_first_of_what_an_action_asks_again_and_again_is_a_start(
    minutes: str, kind: str
) -> None:
    actions = [OpenAction(1, "Organise monthly work parties", "Dev", SEPTEMBER)]
    assert [(p.action_id, p.kind) for p in reconcile(minutes, actions)] == [(1, kind)]
