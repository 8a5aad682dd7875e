"""Helpers for tests that need a small real corpus: articles read from ../shared at test time, never copied."""

from __future__ import annotations

import json
from itertools import islice
from pathlib import Path

import duckdb

TABLES = ("articles", "actors", "mentions", "times", "statements", "event_mentions", "event_actors", "failures")


def real_articles(shared_dir: Path, count: int, name: str = "LibyaWar_reuters.jsonl") -> list[dict]:
    with open(shared_dir / "corpora" / "timeline17" / name, encoding="utf-8") as handle:
        return [json.loads(line) for line in islice(handle, count)]


def write_jsonl(path: Path, objects) -> Path:
    path.write_text("".join(json.dumps(o) + "\n" for o in objects), encoding="utf-8")
    return path


def table_counts(db: Path) -> dict[str, int]:
    with duckdb.connect(str(db), read_only=True) as con:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def table_rows(db: Path, table: str, order: str) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(f"SELECT * FROM {table} ORDER BY {order}").fetchall()
