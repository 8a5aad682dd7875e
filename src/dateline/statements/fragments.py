"""Short quoted fragments beside a narrative word, for quotes that no other cue covers (the parser
often reads a quoted exclamation or label as part of the clause and loses the cue's frame).

- a chant noun: 'Supporters answered with chants of "Four more years!"', 'the hall took up the cry
  "Not in our town"': the quote is the content; the noun's possessor or the subject of the verb
  that takes the noun says it.
- a naming verb: 'One alderman called Brandt "a born contrarian"': the object and the quote are
  the content; the verb's subject names.

PolNeAR train, round 14: chant nouns 4 right of 8 new statements, naming verbs about 10 of 13.
"""

from __future__ import annotations

import functools

from spacy.tokens import Doc, Token

from dateline.nlp import doc_text
from dateline.resources import data_lines
from dateline.statements.quotes import Quote
from dateline.statements.reported import Candidate, reporting_verbs, token_at
from dateline.statements.speaker import possessor, subject_of

_LINKS = ("", "of", ",", "of,")  # what may stand between the noun and its quote, spaces removed
_PASSIVE_DEPS = {"nsubjpass", "auxpass"}


@functools.cache
def chant_nouns() -> frozenset[str]:
    return frozenset(data_lines("statements/chant_nouns.txt"))


@functools.cache
def chant_hearers() -> frozenset[str]:
    return frozenset(data_lines("statements/chant_hearers.txt"))


def chanted_fragments(doc: Doc, quotes: list[Quote], found: list[Candidate]) -> list[Candidate]:
    """A candidate for each quote that directly follows a chant noun and that no candidate in
    ``found`` covers."""
    text = doc_text(doc)
    out = []
    for quote in quotes:
        if any(c.start < quote.end and quote.start < c.end for c in found):
            continue
        noun = _chant_noun_before(doc, text, quote)
        verb = _taking_verb(noun) if noun is not None else None
        if verb is not None and verb.lemma_.lower() in chant_hearers():
            continue  # "police listened to chants of ...": who chanted is not said
        if noun is not None:
            cue = (noun.idx, noun.idx + len(noun))
            out.append(Candidate(noun, cue, quote.start, quote.end, _chanter(noun), "noun", 2))
    return out


def _chant_noun_before(doc: Doc, text: str, quote: Quote) -> Token | None:
    """The chant noun right before the quote ('chants of "..."', 'the slogan "..."'), if any."""
    k = token_at(doc, quote.start, after=False)
    if k is None:
        return None
    for tok in reversed(doc[max(k - 2, 0) : k + 1]):  # the noun, "of" and a comma at most
        if tok.lemma_.lower() in chant_nouns() and tok.pos_ == "NOUN":
            link = "".join(text[tok.idx + len(tok) : quote.start].split()).lower()
            return tok if link in _LINKS else None
    return None


def _chanter(noun: Token) -> Token | None:
    """Who voices the chant: the noun's possessor ('their chants'), else the active subject of the
    verb that takes it as object or through a preposition ('the crowd broke into chants of'); none
    after a passive ('was greeted with chants of')."""
    owner = possessor(noun)
    if owner is not None:
        return owner
    verb = _taking_verb(noun)
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ in _PASSIVE_DEPS for c in verb.children):
        return None
    return subject_of(verb)


def _taking_verb(noun: Token) -> Token | None:
    """The word that takes the noun as its object, directly or through a preposition ("broke into
    chants", "raised the cry"); the word may be no verb."""
    if noun.dep_ == "pobj":
        return noun.head.head
    return noun.head if noun.dep_ == "dobj" else None


NAMING_REACH = 8  # tokens from a naming verb to the quote that names its object


def named_fragments(doc: Doc, quotes: list[Quote], found: list[Candidate]) -> list[Candidate]:
    """'called the merger "a mistake"', 'labelled that "beyond absurd"': a naming verb, its object
    and the quote that names it, where the parser lost the quote as the naming complement. The
    content runs from the object to the quote's end; the verb's subject names."""
    out = []
    for quote in quotes:
        if any(c.start < quote.end and quote.start < c.end for c in found):
            continue
        k = token_at(doc, quote.start, after=True)
        verb = _naming_verb_before(doc, k) if k is not None else None
        if verb is not None and verb.dep_ == "acl" and verb.tag_ != "VBG" and verb.head.dep_ in ("nsubj", "nsubjpass"):
            continue  # "a senator called Brandt "..." won": a participle that names, in the subject of another verb
        if verb is not None:
            speaker = verb.head if verb.dep_ == "acl" else subject_of(verb)
            cue = (verb.idx, verb.idx + len(verb))
            out.append(Candidate(verb, cue, doc[verb.i + 1].idx, quote.end, speaker, "naming", 2))
    return out


def _naming_verb_before(doc: Doc, k: int) -> Token | None:
    """The active naming verb a few words before token ``k`` with only its object between ('called
    the merger “'), in the same sentence."""
    for i in range(k - 2, max(k - NAMING_REACH, doc[k].sent.start - 1), -1):
        tok = doc[i]
        if tok.pos_ in ("VERB", "AUX") and "naming" in reporting_verbs().get(tok.lemma_.lower(), {}).get(None, ()):
            between = doc[i + 1 : k]
            if any(t.pos_ in ("VERB", "AUX", "PUNCT", "SCONJ") or t.dep_ == "mark" for t in between if t.text != ","):
                return None
            if any(c.dep_ in _PASSIVE_DEPS for c in tok.children):
                return None
            if all(t.pos_ in ("DET", "PUNCT") for t in between):  # no object: 'a film called the “...”'
                return None
            return tok
        if tok.pos_ in ("VERB", "AUX") or tok.is_sent_start:
            return None
    return None
