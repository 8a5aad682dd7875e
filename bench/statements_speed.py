"""Cost of the statements stage next to the spaCy parse, on the timeline17 corpus.

    python bench/statements_speed.py [--limit N] [--json]

Reads ../shared/corpora/timeline17/*.jsonl (id, date, text), parses the articles with the shared
pipeline (nlp.pipe), then runs find_statements on each parsed document with mentions from spaCy's
named entities (the actors stage is timed elsewhere). Both are measured in the same run.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "timeline17"


def read_articles(limit: int) -> list[str]:
    texts: list[str] = []
    for path in sorted(CORPUS.glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if len(texts) >= limit:
                    return texts
                try:
                    text = json.loads(line).get("text") or ""
                except json.JSONDecodeError:
                    continue
                if text.strip():
                    texts.append(text)
    return texts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=300, help="articles to read (default 300)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)

    from dateline.nlp import load_pipeline
    from dateline.statements import find_statements
    from dateline.statements.polnear import ner_mentions

    nlp = load_pipeline()
    texts = read_articles(args.limit)
    if not texts:
        raise SystemExit(f"no articles found under {CORPUS}")
    find_statements(nlp("Warm-up, he said."), [])  # load the lexicons outside the timing

    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=32))
    parse_s = time.perf_counter() - t0

    mentions = [ner_mentions(doc) for doc in docs]
    t1 = time.perf_counter()
    statements = errors = 0
    for doc, ms in zip(docs, mentions):
        try:
            statements += len(find_statements(doc, ms))
        except Exception:  # counted, never fatal
            errors += 1
    statements_s = time.perf_counter() - t1

    words = sum(len(doc) for doc in docs)
    result = {
        "articles": len(docs),
        "tokens": words,
        "parse_s": round(parse_s, 2),
        "statements_s": round(statements_s, 2),
        "statements_share_of_parse": round(statements_s / parse_s, 4) if parse_s else None,
        "parse_tokens_per_s": round(words / parse_s) if parse_s else None,
        "statements_tokens_per_s": round(words / statements_s) if statements_s else None,
        "statements_per_article": round(statements / len(docs), 2),
        "errors": errors,
    }
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:28s} {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
