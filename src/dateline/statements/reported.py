"""Reported speech: cues (reporting verbs and nouns, "according to") and the content they govern.

The cue lexicon is data (``data/statements/reporting_verbs.txt`` and ``reporting_nouns.txt``); this
module only knows the syntax: which dependents of a cue hold what was said, and where the text of
that content starts and ends.
"""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from dateline.nlp import doc_text
from dateline.resources import data_lines
from dateline.statements.quotes import CLOSING_TOKENS, Quote
from dateline.statements.speaker import (
    AGENT_ENTITIES,
    DASHES,
    IMPERSONAL,
    TIME_ENTITIES,
    authored_works,
    breaks_line,
    impersonal,
    medium_named,
    passive_participle,
    possessor,
    subject_of,
    word_list,
)

CLAUSE_DEPS = ("ccomp", "parataxis")
# a clause that the cue hangs on, for "..., X said" when the parser makes the cue the dependent; not
# an adverbial clause, which goes on with its subject's act (", adding to her lead", "when it
# posted"): 1 of 21 such cues on PolNeAR's train split was an attribution
INVERTED_DEPS = ("parataxis", "ccomp", "conj")
CLAUSE_POS = ("VERB", "AUX", "NOUN", "ADJ", "PROPN")
SEPARATORS = {",", "”", '"', "''", "—", "–", "-", "--"}
COLON_NAME_MAX = 5  # tokens in a name that opens a paragraph with a colon ("Sen. Bernie Sanders:")
HEADLINE_CAPITALS = 0.8  # share of capitalized longer words in a headline-case paragraph
HEADLINE_NAME_MAX = 9  # tokens before the colon of a headline, audience included ("Obama To Asians Worried ...:")
HEADING_MAX = 8
HEADLINE_SUBJECT_MAX = 5  # tokens naming who acts in a headline ("Retired Judge Ana Oduya Backs ...")
HEADLINE_ADVERBS = {"just", "now", "finally", "again", "also", "still", "officially"}  # "Mayor Just Endorsed ..."
HEADLINE_DETERMINERS = {"another", "this", "these", "some"}  # "Another Mayor Backs ..." ("The" opens too many titles)
HEADLINE_AUDIENCE_MAX = 3  # words after a closing verb: "..., Mayor Tells City Council"
HEADLINE_AUXILIARIES = {"is", "has", "does", "was"}  # true auxiliaries among "-s" words of a sentence-case title
HEADLINE_SENTENCE_MAX = 20  # tokens of a sentence-case title ("Senator mocks rival on social media.")
HEADLINE_MAX = 40  # tokens of any headline paragraph
HEADLINE_JOINS = {"and", ","}  # between two headline verbs: "Mayor Backs Plan And Slams Critics"
HEADLINE_SUBJECT_POS = {"PROPN", "NOUN", "ADJ", "NUM", "PUNCT", "PART"}
HEADLINE_CUTS = {"after", "amid", "as", "with", "over", "in", "at", "before", "during", "instead", "but", "while"}
SIBILANT_ES = ("ses", "xes", "zes", "ches", "shes")  # "-es" after these is the verb's ending: "pushes"
NOT_NAME_START = {"DET", "ADP", "PRON", "ADV", "SCONJ", "CCONJ", "AUX", "VERB", "NUM", "PUNCT", "SPACE"}
PARENTHETICAL_MAX = 6  # tokens after the cue in ", he said on Tuesday, "
ACCORDING_SIDE_MIN = 2  # tokens on the other side of a mid-sentence "according to"
SURVEY_NOUNS = {"poll", "survey"}
TELLING_VERBS = {"tell", "relate"}  # "told the story of ...", "related an anecdote about ..."
GIVER_PREPS = {"from", "among"}  # "drew praise from critics", "has support among veterans"
# what any adjective after a copula takes as a stance ("was upfront about X"); PolNeAR train, round 6:
# "about" 10 right of 16 new predictions; "on" 5/12, "of" 8/33, "with" 2/25 left out
ANY_ADJECTIVE_FRAMES = frozenset({"about"})
FINDING_VERBS = {"find", "give", "put"}  # "the poll finds/gives/puts X ...": X is its finding
GERUND_COMPLEMENTS = {"on", "for", "to", "of"}  # prepositions whose gerund completes a word before them
SEEMING_VERBS = {"seem", "appear"}  # "seems like a fair idea": the subject and what it seems are the content
RAISING_PREPS = {"as", "for", "of"}  # what a passive stance verb says of its subject: "seen as", "known for"
AS_NOT_CUES = {"continue"}  # "as the party continues" is time, not a source
IMPERSONAL_PRONOUNS = IMPERSONAL | {"what", "which"}
OBJECT_COMPLEMENTS = {
    "of", "for", "as", "over", "on", "to", "about", "against", "with", "in", "from", "at", "into", "than", "by",
}
# how the second word of a phrasal cue hangs on its verb ("call for", "point out", "make clear")
PARTICLE_DEPS = ("prep", "prt", "advmod", "acomp", "oprd", "ccomp", "xcomp")
PARTICLE_GAP = 3  # tokens from the verb to its particle ("called Wednesday for", "made it clear")
TOPIC_GAP = 8  # tokens from the verb to a preposition of what is spoken of ("spoke on Friday in Ohio about")
ADDRESSEE_PREPS = {"to", "with", "at"}  # "talked to voters about", "spoke with aides about", "spoke at length about"
TOPIC_PREPS = {"about", "on", "of", "for", "against", "to"}  # not "as", "at", "with": "cast X as", "took aim at"
RELATIVE_PRONOUNS = {"what", "which", "whom", "that"}
HUNG_SUBJECT_DEPS = ("dobj", "npadvmod", "dep", "advcl")  # how a reported subject gets hung on the cue
RELATIVE_OPENERS = RELATIVE_PRONOUNS | {"who", "whose"}
LIST_JOINERS = {"and", "or"}
SUBJECT_DEPS = ("nsubj", "nsubjpass", "expl", "csubj")
JOINED_SUBJECT_MAX = 8  # tokens of a subject phrase between ", and" and a reporting verb read as a modifier
# what goes on with a clause after a phrase set in it: its object, complement or a conjoined clause
CLAUSE_GOES_ON = {"dobj", "dative", "attr", "acomp", "oprd", "xcomp", "ccomp", "conj", "cc", "prt"}
FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}
RELATIVE_ADVERBS = {"where", "when", "why", "how", "whereby"}
OWNER_ENTITIES = AGENT_ENTITIES - {"GPE"}  # a modifier that names who holds a noun, not where ("the Benghazi attack")
POSSESSIVE_PRONOUNS = {"his", "her", "its", "their", "my", "our", "your"}
RELATIVE_COMPLEMENTS = {"oprd", "xcomp", "ccomp", "prep", "dobj", "acomp"}  # "called Y", "described as Y"
ASIDE_DEPS = ("relcl", "appos", "acl")  # set off by a comma after an object noun phrase
PRO_CLAUSES = {"so", "otherwise", "same", "opposite"}  # words standing for a reported clause
QUESTION_OPENERS = {"whether", "if", "how", "what", "why", "who", "whom", "which", "when", "where"}
QUESTION_PREPS = {"about", "of", "over", "on", "as"}  # "the question of whether ...", "questions over who ..."
SETTING_PREPS = {"in", "on", "at", "during"}  # "in an interview", "at a rally": where a cue was said
SUMMARY_DEPS = ("dobj", "npadvmod", "attr", "dep", "conj")  # how a comment after a comma gets hung
# after a cue set in a reported clause, what may go on with it ("..., Hughes said, by the amendments")
NOT_RESUMING_PREPS = {"according", "with", "in", "before", "after", "during", "at", "on", "to"}
RESUMING_MARKS = {"because", "since", "if", "unless", "although", "though"}
# a comparison the writer sets beside a reported figure: ", well above ...", ", about 500 more than ..."
DEGREE_ADVERBS = {"well", "far", "about", "nearly", "almost", "roughly", "slightly", "just"}
COMPARISON_WORDS = {"above", "below", "over", "under", "ahead", "behind", "short"}
NARRATING_MARKS = {"after", "while"}  # "... after the paper reported that ...": the writer's account, not the speaker's
TRIM_LEFT = " \t\n,;:—–-"
TRIM_RIGHT = " \t\n,;:—–-."
CLOSING_MARKS = "”\"»″'’"
OPENING_MARKS = "“\"«„″'‘`"
OPENING_TOKENS = {"“", '"', "``", "''", "«", "„"}  # tokens that can open a double quote
QUOTE_GOING_ON = {"and", "but", "because"}  # words that go on with a sentence past a quote's comma
# frames whose content is a mere object or infinitive: without a holder of its own, the verb names
# an act rather than a statement (on PolNeAR's train split such candidates are right a fifth to a
# third of the time, clauses about half)
HOLDER_FRAMES = ("object", "naming", "to")
NEEDS_MARK = "needs:"  # in reporting_verbs.txt, the words a phrasal cue needs as its verb's object
NO_RELATIVE = "no-relative"  # in reporting_verbs.txt, a limit on all of a bare verb's frames
# words in the object of a participle or infinitive that modifies a noun: a shorter one that is not
# a name ("emails seeking comment") is right less than a tenth of the time on PolNeAR's train split;
# a name ("a super PAC backing Jeb Bush") or a longer phrase about half
MODIFIER_OBJECT_MIN = 3


@dataclass
class Candidate:
    """One attribution found in the text, before speakers are resolved into records."""

    cue: Token  # the head word of the cue
    cue_span: tuple[int, int]  # characters
    start: int  # content, characters
    end: int
    speaker: Token | None  # head token of the speaker's noun phrase
    how: str  # clause, inverted, object, to, naming, raise, according, poll, noun, colon, quote, ...
    priority: int  # which of two overlapping candidates wins (higher wins)
    extra: tuple = ()  # tokens that may name the channel (an "according to" phrase)


# ---------------------------------------------------------------- lexicon


@functools.cache
def spelling_variants() -> dict[str, str]:
    """A listed spelling -> its variant ("criticize" -> "criticise"), from spelling_variants.txt."""
    return dict(line.lower().split() for line in data_lines("statements/spelling_variants.txt"))


def _variant_key(key: str | tuple[str, ...]) -> str | tuple[str, ...] | None:
    """A lexicon key spelled the other way ("criticize" -> "criticise", ("apologize", "for") ->
    ("apologise", "for")), or None where its word has no listed variant."""
    variants = spelling_variants()
    if isinstance(key, tuple):
        return (variants[key[0]], *key[1:]) if key[0] in variants else None
    return variants.get(key)


def _with_variants(entries: dict) -> dict:
    """``entries`` with each listed spelling's variant as a key of its own holding the same value, so
    that "she criticised" (lemma "criticise") finds the entry of "criticize"."""
    extra = {_variant_key(k): v for k, v in entries.items() if _variant_key(k) is not None}
    return {**extra, **entries}


@functools.lru_cache(maxsize=1)
def _verb_lexicon() -> tuple[
    dict[str, dict[str | None, frozenset[str]]], dict[str, frozenset[str]], dict[tuple[str, str], frozenset[str]]
]:
    """(lemma -> {particle or None: frames}, lemma -> limits of its bare verb's frames, as
    "frame:limit" or a limit on every frame such as "no-relative", (lemma, particle) -> the words a
    phrasal cue needs as the verb's own object)."""
    verbs: dict[str, dict[str | None, set[str]]] = {}
    limits: dict[str, set[str]] = {}
    needs: dict[tuple[str, str], frozenset[str]] = {}
    for line in data_lines("statements/reporting_verbs.txt"):
        cue, _, frames = line.partition("|")
        words = cue.split()
        lemma, particle = words[0].lower(), (" ".join(words[1:]).lower() or None)
        plain_frames = [f for f in frames.split() if not f.startswith(NEEDS_MARK)] or ["clause"]
        frame_names = (f.partition(":")[0] for f in plain_frames if f != NO_RELATIVE)
        verbs.setdefault(lemma, {}).setdefault(particle, set()).update(frame_names)
        if particle is None:  # limits are read on bare verbs only, "needs:" on phrasal cues only
            limits.setdefault(lemma, set()).update(f for f in plain_frames if ":" in f or f == NO_RELATIVE)
        for f in frames.split():
            if f.startswith(NEEDS_MARK) and particle is not None:
                needs[(lemma, particle)] = frozenset(f[len(NEEDS_MARK):].lower().split(","))
    return (
        _with_variants({k: {p: frozenset(f) for p, f in v.items()} for k, v in verbs.items()}),
        _with_variants({k: frozenset(v) for k, v in limits.items() if v}),
        _with_variants(needs),
    )


def reporting_verbs() -> dict[str, dict[str | None, frozenset[str]]]:
    """lemma -> {particle or None: frames}."""
    return _verb_lexicon()[0]


def frame_limits(tok: Token) -> frozenset[str]:
    """The limits the lexicon puts on the frames of a bare verb ("object:factual", "clause:no-wh",
    "no-relative")."""
    return _verb_lexicon()[1].get(tok.lemma_.lower(), frozenset())


def _lacks_needed_object(tok: Token, particle: str) -> bool:
    """Whether a phrasal cue that needs certain words as its verb's object ("take aim at", "take
    issue with") has another or none ("took the stage at", "a picture taken with")."""
    needed = _verb_lexicon()[2].get((tok.lemma_.lower(), particle))
    if needed is None:
        return False
    return not any(c.dep_ == "dobj" and c.lemma_.lower() in needed for c in tok.children)


@functools.cache
def reporting_nouns() -> frozenset[str]:
    return frozenset(_with_variants(dict.fromkeys(word_list("reporting_nouns.txt"))))


def clause_cue(tok: Token) -> bool:
    """Whether ``tok`` is a verb that can introduce a quote or a reported clause."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    return "clause" in reporting_verbs().get(tok.lemma_.lower(), {}).get(None, ())


def any_cue(tok: Token) -> bool:
    """Whether ``tok`` is a verb of the lexicon in any frame ("insisted", "called for", "praised")."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    entries = reporting_verbs().get(tok.lemma_.lower())
    return bool(entries) and entries.get(None) != frozenset({"none"})


def asks_or_raises(tok: Token) -> bool:
    """Whether a verb has a question or raising frame, which can stand without a holder ("Asked
    whether ...", "it appears that ...")."""
    return bool({"question", "raise"} & reporting_verbs().get(tok.lemma_.lower(), {}).get(None, frozenset()))


def cue_conjunct(clause: Token) -> Token | None:
    """A reporting verb without a subject that the parser hung on a reported clause although it
    continues the cue's own clause, in the cue's own tense ("said that he would run and insisted
    that ...", "says he respects her and calls her ..."; not "says he'd sit Putin down and tell
    him ..."): what follows it is another statement, not this content."""
    for tok in clause.subtree:
        if (
            tok.dep_ == "conj" and tok.i > clause.i and any_cue(tok)
            and (tok.tag_ == clause.head.tag_ or _past_read_as_participle(tok, clause.head))
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children)
            and any(c.dep_ == "cc" for c in tok.head.children if c.i < tok.i)
        ):
            return tok
    return None


def _past_read_as_participle(verb: Token, cue: Token) -> bool:
    """A past tense the tagger read as a participle, joined to a passive it cannot share: it takes
    an object of its own ("urged the auditor be removed and praised the budget")."""
    own_object = any(c.dep_ == "dobj" for c in verb.children)
    own_auxiliary = any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    joined_to_passive = any(c.dep_ == "auxpass" for c in verb.head.children)
    return verb.tag_ == "VBN" and cue.tag_ == "VBD" and joined_to_passive and own_object and not own_auxiliary


def _clause_in_phrase(cue: Token) -> Token | None:
    """A that-clause the parser hung on the noun of a phrase after the cue ("said in a statement
    that ...", "told reporters in an interview that ...")."""
    for prep in cue.rights:
        if prep.dep_ != "prep":
            continue
        for noun in prep.children:
            clause = next(
                (c for c in noun.rights
                 if c.dep_ in ("acl", "ccomp", "relcl") and (_opens_with_that(c) or _that_read_as_pronoun(c))),
                None,
            )
            if noun.dep_ == "pobj" and clause is not None:
                return clause
    return None


def _marked_that_clause(part: Token) -> Token | None:
    """A that-clause the parser hung on the particle of a phrasal cue ("made it clear on Monday
    that she would run", with the clause under "clear")."""
    return next((c for c in part.rights if c.dep_ in ("ccomp", "advcl") and _opens_with_that(c)), None)


def _opens_with_that(clause: Token) -> bool:
    return any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)


def _that_read_as_pronoun(clause: Token) -> bool:
    """Whether a clause opens with a "that" the parser read as a relative pronoun although the
    clause has that slot filled already ("forecast at the forum that her party will win every
    seat": "that" as a second object of "win"): a complementizer."""
    that = clause.left_edge
    if that.lower_ != "that" or that.head != clause or that.dep_ not in ("dobj", "nsubj"):
        return False
    return any(c.dep_ == that.dep_ and c != that for c in clause.children)


def _past_sentence_end(cue: Token, clause: Token) -> bool:
    """Whether the clause after a cue starts past a full stop: the next sentence, which the parser
    hung on the cue ('"We will build a wall," Trump added. He then asked ...')."""
    doc = cue.doc
    return any(doc[k].text in (".", "!", "?") for k in range(cue.i + 1, max(clause.left_edge.i, cue.i + 1) + 1))


