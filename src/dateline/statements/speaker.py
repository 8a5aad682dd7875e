"""Who made a statement, and where: the speaker's noun phrase, its actor, and the channel."""

from __future__ import annotations

import functools
import re

from spacy.tokens import Doc, Token

from dateline.model import Mention
from dateline.resources import data_lines, read_yaml
from dateline.statements.quotes import CLOSING_TOKENS

SUBJECTS = {"nsubj", "csubj", "expl"}
DASHES = {"—", "–", "-", "--", "―"}  # "WASHINGTON (AP) — ..."
AGENT_ENTITIES = {"PERSON", "ORG", "NORP", "GPE"}  # entities that can say something
TIME_ENTITIES = {"DATE", "TIME"}  # a day or an hour never speaks ('on Tuesday: "..."')
ASIDE_CLOSERS = {"(": ")", "—": "—", "–": "–", "--": "--"}  # marks that open an aside, and what closes it
DATELINE_MAX = 6  # tokens of a dateline before its dash ("ST. LOUIS, Mo. -")
RELATIVE = {"who", "that", "which", "whom"}
REFLEXIVES = {"himself", "herself", "themselves", "itself", "myself", "ourselves", "yourself", "yourselves"}
FLOATING_QUANTIFIERS = {"all", "both", "each"}  # "Ortiz and Lee both said ...": the quantifier stresses the noun before it
IMPERSONAL = {"it", "that", "this", "there"}  # subjects of "be" that stand for no one
# clauses that share the subject of the verb they hang on: "went on to say", "and added", "saying"
SUBJECT_SHARING = {"xcomp", "conj", "advcl", "pcomp"}
# right-hand modifiers kept in a speaker's noun phrase ("a spokesperson for the Kremlin", "Trump and Cruz")
NP_RIGHT = {"prep", "pobj", "compound", "amod", "nummod", "poss", "case", "flat", "nmod", "cc", "conj"}
CONJUNCTIONS_READ_AS_PREPOSITIONS = {"as", "after", "before", "since", "until"}  # "as Ortiz attacked"
PARTICIPLE_OPENERS = {"when", "if", "once", "after", "while", "before", "unless", "until"}  # "when asked, ..."


def subject_of(verb: Token, depth: int = 3) -> Token | None:
    """The speaker's head token for a cue verb: its subject, the agent of a passive, or the
    subject of the verb it depends on ("Trump went on to say", "Clinton ..., saying")."""
    for child in verb.children:
        if child.dep_ == "agent":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return obj
    inverted = _inverted_aside_subject(verb)
    if inverted is not None:
        return inverted
    perfect = _contracted_perfect(verb)
    passive = not perfect and any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    subject_deps = SUBJECTS - {"expl"} | ({"nsubjpass"} if perfect else set())
    subjects = [c for c in verb.children if c.dep_ in subject_deps] or _subject_on_auxiliary(verb)
    subjects = [s for s in (on_line_of(_past_preposition(c), verb) for c in subjects) if s is not None]
    if subjects:  # the nearest where the parser gave two ("WASHINGTON (AP) — Trump said", "Voters, Clinton said")
        return min(subjects, key=lambda c: abs(c.i - verb.i))
    if passive or passive_participle(verb):
        return None
    name = _name_read_as_modal(verb)
    if name is not None:
        return name
    share = next((c for c in verb.lefts if c.dep_ == "nummod" and c.tag_ == "CD"), None)
    if share is not None:
        return share  # "About 4 in 10 say ...": a share of those polled the parser hung on the verb
    named = _for_subject(verb)
    if named is not None:
        return named
    if depth and verb.dep_ == "conj" and verb.head.dep_ == "ccomp" and _continues_cue(verb):
        return subject_of(verb.head.head, depth - 1)  # "said that ... and insisted that ..."
    controller = _object_controller(verb)
    if controller is not None:
        return controller  # "led some to speculate", "leaving many to wonder", "left voters saying"
    if _mistagged_past(verb):
        return verb.head  # "A Quinnipiac poll found that ...": a past tense the parser read as a participle
    spender = _time_spender(verb)
    if spender is not None and depth:
        return subject_of(spender, depth - 1)  # "spent much of the debate attacking"
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head != verb:
        return author_of(verb.head, depth, verb)  # "the groups backing Trump", "a super PAC supporting Cruz"
    stolen = _subject_read_as_conjunct(verb) or _subject_read_as_object(verb)
    if stolen is not None:
        return stolen
    reporter = _reporter_of_host(verb)
    if depth and reporter is not None:
        return _shared_subject(reporter, depth - 1)
    if depth and verb.dep_ in SUBJECT_SHARING and verb.head != verb and verb.head.pos_ in ("VERB", "AUX"):
        nearer = _nearer_clause(verb) or _verb_before_aside(verb)
        return _agent_over_thing(_shared_subject(nearer or verb.head, depth - 1), verb)
    if depth and verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ in ("VERB", "AUX"):
        return _agent_over_thing(_shared_subject(verb.head.head, depth - 1), verb)  # "she responded ... by saying"
    if verb.dep_ in ("relcl", "acl") and verb.head != verb and _infinitive(verb):
        return doer_of(verb.head, depth)  # "the first Democrat to endorse", "his way to say"
    if verb.dep_ == "relcl" and verb.head != verb:
        return verb.head
    return None


