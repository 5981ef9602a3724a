"""Reconciliation: the progress later minutes report on open actions, proposed to the clerk,
who accepts (the action changes, with the passage in its history) or rejects each."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from clerk_tui.store.reconciliation import (
    accept_proposal,
    list_proposals,
    propose_reconciliation,
    reject_proposal,
)

if TYPE_CHECKING:
    from sqlite_utils import Database

__all__ = [
    "accept_proposal",
    "decide",
    "list_proposals",
    "propose_reconciliation",
    "reject_proposal",
]


def decide(db: Database, proposal_id: int, accept: bool) -> list[dict[str, Any]]:
    """Accept or reject one proposal; the pending proposals left."""
    (accept_proposal if accept else reject_proposal)(db, proposal_id)
    return list_proposals(db)
