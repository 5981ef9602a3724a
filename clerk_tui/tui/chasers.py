"""Chasers from the app (`C`): ask for the committee (when not given), the reply-by date and
the folder, then write one message per owner of the committee's open actions
(`services.exports`) and say where they went."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from clerk_tui.core.due_input import read_due_date
from clerk_tui.services.exports import (
    Chaser,
    chasers_for,
    default_chase_folder,
    write_chasers_for,
)
from clerk_tui.services.meetings import committees
from clerk_tui.tui.common import plural
from clerk_tui.tui.dialogs import PromptDialog

if TYPE_CHECKING:
    from clerk_tui.tui.app import ClerkApp

GROUP = "chasers"


def prepare_chasers(app: ClerkApp, committee: str | None) -> None:
    """Start asking: the committee first when none is given."""
    if committee:
        _count_owners(app, committee)
    else:
        app.run_service(app, GROUP, committees, done=lambda names: _ask_committee(app, names))


def _ask_committee(app: ClerkApp, names: list[str]) -> None:
    if not names:
        app.tell("No committees yet: paste minutes first (i).", severity="warning")
        return

    def chosen(name: str | None) -> None:
        if name and name.strip():
            _count_owners(app, name.strip())

    app.push_screen(
        PromptDialog("Chasers for which committee?", value=names[0], suggestions=names), chosen
    )


def _count_owners(app: ClerkApp, committee: str) -> None:
    app.run_service(
        app,
        GROUP,
        chasers_for,
        committee,
        today=app.today,
        done=lambda chasers: _ask_reply_date(app, committee, chasers),
    )


def _ask_reply_date(app: ClerkApp, committee: str, chasers: list[Chaser]) -> None:
    if not chasers:
        app.tell(f"{committee} has no open actions to chase.", severity="warning")
        return
    name = chasers[0].committee
    default = chasers[0].reply_by

    def got_date(value: str | None) -> None:
        if value is None:
            return
        reply_by = read_due_date(value, app.today) if value.strip() else default
        if reply_by is None:
            app.tell(
                f"Could not read the date “{value.strip()}”: use 2024-07-15 or 15 July 2024.",
                severity="error",
            )
            return
        _ask_folder(app, name, reply_by)

    app.push_screen(
        PromptDialog(
            f"{name}: {plural(len(chasers), 'owner')} to chase. Ask for updates by",
            value=default.isoformat(),
            placeholder="2024-07-15 or 15 July 2024",
        ),
        got_date,
    )


def _ask_folder(app: ClerkApp, committee: str, reply_by: date) -> None:
    def got_folder(value: str | None) -> None:
        if value is not None and value.strip():
            folder = Path(value.strip()).expanduser()
            app.run_service(
                app,
                GROUP,
                write_chasers_for,
                committee,
                folder,
                reply_by=reply_by,
                today=app.today,
                done=lambda written: _written(app, committee, *written),
            )

    default = Path.cwd() / default_chase_folder(committee, app.today)
    app.push_screen(
        PromptDialog("Write the chasers into the folder", value=str(default)), got_folder
    )


def _written(
    app: ClerkApp, committee: str, chasers: list[Chaser], folder: Path | None, files: list[Path]
) -> None:
    app.tell(
        f"Chasers for {plural(len(chasers), 'owner')} of {committee} written to {folder} "
        f"({plural(len(files), 'file')}: .eml for Outlook, .md to read)."
    )
