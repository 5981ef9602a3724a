-- reconciliation proposals (progress the next minutes report, awaiting the clerk)
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
