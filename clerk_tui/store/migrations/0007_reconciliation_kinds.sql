-- reconciliation proposes dropped, owner and due changes too, with the note to record
-- kind 'dropped' (cancelled, superseded, no longer needed), 'owner' (value: the new owner as
-- written), 'due' (value: YYYY-MM-DD); note: what the minutes report, which becomes the
-- action's latest update once accepted. SQLite cannot widen a CHECK, so the table is rebuilt.
DROP INDEX proposals_meeting;
DROP INDEX proposals_action;
ALTER TABLE proposals RENAME TO proposals_v6;
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
INSERT INTO proposals (id, uuid, meeting_id, action_id, kind, passage, note, source_start,
                          source_end, reason, score, status, created_at, decided_at, deleted)
SELECT id, uuid, meeting_id, action_id, kind, passage, passage, source_start, source_end, reason,
       score, status, created_at, decided_at, deleted
FROM proposals_v6;
DROP TABLE proposals_v6;
CREATE INDEX proposals_meeting ON proposals(meeting_id, status);
CREATE INDEX proposals_action ON proposals(action_id, status);