def _reported_conjunct_end(cue: Token, clause: Token) -> int | None:
    """End of a second reported clause that the parser hung on the cue rather than on the first
    ("said the talks were useful and the sides would meet again"): a conjunct with its own
    subject, right after the first clause, that is not a cue of its own."""
    for c in cue.rights:
        if (
            c.dep_ == "conj" and c.i > clause.right_edge.i and c.left_edge.i - clause.right_edge.i <= 3
            and not any_cue(c) and any(s.dep_ in ("nsubj", "nsubjpass", "expl") for s in c.children)
        ):
            between = cue.doc[clause.right_edge.i + 1 : c.left_edge.i]
            if not any(t.text == "," for t in between) or _reported_but(between, c):
                return c.right_edge.i + 1
    return None


def _split_clause_end(cue: Token, clause: Token) -> int | None:
    """End of a reported clause that the parser split in two clauses of the cue, the first a bare
    subject with its modifier ("said the sailors freed by the rebels | were close to ...", "hope
    the vaccine made in Norway | can help ..."): a second clause of the cue that starts
    right after the first, with no punctuation between."""
    doc = cue.doc
    nxt = clause.right_edge.i + 1
    if nxt >= len(doc) or doc[nxt].is_punct:
        return None
    for c in cue.rights:
        if c.dep_ in CLAUSE_DEPS and c.left_edge.i == nxt and not clause_cue(c):  # not "..., and most said ..."
            if doc[nxt - 1].is_punct and c.pos_ not in ("VERB", "AUX"):
                return None  # "..., a swipe at ..."
            return c.right_edge.i + 1
    return None


def _reported_but(between: Span, conj: Token) -> bool:
    """Whether a conjunct after ", but" goes on with what was said ("said most contracts were
    awarded properly, but several firms were paid twice", "believes the plan will work, but that
    ..."): it opens with "that" or has a subject of its own that is not a pronoun (after
    ", but he ..." the writer usually goes on about the speaker)."""
    if not any(t.dep_ == "cc" and t.lower_ == "but" for t in between):
        return False
    if _opens_with_that(conj):
        return True
    subject = next((s for s in conj.children if s.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    return subject is not None and subject.dep_ != "expl" and subject.pos_ != "PRON"


def _before_conjunct(clause: Token) -> int:
    """End (token index) of a reported clause, cut before a conjoined cue of the speaker's own."""
    conj = cue_conjunct(clause)
    if conj is None:
        return clause.right_edge.i + 1
    cc = max((c.i for c in conj.head.children if c.dep_ == "cc" and c.i < conj.i), default=conj.left_edge.i)
    return min(cc, conj.left_edge.i)


# ---------------------------------------------------------------- character spans


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Content without surrounding blanks and punctuation; a closing quote mark is kept, with the
    punctuation inside it."""
    while start < end and text[start] in TRIM_LEFT:
        start += 1
    while end > start and text[end - 1] in TRIM_RIGHT:
        end -= 1
    return start, end


def fit_to_quotes(start: int, end: int, quotes: list[Quote], cue: tuple[int, int]) -> tuple[int, int]:
    """Stretch a content span whose ends fall inside a quote to the quote's marks (a ccomp of "said"
    stops short of the closing mark and its comma), unless the quote holds the cue itself."""
    for q in quotes:
        if q.end <= start or q.start >= end or q.start <= cue[0] < q.end:
            continue
        if q.start < start < q.end:
            start = q.start
        if q.start < end < q.end:
            end = q.end
    return start, end


def _chars(doc: Doc, i: int, j: int) -> tuple[int, int]:
    """Characters of tokens [i, j)."""
    return doc[i].idx, doc[j - 1].idx + len(doc[j - 1])


def _paragraph_of(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, (len(text) if end < 0 else end)


def content_span(doc: Doc, i: int, j: int, quotes: list[Quote], cue: tuple[int, int]) -> tuple[int, int] | None:
    """Characters of the content in tokens [i, j): within the cue's paragraph, trimmed, and
    stretched to the marks of a quote it starts or ends in."""
    if j <= i:
        return None
    j = _before_trailing_aside(doc, i, _through_colon(doc, i, j, cue), token_at(doc, cue[0]))
    j = _before_cue_conjunct(doc, i, j, cue)
    j = _before_parallel_report(doc, i, j, cue)
    j = _before_report_read_as_modifier(doc, i, j, cue)
    j = _before_reported_narration(doc, i, j, cue)
    j = _before_closing_parenthesis(doc, i, j)
    if j <= i:
        return None
    s, e = _chars(doc, i, j)
    p0, p1 = _paragraph_of(doc_text(doc), cue[0])
    s, e = max(s, p0), min(e, p1)
    if e <= s:
        return None
    s, e = trim(doc_text(doc), s, e)
    s, e = fit_to_quotes(s, e, quotes, cue)
    s, e = trim(doc_text(doc), s, e)
    if e - s < 2:
        return None
    if e <= cue[0]:
        s = _at_quote_before_cue(doc_text(doc), s, e, quotes)
    if cue[1] <= s:  # a reported clause whose end the parser hung elsewhere, within the paragraph
        e = _at_quote_then_aside(doc, s, e, quotes)
        for going_on in (_past_quote_comma, _past_dangling_conjunction):
            further = going_on(doc, s, e)
            e = further if further <= e else min(further, max(e, p1))
    return s, e


def _before_closing_parenthesis(doc: Doc, i: int, j: int) -> int:
    """End of tokens [i, j) before a parenthesised clause that closes them ('said the tax would
    pass (it did not)'), or one they stop inside: the writer's aside. Not a short label, which
    belongs to the phrase before it ('Sen. Ana Ruiz (D-Ore.)', 'the Fair Wage Act (FWA)')."""
    last = j - 1
    while last > i and doc[last].is_punct and doc[last].text != ")":
        last -= 1
    if doc[last].text == ")":
        last -= 1
    opening = next((k for k in range(last, i, -1) if doc[k].text in "()"), None)
    if opening is None or doc[opening].text != "(":
        return j
    aside = doc[opening + 1 : last + 1]
    return opening if any(t.tag_ in FINITE_TAGS for t in aside) else j


def _at_quote_before_cue(text: str, start: int, end: int, quotes: list[Quote]) -> int:
    """Start of a content before its cue that ends with a quote the writer set off by a dash or a
    colon ('Neither senator liked the plan - "It is a gift to banks," Okafor said', 'He put it
    plainly: "We are done," he said'): the quote is what was said; the words before it are the
    writer's. Not a quote that goes on with a sentence in lower case ('"the rules" -- as he
    calls them -- "are broken," he said')."""
    q = next((q for q in quotes if q.end == end and start < q.start), None)
    if q is None or text[q.start : q.end].lstrip(OPENING_MARKS + " ")[:1].islower():
        return start
    before = text[start : q.start].rstrip()
    if before[-1:] == ":" or any(before.endswith(dash) for dash in DASHES):
        return q.start
    return start


def _verb_form(verb: Token) -> str:
    """The tag that carries a verb's tense: its first auxiliary's ("has been calling" -> VBZ), else
    its own."""
    aux = next((c for c in verb.lefts if c.dep_ in ("aux", "auxpass") and c.tag_ != "TO"), None)
    return (aux or verb).tag_


def _before_cue_conjunct(doc: Doc, i: int, j: int, cue: tuple[int, int]) -> int:
    """End of tokens [i, j) after a cue, cut before "and" or "but" and a verb phrase with no subject
    that the parser joined to the content's verb although it goes on with the cue's clause ("has
    pledged to cut taxes and praised the bill", "believe the deal is fair and have been urging
    ...", "said she would back the plan but did not promise ..."): what the speaker then did is no
    part of what was said."""
    k = token_at(doc, cue[0])
    if k is None or cue[1] > doc[i].idx:
        return j
    for t in doc[i:j]:
        if t.dep_ != "conj" or not i <= t.head.i < t.i or t.head == doc[k]:
            continue
        cc = max((c for c in t.head.children if c.dep_ == "cc" and c.i < t.i), key=lambda c: c.i, default=None)
        if cc is not None and cc.lower_ in ("and", "but") and _in_cue_tense(t, doc[k]):
            return min(cc.i, t.left_edge.i)
    return j


def _before_parallel_report(doc: Doc, i: int, j: int, cue: tuple[int, int]) -> int:
    """End of tokens [i, j) after a cue, cut before a clause joined by ", and" or ", but" that
    reports, in the cue's tense, what someone else holds ("The ferry, its owners say, is losing
    money, and many riders think the fares will rise"), which the parser joined to the reported
    clause: the writer sets two reports side by side, each with its own source."""
    k = token_at(doc, cue[0])
    if k is None or cue[1] > doc[i].idx or doc[i].text in OPENING_TOKENS:
        return j
    for t in doc[i + 1 : j]:
        if t.dep_ != "conj" or not i <= t.head.i < t.i or not clause_cue(t):
            continue
        cc = next((c for c in t.head.children if c.dep_ == "cc" and c.i < t.i and c.i > t.head.i), None)
        subject = next((c for c in t.lefts if c.dep_ in SUBJECT_DEPS), None)
        if cc is None or subject is None or doc[cc.i - 1].text != "," or cc.lower_ not in ("and", "but"):
            continue
        if any(c.dep_ in CLAUSE_DEPS for c in t.rights) and _verb_form(t) == _verb_form(doc[k]):
            return cc.i - 1
    return j


def _before_report_read_as_modifier(doc: Doc, i: int, j: int, cue: tuple[int, int]) -> int:
    """End of tokens [i, j) after a cue, cut at the comma before ", and" + a subject + a reporting
    verb the parser read as a modifier of the next noun ("said the fares were high, and nearly a
    third said service would worsen", with the second "said" an adjective of "service"): a report
    of its own."""
    if cue[1] > doc[i].idx:
        return j
    for t in doc[i + 1 : j]:
        subject = _report_read_as_modifier(t)
        if subject is not None and subject[0].i - 2 > i:
            return subject[0].i - 2  # the comma before ", and|but"
    return j


def _report_read_as_modifier(tok: Token) -> Span | None:
    """The subject phrase after ", and|but" before ``tok``, where ``tok`` is a finite reporting
    verb that takes a clause, read as a modifier of the noun after it; else None."""
    if tok.tag_ not in FINITE_TAGS or tok.dep_ not in ("amod", "compound", "nmod") or not clause_cue(tok):
        return None
    return _joined_subject(tok)


def _joined_subject(tok: Token) -> Span | None:
    """The words between ", and" or ", but" and ``tok``, where they make a short noun phrase with no
    verb ("nearly a third", "most of the riders")."""
    doc = tok.doc
    k = tok.i - 1
    while k > tok.sent.start and tok.i - k <= JOINED_SUBJECT_MAX and doc[k].lower_ not in ("and", "but"):
        k -= 1
    if k < 1 or k == tok.i - 1 or doc[k].lower_ not in ("and", "but") or doc[k - 1].text != ",":
        return None
    phrase = doc[k + 1 : tok.i]
    if phrase[0].pos_ not in ("DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON", "ADV"):
        return None
    if any(t.pos_ in ("VERB", "AUX", "PUNCT", "SCONJ") for t in phrase):
        return None
    return phrase if phrase[-1].pos_ in ("NOUN", "PROPN", "NUM", "PRON") else None


def _modifier_report_candidate(doc: Doc, tok: Token, quotes: list[Quote]) -> Candidate | None:
    """The report cut off by ``_before_report_read_as_modifier``: the verb, the subject phrase
    before it, and the rest of the sentence."""
    subject = _report_read_as_modifier(tok)
    if subject is None:
        return None
    cue = (tok.idx, tok.idx + len(tok))
    span = content_span(doc, tok.i + 1, tok.sent.end, quotes, cue)
    if span is None:
        return None
    return Candidate(tok, cue, span[0], span[1], subject.root, "clause", 3)


def _before_reported_narration(doc: Doc, i: int, j: int, cue: tuple[int, int]) -> int:
    """End of tokens [i, j) after a cue, cut before a closing clause of time or contrast that
    reports a statement of its own ("said the talks had stalled after the minister announced that
    ...", "accused the board of delays while residents warned of ..."): the writer sets the two
    statements side by side, and PolNeAR gives the second its own attribution."""
    if cue[1] > doc[i].idx:
        return j
    last = j - 1
    while last > i and doc[last].is_punct:
        last -= 1
    for t in doc[i + 1 : last + 1]:
        mark = t.left_edge
        if (
            t.dep_ == "advcl" and t.right_edge.i == last and i <= t.head.i < mark.i
            and mark.dep_ == "mark" and mark.head == t and mark.lower_ in NARRATING_MARKS
            and any_cue(t) and any(c.dep_ in SUBJECT_DEPS for c in t.children)
        ):
            return mark.i - 1 if doc[mark.i - 1].is_punct else mark.i
    return j


def _in_cue_tense(conj: Token, cue: Token) -> bool:
    """Whether a verb conjunct without a subject has the cue's tense and not the tense of the verb
    it is joined to ("has vowed to stay and praised ...": VBD after VBN, not the infinitive's); a
    cue under "to" counts with the tense of the verb above it ("continues to insist that ... and
    refuses ...")."""
    if conj.pos_ not in ("VERB", "AUX") or any(c.dep_ in SUBJECT_DEPS for c in conj.children):
        return False
    form = _verb_form(conj)
    cue_forms = {_verb_form(cue), cue.tag_}
    if cue.dep_ == "xcomp" and cue.head.pos_ in ("VERB", "AUX"):
        cue_forms.add(_verb_form(cue.head))
    same_tense = form in cue_forms or (cue.tag_ == "VBN" and form == "VBD")
    return same_tense and form != _verb_form(conj.head)


def _at_quote_then_aside(doc: Doc, start: int, end: int, quotes: list[Quote]) -> int:
    """End of a content at the close of a quote in it that a comma or dash sets off from what
    follows ('that the bill was "a gift to lobbyists," adding ...', 'the "zero option" — a plan
    that ...'): the writer's own words take over there. Not when the words after carry the sentence
    on, nor before a further quote ('"reckless," "cruel" and ...')."""
    text = doc_text(doc)
    for q in quotes:
        if not start < q.end < end or not _set_off_after(text, q.end):
            continue
        first = text[q.end : end].lstrip(",—–- \u00a0").split(maxsplit=1)[:1]
        if first and (first[0].lower() in QUOTE_GOING_ON or first[0][0] in OPENING_MARKS):
            continue
        if any(q.end <= other.start < end for other in quotes):
            continue
        if _hangs_on_later_word(doc, q, end) or _goes_on_after(doc, start, q.end, end):
            continue
        return q.end
    return end


def _set_off_after(text: str, quote_end: int) -> bool:
    """Whether a comma, inside the marks or after them, or a dash closes the quote ending at
    ``quote_end``."""
    inner_comma = text[:quote_end].rstrip(CLOSING_MARKS)[-1:] == ","
    after = text[quote_end:].lstrip(" \u00a0")
    mark = after[:1]
    dash = mark in ("—", "–") or after[:2] in ("- ", "--")
    return mark == "," or dash or (inner_comma and mark not in ".;:)")


def _goes_on_after(doc: Doc, start: int, cut: int, end: int) -> bool:
    """Whether the words after ``cut`` carry on the phrase before it: a preposition ('"a good deal,"
    with some limits') or a further item of a list ('a "cheat," a "liar" and ...')."""
    k = token_at(doc, cut)
    while k is not None and k < len(doc) and doc[k].is_punct:
        k += 1
    if k is None or k >= len(doc) or doc[k].idx >= end:
        return False
    if doc[k].pos_ == "ADP" or doc[k : k + 2].text.lower() == "such as":
        return True
    return any(t.dep_ == "conj" and start <= t.head.idx < cut for t in doc[k:] if t.idx < end)


def _hangs_on_later_word(doc: Doc, q: Quote, end: int) -> bool:
    """Whether the quote sits in a phrase that hangs on a word after it, within ``end``: a fronted
    clause ('that while there are "some doubts," the leaders ...') or a subject ('"The Plan," a
    book ..., was'): the sentence goes on past the quote."""
    k = token_at(doc, q.start)
    if k is None:
        return False
    return any(q.end <= a.head.idx < end for a in [doc[k], *doc[k].ancestors])


def _past_dangling_conjunction(doc: Doc, start: int, end: int) -> int:
    """End of a content that stops at "and", "but" or "or" because the parser hung what follows
    on the verb above ("announced that she was careless with the files and | would face ..."):
    the sentence goes on to its end, unless a cue of its own follows ("and | he said ..."), which
    ends the content before the conjunction."""
    after = token_at(doc, end)
    k = (len(doc) if after is None else after) - 1
    if doc[k].pos_ != "CCONJ" or doc[k].idx < start:
        return end
    last = _last_word(doc, k)
    if last == k or any(any_cue(t) for t in doc[k + 1 : last + 1]):
        return trim(doc_text(doc), start, doc[k].idx)[1]
    return doc[last].idx + len(doc[last])


def _past_quote_comma(doc: Doc, start: int, end: int) -> int:
    """End of a content that stops at a quote closed by a comma ('that polls could be "way off,"')
    while its sentence goes on with a conjunction ('and have been unreliable', 'because ...'): the
    parser hangs the rest on the verb above, but it is still what was said. Not when a cue follows
    ('"...," and he added')."""
    text = doc_text(doc)
    if text[end - 1 : end] not in CLOSING_MARKS or text[:end].rstrip(CLOSING_MARKS)[-1:] != ",":
        return end
    k = token_at(doc, end)
    if k is None or doc[k].text not in QUOTE_GOING_ON:
        return end
    last = _last_word(doc, k)
    if any(any_cue(t) for t in doc[k : last + 1]):
        return end
    return doc[last].idx + len(doc[last])


def _last_word(doc: Doc, k: int) -> int:
    """Index of the last token of token ``k``'s sentence that is not punctuation or space (``k`` at
    the least)."""
    last = doc[k].sent.end - 1
    while last > k and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    return last


@functools.lru_cache(maxsize=4)
def _token_starts(doc: Doc) -> list[int]:
    return [t.idx for t in doc]


def token_at(doc: Doc, char: int, after: bool = True) -> int | None:
    """Index of the first token starting at or after ``char`` (after=True) or the last ending at or
    before it."""
    starts = _token_starts(doc)
    if after:
        k = bisect.bisect_left(starts, char)
        return k if k < len(doc) else None
    k = bisect.bisect_left(starts, char) - 1
    return k if k >= 0 else None


def _through_colon(doc: Doc, i: int, j: int, cue: tuple[int, int]) -> int:
    """End of a content after its cue that stops at a colon, stretched over the clause the colon
    introduces ("argued that the mayor had been misquoted: Her remarks were ..."), which the parser
    hangs elsewhere; not over a bare list ("claim to object: Sens. Okafor, Lindqvist, ...")."""
    if j >= len(doc) or doc[j].text != ":" or cue[1] > doc[i].idx or "\n" in doc[j].whitespace_:
        return j
    end = doc[j].sent.end
    if not any(t.pos_ in ("VERB", "AUX") for t in doc[j + 1 : end]):
        return j
    return end


def _before_trailing_aside(doc: Doc, i: int, j: int, cue: int | None = None) -> int:
    """End of tokens [i, j) without an aside set off by a comma that closes them: a relative clause
    ("said the plan helped the mayor, who does not need ..."), a description ("would consider Rep.
    Ana Ortiz, a former state treasurer ...") or a comment on what was said (", a sign of
    growing unease"). The writer adds these; they are not part of what was said. Only within one
    sentence, and not before the cue (index ``cue``) that follows the content."""
    last = j - 1
    while last > i and doc[last].is_punct:
        last -= 1
    if last <= i or doc[i].sent != doc[last].sent:
        return j
    cut = min(
        (t.left_edge.i for t in doc[i + 1 : last + 1]
         if t.right_edge.i == last and t.left_edge.i - 1 > i and _set_off_by(doc[t.left_edge.i - 1], t)
         and not _aside_before_cue(t, cue)),
        default=None,
    )
    return j if cut is None else cut - 1


def _aside_before_cue(aside: Token, cue: int | None) -> bool:
    """Whether an aside closes a content that its cue follows ("The mayor won over the drivers'
    union, which has 4,000 members, according to the filing"): the source vouches for all of it. Not
    an aside on the speaker after a quote, nor one with a cue of its own."""
    if cue is None or aside.i >= cue:
        return False
    speaker = aside.head.dep_ in SUBJECT_DEPS and aside.head.head.i == cue
    before = aside.doc[max(aside.head.left_edge.i - 2, 0) : aside.head.left_edge.i]
    after_quote = any(t.text in CLOSING_TOKENS for t in before)  # '"...," Ana Ruiz, an aide, said'
    reported = any(any_cue(t) for t in aside.subtree)  # ", a self-described socialist": a statement of its own
    return not (speaker or after_quote or reported)


def _set_off_by(mark: Token, tok: Token) -> bool:
    """Whether ``tok``'s phrase is an aside of the writer's after the comma or dash ``mark``: a
    relative clause, a comment or another cue's participle; after a comma also a description."""
    if mark.text != "," and mark.text not in DASHES:
        return False
    description = mark.text == "," and (_aside_apposition(tok) or _comparison_aside(tok))
    return tok.dep_ == "relcl" or description or _sums_up(tok) or _participle_cue(tok)


def _participle_cue(tok: Token) -> bool:
    """A participle of a reporting verb with a reported clause of its own, opening a clause (",
    saying the crowds prove ...", ", noting that ..."): another statement, which PolNeAR does
    not nest in the one before."""
    return (
        tok.tag_ == "VBG" and tok.left_edge == tok and clause_cue(tok)
        and any(c.dep_ in CLAUSE_DEPS for c in tok.rights)
    )


def _reporter_above(tok: Token) -> Token | None:
    """The speaker of a participle cue that closes another cue's content ("Trump said the crowds
    were huge, pointing to ...", "He rejected the idea that ..., saying ..."): the subject of that
    cue, the nearest above the clause the participle closes, not of that clause."""
    if not _participle_cue(tok) or tok.i == 0 or tok.doc[tok.i - 1].text != "," or any_cue(tok.head):
        return None
    outer = None
    for a in [tok.head, *tok.head.ancestors]:
        if a.dep_ == "conj":
            return None  # "charged him and Okafor fired the chief, acknowledging ...": a clause of its own
        if any_cue(a.head) and a.head != a:
            outer = a.head
            break
    return subject_of(outer) if outer is not None else None


def _aside_apposition(tok: Token) -> bool:
    """An apposition that describes a proper name ("Ana Lindqvist, a former governor") or that opens
    with "a"/"an" ("the group, a sign of growing unease"); not an item of a list that the parser
    took for one ("Israel, the nuclear deal and ...")."""
    if tok.dep_ != "appos" or any(c.dep_ in ("cc", "conj") for c in tok.head.children):
        return False
    if tok.left_edge.lower_ in ("a", "an"):
        return True
    return tok.head.pos_ == "PROPN" and not any(c.dep_ in ("cc", "conj") for c in tok.children)


def _comparison_aside(tok: Token) -> bool:
    """A comparison the writer sets beside a reported figure (", well above the $2 analysts
    expected", ", about 500 more than last year"): a phrase opened by a degree adverb and a
    comparative word."""
    first = tok.left_edge
    if first.pos_ != "ADV" or first.lower_ not in DEGREE_ADVERBS:
        return False
    following = tok.doc[first.i + 1 : min(first.i + 4, tok.right_edge.i + 1)]
    return any(t.lower_ in COMPARISON_WORDS or t.tag_ in ("JJR", "RBR") for t in following)


def _sums_up(tok: Token) -> bool:
    """A noun phrase after a comma that comments on the clause before it, which the parser hung as
    an object or modifier (", an admission that aides welcomed", ", a charge that leaders
    denied")."""
    return (
        tok.pos_ == "NOUN" and tok.left_edge.lower_ in ("a", "an") and tok.dep_ in SUMMARY_DEPS
        and any(c.dep_ in ("relcl", "acl") for c in tok.children)
        and not any(c.dep_ in ("cc", "conj") for c in tok.children)
    )


def _inverted(tok: Token) -> str | None:
    """"..., X said." (``final``) or "..., X said, ..." (``parenthetical``): the cue's clause
    closes or interrupts the clause it reports, and is not a subordinate clause or a verb with its
    own object."""
    head = tok.head
    if tok.dep_ not in INVERTED_DEPS or head == tok:
        return None
    if any(c.dep_ in ("mark", "dobj", "ccomp", "xcomp") and not _hearer(c) for c in tok.children):
        return None
    if clause_cue(head) and not (tok.dep_ == "parataxis" and head.i > tok.i):
        return None  # a cue on a cue, except one set in before it ("For voters, he said, their
        # experience told them that ...")
    if head.i < tok.i and tok.right_edge.i >= _last_printed(head) - 1:
        return "final"
    after = _clause_end(tok)
    if (
        after < len(tok.doc) and tok.doc[after].text in SEPARATORS
        and after - tok.i <= PARENTHETICAL_MAX
        and head.right_edge.i > after
        and (head.i < tok.i or tok.dep_ in ("parataxis", "ccomp"))
    ):
        return "parenthetical"
    return None


def _hearer(obj: Token) -> bool:
    """Whether a cue's object is whom it was said to: the plain object of "tell" ("..., the aide
    told them, was final"), unless a told noun ("told a story")."""
    return obj.dep_ == "dobj" and obj.head.lemma_.lower() == "tell" and obj.lemma_.lower() not in told_nouns()


def _last_printed(tok: Token) -> int:
    """Index of the last token of ``tok``'s subtree that is not white space (the parser hangs the
    line break after a paragraph on its root)."""
    k = tok.right_edge.i
    while k > tok.i and tok.doc[k].is_space:
        k -= 1
    return k


def _setting_before(tok: Token) -> bool:
    """Whether the clause around a parenthetical cue has nothing before the cue but a time or a
    connective ("Six months ago, he said, ...", "And yet, aides say, ..."): its subject comes
    after the cue, and the words of it before are adverbs, conjunctions or a date, if any."""
    head = tok.head
    if head.i < tok.i or any(c.dep_ in SUBJECT_DEPS and c.i < tok.i for c in head.children):
        return False
    words = [t for t in tok.doc[head.left_edge.i : _core_start(tok)] if not t.is_punct]
    return all(t.pos_ in ("ADV", "CCONJ") or t.ent_type_ in TIME_ENTITIES for t in words)


def _phrase_before(tok: Token, core: int) -> int:
    """Start of the phrase before a parenthetical cue that the parser did not hang on the clause
    the cue interrupts: the phrase of the word before the comma, up to a conjunct or the root."""
    doc = tok.doc
    k = core - 2
    if k < tok.sent.start:
        return core
    t = doc[k]
    while t.dep_ not in ("conj", "ROOT") and t.head.i < core and t.head != t:
        t = t.head
    return max(t.left_edge.i, tok.sent.start)


def _clause_end(tok: Token) -> int:
    """Index just after the cue's clause, not counting the punctuation that closes it."""
    end = tok.right_edge.i
    while end > tok.i and tok.doc[end].is_punct:
        end -= 1
    return end + 1


def _core_start(tok: Token) -> int:
    """First token of the cue's own clause ("Trump also announced"), walking left from the cue over
    its dependents up to a separating comma or quote mark."""
    k = tok.i
    while k - 1 >= tok.left_edge.i and tok.doc[k - 1].text not in SEPARATORS and tok.is_ancestor(tok.doc[k - 1]):
        k -= 1
    return k


def _resumed_after_cue(tok: Token) -> int | None:
    """Start of the rest of a reported clause after a cue set in it ("The bill would be weakened,
    Hughes said, by the amendments", "There is no risk of a shutdown, aides insist, because ..."),
    which the parser hung on the cue: a phrase or a clause of reason or condition after the
    comma that closes the cue's short clause, which has its subject before the cue. Not a phrase of
    time, place or manner ("he said, in an implicit caution"), nor a participle ("adding that")."""
    doc = tok.doc
    if not any(c.dep_ == "nsubj" for c in tok.lefts):
        return None
    for c in tok.rights:
        comma = c.left_edge.i - 1
        if comma <= tok.i or doc[comma].text != ",":
            continue
        if comma - tok.i > PARENTHETICAL_MAX or any(doc[k].text in SEPARATORS for k in range(tok.i + 1, comma)):
            return None
        if c.dep_ == "prep" and c.lower_ not in NOT_RESUMING_PREPS and not _setting(c):
            return c.left_edge.i
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in RESUMING_MARKS for m in c.children):
            return c.left_edge.i
        return None
    return None


def _closed_quote(doc: Doc, cand: Candidate) -> bool:
    """Whether a candidate's content ends with a closing quote mark: a quote is whole by itself."""
    return doc_text(doc)[cand.end - 1] in CLOSING_MARKS


def _narrated_after_quote(doc: Doc, cand: Candidate, cue: Token) -> bool:
    """Whether the words after a cue that closes a whole quote go on with the writer's account, not
    with the quote ('"Not now," she said, adding that ...', '"Thanks," he replied, before leaving',
    '"Go," he said, and the crowd left'): a participle, a preposition or a conjunction not
    followed by another quote."""
    k = _clause_end(cue) + 1
    if not _closed_quote(doc, cand) or k >= len(doc):
        return False
    first = doc[k]
    if first.tag_ == "VBG" or first.pos_ in ("ADP", "SCONJ"):
        return True
    return first.pos_ == "CCONJ" and k + 1 < len(doc) and doc[k + 1].text not in OPENING_TOKENS


def _after_heading(doc: Doc, first: int, end: int) -> int:
    """Skip a short heading that ends in a colon at the start of a paragraph ("What Trump said: ...")."""
    for k in range(first, min(end, first + HEADING_MAX)):
        if doc[k].text == ":":
            para_start = k
            while para_start > 0 and "\n" not in doc[para_start - 1].text and "\n" not in doc[para_start - 1].whitespace_:
                para_start -= 1
            if k - para_start <= HEADING_MAX:
                return k + 1
    return first


def _subtree_without(head: Token, cut: Token) -> tuple[int, int]:
    """Token range of the larger side of ``head``'s subtree once ``cut``'s subtree is removed."""
    left = (head.left_edge.i, cut.left_edge.i)
    right = (cut.right_edge.i + 1, head.right_edge.i + 1)
    return left if left[1] - left[0] >= right[1] - right[0] else right


# ---------------------------------------------------------------- cues


def _with_particle(tok: Token, particle: str) -> Token | None:
    words = particle.split()
    for child in tok.children:
        if child.dep_ in PARTICLE_DEPS and child.lower_ == words[0] and 0 < child.i - tok.i <= _particle_gap(child):
            return child
    return _clause_mark(tok, words[0]) or _topic_on_phrase(tok, words[0])


def _topic_on_phrase(tok: Token, word: str) -> Token | None:
    """A phrasal cue's "about" that the parser hung on the noun of a phrase right after the verb:
    whom it was said to or how ("talked to voters about the bridge", "spoke at length about it").
    PolNeAR train, round 12: 7 right of 10 new predictions."""
    if word != "about":
        return None
    for phrase in tok.rights:
        noun = _object(phrase) if phrase.dep_ == "prep" and phrase.lower_ in ADDRESSEE_PREPS else None
        if noun is None:
            continue
        topic = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == word), None)
        if topic is not None and 0 < topic.i - tok.i <= TOPIC_GAP:
            return topic
    return None


