"""Pure domain logic: parsing minutes, resolving dates, matching names. No Textual, no SQLite."""
