"""Sources and targets of an event, read off the dependency parse and the actor mentions.

Grammar only: which phrase of a clause is the doer and which the one done to. Which actor a phrase names
comes from the mentions the actors stage found (pronouns included); a phrase without a mention gives no
actor, never an invented one.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from dateline.model import Mention

# prepositions whose object is the one an event is directed at: "spoke with", "attacks on", "aid to"
TARGET_PREPS = frozenset({"with", "to", "against", "on", "upon", "toward", "towards", "into", "at"})
# of those, the ones whose object may be only where the event happens: "a protest at King's Cross station"
LOCATIVE_PREPS = frozenset({"at", "into"})
# dependents that stay inside an argument's noun phrase
PHRASE_DEPS = frozenset({"conj", "appos", "compound", "amod", "nmod", "poss", "flat", "nummod", "det", "quantmod"})
# modifier edges along which a demonym/possessor is only part of another mention's description
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss"})
SUBJECT_DEPS = frozenset({"nsubj", "csubj", "expl"})
OBJECT_DEPS = frozenset({"dobj", "dative", "obj", "iobj"})
# relative pronouns: the subject of a relative clause is the noun the clause hangs on
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
# mention kinds that name an actor only by a common noun ("the delegation", "officials")
GENERIC_HOWS = frozenset({"description", "pronoun"})


class Reciprocal:
    """Marks an "each other" / "one another" argument."""

    __slots__ = ()

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return "RECIPROCAL"


RECIPROCAL = Reciprocal()


def is_reciprocal(tok: Token) -> bool:
    low = tok.lower_
    if low == "other":
        return any(c.lower_ == "each" for c in tok.children) or (tok.i > 0 and tok.doc[tok.i - 1].lower_ == "each")
    if low == "another":
        return tok.i > 0 and tok.doc[tok.i - 1].lower_ == "one"
    return False


class MentionIndex:
    """The actor mentions of one document, looked up by token."""

    def __init__(self, doc: Doc, mentions: list[Mention]):
        self.by_token: dict[int, list[Mention]] = {}
        self.alias: dict[str, str] = {}  # actor id -> the id events name it by (see code._event_aliases)
        self.speech_verbs: frozenset[str] = frozenset()  # for reported_speaker
        self.nation_alias: dict[str, str] = {}  # "the Russians" -> Russia (see code._nation_aliases)
        self.places: frozenset[tuple[int, int]] = frozenset()  # spans of mentions naming places ("Kyiv", "Afrin")
        # spans of mentions naming places that do not stand for a state (not capitals): "Chaplyne", "King's Cross"
        self.local_places: frozenset[tuple[int, int]] = frozenset()
        self.event_nouns: frozenset[str] = frozenset()  # lemmas of event nouns: "support" apposed is no actor
        self.participant_verbs: frozenset[str] = frozenset()  # "demonstrations involving protesters"
        self.actor_names: dict[str, str] = {}  # actor id -> name, for implicit doers ("protesters")
        self._counts: dict[str, int] | None = None
        starts = [t.idx for t in doc]
        for m in mentions:
            i = max(bisect.bisect_right(starts, m.start) - 1, 0)
            while i < len(doc) and doc[i].idx < m.end:
                tok = doc[i]
                if tok.idx + len(tok.text) > m.start and not tok.is_space:
                    self.by_token.setdefault(i, []).append(m)
                i += 1

    def mention_count(self, actor_id: str) -> int:
        """How many mentions of the document name ``actor_id``."""
        if self._counts is None:
            self._counts = {}
            for m in {id(m): m for ms in self.by_token.values() for m in ms}.values():
                self._counts[m.actor_id] = self._counts.get(m.actor_id, 0) + 1
        return self._counts.get(actor_id, 0)

    def at(self, tok: Token) -> list[Mention]:
        return self.by_token.get(tok.i, [])

    def has(self, tok: Token) -> bool:
        return tok.i in self.by_token

    def names_place(self, head: Token) -> bool:
        """The phrase names only places: "from Kyiv" is where from, not whom."""
        return self._names_only(head, self.places)

    def names_local_place(self, head: Token) -> bool:
        """The phrase names only places that stand for no state: "at King's Cross station"."""
        return self._names_only(head, self.local_places)

    def _names_only(self, head: Token, spans: frozenset[tuple[int, int]]) -> bool:
        found = [m for t in phrase_tokens(head) for m in self.at(t)]
        return bool(found) and all((m.start, m.end) in spans for m in found)

    def latest_named(self, before: Token, names: frozenset[str]) -> str | None:
        """The actor of the latest mention before ``before`` whose actor is called one of ``names``
        ("protesters"): the implicit doer of an event that names none ("a protest was staged")."""
        for i in sorted((i for i in self.by_token if i < before.i), reverse=True):
            for m in self.by_token[i]:
                name = self.actor_names.get(m.actor_id, "").lower()
                if name in names or name.rstrip("s") in names:
                    return m.actor_id
        return None


def phrase_tokens(head: Token) -> list[Token]:
    """The noun phrase an argument head stands for: modifiers, coordinated and apposed names, "of" phrases.

    Relative clauses, participles and other prepositional phrases are left out ("the leaders who met X").
    """
    out: list[Token] = []
    stack = [head]
    seen = set()
    while stack:
        tok = stack.pop()
        if tok.i in seen:
            continue
        seen.add(tok.i)
        out.append(tok)
        for child in tok.children:
            if child.dep_ in PHRASE_DEPS:
                stack.append(child)
            elif child.dep_ == "prep" and child.lower_ == "of":
                stack.extend(c for c in child.children if c.dep_ == "pobj")
        stray = _stray_apposition(tok)
        if stray is not None:
            stack.append(stray)
    out.sort(key=lambda t: t.i)
    return out


def _stray_apposition(tok: Token) -> Token | None:
    """"the PYD and its military wing, the People's Protection Units (YPG), out of Afrin": a parse that hangs
    the apposition on the verb (dep "dep") instead of on the noun right before its comma."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ not in ("conj", "dobj", "pobj", "nsubj", "appos"):
        return None
    comma = tok.right_edge.i + 1
    doc = tok.doc
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return None
    head = doc[comma + 1]
    while head.dep_ != "dep" and head.head.i != head.i and head.head.left_edge.i == comma + 1:
        head = head.head
    if head.dep_ != "dep" or head.pos_ != "PROPN" or head.left_edge.i != comma + 1 or head.head.i == tok.i:
        return None
    return head


