"""Parquet shards of the output tables: written by workers anywhere, loaded into DuckDB idempotently.

A shard is a folder ``<shard>/`` holding one ``<table>.parquet`` per table and a ``_SUCCESS`` file written
last, so a shard whose writer died is never loaded. Loading records each shard's name, inserts only
articles the store does not hold yet, and does all of one shard in one transaction.
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import duckdb

from dateline.model import Article
from dateline.read import ReadError
from dateline.store import SCHEMA, TABLE_ORDER, Store, rows_for, write_rows

SUCCESS = "_SUCCESS"
SHARD_TABLES = (*TABLE_ORDER, "failures")


def shard_name(doc_ids: Sequence[str], errors: Sequence[ReadError]) -> str:
    """Named by content, so re-running the same batch finds its finished shard and skips it."""
    key = "\n".join([*doc_ids, *(str(e) for e in errors)])
    return "shard-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]


def write_shard(articles: Sequence[Article], errors: Sequence[ReadError], folder: Path) -> Path:
    """Write one shard folder; a half-written shard stays invisible (no _SUCCESS)."""
    tmp = folder.with_name(folder.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    con = duckdb.connect()
    try:
        con.execute(SCHEMA)
        write_rows(con, rows_for(articles))
        for error in errors:
            con.execute("INSERT INTO failures (source, line, reason) VALUES (?, ?, ?)", [error.source, error.line, error.reason])
        for table in SHARD_TABLES:
            con.execute(f"COPY {table} TO '{tmp / (table + '.parquet')}' (FORMAT parquet)")
    finally:
        con.close()
    (tmp / SUCCESS).write_text("")
    shutil.rmtree(folder, ignore_errors=True)
    tmp.rename(folder)
    return folder


@dataclass
class LoadReport:
    shards: int = 0
    already_loaded: int = 0
    incomplete: int = 0
    articles: int = 0


def finished_shards(shard_dir: Path) -> tuple[list[Path], int]:
    folders = sorted(p for p in shard_dir.iterdir() if p.is_dir() and not p.name.endswith(".tmp"))
    finished = [p for p in folders if (p / SUCCESS).exists()]
    return finished, len(folders) - len(finished)


def load_shards(shard_dir: Path, store: Store) -> LoadReport:
    """Bring every finished shard into the store once; articles already stored are left as they are."""
    con = store.con
    con.execute("CREATE TABLE IF NOT EXISTS loaded_shards (name VARCHAR PRIMARY KEY)")
    report = LoadReport()
    shards, report.incomplete = finished_shards(shard_dir)
    for folder in shards:
        if con.execute("SELECT 1 FROM loaded_shards WHERE name = ?", [folder.name]).fetchone():
            report.already_loaded += 1
            continue
        report.articles += load_one(con, folder)
        report.shards += 1
    return report


def load_one(con: duckdb.DuckDBPyConnection, folder: Path) -> int:
    def parquet(table: str) -> str:
        return f"read_parquet('{folder / (table + '.parquet')}')"

    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(f"CREATE OR REPLACE TEMP TABLE new_ids AS SELECT id FROM {parquet('articles')} "
                    "WHERE id NOT IN (SELECT id FROM articles)")
        con.execute(f"INSERT OR IGNORE INTO actors SELECT * FROM {parquet('actors')}")
        con.execute(f"INSERT INTO articles SELECT * FROM {parquet('articles')} WHERE id IN (SELECT id FROM new_ids)")
        for table in ("mentions", "times", "statements"):
            con.execute(f"INSERT INTO {table} SELECT * FROM {parquet(table)} WHERE article_id IN (SELECT id FROM new_ids)")
        con.execute(f"CREATE OR REPLACE TEMP TABLE new_events AS SELECT id FROM {parquet('event_mentions')} "
                    "WHERE article_id IN (SELECT id FROM new_ids) AND id NOT IN (SELECT id FROM event_mentions)")
        con.execute(f"INSERT INTO event_mentions SELECT * FROM {parquet('event_mentions')} WHERE id IN (SELECT id FROM new_events)")
        con.execute(f"INSERT INTO event_actors SELECT * FROM {parquet('event_actors')} WHERE event_id IN (SELECT id FROM new_events)")
        con.execute(
            f"INSERT INTO failures SELECT f.* FROM {parquet('failures')} f WHERE NOT EXISTS (SELECT 1 FROM failures g "
            "WHERE g.source = f.source AND g.line IS NOT DISTINCT FROM f.line AND g.reason = f.reason)"
        )
        added = con.execute("SELECT count(*) FROM new_ids").fetchone()[0]
        con.execute("INSERT INTO loaded_shards VALUES (?)", [folder.name])
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return added
