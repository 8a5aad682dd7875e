"""The record types passed between stages: the one contract of the pipeline.

Every offset is a character offset into ``Document.text`` (end exclusive).
Records are frozen so that a stage can never change what an earlier stage produced.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
MODALITIES = ("asserted", "future", "hypothetical", "requested", "denied")
ACTOR_KINDS = ("person", "organization", "country", "group", "media")
STATEMENT_KINDS = ("direct", "indirect", "mixed")


@dataclass(frozen=True)
class Document:
    """One article as read from its source, before any analysis."""

    id: str
    date: dt.date
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None


@dataclass(frozen=True)
class Span:
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Actor:
    """A canonical actor: a Wikidata QID where the knowledge base knows it, else a local ``x:`` id."""

    id: str
    name: str
    kind: str  # one of ACTOR_KINDS
    country: str | None = None  # ISO 3166 alpha-3, or "IGO"
    sector: str | None = None  # GOV, MIL, REB, IGO, MED, ...


@dataclass(frozen=True)
class Mention:
    """A stretch of text that refers to an actor."""

    actor_id: str
    start: int
    end: int
    text: str
    # how the link was made: name (KB name/alias), title ("the German Chancellor"),
    # ner (unknown entity from spaCy), description ("Libyan rebels"), pronoun, demonym
    how: str = "name"


@dataclass(frozen=True)
class TimeExpr:
    """A TIMEX3 temporal expression with its value resolved against the publication date."""

    text: str
    start: int
    end: int
    type: str  # DATE, TIME, DURATION, SET
    value: str  # TIMEX3 value: 2025-05-19, 2025-01, PT2H, XXXX-WXX-5, 2025-05-19TNI, PAST_REF...
    mod: str | None = None  # TIMEX3 mod where the text gives one: BEFORE, AFTER, APPROX, START...


@dataclass(frozen=True)
class Statement:
    """Something an actor said: a direct quote, reported speech, or both (mixed)."""

    kind: str  # one of STATEMENT_KINDS
    cue: str | None
    content: str
    start: int
    end: int
    speaker: str | None = None  # actor id
    speaker_text: str | None = None
    speaker_span: tuple[int, int] | None = None
    channel: str | None = None  # "TASS", "Truth Social", ...
    cue_span: tuple[int, int] | None = None


@dataclass(frozen=True)
class EventDate:
    value: str  # a TIMEX3 date value
    basis: str  # "text" or "publication"


@dataclass(frozen=True)
class Event:
    """One event mention: what one sentence of one article says happened (or was said, asked...)."""

    id: str
    type: str  # one of PLOVER_TYPES
    mode: str | None
    sources: tuple[str, ...]
    targets: tuple[str, ...]
    date: EventDate
    trigger: Span
    evidence: Span
    place: str | None = None
    negated: bool = False
    modality: str = "asserted"  # one of MODALITIES
    confidence: float = 0.5
    claimed_by: str | None = None  # actor id when the event sits inside someone's statement


@dataclass(frozen=True)
class Article:
    """Everything dateline found in one document."""

    doc: Document
    actors: tuple[Actor, ...] = ()
    mentions: tuple[Mention, ...] = ()
    times: tuple[TimeExpr, ...] = ()
    statements: tuple[Statement, ...] = ()
    events: tuple[Event, ...] = ()
    extra: dict = field(default_factory=dict, compare=False)
