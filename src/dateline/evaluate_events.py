"""Score event coding against gold files: one JSON file per article.

A gold file::

    {"id": "...", "date": "2019-02-06", "text": "..." | null,
     "ref": {"corpus": "guardian-sdf/guardian_sdf.jsonl", "id": "guardian-sdf-99"},   # when text is null
     "events": [{"type": "ASSAULT", "sources": ["Islamic State"], "targets": ["Syrian Democratic Forces"],
                 "date": "2019-02-05", "negated": false, "modality": "asserted", "trigger": "attacked",
                 "evidence": "the sentence, exactly as it appears in the text", "uncertain": false}]}

``ref`` points into the shared corpora (``shared_dir/corpora/<corpus>``) so that gold built on copyrighted
articles does not carry their text: ``{"corpus": ..., "id": ...}`` for JSON-lines corpora with ids, or
``{"corpus": "ukraine2022/museum_of_war_warline.jsonl", "line": N}`` (N counts from 1) for the Ukraine
war-line items, whose text is ``headline + "\\n\\n" + description_en`` and date ``day_date``.

Scores:

- ``type_sentence``: precision / recall / F1 of (type, evidence sentence). A predicted event matches a gold
  event when the types are equal and the prediction lies in the gold sentence: its trigger inside the gold
  sentence's span, or its evidence span and the gold sentence overlapping by more than half of the longer
  one. Matching is one-to-one and greedy.
- ``with_actors``: the same, and the sources match and the targets match. A gold name matches a predicted
  actor when it equals (case-insensitively) the actor's name, a knowledge-base alias or the text of one of
  its mentions in the article, or one contains the other as whole words ("Putin" / "Vladimir Putin").
  Sources match when every gold source is matched by a predicted source and every predicted source by a
  gold source (both empty matches); for CONSULT, sources and targets may also be swapped or merged.
- ``date_accuracy``: over the events matched for ``type_sentence`` whose gold date is given, the share whose
  predicted date value equals the gold TIMEX3 value ("2025-05" equals only "2025-05").

Gold events marked ``"uncertain": true`` are neither rewarded nor penalised: a prediction matching one is not
a false positive, and one left unmatched is not a false negative. A prediction that matches one by type and
sentence is no false positive for ``with_actors`` either, whatever its actors (the actors are often what is
uncertain: "probably carried out by").
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from dateline.gold_refs import (
    GoldError,
    default_shared_dir,
    parse_iso_date,
    resolve_ref,
)
from dateline.model import PLOVER_TYPES, Article, Document, Event

NONE = "NONE"  # the confusion table's row / column for "no event of any type in that sentence"


@dataclass(frozen=True)
class GoldEvent:
    type: str
    sources: tuple[str, ...]
    targets: tuple[str, ...]
    date: str | None
    evidence: str
    start: int  # span of the evidence sentence in the article text
    end: int
    trigger: str | None = None
    negated: bool = False
    modality: str = "asserted"
    uncertain: bool = False


@dataclass
class GoldArticle:
    path: Path
    doc: Document
    events: list[GoldEvent] = field(default_factory=list)


# -- reading gold ---------------------------------------------------------------------------------------------


_WS = re.compile(r"\s+")


def _normalise_quotes(text: str) -> str:
    return text.translate(str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"}))


def locate_sentence(text: str, sentence: str) -> tuple[int, int] | None:
    """The span of ``sentence`` in ``text``: exactly, else ignoring white space and quote styles.

    Where the sentence occurs more than once, the first occurrence is used.
    """
    sentence = sentence.strip()
    if not sentence:
        return None
    i = text.find(sentence)
    if i >= 0:
        return i, i + len(sentence)
    # Compare with runs of white space collapsed and typographic quotes straightened, keeping a map back to
    # the original offsets.
    chars: list[str] = []
    offsets: list[int] = []
    prev_space = False
    for k, ch in enumerate(_normalise_quotes(text)):
        if ch.isspace():
            if prev_space:
                continue
            ch, prev_space = " ", True
        else:
            prev_space = False
        chars.append(ch)
        offsets.append(k)
    flat = "".join(chars)
    needle = _WS.sub(" ", _normalise_quotes(sentence))
    i = flat.find(needle)
    if i < 0:
        i = flat.lower().find(needle.lower())
    if i < 0:
        return None
    return offsets[i], offsets[i + len(needle) - 1] + 1


def _names(value, where: str, key: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise GoldError(f"{where}: '{key}' must be a list of names")
    return tuple(v for v in value if v.strip())


def load_gold_article(path: Path, shared_dir: Path | None = None) -> GoldArticle:
    """Read one gold file; raises :class:`GoldError` naming the file when it is malformed."""
    where = str(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"{where}: cannot read: {exc}") from None
    except json.JSONDecodeError as exc:
        raise GoldError(f"{where}: not valid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise GoldError(f"{where}: expected a JSON object with 'text' (or 'ref') and 'events'")
    text = data.get("text")
    date = None
    if text is None:
        if "ref" not in data:
            raise GoldError(f"{where}: no 'text' and no 'ref' to read it from")
        text, date = resolve_ref(data["ref"], shared_dir or default_shared_dir(), where)
    elif not isinstance(text, str):
        raise GoldError(f"{where}: 'text' must be a string or null")
    if data.get("date") is not None:
        date = parse_iso_date(data["date"], where)
    if date is None:
        raise GoldError(f"{where}: no 'date'")
    doc_id = str(data.get("id") or path.stem)
    events_data = data.get("events")
    if not isinstance(events_data, list):
        raise GoldError(f"{where}: 'events' must be a list")
    gold = GoldArticle(path=path, doc=Document(id=doc_id, date=date, text=text, source=where))
    for n, e in enumerate(events_data):
        ewhere = f"{where}: events[{n}]"
        if not isinstance(e, dict):
            raise GoldError(f"{ewhere}: expected an object")
        etype = e.get("type")
        if etype not in PLOVER_TYPES:
            raise GoldError(f"{ewhere}: type {etype!r} is not a PLOVER type ({', '.join(PLOVER_TYPES)})")
        evidence = e.get("evidence")
        if not isinstance(evidence, str) or not evidence.strip():
            raise GoldError(f"{ewhere}: 'evidence' must be the sentence text")
        trigger = e.get("trigger")
        span = locate_sentence(text, evidence)
        if span is None:
            raise GoldError(f"{ewhere}: evidence sentence not found in the article text: {evidence[:80]!r}")
        edate = e.get("date")
        if edate is not None and not isinstance(edate, str):
            raise GoldError(f"{ewhere}: 'date' must be a TIMEX3 string or null")
        gold.events.append(
            GoldEvent(
                type=etype,
                sources=_names(e.get("sources"), ewhere, "sources"),
                targets=_names(e.get("targets"), ewhere, "targets"),
                date=edate,
                evidence=evidence,
                start=span[0],
                end=span[1],
                trigger=trigger if isinstance(trigger, str) else None,
                negated=bool(e.get("negated", False)),
                modality=str(e.get("modality") or "asserted"),
                uncertain=bool(e.get("uncertain", False)),
            )
        )
    return gold


def load_gold(gold_dir: Path, shared_dir: Path | None = None) -> list[GoldArticle]:
    gold_dir = Path(gold_dir)
    paths = sorted(gold_dir.glob("*.json"))
    if not paths:
        raise GoldError(f"{gold_dir}: no gold .json files")
    return [load_gold_article(p, shared_dir) for p in paths]


# -- actor names --------------------------------------------------------------------------------------------


def _norm_name(name: str) -> str:
    name = _normalise_quotes(name).lower().strip()
    name = re.sub(r"'s$", "", name)
    name = re.sub(r"^the\s+", "", name)
    name = re.sub(r"[^\w\s-]", " ", name)
    return _WS.sub(" ", name).strip()


def names_match(a: str, b: str) -> bool:
    """Equal case-insensitively, or one contains the other as whole words ("Putin" / "Vladimir Putin")."""
    a, b = _norm_name(a), _norm_name(b)
    if not a or not b:
        return False
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return re.search(r"(?<!\w)" + re.escape(short) + r"(?!\w)", long_) is not None


def _kb():
    try:
        from dateline.actors import kb as kb_module

        return kb_module.load_kb()
    except Exception:  # the knowledge base is optional for scoring: names from the article still work
        return None


def _kb_names(kb, actor_id: str) -> list[str]:
    if kb is None:
        return []
    names: list[str] = []
    try:
        actor = kb.get(actor_id)
        if actor is not None:
            names.append(actor.name)
        entry = getattr(kb, "entry", None)
        entry = entry(actor_id) if callable(entry) else None
        names.extend(getattr(entry, "aliases", ()) or ())
        if actor is not None and getattr(actor, "kind", None) == "country":
            country = getattr(kb, "countries", {}).get(getattr(actor, "country", None) or "")
            if country is not None:
                names.extend(getattr(country, "aliases", ()) or ())
    except Exception:
        pass
    return [n for n in names if isinstance(n, str)]


def actor_names(article: Article, kb=None) -> dict[str, set[str]]:
    """Every name an actor id goes by in this article: its name, KB aliases, and its (non-pronoun) mentions."""
    names: dict[str, set[str]] = defaultdict(set)
    for actor in article.actors:
        names[actor.id].add(actor.name)
    for mention in article.mentions:
        if mention.how != "pronoun" and mention.text:
            names[mention.actor_id].add(mention.text)
    ids = set(names)
    for event in article.events:
        ids.update(event.sources)
        ids.update(event.targets)
    for actor_id in ids:
        names[actor_id].update(_kb_names(kb, actor_id))
        if not actor_id.startswith(("Q", "x:")):  # a prediction that carries names rather than ids
            names[actor_id].add(actor_id)
    return names


def _covers(gold: Iterable[str], pred: Iterable[str], names: dict[str, set[str]]) -> bool:
    gold, pred = list(gold), list(pred)

    def match(g: str, p: str) -> bool:
        return any(names_match(g, n) for n in names.get(p, {p}))

    return all(any(match(g, p) for p in pred) for g in gold) and all(any(match(g, p) for g in gold) for p in pred)


def actors_match(gold: GoldEvent, pred: Event, names: dict[str, set[str]]) -> bool:
    if _covers(gold.sources, pred.sources, names) and _covers(gold.targets, pred.targets, names):
        return True
    if gold.type == "CONSULT":
        if _covers(gold.sources, pred.targets, names) and _covers(gold.targets, pred.sources, names):
            return True
        return _covers(gold.sources + gold.targets, pred.sources + pred.targets, names)
    return False


# -- matching -----------------------------------------------------------------------------------------------


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def same_sentence(gold: GoldEvent, pred: Event) -> float:
    """How well a prediction sits in the gold sentence: 0 when it does not, else a score for ranking pairs."""
    return sentence_fit((gold.start, gold.end), pred)


def sentence_fit(g: tuple[int, int], pred: Event) -> float:
    """0 when ``pred`` is not in the sentence spanning ``g``; else 1 + overlap share (trigger inside) or the share."""
    t = pred.trigger
    trigger_in = t is not None and t.end > t.start and g[0] <= t.start and t.end <= g[1]
    ev = (pred.evidence.start, pred.evidence.end)
    overlap = _overlap(g, ev)
    longer = max(g[1] - g[0], ev[1] - ev[0], 1)
    share = overlap / longer
    if trigger_in:
        return 1.0 + share
    return share if share > 0.5 else 0.0


def greedy_match(gold: list[GoldEvent], pred: list[Event], accept: Callable[[GoldEvent, Event], bool]):
    """One-to-one greedy matching: best-placed pairs first, certain gold before uncertain gold."""
    pairs = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            score = same_sentence(g, p)
            if score > 0 and accept(g, p):
                pairs.append((not g.uncertain, score, -i, -j, i, j))
    pairs.sort(reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    matched: list[tuple[int, int]] = []
    for *_, i, j in pairs:
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        matched.append((i, j))
    return matched


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, gold: list[GoldEvent], pred: list[Event], matched: list[tuple[int, int]],
            excused: set[int] = frozenset()) -> None:
        """``excused``: predictions that are no false positives though unmatched here (they stand for an
        uncertain gold event)."""
        mg = {i for i, _ in matched}
        mp = {j for _, j in matched} | set(excused)
        self.tp += sum(1 for i, _ in matched if not gold[i].uncertain)
        self.fp += len(pred) - len(mp)
        self.fn += sum(1 for i, g in enumerate(gold) if i not in mg and not g.uncertain)

    def scores(self) -> dict:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4), "tp": self.tp, "fp": self.fp, "fn": self.fn}


def _default_extract(nlp):
    from dateline.extract import extract

    if nlp is None:
        from dateline.nlp import load_pipeline

        nlp = load_pipeline()
    return lambda doc: extract(doc, nlp)


def _brief(e) -> dict:
    if isinstance(e, GoldEvent):
        return {"type": e.type, "sources": list(e.sources), "targets": list(e.targets), "trigger": e.trigger,
                "date": e.date, "evidence": e.evidence[:120]}
    return {"type": e.type, "sources": list(e.sources), "targets": list(e.targets),
            "trigger": e.trigger.text if e.trigger else None, "date": e.date.value if e.date else None,
            "evidence": e.evidence.text[:120] if e.evidence else None}


def date_agrees(predicted: str, gold: str) -> bool:
    """Equal TIMEX3 values, or a prediction that only adds the time of day to the gold day
    (2018-03-11TEV lies within 2018-03-11)."""
    return predicted == gold or (len(gold) == 10 and predicted.startswith(gold + "T"))


def evaluate_events(gold_dir: Path, nlp=None, extract_fn: Callable[[Document], Article] | None = None,
                    shared_dir: Path | None = None) -> dict:
    """Score ``extract_fn`` (default: dateline's extractor with ``nlp``) on the gold files in ``gold_dir``."""
    gold_articles = load_gold(Path(gold_dir), shared_dir)
    extract_fn = extract_fn or _default_extract(nlp)
    kb = _kb()
    sentence_tally, actor_tally = Tally(), Tally()
    per_type: dict[str, Tally] = defaultdict(Tally)
    confusion: dict[str, Counter] = defaultdict(Counter)
    dates_right = dates_scored = 0
    modality_right = negation_right = attributes_scored = 0
    gold_events = uncertain_events = predicted_events = 0
    per_article = []

    for ga in gold_articles:
        wrong_dates = []
        article = extract_fn(ga.doc)
        gold = ga.events
        pred = [e for e in article.events]
        names = actor_names(article, kb)
        gold_events += sum(1 for g in gold if not g.uncertain)
        uncertain_events += sum(1 for g in gold if g.uncertain)
        predicted_events += len(pred)

        typed = greedy_match(gold, pred, lambda g, p: g.type == p.type)
        with_actors = greedy_match(gold, pred, lambda g, p: g.type == p.type and actors_match(g, p, names))
        sentence_tally.add(gold, pred, typed)
        # A prediction that stands for an uncertain gold event (same type and sentence) is neither rewarded
        # nor penalised whatever its actors: for hedged attributions the actors are the uncertain part.
        stands_for_uncertain = {j for i, j in typed if gold[i].uncertain}
        actor_tally.add(gold, pred, with_actors, excused=stands_for_uncertain)

        for etype in PLOVER_TYPES:
            gi = [k for k, g in enumerate(gold) if g.type == etype]
            pj = [k for k, p in enumerate(pred) if p.type == etype]
            if gi or pj:
                sub_matched = [(gi.index(i), pj.index(j)) for i, j in typed if i in gi]
                per_type[etype].add([gold[k] for k in gi], [pred[k] for k in pj], sub_matched)

        for i, j in typed:
            g, p = gold[i], pred[j]
            if g.uncertain:
                continue
            if g.date is not None:
                dates_scored += 1
                right = p.date is not None and date_agrees(p.date.value, g.date)
                dates_right += int(right)
                if not right:
                    wrong_dates.append({"type": g.type, "trigger": p.trigger.text, "gold": g.date,
                                        "predicted": p.date.value if p.date else None,
                                        "basis": p.date.basis if p.date else None, "evidence": p.evidence.text[:160]})
            attributes_scored += 1
            modality_right += int(p.modality == g.modality)
            negation_right += int(bool(p.negated) == g.negated)

        # Confusion: pair gold and predictions in the same sentence regardless of type (same-type pairs first).
        anytype = _confusion_pairs(gold, pred, typed)
        paired_g = {i for i, _ in anytype}
        paired_p = {j for _, j in anytype}
        for i, j in anytype:
            if not gold[i].uncertain:
                confusion[gold[i].type][pred[j].type] += 1
        for i, g in enumerate(gold):
            if i not in paired_g and not g.uncertain:
                confusion[g.type][NONE] += 1
        uncertain_sentences = [(g.start, g.end) for g in gold if g.uncertain]
        for j, p in enumerate(pred):
            if j in paired_p:
                continue
            if any(sentence_fit((s, e), p) for s, e in uncertain_sentences):
                continue
            confusion[NONE][p.type] += 1

        matched_g = {i for i, _ in typed}
        matched_p = {j for _, j in typed}
        per_article.append({
            "id": ga.doc.id,
            "file": ga.path.name,
            "gold": sum(1 for g in gold if not g.uncertain),
            "uncertain": sum(1 for g in gold if g.uncertain),
            "predicted": len(pred),
            "matched": sum(1 for i, _ in typed if not gold[i].uncertain),
            "matched_with_actors": sum(1 for i, _ in with_actors if not gold[i].uncertain),
            "missed": [_brief(g) for i, g in enumerate(gold) if i not in matched_g and not g.uncertain],
            "spurious": [_brief(p) for j, p in enumerate(pred) if j not in matched_p],
            "wrong_dates": wrong_dates,
        })

    def share(right: int, total: int) -> float | None:
        return round(right / total, 4) if total else None

    return {
        "type_sentence": sentence_tally.scores(),
        "with_actors": actor_tally.scores(),
        "date_accuracy": share(dates_right, dates_scored),
        "dates_scored": dates_scored,
        "modality_accuracy": share(modality_right, attributes_scored),
        "negation_accuracy": share(negation_right, attributes_scored),
        "articles": len(gold_articles),
        "gold_events": gold_events,
        "uncertain_gold_events": uncertain_events,
        "predicted_events": predicted_events,
        "per_type": {t: {"gold": per_type[t].tp + per_type[t].fn, **per_type[t].scores()}
                     for t in PLOVER_TYPES if t in per_type},
        "confusion": {g: dict(sorted(row.items())) for g, row in sorted(confusion.items())},
        "per_article": per_article,
    }


def _confusion_pairs(gold: list[GoldEvent], pred: list[Event], typed: list[tuple[int, int]]):
    """Same-type matches first, then the rest of each sentence's gold and predictions paired across types."""
    pairs = list(typed)
    rest_g = [i for i in range(len(gold)) if i not in {i for i, _ in typed}]
    rest_p = [j for j in range(len(pred)) if j not in {j for _, j in typed}]
    extra = greedy_match([gold[i] for i in rest_g], [pred[j] for j in rest_p], lambda g, p: True)
    pairs.extend((rest_g[a], rest_p[b]) for a, b in extra)
    return pairs
