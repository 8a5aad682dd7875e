"""Coreference for what events and statements need: pronouns and anaphoric descriptions.

Rules, in order:
- A personal pronoun (he/him/his, she/her) first looks at the subject of its own clause (walking up through
  infinitives and phrases that have no subject of their own): a compatible person there is the antecedent;
  a country there stands for its leader on the date when the gender fits, else the pronoun stays unlinked
  ("Zelensky said that Russia was trying to continue his war": "his" is Russia's leader, never the speaker).
  Otherwise it links to the nearest compatible preceding person mention: same sentence first, then up to two
  sentences back; in each sentence a grammatical subject is preferred over other mentions. Gender comes from
  the knowledge base; unknown people fit either.
- "they/them/their" links the same way to a plural antecedent: a coordination of actors ("Trump and Putin
  met ..., but they ...": one mention per conjunct on the pronoun's span), a plural description, a group, a
  country or an organization; never a place name ("Alaska") or a place after "in/at/near".
- "the two leaders" links to the two most recent distinct people; "the spokesperson", "the president"
  (no country given) to the nearest preceding person who holds that office on the date or was introduced
  with that title.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc

from dateline.actors.kb import IGO, STATE_SECTORS, KnowledgeBase

PRONOUNS = {
    "he": ("m", False), "him": ("m", False), "his": ("m", False), "himself": ("m", False),
    "she": ("f", False), "her": ("f", False), "hers": ("f", False), "herself": ("f", False),
    "they": (None, True), "them": (None, True), "their": (None, True), "theirs": (None, True),
    "themselves": (None, True),
}
# "it/its" stand for a state or an organization ("accusing it of", "its branch in Afrin"), never a person
NEUTER = frozenset({"it", "its", "itself"})
# verbs whose "it" subject is a dummy ("it is unclear", "it emerged that", "it takes time")
DUMMY_IT_VERBS = frozenset({"be", "seem", "appear", "remain", "emerge", "happen", "take", "matter", "mean", "rain",
                            "look", "become", "make", "turn", "come", "go", "follow", "cost"})
# "the group demanded": a common noun standing for the last named organization
ANAPHOR_NOUNS = frozenset({"group", "organisation", "organization", "movement", "alliance"})
# "the two Nato allies", "both countries": a count of states stands for the last states named
STATE_GROUP_NOUNS = frozenset({"allies", "countries", "nations", "states", "governments", "neighbours", "neighbors",
                               "powers", "capitals"})
COUNT_WORDS = {"two": 2, "both": 2, "three": 3}
# "his counterpart": the other party of the pair the possessor belongs to
COUNTERPART_NOUNS = frozenset({"counterpart"})
# armed forces words: "its soldiers" belong to a state or an armed group, never to an NGO or a monitor
ARMED_SECTORS = frozenset({"MIL", "REB", "PRM", "UAF"})
SUBJECT_DEPS = ("nsubj", "nsubjpass")
SENTENCE_WINDOW = 2
PLURAL_KINDS = ("group", "country", "organization")


def resolve(doc: Doc, mentions: list, requests: list, kb: KnowledgeBase, date: dt.date) -> list:
    """Extra candidates (pronoun and description mentions) for the mentions already chosen."""
    from dateline.actors.link import Candidate

    out: list = []
    known = sorted(mentions, key=lambda c: c.start)
    covered = {i for c in known for i in range(c.start, c.end)}
    pronouns = []
    anaphors = []
    state_groups = []
    counterparts = []
    for t in doc:
        low = t.lower_
        if t.i in covered and not (low in STATE_GROUP_NOUNS and _state_count(t)):
            continue
        if (low in PRONOUNS or low in NEUTER) and t.pos_ == "PRON":
            pronouns.append(t)
        elif low in ANAPHOR_NOUNS and t.i > 0 and doc[t.i - 1].lower_ == "the" and t.tag_ == "NN":
            anaphors.append(t)
        elif low in STATE_GROUP_NOUNS and _state_count(t):
            state_groups.append(t)
        elif t.lemma_.lower() in COUNTERPART_NOUNS and t.tag_ == "NN":
            counterparts.append(t)
    events = ([("pronoun", t.i, t) for t in pronouns] + [("request", r[1], r) for r in requests]
              + [("anaphor", t.i, t) for t in anaphors] + [("states", t.i, t) for t in state_groups]
              + [("counterpart", t.i, t) for t in counterparts])
    group = 10_000
    for kind, _, item in sorted(events, key=lambda e: e[1]):
        pool = sorted(known + out, key=lambda c: c.start)
        if kind == "states":
            start = min(c.i for c in item.children if c.i < item.i and c.lower_ != "the")
            states = _last_states(doc, start, pool, _state_count(item), kb)
            if states:
                group += 1
                absorbs = any(c.start >= start and c.end <= item.i + 1 for c in pool)
                out += [Candidate(start, item.i + 1, a, "description", plural=True, head=item.i, group=group,
                                  absorbs=absorbs) for a in states]
            continue
        if kind == "counterpart":
            other = _counterpart(doc, item, pool)
            if other is not None:
                out.append(Candidate(item.i, item.i + 1, other, "description", head=item.i))
            continue
        if kind == "anaphor":
            ante = _antecedent(doc, item.i, pool, _fits_organization)
            if ante is not None:
                out.append(Candidate(item.i, item.i + 1, ante.actor, "description",
                                     head=item.i))
            continue
        if kind == "pronoun" and item.lower_ in NEUTER:
            if not _dummy_it(item):
                fits = _fits_armed if _owns_forces(item, kb) else _fits_neuter
                ante = (_coordinated_owner(doc, item, pool, fits)
                        or _antecedent(doc, item.i, pool, fits, subjects_only_before=True))
                if ante is not None:
                    out.append(Candidate(item.i, item.i + 1, ante.actor, "pronoun", head=item.i))
            continue
        if kind == "pronoun":
            gender, plural = PRONOUNS[item.lower_]
            if plural:
                actors = _plural_antecedent(doc, item.i, pool, kb)
                if len(actors) > 1:
                    group += 1
                out += [Candidate(item.i, item.i + 1, a, "pronoun", plural=True, head=item.i,
                                  group=group if len(actors) > 1 else 0) for a in actors]
                continue
            found, actor = _clause_antecedent(doc, item, pool, gender, kb, date)
            if not found:
                ante = _antecedent(doc, item.i, pool, lambda c: _fits(c, gender, plural, kb))
                actor = ante.actor if ante is not None else None
            if actor is not None:
                out.append(Candidate(item.i, item.i + 1, actor, "pronoun", plural=plural, head=item.i))
            continue
        if item[0] == "count":
            _, start, end, n, title = item
            people = _last_distinct([c for c in pool if c.end <= start], n, lambda c: c.actor if _named_person(c.actor) else None)
            if people:
                group += 1
                out += [Candidate(start, end, a, "description", plural=True, title=title.key, group=group)
                        for a in people]
        elif item[0] == "role":
            _, start, end, title, plural = item
            if plural:
                continue
            for c in reversed([c for c in pool if c.end <= start and c.actor.kind == "person"]):
                if c.title == title.key or _holds(kb, c.actor.id, title, date):
                    out.append(Candidate(start, end, c.actor, "description", title=title.key, head=end - 1))
                    break
    return out


def _named_person(actor) -> bool:
    """A person known by name (in the KB or named in the text), not a bare description ("the official")."""
    return actor.kind == "person" and (not actor.id.startswith("x:") or actor.id.startswith("x:person:"))


def _holds(kb: KnowledgeBase, actor_id: str, title, date: dt.date) -> bool:
    offices = kb.offices_of(actor_id, date)
    if title.leader:
        return bool(offices)
    return any(o.office == title.office for o in offices)


def _clause_antecedent(doc: Doc, pron, pool: list, gender: str | None, kb: KnowledgeBase, date: dt.date):
    """(decided, actor) from the subject of the pronoun's own clause; decided is False when it tells nothing."""
    subject = _clause_subject(pron)
    if subject is None:
        return False, None
    c = next((c for c in pool if c.start <= subject.i < c.end and c.start != pron.i), None)
    if c is None:
        return False, None
    a = c.actor
    if _fits(c, gender, False, kb):
        return True, a
    if a.kind == "country" and a.country:
        leader = kb.leader(a.country, date)
        if leader is not None:
            entry = kb.entry(leader.id)
            if entry is None or entry.gender in (None, gender):
                return True, leader
        return True, None
    return False, None


