"""The cost of each of dateline's stages next to the spaCy parse they rest on, in one run.

    python bench/stages.py [--limit N] [--json] [--corpus DIR] [--model NAME]

Parses timeline17 articles with the shared pipeline (``nlp.pipe``), then times each stage alone on the
parsed documents, in pipeline order (actors → times → statements → events), each fed what the earlier
stages produced. Reports words/s for the parse and for each stage, and each stage's time as a share of
the parse time. The parse includes dateline's own pipeline component (the actor name matcher).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from itertools import islice
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "timeline17"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=100, help="articles to use (0 = the whole corpus)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--model", default=None)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"error: corpus not found: {args.corpus}", file=sys.stderr)
        return 1

    from dateline.actors import link_actors
    from dateline.events import code_events
    from dateline.extract import PARSE_BATCH
    from dateline.nlp import load_pipeline
    from dateline.read import Document, read_documents
    from dateline.statements import find_statements
    from dateline.times import tag_times

    items = (d for d in read_documents([str(args.corpus)]) if isinstance(d, Document))
    docs = list(islice(items, args.limit) if args.limit else items)
    nlp = load_pipeline(args.model)
    warm = nlp("Warm up: President Putin said on Monday that talks would go on.")
    link_actors(warm, docs[0].date)  # load the knowledge base and lexicons outside the timings
    tag_times(warm, docs[0].date)

    started = time.perf_counter()
    parsed = list(nlp.pipe((d.text for d in docs), batch_size=PARSE_BATCH))
    seconds = {"parse": time.perf_counter() - started}

    def timed(name, run):
        start = time.perf_counter()
        out = [run(i) for i in range(len(docs))]
        seconds[name] = time.perf_counter() - start
        return out

    links = timed("actors", lambda i: link_actors(parsed[i], docs[i].date))
    times = timed("times", lambda i: tag_times(parsed[i], docs[i].date))
    statements = timed("statements", lambda i: find_statements(parsed[i], links[i][1]))
    events = timed("events", lambda i: code_events(parsed[i], links[i][0], links[i][1], times[i], statements[i],
                                                   docs[i].date, docs[i].id))

    words = sum(1 for doc in parsed for token in doc if not token.is_space)
    result = {
        "articles": len(docs),
        "words": words,
        "found": {"mentions": sum(len(l[1]) for l in links), "times": sum(map(len, times)),
                  "statements": sum(map(len, statements)), "events": sum(map(len, events))},
        "seconds": {k: round(v, 3) for k, v in seconds.items()},
        "words_per_s": {k: round(words / v) for k, v in seconds.items()},
        "share_of_parse": {k: round(v / seconds["parse"], 4) for k, v in seconds.items() if k != "parse"},
    }
    result["share_of_parse"]["all_stages"] = round(sum(result["share_of_parse"].values()), 4)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(f"{len(docs)} articles, {words:,} words")
        for name in seconds:
            share = "" if name == "parse" else f"  {result['share_of_parse'][name]:.1%} of the parse"
            print(f"{name:>11}  {seconds[name]:8.2f} s  {result['words_per_s'][name]:>10,} words/s{share}")
        print(f"{'all stages':>11}  {result['share_of_parse']['all_stages']:.1%} of the parse")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
