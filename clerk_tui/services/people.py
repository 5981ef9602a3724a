"""The people directory and matching: add, edit and merge people, seat them on committees,
import a directory, say who a name is, and resolve the names of the minutes waiting for
review or undo a match made without asking (which teaches the matcher, so the next import
knows them)."""

from __future__ import annotations

from clerk_tui.store.people import (
    add_member,
    add_new_people,
    add_person,
    automatic_matches,
    committee_exists,
    confirm_mention,
    create_person_from_mention,
    edit_person,
    ignore_mention,
    import_csv,
    list_people,
    load_matcher,
    match_owners,
    merge_people,
    remove_member,
    review_queue,
    undo_match,
)

__all__ = [
    "add_member",
    "add_new_people",
    "add_person",
    "automatic_matches",
    "committee_exists",
    "confirm_mention",
    "create_person_from_mention",
    "edit_person",
    "ignore_mention",
    "import_csv",
    "list_people",
    "load_matcher",
    "match_owners",
    "merge_people",
    "remove_member",
    "review_queue",
    "undo_match",
]
