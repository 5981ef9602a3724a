-- clerk-tui database schema.
--
-- Applied by numbered migrations: each block starting "-- migration N:" runs once, in order,
-- inside its own transaction, and sets PRAGMA user_version to N. Never edit a migration that
-- has shipped: append a new one. Every row that syncs between clerks has a uuid; `deleted`
-- marks a tombstone instead of removing the row.

-- migration 1: committees, meetings, items, decisions, actions, follow-ups, people, search
CREATE TABLE committees (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    deleted INTEGER NOT NULL DEFAULT 0
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
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX meetings_committee_date ON meetings(committee_id, date);
CREATE INDEX meetings_content_hash ON meetings(content_hash);

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
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX actions_meeting ON actions(meeting_id);
CREATE INDEX actions_status_due ON actions(status, due);
CREATE INDEX actions_person ON actions(person_id);

-- An action can have several owners ("Carole Burgoyne and Ross Jago", "MW/YO").
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

-- The history of every action: what changed, from what to what, and why.
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

-- Every name or role written in a meeting's minutes, and who it was matched to.
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
    confirmed INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX mentions_meeting ON mentions(meeting_id);
CREATE INDEX mentions_status ON mentions(status);

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT
);

-- Full-text search over minutes, actions and follow-ups (external content, kept by triggers).
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

-- migration 2: indexes for the actions screen (oldest meeting first, paged, filtered as you type)
-- Walk meetings by date and their actions in id order, so a page needs no sort of every row;
-- the status columns ride in the index so counts need no table look-ups.
CREATE INDEX meetings_date ON meetings(date, id);
CREATE INDEX actions_meeting_state ON actions(meeting_id, deleted, status, due, person_id);

-- migration 3: mentions record whether they name a person in the minutes or an action's owner
ALTER TABLE mentions ADD COLUMN kind TEXT NOT NULL DEFAULT 'person' CHECK (kind IN ('person', 'owner'));
CREATE INDEX mentions_meeting_text ON mentions(meeting_id, text COLLATE NOCASE);
CREATE INDEX roles_title ON roles(title COLLATE NOCASE);

-- migration 4: reconciliation proposals (progress the next minutes report, awaiting the clerk)
-- One row per action a later meeting's minutes speak of: 'done' or 'update', with the passage.
-- Nothing changes on the action until the clerk accepts; accepted and rejected rows stay.
CREATE TABLE proposals (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,  -- the reporting minutes
    action_id INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('done', 'update')),
    passage TEXT NOT NULL,
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

-- migration 5: team sync: outbox of edits with clock stamps, field clocks, conflict log
-- Team sync (issue 7). Each local edit of a synced row goes to sync_outbox: its changed
-- fields with their new values (foreign keys as uuids) and a hybrid logical clock stamp
-- "wall ms.counter.clerk id" that sorts as text; sync_rows and sync_fields keep the stamp of
-- each field's current value for last-writer-wins merges. The triggers below are generated by
-- clerk_tui.sync.tables.capture_sql; they ignore changes applied from the server
-- (sync_state.applying = 1). Rows that existed before this migration are put in the outbox.
CREATE TABLE sync_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    clerk_id TEXT NOT NULL,              -- this copy's id, the last part of its clock stamps
    clerk_name TEXT,                     -- shown to other clerks in the conflict log
    hlc_wall INTEGER NOT NULL DEFAULT 0, -- the clock: last stamp's wall time (ms since 1970)
    hlc_counter INTEGER NOT NULL DEFAULT 0,
    cursor INTEGER NOT NULL DEFAULT 0,   -- the server sequence number pulled up to
    last_synced_at TEXT,                 -- when the last sync finished, UTC ISO 8601
    applying INTEGER NOT NULL DEFAULT 0  -- 1 while pulled changes are applied
);
INSERT INTO sync_state (id, clerk_id) VALUES (1, lower(hex(randomblob(8))));

CREATE VIEW sync_clock AS
SELECT printf('%016d.%06d.%s', hlc_wall, hlc_counter, clerk_id) AS hlc FROM sync_state;

CREATE TABLE sync_outbox (
    id INTEGER PRIMARY KEY,
    tbl TEXT NOT NULL,
    row_uuid TEXT NOT NULL,
    hlc TEXT NOT NULL,
    fields TEXT NOT NULL,                -- JSON {field: new value}, foreign keys as uuids
    prevs TEXT                           -- JSON {field: stamp it replaced}; null: a new row
);

-- The stamp of each field's current value: its row's creation, unless edited since.
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

CREATE TRIGGER sync_outbox_clock AFTER INSERT ON sync_outbox BEGIN
    DELETE FROM sync_fields
    WHERE new.prevs IS NULL AND tbl = new.tbl AND row_uuid = new.row_uuid;
    INSERT OR REPLACE INTO sync_rows (tbl, row_uuid, hlc)
    SELECT new.tbl, new.row_uuid, new.hlc WHERE new.prevs IS NULL;
    INSERT OR REPLACE INTO sync_fields (tbl, row_uuid, field, hlc)
    SELECT new.tbl, new.row_uuid, key, new.hlc FROM json_each(new.prevs);
END;

-- Same-field clashes found by the server: the later edit won, the other value was lost.
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

CREATE TRIGGER sync_committees_insert AFTER INSERT ON committees
WHEN (SELECT applying FROM sync_state) = 0
BEGIN
    UPDATE committees SET uuid = 'committee:' || lower(new.name) WHERE id = new.id
        AND NOT EXISTS (SELECT 1 FROM committees WHERE uuid = 'committee:' || lower(new.name));
    UPDATE sync_state SET
        hlc_counter = CASE WHEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) > hlc_wall THEN 0
            WHEN hlc_counter >= 999999 THEN 0 ELSE hlc_counter + 1 END,
        hlc_wall = CASE WHEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) > hlc_wall THEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)
            WHEN hlc_counter >= 999999 THEN hlc_wall + 1 ELSE hlc_wall END;
    INSERT INTO sync_outbox (tbl, row_uuid, hlc, fields)
    SELECT 'committees', (SELECT uuid FROM committees WHERE id = new.id), s.hlc, json_object(
        'name', new.name,
        'created_at', new.created_at,
        'updated_at', new.updated_at,
        'deleted', new.deleted
    )
    FROM sync_clock s;
END;

CREATE TRIGGER sync_committees_update AFTER UPDATE ON committees
WHEN (SELECT applying FROM sync_state) = 0 AND (old.name IS NOT new.name OR old.created_at IS NOT new.created_at OR old.updated_at IS NOT new.updated_at OR old.deleted IS NOT new.deleted)
BEGIN
    UPDATE sync_state SET
        hlc_counter = CASE WHEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) > hlc_wall THEN 0
            WHEN hlc_counter >= 999999 THEN 0 ELSE hlc_counter + 1 END,
        hlc_wall = CASE WHEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) > hlc_wall THEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)
            WHEN hlc_counter >= 999999 THEN hlc_wall + 1 ELSE hlc_wall END;
    INSERT INTO sync_outbox (tbl, row_uuid, hlc, fields, prevs)
    SELECT 'committees', new.uuid, s.hlc, json_group_object(f.field, f.value),
        json_group_object(f.field, coalesce((SELECT k.hlc FROM sync_fields k WHERE k.tbl = 'committees' AND k.row_uuid = new.uuid AND k.field = f.field), (SELECT r.hlc FROM sync_rows r WHERE r.tbl = 'committees' AND r.row_uuid = new.uuid)))
    FROM sync_clock s, (
        SELECT 'name' AS field, +new.name AS value WHERE old.name IS NOT new.name
        UNION ALL SELECT 'created_at' AS field, +new.created_at AS value WHERE old.created_at IS NOT new.created_at
        UNION ALL SELECT 'updated_at' AS field, +new.updated_at AS value WHERE old.updated_at IS NOT new.updated_at
        UNION ALL SELECT 'deleted' AS field, +new.deleted AS value WHERE old.deleted IS NOT new.deleted
    ) AS f;