def _particle_gap(part: Token) -> int:
    """How far a phrasal cue's second word may stand from the verb: a preposition naming what is
    spoken of may follow a setting ("asked at a briefing on Monday about the merger")."""
    return TOPIC_GAP if part.dep_ == "prep" and part.lower_ in TOPIC_PREPS else PARTICLE_GAP


def _particle_object(tok: Token, part: Token) -> Token | None:
    """What a phrasal cue takes: the object of its preposition, the clause it marks, or the object
    of the verb, also where the parser took the preposition for a particle ("called on people to
    ...", with "people" under "on")."""
    if part.dep_ == "mark":
        return part.head
    if part.dep_ == "prep":
        return _object(part) or _stranded_object(tok, part)
    obj = _object(tok)
    if obj is None and part.dep_ == "prt":
        obj = _object(part) or _object_after_particle(tok, part)
    return obj


def _object_after_particle(tok: Token, part: Token) -> Token | None:
    """The object of the preposition right after a particle ("lashed out at the press", "weighed in
    on the deal", "spoke out against the tax")."""
    prep = next((c for c in tok.rights if c.dep_ == "prep" and c.i == part.i + 1), None)
    return _object(prep) if prep is not None else None


def _stranded_object(tok: Token, part: Token) -> Token | None:
    """The object of a phrasal cue's preposition that the parser hung on the verb instead, right
    after the preposition ("called on Gov. Oduya to resign", with "Oduya" as the verb's
    complement)."""
    return next(
        (c for c in tok.rights if c.dep_ in ("dobj", "oprd", "attr", "dative", "npadvmod") and c.left_edge.i == part.i + 1),
        None,
    )


def _clause_mark(tok: Token, word: str) -> Token | None:
    """The preposition of a phrasal cue that the parser took for the mark of a clause with a
    subject of its own ("called for his rivals to drop out", "pushed for the bill to pass")."""
    for clause in tok.rights:
        if clause.dep_ in ("advcl", "ccomp", "xcomp"):
            mark = next((m for m in clause.children if m.dep_ == "mark" and m.lower_ == word), None)
            if mark is not None and 0 < mark.i - tok.i <= PARTICLE_GAP:
                return mark
    return None


def _object(tok: Token) -> Token | None:
    """The object of a verb or of a particle; after a preposition also a gerund or a wh-clause
    ("talked about giving voters a say", "spoke of how he would win")."""
    deps = ("dobj", "pobj", "pcomp") if tok.dep_ == "prep" else ("dobj", "pobj")
    for child in tok.children:
        if child.dep_ in deps:
            return child
    return None


