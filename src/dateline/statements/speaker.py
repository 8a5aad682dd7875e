"""Who made a statement, and where: the speaker's noun phrase, its actor, and the channel."""

from __future__ import annotations

import functools
import re

from spacy.tokens import Doc, Token

from dateline.model import Mention
from dateline.resources import read_yaml

SUBJECTS = {"nsubj", "csubj", "expl"}
RELATIVE = {"who", "that", "which", "whom"}
# clauses that share the subject of the verb they hang on: "went on to say", "and added", "saying"
SUBJECT_SHARING = {"xcomp", "conj", "advcl", "pcomp"}
# right-hand modifiers kept in a speaker's noun phrase ("a spokesperson for the Kremlin")
NP_RIGHT = {"prep", "pobj", "compound", "amod", "nummod", "poss", "case", "flat", "nmod"}


def subject_of(verb: Token, depth: int = 3) -> Token | None:
    """The speaker's head token for a cue verb: its subject, the agent of a passive, or the
    subject of the verb it depends on ("Trump went on to say", "Clinton ..., saying")."""
    for child in verb.children:
        if child.dep_ == "agent":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return obj
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    for child in verb.children:
        if child.dep_ in SUBJECTS and child.dep_ != "expl":
            return child
    if passive or passive_participle(verb):
        return None
    if depth and verb.dep_ == "conj" and verb.head.dep_ == "ccomp" and _continues_cue(verb):
        return subject_of(verb.head.head, depth - 1)  # "said that ... and insisted that ..."
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head != verb:
        return verb.head  # "the groups backing Trump", "a super PAC supporting Cruz"
    if depth and verb.dep_ in SUBJECT_SHARING and verb.head != verb and verb.head.pos_ in ("VERB", "AUX"):
        return subject_of(verb.head, depth - 1)
    if verb.dep_ == "relcl" and verb.head != verb:
        return verb.head
    return None


def passive_participle(verb: Token) -> bool:
    """A bare past participle opening an adverbial clause ("Asked about the polls, he said ..."):
    the subject of the main clause is who was asked, not who asked."""
    return verb.tag_ == "VBN" and verb.dep_ == "advcl" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _continues_cue(verb: Token) -> bool:
    """Whether ``verb`` is a cue the parser conjoined to the clause reported by another cue."""
    from dateline.statements.reported import clause_cue, cue_conjunct

    return clause_cue(verb.head.head) and cue_conjunct(verb.head) == verb


def antecedent(tok: Token) -> Token:
    """The noun a relative pronoun stands for ("Clinton, who said ..." -> Clinton), else ``tok``."""
    if tok.lower_ in RELATIVE and tok.head.dep_ in ("relcl", "acl") and tok.head.head != tok.head:
        return tok.head.head
    return tok


def _separated(doc: Doc, i: int, j: int) -> bool:
    """Whether tokens [i, j) hold a comma, bracket, quote mark or line break (a heading above)."""
    return any(
        doc[k].text in ",;:()—–\"“”" or "\n" in doc[k].text or "\n" in doc[k].whitespace_ for k in range(i, j)
    )


def noun_phrase(head: Token) -> tuple[int, int]:
    """Token range [start, end) of the noun phrase headed by ``head``, without the appositions,
    relative clauses and fronted phrases set off by commas ("Of Carson, Levine, who ...")."""
    doc = head.doc
    if head.pos_ == "PRON":
        return head.i, head.i + 1
    start = head.i
    for child in reversed(list(head.lefts)):
        if child.dep_ in ("punct",) or _separated(doc, child.right_edge.i + 1, start):
            break
        start = child.left_edge.i
    while start < head.i and (doc[start].is_punct or doc[start].is_space):
        start += 1
    end = head.i + 1
    for child in head.rights:
        if child.dep_ not in NP_RIGHT or (child.dep_ == "amod" and child.n_rights):
            break  # not "voters skeptical of the deal", which holds a stance of its own
        if any(head.doc[k].is_punct and head.doc[k].text in ",;:()—–" for k in range(end, child.i)):
            break
        end = child.right_edge.i + 1
    while end - 1 > head.i and head.doc[end - 1].is_punct:
        end -= 1
    return start, end


