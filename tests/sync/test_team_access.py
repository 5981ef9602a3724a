"""Who may see and change what, enforced by the server: each clerk connects as their own
PostgreSQL role, granted committees by `clerk server add-clerk`; row-level security does the
rest. All against the real throw-away cluster."""

from __future__ import annotations

import itertools
from datetime import date

import psycopg
import pytest

from clerk_tui.store import actions
from clerk_tui.store.capture import row_state
from clerk_tui.sync import admin, client, server
from clerk_tui.sync.server import Edit, SyncError

from .helpers import action_id, import_minutes

_numbers = itertools.count()


@pytest.fixture
def team(server_url, make_clerk):
    """team("sam", "Planning") -> (the clerk's local store, their URL); the role is created
    on the server with those committees (None: every committee) and removed afterwards."""
    made: list[str] = []

    def add(name: str, *committees: str):
        role = f"{name}_{next(_numbers)}"
        admin.add_clerk(server_url, role, list(committees), all_committees=not committees)
        made.append(role)
        return make_clerk(role), as_role(server_url, role)

    yield add
    for role in made:
        admin.remove_clerk(server_url, role)


def as_role(url: str, role: str) -> str:
    return url.replace("postgres@", f"{role}@", 1)


def local_text(db) -> bytes:
    """Every byte of a clerk's database file, its write-ahead log included."""
    path = db.path
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def test_a_clerk_of_one_committee_never_receives_another_committees_rows(team, server_url):
    lead, lead_url = team("lead")
    sam, sam_url = team("sam", "Planning")
    jo, jo_url = team("jo", "Audit")
    import_minutes(lead, "Planning", date(2025, 3, 4), ["Circulate the summary"])
    import_minutes(lead, "Audit", date(2025, 3, 12), ["Review the risk register"])
    # An exempt (Part II) item of the Audit committee, with its action.
    lead.execute("UPDATE agenda_items SET exempt = 1 WHERE meeting_id = 2")
    lead.execute("UPDATE actions SET exempt = 1 WHERE text = 'Review the risk register'")
    client.sync(lead, lead_url)

    client.sync(sam, sam_url)
    client.sync(jo, jo_url)

    def meetings(db):
        return db.execute(
            "SELECT c.name FROM meetings m JOIN committees c ON c.id = m.committee_id"
        ).fetchall()

    assert meetings(sam) == [("Planning",)]
    assert [r[0] for r in sam.execute("SELECT text FROM actions")] == ["Circulate the summary"]
    assert b"Review the risk register" not in local_text(sam)
    assert b"Circulate the summary" not in local_text(jo)
    assert [r[0] for r in jo.execute("SELECT text FROM actions WHERE exempt = 1")] == [
        "Review the risk register"
    ]
    # Every row Sam holds is one the server lets him see, and the server lets him see only
    # Planning's and the shared directory (committees and people are the team's).
    with psycopg.connect(sam_url) as conn:
        scopes = {row[0] for row in conn.execute("SELECT DISTINCT scope FROM clerk_rows")}
        assert scopes == {"", "committee:planning"}
        visible = server.server_rows(conn)
        logged = {row[0] for row in conn.execute("SELECT DISTINCT row_uuid FROM clerk_log")}
    assert set(row_state(sam.conn)) == set(visible)
    assert logged == {uuid for _, uuid in visible}
    with psycopg.connect(server_url) as conn:  # the administrator sees both
        assert len(server.server_rows(conn)) > len(visible)