def _object_end(verb: Token, obj: Token) -> int:
    """End of an object content, with the complement that completes it ("accused X of Y",
    "denounced the bill as a power grab", "praised her for ..."), but not a phrase that only says
    when or where ("endorsed Sanders in February", "praised the plan at a rally"); a complement
    after such a phrase still counts ("blasted Trump on Monday over his stance")."""
    end = reach = _past_closing_mark(obj.doc, obj.left_edge.i, _before_aside(obj))
    if end <= obj.right_edge.i and _complement_at(verb, obj.right_edge.i + 1):
        end = reach = obj.right_edge.i + 1  # "praised Bush, who quit on Saturday, as a man who ..."
    timed = _only_time(obj.doc, obj.left_edge.i, end)  # "pushed for months to block the deal"
    # what a verb of commitment or request has as object lies ahead, and so does its date:
    # "promised a new port in the first six months"
    ahead = "to" in reporting_verbs().get(verb.lemma_, {}).get(None, frozenset())
    for c in verb.rights:
        if c.i < end or (c.left_edge.i - reach > 1 and not _dashed_aside(obj.doc, reach, c.left_edge.i)):
            continue
        setting = c.dep_ == "prep" and _setting(c) and not (ahead and _dates(c))
        if _further_object(verb, c, reach):
            end = reach = c.right_edge.i + 1  # "blasted the film and the books": both are objects
        elif (
            (_complement_prep(c) and not setting) or c.dep_ in ("xcomp", "oprd")
            or (c.dep_ == "advmod" and c.i == end and c.lower_.endswith("ly"))
            or (_object_infinitive(c) and not timed) or _as_predicate(c)
        ):
            end = reach = c.right_edge.i + 1
        elif setting or (c.dep_ == "npadvmod" and c.ent_type_ in TIME_ENTITIES):
            reach = c.right_edge.i + 1
    return _clause_of_subject(verb, _list_tail(obj.doc, end))


def _past_closing_mark(doc: Doc, start: int, end: int) -> int:
    """End of tokens [start, end) past the closing quote mark of a quote opened in them, which the
    parser hung elsewhere ('criticized the "shadow budget" and its authors'): what follows the mark
    is measured from after it."""
    if end < len(doc) and doc[end].text in CLOSING_TOKENS and any(t.text in OPENING_TOKENS for t in doc[start:end]):
        return end + 1
    return end


def _clause_of_subject(verb: Token, end: int) -> int:
    """End of an object of a clause-taking cue that is really the subject of the reported clause
    after it ("claims the mayor | runs the city like a firm", "said using the fund | was wrong"):
    a finite verb with no subject of its own right after the object takes the clause to its end.
    Not after punctuation or a conjunction, nor when that verb is a cue of its own."""
    doc = verb.doc
    if end >= len(doc) or doc[end].sent != doc[end - 1].sent:
        return end
    if doc[end - 1].is_punct or doc[end - 1].pos_ == "CCONJ":
        return end
    first = doc[end]
    predicate = first.head if first.dep_ in ("aux", "auxpass", "neg") else first
    if first.tag_ not in FINITE_TAGS or predicate.pos_ not in ("VERB", "AUX") or predicate.i < end:
        return end
    if any(c.dep_ in SUBJECT_DEPS for c in predicate.children) or any_cue(predicate):
        return end
    if "clause" not in reporting_verbs().get(verb.lemma_, {}).get(None, frozenset()):
        return end
    return predicate.right_edge.i + 1


def _dashed_aside(doc: Doc, reach: int, start: int) -> bool:
    """Whether the tokens between an object and what follows are an aside set off by dashes ("urged
    all nations - rich and poor - to act")."""
    return start - reach > 2 and doc[reach].text in DASHES and doc[start - 1].text in DASHES


def _further_object(verb: Token, c: Token, reach: int) -> bool:
    """Another object of the verb right after the first: a second direct object ("offered him the
    job") or a noun that the parser joined to the verb rather than to the first object ("blasted
    the film and the books")."""
    if c.dep_ == "dobj" and c.left_edge.i == reach:
        return True
    between = verb.doc[reach : c.left_edge.i]
    return (
        c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and len(between) == 1
        and between[0].lower_ in LIST_JOINERS
    )


def _complement_prep(c: Token) -> bool:
    """A preposition that completes an object ("accused X of Y", "endorsed her over him", "named
    Trump by name"), but not "by" with a gerund, which says how the speaker did it and often
    carries another statement ("rebuffed the critics by saying ...")."""
    if c.dep_ != "prep" or c.lower_ not in OBJECT_COMPLEMENTS:
        return False
    return not (c.lower_ == "by" and any(o.dep_ == "pcomp" for o in c.children))


def _as_predicate(c: Token) -> bool:
    """What the object is said to be, which the parser hung on the verb as a clause opened by "as"
    ("portrayed him as focused on ...", "sees the party as too timid"): no subject of its own."""
    return (
        c.dep_ == "advcl" and c.left_edge.lower_ == "as"
        and not any(s.dep_ in SUBJECT_DEPS for s in c.children)
    )


def _complement_at(verb: Token, k: int) -> bool:
    """Whether a complement of the verb follows token ``k`` or the comma there ("accused Sanders,
    whose appeal has grown, | of being ..."): then an aside of the object's before it is kept."""
    start = k + 1 if k < len(verb.doc) and verb.doc[k].text == "," else k
    return any(
        c.left_edge.i == start
        and ((_complement_prep(c) and not _setting(c)) or c.dep_ in ("xcomp", "oprd"))
        for c in verb.rights
    )


def _list_tail(doc: Doc, end: int) -> int:
    """End of a content that opens a list the parser broke up, hanging the other items elsewhere
    ("attacked the banks, the coal lobby and the big donors", "said money is needed to build a
    clinic, train nurses and ..."): items after commas, the last after
    "and" or "or", none with a finite verb of its own (one in the item's relative clause or under
    its bare verb counts as the item's: "thanked the nurses, the cooks who stayed and the
    drivers") nor opening with a participle or an adverb (", citing ...", ", instead ...");
    else ``end``."""
    k = end
    while k + 1 < len(doc) and doc[k].text == ",":
        j = k + 1
        if doc[j].lower_ in LIST_JOINERS:
            j += 1
        last = doc[j - 1].lower_ in LIST_JOINERS
        first = next((t for t in doc[j : j + 3] if not t.is_punct), None)
        if first is None or first.tag_ == "VBG" or first.pos_ in ("ADV", "SCONJ"):
            return end  # ", citing ...", ", instead ..."
        # a finite verb ends the list unless it sits in a clause of the item's own: after a relative
        # pronoun ("the donors who paid") or under a bare verb ("..., and ensure the rules are kept")
        embedded = first.tag_ == "VB"
        while j < len(doc) and doc[j].sent == doc[end - 1].sent and not _ends_item(doc[j]):
            inside = j > k + 2  # past the comma, a joiner and the item's first word
            embedded = embedded or (inside and doc[j].lower_ in RELATIVE_OPENERS)
            if doc[j].tag_ in FINITE_TAGS and not (embedded and inside):
                return end
            if doc[j].lower_ in LIST_JOINERS and not last:
                last = True
                j += 1
                continue
            j += 1
        if j == k + 1:
            return end
        k = j
        if last:
            return k if k >= len(doc) or doc[k].text != "," else end
    return end


def _ends_item(tok: Token) -> bool:
    return tok.text in (",", ";", ":", ".", "!", "?") or tok.text in DASHES or tok.is_space


def _before_participle(verb: Token) -> int:
    """End of an infinitive content before a participle clause set off by a comma at its end
    ("pledged to bolster its army, reversing decades of pacifism"): the writer's comment."""
    doc = verb.doc
    for c in verb.rights:
        opens = c.tag_ == "VBG" and c.left_edge == c and doc[c.i - 1].text == ","
        if c.dep_ in ("advcl", "xcomp", "conj") and opens and c.right_edge.i >= verb.right_edge.i - 1:
            return c.i - 1
    return verb.right_edge.i + 1


def _asked_first(verb: Token, infinitive: Token) -> int:
    """Start of an infinitive content with the object right before it, who is asked or told to
    act ("urged the party to unite", "told him to come back")."""
    start = infinitive.left_edge.i
    obj = next((c for c in verb.rights if c.dep_ in ("dobj", "dative") and c.right_edge.i + 1 == start), None)
    return obj.left_edge.i if obj is not None else start


def _object_infinitive(c: Token) -> bool:
    """A to-infinitive after an object that the parser hung on the verb as an adverbial clause, but
    that completes the object ("praised the work of volunteers to rebuild the homes", "supports
    the new rules to raise wages"); not one that reports a statement of its own ("cited the
    polls to claim ...")."""
    return c.dep_ == "advcl" and _to_infinitive(c) and not clause_cue(c)


def setting_nouns() -> frozenset[str]:
    return word_list("setting_nouns.txt")


def _dates(prep: Token) -> bool:
    return any(o.dep_ == "pobj" and o.ent_type_ in TIME_ENTITIES for o in prep.children)


def _setting(prep: Token) -> bool:
    """A prepositional phrase that dates the cue ("on Monday", "in 2011") or names where or how it
    was said ("in an interview", "at a rally", "on Twitter")."""

    obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
    if obj is None:
        return False
    if obj.ent_type_ in TIME_ENTITIES:
        return True
    if prep.lower_ not in SETTING_PREPS:
        return False
    phrase = prep.doc[prep.i + 1 : prep.right_edge.i + 1].text
    return obj.lemma_.lower() in setting_nouns() or obj.lower_ in setting_nouns() or medium_named(phrase) is not None


def _before_aside(obj: Token) -> int:
    """End of an object noun phrase, without a relative clause or apposition set off by a comma
    ("thanked the crowd, which chanted his name" -> "the crowd")."""
    doc = obj.doc
    for c in obj.rights:
        if c.dep_ in ASIDE_DEPS and doc[c.left_edge.i - 1].text == "," and c.left_edge.i - 1 > obj.i:
            return c.left_edge.i - 1
    return obj.right_edge.i + 1


def _that_clause(tok: Token) -> Token | None:
    """A that-clause after a verb: "She has made clear that ..."."""
    for c in tok.rights:
        if c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
            return c
    return None


def _own_that_clause(clause: Token, entries: dict[str | None, frozenset[str]]) -> bool:
    """Whether a that-clause after a phrasal cue's particle belongs to the bare verb, which takes a
    clause ("agreed with the mayor that ...")."""
    return _opens_with_that(clause) and "clause" in entries.get(None, frozenset())


def _that_clause_after_object(tok: Token) -> Token | None:
    """A that-clause after the verb's object ("persuaded the board that ...")."""
    clause = _that_clause(tok)
    if clause is None or not any(c.dep_ == "dobj" and c.i < clause.i for c in tok.children):
        return None
    return clause


def _verb_candidates(doc: Doc, tok: Token, quotes: list[Quote]) -> list[Candidate]:
    if tok.pos_ not in ("VERB", "AUX") and _subject_of_verb_read_as_noun(tok) is None:
        return []
    entries = reporting_verbs().get(tok.lemma_.lower())
    if entries is not None and entries.get(None) == frozenset({"none"}) and len(entries) == 1:
        return []
    if not entries:
        # any verb with a that-clause and someone to hold it attributes what the clause says
        clause = _that_clause(tok) if tok.pos_ == "VERB" and tok.is_alpha else None  # not "it’s"
        if clause is None:
            return []

        speaker = subject_of(tok)
        if speaker is None or not _named_or_personal(speaker):
            return []  # "it helps that ...", "signs are growing that ...": no one holds the clause
        span = content_span(doc, clause.left_edge.i, clause.right_edge.i + 1, quotes, (tok.idx, tok.idx + len(tok)))
        if span is None:
            return []
        return [Candidate(tok, (tok.idx, tok.idx + len(tok)), span[0], span[1], speaker, "that", 2)]
    out: list[Candidate] = []
    cue_chars = (tok.idx, tok.idx + len(tok))
    speaker = None

    # a passive question or stance verb needs no holder ("Asked about the polls, ...", "is expected
    # to win"); another passive act does ("the probe is focused on the emails")
    asking = asks_or_raises(tok)
    if _restrictive_that(tok) or _describes_speaker(tok):
        return []  # "a debate that threatened to ...", "voters who backed him said ...": which one is meant

    def add(i, j, how, priority, cue=cue_chars, speaker=True):
        if how == "relative" and NO_RELATIVE in frame_limits(tok):
            return  # "a gift he knew would please her": the clause describes the gift, it reports nothing
        span = content_span(doc, i, j, quotes, cue)
        if span and (how in ("raise", "relative", "passive") or not (span[0] <= cue[0] < span[1])):
            if isinstance(speaker, Token):
                holder = speaker
            else:
                holder = None
                if speaker:
                    holder = _reporter_above(tok) or subject_of(tok) or _subject_of_verb_read_as_noun(tok)
            if holder is None and how in HOLDER_FRAMES and not (passive_cue(tok) and asking):
                return  # "Challenging Trump is hard", "to challenge Trump": an act, nobody's statement
            if how == "object" and _complements_word(tok):
                return  # "criticized him for backing the deal": part of what completes another word
            if how == "object" and _only_time(doc, i, j):
                return  # "pushed for months", "reported on Tuesday"
            if how == "object" and _bare_modifier(tok) and _bare_common_object(doc, i, j):
                return  # "emails seeking comment", "lawsuits alleging fraud": what the noun is, not a statement
            out.append(Candidate(tok, cue, span[0], span[1], holder, how, priority))

    for particle, frames in entries.items():
        if particle is not None:
            part = _with_particle(tok, particle)
            if part is None or _lacks_needed_object(tok, particle):
                continue
            cue = (min(tok.idx, part.idx), max(tok.idx + len(tok), part.idx + len(part)))
            clause = next((c for c in tok.rights if c.dep_ in CLAUSE_DEPS and c.i > part.i), None)
            clause = clause or _marked_that_clause(part)
            obj = _particle_object(tok, part) or _gerund_object(tok)  # "ruled out making a bid"
            # "pointed out that ...", "made clear that ..."; "agreed with her that ...": the verb's own clause
            if clause is not None and ("clause" in frames or _own_that_clause(clause, entries)):
                add(max(clause.left_edge.i, part.i + 1), _before_conjunct(clause), "clause", 3, cue)
            elif obj is not None and "object" in frames:
                add(max(obj.left_edge.i, part.i + 1), _object_end(tok, obj), "object", 2, cue)
            return out  # a phrasal cue ("call for") is not also its bare verb
    frames = entries.get(None, frozenset())
    if frames == frozenset({"none"}):
        return out
    relative = _relative_object(tok)
    if relative is not None:
        # "what Gingrich called “the loudest election”", "which Trump had called a disaster": the
        # relative clause, pronoun and cue included, is the content
        add(relative.i, tok.right_edge.i + 1, "relative", 2)
        return out
    if any(c.lower_ in ("what", "whatever") and c.dep_ in ("dobj", "nsubj") for c in tok.children):
        return out  # a free relative ("What Putin said: ...") is a heading, not a cue
    if "clause" in frames:
        # a verb read as a noun has its clause read as a relative one ("The campaign projects that ...")
        clause_deps = CLAUSE_DEPS + (("relcl",) if tok.pos_ in ("NOUN", "PROPN") else ())
        clauses = [
            c for c in tok.children
            if c.dep_ in clause_deps and c.pos_ in CLAUSE_POS and c.right_edge.i > c.left_edge.i
        ]
        after = [c for c in clauses if c.i > tok.i]
        before = [c for c in clauses if c.i < tok.i]
        after = [c for c in after if not _past_sentence_end(tok, c)]
        if _own_infinitive(tok) or "clause:after" in frame_limits(tok):
            before = []  # "- after a ruling made it legal - he urged conservatives to obey"; "..., so I felt"
        if not clauses:
            after = [c for c in [_clause_in_phrase(tok)] if c is not None]
        if not after and "question" in frames:
            after = [c for c in [_question_clause(tok)] if c is not None]
        if not after and not before:
            after = [c for c in [_finite_xcomp(tok)] if c is not None]
            subjects = _relative_subjects(tok) if after else None
            if subjects is not None:  # "which they say left a vacuum": the pronoun and the cue included
                add(subjects[0].i, after[0].right_edge.i + 1, "relative", 3, speaker=subjects[1])
                return out
        if after:
            c = after[0]
            end = _before_conjunct(c)
            if end == c.right_edge.i + 1:
                end = _split_clause_end(tok, c) or _reported_conjunct_end(tok, c) or _list_tail(doc, end)
            antecedent = _relative_antecedent(tok)
            gap = _gap_pronoun(tok)
            if antecedent is not None:  # "the provisions that he thought would displace workers"
                add(antecedent.left_edge.i, end, "relative", 3)
            elif gap is not None:
                add(gap[0].i, end, "relative", 3, speaker=gap[1])
            else:
                add(max(_subject_hung_on_cue(tok, c), tok.i + 1), end, "clause", 3)
        else:
            core = _core_start(tok)
            head = tok.head
            inverted = None if before else _inverted(tok)
            if before:
                first = before[-1].left_edge.i
                core = min(core, before[-1].right_edge.i + 1)
            elif inverted:
                first = head.left_edge.i
                if inverted == "parenthetical" and first >= core - 1:
                    first = _phrase_before(tok, core)  # "and the licence, her office said, had been ..."
            else:
                first = None
            if inverted == "parenthetical" and _setting_before(tok):
                # "Six months ago, the senator said, the media ignored him": the content is the clause after
                add(_clause_end(tok) + 1, head.right_edge.i + 1, "inverted", 3)
            elif first is not None and core > 0 and (before or doc[core - 1].text in SEPARATORS):
                add(_after_heading(doc, first, core), core, "clause" if before else "inverted", 3)
                resumed = _resumed_after_cue(tok) if before and out else None
                if resumed is not None and not _closed_quote(doc, out[0]):
                    add(resumed, tok.sent.end, "clause", 3)  # "The bill would be weakened, Hughes said, by ..."
                if inverted == "parenthetical" and out and not _narrated_after_quote(doc, out[0], tok):
                    # "Those who vote, he said, must register": the content is on both sides
                    add(_clause_end(tok) + 1, head.right_edge.i + 1, "inverted", 3)
    if "clause" in frames and not out:
        answer = next((c for c in tok.rights if c.lower_ in ("yes", "no") and c.right_edge == c), None)
        answer = answer or _pro_clause(tok)
        if answer is not None:  # "the candidate said no", "half said so", "I think so", "said the same"
            add(answer.left_edge.i, answer.right_edge.i + 1, "clause", 3)
    if not out and "clause" not in frames and (clause := _that_clause_after_object(tok)) is not None:
        # "persuaded the board that ...", "sent word Monday that ...": a verb that takes no clause of
        # its own, whose object is followed by what the subject says
        add(clause.left_edge.i, clause.right_edge.i + 1, "clause", 3)
    if "raise" in frames and not out:
        _raising(doc, tok, add)
    if not out and "object" in frames:
        labeller = _self_label(tok)
        if labeller is not None:  # "a self-described socialist": "self" holds the noun phrase after it
            add(tok.i + 1, tok.head.i + 1, "object", 2, speaker=labeller)
    if not out and "naming" in frames:
        comp = next((c for c in tok.children if c.dep_ in ("oprd", "xcomp", "ccomp") and c.i > tok.i), None)
        obj = next((c for c in tok.children if c.dep_ in ("dobj", "oprd") and c.i > tok.i and c != comp), None)
        if comp is not None and obj is None and _names_in(doc, tok, comp):
            add(tok.i + 1, comp.right_edge.i + 1, "naming", 2)  # "called both Trump and Clinton “crazy”"
        elif comp is not None and obj is not None:
            first = min(obj.left_edge.i, comp.left_edge.i) if obj.i > tok.i else comp.left_edge.i
            add(max(first, tok.i + 1), max(obj.right_edge.i, comp.right_edge.i) + 1, "naming", 2)
        elif obj is not None and obj.i > tok.i and _quoted_after(doc, obj.left_edge.i, obj.right_edge.i + 1):
            add(obj.left_edge.i, obj.right_edge.i + 1, "naming", 2)  # "called his actions “a step forward”"
        elif obj is not None and obj.i > tok.i and (name := _second_object(tok, obj)) is not None:
            # "called her son her hero", "calling the senator an “ignorant man”"
            add(obj.left_edge.i, name.right_edge.i + 1, "naming", 2)
    if not out and "to" in frames:
        # the parser hangs the infinitive as an adverbial clause after a time or place ("promised
        # Sunday at a rally to end ...")
        for dep in ("xcomp", "advcl"):
            c = next((c for c in tok.rights if c.dep_ == dep and _to_infinitive(c)), None)
            if c is not None:
                antecedent = _relative_antecedent(tok)
                if antecedent is not None:  # "plans she would never agree to sign": the noun is what she would sign
                    add(antecedent.left_edge.i, _before_participle(c), "relative", 2)
                elif (gap := _gap_pronoun(tok)) is not None:  # ", which the board vowed to block"
                    add(gap[0].i, _before_participle(c), "relative", 2, speaker=gap[1])
                else:  # not from a relative pronoun before the cue ("the bill that he plans to sign")
                    add(max(_asked_first(tok, c), tok.i + 1), _before_participle(c), "to", 2)
                break
    if not out and "object" in frames:
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None) or _object_read_as_clause(tok, frames)
        if obj is not None:
            add(obj.left_edge.i, _object_end(tok, obj), "object", 2)
        else:
            gerund = _gerund_object(tok)
            passive = next((c for c in tok.lefts if c.dep_ == "nsubjpass"), None)
            if gerund is not None:  # "proposed building a wall along the river"
                add(gerund.left_edge.i, gerund.right_edge.i + 1, "object", 2)
            elif passive is not None and any(c.dep_ == "agent" for c in tok.children):
                # "The move was first reported by MSNBC": the passive subject is the object; with a
                # complement the whole clause is ("The mayor was criticized by voters for ...")
                end = tok.right_edge.i + 1 if _passive_complemented(tok) else passive.right_edge.i + 1
                add(passive.left_edge.i, end, "passive", 2)
    return out


