"""The events engine: parse + actor mentions + times -> PLOVER events.

For each sentence: find triggers (verbs and event nouns in the lexicon, most specific sense first),
take their sources and targets from the parse (``arguments``), their negation and modality from the
clause and any embedding verb (``modality``), their mode from the lexicon and mode keywords, their date
from the times stage, and who claims them from the statements stage. Work per sentence is a few passes
over its tokens; all look-ups are dictionary look-ups into the precomputed lexicon.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from dateline.actors.kb import PLACE_ID_PREFIX, STATE_SECTORS
from dateline.events import arguments as args
from dateline.events.lexicon import Lexicon, Sense, load_lexicon
from dateline.events.modality import Embedding, clause_cues, embedding
from dateline.model import Actor, Event, EventDate, Mention, Span, Statement, TimeExpr
from dateline.nlp import doc_text

PLACE_PREPS = frozenset({"in", "at"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
VERB_POS = frozenset({"VERB"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
FRAGMENT_DEPS = frozenset({"ROOT", "dep"})  # a noun heading a verbless fragment: "Exchange of prisoners:"

# confidence by how the event was found (before the sense's own multiplier)
BASE_CONFIDENCE = {"verb": 0.9, "light": 0.8, "noun": 0.65}
NO_SOURCE_PENALTY = 0.25
NO_TARGET_PENALTY = 0.1  # only for types whose recipient the codebook requires
NOT_ASSERTED_PENALTY = 0.05
# what might happen ("if Russia did not withdraw", "could expand the offensive") and what someone asks for
# ("pressing Turkey to extradite") are seldom the news: the news is the condition, threat or request
MODALITY_PENALTY = {"hypothetical": 0.4, "requested": 0.2}
# what did not and would not happen ("if Russia did not withdraw", "refused to discuss") is no news at all
COUNTERFACTUAL_PENALTY = 0.7  # below MIN_CONFIDENCE for any trigger: kept only on request
# a trigger inside a background clause is less often the news: "forces, which have provided arms",
# "the offensive, launched last month"; summed along the path to the sentence root
CLAUSE_PENALTY = {"relcl": 0.1, "acl": 0.1, "advcl": 0.05, "pcomp": 0.05, "appos": 0.1}
PURPOSE_PENALTY = 0.05
PARTICIPLE_PENALTY = 0.1
PURPOSE_HOPS = 3  # verbs followed down a purpose clause for its object ("aiming to force the YPG out")
# an event noun after these is the topic of something else ("a dispute over the planned withdrawal")
TOPIC_PREPS = frozenset({"towards", "toward", "over", "about", "regarding", "concerning"})
TOPIC_PENALTY = 0.2
NESTED_NOUN_PENALTY = 0.15
NO_ACTOR_CONFIDENCE = 0.2  # an event naming no one ("the talks", "troops stationed there") is mostly background
MIN_CONFIDENCE = 0.3  # code_events drops events below this unless told otherwise


@dataclass
class _Trigger:
    """One place in a sentence where the lexicon says an event is."""

    token: Token
    sense: Sense
    kind: str  # verb, light (noun object of a light verb), noun
    light_verb: Token | None = None
    absorbed: set[int] = field(default_factory=set)
    slot: Token | None = None  # the noun an event noun stands in for ("a package of sanctions", "a mediation effort")
    recipient: bool = False  # the light verb's subject receives the event ("received an invitation")


def code_events(
    doc: Doc,
    actors: list[Actor],
    mentions: list[Mention],
    times: list[TimeExpr],
    statements: list[Statement],
    publication_date: dt.date,
    doc_id: str,
    min_confidence: float = MIN_CONFIDENCE,
) -> list[Event]:
    """Code the PLOVER events of one parsed document; events below ``min_confidence`` are left out."""
    lex = load_lexicon()
    index = args.MentionIndex(doc, mentions)
    index.alias = _event_aliases(actors)
    index.nation_alias = _nation_aliases(actors)
    index.speech_verbs = lex.speech_verbs
    index.places, index.local_places = _places(doc, actors, mentions)
    index.event_nouns = frozenset(lex.nouns)
    index.participant_verbs = lex.participant_verbs
    index.actor_names = {a.id: a.name for a in actors}
    dater = _dater(doc, times, publication_date)
    events: list[Event] = []
    for sent in doc.sents:
        events.extend(e for e in _code_sentence(sent, lex, index, statements, dater, doc_id)
                      if e.confidence >= min_confidence)
    return events


def _event_aliases(actors: list[Actor]) -> dict[str, str]:
    """State organs named as their country in events: "the Syrian government", "Russian troops", "the
    White House" act for the state (the PLOVER/CAMEO convention: governments and their forces are the
    country). Done only where the country itself is one of the document's actors."""
    countries = {a.country: a.id for a in actors if a.kind == "country" and a.country}
    out = {}
    for a in actors:
        if (a.kind in ("group", "organization") and a.sector in STATE_SECTORS
                and a.country in countries and a.id != countries[a.country]):
            out[a.id] = countries[a.country]
    return out