def test_a_push_touching_another_committees_rows_is_refused_in_one_line(team, server_url):
    lead, lead_url = team("lead")
    sam, sam_url = team("sam", "Planning")
    import_minutes(lead, "Audit", date(2025, 3, 12), ["Review the risk register"])
    client.sync(lead, lead_url)
    client.sync(sam, sam_url)
    role = sam_url.split("//")[1].split("@")[0]

    import_minutes(sam, "Audit", date(2025, 4, 1), ["Minutes Sam may not share"])
    waiting = sam.execute("SELECT count(*) FROM sync_outbox").fetchone()[0]
    with pytest.raises(SyncError) as caught:
        client.sync(sam, sam_url)
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(
        f"the server refused this sync: role {role} may not change committee Audit: "
        "ask your team's administrator to grant it"
    )
    assert message.endswith(f"{waiting} changes waiting to be sent")
    assert sam.execute("SELECT count(*) FROM sync_outbox").fetchone()[0] == waiting
    with psycopg.connect(server_url) as conn:
        texts = [r[0] for r in conn.execute("SELECT state->'text'->>0 FROM clerk_rows")]
    assert "Minutes Sam may not share" not in texts

    # Nor can a forged edit of an Audit action, or plain SQL, get round it.
    with psycopg.connect(server_url) as conn:
        audit_action = conn.execute(
            "SELECT row_uuid FROM clerk_rows WHERE tbl = 'actions'"
        ).fetchone()[0]
    forged = Edit("actions", audit_action, "0000000000000999.000000.ffff", {"status": "done"}, {})
    with psycopg.connect(sam_url) as conn:
        with pytest.raises(server.Refused, match=f"role {role} may not change committee Audit"):
            server.push(conn, [forged], "ffff", "Sam")
        conn.rollback()
        updated = conn.execute(
            "UPDATE clerk_rows SET state = '{}' WHERE scope = 'committee:audit'"
        ).rowcount
        assert updated == 0
        conn.rollback()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(
                "INSERT INTO clerk_log (tbl, row_uuid, hlc, clerk, fields, role) "
                "VALUES ('actions', 'x', 'h', 'c', '{}', 'someone_else')"
            )
        conn.rollback()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("DELETE FROM clerk_log")


def test_a_grant_given_later_brings_the_committee_and_one_withdrawn_takes_it_away(team, server_url):
    lead, lead_url = team("lead")
    sam, sam_url = team("sam", "Planning")
    role = sam_url.split("//")[1].split("@")[0]
    import_minutes(lead, "Planning", date(2025, 3, 4), ["Circulate the summary"])
    import_minutes(lead, "Audit", date(2025, 3, 12), ["Review the risk register"])
    client.sync(lead, lead_url)
    client.sync(sam, sam_url)
    assert sam.execute("SELECT count(*) FROM meetings").fetchone()[0] == 1

    admin.add_clerk(server_url, role, ["audit"])  # any case, and Sam keeps Planning
    report = client.sync(sam, sam_url)
    assert report.removed == 0
    assert sorted(r[0] for r in sam.execute("SELECT text FROM actions")) == [
        "Circulate the summary",
        "Review the risk register",
    ]
    actions.set_due(sam, action_id(sam, "Review the risk register"), date(2025, 9, 1))
    client.sync(sam, sam_url)

    assert admin.remove_clerk(server_url, role, ["Audit"]).committees == ["Planning"]
    report = client.sync(sam, sam_url)
    assert report.removed == 1
    assert "1 meeting no longer shared with you removed" in report.summary()
    assert [r[0] for r in sam.execute("SELECT text FROM actions")] == ["Circulate the summary"]
    assert sam.execute("SELECT count(*) FROM sync_outbox").fetchone()[0] == 0
    client.sync(lead, lead_url)
    assert lead.execute(
        "SELECT due FROM actions WHERE text = 'Review the risk register'"
    ).fetchone() == ("2025-09-01",)


def test_minutes_without_a_committee_stay_with_the_clerk_who_imported_them(team):
    sam, sam_url = team("sam", "Planning")
    alex, alex_url = team("alex", "Planning")
    import_minutes(sam, "Planning", date(2025, 3, 4), ["Circulate the summary"])
    sam.execute("UPDATE meetings SET committee_id = NULL")
    client.sync(sam, sam_url)
    client.sync(alex, alex_url)
    assert alex.execute("SELECT count(*) FROM meetings").fetchone()[0] == 0
    # Given a committee, they travel to its clerks.
    sam.execute("UPDATE meetings SET committee_id = (SELECT id FROM committees)")
    client.sync(sam, sam_url)
    client.sync(alex, alex_url)
    assert [r[0] for r in alex.execute("SELECT text FROM actions")] == ["Circulate the summary"]


def test_add_clerk_refuses_bad_names_and_remove_clerk_unknown_ones(server_url):
    with pytest.raises(SyncError, match="cannot be a clerk's role"):
        admin.add_clerk(server_url, "Sam Jones", ["Planning"])
    with pytest.raises(SyncError, match="say which committees"):
        admin.add_clerk(server_url, "sam_nobody", [])
    with pytest.raises(SyncError, match="there is no clerk nobody_here"):
        admin.remove_clerk(server_url, "nobody_here")
    with pytest.raises(SyncError, match="administrator's role"):
        admin.add_clerk(server_url, "postgres", ["Planning"])
