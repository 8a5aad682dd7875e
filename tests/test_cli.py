"""The dateline command end to end: real pipeline, real DuckDB files in temporary folders."""

from __future__ import annotations

import json

import duckdb
import pytest
from typer.testing import CliRunner

from dateline.cli import app

runner = CliRunner()
GOOD = {"id": "good-1", "date": "2025-05-20", "text": "Russia and Ukraine accused each other of drone attacks on Monday."}


def run(*args, input=None):
    return runner.invoke(app, [str(a) for a in args], input=input, catch_exceptions=False)


@pytest.fixture
def example(shared_dir):
    return shared_dir / "examples" / "000_a190d13e5a6bcf0f.txt"


def test_extract_prints_the_contract(example):
    result = run("extract", example)
    assert result.exit_code == 0, result.output
    article = json.loads(result.stdout)
    assert set(article) == {"doc", "actors", "times", "statements", "events"}
    assert article["doc"]["date"] == "2025-05-20"
    assert article["events"] and article["statements"] and article["times"] and article["actors"]


def test_extract_jsonl_from_stdin():
    lines = "\n".join(json.dumps({**GOOD, "id": f"n{i}"}) for i in range(3))
    result = run("extract", "--format", "jsonl", "-", input=lines)
    assert result.exit_code == 0, result.output
    ids = [json.loads(line)["doc"]["id"] for line in result.stdout.splitlines()]
    assert ids == ["n0", "n1", "n2"]


def test_extract_plain_text_needs_date(tmp_path):
    path = tmp_path / "plain.txt"
    path.write_text("Protesters marched in Cairo against the government on Friday.")
    result = run("extract", path)
    assert result.exit_code == 2 and "no date" in result.output
    result = run("extract", "--date", "2011-01-29", path)
    assert result.exit_code == 0
    assert json.loads(result.stdout)["doc"]["date"] == "2011-01-29"


def test_ingest_is_idempotent_and_queryable(tmp_path, example):
    db = tmp_path / "d.duckdb"
    first = run("ingest", example, "--db", db)
    assert first.exit_code == 0, first.output
    assert "stored 1" in first.output
    with duckdb.connect(str(db), read_only=True) as con:
        before = {t: con.execute(f"select count(*) from {t}").fetchone()[0]
                  for t in ("articles", "event_mentions", "statements", "mentions", "times")}
    second = run("ingest", example, "--db", db)
    assert second.exit_code == 0 and "already stored 1" in second.output
    with duckdb.connect(str(db), read_only=True) as con:
        after = {t: con.execute(f"select count(*) from {t}").fetchone()[0] for t in before}
    assert after == before and before["event_mentions"] > 0

    events = json.loads(run("events", "--db", db, "--actor", "Putin", "--format", "json").stdout)
    assert events and all("Vladimir Putin" in (e["sources"] or []) + (e["targets"] or []) for e in events)
    consult = json.loads(run("events", "--db", db, "--type", "consult", "--format", "json").stdout)
    assert consult and {e["type"] for e in consult} == {"CONSULT"}
    assert json.loads(run("events", "--db", db, "--since", "2026-01-01", "--format", "json").stdout) == []
    csv_out = run("statements", "--db", db, "--format", "csv").stdout
    assert csv_out.splitlines()[0] == "date,speaker,kind,cue,channel,content,article_id"
    actors = json.loads(run("actors", "--db", db, "--format", "json").stdout)
    assert "Vladimir Putin" in {a["name"] for a in actors}
    table = run("count", "--db", db, "--between", "Trump", "Putin")
    assert table.exit_code == 0 and "events between Trump and Putin" in table.stdout
    counted = json.loads(run("count", "--db", db, "--between", "Trump", "Putin", "--format", "json").stdout)
    assert counted["events"] >= 1 and counted["evidence"]
    unknown = run("count", "--db", db, "--between", "Trump", "Nobody At All")
    assert unknown.exit_code == 1 and "no stored actor" in unknown.output


def test_ingest_records_bad_input_and_goes_on(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_text("")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02\x89PNG")
    (folder / "nodate.txt").write_text("An article with no date line.")
    (folder / "feed.jsonl").write_text(json.dumps(GOOD) + "\n{not json\n")
    db = tmp_path / "d.duckdb"
    result = run("ingest", folder, "--db", db)
    assert result.exit_code == 2
    assert "stored 1" in result.output and "failed 4" in result.output
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("select id from articles").fetchall() == [("good-1",)]
        failures = dict(con.execute("select source || ':' || coalesce(line::varchar, ''), reason from failures").fetchall())
    assert any(k.endswith("feed.jsonl:2") and "invalid JSON" in v for k, v in failures.items())
    assert any(k.endswith("empty.txt:") and "no text" in v for k, v in failures.items())
    assert any(k.endswith("binary.txt:") and "binary" in v for k, v in failures.items())
    assert any(k.endswith("nodate.txt:") and "no date" in v for k, v in failures.items())
    listed = json.loads(run("failures", "--db", db, "--format", "json").stdout)
    assert len(listed) == 4


def test_missing_model_says_how_to_install():
    result = run("extract", "--model", "no_such_pipeline_xyz", "--date", "2025-01-01", "-", input="Text.")
    assert result.exit_code == 1
    assert "not installed" in result.output and "pip install" in result.output


def test_query_without_database(tmp_path):
    result = run("events", "--db", tmp_path / "none.duckdb")
    assert result.exit_code == 1 and "dateline ingest" in result.output


def test_demo_prints_a_timeline(tmp_path, shared_dir, monkeypatch):
    monkeypatch.setenv("DATELINE_SHARED", str(shared_dir))
    db = tmp_path / "demo.duckdb"
    result = run("demo", "--db", db)
    assert result.exit_code == 0, result.output
    assert "ingested 5 demo articles" in result.stdout
    assert "2025-05-19" in result.stdout and "CONSULT" in result.stdout
    # the demo's own articles report four calls; each must keep the day its text gives it
    assert "How many times have Trump and Putin spoken? 4 " in result.stdout
    assert "2025-02-12, 2025-03-18, 2025-05-19, 2025-08-15" in result.stdout


def test_brackets_in_article_text_are_printed_as_written(tmp_path):
    db = tmp_path / "b.duckdb"
    path = tmp_path / "b.jsonl"
    path.write_text(json.dumps({"id": "br", "date": "2025-05-20",
                                "text": "Russia and Ukraine accused each other [of attacks] on Monday."}) + "\n")
    assert run("ingest", path, "--db", db).exit_code == 0
    table = run("events", "--db", db)
    assert "[of" in table.stdout
    counted = run("count", "--db", db, "--between", "Russia", "Ukraine")
    assert "[of attacks]" in counted.stdout


def test_eval_timeml_names_a_bad_json_gold_file_in_one_line(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    bad = gold / "a.json"
    bad.write_text(json.dumps({"id": "a", "date": "2024-03-11", "text": "On Friday.",
                               "timexes": [{"start": 3, "end": 9, "text": "Friday", "type": "DAY", "value": "2024-03-08"}]}))
    result = run("eval", "timeml", gold, "--out", tmp_path / "out")
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert lines == [f"error: {bad}: timex 1: type 'DAY' is not one of DATE, TIME, DURATION, SET"]
