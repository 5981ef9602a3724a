"""The sync server's schema (PostgreSQL), with who may see and change what.

Every clerk connects as their own role, a member of `clerk_team`, which holds the privileges.
Each merged row in `clerk_rows` has a scope the server works out itself (a trigger): a
meeting's is its committee ('committee:<name>', or 'clerk:<role>' for minutes without one,
private to whoever imported them); agenda items, decisions, actions and follow-ups take their
meeting's, owners and history rows their action's; the directory (committees, people, roles,
aliases, memberships) is team-wide (''). Row-level security lets a role read and write only
the scopes `clerk_grants` gives it ('*': every committee), and hides the log, conflicts and
audit of rows it may not see. The log records the role of every edit (`session_user`, which
clerks cannot set). Running this again upgrades a server made by an earlier version.
"""

from __future__ import annotations

SCHEMA_VERSION = "2"
TEAM_ROLE = "clerk_team"

SCHEMA = """
DO $$ BEGIN
    CREATE ROLE clerk_team NOLOGIN;
EXCEPTION WHEN duplicate_object THEN NULL;
END $$;

CREATE SEQUENCE IF NOT EXISTS clerk_seq;
CREATE TABLE IF NOT EXISTS clerk_meta (key text PRIMARY KEY, value text NOT NULL);
CREATE TABLE IF NOT EXISTS clerk_clerks (
    id text PRIMARY KEY,
    name text,
    last_push timestamptz
);
ALTER TABLE clerk_clerks ADD COLUMN IF NOT EXISTS role text NOT NULL DEFAULT session_user;
CREATE TABLE IF NOT EXISTS clerk_log (
    seq bigint PRIMARY KEY DEFAULT nextval('clerk_seq'),
    tbl text NOT NULL,
    row_uuid text NOT NULL,
    hlc text NOT NULL,
    clerk text NOT NULL,
    fields jsonb NOT NULL,
    pushed_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (tbl, row_uuid, hlc)
);
ALTER TABLE clerk_log ADD COLUMN IF NOT EXISTS role text NOT NULL DEFAULT session_user;
CREATE INDEX IF NOT EXISTS clerk_log_row ON clerk_log (row_uuid);
CREATE TABLE IF NOT EXISTS clerk_rows (
    tbl text NOT NULL,
    row_uuid text NOT NULL,
    state jsonb NOT NULL,
    PRIMARY KEY (tbl, row_uuid)
);
ALTER TABLE clerk_rows ADD COLUMN IF NOT EXISTS seq bigint NOT NULL DEFAULT nextval('clerk_seq');
ALTER TABLE clerk_rows ADD COLUMN IF NOT EXISTS scope text NOT NULL DEFAULT '';
ALTER TABLE clerk_rows ADD COLUMN IF NOT EXISTS parent text;
ALTER TABLE clerk_rows ADD COLUMN IF NOT EXISTS created_by text NOT NULL DEFAULT session_user;
CREATE INDEX IF NOT EXISTS clerk_rows_seq ON clerk_rows (seq);
CREATE INDEX IF NOT EXISTS clerk_rows_parent ON clerk_rows (parent);
CREATE INDEX IF NOT EXISTS clerk_rows_meeting_day ON clerk_rows
    ((state->'committee_id'->>0), (state->'date'->>0)) WHERE tbl = 'meetings';
CREATE TABLE IF NOT EXISTS clerk_conflicts (
    seq bigint PRIMARY KEY DEFAULT nextval('clerk_seq'),
    tbl text NOT NULL,
    row_uuid text NOT NULL,
    field text NOT NULL,
    winner_value jsonb,
    winner_hlc text NOT NULL,
    winner_clerk text NOT NULL,
    loser_value jsonb,
    loser_hlc text NOT NULL,
    loser_clerk text NOT NULL,
    at timestamptz NOT NULL DEFAULT now()
);
-- Which committees each clerk's role may see and change: 'committee:<name>', or '*'.
CREATE TABLE IF NOT EXISTS clerk_grants (
    role text NOT NULL,
    committee text NOT NULL,
    granted_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (role, committee)
);
-- Action references the server has given out: one row per action, never reused.
CREATE TABLE IF NOT EXISTS clerk_refs (
    ref text PRIMARY KEY,
    row_uuid text NOT NULL UNIQUE,
    prefix text NOT NULL,
    number integer NOT NULL
);
CREATE INDEX IF NOT EXISTS clerk_refs_prefix ON clerk_refs (prefix, number);
-- A row a clerk created offline that the server found to be one it already had (the same
-- minutes imported by two clerks): that clerk's later edits of it go to the one kept.
CREATE TABLE IF NOT EXISTS clerk_remaps (
    tbl text NOT NULL,
    from_uuid text NOT NULL,
    to_uuid text NOT NULL,
    role text NOT NULL DEFAULT session_user,
    PRIMARY KEY (tbl, from_uuid)
);

-- The scopes the connected role may see: team-wide, its own, and its grants (a grant made
-- by short name, 'committee:hwb', before the committee reached the server, included).
CREATE OR REPLACE FUNCTION clerk_scopes() RETURNS text[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $f$
    SELECT ARRAY['', 'clerk:' || session_user]
        || coalesce((SELECT array_agg(committee) FROM clerk_grants WHERE role = session_user),
                    ARRAY[]::text[])
        || coalesce((SELECT array_agg(r.row_uuid) FROM clerk_rows r JOIN clerk_grants g
                     ON g.role = session_user
                     AND g.committee = 'committee:' || lower(r.state->'short_name'->>0)
                     WHERE r.tbl = 'committees'), ARRAY[]::text[])
$f$;

CREATE OR REPLACE FUNCTION clerk_may(wanted text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $f$
    SELECT wanted = ANY (clerk_scopes()) OR '*' = ANY (clerk_scopes())
        OR (SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = session_user)
        OR pg_has_role(session_user,
                       (SELECT relowner FROM pg_class WHERE oid = 'clerk_rows'::regclass), 'USAGE')
$f$;

-- 'committee Planning' for messages.
CREATE OR REPLACE FUNCTION clerk_scope_name(wanted text) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $f$
    SELECT CASE
        WHEN wanted LIKE 'clerk:%' THEN 'minutes without a committee imported by '
            || substr(wanted, 7)
        ELSE 'committee ' || coalesce(
            (SELECT state->'name'->>0 FROM clerk_rows WHERE tbl = 'committees'
             AND row_uuid = wanted), substr(wanted, 11))
    END
$f$;

-- Works out a row's scope and parent from its state, keeps its creator, numbers the change;
-- refuses, in one line, a change the role may not make.
CREATE OR REPLACE FUNCTION clerk_rows_scope() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $f$
DECLARE
    parent_tbl text;
    found_scope text;
    existing text;
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW.created_by := session_user;
        SELECT scope INTO existing FROM clerk_rows WHERE tbl = NEW.tbl AND row_uuid = NEW.row_uuid;
    ELSE
        NEW.created_by := OLD.created_by;
        existing := OLD.scope;
    END IF;
    IF existing IS NOT NULL AND NOT clerk_may(existing) THEN
        RAISE EXCEPTION 'role % may not change %', session_user, clerk_scope_name(existing)
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    NEW.parent := NULL;
    IF NEW.tbl = 'meetings' THEN
        found_scope := coalesce(NEW.state->'committee_id'->>0, 'clerk:' || NEW.created_by);
    ELSIF NEW.state ? 'meeting_id' THEN
        parent_tbl := 'meetings';
        NEW.parent := NEW.state->'meeting_id'->>0;
    ELSIF NEW.state ? 'action_id' THEN
        parent_tbl := 'actions';
        NEW.parent := NEW.state->'action_id'->>0;
    ELSE
        found_scope := '';
    END IF;
    IF parent_tbl IS NOT NULL THEN
        SELECT scope INTO found_scope FROM clerk_rows
        WHERE tbl = parent_tbl AND row_uuid = NEW.parent;
        IF NOT FOUND THEN
            RAISE EXCEPTION '% % belongs to a % the server does not hold (%)', NEW.tbl,
                NEW.row_uuid, parent_tbl, NEW.parent USING ERRCODE = 'foreign_key_violation';
        END IF;
    END IF;
    IF NOT clerk_may(found_scope) THEN
        RAISE EXCEPTION 'role % may not change %', session_user, clerk_scope_name(found_scope)
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    NEW.scope := found_scope;
    NEW.seq := nextval('clerk_seq');
    RETURN NEW;
END
$f$;
CREATE OR REPLACE TRIGGER clerk_rows_scope BEFORE INSERT OR UPDATE ON clerk_rows
    FOR EACH ROW EXECUTE FUNCTION clerk_rows_scope();

-- A meeting or action that moves to another scope takes its rows with it.
CREATE OR REPLACE FUNCTION clerk_rows_cascade() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $f$
BEGIN
    UPDATE clerk_rows SET state = state WHERE parent = NEW.row_uuid;
    RETURN NULL;
END
$f$;
CREATE OR REPLACE TRIGGER clerk_rows_cascade AFTER UPDATE ON clerk_rows
    FOR EACH ROW WHEN (NEW.scope IS DISTINCT FROM OLD.scope AND NEW.tbl IN ('meetings', 'actions'))
    EXECUTE FUNCTION clerk_rows_cascade();

-- An action's reference: the one given before (null when none was and none is proposed),
-- else the one its clerk proposed when nobody holds it, else the next number of the
-- proposal's prefix ('HWB/25'). Once given, never changed.
CREATE OR REPLACE FUNCTION clerk_ref(action_uuid text, proposed text) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $f$
DECLARE
    given text;
    pre text;
    num integer;
BEGIN
    SELECT ref INTO given FROM clerk_refs WHERE row_uuid = action_uuid;
    IF FOUND OR proposed IS NULL THEN
        RETURN given;
    END IF;
    pre := coalesce(substring(proposed FROM '^([A-Z][A-Z0-9]*/[0-9]{2})/[0-9]+$'),
                    'ACT/' || to_char(now(), 'YY'));
    num := substring(proposed FROM '/([0-9]+)$')::integer;
    IF num IS NULL OR EXISTS (SELECT 1 FROM clerk_refs WHERE prefix = pre AND number = num) THEN
        SELECT coalesce(max(number), 0) + 1 INTO num FROM clerk_refs WHERE prefix = pre;
    END IF;
    given := pre || '/' || lpad(num::text, greatest(2, length(num::text)), '0');
    INSERT INTO clerk_refs (ref, row_uuid, prefix, number) VALUES (given, action_uuid, pre, num);
    RETURN given;
END
$f$;

ALTER TABLE clerk_rows ENABLE ROW LEVEL SECURITY;
ALTER TABLE clerk_log ENABLE ROW LEVEL SECURITY;
ALTER TABLE clerk_conflicts ENABLE ROW LEVEL SECURITY;
ALTER TABLE clerk_grants ENABLE ROW LEVEL SECURITY;
ALTER TABLE clerk_clerks ENABLE ROW LEVEL SECURITY;
ALTER TABLE clerk_remaps ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS clerk_rows_read ON clerk_rows;
DROP POLICY IF EXISTS clerk_rows_add ON clerk_rows;
DROP POLICY IF EXISTS clerk_rows_change ON clerk_rows;
DROP POLICY IF EXISTS clerk_log_read ON clerk_log;
DROP POLICY IF EXISTS clerk_log_add ON clerk_log;
DROP POLICY IF EXISTS clerk_conflicts_read ON clerk_conflicts;
DROP POLICY IF EXISTS clerk_conflicts_add ON clerk_conflicts;
DROP POLICY IF EXISTS clerk_grants_own ON clerk_grants;
DROP POLICY IF EXISTS clerk_clerks_read ON clerk_clerks;
DROP POLICY IF EXISTS clerk_clerks_own ON clerk_clerks;
DROP POLICY IF EXISTS clerk_clerks_own_change ON clerk_clerks;
DROP POLICY IF EXISTS clerk_remaps_own ON clerk_remaps;
CREATE POLICY clerk_rows_read ON clerk_rows FOR SELECT
    USING (scope = ANY ((SELECT clerk_scopes())::text[])
           OR '*' = ANY ((SELECT clerk_scopes())::text[]));
CREATE POLICY clerk_rows_add ON clerk_rows FOR INSERT WITH CHECK (clerk_may(scope));
CREATE POLICY clerk_rows_change ON clerk_rows FOR UPDATE
    USING (clerk_may(scope)) WITH CHECK (clerk_may(scope));
CREATE POLICY clerk_log_read ON clerk_log FOR SELECT USING (EXISTS (
    SELECT 1 FROM clerk_rows r WHERE r.tbl = clerk_log.tbl AND r.row_uuid = clerk_log.row_uuid));
CREATE POLICY clerk_log_add ON clerk_log FOR INSERT WITH CHECK (role = session_user);
CREATE POLICY clerk_conflicts_read ON clerk_conflicts FOR SELECT USING (EXISTS (
    SELECT 1 FROM clerk_rows r
    WHERE r.tbl = clerk_conflicts.tbl AND r.row_uuid = clerk_conflicts.row_uuid));
CREATE POLICY clerk_conflicts_add ON clerk_conflicts FOR INSERT WITH CHECK (true);
CREATE POLICY clerk_grants_own ON clerk_grants FOR SELECT USING (role = session_user);
CREATE POLICY clerk_clerks_read ON clerk_clerks FOR SELECT USING (true);
CREATE POLICY clerk_clerks_own ON clerk_clerks FOR INSERT WITH CHECK (role = session_user);
CREATE POLICY clerk_clerks_own_change ON clerk_clerks FOR UPDATE
    USING (role = session_user) WITH CHECK (role = session_user);
CREATE POLICY clerk_remaps_own ON clerk_remaps USING (role = session_user)
    WITH CHECK (role = session_user);

-- Clerks read and add; only what is listed here. The log, once written, is never changed
-- by a clerk, and its role and time are the server's.
REVOKE ALL ON clerk_meta, clerk_clerks, clerk_log, clerk_rows, clerk_conflicts, clerk_grants,
    clerk_refs, clerk_remaps FROM PUBLIC;
GRANT SELECT ON clerk_meta, clerk_grants TO clerk_team;
GRANT SELECT, INSERT, UPDATE ON clerk_rows TO clerk_team;
GRANT SELECT ON clerk_log TO clerk_team;
GRANT INSERT (tbl, row_uuid, hlc, clerk, fields) ON clerk_log TO clerk_team;
GRANT SELECT, INSERT ON clerk_conflicts TO clerk_team;
GRANT SELECT ON clerk_clerks TO clerk_team;
GRANT INSERT (id, name, last_push), UPDATE (name, last_push) ON clerk_clerks TO clerk_team;
GRANT SELECT, INSERT ON clerk_remaps TO clerk_team;
GRANT USAGE ON SEQUENCE clerk_seq TO clerk_team;
REVOKE ALL ON FUNCTION clerk_ref(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION clerk_ref(text, text) TO clerk_team;

INSERT INTO clerk_meta (key, value) VALUES ('schema', '2')
    ON CONFLICT (key) DO UPDATE SET value = excluded.value;
"""

# Rows merged by an earlier version get their scope, parents before children.
BACKFILL = """
UPDATE clerk_rows SET state = state WHERE tbl = 'meetings';
UPDATE clerk_rows SET state = state WHERE tbl <> 'meetings' AND state ? 'meeting_id';
UPDATE clerk_rows SET state = state WHERE state ? 'action_id';
"""