END;

CREATE TRIGGER sync_committees_delete AFTER DELETE ON committees
WHEN (SELECT applying FROM sync_state) = 0 AND old.deleted = 0
BEGIN
    UPDATE sync_state SET
        hlc_counter = CASE WHEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) > hlc_wall THEN 0
            WHEN hlc_counter >= 999999 THEN 0 ELSE hlc_counter + 1 END,
        hlc_wall = CASE WHEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) > hlc_wall THEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)
            WHEN hlc_counter >= 999999 THEN hlc_wall + 1 ELSE hlc_wall END;
    INSERT INTO sync_outbox (tbl, row_uuid, hlc, fields, prevs)
    SELECT 'committees', old.uuid, s.hlc, json_group_object(f.field, f.value),
        json_group_object(f.field, coalesce((SELECT k.hlc FROM sync_fields k WHERE k.tbl = 'committees' AND k.row_uuid = old.uuid AND k.field = f.field), (SELECT r.hlc FROM sync_rows r WHERE r.tbl = 'committees' AND r.row_uuid = old.uuid)))
    FROM sync_clock s, (
        SELECT 'deleted' AS field, 1 AS value
    ) AS f;
END;

CREATE TRIGGER sync_people_insert AFTER INSERT ON people
WHEN (SELECT applying FROM sync_state) = 0
BEGIN
    UPDATE sync_state SET
        hlc_counter = CASE WHEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) > hlc_wall THEN 0
            WHEN hlc_counter >= 999999 THEN 0 ELSE hlc_counter + 1 END,
        hlc_wall = CASE WHEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) > hlc_wall THEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)
            WHEN hlc_counter >= 999999 THEN hlc_wall + 1 ELSE hlc_wall END;
    INSERT INTO sync_outbox (tbl, row_uuid, hlc, fields)
    SELECT 'people', new.uuid, s.hlc, json_object(
        'name', new.name,
        'kind', new.kind,
        'organisation', new.organisation,
        'email', new.email,
        'merged_into', (SELECT uuid FROM people WHERE id = new.merged_into),
        'created_at', new.created_at,
        'updated_at', new.updated_at,
        'deleted', new.deleted
    )
    FROM sync_clock s;
END;

CREATE TRIGGER sync_people_update AFTER UPDATE ON people
WHEN (SELECT applying FROM sync_state) = 0 AND (old.name IS NOT new.name OR old.kind IS NOT new.kind OR old.organisation IS NOT new.organisation OR old.email IS NOT new.email OR old.merged_into IS NOT new.merged_into OR old.created_at IS NOT new.created_at OR old.updated_at IS NOT new.updated_at OR old.deleted IS NOT new.deleted)
BEGIN
    UPDATE sync_state SET
        hlc_counter = CASE WHEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) > hlc_wall THEN 0
            WHEN hlc_counter >= 999999 THEN 0 ELSE hlc_counter + 1 END,
        hlc_wall = CASE WHEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) > hlc_wall THEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)
            WHEN hlc_counter >= 999999 THEN hlc_wall + 1 ELSE hlc_wall END;
    INSERT INTO sync_outbox (tbl, row_uuid, hlc, fields, prevs)
    SELECT 'people', new.uuid, s.hlc, json_group_object(f.field, f.value),
        json_group_object(f.field, coalesce((SELECT k.hlc FROM sync_fields k WHERE k.tbl = 'people' AND k.row_uuid = new.uuid AND k.field = f.field), (SELECT r.hlc FROM sync_rows r WHERE r.tbl = 'people' AND r.row_uuid = new.uuid)))
    FROM sync_clock s, (
        SELECT 'name' AS field, +new.name AS value WHERE old.name IS NOT new.name
        UNION ALL SELECT 'kind' AS field, +new.kind AS value WHERE old.kind IS NOT new.kind
        UNION ALL SELECT 'organisation' AS field, +new.organisation AS value WHERE old.organisation IS NOT new.organisation
        UNION ALL SELECT 'email' AS field, +new.email AS value WHERE old.email IS NOT new.email
        UNION ALL SELECT 'merged_into' AS field, +(SELECT uuid FROM people WHERE id = new.merged_into) AS value WHERE old.merged_into IS NOT new.merged_into
        UNION ALL SELECT 'created_at' AS field, +new.created_at AS value WHERE old.created_at IS NOT new.created_at
        UNION ALL SELECT 'updated_at' AS field, +new.updated_at AS value WHERE old.updated_at IS NOT new.updated_at
        UNION ALL SELECT 'deleted' AS field, +new.deleted AS value WHERE old.deleted IS NOT new.deleted
    ) AS f;
END;

CREATE TRIGGER sync_people_delete AFTER DELETE ON people
WHEN (SELECT applying FROM sync_state) = 0 AND old.deleted = 0
BEGIN
    UPDATE sync_state SET
        hlc_counter = CASE WHEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) > hlc_wall THEN 0
            WHEN hlc_counter >= 999999 THEN 0 ELSE hlc_counter + 1 END,
        hlc_wall = CASE WHEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) > hlc_wall THEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)
            WHEN hlc_counter >= 999999 THEN hlc_wall + 1 ELSE hlc_wall END;
    INSERT INTO sync_outbox (tbl, row_uuid, hlc, fields, prevs)
    SELECT 'people', old.uuid, s.hlc, json_group_object(f.field, f.value),
        json_group_object(f.field, coalesce((SELECT k.hlc FROM sync_fields k WHERE k.tbl = 'people' AND k.row_uuid = old.uuid AND k.field = f.field), (SELECT r.hlc FROM sync_rows r WHERE r.tbl = 'people' AND r.row_uuid = old.uuid)))
    FROM sync_clock s, (
        SELECT 'deleted' AS field, 1 AS value
    ) AS f;
END;

CREATE TRIGGER sync_meetings_insert AFTER INSERT ON meetings
WHEN (SELECT applying FROM sync_state) = 0
BEGIN
    UPDATE sync_state SET
        hlc_counter = CASE WHEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) > hlc_wall THEN 0
            WHEN hlc_counter >= 999999 THEN 0 ELSE hlc_counter + 1 END,
        hlc_wall = CASE WHEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) > hlc_wall THEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)
            WHEN hlc_counter >= 999999 THEN hlc_wall + 1 ELSE hlc_wall END;
    INSERT INTO sync_outbox (tbl, row_uuid, hlc, fields)
    SELECT 'meetings', new.uuid, s.hlc, json_object(
        'committee_id', (SELECT uuid FROM committees WHERE id = new.committee_id),
        'date', new.date,
        'title', new.title,
        'source', new.source,
        'text', new.text,
        'content_hash', new.content_hash,
        'state', new.state,
        'created_at', new.created_at,
        'updated_at', new.updated_at,
        'deleted', new.deleted
    )
    FROM sync_clock s;
END;

