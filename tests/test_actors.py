"""Tests for the actors stage: knowledge base, linking, coreference and the evaluations."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.actors import link_actors, load_kb
from dateline.actors.evaluate import code_actor_phrase, iob1_spans, parse_date

D2025 = dt.date(2025, 5, 20)


def _links(nlp, text, date=D2025):
    doc = nlp(text)
    actors, mentions = link_actors(doc, date)
    return {a.id: a for a in actors}, mentions


def _actor_of(mentions, text):
    return [m.actor_id for m in mentions if m.text == text]


# ---- knowledge base -------------------------------------------------------------------------------


def test_kb_holder_depends_on_date():
    kb = load_kb()
    assert kb.holder("DEU", "chancellor", D2025).name == "Friedrich Merz"
    assert kb.holder("DEU", "chancellor", dt.date(2020, 1, 1)).name == "Angela Merkel"
    assert kb.holder("USA", "president", dt.date(2022, 3, 1)).name == "Joe Biden"
    assert kb.holder("RUS", "president", dt.date(2010, 1, 1)).name == "Dmitry Medvedev"
    assert kb.holder("DEU", "chancellor", dt.date(1990, 1, 1)) is None


def test_kb_lookups():
    kb = load_kb()
    assert kb.country_of_demonym("Russian") == "RUS"
    assert kb.country_of_demonym("Libyan") == "LBY"
    assert kb.country_of_demonym("Ukrainians") == "UKR"
    assert kb.get("Q7747").name == "Vladimir Putin"
    assert kb.get("Q159").kind == "country" and kb.get("Q159").sector == "GOV"
    assert kb.get("nonexistent") is None


def test_kb_former_office_holder_is_elite():
    kb = load_kb()
    assert kb.actor_at("Q567", dt.date(2019, 1, 1)).sector == "GOV"
    assert kb.actor_at("Q567", dt.date(2023, 1, 1)).sector == "ELI"


@pytest.mark.parametrize(
    "country,office,date,name",
    [
        ("GBR", "finance minister", dt.date(2012, 1, 1), "George Osborne"),
        ("JPN", "finance minister", dt.date(2015, 1, 1), "Taro Aso"),
        ("ITA", "finance minister", dt.date(2010, 1, 1), "Giulio Tremonti"),
        ("CAN", "finance minister", dt.date(2010, 1, 1), "Jim Flaherty"),
        ("FRA", "chief of general staff", dt.date(2008, 1, 1), "Jean-Louis Georgelin"),
        ("RUS", "chief of general staff", dt.date(2010, 1, 1), "Nikolai Makarov"),
        ("USA", "chief of general staff", dt.date(2013, 1, 1), "Martin Dempsey"),
        ("USA", "deputy defence minister", dt.date(2015, 1, 1), "Robert Work"),
        ("USA", "deputy defence minister", dt.date(2012, 1, 1), "Ash Carter"),
        ("ECB", "president", dt.date(2015, 1, 1), "Mario Draghi"),
    ],
)
def test_kb_office_categories(country, office, date, name):
    """G7 finance ministers, G7 and Russian chiefs of defence, US deputy defence secretaries, ECB presidents."""
    assert load_kb().holder(country, office, date).name == name


@pytest.mark.parametrize(
    "word,country",
    [("Dehli", "IND"), ("Isreal", "ISR"), ("Britian", "GBR"), ("Eygpt", "EGY"), ("Mocsow", "RUS"),
     ("Delhi", None),  # spelt right: an ordinary lookup
     ("Pairs", None),  # a common word, not "Paris"
     ("Dheli", None),  # the first letter stays: "Delhi" has no such neighbour swap, nor does any other name
     ("dehli", None),  # lower case
     ("Inida", "IND")],
)
def test_kb_respelt_country_or_capital(word, country):
    assert load_kb().country_of_respelt_place(word) == country


@pytest.mark.parametrize(
    "name,country",
    [("Amherst", "USA"), ("Gao", "MLI"), ("Bogotá", "COL"), ("Bogota", "COL"),
     ("Most", None), ("Police", None), ("Of", None),  # towns that are common words
     ("Victoria", None)],  # towns in several countries, none far the largest
)
def test_gazetteer_towns(name, country):
    from dateline.actors.gazetteer import country_of_town

    assert country_of_town(name) == country


# ---- names and aliases ----------------------------------------------------------------------------


def test_pipeline_has_component_once(nlp):
    from dateline.actors.link import COMPONENT, configure_pipeline

    configure_pipeline(nlp)
    assert nlp.pipe_names.count(COMPONENT) == 1
    assert nlp.pipe_names.index(COMPONENT) > nlp.pipe_names.index("ner")


@pytest.mark.parametrize("spelling", ["Zelensky", "Zelenskyy", "Zelenskiy"])
def test_aliases_zelensky(nlp, spelling):
    _, mentions = _links(nlp, f"{spelling} spoke to reporters in Kyiv on Monday.")
    assert _actor_of(mentions, spelling) == ["Q3881545"]


@pytest.mark.parametrize("spelling", ["Gaddafi", "Qaddafi", "Kadhafi"])
def test_aliases_gaddafi(nlp, spelling):
    actors, mentions = _links(nlp, f"Forces loyal to {spelling} shelled the town.", dt.date(2011, 3, 10))
    assert "Q19878" in {m.actor_id for m in mentions}


def test_trump_is_never_an_organization(nlp):
    doc = nlp("Trump announced on Truth Social after his call. The Trump-Putin call lasted two hours.")
    for ent in doc.ents:
        if ent.text == "Trump":
            assert ent.label_ == "PERSON"
    _, mentions = link_actors(doc, D2025)
    assert set(_actor_of(mentions, "Trump")) == {"Q22686"}


def test_countries_become_country_actors(nlp):
    actors, mentions = _links(nlp, "Russia and Ukraine will start talks, the United States said.")
    assert actors["Q159"].kind == "country" and actors["Q159"].country == "RUS"
    assert actors["Q212"].sector == "GOV"
    assert "Q30" in actors


def test_capital_as_government_but_not_as_place(nlp):
    _, mentions = _links(nlp, "Moscow rejected the proposal.")
    assert _actor_of(mentions, "Moscow") == ["Q159"]
    _, mentions = _links(nlp, "The talks were held in Moscow.")
    assert _actor_of(mentions, "Moscow") == []


# ---- titles resolved by date ----------------------------------------------------------------------


def test_same_title_different_dates(nlp):
    _, m2025 = _links(nlp, "The German Chancellor said the talks would go on.", D2025)
    _, m2020 = _links(nlp, "The German Chancellor said the talks would go on.", dt.date(2020, 5, 20))
    assert _actor_of(m2025, "German Chancellor") == ["Q66293"]
    assert _actor_of(m2020, "German Chancellor") == ["Q567"]
    assert [m.how for m in m2025 if m.text == "German Chancellor"] == ["title"]


def test_title_then_name_is_one_mention(nlp):
    _, mentions = _links(nlp, "He called president of the European Commission Ursula von der Leyen.")
    vdl = [m for m in mentions if m.actor_id == "Q60772"]
    assert len(vdl) == 1 and vdl[0].text == "president of the European Commission Ursula von der Leyen"


def test_title_with_surname_only(nlp):
    _, mentions = _links(nlp, "He also informed the President Stubb.")
    assert [m.text for m in mentions if m.actor_id == "Q310718"] == ["President Stubb"]


def test_new_dated_titles(nlp):
    _, m2022 = _links(nlp, "The British finance minister spoke.", dt.date(2022, 8, 20))
    _, m2025 = _links(nlp, "The British finance minister spoke.", D2025)
    assert _actor_of(m2022, "British finance minister") == ["x:person:nadhim-zahawi"]
    assert _actor_of(m2025, "British finance minister") == ["x:person:rachel-reeves"]
    kb = load_kb()
    assert kb.holder("USA", "deputy defence minister", dt.date(2025, 6, 1)).name == "Steve Feinberg"
    assert kb.holder("USA", "deputy defence minister", dt.date(2024, 6, 1)).name == "Kathleen Hicks"


def test_leader_word_resolves_to_country_leader(nlp):
    _, mentions = _links(nlp, "The call failed to extract the Russian chief's concessions.")
    assert _actor_of(mentions, "Russian chief") == ["Q7747"]


# ---- unknown actors and descriptions --------------------------------------------------------------


def test_unknown_actors_get_local_ids(nlp):
    actors, _ = _links(nlp, "Libyan rebels clashed with Iraqi officials near a US destroyer.")
    assert actors["x:LBY:rebels"].sector == "REB" and actors["x:LBY:rebels"].country == "LBY"
    assert actors["x:IRQ:officials"].sector == "GOV"
    assert actors["x:USA:destroyer"].sector == "MIL"


def test_weapon_aimed_at_a_country_is_not_that_countrys(nlp):
    # "at" names the target of drones and missiles, never their owner; "of"/"from" still give a country
    _, mentions = _links(nlp, "Iran fired a cruise missile at Israel, and drones from Lebanon followed.")
    assert not any(m.text.endswith("missile") for m in mentions)
    assert _actor_of(mentions, "drones") == ["x:LBN:drones"]


def test_regional_and_national_adjective_groups(nlp):
    actors, mentions = _links(nlp, "European leaders said they would meet. Western countries and Iraqi officials "
                                   "agreed, and European capitals were alarmed.")
    assert _actor_of(mentions, "European leaders") == ["x:EUR:leaders"]
    assert (actors["x:EUR:leaders"].country, actors["x:EUR:leaders"].sector) == ("EUR", "GOV")
    assert _actor_of(mentions, "they") == ["x:EUR:leaders"]
    assert actors["x:WST:countries"].country == "WST"
    assert actors["x:IRQ:officials"].sector == "GOV"
    assert _actor_of(mentions, "European capitals") == ["x:EUR:capitals"]
    assert not any(m.text == "European" for m in mentions)


def test_plural_title_is_not_the_office_holder(nlp):
    actors, mentions = _links(nlp, "Russian leaders rejected the plan, and the Russian leader said so.")
    assert _actor_of(mentions, "Russian leaders") == ["x:RUS:leaders"]
    assert _actor_of(mentions, "Russian leader") == ["Q7747"]


def test_generic_nouns_need_a_country(nlp):
    actors, mentions = _links(nlp, "Russian troops advanced as drones hit the city and people fled. Troops left.")
    assert actors["x:RUS:troops"].sector == "MIL"
    assert "x:drones" not in actors and "x:people" not in actors and "x:troops" not in actors


def test_members_of_a_named_group_take_its_sector(nlp):
    actors, _ = _links(nlp, "Boko Haram gunmen attacked the village.")
    assert [a.sector for a in actors.values() if a.id.endswith("gunmen")] == ["REB"]


def test_name_followed_by_its_kind_of_noun(nlp):
    doc = nlp("The Interfax news agency said Gazprom company had paid.")
    assert [e.text for e in doc.ents if e.label_ == "ORG"][:1] == ["Interfax"]
    _, mentions = link_actors(doc, D2025)
    assert _actor_of(mentions, "Interfax news agency") == ["x:media:interfax"]


def test_transliteration_variant_of_a_kb_group():
    kb = load_kb()
    assert kb.lookup_org_variant("Ahlu Sunnah Wal-Jamaa") == "x:org:aswj"
    assert kb.lookup_org_variant("UN") is None


def test_breakaway_states_and_regions():
    kb = load_kb()
    assert (kb.get("x:org:abkhazia").country, kb.get("x:org:abkhazia").sector) == ("GEO", "PRE")
    assert kb.region_of_word("European") == "EUR" and kb.region_of_word("Russian") is None
    assert code_actor_phrase("Burkina Faso's displaced", D2025).sector == "REF"


def test_unknown_person_stays_a_person(nlp):
    actors, _ = _links(nlp, "Jonas Brackmeyer, a farmer, said the harvest was poor.")
    people = [a for a in actors.values() if a.id.startswith("x:person:")]
    assert people and people[0].kind == "person"


def test_spokesperson_for_the_kremlin(nlp):
    actors, mentions = _links(nlp, "The leaders did not discuss a delay, said a spokesperson for the Kremlin.")
    assert _actor_of(mentions, "spokesperson") == ["x:RUS:spokesperson"]
    assert actors["x:RUS:spokesperson"].sector == "GOV"
    assert _actor_of(mentions, "Kremlin") == ["x:org:kremlin"]


# ---- coreference ----------------------------------------------------------------------------------


def test_pronoun_prefers_subject(nlp):
    _, mentions = _links(nlp, "Trump said that after his call with Putin, he informed the allies.")
    pronouns = [m for m in mentions if m.how == "pronoun"]
    assert [(m.text, m.actor_id) for m in pronouns] == [("his", "Q22686"), ("he", "Q22686")]


def test_pronoun_gender(nlp):
    _, mentions = _links(nlp, "Meloni met Macron in Rome. She said the meeting went well.")
    assert _actor_of(mentions, "She") == ["Q3766299"]


def test_they_resolves_to_plural_actor(nlp):
    _, mentions = _links(nlp, "Libyan rebels took the town. They said it was secure.")
    assert _actor_of(mentions, "They") == ["x:LBY:rebels"]


def test_two_leaders(nlp):
    _, mentions = _links(nlp, "Trump and Putin spoke by phone. The two leaders did not discuss a delay.")
    assert sorted(_actor_of(mentions, "two leaders")) == ["Q22686", "Q7747"]


def test_they_resolves_to_coordinated_subject_not_place(nlp):
    text = ("Donald Trump and Vladimir Putin met in Anchorage, Alaska, on Friday, "
            "but they did not agree on a ceasefire.")
    _, mentions = _links(nlp, text, dt.date(2025, 8, 16))
    assert sorted(_actor_of(mentions, "they")) == ["Q22686", "Q7747"]
    assert _actor_of(mentions, "Alaska") == []  # a place after "in X," is not an actor


def test_they_never_links_to_a_place_name(nlp):
    _, mentions = _links(nlp, "Russian drones struck Kharkiv overnight. They hit three buildings.")
    assert _actor_of(mentions, "They") == ["x:RUS:drones"]


def test_they_prefers_coordinated_countries(nlp):
    _, mentions = _links(nlp, "Russia and Ukraine exchanged prisoners on Friday. They agreed to meet again.")
    assert sorted(_actor_of(mentions, "They")) == ["Q159", "Q212"]


def test_possessive_prefers_its_clause_subject_over_the_speaker(nlp):
    text = "Zelensky also said that Russia was trying to buy time in negotiations to continue his war."
    _, mentions = _links(nlp, text, dt.date(2025, 8, 16))
    assert _actor_of(mentions, "his") == ["Q7747"]  # Russia's leader on the date, not the speaker
    _, mentions = _links(nlp, "Macron said that Merz would bring his proposal to Brussels.")
    assert _actor_of(mentions, "his") == ["Q66293"]


def test_pronoun_without_antecedent_is_not_linked(nlp):
    _, mentions = _links(nlp, "He said nothing.")
    assert mentions == []


# ---- the founding example -------------------------------------------------------------------------


def _example(shared_dir):
    raw = (shared_dir / "examples" / "000_a190d13e5a6bcf0f.txt").read_text(encoding="utf-8")
    header, body = raw.split("\n", 1)
    date = dt.date.fromisoformat(header.split()[1])
    return date, body.lstrip("\n")


def test_founding_example(nlp, shared_dir):
    date, text = _example(shared_dir)
    assert date == D2025
    doc = nlp(text)
    actors, mentions = link_actors(doc, date)
    ids = {a.id for a in actors}
    for qid in ("Q22686", "Q7747", "Q3881545", "Q60772", "Q3052772", "Q3766299", "Q66293", "Q310718",
                "Q159", "Q212", "Q30"):
        assert qid in ids, qid
    kb = load_kb()
    for local in ("x:person:yury-ushakov", "x:org:kremlin", "x:media:tass", "x:media:truth-social"):
        assert local in ids and kb.get(local) is not None
    assert len(ids) == len(actors)
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)
    for m in mentions:
        assert doc.text[m.start:m.end] == m.text
    assert set(_actor_of(mentions, "Trump")) == {"Q22686"}
    assert _actor_of(mentions, "Russian President") == ["Q7747"]
    assert "Q310718" in _actor_of(mentions, "President Stubb")
    assert _actor_of(mentions, "presidential assistant at Kremlin Yury Ushakov") == ["x:person:yury-ushakov"]
    assert _actor_of(mentions, "Tass's state agency") == ["x:media:tass"]
    assert any(m.how == "pronoun" for m in mentions)


def test_link_actors_is_cached_per_date(nlp):
    doc = nlp("The German Chancellor spoke.")
    assert _actor_of(link_actors(doc, D2025)[1], "German Chancellor") == ["Q66293"]
    assert _actor_of(link_actors(doc, dt.date(2020, 1, 1))[1], "German Chancellor") == ["Q567"]


# ---- coding phrases and evaluation helpers ---------------------------------------------------------


@pytest.mark.parametrize(
    "phrase,country,sector",
    [
        ("Libyan rebels", "LBY", "REB"),
        ("Kyiv police", "UKR", "COP"),
        ("Russian President", "RUS", "GOV"),
        ("Mexican authorities", "MEX", "GOV"),
        ("American soldiers", "USA", "MIL"),
        ("a former White House official", "USA", "ELI"),
        # towns the KB does not list, from the gazetteer; misspelt countries and capitals
        ("the mayor of Fairhope", "USA", "GOV"),
        ("Tajura residents", "LBY", "CVL"),
        ("Coventry City Council", "GBR", "GOV"),
        ("Amherst College", "USA", "EDU"),
        ("Kabul city police", "AFG", "COP"),
        ("the Isreal government", "ISR", "GOV"),
        # a town's name inside a longer name or a person's name says nothing of them
        ("Dauphin Island residents", None, "CVL"),
        ("Florence Mutua", None, None),
    ],
)
def test_code_actor_phrase(phrase, country, sector):
    a = code_actor_phrase(phrase, D2025)
    assert (a.country, a.sector) == (country, sector)


def test_code_actor_phrase_context_and_nothing():
    assert code_actor_phrase("Defense Minister", D2025, context="German").country == "DEU"
    assert code_actor_phrase("he", D2025) is None


def test_iob1_spans():
    tags = ["I-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-ORG"]
    assert iob1_spans(tags) == {(0, 2, "PER"), (3, 4, "LOC"), (4, 5, "LOC"), (5, 6, "ORG")}


def test_parse_date():
    assert parse_date("10 May 2015") == dt.date(2015, 5, 10)
    assert parse_date("October 1, 2021") == dt.date(2021, 10, 1)
    assert parse_date("today", today=D2025) == D2025


def test_actor_codes_benchmark(shared_dir):
    from dateline.actors.evaluate import evaluate_actor_codes

    result = evaluate_actor_codes(shared_dir / "benchmarks" / "plover" / "actor_codes.csv")
    # the issue asks for 0.90 / 0.80 (today: country 0.902, sector 0.828)
    assert result["country_accuracy"] >= 0.90
    assert result["sector_accuracy"] >= 0.80


def test_titles_in_tokenized_text(nlp):
    """Corpora re-joined from tokens write "vice - president": still a title, and no crash."""
    actors, mentions = _links(nlp, "The Iraqi vice - president met the Kurdish prime minister .", dt.date(2011, 3, 1))
    assert any(m.actor_id.startswith("x:IRQ:") and m.text == "Iraqi vice - president" for m in mentions), mentions


# ---- coreference and aliases: counts, speaker chains, owners, acronyms, surnames ----------------------

D2018 = dt.date(2018, 1, 25)


@pytest.mark.parametrize("text, mention, expected", [
    # a count of people is the last named people, not a bare description ("the official")
    ("Erdoğan spoke to Trump by phone. The official said the two presidents had simply exchanged views.",
     "two presidents", {"Q22686", "Q39259"}),
    # a count of states is the last states named (a state organ stands for its state)
    ("The United States and Turkey met in Ankara. The two Nato allies have come to an agreement.",
     "two Nato allies", {"Q30", "Q43"}),
    ("The White House and Ankara held talks. Both countries agreed to talk again.", "Both countries", {"Q30", "Q43"}),
    # "its" in the second conjunct is the first conjunct's
    ("Turkey attacked the Democratic Union party (PYD) and its military wing.", "its", {"x:org:pyd"}),
    # what owns soldiers is a state or an armed group, not a monitor
    ("Turkey shelled Afrin on Monday. The Syrian Observatory for Human Rights said two of its soldiers were killed.",
     "its", {"Q43"}),
    # "his counterpart" is the other party of the pair
    ("Erdoğan met Trump in Washington. The Turkish president praised his counterpart's election victory.",
     "counterpart", {"Q22686"}),
    # an acronym in parentheses is the named actor's alias for the whole article
    ("The Free Patriots Movement (FPM) said on Monday that the FPM would boycott the vote.", "FPM",
     {"x:org:free-patriots-movement"}),
    # a surname alone is the person named in full earlier, whatever label the model gives it
    ("Australia wants Neil Prakash extradited. Prakash was detained in Turkey.", "Prakash",
     {"x:person:neil-prakash"}),
    ("Kuleba called on the whole world to take five steps.", "whole world", {"x:world"}),
    ("Protests took place around the world on Sunday.", "world", set()),
])
def test_coreference_and_aliases(nlp, text, mention, expected):
    _, mentions = _links(nlp, text, D2018)
    assert set(_actor_of(mentions, mention)) == expected


def test_pronoun_follows_the_main_clause_subject_of_the_previous_sentence(nlp):
    text = ("Ja'afari told reporters that the talks had failed. He said a statement by the opposition demanded a "
            "transition in which Assad did not participate. He said he would not negotiate.")
    _, mentions = _links(nlp, text, D2018)
    pronouns = [m.actor_id for m in mentions if m.how == "pronoun"]
    assert len(pronouns) == 3 and len(set(pronouns)) == 1 and pronouns[0].startswith("x:person:")


# ---- entities in capitals, span boundaries, document-level names ------------------------------------------

def _ents(nlp, text):
    return {(e.text, e.label_) for e in nlp(text).ents}


@pytest.mark.parametrize("text, present, absent", [
    # headlines: KB names however short, and no common word taken into a name
    ("PUTIN AND TRUMP SPEAK BY PHONE", {("PUTIN", "PERSON"), ("TRUMP", "PERSON")}, {"TRUMP SPEAK", "PHONE"}),
    ("RUSSIA WARNS UKRAINE OVER DRONES", {("RUSSIA", "GPE"), ("UKRAINE", "GPE")}, {"DRONES"}),
    ("ZELENSKY MEETS MACRON IN PARIS", {("ZELENSKY", "PERSON"), ("MACRON", "PERSON"), ("PARIS", "GPE")},
     {"ZELENSKY MEETS MACRON"}),
    ("US AND EU AGREE ON TARIFFS", {("US", "GPE"), ("EU", "ORG")}, {"TARIFFS"}),
    # a wire dateline: the place, not the date
    ("KYIV 2025-05-20", {("KYIV", "GPE")}, {"KYIV 2025-05-20"}),
    # a topic slug before a dash is no part of the name after it
    ("POLITICS - SCHOLZ VISITS WARSAW\nOlaf Scholz arrived in Warsaw on Monday for talks with the government.",
     {("WARSAW", "GPE")}, {"POLITICS - SCHOLZ", "SCHOLZ VISITS"}),
    # a headline word the story writes in small letters stays a common word
    ("TALKS COLLAPSE IN GENEVA\nThe talks collapsed in Geneva on Friday after the delegates walked out.",
     {("GENEVA", "GPE")}, {"TALKS", "TALKS COLLAPSE"}),
])
def test_entities_in_capitals(nlp, text, present, absent):
    ents = _ents(nlp, text)
    assert present <= ents
    assert not {t for t, _ in ents} & absent


@pytest.mark.parametrize("text, present, absent", [
    # a surname alone, after the full name, is the person
    ("Dirk Wolterbeek was charged on Monday. Wolterbeek denied the charges.", {"Wolterbeek"}, set()),
    # initials in parentheses after an organization
    ("The rebels seized the town, the Iraqi News Agency (INA) said.", {"Iraqi News Agency", "INA"}, set()),
    # a description is no name
    ("He spoke to reporters, the defence ministry said.", set(), {"the", "the defence ministry"}),
])
def test_entity_boundaries(nlp, text, present, absent):
    ents = {t for t, _ in _ents(nlp, text)}
    assert present <= ents
    assert not ents & absent


@pytest.mark.parametrize("words, expected", [
    # pre-tokenized text with the possessive apart: the possessive is no part of the name
    ("The exhibit celebrates Carl Lewis 's nine gold medals .", ("Carl Lewis", "PERSON")),
    ("The University of Chicago 's measure of factory orders rose .", ("University of Chicago", "ORG")),
])
def test_possessive_outside_names(nlp, words, expected):
    from spacy.tokens import Doc

    doc = nlp(Doc(nlp.vocab, words=words.split()))
    assert expected in {(e.text, e.label_) for e in doc.ents}


def test_surname_after_full_name_is_a_person(nlp):
    ents = _ents(nlp, "Dirk Wolterbeek was charged on Monday. Wolterbeek denied the charges.")
    assert ("Wolterbeek", "PERSON") in ents


@pytest.mark.parametrize("body, headline, expected", [
    ("Olaf Scholz arrived in Warsaw for talks on Monday.", "SCHOLZ ARRIVES FOR TALKS IN WARSAW",
     ["Scholz", "arrives", "for", "talks", "in", "Warsaw"]),
    ("The NATO summit opened in Vilnius.", "NATO SUMMIT OPENS", ["NATO", "summit", "opens"]),
    ("", "BBC REPORTS ON THE US", ["BBC", "reports", "on", "the", "US"]),
])
def test_truecased_headline_words(nlp, body, headline, expected):
    from dateline.actors.truecase import capital_segments, case_map, truecased_words

    doc = nlp(headline + ("\n" + body if body else ""))
    segments = capital_segments(doc)
    assert segments and segments[0].text == headline
    words = truecased_words(segments[0], case_map(doc, segments, {}))
    assert words == [expected[0][:1].upper() + expected[0][1:]] + expected[1:]


@pytest.mark.parametrize("text, expected", [
    ("RUSSIA WARNS UKRAINE\nThe Kremlin said on Monday it would respond.", ["RUSSIA WARNS UKRAINE"]),
    ("TENNIS - MURRAY WINS OPENING MATCH", ["TENNIS", "MURRAY WINS OPENING MATCH"]),
    ("The Kremlin said on Monday that NATO and the EU would respond.", []),
    ("OK", []),
])
def test_capital_segments(nlp, text, expected):
    from dateline.actors.truecase import capital_segments

    assert [s.text for s in capital_segments(nlp(text))] == expected