def _clause_subject(tok):
    """The subject of the clause a token sits in, through infinitives and verbs without a subject of their own.

    None where the token is inside that subject ("his forces would ...") or the clause has none.
    """
    node = tok
    while node.head.i != node.i:
        node = node.head
        if node.pos_ not in ("VERB", "AUX"):
            continue
        subjects = [c for c in node.children if c.dep_ in SUBJECT_DEPS]
        if subjects:
            s = subjects[0]
            if s.left_edge.i <= tok.i <= s.right_edge.i or s.i == tok.i:
                return None
            return s
    return None


def _plural_antecedent(doc: Doc, i: int, pool: list, kb: KnowledgeBase) -> list:
    """The actors "they/them/their" stands for: a coordination of actors or one plural-compatible actor.

    Sentence by sentence back from the pronoun: the last unit in subject position, else the last unit.
    A unit is a coordination ("Trump and Putin", all conjuncts that are mentions), a plural pronoun already
    resolved to several actors, or a single mention that fits a plural pronoun (never a place).
    """
    for sn in _window(doc, i):
        inside = [c for c in pool if c.start >= sn.start and c.end <= min(sn.end, i) and not c.place]
        if not inside:
            continue
        by_head = {c.head: c for c in inside if c.head is not None}
        units: list[tuple[int, bool, list]] = []
        in_coordination: set[int] = set()
        for c in inside:
            if c.head is None or c.head in in_coordination:
                continue
            h = doc[c.head]
            if h.dep_ == "conj":
                continue
            members = [c] + [by_head[t.i] for t in h.conjuncts if t.i in by_head and t.i != c.head]
            if len(members) > 1:
                in_coordination.update(m.head for m in members)
                units.append((c.start, h.dep_ in SUBJECT_DEPS, [m.actor for m in members]))
        groups: dict[tuple[int, int], list] = {}
        for c in inside:
            if c.group and c.how in ("pronoun", "description"):
                groups.setdefault((c.start, c.group), []).append(c)
        for (start, _), members in groups.items():
            head = members[0].head
            subj = head is not None and doc[head].dep_ in SUBJECT_DEPS
            units.append((start, subj, [m.actor for m in members]))
        grouped = {id(m) for ms in groups.values() for m in ms}
        for c in inside:
            if c.head in in_coordination or id(c) in grouped or not _fits(c, None, True, kb):
                continue
            units.append((c.start, c.head is not None and doc[c.head].dep_ in SUBJECT_DEPS, [c.actor]))
        if not units:
            continue
        units.sort(key=lambda u: u[0])
        subjects = [u for u in units if u[1]]
        chosen = (subjects or units)[-1][2]
        seen: dict[str, object] = {}
        for a in chosen:
            seen.setdefault(a.id, a)
        return list(seen.values())
    return []


