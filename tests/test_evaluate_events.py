"""The event scorer on hand-made gold / prediction pairs (no NLP: predictions are prepared Articles)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from dateline import evaluate_events as ev
from dateline.evaluate_events import GoldError, evaluate_events, load_gold, names_match
from dateline.model import Actor, Article, Document, Event, EventDate, Mention, Span

ROOT = Path(__file__).resolve().parents[1]

TEXT = (
    "President Donald Trump and Russian president Vladimir Putin spoke on the phone yesterday. "
    "Russian forces shelled Kharkiv on Monday. "
    "Ukraine accused Moscow of war crimes."
)
S1 = "President Donald Trump and Russian president Vladimir Putin spoke on the phone yesterday."
S2 = "Russian forces shelled Kharkiv on Monday."
S3 = "Ukraine accused Moscow of war crimes."

TRUMP = Actor("Q22686", "Donald Trump", "person", "USA", "GOV")
PUTIN = Actor("Q7747", "Vladimir Putin", "person", "RUS", "GOV")
RUSSIA = Actor("Q159", "Russia", "country", "RUS", "GOV")
UKRAINE = Actor("Q212", "Ukraine", "country", "UKR", "GOV")
KHARKIV = Actor("x:kharkiv", "Kharkiv", "group", "UKR", None)
ACTORS = (TRUMP, PUTIN, RUSSIA, UKRAINE, KHARKIV)


@pytest.fixture(autouse=True)
def no_kb(monkeypatch):
    """Score against the article's own names unless a test supplies a knowledge base."""
    monkeypatch.setattr(ev, "_kb", lambda: None)


def mentions_for(text: str) -> tuple[Mention, ...]:
    found = []
    for actor_id, words in {
        "Q22686": ["Donald Trump"], "Q7747": ["Vladimir Putin"], "Q159": ["Russian forces", "Moscow"],
        "Q212": ["Ukraine"], "x:kharkiv": ["Kharkiv"],
    }.items():
        for w in words:
            i = text.find(w)
            if i >= 0:
                found.append(Mention(actor_id, i, i + len(w), w))
    return tuple(found)


def event(etype: str, sentence: str, trigger: str, sources=(), targets=(), date="2025-05-19", text=TEXT) -> Event:
    s = text.index(sentence)
    t = text.index(trigger, s)
    return Event(
        id=f"{etype}-{t}", type=etype, mode=None, sources=tuple(sources), targets=tuple(targets),
        date=EventDate(date, "text"), trigger=Span(trigger, t, t + len(trigger)),
        evidence=Span(sentence, s, s + len(sentence)),
    )


def gold_event(etype: str, evidence: str, trigger: str, sources=(), targets=(), date="2025-05-19", **kw) -> dict:
    return {"type": etype, "sources": list(sources), "targets": list(targets), "date": date, "negated": False,
            "modality": "asserted", "trigger": trigger, "evidence": evidence, **kw}


def write_gold(folder: Path, events: list[dict], text: str | None = TEXT, name: str = "a1", **extra) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    data = {"id": name, "date": "2025-05-20", "text": text, "events": events, **extra}
    path = folder / f"{name}.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def predicting(*events: Event, actors=ACTORS, mentions=None):
    def extract(doc: Document) -> Article:
        return Article(doc=doc, actors=actors, mentions=mentions_for(doc.text) if mentions is None else mentions,
                       events=tuple(events))

    return extract


def score(tmp_path: Path, gold: list[dict], *pred: Event, **kw) -> dict:
    write_gold(tmp_path / "gold", gold)
    return evaluate_events(tmp_path / "gold", extract_fn=predicting(*pred, **kw))


# -- the basic scores ---------------------------------------------------------------------------------------


def test_perfect_prediction_scores_one(tmp_path):
    gold = [
        gold_event("CONSULT", S1, "spoke", ["Donald Trump"], ["Vladimir Putin"]),
        gold_event("ASSAULT", S2, "shelled", ["Russia"], ["Kharkiv"], date="2025-05-19"),
    ]
    result = score(
        tmp_path, gold,
        event("CONSULT", S1, "spoke", ["Q22686"], ["Q7747"]),
        event("ASSAULT", S2, "shelled", ["Q159"], ["x:kharkiv"]),
    )
    assert result["type_sentence"]["f1"] == 1.0
    assert result["with_actors"]["f1"] == 1.0
    assert result["date_accuracy"] == 1.0
    assert (result["articles"], result["gold_events"], result["predicted_events"]) == (1, 2, 2)
    assert result["confusion"] == {"ASSAULT": {"ASSAULT": 1}, "CONSULT": {"CONSULT": 1}}


