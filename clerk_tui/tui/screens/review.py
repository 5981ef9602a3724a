"""Review (`r`): each ambiguous or unknown name in the minutes, once however often and in
however many meetings it appears, with its sentence and its best candidates from the
directory as it is now. Pick a candidate, find someone else (typos forgiven), create a
person (name and role prefilled from the minutes), or ignore it; confirming teaches the
alias, so the next import matches it (`services.review`). `w` narrows the names to one
meeting, `s` shows the sample minutes' names too, `A` adds every name in view that is a
person's (not a post, a group or a thing). `v` shows the names matched without asking
instead: `u` undoes one (it comes back to be reviewed, and is not matched to that person
again without asking).

Above the names, the reconciliation proposals: passages of newer minutes reporting progress
on open actions ("the summary had been circulated"). Enter accepts one after the clerk
confirms (`services.reconcile`, kept in the action's history), x rejects it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.widgets import DataTable, Header, Static

from clerk_tui.core.columns import fit_widths
from clerk_tui.core.names import split_mention
from clerk_tui.core.reconcile import change_label
from clerk_tui.services.people import list_people, undo_match
from clerk_tui.services.reconcile import decide
from clerk_tui.services.review import (
    ReviewLists,
    add_new_people,
    confirm_mention,
    create_person_from_mention,
    ignore_mention,
    review_lists,
)
from clerk_tui.tui.commands import bindings
from clerk_tui.tui.common import (
    Footer,
    ReloadingScreen,
    RowTable,
    cell,
    fit_table,
    plural,
    printable,
    row_at_cursor,
    widest,
)
from clerk_tui.tui.dialogs import ChoiceDialog, ConfirmDialog, PersonPicker, PromptDialog

if TYPE_CHECKING:
    from clerk_tui.tui.app import ClerkApp

COLUMNS = {
    "text": "As written",
    "status": "Status",
    "best": "Best candidates",
    "role": "Role given",
    "meeting": "Seen in",
}
"""The columns in the order shown; which are shown, and how wide, is `column_widths`'s."""
SCROLLBAR = 2
OTHER, CREATE, IGNORE = "other", "create", "ignore"
ALL_MEETINGS = "all"
PROPOSAL_COLUMNS = {
    "kind": "Proposed",
    "ref": "Ref",
    "action": "Action",
    "owner": "Owner",
    "meeting": "Reported",
}


def column_widths(values: list[dict[str, str]], width: int) -> dict[str, int]:
    """By priority (`core.columns.fit_widths`): the name as written, its best candidates,
    the status, the role given and where it was seen, then more of each; where it was seen
    takes what is left. A column is as wide as its longest value at most."""

    def wide(key: str, most: int) -> int:
        return widest((v[key] for v in values), COLUMNS[key], most)

    return fit_widths(
        [
            ("text", wide("text", 20)),
            ("best", wide("best", 20)),
            ("status", wide("status", 9)),
            ("role", wide("role", 12)),
            ("meeting", wide("meeting", 16)),
            ("text", wide("text", 30)),
            ("best", wide("best", 40)),
            ("meeting", wide("meeting", 30)),
            ("role", wide("role", 30)),
        ],
        width - SCROLLBAR,
        flexible="meeting",
    )


def proposal_widths(values: list[dict[str, str]], width: int) -> dict[str, int]:
    """By priority: what is proposed, the action's reference and text, its owner and when it
    was reported, then more of the action and the owner; the action takes what is left."""

    def wide(key: str, most: int) -> int:
        return widest((v[key] for v in values), PROPOSAL_COLUMNS[key], most)

    return fit_widths(
        [
            ("kind", wide("kind", 22)),
            ("ref", wide("ref", 12)),
            ("action", 16),
            ("owner", wide("owner", 12)),
            ("meeting", wide("meeting", 10)),
            ("owner", wide("owner", 20)),
        ],
        width - SCROLLBAR,
        flexible="action",
    )


class ProposalTable(RowTable):
    """The pending reconciliation proposals; its own keys act on the highlighted one."""

    BINDINGS = bindings("review", "ProposalTable")


class NameTable(RowTable):
    """The names waiting for review: enter resolves the highlighted one."""

    BINDINGS = bindings("review", "NameTable")


def upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def meeting_label(row: dict[str, Any]) -> str:
    """'2024-03-12 Riverside HWB', or '2024-03-12 +2 more · Riverside HWB' for a name that
    other meetings give too (the count before the committee, which a narrow column cuts)."""
    day, committee = row["meeting_date"] or "undated", row["committee"] or "no committee"
    others = row.get("meetings", 1) - 1
    return f"{day} +{others} more · {committee}" if others > 0 else f"{day} {committee}"


def candidate_label(candidate: dict[str, Any]) -> str:
    """'Tom Foy 92%', or 'Tom Foy?' for a name only similar to the one written."""
    score = candidate.get("score")
    return f"{candidate['person']} {score}%" if score is not None else f"{candidate['person']}?"


class ReviewScreen(ReloadingScreen):
    """The review queue; enter resolves the highlighted name."""

    app: ClerkApp  # type: ignore[assignment]

    SCOPE = "review"
    BINDINGS = bindings(SCOPE)

    def __init__(self) -> None:
        super().__init__()
        self.queue: list[dict[str, Any]] = []
        self.proposals: list[dict[str, Any]] = []
        self.showing_matches = False
        """The table shows the names matched without asking rather than those waiting."""
        self.meeting_id: int | None = None
        """The one meeting whose names are shown; None: every meeting's."""
        self.with_samples = False
        """The sample minutes' names are shown too."""
        self.meetings: list[tuple[int, str]] = []

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="proposals-summary", markup=False)
        yield ProposalTable(id="proposals-table", cursor_type="row")
        yield Static("", id="review-summary", markup=False)
        yield NameTable(id="review-table", cursor_type="row")
        yield Static("", id="review-sentence", markup=False)
        yield Footer()

    def reload(self, cursor: int | None = None) -> None:
        self.app.run_service(
            self,
            "review-load",
            review_lists,
            self.showing_matches,
            self.meeting_id,
            self.with_samples,
            exclusive=True,
            done=lambda lists: self.show_lists(lists, cursor=cursor),
        )

    def show_lists(self, lists: ReviewLists, cursor: int | None) -> None:
        table = self.query_one("#review-table", DataTable)
        cursor = table.cursor_row if cursor is None else cursor
        self.queue, self.proposals = lists.names, lists.proposals
        if not self.showing_matches:
            self.meetings = lists.meetings
        self.fill_names()
        if self.queue:
            table.move_cursor(row=max(0, min(cursor, len(self.queue) - 1)), animate=False)
        self.fill_proposals()
        if self.proposals:
            self.query_one("#proposals-table").focus()
        else:
            table.focus()
        self.query_one("#review-summary", Static).update(self.summary(lists))
        self.show_sentence()

    def summary(self, lists: ReviewLists) -> str:
        """How many names, in what view, and what is left out."""
        count = plural(len(self.queue), "name")
        where = dict(self.meetings).get(self.meeting_id) if self.meeting_id else None
        scope = f" in {where}" if where else ""
        if self.showing_matches:
            if not self.queue:
                return f"No name{scope} was matched without asking. v: the names waiting."
            return (
                f"{count}{scope} matched without asking, newest meeting first · u: not this "
                "person (undo) · v: the names waiting"
            )
        if self.queue:
            mentions = sum(row["mentions"] for row in self.queue)
            text = (
                f"{count} to review{scope} ({plural(mentions, 'mention')}), oldest first · "
                "enter: who is it · w: one meeting · v: matches made without asking"
            )
        else:
            text = f"Nothing to review{scope}: every name is matched or set aside."
        if lists.samples_hidden:
            text += f" · {plural(lists.samples_hidden, 'name')} of the sample minutes hidden (s)"
        elif self.with_samples:
            text += " · the sample minutes' names shown (s hides them)"
        return text

    def on_resize(self) -> None:
        self.call_after_refresh(self.fill_names, keep_cursor=True)
        self.call_after_refresh(self.fill_proposals)

    def fill_names(self, keep_cursor: bool = False) -> None:
        """The names in columns fitted to the table's width."""
        table = self.query_one("#review-table", DataTable)
        cursor = table.cursor_row
        values = [self.values_of(row) for row in self.queue]
        widths = column_widths(values, table.size.width or self.size.width)
        fit_table(table, COLUMNS, widths)
        table.add_rows(
            [cell(v[key], widths[key]) for key in COLUMNS if key in widths] for v in values
        )
        if keep_cursor and self.queue:
            table.move_cursor(row=min(cursor, len(self.queue) - 1), animate=False)

    @staticmethod
    def values_of(row: dict[str, Any]) -> dict[str, str]:
        """A waiting name and its best candidates, or a name and whom it was matched to."""
        if "person" in row:
            best = f"{row['person']} {round(row['score'])}%"
        else:
            best = " · ".join(candidate_label(c) for c in row["candidates"]) or "nobody yet"
        values = {
            "text": row["text"] + (f" ×{row['mentions']}" if row["mentions"] > 1 else ""),
            "role": row.get("role_text") or "",
            "meeting": meeting_label(row),
            "status": row.get("status", "matched"),
            "best": best,
        }
        return values

    def selected(self) -> dict[str, Any] | None:
        return row_at_cursor(self.query_one("#review-table", DataTable), self.queue)

    @on(DataTable.RowHighlighted, "#review-table")
    def _highlighted(self) -> None:
        self.show_sentence()

    def show_sentence(self) -> None:
        row = self.selected()
        text = Text()
        if row is not None:
            text.append(printable(meeting_label(row)) + ": ", style="bold")
            text.append(printable(row["sentence"]))
            if self.showing_matches:
                text.append(printable(f"\nMatched to {row['person']}"), style="dim")
            elif row["candidates"]:
                names = ", ".join(candidate_label(c) for c in row["candidates"])
                text.append("\nCandidates: " + printable(names), style="dim")
            else:
                text.append("\nNobody in the directory is like this name.", style="dim")
        self.query_one("#review-sentence", Static).update(text)

    @on(DataTable.RowSelected, "#review-table")
    def _selected(self) -> None:
        self.action_resolve()

    # --- resolving ------------------------------------------------------------------------

    def done(self, change: Any, *args: Any, message: str) -> None:
        """Run one change for the highlighted name in a worker, then tell the clerk and show
        the queue again."""
        cursor = self.query_one("#review-table", DataTable).cursor_row

        def changed(_: object) -> None:
            self.app.tell(message)
            self.reload(cursor)

        self.app.run_service(self, "review-edit", change, *args, done=changed)

    def confirm(self, row: dict[str, Any], person_id: int, person: str) -> None:
        self.done(
            confirm_mention,
            row["ids"],
            person_id,
            message=f"“{row['text']}” is {person}; learned for the next import.",
        )

    def action_switch_view(self) -> None:
        self.showing_matches = not self.showing_matches
        self.refresh_bindings()
        self.reload(0)

    _WAITING_ONLY = frozenset({"accept_best", "create", "ignore", "add_all", "toggle_samples"})

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The footer offers undo in the matches view, the resolving keys in the other."""
        if action in self._WAITING_ONLY:
            return not self.showing_matches
        if action == "undo":
            return self.showing_matches
        return True

    def waiting_row(self) -> dict[str, Any] | None:
        """The highlighted name waiting for review; in the matches view, a hint instead."""
        if self.showing_matches:
            self.app.tell("These names were matched without asking: u undoes one, v goes back.")
            return None
        return self.selected()

    def action_undo(self) -> None:
        """'Not this person': the highlighted automatic match goes back to be reviewed."""
        if not self.showing_matches:
            self.app.tell("v shows the names matched without asking; u undoes one there.")
            return
        row = self.selected()
        if row is None:
            return

        def answered(yes: bool | None) -> None:
            if yes:
                self.done(
                    undo_match,
                    row["id"],
                    message=f"“{row['text']}” is back for review; it will not be matched to "
                    f"{row['person']} again without asking.",
                )

        self.ask(
            ConfirmDialog(
                f"“{printable(row['text'])}” in {meeting_label(row)} is not "
                f"{printable(row['person'])}? It goes back to the names to review, its actions "
                "lose that owner, and it is not matched to them again without asking."
            ),
            answered,
        )

    def action_resolve(self) -> None:
        if self.showing_matches:
            self.action_undo()
            return
        row = self.selected()
        if row is None:
            return
        choices: list[tuple[str, Text]] = [
            (str(c["person_id"]), Text(printable(candidate_label(c)))) for c in row["candidates"]
        ]
        choices += [
            (OTHER, Text("Someone else in the directory…")),
            (CREATE, Text("A new person (name and role from the minutes)…")),
            (IGNORE, Text("Ignore this name")),
        ]
        names = {str(c["person_id"]): c["person"] for c in row["candidates"]}

        def chosen(key: str | None) -> None:
            if key is None:
                return
            if key == OTHER:
                self.pick_other(row)
            elif key == CREATE:
                self.action_create()
            elif key == IGNORE:
                self.action_ignore()
            else:
                self.confirm(row, int(key), names[key])

        self.ask(ChoiceDialog(f"Who is “{printable(row['text'])}”?", choices), chosen)

    def action_accept_best(self) -> None:
        row = self.waiting_row()
        if row is None:
            return
        if not row["candidates"]:
            self.app.tell("No candidate for this name: n adds a person, enter for more.")
            return
        best = row["candidates"][0]
        self.confirm(row, int(best["person_id"]), best["person"])

    def pick_other(self, row: dict[str, Any]) -> None:
        self.app.run_service(
            self, "review-people", list_people, done=lambda people: self.ask_who(row, people)
        )

    def ask_who(self, row: dict[str, Any], people: list[dict[str, Any]]) -> None:
        """Find the person by typing (typos, parts of names, aliases and roles will do)."""
        names = {int(p["id"]): p["name"] for p in people}

        def got(person_id: int | None) -> None:
            if person_id is not None:
                self.confirm(row, person_id, names[person_id])

        query = split_mention(row.get("expanded") or row["written"]).name
        self.ask(PersonPicker(f"Who is “{printable(row['text'])}”?", people, query), got)

    def action_create(self) -> None:
        """Add a person named as in the minutes (editable) with the role they give."""
        row = self.waiting_row()
        if row is None:
            return
        parts = split_mention(row["text"])

        def got_name(name: str | None) -> None:
            if not name or not name.strip():
                return

            def got_role(role: str | None) -> None:
                if role is None:
                    return
                self.done(
                    create_person_from_mention,
                    row["ids"],
                    name.strip(),
                    role.strip() or None,
                    message=f"Added {name.strip()} and learned “{row['text']}”.",
                )

            self.ask(
                PromptDialog(f"Role of {name.strip()}", value=row["role_text"] or parts.role or ""),
                got_role,
            )

        self.ask(PromptDialog("Name of the new person", value=parts.name or row["text"]), got_name)

    def action_add_all(self) -> None:
        """Add every unknown name in view that is a person's, in one step."""
        if self.waiting_row() is None:
            return
        unknown = [row for row in self.queue if row["status"] == "unknown"]
        where = dict(self.meetings).get(self.meeting_id) if self.meeting_id else None

        def added(outcome: tuple[list[str], int]) -> None:
            names, left = outcome
            shown = ", ".join(names[:5]) + (f" and {len(names) - 5} more" if len(names) > 5 else "")
            message = f"Added {plural(len(names), 'person', 'people')}"
            message += f": {shown}." if names else "."
            if left:
                message += f" {plural(left, 'name')} left for you: posts, groups and things."
            self.app.tell(message, timeout=10)
            self.reload()

        def answered(yes: bool | None) -> None:
            if yes:
                ids = [i for row in unknown for i in row["ids"]]
                self.app.run_service(self, "review-edit", add_new_people, ids, done=added)

        self.ask(
            ConfirmDialog(
                f"Add the unknown names {f'of {where} ' if where else ''}that are people's "
                f"(of {len(unknown)}) to the directory, with the roles the minutes give? "
                "Posts (Parish Clerk), groups (Councillors), things the minutes capitalise "
                "and names the directory may already hold stay here for you."
            ),
            answered,
        )

    def action_choose_meeting(self) -> None:
        """Narrow the names to one meeting, or show every meeting's again."""
        choices = [(ALL_MEETINGS, Text("Every meeting"))] + [
            (str(meeting_id), Text(printable(label))) for meeting_id, label in self.meetings
        ]

        def chosen(key: str | None) -> None:
            if key is None:
                return
            self.meeting_id = None if key == ALL_MEETINGS else int(key)
            self.reload(0)

        self.ask(ChoiceDialog("Names of which meeting?", choices), chosen)

    def action_toggle_samples(self) -> None:
        self.with_samples = not self.with_samples
        self.meeting_id = None
        self.reload(0)

    def action_ignore(self) -> None:
        row = self.waiting_row()
        if row is not None:
            self.done(ignore_mention, row["ids"], message=f"Ignored “{row['text']}”.")

    # --- reconciliation proposals -----------------------------------------------------------

    def fill_proposals(self, cursor: int | None = None) -> None:
        table = self.query_one("#proposals-table", ProposalTable)
        cursor = table.cursor_row if cursor is None else cursor
        values = [
            {
                "kind": change_label(p["kind"], p["value"]),
                "ref": p["action_ref"],
                "action": p["action"],
                "owner": p["owner"] or "",
                "meeting": p["meeting_date"] or "",
            }
            for p in self.proposals
        ]
        widths = proposal_widths(values, table.size.width or self.size.width)
        fit_table(table, PROPOSAL_COLUMNS, widths)
        table.add_rows(
            [cell(v[key], widths[key]) for key in PROPOSAL_COLUMNS if key in widths] for v in values
        )
        shown = bool(self.proposals)
        table.display = shown
        summary = self.query_one("#proposals-summary", Static)
        summary.display = shown
        if shown:
            table.move_cursor(row=max(0, min(cursor, len(self.proposals) - 1)), animate=False)
            count = len(self.proposals)
            summary.update(
                f"{count} proposed update{'s' if count != 1 else ''} to open actions, from "
                "later minutes: enter accepts (asks first), x rejects, tab moves to the names"
            )

    def selected_proposal(self) -> dict[str, Any] | None:
        return row_at_cursor(self.query_one("#proposals-table", ProposalTable), self.proposals)

    @on(DataTable.RowHighlighted, "#proposals-table")
    def _proposal_highlighted(self) -> None:
        self.show_proposal()

    def on_descendant_focus(self, event: Any) -> None:
        if event.widget is self.query_one("#proposals-table"):
            self.show_proposal()
        else:
            self.show_sentence()

    def show_proposal(self) -> None:
        """The highlighted proposal: what it would do, the update it would record, and the
        passage of the later minutes it comes from."""
        proposal = self.selected_proposal()
        text = Text()
        if proposal is not None:
            change = change_label(proposal["kind"], proposal["value"])
            text.append(
                printable(f"{change[:1].upper()}{change[1:]}: action {proposal['action_ref']} ")
            )
            text.append(
                printable(f"({proposal['action_status']}) {proposal['action']}\n"), style="dim"
            )
            if proposal["note"] and proposal["note"] != proposal["passage"]:
                text.append(printable(f"Update: {proposal['note']}\n"))
            when = proposal["meeting_date"] or "an undated meeting"
            text.append(f"Minutes of {when}: ", "bold")
            text.append(f"“{printable(proposal['passage'])}”")
        self.query_one("#review-sentence", Static).update(text)

    def action_accept_proposal(self) -> None:
        proposal = self.selected_proposal()
        if proposal is None:
            self.app.tell("No proposed update is highlighted.", severity="warning")
            return
        ref = proposal["action_ref"]
        change = change_label(proposal["kind"], proposal["value"])
        when = proposal["meeting_date"] or "the later meeting"
        question = (
            f"{upper_first(change)}: action {ref}?\n\n{printable(proposal['action'])}\n\n"
            f"The minutes of {when} say: “{printable(proposal['passage'])}”"
        )

        def answered(yes: bool | None) -> None:
            if yes:
                made = change_label(proposal["kind"], proposal["value"], made=True)
                message = f"Action {ref} {made}; kept in its history."
                self.decide(True, proposal, message)

        self.ask(ConfirmDialog(question), answered)

    def action_reject_proposal(self) -> None:
        proposal = self.selected_proposal()
        if proposal is None:
            self.app.tell("No proposed update is highlighted.", severity="warning")
            return
        ref = proposal["action_ref"]
        self.decide(False, proposal, f"Proposal set aside; action {ref} is unchanged.")

    def decide(self, accept: bool, proposal: dict[str, Any], message: str) -> None:
        """Accept or reject a proposal in a worker, then show the ones left."""
        cursor = self.query_one("#proposals-table", ProposalTable).cursor_row

        def decided(proposals: list[dict[str, Any]]) -> None:
            self.proposals = proposals
            self.app.tell(message)
            self.fill_proposals(cursor)
            if not self.proposals:
                self.query_one("#review-table").focus()

        self.app.run_service(self, "review-edit", decide, proposal["id"], accept, done=decided)
