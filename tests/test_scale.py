"""Parallel ingestion, Dask shards and crash safety, each checked against a plain one-process ingest."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest
from typer.testing import CliRunner

from corpus import real_articles, table_counts, table_rows, write_jsonl
from dateline.cli import app

runner = CliRunner()
CONTENT_TABLES = ("articles", "mentions", "times", "statements", "event_mentions", "event_actors")


def cli(*args):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(scope="module")
def corpus(shared_dir, tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    return write_jsonl(folder / "articles.jsonl", real_articles(shared_dir, 24))


@pytest.fixture(scope="module")
def reference_db(corpus, tmp_path_factory):
    db = tmp_path_factory.mktemp("ref") / "ref.duckdb"
    result = cli("ingest", corpus, "--db", db, "--batch-size", "5")
    assert result.exit_code == 0, result.output
    return db


def assert_same_content(db, reference):
    for table in CONTENT_TABLES:
        order = "id" if table in ("articles", "event_mentions") else "ALL"
        assert table_rows(db, table, order) == table_rows(reference, table, order), table


def test_two_workers_store_exactly_what_one_does(corpus, reference_db, tmp_path):
    db = tmp_path / "j2.duckdb"
    result = cli("ingest", corpus, "--db", db, "-j", "2", "--batch-size", "3")
    assert result.exit_code == 0, result.output
    assert table_counts(db)["articles"] == 24
    assert_same_content(db, reference_db)
    again = cli("ingest", corpus, "--db", db, "-j", "2")
    assert "already stored 24" in again.output and table_counts(db) == table_counts(reference_db)


def test_dask_shards_load_idempotently(corpus, reference_db, tmp_path):
    pytest.importorskip("distributed")
    db, shards = tmp_path / "dask.duckdb", tmp_path / "shards"
    result = cli("ingest", corpus, "--db", db, "--dask", "local:2", "--shards", shards, "--batch-size", "5")
    assert result.exit_code == 0, result.output
    assert "5 written" in result.output
    assert len([p for p in shards.iterdir() if (p / "_SUCCESS").exists()]) == 5
    assert_same_content(db, reference_db)
    reload = cli("load", shards, "--db", db)
    assert "loaded 0 shards" in reload.output and "5 already loaded" in reload.output
    fresh = tmp_path / "fresh.duckdb"
    assert "loaded 5 shards (24 new articles)" in cli("load", shards, "--db", fresh).output
    assert_same_content(fresh, reference_db)


def test_unfinished_shards_are_not_loaded(tmp_path):
    from dateline.shards import load_shards, write_shard
    from dateline.store import Store

    (tmp_path / "shard-half").mkdir()  # a writer died before _SUCCESS
    write_shard([], [], tmp_path / "shard-empty")
    with Store(tmp_path / "d.duckdb") as store:
        report = load_shards(tmp_path, store)
    assert (report.shards, report.incomplete) == (1, 1)


@pytest.mark.parametrize("kill_after", [3.0, 6.0])
def test_sigkill_leaves_a_consistent_store_and_a_rerun_completes_it(corpus, reference_db, tmp_path, kill_after):
    db = tmp_path / "crash.duckdb"
    command = [sys.executable, "-m", "dateline", "ingest", str(corpus), "--db", str(db), "--batch-size", "2"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(kill_after)
    if process.poll() is None:
        os.kill(process.pid, signal.SIGKILL)
    process.wait()
    if db.exists():
        partial = table_counts(db)
        assert partial["articles"] <= 24
        # every stored article is stored whole: its rows equal the reference rows for the same articles
        stored = {row[0] for row in table_rows(db, "articles", "id")}
        reference_events = [r for r in table_rows(reference_db, "event_mentions", "id") if r[1] in stored]
        assert table_rows(db, "event_mentions", "id") == reference_events
    finished = subprocess.run(command, capture_output=True, text=True)
    assert finished.returncode == 0, finished.stderr
    assert_same_content(db, reference_db)