def phrase_names_actor(head: Token, index: MentionIndex) -> bool:
    return any(index.has(t) for t in phrase_tokens(head))


def _modifies_other_mention(tok: Token, index: MentionIndex, own: Mention, inside: set[int]) -> bool:
    """True when tok only describes another mentioned actor ("Russian" in "Russian president Putin")."""
    if _coordinated_modifier(tok):
        return False
    cur = tok
    for _ in range(4):
        if cur.dep_ not in MODIFIER_DEPS or cur.head == cur:
            return False
        cur = cur.head
        if cur.i not in inside:
            return False
        if any(m is not own for m in index.at(cur)):
            return True
        # "his defence secretary, Jim Mattis": the possessor describes the apposed name
        if any(m.actor_id != own.actor_id for c in cur.children if c.dep_ == "appos" for m in index.at(c)):
            return True
    return False


def _coordinated_modifier(tok: Token) -> bool:
    """"Russian and Ukrainian officials", "Kyiv and European capitals": the first of two coordinated
    modifiers names a group of its own, which the head's mention (built on the last modifier) leaves out."""
    return tok.dep_ in MODIFIER_DEPS and any(c.dep_ == "cc" for c in tok.children) and any(
        c.dep_ == "conj" and c.i < tok.head.i for c in tok.children)


def _of_phrase_tokens(head: Token) -> set[int]:
    """Tokens inside the "of" phrases of ``head`` ("the government of Bashar al-Assad")."""
    out: set[int] = set()
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            out.update(t.i for t in child.subtree)
    return out