def _places(doc: Doc, actors: list[Actor], mentions: list[Mention]):
    """Spans of the mentions that name places: a group named by a place entity ("Afrin"), a country named by its capital
    ("from Kyiv" is where from; "from Syria" leaves the state). For prepositions that name a target only
    when it is an actor (``target_preps``). Second, those of them that are not capitals ("at King's Cross")."""
    from dateline.actors.kb import load_kb

    kinds = {a.id: a.kind for a in actors}
    kb = load_kb()
    out = set()
    local = set()
    for m in mentions:
        if m.how != "name" or kinds.get(m.actor_id, "group") not in ("group", "country"):
            continue
        if kb.country_of_capital(m.text):
            out.add((m.start, m.end))
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        named_place = m.actor_id.startswith(PLACE_ID_PREFIX)  # the actors stage's mark for a place
        if (named_place or span is not None and span.root.ent_type_ in PLACE_LABELS) and not kb.country_of_name(m.text):
            out.add((m.start, m.end))
            local.add((m.start, m.end))
    return frozenset(out), frozenset(local)


def _nation_aliases(actors: list[Actor]) -> dict[str, str]:
    """A people named as a whole ("the Russians" pleaded with, "the Americans" said) acts for its state."""
    countries = {a.country: a.id for a in actors if a.kind == "country" and a.country}
    return {a.id: countries[a.country] for a in actors
            if a.kind == "group" and a.sector == "CVL" and a.country in countries and a.id.endswith(":people")}


# ------------------------------------------------------------------------------------------- triggers


def _object_of(verb: Token, prep: str | None) -> Token | None:
    if prep:
        for c in verb.children:
            if c.dep_ in ("prep", "prt", "agent") and c.lower_ == prep:
                pobj = next((p for p in c.children if p.dep_ in ("pobj", "pcomp")), None)
                if pobj is not None:
                    return pobj
        return next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head  # "a deal brokered by Russia": the noun is what is brokered
    gap = args.relative_object(verb)
    if gap is not None:
        return gap  # "the militias Turkey is battling"
    return next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "attr")), None) or next(
        (p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "on") for p in c.children if p.dep_ == "pobj"),
        None,
    )


def _match_verb(tok: Token, lex: Lexicon, index: args.MentionIndex) -> tuple[Sense, Token | None] | None:
    senses = lex.verbs.get(tok.lemma_.lower())
    if not senses:
        return None
    # particles too, which the parser sometimes takes for adverbs ("hit back at", "called off")
    preps = {c.lower_ for c in tok.children
             if c.dep_ in ("prt", "prep", "agent") or (c.dep_ == "advmod" and c.i == tok.i + 1)}
    for sense in senses:
        if sense.prep and sense.prep not in preps:
            continue
        obj = None
        if sense.object is not None or sense.object_is_actor:
            obj = _object_of(tok, sense.prep)
            if obj is None:
                continue
            if sense.object is not None and not _lemma_matches(obj, sense.object, lex.measures, lex.undertakings):
                continue
            if sense.object_is_actor and not _object_names_actor(obj, index):
                continue
        return sense, obj
    return None


def _lemma_matches(tok: Token, allowed: frozenset[str], measures: frozenset[str] = frozenset(),
                   undertakings: frozenset[str] = frozenset()) -> bool:
    if tok.lemma_.lower() in allowed or tok.lower_ in allowed:
        return True
    # "artillery, mortar and rocket fire": any conjunct
    if any(c.dep_ == "conj" and c.lemma_.lower() in allowed for c in tok.children):
        return True
    # "ended mediation efforts": what the undertaking is
    if tok.lemma_.lower() in undertakings and any(
            c.dep_ == "compound" and c.lemma_.lower() in allowed for c in tok.children):
        return True
    # "700 kg of medicine", "a mission of observers": what the measure is of
    if tok.lemma_.lower() in measures:
        return any(p.dep_ == "pobj" and _lemma_matches(p, allowed)
                   for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children)
    return False


def _object_names_actor(obj: Token, index: args.MentionIndex) -> bool:
    """The object phrase is itself an actor ("received Putin"), not a thing an actor owns ("welcomed
    Reagan's statement")."""
    owned = {t.i for c in obj.children if c.dep_ == "poss" for t in c.subtree}
    return any(index.has(t) for t in args.phrase_tokens(obj) if t.i not in owned)


