"""The founding example end to end, through the same path as `dateline extract`: read → all stages → JSON."""

from __future__ import annotations

import pytest

from dateline.export import article_to_dict
from dateline.extract import extract
from dateline.read import read_documents

TRUMP, PUTIN, ZELENSKY = "Q22686", "Q7747", "Q3881545"
RUSSIA, UKRAINE = "Q159", "Q212"


@pytest.fixture(scope="module")
def result(shared_dir, nlp):
    [doc] = read_documents([str(shared_dir / "examples" / "000_a190d13e5a6bcf0f.txt")])
    article = extract(doc, nlp)
    return doc.text, article_to_dict(article)


@pytest.fixture(scope="module")
def ids(result):
    """Actor id by canonical name, so that checks read as names."""
    return {a["name"]: a["id"] for a in result[1]["actors"]}


def events(result, type_, trigger=None):
    return [e for e in result[1]["events"] if e["type"] == type_ and (trigger is None or e["trigger"]["text"] == trigger)]


def test_every_offset_points_into_the_text(result):
    text, out = result
    for actor in out["actors"]:
        assert actor["mentions"], actor
        for start, end in actor["mentions"]:
            assert 0 <= start < end <= len(text)
    for time in out["times"]:
        assert text[time["start"]:time["end"]] == time["text"]
    for statement in out["statements"]:
        assert text[statement["start"]:statement["end"]] == statement["content"]
        if statement["speaker_span"]:
            s, e = statement["speaker_span"]
            assert text[s:e] == statement["speaker_text"]
    for event in out["events"]:
        for part in ("trigger", "evidence"):
            span = event[part]
            assert text[span["start"]:span["end"]] == span["text"]


def test_actors_are_linked(result, ids):
    text, out = result
    kinds = {a["name"]: a["kind"] for a in out["actors"]}
    for name in ("Donald Trump", "Vladimir Putin", "Volodymyr Zelenskyy", "Ursula von der Leyen", "Emmanuel Macron",
                 "Giorgia Meloni", "Friedrich Merz", "Alexander Stubb", "Yury Ushakov"):
        assert kinds.get(name) == "person", name
    assert ids["Donald Trump"] == TRUMP and ids["Vladimir Putin"] == PUTIN
    # "President Stubb" and "Russian President" resolve to people
    spans = {a["id"]: [text[s:e] for s, e in a["mentions"]] for a in out["actors"]}
    assert any("Stubb" in m for m in spans[ids["Alexander Stubb"]])
    assert any(m.lower().startswith("russian president") for m in spans[PUTIN])
    # "Trump" is never an organization
    assert all(a["kind"] == "person" for a in out["actors"] if "Trump" in a["name"])


def test_times(result):
    times = {t["text"]: (t["type"], t["value"]) for t in result[1]["times"]}
    assert times["yesterday"] == ("DATE", "2025-05-19")
    assert times["two hours"] == ("DURATION", "PT2H")
    assert times["January"] == ("DATE", "2025-01")
    assert times["the night"] == ("TIME", "2025-05-19TNI")


def test_the_phone_call_dated_yesterday(result):
    [call] = events(result, "CONSULT", "spoke")[:1]
    assert set(call["sources"] + call["targets"]) == {TRUMP, PUTIN}
    assert call["mode"] == "phone"
    assert call["date"] == {"value": "2025-05-19", "basis": "text"}
    assert call["evidence"]["start"] == 0


def test_trump_spoke_to_zelensky(result):
    assert any(e["sources"] == [TRUMP] and e["targets"] == [ZELENSKY] for e in events(result, "CONSULT", "spoke"))


def test_trump_informed_the_leaders(result, ids):
    [informed] = events(result, "CONSULT", "informed")
    assert informed["sources"] == [TRUMP]
    assert informed["targets"] == [ids[n] for n in ("Volodymyr Zelenskyy", "Ursula von der Leyen", "Emmanuel Macron",
                                                      "Giorgia Meloni", "Friedrich Merz", "Alexander Stubb")]


def test_zelensky_requests_sanctions(result):
    assert any(e["sources"] == [ZELENSKY] for e in events(result, "REQUEST"))


def test_ukraine_rejects_withdrawal(result):
    [reject] = [e for e in events(result, "REJECT") if "withdraw" in e["trigger"]["text"]]
    assert reject["sources"] == [UKRAINE] and reject["claimed_by"] == ZELENSKY


def test_mutual_accusations_and_overnight_drone_attacks(result):
    accuse = {(tuple(e["sources"]), tuple(e["targets"])) for e in events(result, "ACCUSE")}
    assert {((UKRAINE,), (RUSSIA,)), ((RUSSIA,), (UKRAINE,))} <= accuse
    assault = [e for e in events(result, "ASSAULT")]
    assert {(tuple(e["sources"]), tuple(e["targets"])) for e in assault} == {((UKRAINE,), (RUSSIA,)), ((RUSSIA,), (UKRAINE,))}
    assert all(e["mode"] == "drone" and e["date"] == {"value": "2025-05-19TNI", "basis": "text"} for e in assault)


def test_prisoner_exchange_discussed(result):
    [discussed] = events(result, "CONSULT", "discussed")
    assert set(discussed["sources"]) == {PUTIN, TRUMP}
    assert events(result, "RETREAT", "exchange")


def test_statements_and_their_speakers(result, ids):
    statements = result[1]["statements"]

    def by(speaker):
        return [s for s in statements if s["speaker"] == speaker]

    assert any(s["channel"] == "TASS" for s in by(PUTIN))
    assert any(s["channel"] == "Truth Social" for s in by(TRUMP))
    assert any("spokesperson for the Kremlin" in (s["speaker_text"] or "") for s in statements)
    assert any(s["cue"] == "called for" for s in by(ZELENSKY))
    assert any(s["speaker_text"].endswith("Yury Ushakov") for s in by(ids["Yury Ushakov"]))
