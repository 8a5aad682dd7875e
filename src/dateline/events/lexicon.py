"""Loads the event lexicon (``dateline/data/events/*.yaml``) into lookup tables built once per process.

The YAML files are the knowledge; this module only reads and indexes them so that the engine does
dictionary look-ups per token.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path

from dateline.model import MODALITIES, PLOVER_TYPES
from dateline.resources import read_yaml

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "events"

ACTOR_CLASS = "@actor"  # object condition: the object phrase names an actor
NOUN_LISTS = ("light_verbs", "recipient_verbs", "participant_verbs", "host_verbs")  # word lists in nouns.yaml, not nouns


@dataclass(frozen=True)
class Sense:
    """One way a verb or noun becomes an event, with the conditions under which it does."""

    lemma: str
    type: str
    mode: str | None = None
    prep: str | None = None
    object: frozenset[str] | None = None  # allowed object lemmas (classes expanded)
    object_is_actor: bool = False
    modifiers: frozenset[str] | None = None
    of: frozenset[str] | None = None
    standalone: bool = True
    object_is_theme: bool = False  # the direct object is what is done ("discussed an exchange"), not a target
    confidence: float = 1.0
    of_role: str | None = None  # nouns: what the "of" phrase names, where it differs from the type's
    negated_future: str | None = None  # "will not allow" is a threat, where the type's rule would say REJECT

    @property
    def specificity(self) -> int:
        return sum(
            x is not None and x is not False
            for x in (self.prep, self.object, self.modifiers, self.of, self.object_is_actor or None)
        )


@dataclass(frozen=True)
class TypeInfo:
    symmetric: bool = False
    requires_target: bool = False
    of_role: str = "none"
    negated_future: str | None = None
    future_codebook: str | None = None
    future_type: str | None = None
    actorless: bool = False
    reject_mode: str | None = None
    target_preps: frozenset[str] = frozenset()  # prepositions naming the target for this type only ("aid for")
    modal_is_act: bool = False  # "would face consequences": the future wording is the act (a threat) itself
    purpose_targets: bool = False  # "launched an offensive to drive out X": X is the target
    speech_act: bool = False  # saying it is doing it: the speaker of a statement is the doer
    implicit_sources: frozenset[str] = frozenset()  # who does it when the text names no one ("the protest")


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, tuple[Sense, ...]]
    nouns: dict[str, tuple[Sense, ...]]
    light_verbs: frozenset[str]
    modes: dict[str, dict[str, str]]  # type -> keyword lemma -> mode
    types: dict[str, TypeInfo]
    negation: frozenset[str]
    future_aux: frozenset[str]
    hypothetical_aux: frozenset[str]
    conditional_marks: frozenset[str]
    embedders: dict[str, str] = field(default_factory=dict)
    containers: frozenset[str] = frozenset()  # "a package of sanctions": the event is the "of" object
    measures: frozenset[str] = frozenset()
    undertakings: frozenset[str] = frozenset()  # "a mediation effort": the event noun's stand-in  # "700 kg of medicine": an object condition looks at the "of" object
    demand_modals: frozenset[str] = frozenset()
    future_marks: frozenset[str] = frozenset()  # "before it kills": a present tense that speaks of the future
    noun_modifiers: dict[str, str] = field(default_factory=dict)  # "planned" -> future ("the planned withdrawal")
    speech_verbs: frozenset[str] = frozenset()  # "lemma" or "lemma prep" -> modality/refused
    recipient_verbs: frozenset[str] = frozenset()  # "received an invitation": the subject is the target
    participant_verbs: frozenset[str] = frozenset()  # "demonstrations involving protesters": the doers
    host_verbs: frozenset[str] = frozenset()  # "an invitation to visit Turkey": the one visited invites


class LexiconError(ValueError):
    """A lexicon file is malformed: the message names the file and the entry."""


def _read(name: str, data_dir: Path) -> dict:
    path = data_dir / name
    data = read_yaml(path) or {}
    if not isinstance(data, dict):
        raise LexiconError(f"{path}: expected a mapping at top level")
    return data


def _words(value, classes: dict[str, frozenset[str]], where: str) -> tuple[frozenset[str] | None, bool]:
    """Expand a list of lemmas and @classes; return (lemmas or None, names-an-actor flag)."""
    if value is None:
        return None, False
    items = [value] if isinstance(value, str) else list(value)
    out: set[str] = set()
    is_actor = False
    for item in items:
        if isinstance(item, bool):
            raise LexiconError(f"{where}: {item} read as a boolean: quote no/on/off/yes in YAML")
        item = str(item).lower()
        if item == ACTOR_CLASS:
            is_actor = True
        elif item.startswith("@"):
            if item[1:] not in classes:
                raise LexiconError(f"{where}: unknown class {item}")
            out |= classes[item[1:]]
        else:
            out.add(item)
    return (frozenset(out) if out else None), is_actor


def _prep(value, where: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        raise LexiconError(f"{where}: prep read as a boolean: quote \"on\"/\"off\" in YAML")
    return str(value).lower()


def _senses(data: dict, classes, fname: str, skip=()) -> dict[str, tuple[Sense, ...]]:
    table: dict[str, tuple[Sense, ...]] = {}
    for lemma, entries in data.items():
        if lemma in skip:
            continue
        where = f"{fname}: {lemma}"
        senses = []
        for entry in entries or []:
            etype = entry.get("type")
            if etype not in PLOVER_TYPES:
                raise LexiconError(f"{where}: unknown PLOVER type {etype!r}")
            obj, obj_actor = _words(entry.get("object"), classes, where)
            mods, _ = _words(entry.get("modifiers"), classes, where)
            of, _ = _words(entry.get("of"), classes, where)
            senses.append(
                Sense(
                    lemma=str(lemma).lower(),
                    type=etype,
                    mode=entry.get("mode"),
                    prep=_prep(entry.get("prep"), where),
                    object=obj,
                    object_is_actor=obj_actor,
                    modifiers=mods,
                    of=of,
                    standalone=bool(entry.get("standalone", True)),
                    object_is_theme=_object_is_theme(entry.get("object_role"), obj is not None, where),
                    confidence=float(entry.get("confidence", 1.0)),
                    of_role=_of_role(entry.get("of_role"), where),
                    negated_future=_type_or_none(entry.get("negated_future"), where),
                )
            )
        # most specific first, so the first sense whose conditions hold is the one to use
        senses.sort(key=lambda s: -s.specificity)
        table[str(lemma).lower()] = tuple(senses)
    return table


def _object_is_theme(role, has_object_condition: bool, where: str) -> bool:
    """Whether the direct object is what is done ("launched drones") rather than whom it is done to; an
    object condition makes it the theme unless the sense says "target" ("released 50 prisoners")."""
    if role not in (None, "theme", "target"):
        raise LexiconError(f"{where}: object_role must be theme or target, not {role!r}")
    return role == "theme" or (has_object_condition and role != "target")


def _type_or_none(value, where: str) -> str | None:
    if value is not None and value not in PLOVER_TYPES:
        raise LexiconError(f"{where}: unknown PLOVER type {value!r}")
    return value


def _of_role(value, where: str) -> str | None:
    if value is not None and value not in ("source", "target", "none"):
        raise LexiconError(f"{where}: of_role must be source, target or none, not {value!r}")
    return value


def _lower_set(values) -> frozenset[str]:
    if any(isinstance(v, bool) for v in values or ()):
        raise LexiconError(f"{values}: a word read as a boolean: quote no/on/off/yes in YAML")
    return frozenset(str(v).lower() for v in values or ())


@functools.lru_cache(maxsize=4)
def load_lexicon(data_dir: str | None = None) -> Lexicon:
    """Read the lexicon files once; later calls return the same object."""
    base = Path(data_dir) if data_dir else DATA_DIR
    classes = {k: _lower_set(v) for k, v in _read("classes.yaml", base).items()}
    verbs = _senses(_read("verbs.yaml", base), classes, "verbs.yaml")
    noun_data = _read("nouns.yaml", base)
    nouns = _senses(noun_data, classes, "nouns.yaml", skip=NOUN_LISTS)

    modes: dict[str, dict[str, str]] = {}
    for etype, table in _read("modes.yaml", base).items():
        if etype not in PLOVER_TYPES:
            raise LexiconError(f"modes.yaml: unknown PLOVER type {etype!r}")
        modes[etype] = {str(w).lower(): mode for mode, words in table.items() for w in words}

    types = {}
    for etype, info in _read("types.yaml", base).items():
        if etype not in PLOVER_TYPES:
            raise LexiconError(f"types.yaml: unknown PLOVER type {etype!r}")
        info = dict(info or {})
        for key in ("target_preps", "implicit_sources"):
            if key in info:
                info[key] = _lower_set(info[key])
        types[etype] = TypeInfo(**info)
    for etype in PLOVER_TYPES:
        types.setdefault(etype, TypeInfo())

    mod = _read("modality.yaml", base)
    embedders: dict[str, str] = {}
    for modality, cues in (mod.get("embedders") or {}).items():
        if modality not in MODALITIES and modality != "refused":
            raise LexiconError(f"modality.yaml: unknown modality {modality!r}")
        for cue in cues:
            embedders[str(cue).lower()] = modality

    noun_modifiers: dict[str, str] = {}
    for modality, words in (mod.get("noun_modifiers") or {}).items():
        if modality not in MODALITIES:
            raise LexiconError(f"modality.yaml: unknown modality {modality!r} in noun_modifiers")
        for w in _lower_set(words):
            noun_modifiers[w] = modality

    return Lexicon(
        noun_modifiers=noun_modifiers,
        verbs=verbs,
        nouns=nouns,
        light_verbs=_lower_set(noun_data.get("light_verbs")),
        modes=modes,
        types=types,
        negation=_lower_set(mod.get("negation")),
        future_aux=_lower_set(mod.get("future")),
        hypothetical_aux=_lower_set(mod.get("hypothetical")),
        conditional_marks=_lower_set(mod.get("conditional_marks")),
        embedders=embedders,
        containers=classes.get("container", frozenset()),
        measures=classes.get("measure", frozenset()),
        undertakings=classes.get("undertaking", frozenset()),
        demand_modals=_lower_set(mod.get("demand_modals")),
        future_marks=_lower_set(mod.get("future_marks")),
        speech_verbs=_lower_set(mod.get("speech_verbs")),
        recipient_verbs=_lower_set(noun_data.get("recipient_verbs")),
        participant_verbs=_lower_set(noun_data.get("participant_verbs")),
        host_verbs=_lower_set(noun_data.get("host_verbs")),
    )