def test_wrong_type_is_a_false_positive_and_a_false_negative(tmp_path):
    gold = [gold_event("ASSAULT", S2, "shelled", ["Russia"], ["Kharkiv"])]
    result = score(tmp_path, gold, event("ACCUSE", S2, "shelled", ["Q159"], ["x:kharkiv"]))
    assert result["type_sentence"]["tp"] == 0
    assert result["type_sentence"]["fp"] == 1 and result["type_sentence"]["fn"] == 1
    assert result["type_sentence"]["f1"] == 0.0
    assert result["confusion"] == {"ASSAULT": {"ACCUSE": 1}}
    assert result["per_type"]["ASSAULT"]["fn"] == 1 and result["per_type"]["ACCUSE"]["fp"] == 1


def test_prediction_in_another_sentence_does_not_match(tmp_path):
    gold = [gold_event("ACCUSE", S3, "accused", ["Ukraine"], ["Russia"])]
    result = score(tmp_path, gold, event("ACCUSE", S2, "shelled", ["Q212"], ["Q159"]))
    assert result["type_sentence"]["tp"] == 0
    assert result["confusion"] == {"ACCUSE": {"NONE": 1}, "NONE": {"ACCUSE": 1}}


def test_matching_is_one_to_one(tmp_path):
    gold = [gold_event("ASSAULT", S2, "shelled", ["Russia"], ["Kharkiv"])]
    result = score(
        tmp_path, gold,
        event("ASSAULT", S2, "shelled", ["Q159"], ["x:kharkiv"]),
        event("ASSAULT", S2, "Kharkiv", ["Q159"], ["x:kharkiv"]),
    )
    assert result["type_sentence"] == {"p": 0.5, "r": 1.0, "f1": 0.6667, "tp": 1, "fp": 1, "fn": 0}


def test_evidence_overlapping_by_more_than_half_matches_without_the_trigger(tmp_path):
    gold = [gold_event("ACCUSE", S3, "accused", ["Ukraine"], ["Russia"])]
    s = TEXT.index(S3)
    pred = Event(id="e", type="ACCUSE", mode=None, sources=("Q212",), targets=("Q159",),
                 date=EventDate("2025-05-19", "text"), trigger=Span("x", 0, 0),
                 evidence=Span(S3[:-1], s, s + len(S3) - 1))
    assert score(tmp_path, gold, pred)["type_sentence"]["tp"] == 1


def test_evidence_overlapping_by_less_than_half_does_not_match(tmp_path):
    # The prediction's evidence runs over two sentences, its trigger in the other one.
    gold = [gold_event("ACCUSE", S3, "accused", ["Ukraine"], ["Russia"])]
    s = TEXT.index(S2)
    e = TEXT.index(S3) + len(S3)
    t = TEXT.index("shelled")
    pred = Event(id="e", type="ACCUSE", mode=None, sources=("Q212",), targets=("Q159",),
                 date=EventDate("2025-05-19", "text"), trigger=Span("shelled", t, t + 7),
                 evidence=Span(TEXT[s:e], s, e))
    assert score(tmp_path, gold, pred)["type_sentence"]["tp"] == 0


# -- uncertain gold -------------------------------------------------------------------------------------------


def test_uncertain_gold_is_neither_rewarded_nor_penalised(tmp_path):
    gold = [
        gold_event("ASSAULT", S2, "shelled", ["Russia"], ["Kharkiv"]),
        gold_event("ACCUSE", S3, "accused", ["Ukraine"], ["Russia"], uncertain=True),
    ]
    found = score(tmp_path / "a", gold, event("ASSAULT", S2, "shelled", ["Q159"], ["x:kharkiv"]),
                  event("ACCUSE", S3, "accused", ["Q212"], ["Q159"]))
    missed = score(tmp_path / "b", gold, event("ASSAULT", S2, "shelled", ["Q159"], ["x:kharkiv"]))
    for result in (found, missed):
        assert result["type_sentence"] == {"p": 1.0, "r": 1.0, "f1": 1.0, "tp": 1, "fp": 0, "fn": 0}
        assert result["gold_events"] == 1 and result["uncertain_gold_events"] == 1
        assert "ACCUSE" not in result["confusion"] and "NONE" not in result["confusion"]


