"""Events stage: PLOVER types, arguments, negation, modality, the founding example and the GSR score."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from dateline.events import code_events, event_id, plover_category
from dateline.events.lexicon import LexiconError, load_lexicon
from dateline.model import MODALITIES, PLOVER_TYPES, Mention

PUB = dt.date(2025, 5, 20)

# tests only: a tiny name -> id table standing in for the actors stage
NAMES = {
    "Donald Trump": "Q22686", "Trump": "Q22686", "Vladimir Putin": "Q7747", "Putin": "Q7747",
    "Volodymyr Zelensky": "Q3881", "Zelensky": "Q3881", "Ursula von der Leyen": "Q60772",
    "Emmanuel Macron": "Q3052772", "Giorgia Meloni": "Q3236790", "Friedrich Merz": "Q100723",
    "Stubb": "Q312772", "Russia": "RUS", "Ukraine": "UKR", "Kyiv": "UKR:Kyiv", "Israel": "ISR",
    "Hamas": "x:Hamas", "Iran": "IRN", "Iraq": "IRQ", "United States": "USA", "Washington": "USA",
    "China": "CHN", "Japan": "JPN", "France": "FRA", "Germany": "DEU", "Serbia": "SRB", "NATO": "NATO",
    "the European Union": "EU", "Tripoli": "LBY:Tripoli", "police": "x:police", "Police": "x:police", "protesters": "x:protesters",
    "rebels": "x:rebels", "Syria": "SYR", "Egypt": "EGY", "Turkey": "TUR",
}
PRONOUNS = {"he": None, "it": None, "they": None}
_NAME_RE = re.compile(r"\b(" + "|".join(sorted(map(re.escape, NAMES), key=len, reverse=True)) + r")\b")


def mentions_for(doc, pronouns: dict[str, str] | None = None) -> list[Mention]:
    """Mentions from the name table; ``pronouns`` maps a pronoun's text to the actor it stands for."""
    out = [Mention(NAMES[m.group(1)], m.start(), m.end(), m.group(1)) for m in _NAME_RE.finditer(doc.text)]
    for tok in doc:
        if pronouns and tok.lower_ in pronouns:
            out.append(Mention(pronouns[tok.lower_], tok.idx, tok.idx + len(tok.text), tok.text, "pronoun"))
    return out


def code(nlp, text, pronouns=None, statements=(), times=(), **kwargs):
    doc = nlp(text)
    return code_events(doc, [], mentions_for(doc, pronouns), list(times), list(statements), PUB, "test-doc", **kwargs)


def only(events, etype, trigger=None):
    found = [e for e in events if e.type == etype and (trigger is None or e.trigger.text == trigger)]
    assert len(found) == 1, f"expected one {etype} {trigger or ''}, got {events}"
    return found[0]


def types_of(events):
    return sorted(e.type for e in events)


# ------------------------------------------------------------------------------------ the lexicon


def test_lexicon_loads_and_covers_all_16_types():
    lex = load_lexicon()
    covered = {s.type for senses in lex.verbs.values() for s in senses}
    covered |= {s.type for senses in lex.nouns.values() for s in senses}
    assert covered == set(PLOVER_TYPES)
    assert "say" not in lex.verbs and "announce" not in lex.verbs  # a bare "said" is never an event


def test_lexicon_rejects_yaml_booleans(tmp_path):
    from dateline.events.lexicon import DATA_DIR

    for f in DATA_DIR.glob("*.yaml"):
        (tmp_path / f.name).write_text(f.read_text())
    (tmp_path / "verbs.yaml").write_text("call: [{type: REQUEST, prep: on}]\n")
    with pytest.raises(LexiconError):
        load_lexicon(str(tmp_path))


# ------------------------------------------------------------------------------------ each type