CREATE TRIGGER sync_meetings_update AFTER UPDATE ON meetings
WHEN (SELECT applying FROM sync_state) = 0 AND (old.committee_id IS NOT new.committee_id OR old.date IS NOT new.date OR old.title IS NOT new.title OR old.source IS NOT new.source OR old.text IS NOT new.text OR old.content_hash IS NOT new.content_hash OR old.state IS NOT new.state OR old.created_at IS NOT new.created_at OR old.updated_at IS NOT new.updated_at OR old.deleted IS NOT new.deleted)
BEGIN
    UPDATE sync_state SET
        hlc_counter = CASE WHEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) > hlc_wall THEN 0
            WHEN hlc_counter >= 999999 THEN 0 ELSE hlc_counter + 1 END,
        hlc_wall = CASE WHEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) > hlc_wall THEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)
            WHEN hlc_counter >= 999999 THEN hlc_wall + 1 ELSE hlc_wall END;
    INSERT INTO sync_outbox (tbl, row_uuid, hlc, fields, prevs)
    SELECT 'meetings', new.uuid, s.hlc, json_group_object(f.field, f.value),
        json_group_object(f.field, coalesce((SELECT k.hlc FROM sync_fields k WHERE k.tbl = 'meetings' AND k.row_uuid = new.uuid AND k.field = f.field), (SELECT r.hlc FROM sync_rows r WHERE r.tbl = 'meetings' AND r.row_uuid = new.uuid)))
    FROM sync_clock s, (
        SELECT 'committee_id' AS field, +(SELECT uuid FROM committees WHERE id = new.committee_id) AS value WHERE old.committee_id IS NOT new.committee_id
        UNION ALL SELECT 'date' AS field, +new.date AS value WHERE old.date IS NOT new.date
        UNION ALL SELECT 'title' AS field, +new.title AS value WHERE old.title IS NOT new.title
        UNION ALL SELECT 'source' AS field, +new.source AS value WHERE old.source IS NOT new.source
        UNION ALL SELECT 'text' AS field, +new.text AS value WHERE old.text IS NOT new.text
        UNION ALL SELECT 'content_hash' AS field, +new.content_hash AS value WHERE old.content_hash IS NOT new.content_hash
        UNION ALL SELECT 'state' AS field, +new.state AS value WHERE old.state IS NOT new.state
        UNION ALL SELECT 'created_at' AS field, +new.created_at AS value WHERE old.created_at IS NOT new.created_at
        UNION ALL SELECT 'updated_at' AS field, +new.updated_at AS value WHERE old.updated_at IS NOT new.updated_at
        UNION ALL SELECT 'deleted' AS field, +new.deleted AS value WHERE old.deleted IS NOT new.deleted
    ) AS f;
END;

CREATE TRIGGER sync_meetings_delete AFTER DELETE ON meetings
WHEN (SELECT applying FROM sync_state) = 0 AND old.deleted = 0
BEGIN
    UPDATE sync_state SET
        hlc_counter = CASE WHEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) > hlc_wall THEN 0
            WHEN hlc_counter >= 999999 THEN 0 ELSE hlc_counter + 1 END,
        hlc_wall = CASE WHEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) > hlc_wall THEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)
            WHEN hlc_counter >= 999999 THEN hlc_wall + 1 ELSE hlc_wall END;
    INSERT INTO sync_outbox (tbl, row_uuid, hlc, fields, prevs)
    SELECT 'meetings', old.uuid, s.hlc, json_group_object(f.field, f.value),
        json_group_object(f.field, coalesce((SELECT k.hlc FROM sync_fields k WHERE k.tbl = 'meetings' AND k.row_uuid = old.uuid AND k.field = f.field), (SELECT r.hlc FROM sync_rows r WHERE r.tbl = 'meetings' AND r.row_uuid = old.uuid)))
    FROM sync_clock s, (
        SELECT 'deleted' AS field, 1 AS value
    ) AS f;
END;

CREATE TRIGGER sync_agenda_items_insert AFTER INSERT ON agenda_items
WHEN (SELECT applying FROM sync_state) = 0
BEGIN
    UPDATE sync_state SET
        hlc_counter = CASE WHEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) > hlc_wall THEN 0
            WHEN hlc_counter >= 999999 THEN 0 ELSE hlc_counter + 1 END,
        hlc_wall = CASE WHEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) > hlc_wall THEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)
            WHEN hlc_counter >= 999999 THEN hlc_wall + 1 ELSE hlc_wall END;
    INSERT INTO sync_outbox (tbl, row_uuid, hlc, fields)
    SELECT 'agenda_items', new.uuid, s.hlc, json_object(
        'meeting_id', (SELECT uuid FROM meetings WHERE id = new.meeting_id),
        'position', new.position,
        'number', new.number,
        'title', new.title,
        'source_start', new.source_start,
        'source_end', new.source_end,
        'exempt', new.exempt,
        'deleted', new.deleted
    )
    FROM sync_clock s;
END;

CREATE TRIGGER sync_agenda_items_update AFTER UPDATE ON agenda_items
WHEN (SELECT applying FROM sync_state) = 0 AND (old.meeting_id IS NOT new.meeting_id OR old.position IS NOT new.position OR old.number IS NOT new.number OR old.title IS NOT new.title OR old.source_start IS NOT new.source_start OR old.source_end IS NOT new.source_end OR old.exempt IS NOT new.exempt OR old.deleted IS NOT new.deleted)
BEGIN
    UPDATE sync_state SET
        hlc_counter = CASE WHEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) > hlc_wall THEN 0
            WHEN hlc_counter >= 999999 THEN 0 ELSE hlc_counter + 1 END,
        hlc_wall = CASE WHEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) > hlc_wall THEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)
            WHEN hlc_counter >= 999999 THEN hlc_wall + 1 ELSE hlc_wall END;
    INSERT INTO sync_outbox (tbl, row_uuid, hlc, fields, prevs)
    SELECT 'agenda_items', new.uuid, s.hlc, json_group_object(f.field, f.value),
        json_group_object(f.field, coalesce((SELECT k.hlc FROM sync_fields k WHERE k.tbl = 'agenda_items' AND k.row_uuid = new.uuid AND k.field = f.field), (SELECT r.hlc FROM sync_rows r WHERE r.tbl = 'agenda_items' AND r.row_uuid = new.uuid)))
    FROM sync_clock s, (
        SELECT 'meeting_id' AS field, +(SELECT uuid FROM meetings WHERE id = new.meeting_id) AS value WHERE old.meeting_id IS NOT new.meeting_id
        UNION ALL SELECT 'position' AS field, +new.position AS value WHERE old.position IS NOT new.position
        UNION ALL SELECT 'number' AS field, +new.number AS value WHERE old.number IS NOT new.number
        UNION ALL SELECT 'title' AS field, +new.title AS value WHERE old.title IS NOT new.title
        UNION ALL SELECT 'source_start' AS field, +new.source_start AS value WHERE old.source_start IS NOT new.source_start
        UNION ALL SELECT 'source_end' AS field, +new.source_end AS value WHERE old.source_end IS NOT new.source_end
        UNION ALL SELECT 'exempt' AS field, +new.exempt AS value WHERE old.exempt IS NOT new.exempt
        UNION ALL SELECT 'deleted' AS field, +new.deleted AS value WHERE old.deleted IS NOT new.deleted
    ) AS f;
END;

CREATE TRIGGER sync_agenda_items_delete AFTER DELETE ON agenda_items
WHEN (SELECT applying FROM sync_state) = 0 AND old.deleted = 0
BEGIN
    UPDATE sync_state SET
        hlc_counter = CASE WHEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) > hlc_wall THEN 0
            WHEN hlc_counter >= 999999 THEN 0 ELSE hlc_counter + 1 END,
        hlc_wall = CASE WHEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) > hlc_wall THEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)
            WHEN hlc_counter >= 999999 THEN hlc_wall + 1 ELSE hlc_wall END;
    INSERT INTO sync_outbox (tbl, row_uuid, hlc, fields, prevs)
    SELECT 'agenda_items', old.uuid, s.hlc, json_group_object(f.field, f.value),
        json_group_object(f.field, coalesce((SELECT k.hlc FROM sync_fields k WHERE k.tbl = 'agenda_items' AND k.row_uuid = old.uuid AND k.field = f.field), (SELECT r.hlc FROM sync_rows r WHERE r.tbl = 'agenda_items' AND r.row_uuid = old.uuid)))
    FROM sync_clock s, (
        SELECT 'deleted' AS field, 1 AS value
    ) AS f;
END;

