"""Three clerks edit through the store and sync at random; after a final round of syncs
every copy and the server hold the same rows."""

from __future__ import annotations

import shutil
import tempfile
from datetime import date, timedelta
from pathlib import Path

import psycopg
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, rule, run_state_machine_as_test

from clerk_tui.store import actions, open_db
from clerk_tui.store.capture import row_state
from clerk_tui.sync import client

from .helpers import import_minutes, server_state

CLERKS = ("Sam", "Alex", "Jo")
clerk_index = st.integers(0, len(CLERKS) - 1)
pick = st.integers(0, 10_000)


def test_three_clerks_interleaving_edits_and_syncs_converge(server_url):
    class ThreeClerks(RuleBasedStateMachine):
        @initialize()
        def start(self):
            with psycopg.connect(server_url) as conn:
                conn.execute(
                    "TRUNCATE clerk_log, clerk_rows, clerk_conflicts, clerk_clerks, clerk_refs, "
                    "clerk_remaps"
                )
            self.folder = Path(tempfile.mkdtemp(prefix="clerks-"))
            self.dbs = [open_db(self.folder / f"{name}.db") for name in CLERKS]
            for db, name in zip(self.dbs, CLERKS, strict=True):
                client.set_clerk_name(db, name)
            self.meetings = 0

        def action_ids(self, clerk: int) -> list[int]:
            rows = self.dbs[clerk].execute("SELECT id FROM actions WHERE deleted = 0 ORDER BY id")
            return [r[0] for r in rows]

        def chosen(self, clerk: int, index: int) -> int | None:
            ids = self.action_ids(clerk)
            return ids[index % len(ids)] if ids else None

        @rule(
            clerk=clerk_index, committee=st.sampled_from(["Planning", "Audit"]), n=st.integers(1, 2)
        )
        def import_meeting(self, clerk, committee, n):
            self.meetings += 1
            texts = [f"Action {self.meetings}.{i}" for i in range(n)]
            import_minutes(self.dbs[clerk], committee, date(2025, 1, self.meetings % 28 + 1), texts)

        @rule(clerk=clerk_index, index=pick, status=st.sampled_from(actions.STATUSES))
        def set_status(self, clerk, index, status):
            if (action := self.chosen(clerk, index)) is not None:
                actions.set_status(self.dbs[clerk], action, status)

        @rule(clerk=clerk_index, index=pick, days=st.integers(0, 90))
        def set_due(self, clerk, index, days):
            if (action := self.chosen(clerk, index)) is not None:
                actions.set_due(self.dbs[clerk], action, date(2025, 6, 1) + timedelta(days=days))

        @rule(clerk=clerk_index, index=pick, owner=st.sampled_from(["Sam Jones", "ICB", "MW"]))
        def set_owner(self, clerk, index, owner):
            if (action := self.chosen(clerk, index)) is not None:
                actions.set_owner(self.dbs[clerk], action, owner)

        @rule(clerk=clerk_index, index=pick, note=st.sampled_from(["chased", "draft sent"]))
        def add_note(self, clerk, index, note):
            if (action := self.chosen(clerk, index)) is not None:
                actions.add_note(self.dbs[clerk], action, note)

        @rule(clerk=clerk_index, index=pick)
        def delete(self, clerk, index):
            if (action := self.chosen(clerk, index)) is not None:
                self.dbs[clerk].execute("UPDATE actions SET deleted = 1 WHERE id = ?", [action])

        @rule(clerk=clerk_index)
        def sync(self, clerk):
            report = client.sync(self.dbs[clerk], server_url)
            assert report.skipped == 0, report.skipped_reasons

        def teardown(self):
            try:
                for db in self.dbs + self.dbs:
                    client.sync(db, server_url)
                expected = server_state(server_url)
                for db in self.dbs:
                    assert row_state(db.conn) == expected
                    assert db.execute("SELECT count(*) FROM sync_outbox").fetchone()[0] == 0
                clashes = [
                    [
                        (c.row_uuid, c.field, c.winner_value, c.loser_value)
                        for c in client.conflicts(db)
                    ]
                    for db in self.dbs
                ]

                assert clashes[0] == clashes[1] == clashes[2]
            finally:
                for db in self.dbs:
                    db.close()
                shutil.rmtree(self.folder, ignore_errors=True)

    run_state_machine_as_test(
        ThreeClerks,
        settings=settings(
            max_examples=12,  # about 360 steps of three clerks; the suite stays under 5 min
            stateful_step_count=30,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow],
        ),
    )