@pytest.mark.parametrize(
    "text, etype, sources, targets, mode",
    [
        ("Russia agreed to a prisoner swap with Ukraine.", "AGREE", ("RUS",), ("UKR",), None),
        ("Putin met Trump in Tripoli.", "CONSULT", ("Q7747",), ("Q22686",), "meet"),
        ("Putin telephoned Trump on Monday.", "CONSULT", ("Q7747",), ("Q22686",), "phone"),
        ("Trump praised Zelensky.", "SUPPORT", ("Q22686",), ("Q3881",), None),
        ("France and Germany signed a treaty.", "SUPPORT", ("FRA", "DEU"), (), None),
        ("Japan shared intelligence with China.", "COOPERATE", ("JPN",), ("CHN",), "intelligence"),
        ("Germany sent humanitarian aid to Ukraine.", "AID", ("DEU",), ("UKR",), None),
        ("Iran lifted the curfew.", "CONCEDE", ("IRN",), (), None),
        ("Russia withdrew its troops from Kyiv.", "RETREAT", ("RUS",), (), "withdraw"),
        ("Hamas released Israel's hostages.", "RETREAT", ("x:Hamas",), ("ISR",), "release"),
        ("Zelensky urged the United States to act.", "REQUEST", ("Q3881",), ("USA",), None),
        ("China accused Japan of spying.", "ACCUSE", ("CHN",), ("JPN",), "allege"),
        ("Serbia condemned NATO.", "ACCUSE", ("SRB",), ("NATO",), "disapprove"),
        ("Iran rejected the proposal of the United States.", "REJECT", ("IRN",), ("USA",), None),
        ("Iran threatened Israel.", "THREATEN", ("IRN",), ("ISR",), None),
        ("Thousands of protesters demonstrated in Tripoli.", "PROTEST", ("x:protesters",), (), "demo"),
        ("Russia deployed troops to the border.", "MOBILIZE", ("RUS",), (), "troops"),
        ("The United States imposed sanctions on Iran.", "SANCTION", ("USA",), ("IRN",), "discontinue"),
        ("Police arrested protesters.", "COERCE", ("x:police",), ("x:protesters",), "arrest"),
        ("Russia shelled Kyiv.", "ASSAULT", ("RUS",), ("UKR:Kyiv",), "heavy-weapons"),
    ],
)
def test_each_type(nlp, text, etype, sources, targets, mode):
    events = code(nlp, text)
    event = next((e for e in events if e.type == etype), None)
    assert event is not None, f"{text!r}: no {etype} in {events}"
    assert event.sources == sources
    assert event.targets == targets
    assert event.mode == mode
    assert event.modality == "asserted" and not event.negated


@pytest.mark.parametrize(
    "text, etype, mode",
    [
        ("The talks between Russia and Ukraine resumed.", "CONSULT", None),
        ("After the phone call, markets rose.", "CONSULT", "phone"),
        ("A drone strike hit Kyiv.", "ASSAULT", "drone"),
        ("Russia's attacks on Kyiv continued.", "ASSAULT", None),
        ("New sanctions against Iran took effect.", "SANCTION", "discontinue"),
        ("The protest in Tripoli was peaceful.", "PROTEST", "demo"),
        ("The hunger strike entered its third week.", "PROTEST", "hunger"),
    ],
)
def test_event_nouns(nlp, text, etype, mode):
    event = only(code(nlp, text, min_confidence=0), etype)
    assert event.mode == mode


def test_event_noun_naming_no_one_is_dropped_by_default(nlp):
    # "the talks", "the protest" with no actor are mostly topics: very low confidence, left out by default
    assert code(nlp, "After the phone call, markets rose.") == []
    assert only(code(nlp, "After the phone call, markets rose.", min_confidence=0), "CONSULT").confidence < 0.3
    assert only(code(nlp, "Trump praised the talks with Putin."), "CONSULT").targets == ("Q7747",)


def test_nominal_arguments(nlp):
    event = only(code(nlp, "Russia's attacks on Kyiv continued."), "ASSAULT")
    assert event.sources == ("RUS",) and event.targets == ("UKR:Kyiv",)
    talks = only(code(nlp, "The talks between Russia and Ukraine resumed."), "CONSULT")
    assert talks.sources == ("RUS", "UKR") and talks.targets == ()


def test_light_verb_gives_the_noun_its_arguments(nlp):
    event = only(code(nlp, "Russia and Ukraine held talks in Tripoli."), "CONSULT")
    assert event.trigger.text == "talks"
    assert event.sources == ("RUS", "UKR")
    assert event.place == "Tripoli"


def test_said_alone_is_not_an_event(nlp):
    assert code(nlp, "Putin said the weather in Moscow was fine.") == []
    assert code(nlp, "Trump announced on Truth Social that he was happy.") == []


