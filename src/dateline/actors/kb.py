"""The actor knowledge base: countries, people with dated offices, organizations, sector and title words.

Everything here is read from data files under ``dateline/data/actors/``:

- ``countries.tsv``  one country a line: ISO alpha-3, Wikidata QID, name, aliases, demonyms, capitals
  (seats of government used as metonyms: "Moscow", "the Kremlin" is an organization instead), places
  (cities and regions that tell the country of a phrase), and the office of the country's leader.
- ``people.yaml``    people: id, name, aliases, country, sector, gender, offices with start and end dates.
- ``organizations.yaml``  governments' seats, international bodies, armed and political groups, media.
- ``sectors.yaml``   sector codes and the nouns that name them ("rebels" → REB).
- ``titles.yaml``    office titles ("prime minister", "premier") and role nouns ("spokesperson").
- ``regions.tsv``    regional codes (CAMEO style: EUR, WST, ARB...) and the adjectives that name them
  ("European leaders" → a group coded EUR).

``load_kb()`` builds the lookups once and caches them.
"""

from __future__ import annotations

import csv
import datetime as dt
import difflib
import functools
import re
import unicodedata
from dataclasses import dataclass, field, replace
from importlib import resources

from dateline.model import Actor
from dateline.resources import read_yaml, word_set

# International bodies use this pseudo-country; offices of those bodies use the short body codes below.
IGO = "IGO"
FAR_FUTURE = dt.date(9999, 12, 31)
FAR_PAST = dt.date(1, 1, 1)
PLACE_ID_PREFIX = "x:place:"  # ids of places that stand for their people ("Kyiv said")
STATE_SECTORS = frozenset({"GOV", "MIL"})  # sectors of bodies that act for their state


@dataclass(frozen=True)
class Office:
    """One term in one office: ``jurisdiction`` is an ISO alpha-3 code or a body code (EU, UN, NATO...)."""

    jurisdiction: str
    office: str
    start: dt.date
    end: dt.date
    actor_id: str

    def holds_on(self, date: dt.date) -> bool:
        return self.start <= date <= self.end


@dataclass
class Entry:
    """A knowledge-base actor with what linking needs beyond the public ``Actor`` record."""

    actor: Actor
    aliases: tuple[str, ...] = ()
    gender: str | None = None  # "m", "f" or None (unknown)
    label: str = "ORG"  # spaCy label for the entity ruler
    offices: list[Office] = field(default_factory=list)
    code: str | None = None  # jurisdiction code of a body whose offices are recorded ("EC", "NATO")
    leader_office: str | None = None  # the body's leader office ("secretary-general")


@dataclass(frozen=True)
class Country:
    iso3: str
    qid: str | None
    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]
    places: tuple[str, ...]
    leader_office: str | None

    @property
    def actor_id(self) -> str:
        return self.qid or f"x:country:{self.iso3}"


@dataclass(frozen=True)
class Region:
    """A region or bloc that a phrase may name by adjective ("European", "Western", "Arab")."""

    code: str
    name: str
    adjectives: tuple[str, ...]


@dataclass(frozen=True)
class Title:
    """An office or role noun: ``office`` is set when the KB records holders of it."""

    key: str
    words: tuple[str, ...]
    sector: str
    office: str | None  # office key in people.yaml, None for roles without a single holder
    leader: bool = False  # "leader", "chief": the country's leader office


def slug(text: str) -> str:
    """A stable, readable id fragment: ``Yury Ushakov`` → ``yury-ushakov``."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "unknown"


def _skeleton(text: str) -> str:
    """Letters only, lower case, doubled letters once: how transliterations of one name most often agree."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    letters = re.sub(r"[^a-z]", "", text)
    return re.sub(r"(.)\1+", r"\1", letters)


def _split(cell: str | None) -> tuple[str, ...]:
    return tuple(p.strip() for p in (cell or "").split("|") if p.strip())


def _date(value, default: dt.date) -> dt.date:
    if value in (None, "", "present"):
        return default
    if isinstance(value, dt.date):
        return value
    text = str(value)
    parts = [int(p) for p in text.split("-")]
    while len(parts) < 3:
        parts.append(1)
    return dt.date(*parts)


def _data_dir():
    return resources.files("dateline") / "data" / "actors"


def not_towns() -> frozenset[str]:
    """Words that are never a town's name, though a town somewhere bears them ("Most", "Police", "Asia")."""
    return word_set("actors/not_towns.txt")


