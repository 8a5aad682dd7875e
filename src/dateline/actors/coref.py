"""Coreference for what events and statements need: pronouns and anaphoric descriptions.

Rules, in order:
- A personal pronoun (he/him/his, she/her) links to the nearest compatible preceding person mention:
  same sentence first, then up to two sentences back; in each sentence a grammatical subject is preferred
  over other mentions. Gender comes from the knowledge base; unknown people fit either.
- "they/them/their" links the same way to a plural mention, a group, a country or an organization.
- "the two leaders" links to the two most recent distinct people; "the spokesperson", "the president"
  (no country given) to the nearest preceding person who holds that office on the date or was introduced
  with that title.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc

from dateline.actors.kb import KnowledgeBase

PRONOUNS = {
    "he": ("m", False), "him": ("m", False), "his": ("m", False), "himself": ("m", False),
    "she": ("f", False), "her": ("f", False), "hers": ("f", False), "herself": ("f", False),
    "they": (None, True), "them": (None, True), "their": (None, True), "theirs": (None, True),
    "themselves": (None, True),
}
SUBJECT_DEPS = ("nsubj", "nsubjpass")
SENTENCE_WINDOW = 2
PLURAL_KINDS = ("group", "country", "organization")


def resolve(doc: Doc, mentions: list, requests: list, kb: KnowledgeBase, date: dt.date) -> list:
    """Extra candidates (pronoun and description mentions) for the mentions already chosen."""
    from dateline.actors.link import Candidate

    out: list = []
    known = sorted(mentions, key=lambda c: c.start)
    covered = {i for c in known for i in range(c.start, c.end)}
    pronouns = [t for t in doc if t.lower_ in PRONOUNS and t.pos_ == "PRON" and t.i not in covered]
    events = [("pronoun", t.i, t) for t in pronouns] + [("request", r[1], r) for r in requests]
    group = 10_000
    for kind, _, item in sorted(events, key=lambda e: e[1]):
        pool = sorted(known + out, key=lambda c: c.start)
        if kind == "pronoun":
            gender, plural = PRONOUNS[item.lower_]
            ante = _antecedent(doc, item.i, pool, lambda c: _fits(c, gender, plural, kb))
            if ante is not None:
                out.append(Candidate(item.i, item.i + 1, ante.actor, "pronoun", plural=plural, head=item.i))
            continue
        if item[0] == "count":
            _, start, end, n, title = item
            people = []
            for c in reversed([c for c in pool if c.end <= start and c.actor.kind == "person"]):
                if c.actor.id not in {p.id for p in people}:
                    people.append(c.actor)
                if len(people) == n:
                    break
            if len(people) == n:
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


def _holds(kb: KnowledgeBase, actor_id: str, title, date: dt.date) -> bool:
    offices = kb.offices_of(actor_id, date)
    if title.leader:
        return bool(offices)
    return any(o.office == title.office for o in offices)


def _fits(c, gender: str | None, plural: bool, kb: KnowledgeBase) -> bool:
    a = c.actor
    if plural:
        return c.plural or (a.kind in PLURAL_KINDS and a.kind != "person")
    if a.kind != "person" or c.plural:
        return False
    entry = kb.entry(a.id)
    known = entry.gender if entry is not None else None
    return known is None or known == gender


def _antecedent(doc: Doc, i: int, pool: list, fits):
    sent = doc[i].sent
    sents = [sent]
    s = sent.start - 1
    while len(sents) <= SENTENCE_WINDOW and s >= 0:
        sents.append(doc[s].sent)
        s = doc[s].sent.start - 1
    for sn in sents:
        cands = [c for c in pool if c.start >= sn.start and c.end <= min(sn.end, i) and fits(c)]
        if not cands:
            continue
        subjects = [c for c in cands if c.head is not None and doc[c.head].dep_ in SUBJECT_DEPS]
        return (subjects or cands)[-1]
    return None
