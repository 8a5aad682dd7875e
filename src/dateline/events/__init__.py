"""Events stage: PLOVER events (who did what to whom, when, where) from the parse and earlier stages."""

from dateline.events.code import code_events, event_id, plover_category

__all__ = ["code_events", "event_id", "plover_category"]