def _match_noun(tok: Token, lex: Lexicon) -> Sense | None:
    senses = lex.nouns.get(tok.lemma_.lower()) or lex.nouns.get(tok.lower_)
    if not senses:
        return None
    mods = None
    for sense in senses:
        if sense.modifiers is not None:
            if mods is None:
                mods = {c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod", "nmod", "npadvmod")}
                mods |= {c.lower_ for c in tok.children if c.dep_ in ("compound", "amod", "nmod")}
            if not sense.modifiers & mods:
                continue
        if sense.of is not None:
            of_lemmas = {
                p.lemma_.lower()
                for c in tok.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for p in c.children
                if p.dep_ == "pobj"
            }
            if not sense.of & of_lemmas:
                continue
        if sense.prep and not any(c.dep_ == "prep" and c.lower_ == sense.prep for c in tok.children):
            continue
        return sense
    return None


def _lemmas(tok: Token) -> set[str]:
    """The token's lemma and its plain stems: the tagger's lemma is sometimes wrong ("staged" -> "stag")."""
    low = tok.lower_
    out = {tok.lemma_.lower(), low}
    for suffix in ("d", "ed", "s", "es", "ing"):
        if low.endswith(suffix) and len(low) > len(suffix) + 2:
            out.add(low[: -len(suffix)])
    if low.endswith("ing"):
        out.add(low[:-3] + "e")
    return out


def _container_slot(tok: Token, lex: Lexicon) -> Token:
    """The token whose place in the clause an event noun takes: "adopted a package of sanctions" -> package."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in lex.containers:
        return head.head
    if tok.dep_ == "compound" and head.lemma_.lower() in lex.undertakings:  # "a mediation effort"
        return head
    return tok


def _names_actor(tok: Token, index: args.MentionIndex) -> bool:
    return any(index.has(t) for t in tok.subtree)


def _is_heading_label(tok: Token) -> bool:
    """A verbless fragment that ends in a colon labels what follows ("Exchange of prisoners: ...")."""
    after = tok.right_edge.i + 1
    return tok.dep_ in FRAGMENT_DEPS and after < len(tok.doc) and tok.doc[after].text == ":"


def _predicate_adjective(tok: Token) -> bool:
    """An adjective said of the subject: "we are disappointed", "it is astounding and unacceptable"."""
    if tok.pos_ != "ADJ":
        return False
    return tok.dep_ == "acomp" or (tok.dep_ == "conj" and tok.head.pos_ == "ADJ" and tok.head.dep_ == "acomp")


def _find_triggers(sent: SpacySpan, lex: Lexicon, index: args.MentionIndex) -> list[_Trigger]:
    verbs: list[_Trigger] = []
    nouns: dict[int, Sense] = {}
    for tok in sent:
        # "US-backed forces" is no event; "we are disappointed that ..." is (an adjective after "be")
        if (tok.pos_ in VERB_POS and tok.dep_ not in ("amod", "compound")) or _predicate_adjective(tok):
            hit = _match_verb(tok, lex, index)
            if hit:
                sense, obj = hit
                trig = _Trigger(tok, sense, "verb")
                if obj is not None:
                    trig.absorbed.add(obj.i)  # "launched drones", "provided aid": the object is the verb's
                verbs.append(trig)
        elif tok.pos_ in NOUN_POS:
            sense = _match_noun(tok, lex)
            if sense:
                nouns[tok.i] = sense
    # nouns standing in a verb event's object phrase are that event ("launched drones of attack")
    absorbed: set[int] = set()
    for trig in verbs:
        absorbed |= trig.absorbed
        for c in trig.token.children:
            # "launched drones of attack", "a drone strike hit Kyiv": the noun is the verb's event
            if c.dep_ in ("dobj", "nsubjpass", "nsubj") or (c.dep_ == "prep" and trig.sense.prep == c.lower_):
                for t in c.subtree:
                    if t.i in nouns and nouns[t.i].type == trig.sense.type:
                        absorbed.add(t.i)
    out = list(verbs)
    for i, sense in nouns.items():
        if i in absorbed:
            continue
        tok = sent.doc[i]
        slot = _container_slot(tok, lex)
        head = slot.head
        verb_slot = (slot.dep_ in ("dobj", "nsubjpass") and head.pos_ in ("VERB", "AUX")
                     and not any(v.token == head for v in verbs))
        recipient = verb_slot and slot.dep_ == "dobj" and bool(_lemmas(head) & lex.recipient_verbs)
        if verb_slot and (recipient or _lemmas(head) & lex.light_verbs):
            out.append(_Trigger(tok, sense, "light", light_verb=head, slot=slot, recipient=recipient))
        elif sense.standalone and not _is_heading_label(tok) and not (
                tok.dep_ in FRAGMENT_DEPS and not _names_actor(tok, index)):
            out.append(_Trigger(tok, sense, "noun", slot=slot))
    out.sort(key=lambda t: t.token.i)
    return out


# ------------------------------------------------------------------------------------------- events


@dataclass
class _Draft:
    trigger: _Trigger
    type: str
    mode: str | None
    sources: list[str]
    targets: list[str]
    pairs: list[tuple[str, list[str], str | None]] | None  # reciprocal split: (source, targets, claimed_by)
    negated: bool
    modality: str
    embed: Embedding | None
    place: str | None
    has_source_phrase: bool
    in_event: bool = False  # the complement of another event of the sentence ("called for new sanctions")
    nested: bool = False  # embedded under another event ("refused to withdraw", "discussed an exchange")
    background: float = 0.0  # confidence lost to the clauses the trigger sits in (CLAUSE_PENALTY)


def _code_sentence(sent, lex, index, statements, dater, doc_id) -> list[Event]:
    triggers = _find_triggers(sent, lex, index)
    if not triggers:
        return []
    drafts = [_draft(t, lex, index) for t in triggers]
    drafts.extend(_reported_demands(sent, lex, index, drafts))
    by_verb = {d.trigger.token.i: d for d in drafts if d.trigger.kind == "verb"}

    # a verb with a clause for complement takes its targets from it: "demanded that the US cancel ..."
    # (REQUEST: the one asked is the clause's subject), "agreed to provide aid to Romania"
    for d in drafts:
        if d.embed is None:
            continue
        outer = by_verb.get(d.embed.verb.i)
        if outer is None or outer.targets or outer.pairs:
            continue
        inner = d.sources if outer.type == "REQUEST" and d.trigger.token.dep_ == "ccomp" else d.targets
        outer.targets = [a for a in (inner or d.targets) if a not in outer.sources]
    for d in drafts:
        if d.trigger.kind == "verb" and d.type in ("REQUEST", "ACCUSE", "THREATEN") and not d.targets and not d.pairs:
            # "demanded that Israel ease ...", "warned that the regime risked a confrontation"
            d.targets = _clause_subjects(d.trigger.token, index, d.sources, d.type != "REQUEST")

    # "refused to withdraw": REJECT takes its mode from what is refused
    for d in drafts:
        if d.embed is not None and d.embed.modality == "refused":
            outer = by_verb.get(d.embed.verb.i)
            if outer is not None and outer.type == "REJECT" and outer.mode is None:
                outer.mode = lex.types[d.type].reject_mode

    for d in drafts:
        # what an event asks for ("called for new sanctions") is news even when it names no one
        d.nested = d.embed is not None and d.embed.verb.i in by_verb
        d.in_event = d.nested and d.modality == "requested"

    events: list[Event] = []
    for d in drafts:
        evidence = _evidence(sent, d.trigger.token.idx)
        claimed = _claimed_by(d.trigger.token, statements)
        outer = by_verb.get(d.embed.verb.i) if d.embed is not None else None
        accuser = None
        if outer is not None and outer.type == "ACCUSE" and outer.sources and not outer.pairs:
            accuser = outer.sources[0] if len(outer.sources) == 1 else None
        trig_span = _trigger_span(d.trigger)
        date = dater(trig_span.start, trig_span.end)
        if d.pairs:
            for source, targets, pair_claim in d.pairs:
                events.append(
                    _event(d, lex, doc_id, trig_span, evidence, date, (source,), tuple(targets),
                           pair_claim or accuser or claimed, split=True)
                )
        else:
            sources = d.sources or _speaker_as_source(d, lex, index, claimed)
            events.append(
                _event(d, lex, doc_id, trig_span, evidence, date, tuple(sources),
                       tuple(t for t in d.targets if t not in sources), accuser or claimed, split=False)
            )
    return _merge_repeats(events)


def _speaker_as_source(d: _Draft, lex: Lexicon, index: args.MentionIndex, speaker: str | None) -> list[str]:
    """"It is unacceptable that ...", Yildirim said: an accusation, demand or threat that names no doer is
    made by whoever says it."""
    if speaker is None or not lex.types[d.type].speech_act or d.modality != "asserted" or d.nested:
        return []
    if d.trigger.kind == "noun" and d.trigger.token.dep_ != "attr":  # "were a violation", not "under threat"
        return []
    return [index.alias.get(speaker, speaker)]


def _compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    sa, sb = set(a), set(b)
    return sa <= sb or sb <= sa


def _merge_repeats(events: list[Event]) -> list[Event]:
    """One event per happening per sentence: "launched an assault on Ukraine, firing missiles", "killed,
    injured or captured", "killed in a missile strike" are one ASSAULT. Events of one type, negation and
    modality whose sources and targets agree (one side's actors within the other's) are merged into the
    most confident one, which takes the fuller actor lists."""
    kept: list[Event] = []
    for e in sorted(events, key=lambda e: (-e.confidence, -len(e.sources) - len(e.targets))):
        for k, other in enumerate(kept):
            if (other.type == e.type and other.negated == e.negated and other.modality == e.modality
                    and other.evidence == e.evidence
                    and _compatible(other.sources, e.sources) and _compatible(other.targets, e.targets)):
                sources = other.sources if len(other.sources) >= len(e.sources) else e.sources
                targets = other.targets if len(other.targets) >= len(e.targets) else e.targets
                kept[k] = replace(other, sources=sources, targets=targets, mode=other.mode or e.mode,
                                  place=other.place or e.place, claimed_by=other.claimed_by or e.claimed_by)
                break
        else:
            kept.append(e)
    kept.sort(key=lambda e: e.trigger.start)
    return kept


def _reported_demands(sent, lex: Lexicon, index: args.MentionIndex, drafts: list[_Draft]) -> list[_Draft]:
    """"Russia said that Sudan must return the helicopter": a modal of obligation in reported speech is a
    REQUEST by the speaker to the clause's subject; what is demanded becomes "requested"."""
    out = []
    for tok in sent:
        if tok.dep_ != "aux" or tok.lower_ not in lex.demand_modals:
            continue
        verb = tok.head
        if verb.dep_ not in ("ccomp", "parataxis") or not (_lemmas(verb.head) & lex.speech_verbs):
            continue
        sources, _ = args.resolve(args.subjects(verb.head), index)
        targets, _ = args.resolve([c for c in verb.children if c.dep_ == "nsubj"], index)
        trig = _Trigger(tok, Sense(lemma=tok.lower_, type="REQUEST"), "verb")
        out.append(_Draft(trigger=trig, type="REQUEST", mode=None, sources=sources,
                          targets=[t for t in targets if t not in sources], pairs=None, negated=False,
                          modality="asserted", embed=None, place=None, has_source_phrase=bool(sources)))
        for d in drafts:
            if (d.trigger.token == verb or d.trigger.light_verb == verb) and d.modality == "hypothetical":
                d.modality = "requested"
    return out


def _clause_subjects(verb: Token, index: args.MentionIndex, exclude: list[str], ccomp_only=False) -> list[str]:
    """Actors named as subject of the verb's complement clause ("demanded that Israel ease ...")."""
    for c in verb.children:
        if c.dep_ == "ccomp" or (c.dep_ == "xcomp" and not ccomp_only):
            heads = [s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
            ids, _ = args.resolve(heads, index)
            return [a for a in ids if a not in exclude]
    return []


def _draft(trig: _Trigger, lex: Lexicon, index: args.MentionIndex) -> _Draft:
    tok = trig.token
    sense = trig.sense
    etype = sense.type
    info = lex.types[etype]

    # arguments
    ctrl = None
    if trig.kind == "verb":
        src_heads, tgt_heads, ctrl = args.verb_arguments(tok, sense.object_is_theme, index,
                                                         patient_is_target=info.of_role == "target",
                                                         extra_preps=info.target_preps)
        clause = tok
    else:
        src_heads, tgt_heads = args.noun_arguments(tok, sense.of_role or info.of_role, index, info.target_preps)
        if trig.slot is not None and trig.slot != tok and trig.slot.dep_ != "pobj":
            slot_src, slot_tgt = args.noun_arguments(trig.slot, "none", index)
            src_heads, tgt_heads = src_heads + slot_src, tgt_heads + [t for t in slot_tgt if t != tok]
        clause = trig.light_verb if trig.kind == "light" else tok
        if trig.recipient:  # "Turkey gained the approval of Russia": Turkey is approved of
            lv_src, _, _ = args.verb_arguments(trig.light_verb, True, index)
            tgt_heads = tgt_heads + lv_src
            src_heads = src_heads or _hosts(tok, lex)
        elif trig.kind == "light":
            lv_src, lv_tgt, ctrl = args.verb_arguments(trig.light_verb, True, index, extra_preps=info.target_preps)
            src_heads = lv_src + src_heads
            tgt_heads = tgt_heads + [t for t in lv_tgt if t != tok]
    if trig.kind == "verb" and etype == "REQUEST" and not any(args.phrase_names_actor(h, index) for h in tgt_heads):
        tgt_heads = _asked_of(tok, index)
    if trig.kind == "noun" and tok.dep_ == "attr" and info.speech_act and not tgt_heads:
        # "Trump's comments were a violation of sovereignty": the accusation is about the subject's owner
        tgt_heads = _subject_or_owner(tok.head, index)
    if info.purpose_targets and not any(args.phrase_names_actor(h, index) for h in tgt_heads):
        # "launched an offensive to drive out the militias", "aiming to force the YPG out of Afrin"
        tgt_heads = _purpose_objects(trig.light_verb if trig.kind == "light" else tok, lex, index)
    tgt_heads = _prefer_actors(tgt_heads, index)
    sources, src_recip = args.resolve(src_heads, index)
    targets, tgt_recip = args.resolve(tgt_heads, index)
    if not sources and info.implicit_sources:  # "a similar protest was staged": by the protesters
        implicit = index.latest_named(tok, info.implicit_sources)
        sources = [implicit] if implicit and implicit not in targets else []
    # a mention that covers the trigger itself ("military campaign" taken for a group) is no participant
    own = {index.alias.get(m.actor_id, m.actor_id) for m in index.at(tok)}
    if own:
        sources = [a for a in sources if a not in own]
        targets = [a for a in targets if a not in own]
    if trig.kind == "noun" and not sources and info.symmetric:
        # "said in a phone call with Putin", "agreed ... after a phone call with Trump", "is in talks with":
        # the one who talks is the subject of the clause the talk is an adjunct of
        sources = [a for a in args.resolve(args.adjunct_subjects(tok), index)[0] if a not in targets]
    if ctrl is not None and ctrl.reciprocal_group is not None:
        src_recip = True
        sources = args.resolve(ctrl.reciprocal_group, index)[0]
    targets = [t for t in targets if t not in sources] if not (src_recip or tgt_recip) else targets

    pairs = None
    if (src_recip or tgt_recip) and len(sources) >= 2:
        if info.symmetric:
            targets = []
        else:
            # "accused each other": one event per direction; when the reciprocal came from the governing
            # verb ("accused each other of attacking"), each direction is claimed by its victim.
            pairs = []
            for a in sources:
                others = [b for b in sources if b != a]
                claim = others[0] if src_recip and len(others) == 1 else None
                pairs.append((a, others, claim))
    elif info.symmetric and not targets and len(sources) >= 2:
        targets = []

    # negation and modality
    cues = clause_cues(clause, lex)
    negated = cues.negated or (trig.kind == "noun" and any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children))
    modality = cues.modality or "asserted"
    if modality == "asserted" and clause != tok:  # "held the planned talks"
        modality = next((lex.noun_modifiers[c.lower_] for c in tok.children
                         if c.dep_ in ("amod", "compound") and c.lower_ in lex.noun_modifiers), "asserted")
    embed = embedding(clause, lex)
    if embed is not None and modality == "asserted":
        if embed.modality == "refused":
            modality, negated = "hypothetical", True
        else:
            modality = embed.modality
            # "would not dare to shell", "did not call for sanctions": what is not dared or asked for is not
            # done either ("refused"/"denied" embedders already say so themselves)
            negated = negated or (embed.modality != "denied" and clause_cues(embed.verb, lex).negated)
    elif embed is not None and embed.modality == "refused":
        negated = True
    if modality == "asserted" and embed is None and _is_purpose_clause(clause):
        # "would travel to Washington to meet Trump": a purpose shares the time of what serves it
        outer = clause_cues(clause.head, lex)
        if outer.modality in ("future", "hypothetical"):
            modality = outer.modality

    mode = sense.mode or _mode_from_words(tok, trig, etype, lex)
    if info.modal_is_act and modality in ("future", "hypothetical") and not negated and embed is None:
        modality = "asserted"  # "Damascus would face consequences": the threat is made now

    # "Ukraine would not withdraw its troops": a refusal, coded as the type the codebook gives it
    negated_future = sense.negated_future or info.negated_future
    if negated and negated_future and modality in ("future", "hypothetical") and not cues.conditional and embed is None:
        mode = info.reject_mode if negated_future == "REJECT" else mode
        etype = negated_future
        negated = False
        modality = "asserted"
    elif modality == "future" and info.future_type and not negated:
        # "announced it would withdraw its troops": a promised retreat is a concession (CONCEDE)
        etype = info.future_type

    return _Draft(
        trigger=trig,
        type=etype,
        mode=mode,
        sources=sources,
        targets=targets,
        pairs=pairs,
        negated=negated,
        modality=modality,
        embed=embed,
        place=_place(clause, tok),
        background=_background(clause),
        has_source_phrase=bool(src_heads),
    )


def _hosts(noun: Token, lex: Lexicon) -> list[Token]:
    """"received an invitation to visit Turkey": the one to be visited is the one who invites."""
    return [o for a in noun.children if a.dep_ == "acl" and a.lemma_.lower() in lex.host_verbs
            for o in args.objects(a)]


def _asked_of(verb: Token, index: args.MentionIndex) -> list[Token]:
    """"sought Russia's backing", "sought the aid of a government", "sought a UN-led investigation": the one
    asked owns or leads what is sought."""
    out = []
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        out.extend(args.owner_of(obj))
        out.extend(g for a in obj.children if a.dep_ == "amod" for g in args.leader_of(a, index))
    return out


def _subject_or_owner(verb: Token, index: args.MentionIndex) -> list[Token]:
    """The subject of ``verb``, or whose it is when it names no actor ("Trump's comments were ...")."""
    heads = args.subjects(verb)
    if heads and not any(args.phrase_names_actor(h, index) for h in heads):
        return [o for h in heads for o in args.owner_of(h)]
    return heads


def _purpose_objects(clause: Token, lex: Lexicon, index: args.MentionIndex) -> list[Token]:
    """Objects naming actors in a purpose clause of ``clause``: "aiming to force the YPG out", "in an effort to
    drive out Kurdish militias", "threatened an offensive to dismantle Kurdish groups"."""
    frontier = [c for c in clause.children if c.dep_ in ("advcl", "xcomp")]
    frontier += [a for o in [clause, *args.objects(clause)] for a in o.children
                 if a.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in a.children)]
    frontier += [a for p in clause.children if p.dep_ == "prep" for n in p.children
                 if n.dep_ == "pobj" and n.lemma_.lower() in lex.undertakings for a in n.children if a.dep_ == "acl"]
    for _ in range(PURPOSE_HOPS):
        found = [o for v in frontier for o in args.objects(v) if args.phrase_names_actor(o, index)]
        if found:
            return found
        frontier = [c for v in frontier for c in v.children if c.dep_ in ("xcomp", "conj")]
    return []


