"""Linking: names, titles, descriptions and demonyms in a parsed ``Doc`` → ``Actor``s and ``Mention``s.

Two parts:

- ``configure_pipeline(nlp)`` adds the ``dateline_actor_names`` component after spaCy's ``ner``. It finds
  every knowledge-base name and alias (PhraseMatcher) and merges them into ``doc.ents`` with the KB's
  label and the actor id as ``kb_id_``: a KB name always wins over the statistical guess ("Trump" is never an
  ORG), except where the model found a longer name that contains it ("Washington Post"). Sentences and lines
  in capitals (headlines, datelines) are re-tagged from a truecased copy (``truecase``), which the model reads
  far better. Names lose a trailing possessive or date; a lone surname of a person named in full, and an
  organization's initials in parentheses, take that person's or organization's label.
- ``link_actors(doc, date)`` turns entities, office titles ("the German Chancellor", resolved by date),
  descriptions ("Libyan rebels") and demonyms into mentions, then resolves pronouns and
  anaphoric descriptions (``coref``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from dateline.actors.kb import IGO, PLACE_ID_PREFIX, STATE_SECTORS, KnowledgeBase, Title, load_kb, slug
from dateline.actors.truecase import capital_segments, case_map, known_name_cases, truecased_words
from dateline.model import Actor, Mention

COMPONENT = "dateline_actor_names"
NAME_LABELS = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC")
# a longer statistical entity of these types keeps a KB name found inside it ("Washington Post")
CONTAINER_LABELS = ("ORG", "FAC", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW", "LOC", "GPE", "PERSON")
# prepositions after which a place name is where something happens, not who takes part; "on", "at", "to",
# "against" and "from" are left out: "an attack on Ukraine", "aid to Kyiv", "missiles at Israel" name targets
LOCATIVE = frozenset("in near into outside around across within inside through throughout via off".split())
INDEFINITE = frozenset({"a", "an", "another", "some", "several", "many", "two", "three", "four", "one"})
NOT_HOLDER = frozenset({"former", "ex", "ex-", "deputy", "vice", "assistant", "acting", "late", "then", "previous",
                        "future", "next", "new", "incoming", "outgoing", "erstwhile", "first", "interim"})
FORMER = frozenset({"former", "ex", "ex-", "late", "retired"})
LINKERS = frozenset({"of", "for", "at", "to"})
DESCRIPTION_LINKERS = frozenset({"of", "for", "in", "at", "from"})
# a name ending in one of these is a place, whatever label the model gave it ("Dnipropetrovsk Oblast", "King's
# Cross station"): where something happens, never who does it
PLACE_HEADS = frozenset("oblast province governorate district county region raion station airport square street "
                        "avenue bridge port harbour harbor border crossing village town city".split())
# nouns between a place and a local body that keep the place as its modifier ("Kabul city police")
LOCAL_LEVELS = frozenset("city town village municipal district county provincial regional".split())
PRIORITY = {"name": 4, "title": 3, "description": 2, "demonym": 1, "pronoun": 1}


# ---------------------------------------------------------------------------------------------- pipeline


def configure_pipeline(nlp: Language) -> Language:
    """Add the KB name component after ``ner`` (once) and register the Doc extension."""
    if not Doc.has_extension("actor_links"):
        Doc.set_extension("actor_links", default=None)
    if COMPONENT not in nlp.pipe_names:
        if "ner" in nlp.pipe_names:
            nlp.add_pipe(COMPONENT, after="ner")
        else:
            nlp.add_pipe(COMPONENT, last=True)
    return nlp


@Language.factory(COMPONENT)
def make_actor_names(nlp: Language, name: str):
    return ActorNames(nlp)


def _upper_variant(text: str) -> str | None:
    up = text.upper()
    if up == text:
        return None
    if " " not in text and len(text) < 5:
        return None  # "Abe" → "ABE" would catch ordinary headline words
    return up


class ActorNames:
    """Pipeline component: KB names and aliases become entities with the KB label and the actor id."""

    def __init__(self, nlp: Language):
        kb = load_kb()
        self.matcher = PhraseMatcher(nlp.vocab)
        by_key: dict[str, list[str]] = {}
        for text, label, actor_id in kb.name_patterns():
            key = f"{label}\t{actor_id}"
            by_key.setdefault(key, []).append(text)
            up = _upper_variant(text)
            if up:
                by_key[key].append(up)
        for key, texts in by_key.items():
            self.matcher.add(key, list(nlp.tokenizer.pipe(sorted(set(texts)))))
        self.ner = nlp.get_pipe("ner") if "ner" in nlp.pipe_names else None
        self.demonym_ids = {d.lower(): c.actor_id for c in kb.countries.values() for d in c.demonyms}
        self.vocab = nlp.vocab
        self.name_cases = known_name_cases(text for text, _label, _id in kb.name_patterns())

    def __call__(self, doc: Doc) -> Doc:
        ents, found = list(doc.ents), []
        if self.ner is not None:
            ents, found = self._recase_headlines(doc, ents)
        found += self._kb_names(doc)
        ents = [t for t in (_trim_descriptor(e, self.demonym_ids) for e in ents) if t is not None]
        ents = [_trim(e) for e in merge_entities(ents, filter_spans(found))]
        doc.ents = _acronyms_in_parentheses(doc, _surnames_as_persons(doc, ents))
        return doc

    def _recase_headlines(self, doc: Doc, ents: list[Span]) -> tuple[list[Span], list[Span]]:
        """Re-tag sentences and lines written in capitals from a truecased copy (headlines, wire slugs, datelines);
        also the KB names found in the copy ("KYIV", too short to match in capitals)."""
        segments = capital_segments(doc)
        if not segments:
            return ents, []
        cases = case_map(doc, segments, self.name_cases)
        out, found = list(ents), []
        for seg in segments:
            words = truecased_words(seg, cases)
            spaces = [bool(t.whitespace_) for t in seg]
            copy = self.ner(Doc(self.vocab, words=words, spaces=spaces))
            out = [e for e in out if e.end <= seg.start or e.start >= seg.end]
            out += [Span(doc, seg.start + e.start, seg.start + e.end, label=e.label_) for e in copy.ents]
            found += [Span(doc, seg.start + k.start, seg.start + k.end, label=k.label_, kb_id=k.kb_id_)
                      for k in self._kb_names(copy)]
        return sorted(out, key=lambda s: s.start), found

    def _kb_names(self, doc: Doc) -> list[Span]:
        found = []
        for match_id, start, end in self.matcher(doc):
            label, actor_id = self.vocab.strings[match_id].split("\t")
            found.append(Span(doc, start, end, label=label, kb_id=actor_id))
        return found


def _initials(span: Span) -> str:
    return "".join(t.text[0] for t in span if t.is_title or t.is_upper).upper()


def _acronyms_in_parentheses(doc: Doc, ents: list[Span]) -> list[Span]:
    """An organization's initials in parentheses after its name are that organization too: "Iraqi News Agency
    (INA)", "National League for Democracy (NLD)"."""
    by_start = {e.start: e for e in ents}
    out = list(ents)
    for e in ents:
        if e.label_ != "ORG" or e.end + 2 >= len(doc) or doc[e.end].text != "(" or doc[e.end + 2].text != ")":
            continue
        acronym = doc[e.end + 1]
        other = by_start.get(acronym.i)
        if acronym.is_upper and acronym.text.isalpha() and acronym.text == _initials(e) and (
                other is None or other.end == acronym.i + 1 and not other.kb_id_):
            out = [x for x in out if x.start != acronym.i]
            out.append(Span(doc, acronym.i, acronym.i + 1, label="ORG", kb_id=e.kb_id_))
    return sorted(out, key=lambda s: s.start)