def _passive_complemented(verb: Token) -> bool:
    """Whether a passive cue has a complement besides its agent ("was accused by X of ...", "was
    described by X as ..."), not a phrase that only dates or places it."""
    return any(
        (_complement_prep(c) and c.lower_ != "by" and not _setting(c)) or c.dep_ in ("oprd", "xcomp", "acomp")
        for c in verb.rights
    )


def _subject_hung_on_cue(cue: Token, clause: Token) -> int:
    """Start of a reported clause whose subject the parser hung on the cue as its object ("said
    the plans the mayor drew up | are dead"): a clause with no subject of its own right after the
    cue's object; else the clause's own start."""
    start = clause.left_edge.i
    if any(s.dep_ in SUBJECT_DEPS for s in clause.children):
        return start
    obj = next((o for o in cue.rights if o.dep_ in HUNG_SUBJECT_DEPS and o.right_edge.i + 1 == start), None)
    return obj.left_edge.i if obj is not None else start


def _pro_clause(tok: Token) -> Token | None:
    """A word that stands for a whole reported clause ("said so", "suggest otherwise", "said the
    same", "say the opposite")."""
    return next(
        (c for c in tok.rights
         if c.lower_ in PRO_CLAUSES and c.dep_ in ("advmod", "dobj", "npadvmod", "oprd", "acomp")
         and c.left_edge.i == tok.i + 1),  # right after the verb: not "and so, too, does ..."
        None,
    )


def _complements_word(tok: Token) -> bool:
    """Whether a cue is a gerund after a preposition that completes another word ("criticized him
    for backing the deal", "focused on attacking her", "accused of supporting"): what it does is
    said in the phrase of that word (on PolNeAR's train split such objects are right a sixth of the
    time), unlike a gerund of time or manner ("after endorsing him", "by attacking her")."""
    return tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.lower_ in GERUND_COMPLEMENTS


def _restrictive_that(tok: Token) -> bool:
    """Whether a cue heads a restrictive relative clause with "that" as its subject ("a debate that
    threatened to ...", "ads that slam Democrats"): it tells which thing the writer means; on
    PolNeAR's train split such candidates are right a fifth of the time."""
    if tok.dep_ != "relcl" or tok.head.pos_ not in ("NOUN", "PROPN", "NUM") or tok.doc[tok.left_edge.i - 1].text == ",":
        return False
    return any(c.dep_ == "nsubj" and c.lower_ == "that" for c in tok.lefts)


def _describes_speaker(tok: Token) -> bool:
    """Whether a cue heads a restrictive relative clause on the speaker of another cue ("Voters who
    backed him in 2012 say ..."): it tells who speaks, and belongs to that speaker."""
    if tok.dep_ != "relcl" or tok.doc[tok.left_edge.i - 1].text == ",":
        return False
    noun = tok.head
    while noun.dep_ == "appos":
        noun = noun.head
    return noun.dep_ == "nsubj" and clause_cue(noun.head)


def _object_read_as_clause(tok: Token, frames: frozenset[str]) -> Token | None:
    """The object of a verb that takes no clause, hung by the parser as a clause after it ("touted
    how much the city had grown", "praised the council's new budget"); not a clause with a cue of
    its own ("denounced what she called a reckless budget")."""
    if "clause" in frames:
        return None
    return next((c for c in tok.rights if c.dep_ == "ccomp" and not any_cue(c)), None)


def _self_label(tok: Token) -> Token | None:
    """The "self" of "a self-described socialist", "self-proclaimed": a participle before its noun
    that says the one named so names himself so."""
    if tok.dep_ != "amod" or tok.tag_ != "VBN" or tok.head.i < tok.i or _in_subject(tok.head):
        return None
    return next((c for c in tok.lefts if c.lower_ == "self"), None)


def _in_subject(noun: Token) -> bool:
    """Whether ``noun`` is a clause's subject, or inside it past "of" or "and" ("the self-described
    populist said ...", "thousands of self-styled patriots marched"): a label that only names who
    acts there, which PolNeAR does not mark as said (train: 7 of 7 such were unmarked)."""
    while noun.dep_ in ("pobj", "prep", "conj") and noun.head != noun:
        noun = noun.head
    return noun.dep_ in ("nsubj", "nsubjpass")


def _subject_of_verb_read_as_noun(tok: Token) -> Token | None:
    """The subject of a present-tense verb that the parser read as a plural noun heading the
    sentence, with the words before it as its modifiers ("The campaign projects that ...", "The
    mayor warns that ..."): the nearest noun before it, if it also governs a content after it."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ != "ROOT" or not tok.lower_.endswith("s"):
        return None
    if not any(c.dep_ in ("ccomp", "xcomp", "dobj", "relcl", "prep", "acl") and c.i > tok.i for c in tok.children):
        return None
    subjects = [c for c in tok.lefts if c.dep_ in ("nsubj", "compound") and c.pos_ in ("NOUN", "PROPN", "PRON")]
    return subjects[-1] if subjects else None


def _named_or_personal(tok: Token) -> bool:
    """Whether a holder is a name ("Lynch", "the Labor Department") or a personal pronoun ("she");
    not a common noun ("signs", "the chance") nor "it"."""
    if tok.pos_ == "PRON":
        return tok.lower_ not in IMPERSONAL_PRONOUNS
    return tok.pos_ == "PROPN" or tok.ent_type_ in AGENT_ENTITIES


def passive_cue(tok: Token) -> bool:
    """Whether a cue is passive, its asker or teller unsaid ("Asked about the polls, ...", "she was
    announced the winner")."""

    return passive_participle(tok) or any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)


def _bare_modifier(tok: Token) -> bool:
    """Whether a cue is a participle or infinitive describing a noun that is not a work that speaks
    for its author ("emails seeking comment"; not "a letter congratulating ...")."""

    return tok.dep_ == "acl" and tok.head.lemma_.lower() not in authored_works()


def _bare_common_object(doc: Doc, i: int, j: int) -> bool:
    """Whether tokens [i, j) are a short object that names no one ("comment", "the deal")."""
    return _words(doc, i, j) < MODIFIER_OBJECT_MIN and doc[i:j].root.pos_ != "PROPN"


def _only_time(doc: Doc, i: int, j: int) -> bool:
    """Whether tokens [i, j) name only a date or a time span."""
    words = [t for t in doc[i:j] if not t.is_punct and not t.is_space]
    return bool(words) and all(t.ent_type_ in ("DATE", "TIME") for t in words)


def _has_to(verb: Token) -> bool:
    """Whether a verb has the infinitive marker "to"."""
    return any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children)


def _to_infinitive(verb: Token) -> bool:
    """Whether a verb is a bare to-infinitive (not "in order to", "so as to")."""
    return _has_to(verb) and not any(m.dep_ == "mark" for m in verb.children)


def _own_infinitive(tok: Token) -> bool:
    """Whether a cue has a to-infinitive of its own after it: then a clause before it is not what
    it reports."""
    return any(c.dep_ == "xcomp" and _to_infinitive(c) for c in tok.rights)


def _finite_xcomp(tok: Token) -> Token | None:
    """A reported clause in the past or present tense that the parser took for the verb's
    complement ("which they say left a vacuum")."""
    return next((c for c in tok.rights if c.dep_ == "xcomp" and c.tag_ in ("VBD", "VBZ", "VBP")), None)


def _relative_antecedent(tok: Token) -> Token | None:
    """The noun that a cue's relative clause describes, when the cue has a subject of its own: "a
    probe the agency said was ongoing", "the provisions that he thought would displace workers".
    What was said is about that noun, which fills the gap in the reported clause; the content runs
    from it to the clause's end. Not "Trump, who said ...": there the noun is the speaker."""
    if tok.dep_ != "relcl" or not (tok.head.pos_ in ("NOUN", "PROPN") or _indefinite(tok.head)):
        return None
    if tok.doc[tok.left_edge.i - 1].text == ",":
        return None  # ", which he said was ...": an aside of the writer's; the content starts at "which"
    subject = next((c for c in tok.lefts if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in RELATIVE_OPENERS:
        return None
    if any(c.lower_ in RELATIVE_ADVERBS or c.dep_ == "prep" for c in tok.lefts):
        return None  # "the state where he says ...", "a poll in which most say ...": the noun is a setting
    return tok.head


def _gap_pronoun(tok: Token) -> tuple[Token, Token] | None:
    """The relative pronoun that opens a cue's clause and fills a gap in what was said, and the
    cue's own subject (", which the agency says was closed", "what the mayor said she expected"):
    (pronoun, speaker). Not a pronoun that is the speaker ("a man who said ...")."""
    pronoun = tok.left_edge
    if pronoun.lower_ not in RELATIVE_PRONOUNS or pronoun.i >= tok.i:
        return None
    speaker = next((c for c in tok.lefts if c.dep_ == "nsubj" and c != pronoun), None)
    return (pronoun, speaker) if speaker is not None else None


def _indefinite(tok: Token) -> bool:
    """An indefinite pronoun that a relative clause can describe ("something", "anyone")."""
    return tok.pos_ == "PRON" and tok.lower_.endswith(("thing", "one", "body"))


def _relative_subjects(tok: Token) -> tuple[Token, Token] | None:
    """A relative pronoun that the parser gave a cue as a first subject, and the speaker after it
    ("which they say left ..."): (pronoun, speaker)."""
    subjects = [c for c in tok.lefts if c.dep_ == "nsubj"]
    if len(subjects) == 2 and subjects[0].lower_ in ("which", "that", "who", "what"):
        return subjects[0], subjects[1]
    return None


def _question_clause(tok: Token) -> Token | None:
    """An indirect question the parser hung on a question verb as an adverbial clause ("asked the
    senator if he would run", "Asked whether ...")."""
    for c in tok.rights:
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in c.children):
            return c
    return None


def _gerund_object(tok: Token) -> Token | None:
    """A gerund clause that stands as the verb's object ("supports keeping troops there")."""
    return next(
        (c for c in tok.rights if c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VBG" and c.left_edge.i == c.i),
        None,
    )


def _relative_object(tok: Token) -> Token | None:
    """The relative pronoun that is the object of a cue with its own subject and a complement
    after it ("what X called Y", "whom they named Fred"); not in a heading ("What Putin said: ...")."""
    # "who" as an object, as in speech ("a rival who she called a bully")
    pronoun = next((c for c in tok.lefts if c.dep_ == "dobj" and c.lower_ in RELATIVE_PRONOUNS | {"who"}), None)
    if pronoun is None or not any(c.dep_ in RELATIVE_COMPLEMENTS for c in tok.rights):
        return None
    if not any(c.dep_ == "nsubj" and pronoun.i < c.i < tok.i for c in tok.lefts):
        return None
    if any(tok.doc[k].text == ":" for k in (tok.i + 1, tok.right_edge.i + 1) if k < len(tok.doc)):
        return None
    return pronoun


def _names_in(doc: Doc, tok: Token, comp: Token) -> bool:
    """Whether the complement of a naming verb holds both a name and what it is called: a quote
    ("called both Trump and Clinton “crazy”"), or a noun phrase inside it that the parser hung on
    the name ("calling Trump a fascist"); not "called Clinton to congratulate her"."""
    if _quoted_after(doc, tok.i + 1, comp.right_edge.i + 1):
        return True
    if comp.pos_ not in ("PROPN", "PRON", "NOUN"):
        return False
    return any(c.dep_ in ("dobj", "attr", "appos", "oprd") for c in comp.rights)


def _second_object(tok: Token, obj: Token) -> Token | None:
    """What a naming verb calls its object, where the parser took it for a second object or for an
    apposition of the first, not set off by a comma ("called her son her hero")."""
    doc = tok.doc
    for c in list(tok.rights) + list(obj.rights):
        if c.i > obj.i and c.dep_ in ("dobj", "appos") and c.pos_ in ("NOUN", "PROPN") and doc[c.left_edge.i - 1].text != ",":
            return c
    return None


def _quoted_after(doc: Doc, i: int, j: int) -> bool:
    return any(doc[k].text in ("“", '"', "``", "«") for k in range(i, min(j, len(doc))))


def _raising(doc: Doc, tok: Token, add) -> None:
    """A stance without a stated holder: "Trump seemed to enjoy it", "It appears that ...",
    "Clinton is expected to win". The content is the whole clause, cue included; no speaker."""
    comp = next((c for c in tok.children if c.dep_ in ("xcomp", "acomp", "oprd") and c.i > tok.i), None)
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i), None)
    described = _describing_participle(tok)
    if described:  # "a movement widely seen as a protest", "the contests known as Super Tuesday"
        subj = tok.head
    passive = described or any(c.dep_ == "auxpass" for c in tok.children)
    if tok.lemma_.lower() in SEEMING_VERBS and not passive:
        comp = comp or _seeming_complement(tok)
        subj = subj or _conjunct_subject(tok)
    elif not passive:
        return
    if passive and any(c.dep_ == "agent" for c in tok.children):
        return
    if passive and comp is None:  # "Rubio is seen as the strongest candidate", "known for his temper"
        comp = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ in RAISING_PREPS), None)
    if comp is not None and subj is not None and (subj.lower_ not in ("it", "there") or _raised_pronoun(tok, comp)):
        if passive and comp.lower_ not in RAISING_PREPS and not _has_to(comp):
            return
        add(subj.left_edge.i, comp.right_edge.i + 1, "raise", 2, speaker=False)
        return
    clause = next((c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i), None)
    if clause is not None and subj is not None and subj.lower_ == "it":
        add(clause.left_edge.i, clause.right_edge.i + 1, "raise", 2, speaker=False)


