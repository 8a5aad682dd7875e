"""Read → extract → store, in batches, skipping what is already stored and recording what fails."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from dateline.model import Document
from dateline.parallel import BatchExtractor
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


def new_documents(items: Iterable[Document | ReadError], store: Store, batch_size: int,
                  report: IngestReport) -> Iterator[tuple[list[Document], list[ReadError]]]:
    """Batches of documents not yet stored (recognised by id before any parse), with the batch's read errors."""
    for batch in batched(items, batch_size):
        errors = [item for item in batch if isinstance(item, ReadError)]
        docs = [item for item in batch if isinstance(item, Document)]
        report.read += len(docs)
        known = store.known_ids(d.id for d in docs)
        todo = [d for d in docs if d.id not in known]
        report.skipped += len(docs) - len(todo)
        yield todo, errors


def ingest(
    items: Iterable[Document | ReadError],
    store: Store,
    extractor: BatchExtractor,
    batch_size: int = 64,
    on_progress: Callable[[IngestReport], None] | None = None,
    on_error: Callable[[ReadError], None] | None = None,
) -> IngestReport:
    """Store every readable document once; each batch is written in one transaction."""
    report = IngestReport()
    for (articles, failed), read_errors in extractor.map(new_documents(items, store, batch_size, report)):
        report.stored += store.add_articles(articles)
        errors = read_errors + failed
        if errors:
            store.record_failures(errors)
            report.failed += errors
            if on_error:
                for error in errors:
                    on_error(error)
        if on_progress:
            on_progress(report)
    return report
