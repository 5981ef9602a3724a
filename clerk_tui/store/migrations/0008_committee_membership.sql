-- committee membership, and automatic matches the clerk undid
-- Who sits on which committee (members, officers who attend, regular guests): from the
-- directory CSV's committees column, the attendance lists of imported minutes, and the clerk.
-- A membership the clerk removed stays as a tombstone, so later minutes do not restore it.
CREATE TABLE committee_members (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    initials TEXT,                    -- as the committee's minutes define them: "SF"
    origin TEXT NOT NULL DEFAULT 'directory' CHECK (origin IN ('directory', 'minutes', 'clerk')),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    deleted INTEGER NOT NULL DEFAULT 0,
    UNIQUE (committee_id, person_id)
);
CREATE INDEX committee_members_person ON committee_members(person_id);

-- A mention the clerk said is not this person (an automatic match undone in review): it is
-- never matched to them again without asking, in that committee's minutes (or anywhere).
CREATE TABLE refused_matches (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    committee_id INTEGER REFERENCES committees(id),  -- null: in any minutes
    mention TEXT NOT NULL,            -- as written
    normalised TEXT NOT NULL,         -- clerk_tui.core.names.name_key of it
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX refused_matches_person ON refused_matches(person_id);

-- The attendance list that names a person mentioned ('present', 'apologies', ...), if any.
ALTER TABLE mentions ADD COLUMN attendance TEXT;
