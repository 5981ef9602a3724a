"""iCalendar export: all-day events for due dates, RFC 5545 escaping and folding."""

from __future__ import annotations

from datetime import date

from clerk_tui.export import FORMATS, write_sheet
from clerk_tui.export.ics import escape, fold, render
from clerk_tui.store.sheet import Sheet, SheetAction, SheetFollowUp


def sheet(**kw) -> Sheet:
    return Sheet(
        committee="Riverside HWB",
        export_date=date(2024, 6, 1),
        next_meeting=date(2024, 6, 11),
        last_meeting=date(2024, 3, 12),
        **kw,
    )


def action(ref: int, text: str, due: date | None, **kw) -> SheetAction:
    return SheetAction(
        id=ref,
        ref=str(ref),
        meeting_date=date(2024, 3, 12),
        item="3",
        text=text,
        owner=kw.pop("owner", "Dr Priya Natarajan"),
        due=due,
        original_due=kw.pop("original_due", None),
        due_text=None,
        status="Not yet due",
        rag="green",
        update=kw.pop("update", None),
        **kw,
    )


def unfold(ics: str) -> list[str]:
    return ics.replace("\r\n ", "").split("\r\n")


def test_escape_and_fold() -> None:
    assert escape("a\\b; c, d\ne") == "a\\\\b\\; c\\, d\\ne"
    line = "SUMMARY:" + "é" * 60
    folded = fold(line)
    assert all(len(part.encode("utf-8")) <= 75 for part in folded.split("\r\n"))
    assert folded.replace("\r\n ", "") == line
    assert fold("SHORT:x") == "SHORT:x"


def test_dated_actions_become_all_day_events() -> None:
    ics = render(
        sheet(
            outstanding=[
                action(7, "Circulate the JSNA summary, with notes; to all", date(2024, 6, 28)),
                action(8, "No date yet", None),
                action(9, "Site visit", date(2024, 8, 15), original_due=date(2024, 7, 31)),
            ],
            follow_ups=[
                SheetFollowUp(
                    3,
                    date(2024, 3, 12),
                    "6",
                    "Carers strategy",
                    date(2024, 9, 30),
                    "in September",
                    "Open",
                ),
            ],
        )
    )
    assert ics.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
    assert ics.endswith("END:VCALENDAR\r\n")
    lines = unfold(ics)
    assert lines.count("BEGIN:VEVENT") == 3
    assert "UID:action-7-riverside-hwb@clerk-tui" in lines
    assert "DTSTART;VALUE=DATE:20240628" in lines
    assert "DTEND;VALUE=DATE:20240629" in lines
    assert (
        "SUMMARY:Action 7: Circulate the JSNA summary\\, with notes\\; to all (Dr Priya Natarajan)"
    ) in lines
    assert "SUMMARY:Due back: Carers strategy" in lines
    assert "DTSTAMP:20240601T000000Z" in lines
    description = next(x for x in lines if x.startswith("DESCRIPTION:Owner") and "31 July" in x)
    assert "Originally due: 31 July 2024" in description
    assert "Action 8" not in ics
    assert all(len(x.encode("utf-8")) <= 75 for x in ics.split("\r\n"))


def test_registered_and_written_through_write_sheet(tmp_path) -> None:
    assert "ics" in FORMATS
    path = write_sheet(sheet(outstanding=[action(1, "A", date(2024, 7, 1))]), "ics", tmp_path)
    assert path.suffix == ".ics"
    assert b"DTSTART;VALUE=DATE:20240701\r\n" in path.read_bytes()


def test_an_event_keeps_its_uid_when_its_provisional_reference_is_confirmed() -> None:
    def uids(ref: str) -> list[str]:
        entry = action(1, "Circulate the JSNA summary", date(2024, 7, 1))
        entry.ref = ref
        return [x for x in unfold(render(sheet(outstanding=[entry]))) if x.startswith("UID:")]

    assert (
        uids("HWB/24/07*") == uids("HWB/24/07") == ["UID:action-HWB/24/07-riverside-hwb@clerk-tui"]
    )