def _apposed_events(head: Token, index: MentionIndex) -> set[int]:
    """Tokens of appositions that name an event, not the actor: "the two allies - chiefly, US support for
    the militias, and Turkey's detention of a pastor" (a parse that takes the list for an apposition)."""
    out: set[int] = set()
    for child in head.children:
        if child.dep_ == "appos" and child.lemma_.lower() in index.event_nouns and not index.has(child):
            out.update(t.i for t in child.subtree)
    return out


def phrase_actors(head: Token, index: MentionIndex) -> list[str] | Reciprocal:
    """Actor ids named by the argument phrase headed by ``head``, in text order.

    When the head itself names an actor, an "of" phrase only describes it ("the Syrian government of
    Bashar al-Assad", "the President of Ukraine"); a common-noun head ("the Syrian government
    delegation", "Turkish officials") gives way to a named actor among its modifiers only when it names
    no actor of its own.
    """
    if is_reciprocal(head):
        return RECIPROCAL
    tokens = phrase_tokens(head)
    skip = _apposed_events(head, index)
    if index.has(head):
        skip |= _of_phrase_tokens(head)
    tokens = [t for t in tokens if t.i not in skip]
    inside = {t.i for t in tokens}
    ids: list[str] = []
    generic: set[str] = set()
    branch_ids: dict[int, set[str]] = {}  # conjunct -> actors named within it ("the coalition and Russia")
    generic_branch: dict[str, int] = {}
    for tok in tokens:
        for m in index.at(tok):
            actor = index.alias.get(m.actor_id, m.actor_id)
            if actor in index.nation_alias and tok.i == head.i and _bare_definite(tok):
                actor = index.nation_alias[actor]
            if actor in ids:
                continue
            root_is_modifier = tok.pos_ == "ADJ" or m.how == "demonym" or tok.dep_ == "poss"
            if root_is_modifier and _modifies_other_mention(tok, index, m, inside):
                continue
            ids.append(actor)
            branch = _conjunct_of(tok, head, inside)
            branch_ids.setdefault(branch, set()).add(actor)
            if ((tok.i == head.i or tok.dep_ == "conj" or _named_by_modifier(tok, index, m))
                    and m.how == "description" and _is_bare_common_noun(m)):
                generic.add(actor)
                generic_branch[actor] = branch
    # a bare common noun ("officials", "coalition") gives way to a name among its own modifiers, not to
    # the other conjuncts of a coordination
    drop = {a for a in generic if branch_ids.get(generic_branch[a], set()) - generic}
    drop |= _described_by_apposition(head, index)
    drop |= _renamed_in_parentheses(tokens, ids, index)
    return [a for a in ids if a not in drop]


def _renamed_in_parentheses(tokens: list[Token], ids: list[str], index: MentionIndex) -> set[str]:
    """"the Democratic Union party (PYD)": a name in parentheses renames the phrase it follows; where the two
    names were linked to two actors, keep the one the document mentions more often."""
    drop: set[str] = set()
    for tok in tokens:
        if tok.dep_ != "appos" or not _in_parentheses(tok):
            continue
        renamed = {m.actor_id for m in index.at(tok) if m.how == "name"}
        before = {m.actor_id for t in tok.head.subtree if t.i < tok.i and t.i >= tok.head.left_edge.i
                  for m in index.at(t) if m.how == "name"} - renamed
        for a in renamed:
            for b in before:
                if a in ids and b in ids:
                    drop.add(b if index.mention_count(a) >= index.mention_count(b) else a)
    return drop


def _in_parentheses(tok: Token) -> bool:
    doc = tok.doc
    left, right = tok.left_edge.i - 1, tok.right_edge.i + 1
    return left >= 0 and right < len(doc) and doc[left].text == "(" and doc[right].text == ")"


