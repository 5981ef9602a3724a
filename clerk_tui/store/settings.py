"""The clerk's own details, kept in this copy's `settings` table (never synced: each clerk
signs their own chasers): name, job title, email and signature."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import TYPE_CHECKING

from clerk_tui.core.salutation import is_email
from clerk_tui.store.db import StoreError, transaction

if TYPE_CHECKING:
    from sqlite_utils import Database

PREFIX = "clerk."


@dataclass(frozen=True)
class ClerkDetails:
    """Who sends the chasers. `signature` is free text (several lines); when empty the
    chasers are signed with the name, title and email."""

    name: str = ""
    title: str = ""
    email: str = ""
    signature: str = ""

    def sign_off(self) -> list[str]:
        """The lines under 'Kind regards,': the signature as typed, else name, title, email."""
        if self.signature.strip():
            return self.signature.strip().splitlines()
        return [line for line in (self.name, self.title, self.email) if line]


FIELDS = tuple(f.name for f in fields(ClerkDetails))


def clerk_details(db: Database) -> ClerkDetails:
    """The details saved (empty strings for those never given)."""
    marks = ", ".join("?" for _ in FIELDS)
    saved = dict(
        db.execute(
            f"SELECT substr(key, {len(PREFIX) + 1}), value FROM settings WHERE key IN ({marks})",
            [PREFIX + name for name in FIELDS],
        ).fetchall()
    )
    return ClerkDetails(**{name: saved.get(name) or "" for name in FIELDS})


def save_clerk_details(db: Database, **values: str | None) -> ClerkDetails:
    """Save the given details (None: unchanged; '' clears one); the details after. An
    email that is not an address is refused with a one-line StoreError."""
    unknown = set(values) - set(FIELDS)
    if unknown:
        raise StoreError(f"unknown setting {sorted(unknown)[0]!r}; use one of {', '.join(FIELDS)}")
    given = {
        k: v.strip() if k != "signature" else v.rstrip() for k, v in values.items() if v is not None
    }
    if given.get("email"):
        check_email(given["email"])
    with transaction(db):
        details = replace(clerk_details(db), **given)
        for name in given:
            db.execute(
                "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
                [PREFIX + name, getattr(details, name)],
            )
    return details


def check_email(value: str) -> str:
    """`value` stripped when it reads as one email address, else a one-line StoreError."""
    if not is_email(value):
        raise StoreError(f"{value.strip()!r} is not an email address like name@council.gov.uk")
    return value.strip()
