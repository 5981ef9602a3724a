"""Follow-up rules, round 8 (kinds counted over the whole dev pool): business for a meeting
named by its name or kind rather than "next" ("in Welfare meeting", "for AGM", "in our
regular meeting", "at the first annual meeting", "in time for the Board meeting"); each on
made-up Riverside passages."""

from __future__ import annotations

from clerk_tui.core.parse import parse_strict


def _follow_ups(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.when) for f in parse_strict(text).follow_ups]


_CALL = "# Riverside Widgets community call, 4 March 2024\n\n## Notes\n"


def test_a_meeting_named_by_its_name_or_kind() -> None:
    text = _CALL + (
        "- Stall rota (to settle first in Volunteers meeting)\n"
        "- Motion idea for AGM: a cap on stall fees\n"
        "- Hall keys with Dana in monthly Trustees meeting\n"
        "- Litter pick check-in on a monthly basis in our regular meeting.\n"
        "- The fee cap will be put to a vote at the first annual meeting.\n"
        "- We hope to have the lease resolved in time for the Board meeting in May.\n"
        # Not follow-ups: a meeting past, a title, a meeting with no business for it.
        "- Minutes of Volunteers meeting approved.\n"
        "- Agenda for the First Meeting\n"
        "- Dana said the hall was booked for Trustees meeting last year.\n"
        "- The Vice Chair will step down at the first annual meeting.\n"
    )
    assert _follow_ups(text) == [
        ("Stall rota (to settle first in Volunteers meeting)", "Volunteers meeting"),
        ("Motion idea for AGM: a cap on stall fees", "AGM"),
        ("Hall keys with Dana in monthly Trustees meeting", "monthly Trustees meeting"),
        (
            "Litter pick check-in on a monthly basis in our regular meeting.",
            "our regular meeting",
        ),
        (
            "The fee cap will be put to a vote at the first annual meeting.",
            "the first annual meeting",
        ),
        (
            "We hope to have the lease resolved in time for the Board meeting in May.",
            "the Board meeting in May",
        ),
    ]
