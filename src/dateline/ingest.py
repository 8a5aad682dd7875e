"""Read → extract → store, in batches, skipping what is already stored and recording what fails."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from spacy.language import Language

from dateline.extract import analyse, extract_many
from dateline.model import Article, Document
from dateline.read import ReadError
from dateline.store import Store


@dataclass
class IngestReport:
    read: int = 0
    stored: int = 0
    skipped: int = 0  # already in the store
    failed: list[ReadError] = field(default_factory=list)


def batched(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def extract_batch(docs: list[Document], nlp: Language) -> tuple[list[Article], list[ReadError]]:
    """Extract a batch; if any article breaks a stage, redo the batch one by one so only that one fails."""
    try:
        return list(extract_many(docs, nlp, batch_size=len(docs))), []
    except Exception:  # noqa: BLE001 - isolated below, article by article
        pass
    articles, errors = [], []
    for doc in docs:
        try:
            articles.append(analyse(doc, nlp(doc.text)))
        except Exception as exc:  # noqa: BLE001 - one bad article must not stop the batch
            errors.append(ReadError(doc.source or doc.id, None, f"article {doc.id}: extraction failed ({type(exc).__name__}: {exc})"))
    return articles, errors


def ingest(
    items: Iterable[Document | ReadError],
    store: Store,
    nlp: Language,
    batch_size: int = 64,
    on_progress: Callable[[IngestReport], None] | None = None,
    on_error: Callable[[ReadError], None] | None = None,
) -> IngestReport:
    """Store every readable document once; each batch is one transaction."""
    report = IngestReport()
    for batch in batched(items, batch_size):
        errors = [item for item in batch if isinstance(item, ReadError)]
        docs = [item for item in batch if isinstance(item, Document)]
        report.read += len(docs)
        known = store.known_ids(d.id for d in docs)
        todo = [d for d in docs if d.id not in known]
        report.skipped += len(docs) - len(todo)
        articles, failed = extract_batch(todo, nlp) if todo else ([], [])
        errors += failed
        report.stored += store.add_articles(articles)
        if errors:
            store.record_failures(errors)
            report.failed += errors
            if on_error:
                for error in errors:
                    on_error(error)
        if on_progress:
            on_progress(report)
    return report