def _described_by_apposition(head: Token, index: MentionIndex) -> set[str]:
    """"a US citizen, the pastor Andrew Brunson": a description apposed to a name is that person, who is named."""
    named = [m.actor_id for c in head.children if c.dep_ == "appos"
             for t in phrase_tokens(c) for m in index.at(t) if m.how == "name"]
    if not named:
        return set()
    return {m.actor_id for m in index.at(head) if m.how == "description" and m.actor_id not in named}


def _named_by_modifier(tok: Token, index: MentionIndex, own: Mention) -> bool:
    """A common noun inside a compound that another actor's mention modifies: "delegation" in "the opposition
    delegation team" is the opposition's."""
    return tok.dep_ == "compound" and any(
        m.actor_id != own.actor_id for c in tok.children if c.dep_ in MODIFIER_DEPS for m in index.at(c))


def _conjunct_of(tok: Token, head: Token, inside: set[int]) -> int:
    """The head of the conjunct of the phrase that ``tok`` belongs to."""
    cur = tok
    for _ in range(8):
        if cur.i == head.i or cur.dep_ == "conj" or cur.head.i not in inside:
            return cur.i
        cur = cur.head
    return cur.i


def _bare_definite(tok: Token) -> bool:
    """"the Russians": a definite plural with nothing else before it (not "ordinary Russians", "15 Russians")."""
    left = [c for c in tok.children if c.i < tok.i]
    return len(left) == 1 and left[0].lower_ == "the"


def _is_bare_common_noun(m: Mention) -> bool:
    """A mention that is one common noun ("delegation", "officials"): it says less than a modifier name."""
    return " " not in m.text.strip() and m.text[:1].islower()


def colon_list(verb: Token, index: MentionIndex) -> list[Token]:
    """Heads of a list introduced by a colon after the verb's clause ("informed the leaders: A, B and C")."""
    colon = next((c for c in verb.children if c.dep_ == "punct" and c.text == ":" and c.i > verb.i), None)
    if colon is None:
        return []
    sent = verb.sent
    return [t for t in sent if t.i > colon.i and index.has(t)]


def relative_antecedent(tok: Token, index: MentionIndex | None = None) -> Token:
    """The noun a relative pronoun stands for ("US forces, which have provided arms"); else tok itself."""
    if tok.lower_ in RELATIVE_PRONOUNS and (index is None or not index.has(tok)):
        verb = tok.head
        if verb.dep_ == "relcl" and verb.head != verb:
            if index is not None and not phrase_names_actor(verb.head, index):
                # "a buffer between the militias and Turkey - which has threatened": the parse hangs the clause
                # on the wrong noun; the actor just before the pronoun is the antecedent
                before = _previous_word(tok)
                if before is not None and index.has(before):
                    # "the president and minister, who warned" (not "the militias and Turkey, which has")
                    while before.dep_ == "conj" and before.head != before and not _singular_verb(verb):
                        before = before.head
                    return before
            return verb.head
    return tok


def relative_object(verb: Token) -> Token | None:
    """The noun a relative clause without a pronoun leaves as the verb's object: "the militias Turkey is
    battling" (the clause has a subject of its own and no object)."""
    if verb.dep_ != "relcl" or verb.head == verb or verb.head.pos_ not in ("NOUN", "PROPN"):
        return None
    kids = list(verb.children)
    if any(c.dep_ in OBJECT_DEPS or c.dep_ in ("nsubjpass", "ccomp", "xcomp") for c in kids):
        return None
    if any(t.lower_ in RELATIVE_PRONOUNS or t.tag_ in ("WDT", "WP", "WRB") for t in verb.subtree):
        return None  # "the forces which attacked", "the city where they fought"
    if not any(c.dep_ == "nsubj" for c in kids):
        return None
    return verb.head


def _singular_verb(verb: Token) -> bool:
    """The verb (or its auxiliary) agrees with a singular subject: "has threatened", "is", "says"."""
    return any(t.tag_ == "VBZ" or t.lower_ in ("was", "has", "is") for t in [verb, *verb.children]
               if t.i == verb.i or t.dep_ in ("aux", "auxpass"))


