"""Extraction on a Dask cluster: each batch becomes a task that writes a Parquet shard of the output tables.

The client streams the input, skips articles the store already holds, and keeps a bounded number of
batches in flight. Workers load the spaCy pipeline once each (``load_pipeline`` is cached per process) and
write shards into a folder that they and the loading machine share. ``load_shards`` brings them into DuckDB.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from dateline.ingest import IngestReport, new_documents
from dateline.model import Document
from dateline.parallel import bounded_map
from dateline.read import ReadError
from dateline.shards import SUCCESS, shard_name, write_shard
from dateline.store import Store


@dataclass
class ClusterReport(IngestReport):
    shards_written: int = 0
    shards_reused: int = 0


def extract_to_shard(docs: list[Document], errors: list[ReadError], folder: str, model: str | None) -> tuple[int, list[ReadError]]:
    """The task run on a worker: extract a batch and write its shard. Returns (articles, failures)."""
    from dateline.nlp import load_pipeline
    from dateline.parallel import extract_batch

    articles, failed = extract_batch(docs, load_pipeline(model))
    write_shard(articles, [*errors, *failed], Path(folder))
    return len(articles), failed


def connect(address: str):
    """``local`` (or ``local:N``) starts a LocalCluster of N worker processes; anything else is a scheduler address."""
    from distributed import Client, LocalCluster

    if address.startswith("local"):
        workers = int(address.partition(":")[2] or 2)
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
        return Client(cluster)
    return Client(address)


def extract_on_cluster(
    items: Iterable[Document | ReadError],
    client,
    shard_dir: Path,
    store: Store,
    model: str | None = None,
    batch_size: int = 64,
    on_progress: Callable[[ClusterReport], None] | None = None,
) -> ClusterReport:
    """Write a shard per batch of documents the store lacks; finished shards from an earlier run are reused."""
    report = ClusterReport()
    shard_dir.mkdir(parents=True, exist_ok=True)
    window = 2 * max(1, len(client.scheduler_info().get("workers", {})) or 1)

    batches = ((docs, errors) for docs, errors in new_documents(items, store, batch_size, report) if docs or errors)

    def submit(batch):
        docs, errors = batch
        folder = shard_dir / shard_name([d.id for d in docs], errors)
        if (folder / SUCCESS).exists():
            return None, batch
        return client.submit(extract_to_shard, docs, errors, str(folder), model, pure=False), batch

    for future, (docs, errors) in bounded_map(submit, batches, window):
        report.failed += errors
        if future is None:
            report.shards_reused += 1
            report.skipped += len(docs)
        else:
            stored, failed = future.result()
            report.shards_written += 1
            report.stored += stored
            report.failed += failed
        if on_progress:
            on_progress(report)
    return report
