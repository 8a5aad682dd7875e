"""TimeML reading and writing, the TempEval-3 style scorer, and evaluate_timeml on a small fixture."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from dateline.gold_refs import GoldError
from dateline.model import TimeExpr
from dateline.times.timeml import (
    Timex,
    compare,
    evaluate_timeml,
    read_gold_dir,
    read_timeml,
    read_timex_json,
    scores,
    write_timeml,
)

FIXTURES = Path(__file__).parent / "fixtures" / "timeml"


def test_read_timeml_gets_dct_text_and_gold_offsets():
    document = read_timeml(FIXTURES / "sample_dct.tml")
    assert document.dct == dt.date(2025, 5, 20)
    assert "launched & shot down" in document.text  # entities decoded
    assert "<" not in document.text
    assert [(t.text, t.type, t.value) for t in document.timexes][:3] == [
        ("two hours", "DURATION", "PT2H"), ("yesterday", "DATE", "2025-05-19"), ("January", "DATE", "2025-01")]
    for timex in document.timexes:
        assert document.text[timex.start : timex.end] == timex.text


def test_dct_with_a_time_of_day_gives_its_date():
    assert read_timeml(FIXTURES / "sample_misses.tml").dct == dt.date(1998, 2, 13)


def test_write_then_read_round_trips(tmp_path):
    document = read_timeml(FIXTURES / "sample_dct.tml")
    times = [TimeExpr("yesterday", 53, 62, "DATE", "2025-05-19"), TimeExpr("two hours", 30, 39, "DURATION", "PT2H", "APPROX")]
    write_timeml(document, times, tmp_path / "out.tml")
    written = (tmp_path / "out.tml").read_text(encoding="utf-8")
    assert 'functionInDocument="CREATION_TIME"' in written  # the DCT is kept
    assert "&amp;" in written and "<TLINK" not in written
    assert 'tid="t1" type="DURATION" value="PT2H" mod="APPROX"' in written
    again = read_timeml(tmp_path / "out.tml")
    assert again.text == document.text
    assert [(t.start, t.end, t.value) for t in again.timexes] == [(30, 39, "PT2H"), (53, 62, "2025-05-19")]


def test_scorer_on_hand_made_pairs():
    gold = [Timex(0, 9, "DATE", "2025-05-19"), Timex(20, 29, "DURATION", "PT2H"), Timex(40, 47, "DATE", "2025-01")]
    system = [
        Timex(0, 9, "DATE", "2025-05-19"),  # exact, right value
        Timex(16, 29, "DURATION", "PT3H"),  # overlaps, wrong value, right type
        Timex(60, 65, "DATE", "2025-05-20"),  # spurious
    ]
    counts = compare(gold, system)
    assert (counts.gold, counts.system, counts.strict, counts.relaxed, counts.value, counts.type) == (3, 3, 1, 2, 1, 2)
    result = scores(counts)
    assert result["strict_f1"] == pytest.approx(33.33, abs=0.01)
    assert result["relaxed_f1"] == pytest.approx(66.67, abs=0.01)
    assert result["value_f1"] == pytest.approx(33.33, abs=0.01)
    assert result["type_f1"] == pytest.approx(66.67, abs=0.01)


def test_scorer_matches_one_to_one_and_handles_empty_sides():
    gold = [Timex(0, 5, "DATE", "2025"), Timex(6, 10, "DATE", "2025-01")]
    one_long = [Timex(0, 10, "DATE", "2025")]  # overlaps both gold spans, counts once
    counts = compare(gold, one_long)
    assert (counts.relaxed, counts.strict, counts.value) == (1, 0, 1)
    result = scores(counts)
    assert result["relaxed_precision"] == 100.0 and result["relaxed_recall"] == 50.0
    assert scores(compare([], []))["strict_f1"] == 0.0
    assert scores(compare(gold, []))["relaxed_recall"] == 0.0


def test_evaluate_timeml_on_fixture(nlp, tmp_path):
    result = evaluate_timeml(FIXTURES, tmp_path, nlp)
    assert result["files"] == 2
    assert sorted(p.name for p in tmp_path.glob("*.tml")) == ["sample_dct.tml", "sample_misses.tml"]
    assert (result["gold"], result["system"]) == (9, 9)
    assert result["strict_f1"] == result["relaxed_f1"] == 100.0
    # "the coming year" is annotated as a DURATION and tagged as the DATE 1999
    assert result["value_f1"] == pytest.approx(100 * 8 / 9, abs=0.01)
    assert result["type_f1"] == pytest.approx(100 * 8 / 9, abs=0.01)
    tagged = read_timeml(tmp_path / "sample_dct.tml")
    assert [(t.text, t.value) for t in tagged.timexes] == [(t.text, t.value) for t in read_timeml(FIXTURES / "sample_dct.tml").timexes]


# ---- JSON gold: TIMEX3 gold that points into the shared corpora instead of carrying the text

JSON_TEXT = "Talks ended on Friday. They will resume in two weeks."
JSON_GOLD = {
    "id": "talks", "date": "2024-03-11", "text": JSON_TEXT,
    "timexes": [
        {"start": 15, "end": 21, "text": "Friday", "type": "DATE", "value": "2024-03-08"},
        {"start": 43, "end": 52, "text": "two weeks", "type": "DURATION", "value": "P2W"},
    ],
}


def _write_gold(folder: Path, name: str, data) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def test_json_gold_reads_as_a_timeml_document(tmp_path):
    document = read_timex_json(_write_gold(tmp_path, "talks.json", JSON_GOLD))
    assert document.text == JSON_TEXT and document.dct == dt.date(2024, 3, 11)
    assert [(t.text, t.type, t.value) for t in document.timexes] == [
        ("Friday", "DATE", "2024-03-08"), ("two weeks", "DURATION", "P2W")]
    assert 'functionInDocument="CREATION_TIME"' in document.head and document.head.endswith("<TEXT>")


@pytest.mark.parametrize("change,message", [
    ({"start": 14}, "text[14:21] is ' Friday', not 'Friday'"),
    ({"end": 99}, "'start' and 'end' must be offsets"),
    ({"type": "EVENT"}, "type 'EVENT' is not one of DATE, TIME, DURATION, SET"),
    ({"value": ""}, "'value' must be a TIMEX3 value string"),
])
def test_json_gold_errors_name_the_file_and_the_entry(tmp_path, change, message):
    data = json.loads(json.dumps(JSON_GOLD))
    data["timexes"][0].update(change)
    path = _write_gold(tmp_path, "bad.json", data)
    with pytest.raises(GoldError) as info:
        read_timex_json(path)
    assert str(info.value).startswith(f"{path}: timex 1: ") and message in str(info.value)


def test_json_gold_without_text_or_ref_and_broken_json_are_errors(tmp_path):
    with pytest.raises(GoldError, match="no 'text' and no 'ref'"):
        read_timex_json(_write_gold(tmp_path, "a.json", {"id": "a", "date": "2024-03-11", "timexes": []}))
    with pytest.raises(GoldError, match="not valid JSON"):
        read_timex_json(_write_gold(tmp_path, "b.json", "{"))
    with pytest.raises(GoldError, match="no TimeML"):
        read_gold_dir(tmp_path / "empty")
    _write_gold(tmp_path / "broken", "a.tml", "<TimeML>no text element</TimeML>")
    with pytest.raises(GoldError, match=r"a\.tml: not a TimeML file: no <TEXT>"):
        read_gold_dir(tmp_path / "broken")


def test_evaluate_timeml_on_json_gold_writes_timeml(nlp, tmp_path):
    _write_gold(tmp_path / "gold", "talks.json", JSON_GOLD)
    result = evaluate_timeml(tmp_path / "gold", tmp_path / "out", nlp)
    assert result["files"] == 1 and result["gold"] == 2
    written = read_timeml(tmp_path / "out" / "talks.tml")
    assert written.dct == dt.date(2024, 3, 11) and written.text == JSON_TEXT
    assert [(t.text, t.value) for t in written.timexes] == [("Friday", "2024-03-08"), ("two weeks", "P2W")]
    assert result["strict_f1"] == result["value_f1"] == 100.0


@pytest.mark.parametrize("folder", ["times", "times-guardian", "times-timeline17-b"])
def test_project_times_gold_resolves_against_the_shared_corpora(shared_dir, folder):
    gold_dir = Path(__file__).resolve().parents[1] / "eval" / "gold" / folder
    documents = read_gold_dir(gold_dir, shared_dir)
    assert len(documents) >= 10 and all(d.timexes for d in documents)