def _previous_word(tok: Token) -> Token | None:
    i = tok.i - 1
    while i >= tok.sent.start and tok.doc[i].is_punct:
        i -= 1
    return tok.doc[i] if i >= tok.sent.start else None


def subjects(verb: Token) -> list[Token]:
    """Explicit doers of a verb: its subject, or the "by" agent of a passive."""
    out = [relative_antecedent(c) for c in verb.children if c.dep_ in SUBJECT_DEPS and c.dep_ != "expl"]
    if not out:
        for c in verb.children:
            if c.dep_ == "agent":
                out.extend(p for p in c.children if p.dep_ == "pobj")
    return out


def named_subjects(heads: list[Token], index: MentionIndex) -> list[Token]:
    """Two subjects of one verb are an apposition the parser split ("the Australian foreign minister, Julie
    Bishop said"): the one with a name stands for both."""
    if len(heads) < 2:
        return heads
    named = [h for h in heads if any(m.how in ("name", "title") for t in phrase_tokens(h) for m in index.at(t))]
    if not named:
        return heads
    return [h for h in heads if h in named or not any(index.has(t) for t in phrase_tokens(h))
            or any(m.how not in GENERIC_HOWS for t in phrase_tokens(h) for m in index.at(t))]


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def objects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in OBJECT_DEPS]


@dataclass
class Controller:
    """Who does a verb that has no subject of its own, and whether that is "each other"."""

    heads: list[Token]
    via: Token | None = None  # the governing verb the doer came from
    reciprocal_group: list[Token] | None = None


def controller(verb: Token, max_hops: int = 5) -> Controller:
    """The doer of a subjectless verb: "Trump agreed to meet" (subject control), "urged X to leave"
    (object control), "accused X of attacking" (object of the governing verb), "Before talking to Putin,
    Trump spoke" (adverbial clause), "met and agreed" (coordination)."""
    cur = verb
    for _ in range(max_hops):
        head = cur.head
        if head == cur:
            break
        dep = cur.dep_
        prep = None
        if dep in ("pcomp", "pobj") and head.pos_ == "ADP":
            prep = head.lower_
            cur, head = head, head.head
            dep = cur.dep_
            if head == cur:
                break
        if dep == "acl" and head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("dobj", "attr"):
            # "felt no need to negotiate", "has the strength to neutralise": the one who has it does it
            found = subjects(head.head)
            return Controller(found, head.head) if found else Controller([])
        if head.pos_ not in ("VERB", "AUX", "ADJ"):
            break
        objs = objects(head)
        object_control = (dep == "xcomp" and objs) or (prep in ("of", "for") and objs)
        if object_control:
            if is_reciprocal(objs[0]):
                return Controller(subjects(head), head, reciprocal_group=subjects(head))
            return Controller(objs, head)
        if dep in ("xcomp", "conj", "advcl", "prep", "acomp") or prep is not None:
            found = subjects(head)
            if found:
                return Controller(found, head)
            cur = head
            continue
        break
    return Controller([])