def _names_facility(head: Token, index: args.MentionIndex) -> bool:
    """A common noun that a local place only qualifies: "the Chaplyne railway station" (not "the district
    of Afrin", which is the place itself)."""
    if index.has(head) or not index.names_local_place(head):
        return False
    of_phrase = [t for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree]
    return not any(index.has(t) for t in of_phrase)


def _prefer_actors(heads: list[Token], index: args.MentionIndex) -> list[Token]:
    """Targets that are actors before bare places: "an attack on the protesters at the station"; a place that
    only names a facility ("an attack on the Chaplyne railway station") is where, not whom."""
    heads = [h for h in heads if not _names_facility(h, index)]
    local = [h for h in heads if index.names_local_place(h)]
    if local and any(h not in local and args.phrase_names_actor(h, index) for h in heads):
        return [h for h in heads if h not in local]
    return heads


def _mode_from_words(tok: Token, trig: _Trigger, etype: str, lex: Lexicon) -> str | None:
    keywords = lex.modes.get(etype)
    if not keywords:
        return None
    words = [tok]
    for c in tok.children:
        if c.dep_ in ("dobj", "compound", "amod", "nmod", "npadvmod", "nsubjpass", "nsubj"):
            words.append(c)
            words.extend(g for g in c.children if g.dep_ in ("compound", "amod", "conj"))
        elif c.dep_ in ("prep", "agent") and c.lower_ in ("by", "with", "on", "via", "over", "using", "of"):
            for p in c.children:
                if p.dep_ == "pobj":
                    words.append(p)
                    words.extend(g for g in p.children if g.dep_ in ("compound", "amod"))
    if trig.light_verb is not None:
        words.append(trig.light_verb)
    for w in words:
        mode = keywords.get(w.lemma_.lower()) or keywords.get(w.lower_)
        if mode:
            return mode
    return None


