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
        starts = [t.idx for t in doc]
        for m in mentions:
            i = max(bisect.bisect_right(starts, m.start) - 1, 0)
            while i < len(doc) and doc[i].idx < m.end:
                tok = doc[i]
                if tok.idx + len(tok.text) > m.start and not tok.is_space:
                    self.by_token.setdefault(i, []).append(m)
                i += 1

    def at(self, tok: Token) -> list[Mention]:
        return self.by_token.get(tok.i, [])

    def has(self, tok: Token) -> bool:
        return tok.i in self.by_token

    def names_place(self, head: Token) -> bool:
        """The phrase names only places: "from Kyiv" is where from, not whom."""
        found = [m for t in phrase_tokens(head) for m in self.at(t)]
        return bool(found) and all((m.start, m.end) in self.places for m in found)


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
    out.sort(key=lambda t: t.i)
    return out


def _modifies_other_mention(tok: Token, index: MentionIndex, own: Mention, inside: set[int]) -> bool:
    """True when tok only describes another mentioned actor ("Russian" in "Russian president Putin")."""
    cur = tok
    for _ in range(4):
        if cur.dep_ not in MODIFIER_DEPS or cur.head == cur:
            return False
        cur = cur.head
        if cur.i not in inside:
            return False
        if any(m is not own for m in index.at(cur)):
            return True
    return False


def _of_phrase_tokens(head: Token) -> set[int]:
    """Tokens inside the "of" phrases of ``head`` ("the government of Bashar al-Assad")."""
    out: set[int] = set()
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "of":
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
    if index.has(head):
        skip = _of_phrase_tokens(head)
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
            if (tok.i == head.i or tok.dep_ == "conj") and m.how == "description" and _is_bare_common_noun(m):
                generic.add(actor)
                generic_branch[actor] = branch
    # a bare common noun ("officials", "coalition") gives way to a name among its own modifiers, not to
    # the other conjuncts of a coordination
    drop = {a for a in generic if branch_ids.get(generic_branch[a], set()) - generic}
    return [a for a in ids if a not in drop]


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
            return verb.head
    return tok


def subjects(verb: Token) -> list[Token]:
    """Explicit doers of a verb: its subject, or the "by" agent of a passive."""
    out = [relative_antecedent(c) for c in verb.children if c.dep_ in SUBJECT_DEPS and c.dep_ != "expl"]
    if not out:
        for c in verb.children:
            if c.dep_ == "agent":
                out.extend(p for p in c.children if p.dep_ == "pobj")
    return out


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
            if low in TARGET_PREPS:
                targets.extend(p for p in c.children if p.dep_ == "pobj")
            elif low in extra_preps:
                targets.extend(p for p in c.children if p.dep_ == "pobj" and not index.names_place(p))
            elif low == "between":
                sources.extend(p for p in c.children if p.dep_ == "pobj")
            elif low == "by" and passive:
                sources.extend(p for p in c.children if p.dep_ == "pobj")
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
    if targets and not any(index.has(t) for h in targets for t in phrase_tokens(h)):
        # "hit back at comments made by Trump", "rejected the proposal of the US": whose the thing is
        targets = [o for h in targets for o in owner_of(h, with_agent=True)] or targets
    if not any(index.has(t) for h in targets for t in phrase_tokens(h)):
        targets.extend(colon_list(verb, index))
    return sources, targets, ctrl


def _doer_of_noun(noun: Token, index: MentionIndex) -> list[Token]:
    """Who a non-actor noun phrase belongs to or comes from: its possessor, an actor modifier, "by"/"from"."""
    out = []
    for c in noun.children:
        if c.dep_ == "poss" or (c.dep_ in ("compound", "amod", "nmod") and index.has(c)):
            out.append(c)
        elif c.dep_ == "prep" and c.lower_ in ("by", "from"):
            out.extend(p for p in c.children if p.dep_ == "pobj")
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
        elif dep == "prep":
            low = c.lower_
            pobjs = [p for p in c.children if p.dep_ == "pobj"]
            if low in ("by", "between", "from"):
                sources.extend(pobjs)
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
                heads = [c for c in say.children if c.dep_ == "nsubj"]
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
