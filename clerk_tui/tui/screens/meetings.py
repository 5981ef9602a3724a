"""Meetings (`m`): committees and their meetings by date; open one to see what was read
from it beside the minutes text, with the selected entry's passage highlighted. `s` marks a
meeting's minutes confirmed (or back to draft), `x` keeps the highlighted item or action out
of exports and chasers (exempt), `C` prepares chasers for the committee, `e` corrects a
meeting's committee, date or title, `D` deletes a meeting with what was read from it."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import ContentSwitcher, Header, OptionList, Static, Tree
from textual.widgets.option_list import Option

from clerk_tui.core.refs import of_row
from clerk_tui.services.actions import OPEN_STATUSES
from clerk_tui.services.meetings import (
    MeetingContents,
    MeetingsView,
    change_meeting,
    committees,
    get_meeting,
    mark_exempt,
    mark_state,
    meeting_contents,
    meetings_view,
    remove_meeting,
)
from clerk_tui.tui.commands import bindings
from clerk_tui.tui.common import Footer, printable
from clerk_tui.tui.dialogs import ConfirmDialog, FormDialog
from clerk_tui.tui.widgets import MinutesView

if TYPE_CHECKING:
    from clerk_tui.tui.app import ClerkApp

NO_COMMITTEE = "(no committee)"
EXPAND_ALL_UP_TO = 200
"""With this many meetings or fewer every committee starts expanded."""
TITLE_WIDTH = 40
"""A meeting title longer than this is cut in the tree (it is shown whole when opened)."""
EXEMPT = "exempt"
"""The marker of an item or action kept out of exports and chasers (text, not colour only)."""

Entry = tuple[str, int]
"""What a line of the open meeting is: ("item", id), ("action", id), ...; for `x`."""


def meeting_label(meeting: dict[str, Any]) -> Text:
    """'2024-03-12  Meeting title  confirmed  1/2 open' as plain text (never markup); draft
    minutes, the usual state until the next meeting agrees them, are not marked. A long title
    is cut so the counts stay on screen at 80 columns; with no title the source file names
    the meeting."""
    label = Text(meeting["date"] or "no date", style="bold")
    name = Text(printable(meeting["title"] or meeting.get("source") or ""), no_wrap=True)
    name.truncate(TITLE_WIDTH, overflow="ellipsis")
    label.append("  ")
    label.append_text(name)
    if meeting["state"] == "confirmed":
        label.append("  confirmed", style="green")
    label.append(f"  {meeting['open_actions']}/{meeting['actions']} open", style="dim")
    return label


class MeetingsScreen(Screen[None]):
    """A tree of committees and meetings; enter opens a meeting, escape goes back."""

    app: ClerkApp  # type: ignore[assignment]

    SCOPE = "meetings"
    BINDINGS = bindings(SCOPE)

    def __init__(self) -> None:
        super().__init__()
        self.meetings_by_committee: dict[str, list[dict[str, Any]]] = {}
        self.open_meeting: dict[str, Any] | None = None
        self.open_meeting_id: int | None = None
        """The meeting the entries list shows (kept when going back, to restore the cursor)."""
        self.entry_spans: list[tuple[int | None, int | None]] = []
        self.entries: list[Entry | None] = []
        self.read_at: tuple[int, int, int] | None = None
        """When the meetings shown were read (`services.connections.data_stamp`)."""
        self.changes_shown = 0
        """How many of the clerk's changes have been shown: a reload asked for before the
        last of them may have read the meetings as they were, so it is dropped."""

    def compose(self) -> ComposeResult:
        yield Header()
        with ContentSwitcher(initial="meeting-list"):
            tree: Tree[Any] = Tree("Meetings", id="meeting-list")
            tree.show_root = False
            yield tree
            with Vertical(id="meeting-detail"):
                yield Static("", id="meeting-heading", markup=False)
                with Horizontal():
                    yield OptionList(id="meeting-entries")
                    yield MinutesView(id="meeting-text")
        yield Static(
            "No meetings yet. Press i to paste minutes, or run `clerk import FILE`.",
            id="meetings-empty",
            classes="empty-hint",
        )
        yield Footer()

    def on_screen_resume(self) -> None:
        self.reload(only_if_changed=True)

    def reload(self, *, only_if_changed: bool = False) -> None:
        """Read the committees and meetings again (when the data changed, if asked), keeping
        an open meeting open."""
        changes_before = self.changes_shown

        def loaded(view: MeetingsView | None) -> None:
            if changes_before == self.changes_shown:
                self.show_view(view)

        self.app.run_service(
            self,
            "meetings-load",
            meetings_view,
            self.read_at if only_if_changed else None,
            self.open_meeting["id"] if self.open_meeting is not None else None,
            exclusive=True,
            done=loaded,
        )

    def show_view(self, view: MeetingsView | None) -> None:
        if view is None:
            return  # nothing changed since they were shown
        self.read_at, rows, meeting = view
        grouped: dict[str, list[dict[str, Any]]] = {}
        for row in rows:
            grouped.setdefault(row["committee"] or NO_COMMITTEE, []).append(row)
        self.meetings_by_committee = dict(sorted(grouped.items(), key=lambda kv: kv[0].lower()))
        self.query_one("#meetings-empty").display = not rows
        self.fill_tree(expand=len(rows) <= EXPAND_ALL_UP_TO, select=self.current_meeting_id())
        if self.open_meeting is not None:
            self.show_read_meeting(self.open_meeting["id"], meeting)

    def fill_tree(self, *, expand: bool, select: int | None = None) -> None:
        """The committees and (when `expand`) their meetings; the cursor on meeting `select`
        when it is shown, else on the first meeting."""
        tree: Tree[Any] = self.query_one("#meeting-list", Tree)
        tree.clear()
        lines = 0  # the tree's lines so far; the cursor goes to `target`'s
        target = None
        for committee, meetings in self.meetings_by_committee.items():
            label = Text(printable(committee), style="bold")
            label.append(f"  {len(meetings)} meeting{'s' if len(meetings) != 1 else ''}", "dim")
            node = tree.root.add(label, data=committee)
            lines += 1
            if expand:
                self.add_meetings(node, meetings)
                node.expand()
                ids = [m["id"] for m in meetings]
                if target is None and select in ids:
                    target = lines + ids.index(select)
                lines += len(meetings)
        if tree.root.children:
            first_meeting = 1 if tree.root.children[0].children else 0
            tree.move_cursor_to_line(first_meeting if target is None else target)

    @staticmethod
    def add_meetings(node: Any, meetings: Iterable[dict[str, Any]]) -> None:
        for meeting in meetings:
            node.add_leaf(meeting_label(meeting), data=meeting["id"])

    @on(Tree.NodeExpanded, "#meeting-list")
    def _expanded(self, event: Tree.NodeExpanded[Any]) -> None:
        """Committees with many meetings get their leaves only when opened."""
        node = event.node
        if isinstance(node.data, str) and not node.children:
            self.add_meetings(node, self.meetings_by_committee.get(node.data, []))

    @on(Tree.NodeSelected, "#meeting-list")
    def _selected(self, event: Tree.NodeSelected[Any]) -> None:
        if isinstance(event.node.data, int):
            self.show_meeting(event.node.data)

    def show_meeting(self, meeting_id: int) -> None:
        """Read one meeting (a worker), then show its entries beside its text."""
        self.app.run_service(
            self,
            "meetings-open",
            get_meeting,
            meeting_id,
            exclusive=True,
            done=lambda meeting: self.show_read_meeting(meeting_id, meeting),
        )

    def show_read_meeting(self, meeting_id: int, meeting: dict[str, Any] | None) -> None:
        if meeting is None:
            self.app.tell(f"Meeting {meeting_id} is no longer stored.", severity="warning")
            self.action_back()
            return
        self.open_meeting = meeting
        heading = " · ".join(
            printable(part)
            for part in (meeting["committee"], meeting["date"], meeting["title"], meeting["state"])
            if part
        )
        self.query_one("#meeting-heading", Static).update(Text(heading, style="bold"))
        self.query_one("#meeting-text", MinutesView).show_text(meeting["text"])
        entries = self.query_one("#meeting-entries", OptionList)
        keep = entries.highlighted if self.open_meeting_id == meeting_id else None
        entries.clear_options()
        self.entry_spans, self.entries = [], []
        for option, span, entry in self.entry_options(meeting):
            entries.add_option(option)
            self.entry_spans.append(span)
            self.entries.append(entry)
        self.open_meeting_id = meeting_id
        self.query_one(ContentSwitcher).current = "meeting-detail"
        entries.focus()
        first = next((i for i, (start, _) in enumerate(self.entry_spans) if start is not None), 0)
        entries.highlighted = first if keep is None else keep

    def entry_options(
        self, meeting: dict[str, Any]
    ) -> Iterable[tuple[Option, tuple[int | None, int | None], Entry | None]]:
        """Headed groups of items, decisions, actions and follow-ups, with their spans and
        what each line is."""
        today = self.app.today.isoformat()
        groups = (
            ("Items", "item", meeting["agenda_items"]),
            ("Decisions", "decision", meeting["decisions"]),
            ("Actions", "action", meeting["actions"]),
            ("Follow-ups", "follow_up", meeting["follow_ups"]),
        )
        for title, kind, rows in groups:
            yield (
                Option(Text(f"{title} ({len(rows)})", style="bold"), disabled=True),
                (None, None),
                None,
            )
            for row in rows:
                span = (row["source_start"], row["source_end"])
                yield Option(self.entry_text(title, row, today)), span, (kind, row["id"])

    @staticmethod
    def entry_text(group: str, row: dict[str, Any], today: str) -> Text:
        if group == "Items":
            number = f"{row['number']}. " if row["number"] else ""
            text = Text(printable(f"{number}{row['title']}"))
            if row["exempt"]:
                text.append(f"  {EXEMPT}", "bold yellow")
            return text
        if group == "Decisions":
            return Text(printable(row["text"]))
        if group == "Follow-ups":
            text = Text(printable(row["text"]))
            text.append(f"  {printable(row['when_text'] or row['due'] or 'no date')}", "dim")
            return text
        overdue = row["status"] in OPEN_STATUSES and bool(row["due"]) and row["due"] < today
        text = Text(f"{of_row(row)}  ", style="bold")
        text.append(printable(row["text"]), style="red" if overdue else "")
        details = [row["owner"] or "no owner", row["due"] or "no due date", row["status"]]
        if overdue:
            details.append("overdue")
        if row["exempt"]:
            details.append(EXEMPT)
        text.append("  " + printable(" · ".join(details)), "red" if overdue else "dim")
        return text

    @on(OptionList.OptionHighlighted, "#meeting-entries")
    def _entry_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if 0 <= event.option_index < len(self.entry_spans):
            start, end = self.entry_spans[event.option_index]
            self.query_one("#meeting-text", MinutesView).highlight(start, end)

    def action_back(self) -> None:
        if self.query_one(ContentSwitcher).current == "meeting-detail":
            self.open_meeting = None
            self.query_one(ContentSwitcher).current = "meeting-list"
            self.query_one("#meeting-list", Tree).focus()

    def current_committee(self) -> str | None:
        """The committee of the open meeting, or of the tree's cursor line."""
        if self.open_meeting is not None:
            committee: str | None = self.open_meeting["committee"]
            return committee
        node = self.query_one("#meeting-list", Tree).cursor_node
        while node is not None and not isinstance(node.data, str):
            node = node.parent
        if node is None or node.data == NO_COMMITTEE:
            return None
        return str(node.data)

    def action_export(self) -> None:
        self.app.action_export(self.current_committee())

    def action_chase(self) -> None:
        self.app.action_chase(self.current_committee())

    def current_meeting_id(self) -> int | None:
        """The open meeting, or the meeting on the tree's cursor line."""
        if self.open_meeting is not None:
            return int(self.open_meeting["id"])
        node = self.query_one("#meeting-list", Tree).cursor_node
        return node.data if node is not None and isinstance(node.data, int) else None

    def action_toggle_state(self) -> None:
        """Confirmed minutes back to draft, draft ones to confirmed."""
        meeting_id = self.current_meeting_id()
        if meeting_id is None:
            self.app.tell("Highlight a meeting first.", severity="warning")
            return
        row = self.meeting_row(meeting_id)
        state = "draft" if row is not None and row["state"] == "confirmed" else "confirmed"
        message = f"Minutes of meeting {meeting_id} marked {state}."
        self.store_change(message, mark_state, meeting_id, state)

    def action_toggle_exempt(self) -> None:
        """The highlighted item (with its actions and follow-ups) or action: exempt or not."""
        entries = self.query_one("#meeting-entries", OptionList)
        index = entries.highlighted
        entry = self.entries[index] if self.open_meeting is not None and index is not None else None
        if entry is None or entry[0] not in ("item", "action"):
            self.app.tell("Open a meeting and highlight an item or an action.", severity="warning")
            return
        kind, row_id = entry
        rows = self.open_meeting["agenda_items" if kind == "item" else "actions"]  # type: ignore[index]
        exempt = not next(r["exempt"] for r in rows if r["id"] == row_id)
        what = "kept out of exports and chasers" if exempt else "back in exports and chasers"
        message = f"{kind.capitalize()} {row_id} {what}."
        self.store_change(message, mark_exempt, **{f"{kind}_id": row_id, "exempt": exempt})

    def store_change(self, message: str, change: Any, *args: Any, **kwargs: Any) -> None:
        """Run one change in a worker, then tell the clerk `message` and show the meetings
        (and the open one) as the change left them."""

        def changed(view: MeetingsView) -> None:
            self.app.tell(message)
            self.changes_shown += 1
            self.show_view(view)

        open_id = self.open_meeting["id"] if self.open_meeting is not None else None
        self.app.run_service(
            self, "meetings-edit", change, *args, open_id=open_id, done=changed, **kwargs
        )

    def meeting_row(self, meeting_id: int) -> dict[str, Any] | None:
        return next(
            (m for ms in self.meetings_by_committee.values() for m in ms if m["id"] == meeting_id),
            None,
        )

    def action_edit_meeting(self) -> None:
        """Correct the highlighted (or open) meeting's committee, date or title in one form."""
        meeting_id = self.current_meeting_id()
        row = self.meeting_row(meeting_id) if meeting_id is not None else None
        if meeting_id is None or row is None:
            self.app.tell("Highlight a meeting first.", severity="warning")
            return
        self.app.run_service(
            self,
            "meetings-committees",
            committees,
            done=lambda names: self.ask_meeting_details(row, names),
        )

    def ask_meeting_details(self, row: dict[str, Any], names: list[str]) -> None:
        from clerk_tui.core.dates import parse_date_literal  # date rules: not at start-up

        def check(values: dict[str, str]) -> tuple[str, str] | None:
            if not values["committee"].strip():
                return "committee", "A meeting needs a committee: type one, or pick with →."
            if parse_date_literal(values["date"]) is None:
                return "date", "A meeting needs a date: 2024-03-14 or 14 March 2024."
            return None

        def answered(values: dict[str, str] | None) -> None:
            if values is None:
                return
            self.store_change(
                f"Meeting {row['id']} saved.",
                change_meeting,
                row["id"],
                committee=values["committee"],
                meeting_date=parse_date_literal(values["date"]),
                title=values["title"],
            )

        self.app.push_screen(
            FormDialog(
                f"Meeting {row['id']}"
                + (f" ({printable(row['source'])})" if row["source"] else ""),
                [
                    ("committee", "Committee", printable(row["committee"] or "")),
                    ("date", "Date", row["date"] or ""),
                    ("title", "Title (optional)", printable(row["title"] or "")),
                ],
                check=check,
                suggestions={"committee": names},
                placeholders={"committee": "as the committee is called", "date": "2024-03-14"},
            ),
            answered,
        )

    def action_delete_meeting(self) -> None:
        """Delete the highlighted (or open) meeting and what was read from it, after the
        clerk has seen what goes."""
        meeting_id = self.current_meeting_id()
        if meeting_id is None:
            self.app.tell("Highlight a meeting first.", severity="warning")
            return
        self.app.run_service(
            self, "meetings-contents", meeting_contents, meeting_id, done=self.confirm_delete
        )

    def confirm_delete(self, contents: MeetingContents) -> None:
        meeting_id = contents.meeting["id"]

        def answered(yes: bool | None) -> None:
            if not yes:
                return
            if self.open_meeting is not None and self.open_meeting["id"] == meeting_id:
                self.action_back()
            self.store_change(f"Deleted {contents.summary()}.", remove_meeting, meeting_id)

        self.app.push_screen(
            ConfirmDialog(
                f"Delete {contents.summary()}? They go with it, from every screen and export, "
                "and from the other clerks' copies at the next team sync."
            ),
            answered,
        )
