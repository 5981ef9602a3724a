"""The decision rules (core/parse/decisions.py), each on short made-up passages of the kind
of sentence it reads, and on near misses it must leave alone."""

from __future__ import annotations

from clerk_tui.core.parse import parse_strict


def _decisions(text: str) -> list[str]:
    return [d.text for d in parse_strict(text).decisions]


def test_labels_in_markdown_emphasis() -> None:
    text = (
        "1. Budget\n\n**Agreed:** the budget for 2027 be approved.\n\n"
        "2. Hall\n\n_Agreed_: to repaint the Riverside hall.\n\n"
        "3. Grants\n\n**Outcome:** Approved, 7 to 2\n\nOutcome of the survey was unclear.\n\n"
        "4. Shelving\n\nDecisions: buy two more bookcases.\n\n"
        "Decisions on the bins were made last year.\n"
    )
    assert _decisions(text) == [
        "**Agreed:** the budget for 2027 be approved.",
        "_Agreed_: to repaint the Riverside hall.",
        "**Outcome:** Approved, 7 to 2",
        "Decisions: buy two more bookcases.",
    ]


def test_a_label_that_records_no_decision_is_none() -> None:
    text = (
        "1. Correspondence\n\n**Resolved: (For information only)**\n\n"
        "1. A letter from the library trust was read.\n\n"
        "2. Other business\n\nDecisions: none\n\nRESOLVED: Noted.\n"
    )
    assert _decisions(text) == ["RESOLVED: Noted."]