def test_topic_nouns_are_not_events(nlp):
    # a ceasefire only mentioned as a topic, no one declared it
    assert "RETREAT" not in types_of(code(nlp, "Russia and Ukraine discussed a ceasefire."))


# ------------------------------------------------------------------------------------ arguments


def test_passive_agent_is_source(nlp):
    event = only(code(nlp, "Kyiv was attacked by Russia."), "ASSAULT")
    assert event.sources == ("RUS",) and event.targets == ("UKR:Kyiv",)


def test_passive_without_agent_keeps_target(nlp):
    event = only(code(nlp, "Zelensky was criticized."), "ACCUSE")
    assert event.sources == () and event.targets == ("Q3881",)


def test_coordination_is_one_event(nlp):
    events = code(nlp, "France and Germany condemned Russia and Iran.")
    event = only(events, "ACCUSE")
    assert event.sources == ("FRA", "DEU") and event.targets == ("RUS", "IRN")


@pytest.mark.parametrize("text, etype, sources, targets", [
    # the parser hangs the first modifier on the noun; the mention covers only the last one
    ("Polish and Czech ministers condemned Hungary on Friday.", "ACCUSE", {"POL", "CZE"}, {"HUN"}),
    ("Erdogan warned Cairo and Gulf capitals not to interfere.", "THREATEN", {"TUR"}, {"EGY", "PGS"}),
])
def test_coordinated_modifiers_name_one_actor_each(nlp, text, etype, sources, targets):
    from dateline.actors import link_actors

    doc = nlp(text)
    actors, mentions = link_actors(doc, PUB)
    country = {a.id: a.country for a in actors}
    event = only(code_events(doc, actors, mentions, [], [], PUB, "test-doc"), etype)
    assert {country[a] for a in event.sources} == sources
    assert {country[a] for a in event.targets} == targets


def test_symmetric_consult(nlp):
    both = only(code(nlp, "Trump and Putin spoke on the phone."), "CONSULT")
    assert both.sources == ("Q22686", "Q7747") and both.targets == () and both.mode == "phone"
    directed = only(code(nlp, "Trump spoke to Zelensky."), "CONSULT")
    assert directed.sources == ("Q22686",) and directed.targets == ("Q3881",)
    recip = only(code(nlp, "Trump and Putin spoke with each other."), "CONSULT")
    assert recip.sources == ("Q22686", "Q7747") and recip.targets == ()


def test_reciprocal_accusation_gives_both_directions(nlp):
    events = [e for e in code(nlp, "Israel and Iran accused each other.") if e.type == "ACCUSE"]
    assert {(e.sources, e.targets) for e in events} == {(("ISR",), ("IRN",)), (("IRN",), ("ISR",))}
    assert len({e.id for e in events}) == 2


def test_pronoun_mentions_are_used(nlp):
    event = only(code(nlp, "He met Putin.", pronouns={"he": "Q22686"}), "CONSULT")
    assert event.sources == ("Q22686",)


def test_no_invented_actors(nlp):
    assert code(nlp, "The officials met the delegation.") == []  # naming no one: below the default threshold
    event = only(code(nlp, "The officials met the delegation.", min_confidence=0), "CONSULT")
    assert event.sources == () and event.targets == ()
    assert event.confidence < only(code(nlp, "Trump met Putin."), "CONSULT").confidence


def test_subject_control_and_adverbial_clause(nlp):
    events = code(nlp, "Before talking to Putin, Trump spoke to Zelensky.")
    talking = only(events, "CONSULT", "talking")
    assert talking.sources == ("Q22686",) and talking.targets == ("Q7747",)


# ------------------------------------------------------------------------------------ negation, modality


def test_negation(nlp):
    assert only(code(nlp, "Russia did not attack Kyiv."), "ASSAULT").negated
    assert only(code(nlp, "Trump never met Putin."), "CONSULT").negated
    assert not only(code(nlp, "Trump met Putin."), "CONSULT").negated


def test_future(nlp):
    event = only(code(nlp, "Russia and Ukraine will start negotiations."), "CONSULT")
    assert event.modality == "future" and event.sources == ("RUS", "UKR")
    assert plover_category(event) == "AGREE"  # the codebook's reading of a future CONSULT