def _subject_on_auxiliary(verb: Token) -> list[Token]:
    """A subject the parser hung on the verb's auxiliary, where an aside splits the two ("who is,
    by most accounts, enjoying ...": "who" read as the subject of "is")."""
    return [s for a in verb.children if a.dep_ == "aux" and a.i < verb.i for s in a.children if s.dep_ == "nsubj"]


@functools.cache
def word_list(name: str) -> frozenset[str]:
    """The lower-cased words of a one-word-a-line file under data/statements/."""
    return frozenset(w.lower() for w in data_lines(f"statements/{name}"))


def possessor(noun: Token) -> Token | None:
    """The owner a noun names with a possessive ("the mayor's" in "the mayor's claim"), if any."""
    return next((c for c in noun.children if c.dep_ == "poss"), None)


def authored_works() -> frozenset[str]:
    """Nouns for what people make to say something ("a letter congratulating", "an ad attacking")."""
    return word_list("authored_works.txt")


def author_of(noun: Token, depth: int = 3, participle: Token | None = None) -> Token:
    """Who speaks through ``noun`` that a participle hangs on: the author of a work ("Trump fired
    back a response saying", "her letter urging"), the subject of the clause where a comma sets
    the participle off ("Carson rejected the notion ..., saying"), else the noun itself ("a super
    PAC supporting Cruz")."""
    set_off = participle is not None and any(t.text == "," for t in noun.doc[noun.i : participle.i])
    if noun.lemma_.lower() not in authored_works() and not set_off and not _addressee(noun):
        return noun
    return _host_subject(noun, depth) or possessor(noun) or noun


def _time_spender(participle: Token) -> Token | None:
    """The verb of spending time whose object a participle hangs on, directly or through a
    preposition ("spent much of the debate attacking ...", "took turns criticizing ...")."""
    if participle.dep_ != "acl" or participle.tag_ != "VBG":
        return None
    noun = participle.head
    while noun.dep_ in ("pobj", "prep") and noun.head != noun:
        noun = noun.head
    host = noun.head
    return host if noun.dep_ == "dobj" and host.lemma_.lower() in word_list("time_spending_verbs.txt") else None


def _addressee(noun: Token) -> bool:
    """Whether ``noun`` is who a message is sent to ("The senator emailed supporters saying ...",
    "sent a text to donors urging ..."): a participle on it speaks for the sender."""
    host = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "to" else noun.head
    return noun.dep_ in ("dobj", "dative", "pobj") and host.lemma_.lower() in word_list("sending_verbs.txt")


