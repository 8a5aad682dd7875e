"""Throughput of the temporal stage alone, next to the spaCy parse it runs on.

    python bench/times_speed.py [--limit N] [--json]

Reads the timeline17 JSON lines (id, date, text) from the shared corpora, parses them with the
shared pipeline, then times tag_times on the parsed documents: words per second of the tagger
(excluding the parse) and of the parse, measured in the same run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "timeline17"


def read_articles(limit: int | None) -> list[tuple[str, dt.date]]:
    articles = []
    for path in sorted(CORPUS.glob("*.jsonl")):
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                if not record.get("text") or not record.get("date"):
                    continue
                articles.append((record["text"], dt.date.fromisoformat(str(record["date"])[:10])))
                if limit and len(articles) >= limit:
                    return articles
    return articles


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=100, help="articles to read (0: all)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)

    from dateline.nlp import load_pipeline
    from dateline.times import tag_times

    if not CORPUS.is_dir():
        print(f"corpus not found: {CORPUS}", file=sys.stderr)
        return 1
    articles = read_articles(args.limit or None)
    nlp = load_pipeline()
    nlp("warm up")

    started = time.perf_counter()
    docs = list(nlp.pipe(text for text, _ in articles))
    parse_s = time.perf_counter() - started

    tag_times(docs[0], articles[0][1])  # load and compile the resources outside the timing
    started = time.perf_counter()
    found = sum(len(tag_times(doc, date)) for doc, (_, date) in zip(docs, articles))
    tag_s = time.perf_counter() - started

    words = sum(1 for doc in docs for token in doc if not token.is_space)
    result = {
        "articles": len(docs),
        "words": words,
        "expressions": found,
        "parse_s": round(parse_s, 3),
        "tag_s": round(tag_s, 3),
        "parse_words_per_s": round(words / parse_s),
        "tag_words_per_s": round(words / tag_s),
        "tag_share_of_parse": round(tag_s / parse_s, 4),
    }
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:>20}  {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