SURNAME_RELABELS = ("ORG", "GPE", "LOC", "FAC")


def _surnames_as_persons(doc: Doc, ents: list[Span]) -> list[Span]:
    """A lone word that is the last name of a person the document names in full is that person ("Dirk Wolterbeek
    ... Wolterbeek said"), where the model took it for an organization or place or missed it; names the KB knows
    keep their label."""
    surnames = {e[-1].lower_ for e in ents if e.label_ == "PERSON" and len(e) > 1 and e[-1].is_title}
    if not surnames:
        return ents
    # family name first ("Wang Dan ... Wang said"): only where the model read the lone word as an organization
    family = {e[0].lower_ for e in ents if e.label_ == "PERSON" and len(e) == 2 and e[0].is_title}
    out = [Span(doc, e.start, e.end, label="PERSON")
           if len(e) == 1 and not e.kb_id_ and (e.label_ in SURNAME_RELABELS and e[0].lower_ in surnames
                                                 or e.label_ == "ORG" and e[0].lower_ in family) else e
           for e in ents]
    covered = {i for e in ents for i in range(e.start, e.end)}
    out += [Span(doc, t.i, t.i + 1, label="PERSON") for t in doc
            if t.i not in covered and t.lower_ in surnames
            and (t.is_upper or t.is_title and (t.pos_ == "PROPN" or not t.is_sent_start))]
    return sorted(out, key=lambda s: s.start)


NAME_TRIM_LABELS = ("ORG", "PERSON", "GPE", "LOC", "FAC", "NORP")


def _trim_descriptor(ent: Span, demonym_ids: dict[str, str]) -> Span | None:
    """A model name without the common nouns it swallowed: "Interfax news agency" → "Interfax",
    "Iraqi military" → "Iraqi" (a demonym, tagged NORP). Names are capitalised; trailing lower-case words are
    descriptions, which the linker reads on its own."""
    if ent.label_ not in NAME_TRIM_LABELS or ent.kb_id_:
        return ent
    end = ent.end
    while end > ent.start + 1 and ent.doc[end - 1].is_alpha and ent.doc[end - 1].is_lower:
        end -= 1
    if end == ent.end:
        return ent
    span = ent.doc[ent.start:end]
    if not any(t.is_alpha and not t.is_lower for t in span if t.lower_ != "the"):
        return None  # "the defence ministry": a description with no name in it
    actor_id = demonym_ids.get(span.text.lower())
    if actor_id is not None:
        return Span(ent.doc, ent.start, end, label="NORP", kb_id=actor_id)
    return Span(ent.doc, ent.start, end, label=ent.label_)


ORG_LIKE = ("ORG", "FAC")


def _is_possessive(tok) -> bool:
    return tok.tag_ == "POS" or (tok.lower_ in ("'s", "’s") and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_)


def _no_name_word(tok, label: str) -> bool:
    """A token that never ends a name: a date or punctuation ("1996-08-30", "'"); a number ends no person's or
    place's name ("Oxford 4" in a results line) but may end an organization's ("Group of 77", "Channel 4")."""
    return not any(c.isalpha() for c in tok.text) and (label not in ORG_LIKE or not tok.is_digit)


def _trim(ent: Span) -> Span:
    """Names without a leading article, a trailing possessive, date or number: "the United States" → "United
    States", "Ivan Lendl's" → "Ivan Lendl", "WARSAW 1996-08-30" (a dateline) → "WARSAW"."""
    start, end = ent.start, ent.end
    if end - start > 1 and ent[0].lower_ == "the":
        start += 1
    if ent.label_ in NAME_TRIM_LABELS:
        while end - start > 1 and (_is_possessive(ent.doc[end - 1]) and not ent.kb_id_
                                   or _no_name_word(ent.doc[end - 1], ent.label_)):
            end -= 1
    if (start, end) == (ent.start, ent.end):
        return ent
    return Span(ent.doc, start, end, label=ent.label_, kb_id=ent.kb_id_)


