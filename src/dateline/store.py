"""DuckDB store: schema, idempotent batch writes, failures, and the queries behind the CLI.

What each article says (event *mentions*, with their evidence) is stored apart from any clustering into
real-world events, so re-clustering never loses evidence. Every batch is one transaction: a crash leaves
either the whole batch or none of it, and a re-run skips the articles already stored.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import duckdb

from dateline.model import Article
from dateline.read import ReadError

DB_ENV = "DATELINE_DB"
DEFAULT_DB = "dateline.duckdb"

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY, date DATE NOT NULL, title VARCHAR, url VARCHAR, source VARCHAR,
    text VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS actors (
    id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, kind VARCHAR, country VARCHAR, sector VARCHAR
);
CREATE TABLE IF NOT EXISTS mentions (
    article_id VARCHAR NOT NULL, actor_id VARCHAR NOT NULL, start INTEGER, "end" INTEGER,
    text VARCHAR, how VARCHAR
);
CREATE TABLE IF NOT EXISTS times (
    article_id VARCHAR NOT NULL, start INTEGER, "end" INTEGER, text VARCHAR, type VARCHAR,
    value VARCHAR, mod VARCHAR
);
CREATE TABLE IF NOT EXISTS statements (
    article_id VARCHAR NOT NULL, idx INTEGER, kind VARCHAR, cue VARCHAR, content VARCHAR,
    start INTEGER, "end" INTEGER, speaker VARCHAR, speaker_text VARCHAR, speaker_start INTEGER,
    speaker_end INTEGER, channel VARCHAR
);
CREATE TABLE IF NOT EXISTS event_mentions (
    id VARCHAR PRIMARY KEY, article_id VARCHAR NOT NULL, type VARCHAR NOT NULL, mode VARCHAR,
    date_value VARCHAR, date_basis VARCHAR, date_start DATE, place VARCHAR, negated BOOLEAN,
    modality VARCHAR, trigger_text VARCHAR, trigger_start INTEGER, trigger_end INTEGER,
    evidence_text VARCHAR, evidence_start INTEGER, evidence_end INTEGER, confidence DOUBLE,
    claimed_by VARCHAR
);
CREATE TABLE IF NOT EXISTS event_actors (
    event_id VARCHAR NOT NULL, actor_id VARCHAR NOT NULL, role VARCHAR NOT NULL, pos INTEGER
);
CREATE TABLE IF NOT EXISTS failures (
    source VARCHAR NOT NULL, line INTEGER, reason VARCHAR NOT NULL,
    recorded_at TIMESTAMP DEFAULT current_timestamp
);
"""

ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
ISO_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
ISO_WEEK = re.compile(r"^(\d{4})-W(\d{2})")
ISO_YEAR = re.compile(r"^(\d{4})$")


def default_db_path() -> Path:
    return Path(os.environ.get(DB_ENV) or DEFAULT_DB)


def date_floor(value: str | None) -> dt.date | None:
    """The first day a TIMEX3 date value can mean (2025-05 → 2025-05-01), for range filters."""
    if not value:
        return None
    try:
        if match := ISO_DAY.match(value):
            return dt.date(*map(int, match.groups()))
        if match := ISO_MONTH.match(value):
            return dt.date(int(match[1]), int(match[2]), 1)
        if match := ISO_WEEK.match(value):
            return dt.date.fromisocalendar(int(match[1]), int(match[2]), 1)
        if match := ISO_YEAR.match(value):
            return dt.date(int(match[1]), 1, 1)
    except ValueError:
        return None
    return None