def _window(doc: Doc, i: int) -> list:
    sent = doc[i].sent
    sents = [sent]
    s = sent.start - 1
    while len(sents) <= SENTENCE_WINDOW and s >= 0:
        sents.append(doc[s].sent)
        s = doc[s].sent.start - 1
    return sents


def _fits(c, gender: str | None, plural: bool, kb: KnowledgeBase) -> bool:
    a = c.actor
    if plural:
        if c.place:
            return False
        return c.plural or (a.kind in PLURAL_KINDS and a.kind != "person")
    if a.kind != "person" or c.plural:
        return False
    entry = kb.entry(a.id)
    known = entry.gender if entry is not None else None
    return known is None or known == gender


def _antecedent(doc: Doc, i: int, pool: list, fits, subjects_only_before: bool = False):
    """The nearest fitting mention before token i: same sentence first, then up to two sentences back; in
    each sentence a subject is preferred. ``subjects_only_before``: earlier sentences offer only subjects."""
    for n, sn in enumerate(_window(doc, i)):
        cands = [c for c in pool if c.start >= sn.start and c.end <= min(sn.end, i) and fits(c)]
        if not cands:
            continue
        subjects = [c for c in cands if c.head is not None and doc[c.head].dep_ in SUBJECT_DEPS]
        if n and subjects_only_before and not subjects:
            continue
        if n:  # an earlier sentence: the subject of its main clause carries on ("He said X ... . He said he ...")
            subjects = [c for c in subjects if _in_main_clause(doc[c.head])] or subjects
        return (subjects or cands)[-1]
    return None


def _in_main_clause(subject) -> bool:
    """The subject of the sentence's main verb (or of a verb coordinated with it), not of a clause inside."""
    verb = subject.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