def test_prediction_of_uncertain_gold_with_other_actors_is_no_false_positive(tmp_path):
    gold = [gold_event("ASSAULT", S2, "shelled", ["Russia"], ["Kharkiv"], uncertain=True)]
    other_actors = score(tmp_path / "a", gold, event("ASSAULT", S2, "shelled", ["Q212"], ["Q159"]))
    other_type = score(tmp_path / "b", gold, event("ACCUSE", S2, "shelled", ["Q212"], ["Q159"]))
    assert other_actors["with_actors"]["fp"] == 0 and other_actors["type_sentence"]["fp"] == 0
    assert other_type["with_actors"]["fp"] == 1 and other_type["type_sentence"]["fp"] == 1


def test_certain_gold_is_preferred_over_uncertain_gold_in_the_same_sentence(tmp_path):
    gold = [
        gold_event("ASSAULT", S2, "shelled", ["Russia"], ["Kharkiv"], uncertain=True),
        gold_event("ASSAULT", S2, "shelled", ["Russia"], ["Kharkiv"]),
    ]
    result = score(tmp_path, gold, event("ASSAULT", S2, "shelled", ["Q159"], ["x:kharkiv"]))
    assert result["type_sentence"]["tp"] == 1 and result["type_sentence"]["fn"] == 0


# -- actors -----------------------------------------------------------------------------------------------------


def test_names_match_whole_words_only():
    assert names_match("Putin", "Vladimir Putin")
    assert names_match("the United States", "United States")
    assert names_match("Erdoğan’s", "Erdoğan")
    assert not names_match("Iran", "Iranian forces")
    assert not names_match("US", "Russia")


def test_consult_accepts_swapped_and_merged_actors(tmp_path):
    gold = [gold_event("CONSULT", S1, "spoke", ["Donald Trump"], ["Vladimir Putin"])]
    swapped = score(tmp_path / "a", gold, event("CONSULT", S1, "spoke", ["Q7747"], ["Q22686"]))
    merged = score(tmp_path / "b", gold, event("CONSULT", S1, "spoke", ["Q7747", "Q22686"], []))
    assert swapped["with_actors"]["tp"] == 1
    assert merged["with_actors"]["tp"] == 1


def test_swapped_actors_do_not_match_for_directed_types(tmp_path):
    gold = [gold_event("ACCUSE", S3, "accused", ["Ukraine"], ["Russia"])]
    result = score(tmp_path, gold, event("ACCUSE", S3, "accused", ["Q159"], ["Q212"]))
    assert result["type_sentence"]["tp"] == 1
    assert result["with_actors"]["tp"] == 0 and result["with_actors"]["fp"] == 1


def test_actor_sets_must_cover_each_other(tmp_path):
    gold = [gold_event("CONSULT", S1, "spoke", ["Donald Trump"], ["Vladimir Putin"])]
    extra = score(tmp_path / "a", gold, event("CONSULT", S1, "spoke", ["Q22686"], ["Q7747", "Q212"]))
    missing = score(tmp_path / "b", gold, event("CONSULT", S1, "spoke", ["Q22686"], []))
    assert extra["with_actors"]["tp"] == 0
    assert missing["with_actors"]["tp"] == 0


def test_gold_names_match_mention_text(tmp_path):
    # "Moscow" is only a mention of Russia in the article: the gold name is matched through it.
    gold = [gold_event("ACCUSE", S3, "accused", ["Ukraine"], ["Moscow"])]
    result = score(tmp_path, gold, event("ACCUSE", S3, "accused", ["Q212"], ["Q159"]))
    assert result["with_actors"]["tp"] == 1


def test_gold_names_match_knowledge_base_aliases(tmp_path, monkeypatch):
    class Entry:
        aliases = ("Erdogan", "Tayyip Erdogan")

    class FakeKB:
        countries: dict = {}

        def get(self, actor_id):
            return Actor("Q39259", "Recep Tayyip Erdoğan", "person", "TUR", "GOV") if actor_id == "Q39259" else None

        def entry(self, actor_id):
            return Entry() if actor_id == "Q39259" else None

    text = "Erdogan warned Damascus."
    gold = [gold_event("THREATEN", text, "warned", ["Tayyip Erdogan"], ["Syria"])]
    pred = event("THREATEN", text, "warned", ["Q39259"], ["Q858"], text=text)
    syria = Mention("Q858", text.index("Damascus"), text.index("Damascus") + 8, "Damascus")
    write_gold(tmp_path / "gold", gold, text=text)

    # Neither the article's actors nor its mentions name Erdoğan, and Syria only as "Damascus".
    without_kb = evaluate_events(tmp_path / "gold", extract_fn=predicting(pred, actors=(), mentions=(syria,)))
    assert without_kb["with_actors"]["tp"] == 0

    monkeypatch.setattr(ev, "_kb", lambda: FakeKB())
    syria_actor = (Actor("Q858", "Syria", "country", "SYR", "GOV"),)
    with_kb = evaluate_events(tmp_path / "gold", extract_fn=predicting(pred, actors=syria_actor, mentions=(syria,)))
    assert with_kb["with_actors"]["tp"] == 1


