"""Full-text search over minutes, actions and follow-ups."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database


def fts_query(text: str) -> str:
    """Each word as a quoted prefix term, so user text is never read as FTS syntax."""
    words = re.findall(r"\w+", text)
    return " ".join(f'"{w}"*' for w in words)


def search(db: Database, text: str, limit: int = 50) -> list[dict[str, Any]]:
    """Hits of every kind, best first: kind, id, meeting, committee, date, snippet."""
    query = fts_query(text)
    if not query:
        return []
    sql = """
    SELECT * FROM (
      SELECT 'meeting' AS kind, m.id, m.id AS meeting_id, c.name AS committee, m.date,
             snippet(meetings_fts, 1, '«', '»', '…', 12) AS snippet, bm25(meetings_fts) AS rank
      FROM meetings_fts JOIN meetings m ON m.id = meetings_fts.rowid
      LEFT JOIN committees c ON c.id = m.committee_id
      WHERE meetings_fts MATCH :q AND m.deleted = 0
      UNION ALL
      SELECT 'action', a.id, a.meeting_id, c.name, m.date,
             snippet(actions_fts, 0, '«', '»', '…', 12), bm25(actions_fts)
      FROM actions_fts JOIN actions a ON a.id = actions_fts.rowid
      JOIN meetings m ON m.id = a.meeting_id LEFT JOIN committees c ON c.id = m.committee_id
      WHERE actions_fts MATCH :q AND a.deleted = 0
      UNION ALL
      SELECT 'follow-up', f.id, f.meeting_id, c.name, m.date,
             snippet(follow_ups_fts, 0, '«', '»', '…', 12), bm25(follow_ups_fts)
      FROM follow_ups_fts JOIN follow_ups f ON f.id = follow_ups_fts.rowid
      JOIN meetings m ON m.id = f.meeting_id LEFT JOIN committees c ON c.id = m.committee_id
      WHERE follow_ups_fts MATCH :q AND f.deleted = 0
    ) ORDER BY rank LIMIT :limit
    """
    return list(db.query(sql, {"q": query, "limit": limit}))