CREATE TRIGGER sync_decisions_insert AFTER INSERT ON decisions
WHEN (SELECT applying FROM sync_state) = 0
BEGIN
    UPDATE sync_state SET
        hlc_counter = CASE WHEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) > hlc_wall THEN 0
            WHEN hlc_counter >= 999999 THEN 0 ELSE hlc_counter + 1 END,
        hlc_wall = CASE WHEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) > hlc_wall THEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)
            WHEN hlc_counter >= 999999 THEN hlc_wall + 1 ELSE hlc_wall END;
    INSERT INTO sync_outbox (tbl, row_uuid, hlc, fields)
    SELECT 'decisions', new.uuid, s.hlc, json_object(
        'meeting_id', (SELECT uuid FROM meetings WHERE id = new.meeting_id),
        'item_id', (SELECT uuid FROM agenda_items WHERE id = new.item_id),
        'text', new.text,
        'source_start', new.source_start,
        'source_end', new.source_end,
        'deleted', new.deleted
    )
    FROM sync_clock s;
END;

CREATE TRIGGER sync_decisions_update AFTER UPDATE ON decisions
WHEN (SELECT applying FROM sync_state) = 0 AND (old.meeting_id IS NOT new.meeting_id OR old.item_id IS NOT new.item_id OR old.text IS NOT new.text OR old.source_start IS NOT new.source_start OR old.source_end IS NOT new.source_end OR old.deleted IS NOT new.deleted)
BEGIN
    UPDATE sync_state SET
        hlc_counter = CASE WHEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) > hlc_wall THEN 0
            WHEN hlc_counter >= 999999 THEN 0 ELSE hlc_counter + 1 END,
        hlc_wall = CASE WHEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) > hlc_wall THEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)
            WHEN hlc_counter >= 999999 THEN hlc_wall + 1 ELSE hlc_wall END;
    INSERT INTO sync_outbox (tbl, row_uuid, hlc, fields, prevs)
    SELECT 'decisions', new.uuid, s.hlc, json_group_object(f.field, f.value),
        json_group_object(f.field, coalesce((SELECT k.hlc FROM sync_fields k WHERE k.tbl = 'decisions' AND k.row_uuid = new.uuid AND k.field = f.field), (SELECT r.hlc FROM sync_rows r WHERE r.tbl = 'decisions' AND r.row_uuid = new.uuid)))
    FROM sync_clock s, (
        SELECT 'meeting_id' AS field, +(SELECT uuid FROM meetings WHERE id = new.meeting_id) AS value WHERE old.meeting_id IS NOT new.meeting_id
        UNION ALL SELECT 'item_id' AS field, +(SELECT uuid FROM agenda_items WHERE id = new.item_id) AS value WHERE old.item_id IS NOT new.item_id
        UNION ALL SELECT 'text' AS field, +new.text AS value WHERE old.text IS NOT new.text
        UNION ALL SELECT 'source_start' AS field, +new.source_start AS value WHERE old.source_start IS NOT new.source_start
        UNION ALL SELECT 'source_end' AS field, +new.source_end AS value WHERE old.source_end IS NOT new.source_end
        UNION ALL SELECT 'deleted' AS field, +new.deleted AS value WHERE old.deleted IS NOT new.deleted
    ) AS f;
END;

CREATE TRIGGER sync_decisions_delete AFTER DELETE ON decisions
WHEN (SELECT applying FROM sync_state) = 0 AND old.deleted = 0
BEGIN
    UPDATE sync_state SET
        hlc_counter = CASE WHEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) > hlc_wall THEN 0
            WHEN hlc_counter >= 999999 THEN 0 ELSE hlc_counter + 1 END,
        hlc_wall = CASE WHEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) > hlc_wall THEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)
            WHEN hlc_counter >= 999999 THEN hlc_wall + 1 ELSE hlc_wall END;
    INSERT INTO sync_outbox (tbl, row_uuid, hlc, fields, prevs)
    SELECT 'decisions', old.uuid, s.hlc, json_group_object(f.field, f.value),
        json_group_object(f.field, coalesce((SELECT k.hlc FROM sync_fields k WHERE k.tbl = 'decisions' AND k.row_uuid = old.uuid AND k.field = f.field), (SELECT r.hlc FROM sync_rows r WHERE r.tbl = 'decisions' AND r.row_uuid = old.uuid)))
    FROM sync_clock s, (
        SELECT 'deleted' AS field, 1 AS value
    ) AS f;
END;

CREATE TRIGGER sync_roles_insert AFTER INSERT ON roles
WHEN (SELECT applying FROM sync_state) = 0
BEGIN
    UPDATE sync_state SET
        hlc_counter = CASE WHEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) > hlc_wall THEN 0
            WHEN hlc_counter >= 999999 THEN 0 ELSE hlc_counter + 1 END,
        hlc_wall = CASE WHEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) > hlc_wall THEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)
            WHEN hlc_counter >= 999999 THEN hlc_wall + 1 ELSE hlc_wall END;
    INSERT INTO sync_outbox (tbl, row_uuid, hlc, fields)
    SELECT 'roles', new.uuid, s.hlc, json_object(
        'person_id', (SELECT uuid FROM people WHERE id = new.person_id),
        'title', new.title,
        'organisation', new.organisation,
        'committee_id', (SELECT uuid FROM committees WHERE id = new.committee_id),
        'from_date', new.from_date,
        'to_date', new.to_date,
        'deleted', new.deleted
    )
    FROM sync_clock s;
END;

CREATE TRIGGER sync_roles_update AFTER UPDATE ON roles
WHEN (SELECT applying FROM sync_state) = 0 AND (old.person_id IS NOT new.person_id OR old.title IS NOT new.title OR old.organisation IS NOT new.organisation OR old.committee_id IS NOT new.committee_id OR old.from_date IS NOT new.from_date OR old.to_date IS NOT new.to_date OR old.deleted IS NOT new.deleted)
BEGIN
    UPDATE sync_state SET
        hlc_counter = CASE WHEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) > hlc_wall THEN 0
            WHEN hlc_counter >= 999999 THEN 0 ELSE hlc_counter + 1 END,
        hlc_wall = CASE WHEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) > hlc_wall THEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)
            WHEN hlc_counter >= 999999 THEN hlc_wall + 1 ELSE hlc_wall END;
    INSERT INTO sync_outbox (tbl, row_uuid, hlc, fields, prevs)
    SELECT 'roles', new.uuid, s.hlc, json_group_object(f.field, f.value),
        json_group_object(f.field, coalesce((SELECT k.hlc FROM sync_fields k WHERE k.tbl = 'roles' AND k.row_uuid = new.uuid AND k.field = f.field), (SELECT r.hlc FROM sync_rows r WHERE r.tbl = 'roles' AND r.row_uuid = new.uuid)))
    FROM sync_clock s, (
        SELECT 'person_id' AS field, +(SELECT uuid FROM people WHERE id = new.person_id) AS value WHERE old.person_id IS NOT new.person_id
        UNION ALL SELECT 'title' AS field, +new.title AS value WHERE old.title IS NOT new.title
        UNION ALL SELECT 'organisation' AS field, +new.organisation AS value WHERE old.organisation IS NOT new.organisation
        UNION ALL SELECT 'committee_id' AS field, +(SELECT uuid FROM committees WHERE id = new.committee_id) AS value WHERE old.committee_id IS NOT new.committee_id
        UNION ALL SELECT 'from_date' AS field, +new.from_date AS value WHERE old.from_date IS NOT new.from_date
        UNION ALL SELECT 'to_date' AS field, +new.to_date AS value WHERE old.to_date IS NOT new.to_date
        UNION ALL SELECT 'deleted' AS field, +new.deleted AS value WHERE old.deleted IS NOT new.deleted
    ) AS f;
END;

