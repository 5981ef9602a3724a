-- shared action references (HWB/25/07), committee short names, the committees granted
-- Issue 17. Every action gets a reference clerks can say aloud and that is the same on every
-- copy: the committee's short name, the meeting's year and a number. A copy numbers a new
-- action itself; in team mode the sync server confirms the number (or gives the next free one
-- when another clerk took it offline) and `ref_final` records that it did. The references of
-- actions already stored, and the short names of committees, are filled in after this
-- migration by clerk_tui.store.refs.backfill, through the sync capture so they reach the
-- server like any edit.
ALTER TABLE committees ADD COLUMN short_name TEXT;  -- 'HWB': the start of its references
ALTER TABLE actions ADD COLUMN ref TEXT;            -- 'HWB/25/07', the same on every copy
ALTER TABLE actions ADD COLUMN ref_final INTEGER NOT NULL DEFAULT 0;  -- 1: confirmed by the server
CREATE INDEX actions_ref ON actions(ref);
-- The committees the sync server let this clerk see at the last sync (JSON list; null: not
-- known yet), to notice a grant given or withdrawn since.
ALTER TABLE sync_state ADD COLUMN grants TEXT;