def test_pronoun_mentions_are_not_names(tmp_path):
    text = "He accused Ukraine."
    gold = [gold_event("ACCUSE", text, "accused", ["He Lifeng"], ["Ukraine"])]
    pred = event("ACCUSE", text, "accused", ["x:someone"], ["Q212"], text=text)
    pronoun = Mention("x:someone", 0, 2, "He", how="pronoun")
    write_gold(tmp_path / "gold", gold, text=text)
    result = evaluate_events(tmp_path / "gold", extract_fn=predicting(pred, actors=(UKRAINE,), mentions=(pronoun,)))
    assert result["with_actors"]["tp"] == 0


# -- dates ----------------------------------------------------------------------------------------------------


def test_date_accuracy_over_matched_events(tmp_path):
    gold = [
        gold_event("CONSULT", S1, "spoke", ["Donald Trump"], ["Vladimir Putin"], date="2025-05-19"),
        gold_event("ASSAULT", S2, "shelled", ["Russia"], ["Kharkiv"], date="2025-05"),
        gold_event("ACCUSE", S3, "accused", ["Ukraine"], ["Russia"], date="2025-05-20"),
    ]
    result = score(
        tmp_path, gold,
        event("CONSULT", S1, "spoke", ["Q22686"], ["Q7747"], date="2025-05-19"),
        event("ASSAULT", S2, "shelled", ["Q159"], ["x:kharkiv"], date="2025-05-19"),  # month precision: wrong
        # the unmatched gold ACCUSE does not count towards date accuracy
    )
    assert result["dates_scored"] == 2
    assert result["date_accuracy"] == 0.5


def test_gold_without_a_date_is_not_scored_for_dates(tmp_path):
    gold = [gold_event("ASSAULT", S2, "shelled", ["Russia"], ["Kharkiv"], date=None)]
    result = score(tmp_path, gold, event("ASSAULT", S2, "shelled", ["Q159"], ["x:kharkiv"]))
    assert result["dates_scored"] == 0 and result["date_accuracy"] is None


# -- gold files ------------------------------------------------------------------------------------------------


def test_evidence_is_located_despite_quote_style_and_white_space(tmp_path):
    text = "Erdoğan said: “We will act.”\nTurkey  warned\nDamascus."
    gold = [gold_event("THREATEN", 'Turkey warned Damascus.', "warned", ["Turkey"], ["Syria"])]
    write_gold(tmp_path / "gold", gold, text=text)
    [article] = load_gold(tmp_path / "gold")
    g = article.events[0]
    assert text[g.start:g.end] == "Turkey  warned\nDamascus."


def test_text_is_read_through_ref_from_a_corpus(tmp_path):
    shared = tmp_path / "shared"
    (shared / "corpora" / "news").mkdir(parents=True)
    (shared / "corpora" / "news" / "items.jsonl").write_text(
        json.dumps({"id": "n0", "date": "2020-01-01", "text": "Other."}) + "\n"
        + json.dumps({"id": "n1", "date": "2025-05-20", "text": TEXT}) + "\n", encoding="utf-8")
    (shared / "corpora" / "war.jsonl").write_text(
        json.dumps({"day_date": "24 Feb 2022", "headline": "Russia attacks", "description_en": "Missiles hit Kyiv."})
        + "\n", encoding="utf-8")
    gold_dir = tmp_path / "gold"
    write_gold(gold_dir, [gold_event("ACCUSE", S3, "accused", ["Ukraine"], ["Russia"])], text=None, name="a",
               ref={"corpus": "news/items.jsonl", "id": "n1"})
    write_gold(gold_dir, [gold_event("ASSAULT", "Missiles hit Kyiv.", "hit", ["Russia"], ["Ukraine"],
                                     date="2022-02-24")], text=None, name="b",
               ref={"corpus": "war.jsonl", "line": 1})
    data = json.loads((gold_dir / "b.json").read_text())
    del data["date"]  # the date comes from day_date
    (gold_dir / "b.json").write_text(json.dumps(data))

    seen: dict[str, Document] = {}

    def extract(doc: Document) -> Article:
        seen[doc.id] = doc
        return Article(doc=doc)

    result = evaluate_events(gold_dir, extract_fn=extract, shared_dir=shared)
    assert seen["a"].text == TEXT
    assert seen["b"].text == "Russia attacks\n\nMissiles hit Kyiv."
    assert seen["b"].date == dt.date(2022, 2, 24)
    assert result["gold_events"] == 2 and result["type_sentence"]["fn"] == 2


