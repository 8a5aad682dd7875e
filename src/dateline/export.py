"""Articles and query rows → JSON, JSON lines and CSV, following the DESIGN.md output contract."""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from dateline.model import Article, Event, Statement, TimeExpr


def time_to_dict(time: TimeExpr) -> dict[str, Any]:
    out = {"text": time.text, "start": time.start, "end": time.end, "type": time.type, "value": time.value}
    if time.mod:
        out["mod"] = time.mod
    return out


def statement_to_dict(statement: Statement) -> dict[str, Any]:
    return {
        "speaker": statement.speaker,
        "speaker_text": statement.speaker_text,
        "speaker_span": list(statement.speaker_span) if statement.speaker_span else None,
        "cue": statement.cue,
        "kind": statement.kind,
        "content": statement.content,
        "start": statement.start,
        "end": statement.end,
        "channel": statement.channel,
    }


def event_to_dict(event: Event) -> dict[str, Any]:
    return {
        "id": event.id,
        "type": event.type,
        "mode": event.mode,
        "sources": list(event.sources),
        "targets": list(event.targets),
        "date": {"value": event.date.value, "basis": event.date.basis},
        "place": event.place,
        "negated": event.negated,
        "modality": event.modality,
        "trigger": {"text": event.trigger.text, "start": event.trigger.start, "end": event.trigger.end},
        "evidence": {"text": event.evidence.text, "start": event.evidence.start, "end": event.evidence.end},
        "confidence": round(event.confidence, 3),
        "claimed_by": event.claimed_by,
    }


def article_to_dict(article: Article) -> dict[str, Any]:
    doc = article.doc
    spans: dict[str, list[list[int]]] = defaultdict(list)
    for mention in article.mentions:
        spans[mention.actor_id].append([mention.start, mention.end])
    return {
        "doc": {"id": doc.id, "date": doc.date.isoformat(), "title": doc.title, "url": doc.url, "source": doc.source},
        "actors": [
            {"id": a.id, "name": a.name, "kind": a.kind, "country": a.country, "sector": a.sector,
             "mentions": spans.get(a.id, [])}
            for a in article.actors
        ],
        "times": [time_to_dict(t) for t in article.times],
        "statements": [statement_to_dict(s) for s in article.statements],
        "events": [event_to_dict(e) for e in article.events],
    }


def to_json(obj: Any, indent: int | None = 2) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=indent, default=str)


def rows_to_csv(rows: Sequence[dict[str, Any]], columns: Iterable[str] | None = None) -> str:
    buffer = io.StringIO()
    columns = list(columns or (rows[0].keys() if rows else []))
    writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: (json.dumps(v, default=str) if isinstance(v, (list, dict)) else v) for k, v in row.items()})
    return buffer.getvalue()
