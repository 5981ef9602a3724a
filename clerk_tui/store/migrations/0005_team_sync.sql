-- team sync: outbox of edits with clock stamps, field clocks, conflict log
-- Team sync (issue 7). Each local edit of a synced row goes to sync_outbox: its changed
-- fields with their new values (foreign keys as uuids) and a hybrid logical clock stamp
-- "wall ms.counter.clerk id" that sorts as text; sync_rows and sync_fields keep the stamp of
-- each field's current value for last-writer-wins merges. The capture triggers that fill the
-- outbox are not written here: clerk_tui.store.capture makes them from SYNCED_TABLES and the
-- live schema after this migration and after every later one (they ignore changes applied
-- from the server, sync_state.applying = 1), and puts the rows that existed before this
-- migration in the outbox.
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
