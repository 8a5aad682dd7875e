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
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span as SpacySpan, Token

from dateline.events import arguments as args
from dateline.events.lexicon import Lexicon, Sense, load_lexicon
from dateline.events.modality import Embedding, clause_cues, embedding
from dateline.model import Actor, Event, EventDate, Mention, Span, Statement, TimeExpr

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


@dataclass
class _Trigger:
    """One place in a sentence where the lexicon says an event is."""

    token: Token
    sense: Sense
    kind: str  # verb, light (noun object of a light verb), noun
    light_verb: Token | None = None
    absorbed: set[int] = field(default_factory=set)  # token ids of nouns this verb event stands for


def code_events(
    doc: Doc,
    actors: list[Actor],
    mentions: list[Mention],
    times: list[TimeExpr],
    statements: list[Statement],
    publication_date: dt.date,
    doc_id: str,
) -> list[Event]:
    """Code the PLOVER events of one parsed document."""
    lex = load_lexicon()
    index = args.MentionIndex(doc, mentions)
    dater = _dater(doc, times, publication_date)
    events: list[Event] = []
    for sent in doc.sents:
        events.extend(_code_sentence(sent, lex, index, statements, dater, doc_id))
    return events


# ------------------------------------------------------------------------------------------- triggers


def _object_of(verb: Token, prep: str | None) -> Token | None:
    if prep:
        for c in verb.children:
            if c.dep_ in ("prep", "prt", "agent") and c.lower_ == prep:
                pobj = next((p for p in c.children if p.dep_ in ("pobj", "pcomp")), None)
                if pobj is not None:
                    return pobj
        return next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    return next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "attr")), None) or next(
        (p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "on") for p in c.children if p.dep_ == "pobj"),
        None,
    )


def _match_verb(tok: Token, lex: Lexicon, index: args.MentionIndex) -> tuple[Sense, Token | None] | None:
    senses = lex.verbs.get(tok.lemma_.lower())
    if not senses:
        return None
    preps = {c.lower_ for c in tok.children if c.dep_ in ("prt", "prep", "agent")}
    for sense in senses:
        if sense.prep and sense.prep not in preps:
            continue
        obj = None
        if sense.object is not None or sense.object_is_actor:
            obj = _object_of(tok, sense.prep)
            if obj is None:
                continue
            if sense.object is not None and not _lemma_matches(obj, sense.object):
                continue
            if sense.object_is_actor and not any(index.has(t) for t in args.phrase_tokens(obj)):
                continue
        return sense, obj
    return None


def _lemma_matches(tok: Token, allowed: frozenset[str]) -> bool:
    if tok.lemma_.lower() in allowed or tok.lower_ in allowed:
        return True
    # "artillery, mortar and rocket fire": any conjunct
    return any(c.dep_ == "conj" and c.lemma_.lower() in allowed for c in tok.children)


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


def _names_actor(tok: Token, index: args.MentionIndex) -> bool:
    return any(index.has(t) for t in tok.subtree)


def _is_heading_label(tok: Token) -> bool:
    """A verbless fragment that ends in a colon labels what follows ("Exchange of prisoners: ...")."""
    after = tok.right_edge.i + 1
    return tok.dep_ in FRAGMENT_DEPS and after < len(tok.doc) and tok.doc[after].text == ":"


def _find_triggers(sent: SpacySpan, lex: Lexicon, index: args.MentionIndex) -> list[_Trigger]:
    verbs: list[_Trigger] = []
    nouns: dict[int, Sense] = {}
    for tok in sent:
        if tok.pos_ in VERB_POS:
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
        head = tok.head
        light = (
            tok.dep_ in ("dobj", "nsubjpass")
            and head.pos_ in ("VERB", "AUX")
            and head.lemma_.lower() in lex.light_verbs
            and not any(v.token is head for v in verbs)
        )
        if light:
            out.append(_Trigger(tok, sense, "light", light_verb=head))
        elif sense.standalone and not _is_heading_label(tok) and not (
                tok.dep_ in FRAGMENT_DEPS and not _names_actor(tok, index)):
            out.append(_Trigger(tok, sense, "noun"))
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


def _code_sentence(sent, lex, index, statements, dater, doc_id) -> list[Event]:
    triggers = _find_triggers(sent, lex, index)
    if not triggers:
        return []
    drafts = [_draft(t, lex, index) for t in triggers]
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
        if d.trigger.kind == "verb" and d.type == "REQUEST" and not d.targets and not d.pairs:
            d.targets = _clause_subjects(d.trigger.token, index, d.sources)

    # "refused to withdraw": REJECT takes its mode from what is refused
    for d in drafts:
        if d.embed is not None and d.embed.modality == "refused":
            outer = by_verb.get(d.embed.verb.i)
            if outer is not None and outer.type == "REJECT" and outer.mode is None:
                outer.mode = lex.types[d.type].reject_mode

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
            events.append(
                _event(d, lex, doc_id, trig_span, evidence, date, tuple(d.sources), tuple(d.targets),
                       accuser or claimed, split=False)
            )
    return events


def _clause_subjects(verb: Token, index: args.MentionIndex, exclude: list[str]) -> list[str]:
    """Actors named as subject of the verb's complement clause ("demanded that Israel ease ...")."""
    for c in verb.children:
        if c.dep_ in ("ccomp", "xcomp"):
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
        src_heads, tgt_heads, ctrl = args.verb_arguments(tok, sense.object_is_theme, index)
        clause = tok
    else:
        src_heads, tgt_heads = args.noun_arguments(tok, info.of_role, index)
        clause = trig.light_verb if trig.kind == "light" else tok
        if trig.kind == "light":
            lv_src, lv_tgt, ctrl = args.verb_arguments(trig.light_verb, True, index)
            src_heads = lv_src + src_heads
            tgt_heads = tgt_heads + [t for t in lv_tgt if t is not tok]
    sources, src_recip = args.resolve(src_heads, index)
    targets, tgt_recip = args.resolve(tgt_heads, index)
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
    embed = embedding(clause, lex)
    if embed is not None and modality == "asserted":
        if embed.modality == "refused":
            modality, negated = "hypothetical", True
        else:
            modality = embed.modality
    elif embed is not None and embed.modality == "refused":
        negated = True

    mode = sense.mode or _mode_from_words(tok, trig, etype, lex)

    # "Ukraine would not withdraw its troops": a refusal, coded as the type the codebook gives it
    if negated and info.negated_future and modality in ("future", "hypothetical") and not cues.conditional and embed is None:
        mode = info.reject_mode if info.negated_future == "REJECT" else mode
        etype = info.negated_future
        negated = False
        modality = "asserted"

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
        has_source_phrase=bool(src_heads),
    )


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
    for head in (clause, tok) if clause is not tok else (tok,):
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
    return Span(tok.doc.text[start:end], start, end)


def _evidence(sent: SpacySpan, at: int) -> Span:
    """The sentence around character ``at``; a line break ends it (spaCy joins headings to sentences)."""
    text = sent.doc.text
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


def _confidence(d: _Draft, lex: Lexicon, sources, targets) -> float:
    conf = BASE_CONFIDENCE[d.trigger.kind] * d.trigger.sense.confidence
    if not sources:
        conf -= NO_SOURCE_PENALTY
    if not targets and lex.types[d.type].requires_target:
        conf -= NO_TARGET_PENALTY
    if d.modality != "asserted":
        conf -= NOT_ASSERTED_PENALTY
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
