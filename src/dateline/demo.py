"""The demo set (the founding example plus short articles written by the team) and its timeline."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

from rich.console import Console
from rich.markup import escape

from dateline.store import Store, cluster_events

FOUNDING_EXAMPLE = Path("examples") / "000_a190d13e5a6bcf0f.txt"
SHARED_ENV = "DATELINE_SHARED"


def shared_candidates() -> list[Path]:
    """Where the shared data folder may be: $DATELINE_SHARED, beside the working folder, beside the repository."""
    candidates = []
    if os.environ.get(SHARED_ENV):
        candidates.append(Path(os.environ[SHARED_ENV]))
    candidates.append(Path.cwd().parent / "shared")
    candidates.append(Path(__file__).resolve().parents[3] / "shared")
    return candidates


def demo_paths() -> tuple[list[Path], str | None]:
    """The demo articles, and a note when the founding example cannot be found."""
    ours = sorted(Path(str(p)) for p in resources.files("dateline.data").joinpath("demo").iterdir() if p.name.endswith(".txt"))
    for shared in shared_candidates():
        example = shared / FOUNDING_EXAMPLE
        if example.is_file():
            return [example, *ours], None
    return ours, f"founding example not found (looked in {', '.join(str(p) for p in shared_candidates())}; set {SHARED_ENV})"


def describe(row: dict) -> str:
    sources = ", ".join(row["sources"] or []) or "?"
    targets = ", ".join(row["targets"] or [])
    arrow = f"{sources} → {targets}" if targets else sources
    flags = []
    if row["mode"]:
        flags.append(row["mode"])
    if row["negated"]:
        flags.append("negated")
    if row["modality"] != "asserted":
        flags.append(row["modality"])
    return f"{row['type']}{' (' + ', '.join(flags) + ')' if flags else ''}: {arrow}"


def print_timeline(store: Store, console: Console) -> None:
    """Events by date, each with its actors and the sentence it came from; then one count as a question."""
    rows = store.events()
    console.print(f"[bold]Timeline: {len(rows)} event mentions[/bold]")
    current = None
    for row in rows:
        if row["date"] != current:
            current = row["date"]
            basis = "" if row["date_basis"] == "text" else " (publication date)"
            console.print(f"\n[bold cyan]{current}[/bold cyan]{basis}", highlight=False)
        console.print(f"  [bold]{escape(describe(row))}[/bold]", highlight=False)
        console.print(f"    [dim]“{escape(row['evidence'])}”[/dim]", highlight=False)
    if store.actor_ids("Donald Trump") and store.actor_ids("Vladimir Putin"):
        talks = cluster_events(store.between("Donald Trump", "Vladimir Putin", type="CONSULT"))
        mentions = sum(len(c["mentions"]) for c in talks)
        console.print(
            f"\n[bold]How many times have Trump and Putin spoken?[/bold] {len(talks)} "
            f"(from {mentions} event mentions): {', '.join(c['date'] for c in talks)}",
            highlight=False,
        )