class Store:
    """One DuckDB file holding articles, what was found in them, and what failed."""

    def __init__(self, path: Path | str | None = None, read_only: bool = False):
        self.path = Path(path) if path else default_db_path()
        if read_only and not self.path.exists():
            raise FileNotFoundError(f"no database at {self.path} (run 'dateline ingest' first, or pass --db)")
        self.con = duckdb.connect(str(self.path), read_only=read_only)
        if not read_only:
            self.con.execute(SCHEMA)

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- writing ---------------------------------------------------------------------------------

    def known_ids(self, ids: Iterable[str]) -> set[str]:
        ids = list(dict.fromkeys(ids))
        if not ids:
            return set()
        rows = self.con.execute("SELECT id FROM articles WHERE id IN (SELECT unnest(?))", [ids]).fetchall()
        return {row[0] for row in rows}

    def add_articles(self, articles: Sequence[Article]) -> int:
        """Store a batch in one transaction; articles already stored are left as they are. Returns how many were new."""
        seen = self.known_ids(a.doc.id for a in articles)
        fresh = []
        for article in articles:  # the same id twice in one batch: keep the first
            if article.doc.id not in seen:
                seen.add(article.doc.id)
                fresh.append(article)
        if not fresh:
            return 0
        rows = rows_for(fresh)
        self.con.execute("BEGIN TRANSACTION")
        try:
            write_rows(self.con, rows)
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        return len(fresh)

    def record_failures(self, errors: Sequence[ReadError]) -> None:
        """Record failures once each: the same bad line read again is not a new failure."""
        for error in errors:
            self.con.execute(
                "INSERT INTO failures (source, line, reason) SELECT ?, ?, ? WHERE NOT EXISTS ("
                "SELECT 1 FROM failures WHERE source = ? AND line IS NOT DISTINCT FROM ? AND reason = ?)",
                [error.source, error.line, error.reason, error.source, error.line, error.reason],
            )

    # -- reading ---------------------------------------------------------------------------------

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cursor = self.con.execute(sql, list(params))
        columns = [d[0] for d in cursor.description]
        return [dict(zip(columns, row)) for row in cursor.fetchall()]

    def counts(self) -> dict[str, int]:
        tables = ("articles", "actors", "mentions", "times", "statements", "event_mentions", "failures")
        return {t: self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}

    def actor_ids(self, name: str) -> list[str]:
        """Actors a user means by a name: an exact id or name, else a knowledge-base alias or surname
        ("Kadhafi", "Zelensky"), else stored names containing it."""
        exact = self.query("SELECT id FROM actors WHERE id = ? OR lower(name) = lower(?)", [name, name])
        if exact:
            return [r["id"] for r in exact]
        from dateline.actors import load_kb

        kb = load_kb()
        known = kb.lookup_name(name) or [i for i in [kb.lookup_surname(name)] if i]
        stored = self.query("SELECT id FROM actors WHERE id IN (SELECT unnest(?))", [known]) if known else []
        if stored:
            return [r["id"] for r in stored]
        return [r["id"] for r in self.query("SELECT id FROM actors WHERE name ILIKE ?", [f"%{name}%"])]

    def events(self, actor: str | None = None, type: str | None = None, since: dt.date | None = None,
               until: dt.date | None = None, limit: int | None = None) -> list[dict[str, Any]]:
        where = Where()
        where.add_if(actor, "e.id IN (SELECT event_id FROM event_actors WHERE actor_id IN (SELECT unnest(?)))",
                     lambda: self.actor_ids(actor))
        where.add_if(type, "e.type = ?", lambda: type.upper())
        where.add_if(since, "e.date_start >= ?", lambda: since)
        where.add_if(until, "e.date_start <= ?", lambda: until)
        sql = f"""
            SELECT e.id, e.date_value AS date, e.date_basis, e.type, e.mode,
                   {actor_list_sql('source')} AS sources, {actor_list_sql('target')} AS targets,
                   e.negated, e.modality, e.trigger_text AS trigger, e.evidence_text AS evidence,
                   e.confidence, e.article_id, e.place
            FROM event_mentions e WHERE {where.sql}
            ORDER BY e.date_start NULLS LAST, e.article_id, e.trigger_start {limit_sql(limit)}
        """
        return self.query(sql, where.params)

    def statements(self, actor: str | None = None, kind: str | None = None, since: dt.date | None = None,
                   until: dt.date | None = None, limit: int | None = None) -> list[dict[str, Any]]:
        where = Where()
        where.add_if(actor, "s.speaker IN (SELECT unnest(?))", lambda: self.actor_ids(actor))
        where.add_if(kind, "s.kind = ?", lambda: kind.lower())
        where.add_if(since, "a.date >= ?", lambda: since)
        where.add_if(until, "a.date <= ?", lambda: until)
        sql = f"""
            SELECT a.date, coalesce(ac.name, s.speaker_text) AS speaker, s.speaker AS speaker_id, s.kind, s.cue,
                   s.channel, s.content, s.article_id
            FROM statements s JOIN articles a ON a.id = s.article_id LEFT JOIN actors ac ON ac.id = s.speaker
            WHERE {where.sql} ORDER BY a.date, s.article_id, s.start {limit_sql(limit)}
        """
        return self.query(sql, where.params)

    def actors(self, actor: str | None = None, type: str | None = None, since: dt.date | None = None,
               until: dt.date | None = None, limit: int | None = None) -> list[dict[str, Any]]:
        """Actors with their mention counts; ``since``/``until`` count only mentions in articles of those dates."""
        mentions = Where()
        mentions.add_if(since, "a.date >= ?", lambda: since)
        mentions.add_if(until, "a.date <= ?", lambda: until)
        where = Where()
        where.add_if(actor, "ac.id IN (SELECT unnest(?))", lambda: self.actor_ids(actor))
        where.add_if(type, "ac.kind = ?", lambda: type.lower())
        sql = f"""
            SELECT ac.id, ac.name, ac.kind, ac.country, ac.sector,
                   count(m.actor_id) AS mentions, count(DISTINCT m.article_id) AS articles
            FROM actors ac JOIN mentions m ON m.actor_id = ac.id
            WHERE m.article_id IN (SELECT a.id FROM articles a WHERE {mentions.sql}) AND {where.sql}
            GROUP BY ALL ORDER BY mentions DESC, ac.name {limit_sql(limit)}
        """
        return self.query(sql, mentions.params + where.params)

    def between(self, first: str, second: str, type: str | None = None, since: dt.date | None = None,
                until: dt.date | None = None) -> list[dict[str, Any]]:
        """Event mentions in which an actor named ``first`` and one named ``second`` both take part."""
        a_ids, b_ids = self.actor_ids(first), self.actor_ids(second)
        if not a_ids or not b_ids:
            return []
        rows = self.events(type=type, since=since, until=until)
        if not rows:
            return []
        involved = self.query(
            "SELECT event_id, list(DISTINCT actor_id) AS ids FROM event_actors WHERE event_id IN (SELECT unnest(?)) GROUP BY event_id",
            [[r["id"] for r in rows]],
        )
        ids_by_event = {r["event_id"]: set(r["ids"]) for r in involved}
        a_set, b_set = set(a_ids), set(b_ids)
        return [
            r for r in rows
            if (ids := ids_by_event.get(r["id"], set())) & a_set and ids & b_set and len(ids & (a_set | b_set)) >= 2
        ]

    def failures(self) -> list[dict[str, Any]]:
        return self.query("SELECT source, line, reason, recorded_at FROM failures ORDER BY recorded_at, source, line")


