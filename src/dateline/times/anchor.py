"""Event dates: the temporal expression that governs an event trigger.

The search widens step by step: the clause of the trigger (the dependency subtree of its head
verb), then the clauses of its sentence that dominate it, then the narrative's reference time (the
last dated expression of the earlier sentences that is close to the publication date). Only when the text gives nothing
does the event take the publication date.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc, Span, Token

from dateline.model import EventDate, TimeExpr
from dateline.times.tag import clause_verb

# values that can date an event: a calendar date of any precision, with an optional part of day
DATABLE = re.compile(r"\d{4}(-(\d{2}|W\d{2}|Q\d|H\d|SP|SU|FA|WI)(-(\d{2}|WE))?)?(T[\w:]+)?$")
DAY_OR_MONTH = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?")
CLAUSE_DEPS = {"relcl", "advcl", "ccomp", "csubj", "acl", "conj", "parataxis", "xcomp"}
REFERENCE_WINDOW = dt.timedelta(days=31)  # how far back a narrative reference time may lie
HEAD_VERB_HOPS = 8  # how many heads up from an event trigger the verb of its clause is looked for


def date_for_span(doc: Doc, start: int, end: int, times: list[TimeExpr], publication_date: dt.date) -> EventDate:
    """The date of the event whose trigger is at characters [start, end) of doc.text."""
    trigger = doc.char_span(start, end, alignment_mode="expand")
    datable = [t for t in times if t.type in ("DATE", "TIME") and DATABLE.match(t.value)]
    if trigger is not None and datable:
        chosen = _in_clause(trigger, datable) or _in_sentence(trigger, datable)
        chosen = chosen or _reference_time(trigger, times, publication_date)
        if chosen is not None:
            return EventDate(chosen.value, "text")
    return EventDate(publication_date.isoformat(), "publication")


def _head_verb(token: Token) -> Token:
    """The verb of the clause an event trigger stands in (the trigger itself when it is a verb)."""
    return clause_verb(token, HEAD_VERB_HOPS)


def _nearest(trigger: Span, candidates: list[TimeExpr]) -> TimeExpr | None:
    if not candidates:
        return None
    return min(candidates, key=lambda t: min(abs(t.start - trigger.end_char), abs(trigger.start_char - t.end)))


def _clause(verb: Token) -> set[int]:
    """Token indices of the verb's clause: its subtree without the clauses embedded in it."""
    inside, stack = set(), [verb]
    while stack:
        token = stack.pop()
        inside.add(token.i)
        stack.extend(c for c in token.children if not (c.dep_ in CLAUSE_DEPS and c.pos_ in ("VERB", "AUX")))
    return inside


def _in_clause(trigger: Span, times: list[TimeExpr]) -> TimeExpr | None:
    doc = trigger.doc
    clause = _clause(_head_verb(trigger.root))
    found = []
    for time in times:
        span = doc.char_span(time.start, time.end, alignment_mode="expand")
        if span is not None and span.root.i in clause:
            found.append(time)
    return _nearest(trigger, found)


def _in_sentence(trigger: Span, times: list[TimeExpr]) -> TimeExpr | None:
    """The nearest time of the sentence whose clause dominates the trigger's clause.

    A time inside another embedded clause dates that clause's own event ("they spoke since Trump was
    inaugurated in January": January dates the inauguration, not the talks).
    """
    doc, sent = trigger.doc, trigger.sent
    verb = _head_verb(trigger.root)
    # coordinated verbs share an adjunct the parser hangs on the last one ("was released and returned in October")
    dominating = {t.i for t in verb.ancestors} | {verb.i} | {c.i for c in verb.children if c.dep_ == "conj"}
    found = []
    for time in times:
        if not (sent.start_char <= time.start and time.end <= sent.end_char):
            continue
        span = doc.char_span(time.start, time.end, alignment_mode="expand")
        if span is not None and _head_verb(span.root).i in dominating:
            found.append(time)
    return _nearest(trigger, found)


def _reference_time(trigger: Span, times: list[TimeExpr], publication_date: dt.date) -> TimeExpr | None:
    """The last recent day-precise date before the trigger's sentence: the narrative's time.

    A month ("in December") sets a scene but is too coarse to date the events told after it."""
    earlier = [t for t in times if t.end <= trigger.sent.start_char and t.type in ("DATE", "TIME")
               and (m := DAY_OR_MONTH.match(t.value)) and m.group(3) and _is_recent(t.value, publication_date)]
    return max(earlier, key=lambda t: t.start) if earlier else None


def _is_recent(value: str, publication_date: dt.date) -> bool:
    """A day or month that lies within the reference window before (or the day after) publication."""
    year, month, day = DAY_OR_MONTH.match(value).groups()
    first = dt.date(int(year), int(month), int(day or 1))
    if day:
        last = first
    else:
        last = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    return first <= publication_date + dt.timedelta(days=1) and last >= publication_date - REFERENCE_WINDOW
