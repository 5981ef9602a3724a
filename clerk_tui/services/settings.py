"""The clerk's own details (name, title, email, signature) that sign the chasers."""

from __future__ import annotations

from clerk_tui.store.settings import FIELDS, ClerkDetails, clerk_details, save_clerk_details

__all__ = ["FIELDS", "ClerkDetails", "clerk_details", "save_clerk_details"]
