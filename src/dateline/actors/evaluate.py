"""Evaluations of the actors stage: actor coding (country, sector) and named-entity recognition (CoNLL-2003).

    python -m dateline.actors.evaluate codes ../shared/benchmarks/plover/actor_codes.csv
    python -m dateline.actors.evaluate conll ../shared/benchmarks/conll2003/eng.testa
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import sys
from pathlib import Path

from dateline.actors.kb import load_kb, slug
from dateline.model import Actor

# --------------------------------------------------------------------------------------- actor coding

# "Today" in actor_codes.csv is the day its peer-system tests were written (2022): its expected codes
# reflect who held which office then (a departed minister would otherwise be coded ELI).
BENCHMARK_TODAY = dt.date(2022, 6, 1)
# The benchmark's peer system codes EU and UN bodies EUR and UNO; dateline codes every
# international body IGO. Scores are given both strictly and with these counted as IGO.
BODY_CODES = {"EUR": "IGO", "UNO": "IGO"}
DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y")


def parse_date(text: str | None, today: dt.date | None = None) -> dt.date:
    """A benchmark date cell: ISO, "10 May 2015", "October 1, 2021"; empty or "today" is today."""
    today = today or dt.date.today()
    t = (text or "").strip()
    if not t or t.lower() == "today":
        return today
    for fmt in DATE_FORMATS:
        try:
            return dt.datetime.strptime(t.title() if "%B" in fmt or "%b" in fmt else t, fmt).date()
        except ValueError:
            continue
    return today


def code_actor_phrase(text: str, date: dt.date, context: str | None = None) -> Actor | None:
    """The actor a short phrase names, with country and sector ("Libyan rebels" → x:LBY:rebels, LBY, REB).

    ``context`` (optional) is a hint from around the phrase ("German" for "Defense Minister"): it fills in
    a country or sector the phrase itself does not give.
    """
    from dateline.actors.link import Linker, link_candidates
    from dateline.nlp import load_pipeline

    nlp = load_pipeline()
    doc = nlp(text.strip())
    if not len(doc):
        return None
    kb = load_kb()
    cands = [c for c in link_candidates(doc, date) if c.how != "pronoun"]
    actor = None
    modifier_country = None
    if cands:
        root = next(iter(doc.sents)).root.i
        heads = [c for c in cands if c.start <= root < c.end]
        best = max(heads or cands, key=lambda c: (c.priority, c.end - c.start, c.start))
        actor = best.actor
        if best.how == "demonym" and not heads:  # "Syrian island": a country word, not the country
            actor = None
        elif not heads and kb.sector_of_word(doc[root].text):
            # "Senate hopeful", "Burkina Faso's displaced": the head noun says who, the name is a modifier
            modifier_country = actor.country if actor.country != "IGO" else None
            actor = None
    country, sector, kind, _ = Linker(doc, date, kb).code_tokens(doc[:])
    country = country or modifier_country
    if actor is None:
        if country is None and sector is None:
            return None
        if cands and best.how == "demonym":
            sector = None
        label = slug(doc.text)
        actor = Actor(id=f"x:{country}:{label}" if country else f"x:{label}", name=doc.text,
                      kind=kind or "group", country=country, sector=sector)
    if actor.country is None and country or actor.sector is None and sector:
        actor = Actor(actor.id, actor.name, actor.kind, actor.country or country, actor.sector or sector)
    if context and (actor.country is None or actor.sector is None):
        cdoc = nlp(context)
        ccountry, csector, _, _ = Linker(cdoc, date, kb).code_tokens(cdoc[:])
        actor = Actor(actor.id, actor.name, actor.kind, actor.country or ccountry, actor.sector or csector)
    return actor


def _valid_country(code: str) -> bool:
    kb = load_kb()
    return code in kb.countries or code in ("IGO", "EUR", "UNO")


def evaluate_actor_codes(csv_path: str | Path, today: dt.date | None = None, details: bool = False) -> dict:
    """Country and sector accuracy of ``code_actor_phrase`` on an actor_codes.csv file.

    Columns: actor (the phrase), context (optional hint), date (empty or "today" means today), country
    (expected ISO code, EUR/UNO for EU/UN bodies), sector (expected code; UNK means none).
    A row counts for country where it gives a country, and for sector where it gives a sector; rows whose
    codes are malformed (a sector in the country column, "????") are skipped and counted.
    """
    kb = load_kb()
    today = today or BENCHMARK_TODAY
    rows = list(csv.DictReader(open(csv_path, encoding="utf-8")))
    c_total = c_ok = c_ok_strict = s_total = s_ok = skipped = 0
    errors = []
    for r in rows:
        phrase = r["actor"].strip()
        gold_c, gold_s = r["country"].strip(), r["sector"].strip()
        if (gold_c and not _valid_country(gold_c)) or (gold_s and gold_s not in kb.sector_names and gold_s != "UNK"):
            skipped += 1
            continue
        actor = code_actor_phrase(phrase, parse_date(r.get("date"), today), r.get("context") or None)
        got_c = actor.country if actor else None
        got_s = actor.sector if actor else None
        if gold_c:
            c_total += 1
            c_ok_strict += got_c == gold_c
            ok = BODY_CODES.get(gold_c, gold_c) == got_c
            c_ok += ok
            if not ok:
                errors.append(("country", phrase, gold_c, got_c))
        if gold_s:
            s_total += 1
            ok = (got_s is None) if gold_s == "UNK" else got_s == gold_s
            s_ok += ok
            if not ok:
                errors.append(("sector", phrase, gold_s, got_s))
    out = {
        "rows": len(rows),
        "skipped_malformed": skipped,
        "country_n": c_total,
        "country_accuracy": round(c_ok / c_total, 4) if c_total else None,
        "country_accuracy_strict": round(c_ok_strict / c_total, 4) if c_total else None,
        "sector_n": s_total,
        "sector_accuracy": round(s_ok / s_total, 4) if s_total else None,
    }
    if details:
        out["errors"] = errors
    return out


# --------------------------------------------------------------------------------------------- CoNLL

LABEL_MAP = {
    "PERSON": "PER", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "ORG": "ORG",
    "NORP": "MISC", "EVENT": "MISC", "LAW": "MISC", "PRODUCT": "MISC", "WORK_OF_ART": "MISC", "LANGUAGE": "MISC",
}
TYPES = ("PER", "LOC", "ORG", "MISC")


def read_conll(path: str | Path) -> list[list[list[tuple[str, str]]]]:
    """Documents → sentences → (word, IOB1 tag); documents start at -DOCSTART- lines."""
    docs: list[list[list[tuple[str, str]]]] = []
    sent: list[tuple[str, str]] = []
    for line in open(path, encoding="utf-8"):
        parts = line.split()
        if not parts:
            if sent:
                docs[-1].append(sent) if docs else docs.append([sent])
                sent = []
            continue
        if parts[0] == "-DOCSTART-":
            if sent:
                docs[-1].append(sent)
                sent = []
            docs.append([])
            continue
        sent.append((parts[0], parts[-1]))
    if sent:
        docs[-1].append(sent)
    return [d for d in docs if d]


def iob1_spans(tags: list[str]) -> set[tuple[int, int, str]]:
    """Entity spans from IOB1 tags: I-X continues an entity of type X, B-X starts a new adjacent one."""
    spans, start, kind = set(), None, None
    for i, tag in enumerate(tags + ["O"]):
        t = tag.split("-", 1)[1] if tag != "O" else None
        begins = tag.startswith("B-") or t != kind
        if kind is not None and (t is None or begins):
            spans.add((start, i, kind))
            kind = None
        if t is not None and (kind is None or begins):
            start, kind = i, t
    return spans


def evaluate_conll(path: str | Path, nlp, limit: int | None = None) -> dict:
    """Exact-span P/R/F1 per type, for all four types and for PER+LOC+ORG, on a CoNLL-2003 file."""
    from spacy.tokens import Doc

    docs = read_conll(path)[:limit]
    gold_all: set = set()
    pred_all: set = set()
    inputs = []
    offset = 0
    for d in docs:
        words = [w for s in d for w, _ in s]
        tags = [t for s in d for _, t in s]
        starts = [j == 0 for s in d for j in range(len(s))]
        inputs.append(Doc(nlp.vocab, words=words, spaces=[True] * len(words), sent_starts=starts))
        gold_all |= {(offset + a, offset + b, k) for a, b, k in iob1_spans(tags)}
        offset += len(words)
    offset = 0
    for doc in nlp.pipe(inputs, batch_size=32):
        for e in doc.ents:
            k = LABEL_MAP.get(e.label_)
            if k:
                pred_all.add((offset + e.start, offset + e.end, k))
        offset += len(doc)
    out: dict = {"documents": len(docs), "gold_entities": len(gold_all)}

    def prf(gold, pred):
        tp = len(gold & pred)
        p = tp / len(pred) if pred else 0.0
        r = tp / len(gold) if gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"p": round(100 * p, 2), "r": round(100 * r, 2), "f1": round(100 * f, 2)}

    for k in TYPES:
        out[k] = prf({g for g in gold_all if g[2] == k}, {p for p in pred_all if p[2] == k})
    out["all"] = prf(gold_all, pred_all)
    plo = ("PER", "LOC", "ORG")
    out["PER+LOC+ORG"] = prf({g for g in gold_all if g[2] in plo}, {p for p in pred_all if p[2] in plo})
    return out


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) < 2 or argv[0] not in ("codes", "conll"):
        print(__doc__)
        return 2
    if argv[0] == "codes":
        result = evaluate_actor_codes(argv[1], details="--details" in argv)
    else:
        from dateline.nlp import load_pipeline

        result = evaluate_conll(argv[1], load_pipeline())
    print(json.dumps(result, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
