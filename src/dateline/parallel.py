"""Extraction in worker processes: the model is loaded once per worker, and only a bounded window of
batches is in flight, so a stream of any length runs in bounded memory."""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TypeVar

from spacy.language import Language

from dateline.model import Article, Document
from dateline.read import ReadError

T = TypeVar("T")
H = TypeVar("H")
X = TypeVar("X")
BatchResult = tuple[list[Article], list[ReadError]]

_worker_nlp: Language | None = None


def extract_batch(docs: list[Document], nlp: Language) -> BatchResult:
    """Extract a batch; if any article breaks a stage, redo the batch one by one so only that one fails."""
    from dateline.extract import analyse, extract_many

    if not docs:
        return [], []
    try:
        return list(extract_many(docs, nlp)), []
    except Exception:  # noqa: BLE001 - isolated below, article by article
        pass
    articles, errors = [], []
    for doc in docs:
        try:
            articles.append(analyse(doc, nlp(doc.text)))
        except Exception as exc:  # noqa: BLE001 - one bad article must not stop the batch
            errors.append(ReadError(doc.source or doc.id, None,
                                    f"article {doc.id}: extraction failed ({type(exc).__name__}: {exc})"))
    return articles, errors


def _init_worker(model: str | None) -> None:
    global _worker_nlp
    from dateline.nlp import load_pipeline

    _worker_nlp = load_pipeline(model)


def _extract_in_worker(docs: list[Document]) -> BatchResult:
    assert _worker_nlp is not None, "worker not initialised"
    return extract_batch(docs, _worker_nlp)


def _pause_and_report_peak(seconds: float) -> float:
    """Occupy a worker briefly (so that N calls reach N workers) and return its peak memory in MB."""
    import resource
    import time

    time.sleep(seconds)
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def bounded_map(submit: Callable[[T], H], items: Iterable[T], window: int) -> Iterator[H]:
    """Submit items in order with at most ``window`` in flight; yield their handles in the same order."""
    pending: deque[H] = deque()
    for item in items:
        pending.append(submit(item))
        if len(pending) >= window:
            yield pending.popleft()
    while pending:
        yield pending.popleft()


class BatchExtractor:
    """Turns batches of documents into (articles, errors), in order, in this process or in N workers."""

    def __init__(self, jobs: int = 1, model: str | None = None, nlp: Language | None = None):
        self.jobs = max(1, jobs)
        self.model = model
        self._nlp = nlp
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> BatchExtractor:
        if self.jobs > 1:
            # spawn, not fork: the parent holds DuckDB and spaCy threads that a fork would copy mid-flight.
            context = multiprocessing.get_context("spawn")
            self._pool = ProcessPoolExecutor(self.jobs, mp_context=context, initializer=_init_worker,
                                             initargs=(self.model,))
        elif self._nlp is None:
            from dateline.nlp import load_pipeline

            self._nlp = load_pipeline(self.model)
        return self

    def __exit__(self, *exc) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)

    def _each_worker(self) -> list[float]:
        if self._pool is None:
            return []
        futures = [self._pool.submit(_pause_and_report_peak, 0.5) for _ in range(self.jobs)]
        return [f.result() for f in futures]

    def warm_up(self) -> None:
        """Start every worker and load its model now, so that timings after this exclude start-up."""
        self._each_worker()

    def worker_peak_rss_mb(self) -> list[float]:
        """Peak resident memory of each worker process, in MB (empty when running in this process)."""
        return self._each_worker()

    def map(self, batches: Iterable[tuple[list[Document], X]]) -> Iterator[tuple[BatchResult, X]]:
        """Extract each batch of documents; ``X`` rides along unchanged (e.g. the batch's read errors)."""
        if self._pool is None:
            for docs, extra in batches:
                yield extract_batch(docs, self._nlp), extra
            return

        def submit(batch: tuple[list[Document], X]) -> tuple[Future, X]:
            docs, extra = batch
            return self._pool.submit(_extract_in_worker, docs), extra

        for future, extra in bounded_map(submit, batches, 2 * self.jobs):
            yield future.result(), extra