def verb_arguments(verb: Token, object_is_theme: bool, index: MentionIndex, patient_is_target: bool = True,
                   extra_preps: frozenset[str] = frozenset()):
    """(source heads, target heads, controller) of a verb event; ``extra_preps`` name the target besides
    TARGET_PREPS for this event's type ("provided arms for the militias", "withdraw from Syria").

    ``patient_is_target``: whether the one a participle is said of is the target ("civilians killed in
    the strike"); not so for "troops stationed there" (MOBILIZE)."""
    sources: list[Token] = []
    targets: list[Token] = []
    passive = is_passive(verb)
    ctrl = None
    for c in verb.children:
        dep = c.dep_
        if dep in SUBJECT_DEPS and dep != "expl":
            sources.append(relative_antecedent(c, index))
        elif dep == "nsubjpass":
            targets.append(relative_antecedent(c, index))
        elif dep == "agent":
            sources.extend(p for p in c.children if p.dep_ == "pobj")
        elif dep in OBJECT_DEPS:
            if dep == "dobj" and object_is_theme:
                targets.extend(_theme_targets(c, extra_preps, index))
            else:
                targets.append(c)
        elif dep == "prep":
            low = c.lower_
            if low in LOCATIVE_PREPS:
                targets.extend(p for p in c.children if p.dep_ == "pobj" and not index.names_local_place(p))
            elif low in TARGET_PREPS:
                targets.extend(p for p in c.children if p.dep_ == "pobj")
            elif low in extra_preps:
                targets.extend(p for p in c.children if p.dep_ == "pobj" and not index.names_place(p))
            elif low == "between":
                sources.extend(p for p in c.children if p.dep_ == "pobj")
            elif low == "by" and passive:
                sources.extend(p for p in c.children if p.dep_ == "pobj")
    sources = named_subjects(sources, index)
    gap = relative_object(verb)
    if gap is not None and not targets:
        targets.append(gap)
    if not sources and verb.dep_ == "acl" and verb.head != verb and verb.head.pos_ in ("NOUN", "PROPN"):
        # "a US statement urging restraint": the noun does what its participle says;
        # "civilians killed in the strike": the noun is what is done to
        if verb.tag_ == "VBN":
            if not targets and patient_is_target:
                targets.append(verb.head)
        else:
            sources.append(verb.head)
    if not sources and not passive:
        ctrl = controller(verb)
        sources = ctrl.heads
    # "airstrikes by Russian jets killed ...": an attack noun as subject brings its own doer
    if sources and not any(index.has(t) for h in sources for t in phrase_tokens(h)):
        extra = [s for h in sources for s in _doer_of_noun(h, index)]
        if extra:
            sources = extra
        elif verb.dep_ == "acl" and not passive:  # "Assad felt no need to negotiate"
            ctrl = controller(verb)
            sources = ctrl.heads or sources
    if targets and not any(index.has(t) for h in targets for t in phrase_tokens(h)):
        # "hit back at comments made by Trump", "rejected the proposal of the US": whose the thing is
        targets = [o for h in targets for o in owner_of(h, with_agent=True)] or targets
    if not any(index.has(t) for h in targets for t in phrase_tokens(h)):
        targets.extend(colon_list(verb, index))
    return sources, targets, ctrl


def leader_of(participle: Token, index: MentionIndex) -> list[Token]:
    """The actor fused with a participle modifier: "UN" in "a UN-led investigation"."""
    return [g for g in participle.children if g.dep_ in ("npadvmod", "compound", "nmod") and index.has(g)]


