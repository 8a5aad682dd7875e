"""Gold files that point into the shared corpora instead of carrying copyrighted text.

A gold file's ``ref`` names a corpus item under ``shared_dir/corpora``: ``{"corpus": ..., "id": ...}`` for
JSON-lines corpora with ids, or ``{"corpus": "ukraine2022/museum_of_war_warline.jsonl", "line": N}`` (N counts
from 1) for the Ukraine war-line items, whose text is ``headline + "\\n\\n" + description_en`` and date
``day_date``. Used by the event gold (``evaluate_events``) and the TIMEX3 gold in JSON (``times.timeml``).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import os
from pathlib import Path

SHARED_ENV = "DATELINE_SHARED"
UKRAINE_DATE_FORMATS = ("%d %b %Y", "%d %B %Y", "%m/%d/%Y")


class GoldError(ValueError):
    """A gold file that cannot be read or does not follow the gold format; the message names the file."""


def default_shared_dir() -> Path:
    """``$DATELINE_SHARED``, else ``../shared`` from the working directory, else ``shared`` beside the repository."""
    env = os.environ.get(SHARED_ENV)
    if env:
        return Path(env)
    here = Path.cwd().parent / "shared"
    if here.is_dir():
        return here
    beside_repo = Path(__file__).resolve().parents[3] / "shared"
    return beside_repo if beside_repo.is_dir() else here


def parse_iso_date(value, where: str) -> dt.date:
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except (TypeError, ValueError):
        raise GoldError(f"{where}: date {value!r} is not an ISO date (YYYY-MM-DD)") from None


def _parse_ukraine_date(record: dict, where: str) -> dt.date:
    for key in ("day_date", "full_date"):
        value = record.get(key)
        if not value:
            continue
        for fmt in UKRAINE_DATE_FORMATS:
            try:
                return dt.datetime.strptime(str(value).strip(), fmt).date()
            except ValueError:
                pass
    raise GoldError(f"{where}: the referenced item has no readable day_date")


@functools.lru_cache(maxsize=16)
def _corpus_lines(path: Path) -> tuple[str, ...]:
    with path.open(encoding="utf-8") as fh:
        return tuple(fh)


@functools.lru_cache(maxsize=16)
def _corpus_ids(path: Path) -> dict[str, int]:
    index: dict[str, int] = {}
    for n, line in enumerate(_corpus_lines(path)):
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(record, dict) and "id" in record:
            index.setdefault(str(record["id"]), n)
    return index


def resolve_ref(ref: dict, shared_dir: Path, where: str) -> tuple[str, dt.date]:
    """The text and date of the corpus item that a gold file's ``ref`` points to."""
    if not isinstance(ref, dict) or not isinstance(ref.get("corpus"), str):
        raise GoldError(f"{where}: 'ref' must be an object with a 'corpus' path")
    corpus = shared_dir / "corpora" / ref["corpus"]
    if not corpus.is_file():
        raise GoldError(f"{where}: referenced corpus {corpus} not found (set {SHARED_ENV} or pass shared_dir)")
    lines = _corpus_lines(corpus)
    if "id" in ref:
        n = _corpus_ids(corpus).get(str(ref["id"]))
        if n is None:
            raise GoldError(f"{where}: no item with id {ref['id']!r} in {corpus}")
    elif "line" in ref:
        line = ref["line"]
        if not isinstance(line, int) or isinstance(line, bool) or not 1 <= line <= len(lines):
            raise GoldError(f"{where}: 'line' must be a line number from 1 to {len(lines)} of {corpus}")
        n = line - 1
    else:
        raise GoldError(f"{where}: 'ref' needs an 'id' or a 'line'")
    try:
        record = json.loads(lines[n])
    except json.JSONDecodeError as exc:
        raise GoldError(f"{where}: line {n + 1} of {corpus} is not JSON: {exc}") from None
    if isinstance(record.get("text"), str):
        date = parse_iso_date(record.get("date"), f"{where} (ref {corpus}:{n + 1})")
        return record["text"], date
    if "headline" in record or "description_en" in record:
        text = (record.get("headline") or "").strip() + "\n\n" + (record.get("description_en") or "").strip()
        return text, _parse_ukraine_date(record, f"{where} (ref {corpus}:{n + 1})")
    raise GoldError(f"{where}: line {n + 1} of {corpus} has neither 'text' nor 'headline'/'description_en'")