def doer_of(noun: Token, depth: int = 3) -> Token | None:
    """Who does what an infinitive on ``noun`` says: the subject of a copula ("Okafor was the
    first delegate to endorse"), a named or personal noun itself ("Clinton, the first to say"),
    the name a copula gives it ("The first senator to endorse it was Lopez"), the subject of the
    clause holding a thing ("He went out of his way to say"), its owner ("his willingness to
    attack"); a thing nobody holds gives no one ("the chief reasons to oppose him")."""
    if noun.dep_ == "attr" and depth:
        subject = subject_of(noun.head, depth - 1)
        if subject is not None:
            return subject
    if noun.pos_ in ("PROPN", "PRON") or noun.ent_type_ in AGENT_ENTITIES:
        return noun
    if noun.dep_ == "appos" and noun.head != noun:
        return noun.head  # "Warren, the first senator to endorse"
    return _named_by_copula(noun) or _given_to(noun) or _host_subject(noun, depth) or possessor(noun)


def _given_to(noun: Token) -> Token | None:
    """Who is given the chance an infinitive on ``noun`` names: the indirect object ("The vote gave
    Ortiz a chance to argue ...", "handed critics an opening to say ...")."""
    if noun.dep_ != "dobj":
        return None
    return next((c for c in noun.head.children if c.dep_ == "dative" and c.i < noun.i), None)


def _named_by_copula(noun: Token) -> Token | None:
    """The name a copula gives the subject ``noun`` ("The first senator to endorse it was Lopez")."""
    if noun.dep_ != "nsubj" or noun.head.lemma_ != "be":
        return None
    names = (c for c in noun.head.children if c.dep_ == "attr" and (c.pos_ == "PROPN" or c.ent_type_ in AGENT_ENTITIES))
    return next(names, None)


def _host_subject(noun: Token, depth: int) -> Token | None:
    """The subject of the verb that ``noun`` is the object of, directly or through a preposition."""
    while noun.dep_ == "conj" and noun.head != noun:
        noun = noun.head  # "rolled out radio and online ads attacking"
    host = noun.head
    if noun.dep_ == "pobj" and host.dep_ in ("prep", "dative"):
        host = host.head  # "during a speech attacking", "in an ad accusing", "sent a text to donors"
        if host.dep_ == "dobj" and host.head.pos_ in ("VERB", "AUX"):
            noun, host = host, host.head  # "posted the video on her page, writing"
    if noun.dep_ in ("dobj", "pobj") and host.pos_ in ("VERB", "AUX") and host != noun and depth:
        return subject_of(host, depth - 1)
    return None