def _place(clause: Token, tok: Token) -> str | None:
    for head in (clause, tok) if clause != tok else (tok,):
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ in PLACE_PREPS:
                for p in c.children:
                    if p.dep_ == "pobj" and p.ent_type_ in PLACE_LABELS:
                        ent = next((e for e in p.doc.ents if e.start <= p.i < e.end), None)
                        if ent is not None:
                            text = ent.text
                            return text[4:] if text.lower().startswith("the ") else text
    return None


def _trigger_span(trig: _Trigger) -> Span:
    tok = trig.token
    start, end = tok.idx, tok.idx + len(tok.text)
    if trig.kind == "verb":
        for c in tok.children:
            if c.dep_ == "prt" and c.i == tok.i + 1:
                end = c.idx + len(c.text)
    return Span(doc_text(tok.doc)[start:end], start, end)


def _evidence(sent: SpacySpan, at: int) -> Span:
    """The sentence around character ``at``; a line break ends it (spaCy joins headings to sentences)."""
    text = doc_text(sent.doc)
    start, end = sent.start_char, sent.end_char
    brk = text.rfind("\n", start, at)
    if brk != -1:
        start = brk + 1
    brk = text.find("\n", at, end)
    if brk != -1:
        end = brk
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(text[start:end], start, end)


