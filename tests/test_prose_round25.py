"""Promises and requests in council and club minutes (round 25): a thing to be done in the
passive future with what it is for after it ("Notices will be displayed to gauge
interest"). Not a "to be" phrase inside a clause with a verb of its own ("The trees to be
felled were marked on the plan") nor the time something takes ("Applications take two
months to be assessed"). All examples invented."""

from __future__ import annotations

from tests.conftest import owned_actions

_HEAD = (
    "Ashcombe Bowls Club\n"
    "Minutes of the committee meeting held on 9 June 2026\n\n"
    "Present: Hazel Brook (Chair), Tom Fenn (Secretary), Priya Nair (Treasurer), "
    "Dev Okoro, Lena Voss\n\n"
    "5. Business\n"
)


def _found(text: str) -> list[tuple[str | None, str]]:
    return owned_actions(_HEAD + text + "\n")


def _cases(cases: tuple[tuple[str, list[tuple[str | None, str]]], ...]) -> None:
    for text, expected in cases:
        assert _found(text) == expected, text


def test_a_passive_task_with_its_purpose_after_it() -> None:
    """ "Notices will be displayed to gauge interest": the "to" after a job's participle
    says what the job is for; after one of what is allowed or expected it is no task."""
    _cases(
        (
            (
                "Notices will be displayed to gauge whether members want a summer social.",
                [(None, "Display notices to gauge whether members want a summer social.")],
            ),
            (
                "Leaflets would be delivered to encourage new members to join.",
                [(None, "Deliver leaflets to encourage new members to join.")],
            ),
            (
                "Flyers will be posted to advertise the quiz night.",
                [(None, "Post flyers to advertise the quiz night.")],
            ),
            (
                "Cones will be placed to stop cars parking on the verge.",
                [(None, "Place cones to stop cars parking on the verge.")],
            ),
            ("Visitors will be permitted to play on the lower green.", []),
            ("Members will be expected to help at the open day.", []),
            ("The grant will be used to resurface the car park.", []),
        )
    )


def test_a_to_be_phrase_inside_a_clause_is_no_task() -> None:
    """ "The trees to be felled were marked on the plan": the phrase names which things, the
    clause's own verb says what was done; "Applications take two months to be assessed": a
    time taken. A "to be" task standing alone, or with a clause of its own after a comma,
    stays."""
    _cases(
        (
            ("The trees to be felled were marked on the plan.", []),
            ("Extra hedges to be trimmed have been added to the contract.", []),
            ("The items to be sold at the auction are listed in the appendix.", []),
            ("Applications usually take six weeks to be processed.", []),
            ("Claims can take several months to be settled.", []),
            (
                "Hedges to be cut before the open day.",
                [(None, "Hedges to be cut before the open day.")],
            ),
            (
                "Quotes to be obtained for the roof, which was damaged in the storm.",
                [(None, "Quotes to be obtained for the roof, which was damaged in the storm.")],
            ),
        )
    )