class KnowledgeBase:
    """Lookups over the actor data. Build with :func:`load_kb`."""

    def __init__(self, countries, entries, sectors, titles, sector_names, leader_default, regions=(),
                 needs_country=()):
        self.countries: dict[str, Country] = {c.iso3: c for c in countries}
        self.regions: dict[str, Region] = {r.code: r for r in regions}
        # nouns that are an actor only with a country ("Russian drones"), never alone ("drones", "people")
        self.needs_country: frozenset[str] = frozenset(w.lower() for w in needs_country)
        # nouns that are an actor only where they are not a place: "called on the world", not "around the world"
        self.place_nouns: frozenset[str] = frozenset()
        self.entries: dict[str, Entry] = {e.actor.id: e for e in entries}
        self.sector_words: dict[str, tuple[str, str]] = {phrase_key(w): v for w, v in sectors.items()}  # word → (sector, kind)
        self.sector_names = sector_names
        self.name_sector_words: dict[str, tuple[str, str]] = {}
        self.titles: dict[str, Title] = {}
        for t in titles:
            for w in t.words:
                self.titles[phrase_key(w)] = t
        self.leader_default: tuple[str, ...] = tuple(leader_default)
        self._index()

    # -- building -----------------------------------------------------------------------------------------

    def _index(self) -> None:
        self._country_by_name: dict[str, str] = {}
        self._demonym: dict[str, str] = {}
        self._capital: dict[str, str] = {}
        self._place: dict[str, str] = {}
        for c in self.countries.values():
            for n in (c.name, *c.aliases):
                self._country_by_name.setdefault(n.lower(), c.iso3)
            for d in c.demonyms:
                self._demonym.setdefault(d.lower(), c.iso3)
            for p in c.capitals:
                self._capital.setdefault(p.lower(), c.iso3)
            for p in c.places:
                self._place.setdefault(p.lower(), c.iso3)
        self._region: dict[str, str] = {}
        for r in self.regions.values():
            for a in r.adjectives:
                self._region.setdefault(a.lower(), r.code)
        self._body_leader = {e.code: e.leader_office for e in self.entries.values() if e.code and e.leader_office}
        self._offices: dict[tuple[str, str], list[Office]] = {}
        self._names: dict[str, list[str]] = {}
        self._surnames: dict[str, list[str]] = {}
        self._org_skeletons: dict[str, dict[str, str]] = {}  # first letters → skeleton → id
        for e in self.entries.values():
            if e.actor.kind != "person":
                for n in (e.actor.name, *e.aliases):
                    sk = _skeleton(n)
                    if len(sk) >= 8:
                        self._org_skeletons.setdefault(sk[:4], {}).setdefault(sk, e.actor.id)
            for o in e.offices:
                self._offices.setdefault((o.jurisdiction, o.office), []).append(o)
            for n in (e.actor.name, *e.aliases):
                ids = self._names.setdefault(n.lower(), [])
                if e.actor.id not in ids:
                    ids.append(e.actor.id)
            if e.actor.kind == "person":
                for n in (e.actor.name, *e.aliases):
                    last = n.split()[-1].lower()
                    ids = self._surnames.setdefault(last, [])
                    if e.actor.id not in ids:
                        ids.append(e.actor.id)

    # -- public lookups -----------------------------------------------------------------------------------

    def get(self, actor_id: str) -> Actor | None:
        entry = self.entries.get(actor_id)
        return entry.actor if entry else None

    def entry(self, actor_id: str) -> Entry | None:
        return self.entries.get(actor_id)

    def actor_at(self, actor_id: str, date: dt.date) -> Actor | None:
        """The actor as of ``date``: a person out of every office they held is coded ELI (former elite)."""
        entry = self.entries.get(actor_id)
        if entry is None:
            return None
        if entry.actor.kind != "person" or not entry.offices:
            return entry.actor
        current = sorted((o for o in entry.offices if o.holds_on(date)), key=lambda o: o.jurisdiction not in self.countries)
        if current:
            office = current[0]
            country = office.jurisdiction if office.jurisdiction in self.countries else IGO
            return replace(entry.actor, country=country, sector=self.office_sector(office))
        if any(o.end < date for o in entry.offices):
            return replace(entry.actor, sector="ELI")
        return entry.actor

    def code_of(self, actor_id: str) -> str | None:
        """The jurisdiction code of a body ("x:org:nato" → "NATO"), if its offices are recorded."""
        e = self.entries.get(actor_id)
        return e.code if e else None

    def office_sector(self, office: Office) -> str:
        title = self.titles.get(office.office)
        return title.sector if title else "GOV"

    def country(self, iso3: str | None) -> Country | None:
        return self.countries.get(iso3) if iso3 else None

    def country_actor(self, iso3: str) -> Actor | None:
        c = self.countries.get(iso3)
        return self.get(c.actor_id) if c else None

    def country_of_name(self, text: str) -> str | None:
        """ISO code for a country name or alias ("Russia", "the US", "Britain")."""
        t = text.lower().strip()
        if t.startswith("the "):
            t = t[4:]
        return self._country_by_name.get(t)

    def country_of_demonym(self, text: str) -> str | None:
        """ISO code for a demonym ("Russian", "Russians", "Libyan") or None."""
        return self._demonym.get(text.lower().strip())

    def region_of_word(self, text: str) -> str | None:
        """Regional code for a regional adjective ("European" → EUR, "Western" → WST) or None."""
        return self._region.get(text.lower().strip())

    def is_generic(self, word: str) -> bool:
        """A noun that names an actor only with a country or owner: "people", "drones", "troops"."""
        return word.lower() in self.needs_country

    def country_of_capital(self, text: str) -> str | None:
        return self._capital.get(text.lower().strip())

    def country_of_place(self, text: str) -> str | None:
        """ISO code for any country word: name, demonym, capital or listed place."""
        t = text.lower().strip()
        if t.startswith("the "):
            t = t[4:]
        return (
            self._country_by_name.get(t)
            or self._demonym.get(t)
            or self._capital.get(t)
            or self._place.get(t)
        )

    def country_of_respelt_place(self, text: str) -> str | None:
        """ISO code for a country or capital written with two neighbouring letters swapped
        ("Dehli" → IND), where exactly one place name gives that spelling. Capitalised single words of five
        letters or more only, with the first letter right, and never a name the KB knows as written."""
        if len(text) < 5 or not text.isalpha() or not text[0].isupper() or self.country_of_place(text):
            return None
        return self._respelling_index.get(text.lower())

    @functools.cached_property
    def _respelling_index(self) -> dict[str, str]:
        places = {**self._country_by_name, **self._capital}  # the best-known names, not every listed town
        found: dict[str, set[str]] = {}
        for name, iso in places.items():
            if len(name) < 5 or not name.isalpha():
                continue
            for i in range(1, len(name) - 1):
                if name[i] != name[i + 1]:
                    found.setdefault(name[:i] + name[i + 1] + name[i] + name[i + 2:], set()).add(iso)
        known = set(places) | set(self._place) | set(self._demonym) | set(self._names) | not_towns()
        return {w: next(iter(isos)) for w, isos in found.items() if len(isos) == 1 and w not in known}

    def lookup_name(self, text: str) -> list[str]:
        """Actor ids whose name or alias is exactly ``text`` (case-insensitive)."""
        t = text.lower().strip()
        ids = self._names.get(t)
        if ids is None and t.startswith("the "):
            ids = self._names.get(t[4:])
        return list(ids or [])

    def lookup_surname(self, text: str, date: dt.date | None = None, office: str | None = None) -> str | None:
        """The one person with this last name, preferring those in ``office`` (any country) on ``date``."""
        ids = self._surnames.get(text.lower().strip(), [])
        if not ids:
            return None
        if date is not None:
            in_office = [
                i for i in ids
                if any(o.holds_on(date) and (office is None or o.office == office) for o in self.entries[i].offices)
            ]
            if len(in_office) >= 1:
                return in_office[0]
        return ids[0] if len(ids) == 1 else None

    def is_surname(self, word: str) -> bool:
        """Whether a word is the last name of a KB person ("Obama"): such a word is never read as a town."""
        return word.lower() in self._surnames

    def lookup_person_variant(self, name: str) -> str | None:
        """A KB person written another way: same last name and a first name that starts the same
        ("Mohammed Hussein Roble" → Mohamed Hussein Roble); never just a shared surname ("Hunter Biden")."""
        parts = name.split()
        if len(parts) < 2:
            return None
        for actor_id in self._surnames.get(parts[-1].lower(), []):
            e = self.entries[actor_id]
            for n in (e.actor.name, *e.aliases):
                first = n.split()[0].lower()
                if len(n.split()) > 1 and first[:3] == parts[0].lower()[:3]:
                    return actor_id
        return None

    def lookup_org_variant(self, name: str) -> str | None:
        """A KB organization or group written another way: the same letters once spaces, hyphens, apostrophes
        and doubled letters are ignored, or nearly so ("Ahlu Sunnah Wal-Jamaa" → Ahlu Sunna Waljama'a,
        "Hizbollah" is not caught: the first letters must agree). Long names only (never acronyms)."""
        sk = _skeleton(name)
        if len(sk) < 8:
            return None
        bucket = self._org_skeletons.get(sk[:4], {})
        if sk in bucket:
            return bucket[sk]
        best, best_ratio = None, 0.88
        for other, actor_id in bucket.items():
            if abs(len(other) - len(sk)) > 3:
                continue
            ratio = difflib.SequenceMatcher(None, sk, other).ratio()
            if ratio > best_ratio:
                best, best_ratio = actor_id, ratio
        return best

    def holder(self, country: str, office: str, date: dt.date) -> Actor | None:
        """Who held ``office`` in ``country`` (ISO alpha-3 or body code) on ``date``."""
        terms = [o for o in self._offices.get((country, office), ()) if o.holds_on(date)]
        if not terms:
            return None
        # where terms overlap (hand-over days), the one that began last holds it
        best = max(terms, key=lambda o: o.start)
        return self.actor_at(best.actor_id, date)

    def offices_of(self, actor_id: str, date: dt.date | None = None) -> list[Office]:
        entry = self.entries.get(actor_id)
        if entry is None:
            return []
        return [o for o in entry.offices if date is None or o.holds_on(date)]

    def leader(self, country: str, date: dt.date) -> Actor | None:
        """The leader on ``date`` of a country ("the Russian leader") or of a body by code ("the NATO chief")."""
        office = self._body_leader.get(country)
        if office:
            return self.holder(country, office, date)
        c = self.countries.get(country)
        order = ((c.leader_office,) if c and c.leader_office else ()) + self.leader_default
        for office in order:
            a = self.holder(country, office, date)
            if a is not None:
                return a
        return None

    def sector_of_word(self, word: str, in_name: bool = False) -> tuple[str, str] | None:
        """(sector, kind) for a sector noun or its plural ("rebels" → ("REB", "group")).

        ``in_name``: the word is part of a name, where a few more words tell the sector ("Congress Party").
        """
        w = phrase_key(word)
        return self.sector_words.get(w) or (self.name_sector_words.get(w) if in_name else None)

    def adjective(self, code: str) -> str:
        """A readable qualifier for a country or region code ("RUS" → "Russian", "EUR" → "European")."""
        country = self.country(code)
        if country is not None and country.demonyms:
            return country.demonyms[0]
        region = self.regions.get(code)
        if region is not None and region.adjectives:
            return region.adjectives[0]
        return code

    def title_named(self, text: str) -> Title | None:
        """The office title a phrase names, however the text spaces it ("vice - president")."""
        return self.titles.get(phrase_key(text))

    def name_patterns(self):
        """(text, label, actor id) for every name and alias: what the entity ruler matches."""
        for e in self.entries.values():
            for n in {e.actor.name, *e.aliases}:
                yield n, e.label, e.actor.id
        for c in self.countries.values():
            for d in c.demonyms:
                yield d, "NORP", c.actor_id
            for p in c.capitals:
                yield p, "GPE", c.actor_id
            for p in c.places:
                yield p, "GPE", f"{PLACE_ID_PREFIX}{c.iso3}"


