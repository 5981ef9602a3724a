"""Follow-ups (`f`): the forward plan. What must come back to which committee and when,
grouped by month (undated last); mark scheduled or done (`services.follow_ups`)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.widgets import DataTable, Header, Static

from clerk_tui.core.columns import fit_widths
from clerk_tui.core.status import follow_up_overdue, follow_up_status
from clerk_tui.services.follow_ups import list_follow_ups, set_follow_up_status
from clerk_tui.services.meetings import committees
from clerk_tui.tui.commands import bindings
from clerk_tui.tui.common import (
    Footer,
    ReloadingScreen,
    RowTable,
    cell,
    committee_short,
    iso_date,
    kept_cursor,
    printable,
    row_at_cursor,
)

if TYPE_CHECKING:
    from clerk_tui.tui.app import ClerkApp

UNDATED = "No date given"
VIEWS = ("pending", "all")
COLUMNS = {
    "when": "When",
    "committee": "Comes back to",
    "what": "What",
    "from": "From",
    "status": "Status",
}
"""The columns in the order shown; which are shown, and how wide, is `column_widths`'s."""
SCROLLBAR = 2
SHORT_COMMITTEE = "To"
"""The committee column's heading when it holds short names."""


def values_of(row: dict[str, Any], today: date) -> dict[str, str]:
    return {
        "when": row["when_text"] or row["due"] or "no date",
        "committee": row["committee"] or "",
        "what": row["text"],
        "from": row["meeting_date"] or "",
        "status": status_words(row, today),
    }


def column_widths(rows: list[dict[str, Any]], today: date, screen_width: int) -> dict[str, int]:
    """By priority (`core.columns.fit_widths`): what comes back, when and its status, then
    more of what, where (the committee's short name), when in full, the meeting it came from
    and the committee's full name; what comes back takes the rest. The status is as wide as
    its longest word shown: marking a follow-up fills the table again."""
    values = [values_of(row, today) for row in rows]

    def widest(key: str, most: int = 1000) -> int:
        longest = max((len(printable(v[key])) for v in values), default=0)
        return min(most, max(len(COLUMNS[key]), longest))

    short = max([len(SHORT_COMMITTEE), *(len(committee_short(row)) for row in rows)])
    return fit_widths(
        [
            ("when", widest("when", 14)),
            ("what", 24),
            ("status", widest("status")),
            ("what", 36),
            ("committee", short),
            ("when", widest("when", 24)),
            ("from", widest("from")),
            ("what", 48),
            ("committee", widest("committee", 40)),
        ],
        screen_width - SCROLLBAR,
        flexible="what",
    )


def month_heading(due: str | None) -> str:
    """'September 2024' for a due date, UNDATED for none."""
    day = iso_date(due)
    return day.strftime("%B %Y") if day else UNDATED


def status_words(row: dict[str, Any], today: date) -> str:
    """'Scheduled', 'Overdue' (colour and words both say it): `core.status`'s words."""
    return follow_up_status(row["status"], iso_date(row["due"]), today)


def is_overdue(row: dict[str, Any], today: date) -> bool:
    return follow_up_overdue(row["status"], iso_date(row["due"]), today)


class FollowUpTable(RowTable):
    """Follow-ups under their months' headings: Home goes to the first follow-up."""

    def action_first_row(self) -> None:
        if self.row_count > 1:
            self.move_cursor(row=1, animate=False)


