"""The people directory and matching: add, edit and merge people, import a directory, say
who a name is, and resolve the names of the minutes waiting for review (which teaches the
matcher, so the next import knows them)."""

from __future__ import annotations

from clerk_tui.store.people import (
    add_parse_people,
    add_person,
    confirm_mention,
    create_person_from_mention,
    edit_person,
    ignore_mention,
    import_csv,
    list_people,
    load_matcher,
    merge_people,
    review_queue,
)

__all__ = [
    "add_parse_people",
    "add_person",
    "confirm_mention",
    "create_person_from_mention",
    "edit_person",
    "ignore_mention",
    "import_csv",
    "list_people",
    "load_matcher",
    "merge_people",
    "review_queue",
]