# -- loading --------------------------------------------------------------------------------------------


def _read_countries(text: str) -> list[Country]:
    rows = csv.DictReader((line for line in text.splitlines() if line and not line.startswith("#")), delimiter="\t")
    out = []
    for r in rows:
        out.append(
            Country(
                iso3=r["iso3"].strip(),
                qid=(r.get("qid") or "").strip() or None,
                name=r["name"].strip(),
                aliases=_split(r.get("aliases")),
                demonyms=_split(r.get("demonyms")),
                capitals=_split(r.get("capitals")),
                places=_split(r.get("places")),
                leader_office=(r.get("leader") or "").strip() or None,
            )
        )
    return out


_KIND_LABEL = {"person": "PERSON", "country": "GPE", "organization": "ORG", "media": "ORG", "group": "ORG"}


def _read_entries(records: list[dict], default_kind: str) -> list[Entry]:
    out = []
    for r in records:
        kind = r.get("kind", default_kind)
        actor_id = str(r.get("id") or f"x:{'person' if kind == 'person' else 'org'}:{slug(r['name'])}")
        offices = []
        for o in r.get("offices") or ():
            # "RUS president 2000-05-07 2008-05-07" (end may be "-" for still in office)
            jur, rest = o.split(" ", 1)
            parts = rest.rsplit(" ", 2)
            office, start, end = parts[0], parts[1], parts[2]
            offices.append(
                Office(jur, office, _date(start, FAR_PAST), _date(None if end == "-" else end, FAR_FUTURE), actor_id)
            )
        actor = Actor(id=actor_id, name=r["name"], kind=kind, country=r.get("country"), sector=r.get("sector"))
        out.append(
            Entry(
                actor=actor,
                aliases=tuple(str(a) for a in r.get("aliases") or ()),
                gender=r.get("gender", "m" if kind == "person" else None),
                label=r.get("label", _KIND_LABEL[kind]),
                offices=offices,
                code=r.get("code"),
                leader_office=r.get("leader"),
            )
        )
    return out


