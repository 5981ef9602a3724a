"""People (`p`): the directory of people and bodies; find someone by typing (typos, parts of
names, aliases, roles and committees will do), add, edit (name, organisation, email: the
chasers are addressed from it), merge duplicates, seat people on committees (or take them
off), and see each one's open actions. Everything goes through `services.people` and
`services.actions`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import DataTable, Header, Input, Static

from clerk_tui.core import fuzzy
from clerk_tui.core.columns import fit_widths
from clerk_tui.core.refs import of_row
from clerk_tui.core.salutation import is_email
from clerk_tui.services.actions import open_actions_of
from clerk_tui.services.meetings import committees
from clerk_tui.services.people import (
    add_member,
    add_person,
    edit_person,
    list_people,
    merge_people,
    remove_member,
)
from clerk_tui.tui.commands import bindings
from clerk_tui.tui.common import (
    Footer,
    ReloadingScreen,
    RowTable,
    action_status,
    cell,
    fit_table,
    printable,
    row_at_cursor,
    widest,
)
from clerk_tui.tui.dialogs import (
    ChoiceDialog,
    ConfirmDialog,
    FormDialog,
    PersonPicker,
    PromptDialog,
)

if TYPE_CHECKING:
    from clerk_tui.tui.app import ClerkApp

MAX_SHOWN = 200
"""People in the table at once; `/` narrows a bigger directory."""
OPEN_ACTIONS_SHOWN = 30
COLUMNS = {"name": "Name", "role": "Role", "organisation": "Organisation"}
"""The columns in the order shown; which are shown, and how wide, is `column_widths`'s."""
SCROLLBAR = 2


def column_widths(values: list[dict[str, str]], width: int) -> dict[str, int]:
    """By priority (`core.columns.fit_widths`): the name, the role and the organisation,
    then more of each; the organisation takes what is left. A column is as wide as its
    longest value at most."""

    def wide(key: str, most: int) -> int:
        return widest((v[key] for v in values), COLUMNS[key], most)

    return fit_widths(
        [
            ("name", wide("name", 16)),
            ("role", wide("role", 12)),
            ("organisation", wide("organisation", 12)),
            ("name", wide("name", 24)),
            ("role", wide("role", 20)),
            ("organisation", wide("organisation", 20)),
            ("name", wide("name", 32)),
            ("role", wide("role", 32)),
        ],
        width - SCROLLBAR,
        flexible="organisation",
    )


def current_role(person: dict[str, Any]) -> str:
    """The first role still held (no end date), else the latest."""
    roles = person["roles"]
    held = [r for r in roles if not r["to"]] or roles
    return str(held[0]["title"]) if held else ""


def seat_label(seat: dict[str, Any]) -> str:
    """'ICAT Steering Group (SF)': a committee and the initials its minutes use."""
    return seat["committee"] + (f" ({seat['initials']})" if seat["initials"] else "")


def found(people: list[dict[str, Any]], query: str) -> list[dict[str, Any]]:
    """The people that fit what was typed, best first (everyone, by name, for nothing)."""
    if not query.strip():
        return people
    by_id = {p["id"]: p for p in people}
    return [by_id[pid] for pid in fuzzy.rank(query, map(fuzzy.as_findable, people))]


