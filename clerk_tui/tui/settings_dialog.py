"""The clerk's settings (palette: “Settings”): name, job title, email and signature, which
sign the chasers (`services.settings`). One form; a bad email keeps the form open with what
was typed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from clerk_tui.core.salutation import is_email
from clerk_tui.services.settings import ClerkDetails, clerk_details, save_clerk_details
from clerk_tui.tui.dialogs import FormDialog

if TYPE_CHECKING:
    from clerk_tui.tui.app import ClerkApp

LABELS = {
    "name": "Your name",
    "title": "Job title",
    "email": "Email (the chasers come from it)",
    "signature": "Signature (several lines; empty: name, title and email)",
}


def edit_settings(app: ClerkApp) -> None:
    """Read the settings (a worker), then show them in a form."""
    app.run_service(app, "settings", clerk_details, done=lambda details: _ask(app, details))


def check(values: dict[str, str]) -> tuple[str, str] | None:
    email = values["email"].strip()
    if email and not is_email(email):
        return "email", f"“{email}” is not an email address like name@council.gov.uk"
    return None


def _ask(app: ClerkApp, details: ClerkDetails) -> None:
    def answered(values: dict[str, str] | None) -> None:
        if values is not None:
            app.run_service(
                app,
                "settings",
                save_clerk_details,
                **values,
                done=lambda saved: app.tell(
                    f"Saved: the chasers are signed by {saved.name or 'you'}."
                ),
            )

    app.push_screen(
        FormDialog(
            "Settings: who sends the chasers",
            [(key, label, getattr(details, key)) for key, label in LABELS.items()],
            check=check,
            placeholders={
                "name": "Sam Jones",
                "title": "Clerk to the Council",
                "email": "sam.jones@council.gov.uk",
            },
            multiline=frozenset({"signature"}),
            hint="enter: next field · ctrl+s saves · escape cancels",
        ),
        answered,
    )