CREATE TRIGGER sync_roles_delete AFTER DELETE ON roles
WHEN (SELECT applying FROM sync_state) = 0 AND old.deleted = 0
BEGIN
    UPDATE sync_state SET
        hlc_counter = CASE WHEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) > hlc_wall THEN 0
            WHEN hlc_counter >= 999999 THEN 0 ELSE hlc_counter + 1 END,
        hlc_wall = CASE WHEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) > hlc_wall THEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)
            WHEN hlc_counter >= 999999 THEN hlc_wall + 1 ELSE hlc_wall END;
    INSERT INTO sync_outbox (tbl, row_uuid, hlc, fields, prevs)
    SELECT 'roles', old.uuid, s.hlc, json_group_object(f.field, f.value),
        json_group_object(f.field, coalesce((SELECT k.hlc FROM sync_fields k WHERE k.tbl = 'roles' AND k.row_uuid = old.uuid AND k.field = f.field), (SELECT r.hlc FROM sync_rows r WHERE r.tbl = 'roles' AND r.row_uuid = old.uuid)))
    FROM sync_clock s, (
        SELECT 'deleted' AS field, 1 AS value
    ) AS f;
END;

CREATE TRIGGER sync_aliases_insert AFTER INSERT ON aliases
WHEN (SELECT applying FROM sync_state) = 0
BEGIN
    UPDATE sync_state SET
        hlc_counter = CASE WHEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) > hlc_wall THEN 0
            WHEN hlc_counter >= 999999 THEN 0 ELSE hlc_counter + 1 END,
        hlc_wall = CASE WHEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) > hlc_wall THEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)
            WHEN hlc_counter >= 999999 THEN hlc_wall + 1 ELSE hlc_wall END;
    INSERT INTO sync_outbox (tbl, row_uuid, hlc, fields)
    SELECT 'aliases', new.uuid, s.hlc, json_object(
        'person_id', (SELECT uuid FROM people WHERE id = new.person_id),
        'alias', new.alias,
        'normalised', new.normalised,
        'origin', new.origin,
        'deleted', new.deleted
    )
    FROM sync_clock s;
END;

CREATE TRIGGER sync_aliases_update AFTER UPDATE ON aliases
WHEN (SELECT applying FROM sync_state) = 0 AND (old.person_id IS NOT new.person_id OR old.alias IS NOT new.alias OR old.normalised IS NOT new.normalised OR old.origin IS NOT new.origin OR old.deleted IS NOT new.deleted)
BEGIN
    UPDATE sync_state SET
        hlc_counter = CASE WHEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) > hlc_wall THEN 0
            WHEN hlc_counter >= 999999 THEN 0 ELSE hlc_counter + 1 END,
        hlc_wall = CASE WHEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) > hlc_wall THEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)
            WHEN hlc_counter >= 999999 THEN hlc_wall + 1 ELSE hlc_wall END;
    INSERT INTO sync_outbox (tbl, row_uuid, hlc, fields, prevs)
    SELECT 'aliases', new.uuid, s.hlc, json_group_object(f.field, f.value),
        json_group_object(f.field, coalesce((SELECT k.hlc FROM sync_fields k WHERE k.tbl = 'aliases' AND k.row_uuid = new.uuid AND k.field = f.field), (SELECT r.hlc FROM sync_rows r WHERE r.tbl = 'aliases' AND r.row_uuid = new.uuid)))
    FROM sync_clock s, (
        SELECT 'person_id' AS field, +(SELECT uuid FROM people WHERE id = new.person_id) AS value WHERE old.person_id IS NOT new.person_id
        UNION ALL SELECT 'alias' AS field, +new.alias AS value WHERE old.alias IS NOT new.alias
        UNION ALL SELECT 'normalised' AS field, +new.normalised AS value WHERE old.normalised IS NOT new.normalised
        UNION ALL SELECT 'origin' AS field, +new.origin AS value WHERE old.origin IS NOT new.origin
        UNION ALL SELECT 'deleted' AS field, +new.deleted AS value WHERE old.deleted IS NOT new.deleted
    ) AS f;
END;

CREATE TRIGGER sync_aliases_delete AFTER DELETE ON aliases
WHEN (SELECT applying FROM sync_state) = 0 AND old.deleted = 0
BEGIN
    UPDATE sync_state SET
        hlc_counter = CASE WHEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) > hlc_wall THEN 0
            WHEN hlc_counter >= 999999 THEN 0 ELSE hlc_counter + 1 END,
        hlc_wall = CASE WHEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) > hlc_wall THEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)
            WHEN hlc_counter >= 999999 THEN hlc_wall + 1 ELSE hlc_wall END;
    INSERT INTO sync_outbox (tbl, row_uuid, hlc, fields, prevs)
    SELECT 'aliases', old.uuid, s.hlc, json_group_object(f.field, f.value),
        json_group_object(f.field, coalesce((SELECT k.hlc FROM sync_fields k WHERE k.tbl = 'aliases' AND k.row_uuid = old.uuid AND k.field = f.field), (SELECT r.hlc FROM sync_rows r WHERE r.tbl = 'aliases' AND r.row_uuid = old.uuid)))
    FROM sync_clock s, (
        SELECT 'deleted' AS field, 1 AS value
    ) AS f;
END;

CREATE TRIGGER sync_actions_insert AFTER INSERT ON actions
WHEN (SELECT applying FROM sync_state) = 0
BEGIN
    UPDATE sync_state SET
        hlc_counter = CASE WHEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) > hlc_wall THEN 0
            WHEN hlc_counter >= 999999 THEN 0 ELSE hlc_counter + 1 END,
        hlc_wall = CASE WHEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) > hlc_wall THEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)
            WHEN hlc_counter >= 999999 THEN hlc_wall + 1 ELSE hlc_wall END;
    INSERT INTO sync_outbox (tbl, row_uuid, hlc, fields)
    SELECT 'actions', new.uuid, s.hlc, json_object(
        'meeting_id', (SELECT uuid FROM meetings WHERE id = new.meeting_id),
        'item_id', (SELECT uuid FROM agenda_items WHERE id = new.item_id),
        'text', new.text,
        'owner', new.owner,
        'person_id', (SELECT uuid FROM people WHERE id = new.person_id),
        'due', new.due,
        'due_text', new.due_text,
        'original_due', new.original_due,
        'status', new.status,
        'closed_at', new.closed_at,
        'exempt', new.exempt,
        'source_start', new.source_start,
        'source_end', new.source_end,
        'created_at', new.created_at,
        'updated_at', new.updated_at,
        'deleted', new.deleted
    )
    FROM sync_clock s;
END;