def _doer_of_noun(noun: Token, index: MentionIndex) -> list[Token]:
    """Who a non-actor noun phrase belongs to or comes from: its possessor, an actor modifier, "by"/"from"."""
    out = []
    for c in noun.children:
        if c.dep_ == "poss" or (c.dep_ in ("compound", "amod", "nmod") and index.has(c)):
            out.append(c)
        elif c.dep_ == "prep" and c.lower_ in ("by", "from"):
            out.extend(p for p in c.children if p.dep_ == "pobj")
        elif c.dep_ == "acl" and c.tag_ == "VBN":  # "a statement issued by the opposition demanded"
            out.extend(p for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj")
    return out


def _theme_targets(theme: Token, extra_preps: frozenset[str] = frozenset(),
                   index: MentionIndex | None = None) -> list[Token]:
    """Targets named inside a theme object: "imposed sanctions on Russia", "launched drones of attack on Kyiv"."""
    out = []
    stack = [theme]
    for _ in range(3):
        nxt = []
        for tok in stack:
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in TARGET_PREPS:
                    out.extend(p for p in c.children if p.dep_ == "pobj")
                elif c.dep_ == "prep" and c.lower_ in extra_preps:
                    out.extend(p for p in c.children if p.dep_ == "pobj"
                               and not (index is not None and index.names_place(p)))
                elif c.dep_ == "prep" and c.lower_ == "of":
                    nxt.extend(p for p in c.children if p.dep_ == "pobj")
                elif c.dep_ == "conj":  # "launched 85 drones and a missile at Ukraine"
                    nxt.append(c)
        stack = nxt
    return out


def noun_arguments(noun: Token, of_role: str, index: MentionIndex, extra_preps: frozenset[str] = frozenset()):
    """(source heads, target heads) of an event noun from its own dependents."""
    sources: list[Token] = []
    targets: list[Token] = []
    for c in noun.children:
        dep = c.dep_
        if dep == "poss":
            sources.append(c)
        elif dep in ("compound", "amod", "nmod") and any(index.has(t) for t in phrase_tokens(c)):
            sources.append(c)
        elif dep == "amod" and c.tag_ == "VBN":  # "a US-led attack", "Putin-sponsored talks"
            sources.extend(leader_of(c, index))
        elif dep == "acl" and c.lemma_.lower() in index.participant_verbs:
            sources.extend(o for o in c.children if o.dep_ in OBJECT_DEPS)
        elif dep == "prep":
            low = c.lower_
            pobjs = [p for p in c.children if p.dep_ == "pobj"]
            if low in ("by", "between", "from"):
                sources.extend(pobjs)
            elif low in LOCATIVE_PREPS:
                targets.extend(p for p in pobjs if not index.names_local_place(p))
            elif low in TARGET_PREPS:
                targets.extend(pobjs)
            elif low in extra_preps:
                targets.extend(p for p in pobjs if not index.names_place(p))
            elif low == "of" and of_role == "source":
                sources.extend(pobjs)
            elif low == "of" and of_role == "target":
                targets.extend(pobjs)
    return sources, targets


def resolve(heads: list[Token], index: MentionIndex) -> tuple[list[str], bool]:
    """Actor ids of argument heads, and whether one of them was "each other"."""
    ids: list[str] = []
    recip = False
    for h in heads:
        if h.pos_ == "PRON" and not index.has(h):
            h = reported_speaker(h, index) or h
        found = phrase_actors(h, index)
        if found is RECIPROCAL:
            recip = True
            continue
        for a in found:
            if a not in ids:
                ids.append(a)
    return ids, recip


REPORTED_PRONOUNS = frozenset({"it", "they", "he", "she", "we"})


def reported_speaker(pron: Token, index: MentionIndex) -> Token | None:
    """"Syria says it is willing to withdraw": an unresolved subject pronoun of a reported clause stands for
    the one who reports it, when that one is a named actor."""
    if pron.lower_ not in REPORTED_PRONOUNS or pron.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = pron.head
    for _ in range(3):
        if verb.dep_ == "ccomp":
            say = verb.head
            if say.lemma_.lower() in index.speech_verbs:
                heads = named_subjects([c for c in say.children if c.dep_ == "nsubj"], index)
                if heads and any(index.has(t) for t in phrase_tokens(heads[0])):
                    return heads[0]
            return None
        if verb.dep_ not in ("xcomp", "acomp", "conj") or verb.head == verb:
            return None
        verb = verb.head
    return None


def adjunct_subjects(noun: Token) -> list[Token]:
    """The doer of the clause that an event noun is a prepositional adjunct of ("Erdoğan said in a phone
    call with Putin" -> Erdoğan); nothing for a passive clause, whose subject is done to."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head == prep:
        return []
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX") or is_passive(verb):
        return []
    found = subjects(verb)
    return found or controller(verb).heads


def owner_of(noun: Token, with_agent: bool = False) -> list[Token]:
    """The possessor or "of" object of a noun ("Russia's backing", "the aid of a government"), and with
    ``with_agent`` the agent of a participle on it ("comments made by Trump")."""
    out = [c for c in noun.children if c.dep_ == "poss"]
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            out.extend(p for p in c.children if p.dep_ == "pobj")
        elif with_agent and c.dep_ == "acl" and c.tag_ == "VBN":
            out.extend(p for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj")
    return out