def test_shared_dir_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("DATELINE_SHARED", str(tmp_path / "elsewhere"))
    assert ev.default_shared_dir() == tmp_path / "elsewhere"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not valid JSON"),
        (json.dumps([1, 2]), "expected a JSON object"),
        (json.dumps({"date": "2025-05-20", "events": []}), "no 'text' and no 'ref'"),
        (json.dumps({"date": "2025-05-20", "text": TEXT, "events": {}}), "'events' must be a list"),
        (json.dumps({"date": "2025-05-20", "text": TEXT, "events": [gold_event("ATTACK", S2, "shelled")]}),
         "not a PLOVER type"),
        (json.dumps({"date": "2025-05-20", "text": TEXT, "events": [gold_event("ASSAULT", "Nowhere.", "x")]}),
         "evidence sentence not found"),
        (json.dumps({"date": "May 2025", "text": TEXT, "events": []}), "not an ISO date"),
        (json.dumps({"date": "2025-05-20", "text": None, "ref": {"corpus": "missing.jsonl", "id": "x"},
                     "events": []}), "not found"),
    ],
)
def test_malformed_gold_is_an_error_naming_the_file(tmp_path, content, message):
    folder = tmp_path / "gold"
    folder.mkdir()
    (folder / "broken.json").write_text(content, encoding="utf-8")
    with pytest.raises(GoldError) as info:
        evaluate_events(folder, extract_fn=predicting(), shared_dir=tmp_path)
    assert "broken.json" in str(info.value) and message in str(info.value)


def test_empty_gold_folder_is_an_error(tmp_path):
    with pytest.raises(GoldError, match="no gold"):
        evaluate_events(tmp_path, extract_fn=predicting())


# -- the development gold in eval/gold/events ------------------------------------------------------------------


def test_development_gold_loads_from_the_shared_corpora(shared_dir):
    gold = load_gold(ROOT / "eval" / "gold" / "events", shared_dir)
    assert len(gold) >= 15
    assert sum(len(a.events) for a in gold) >= 100
    for article in gold:
        assert article.doc.text
        for g in article.events:
            assert g.evidence.strip() in article.doc.text[g.start:g.end] or g.end > g.start
            if g.trigger:
                assert g.trigger in article.doc.text[g.start:g.end], (article.path.name, g.trigger)
    ukraine = next(a for a in gold if a.doc.id == "ukraine2022-line-1")
    assert ukraine.doc.date == dt.date(2022, 2, 24)
    assert ukraine.doc.text.startswith("Ukraine conflict: Russia announces special military operation in Donbas\n\n")


def test_development_gold_scores_perfectly_against_itself(shared_dir):
    """Predictions built from the gold itself (names as actor ids) score 1.0: the gold is self-consistent."""
    gold = {a.doc.id: a for a in load_gold(ROOT / "eval" / "gold" / "events", shared_dir)}

    def extract(doc: Document) -> Article:
        events = []
        for n, g in enumerate(gold[doc.id].events):
            t = doc.text.index(g.trigger, g.start) if g.trigger else g.start
            events.append(Event(id=str(n), type=g.type, mode=None, sources=g.sources, targets=g.targets,
                                date=EventDate(g.date or "", "text"),
                                trigger=Span(g.trigger or "", t, t + len(g.trigger or "")),
                                evidence=Span(g.evidence, g.start, g.end), negated=g.negated, modality=g.modality))
        return Article(doc=doc, events=tuple(events))

    result = evaluate_events(ROOT / "eval" / "gold" / "events", extract_fn=extract, shared_dir=shared_dir)
    assert result["type_sentence"]["f1"] == 1.0
    assert result["with_actors"]["f1"] == 1.0
    assert result["date_accuracy"] == 1.0