def _claimed_by(tok: Token, statements: list[Statement]) -> str | None:
    pos = tok.idx
    for st in statements:
        if st.start <= pos < st.end and st.speaker:
            return st.speaker
    return None


def _is_purpose_clause(verb: Token) -> bool:
    return verb.dep_ in ("advcl", "xcomp") and verb.head != verb and verb.head.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _background(tok: Token) -> float:
    penalty = 0.0
    if tok.dep_ == "pobj" and tok.head.lower_ in TOPIC_PREPS and tok.pos_ in NOUN_POS:
        penalty += TOPIC_PENALTY  # "their position towards Turkey's offensive": what is talked about
    if tok.dep_ in ("pobj", "pcomp") and tok.head.head.pos_ in ("NOUN", "PROPN") and tok.head.head != tok.head:
        penalty += NESTED_NOUN_PENALTY  # "their position towards Turkey's offensive": a topic, not news
    for _ in range(12):
        if tok.head == tok:
            break
        penalty += CLAUSE_PENALTY.get(tok.dep_, 0.0)
        if tok.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            penalty += PURPOSE_PENALTY  # "staged demonstrations to demand reforms": the purpose is not the news
        if tok.dep_ == "acl" and tok.tag_ in ("VBG", "VBN") and tok.head.pos_ in NOUN_POS:
            penalty += PARTICIPLE_PENALTY  # "its allies fighting Isis", "forces stationed in Syria": who they are
        tok = tok.head
    return min(penalty, 0.2)


