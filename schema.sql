-- clerk-tui database schema, as the migrations leave it (version 10).
--
-- GENERATED: `make schema` writes this file from clerk_tui/store/migrations/*.sql and
-- tests/test_schema.py fails when it is out of date. Change the schema by adding a migration,
-- never by editing this file. Every row that syncs between clerks has a uuid; `deleted` marks
-- a tombstone instead of removing the row.
--
-- Not shown: the sync capture triggers sync_<table>_insert/_update/_delete, which the
-- migrations make (clerk_tui.store.capture) from the columns below for each synced table:
-- committees, people, meetings, agenda_items, decisions, roles, aliases, actions,
-- action_owners, action_events, follow_ups, committee_members, refused_matches

CREATE TABLE committees (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    deleted INTEGER NOT NULL DEFAULT 0,
    short_name TEXT
);

CREATE TABLE meetings (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    committee_id INTEGER REFERENCES committees(id),
    date TEXT,                        -- YYYY-MM-DD, null when the minutes do not say
    title TEXT,
    source TEXT,                      -- file name or "pasted"
    text TEXT NOT NULL,               -- the minutes exactly as imported
    content_hash TEXT NOT NULL,       -- sha256 of text, to refuse a second import
    state TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'confirmed')),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    deleted INTEGER NOT NULL DEFAULT 0,
    source_sha256 TEXT
);
CREATE INDEX meetings_committee_date ON meetings(committee_id, date);
CREATE INDEX meetings_content_hash ON meetings(content_hash);
CREATE TRIGGER meetings_fts_insert AFTER INSERT ON meetings BEGIN
    INSERT INTO meetings_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER meetings_fts_delete AFTER DELETE ON meetings BEGIN
    INSERT INTO meetings_fts(meetings_fts, rowid, title, text)
    VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER meetings_fts_update AFTER UPDATE OF title, text ON meetings BEGIN
    INSERT INTO meetings_fts(meetings_fts, rowid, title, text)
    VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO meetings_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE INDEX meetings_date ON meetings(date, id);

CREATE TABLE agenda_items (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,        -- order in the minutes; the parse's item index
    number TEXT,                      -- as written: "13.5", "HWB 23/45", "4"
    title TEXT NOT NULL,
    source_start INTEGER,
    source_end INTEGER,
    exempt INTEGER NOT NULL DEFAULT 0, -- Part II / confidential: kept out of exports
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX agenda_items_meeting ON agenda_items(meeting_id, position);

CREATE TABLE decisions (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    item_id INTEGER REFERENCES agenda_items(id) ON DELETE SET NULL,
    text TEXT NOT NULL,
    source_start INTEGER,
    source_end INTEGER,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX decisions_meeting ON decisions(meeting_id);

CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'person' CHECK (kind IN ('person', 'body')),
    organisation TEXT,
    email TEXT,
    merged_into INTEGER REFERENCES people(id),  -- set when merged as a duplicate
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX people_name ON people(name COLLATE NOCASE);

CREATE TABLE roles (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    organisation TEXT,
    committee_id INTEGER REFERENCES committees(id),
    from_date TEXT,                   -- YYYY-MM-DD, null: since always
    to_date TEXT,                     -- YYYY-MM-DD, null: still held
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX roles_person ON roles(person_id);
CREATE INDEX roles_title ON roles(title COLLATE NOCASE);

CREATE TABLE aliases (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    alias TEXT NOT NULL,              -- as written: "Cllr Sanderson", "ICB"
    normalised TEXT NOT NULL,         -- the matcher's normal form, for exact look-up
    origin TEXT NOT NULL DEFAULT 'directory' CHECK (origin IN ('directory', 'learned')),
    deleted INTEGER NOT NULL DEFAULT 0,
    UNIQUE (person_id, normalised)
);
CREATE INDEX aliases_normalised ON aliases(normalised);

CREATE TABLE actions (
    id INTEGER PRIMARY KEY,           -- the reference a clerk quotes
    uuid TEXT NOT NULL UNIQUE,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    item_id INTEGER REFERENCES agenda_items(id) ON DELETE SET NULL,
    text TEXT NOT NULL,
    owner TEXT,                       -- as written in the minutes
    person_id INTEGER REFERENCES people(id),  -- the matched directory entry
    due TEXT,                         -- YYYY-MM-DD, the current (revised) due date
    due_text TEXT,                    -- the phrase: "by 28 June"
    original_due TEXT,                -- the first due date, kept when re-dated
    status TEXT NOT NULL DEFAULT 'open'
        CHECK (status IN ('open', 'done', 'dropped', 'paused', 'at_risk')),
    closed_at TEXT,                   -- when it became done or dropped
    exempt INTEGER NOT NULL DEFAULT 0,
    source_start INTEGER,
    source_end INTEGER,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    deleted INTEGER NOT NULL DEFAULT 0,
    ref TEXT,
    ref_final INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX actions_meeting ON actions(meeting_id);
CREATE INDEX actions_status_due ON actions(status, due);
CREATE INDEX actions_person ON actions(person_id);
CREATE TRIGGER actions_fts_insert AFTER INSERT ON actions BEGIN
    INSERT INTO actions_fts(rowid, text, owner) VALUES (new.id, new.text, new.owner);
END;
CREATE TRIGGER actions_fts_delete AFTER DELETE ON actions BEGIN
    INSERT INTO actions_fts(actions_fts, rowid, text, owner)
    VALUES ('delete', old.id, old.text, old.owner);
END;
CREATE TRIGGER actions_fts_update AFTER UPDATE OF text, owner ON actions BEGIN
    INSERT INTO actions_fts(actions_fts, rowid, text, owner)
    VALUES ('delete', old.id, old.text, old.owner);
    INSERT INTO actions_fts(rowid, text, owner) VALUES (new.id, new.text, new.owner);
END;
CREATE INDEX actions_meeting_state ON actions(meeting_id, deleted, status, due, person_id);
CREATE INDEX actions_ref ON actions(ref);

CREATE TABLE action_owners (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    action_id INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    owner TEXT NOT NULL,              -- as written
    person_id INTEGER REFERENCES people(id),
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX action_owners_action ON action_owners(action_id);
CREATE INDEX action_owners_person ON action_owners(person_id);

CREATE TABLE action_events (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    action_id INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
    field TEXT NOT NULL,              -- 'status', 'due', 'owner', 'note', 'created', ...
    old_value TEXT,
    new_value TEXT,
    note TEXT,
    clerk TEXT,
    at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX action_events_action ON action_events(action_id, at);

CREATE TABLE follow_ups (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    item_id INTEGER REFERENCES agenda_items(id) ON DELETE SET NULL,
    text TEXT NOT NULL,
    committee_id INTEGER REFERENCES committees(id),  -- where it must come back
    when_text TEXT,                   -- "in March", "a future meeting"
    due TEXT,                         -- YYYY-MM-DD or null
    status TEXT NOT NULL DEFAULT 'open'
        CHECK (status IN ('open', 'scheduled', 'done', 'dropped')),
    exempt INTEGER NOT NULL DEFAULT 0,
    source_start INTEGER,
    source_end INTEGER,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX follow_ups_committee_due ON follow_ups(committee_id, status, due);
CREATE INDEX follow_ups_meeting ON follow_ups(meeting_id);
CREATE TRIGGER follow_ups_fts_insert AFTER INSERT ON follow_ups BEGIN
    INSERT INTO follow_ups_fts(rowid, text, when_text) VALUES (new.id, new.text, new.when_text);
END;
CREATE TRIGGER follow_ups_fts_delete AFTER DELETE ON follow_ups BEGIN
    INSERT INTO follow_ups_fts(follow_ups_fts, rowid, text, when_text)
    VALUES ('delete', old.id, old.text, old.when_text);
END;
CREATE TRIGGER follow_ups_fts_update AFTER UPDATE OF text, when_text ON follow_ups BEGIN
    INSERT INTO follow_ups_fts(follow_ups_fts, rowid, text, when_text)
    VALUES ('delete', old.id, old.text, old.when_text);
    INSERT INTO follow_ups_fts(rowid, text, when_text) VALUES (new.id, new.text, new.when_text);
END;

CREATE TABLE mentions (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    source_start INTEGER NOT NULL,
    source_end INTEGER NOT NULL,
    text TEXT NOT NULL,               -- the name as written
    role_text TEXT,                   -- the role the minutes give, if any
    person_id INTEGER REFERENCES people(id),
    score REAL,
    status TEXT NOT NULL DEFAULT 'unknown'
        CHECK (status IN ('matched', 'ambiguous', 'unknown', 'confirmed', 'ignored')),
    candidates TEXT,                  -- JSON list of {"person_id", "person", "score"}
    confirmed INTEGER NOT NULL DEFAULT 0,
    kind TEXT NOT NULL DEFAULT 'person' CHECK (kind IN ('person', 'owner')),
    expanded TEXT,
    attendance TEXT
);
CREATE INDEX mentions_meeting ON mentions(meeting_id);
CREATE INDEX mentions_status ON mentions(status);
CREATE INDEX mentions_meeting_text ON mentions(meeting_id, text COLLATE NOCASE);

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT
);

CREATE VIRTUAL TABLE meetings_fts USING fts5(
    title, text, content='meetings', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);

CREATE VIRTUAL TABLE actions_fts USING fts5(
    text, owner, content='actions', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);

CREATE VIRTUAL TABLE follow_ups_fts USING fts5(
    text, when_text, content='follow_ups', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2'
);

CREATE TABLE sync_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    clerk_id TEXT NOT NULL,              -- this copy's id, the last part of its clock stamps
    clerk_name TEXT,                     -- shown to other clerks in the conflict log
    hlc_wall INTEGER NOT NULL DEFAULT 0, -- the clock: last stamp's wall time (ms since 1970)
    hlc_counter INTEGER NOT NULL DEFAULT 0,
    cursor INTEGER NOT NULL DEFAULT 0,   -- the server sequence number pulled up to
    last_synced_at TEXT,                 -- when the last sync finished, UTC ISO 8601
    applying INTEGER NOT NULL DEFAULT 0,  -- 1 while pulled changes are applied
    grants TEXT
);

CREATE TABLE sync_outbox (
    id INTEGER PRIMARY KEY,
    tbl TEXT NOT NULL,
    row_uuid TEXT NOT NULL,
    hlc TEXT NOT NULL,
    fields TEXT NOT NULL,                -- JSON {field: new value}, foreign keys as uuids
    prevs TEXT                           -- JSON {field: stamp it replaced}; null: a new row
);
CREATE TRIGGER sync_outbox_clock AFTER INSERT ON sync_outbox BEGIN
    DELETE FROM sync_fields
    WHERE new.prevs IS NULL AND tbl = new.tbl AND row_uuid = new.row_uuid;
    INSERT OR REPLACE INTO sync_rows (tbl, row_uuid, hlc)
    SELECT new.tbl, new.row_uuid, new.hlc WHERE new.prevs IS NULL;
    INSERT OR REPLACE INTO sync_fields (tbl, row_uuid, field, hlc)
    SELECT new.tbl, new.row_uuid, key, new.hlc FROM json_each(new.prevs);
END;

CREATE TABLE sync_rows (
    tbl TEXT NOT NULL,
    row_uuid TEXT NOT NULL,
    hlc TEXT NOT NULL,
    PRIMARY KEY (tbl, row_uuid)
) WITHOUT ROWID;

CREATE TABLE sync_fields (
    tbl TEXT NOT NULL,
    row_uuid TEXT NOT NULL,
    field TEXT NOT NULL,
    hlc TEXT NOT NULL,
    PRIMARY KEY (tbl, row_uuid, field)
) WITHOUT ROWID;

CREATE TABLE sync_conflicts (
    seq INTEGER PRIMARY KEY,             -- the server's sequence number
    tbl TEXT NOT NULL,
    row_uuid TEXT NOT NULL,
    field TEXT NOT NULL,
    winner_value,
    winner_clerk TEXT,
    loser_value,
    loser_clerk TEXT,
    at TEXT NOT NULL                     -- when the server saw the clash, UTC ISO 8601
);

CREATE TABLE proposals (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,  -- the reporting minutes
    action_id INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('done', 'dropped', 'owner', 'due', 'update')),
    value TEXT,                       -- the new owner (owner) or date YYYY-MM-DD (due)
    passage TEXT NOT NULL,
    note TEXT,                        -- what the minutes report: the action's latest update
    source_start INTEGER,
    source_end INTEGER,
    reason TEXT,
    score REAL,
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'rejected')),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    decided_at TEXT,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX proposals_meeting ON proposals(meeting_id, status);
CREATE INDEX proposals_action ON proposals(action_id, status);

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

CREATE VIEW sync_clock AS
SELECT printf('%016d.%06d.%s', hlc_wall, hlc_counter, clerk_id) AS hlc FROM sync_state;
