"""The local SQLite store: one file, numbered migrations, a transaction around every change."""

from clerk_tui.store.db import StoreError, default_path, open_db, transaction

__all__ = ["StoreError", "default_path", "open_db", "transaction"]