_IGNORABLE_IN_CONTAINER = frozenset({"-", "–", "—", "/", "'s", "’s", "and", "&", ",", "the", "The"})


def merge_entities(ents: list[Span], kb_spans: list[Span]) -> list[Span]:
    """KB names win over overlapping model entities, unless the model's entity is a longer name around them."""
    keep_model: list[Span] = []
    dropped_kb: set[int] = set()
    # a place name that is the last name of a person named in full elsewhere is that person ("Jordan")
    surnames = {e[-1].text for e in list(ents) + list(kb_spans) if e.label_ == "PERSON" and len(e) > 1}
    kb_spans = [k for k in kb_spans if not (len(k) == 1 and k.label_ != "PERSON" and k.text in surnames)]
    for ent in ents:
        inside = [k for k in kb_spans if k.start >= ent.start and k.end <= ent.end]
        crossing = [k for k in kb_spans if k.start < ent.end and k.end > ent.start and k not in inside]
        if crossing:
            continue  # "Kremlin Yury" vs KB "Yury Ushakov": the KB name wins
        if not inside:
            keep_model.append(ent)
            continue
        if len(inside) == 1 and inside[0].start == ent.start and inside[0].end == ent.end:
            continue  # same span: take the KB label and id
        covered = {i for k in inside for i in range(k.start, k.end)}
        rest = [t for t in ent if t.i not in covered]
        if all(t.text in _IGNORABLE_IN_CONTAINER or t.is_punct for t in rest):
            continue  # "Trump-Putin": two KB names, not one organization
        if ent.label_ in CONTAINER_LABELS:
            keep_model.append(ent)
            dropped_kb.update(id(k) for k in inside)
    spans = keep_model + [k for k in kb_spans if id(k) not in dropped_kb]
    return sorted(filter_spans(spans), key=lambda s: s.start)


# ---------------------------------------------------------------------------------------------- linking


@dataclass
class Candidate:
    """A possible mention, in token offsets; the best non-overlapping ones become ``Mention``s."""

    start: int
    end: int
    actor: Actor
    how: str
    plural: bool = False
    title: str | None = None  # title key when the mention came from an office title
    group: int = 0  # candidates of one group may share a span ("the two leaders")
    head: int | None = None  # token index of the mention's head
    absorbs: bool = False  # a name inside is only a modifier ("Kyiv police", "Russia's president")
    place: bool = False  # a place name standing for its people ("Kharkiv"): never the antecedent of "they"

    @property
    def priority(self) -> int:
        bonus = 1 if self.how == "name" and self.title else 0
        return PRIORITY.get(self.how, 0) + bonus + (3 if self.absorbs else 0)


@dataclass
class LinkResult:
    actors: list[Actor]
    mentions: list[Mention]
    candidates: list[Candidate] = field(default_factory=list)


def link_actors(doc: Doc, publication_date: dt.date) -> tuple[list[Actor], list[Mention]]:
    """Every actor the document mentions (each once, in order of first mention) and every mention, by start."""
    cached = doc._.actor_links if Doc.has_extension("actor_links") else None
    if cached is not None and cached[0] == publication_date:
        return list(cached[1].actors), list(cached[1].mentions)
    result = Linker(doc, publication_date, load_kb()).run()
    if Doc.has_extension("actor_links"):
        doc._.actor_links = (publication_date, result)
    return list(result.actors), list(result.mentions)


def link_candidates(doc: Doc, publication_date: dt.date) -> list[Candidate]:
    """The chosen mentions with their token spans (for callers that work on tokens, e.g. coding a phrase)."""
    link_actors(doc, publication_date)
    cached = doc._.actor_links if Doc.has_extension("actor_links") else None
    if cached is not None:
        return list(cached[1].candidates)
    return Linker(doc, publication_date, load_kb()).run().candidates


_matchers: dict[int, PhraseMatcher] = {}


def _word_matcher(doc: Doc, kb: KnowledgeBase) -> PhraseMatcher:
    """Lower-case matcher for office titles and sector nouns, built once per vocabulary."""
    m = _matchers.get(id(doc.vocab))
    if m is None:
        m = PhraseMatcher(doc.vocab, attr="LOWER")
        tok = doc.vocab  # words are tokenized with a blank tokenizer on the same vocab
        from spacy.lang.en import English

        make = English(vocab=tok).tokenizer
        m.add("TITLE", list(make.pipe(sorted(kb.titles))))
        m.add("SECTOR", list(make.pipe(sorted(kb.sector_words))))
        _matchers[id(doc.vocab)] = m
    return m