def resolve_speaker(doc: Doc, head: Token, mentions: list[Mention]) -> tuple[str | None, str, tuple[int, int]]:
    """(actor id or None, speaker text, speaker span) for a speaker head token."""
    s, e = noun_phrase(head)
    span = (doc[s].idx, doc[e - 1].idx + len(doc[e - 1]))
    named = antecedent(head)
    if named != head:  # "who": the span is the pronoun, the actor is who it stands for
        ns, ne = noun_phrase(named)
        actor = pick_mention((doc[ns].idx, doc[ne - 1].idx + len(doc[ne - 1])), (named.idx, named.idx + len(named)), mentions)
    else:
        actor = pick_mention(span, (head.idx, head.idx + len(head)), mentions)
    return (actor.actor_id if actor else None), doc[s:e].text, span


def pick_mention(span: tuple[int, int], head: tuple[int, int], mentions: list[Mention]) -> Mention | None:
    """The mention that best names the speaker: one covering the head token first, then one that
    equals, contains or overlaps the phrase (largest overlap)."""
    best, best_key = None, None
    for m in mentions:
        overlap = min(m.end, span[1]) - max(m.start, span[0])
        if overlap <= 0:
            continue
        covers_head = m.start <= head[0] and head[1] <= m.end
        key = (covers_head, overlap, -(m.end - m.start))
        if best_key is None or key > best_key:
            best, best_key = m, key
    return best


# ---------------------------------------------------------------- channels


@functools.lru_cache(maxsize=1)
def channel_lexicon() -> dict:
    raw = read_yaml("statements/channels.yaml")
    names: list[tuple[re.Pattern, str]] = []
    for group in ("platforms", "media"):
        for canonical, aliases in (raw.get(group) or {}).items():
            for alias in sorted(set(aliases) | {canonical.lower()}, key=len, reverse=True):
                names.append((re.compile(r"(?<![\w-])" + re.escape(alias) + r"(?![\w-])", re.I), canonical))
    names.sort(key=lambda p: len(p[0].pattern), reverse=True)
    return {
        "names": names,
        "documents": sorted(raw.get("documents") or [], key=len, reverse=True),
        "prepositions": set(raw.get("prepositions") or []),
    }


def medium_named(text: str) -> str | None:
    """The canonical platform or medium named in ``text`` ("Russia Tass's state agency" -> TASS)."""
    for pattern, canonical in channel_lexicon()["names"]:
        if pattern.search(text):
            return canonical
    return None


def _phrase(tok: Token) -> str:
    return tok.doc[tok.left_edge.i : tok.right_edge.i + 1].text


def find_channel(cue: Token, extra: list[Token] = ()) -> str | None:
    """The medium of a statement from the cue's own dependents ("told Reuters", "on Truth Social",
    "in a statement", "in an interview with CNN") and from ``extra`` phrases (an "according to")."""
    lex = channel_lexicon()
    document = None
    candidates = list(cue.children) + list(extra)
    for child in candidates:
        if child.dep_ in ("dobj", "dative") and cue.lemma_ == "tell":
            medium = medium_named(_phrase(child))
            if medium:
                return medium
            if child.ent_type_ in ("ORG",) and child.pos_ == "PROPN":
                return _phrase(child)
        if child.dep_ == "prep" and (child.lower_ in lex["prepositions"] or child.lower_ == "according"):
            phrase = _phrase(child)
            medium = medium_named(phrase)
            if medium:
                return medium
            if child.lower_ in ("in", "on") and document is None:
                low = phrase.lower()
                for noun in lex["documents"]:
                    if re.search(r"\b" + re.escape(noun) + r"\b", low):
                        document = noun
                        break
    return document
