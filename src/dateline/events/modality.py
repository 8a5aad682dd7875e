"""Negation and modality of an event: did the text say it happened, will happen, might, was asked for,
was denied?

Two sources, both read from modality.yaml: the event's own clause (auxiliaries "will"/"would", "not",
"never", "no", a conditional "if") and a verb that embeds it ("called for X": requested, "refused to X",
"denied that X": denied, "threatened to X": hypothetical).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from dateline.events.lexicon import Lexicon

# clause edges that end the search for an embedding verb: the event is then its own statement
# ("acl" is crossed only into an embedding noun: "the refusal of X to conclude a deal")
_BARRIERS = frozenset({"relcl", "acl", "appos", "parataxis", "conj", "dep", "ROOT", "npadvmod", "nsubj", "nsubjpass"})
# prepositions of adjuncts (time, circumstance): "agreed to stop attacks after a phone call with Trump" --
# the call is no part of what was agreed, so the governing verb's modality stops there
_ADJUNCT_PREPS = frozenset({"after", "before", "during", "following", "since", "until", "amid", "amidst",
                            "despite", "throughout", "within", "ahead", "prior", "upon", "in", "at"})


@dataclass(frozen=True)
class ClauseCues:
    modality: str | None  # future / hypothetical from the clause's own words, else None
    negated: bool
    conditional: bool  # "if"/"unless" clause


@dataclass(frozen=True)
class Embedding:
    modality: str  # requested, future, hypothetical, denied, or "refused"
    verb: Token


def clause_cues(tok: Token, lex: Lexicon) -> ClauseCues:
    """Modality and negation from the words of tok's own clause."""
    modality = None
    negated = False
    conditional = False
    for c in tok.children:
        dep = c.dep_
        low = c.lower_
        if dep in ("aux", "auxpass"):
            lemma = c.lemma_.lower()
            if low in lex.future_aux or lemma in lex.future_aux:
                modality = modality or "future"
            elif low in lex.hypothetical_aux or lemma in lex.hypothetical_aux:
                if low in ("would", "'d") and not _conditional(tok, lex) and _reported(tok):
                    modality = modality or "future"  # reported "would": the future seen from the past
                else:
                    modality = "hypothetical"
        elif dep == "neg" or (dep in ("advmod", "det", "preconj", "cc") and low in lex.negation and low not in ("nor",)):
            negated = True
        elif dep == "mark" and low in lex.conditional_marks:
            conditional = True
        elif dep == "mark" and low in lex.future_marks and tok.tag_ in ("VBZ", "VBP"):
            modality = modality or "future"  # "before it kills more people"
        elif dep in ("amod", "compound") and low in lex.noun_modifiers and tok.pos_ in ("NOUN", "PROPN"):
            modality = modality or lex.noun_modifiers[low]  # "the planned withdrawal"
    if conditional:
        modality = "hypothetical"
    if modality is None and _shares_clause(tok):
        # "if Russia did not withdraw ... and did not allow ...": a verb coordinated without its own subject or
        # auxiliary stands as its first conjunct does
        head = clause_cues(tok.head, lex)
        modality, conditional = head.modality, head.conditional
    return ClauseCues(modality, negated, conditional)


def _shares_clause(tok: Token) -> bool:
    """A verb coordinated with another that has no subject or modal of its own ("would shell and commit")."""
    return tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX") and tok.head != tok and not any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") or (c.dep_ == "aux" and c.lower_ != "to") for c in tok.children)


def _reported(tok: Token) -> bool:
    """A reported clause: "said that X would", "an announcement that X would" (the future seen from the past)."""
    if tok.dep_ == "ccomp":
        return True
    return tok.dep_ in ("acl", "appos") and any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)


def _conditional(tok: Token, lex: Lexicon) -> bool:
    if any(c.dep_ == "mark" and c.lower_ in lex.conditional_marks for c in tok.children):
        return True
    # a main clause with an "if" clause: "X would attack if Y"
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in lex.conditional_marks for m in c.children)
        for c in tok.children
    )


def embedding(tok: Token, lex: Lexicon, max_hops: int = 6) -> Embedding | None:
    """The nearest verb whose complement holds tok and that changes its modality, if any."""
    cur = tok
    prep = None
    for _ in range(max_hops):
        head = cur.head
        if head == cur:
            return None
        if _shares_clause(cur):  # "would not dare to shell ... and commit massacres"
            cur = head
            continue
        if cur.dep_ in _BARRIERS and not (cur.dep_ == "acl" and head.lemma_.lower() in lex.embedders):
            return None
        if head.pos_ == "ADP":
            prep = head.lower_
            if prep in _ADJUNCT_PREPS and cur.dep_ in ("pobj", "pcomp"):
                return None
            cur = head
            continue
        lemma = head.lemma_.lower()
        found = None
        if prep:
            found = lex.embedders.get(f"{lemma} {prep}")
        found = found or lex.embedders.get(lemma)
        if found and cur.dep_ in ("xcomp", "ccomp", "dobj", "pobj", "prep", "pcomp", "acomp", "advcl", "attr", "oprd", "acl"):
            return Embedding(found, head)
        if cur.dep_ == "advcl" and _conditional(cur, lex):
            return Embedding("hypothetical", head)
        if cur.dep_ == "ccomp":  # a reported clause: "said that X" keeps X's own modality
            return None
        prep = None
        cur = head
    return None