def _read_regions(text: str) -> list[Region]:
    rows = csv.DictReader((line for line in text.splitlines() if line and not line.startswith("#")), delimiter="\t")
    return [Region(r["code"].strip(), r["name"].strip(), _split(r.get("adjectives"))) for r in rows]


def _read_sectors(data: dict):
    data = {k: v for k, v in data.items() if k not in ("needs_country", "place_nouns")}
    words: dict[str, tuple[str, str]] = {}
    in_names: dict[str, tuple[str, str]] = {}
    names: dict[str, str] = {}
    for code, spec in data.items():
        names[code] = spec.get("name", code)
        for w in spec.get("in_names") or ():
            in_names[str(w).lower()] = (code, "organization")
            in_names[_plural(str(w).lower())] = (code, "organization")
        for kind in ("person", "group", "organization"):
            for w in spec.get(kind) or ():
                w = str(w).lower()
                words.setdefault(w, (code, kind))
                plural = _plural(w)
                words.setdefault(plural, (code, "group" if kind == "person" else kind))
    return words, in_names, names


def _plural(word: str) -> str:
    head, _, last = word.rpartition(" ")
    if last.endswith("man"):
        p = last[:-3] + "men"
    elif last.endswith(("s", "x", "ch", "sh")):
        p = last + "es"
    elif last.endswith("y") and last[-2:-1] not in "aeiou":
        p = last[:-1] + "ies"
    else:
        p = last + "s"
    return f"{head} {p}" if head else p


