"""Score the statements stage on PolNeAR (brat standoff: Source / Cue / Content spans).

A gold attribution is found when a predicted statement's content overlaps it by at least half of
the union of the two spans; for speaker + content, the predicted speaker span must also overlap the
gold source span (an attribution annotated without a source is matched by a statement without a
speaker). Discontinuous brat spans, and contents annotated in pieces (``Content``, ``Content2``, ...),
count as their union (first start, last end); in the same way, predicted statements that share one
cue (a quote in pieces around "he said") count as one.

    python -m dateline.statements.polnear ../shared/benchmarks/polnear/data/dev
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from dateline.model import Mention, Statement

FIXED_DATE = dt.date(2016, 6, 1)  # PolNeAR files carry no date; the campaign year
NER_LABELS = {"PERSON", "ORG", "GPE", "NORP"}


@dataclass(frozen=True)
class Attribution:
    """A gold attribution, or predicted statements merged by cue: content and source spans."""

    start: int
    end: int
    source: tuple[int, int] | None


# ---------------------------------------------------------------- reading


def read_ann(text: str) -> list[Attribution]:
    """Attributions of one brat ``.ann`` file (relations ``Attribution`` and ``Attribution-no-source``)."""
    spans: dict[str, tuple[int, int]] = {}
    relations: list[dict[str, str]] = []
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        if parts[0].startswith("T"):
            label, _, offsets = parts[1].partition(" ")
            try:
                segments = [tuple(map(int, seg.split())) for seg in offsets.split(";")]
                spans[parts[0]] = (min(s for s, _ in segments), max(e for _, e in segments))
            except ValueError:
                continue
        elif parts[0].startswith("E"):
            args = dict(a.split(":", 1) for a in parts[1].split() if ":" in a)
            relations.append(args)
    out = []
    for rel in relations:
        # a content in pieces is annotated as Content, Content2, ... (a quote continued after "he said")
        pieces = [spans[ref] for role, ref in rel.items() if role.startswith("Content") and ref in spans]
        if not pieces:
            continue
        start, end = min(s for s, _ in pieces), max(e for _, e in pieces)
        out.append(Attribution(start, end, spans.get(rel.get("Source", ""))))
    return out


def read_split(split_dir: Path) -> list[tuple[str, str, list[Attribution]]]:
    """(name, text, gold) for each article of a split; where several annotators annotated an
    article, the first annotation file (by name) is used."""
    split_dir = Path(split_dir)
    chosen: dict[str, Path] = {}
    for ann in sorted((split_dir / "attributions").glob("*.ann")):
        chosen.setdefault(ann.stem.rsplit("_", 1)[0], ann)
    articles = []
    for name, ann in sorted(chosen.items()):
        txt = split_dir / "text" / f"{name}.txt"
        if not txt.is_file():
            continue
        articles.append(
            (name, txt.read_text(encoding="utf-8"), read_ann(ann.read_text(encoding="utf-8")))
        )
    return articles


# ---------------------------------------------------------------- linking


def ner_mentions(doc) -> list[Mention]:
    """Mentions from spaCy's named entities: the fallback when the actors stage is absent."""
    return [
        Mention(f"ner:{ent.text}", ent.start_char, ent.end_char, ent.text, "ner")
        for ent in doc.ents
        if ent.label_ in NER_LABELS
    ]


def default_link() -> Callable:
    try:
        from dateline.actors import link_actors  # type: ignore[attr-defined]
    except ImportError:
        return ner_mentions
    return lambda doc: link_actors(doc, FIXED_DATE)[1]


# ---------------------------------------------------------------- scoring


def merge_by_cue(statements: Iterable[Statement]) -> list[Attribution]:
    merged: dict[object, Attribution] = {}
    for s in statements:
        key = s.cue_span or (s.start, s.end)
        old = merged.get(key)
        if old is None:
            merged[key] = Attribution(s.start, s.end, s.speaker_span)
        else:
            merged[key] = Attribution(min(old.start, s.start), max(old.end, s.end), old.source or s.speaker_span)
    return list(merged.values())


def _content_match(p: Attribution, g: Attribution) -> float:
    inter = min(p.end, g.end) - max(p.start, g.start)
    union = max(p.end, g.end) - min(p.start, g.start)
    return inter / union if inter > 0 and union > 0 else 0.0


def _speaker_match(p: Attribution, g: Attribution) -> bool:
    if g.source is None or p.source is None:
        return g.source is None and p.source is None
    return min(p.source[1], g.source[1]) > max(p.source[0], g.source[0])


def match(pred: list[Attribution], gold: list[Attribution], with_speaker: bool) -> int:
    """Number of one-to-one matches (greedy, best overlap first)."""
    pairs = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            ratio = _content_match(p, g)
            if ratio >= 0.5 and (not with_speaker or _speaker_match(p, g)):
                pairs.append((ratio, i, j))
    used_p, used_g, n = set(), set(), 0
    for _, i, j in sorted(pairs, reverse=True):
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            n += 1
    return n


def prf(tp: int, n_pred: int, n_gold: int) -> dict:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def score(pairs: Iterable[tuple[list[Attribution], list[Attribution]]]) -> dict:
    """Totals over (predicted, gold) pairs, one pair per article."""
    tp_c = tp_s = n_pred = n_gold = 0
    for pred, gold in pairs:
        n_pred += len(pred)
        n_gold += len(gold)
        tp_c += match(pred, gold, False)
        tp_s += match(pred, gold, True)
    return {
        "content": prf(tp_c, n_pred, n_gold),
        "speaker_content": prf(tp_s, n_pred, n_gold),
        "predicted": n_pred,
        "gold": n_gold,
    }


def evaluate_polnear(split_dir: Path, nlp, link: Callable | None = None) -> dict:
    """Run dateline on a PolNeAR split and score it (see the module docstring)."""
    from dateline.statements import find_statements

    link = link or default_link()
    articles = read_split(Path(split_dir))
    pairs, errors = [], 0
    started = time.perf_counter()
    docs = nlp.pipe((text for _, text, _ in articles), batch_size=16)
    for (name, _, gold), doc in zip(articles, docs):
        try:
            predicted = merge_by_cue(find_statements(doc, link(doc)))
        except Exception as exc:  # one bad article must not stop the evaluation
            print(f"{name}: {type(exc).__name__}: {exc}", file=sys.stderr)
            errors += 1
            predicted = []
        pairs.append((predicted, gold))
    result = score(pairs)
    result.update(errors=errors, articles=len(articles), seconds=round(time.perf_counter() - started, 1))
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("split_dir", type=Path, help="a PolNeAR split folder (with text/ and attributions/)")
    args = parser.parse_args(argv)
    from dateline.nlp import load_pipeline

    print(json.dumps(evaluate_polnear(args.split_dir, load_pipeline()), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