class Linker:
    """One document's linking pass."""

    def __init__(self, doc: Doc, date: dt.date, kb: KnowledgeBase):
        self.doc, self.date, self.kb = doc, date, kb
        self.cands: list[Candidate] = []
        self.ent_at: dict[int, Span] = {}
        for e in doc.ents:
            for i in range(e.start, e.end):
                self.ent_at[i] = e
        self.requests: list = []  # descriptions that need an antecedent (coref)
        self._title_jurisdiction: dict[int, tuple[str | None, str | None]] = {}  # title head -> (country, code)

    # -- helpers ----------------------------------------------------------------------------------------

    def ent_actor(self, ent: Span) -> Actor | None:
        """The actor an entity names (KB id or a new local actor)."""
        kb, text = self.kb, ent.text
        if ent.kb_id_:
            if ent.kb_id_.startswith(PLACE_ID_PREFIX):
                iso = ent.kb_id_.split(":")[2]
                return Actor(id=f"x:{iso}:{slug(text)}", name=text, kind="group", country=iso, sector="CVL")
            return kb.actor_at(ent.kb_id_, self.date)
        label = ent.label_
        name = _strip_det(ent)
        if label == "PERSON":
            known = kb.lookup_person_variant(name) or (kb.lookup_org_variant(name) if len(name) >= 14 else None)
            if known:  # a KB person written another way, or a group's name the model took for a person's
                return kb.actor_at(known, self.date)
            return Actor(id=f"x:person:{slug(name)}", name=name, kind="person")
        if label in ("ORG", "NORP", "GPE", "LOC", "FAC"):
            ids = kb.lookup_name(name) or ([v] if (v := kb.lookup_org_variant(name)) else [])
            if ids:
                return kb.actor_at(ids[0], self.date)
            country, sector, _kind, _plural = self.code_tokens(ent)
            after = self.doc[ent.end] if ent.end < len(self.doc) else None
            if label in ("ORG", "FAC", "LOC") and (ent[-1].lower_ in PLACE_HEADS or (
                    after is not None and after.lower_ in PLACE_HEADS and ent.root.head.i == after.i)):
                return Actor(id=f"{PLACE_ID_PREFIX}{slug(name)}", name=name, kind="group", country=country)
            if label == "ORG":
                return Actor(id=f"x:org:{slug(name)}", name=name, kind="organization", country=country, sector=sector)
            if label == "NORP":
                return Actor(id=f"x:group:{slug(name)}", name=name, kind="group", country=country, sector=sector)
            if label == "GPE":
                return Actor(id=f"{PLACE_ID_PREFIX}{slug(name)}", name=name, kind="group", country=country)
        return None

    def country_of_token_span(self, span) -> str | None:
        """ISO code named by an entity or word: country, demonym, capital, place, or an actor's country."""
        ent = self.ent_at.get(span.start) if isinstance(span, Span) else None
        text = span.text
        iso = self.kb.country_of_place(text) or (self.kb.region_of_word(text) if text[:1].isupper() else None)
        if iso:
            return iso
        if ent is not None and ent.kb_id_:
            if ent.kb_id_.startswith(PLACE_ID_PREFIX):
                return ent.kb_id_.split(":")[2]
            a = self.kb.get(ent.kb_id_)
            if a is not None and a.country and a.country != "IGO":
                return a.country
        return self.unlisted_place(span) if ent is not None else None

    # -- places the knowledge base does not list ----------------------------------------------------------

    def unlisted_place(self, span: Span) -> str | None:
        """The country of a town the KB does not list, named in a span: a GeoNames town ("Amherst College" →
        USA, "Biloxi" → USA) or a country or capital with two letters swapped ("Dehli police" → IND).

        Only a whole name counts, never a word inside one ("Dauphin Island" is not the town of Dauphin, "Mary
        Landry" not the town of Mary), and no person's name or name the KB knows is read as a town."""
        for start, end in self._names_in(span):
            words = self.doc[start:end]
            if all(self._may_name_place(t) for t in words if t.is_alpha and t.text[:1].isupper()):
                iso = self._town_or_respelling(words.text)
                if iso in self.kb.countries:
                    return iso
        return None

    def _names_in(self, span: Span):
        """(start, end) of each name in a span that may be a town's: a place entity the KB does not know, the words
        before an organization's own noun ("Amherst College", "Gao City Council"), and a run of capitalised
        proper nouns outside entities ("Dehli police")."""
        i = span.start
        while i < span.end:
            ent = self.ent_at.get(i)
            if ent is not None:
                if not ent.kb_id_ and span.start <= ent.start and ent.end <= span.end and ent[0].text[:1].isupper():
                    if ent.label_ in ("GPE", "LOC", "FAC"):
                        yield ent.start, ent.end
                    elif ent.label_ == "ORG" and (end := self._before_own_noun(ent.start, ent.end)) < ent.end:
                        yield ent.start, end
                i = ent.end
                continue
            if not self._in_run(i):
                i += 1
                continue
            a, j = i, i + 1
            while a > 0 and self._in_run(a - 1):
                a -= 1
            while j < len(self.doc) and self._in_run(j):
                j += 1
            if span.start <= a and j <= span.end:  # a name that goes on outside the span is not this span's
                yield a, self._before_own_noun(a, j)
            i = j

    def _in_run(self, i: int) -> bool:
        """A word of a name outside entities: capitalised, a proper noun or a misspelt country or capital."""
        t = self.doc[i]
        return (self.ent_at.get(i) is None and t.text[:1].isupper()
                and (t.pos_ == "PROPN" or self.kb.country_of_respelt_place(t.text) is not None))

    def _before_own_noun(self, start: int, end: int) -> int:
        """The end of a name without its trailing kind-of-body words: "Gao City Council" → "Gao"."""
        while end > start + 1 and (self.doc[end - 1].lower_ in LOCAL_LEVELS
                                   or self.kb.sector_of_word(self.doc[end - 1].lower_, in_name=True)):
            end -= 1
        return end

    def _town_or_respelling(self, text: str) -> str | None:
        from dateline.actors.gazetteer import country_of_town  # the town table is built on first use

        return country_of_town(text) or self.kb.country_of_respelt_place(text)

    def _may_name_place(self, t) -> bool:
        """A capitalised word that may be part of a town's name: no acronym, common word, known person's name
        or word next to a person's name ("Bobi Wine", "Kwasi Kwarteng")."""
        if (t.is_upper and len(t) > 1) or t.is_stop:
            return False
        if self.kb.sector_of_word(t.lower_, in_name=True) or self.kb.title_named(t.text):
            return False
        if (self.kb.is_surname(t.text) or self.kb.lookup_name(t.text) or self.kb.country_of_place(t.text)
                or self.kb.region_of_word(t.text)):
            return False  # "Obama", "Arab": the KB's own words mean what the KB says
        return not any(self._in_person(j) for j in (t.i - 1, t.i, t.i + 1))

    def _in_person(self, i: int) -> bool:
        ent = self.ent_at.get(i)
        return ent is not None and ent.label_ == "PERSON"

    def code_tokens(self, span: Span) -> tuple[str | None, str | None, str | None, bool]:
        """(country, sector, kind, plural) from the words of a phrase: "Chile's Ministry of Mines"."""
        country = sector = kind = None
        plural = False
        i = span.start
        while i < span.end:
            e = self.ent_at.get(i)
            if e is not None and e.start >= span.start and e.end <= span.end and (e.start, e.end) != (span.start, span.end):
                c = self.country_of_token_span(e)
                if c and country is None:
                    country = c
                i = e.end
                continue
            t = self.doc[i]
            if t.text[:1].isupper() and country is None and not self._in_person(i):  # "Florence Mutua"
                for n in (3, 2, 1):  # "Northern Territory", "Santa Marta" inside a longer name
                    if i + n <= span.end:
                        c = self.kb.country_of_place(self.doc[i:i + n].text)
                        if c:
                            country = c
                            break
            i += 1
        if country is None:
            country = self.unlisted_place(span)
        best = None
        for n in range(min(4, len(span)), 0, -1):  # longest sector phrase, rightmost first
            for s in range(span.end - n, span.start - 1, -1):
                words = " ".join(t.lower_ for t in self.doc[s:s + n])
                hit = self.kb.sector_of_word(words, in_name=self.doc[s + n - 1].text[:1].isupper())
                if hit:
                    best = (hit, self.doc[s + n - 1])
                    break
            if best:
                break
        if best:
            (sector, kind), head = best
            plural = head.tag_ in ("NNS", "NNPS")
        return country, sector, kind, plural

    # -- passes -----------------------------------------------------------------------------------------

    def run(self) -> LinkResult:
        self.names()
        self.titles_and_descriptions()
        self.demonyms()
        self.acronyms()
        chosen = select(self.cands)
        from dateline.actors.coref import resolve

        chosen = select(chosen + resolve(self.doc, chosen, self.requests, self.kb, self.date))
        return self.result(chosen)

    def names(self) -> None:
        surnames = self._full_names()
        self._untagged_surnames(surnames)
        for ent in self.doc.ents:
            if ent.label_ not in NAME_LABELS:
                continue
            if len(ent) == 1 and not ent.kb_id_ and ent.label_ in ("PERSON", "ORG") and ent.text in surnames:
                # "Neil Prakash ... Prakash": a surname alone is the person named in full (whatever the model's label)
                self.cands.append(Candidate(ent.start, ent.end, surnames[ent.text], "name", head=ent.root.i))
                continue
            if ent.label_ == "NORP" and ent.kb_id_ and self.kb.get(ent.kb_id_) and self.kb.get(ent.kb_id_).kind == "country":
                continue  # demonyms are handled with the phrase they modify
            region = self.kb.region_of_word(ent.text) if ent.label_ in ("NORP", "GPE", "LOC") else None
            if region:
                if ent.text.endswith("s") and self.kb.region_of_word(ent.text[:-1]):  # "Europeans"
                    people = Actor(id=f"x:{region}:people", name=ent.text, kind="group", country=region, sector="CVL")
                    self.cands.append(Candidate(ent.start, ent.end, people, "description", plural=True,
                                                head=ent.root.i))
                continue  # "European": an adjective, handled with the phrase it modifies
            if ent.label_ in ("GPE", "LOC", "FAC") and self._locative(ent):
                continue  # "in Moscow", "near Aleppo": a place, not an actor
            actor = self.ent_actor(ent)
            if actor is None:
                continue
            start = ent.start + (1 if ent[0].lower_ == "the" and len(ent) > 1 else 0)
            place = ent.label_ in ("GPE", "LOC", "FAC") and (
                ent.kb_id_.startswith(PLACE_ID_PREFIX) or actor.id.startswith(PLACE_ID_PREFIX))
            self.cands.append(Candidate(start, ent.end, actor, "name", plural=ent.root.tag_ == "NNPS", head=ent.root.i,
                                        place=place))

    def acronyms(self) -> None:
        """"the Kurdish Democratic Union party (PYD)": an acronym in parentheses right after a name is that actor's
        alias for the whole article. Where the two were linked to different actors, a knowledge-base actor wins
        over a local one (and a local acronym gives way to the full name)."""
        doc = self.doc
        for i in range(1, len(doc) - 2):
            acronym = doc[i + 1]
            if doc[i].text != "(" or doc[i + 2].text != ")" or not _is_acronym(acronym):
                continue
            named = self._name_before(i)
            if named is None:
                continue
            short = next((c for c in self.cands if c.start == i + 1 and c.how == "name"), None)
            if short is None:
                self._alias_acronym(acronym.text, named.actor)
                continue
            if short.actor.id == named.actor.id:
                continue
            local_named, local_short = self.kb.get(named.actor.id) is None, self.kb.get(short.actor.id) is None
            if local_named == local_short and not local_named:
                continue  # two actors the KB knows apart
            winner, loser = (short.actor, named.actor) if local_named and not local_short else (named.actor, short.actor)
            self.cands = [replace(c, actor=winner) if c.actor.id == loser.id else c for c in self.cands]

    def _name_before(self, paren: int) -> Candidate | None:
        """The name candidate that ends at the parenthesis, or one own-noun before it ("... Union party (PYD)")."""
        ends = {paren}
        before = self.doc[paren - 1]
        if before.is_lower and before.is_alpha and before.pos_ in ("NOUN", "PROPN"):
            ends.add(paren - 1)
        found = [c for c in self.cands if c.how == "name" and c.end in ends and not c.place]
        return max(found, key=lambda c: c.end - c.start) if found else None

    def _alias_acronym(self, text: str, actor: Actor) -> None:
        """Every unlinked occurrence of the acronym names the actor."""
        taken = {i for c in self.cands for i in range(c.start, c.end)}
        for t in self.doc:
            if t.text == text and t.i not in taken:
                self.cands.append(Candidate(t.i, t.i + 1, actor, "name", head=t.i))

    def _untagged_surnames(self, surnames: dict[str, Actor]) -> None:
        """A surname the model left untagged ("Prakash was detained") is the person named in full."""
        for t in self.doc:
            if t.text in surnames and t.pos_ == "PROPN" and t.i not in self.ent_at:
                self.cands.append(Candidate(t.i, t.i + 1, surnames[t.text], "name", head=t.i))

    def _full_names(self) -> dict[str, Actor]:
        """Surname -> the person the document names in full ("Neil Prakash"), where only one full name has it."""
        found: dict[str, set[str]] = {}
        actors: dict[str, Actor] = {}
        for ent in self.doc.ents:
            if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].is_alpha and ent[-1].text[:1].isupper():
                actor = self.ent_actor(ent)
                if actor is not None and actor.kind == "person":
                    found.setdefault(ent[-1].text, set()).add(actor.id)
                    actors[ent[-1].text] = actor
        return {name: actors[name] for name, ids in found.items() if len(ids) == 1}

    def _locative(self, ent: Span) -> bool:
        """After "in/at/near..." or in apposition to such a place ("in Anchorage, Alaska")."""
        i = ent.start - 1
        if i >= 0 and self.doc[i].lower_ == "the":
            i -= 1
        if i >= 1 and self.doc[i].text == ",":
            prev = self.ent_at.get(i - 1)
            if prev is not None and prev.label_ in ("GPE", "LOC", "FAC") and prev.end == i:
                return self._locative(prev)
        return i >= 0 and self.doc[i].lower_ in LOCATIVE

    def titles_and_descriptions(self) -> None:
        doc = self.doc
        matches = [Span(doc, s, e, label=m) for m, s, e in _word_matcher(doc, self.kb)(doc)]
        titles = {(s.start, s.end) for s in matches if s.label_ == "TITLE"}
        matches = [s for s in matches if s.label_ == "TITLE" or (s.start, s.end) not in titles]
        taken: set[int] = set()
        for sp in sorted(filter_spans(matches), key=lambda s: s.start):
            if any(i in taken for i in range(sp.start, sp.end)):
                continue
            ent = self.ent_at.get(sp.start)
            if ent is not None and ent.label_ in ("ORG", "FAC", "WORK_OF_ART", "EVENT") and len(ent) > len(sp):
                continue  # inside a name: "Syrian Democratic Forces"
            if len(sp) == 1 and sp[0].pos_ not in ("NOUN", "PROPN"):
                continue  # "general election", "5 pm"
            if sp.label_ == "TITLE":
                end = self.title(sp)
            else:
                end = self.description(sp)
            taken.update(range(sp.start, max(end, sp.end)))

    def _left_modifiers(self, start: int) -> tuple[int, str | None, list[str], str | None]:
        """Walk left over determiners, adjectives and country words: (new start, country, words, org code)."""
        doc, i = self.doc, start - 1
        country = org_code = None
        words: list[str] = []
        while i >= 0:
            t = doc[i]
            ent = self.ent_at.get(i)
            if t.text in ("'s", "’s") and i - 1 >= 0 and self.ent_at.get(i - 1) is not None:
                i -= 1
                continue
            if ent is not None and ent.label_ in ("GPE", "NORP", "ORG", "LOC") and t.text[:1].isupper():
                if ent.start > 0 and doc[ent.start - 1].lower_ in ("pro", "anti") or (
                    ent.start > 1 and doc[ent.start - 1].text == "-" and doc[ent.start - 2].lower_ in ("pro", "anti")
                ):
                    break
                c = self.country_of_token_span(ent)
                code = self._org_code(ent)
                if c is None and code is None:
                    break
                country = country or c
                org_code = org_code or code
                words.append(ent.text.lower())
                i = ent.start - 1
                continue
            c = (self.kb.country_of_place(t.text) or self.kb.region_of_word(t.text)
                 or self.unlisted_place(doc[i:i + 1])) if t.text[:1].isupper() else None
            if c is None and (t.pos_ in ("DET", "ADJ", "NUM") or t.lower_ in NOT_HOLDER or t.lower_ in LOCAL_LEVELS
                              or t.text in ("-",)):
                words.append(t.lower_)
                i -= 1
                continue
            if c:
                country = country or c
                words.append(t.lower_)
                i -= 1
                continue
            break
        return i + 1, country, words, org_code

    def _org_code(self, ent: Span) -> str | None:
        return self.kb.code_of(ent.kb_id_) if ent.kb_id_ else None

    def _right_of(self, end: int, preps=LINKERS) -> tuple[int, str | None, str | None]:
        """'of/for/at [the] X' after a title or noun: (new end, country, org code)."""
        doc = self.doc
        if end >= len(doc) or doc[end].lower_ not in preps:
            return end, None, None
        j = end + 1
        ent = self.ent_at.get(j)
        if ent is None and j < len(doc) and doc[j].lower_ == "the":
            ent = self.ent_at.get(j + 1)
        if ent is not None and ent.start in (j, j + 1) and ent.label_ in ("GPE", "ORG", "NORP", "LOC"):
            c = self.country_of_token_span(ent)
            code = self._org_code(ent)
            if c or code:
                return ent.end, c, code
        return end, None, None

    def _name_after(self, j: int) -> Span | None:
        doc = self.doc
        ent = self.ent_at.get(j)
        if ent is not None and ent.start == j and ent.label_ == "PERSON":
            return ent
        k = j
        while k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper() and self.ent_at.get(k) is None:
            k += 1
        if k > j:
            return doc[j:k]
        return None

    def title(self, sp: Span) -> int:
        kb, doc = self.kb, self.doc
        title: Title | None = kb.title_named(sp.text)
        if title is None:  # the matcher and the title table disagree: no title, not a crash
            return sp.end
        plural = sp[-1].tag_ in ("NNS", "NNPS")
        start, country, mods, code = self._left_modifiers(sp.start)
        right_end, rcountry, rcode = self._right_of(sp.end)
        country, code = country or rcountry, code or rcode
        root = sp.root
        if country is None and code is None and root.dep_ == "conj" and start == sp.start:
            # "Turkey's president and foreign minister": a coordinated title shares the first one's country
            country, code = self._title_jurisdiction.get(root.head.i, (None, None))
        self._title_jurisdiction[root.i] = (country, code)
        end = sp.end  # without a name, the mention is the title; "of X" is its own mention
        det = doc[start].lower_ if start < sp.start else ""
        first = doc[start]
        mention_start = start + 1 if first.lower_ in ("the", "a", "an") else start
        not_holder = bool(NOT_HOLDER.intersection(mods)) or det in INDEFINITE
        name = self._name_after(right_end)
        if name is not None:
            actor = self.ent_actor(name) if isinstance(name, Span) and name.label_ == "PERSON" else None
            if actor is None or actor.id.startswith("x:"):
                known = kb.lookup_surname(name[-1].text, self.date, title.office)
                actor = kb.actor_at(known, self.date) if known else None
            if actor is None:
                text = name.text
                actor = Actor(id=f"x:person:{slug(text)}", name=text, kind="person", country=country,
                              sector=title.sector)
            self.cands.append(Candidate(mention_start, name.end, actor, "name", title=title.key, head=name.root.i))
            return name.end
        jur = code or country
        count = _count_word(mods)
        if count and count > 1 and jur is None:
            self.requests.append(("count", mention_start, end, count, title))
            return end
        holder = None
        # "Russian leaders" are not Putin; "the Russian presidents" (a slip for the one office) still is
        if jur and not not_holder and title.office and (not plural or det == "the" and not title.leader):
            holder = self._holder(jur, title)
        absorbs = self._has_entity(mention_start, sp.start)
        if holder is not None:
            self.cands.append(Candidate(mention_start, end, holder, "title", plural=plural, title=title.key,
                                        head=sp.root.i, absorbs=absorbs))
            return end
        if jur is None and det in ("the", "") and not not_holder:
            self.requests.append(("role", mention_start, end, title, plural))
            return end
        sector = "ELI" if FORMER & set(mods) else title.sector
        iso = country or ("IGO" if code else None)
        actor = _description_actor(kb, iso, sp.text.lower(), sector, "group" if plural else "person",
                                   None if plural else title.key)
        self.cands.append(Candidate(mention_start, end, actor, "description", plural=plural, title=title.key,
                                    head=sp.root.i, absorbs=absorbs))
        return end

    def _has_entity(self, start: int, end: int) -> bool:
        return any(self.ent_at.get(i) is not None for i in range(start, end))

    def _holder(self, jur: str, title: Title) -> Actor | None:
        kb = self.kb
        if title.leader:
            return kb.leader(jur, self.date)
        return kb.holder(jur, title.office, self.date)

    def description(self, sp: Span) -> int:
        kb, doc = self.kb, self.doc
        sector, kind = kb.sector_of_word(sp.text.lower())
        if sp.text.lower() in kb.place_nouns and self._as_place(sp):
            return sp.end
        # "the Interfax news agency", "Gazprom company": a name followed by its own kind of noun
        named = self.ent_at.get(sp.start - 1)
        if (named is not None and named.end == sp.start and named.kb_id_ and named.label_ == "ORG"
                and kind != "person" and sp[-1].tag_ not in ("NNS", "NNPS")):
            owner = self.kb.actor_at(named.kb_id_, self.date)
            if owner is not None and owner.sector == sector:
                self.cands.append(Candidate(named.start, sp.end, owner, "name", head=sp.root.i))
                return sp.end
        start, country, mods, code = self._left_modifiers(sp.start)
        end = sp.end
        if country is None:
            # "missiles at Ukraine" are aimed at it: a noun that needs a country does not take one through "at"
            linkers = DESCRIPTION_LINKERS - {"at"} if kb.is_generic(sp.text) else DESCRIPTION_LINKERS
            country = self._right_of(end, linkers)[1]
        if country is None and sector == "GOV":
            # "the Assad regime", "the Trump administration": the mention takes in the leader's name
            country, start = self._leader_modifier(start) or (None, start)
        # members of a named armed or political group take its sector: "Boko Haram gunmen", "Hamas fighters"
        member_of = self._group_modifier(sp.start)
        if member_of is not None and kind in ("person", "group") and sector in ("UAF", "REB", "MIL", "PTY", "CVL"):
            sector = member_of.sector
            country = country or (member_of.country if member_of.country != "IGO" else None)
        # a non-state modifier decides the sector of a force: "rebel forces", "opposition fighters"
        for w in mods:
            hit = kb.sector_of_word(w)
            if hit and hit[0] in ("REB", "OPP", "CRM", "PRM", "UAF"):
                sector = hit[0]
        if country is None and code is None and member_of is None and kb.is_generic(sp.text):
            return end  # "people", "drones", "troops": no one in particular
        # "Tass's state agency": an organization described by its own kind of noun is that organization
        owner = self._possessor(sp.start)
        if owner is not None and owner.sector == sector:
            self.cands.append(Candidate(owner_start(self, sp.start), end, owner, "name", head=sp.root.i))
            return end
        plural = sp[-1].tag_ in ("NNS", "NNPS") or (kind == "group" and sp[-1].lower_.endswith("s"))
        if kind == "person" and plural:
            kind = "group"
        if FORMER & set(mods):
            sector = "ELI"
        if start < len(doc) and doc[start].lower_ in ("the", "a", "an"):
            start += 1
        actor = _description_actor(self.kb, country or ("IGO" if code else None), sp.text.lower(), sector, kind, None)
        self.cands.append(Candidate(start, end, actor, "description", plural=plural, head=sp.root.i,
                                    absorbs=self._has_entity(start, sp.start)))
        return end

    def _as_place(self, sp: Span) -> bool:
        """"around the whole world", "the world's largest": a place noun used as a place."""
        doc, i = self.doc, sp.start - 1
        while i >= 0 and (doc[i].pos_ in ("DET", "ADJ")):
            i -= 1
        if i >= 0 and doc[i].lower_ in LOCATIVE | {"around", "across", "over", "of"}:
            return True
        after = doc[sp.end:sp.end + 2]
        return len(after) == 2 and after[0].text in ("'s", "’s") and after[1].tag_ == "JJS"

    def _leader_modifier(self, start: int) -> tuple[str, int] | None:
        """The country of a known person named right before a government noun ("the Assad regime",
        "Putin's government"): a government named after its leader is that leader's country's."""
        i = start - 1
        if i >= 1 and self.doc[i].text in ("'s", "’s"):
            i -= 1
        ent = self.ent_at.get(i)
        if ent is None or ent.label_ != "PERSON" or ent.end != i + 1:
            return None
        actor = self.ent_actor(ent)
        if actor is None or actor.kind != "person" or not actor.country or actor.country == IGO:
            return None
        return actor.country, ent.start

    def _group_modifier(self, start: int) -> Actor | None:
        """A KB armed, rebel or party group named right before a noun ("Boko Haram gunmen")."""
        ent = self.ent_at.get(start - 1)
        if ent is None or not ent.kb_id_ or ent.end != start:
            return None
        actor = self.kb.get(ent.kb_id_)
        if actor is None or actor.kind == "country" or actor.sector not in ("REB", "PRM", "UAF", "PTY", "CRM", "OPP"):
            return None
        return actor

    def _possessor(self, start: int) -> Actor | None:
        doc = self.doc
        i = start - 1
        while i >= 0 and doc[i].pos_ in ("ADJ",) or (i >= 0 and doc[i].lower_ in ("state", "official")):
            i -= 1
        if i >= 1 and doc[i].text in ("'s", "’s"):
            ent = self.ent_at.get(i - 1)
            if ent is not None and ent.kb_id_:
                return self.kb.actor_at(ent.kb_id_, self.date)
        return None

    def demonyms(self) -> None:
        for ent in self.doc.ents:
            if ent.label_ != "NORP" or not ent.kb_id_:
                continue
            actor = self.kb.get(ent.kb_id_)
            if actor is None or actor.kind != "country":
                continue
            if ent.text.endswith("s") and self.kb.country_of_demonym(ent.text[:-1]):  # "Russians", "Libyans"
                people = Actor(id=f"x:{actor.country}:people", name=ent.text, kind="group", country=actor.country,
                               sector="CVL")
                self.cands.append(Candidate(ent.start, ent.end, people, "description", plural=True, head=ent.root.i))
                continue
            self.cands.append(Candidate(ent.start, ent.end, actor, "demonym", head=ent.root.i))

    # -- output -----------------------------------------------------------------------------------------

    def result(self, chosen: list[Candidate]) -> LinkResult:
        doc = self.doc
        actors: dict[str, Actor] = {}
        mentions = []
        states: list[str] = []
        for c in sorted(chosen, key=lambda c: (c.start, c.group)):
            span = doc[c.start:c.end]
            actors.setdefault(c.actor.id, c.actor)
            mentions.append(Mention(c.actor.id, span.start_char, span.end_char, span.text, c.how))
            a = c.actor
            if (c.how in ("description", "name") and a.kind in ("group", "organization")
                    and a.sector in STATE_SECTORS and a.country and a.country != IGO):
                states.append(a.country)
        # "the Syrian government", "Russian troops", "Turkish forces" act for their state: the state is one of
        # the document's actors even where the text never names it, so that later stages can name it
        for iso in states:
            country = self.kb.country_actor(iso)
            if country is not None:
                actors.setdefault(country.id, country)
        return LinkResult(list(actors.values()), mentions, sorted(chosen, key=lambda c: c.start))


