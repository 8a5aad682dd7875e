"""Throughput and memory of dateline against the bare spaCy parse it rests on, in one run on the same articles.

    python bench/throughput.py [--limit N] [--json] [--corpus DIR] [--model NAME]

Measures, with 1 and 2 processes: (a) bare spaCy ``nlp.pipe`` with the same model, (b) dateline extraction,
(c) ``dateline ingest`` into a fresh DuckDB file; then (d) a re-run of the ingest over the stored articles.
Reports words/s, articles/s, peak memory per process, and the ratios b/a and c/a. Model loading is not timed.
Ratios, not absolute times, are what to compare: the machines are shared and noisy.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import resource
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "timeline17"


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # Linux: kilobytes


def load_documents(corpus: Path, limit: int | None):
    from dateline.read import Document, read_documents

    items = (d for d in read_documents([str(corpus)]) if isinstance(d, Document))
    return list(islice(items, limit) if limit else items)


def work_bare(docs, model):
    import spacy

    from dateline.nlp import model_name

    from dateline.extract import PARSE_BATCH

    nlp = spacy.load(model_name(model))
    start = time.perf_counter()
    for _ in nlp.pipe((d.text for d in docs), batch_size=PARSE_BATCH):
        pass
    return time.perf_counter() - start, peak_rss_mb()


def work_extract(docs, model):
    from dateline.extract import extract_many
    from dateline.nlp import load_pipeline

    nlp = load_pipeline(model)
    start = time.perf_counter()
    for _ in extract_many(docs, nlp):
        pass
    return time.perf_counter() - start, peak_rss_mb()


def _run(args):
    kind, docs, model = args
    return {"bare": work_bare, "extract": work_extract}[kind](docs, model)


def in_processes(kind: str, docs, model, procs: int):
    """Split the articles into ``procs`` contiguous parts, one per fresh process; wall time is the slowest part."""
    chunks = [docs[i::procs] for i in range(procs)]
    with multiprocessing.get_context("spawn").Pool(procs) as pool:
        results = pool.map(_run, [(kind, chunk, model) for chunk in chunks])
    return max(r[0] for r in results), max(r[1] for r in results)


def worker_peak_mb(_=None) -> float:
    return peak_rss_mb()


def ingest_run(docs, model, procs: int, db: Path):
    from dateline.ingest import ingest
    from dateline.nlp import load_pipeline
    from dateline.parallel import BatchExtractor
    from dateline.store import Store

    nlp = load_pipeline(model)
    with Store(db) as store, BatchExtractor(procs, model, nlp) as extractor:
        extractor.warm_up()
        start = time.perf_counter()
        report = ingest(iter(docs), store, extractor)
        elapsed = time.perf_counter() - start
        worker_peak = extractor.worker_peak_rss_mb()
    return elapsed, report, max([peak_rss_mb(), *worker_peak])


def figures(elapsed: float, peak: float, docs, words: int) -> dict:
    return {"seconds": round(elapsed, 2), "words_per_s": round(words / elapsed, 1),
            "articles_per_s": round(len(docs) / elapsed, 2), "peak_rss_mb": round(peak, 1)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=400, help="articles to use (0 = the whole corpus)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--model", default=None)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    if not args.corpus.exists():
        print(f"error: corpus not found: {args.corpus}", file=sys.stderr)
        return 1
    docs = load_documents(args.corpus, args.limit or None)
    words = sum(len(d.text.split()) for d in docs)
    log = (lambda *a: print(*a, file=sys.stderr)) if args.json else print
    log(f"{len(docs)} articles, {words:,} words from {args.corpus}")

    result: dict = {"articles": len(docs), "words": words}
    for procs in (1, 2):
        bare = figures(*in_processes("bare", docs, args.model, procs), docs, words)
        log(f"[{procs} proc] bare spaCy  {bare}")
        extract = figures(*in_processes("extract", docs, args.model, procs), docs, words)
        log(f"[{procs} proc] extract     {extract}")
        with tempfile.TemporaryDirectory() as tmp:
            db = Path(tmp) / "bench.duckdb"
            elapsed, report, peak = ingest_run(docs, args.model, procs, db)
            ingest = figures(elapsed, peak, docs, words)
            log(f"[{procs} proc] ingest      {ingest} stored={report.stored}")
            if procs == 1:
                again, rerun_report, _ = ingest_run(docs, args.model, 1, db)
                result["rerun_seconds"] = round(again, 3)
                result["rerun_fraction"] = round(again / elapsed, 4)
                log(f"[1 proc] re-run over stored articles: {again:.2f}s = {again / elapsed:.1%} of the first run "
                    f"(skipped {rerun_report.skipped})")
        result[f"p{procs}"] = {"bare": bare, "extract": extract, "ingest": ingest}

    p1, p2 = result["p1"], result["p2"]
    result["ratio_extract"] = round(p1["extract"]["words_per_s"] / p1["bare"]["words_per_s"], 3)
    result["ratio_ingest"] = round(p1["ingest"]["words_per_s"] / p1["bare"]["words_per_s"], 3)
    result["ratio_extract_2"] = round(p2["extract"]["words_per_s"] / p2["bare"]["words_per_s"], 3)
    result["ratio_ingest_2"] = round(p2["ingest"]["words_per_s"] / p2["bare"]["words_per_s"], 3)
    result["scaling_2_over_1"] = round(p2["ingest"]["words_per_s"] / p1["ingest"]["words_per_s"], 3)
    result["scaling_bare_2_over_1"] = round(p2["bare"]["words_per_s"] / p1["bare"]["words_per_s"], 3)
    result["peak_rss_mb"] = max(v["peak_rss_mb"] for p in (p1, p2) for v in p.values())
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        for key in ("ratio_extract", "ratio_ingest", "scaling_2_over_1", "scaling_bare_2_over_1", "peak_rss_mb",
                    "rerun_fraction"):
            print(f"{key:24} {result[key]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