def _raised_pronoun(verb: Token, comp: Token) -> bool:
    """Whether an "it" or "there" before a seeming verb is its raised subject, not one that stands
    for a clause after it: "it seemed to work", "it seemed like a long shot", not "it seems
    unfair to ...", "it seems likely that ..."."""
    if verb.lemma_.lower() not in SEEMING_VERBS or any(c.dep_ == "ccomp" for c in verb.children):
        return False
    return (comp.dep_ == "xcomp" and comp.pos_ in ("VERB", "AUX")) or (comp.dep_ == "prep" and comp.lower_ == "like")


def _seeming_complement(tok: Token) -> Token | None:
    """What a subject seems to be when the parser gave no complement: "seems like a fair idea",
    "seemed an insult"."""
    likes = (c for c in tok.rights if (c.dep_ == "prep" and c.lower_ == "like") or c.dep_ in ("attr", "dobj"))
    return next(likes, None)


def _conjunct_subject(tok: Token) -> Token | None:
    """The subject a conjoined verb shares with the verb before it ("The mayor met the union twice
    and appeared to soften")."""
    if tok.dep_ != "conj" or tok.head.pos_ not in ("VERB", "AUX"):
        return None
    subjects = (c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.head.i)
    return next(subjects, None)


def _describing_participle(tok: Token) -> bool:
    """A past participle that describes the noun before it ("the contests known as Super Tuesday")."""
    return tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i < tok.i


def _passive_label_candidate(doc: Doc, tok: Token, quotes: list[Quote]) -> Candidate | None:
    """"Ortiz was declared the winner", "the plan was lambasted as reckless": a passive cue of
    naming or judging with no agent labels its subject for someone unnamed. The content is the
    clause from the subject to the label, cue included, with no speaker (as for "is seen as", which
    the verbs with a raise frame already give)."""
    if tok.pos_ != "VERB" or tok.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in tok.children):
        return None
    entries = reporting_verbs().get(tok.lemma_.lower())
    frames = frozenset().union(*entries.values()) if entries else frozenset()
    if not frames or "raise" in frames or "none" in frames or any(c.dep_ == "agent" for c in tok.children):
        return None
    subject = next((c for c in tok.lefts if c.dep_ == "nsubjpass"), None)
    label = _passive_label(tok, frames)
    if subject is None or subject.lower_ in ("it", "there") or label is None or _by_phrase(tok, label):
        return None
    if _verb_candidates(doc, tok, quotes):
        return None
    return _word_candidate(doc, tok, subject.left_edge.i, label.right_edge.i + 1, quotes, None, "raise", 2)


def _passive_label(tok: Token, frames: frozenset[str]) -> Token | None:
    """What a passive cue calls its subject: the second object of a naming verb ("was declared the
    winner", "is called a stunt") or an "as" phrase after any cue ("was written off as a long
    shot")."""
    named = next((c for c in tok.rights if c.dep_ in ("oprd", "dobj")), None) if "naming" in frames else None
    return named or next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "as"), None)


def _by_phrase(tok: Token, label: Token) -> bool:
    """Whether a "by" phrase the parser did not read as the agent names who labels ("was called
    a reformer by her rivals")."""
    return any(c.dep_ == "prep" and c.lower_ == "by" for c in (*tok.rights, *label.rights))


def _according_candidate(doc: Doc, tok: Token, quotes: list[Quote]) -> list[Candidate]:
    if tok.lower_ != "according":
        return []
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    source = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if source is None:
        return []
    head = tok.head
    if head == tok:
        return []
    while head.dep_ not in ("ROOT", "ccomp", "parataxis") and head.head != head:
        head = head.head
    cue = (tok.idx, to.idx + len(to))
    left = (head.left_edge.i, tok.left_edge.i)
    right = (tok.right_edge.i + 1, head.right_edge.i + 1)
    # a clause that ends before the phrase is the content; what follows is the writer's ("Clinton
    # leads by 10 points, according to the average, where 475 delegates are at stake")
    goes_on = any(c.dep_ in CLAUSE_GOES_ON for c in head.rights if c.i > tok.i)
    closed = left[0] <= head.i < left[1] and not goes_on
    i, j = left if closed else _subtree_without(head, tok)
    span = content_span(doc, i, j, quotes, cue)
    if not span:
        return []
    out = [Candidate(tok, cue, span[0], span[1], source, "according", 1, extra=(tok,))]
    # "Turnout, according to the board, has doubled": the content is on both sides
    other = right if (i, j) == left else left
    if other[1] - other[0] >= ACCORDING_SIDE_MIN and not closed:
        more = content_span(doc, other[0], other[1], quotes, cue)
        if more:
            out.append(Candidate(tok, cue, more[0], more[1], source, "according", 1, extra=(tok,)))
    return out


def _as_clause_candidates(doc: Doc, tok: Token, quotes: list[Quote]) -> list[Candidate]:
    """"As The Hill reported, Trump was ...", "..., as he put it, ...", "as reported by CNN, ...": a
    reporting verb in an as-clause attributes the clause it modifies, on either side of it."""
    if tok.pos_ != "VERB" or tok.dep_ != "advcl" or tok.head == tok:
        return []
    first = tok.left_edge
    if not (first.dep_ == "mark" and first.lower_ == "as" and first.head == tok) or not _set_off(tok):
        return []  # not "as he urged the party to ...", "as violent as he suggested"
    objects = [c for c in tok.children if c.dep_ in ("dobj", "dative") or c.dep_ in CLAUSE_DEPS]
    put_it = tok.lemma_.lower() == "put" and [c.lower_ for c in objects] == ["it"]
    reports = clause_cue(tok) or _phrasal_clause_cue(tok)  # "as she said", "as she pointed out"
    if not (put_it or (reports and not objects)) or tok.lemma_.lower() in AS_NOT_CUES:
        return []  # "as he said he would" reports its own clause

    speaker = subject_of(tok)
    if speaker is None:
        return []
    head, cue = tok.head, (tok.idx, tok.idx + len(tok))
    out = []
    for i, j in ((head.left_edge.i, tok.left_edge.i), (tok.right_edge.i + 1, head.right_edge.i + 1)):
        span = content_span(doc, i, j, quotes, cue) if _words(doc, i, j) >= ACCORDING_SIDE_MIN else None
        if span:  # not the "Or" of "Or, as Ridge put it: ..."
            out.append(Candidate(tok, cue, span[0], span[1], speaker, "as", 3))
    return out


def _phrasal_clause_cue(tok: Token) -> bool:
    """Whether a verb with its particle is a cue that takes a clause ("as she pointed out, ...")."""
    entries = reporting_verbs().get(tok.lemma_.lower(), {})
    return any(
        particle is not None and "clause" in frames and _with_particle(tok, particle) is not None
        for particle, frames in entries.items()
    )


def _set_off(tok: Token) -> bool:
    """Whether a clause is set off by punctuation: a comma or colon after it, or a comma before it."""
    doc = tok.doc
    after = tok.right_edge.i + 1
    before = tok.left_edge.i - 1
    if after < len(doc) and doc[after].text in (",", ":", "—", "–"):
        return True
    if tok.right_edge != tok and tok.right_edge.text in (",", ":", "—", "–"):
        return True  # the parser hung the comma on the clause itself ("As the paper noted, ...")
    return before >= 0 and doc[before].text == ","


def source_adverbs() -> frozenset[str]:
    return word_list("source_adverbs.txt")