def test_hypothetical(nlp):
    assert only(code(nlp, "Russia could attack Kyiv."), "ASSAULT").modality == "hypothetical"
    event = only(code(nlp, "If Iran attacks Israel, the United States will respond."), "ASSAULT")
    assert event.modality == "hypothetical"
    assert plover_category(event) == "THREATEN"


def test_requested(nlp):
    events = code(nlp, "Zelensky called for new sanctions against Russia.")
    request = only(events, "REQUEST")
    assert request.sources == ("Q3881",) and request.modality == "asserted"
    sanction = only(events, "SANCTION")
    assert sanction.modality == "requested" and sanction.targets == ("RUS",)
    urged = code(nlp, "Trump urged Putin to withdraw his troops.")
    assert only(urged, "REQUEST").targets == ("Q7747",)
    inner = only(urged, "RETREAT")
    assert inner.modality == "requested" and inner.sources == ("Q7747",)


def test_denied(nlp):
    events = code(nlp, "Russia denied that it attacked Kyiv.", pronouns={"it": "RUS"})
    assert only(events, "ASSAULT").modality == "denied"


def test_refused_is_reject_and_inner_not_asserted(nlp):
    events = code(nlp, "Russia refused to withdraw its troops.")
    reject = only(events, "REJECT")
    assert reject.sources == ("RUS",) and reject.mode == "yield"
    assert "RETREAT" not in types_of(events)  # what is refused is the refusal's mode, no event by default
    inner = only(code(nlp, "Russia refused to withdraw its troops.", min_confidence=0.0), "RETREAT")
    assert inner.modality != "asserted" and inner.negated


def test_will_not_withdraw_is_reject(nlp):
    events = code(nlp, "Zelensky said that Ukraine would not withdraw its troops.")
    reject = only(events, "REJECT")
    assert reject.sources == ("UKR",) and not reject.negated and reject.modality == "asserted"
    assert "RETREAT" not in types_of(events)


def test_reported_speech_is_claimed_by_speaker(nlp):
    from dateline.model import Statement

    text = "Zelensky said that Russia attacked Kyiv."
    start = text.index("Russia")
    st = Statement("indirect", "said", text[start:-1], start, len(text) - 1, speaker="Q3881")
    event = only(code(nlp, text, statements=[st]), "ASSAULT")
    assert event.claimed_by == "Q3881" and event.sources == ("RUS",)


# ------------------------------------------------------------------------------------ record fields


def test_ids_are_stable_and_fields_filled(nlp):
    text = "Putin met Trump in Tripoli."
    first, second = code(nlp, text), code(nlp, text)
    assert [e.id for e in first] == [e.id for e in second]
    event = first[0]
    assert event.id == event_id("test-doc", "CONSULT", text.index("met"))
    assert event.trigger.text == "met" and text[event.trigger.start:event.trigger.end] == "met"
    assert event.evidence.text == text and (event.evidence.start, event.evidence.end) == (0, len(text))
    assert event.place == "Tripoli"
    assert event.modality in MODALITIES and 0 <= event.confidence <= 1
    assert event.date.value == PUB.isoformat() and event.date.basis == "publication"


def test_date_from_times(nlp):
    from dateline.model import TimeExpr

    text = "Putin met Trump yesterday."
    start = text.index("yesterday")
    t = TimeExpr("yesterday", start, start + 9, "DATE", "2025-05-19")
    event = only(code(nlp, text, times=[t]), "CONSULT")
    assert event.date.value == "2025-05-19" and event.date.basis == "text"


# ------------------------------------------------------------------------------------ founding example


def _founding(nlp, shared_dir):
    raw = (shared_dir / "examples" / "000_a190d13e5a6bcf0f.txt").read_text(encoding="utf-8")
    text = raw.split("\n", 1)[1].lstrip()
    doc = nlp(text)
    try:
        from dateline.actors import link_actors  # type: ignore[attr-defined]

        _, mentions = link_actors(doc, PUB)
        ids = {"trump": None}
    except (ImportError, NotImplementedError):
        mentions = mentions_for(doc)
        he = next(t for t in doc if t.lower_ == "he" and t.head.lemma_ == "inform")
        mentions.append(Mention("Q22686", he.idx, he.idx + 2, "he", "pronoun"))
        ids = None
    statements = []
    try:
        from dateline.statements import find_statements

        statements = find_statements(doc, mentions)
    except (ImportError, NotImplementedError):
        pass
    events = code_events(doc, [], mentions, [], statements, PUB, "000_a190d13e5a6bcf0f")
    return doc, mentions, events, ids