def _confidence(d: _Draft, lex: Lexicon, sources, targets) -> float:
    conf = BASE_CONFIDENCE[d.trigger.kind] * d.trigger.sense.confidence - d.background
    if not sources and not targets and not d.in_event and not lex.types[d.type].actorless:
        return NO_ACTOR_CONFIDENCE
    if not sources and not d.in_event and not (d.trigger.recipient and targets):
        conf -= NO_SOURCE_PENALTY  # not for "Trump received an invitation": who invites is often unsaid
    if not targets and lex.types[d.type].requires_target:
        conf -= NO_TARGET_PENALTY
    if d.modality != "asserted":
        # inside another event ("refused to withdraw") the outer one says how it stands
        if d.modality == "hypothetical" and d.negated:  # wherever it sits: "refused to discuss" is the refusal's
            conf -= COUNTERFACTUAL_PENALTY
        else:
            conf -= NOT_ASSERTED_PENALTY if d.nested else MODALITY_PENALTY.get(d.modality, NOT_ASSERTED_PENALTY)
    return round(min(max(conf, 0.05), 1.0), 2)


def event_id(doc_id: str, etype: str, trigger_start: int, direction: str = "") -> str:
    """Stable id: the same document, type and trigger always give the same id."""
    key = f"{doc_id}|{etype}|{trigger_start}"
    if direction:
        key += f"|{direction}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _event(d: _Draft, lex, doc_id, trig_span, evidence, date, sources, targets, claimed_by, split) -> Event:
    return Event(
        id=event_id(doc_id, d.type, trig_span.start, sources[0] if split and sources else ""),
        type=d.type,
        mode=d.mode,
        sources=sources,
        targets=targets,
        date=date,
        trigger=trig_span,
        evidence=evidence,
        place=d.place,
        negated=d.negated,
        modality=d.modality,
        confidence=_confidence(d, lex, sources, targets),
        claimed_by=claimed_by,
    )