def _state_count(noun) -> int | None:
    """2 for "the two allies", "both countries" (a plural noun counted by a number word); else None."""
    if noun.tag_ != "NNS":
        return None
    for c in noun.children:
        if c.i < noun.i and c.lower_ in COUNT_WORDS and c.dep_ in ("nummod", "det", "predet", "preconj"):
            return COUNT_WORDS[c.lower_]
    return None


def _last_states(doc: Doc, start: int, pool: list, n: int | None, kb: KnowledgeBase) -> list:
    """The last ``n`` distinct countries named before ``start``, within the sentence window; [] if fewer."""
    in_window = [c for c in pool if c.end <= start and c.start >= _window(doc, start)[-1].start]
    return _last_distinct(in_window, n, lambda c: _state_of(c, kb))


def _last_distinct(cands: list, n: int | None, actor_of) -> list:
    """The actors of the last ``n`` candidates that stand for distinct actors (``actor_of`` gives a
    candidate's actor, or None to pass it by), latest first; [] if there are fewer."""
    found: list = []
    for c in reversed(cands):
        actor = actor_of(c)
        if actor is not None and actor.id not in {a.id for a in found}:
            found.append(actor)
        if len(found) == n:
            return found
    return []


def _state_of(c, kb: KnowledgeBase):
    """The country a mention stands for: a country, or a state organ ("the White House", "Turkish forces")."""
    a = c.actor
    if c.place or a.kind == "person":
        return None
    if a.kind == "country":
        return a
    if a.sector in STATE_SECTORS and a.country and a.country != IGO:
        return kb.country_actor(a.country)
    return None


def _counterpart(doc: Doc, noun, pool: list):
    """"Erdoğan praised his counterpart": the nearest named person before it other than the possessor."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is None:
        return None
    owner = next((c.actor for c in pool if c.start <= poss.i < c.end), None)
    if owner is None or owner.kind != "person":
        return None
    for c in reversed([c for c in pool if c.end <= noun.i and c.start >= _window(doc, noun.i)[-1].start]):
        if _named_person(c.actor) and c.actor.id != owner.id:
            return c.actor
    return None


def _coordinated_owner(doc: Doc, pron, pool: list, fits):
    """"the PYD and its military wing", "Russia and its allies": "its" in the second conjunct is the first's."""
    noun = pron.head
    if pron.dep_ != "poss" or noun.dep_ != "conj" or noun.head.i == noun.i:
        return None
    first = noun.head
    heads = {first.i} | {c.i for c in first.children if c.dep_ in ("appos", "compound") and c.i < pron.i}
    found = [c for c in pool if c.head in heads and c.end <= pron.i and fits(c)]
    return found[-1] if found else None


def _owns_forces(pron, kb: KnowledgeBase) -> bool:
    """"its soldiers", "its army": the pronoun owns an armed force."""
    if pron.dep_ != "poss":
        return False
    hit = kb.sector_of_word(pron.head.lemma_.lower()) or kb.sector_of_word(pron.head.lower_)
    return hit is not None and hit[0] == "MIL"


def _fits_armed(c) -> bool:
    """What may own soldiers: a state, or an armed group."""
    return _fits_neuter(c) and (c.actor.kind == "country" or c.actor.sector in ARMED_SECTORS)


def _fits_neuter(c) -> bool:
    """A singular state, organization or group: what "it/its" may stand for."""
    return (c.actor.kind in ("country", "organization", "group") and not c.plural and not c.place
            and c.how in ("name", "title", "pronoun") and c.actor.sector != "CVL")


def _fits_organization(c) -> bool:
    """A named non-state organization or armed group: what "the group" may stand for."""
    return (c.how == "name" and c.actor.kind in ("organization", "group") and not c.place
            and c.actor.sector is not None and c.actor.country != "IGO"
            and c.actor.sector not in ("GOV", "MIL", "CVL", "MED", "BUS"))


def _dummy_it(tok) -> bool:
    """"it is unclear", "it was reported", "made it clear": an "it" that stands for no one."""
    if tok.lower_ != "it":
        return False
    head = tok.head
    if tok.dep_ == "nsubjpass":
        return True
    if tok.dep_ in ("nsubj", "dobj") and head.lemma_.lower() in DUMMY_IT_VERBS:
        return True
    return tok.dep_ not in ("nsubj", "dobj", "pobj", "dative")