def _id(mentions, name):
    for m in mentions:
        if m.text == name or m.text.endswith(name):
            return m.actor_id
    raise AssertionError(f"no mention of {name}")


def test_founding_example(nlp, shared_dir):
    doc, mentions, events, _ = _founding(nlp, shared_dir)
    trump, putin, zelensky = _id(mentions, "Trump"), _id(mentions, "Putin"), _id(mentions, "Zelensky")
    ukraine, russia = _id(mentions, "Ukraine"), _id(mentions, "Russia")

    def find(etype, trigger, sentence_start):
        for e in events:
            if e.type == etype and e.trigger.text == trigger and e.evidence.text.startswith(sentence_start):
                return e
        raise AssertionError(f"no {etype} {trigger!r} in {sentence_start!r}")

    # 1. Trump and Putin spoke on the phone yesterday
    e1 = find("CONSULT", "spoke", "President Donald Trump")
    assert set(e1.sources) == {trump, putin} and e1.mode == "phone" and e1.modality == "asserted"
    # 2. Trump spoke to Zelensky
    e2 = find("CONSULT", "spoke", "Before talking")
    assert e2.sources == (trump,) and e2.targets == (zelensky,)
    # 3. Trump informed six leaders: one event
    e3 = find("CONSULT", "informed", "Trump informs")
    assert e3.sources == (trump,) and len(e3.targets) == 6 and zelensky in e3.targets
    # 4. Zelensky called for new sanctions
    e4 = find("REQUEST", "called", "Zelensky called")
    assert e4.sources == (zelensky,)
    assert find("SANCTION", "sanctions", "Zelensky called").modality == "requested"
    # 5. Ukraine would not withdraw its troops
    e5 = find("REJECT", "withdraw", "Zelensky also said that Ukraine")
    assert e5.sources == (ukraine,) and e5.mode == "yield"
    # 6. accused each other, and the drone attacks, both ways
    accuse = [e for e in events if e.type == "ACCUSE" and e.trigger.text == "accused"]
    assert {(e.sources, e.targets) for e in accuse} == {((ukraine,), (russia,)), ((russia,), (ukraine,))}
    assault = [e for e in events if e.type == "ASSAULT" and e.trigger.text == "launched"]
    assert {(e.sources, e.targets, e.claimed_by) for e in assault} == {
        ((ukraine,), (russia,), russia), ((russia,), (ukraine,), ukraine)}
    assert all(e.mode == "drone" for e in assault)
    # 7. the prisoner exchange discussed by Putin and Trump
    e7 = find("CONSULT", "discussed", "Exchange of American prisoners")
    assert set(e7.sources) == {putin, trump}
    exchange = find("RETREAT", "exchange", "Exchange of American prisoners")
    assert exchange.mode == "release" and exchange.modality == "hypothetical"
    # 8. Russia and Ukraine will start negotiations
    e8 = find("CONSULT", "negotiations", "What Trump said")
    assert set(e8.sources) == {russia, ukraine} and e8.modality == "future"
    # precision: no event from a bare "said", none asserted from the headline fragment
    assert not any(e.trigger.text in ("said", "announced", "declared") for e in events)
    assert not any(e.trigger.text == "Exchange" for e in events)
    for e in events:
        assert doc.text[e.trigger.start:e.trigger.end] == e.trigger.text
        assert doc.text[e.evidence.start:e.evidence.end] == e.evidence.text


# ------------------------------------------------------------------------------------ PLOVER GSR


def test_plover_gold_standard(nlp, shared_dir):
    from dateline.events.plover_eval import evaluate_plover

    scores = evaluate_plover(shared_dir / "benchmarks" / "plover" / "PLOVER_GSR_CAMEO.txt", nlp=nlp)
    assert scores["records"] == 322
    assert scores["type_accuracy"] >= 0.75, scores
    assert scores["source_match"] >= 0.7, scores
    assert scores["events_per_sentence"] <= 2.5, scores