def _adverb_candidate(doc: Doc, tok: Token, quotes: list[Quote]) -> Candidate | None:
    """"The FBI is reportedly preparing ...": the clause of a source adverb, adverb included, with
    no speaker."""
    if tok.pos_ != "ADV" or tok.lower_ not in source_adverbs() or tok.head == tok:
        return None
    head = tok.head
    if head.pos_ not in ("VERB", "AUX") or any_cue(head):  # "Trump reportedly said": the verb's own
        return None
    subject = next((c for c in head.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    start = subject.left_edge.i if subject is not None else tok.i
    end = head.i + 1
    for c in head.rights:  # up to a clause set off by a comma ("..., leaving progressives fearful")
        if c.dep_ in ("advcl", "conj", "parataxis") and doc[c.left_edge.i - 1].text == ",":
            break
        end = c.right_edge.i + 1
    return _word_candidate(doc, tok, min(start, tok.i), end, quotes, None, "raise", 2)


@functools.lru_cache(maxsize=1)
def source_phrases() -> dict[str, frozenset[str]]:
    """noun (or "<person>") -> prepositions of a clause-opening phrase that names a source."""
    return _word_frames("source_phrases.txt")



def _phrase_holder(prep: Token) -> Token | None:
    """The holder named by a clause-opening phrase: the possessor of "In Trump's view", "By the
    AP's tally", or the object of "of" after the noun ("In the eyes of many voters"); the person
    of "To Sharp"."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None:
        return None
    phrases = source_phrases()
    if prep.lower_ in phrases.get(obj.lower_, ()) or prep.lower_ in phrases.get(obj.lemma_.lower(), ()):
        return possessor(obj) or _of_object(obj)
    if prep.lower_ in phrases.get("<person>", ()) and (
        obj.ent_type_ in AGENT_ENTITIES or (obj.pos_ == "PRON" and obj.lower_ not in ("it", "this", "that"))
    ):
        return obj
    return None


def _of_object(noun: Token) -> Token | None:
    """The object of an "of" phrase after a noun ("the words of one aide": "aide")."""
    of = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None


def _source_phrase_candidates(doc: Doc, tok: Token, quotes: list[Quote]) -> list[Candidate]:
    """"In Trump's view, the deal is bad", "To Sharp, Trump is a kind man", "the deal is, in his
    words, a disaster": a phrase set off by commas names whose view the clause around it gives. A
    person after "to" only where the phrase opens the sentence."""
    if tok.dep_ != "prep" or tok.head.pos_ not in ("VERB", "AUX"):
        return []
    after = tok.right_edge.i + 1
    opens = tok.i == tok.sent.start
    if after >= len(doc) or doc[after].text != "," or not (opens or doc[tok.i - 1].text == ","):
        return []
    holder = _phrase_holder(tok)
    if holder is None or (not opens and holder.head == tok):  # "seemed, to some, contradictory"
        return []
    head = tok.head
    cue = (tok.idx, doc[tok.right_edge.i].idx + len(doc[tok.right_edge.i]))
    out = []
    for i, j in ((head.left_edge.i, tok.i), (after + 1, head.right_edge.i + 1)):
        span = content_span(doc, i, j, quotes, cue) if _words(doc, i, j) >= ACCORDING_SIDE_MIN else None
        if span:
            out.append(Candidate(tok, cue, span[0], span[1], holder, "phrase", 1))
    return out


def _words(doc: Doc, i: int, j: int) -> int:
    return sum(not t.is_punct and not t.is_space for t in doc[i:j])


def _poll_candidate(doc: Doc, tok: Token, quotes: list[Quote]) -> Candidate | None:
    """"In a CNN poll released Monday, Clinton led by 8 points": a finding attributed to the
    poll or survey it appears in."""
    if tok.lower_ != "in" or tok.dep_ != "prep" or tok.i != tok.sent.start:
        return None
    source = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if source is None or source.lemma_.lower() not in SURVEY_NOUNS:
        return None
    head = tok.head
    if head == tok or head.pos_ not in ("VERB", "AUX"):
        return None
    while head.dep_ not in ("ROOT", "ccomp", "parataxis") and head.head != head and head.head.pos_ in ("VERB", "AUX"):
        head = head.head
    i, j = _subtree_without(head, tok)
    return _word_candidate(doc, tok, i, j, quotes, source, "poll", 1)


def told_nouns() -> frozenset[str]:
    """Nouns for what a teller tells ("story", "joke", "tale")."""
    return word_list("told_nouns.txt")


def _told_story_candidate(doc: Doc, tok: Token, quotes: list[Quote]) -> Candidate | None:
    """"The mayor told the story of her first campaign", "he tells a joke about the budget": a
    story, joke or tale someone tells, attributed to the teller."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in TELLING_VERBS:
        return None
    told = next((c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in told_nouns()), None)
    speaker = subject_of(tok)
    if told is None or speaker is None:
        return None
    return _word_candidate(doc, tok, told.left_edge.i, _object_end(tok, told), quotes, speaker, "object", 2)


def situation_nouns() -> frozenset[str]:
    """Nouns for a circumstance someone is in, not something they say ("problem", "asset")."""
    return word_list("situation_nouns.txt")


def _copular_clause_candidate(doc: Doc, tok: Token, quotes: list[Quote]) -> Candidate | None:
    """"Her argument was that the levy is fair", "the mayor's answer is that ...": what a noun held
    by someone ("her", "the mayor's") is said to be, attributed to that holder."""
    if tok.lemma_ != "be":
        return None
    noun = next((c for c in tok.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
    if noun is not None and noun.lemma_.lower() in situation_nouns():  # "his problem is that ..."
        return None
    holder = possessor(noun) if noun is not None else None
    clause = next((c for c in tok.rights if c.dep_ in ("ccomp", "attr", "acomp") and _opens_with_that(c)), None)
    if holder is None or clause is None:
        return None
    return _word_candidate(doc, noun, clause.left_edge.i, clause.right_edge.i + 1, quotes, holder, "copula", 1)


def finding_sources() -> frozenset[str]:
    """Studies and polls whose findings are attributed to them ("the survey finds ...")."""
    return word_list("finding_sources.txt")


def _finding_candidate(doc: Doc, tok: Token, quotes: list[Quote]) -> Candidate | None:
    """"A new survey finds Ortiz ahead by six points", "the poll puts her at 40 percent": what a
    poll or study finds, gives or puts, attributed to it."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in FINDING_VERBS:
        return None
    source = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    finding = next((c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i), None)
    if source is None or finding is None or source.lemma_.lower() not in finding_sources():
        return None
    return _word_candidate(doc, tok, finding.left_edge.i, tok.right_edge.i + 1, quotes, source, "poll", 1)


def _word_frames(filename: str) -> dict[str, frozenset[str]]:
    """Lines "word | frame frame ..." of a data file -> word (lower case) -> its frames."""
    out: dict[str, frozenset[str]] = {}
    for line in data_lines(f"statements/{filename}"):
        word, _, frames = line.partition("|")
        out[word.strip().lower()] = frozenset(frames.split())
    return _with_variants(out)


@functools.lru_cache(maxsize=1)
def stance_nouns() -> dict[str, frozenset[str]]:
    """noun -> prepositions that introduce what it is about ("criticism of", "support for")."""
    return _word_frames("stance_nouns.txt")


@functools.lru_cache(maxsize=1)
def stance_adjectives() -> dict[str, frozenset[str]]:
    """adjective -> prepositions and frames ("clause", "to") that introduce what it is about."""
    return _word_frames("stance_adjectives.txt")


def _adjective_holder(tok: Token) -> Token | None:
    """Who holds a stance adjective: the subject of its copula ("Trump was critical of ..."), or
    the noun it modifies ("voters skeptical of ..."), except a verb's object ("hired workers
    willing to ...", the writer's description)."""

    if tok.dep_ in ("acomp", "oprd", "xcomp", "advcl") and tok.head != tok:
        return subject_of(tok.head)  # advcl: "..., confident that she can win"
    if tok.dep_ == "conj" and tok.head.pos_ == "ADJ":  # "thrilled with X and confident that ..."
        return _adjective_holder(tok.head)
    if tok.dep_ in ("amod", "acl") and tok.head.pos_ in ("NOUN", "PROPN", "PRON") and tok.head.i < tok.i:
        return tok.head if tok.head.dep_ != "dobj" else None
    return next((c for c in tok.children if c.dep_ == "nsubj"), None)


def _adjective_content(tok: Token, frames: frozenset[str]) -> Token | None:
    for c in tok.rights:
        if c.dep_ == "prep" and c.lower_ in frames:
            return next((o for o in c.children if o.dep_ in ("pobj", "pcomp")), None)
        if c.dep_ == "ccomp" and "clause" in frames:
            return c
        if c.dep_ == "xcomp" and "to" in frames and _has_to(c):
            return c
    return None


def _adjective_candidate(doc: Doc, tok: Token, quotes: list[Quote]) -> Candidate | None:
    """"Trump has been critical of the deal", "voters are confident that ...": the complement of a
    stance adjective is what its holder thinks or feels."""
    if tok.pos_ != "ADJ":
        return None
    frames = stance_adjectives().get(tok.lemma_.lower()) or stance_adjectives().get(tok.lower_)
    if not frames and tok.dep_ == "acomp":
        frames = ANY_ADJECTIVE_FRAMES  # "she was upfront about her doubts", "they are serious about it"
    if not frames or (tok.head.lemma_.lower() == "make" and tok.i == tok.head.i + 1):
        return None  # "made sure that the doors were locked": a task, not a stance ("made me proud" is one)
    content = _adjective_content(tok, frames)
    speaker = _adjective_holder(tok) if content is not None else None
    if speaker is None or speaker.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    return _word_candidate(doc, tok, content.left_edge.i, content.right_edge.i + 1, quotes, speaker, "adjective", 2)


def noun_receivers() -> frozenset[str]:
    """Verbs and prepositions whose subject does not hold the noun they take ("faced criticism")."""
    return word_list("noun_receivers.txt")


def _noun_owner(tok: Token) -> Token | None:
    """The holder a noun names itself: "Trump's claim", "a claim by Trump", "a statement from ..."."""
    owner = possessor(tok)
    if owner is None:
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("by", "from"):
                owner = next((o for o in c.children if o.dep_ == "pobj"), None)
    if owner is None:  # "Republican calls for ...", "the European reluctance to ..."
        owner = next((c for c in tok.lefts if c.dep_ in ("amod", "compound") and c.ent_type_ in OWNER_ENTITIES), None)
    return owner


def _noun_governor(tok: Token) -> Token | None:
    """The verb that takes a noun as its object or through a preposition ("faced criticism",
    "responded to claims"); the preposition itself where it hangs on no verb or sets the noun apart
    from the clause ("despite complaints", "rose over claims")."""
    while tok.dep_ in ("conj", "appos") and tok.head != tok:
        tok = tok.head
    if tok.dep_ in ("dobj", "attr"):
        return tok.head
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        prep = tok.head
        return prep.head if prep.head.pos_ in ("VERB", "AUX") and prep.lower_ not in noun_receivers() else prep
    return None


def _received(tok: Token) -> bool:
    """Whether a noun without an owner is taken by a word whose subject does not hold it ("faced
    criticism that ...", "despite complaints that ...")."""
    governor = _noun_governor(tok) if _noun_owner(tok) is None else None
    return governor is not None and governor.lemma_.lower() in noun_receivers()


def noun_taker(verb: Token) -> Token | None:
    """The subject of a verb that takes a reporting noun, who holds the noun; no one for a clause
    without a person in it ("there were complaints that ...", "it is an assumption that ...")."""

    if any(c.dep_ == "expl" for c in verb.children):
        return None
    subject = subject_of(verb)
    return None if subject is None or impersonal(subject) else subject


def _verb_taking(noun: Token) -> Token | None:
    """The verb that takes a noun as its object, directly ("renewed her calls") or through a
    particle right after it ("expanded on her calls"); not one that receives the noun."""
    if noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
        return noun.head
    prep = noun.head
    verb = prep.head
    if noun.dep_ != "pobj" or prep.dep_ not in ("prep", "prt") or verb.pos_ != "VERB":
        return None
    return verb if prep.i == verb.i + 1 and prep.lower_ not in noun_receivers() else None


def _noun_holder(tok: Token) -> Token | None:
    """Who holds a reporting noun: "Trump's claim", "a claim by Trump", "Trump made the claim"; for
    "his" on the object of a verb, that verb's subject, whom PolNeAR marks as the source ("Cruz
    reboots his attacks on Trump", "she expanded on her calls for ..."), but not the understood
    subject of a to-infinitive ("she needs to soften her attacks": "her")."""
    speaker = _noun_owner(tok)
    verb = _verb_taking(tok)
    if speaker is not None and speaker.lower_ in POSSESSIVE_PRONOUNS and verb is not None:
        subject = noun_taker(verb)
        if subject is not None and subject.pos_ in ("PROPN", "PRON", "NOUN") and not _has_to(verb):
            return subject
    if speaker is None and tok.dep_ in ("dobj", "attr"):
        speaker = noun_taker(tok.head)  # "Trump made the claim", "Cruz is a critic of ..."
    if speaker is None and tok.dep_ == "appos" and tok.head.pos_ in ("PROPN", "NOUN"):
        speaker = tok.head  # "Graham, a critic of the deal, ..."
    return speaker


def _for_clause(tok: Token) -> Token | None:
    """The "for X to Y" clause after a noun ("her calls for the council to cut the budget"),
    which the parser hangs on the noun as a clause marked by "for"."""
    return next(
        (c for c in tok.rights if c.dep_ in ("advcl", "acl", "relcl") and _has_to(c)
         and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)),
        None,
    )


def _stance_noun_candidate(doc: Doc, tok: Token, quotes: list[Quote]) -> Candidate | None:
    """"Trump's criticism of the deal", "her praise for the bill": the prepositional object is the
    content; the holder as for other reporting nouns."""
    if tok.pos_ != "NOUN":
        return None
    preps = stance_nouns().get(tok.lemma_.lower()) or _role_preps(tok)
    if not preps:
        return None
    # not a phrase that dates the noun or says where it was made ("her remarks on Monday", "his
    # comments on Twitter"), though "on" may introduce the content ("his remarks on trade")
    prep = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ in preps and not _setting(c)), None)
    obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
    if obj is None and "for" in preps:
        obj = _for_clause(tok)
    if obj is None or _violent(tok):
        return None
    if _received(tok):
        return None
    speaker = _noun_holder(tok)
    if speaker is None:  # "questions about her emails" with no one asking them
        return None
    infinitive = _stranded_infinitive(tok, obj)
    if infinitive is not None:
        return _word_candidate(doc, tok, obj.left_edge.i, infinitive.right_edge.i + 1, quotes, speaker, "noun", 1)
    return _noun_statement(doc, tok, obj, speaker, quotes)


@functools.cache
def role_nouns() -> dict[str, frozenset[str]]:
    """lemma -> the prepositions of what its holder stands for ("supporter" -> "of")."""
    return _word_frames("role_nouns.txt")


def _role_preps(tok: Token) -> frozenset[str]:
    """The prepositions of a role noun that a copula says someone is ("she is a supporter of the
    levy"); none where the noun only names people ("supporters of the levy gathered")."""
    if tok.dep_ != "attr":
        return frozenset()
    return role_nouns().get(tok.lemma_.lower(), frozenset())


def violent_modifiers() -> frozenset[str]:
    """Modifiers that make a stance noun an act of force, not of words ("deadly", "missile")."""
    return word_list("violent_modifiers.txt")


def _violent(noun: Token) -> bool:
    """Whether a modifier makes a stance noun an act of force ("the deadly attack on the embassy")."""
    words = violent_modifiers()
    return any(c.dep_ in ("amod", "compound") and (c.lower_ in words or c.lemma_.lower() in words) for c in noun.lefts)


def _stranded_infinitive(noun: Token, obj: Token) -> Token | None:
    """The to-infinitive that completes "for X" after a noun but that the parser hangs on the verb
    taking the noun ("renewed her calls for the city to cut fares": "to cut fares" on "renewed")."""
    doc = obj.doc
    after = obj.right_edge.i + 1
    if obj.head.lower_ != "for" or after >= len(doc) or doc[after].lower_ != "to":
        return None
    verb = doc[after].head
    if verb.left_edge.i != after or verb.dep_ not in ("advcl", "xcomp") or verb.head not in (noun, noun.head):
        return None
    return verb


def question_nouns() -> frozenset[str]:
    """Nouns for an open question ("questions about whether ...", "the question of how ...")."""
    return word_list("question_nouns.txt")


def _indirect_question(prep: Token) -> Token | None:
    """The indirect question a preposition takes ("about whether he will run", "of how it works")."""
    clause = next((c for c in prep.children if c.dep_ == "pcomp"), None)
    if clause is None or clause.left_edge.lower_ not in QUESTION_OPENERS:
        return None
    return clause


def _question_predicate(noun: Token) -> Token | None:
    """The indirect question a question noun is equated with ("the real question is whether the
    mayor signs", "the question was what she would do"); not one with an owner ("her question is")."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_ != "be" or possessor(noun) is not None:
        return None
    return next(
        (c for c in verb.rights if c.dep_ in ("ccomp", "attr") and c.left_edge.lower_ in QUESTION_OPENERS), None
    )


def _open_question_candidate(doc: Doc, tok: Token, quotes: list[Quote]) -> Candidate | None:
    """"questions about whether the deal will hold", "the question of how it would work": an open
    question is content even when no one is named as asking it (then it has no speaker)."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in question_nouns():
        return None
    prep = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ in QUESTION_PREPS), None)
    clause = _indirect_question(prep) if prep is not None else None
    holder = None
    if clause is None:
        clause = _question_predicate(tok)  # "the real question is whether ...": nobody is named as asking
        if clause is None:
            return None
    elif not _received(tok):  # "faced questions about ...": asked by others
        holder = _noun_holder(tok)
    if holder is not None and _named_or_personal(holder):
        return _noun_statement(doc, tok, clause, holder, quotes)
    # no one asks it ("the delays raise the question of ..."), and no speaker is searched for, as for
    # a stance that a raising verb states without a holder
    return _word_candidate(doc, tok, clause.left_edge.i, clause.right_edge.i + 1, quotes, None, "raise", 1)


@functools.lru_cache(maxsize=1)
def stance_phrases() -> dict[str, frozenset[str]]:
    """lemma -> the determiners it may take in the phrase ("in the hope of")."""
    return _word_frames("stance_phrases.txt")