CREATE TRIGGER sync_actions_update AFTER UPDATE ON actions
WHEN (SELECT applying FROM sync_state) = 0 AND (old.meeting_id IS NOT new.meeting_id OR old.item_id IS NOT new.item_id OR old.text IS NOT new.text OR old.owner IS NOT new.owner OR old.person_id IS NOT new.person_id OR old.due IS NOT new.due OR old.due_text IS NOT new.due_text OR old.original_due IS NOT new.original_due OR old.status IS NOT new.status OR old.closed_at IS NOT new.closed_at OR old.exempt IS NOT new.exempt OR old.source_start IS NOT new.source_start OR old.source_end IS NOT new.source_end OR old.created_at IS NOT new.created_at OR old.updated_at IS NOT new.updated_at OR old.deleted IS NOT new.deleted)
BEGIN
    UPDATE sync_state SET
        hlc_counter = CASE WHEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) > hlc_wall THEN 0
            WHEN hlc_counter >= 999999 THEN 0 ELSE hlc_counter + 1 END,
        hlc_wall = CASE WHEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) > hlc_wall THEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)
            WHEN hlc_counter >= 999999 THEN hlc_wall + 1 ELSE hlc_wall END;
    INSERT INTO sync_outbox (tbl, row_uuid, hlc, fields, prevs)
    SELECT 'actions', new.uuid, s.hlc, json_group_object(f.field, f.value),
        json_group_object(f.field, coalesce((SELECT k.hlc FROM sync_fields k WHERE k.tbl = 'actions' AND k.row_uuid = new.uuid AND k.field = f.field), (SELECT r.hlc FROM sync_rows r WHERE r.tbl = 'actions' AND r.row_uuid = new.uuid)))
    FROM sync_clock s, (
        SELECT 'meeting_id' AS field, +(SELECT uuid FROM meetings WHERE id = new.meeting_id) AS value WHERE old.meeting_id IS NOT new.meeting_id
        UNION ALL SELECT 'item_id' AS field, +(SELECT uuid FROM agenda_items WHERE id = new.item_id) AS value WHERE old.item_id IS NOT new.item_id
        UNION ALL SELECT 'text' AS field, +new.text AS value WHERE old.text IS NOT new.text
        UNION ALL SELECT 'owner' AS field, +new.owner AS value WHERE old.owner IS NOT new.owner
        UNION ALL SELECT 'person_id' AS field, +(SELECT uuid FROM people WHERE id = new.person_id) AS value WHERE old.person_id IS NOT new.person_id
        UNION ALL SELECT 'due' AS field, +new.due AS value WHERE old.due IS NOT new.due
        UNION ALL SELECT 'due_text' AS field, +new.due_text AS value WHERE old.due_text IS NOT new.due_text OR old.due IS NOT new.due
        UNION ALL SELECT 'original_due' AS field, +new.original_due AS value WHERE old.original_due IS NOT new.original_due OR old.due IS NOT new.due
        UNION ALL SELECT 'status' AS field, +new.status AS value WHERE old.status IS NOT new.status
        UNION ALL SELECT 'closed_at' AS field, +new.closed_at AS value WHERE old.closed_at IS NOT new.closed_at OR old.status IS NOT new.status
        UNION ALL SELECT 'exempt' AS field, +new.exempt AS value WHERE old.exempt IS NOT new.exempt
        UNION ALL SELECT 'source_start' AS field, +new.source_start AS value WHERE old.source_start IS NOT new.source_start
        UNION ALL SELECT 'source_end' AS field, +new.source_end AS value WHERE old.source_end IS NOT new.source_end
        UNION ALL SELECT 'created_at' AS field, +new.created_at AS value WHERE old.created_at IS NOT new.created_at
        UNION ALL SELECT 'updated_at' AS field, +new.updated_at AS value WHERE old.updated_at IS NOT new.updated_at
        UNION ALL SELECT 'deleted' AS field, +new.deleted AS value WHERE old.deleted IS NOT new.deleted
    ) AS f;
END;

CREATE TRIGGER sync_actions_delete AFTER DELETE ON actions
WHEN (SELECT applying FROM sync_state) = 0 AND old.deleted = 0
BEGIN
    UPDATE sync_state SET
        hlc_counter = CASE WHEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) > hlc_wall THEN 0
            WHEN hlc_counter >= 999999 THEN 0 ELSE hlc_counter + 1 END,
        hlc_wall = CASE WHEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) > hlc_wall THEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)
            WHEN hlc_counter >= 999999 THEN hlc_wall + 1 ELSE hlc_wall END;
    INSERT INTO sync_outbox (tbl, row_uuid, hlc, fields, prevs)
    SELECT 'actions', old.uuid, s.hlc, json_group_object(f.field, f.value),
        json_group_object(f.field, coalesce((SELECT k.hlc FROM sync_fields k WHERE k.tbl = 'actions' AND k.row_uuid = old.uuid AND k.field = f.field), (SELECT r.hlc FROM sync_rows r WHERE r.tbl = 'actions' AND r.row_uuid = old.uuid)))
    FROM sync_clock s, (
        SELECT 'deleted' AS field, 1 AS value
    ) AS f;
END;

CREATE TRIGGER sync_action_owners_insert AFTER INSERT ON action_owners
WHEN (SELECT applying FROM sync_state) = 0
BEGIN
    UPDATE sync_state SET
        hlc_counter = CASE WHEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) > hlc_wall THEN 0
            WHEN hlc_counter >= 999999 THEN 0 ELSE hlc_counter + 1 END,
        hlc_wall = CASE WHEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) > hlc_wall THEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)
            WHEN hlc_counter >= 999999 THEN hlc_wall + 1 ELSE hlc_wall END;
    INSERT INTO sync_outbox (tbl, row_uuid, hlc, fields)
    SELECT 'action_owners', new.uuid, s.hlc, json_object(
        'action_id', (SELECT uuid FROM actions WHERE id = new.action_id),
        'position', new.position,
        'owner', new.owner,
        'person_id', (SELECT uuid FROM people WHERE id = new.person_id),
        'deleted', new.deleted
    )
    FROM sync_clock s;
END;

CREATE TRIGGER sync_action_owners_update AFTER UPDATE ON action_owners
WHEN (SELECT applying FROM sync_state) = 0 AND (old.action_id IS NOT new.action_id OR old.position IS NOT new.position OR old.owner IS NOT new.owner OR old.person_id IS NOT new.person_id OR old.deleted IS NOT new.deleted)
BEGIN
    UPDATE sync_state SET
        hlc_counter = CASE WHEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) > hlc_wall THEN 0
            WHEN hlc_counter >= 999999 THEN 0 ELSE hlc_counter + 1 END,
        hlc_wall = CASE WHEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) > hlc_wall THEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)
            WHEN hlc_counter >= 999999 THEN hlc_wall + 1 ELSE hlc_wall END;
    INSERT INTO sync_outbox (tbl, row_uuid, hlc, fields, prevs)
    SELECT 'action_owners', new.uuid, s.hlc, json_group_object(f.field, f.value),
        json_group_object(f.field, coalesce((SELECT k.hlc FROM sync_fields k WHERE k.tbl = 'action_owners' AND k.row_uuid = new.uuid AND k.field = f.field), (SELECT r.hlc FROM sync_rows r WHERE r.tbl = 'action_owners' AND r.row_uuid = new.uuid)))
    FROM sync_clock s, (
        SELECT 'action_id' AS field, +(SELECT uuid FROM actions WHERE id = new.action_id) AS value WHERE old.action_id IS NOT new.action_id
        UNION ALL SELECT 'position' AS field, +new.position AS value WHERE old.position IS NOT new.position
        UNION ALL SELECT 'owner' AS field, +new.owner AS value WHERE old.owner IS NOT new.owner
        UNION ALL SELECT 'person_id' AS field, +(SELECT uuid FROM people WHERE id = new.person_id) AS value WHERE old.person_id IS NOT new.person_id
        UNION ALL SELECT 'deleted' AS field, +new.deleted AS value WHERE old.deleted IS NOT new.deleted
    ) AS f;
END;

CREATE TRIGGER sync_action_owners_delete AFTER DELETE ON action_owners
WHEN (SELECT applying FROM sync_state) = 0 AND old.deleted = 0
BEGIN
    UPDATE sync_state SET
        hlc_counter = CASE WHEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) > hlc_wall THEN 0
            WHEN hlc_counter >= 999999 THEN 0 ELSE hlc_counter + 1 END,
        hlc_wall = CASE WHEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) > hlc_wall THEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)
            WHEN hlc_counter >= 999999 THEN hlc_wall + 1 ELSE hlc_wall END;
    INSERT INTO sync_outbox (tbl, row_uuid, hlc, fields, prevs)
    SELECT 'action_owners', old.uuid, s.hlc, json_group_object(f.field, f.value),
        json_group_object(f.field, coalesce((SELECT k.hlc FROM sync_fields k WHERE k.tbl = 'action_owners' AND k.row_uuid = old.uuid AND k.field = f.field), (SELECT r.hlc FROM sync_rows r WHERE r.tbl = 'action_owners' AND r.row_uuid = old.uuid)))
    FROM sync_clock s, (
        SELECT 'deleted' AS field, 1 AS value
    ) AS f;
END;