# ------------------------------------------------------------------------------------ precision and arguments


def test_target_of_a_coordinated_weapon(nlp):
    event = only(code(nlp, "Russia launched 85 drones and a ballistic missile at Ukraine."), "ASSAULT")
    assert event.sources == ("RUS",) and event.targets == ("UKR",)


def test_adjunct_call_takes_the_clause_subject_and_keeps_its_own_modality(nlp):
    events = code(nlp, "Putin agreed to stop attacks on Ukraine's energy infrastructure after a phone call with Trump.")
    call = only(events, "CONSULT")
    assert call.sources == ("Q7747",) and call.targets == ("Q22686",) and call.modality == "asserted"
    stop = only(events, "CONCEDE")  # a promised halt of attacks is a concession, not an assault
    assert stop.sources == ("Q7747",) and stop.modality == "future"
    assert "ASSAULT" not in types_of(events)


def test_light_verb_through_a_collective_noun(nlp):
    events = code(nlp, "Japan adopted its 17th package of sanctions against Russia, targeting 200 ships.")
    sanction = only(events, "SANCTION")
    assert sanction.sources == ("JPN",) and sanction.targets == ("RUS",)
    assert "ASSAULT" not in types_of(events)


def test_participle_modifier_is_no_event(nlp):
    assert "SUPPORT" not in types_of(code(nlp, "The US-backed rebels met Turkey in Tripoli."))


def test_relative_pronoun_subject(nlp):
    event = only(code(nlp, "Zelensky condemned Turkey, which has attacked Syria."), "ASSAULT")
    assert event.sources == ("TUR",) and event.targets == ("SYR",)


def test_repeated_mentions_in_a_sentence_are_one_event(nlp):
    events = code(nlp, "Russia attacked Kyiv, shelling the city and killing civilians.")
    assert len([e for e in events if e.type == "ASSAULT"]) == 1


def test_reported_must_is_a_request(nlp):
    events = code(nlp, "Russia said that Iraq must return the helicopter.")
    request = only(events, "REQUEST")
    assert request.sources == ("RUS",) and request.targets == ("IRQ",)


def test_state_organs_act_as_their_country(nlp):
    from dateline.model import Actor

    text = "Russian troops attacked Kyiv. Russia denied it."
    doc = nlp(text)
    mentions = [Mention("x:RUS:troops", 0, 14, "Russian troops", "description"),
                Mention("UKR:Kyiv", 24, 28, "Kyiv"), Mention("RUS", 30, 36, "Russia")]
    actors = [Actor("x:RUS:troops", "RUS troops", "group", "RUS", "MIL"), Actor("RUS", "Russia", "country", "RUS", "GOV"),
              Actor("UKR:Kyiv", "Kyiv", "organization", "UKR", None)]
    event = only(code_events(doc, actors, mentions, [], [], PUB, "t"), "ASSAULT")
    assert event.sources == ("RUS",)


# ------------------------------------------------------------------------------------ arguments (issue 6)


@pytest.mark.parametrize(
    "text, etype, sources, targets",
    [
        # a purpose clause names the target of an attack or a threat
        ("Turkey launched an offensive on Saturday, aiming to drive out the rebels.", "ASSAULT", ("TUR",), ("x:rebels",)),
        ("Turkey has threatened an offensive to dismantle the rebels.", "THREATEN", ("TUR",), ("x:rebels",)),
        # the subject of "receive"/"face" is the one the event is directed at
        ("Iran received an invitation from Russia.", "AGREE", ("RUS",), ("IRN",)),
        # a relative clause without a pronoun leaves its object on the noun
        ("Zelensky condemned the rebels Russia is battling.", "ASSAULT", ("RUS",), ("x:rebels",)),
        # a verb under "no need to" is done by the one who has the need
        ("Putin felt no need to negotiate with the rebels.", "CONSULT", ("Q7747",), ("x:rebels",)),
        # a statement's author, named by "issued by", is who demands
        ("A statement issued by the rebels demanded a political transition.", "REQUEST", ("x:rebels",), ()),
        ("Iraq said the rebels worked with Syria.", "COOPERATE", ("x:rebels",), ("SYR",)),
        # "will not allow" is a threat
        ("Turkey will not allow a terror corridor along its borders.", "THREATEN", ("TUR",), ()),
    ],
)
def test_arguments_from_the_parse(nlp, text, etype, sources, targets):
    event = only(code(nlp, text), etype)
    assert (event.sources, event.targets) == (sources, targets)