def _inverted_aside_subject(verb: Token) -> Token | None:
    """The speaker of a cue inverted in the middle of what it reports ("The risk, said Ms. Ortiz,
    an economist, is that ..."), which the parser reads as the subject of the reported clause
    while it takes the words before the cue for the cue's subject. Not "Ortiz, an economist, said
    rates, which ..., will rise": a comma inside the words before closes an apposition."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    subject = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    if subject is None or any(t.text == "," for t in doc[subject.left_edge.i : verb.i - 1]):
        return None
    # the phrase right after the cue, read as the cue's second subject or the reported clause's
    after = [c for c in verb.rights if c.dep_ == "nsubj"]
    after += [s for c in verb.rights if c.dep_ == "ccomp" for s in c.lefts if s.dep_ == "nsubj"]
    for speaker in (s for s in after if s.left_edge.i == verb.i + 1):
        closing = doc[speaker.right_edge.i : speaker.right_edge.i + 2]
        if any(t.text == "," for t in closing):
            return speaker  # the aside's closing comma, in the phrase or after it
    return None


def _object_controller(verb: Token) -> Token | None:
    """The object of a verb of the object_control list that does what the clause hanging on that
    verb says ("led some to speculate"; "left many voters wondering", which the parser hangs as an
    adverbial clause). An adverbial clause must follow the object with no comma of its own: in
    "led the field, saying ..." the subject speaks."""
    host = verb.head
    if verb.dep_ not in ("xcomp", "advcl") or host == verb or host.lemma_.lower() not in word_list("object_control.txt"):
        return None
    controller = next((c for c in host.children if c.dep_ == "dobj" and c.i < verb.i), None)
    if controller is None or verb.dep_ == "xcomp":
        return controller
    doc = verb.doc
    gap = doc[controller.right_edge.i + 1 : verb.left_edge.i]
    own_aside = any(t.text == "," for t in controller.subtree)  # "many, including his aides, wondering"
    return controller if not gap or (own_aside and [t.text for t in gap] == [","]) else None


def _subject_read_as_conjunct(verb: Token) -> Token | None:
    """The subject of a second clause that the parser joined to a noun of the first ("Police
    charged him with fraud and the mayor fired his chief": "mayor" read as a conjunct of "fraud"):
    the noun right before a subjectless conjoined verb, itself a conjunct after "and" or "but"."""
    if verb.dep_ != "conj" or verb.i < 2:
        return None
    noun = verb.doc[verb.i - 1]
    while noun.pos_ == "ADV" and noun.i > 0:
        noun = noun.doc[noun.i - 1]
    if noun.dep_ != "conj" or noun.pos_ not in ("PROPN", "NOUN", "PRON") or noun.head == verb:
        return None
    conjunction = noun.doc[noun.left_edge.i - 1] if noun.left_edge.i > 0 else None
    return noun if conjunction is not None and conjunction.lower_ in ("and", "but") else None


def _subject_read_as_object(verb: Token) -> Token | None:
    """The subject of a clause whose conjunction the parser read as a preposition ("Tension rose as
    Berg, a councillor, denounced the mayor": "Berg" the object of "as", and "denounced" an
    adverbial clause or a conjunct with no subject): the name, where only commas lie between its
    phrase and the finite verb."""
    finite = verb.tag_ in ("VBD", "VBZ", "VBP")  # not "cast herself as a leader, arguing ..."
    if verb.dep_ not in ("advcl", "conj") or not finite or any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    doc = verb.doc
    for prep in (c for c in verb.head.children if c.dep_ == "prep" and c.i < verb.i):
        if prep.lower_ not in CONJUNCTIONS_READ_AS_PREPOSITIONS:
            continue
        # a name: not "as a senator, praised ..."
        obj = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
        if obj is not None and all(t.text == "," for t in doc[obj.right_edge.i + 1 : verb.i]):
            return obj
    return None


def _name_read_as_modal(verb: Token) -> Token | None:
    """A capitalized "Will" or "May" before a past or present tense, which a modal never takes: a
    name the parser read as an auxiliary ('"...," Will wrote', "May said", "Will believes")."""
    if verb.tag_ not in ("VBD", "VBZ"):
        return None
    modal = next((c for c in verb.lefts if c.dep_ == "aux" and c.tag_ == "MD" and c.i == verb.i - 1), None)
    return modal if modal is not None and modal.text.istitle() else None


def _reporter_of_host(verb: Token) -> Token | None:
    """The reporting verb whose clause a cue without a subject hangs on, where the cue goes on
    with the reporter's sentence and shares its subject, though the parser hung it on the
    reported clause: a participle set off by a comma ("Ortiz said she would veto the bill,
    arguing that ..."), or a verb in the reporter's tense after "and" ("Ortiz says she'd meet
    them and hear them out and tells reporters ...")."""
    # imported here because reported.py imports this module
    from dateline.statements.reported import clause_cue

    if verb.i == 0 or any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    participle = verb.dep_ == "advcl" and verb.tag_ == "VBG" and _after_comma(_past_openers(verb))
    conjoined = verb.dep_ == "conj" and any(c.dep_ == "cc" for c in verb.head.children if c.i < verb.i)
    if not participle and not conjoined:
        return None
    host = verb.head
    while host.dep_ in ("xcomp", "conj") and host.head != host:
        host = host.head
    reporter = host.head
    if host.dep_ != "ccomp" or reporter == host or not clause_cue(reporter) or clause_cue(host):
        return None
    if conjoined and verb.tag_ != reporter.tag_:
        return None
    # the reporter opens the clause in the same sentence, not a cue the parser misread across a quote
    return reporter if reporter.i < host.i and reporter.sent == verb.sent else None


def _past_openers(verb: Token) -> Token:
    """The first word of ``verb``'s clause, past a subordinator or adverb that opens it (", while
    insisting", ", in effect admitting")."""
    k = verb.i
    while k > 0 and verb.doc[k - 1].head == verb and verb.doc[k - 1].dep_ in ("mark", "advmod"):
        k -= 1
    return verb.doc[k]


def _after_comma(tok: Token) -> bool:
    """Whether a comma comes right before ``tok``, or before the quote mark that closes there."""
    k = tok.i - 1
    while k > 0 and tok.doc[k].text in CLOSING_TOKENS:
        k -= 1
    return k >= 0 and tok.doc[k].text == ","


def _nearer_clause(verb: Token) -> Token | None:
    """The last clause with a subject of its own coordinated with the verb ``verb`` hangs on and
    lying between the two, which the parser skipped ("He said ..., she replied ... and added"):
    the subject changed there. Not an adverbial clause ("Bradley apologized after they came
    out, saying")."""
    if verb.dep_ not in ("conj", "advcl"):
        return None
    between = [
        c for c in verb.head.children
        if c.dep_ == "conj" and verb.head.i < c.i < verb.i and c.pos_ in ("VERB", "AUX")
        and any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
    ]
    return between[-1] if between else None


def _verb_before_aside(verb: Token) -> Token | None:
    """The verb just before an aside in brackets or dashes that the parser took for the clause a
    subjectless conjunct goes on with ("Ortiz left the stage (though she said she would return)
    and promised ..."; "Ortiz opened her laptop -- as is her habit -- and posted ..."): the conjunct
    goes on with the clause before the aside."""
    doc = verb.doc
    aside = verb.head
    opening = aside.left_edge.i - 1
    if verb.dep_ != "conj" or not 0 < opening or aside.i >= verb.i or doc[opening].text not in ASIDE_CLOSERS:
        return None
    if not any(t.text == ASIDE_CLOSERS[doc[opening].text] for t in doc[aside.i + 1 : verb.i]):
        return None
    before = doc[opening - 1]
    host = next((a for a in (before, *before.ancestors) if a.pos_ in ("VERB", "AUX")), None)
    return host if host is not None and host != aside else None


def _contracted_perfect(verb: Token) -> bool:
    """A "has" contracted to "'s" that the parser read as a passive "is" ("He's said he ..."):
    the verb still takes a clause or an object, which a passive would not. Not "It's been
    reported", nor "it's assumed that ...", true passives."""
    passives = [c.lower_ for c in verb.children if c.dep_ == "auxpass"]
    impersonal_subject = any(c.dep_ == "nsubjpass" and c.lower_ in IMPERSONAL for c in verb.children)
    return (
        passives in (["'s"], ["’s"]) and not impersonal_subject and verb.tag_ in ("VBN", "VBD")
        and any(c.dep_ in ("ccomp", "dobj") for c in verb.children)
    )


def _for_subject(verb: Token) -> Token | None:
    """The subject of an infinitive given by "for" ("time for Cruz to build bridges", "common for
    news accounts to portray ...")."""
    to = next((c for c in verb.children if c.dep_ == "aux" and c.tag_ == "TO"), None)
    if to is None or to.i == 0:
        return None
    noun = to.doc[to.i - 1]
    while noun.dep_ in ("compound", "flat") and noun.head.i > noun.i:
        noun = noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.pos_ in ("PROPN", "NOUN", "PRON"):
        return noun
    return None


def _mistagged_past(verb: Token) -> bool:
    """A participle right after its noun that takes an object or a clause, which a passive would
    not: a past tense whose subject is that noun."""
    return (
        verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.i == verb.head.i + 1
        and any(c.dep_ in ("ccomp", "dobj") for c in verb.children)
        and not any(c.dep_ == "agent" for c in verb.children)
    )


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def passive_participle(verb: Token) -> bool:
    """A bare past participle opening an adverbial clause ("Asked about the polls, he said ..."),
    or one after "when" that the parser read as a relative clause on the speaker: the subject of
    the main clause is who was asked, not who asked."""
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    if verb.dep_ == "relcl":  # "Ortiz, when asked about the polls, said ...", read as a relative clause
        return verb.tag_ == "VBN" and any(c.lower_ in PARTICIPLE_OPENERS and c.i == verb.i - 1 for c in verb.children)
    if verb.dep_ != "advcl":
        return False
    if verb.tag_ == "VBN":
        return True
    # a clause-initial past tense with no subject is a participle the tagger missed ("When asked whom ...")
    opens = _first_in_sentence(verb) or any(c.dep_ in ("advmod", "mark") and c.i == verb.i - 1 for c in verb.children)
    return verb.tag_ == "VBD" and opens and not any(c.dep_ in SUBJECTS for c in verb.children)


def _first_in_sentence(tok: Token) -> bool:
    """Whether only marks and blanks come before ``tok`` in its sentence (a quote's closing mark
    and a line break the parser left on the next sentence)."""
    return all(t.is_punct or t.is_space for t in tok.doc[tok.sent.start : tok.i])


def _continues_cue(verb: Token) -> bool:
    """Whether ``verb`` is a cue the parser conjoined to the clause reported by another cue."""
    from dateline.statements.reported import clause_cue, cue_conjunct

    return clause_cue(verb.head.head) and cue_conjunct(verb.head) == verb


def antecedent(tok: Token) -> Token:
    """The noun a relative pronoun stands for ("Clinton, who said ..." -> Clinton), else ``tok``."""
    if tok.lower_ in RELATIVE and tok.head.dep_ in ("relcl", "acl") and tok.head.head != tok.head:
        return tok.head.head
    return tok


def breaks_line(tok: Token) -> bool:
    """Whether a line break is in or right after ``tok``."""
    return "\n" in tok.text or "\n" in tok.whitespace_


def across_lines(a: Token, b: Token) -> bool:
    """Whether a line break lies between two tokens: a subject the parser took from a dateline or
    a time stamp above the sentence ("6:50 p.m. / Clinton has told ...")."""
    doc = a.doc
    return any(breaks_line(doc[k]) for k in range(min(a.i, b.i), max(a.i, b.i)))


def _agent_over_thing(subject: Token | None, cue: Token) -> Token | None:
    """Where the subject a cue would share is a thing, not someone ("The row began when Ortiz
    interrupted the mayor, shouting ..."; "The only time it came up was when Ortiz asked ...,
    referred to ..."), the nearest subject of an adverbial or relative clause between that subject
    and the cue, which the parser left off the cue's path."""
    if subject is None or not _thing(subject) or not subject.i < cue.i:
        return subject
    doc = cue.doc
    between = doc[subject.right_edge.i + 1 : cue.i]
    agents = [t for t in between if _clause_subject(t)]
    return agents[-1] if agents else subject


def _thing(noun: Token) -> bool:
    """A common noun that names no one: no entity, and no name or owner that could speak for it."""
    speaking_modifier = any(
        c.dep_ in ("compound", "poss") and (c.pos_ in ("PROPN", "PRON") or c.ent_type_ in AGENT_ENTITIES)
        for c in noun.children
    )
    return noun.tag_ in ("NN", "NNS") and noun.ent_type_ not in AGENT_ENTITIES and not speaking_modifier


def _clause_subject(tok: Token) -> bool:
    """The subject of an adverbial or relative clause ("when Ortiz interrupted"), not of a reported one."""
    clause = tok.head
    while clause.dep_ == "conj" and clause.head != clause:
        clause = clause.head
    return (
        tok.dep_ == "nsubj" and tok.pos_ in ("NOUN", "PROPN", "PRON") and tok.lower_ not in IMPERSONAL
        and clause.dep_ in ("advcl", "relcl") and not _infinitive(tok.head)
    )


def _shared_subject(verb: Token, depth: int) -> Token | None:
    """The subject a dependent clause shares with ``verb``: of a passive, who underwent it, not its
    agent ("Lindqvist was booed by the crowd after telling it ...")."""
    patient = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if patient is not None:
        return patient
    if depth and verb.dep_ == "conj" and verb.head != verb and any(c.dep_ == "agent" for c in verb.children):
        return _shared_subject(verb.head, depth - 1)  # "was booed and shouted down by ..."
    subject = subject_of(verb, depth)
    return None if subject is not None and impersonal(subject) else subject


def impersonal(subject: Token) -> bool:
    """A subject that stands for no one: "it's hard to know", "that's not to suggest", "that means
    conceding that ..."."""
    head = subject.head
    linking = head.lemma_ in ("be", "mean") or head.pos_ == "AUX" or head.lower_ in ("'s", "’s")
    return subject.lower_ in IMPERSONAL and linking


def _past_preposition(tok: Token) -> Token:
    """The object of a preposition the parser took for a subject ("Of the mayor, Oduya said: ...")."""
    if tok.pos_ == "ADP":
        return next((c for c in tok.children if c.dep_ == "pobj"), tok)
    return tok


def on_line_of(tok: Token, verb: Token) -> Token | None:
    """``tok``, or the part of its phrase on the verb's line and past a dateline, where the parser
    hung the phrase on a heading, a time stamp or a dateline ("9:05 a.m. / The Green candidate
    Ana Ortiz is ...", "Oslo (AFP) – The foreign minister on Monday hit ...")."""
    if across_lines(tok, verb):
        rest = [t for t in tok.subtree if not across_lines(t, verb)]
    else:
        dash = next((t for t in tok.subtree if t.i > tok.i and t.text in DASHES), None)
        if dash is None or dash.i > verb.i or not _ends_dateline(dash, tok):
            return tok
        rest = [t for t in tok.subtree if t.i > dash.i]
    rest = [t for t in rest if t.pos_ in ("PROPN", "NOUN", "PRON")]
    return next((t for t in rest if t.head not in rest), None)


def _ends_dateline(dash: Token, tok: Token) -> bool:
    """Whether ``dash`` closes a dateline: after an agency in brackets ("Oslo (AFP) –"), or after a
    place in capitals that opens the line ("BERGEN, Norway - The mayor said ...")."""
    doc = dash.doc
    if doc[dash.i - 1].text == ")":
        return True
    first = tok.left_edge
    line_start = first.i == 0 or breaks_line(doc[first.i - 1])
    return line_start and first.is_upper and len(first) > 2 and dash.i - first.i <= DATELINE_MAX


def _separated(doc: Doc, i: int, j: int) -> bool:
    """Whether tokens [i, j) hold a comma, bracket, quote mark or line break (a heading above)."""
    return any(
        doc[k].text in ",;:()—–\"“”" or breaks_line(doc[k]) for k in range(i, j)
    )


def noun_phrase(head: Token) -> tuple[int, int]:
    """Token range [start, end) of the noun phrase headed by ``head``, without the appositions,
    relative clauses and fronted phrases set off by commas ("Of the mayor, Oduya, who ...")."""
    doc = head.doc
    if head.pos_ == "PRON":
        return head.i, head.i + 1
    start = head.i
    for child in reversed(list(head.lefts)):
        if (child.dep_ == "punct" and child.tag_ != "HYPH") or _separated(doc, child.right_edge.i + 1, start):
            break
        start = child.left_edge.i
    cuts = [k for k in range(start, head.i) if _opener_end(doc[k])]
    if cuts:  # a time stamp, heading or dateline before the speaker ("OSLO (AFP) — The minister said")
        start = cuts[-1] + 1
    while start < head.i and (doc[start].is_punct or doc[start].is_space):
        start += 1
    end = head.i + 1
    for child in head.rights:
        if child.dep_ not in NP_RIGHT or (child.dep_ == "amod" and child.n_rights):
            break  # not "voters skeptical of the deal", which holds a stance of its own
        if any(head.doc[k].is_punct and head.doc[k].text in ",;:()—–" for k in range(end, child.i)):
            break
        if child.dep_ == "cc" and not any(c.dep_ == "conj" and c.i > child.i for c in head.rights):
            break
        end = child.right_edge.i + 1
    while end - 1 > head.i and head.doc[end - 1].is_punct:
        end -= 1
    return start, end


def _opener_end(tok: Token) -> bool:
    """Whether ``tok`` ends a line or is a dash that sets off a dateline (not a hyphen)."""
    if breaks_line(tok):
        return True
    spaced = tok.i > 0 and bool(tok.doc[tok.i - 1].whitespace_)  # "BERGEN, Norway - The mayor", not "anti-war"
    return tok.text in DASHES and (tok.tag_ != "HYPH" or spaced) and bool(tok.whitespace_)


def resolve_speaker(doc: Doc, head: Token, mentions: list[Mention]) -> tuple[str | None, str, tuple[int, int]]:
    """(actor id or None, speaker text, speaker span) for a speaker head token."""
    head = named_apposition(reflexive_antecedent(head))
    s, e = noun_phrase(head)
    span = (doc[s].idx, doc[e - 1].idx + len(doc[e - 1]))
    named = antecedent(head)
    if named != head:  # "who": the span is the pronoun, the actor is who it stands for
        ns, ne = noun_phrase(named)
        actor = pick_mention((doc[ns].idx, doc[ne - 1].idx + len(doc[ne - 1])), (named.idx, named.idx + len(named)), mentions)
    else:
        actor = pick_mention(span, (head.idx, head.idx + len(head)), mentions)
    return (actor.actor_id if actor else None), doc[s:e].text, span


def reflexive_antecedent(head: Token) -> Token:
    """Who a reflexive or floating quantifier speaker stands for: the noun it stresses ("Voters
    themselves say ...", "Ortiz and Lee both said ..."; for a reflexive, also a noun the parser
    misread as a verb opening the sentence), or for a reflexive the subject of the clause above it
    ("The mayors are making themselves comfortable with ..."); else ``head``."""
    if head.lower_ not in REFLEXIVES | FLOATING_QUANTIFIERS:
        return head
    before = head.doc[head.i - 1] if head.i > 0 else None
    if before is not None and before.is_alpha:
        if before.pos_ in ("NOUN", "PROPN") or (before.i == before.sent.start and head.lower_ in REFLEXIVES):
            return before
    if head.lower_ not in REFLEXIVES:
        return _subject_before_aside(head) or head
    verb = head.head
    while verb.head != verb and not any(c.dep_ == "nsubj" and c != head for c in verb.children):
        verb = verb.head
    return next((c for c in verb.children if c.dep_ == "nsubj" and c != head), head)


def _subject_before_aside(quantifier: Token) -> Token | None:
    """The noun a floating quantifier stresses past an aside, which the parser gave the verb as a
    second subject ("The mayors — whose towns flooded — both asked ...")."""
    return next(
        (c for c in quantifier.head.children
         if c.dep_ == "nsubj" and c.i < quantifier.i and c.pos_ in ("NOUN", "PROPN")), None
    )


def named_apposition(head: Token) -> Token:
    """The name in apposition to a common noun that heads a speaker ("the other guest on the
    panel, former trade minister Ana Ortiz, said", "One of the fishermen, Olav Dahl, 64,
    had ..."), else ``head``."""
    if head.pos_ not in ("NOUN", "NUM"):  # "One of the fishermen, Olav Dahl, ..."
        return head
    doc = head.doc
    return next(
        (c for c in head.rights
         if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ in ("PERSON", "ORG")
         and doc[c.left_edge.i - 1].text in (",", "—", "–")),  # not a headline's "Poll: ..."
        head,
    )


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


def phrase_text(tok: Token) -> str:
    """The text of the whole phrase that ``tok`` heads."""
    return tok.doc[tok.left_edge.i : tok.right_edge.i + 1].text


def find_channel(cue: Token, extra: list[Token] = ()) -> str | None:
    """The medium of a statement from the cue's own dependents ("told Reuters", "on Truth Social",
    "in a statement", "in an interview with CNN") and from ``extra`` phrases (an "according to")."""
    lex = channel_lexicon()
    document = None
    candidates = list(cue.children) + list(extra)
    for child in candidates:
        if child.dep_ in ("dobj", "dative") and cue.lemma_ == "tell":
            medium = medium_named(phrase_text(child))
            if medium:
                return medium
            if child.ent_type_ in ("ORG",) and child.pos_ == "PROPN":
                return phrase_text(child)
        if child.dep_ == "prep" and (child.lower_ in lex["prepositions"] or child.lower_ == "according"):
            phrase = phrase_text(child)
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