CREATE TRIGGER sync_action_events_insert AFTER INSERT ON action_events
WHEN (SELECT applying FROM sync_state) = 0
BEGIN
    UPDATE sync_state SET
        hlc_counter = CASE WHEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) > hlc_wall THEN 0
            WHEN hlc_counter >= 999999 THEN 0 ELSE hlc_counter + 1 END,
        hlc_wall = CASE WHEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) > hlc_wall THEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)
            WHEN hlc_counter >= 999999 THEN hlc_wall + 1 ELSE hlc_wall END;
    INSERT INTO sync_outbox (tbl, row_uuid, hlc, fields)
    SELECT 'action_events', new.uuid, s.hlc, json_object(
        'action_id', (SELECT uuid FROM actions WHERE id = new.action_id),
        'field', new.field,
        'old_value', new.old_value,
        'new_value', new.new_value,
        'note', new.note,
        'clerk', new.clerk,
        'at', new.at
    )
    FROM sync_clock s;
END;

CREATE TRIGGER sync_action_events_update AFTER UPDATE ON action_events
WHEN (SELECT applying FROM sync_state) = 0 AND (old.action_id IS NOT new.action_id OR old.field IS NOT new.field OR old.old_value IS NOT new.old_value OR old.new_value IS NOT new.new_value OR old.note IS NOT new.note OR old.clerk IS NOT new.clerk OR old.at IS NOT new.at)
BEGIN
    UPDATE sync_state SET
        hlc_counter = CASE WHEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) > hlc_wall THEN 0
            WHEN hlc_counter >= 999999 THEN 0 ELSE hlc_counter + 1 END,
        hlc_wall = CASE WHEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) > hlc_wall THEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)
            WHEN hlc_counter >= 999999 THEN hlc_wall + 1 ELSE hlc_wall END;
    INSERT INTO sync_outbox (tbl, row_uuid, hlc, fields, prevs)
    SELECT 'action_events', new.uuid, s.hlc, json_group_object(f.field, f.value),
        json_group_object(f.field, coalesce((SELECT k.hlc FROM sync_fields k WHERE k.tbl = 'action_events' AND k.row_uuid = new.uuid AND k.field = f.field), (SELECT r.hlc FROM sync_rows r WHERE r.tbl = 'action_events' AND r.row_uuid = new.uuid)))
    FROM sync_clock s, (
        SELECT 'action_id' AS field, +(SELECT uuid FROM actions WHERE id = new.action_id) AS value WHERE old.action_id IS NOT new.action_id
        UNION ALL SELECT 'field' AS field, +new.field AS value WHERE old.field IS NOT new.field
        UNION ALL SELECT 'old_value' AS field, +new.old_value AS value WHERE old.old_value IS NOT new.old_value
        UNION ALL SELECT 'new_value' AS field, +new.new_value AS value WHERE old.new_value IS NOT new.new_value
        UNION ALL SELECT 'note' AS field, +new.note AS value WHERE old.note IS NOT new.note
        UNION ALL SELECT 'clerk' AS field, +new.clerk AS value WHERE old.clerk IS NOT new.clerk
        UNION ALL SELECT 'at' AS field, +new.at AS value WHERE old.at IS NOT new.at
    ) AS f;
END;

CREATE TRIGGER sync_follow_ups_insert AFTER INSERT ON follow_ups
WHEN (SELECT applying FROM sync_state) = 0
BEGIN
    UPDATE sync_state SET
        hlc_counter = CASE WHEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) > hlc_wall THEN 0
            WHEN hlc_counter >= 999999 THEN 0 ELSE hlc_counter + 1 END,
        hlc_wall = CASE WHEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) > hlc_wall THEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)
            WHEN hlc_counter >= 999999 THEN hlc_wall + 1 ELSE hlc_wall END;
    INSERT INTO sync_outbox (tbl, row_uuid, hlc, fields)
    SELECT 'follow_ups', new.uuid, s.hlc, json_object(
        'meeting_id', (SELECT uuid FROM meetings WHERE id = new.meeting_id),
        'item_id', (SELECT uuid FROM agenda_items WHERE id = new.item_id),
        'text', new.text,
        'committee_id', (SELECT uuid FROM committees WHERE id = new.committee_id),
        'when_text', new.when_text,
        'due', new.due,
        'status', new.status,
        'exempt', new.exempt,
        'source_start', new.source_start,
        'source_end', new.source_end,
        'created_at', new.created_at,
        'updated_at', new.updated_at,
        'deleted', new.deleted
    )
    FROM sync_clock s;
END;

CREATE TRIGGER sync_follow_ups_update AFTER UPDATE ON follow_ups
WHEN (SELECT applying FROM sync_state) = 0 AND (old.meeting_id IS NOT new.meeting_id OR old.item_id IS NOT new.item_id OR old.text IS NOT new.text OR old.committee_id IS NOT new.committee_id OR old.when_text IS NOT new.when_text OR old.due IS NOT new.due OR old.status IS NOT new.status OR old.exempt IS NOT new.exempt OR old.source_start IS NOT new.source_start OR old.source_end IS NOT new.source_end OR old.created_at IS NOT new.created_at OR old.updated_at IS NOT new.updated_at OR old.deleted IS NOT new.deleted)
BEGIN
    UPDATE sync_state SET
        hlc_counter = CASE WHEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) > hlc_wall THEN 0
            WHEN hlc_counter >= 999999 THEN 0 ELSE hlc_counter + 1 END,
        hlc_wall = CASE WHEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) > hlc_wall THEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)
            WHEN hlc_counter >= 999999 THEN hlc_wall + 1 ELSE hlc_wall END;
    INSERT INTO sync_outbox (tbl, row_uuid, hlc, fields, prevs)
    SELECT 'follow_ups', new.uuid, s.hlc, json_group_object(f.field, f.value),
        json_group_object(f.field, coalesce((SELECT k.hlc FROM sync_fields k WHERE k.tbl = 'follow_ups' AND k.row_uuid = new.uuid AND k.field = f.field), (SELECT r.hlc FROM sync_rows r WHERE r.tbl = 'follow_ups' AND r.row_uuid = new.uuid)))
    FROM sync_clock s, (
        SELECT 'meeting_id' AS field, +(SELECT uuid FROM meetings WHERE id = new.meeting_id) AS value WHERE old.meeting_id IS NOT new.meeting_id
        UNION ALL SELECT 'item_id' AS field, +(SELECT uuid FROM agenda_items WHERE id = new.item_id) AS value WHERE old.item_id IS NOT new.item_id
        UNION ALL SELECT 'text' AS field, +new.text AS value WHERE old.text IS NOT new.text
        UNION ALL SELECT 'committee_id' AS field, +(SELECT uuid FROM committees WHERE id = new.committee_id) AS value WHERE old.committee_id IS NOT new.committee_id
        UNION ALL SELECT 'when_text' AS field, +new.when_text AS value WHERE old.when_text IS NOT new.when_text
        UNION ALL SELECT 'due' AS field, +new.due AS value WHERE old.due IS NOT new.due
        UNION ALL SELECT 'status' AS field, +new.status AS value WHERE old.status IS NOT new.status
        UNION ALL SELECT 'exempt' AS field, +new.exempt AS value WHERE old.exempt IS NOT new.exempt
        UNION ALL SELECT 'source_start' AS field, +new.source_start AS value WHERE old.source_start IS NOT new.source_start
        UNION ALL SELECT 'source_end' AS field, +new.source_end AS value WHERE old.source_end IS NOT new.source_end
        UNION ALL SELECT 'created_at' AS field, +new.created_at AS value WHERE old.created_at IS NOT new.created_at
        UNION ALL SELECT 'updated_at' AS field, +new.updated_at AS value WHERE old.updated_at IS NOT new.updated_at
        UNION ALL SELECT 'deleted' AS field, +new.deleted AS value WHERE old.deleted IS NOT new.deleted
    ) AS f;
END;

