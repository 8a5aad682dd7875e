"""Repairs for parses that hide a cue: a reporting verb the tagger read as a noun or an adjective,
or a subject the parser hung elsewhere.

The small parser often tags the verb of a short news sentence as a noun, most of all after a
plural noun or in a headline: "Court records show the loan was repaid", "Mayor vows probe",
"..., the three write." Such a word heads no clause in the parse, so the finders of ``reported``
never see it. Here the verb slot is read off the words instead: a noun phrase that agrees with
the verb's form, no finite verb before it in its clause, and after it what the verb takes
(``to`` and a verb, a particle of the lexicon, a clause or an object), or the end of the
sentence after a content it signs ("..., records show.", "..., the filing states in a footnote."),
or between commas inside the clause it signs ("The fee, records show, was never paid."). A verb
the parser left without a subject, behind a phrase set off by commas, gets the noun phrase that
opens its sentence ("Mayor Ortiz, facing a recall, a tight race, said ...").
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from dateline.statements.quotes import Quote
from dateline.statements.reported import (
    FINITE_TAGS,
    HEADLINE_CUTS,
    SUBJECT_DEPS,
    Candidate,
    content_span,
    reporting_nouns,
    reporting_verbs,
    stance_nouns,
    third_person_lemmas,
    token_at,
)
from dateline.statements.speaker import AGENT_ENTITIES, breaks_line

MISREAD_TAGS = {"NN", "NNS", "JJ"}  # lower-case words a verb gets read as
SUBJECT_POS = {"NOUN", "PROPN", "NUM", "PRON"}
SUBJECT_OPENING_POS = SUBJECT_POS | {"DET", "ADJ"}  # not "In a series of posts", "following the track of"
SINGULAR_TAGS = {"NN", "NNP"}
PLURAL_TAGS = {"NNS", "NNPS", "CD"}
SINGULAR_PRONOUNS = {"he", "she", "it"}
# pronouns and quantity words that take a verb's bare form ("they say", "many believe", "few agree")
PLURAL_PRONOUNS = {"i", "we", "you", "they", "many", "few", "some", "most", "others", "both", "all", "several"}
SUBORDINATORS = {"as", "while", "when", "after", "before", "if", "because", "since", "although", "though", "once"}
QUANTITIES = {"half", "third", "thirds", "quarter", "percent", "majority", "minority", "number", "share", "most"}
CLAUSE_BREAKS = {";", ":"}
PARENTHETICAL_OPENING_POS = {"DET", "PRON", "NOUN", "PROPN"}  # "the survey shows", "its filings show", "records show"
PHRASE_BREAKS = {",", "“", "”", '"', "—", "–", "(", ")"}
SUBJECT_MAX = 16  # tokens of the noun phrase before a misread verb
SIGNED_ENDS = {".", "!", ";"}  # what may follow a verb that signs the content before it
CLAUSE_OPENERS = {"that", "he", "she", "they", "we", "i"}  # "records show he ...": a clause of the verb's
OPENING_QUOTES = {"“", "‘", '"', "'"}
CLOSING_QUOTES = {"”", "’", '"', "'"}
OBJECT_BREAKS = {"and", "but"}  # after a comma, what opens another clause after an object
VERB_JOINS = {"and", ","}  # between a verb and a second one: "chides the board and praises staff"
JOINED_OBJECT_CUTS = HEADLINE_CUTS | {"on"}  # "... and praises staff at the gala": the object ends
NOUN_MARKERS = {"DT", "JJ", "PRP$", "POS", "CD"}  # tags of a word that only a noun follows
SOURCELESS_KINDS = {"raise", "poll", "continuation"}  # candidates that may rightly have no speaker
OPENING_SUBJECT_MAX = 8  # tokens of a name or noun phrase that opens a sentence
INTERRUPTION_MAX = 40  # tokens between that subject and its verb
INTERRUPTION_MARKS = {",", "(", "-", "—", "–"}  # what opens an interruption after the subject
INTERRUPTION_ENDS = {",", ")", "-", "—", "–"}  # what closes it before the verb
OPENING_SUBJECT_POS = {"PROPN", "NOUN", "DET", "ADJ", "NUM", "PART"}


@dataclass
class _Slot:
    """Where a misread verb stands: its clause and the noun phrase before it."""

    start: int  # the clause's first token
    first: int  # the subject phrase's first token
    subordinator: Token | None  # "As records show, ...", "As the mayor demands a wall, ..."
    head: Token  # the subject's head noun


def with_misread_verbs(doc: Doc, quotes: list[Quote], found: list[Candidate]) -> list[Candidate]:
    """``found`` and the candidates cued by reporting verbs the tagger read as nouns or
    adjectives, where no other finder took the word as a cue."""
    out = _split_joined_verbs(doc, quotes, found)
    for cand in out:
        if cand.speaker is None and cand.how not in SOURCELESS_KINDS:
            cand.speaker = _interrupted_subject(doc, cand.cue)
    taken = {c.cue.i for c in out}
    for tok in doc:
        if tok.i in taken or tok.tag_ not in MISREAD_TAGS or not tok.is_lower or not tok.is_alpha:
            continue
        out.extend(_misread_verb_candidates(doc, tok, quotes))
    return out


def _interrupted_subject(doc: Doc, cue: Token) -> Token | None:
    """The subject that opens the sentence of a verb the parser left without one, when a phrase
    set off by commas, brackets or dashes stands between them ("Mayor Lee Ortiz, facing a recall
    in May, a tight race, said ..."): the last word of that opening noun phrase."""
    if cue.pos_ != "VERB" or any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        return None
    k = cue.i
    while k > cue.sent.start and doc[k - 1].head == cue and doc[k - 1].dep_ in ("aux", "neg", "advmod"):
        k -= 1  # "..., had already said"
    if k == 0 or not (_finite(doc[k]) or doc[k].tag_ in FINITE_TAGS) or doc[k - 1].text not in INTERRUPTION_ENDS:
        return None
    start = _segment_start(doc, cue)
    if k - start > INTERRUPTION_MAX:
        return None
    end = next((m for m in range(start, k - 1) if doc[m].text in INTERRUPTION_MARKS), None)
    if end is None or end == start or end - start > OPENING_SUBJECT_MAX:
        return None
    phrase = doc[start:end]
    if any(t.pos_ not in OPENING_SUBJECT_POS and t.text not in (".", "-") for t in phrase):
        return None  # not "In Ohio, ..." nor "Asked about it, ..."
    head = phrase[-1]
    named = head.ent_type_ in AGENT_ENTITIES  # a name the tagger read as an adjective
    return head if head.pos_ in ("PROPN", "NOUN") or named else None


def _split_joined_verbs(doc: Doc, quotes: list[Quote], found: list[Candidate]) -> list[Candidate]:
    """``found``, where a content swallows a second verb that the tagger read as a noun and joined
    to the cue ("The mayor chides the board and praises staff": "the board and praises"): the
    content ends before the join, and the second verb cues its own object, with the same speaker."""
    out = []
    for cand in found:
        second = _joined_misread_verb(doc, cand)
        if second is not None:
            before = doc[second.i - 2]
            cand = replace(cand, end=before.idx + len(before))
            cue = (second.idx, second.idx + len(second))
            span = content_span(doc, second.i + 1, _joined_object_end(doc, second), quotes, cue)
            if span is not None:
                out.append(Candidate(second, cue, span[0], span[1], cand.speaker, "misread", cand.priority))
        out.append(cand)
    return out


def _joined_misread_verb(doc: Doc, cand: Candidate) -> Token | None:
    """The misread reporting verb inside the content of ``cand`` that the parse joins to its cue or
    to the cue's object, after "and" or a comma and in the cue's form ("chides ... and praises")."""
    for tok in cand.cue.subtree:
        if not (cand.start < tok.idx < cand.end) or tok.tag_ not in MISREAD_TAGS or not tok.is_lower:
            continue
        if tok.dep_ != "conj" or cand.cue not in (tok.head, tok.head.head):
            continue
        if tok.i < 2 or doc[tok.i - 1].lower_ not in VERB_JOINS or doc[tok.i - 2].idx < cand.start:
            continue
        if cand.cue.tag_ not in ("VBZ", "VBP"):
            continue  # not "denouncing both the plan and vow to ...": a present-tense cue to agree with
        plural = cand.cue.tag_ == "VBP"
        verbs = reporting_verbs()
        # the word less its last letter too: for "-s" words third_person_lemmas already gives it;
        # for others it reads a past form as its bare verb ("argued": "argue")
        forms = _verb_forms(tok) + [(tok.lower_[:-1], False)]
        if any(lemma in verbs and "object" in verbs[lemma].get(None, ()) and wants_plural == plural
               for lemma, wants_plural in forms):
            return tok
    return None


def _joined_object_end(doc: Doc, verb: Token) -> int:
    """Where the object of a second joined verb ends: at punctuation or a setting word ("at",
    "after") past its first word, or at the clause end."""
    end = _segment_end(doc, verb)
    for k in range(verb.i + 2, end):
        if (doc[k].is_punct and not doc[k].is_quote) or doc[k].lower_ in JOINED_OBJECT_CUTS:
            return k
    return end


def _verb_forms(tok: Token) -> list[tuple[str, bool]]:
    """(lemma, plural subject wanted) for each reading of a word as a present-tense verb: the bare
    form after a plural subject ("records show"), the "-s" form after a singular one ("mayor vows")."""
    low = tok.lower_
    return [(low, True)] + [(lemma, False) for lemma in third_person_lemmas(low)]


def _agrees(subject: Token, plural: bool) -> bool:
    if any(c.dep_ == "cc" for c in subject.children) or subject.dep_ == "conj":
        return plural  # "The report and the audit blame ..."
    if subject.pos_ == "PRON" or subject.lower_ in PLURAL_PRONOUNS:
        return subject.lower_ in (PLURAL_PRONOUNS if plural else SINGULAR_PRONOUNS)
    return subject.tag_ in (PLURAL_TAGS if plural else SINGULAR_TAGS)


def _segment_start(doc: Doc, tok: Token) -> int:
    """The first token of the clause of ``tok``: its sentence's, its paragraph's, or the one after a
    semicolon or colon."""
    start = tok.sent.start
    for k in range(tok.i - 1, start - 1, -1):
        if doc[k].text in CLAUSE_BREAKS or breaks_line(doc[k]):
            return k + 1
    return start


def _segment_end(doc: Doc, tok: Token) -> int:
    end = tok.sent.end
    for k in range(tok.i + 1, end):
        if doc[k].text in CLAUSE_BREAKS or breaks_line(doc[k]):
            return k
    return end


def _finite(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") and tok.tag_ in FINITE_TAGS


def _slot(doc: Doc, tok: Token) -> _Slot | None:
    """The noun phrase right before ``tok``, back to its clause's start or a comma: a phrase that
    opens with a noun, determiner or adjective (after a subordinator, if any) and holds no finite
    verb; None when the word before ``tok`` is no noun or the phrase is too long."""
    before = doc[tok.i - 1] if tok.i else None
    if before is None or (before.pos_ not in SUBJECT_POS and before.lower_ not in PLURAL_PRONOUNS):
        return None
    if before.pos_ not in SUBJECT_POS and before.head.i > tok.i:
        return None  # "most city agencies": the quantity word goes with a noun after
    start = _segment_start(doc, tok)
    k = tok.i - 1
    while k > start and doc[k - 1].text not in PHRASE_BREAKS and not breaks_line(doc[k - 1]):
        k -= 1
    subordinator = doc[k] if doc[k].lower_ in SUBORDINATORS and k + 1 < tok.i else None
    first = k + 1 if subordinator is not None else k
    opening = doc[first]
    if tok.i - first > SUBJECT_MAX or any(_finite(t) or t.tag_.startswith("W") for t in doc[first : tok.i]):
        return None  # not "What about the budget hawks who ..."
    if any(_verb_in_phrase(t) for t in doc[first : tok.i]):
        return None  # not "rushing from rallies to shows", but "Critics of raising fares ..."
    if opening.pos_ not in SUBJECT_OPENING_POS and not (opening.pos_ == "ADV" and doc[first + 1].pos_ == "NUM"):
        return None  # "Nearly two-thirds of riders back ..." is one
    return _Slot(start, first, subordinator, _subject_head(doc, first, tok))


def _counted_noun(doc: Doc, quantity: Token, tok: Token) -> Token:
    """The noun a quantity counts, the last of the nouns right after its "of" ("half of the
    harbor pilots surveyed"), or the quantity itself."""
    k = quantity.i + 1
    if k >= tok.i or doc[k].lower_ != "of":
        return quantity
    while k + 1 < tok.i and doc[k + 1].pos_ not in ("NOUN", "PROPN"):
        k += 1
    while k + 1 < tok.i and doc[k + 1].pos_ in ("NOUN", "PROPN"):
        k += 1
    return doc[k]


def _verb_in_phrase(tok: Token) -> bool:
    """Whether a verb in a subject phrase keeps it from being one: any but a participle ("records
    compiled by ...") or a gerund after a preposition ("Critics of raising fares ...")."""
    if tok.pos_ != "VERB" or tok.tag_ == "VBN":
        return False
    return not (tok.tag_ == "VBG" and tok.i > 0 and tok.doc[tok.i - 1].pos_ == "ADP")


def _subject_head(doc: Doc, first: int, tok: Token) -> Token:
    """The noun that heads the phrase [first, tok): the last noun before a preposition or participle
    that follows a noun ("Tax files from the agency", "Members of the board"), else the
    last word."""
    for k in range(first + 1, tok.i):
        if (doc[k].pos_ == "ADP" or doc[k].tag_ == "VBN") and doc[k - 1].pos_ in SUBJECT_POS:
            return doc[k - 1]  # "records compiled by the agency"
    return doc[tok.i - 1]


def _later_verb_is_its_own(doc: Doc, tok: Token, end: int, lemma: str) -> bool:
    """Whether a finite verb after ``tok`` in its clause has its subject at or before ``tok``: then
    ``tok`` is a noun in that subject ("Voter complaints about the plan rose"). Not the word right
    after a verb form that is no noun of speech: in "Mayor scolds park staff" the tagger reads
    "scolds" as a noun and "park" as its verb."""
    for t in doc[tok.i + 1 : end]:
        if not _finite(t):
            continue
        if t.i == tok.i + 1 and _misread_object(tok, lemma):
            continue
        verb = t.head if t.dep_ in ("aux", "auxpass") else t
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects or any(c.i <= tok.i for c in subjects):
            return True
    return False


def _speech_noun(lemma: str) -> bool:
    """Whether a verb's bare form is also a noun of speech or stance ("claim", "demand", "praise"),
    so that its "-s" form may well be a plural noun."""
    return lemma in reporting_nouns() or lemma in stance_nouns()


def _misread_verb_candidates(doc: Doc, tok: Token, quotes: list[Quote]) -> list[Candidate]:
    if tok.dep_ == "conj" and tok.head.pos_ in ("NOUN", "PROPN"):
        return []  # "opposed by the mayor and some advocates": a noun the parse joined rightly
    slot = _slot(doc, tok)
    if slot is None:
        return []
    verbs = reporting_verbs()
    # "Fewer than half of the riders back ...": a quantity agrees with the noun after it
    subjects = (slot.head,)
    if slot.head.lower_ in QUANTITIES:
        subjects = (slot.head, doc[tok.i - 1], _counted_noun(doc, slot.head, tok))
    lemmas = [
        lemma for lemma, plural in _verb_forms(tok)
        if lemma in verbs and any(_agrees(subject, plural) for subject in subjects)
    ]
    if not lemmas:
        return []
    lemma = lemmas[-1]
    end = _segment_end(doc, tok)
    if _parenthetical(doc, tok, lemma, slot, end):
        return _parenthetical_candidates(doc, tok, slot, end, quotes)
    opens_clause = tok.i + 1 < end and doc[tok.i + 1].lower_ in CLAUSE_OPENERS
    if not opens_clause and _later_verb_is_its_own(doc, tok, end, lemma):
        return []
    cand = _misread_verb_candidate(doc, tok, lemma, slot, end, quotes)
    return [] if cand is None else [cand]


def _misread_verb_candidate(doc: Doc, tok: Token, lemma: str, slot: _Slot, end: int,
                            quotes: list[Quote]) -> Candidate | None:
    span = None
    governed = tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and tok.head.i < tok.i  # "to sort and file reports"
    if not governed and not any(_finite(t) for t in doc[slot.start : slot.first]):
        span = _content_after(doc, tok, lemma, slot, end)
    span = span or _content_signed(doc, tok, lemma, slot, end, quotes)
    if span is None:
        return None
    i, j, cue_end = span
    cue = (tok.idx, doc[cue_end - 1].idx + len(doc[cue_end - 1]))
    chars = content_span(doc, i, j, quotes, cue)
    if chars is None:
        return None
    return Candidate(tok, cue, chars[0], chars[1], slot.head, "misread", 2)


def _parenthetical(doc: Doc, tok: Token, lemma: str, slot: _Slot, end: int) -> bool:
    """Whether a misread clause-taking verb and its subject stand between commas inside the
    clause they sign ("The fee, city records show, was never paid")."""
    if slot.subordinator is not None or "clause" not in reporting_verbs()[lemma].get(None, frozenset()):
        return False
    if tok.i + 2 >= end or doc[tok.i + 1].text != ",":
        return False
    comma = _opening_comma(doc, slot)
    if comma is None:
        return False
    phrase = doc[slot.first : tok.i]
    if doc[comma - 1].pos_ == "ADJ" and phrase[0].pos_ != "DET":
        return False  # not the end of a list of modifiers ("in smaller, whiter states, but ...")
    # nor of a list of names ("on Fox and CNN morning shows, ...")
    return phrase[0].pos_ in PARENTHETICAL_OPENING_POS and not any(t.pos_ == "CCONJ" for t in phrase)


def _opening_comma(doc: Doc, slot: _Slot) -> int | None:
    """The comma before the subject of a parenthetical verb, alone or before a closing quote mark
    ('"Rents rose," the filing states, ...'); None when there is none."""
    k = slot.first - 1
    if k > slot.start and doc[k].is_quote and doc[k].text in CLOSING_QUOTES:
        k -= 1
    return k if k > slot.start and doc[k].text == "," else None


def _parenthetical_end(doc: Doc, tok: Token, slot: _Slot, end: int) -> int:
    """Where the signed clause after a parenthetical verb ends: at the comma that closes a
    subordinate clause the sentence opened with ("While the fund grew and, records show, paid no
    tax, the board ..."), else at the clause end."""
    if doc[slot.start].lower_ not in SUBORDINATORS:
        return end
    return next((k for k in range(tok.i + 2, end) if doc[k].text == ","), end)


def _parenthetical_candidates(doc: Doc, tok: Token, slot: _Slot, end: int,
                              quotes: list[Quote]) -> list[Candidate]:
    """The signed clause on both sides of a parenthetical misread verb, as two pieces of one cue
    (scored as one); only the side before when a new clause follows ("..., records show, and
    ..."), only the side after when the clause began after a conjunction ("and, records show,
    ...")."""
    cue = (tok.idx, tok.idx + len(tok))
    comma = _opening_comma(doc, slot)
    pieces = []
    if doc[comma - 1].lower_ not in OBJECT_BREAKS:
        pieces.append((slot.start, slot.first if doc[slot.first - 1].is_quote else comma))
    if doc[tok.i + 2].lower_ not in OBJECT_BREAKS:
        pieces.append((tok.i + 2, _parenthetical_end(doc, tok, slot, end)))
    out = []
    for i, j in pieces:
        chars = content_span(doc, i, j, quotes, cue)
        if chars is not None:
            out.append(Candidate(tok, cue, chars[0], chars[1], slot.head, "misread", 2))
    return out


def _content_after(doc: Doc, tok: Token, lemma: str, slot: _Slot, end: int) -> tuple[int, int, int] | None:
    """(first, end, cue end) of what the misread verb takes after it: a particle's object ("point
    to"), a to-infinitive, or a clause or object; up to the comma that closes a subordinate clause
    ("As the mayor demands a wall, ...") or another clause after an object."""
    entries = reporting_verbs()[lemma]
    frames = entries.get(None, frozenset())
    nxt = tok.i + 1
    if nxt + 1 >= end:
        return None
    word = doc[nxt]
    infinitive = word.lower_ == "to" and doc[nxt + 1].tag_ == "VB"
    if word.lower_ in entries and "object" in entries[word.lower_] and not infinitive:
        return nxt + 1, _object_end(doc, nxt + 1, end, slot), nxt + 1
    if infinitive:
        return (nxt, end, nxt) if "to" in frames else None
    opening = word.text in OPENING_QUOTES or word.tag_ == "VBG" or word.lower_ == "that"
    opening = opening or _misread_object(tok, lemma)  # "Mayor scolds park staff": "park" read as a verb
    if word.pos_ in ("ADP", "PUNCT", "VERB", "AUX", "ADV", "CCONJ", "PART") and not opening:
        return None
    object_end = _object_end(doc, nxt, end, slot)
    if "clause" in frames and any(_finite(t) for t in doc[nxt:object_end]):
        return nxt, end if slot.subordinator is None else object_end, nxt
    if "object" in frames:
        return nxt, object_end, nxt
    return None


def _misread_object(tok: Token, lemma: str) -> bool:
    """Whether the word after a misread verb that is no noun of speech is its object, which the
    tagger took for the verb ("Mayor scolds park staff": "park")."""
    after = tok.nbor(1)
    if not (after.is_lower and after.pos_ == "VERB" and after.tag_ == "VBP"):
        return False  # not "Tax rules have ...": a plural noun and its auxiliary
    return lemma in third_person_lemmas(tok.lower_) and not _speech_noun(lemma) and not _used_as_noun(tok)



def _used_as_noun(tok: Token) -> bool:
    """Whether the article writes the same word elsewhere after a determiner, adjective or
    possessive ("the rules", "new rules"): then it is a noun here too ("Party rules allow ...")."""
    return any(i != tok.i for i in _after_noun_markers(tok.doc).get(tok.lower_, ()))


@functools.lru_cache(maxsize=4)
def _after_noun_markers(doc: Doc) -> dict[str, list[int]]:
    """The positions of each word written after a determiner, adjective or possessive, once per
    document."""
    found: dict[str, list[int]] = {}
    for t in doc[1:]:
        if doc[t.i - 1].tag_ in NOUN_MARKERS:
            found.setdefault(t.lower_, []).append(t.i)
    return found


def _object_end(doc: Doc, i: int, end: int, slot: _Slot) -> int:
    """Where an object from token ``i`` ends: at the comma that closes a subordinate clause or
    that opens another clause ("Okafor projects calm, and he ...", "..., as rivals gain"), else at
    the clause end."""
    for k in range(i + 1, end - 1):
        opens_clause = doc[k + 1].lower_ in OBJECT_BREAKS or doc[k + 1].lower_ in SUBORDINATORS
        if doc[k].text == "," and (slot.subordinator is not None or opens_clause):
            return k
    return end


def _closing_setting(doc: Doc, tok: Token, end: int) -> bool:
    """Whether a phrase of place or medium closes the sentence after a verb that signs the content
    before it ('"...," the agency writes in its report.', '... in a memo, which ...'): a
    preposition and no verb up to the end or a relative clause."""
    if doc[tok.i + 1].pos_ != "ADP":
        return False
    for t in doc[tok.i + 2 : end]:
        if t.text == "," and t.i + 1 < end and doc[t.i + 1].tag_.startswith("W"):
            return True
        if t.pos_ in ("VERB", "AUX") or (t.is_punct and t.text not in SIGNED_ENDS):
            return False
    return True


def _content_signed(doc: Doc, tok: Token, lemma: str, slot: _Slot, end: int,
                    quotes: list[Quote]) -> tuple[int, int, int] | None:
    """(first, end, cue end) of the content a misread verb signs: the clause before it ("The loan
    was repaid in May, court records show.", '"...," the three write.') or, after "as", the clause
    after it ("As court records show, the loan was repaid")."""
    if "clause" not in reporting_verbs()[lemma].get(None, frozenset()):
        return None
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if slot.subordinator is not None:
        if slot.subordinator.lower_ != "as" or after is None or after.text != "," or tok.i + 2 >= end:
            return None
        return tok.i + 2, end, tok.i + 1
    signs = after is None or after.text in SIGNED_ENDS or tok.i + 1 == end or _closing_setting(doc, tok, end)
    if not signs:
        return None
    if slot.first - 1 <= slot.start:
        return None
    mark = doc[slot.first - 1]
    if mark.text == ",":
        return slot.start, mark.i, tok.i + 1
    quote = next((q for q in quotes if q.end == mark.idx + len(mark)), None)
    if quote is None or doc[slot.first - 2].text != ",":
        return None  # '"…," the three write.': the quote is the content
    opening = token_at(doc, quote.start)
    return None if opening is None else (opening, slot.first, tok.i + 1)
