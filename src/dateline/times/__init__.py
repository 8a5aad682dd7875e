"""The temporal stage: TIMEX3 expressions of a document and the dates of its events."""

from dateline.times.anchor import date_for_span
from dateline.times.tag import tag_times

__all__ = ["tag_times", "date_for_span"]