CREATE TRIGGER sync_follow_ups_delete AFTER DELETE ON follow_ups
WHEN (SELECT applying FROM sync_state) = 0 AND old.deleted = 0
BEGIN
    UPDATE sync_state SET
        hlc_counter = CASE WHEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) > hlc_wall THEN 0
            WHEN hlc_counter >= 999999 THEN 0 ELSE hlc_counter + 1 END,
        hlc_wall = CASE WHEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) > hlc_wall THEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)
            WHEN hlc_counter >= 999999 THEN hlc_wall + 1 ELSE hlc_wall END;
    INSERT INTO sync_outbox (tbl, row_uuid, hlc, fields, prevs)
    SELECT 'follow_ups', old.uuid, s.hlc, json_group_object(f.field, f.value),
        json_group_object(f.field, coalesce((SELECT k.hlc FROM sync_fields k WHERE k.tbl = 'follow_ups' AND k.row_uuid = old.uuid AND k.field = f.field), (SELECT r.hlc FROM sync_rows r WHERE r.tbl = 'follow_ups' AND r.row_uuid = old.uuid)))
    FROM sync_clock s, (
        SELECT 'deleted' AS field, 1 AS value
    ) AS f;
END;

UPDATE committees SET uuid = 'committee:' || lower(name);
UPDATE sync_state SET
        hlc_counter = CASE WHEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) > hlc_wall THEN 0
            WHEN hlc_counter >= 999999 THEN 0 ELSE hlc_counter + 1 END,
        hlc_wall = CASE WHEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER) > hlc_wall THEN CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)
            WHEN hlc_counter >= 999999 THEN hlc_wall + 1 ELSE hlc_wall END;

INSERT INTO sync_outbox (tbl, row_uuid, hlc, fields)
SELECT 'committees', t.uuid, (SELECT hlc FROM sync_clock), json_object(
    'name', t.name,
    'created_at', t.created_at,
    'updated_at', t.updated_at,
    'deleted', t.deleted
)
FROM committees t ORDER BY t.id;

INSERT INTO sync_outbox (tbl, row_uuid, hlc, fields)
SELECT 'people', t.uuid, (SELECT hlc FROM sync_clock), json_object(
    'name', t.name,
    'kind', t.kind,
    'organisation', t.organisation,
    'email', t.email,
    'merged_into', (SELECT uuid FROM people WHERE id = t.merged_into),
    'created_at', t.created_at,
    'updated_at', t.updated_at,
    'deleted', t.deleted
)
FROM people t ORDER BY t.id;

INSERT INTO sync_outbox (tbl, row_uuid, hlc, fields)
SELECT 'meetings', t.uuid, (SELECT hlc FROM sync_clock), json_object(
    'committee_id', (SELECT uuid FROM committees WHERE id = t.committee_id),
    'date', t.date,
    'title', t.title,
    'source', t.source,
    'text', t.text,
    'content_hash', t.content_hash,
    'state', t.state,
    'created_at', t.created_at,
    'updated_at', t.updated_at,
    'deleted', t.deleted
)
FROM meetings t ORDER BY t.id;

INSERT INTO sync_outbox (tbl, row_uuid, hlc, fields)
SELECT 'agenda_items', t.uuid, (SELECT hlc FROM sync_clock), json_object(
    'meeting_id', (SELECT uuid FROM meetings WHERE id = t.meeting_id),
    'position', t.position,
    'number', t.number,
    'title', t.title,
    'source_start', t.source_start,
    'source_end', t.source_end,
    'exempt', t.exempt,
    'deleted', t.deleted
)
FROM agenda_items t ORDER BY t.id;

INSERT INTO sync_outbox (tbl, row_uuid, hlc, fields)
SELECT 'decisions', t.uuid, (SELECT hlc FROM sync_clock), json_object(
    'meeting_id', (SELECT uuid FROM meetings WHERE id = t.meeting_id),
    'item_id', (SELECT uuid FROM agenda_items WHERE id = t.item_id),
    'text', t.text,
    'source_start', t.source_start,
    'source_end', t.source_end,
    'deleted', t.deleted
)
FROM decisions t ORDER BY t.id;

INSERT INTO sync_outbox (tbl, row_uuid, hlc, fields)
SELECT 'roles', t.uuid, (SELECT hlc FROM sync_clock), json_object(
    'person_id', (SELECT uuid FROM people WHERE id = t.person_id),
    'title', t.title,
    'organisation', t.organisation,
    'committee_id', (SELECT uuid FROM committees WHERE id = t.committee_id),
    'from_date', t.from_date,
    'to_date', t.to_date,
    'deleted', t.deleted
)
FROM roles t ORDER BY t.id;

INSERT INTO sync_outbox (tbl, row_uuid, hlc, fields)
SELECT 'aliases', t.uuid, (SELECT hlc FROM sync_clock), json_object(
    'person_id', (SELECT uuid FROM people WHERE id = t.person_id),
    'alias', t.alias,
    'normalised', t.normalised,
    'origin', t.origin,
    'deleted', t.deleted
)
FROM aliases t ORDER BY t.id;

INSERT INTO sync_outbox (tbl, row_uuid, hlc, fields)
SELECT 'actions', t.uuid, (SELECT hlc FROM sync_clock), json_object(
    'meeting_id', (SELECT uuid FROM meetings WHERE id = t.meeting_id),
    'item_id', (SELECT uuid FROM agenda_items WHERE id = t.item_id),
    'text', t.text,
    'owner', t.owner,
    'person_id', (SELECT uuid FROM people WHERE id = t.person_id),
    'due', t.due,
    'due_text', t.due_text,
    'original_due', t.original_due,
    'status', t.status,
    'closed_at', t.closed_at,
    'exempt', t.exempt,
    'source_start', t.source_start,
    'source_end', t.source_end,
    'created_at', t.created_at,
    'updated_at', t.updated_at,
    'deleted', t.deleted
)
FROM actions t ORDER BY t.id;

INSERT INTO sync_outbox (tbl, row_uuid, hlc, fields)
SELECT 'action_owners', t.uuid, (SELECT hlc FROM sync_clock), json_object(
    'action_id', (SELECT uuid FROM actions WHERE id = t.action_id),
    'position', t.position,
    'owner', t.owner,
    'person_id', (SELECT uuid FROM people WHERE id = t.person_id),
    'deleted', t.deleted
)
FROM action_owners t ORDER BY t.id;

INSERT INTO sync_outbox (tbl, row_uuid, hlc, fields)
SELECT 'action_events', t.uuid, (SELECT hlc FROM sync_clock), json_object(
    'action_id', (SELECT uuid FROM actions WHERE id = t.action_id),
    'field', t.field,
    'old_value', t.old_value,
    'new_value', t.new_value,
    'note', t.note,
    'clerk', t.clerk,
    'at', t.at
)
FROM action_events t ORDER BY t.id;

INSERT INTO sync_outbox (tbl, row_uuid, hlc, fields)
SELECT 'follow_ups', t.uuid, (SELECT hlc FROM sync_clock), json_object(
    'meeting_id', (SELECT uuid FROM meetings WHERE id = t.meeting_id),
    'item_id', (SELECT uuid FROM agenda_items WHERE id = t.item_id),
    'text', t.text,
    'committee_id', (SELECT uuid FROM committees WHERE id = t.committee_id),
    'when_text', t.when_text,
    'due', t.due,
    'status', t.status,
    'exempt', t.exempt,
    'source_start', t.source_start,
    'source_end', t.source_end,
    'created_at', t.created_at,
    'updated_at', t.updated_at,
    'deleted', t.deleted
)
FROM follow_ups t ORDER BY t.id;

-- migration 6: mentions keep the full name and role the attendance gives for initials
-- An owner written "NK" whom the attendance lists as "Nadia Khan (NK), Project Lead" but the
-- directory lacks: the review queue offers to add "Nadia Khan" with that role.
ALTER TABLE mentions ADD COLUMN expanded TEXT;

-- migration 7: committee membership, and automatic matches the clerk undid
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