def _stance_phrase_candidate(doc: Doc, tok: Token, quotes: list[Quote]) -> Candidate | None:
    """"The council voted in favor of the plan", "nurses marched in support of the teachers": the
    object of "of" is what the subject of the verb backs or rejects."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in stance_phrases():
        return None
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "in" or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    determiners = stance_phrases()[tok.lemma_.lower()]
    if any(c.dep_ in ("det", "poss") and c.lower_ not in determiners for c in tok.children):
        return None  # "in her defense", "in the support of": not the set phrase
    of = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    content = next((c for c in of.children if c.dep_ in ("pobj", "pcomp")), None) if of is not None else None
    holder = noun_taker(prep.head)
    if content is None or holder is None:
        return None
    return _noun_statement(doc, tok, content, holder, quotes)


@functools.lru_cache(maxsize=1)
def bound_nouns() -> dict[str, frozenset[str]]:
    """noun -> the verbs whose object it must be to report a clause ("made the case that ...")."""
    return _word_frames("bound_nouns.txt")


def _reporting_noun(tok: Token) -> bool:
    """Whether a noun introduces what its holder says: a reporting noun, or a noun bound to a verb
    that takes it as its object ("the case" in "she made the case that ...")."""
    lemma = tok.lemma_.lower()
    verbs = bound_nouns().get(lemma, frozenset())
    return lemma in reporting_nouns() or (tok.dep_ == "dobj" and tok.head.lemma_.lower() in verbs)


def _noun_candidate(doc: Doc, tok: Token, quotes: list[Quote]) -> Candidate | None:
    if tok.pos_ != "NOUN" or not _reporting_noun(tok):
        return _stance_noun_candidate(doc, tok, quotes)
    clause = None
    for c in tok.children:
        if c.dep_ in ("acl", "ccomp", "relcl") and c.i > tok.i:
            if any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) or _has_to(c):
                clause = c
                break
    clause = clause or _for_clause(tok)
    if clause is None:
        return _stance_noun_candidate(doc, tok, quotes)
    if _received(tok):
        return None
    return _noun_statement(doc, tok, clause, _noun_holder(tok), quotes)


@functools.lru_cache(maxsize=1)
def received_stances() -> dict[str, frozenset[str]]:
    """lemma -> "noun" (what others said: "criticism") or "verb" (its receiving: "drew")."""
    return _word_frames("received_stances.txt")


def _in_received(word: Token, role: str) -> bool:
    return role in received_stances().get(word.lemma_.lower(), ())


def _received_candidate(doc: Doc, tok: Token, quotes: list[Quote]) -> Candidate | None:
    """"The plan drew criticism from both parties", "Sanders received support from the young",
    "Clinton came under fire from Trump": what others said is about the subject, and said by the
    one after "from" (the data file gives the nouns and verbs)."""
    if tok.pos_ != "NOUN" or not _in_received(tok, "noun"):
        return None
    under = tok.dep_ == "pobj" and tok.head.lower_ == "under"  # "came under fire"
    if not (under or tok.dep_ == "dobj"):
        return None
    verb = tok.head.head if under else tok.head
    if not _in_received(verb, "verb"):
        return None
    subject = next((c for c in verb.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    source = _giver(tok, verb)
    if source is None:  # "Trump drew attention", "the town came under scrutiny": mostly not attributions
        return None
    return _word_candidate(doc, tok, subject.left_edge.i, subject.right_edge.i + 1, quotes, source, "received", 1)


def _giver(noun: Token, verb: Token) -> Token | None:
    """Who gave what a subject received: the object of "from" after the noun or the verb, or of
    "among" (and for some nouns "of") after the noun ("support among veterans", "the backing of")."""
    noun_preps = GIVER_PREPS | ({"of"} if _in_received(noun, "of") else set())
    for head, preps in ((noun, noun_preps), (verb, {"from"})):
        prep = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ in preps), None)
        source = next((o for o in prep.children if o.dep_ == "pobj"), None) if prep is not None else None
        if source is not None:
            return source
    return None


def _noun_statement(doc: Doc, tok: Token, content: Token, speaker: Token | None,
                    quotes: list[Quote]) -> Candidate | None:
    """A statement cued by the noun ``tok`` whose content is the subtree of ``content``."""
    start = content.left_edge.i
    if doc[start].dep_ == "mark" and doc[start].lower_ == "for":  # "calls for X to Y": X to Y
        start += 1
    return _word_candidate(doc, tok, start, content.right_edge.i + 1, quotes, speaker, "noun", 1)


def _word_candidate(doc: Doc, tok: Token, i: int, j: int, quotes: list[Quote], speaker: Token | None,
                    how: str, priority: int) -> Candidate | None:
    """A statement cued by the one word ``tok`` (a noun, adjective or raising verb) whose content is
    tokens [i, j), trimmed by content_span; None when nothing is left."""
    cue = (tok.idx, tok.idx + len(tok))
    span = content_span(doc, i, j, quotes, cue)
    if not span:
        return None
    return Candidate(tok, cue, span[0], span[1], speaker, how, priority)


def _colon_candidate(doc: Doc, tok: Token, quotes: list[Quote]) -> Candidate | None:
    """A name and a colon opening a paragraph: the headline ("Sanders: Brexit's message could draw
    Trump support", "Clinton to Planned Parenthood: ..."); further down, a name before a quote
    ('Clinton: "..."'), a transcript turn ("PENCE: Well, look, ...") or a headline-case line."""
    if tok.text != ":" or tok.i == 0:
        return None
    first = tok.i
    while first > 0 and tok.i - first <= HEADLINE_NAME_MAX and not _paragraph_start(doc, first):
        first -= 1
    if not _paragraph_start(doc, first) or first == tok.i:
        return None
    name = doc[first : tok.i]
    if first == 0 and len(name) > 2:  # a headline "Clinton to Planned Parenthood: ..." names its audience
        name = next((name[:k] for k in range(1, len(name)) if name[k].lower_ == "to"), name)
    # a transcript speaker in capitals; the tagger misreads such names ("KATE BOULDUAN" as ADV ADJ)
    capitals = all(t.is_upper and len(t) > 1 for t in name if t.is_alpha)
    if len(name) > COLON_NAME_MAX or (name[0].pos_ in NOT_NAME_START and not capitals):
        return None
    if not all(_capitalized(t) or t.text in (".", "'s", "’s", "-") or t.pos_ == "NOUN" for t in name):
        return None
    if not _capitalized(name[0]) or _kicker(name):
        return None
    end = _paragraph_end(doc, tok.i)
    if _list_of_names(doc[tok.i + 1 : end]):
        return None  # "Ohio: Ann Lee, Bo Park, ...": a roster, not a statement
    span = content_span(doc, tok.i + 1, end, quotes, (tok.idx, tok.idx + 1))
    if not span:
        return None
    quote = next((q for q in quotes if q.start == span[0]), None)
    if quote is not None:  # 'Clinton: "...". Bush: "..."': the quote, not the rest of the paragraph
        span = (span[0], min(span[1], quote.end))
    elif first > 0 and not capitals and not _headline(doc, tok.i + 1, end):
        return None  # not "The result: after Thursday's debate, ..."
    return Candidate(tok, (tok.idx, tok.idx + 1), span[0], span[1], name.root, "colon", 2)


def _capitalized(tok: Token) -> bool:
    """Whether a word starts with a capital ("Trump", "AP", "McCain")."""
    return tok.text[:1].isupper()


def _kicker(name: Span) -> bool:
    """Whether the one word before a colon is a headline label ("Breaking:", "UPDATE:", "Wow:")
    rather than a source: not a named entity, a group ("Insiders:"), a work ("Poll:", "Report:"),
    nor a name that the article uses elsewhere (a transcript's "TAPPER:")."""

    if len(name) != 1:
        return False
    word = name[0]
    if word.ent_type_ in AGENT_ENTITIES or word.tag_ in ("NNS", "NNPS"):
        return False
    if word.lemma_.lower() in authored_works() or word.lemma_.lower() in SURVEY_NOUNS:
        return False
    return not any(
        t.lower_ == word.lower_ and t.i != word.i and (
            t.pos_ == "PROPN" or t.ent_type_ in AGENT_ENTITIES
            or (t.i + 1 < len(t.doc) and t.doc[t.i + 1].text == ":" and _paragraph_start(t.doc, t.i))
        )
        for t in word.doc
    )


def _list_of_names(tokens: Span) -> bool:
    """Whether tokens are a list of names: proper nouns, commas and conjunctions, two commas or more."""
    words = [t for t in tokens if not t.is_space]
    commas = sum(t.text == "," for t in words)
    return commas >= 2 and all(t.pos_ in ("PROPN", "PUNCT", "CCONJ") for t in words)


def _headline(doc: Doc, i: int, j: int) -> bool:
    """Whether tokens [i, j) are in headline case: of three or more words longer than three letters,
    most capitalized."""
    words = [t for t in doc[i:j] if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and sum(t.is_title or t.is_upper for t in words) >= HEADLINE_CAPITALS * len(words)


def _paragraph_start(doc: Doc, i: int) -> bool:
    return i == 0 or breaks_line(doc[i - 1])


def _paragraph_end(doc: Doc, i: int) -> int:
    """The token index where the paragraph of token ``i`` ends (the next paragraph's first token)."""
    end = i + 1
    while end < len(doc) and not _paragraph_start(doc, end):
        end += 1
    return end


def third_person_lemmas(word: str) -> list[str]:
    """The bare forms a third-person "-s" word may come from, likeliest first: "denies" -> deny,
    "praises" -> praise (or prais), "pushes" -> pushe (or push), "vows" -> vow; none for "-ss"."""
    if word.endswith("ies"):
        return [word[:-3] + "y"]
    if not word.endswith("s") or word.endswith("ss"):
        return []
    return [word[:-1], word[:-2]] if word.endswith(SIBILANT_ES) else [word[:-1]]


def _headline_verb_lemma(tok: Token, plural_subject: bool, after_adverb: bool) -> str | None:
    """The reporting verb a capitalized headline word stands for, which the tagger often reads as a
    name ("Senator Slams Plan": "slam"): a third-person "-s" form, a bare form after a plural subject
    ("Unions Back Plan"), or a past form after "Just" ("Mayor Just Endorsed Rival")."""
    low = tok.lower_
    forms = third_person_lemmas(low)
    if plural_subject:
        forms.append(low)
    if after_adverb and low.endswith("ed"):
        forms += [low[:-1], low[:-2]]
    verbs = reporting_verbs()
    lemma = next((f for f in forms if f in verbs), None)
    if lemma is None or not {"object", "clause"} & {f for frames in verbs[lemma].values() for f in frames}:
        return None
    return lemma


def _headline_cut(tok: Token) -> bool:
    """Whether the content of a headline verb ends before ``tok``: punctuation other than quote marks
    and hyphens inside a word (a possessive "Lee’ Plan", a quoted "‘Reckless’" and "Anti-Tax" stay
    in), or a setting word ("After", "Amid")."""
    joined = tok.text in {"-", "–"} and not tok.whitespace_ and not tok.nbor(-1).whitespace_  # "Anti-Tax Group"
    return (tok.is_punct and not tok.is_quote and not joined) or tok.lower_ in HEADLINE_CUTS


def _headline_determiner(tok: Token) -> bool:
    """Whether a headline opens with a determiner of its subject ("Another Mayor Backs ...")."""
    return tok.pos_ == "DET" and tok.lower_ in HEADLINE_DETERMINERS


def _headline_opening(doc: Doc, first: Token, end: int) -> bool:
    """Whether the paragraph from ``first`` to token ``end`` is a headline-case title that can open
    with who acts."""
    opens_subject = first.pos_ not in NOT_NAME_START or _headline_determiner(first) or _name_read_as_verb(first)
    return opens_subject and _headline(doc, first.i, end)


def _name_read_as_verb(tok: Token) -> bool:
    """Whether a capitalized word the tagger read as a verb is a name the article writes elsewhere
    as one ("Bury Calls On Board To Quit" above "Ann Bury said ...")."""
    return tok.pos_ == "VERB" and _capitalized(tok) and tok.text in _proper_noun_words(tok.doc)


@functools.lru_cache(maxsize=4)
def _proper_noun_words(doc: Doc) -> frozenset[str]:
    """The words the tagger reads as proper nouns somewhere in the document, once per document."""
    return frozenset(t.text for t in doc if t.pos_ == "PROPN")


def _headline_sentence_case(doc: Doc, first: Token, end: int) -> bool:
    """Whether the paragraph from ``first`` to token ``end`` is an article's title in sentence case
    ("Mayor slams transit plan after vote."): the first paragraph, short, opening with a capital."""
    return (first.i == 0 and end - first.i <= HEADLINE_SENTENCE_MAX and _capitalized(first)
            and first.pos_ not in NOT_NAME_START and not _headline(doc, first.i, end))


@dataclass(frozen=True)
class _HeadlineVerb:
    verb: Token
    subject: Token  # the last word of who acts
    start: int  # the content: tokens [start, stop)
    stop: int


def _headline_verb(doc: Doc, first: Token, end: int, quotes: list[Quote],
                   sentence_case: bool = False, parsed: bool = False) -> _HeadlineVerb | None:
    """The misread reporting verb of the headline-case paragraph that opens with ``first`` and ends
    before token ``end``, with its subject and content ("Mayor Ortiz Slams Transit Plan After Vote");
    in a ``sentence_case`` title the words need no capitals ("Mayor slams transit plan"); with
    ``parsed``, also a verb the parser read right."""
    for k in range(first.i + 1, min(end, first.i + HEADLINE_SUBJECT_MAX + 2)):
        word = doc[k]
        if word.tag_ == "POS":
            continue  # "Utah’s Governor Backs ..."
        if not (sentence_case or _capitalized(word)):
            return None
        if word.pos_ == "AUX" and not _headline_misread_aux(word, sentence_case):
            return None
        if sentence_case and word.pos_ == "VERB":
            return None  # the parser found the title's verb: only a misread one is ours
        subject = [t for t in doc[first.i : k] if t.lower_ not in HEADLINE_ADVERBS]
        if word.lower_ in HEADLINE_ADVERBS or not subject or len(subject) > HEADLINE_SUBJECT_MAX:
            continue
        if subject[-1].tag_ == "POS":
            continue  # "Utah’s Support ...": a noun
        if any(t.pos_ not in HEADLINE_SUBJECT_POS or t.lower_ in HEADLINE_CUTS for t in subject[1:]):
            return None
        if subject[0].pos_ not in HEADLINE_SUBJECT_POS and not (
            _headline_determiner(subject[0]) or _name_read_as_verb(subject[0])
        ):
            return None
        lemma = _headline_verb_lemma(word, subject[-1].lower_.endswith("s"), doc[k - 1].lower_ in HEADLINE_ADVERBS)
        if lemma is None or (sentence_case and not _sentence_case_verb(doc, k, end, subject)):
            continue
        if not parsed and _verb_candidates(doc, word, quotes):
            return None  # the parser read the verb right
        start = k + 2 if k + 1 < end and doc[k + 1].lower_ in reporting_verbs()[lemma] else k + 1
        return _HeadlineVerb(word, subject[-1], start, _headline_stop(doc, start, end, subject[-1], sentence_case))
    return None


def _sentence_case_verb(doc: Doc, k: int, end: int, subject: list[Token]) -> bool:
    """Whether token ``k`` of a sentence-case title can be its verb: a subject without punctuation
    (not "Cats, 'dogs' and ..."), and after it no lower-case finite verb whose subject the word
    would be ("Rail delays test riders' patience")."""
    if k + 1 >= end or any(t.pos_ == "PUNCT" for t in subject):
        return False
    return not (doc[k + 1].is_lower and doc[k + 1].tag_ in FINITE_TAGS)


def _headline_misread_aux(word: Token, sentence_case: bool) -> bool:
    """Whether a word tagged as an auxiliary may be a misread "-s" verb of a sentence-case title
    ("Mayor blasts plan" read as "blasts" helping "plan")."""
    return sentence_case and word.tag_ == "VBZ" and word.lower_ not in HEADLINE_AUXILIARIES


def _headline_closing_verb(doc: Doc, first: Token, end: int, quotes: list[Quote]) -> _HeadlineVerb | None:
    """A headline that closes on who said it ("Rates Will Fall, Bank Chief Tells Investors"): what
    comes before the last comma is the content of the clause-taking verb after it."""
    comma = next((m for m in range(end - 1, first.i, -1) if doc[m].text == ","), None)
    if comma is None:
        return None
    subject_start = comma + 1 + (comma + 1 < end and doc[comma + 1].is_quote)
    for k in range(subject_start + 1, min(end, subject_start + HEADLINE_SUBJECT_MAX + 1)):
        subject = doc[subject_start:k]
        if any(not _headline_name_word(t) for t in subject):
            return None
        if subject[-1].tag_ == "POS":
            continue  # "Utah’s Support ...": a noun
        lemma = _headline_verb_lemma(doc[k], subject[-1].lower_.endswith("s"), False)
        if lemma is None or "clause" not in reporting_verbs()[lemma].get(None, ()):
            continue
        audience = [t for t in doc[k + 1 : end] if not (t.is_punct or t.is_space)]
        if len(audience) > HEADLINE_AUDIENCE_MAX or not all(map(_capitalized, audience)):
            return None
        if _verb_candidates(doc, doc[k], quotes):
            return None  # the parser read the verb right
        return _HeadlineVerb(doc[k], subject[-1], first.i, comma)
    return None


def _headline_name_word(tok: Token) -> bool:
    """Whether ``tok`` can be part of a headline-case name ("Board Of Elections", "Utah’s Governor")."""
    return tok.tag_ == "POS" or _capitalized(tok) and (tok.pos_ in HEADLINE_SUBJECT_POS or tok.lower_ == "of")


def _headline_stop(doc: Doc, start: int, end: int, subject: Token, sentence_case: bool = False) -> int:
    """Where the content of a headline verb that starts at token ``start`` ends: at a cut, or before
    a second verb of the same ``subject`` ("Backs Plan And Slams Critics")."""
    for m in range(start, end):
        if _headline_cut(doc[m]) or _headline_second_verb(doc, m, subject, sentence_case):
            return m
    return end


def _headline_second_verb(doc: Doc, i: int, subject: Token, sentence_case: bool = False) -> str | None:
    """The reporting verb that a capitalized word after a join at token ``i`` stands for; in a
    ``sentence_case`` title, any "-s" word ("Mayor chides board and praises staff")."""
    if doc[i].lower_ not in HEADLINE_JOINS or i + 1 >= len(doc):
        return None
    if not (sentence_case or _capitalized(doc[i + 1])):
        return None
    return _headline_verb_lemma(doc[i + 1], subject.lower_.endswith("s") and not sentence_case, False)


def _headline_verb_candidate(doc: Doc, tok: Token, quotes: list[Quote]) -> Candidate | None:
    """A headline-case paragraph "Mayor Ortiz Slams Transit Plan After Vote": a name, a reporting
    verb, and what it takes up to a comma, dash or setting word ("After", "Amid", "With"); or a
    second verb joined to the first ("Mayor Backs Plan And Slams Critics")."""
    if _paragraph_start(doc, tok.i):
        end = _paragraph_end(doc, tok.i)
        sentence_case = _headline_sentence_case(doc, tok, end)
        if not sentence_case and not _headline_opening(doc, tok, end):
            return None
        found = _headline_verb(doc, tok, end, quotes, sentence_case)
        found = found or (None if sentence_case else _headline_closing_verb(doc, tok, end, quotes))
        if found is None or found.stop == found.start:
            return None
        return _word_candidate(doc, found.verb, found.start, found.stop, quotes, found.subject, "headline", 1)
    return _headline_second_verb_candidate(doc, tok, quotes)


def _headline_second_verb_candidate(doc: Doc, tok: Token, quotes: list[Quote]) -> Candidate | None:
    """The second of two joined headline verbs ("Mayor Backs Plan And Slams Critics"): the same
    subject, and what the second verb takes."""
    if tok.i < 2 or doc[tok.i - 1].lower_ not in HEADLINE_JOINS:
        return None
    if not _capitalized(tok) and tok.i >= HEADLINE_SENTENCE_MAX:
        return None  # a lower-case verb only in a sentence-case title: the first paragraph, short
    first = tok.i - 1
    while first > 0 and tok.i - first <= HEADLINE_MAX and not _paragraph_start(doc, first):
        first -= 1
    if not _paragraph_start(doc, first):
        return None  # deep in a long paragraph, which no headline is
    end = _paragraph_end(doc, tok.i)
    sentence_case = _headline_sentence_case(doc, doc[first], end)
    if not (sentence_case or _capitalized(tok) and _headline_opening(doc, doc[first], end)):
        return None
    # the first verb may be one the parser read right ("Mayor Says Costs Rose, Blames Council")
    found = _headline_verb(doc, doc[first], end, quotes, sentence_case, parsed=True)
    if found is None or found.stop != tok.i - 1 or _verb_candidates(doc, tok, quotes):
        return None
    stop = _headline_stop(doc, tok.i + 1, end, found.subject, sentence_case)
    if not _headline_second_verb(doc, tok.i - 1, found.subject, sentence_case) or stop == tok.i + 1:
        return None
    return _word_candidate(doc, tok, tok.i + 1, stop, quotes, found.subject, "headline", 1)


LISTENER_PREPS = ("to", "with")  # "shared with the board that ...", "shared to his followers that ..."


def _told_that_clause(tok: Token, entries: dict[str | None, frozenset[str]]) -> Token | None:
    """A that-clause after a "to" or "with" phrase naming the listener, on a verb that is a cue
    ("shared with the board that ...")."""
    clause = _that_clause(tok) if entries.get(None, frozenset({"none"})) != frozenset({"none"}) else None
    if clause is None:
        return None
    told = any(c.dep_ == "prep" and c.lower_ in LISTENER_PREPS and tok.i < c.i < clause.i for c in tok.children)
    return clause if told else None


def _particle_subject_clause(tok: Token, entries: dict[str | None, frozenset[str]]) -> tuple[Token, Token] | None:
    """The particle of a phrasal cue and a that-clause that the parser took for its subject ("made
    clear that she would run", with the clause as the subject of "clear")."""
    for particle, frames in entries.items():
        part = _with_particle(tok, particle) if particle is not None and "clause" in frames else None
        clause = next((c for c in part.children if c.dep_ == "csubj" and _opens_with_that(c)), None) if part else None
        if clause is not None:
            return part, clause
    return None


def _outer_that_candidate(doc: Doc, tok: Token, quotes: list[Quote]) -> Candidate | None:
    """A that-clause that the other finders miss, leaving it to a cue inside it (read as a
    relative clause on the noun before it): past the listener after a listed verb that takes no clause of its own
    ("shared with the board that he believes ..."), or under a phrasal cue's particle as its
    subject ("made clear that the tolls must fall"). The outer verb's subject holds the clause."""
    entries = reporting_verbs().get(tok.lemma_.lower())
    if tok.pos_ != "VERB" or not entries:
        return None
    clause = _told_that_clause(tok, entries)
    last = tok  # the cue's last word: the verb, or the particle of a phrasal cue
    if clause is None:
        last, clause = _particle_subject_clause(tok, entries) or (tok, None)
    if clause is None or _verb_candidates(doc, tok, quotes):
        return None
    speaker = subject_of(tok)
    span = content_span(doc, clause.left_edge.i, _before_conjunct(clause), quotes, (tok.idx, tok.idx + len(tok)))
    if speaker is None or span is None:
        return None
    return Candidate(tok, (tok.idx, last.idx + len(last)), span[0], span[1], speaker, "clause", 3)


def find_reported(doc: Doc, quotes: list[Quote]) -> list[Candidate]:
    """Every cue in ``doc`` with the content it governs."""
    found: list[Candidate] = []
    for tok in doc:
        if tok.text == ":":
            cand = _colon_candidate(doc, tok, quotes)
            if cand is not None:
                found.append(cand)
        found.extend(_verb_candidates(doc, tok, quotes))
        found.extend(_according_candidate(doc, tok, quotes))
        found.extend(_as_clause_candidates(doc, tok, quotes))
        found.extend(_source_phrase_candidates(doc, tok, quotes))
        for make in (_noun_candidate, _open_question_candidate, _stance_phrase_candidate, _poll_candidate,
                     _finding_candidate, _copular_clause_candidate, _adjective_candidate, _adverb_candidate,
                     _received_candidate, _headline_verb_candidate, _passive_label_candidate,
                     _outer_that_candidate, _told_story_candidate, _modifier_report_candidate):
            cand = make(doc, tok, quotes)
            if cand is not None:
                found.append(cand)
    return found
