"""Follow-ups: what must come back to a committee, and marking it scheduled or done."""

from __future__ import annotations

from clerk_tui.store.follow_ups import list_follow_ups, set_follow_up_status

__all__ = ["list_follow_ups", "set_follow_up_status"]