class Where:
    """A WHERE clause built from optional filters, with its parameters in order."""

    def __init__(self) -> None:
        self.clauses: list[str] = ["TRUE"]
        self.params: list[Any] = []

    def add_if(self, given: object, clause: str, param: Callable[[], Any]) -> None:
        if given:
            self.clauses.append(clause)
            self.params.append(param())

    @property
    def sql(self) -> str:
        return " AND ".join(self.clauses)


def limit_sql(limit: int | None) -> str:
    return f"LIMIT {int(limit)}" if limit else ""


def actor_list_sql(role: str) -> str:
    return (
        "(SELECT list(coalesce(a.name, ea.actor_id) ORDER BY ea.pos) FROM event_actors ea "
        f"LEFT JOIN actors a ON a.id = ea.actor_id WHERE ea.event_id = e.id AND ea.role = '{role}')"
    )


def calendar_day(value: str) -> str:
    """The day a TIMEX3 value names, without its time of day (2025-05-19TNI → 2025-05-19)."""
    match = ISO_DAY.match(value or "")
    return match.group(0) if match else value


def cluster_events(rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Group event mentions that report one real-world event: same type on the same date from the text.

    Used for counts between a pair of actors, where the pair is already fixed. Times of day are ignored
    (a call "yesterday" and the same call "last night" are one event). A mention dated only by its
    publication date joins the same article's text-dated cluster of its type (an article that tells of
    "the call" means the call it dated); failing that it stays a cluster of its own, since its real date
    is unknown.
    """
    clusters: dict[tuple, dict[str, Any]] = {}
    undated = []
    for row in rows:
        if row["date_basis"] != "text":
            undated.append(row)
            continue
        day = calendar_day(row["date"])
        cluster = clusters.setdefault((row["type"], day), {"type": row["type"], "date": day, "mentions": []})
        cluster["mentions"].append(row)
    for row in undated:
        same_article = [
            c for c in clusters.values()
            if c["type"] == row["type"] and any(m["article_id"] == row["article_id"] and m["date_basis"] == "text" for m in c["mentions"])
        ]
        if same_article:
            best = max(same_article, key=lambda c: (sum(m["article_id"] == row["article_id"] for m in c["mentions"]), c["date"]))
            best["mentions"].append(row)
        else:
            key = (row["type"], row["date"], row["article_id"])
            clusters.setdefault(key, {"type": row["type"], "date": row["date"], "mentions": []})["mentions"].append(row)
    return sorted(clusters.values(), key=lambda c: (c["date"] or "", c["type"]))


TABLE_ORDER = ("actors", "articles", "mentions", "times", "statements", "event_mentions", "event_actors")
# Tables whose primary key may meet a row already stored: the stored row wins.
IGNORE_CONFLICTS = {"actors", "event_mentions"}


def insert_rows(con: duckdb.DuckDBPyConnection, table: str, rows: Sequence[tuple]) -> None:
    """Insert rows column-wise (one list parameter per column): far faster in DuckDB than executemany."""
    if not rows:
        return
    columns = [list(column) for column in zip(*rows)]
    select = ", ".join("unnest(?)" for _ in columns)
    verb = "INSERT OR IGNORE" if table in IGNORE_CONFLICTS else "INSERT"
    con.execute(f"{verb} INTO {table} SELECT {select}", columns)


def write_rows(con: duckdb.DuckDBPyConnection, rows: dict[str, list[tuple]]) -> None:
    for table in TABLE_ORDER:
        insert_rows(con, table, rows[table])


def rows_for(articles: Sequence[Article]) -> dict[str, list[tuple]]:
    """The table rows that store a batch of articles."""
    rows: dict[str, list[tuple]] = {k: [] for k in (
        "articles", "actors", "mentions", "times", "statements", "event_mentions", "event_actors")}
    actors: dict[str, tuple] = {}  # one row per actor id in a batch
    for article in articles:
        doc = article.doc
        rows["articles"].append((doc.id, doc.date, doc.title, doc.url, doc.source, doc.text))
        for a in article.actors:
            actors.setdefault(a.id, (a.id, a.name, a.kind, a.country, a.sector))
        rows["mentions"].extend((doc.id, m.actor_id, m.start, m.end, m.text, m.how) for m in article.mentions)
        rows["times"].extend((doc.id, t.start, t.end, t.text, t.type, t.value, t.mod) for t in article.times)
        for idx, s in enumerate(article.statements):
            span = s.speaker_span or (None, None)
            rows["statements"].append((doc.id, idx, s.kind, s.cue, s.content, s.start, s.end, s.speaker,
                                       s.speaker_text, span[0], span[1], s.channel))
        for e in article.events:
            rows["event_mentions"].append((
                e.id, doc.id, e.type, e.mode, e.date.value, e.date.basis, date_floor(e.date.value), e.place,
                e.negated, e.modality, e.trigger.text, e.trigger.start, e.trigger.end, e.evidence.text,
                e.evidence.start, e.evidence.end, e.confidence, e.claimed_by,
            ))
            rows["event_actors"].extend((e.id, actor, "source", pos) for pos, actor in enumerate(e.sources))
            rows["event_actors"].extend((e.id, actor, "target", pos) for pos, actor in enumerate(e.targets))
    rows["actors"] = list(actors.values())
    return rows