def test_released_statement_is_no_release(nlp):
    assert "RETREAT" not in types_of(code(nlp, "Russia and Turkey released opposing accounts of the call."))
    assert only(code(nlp, "Turkey released Trump."), "RETREAT").targets == ("Q22686",)


def test_possessor_of_an_apposed_name_is_no_participant(nlp):
    text = "The decision prompted the resignation of his defence secretary, Jim Mattis."
    doc = nlp(text)
    start = text.index("Jim")
    mentions = [Mention("Q22686", text.index("his"), text.index("his") + 3, "his", "pronoun"),
                Mention("x:mattis", start, start + 10, "Jim Mattis")]
    event = only(code_events(doc, [], mentions, [], [], PUB, "t"), "RETREAT")
    assert event.sources == ("x:mattis",)


def _statement(text, speaker):
    from dateline.model import Statement

    return Statement("direct", "said", text, 0, len(text), speaker=speaker)


@pytest.mark.parametrize(
    "text, etype, sources, targets",
    [
        # the saying is the act: the speaker accuses, threatens
        ("It is astounding and unacceptable that Iran attacked Iraq, Trump said.", "ACCUSE", ("Q22686",), ()),
        ("Trump's comments were a violation of sovereignty, Iraq said.", "ACCUSE", ("IRQ",), ("Q22686",)),
        ("Syria would face consequences if it attacked the rebels, Turkey said.", "THREATEN", ("TUR",), ("SYR",)),
    ],
)
def test_speaker_is_the_source_of_a_speech_act(nlp, text, etype, sources, targets):
    speaker = NAMES[text.rsplit(", ", 1)[1].split()[0]]
    event = only(code(nlp, text, statements=[_statement(text, speaker)]), etype)
    assert (event.sources, event.targets, event.modality) == (sources, targets, "asserted")


def test_speaker_is_not_the_source_of_what_happened(nlp):
    text = "Russia attacked Kyiv, Zelensky said."
    event = only(code(nlp, text, statements=[_statement(text, "Q3881")]), "ASSAULT")
    assert event.sources == ("RUS",)


def test_named_subject_over_its_description(nlp):
    from dateline.model import Actor

    text = "The Australian foreign minister, Julie Bishop said: “We are disappointed that Turkey rejected the request.”"
    doc = nlp(text)
    desc, name = text.index("Australian"), text.index("Julie")
    mentions = [Mention("x:AUS:minister", desc, desc + 25, "Australian foreign minister", "description"),
                Mention("x:bishop", name, name + 12, "Julie Bishop"), Mention("TUR", text.index("Turkey"), text.index("Turkey") + 6, "Turkey")]
    actors = [Actor("x:AUS:minister", "Australian foreign minister", "person", "AUS", "GOV"),
              Actor("x:bishop", "Julie Bishop", "person"), Actor("TUR", "Turkey", "country", "TUR", "GOV")]
    event = only(code_events(doc, actors, mentions, [], [], PUB, "t"), "ACCUSE")
    assert event.sources == ("x:bishop",) and event.targets == ("TUR",)


def _place_doc(nlp, text, place):
    from dateline.model import Actor

    doc = nlp(text)
    start = text.index(place)
    mentions = mentions_for(doc) + [Mention("x:place:" + place.lower(), start, start + len(place), place)]
    actors = [Actor("x:place:" + place.lower(), place, "group"), Actor("x:protesters", "protesters", "group", None, "CVL")]
    return code_events(doc, actors, mentions, [], [], PUB, "t")


