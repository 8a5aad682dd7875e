"""The DuckDB store: idempotent batches, failures recorded once, queries and the pair count."""

from __future__ import annotations

import dataclasses
import datetime as dt

import duckdb
import pytest

from dateline.model import Actor, Article, Document, Event, EventDate, Mention, Span, Statement
from dateline.read import ReadError
from dateline.store import Store, cluster_events, date_floor

TRUMP = Actor("Q22686", "Donald Trump", "person", "USA", "GOV")
PUTIN = Actor("Q7747", "Vladimir Putin", "person", "RUS", "GOV")
ZELENSKY = Actor("Q3881545", "Volodymyr Zelenskyy", "person", "UKR", "GOV")


def call_article(doc_id: str, published: dt.date, called: str, basis: str = "text") -> Article:
    text = "Trump and Putin spoke by phone. Zelensky said the talks failed."
    doc = Document(doc_id, published, text, source="test")
    event = Event(
        id=f"{doc_id}-e1", type="CONSULT", mode="phone", sources=(TRUMP.id, PUTIN.id), targets=(),
        date=EventDate(called, basis), trigger=Span("spoke", 16, 21), evidence=Span(text[:31], 0, 31), confidence=0.9,
    )
    statement = Statement("indirect", "said", "the talks failed", 46, 62, ZELENSKY.id, "Zelensky", (32, 40))
    mentions = (Mention(TRUMP.id, 0, 5, "Trump"), Mention(PUTIN.id, 10, 15, "Putin"), Mention(ZELENSKY.id, 32, 40, "Zelensky"))
    return Article(doc, (TRUMP, PUTIN, ZELENSKY), mentions, (), (statement,), (event,))


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "t.duckdb") as s:
        yield s


def test_batches_are_idempotent(store):
    batch = [call_article("a", dt.date(2025, 5, 20), "2025-05-19"), call_article("a", dt.date(2025, 5, 20), "2025-05-19")]
    assert store.add_articles(batch) == 1
    before = store.counts()
    assert store.add_articles(batch) == 0
    assert store.counts() == before
    assert before["articles"] == 1 and before["event_mentions"] == 1 and before["actors"] == 3


def test_failures_recorded_once(store):
    errors = [ReadError("f.jsonl", 3, "invalid JSON"), ReadError("g.txt", None, "no text")]
    store.record_failures(errors)
    store.record_failures(errors)
    assert [(f["source"], f["line"]) for f in store.failures()] == [("f.jsonl", 3), ("g.txt", None)]


def test_queries_filter_by_actor_type_and_date(store):
    store.add_articles([
        call_article("a", dt.date(2025, 5, 20), "2025-05-19"),
        call_article("b", dt.date(2025, 2, 13), "2025-02-12"),
    ])
    rows = store.events(actor="Putin")
    assert [r["date"] for r in rows] == ["2025-02-12", "2025-05-19"]
    assert rows[0]["sources"] == ["Donald Trump", "Vladimir Putin"]
    assert store.events(actor="Putin", since=dt.date(2025, 3, 1))[0]["article_id"] == "a"
    assert store.events(type="ACCUSE") == []
    assert store.events(actor="Nobody") == []
    [s1, s2] = store.statements(actor="Zelensky")
    assert s1["speaker"] == "Volodymyr Zelenskyy" and s1["content"] == "the talks failed"
    actors = {a["name"]: a["mentions"] for a in store.actors()}
    assert actors == {"Donald Trump": 2, "Vladimir Putin": 2, "Volodymyr Zelenskyy": 2}
    recent = {a["name"]: a["articles"] for a in store.actors(since=dt.date(2025, 3, 1))}
    assert recent == {"Donald Trump": 1, "Vladimir Putin": 1, "Volodymyr Zelenskyy": 1}
    assert [a["name"] for a in store.actors(actor="Putin", type="person")] == ["Vladimir Putin"]
    assert store.actors(type="country") == []


def test_count_between_counts_one_event_once(store):
    store.add_articles([
        call_article("a", dt.date(2025, 5, 20), "2025-05-19"),
        call_article("c", dt.date(2025, 5, 21), "2025-05-19"),  # a second report of the same call
        call_article("b", dt.date(2025, 2, 13), "2025-02-12"),
    ])
    rows = store.between("Trump", "Putin", type="CONSULT", since=dt.date(2025, 1, 1))
    assert len(rows) == 3
    clusters = cluster_events(rows)
    assert [(c["date"], len(c["mentions"])) for c in clusters] == [("2025-02-12", 1), ("2025-05-19", 2)]
    assert store.between("Trump", "Zelensky") == []


def test_events_dated_by_publication_are_not_merged(store):
    store.add_articles([
        call_article("a", dt.date(2025, 5, 20), "2025-05-20", basis="publication"),
        call_article("b", dt.date(2025, 5, 20), "2025-05-20", basis="publication"),
    ])
    assert len(cluster_events(store.between("Trump", "Putin"))) == 2


def test_read_only_store_needs_a_file(tmp_path):
    with pytest.raises(FileNotFoundError, match="dateline ingest"):
        Store(tmp_path / "missing.duckdb", read_only=True)


def test_batch_is_all_or_nothing(store):
    good = call_article("ok", dt.date(2025, 5, 20), "2025-05-19")
    bad = call_article("bad", dt.date(2025, 5, 20), "2025-05-19")
    # an event id that collides inside the batch's own transaction is fine (ignored); a broken row is not
    broken = Article(Document("broken", None, "x"), (), (), (), (), ())  # type: ignore[arg-type]
    with pytest.raises(duckdb.Error):
        store.add_articles([good, bad, broken])
    assert store.counts()["articles"] == 0


@pytest.mark.parametrize("value, day", [
    ("2025-05-19", dt.date(2025, 5, 19)), ("2025-05-19TNI", dt.date(2025, 5, 19)), ("2025-05", dt.date(2025, 5, 1)),
    ("2025-W21", dt.date(2025, 5, 19)), ("2025", dt.date(2025, 1, 1)), ("PAST_REF", None), ("2025-02-30", None),
])
def test_date_floor(value, day):
    assert date_floor(value) == day


def test_undated_mentions_join_their_articles_dated_event(store):
    dated = call_article("a", dt.date(2025, 5, 20), "2025-05-19")
    undated_event = dataclasses.replace(dated.events[0], id="a-e2", date=EventDate("2025-05-20", "publication"))
    store.add_articles([dataclasses.replace(dated, events=(dated.events[0], undated_event))])
    clusters = cluster_events(store.between("Trump", "Putin"))
    assert [(c["date"], len(c["mentions"])) for c in clusters] == [("2025-05-19", 2)]


def test_times_of_day_cluster_with_their_day(store):
    store.add_articles([
        call_article("a", dt.date(2025, 5, 20), "2025-05-19"),
        call_article("b", dt.date(2025, 5, 20), "2025-05-19TNI"),
    ])
    clusters = cluster_events(store.between("Trump", "Putin"))
    assert [(c["date"], len(c["mentions"])) for c in clusters] == [("2025-05-19", 2)]


def test_actor_names_resolve_through_knowledge_base_aliases(store):
    store.add_articles([call_article("a", dt.date(2025, 5, 20), "2025-05-19")])
    assert store.actor_ids("Zelenskiy") == [ZELENSKY.id]  # an alias, not a substring of the stored name
    assert store.actor_ids("Q7747") == [PUTIN.id]
    assert store.actor_ids("putin") == [PUTIN.id]