# ------------------------------------------------------------------------------------------- dates


def _dater(doc: Doc, times: list[TimeExpr], publication_date: dt.date):
    """date_for_span from the times stage; a same-sentence fallback while that stage is missing."""
    try:
        from dateline.times import date_for_span  # type: ignore[attr-defined]
    except ImportError:
        date_for_span = None

    def fallback(start: int, end: int) -> EventDate:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            sent = span[0].sent
            for t in times:
                if sent.start_char <= t.start < sent.end_char and t.type == "DATE" and t.value[:4].isdigit():
                    return EventDate(t.value, "text")
        return EventDate(publication_date.isoformat(), "publication")

    state = {"real": date_for_span}

    def date(start: int, end: int) -> EventDate:
        real = state["real"]
        if real is not None:
            try:
                return real(doc, start, end, times, publication_date)
            except NotImplementedError:  # the times stage is still a stub
                state["real"] = None
        return fallback(start, end)

    return date


def plover_category(event: Event) -> str:
    """The event's PLOVER category under the codebook's future rules ("will visit" is AGREE, a future
    RETREAT is CONCEDE, a hypothetical ASSAULT is THREATEN); the stored event keeps its type and says "future" in its modality."""
    if event.negated:
        return event.type
    info = load_lexicon().types[event.type]
    if info.future_codebook == "THREATEN" and event.modality in ("future", "hypothetical"):
        return "THREATEN"
    if info.future_codebook and event.modality == "future":
        return info.future_codebook
    return event.type
