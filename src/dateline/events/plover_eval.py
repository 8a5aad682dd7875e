"""Scores the events stage on the PLOVER gold standard records (PLOVER_GSR_CAMEO.txt).

The records were coded with PLOVER 0.5b1 (2016); older category names are mapped to today's 16 as the
PLOVER manual's CAMEO table does (DEMAND -> REQUEST, DISAPPROVE and INVESTIGATE -> ACCUSE, FIGHT -> ASSAULT).
Each record is one sentence with its gold category, source and target actor texts.

Actor mentions come from ``dateline.actors.link_actors`` when that stage works, else from spaCy's named
entities plus noun chunks headed by a collective actor noun ("police", "rebels"). Predicted types follow
the codebook's future rules (``plover_category``: "will visit" is AGREE).

Scores:
- type_accuracy: the single best event of the sentence (the most confident; ties go to asserted events,
  then to the one nearest the start) has the gold category; a sentence with no event counts as wrong.
  Events are coded as the pipeline codes them, below-threshold ones (``code.MIN_CONFIDENCE``) left out
- type_accuracy_any: the looser measure, the gold category is among all the categories coded from the
  sentence (rewards coding many events per sentence)
- source_match / target_match: over records whose gold category was found and whose gold names a
  source (target), the share where an event of that category names an actor whose text overlaps it
- events_per_sentence: how many events were coded per sentence (the price of type_accuracy)
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

from dateline.events.code import code_events, plover_category
from dateline.model import Mention

OLD_NAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
ENT_LABELS = {"GPE", "NORP", "ORG", "PERSON", "LOC", "FAC"}
ACTOR_NOUNS = {
    "official", "minister", "government", "police", "army", "troop", "soldier", "force", "rebel", "militant",
    "guerrilla", "guerilla", "protester", "demonstrator", "student", "worker", "leader", "president", "parliament",
    "authority", "court", "group", "party", "union", "militia", "militiaman", "settler", "refugee", "prisoner",
    "civilian", "activist", "opposition", "administration", "cabinet", "military", "people", "delegation",
    "negotiator", "diplomat", "ambassador", "coalition", "elder", "farmer", "youth", "hacker", "agent", "doctor",
    "landowner", "inhabitant", "supporter", "bomber", "gunman", "insurgent", "immigrant", "detainee", "council",
}
STOP = {"the", "of", "and", "in", "a", "an", "'s", "its", "their", "his", "her", "to", "from", "for", "on", "at"}
GSR_DATE = dt.date(2000, 1, 1)


def gold_type(name: str) -> str:
    return OLD_NAMES.get(name, name)


def _names(value) -> list[str]:
    if isinstance(value, dict):
        value = [value]
    if not isinstance(value, list):
        return []
    return [a["actorText"] for a in value if isinstance(a, dict) and a.get("actorText")]


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9][a-z0-9\-]+", text.lower()) if w not in STOP and len(w) > 2}


def fallback_mentions(doc) -> list[Mention]:
    """Named entities and actor noun chunks as mentions whose id is their own text."""
    mentions: list[Mention] = []
    taken = set()
    for ent in doc.ents:
        if ent.label_ in ENT_LABELS:
            mentions.append(Mention(ent.text.lower(), ent.start_char, ent.end_char, ent.text, "ner"))
            taken.update(range(ent.start, ent.end))
    for chunk in doc.noun_chunks:
        root = chunk.root
        if root.i in taken or root.lemma_.lower() not in ACTOR_NOUNS:
            continue
        mentions.append(Mention(chunk.text.lower(), chunk.start_char, chunk.end_char, chunk.text, "description"))
    return mentions  # no coreference in the fallback: a pronoun names nobody


def _linker():
    try:
        from dateline.actors import link_actors  # type: ignore[attr-defined]
    except ImportError:
        return None
    return link_actors


def _rank(event) -> tuple:
    return (event.confidence, event.modality == "asserted" and not event.negated, -event.trigger.start)


def evaluate_plover(path, nlp=None, limit: int | None = None) -> dict:
    """Score the events stage on the GSR file at ``path``; returns the scores and per-type detail."""
    if nlp is None:
        from dateline.nlp import load_pipeline

        nlp = load_pipeline()
    records = [r for r in json.loads(Path(path).read_text(encoding="utf-8")) if r.get("event") != "DOCUMENT"]
    if limit:
        records = records[:limit]
    link = _linker()
    actor_source = "link_actors" if link else "spacy"

    n = hits = top1 = 0
    src_n = src_ok = tgt_n = tgt_ok = 0
    n_events = 0
    per_type: dict[str, Counter] = defaultdict(Counter)
    confusion: Counter = Counter()
    for i, rec in enumerate(records):
        gold = gold_type(rec["event"])
        doc = nlp(rec["text"])
        mentions = None
        if link is not None:
            try:
                _, mentions = link(doc, GSR_DATE)
            except NotImplementedError:
                link, actor_source = None, "spacy"
        if mentions is None:
            mentions = fallback_mentions(doc)
        events = code_events(doc, [], list(mentions), [], [], GSR_DATE, f"gsr-{i}")
        n += 1
        n_events += len(events)
        cats = [plover_category(e) for e in events]
        hit = gold in cats
        hits += hit
        per_type[gold]["n"] += 1
        per_type[gold]["hit"] += hit
        best = max(events, key=_rank) if events else None
        best_cat = plover_category(best) if best else "NONE"
        top1 += best_cat == gold
        per_type[gold]["top1"] += best_cat == gold
        if best_cat != gold:
            confusion[(gold, best_cat)] += 1
        if not hit:
            continue
        texts_by_id: dict[str, list[str]] = defaultdict(list)
        for m in mentions:
            texts_by_id[m.actor_id].append(m.text)
        matching = [e for e, c in zip(events, cats) if c == gold]
        gold_src = _names(rec.get("source"))
        gold_tgt = _names(rec.get("target"))
        if gold_src:
            src_n += 1
            src_ok += _any_overlap(matching, "sources", texts_by_id, gold_src)
        if gold_tgt:
            tgt_n += 1
            tgt_ok += _any_overlap(matching, "targets", texts_by_id, gold_tgt)

    def ratio(a, b):
        return round(a / b, 3) if b else None

    return {
        "records": n,
        "actor_mentions": actor_source,
        "type_accuracy": ratio(top1, n),
        "type_accuracy_any": ratio(hits, n),
        "source_match": ratio(src_ok, src_n),
        "target_match": ratio(tgt_ok, tgt_n),
        "events_per_sentence": ratio(n_events, n),
        "per_type": {t: {"n": c["n"], "type_accuracy": ratio(c["top1"], c["n"]), "type_accuracy_any": ratio(c["hit"], c["n"])}
                     for t, c in sorted(per_type.items())},
        "top_confusions": [f"{g}->{p}: {k}" for (g, p), k in confusion.most_common(12)],
    }


def _any_overlap(events, role, texts_by_id, gold_names) -> bool:
    gold_words = set().union(*(_words(g) for g in gold_names))
    for e in events:
        for actor_id in getattr(e, role):
            for text in texts_by_id.get(actor_id, [actor_id]):
                if _words(text) & gold_words:
                    return True
    return False


if __name__ == "__main__":  # pragma: no cover
    import sys

    print(json.dumps(evaluate_plover(sys.argv[1]), indent=2))