class PeopleScreen(ReloadingScreen):
    """The directory table beside the highlighted person's details and open actions."""

    app: ClerkApp  # type: ignore[assignment]

    SCOPE = "people"
    BINDINGS = bindings(SCOPE)

    def __init__(self) -> None:
        super().__init__()
        self.people: list[dict[str, Any]] = []
        self.shown: list[dict[str, Any]] = []

    def compose(self) -> ComposeResult:
        yield Header()
        box = Input(
            placeholder="find: name, role, organisation, alias or committee", id="people-filter"
        )
        box.display = False
        yield box
        yield Static("", id="people-summary", markup=False)
        with Horizontal(id="people-body"):
            yield RowTable(id="people-table", cursor_type="row")
            with VerticalScroll(id="people-side"):
                yield Static("", id="people-detail", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#people-table").focus()

    def reload(self, keep_id: int | None = None) -> None:
        self.app.run_service(
            self,
            "people-load",
            list_people,
            exclusive=True,
            done=lambda people: self.loaded(people, keep_id),
        )

    def loaded(self, people: list[dict[str, Any]], keep_id: int | None) -> None:
        self.people = people
        selected = self.selected()
        self.show(keep_id if keep_id is not None else (selected["id"] if selected else None))

    def show(self, keep_id: int | None = None) -> None:
        """Fill the table with the people matching the find box (at most MAX_SHOWN)."""
        query = self.query_one("#people-filter", Input).value
        matching = found(self.people, query)
        self.shown = matching[:MAX_SHOWN]
        table = self.query_one("#people-table", DataTable)
        self.fill_table()
        target = next((i for i, p in enumerate(self.shown) if p["id"] == keep_id), 0)
        if self.shown:
            table.move_cursor(row=target, animate=False)
        summary = f"{len(self.people):,} in the directory"
        if query.strip():
            summary += f" · {len(matching):,} match"
        if len(matching) > MAX_SHOWN:
            summary += f" · first {MAX_SHOWN} shown: / to narrow"
        if not self.people:
            summary = "The directory is empty: n adds a person, or `clerk people import FILE.csv`."
        self.query_one("#people-summary", Static).update(summary)
        self.show_detail()

    def on_resize(self) -> None:
        self.call_after_refresh(self.fill_table, keep_cursor=True)

    def fill_table(self, keep_cursor: bool = False) -> None:
        """The people shown, in columns fitted to the table's width; bodies in italics."""
        table = self.query_one("#people-table", DataTable)
        cursor = table.cursor_row
        values = [
            {"name": p["name"], "role": current_role(p), "organisation": p["organisation"] or ""}
            for p in self.shown
        ]
        widths = column_widths(values, table.size.width or self.size.width)
        fit_table(table, COLUMNS, widths)
        table.add_rows(
            [
                cell(v[key], widths[key], "italic" if key == "name" and p["kind"] == "body" else "")
                for key in COLUMNS
                if key in widths
            ]
            for p, v in zip(self.shown, values, strict=True)
        )
        if keep_cursor and self.shown:
            table.move_cursor(row=min(cursor, len(self.shown) - 1), animate=False)

    def selected(self) -> dict[str, Any] | None:
        return row_at_cursor(self.query_one("#people-table", DataTable), self.shown)

    @on(DataTable.RowHighlighted, "#people-table")
    def _highlighted(self) -> None:
        self.show_detail()

    def show_detail(self) -> None:
        """Name, roles and aliases of the highlighted person, then (from a worker) their
        open actions."""
        person = self.selected()
        self.query_one("#people-detail", Static).update(self.detail_text(person))
        if person is not None:
            self.app.run_service(
                self,
                "people-actions",
                open_actions_of,
                person["id"],
                self.app.today,
                OPEN_ACTIONS_SHOWN,
                exclusive=True,
                done=lambda found: self.show_open_actions(person, *found),
            )

    def detail_text(self, person: dict[str, Any] | None) -> Text:
        detail = Text()
        if person is not None:
            detail.append(printable(person["name"]) + "\n", style="bold")
            facts = [person["kind"], person["organisation"] or "", person["email"] or ""]
            detail.append(printable(" · ".join(f for f in facts if f)) + "\n", style="dim")
            for role in person["roles"]:
                dated = role["from"] or role["to"]
                span = f" ({role['from'] or '…'} to {role['to'] or 'now'})" if dated else ""
                where = f", {role['committee']}" if role["committee"] else ""
                detail.append(printable(f"Role: {role['title']}{where}{span}") + "\n")
            if person["aliases"]:
                detail.append(printable("Also written: " + "; ".join(person["aliases"])) + "\n")
            if person["committees"]:
                seats = "; ".join(seat_label(seat) for seat in person["committees"])
                detail.append(printable(f"Sits on: {seats}") + "\n")
        return detail

    def show_open_actions(
        self, person: dict[str, Any], rows: list[dict[str, Any]], total: int
    ) -> None:
        if person is self.selected():
            detail = self.detail_text(person)
            detail.append_text(self.open_actions_text(rows, total))
            self.query_one("#people-detail", Static).update(detail)

    def open_actions_text(self, rows: list[dict[str, Any]], total: int) -> Text:
        text = Text(f"\nOpen actions ({total})\n", style="bold")
        for row in rows:
            status = action_status(row, self.app.today)
            line = f"{of_row(row)}  {row['text']}  · due {row['due'] or 'none'} · {status}"
            text.append(printable(line) + "\n", style="red" if status == "Overdue" else "")
        if total > len(rows):
            text.append(f"… and {total - len(rows)} more (a, then / and the name)\n", style="dim")
        return text

    # --- find -----------------------------------------------------------------------------

    def action_filter(self) -> None:
        box = self.query_one("#people-filter", Input)
        box.display = True
        box.focus()

    def action_leave_filter(self) -> None:
        box = self.query_one("#people-filter", Input)
        if not box.value:
            box.display = False
        self.query_one("#people-table").focus()

    @on(Input.Changed, "#people-filter")
    def _find(self) -> None:
        self.show()

    @on(Input.Submitted, "#people-filter")
    def _found(self) -> None:
        self.action_leave_filter()

    # --- changes --------------------------------------------------------------------------

    def store(self, message: str, keep: int | None, change: Any, *args: Any, **kwargs: Any) -> None:
        """Run one directory change in a worker; then tell the clerk `message` and show the
        directory again with person `keep` (None: the id the change returns) highlighted."""

        def done(result: Any) -> None:
            self.app.tell(message)
            self.reload(keep_id=result if keep is None else keep)

        self.app.run_service(self, "people-edit", change, *args, done=done, **kwargs)

    def action_add(self) -> None:
        def got_name(name: str | None) -> None:
            if not name or not name.strip():
                return

            def got_role(role: str | None) -> None:
                if role is None:
                    return
                self.store(
                    f"Added {name.strip()} to the directory.",
                    None,
                    add_person,
                    name.strip(),
                    role=role.strip() or None,
                )

            self.ask(PromptDialog(f"Role of {name.strip()} (optional)"), got_role)

        self.ask(PromptDialog("Name of the new person or body"), got_name)

    def action_edit(self) -> None:
        """Name, organisation and email of the highlighted person, in one form."""
        person = self.selected()
        if person is None:
            return
        person_id = person["id"]

        def check(values: dict[str, str]) -> tuple[str, str] | None:
            if not values["name"].strip():
                return "name", "A person needs a name."
            email = values["email"].strip()
            if email and not is_email(email):
                return "email", f"“{email}” is not an email address like name@council.gov.uk"
            return None

        def answered(values: dict[str, str] | None) -> None:
            if values is None:
                return
            self.store(
                f"Saved {values['name'].strip()}.",
                person_id,
                edit_person,
                person_id,
                name=values["name"],
                organisation=values["organisation"].strip(),
                email=values["email"].strip(),
            )

        self.ask(
            FormDialog(
                f"Edit {printable(person['name'])}",
                [
                    ("name", "Name (the old one is kept as an alias)", person["name"]),
                    ("organisation", "Organisation", person["organisation"] or ""),
                    ("email", "Email (chasers are addressed to it)", person["email"] or ""),
                ],
                check=check,
                placeholders={"email": "name@council.gov.uk"},
            ),
            answered,
        )

    def action_merge(self) -> None:
        """Fold the highlighted entry (the duplicate) into the person the clerk finds."""
        duplicate = self.selected()
        if duplicate is None:
            return
        others = [p for p in self.people if p["id"] != duplicate["id"]]
        by_id = {p["id"]: p for p in others}

        def got_keep(keep_id: int | None) -> None:
            if keep_id is None:
                return
            keep = by_id[keep_id]

            def answered(yes: bool | None) -> None:
                if yes:
                    message = f"Merged {duplicate['name']} into {keep['name']}."
                    self.store(message, keep["id"], merge_people, keep["id"], duplicate["id"])

            self.ask(
                ConfirmDialog(
                    f"Merge {duplicate['name']} into {keep['name']}? Its name becomes an alias "
                    "and its roles, actions and mentions move across."
                ),
                answered,
            )

        self.ask(PersonPicker(f"Merge {printable(duplicate['name'])} into whom?", others), got_keep)

    def action_committees(self) -> None:
        """Seat the highlighted person on a committee, or take them off one."""
        person = self.selected()
        if person is None:
            return
        if person["kind"] != "person":
            self.app.tell(f"{person['name']} is a body: only people sit on committees.")
            return
        choices = [("add", Text("Seat on a committee…"))] + [
            (f"leave:{seat['committee']}", Text(printable(f"Take off {seat_label(seat)}")))
            for seat in person["committees"]
        ]

        def chosen(key: str | None) -> None:
            if key == "add":
                self.app.run_service(
                    self,
                    "people-committees",
                    committees,
                    done=lambda known: self.seat(person, known),
                )
            elif key is not None:
                committee = key.removeprefix("leave:")
                message = f"{person['name']} no longer sits on {committee}."
                self.store(message, person["id"], remove_member, person["id"], committee)

        self.ask(ChoiceDialog(f"Committees of {printable(person['name'])}", choices), chosen)

    def seat(self, person: dict[str, Any], known: list[str]) -> None:
        def got_committee(committee: str | None) -> None:
            if not committee or not committee.strip():
                return

            def got_initials(initials: str | None) -> None:
                if initials is None:
                    return
                self.store(
                    f"{person['name']} sits on {committee.strip()}: its minutes match them first.",
                    person["id"],
                    add_member,
                    person["id"],
                    committee.strip(),
                    initials=initials.strip() or None,
                )

            self.ask(
                PromptDialog(
                    f"Initials {committee.strip()}'s minutes use for {person['name']} (optional)",
                    placeholder="e.g. SF",
                ),
                got_initials,
            )

        self.ask(
            PromptDialog(
                f"Seat {person['name']} on which committee?",
                suggestions=known,
                placeholder="a committee name (a new one is created)",
            ),
            got_committee,
        )