def owner_start(linker: Linker, start: int) -> int:
    i = start - 1
    while i >= 0 and linker.doc[i].text not in ("'s", "’s"):
        i -= 1
    ent = linker.ent_at.get(i - 1)
    return ent.start if ent is not None else start


def _is_acronym(tok) -> bool:
    """"PYD", "SDF", "YPG": two to six capitals (a lower-case letter inside allowed: "PKK", "HTS", "NGOs" not)."""
    text = tok.text
    return 2 <= len(text) <= 6 and text.isalpha() and text[0].isupper() and sum(ch.isupper() for ch in text) >= 2 \
        and text[-1].isupper()


def _count_word(words: list[str]) -> int | None:
    numbers = {"two": 2, "both": 2, "three": 3, "four": 4, "2": 2, "3": 3}
    for w in words:
        if w in numbers:
            return numbers[w]
    return None


def _strip_det(span: Span) -> str:
    if len(span) > 1 and span[0].lower_ == "the":
        return span[1:].text
    return span.text


def _description_actor(kb: KnowledgeBase, country: str | None, words: str, sector: str | None, kind: str | None,
                       title: str | None) -> Actor:
    label = slug(title or words)
    aid = f"x:{country}:{label}" if country else f"x:{label}"
    name = f"{kb.adjective(country)} {title or words}" if country else (title or words)
    return Actor(id=aid, name=name, kind=kind or "group", country=country, sector=sector)


def select(cands: list[Candidate]) -> list[Candidate]:
    """The best non-overlapping candidates: higher priority, then longer, then earlier."""
    chosen: list[Candidate] = []
    used: dict[int, int] = {}  # token → group of the candidate holding it
    for c in sorted(cands, key=lambda c: (-c.priority, -(c.end - c.start), c.start)):
        owners = {used.get(i) for i in range(c.start, c.end)} - {None}
        if owners and (not c.group or owners != {c.group}):
            continue
        if any(x.start == c.start and x.end == c.end and x.actor.id == c.actor.id for x in chosen):
            continue
        chosen.append(c)
        for i in range(c.start, c.end):
            used[i] = c.group or -len(chosen)
    return sorted(chosen, key=lambda c: c.start)