@pytest.mark.parametrize(
    "text, place, etype, sources, targets",
    [
        # a place that only names a facility, or where something happened, is no target
        ("Russia launched a missile attack on the Chaplyne railway station.", "Chaplyne", "ASSAULT", ("RUS",), ()),
        ("The protesters staged a protest at the Euston station.", "Euston", "PROTEST", ("x:protesters",), ()),
        # the district of Afrin is Afrin
        ("Turkey continued its attacks on the district of Afrin.", "Afrin", "ASSAULT", ("TUR",), ("x:place:afrin",)),
    ],
)
def test_places_are_not_targets(nlp, text, place, etype, sources, targets):
    event = only(_place_doc(nlp, text, place), etype)
    assert (event.sources, event.targets) == (sources, targets)


def test_protest_naming_no_one_is_by_the_protesters(nlp):
    from dateline.model import Actor

    text = "The protesters blocked the road. A similar protest was staged on Sunday."
    doc = nlp(text)
    actors = [Actor("x:protesters", "protesters", "group", None, "CVL")]
    events = code_events(doc, actors, mentions_for(doc), [], [], PUB, "t")
    protest = only(events, "PROTEST", "protest")
    assert protest.sources == ("x:protesters",)


def test_demonstrations_involving_protesters(nlp):
    events = code(nlp, "The station was closed by demonstrations involving protesters.")
    assert only(events, "PROTEST").sources == ("x:protesters",)


def test_coordinated_verb_shares_the_first_ones_modality(nlp):
    events = code(nlp, "Russia would not dare to shell Kyiv and kill civilians.")
    assert all(e.modality == "hypothetical" for e in events if e.type == "ASSAULT")


def test_an_apposed_event_noun_names_no_actor(nlp):
    # the parser takes the list after the dash for an apposition of "allies"
    text = ("The NATO allies have come to an agreement on several issues that have divided them in recent years – "
            "chiefly, Iran's support for the rebels in Syria, and Russia's detention of a pastor.")
    agree = only(code(nlp, text), "AGREE")
    assert agree.sources == ("NATO",)


def test_a_name_in_parentheses_renames_the_phrase(nlp):
    text = "Turkey attacked the Kurdistan Workers Party (PKK) in Iraq. The PKK denied it."
    doc = nlp(text)
    full, first, second = text.index("Kurdistan"), text.index("PKK"), text.rindex("PKK")
    mentions = [Mention("TUR", 0, 6, "Turkey"), Mention("x:kwp", full, full + 23, "Kurdistan Workers Party"),
                Mention("x:pkk", first, first + 3, "PKK"), Mention("x:pkk", second, second + 3, "PKK")]
    event = only(code_events(doc, [], mentions, [], [], PUB, "t"), "ASSAULT")
    assert event.targets == ("x:pkk",)


# ------------------------------------------------------------------ round 2: hosts, hypotheticals, appositions


def test_invitation_to_visit_comes_from_the_host(nlp):
    e = only(code(nlp, "Trump has received an invitation to visit Turkey."), "AGREE")
    assert (e.sources, e.targets) == (("TUR",), ("Q22686",))


@pytest.mark.parametrize("text, absent, present", [
    # a counterfactual is no event ("if Russia did not withdraw")
    ("Turkey would shell the cities if Russia did not withdraw its troops.", "RETREAT", None),
    # what is refused is hypothetical: the refusal is the event
    ("Syria refused to discuss the constitution with Turkey.", "CONSULT", "REJECT"),
    # what is not dared is not done
    ("Turkey would not dare to shell the Kurdish towns.", "ASSAULT", None),
])
def test_counterfactual_events_are_dropped(nlp, text, absent, present):
    events = code(nlp, text)
    assert absent not in types_of(events)
    if present:
        assert present in types_of(events)


def code_linked(nlp, text, date=dt.date(2018, 1, 22)):
    """Events with the actors stage's own mentions (for rules that depend on how names are linked)."""
    from dateline.actors import link_actors

    doc = nlp(text)
    actors, mentions = link_actors(doc, date)
    return code_events(doc, actors, mentions, [], [], date, "test-doc")


def test_apposition_the_parser_hung_on_the_verb_is_still_a_target(nlp):
    text = ("Turkey launched the assault on Saturday, aiming to force the Kurdish Democratic Union party (PYD) and its "
            "military wing, the People’s Protection Units (YPG), out of Afrin.")
    e = only(code_linked(nlp, text), "ASSAULT")
    assert e.sources == ("Q43",)
    assert set(e.targets) == {"x:org:pyd", "x:org:ypg"}