class FollowUpsScreen(ReloadingScreen):
    """Follow-ups by month; `s` scheduled, `d` done (again to reopen)."""

    app: ClerkApp  # type: ignore[assignment]

    SCOPE = "follow_ups"
    BINDINGS = bindings(SCOPE)

    def __init__(self) -> None:
        super().__init__()
        self.committee: str | None = None
        self.view = "pending"
        self.rows: list[dict[str, Any] | None] = []
        """One entry per table row: the follow-up, or None for a month heading."""
        self.found: list[dict[str, Any]] = []
        self.widths: dict[str, int] = {}
        self.short = False
        """The committee column holds short names."""

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="follow-ups-summary", markup=False)
        yield FollowUpTable(id="follow-ups-table", cursor_type="row")
        yield Static("", id="follow-ups-preview", markup=False)
        yield Static(
            "Nothing is due to come back. Follow-ups appear when minutes say a matter "
            "will return to a committee.",
            id="follow-ups-empty",
            classes="empty-hint",
        )
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#follow-ups-table").focus()

    def on_resize(self) -> None:
        self.show_rows(self.found)

    def reload(self) -> None:
        self.app.run_service(
            self,
            "follow-ups-load",
            list_follow_ups,
            self.committee,
            self.view,
            exclusive=True,
            done=self.show_rows,
        )

    def show_rows(self, found: list[dict[str, Any]]) -> None:
        """The follow-ups under their months, the cursor staying on the one it was on, or
        on its nearest neighbour when that one has gone (`kept_cursor`)."""
        table = self.query_one("#follow-ups-table", DataTable)
        old_ids = [row["id"] if row else None for row in self.rows]
        cursor = table.cursor_row
        self.found = found
        today = self.app.today
        self.widths = column_widths(found, today, self.size.width)
        longest = max((len(row["committee"] or "") for row in found), default=0)
        self.short = "committee" in self.widths and longest > self.widths["committee"]
        shown = [key for key in COLUMNS if key in self.widths]
        table.clear(columns=True)
        for key in shown:
            label = SHORT_COMMITTEE if key == "committee" and self.short else COLUMNS[key]
            table.add_column(label, key=key)
        self.rows = []
        heading = None
        for row in found:
            month = month_heading(row["due"])
            if month != heading:
                heading = month
                table.add_row(Text(month, style="bold"), *[Text("")] * (len(shown) - 1))
                self.rows.append(None)
            table.add_row(*self.row_cells(row, today))
            self.rows.append(row)
        self.query_one("#follow-ups-empty").display = not found
        new_ids = [row["id"] if row else None for row in self.rows]
        if found:
            kept = kept_cursor(old_ids, cursor, new_ids)
            table.move_cursor(row=1 if kept is None else kept, animate=False)
        table.focus()
        parts = [
            "Pending follow-ups" if self.view == "pending" else "All follow-ups",
            self.committee or "all committees",
            f"{len(found)} shown",
        ]
        self.query_one("#follow-ups-summary", Static).update(printable(" · ".join(parts)))
        self.show_preview()

    def row_cells(self, row: dict[str, Any], today: date) -> list[Text]:
        style = "red" if is_overdue(row, today) else ""
        values = values_of(row, today)
        if self.short:
            values["committee"] = committee_short(row)
        return [cell(values[key], width, style) for key, width in self.widths_in_order()]

    def widths_in_order(self) -> list[tuple[str, int]]:
        return [(key, self.widths[key]) for key in COLUMNS if key in self.widths]

    def selected(self) -> dict[str, Any] | None:
        return row_at_cursor(self.query_one("#follow-ups-table", DataTable), self.rows)

    @on(DataTable.RowHighlighted, "#follow-ups-table")
    def show_preview(self) -> None:
        """The highlighted follow-up in full: what, where it comes back, when, where from."""
        row = self.selected()
        text = Text()
        if row is not None:
            text.append(printable(row["text"]))
            where = [
                f"to {row['committee']}" if row["committee"] else "",
                row["when_text"] or row["due"] or "",
                f"from the meeting of {row['meeting_date']}" if row["meeting_date"] else "",
                f"item {row['item']}" if row["item"] else "",
            ]
            text.append("\n" + printable(" · ".join(w for w in where if w)), style="dim")
        self.query_one("#follow-ups-preview", Static).update(text)

    def action_mark(self, status: str) -> None:
        """Set the highlighted follow-up to `status`; pressing the same key again reopens it."""
        row = self.selected()
        if row is None:
            self.app.tell("Move to a follow-up first.", severity="warning")
            return
        new = "open" if row["status"] == status else status
        self.app.run_service(
            self,
            "follow-ups-edit",
            set_follow_up_status,
            row["id"],
            new,
            done=lambda _: self.marked(row, new),
        )

    def marked(self, row: dict[str, Any], new: str) -> None:
        """Show the follow-up's new status in its row (wherever the cursor went meanwhile)."""
        row["status"] = new
        self.show_rows(self.found)
        verb = {"scheduled": "scheduled", "done": "done", "open": "reopened"}[new]
        self.app.tell(f"Follow-up {row['id']} marked {verb}.")

    def action_cycle_committee(self) -> None:
        self.app.run_service(self, "follow-ups-committees", committees, done=self.next_committee)

    def next_committee(self, committee_names: list[str]) -> None:
        names: list[str | None] = [None, *committee_names]
        position = names.index(self.committee) if self.committee in names else 0
        self.committee = names[(position + 1) % len(names)]
        self.reload()

    def action_cycle_view(self) -> None:
        self.view = VIEWS[(VIEWS.index(self.view) + 1) % len(VIEWS)]
        self.reload()