def phrase_key(text: str) -> str:
    """A phrase as a lookup key: lower case, single spaces, none around hyphens and apostrophes
    (tokenized text writes "vice - president" for "vice-president")."""
    return re.sub(r"\s*([-'’/])\s*", r"\1", " ".join(text.lower().split()))


def _read_titles(data: dict) -> tuple[list[Title], list[str]]:
    titles = []
    for key, spec in (data.get("titles") or {}).items():
        words = {key, *(spec.get("words") or ())}
        if spec.get("plural", True):
            words |= {_plural(w) for w in list(words)}
        titles.append(
            Title(
                key=key,
                words=tuple(sorted(w.lower() for w in words)),
                sector=spec.get("sector", "GOV"),
                office=spec.get("office", key if spec.get("held", True) else None),
                leader=bool(spec.get("leader", False)),
            )
        )
    return titles, list(data.get("leader_offices") or ())


@functools.lru_cache(maxsize=1)
def load_kb() -> KnowledgeBase:
    """Load and index the knowledge base once."""
    d = _data_dir()
    countries = _read_countries((d / "countries.tsv").read_text(encoding="utf-8"))
    entries = _read_entries(read_yaml(d / "people.yaml") or [], "person")
    entries += _read_entries(read_yaml(d / "organizations.yaml") or [], "organization")
    for c in countries:
        entries.append(
            Entry(
                actor=Actor(id=c.actor_id, name=c.name, kind="country", country=c.iso3, sector="GOV"),
                aliases=c.aliases,
                label="GPE",
            )
        )
    sector_data = read_yaml(d / "sectors.yaml")
    sectors, in_names, sector_names = _read_sectors(sector_data)
    needs_country = [str(w) for w in sector_data.get("needs_country") or ()]
    needs_country += [_plural(w) for w in needs_country]
    titles, leader_default = _read_titles(read_yaml(d / "titles.yaml"))
    regions = _read_regions((d / "regions.tsv").read_text(encoding="utf-8"))
    kb = KnowledgeBase(countries, entries, sectors, titles, sector_names, leader_default, regions, needs_country)
    kb.name_sector_words = in_names
    kb.place_nouns = frozenset(str(w).lower() for w in sector_data.get("place_nouns") or ())
    return kb
