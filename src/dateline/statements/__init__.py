"""Statements stage: who said what, as direct quotes, reported speech, or both.

``find_statements(doc, mentions)`` reads a parsed document and the actor mentions found by the
actors stage, and returns ``Statement`` records sorted by where their content starts.
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc, Token

from dateline.model import Mention, Statement
from dateline.nlp import doc_text
from dateline.statements.fragments import chanted_fragments, named_fragments
from dateline.statements.misparse import SOURCELESS_KINDS, with_misread_verbs
from dateline.statements.quotes import CLOSING_TOKENS, Quote, find_quotes
from dateline.statements.reported import (
    Candidate,
    any_cue,
    asks_or_raises,
    clause_cue,
    find_reported,
    frame_limits,
    noun_taker,
    passive_cue,
    reporting_nouns,
    reporting_verbs,
    token_at,
    trim,
)
from dateline.statements.speaker import (
    DASHES,
    RELATIVE,
    SUBJECTS,
    TIME_ENTITIES,
    _after_comma,
    across_lines,
    antecedent,
    find_channel,
    impersonal,
    medium_named,
    passive_participle,
    phrase_text,
    resolve_speaker,
    subject_of,
)

__all__ = ["find_statements"]

CONTINUATION_GAP = 250  # characters of the cue's sentence between a quote and the one it continues
TITLE_MAX = 40  # characters of a quoted title that may sit between a quote and its continuation
LOOKBACK = 400  # characters looked at before a quote for its cue
WINDOW = 10  # tokens between a quote and the cue that introduces or follows it
REPORTING_ASIDE_MAX = 8  # tokens from a cue to the end of a reporting aside after it ("hoped, she said,")
SIGNATURE_MAX = 8  # tokens of a sentence that only signs the quote before it ("Trump said on Tuesday.")
APPOSITION_MAX = 12  # tokens of an apposition to the speaker that such a sentence may carry besides
GOVERNING_DEPTH = 6  # clauses climbed from a subjectless cue to the subject that governs it
_SENTENCE_END = {".", "!", "?"}
_QUOTE_ENDING = ",?!—–-"
_CLOSING_MARKS = "”“\"»″'’ "  # what closes a quote, a curly mark typed the wrong way round included
FINITE_TAGS = {"VBD", "VBZ", "VBP"}
NP_LINKS = {"appos", "compound", "amod", "poss"}  # links climbed inside a speaker's noun phrase
ASIDE_MARKS = {",", "—", "–", "-", "--"}  # what sets off an aside between a speaker and the cue
CLOSING_QUOTES = CLOSING_TOKENS
# frames of a cue that a question to the reader ("Do you back ...?") or a condition ("if they
# back ...") is kept from: PolNeAR's train split holds an attribution in about a quarter of them
READER_QUESTION_HOWS = {"object"}
CONDITIONED_HOWS = {"object", "raise"}
CONDITION_MARKS = {"if", "unless", "whether"}
# modals that make an act or intention a guess or advice ("may want to sell", "should back the
# bill"), not what anyone did or said; "would" and "will" report a stated plan and stay
SPECULATIVE_MODALS = {"may", "might", "should"}
SPECULATED_HOWS = {"object", "to"}
UNHELD_NOUN_DEPS = {"pobj", "npadvmod"}  # a holderless reporting noun here is a topic ("amid fears that ...")
# words before a cue and its comma that make a phrase linking two sentences ("That said, ...")
DISCOURSE_MARKERS = {
    "said": (["that"], ["this"], ["that", "being"], ["this", "being"]),
    "told": (["all"],),
}
# words opening a clause set off at the end of a content that is a statement beside it, not part of it
TRAILING_ASIDE_OPENERS = {"which", "who", "while", "whereas", "though", "although", "as", "even"}
ASIDE_DEPTH = 3  # clauses climbed from a cue to the aside that holds it (cue, its head, theirs)
RELATIVE_OPENERS = {"who", "whose", "that", "which"}  # a relative clause in an apposition the parser misread
WH_OPENERS = {"what", "whatever", "how"}  # a free relative or how-clause taken as an object
BARE_THING_MAX = 4  # tokens of an object that names a thing ("released a statement")
WH_WORDS = {"what", "whatever", "how", "which", "who", "whom", "whose", "why", "where", "when"}
TITLE_WORDS = 6  # words of a quoted title at most
TITLE_SMALL_WORDS = {"a", "an", "the", "of", "and", "or", "for", "in", "on", "to", "at", "with", "by", "from"}
SIGNING_BLOCKERS = {"dobj", "ccomp", "xcomp", "attr", "acomp", "dative", "oprd"}  # a verb with these does not sign a quote
SUBORDINATE = {"relcl", "acl"}  # a verb in these clauses does not sign a quote
INVERTED_OPENERS = {",", "”", '"', "''"}  # what ends the content before an inverted cue ('"...," added X')
BLANKS = " \t\n\u00a0"
QUOTE_MARKS = "“\""  # marks that open a quote
QUOTE_HOWS = {"quote", "continuation", "dash", "colon"}  # candidates made from a direct quote
TYPED_QUOTE_MARKS = "'`"  # single marks typed twice for a quote in older wire copy (''...'')
TYPED_QUOTE_OPENERS = ("''", "``")  # two typed single marks that open a quote
QUOTE_LEADS = (":", "—", "–", "--")  # marks that lead into a quote ('he hinted: "..."')
CLEARING_VERBS = {"authorize", "permit"}  # "not authorized to discuss ..."
ANONYMITY_WORDS = {"anonymity", "anonymously"}
RELATIVE_THING_COMPLEMENTS = {"oprd", "ccomp", "xcomp", "dobj", "acomp"}  # "what she called Y"
STANCE_PREPS = {"as", "to", "for"}  # "what he saw as ...", "which she likened to ...", "blamed for"
ACT_HOWS = {"object", "to"}  # frames of an act made or let to happen ("was persuaded to back the bill")
PARTICIPLE_DEPS = {"advcl", "pcomp"}  # a participle on a clause ("said, adding") or after "before"/"after"
HEDGING_RAISERS = {"seem", "appear"}  # "seemed to hint that ...": a hedge on the report, not a report
RESPONDENT_COUNTS = {"percent", "majority", "most", "half", "third", "quarter"}  # "60 percent of voters say ..."


def find_statements(doc: Doc, mentions: list[Mention]) -> list[Statement]:
    """Statements in ``doc``, sorted by start; ``mentions`` resolve speakers to actor ids."""
    quotes = find_quotes(doc_text(doc))
    found = with_misread_verbs(doc, quotes, find_reported(doc, quotes))
    found += chanted_fragments(doc, quotes, found) + named_fragments(doc, quotes, found)
    candidates = [c for c in found if not _inside_quote(c.cue_span[0], quotes)]
    candidates = _channels_from_according(candidates)
    quoted = _quote_candidates(doc, quotes, candidates)
    candidates = _without_pieces_after_quote(doc, candidates, quoted) + quoted
    candidates = [c for c in candidates if not _discourse_marker(c.cue)]
    for c in candidates:
        if c.speaker is not None and across_lines(c.speaker, c.cue):
            c.speaker = None  # a name in a heading or dateline above the cue's paragraph
        quoted = c.speaker is not None and _inside_quote(c.speaker.idx, quotes) and c.how != "according"  # a title
        if quoted or (c.speaker is None and c.how == "quote"):
            set_off = quoted or _after_comma(c.cue)  # ', writing "..."': the main clause's subject writes
            c.speaker = (set_off and _participle_host_subject(c.cue, quotes)) or _nearby_speaker(doc, c.cue, quotes)
    for c in candidates:
        if c.speaker is None and c.how not in SOURCELESS_KINDS:
            c.speaker = _governing_subject(c.cue) or _speaker_on_left(c.cue, quotes) or _speaker_on_right(c.cue)
    _speakers_from_context(doc, candidates)
    _conjuncts_share_reporter(candidates)
    _continuations_follow_speaker(candidates)
    kept = [c for c in candidates if not _no_statement(c)]
    kept = _resolve_overlaps([c for c in kept if not _raised_over_report(c, kept)])
    return sorted((_to_statement(doc, c, quotes, mentions) for c in kept), key=lambda s: (s.start, s.end))


def _no_statement(c: Candidate) -> bool:
    """Whether a candidate, its speaker found, attributes nothing to anyone."""
    return (
        _unheld_clause(c) or _unheld_noun(c) or _asks_the_reader(c) or _in_condition(c)
        or _outside_frame_limits(c) or _speculated_act(c) or _act_as_speaker(c)
        or _anonymity_purpose(c) or _made_to_act(c) or _relative_thing(c)
    )


def _raised_over_report(c: Candidate, candidates: list[Candidate]) -> bool:
    """A "seem"/"appear" raising cue whose infinitive reports a clause of its own ("Okafor seemed to
    hint that the vote would slip"): the report is the statement, its speaker the raised subject;
    the seeming only hedges it."""
    if c.how != "raise" or c.cue.lemma_.lower() not in HEDGING_RAISERS:
        return False
    infinitives = {t.i for t in c.cue.children if t.dep_ == "xcomp"}
    return any(
        k.how == "clause" and k.cue.i in infinitives and k.speaker is not None
        for k in candidates if k is not c
    )


def _act_as_speaker(c: Candidate) -> bool:
    """A clause as the subject of the cue ("Losing the primary showed that the party had moved on",
    "Raising the fees signals that ..."): an act or a fact shows something, nobody says it."""
    return c.speaker is not None and c.speaker.dep_ == "csubj"


def _anonymity_purpose(c: Candidate) -> bool:
    """The topic an unnamed source was not cleared to talk about ("an aide, who asked for anonymity
    to discuss the talks", "they were not authorized to reveal the plan"): the topic is not what
    anyone said; what the source said is reported elsewhere."""
    if c.how != "object" or c.cue.dep_ not in ("advcl", "xcomp"):
        return False
    host = c.cue.head
    # the anonymity word between the host and the cue, not in a clause on the host's subject
    # ("aides who spoke anonymously promised to ...")
    return host.lemma_.lower() in CLEARING_VERBS or any(
        t.lower_ in ANONYMITY_WORDS for t in c.cue.doc[host.i + 1 : c.cue.i]
    )


def _made_to_act(c: Candidate) -> bool:
    """An act that the subject of a passive verb is persuaded, let or asked to do ("three senators
    were persuaded to back the bill", "clerks would be allowed to deny permits"): someone else's
    doing, not the subject's statement."""
    verb = c.cue.head
    return c.cue.dep_ == "xcomp" and c.how in ACT_HOWS and passive_cue(verb) and not passive_participle(verb)


def _relative_thing(c: Candidate) -> bool:
    """A relative pronoun as the object of a verb that neither names nor reports a clause, with
    no "as", "to" or "for" phrase nor a complement saying what the thing is ("what we saw on the
    tape", "the wreath she laid at the gate"): a thing seen or handled, not a stance on it
    ("what she saw as a betrayal" stays)."""
    if c.how != "relative":
        return False
    cue = c.cue
    frames = reporting_verbs().get(cue.lemma_.lower(), {}).get(None, frozenset())
    if frames & {"naming", "clause"}:
        return False
    first = token_at(cue.doc, c.start)
    if first is None or cue.doc[first].head != cue or cue.doc[first].dep_ != "dobj":
        return False
    return not any(
        r.dep_ in RELATIVE_THING_COMPLEMENTS or (r.dep_ == "prep" and r.lower_ in STANCE_PREPS) for r in cue.rights
    )


def _speculated_act(c: Candidate) -> bool:
    """An act or intention under a modal of guess or advice ("investors may want to wait", "the
    party should back her"): nobody reports having done or meant it."""
    return c.how in SPECULATED_HOWS and _under_aux(c.cue, lambda a: a.lower_ in SPECULATIVE_MODALS)


def _outside_frame_limits(c: Candidate) -> bool:
    """A candidate beyond a limit the lexicon puts on its verb's frame: an object of "see" under
    "to" or a modal ("hopes to see a deal"), a bare thing released ("released a statement"), a
    wh-clause after "show" ("shows how deep the rift is")."""
    if c.cue_span[1] > c.cue.idx + len(c.cue.text):
        return False  # a phrasal cue ("reported about"): the limits are on the bare verb's frames
    limits = frame_limits(c.cue)
    if c.how == "object":
        return ("object:factual" in limits and _unreal(c.cue)) or ("object:worded" in limits and _bare_thing(c))
    if c.how == "clause" and "clause:no-wh" in limits:
        first = token_at(c.cue.doc, c.start)
        return first is not None and c.cue.doc[first].lower_ in WH_WORDS
    return False


def _bare_thing(c: Candidate) -> bool:
    """Whether a content is a short phrase with no verb in it ("a statement", "her travel records"):
    it names a thing, not what anyone says in it."""
    span = c.cue.doc.char_span(c.start, c.end, alignment_mode="expand")
    return span is not None and len(span) <= BARE_THING_MAX and not any(t.pos_ in ("VERB", "AUX") for t in span)


def _unreal(verb: Token) -> bool:
    """Whether a verb stands under "to" or a modal ("to see", "would see", "could visit and see")."""
    return _under_aux(verb, lambda a: a.tag_ in ("MD", "TO"))


def _under_aux(verb: Token, wanted) -> bool:
    """Whether ``verb``, or the verb it is coordinated with, has an auxiliary that ``wanted``
    accepts ("could visit and see": "see" is under "could")."""
    while True:
        if any(a.dep_ == "aux" and wanted(a) for a in verb.children):
            return True
        if verb.dep_ != "conj":
            return False
        verb = verb.head


def _unheld_clause(c: Candidate) -> bool:
    """A reported clause that nobody holds, even after the speaker search ("It is too soon to say
    whether ...", "fair to say that ..."): no statement, unless the cue is passive or asks or
    takes a stance without a holder ("Asked whether ...", "it appears that ...")."""
    return c.how == "clause" and c.speaker is None and not passive_cue(c.cue) and not asks_or_raises(c.cue)


def _unheld_noun(c: Candidate) -> bool:
    """A reporting noun in a prepositional phrase that nobody holds, even after the speaker search
    ("amid concerns that the vote was rigged", "with the idea that taxes must fall"): a topic,
    not a statement."""
    return c.how == "noun" and c.speaker is None and c.cue.dep_ in UNHELD_NOUN_DEPS


def _asks_the_reader(c: Candidate) -> bool:
    """A question the writer puts to the reader ("Do you back the plan?", "What do you make of
    the ruling?"): "you" asks nobody's statement."""
    speaker = c.speaker
    return c.how in READER_QUESTION_HOWS and speaker is not None and speaker.lower_ == "you" and _in_question(c.cue)


def _in_condition(c: Candidate) -> bool:
    """An act or stance inside a condition or an open question ("if they back the bill", "whether
    she sees a way out"): what someone might do, not what anyone said."""
    return c.how in CONDITIONED_HOWS and any(
        m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for a in (c.cue, *c.cue.ancestors) for m in a.children
    )


def _in_question(tok: Token) -> bool:
    """Whether the sentence of ``tok`` ends with a question mark."""
    last = next((t for t in reversed(tok.sent) if not t.is_space and t.text not in CLOSING_QUOTES), None)
    return last is not None and last.text == "?"


# ---------------------------------------------------------------- quotes and their cues


def _inside_quote(pos: int, quotes: list[Quote]) -> bool:
    starts = [q.start for q in quotes]
    k = bisect.bisect_right(starts, pos) - 1
    return k >= 0 and quotes[k].start < pos < quotes[k].end


def _cue_after(doc: Doc, quote: Quote) -> Token | None:
    """"…," said Putin / "…," Putin said / "…?" he asked."""
    inner = doc_text(doc)[quote.start : quote.end].rstrip(_CLOSING_MARKS)
    k = token_at(doc, quote.end, after=True)
    if k is None:
        return None
    if inner[-1:] in _QUOTE_ENDING or doc[k].text == ",":
        cue = _signing_verb(doc, quote, k) or _first_cue(doc, range(k, min(k + WINDOW, len(doc))))
        if cue is None and inner[-1:] in _SENTENCE_END:  # '“…?” Ortiz, a farmer from the valley, asked.'
            cue = _signing_sentence(doc, k)
    else:
        cue = _signing_sentence(doc, k)
    # a verb that takes its clause only after it ("clause:after") signs no quote before it
    return None if cue is not None and "clause:after" in frame_limits(cue) else cue


def _signing_verb(doc: Doc, quote: Quote, k: int) -> Token | None:
    """'"…?" Hannity pressed.', '"…," she went on.', '"…?" reacted Trump': a quote that opens
    its sentence and does not end it, signed by the first finite verb after it, whatever the verb,
    with a subject beside it (an apposition to it aside) and no object or clause of its own."""
    if not _opens_sentence(doc_text(doc), quote.start):
        return None
    t = _first_cue(doc, range(k, min(k + SIGNATURE_MAX + APPOSITION_MAX, len(doc))), _finite_verb)
    if t is None or t.i - k - _apposition_length(t) >= SIGNATURE_MAX:
        return None
    subject = next((c for c in t.children if c.dep_ == "nsubj" and c.i >= k), None)
    if subject is None or not _names_someone(subject) or t.dep_ in SUBORDINATE:
        return None
    # '"…," which ...'; a relative clause after the subject is no matter ('"…!" beamed Lee, who ...')
    if any(w.tag_ in ("WDT", "WP", "WP$") for w in doc[subject.left_edge.i : subject.i + 1]):
        return None
    if impersonal(subject) or (subject.i < t.i and subject.left_edge.i != k):
        return None
    return None if any(c.dep_ in SIGNING_BLOCKERS for c in t.rights) else t


def _names_someone(subject: Token) -> bool:
    """A noun, pronoun or name, or a capitalized word the tagger took for something else ('“…,”
    Hale shot back.' with "Hale" tagged as a verb)."""
    return subject.pos_ in ("PROPN", "PRON", "NOUN") or subject.text.istitle()


def _finite_verb(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") and tok.tag_ in FINITE_TAGS


def _signing_sentence(doc: Doc, k: int) -> Token | None:
    """'“... are missing.” Trump said.': a quote that ends its sentence, signed by a short sentence
    of a speaker and a bare reporting verb."""
    while k < len(doc) and doc[k].is_space:
        k += 1
    cue = _first_cue(doc, range(k, min(k + SIGNATURE_MAX + APPOSITION_MAX, len(doc))))
    if cue is None or cue.sent.start != k or any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in cue.children):
        return None
    end = cue.sent.end - 1
    while end > cue.i and (doc[end].is_punct or doc[end].is_space):
        end -= 1
    return cue if end - k - _apposition_length(cue) < SIGNATURE_MAX else None


def _apposition_length(cue: Token) -> int:
    """Tokens of an apposition set off by commas in the cue's subject ('Ortiz, a farmer from the
    valley, said'), which a signing sentence may carry besides its few words."""
    subject = next((c for c in cue.lefts if c.dep_ == "nsubj"), None)
    appos = next((c for c in subject.rights if c.dep_ == "appos"), None) if subject is not None else None
    if appos is None or appos.right_edge.i + 1 >= cue.i or appos.doc[appos.right_edge.i + 1].text != ",":
        return 0
    return appos.right_edge.i + 2 - appos.left_edge.i  # with the comma that closes it


def _cue_before(doc: Doc, quote: Quote) -> Token | None:
    """Putin said: "…" / He added, "…" / She told reporters: "…" / A fan yelled "…"."""
    text = doc_text(doc)
    lookback = max(quote.start - LOOKBACK, 0)
    before = text[lookback : quote.start].rstrip()
    if before[-1:].isalpha() and "\n" not in text[lookback + len(before) : quote.start]:
        return _adjacent_cue(doc, quote)
    if before[-1:] == ".":
        return _announcing_sentence(doc, lookback + len(before))
    if not before or before[-1] not in ":," or (before[-1] == "," and "\n" in text[lookback + len(before) : quote.start]):
        return None
    k = token_at(doc, lookback + len(before), after=False)
    if k is None:
        return None
    positions = range(k, max(k - WINDOW, -1), -1)
    if before[-1] == ":":  # "The mayor issued the following statement: “…”", "the senator retorted: “…”"
        found = _first_cue(doc, positions, lambda t: clause_cue(t) or any_cue(t) or _verb_with_subject(t))
        root = doc[k].sent.root  # "He then listed the qualities a nominee needs in 2016: “…”"
        return found or (root if root.i < k and _verb_with_subject(root) else None)
    # "The governor fired back, “…”": any verb with a subject just before the comma
    return _first_cue(doc, positions) or _first_cue(doc, range(k - 1, max(k - 3, -1), -1), _verb_with_subject)


def _leading_clause(doc: Doc, quote: Quote) -> Token | None:
    """'Okafor has taken the stance common among the older mayors: “I back it in private, not in
    public.”', 'Lee closed the evening with a toast, “I do not know who will turn up next week.”':
    a whole quoted sentence, longer than a title, led in by a colon or comma after a clause with
    no reporting verb near the mark; the lead's main verb is the cue, its subject the speaker."""
    text = doc_text(doc)
    before = text[: quote.start].rstrip()
    if before[-1:] not in (":", ",") or "\n" in text[len(before) : quote.start]:
        return None
    k = token_at(doc, len(before) - 1, after=True)
    inner = text[quote.start : quote.end].strip("“”\"«»″'’` ")
    if k is None or not inner[:1].isupper() or inner[-1:] not in _SENTENCE_END:
        return None
    if len(inner.split()) <= TITLE_WORDS:  # 'a show called, “Night Kitchen.”'
        return None
    # the last verb with a subject met climbing from the last word before the mark: the main clause
    tok, cue = (doc[k - 1] if doc[k].is_punct and k > 0 else doc[k]), None
    while tok.i < k and not across_lines(tok, doc[k]):
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in SUBORDINATE and _subject_before(tok, doc[k]):
            cue = tok
        if tok.head == tok:
            break
        tok = tok.head
    return cue


def _subject_before(verb: Token, mark: Token) -> bool:
    """Whether the verb has a subject of its own before it, on the mark's line, that stands for someone."""
    subject = subject_of(verb)
    return subject is not None and subject.i < verb.i and not impersonal(subject) and not across_lines(subject, mark)


def _announcing_sentence(doc: Doc, end: int) -> Token | None:
    """'Ortiz said in a statement. “…”': the sentence before the quote is a bare reporting verb
    with its speaker and nothing said."""
    k = token_at(doc, end, after=False)
    if k is None:
        return None
    sent = doc[k].sent
    cue = sent.root
    said = [c for c in cue.children if c.dep_ == "dobj" and c.lemma_.lower() in reporting_nouns()]
    if not (clause_cue(cue) or said) or any(c.dep_ in ("ccomp", "xcomp", "dative") for c in cue.children):
        return None
    if any(c.dep_ == "dobj" and c not in said for c in cue.children):
        return None
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    # a long name or title of the speaker does not count ('Lee, the mayor of ..., said on Friday.')
    if subject is None or len(sent) - len(list(subject.subtree)) > 2 * SIGNATURE_MAX:
        return None
    if any(t.text in CLOSING_QUOTES or t.text in "“\"" for t in sent):  # it signs a quote of its own
        return None
    return cue


def _adjacent_cue(doc: Doc, quote: Quote) -> Token | None:
    """'a voter yelled “Go home!”', 'writing “We are ready.”': a reporting verb right before the
    quote, with no comma between, when the quote reads as words said: it ends a sentence, or opens
    with a capital and no words of the sentence go on after it (not 'wrote “Two Days” on the form')."""
    text = doc_text(doc)
    inner = text[quote.start : quote.end].strip("“”\"«»″'’` ")
    ends_sentence = inner[-1:] in _SENTENCE_END
    if not inner or not (inner[0].isupper() or ends_sentence):
        return None
    if not ends_sentence and text[quote.end : quote.end + 2].strip()[:1].isalnum():
        return None
    k = token_at(doc, quote.start, after=False)
    if k is None or not clause_cue(doc[k]):
        return None
    return doc[k]


def _verb_with_subject(tok: Token) -> bool:
    """A finite verb other than "be", not in a relative clause, with a subject of its own."""
    if not _finite_verb(tok) or tok.lemma_ == "be" or tok.dep_ in SUBORDINATE:
        return False
    return any(c.dep_ == "nsubj" and not impersonal(c) for c in tok.children)


def _first_cue(doc: Doc, positions: range, is_cue=clause_cue) -> Token | None:
    """The first reporting verb met walking ``positions``, stopping at a sentence end, quote mark or line break."""
    for i in positions:
        t = doc[i]
        if t.text in _SENTENCE_END or t.text in "“”\"«»" or "\n" in t.text:
            return None
        if is_cue(t):
            return t
    return None


def _nearby_speaker(doc: Doc, cue: Token, quotes: list[Quote]) -> Token | None:
    """A speaker next to the cue and outside the quotes, when the parse gave none ("…," said the
    woman / "…," Mr. Trump said): a subject first; then the nearest noun after an inverted cue, or
    before any other cue (not its addressee: "Ramos told AFP"); then the other side."""
    inverted = _after_quote(cue)
    window = [
        doc[i] for i in range(max(cue.i - WINDOW, 0), min(cue.i + WINDOW, len(doc)))
        if (
            _age_nominal(doc[i])
            or (doc[i].pos_ in ("PROPN", "PRON", "NOUN") and doc[i].ent_type_ not in ("DATE", "TIME"))
            or (inverted and _name_after_cue(doc[i], cue))
        )
        and not _inside_quote(doc[i].idx, quotes)
        and doc[i].sent == cue.sent and not across_lines(doc[i], cue)
    ]
    after = [t for t in window if t.i > cue.i and (inverted or not _addressee(t, cue)) and not _pronoun_object(t, cue)]
    before = [t for t in reversed(window) if t.i < cue.i]
    subject = [t for t in window if t.dep_ == "nsubj" and t.head == cue]
    for pick in (subject, after, before) if inverted else (subject, before, after):
        if pick:
            tok = pick[0]
            while tok.dep_ in ("compound", "flat", "amod", "appos", "conj") and tok.head != tok and tok.head in window:
                tok = tok.head
            return tok
    return None


def _discourse_marker(cue: Token) -> bool:
    """"That said, ...", "This being said, ...", "(All told, ...": a phrase that links two
    sentences, no statement."""
    doc = cue.doc
    if cue.i + 1 >= len(doc) or doc[cue.i + 1].text != ",":
        return False
    words = [t.lower_ for t in doc[cue.sent.start : cue.i] if not t.is_punct]  # "(That said, ..."
    return words in DISCOURSE_MARKERS.get(cue.lower_, ())


def _participle_host_subject(cue: Token, quotes: list[Quote]) -> Token | None:
    """'Clinton seemed ready to riff on it, telling the crowd, "Some people get ..."': a participle
    the parser hung on a verb inside the quote it introduces; the speaker is the subject of the
    sentence's main verb, before the participle and outside the quote."""
    root = cue.sent.root
    if cue.tag_ != "VBG" or _inside_quote(root.idx, quotes):
        return None
    subject = next((c for c in root.lefts if c.dep_ == "nsubj"), None)
    if subject is None or _inside_quote(subject.idx, quotes) or across_lines(subject, cue) or impersonal(subject):
        return None
    return subject


def _after_quote(cue: Token) -> bool:
    """Whether the cue directly follows the end of a quote ('"…," said X', '"…", X said')."""
    doc = cue.doc
    k = cue.i - 1
    if k >= 0 and doc[k].text == ",":
        k -= 1
    return k >= 0 and doc[k].text in CLOSING_QUOTES


def _pronoun_object(tok: Token, cue: Token) -> bool:
    """A pronoun the cue takes as its object, never who speaks ("As Oduya, a professor, put it")."""
    return tok.pos_ == "PRON" and tok.dep_ == "dobj" and tok.head == cue


def _addressee(tok: Token, cue: Token) -> bool:
    """Whether ``tok`` is in the cue's object or the object of one of its prepositions ("told the
    crowd", "said to reporters")."""
    while tok.head != tok and tok.head != cue:
        tok = tok.head
    return tok.head == cue and tok.dep_ in ("dobj", "dative", "prep", "iobj", "obj")


def _governing_subject(cue: Token) -> Token | None:
    """The subject of a clause above a cue that has none of its own: "Trump, citing his results,
    ...", "Adding that ..., Okafor said"; not for a passive cue ("was asked"). For a reporting
    noun, who holds it."""
    if cue.pos_ in ("NOUN", "PROPN"):
        return _holder_of_noun(cue)
    if cue.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("nsubjpass", "auxpass") for c in cue.children):
        return None
    if passive_participle(cue):
        return None
    tok = cue
    for _ in range(GOVERNING_DEPTH):
        if tok.head == tok:
            break
        tok = tok.head
        subj = next(
            (c for c in tok.children
             if c.dep_ in ("nsubj", "nsubjpass") and c != cue and c.pos_ in ("PROPN", "PRON", "NOUN")
             and not across_lines(c, cue)),
            None,
        )
        if subj is not None:
            return None if impersonal(subj) else subj
    return None


def _holder_of_noun(cue: Token) -> Token | None:
    """Who holds a reporting noun with no owner: the subject of the verb whose object it is,
    directly or through a preposition ("Trump's rivals cling to the hope that ...", "He still has
    the firmly held belief that ...")."""
    tok = cue
    while tok.dep_ in ("conj", "appos") and tok.head != tok:
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        tok = tok.head
    if tok.dep_ not in ("dobj", "prep", "attr") or tok.head.pos_ not in ("VERB", "AUX"):
        return None
    return noun_taker(tok.head)


def _conjuncts_share_reporter(candidates: list[Candidate]) -> None:
    """A subjectless cue conjoined to a verb inside another cue's reported clause, but itself past
    the end of that content, goes on with the reporting sentence: "Ortiz wrote that the audit
    proved the treasurer had misread the figures, and urged the board to ...". The parser hung
    "urged" on "misread", whose subject is not the speaker; the outermost such reporter's speaker is."""
    own_subject = SUBJECTS | {"nsubjpass"}
    for c in candidates:
        cue = c.cue
        if cue.dep_ != "conj" or any(k.dep_ in own_subject for k in cue.children):
            continue
        reporters = [
            k for k in candidates
            if k.cue != cue and k.cue.is_ancestor(cue) and k.start <= cue.head.idx < k.end <= cue.idx
        ]
        outermost = min(reporters, key=lambda k: len(list(k.cue.ancestors)), default=None)
        if outermost is not None and outermost.speaker is not None:
            c.speaker = outermost.speaker


def _parenthetical_reporter(cue: Token) -> Token | None:
    """The subject of a reporting verb set off by commas right after the cue, which tells who
    reports it: "Ortiz hoped, she said, that the vote would pass" (PolNeAR's source is "she")."""
    doc = cue.doc
    if cue.pos_ not in ("VERB", "AUX") or cue.i + 1 >= len(doc) or doc[cue.i + 1].text != ",":
        return None
    for verb in doc[cue.i + 2 : min(cue.i + REPORTING_ASIDE_MAX, len(doc) - 1)]:
        if verb.text in _SENTENCE_END or verb.text == ",":
            break
        subject = next((s for s in verb.lefts if s.dep_ == "nsubj" and s.i > cue.i + 1), None)
        if subject is not None and clause_cue(verb) and doc[verb.i + 1].text == "," and subject.left_edge.i == cue.i + 2:
            return subject
    return None


def _continuations_follow_speaker(candidates: list[Candidate]) -> None:
    """A quote that continues a statement was given that statement's speaker before the speaker
    search ran ('"...," added a local pastor. "..."'); it takes the speaker found since."""
    found = {c.cue_span: c.speaker for c in candidates if c.how != "continuation" and c.speaker is not None}
    for c in candidates:
        if c.how == "continuation" and c.speaker is None:
            c.speaker = found.get(c.cue_span)


def _speakers_from_context(doc: Doc, candidates: list[Candidate]) -> None:
    """Speakers found around the cue rather than in its clause: who reports it in an aside after
    the cue, who states a free relative, who made a document cited as a source."""
    for c in candidates:
        reporter = _parenthetical_reporter(c.cue) if c.start > c.cue.idx and c.how not in ("quote", "continuation") else None
        if reporter is not None:
            # only a content after the aside: in '"...," Ortiz said, Lee noted' the quote is Ortiz's;
            # the aside itself ("she said,") is no part of what was hoped
            c.speaker = reporter
            after_aside = doc[reporter.head.i + 2] if reporter.head.i + 2 < len(doc) else None
            if after_aside is not None and c.start <= after_aside.idx < c.end:
                c.start = after_aside.idx
        if c.how in ("relative", "clause"):
            c.speaker = _free_relative_holder(c.cue) or c.speaker
        elif c.how == "according" and c.speaker is not None:
            c.speaker = _maker_of(c.speaker)


def _free_relative_holder(cue: Token) -> Token | None:
    """Who states a free relative or a how-clause with a pronoun subject that a reporting verb
    takes as its object ("Cruz railed against what he calls the cartel", "She denounced what she
    called ...", "They spoke about how they feared ..."): the subject of that verb, whom PolNeAR
    marks as the source."""
    if cue.left_edge.lower_ not in WH_OPENERS:
        return None
    if not any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in cue.children):
        return None
    outer = cue.head.head if cue.head.dep_ == "prep" else cue.head
    if outer == cue or not any_cue(outer):
        return None
    return subject_of(outer)


def _maker_of(source: Token) -> Token:
    """Who made a document cited as a source: the agent of a participle on it ("according to a
    court filing submitted by the state attorney" -> the state attorney), else the document."""
    for participle in (c for c in source.rights if c.dep_ == "acl" and c.tag_ == "VBN"):
        agent = next((c for c in participle.children if c.dep_ == "agent"), None)
        maker = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        if maker is not None:
            return maker
    return source


def _speaker_on_left(cue: Token, quotes: list[Quote]) -> Token | None:
    """The speaker of a finite cue the parser left without a subject, usually because an
    apposition or a relative clause confused it ("Col. Steven Warren, a military spokesman in
    Baghdad, said ...", "Trump, who has ..., defended"): the noun phrase just before the cue (past
    a prepositional aside), climbed to the head of its apposition or relative clause."""
    finite = cue.tag_ in FINITE_TAGS or any(c.dep_ == "aux" and c.tag_ != "TO" for c in cue.children)  # "has said"
    if not finite or any(c.dep_ in ("nsubjpass", "auxpass") for c in cue.children):
        return None
    fronted = _subject_before_relative(cue) or _subject_of_earlier_predicate(cue)
    if fronted is not None:
        return fronted
    k = _before_aside(cue.doc, cue.i - 1, cue.sent.start)
    if k < cue.sent.start or cue.doc[k].pos_ not in ("PROPN", "NOUN", "PRON") or _inside_quote(cue.doc[k].idx, quotes):
        return None
    if across_lines(cue.doc[k], cue):
        return None
    tok = cue.doc[k]
    relative = next((a for a in tok.ancestors if a.dep_ == "relcl" and a.i > a.head.i and a.head.i < k), None)
    if relative is not None and not across_lines(relative.head, cue):
        tok = relative.head  # "Donald Trump, who has made ... in the past, defended ..."
    while (
        tok.head.i < tok.i
        and tok.head.pos_ in ("PROPN", "NOUN", "PRON", "ADP")
        and not across_lines(tok.head, cue)
        and not _inside_quote(tok.head.idx, quotes)  # not into the quote the speaker follows
        and (tok.dep_ in ("pobj", "prep") or (tok.dep_ in NP_LINKS and tok.head.dep_ != "pobj"))
    ):
        tok = tok.head  # "in Baghdad" -> "spokesman" -> "Warren", not on to "on Dec. 2"
    return tok if tok.pos_ in ("PROPN", "NOUN", "PRON") and tok.ent_type_ not in ("DATE", "TIME") else None


def _before_aside(doc: Doc, k: int, first: int) -> int:
    """The last token before ``k`` (included) that is not a comma, adverb or auxiliary, nor in a
    prepositional aside set off by commas or dashes ("Sullivan, in an attempt to ..., wrote")."""
    while k >= first and (doc[k].text == "," or doc[k].pos_ in ("ADV", "AUX", "PART")):
        k -= 1
    if k >= first and doc[k + 1].text in ASIDE_MARKS:
        opening = next((j for j in range(k, first - 1, -1) if doc[j].text == doc[k + 1].text), None)
        if opening is not None and opening + 1 < k and doc[opening + 1].pos_ == "ADP":
            return _before_aside(doc, opening - 1, first)
    return k


def _subject_before_relative(cue: Token) -> Token | None:
    """"Mr. Lindqvist, whose bakery ..., said ...": the parser took the relative clause for the
    reported one and left the cue without a subject; the speaker is the noun before ", who"."""
    for clause in cue.lefts:
        if clause.dep_ != "ccomp" or clause.right_edge.i >= cue.i:
            continue
        for subj in (c for c in clause.children if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN")):
            after = cue.doc[subj.i + 1 : clause.right_edge.i + 1]
            if len(after) > 1 and after[0].text == "," and any(t.lower_ in RELATIVE_OPENERS for t in after[1:]):
                return subj
    return None


def _subject_of_earlier_predicate(cue: Token) -> Token | None:
    """"Kasich offered the man a job, then says he'll welcome advice": the parser took the first
    predicate for a clause the cue reports, though the cue reports the clause after it; the
    speaker is that predicate's subject."""
    if not any(c.dep_ == "ccomp" and c.i > cue.i for c in cue.rights):
        return None
    for clause in (c for c in cue.lefts if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")):
        subject = next((c for c in clause.lefts if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN", "PRON")), None)
        if subject is not None and not impersonal(subject) and not across_lines(subject, cue):
            return subject
    return None


def _speaker_on_right(cue: Token) -> Token | None:
    """The noun phrase right after an inverted cue the parser left without a subject ('"...,"
    added a New Hampshire Democrat.'): its last noun, when the phrase ends the clause."""
    doc = cue.doc
    if cue.i == 0 or doc[cue.i - 1].text not in INVERTED_OPENERS:
        return None
    k = cue.i + 1
    while k < len(doc) and doc[k].pos_ in ("DET", "ADJ", "PROPN", "NOUN", "NUM", "PRON") and doc[k].sent == cue.sent:
        k += 1
    if k == cue.i + 1 or (k < len(doc) and not doc[k].is_punct):
        return None
    lone = k == cue.i + 2 and doc[k - 1].pos_ in ("NUM", "DET", "PRON")  # '"...," read one.', 'tweeted another'
    return doc[k - 1] if doc[k - 1].pos_ in ("PROPN", "NOUN") or lone else None


def _age_nominal(tok: Token) -> bool:
    """A person named by an age ("the 52-year-old"), which the parser reads as a date adjective."""
    doc = tok.doc
    return (
        tok.lower_ == "old" and tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ in ("year", "years")
        and any(c.dep_ == "det" for c in tok.children)
    )


def _name_after_cue(tok: Token, cue: Token) -> bool:
    """A lone capitalized word right after an inverted cue and before a punctuation mark: a name the
    parser tagged as an adverb or a verb ('"...," said Okafor, adding ...')."""
    doc = tok.doc
    return (
        tok.i == cue.i + 1 and tok.i + 1 < len(doc) and doc[tok.i + 1].is_punct
        and tok.is_alpha and tok.text[0].isupper() and tok.lower_ != "i"
    )


def _dash_signature(doc: Doc, quote: Quote) -> tuple[Token, Token] | None:
    """"…" ― Carlos Raúl: a quote signed with a dash and a name. (dash token, name head) Not a
    quoted phrase before a dash aside ('a "road" - where ...'): the quote ends a sentence."""
    if doc_text(doc)[quote.start : quote.end].rstrip(_CLOSING_MARKS)[-1:] not in _SENTENCE_END:
        return None
    k = token_at(doc, quote.end, after=True)
    while k is not None and k < len(doc) - 1 and doc[k].is_space:  # the signature on its own line
        k += 1
    if k is None or doc[k].text not in DASHES:
        return None
    for i in range(k + 1, min(k + 4, len(doc))):
        if doc[i].pos_ == "PROPN":
            head = doc[i]
            while head.head.pos_ == "PROPN" and head.head != head and head.head.i < k + 6:
                head = head.head
            return doc[k], head
    return None


def _name_before_colon(doc: Doc, quote: Quote) -> tuple[Token, Token] | None:
    """A quote introduced by a name and a colon, with no reporting verb: 'Clinton: "..."', 'doesn't
    surprise pollster Tamsin Hale: “...”'. A day before the colon is no name: the speaker is the
    subject of the clause the colon ends. (colon token, speaker head)"""
    k = token_at(doc, quote.start, after=False)
    while k is not None and k > 0 and doc[k].is_space:
        k -= 1
    if k is None or k < 1 or doc[k].text != ":" or doc[k - 1].pos_ != "PROPN":
        return None
    name = doc[k - 1]
    if name.ent_type_ in TIME_ENTITIES:  # 'Okafor backed the bill on Tuesday: "…"'
        subject = subject_of(doc[k].head) if doc[k].head.pos_ in ("VERB", "AUX") else None
        return (doc[k], subject) if subject is not None and subject.i < k else None
    while name.dep_ in ("compound", "flat") and name.head.pos_ == "PROPN" and name.head.i < k:
        name = name.head
    return doc[k], name


def _quote_candidates(doc: Doc, quotes: list[Quote], found: list[Candidate]) -> list[Candidate]:
    """Direct quotes that no reported-speech cue has claimed: attach them to a cue next to them, or
    to the statement whose quote they continue ("…," he said. "…")."""
    covered = [(c.start, c.end) for c in found]
    out: list[Candidate] = []
    previous: Candidate | None = None
    for n, q in enumerate(quotes):
        # the statement whose content fits the quote closest: its own signature, not a wider object
        claimed = min((c for c in found + out if c.start <= q.start and q.end <= c.end),
                      key=lambda c: c.end - c.start, default=None)
        nearer = _participle_taking_quote(doc, claimed, q) if claimed is not None else None
        if claimed is not None and nearer is None:
            previous = _swallowing_host(claimed, found)
            continue
        if nearer is None and any(s < q.end and q.start < e for s, e in covered):
            previous = None
            continue
        before = _last_before(found, q.start)
        if before is not None and before.how in ("clause", "inverted") and (
            previous is None or max(before.end, before.cue_span[1]) > max(previous.end, previous.cue_span[1])
        ) and not _aside_of(before, previous):
            previous = before  # 'Moreno isn't a pacifist, she said. "She's a hawk!"'
        if _quoted_title(doc_text(doc), q):  # 'an interview with "Morning Harbour," remarking ...'
            continue
        cue = nearer or _cue_after(doc, q) or _cue_before(doc, q) or _cue_splitting(doc, q, quotes[n + 1] if n + 1 < len(quotes) else None)
        start, end = trim(doc_text(doc), q.start, q.end)
        dash = _dash_signature(doc, q) if cue is None else None
        named = _name_before_colon(doc, q) if cue is None and dash is None else None
        if cue is not None and not _inside_quote(cue.idx, quotes):
            cand = Candidate(cue, (cue.idx, cue.idx + len(cue)), start, end, subject_of(cue), "quote", 4)
            host = _swallowing_host(cand, found)
            if host is not cand:  # '“…?” Ortiz said, according to an aide.': part of the aide's report
                cand = Candidate(host.cue, host.cue_span, start, end, host.speaker, "continuation", 4, host.extra)
        elif dash is not None:
            cand = Candidate(dash[0], (dash[0].idx, dash[0].idx + len(dash[0])), start, end, dash[1], "dash", 4)
        elif named is not None:
            colon, name = named
            cand = Candidate(colon, (colon.idx, colon.idx + 1), start, end, name, "colon", 4)
        elif previous is not None and _continues(doc, previous, q) and not _title_in_narrative(doc_text(doc), q):
            cand = Candidate(
                previous.cue, previous.cue_span, start, end, previous.speaker, "continuation", 4, previous.extra
            )
        elif (lead := _leading_clause(doc, q)) is not None and all(c.cue != lead for c in found):
            cand = Candidate(lead, (lead.idx, lead.idx + len(lead)), start, end, subject_of(lead), "quote", 4)
        else:
            if q.end - q.start > TITLE_MAX:  # a short quoted title does not end the statement
                previous = None
            continue
        out.append(cand)
        previous = cand
    return out


def _swallowing_host(c: Candidate, found: list[Candidate]) -> Candidate:
    """A report after ``c``'s cue whose content holds that cue, and so takes ``c`` in (_drop_nested
    drops ``c`` inside it): in '“…,” Ortiz said, according to an aide. “…”' both quotes are part
    of the aide's report, as PolNeAR reads it; else ``c`` itself."""
    return next(
        (k for k in found
         if k.cue_span[0] > c.cue_span[1] and k.start < c.cue_span[0] and c.cue_span[1] < k.end
         and not c.start < k.cue_span[0] < c.end),
        c,
    )


def _participle_taking_quote(doc: Doc, claimed: Candidate, quote: Quote) -> Token | None:
    """A participle between a statement's cue and a quote that the statement's content took in
    ('"…," Ortiz said before adding: "…"', '"…," Ortiz said, adding of the mayor, "…"'): the quote
    is what the participle adds, a statement of its own, not more of the first one."""
    cue = _cue_before(doc, quote)
    if cue is None or cue.tag_ != "VBG" or cue.dep_ not in PARTICIPLE_DEPS or cue.i <= claimed.cue.i:
        return None
    return cue


def _aside_of(aside: Candidate, previous: Candidate | None) -> bool:
    """A statement set inside the sentence of the previous one, which a quote after both does not
    go on with: a clause hanging on the previous cue ('"…," Ortiz told the radio when asked about
    the vote. "…"', '"…," Ortiz said, noting that ... "…"'), or a relative clause on the previous
    speaker ('"…," said Ana Ortiz, a farmer, who said she would not vote. "…"'). Not an "adding"
    clause: the quote after '"…," Ortiz said, adding that …' goes on with what she added."""
    if previous is None:
        return False
    if previous.cue.is_ancestor(aside.cue):
        return aside.cue.lemma_.lower() != "add"
    if previous.speaker is None or aside.speaker is None:
        return False
    return aside.speaker.lower_ in RELATIVE and antecedent(aside.speaker) == previous.speaker


def _cue_splitting(doc: Doc, quote: Quote, nxt: Quote | None) -> Token | None:
    """The cue between the two pieces of a quote it splits ('“If the talks fail” this month, the
    minister said on Friday, “we will walk away.”'): the first piece does not end its sentence, the
    words between end with a comma, and the second piece goes on in lower case."""
    if nxt is None:
        return None
    text = doc_text(doc)
    gap = text[quote.end : nxt.start]
    if text[quote.start : quote.end].rstrip(_CLOSING_MARKS)[-1:] in _SENTENCE_END or "\n" in gap:
        return None
    if not gap.rstrip().endswith(",") or any(m in gap for m in _SENTENCE_END) or not _continues_sentence(doc, nxt):
        return None
    cue = _cue_before(doc, nxt)
    return cue if cue is not None and quote.end <= cue.idx < nxt.start else None


def _quoted_title(text: str, quote: Quote) -> bool:
    """A title in quote marks inside a sentence ('his book “A Time for Truth,” published in 2015'): a
    few words, each capitalized but the small ones, after a word rather than punctuation."""
    before = text[: quote.start].rstrip()
    return bool(before) and before[-1].isalnum() and _title_cased(text[quote.start : quote.end])


def _title_cased(quoted: str) -> bool:
    """A few words, each capitalized but the small ones: a title ('“A Time for Truth”')."""
    words = re.findall(r"[\w’'-]+", quoted)
    if not words or len(words) > TITLE_WORDS:
        return False
    return words[0][0].isupper() and all(w[0].isupper() or w.lower() in TITLE_SMALL_WORDS for w in words)


def _title_in_narrative(text: str, quote: Quote) -> bool:
    """A quoted title that a sentence of narrative goes on after ('“Night Kitchen” airs on
    Fridays.', '“Harbor Lights,” the 1990s drama, ...'): no words said."""
    after = text[quote.end : quote.end + 40].lstrip(" ,")
    if not _title_cased(text[quote.start : quote.end]) or not after[:1].islower():
        return False
    # not a list of them ('“A,” “B,” and “C.”')
    return after.split(maxsplit=1)[0].strip(",") not in ("and", "or")


def _without_pieces_after_quote(doc: Doc, found: list[Candidate], quoted: list[Candidate]) -> list[Candidate]:
    """Drop what a cue governs after it when the cue closes a quote that opens its sentence
    ('“Did you know?” Todd asked the mogul', '“…,” he said after a brief apology'): the quote is
    the content; the words after the cue are narrative. Kept: a that-clause or a colon ('“…,” he
    said, that …', '“…,” Rubio said: That …') and a quote that goes on after a comma. Likewise
    the words before a cue that opens a quoted sentence ('On the radio, Ortiz said, “We won.”'),
    unless they are a quote the cue splits ('“The plan,” Ortiz said, “is dead.”')."""
    text = doc_text(doc)
    closing = {c.cue_span for c in quoted if c.how == "quote" and c.end <= c.cue_span[0] and _opens_sentence(text, c.start)}

    def narrative(c: Candidate) -> bool:
        return (
            c.cue_span in closing and c.start > c.cue_span[1] and c.how in ("clause", "object")
            and not _continues_quote(text, c.start) and not text[c.start : c.start + 5].lower().startswith("that ")
            and ":" not in text[c.cue_span[1] : c.start]
        )

    opening = {c.cue_span for c in found + quoted if _opens_quoted_sentence(text, c)}

    def lead_in(c: Candidate) -> bool:  # 'On the radio, Ortiz said, “We won.”'
        return (
            c.cue_span in opening and c.end <= c.cue_span[0] and c.how not in QUOTE_HOWS
            and text[c.start] not in QUOTE_MARKS + TYPED_QUOTE_MARKS
        )

    return [c for c in found if not narrative(c) and not lead_in(c)]


def _opens_quoted_sentence(text: str, c: Candidate) -> bool:
    """Whether the candidate's content is a quoted sentence right after its cue and a comma or
    colon ('Ortiz said, “We will win.”'), not a title ('she wrote in her memoir, “Long Roads.”'):
    what the cue governs before it is then narrative."""
    if c.start < c.cue_span[1] or text[c.start] not in QUOTE_MARKS + TYPED_QUOTE_MARKS:
        return False
    if text[c.cue_span[1] : c.start].strip() not in (",", ":"):
        return False
    quoted = text[c.start : c.end]
    return quoted.lstrip("“\"'`")[:1].isupper() and not _title_cased(quoted)


def _continues_quote(text: str, pos: int) -> bool:
    """A quote set off by a comma or colon after the cue ('“…,” he said, “…”'), not a quoted title
    ('she said on the radio show “Morning Harbour.”')."""
    return text[pos] in "“\"'`" and text[:pos].rstrip()[-1:] in (",", ":")


def _opens_sentence(text: str, pos: int) -> bool:
    before = text[:pos].rstrip()
    return not before or before[-1] in ".!?:" or "\n" in text[len(before) : pos]


def _last_before(found: list[Candidate], pos: int) -> Candidate | None:
    """The candidate that ends last before ``pos``."""
    before = [c for c in found if max(c.end, c.cue_span[1]) <= pos]
    return max(before, key=lambda c: max(c.end, c.cue_span[1]), default=None)


def _continues(doc: Doc, previous: Candidate, quote: Quote) -> bool:
    """A quote continues the previous statement when it opens the sentence after the one with the
    cue: '"…," he said, pointing to the polls. "…"', or the next paragraph after '"…," he said.'"""
    last = max(previous.end, previous.cue_span[1])
    if last > quote.start:
        return False
    gap = doc_text(doc)[last : quote.start]
    for q in reversed(find_quotes(gap)):  # a short quoted title in between ('on ABC’s “This Week”')
        if q.end - q.start <= TITLE_MAX:
            # a title that ends its sentence keeps the full stop ('the show "Night Kitchen."')
            stop = "." if gap[q.start : q.end].rstrip("”\"»″' ")[-1:] in ".!?" else ""
            gap = gap[: q.start] + stop + gap[q.end :]
    if len(gap) > CONTINUATION_GAP or any(m in gap for m in "“”\"«»") or "''" in gap or "``" in gap:
        return False
    body = gap.rstrip()
    if "\n" in body:  # a paragraph of narrative between them
        return False
    return body == "" or body[-1] in ".:!?" or (body[-1] == "," and _continues_sentence(doc, quote))


def _continues_sentence(doc: Doc, quote: Quote) -> bool:
    """A quote that opens in lower case goes on with a sentence that a cue interrupted ('"The
    danger," said Ana Ortiz, a banker, "is that ..."')."""
    inner = doc_text(doc)[quote.start : quote.end].lstrip("“\"«„`' ")
    return inner[:1].islower()


# ---------------------------------------------------------------- choosing and building


def _channels_from_according(candidates: list[Candidate]) -> list[Candidate]:
    """"X said ..., according to the TASS agency": a medium after "according to" on a clause that
    already has a reporting verb is that statement's channel, not a statement of its own. The verb
    must govern the phrase and the sentence (see _channel_host): a cue elsewhere ("Lee won the vote
    when delegates declaring support for her ..., according to the Gazette") leaves the medium its
    own statement."""
    verbs = [c for c in candidates if c.how != "according" and c.cue.pos_ in ("VERB", "AUX")]
    out = []
    for c in candidates:
        if c.how == "according" and medium_named(phrase_text(c.speaker)):
            host = next((v for v in verbs if v.cue.is_ancestor(c.cue) or c.cue.head in v.cue.conjuncts), None)
            if host is not None and _channel_host(host):
                host.extra = host.extra + c.extra
                phrase_start = c.cue.left_edge.idx
                if host.start < phrase_start < host.end and c.cue.right_edge.idx >= host.end - len(c.cue.right_edge):
                    host.start, host.end = trim(doc_text(c.cue.doc), host.start, phrase_start)
                continue
        out.append(c)
    return out


def _channel_host(host: Candidate) -> bool:
    """Whether an "according to" phrase under ``host`` names its channel: not where the cue sits in
    a relative or adverbial clause ("... than the 40 who back Ruiz, according to the Gazette"), nor
    where its speaker is a count of respondents ("Some 60 percent of voters view him unfavorably,
    according to a Gazette poll": the poll's finding)."""
    if host.cue.dep_ in ("relcl", "acl", "advcl"):
        return False
    speaker = host.speaker
    return speaker is None or not (speaker.lemma_.lower() in RESPONDENT_COUNTS or speaker.pos_ == "NUM")


def _split_trailing_asides(candidates: list[Candidate]) -> None:
    """"He declared that Trump would win the nomination, which he called “a total disaster”": a
    clause set off by a comma at the end of another statement's content, with an attribution of its
    own, is a statement beside that one (PolNeAR gives each word to one attribution only); the
    outer content ends before the comma. So does a participle that says something of its own
    ("..., adding that ...")."""
    text = None
    for c in candidates:
        opener = _aside_opener(c)
        participle = _participle_aside(c) if opener is None else None
        if opener is None and participle is None:
            continue
        # before the comma; before a participle, so that a quote's closing mark stays in
        cut = opener.nbor(-1).idx if opener is not None else participle.idx
        for k in candidates:
            before = k.start < cut and k.cue_span[1] <= cut  # the outer's cue and content start before
            if k.cue_span != c.cue_span and before and c.cue_span[1] < k.end <= _clause_end(c):
                text = text or doc_text(c.cue.doc)
                k.start, k.end = trim(text, k.start, cut)


def _split_before_signed_quotes(candidates: list[Candidate]) -> None:
    """'The coach hinted the season was over: "We are done," he told reporters.' A content that runs
    over a colon or dash (or a sentence end) into a quote signed by its own cue after it ends before
    the colon; the quote is the later cue's statement."""
    if not candidates:
        return
    text = doc_text(candidates[0].cue.doc)
    for c in candidates:
        if c.cue_span[0] < c.end:
            continue  # the quote's cue must follow it
        for k in candidates:
            if k.cue_span == c.cue_span or not (k.cue_span[1] <= k.start < c.start < k.end):
                continue
            lead = _lead_into_quote(text, k.start, c.start)
            if lead is not None:
                k.start, k.end = trim(text, k.start, lead)


def _lead_into_quote(text: str, start: int, quote: int) -> int | None:
    """Where the colon or dash that the text from ``start`` ends with, right before a quote whose
    content starts at ``quote`` (at its opening mark or just after it), begins; None if none. A
    sentence end before the quote ends the text there ('Lee said the pier was unsafe. ''We
    warned them,'' he added.': the parser may run the first sentence's clause into the quote)."""
    if not _opens_quote(text, quote):
        return None
    before = text[start:quote].rstrip(BLANKS + QUOTE_MARKS + TYPED_QUOTE_MARKS)
    if before[-1:] in _SENTENCE_END:
        return start + len(before)
    lead = next((m for m in QUOTE_LEADS if before.endswith(m)), None)
    return start + len(before) - len(lead) if lead else None


def _opens_quote(text: str, pos: int) -> bool:
    """Whether a quote mark opens at ``pos`` or right before it: a curly or straight double mark,
    or two typed single marks (''...'' in older wire copy)."""
    if set(text[max(pos - 1, 0) : pos + 1]) & set(QUOTE_MARKS):
        return True
    return any(text.startswith(m, pos) or (pos >= len(m) and text.startswith(m, pos - len(m))) for m in TYPED_QUOTE_OPENERS)


def _aside_opener(c: Candidate) -> Token | None:
    """The opener of the clause set off by a comma that holds a candidate's cue: the cue's own
    clause or one it sits in ("..., while the mayor won votes by saying that ...")."""
    tok = c.cue
    for _ in range(ASIDE_DEPTH):
        opener = tok.left_edge
        if opener.lower_ in TRAILING_ASIDE_OPENERS and opener.i > 0 and opener.nbor(-1).text in ASIDE_MARKS:
            return opener
        if tok.head == tok:
            return None
        tok = tok.head
    return None


def _participle_aside(c: Candidate) -> Token | None:
    """The cue of a clause or quote said in a subjectless participle set off by a comma after
    another statement's content ('Ortiz said the plan "was dead," adding, "We start again."'): a
    statement beside that one, which the parser may have hung inside its content."""
    cue = c.cue
    if c.how not in ("clause", "quote") or cue.tag_ != "VBG" or c.start <= cue.idx:
        return None
    if any(k.dep_ in ("nsubj", "nsubjpass") for k in cue.children):
        return None
    return cue if _after_comma(cue) else None


def _clause_end(c: Candidate) -> int:
    """Where the clause of a candidate's cue ends, with its content and the punctuation after it."""
    doc = c.cue.doc
    k = c.cue.right_edge.i + 1
    while k < len(doc) and (doc[k].is_punct or doc[k].is_space):
        k += 1
    return max(c.end, doc[k - 1].idx + len(doc[k - 1]))


def _drop_nested(candidates: list[Candidate]) -> list[Candidate]:
    """An attribution inside the content of another ("Police said that, after being informed that
    he would be charged, ...") is part of what the outer speaker said, not a statement of its own."""
    return [
        c for c in candidates
        if not any(
            k.start < c.cue_span[0] and c.cue_span[1] < k.end and not c.start < k.cue_span[0] < c.end
            for k in candidates if k.cue_span != c.cue_span
        )
    ]


def _resolve_overlaps(candidates: list[Candidate]) -> list[Candidate]:
    """One statement per stretch of content: where two candidates' contents overlap by half their
    union, the higher priority (then the earlier cue) wins; exact duplicates are dropped; pieces of
    one statement (the same cue) do not clash. Nested attributions are dropped first."""
    _split_trailing_asides(candidates)
    _split_before_signed_quotes(candidates)
    candidates = _drop_nested(candidates)
    kept: list[Candidate] = []
    for c in sorted(candidates, key=lambda c: (-c.priority, c.cue_span[0])):
        clash = False
        for k in kept:
            if k.cue_span == c.cue_span:  # another piece of the same statement
                continue
            inter = min(c.end, k.end) - max(c.start, k.start)
            union = max(c.end, k.end) - min(c.start, k.start)
            if inter > 0 and inter * 2 >= union:
                clash = True
                break
        if not clash:
            kept.append(c)
    return kept


def _kind(start: int, end: int, quotes: list[Quote]) -> str:
    inside = [q for q in quotes if start <= q.start and q.end <= end]
    if not inside:
        return "indirect"
    quoted = sum(q.end - q.start for q in inside)
    return "direct" if quoted >= 0.9 * (end - start) else "mixed"


def _to_statement(doc: Doc, c: Candidate, quotes: list[Quote], mentions: list[Mention]) -> Statement:
    speaker = speaker_text = speaker_span = None
    if c.speaker is not None:
        speaker, speaker_text, speaker_span = resolve_speaker(doc, c.speaker, mentions)
    return Statement(
        kind=_kind(c.start, c.end, quotes),
        cue=doc_text(doc)[c.cue_span[0] : c.cue_span[1]],
        content=doc_text(doc)[c.start : c.end],
        start=c.start,
        end=c.end,
        speaker=speaker,
        speaker_text=speaker_text,
        speaker_span=speaker_span,
        channel=find_channel(c.cue, list(c.extra)),
        cue_span=c.cue_span,
    )
