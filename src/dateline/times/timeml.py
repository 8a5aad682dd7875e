"""TimeML reading, writing and TempEval-3 style scoring of TIMEX3 expressions.

Gold comes as TempEval-3 TimeML files (``*.tml``) or as JSON files (``*.json``) that point into the shared
corpora instead of carrying the article's text (``eval/gold/times/README.md``)::

    {"id": "...", "date": "2011-01-28", "text": null, "ref": {"corpus": "timeline17/X.jsonl", "id": "..."},
     "timexes": [{"start": 10, "end": 16, "text": "Friday", "type": "DATE", "value": "2011-01-28"}]}

The scorer follows TempEval-3: extents match strictly (same offsets) or relaxed (any
overlap, one-to-one); attribute scores count the relaxed matches whose attribute agrees, as
precision over the system's expressions and recall over the gold ones. All figures are 0-100.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from dateline.gold_refs import (
    GoldError,
    default_shared_dir,
    parse_iso_date,
    resolve_ref,
)
from dateline.model import TimeExpr

TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)((?:\s+[^>]*?)?)\s*(/?)>")
ATTR = re.compile(r'([A-Za-z_:][\w:.-]*)\s*=\s*"([^"]*)"')
TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")
DCT_TIMEX = re.compile(r"<TIMEX3\b[^>]*functionInDocument=\"CREATION_TIME\"[^>]*>")


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    type: str
    value: str
    text: str = ""


@dataclass
class TimeMLDocument:
    path: Path
    head: str  # everything before the TEXT content, DCT included
    text: str  # TEXT content without tags, entities decoded
    dct: dt.date
    timexes: list[Timex] = field(default_factory=list)


# --- reading and writing --------------------------------------------------------------------


def read_timeml(path: Path) -> TimeMLDocument:
    raw = Path(path).read_text(encoding="utf-8")
    open_at = raw.index("<TEXT>") + len("<TEXT>")
    close_at = raw.index("</TEXT>", open_at)
    text, timexes = _strip_tags(raw[open_at:close_at])
    return TimeMLDocument(Path(path), raw[:open_at], text, _dct(raw), timexes)


def read_timex_json(path: Path, shared_dir: Path | None = None) -> TimeMLDocument:
    """A JSON gold file as a TimeML document; raises :class:`GoldError` naming the file and the entry."""
    where = str(path)
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise GoldError(f"{where}: cannot read: {exc}") from None
    except json.JSONDecodeError as exc:
        raise GoldError(f"{where}: not valid JSON: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("timexes"), list):
        raise GoldError(f"{where}: expected a JSON object with 'text' (or 'ref') and a 'timexes' list")
    if isinstance(data.get("text"), str):
        text, dct = data["text"], parse_iso_date(data.get("date"), where)
    elif data.get("ref") is not None:
        text, dct = resolve_ref(data["ref"], shared_dir or default_shared_dir(), where)
    else:
        raise GoldError(f"{where}: no 'text' and no 'ref' to read it from")
    timexes = [_json_timex(entry, text, f"{where}: timex {n + 1}") for n, entry in enumerate(data["timexes"])]
    return TimeMLDocument(Path(path), _timeml_head(str(data.get("id") or Path(path).stem), dct), text, dct, timexes)


def _json_timex(entry, text: str, where: str) -> Timex:
    if not isinstance(entry, dict):
        raise GoldError(f"{where}: expected an object")
    start, end = entry.get("start"), entry.get("end")
    offsets = all(isinstance(n, int) and not isinstance(n, bool) for n in (start, end))
    if not (offsets and 0 <= start < end <= len(text)):
        raise GoldError(f"{where}: 'start' and 'end' must be offsets with 0 <= start < end <= {len(text)}")
    if entry.get("text") is not None and text[start:end] != entry["text"]:
        raise GoldError(f"{where}: text[{start}:{end}] is {text[start:end]!r}, not {entry['text']!r}")
    if entry.get("type") not in TIMEX_TYPES:
        raise GoldError(f"{where}: type {entry.get('type')!r} is not one of {', '.join(TIMEX_TYPES)}")
    if not isinstance(entry.get("value"), str) or not entry["value"]:
        raise GoldError(f"{where}: 'value' must be a TIMEX3 value string")
    return Timex(start, end, entry["type"], entry["value"], text[start:end])


def _timeml_head(doc_id: str, dct: dt.date) -> str:
    """The TimeML head of a document built from JSON gold, up to and including <TEXT>."""
    timex = (f'<TIMEX3 tid="t0" type="DATE" value="{dct.isoformat()}" temporalFunction="false" '
             f'functionInDocument="CREATION_TIME">{dct.isoformat()}</TIMEX3>')
    return (f'<?xml version="1.0" ?>\n<TimeML>\n<DOCID>{escape(doc_id)}</DOCID>\n\n<DCT>{timex}</DCT>\n\n'
            "<TEXT>")


def _dct(raw: str) -> dt.date:
    tag = DCT_TIMEX.search(raw)
    if tag is None:
        raise ValueError("no TIMEX3 with functionInDocument=\"CREATION_TIME\"")
    value = dict(ATTR.findall(tag.group()))["value"]
    return dt.date.fromisoformat(value[:10])


def _strip_tags(marked: str) -> tuple[str, list[Timex]]:
    """Plain text of marked-up TEXT content and the TIMEX3 spans in it."""
    pieces: list[str] = []
    length = 0
    timexes: list[Timex] = []
    open_timex: tuple[int, dict] | None = None
    pos = 0
    for tag in TAG.finditer(marked):
        piece = html.unescape(marked[pos : tag.start()])
        pieces.append(piece)
        length += len(piece)
        pos = tag.end()
        if tag.group(2) != "TIMEX3":
            continue
        if tag.group(1):
            start, attrs = open_timex
            text = "".join(pieces)[start:length]
            timexes.append(Timex(start, length, attrs.get("type", ""), attrs.get("value", ""), text))
            open_timex = None
        elif not tag.group(4):
            open_timex = (length, dict(ATTR.findall(tag.group(3))))
    pieces.append(html.unescape(marked[pos:]))
    return "".join(pieces), timexes


def write_timeml(document: TimeMLDocument, times: list[TimeExpr], path: Path) -> None:
    """The document again, its TEXT annotated with dateline's TIMEX3 tags only."""
    out = [document.head]
    pos = 0
    first_id = max((int(n) for n in re.findall(r'tid="t(\d+)"', document.head)), default=0) + 1
    for n, time in enumerate(sorted(times, key=lambda t: t.start), start=first_id):
        if time.start < pos:
            continue
        attrs = f"tid={quoteattr(f't{n}')} type={quoteattr(time.type)} value={quoteattr(time.value)}"
        if time.mod:
            attrs += f" mod={quoteattr(time.mod)}"
        out.append(escape(document.text[pos : time.start]))
        out.append(f"<TIMEX3 {attrs}>{escape(document.text[time.start : time.end])}</TIMEX3>")
        pos = time.end
    out.append(escape(document.text[pos:]))
    out.append("</TEXT>\n\n</TimeML>\n")
    Path(path).write_text("".join(out), encoding="utf-8")


# --- scoring ----------------------------------------------------------------------------------


@dataclass
class Counts:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0
    type: int = 0

    def add(self, other: "Counts") -> None:
        for name in ("gold", "system", "strict", "relaxed", "value", "type"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


def relaxed_pairs(gold: list[Timex], system: list[Timex]) -> list[tuple[Timex, Timex]]:
    """One-to-one overlapping pairs; an exact match is preferred, then the first overlap."""
    pairs = []
    used: set[int] = set()
    for s in system:
        candidates = [k for k, g in enumerate(gold) if k not in used and g.start < s.end and s.start < g.end]
        if not candidates:
            continue
        exact = [k for k in candidates if (gold[k].start, gold[k].end) == (s.start, s.end)]
        k = (exact or candidates)[0]
        used.add(k)
        pairs.append((gold[k], s))
    return pairs


def compare(gold: list[Timex], system: list[Timex]) -> Counts:
    pairs = relaxed_pairs(gold, system)
    return Counts(
        gold=len(gold),
        system=len(system),
        strict=sum((g.start, g.end) == (s.start, s.end) for g, s in pairs),
        relaxed=len(pairs),
        value=sum(g.value == s.value for g, s in pairs),
        type=sum(g.type == s.type for g, s in pairs),
    )


def f1(matched: int, system: int, gold: int) -> tuple[float, float, float]:
    precision = matched / system if system else 0.0
    recall = matched / gold if gold else 0.0
    score = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return 100 * precision, 100 * recall, 100 * score


def scores(counts: Counts) -> dict:
    result: dict = {"gold": counts.gold, "system": counts.system}
    for name in ("strict", "relaxed", "value", "type"):
        p, r, f = f1(getattr(counts, name), counts.system, counts.gold)
        result[f"{name}_precision"] = round(p, 2)
        result[f"{name}_recall"] = round(r, 2)
        result[f"{name}_f1"] = round(f, 2)
    return result


# --- evaluation -------------------------------------------------------------------------------


def system_timexes(document: TimeMLDocument, doc) -> list[Timex]:
    """dateline's TIMEX3 for a parsed gold document, as the scorer compares them."""
    from dateline.times.tag import tag_times

    return as_timexes(tag_times(doc, document.dct))


def as_timexes(times) -> list[Timex]:
    """The scorer's view of tagged time expressions."""
    return [Timex(t.start, t.end, t.type, t.value, t.text) for t in times]


def read_gold_dir(gold_dir: Path, shared_dir: Path | None = None) -> list[TimeMLDocument]:
    """The gold documents of a folder: its TimeML files (*.tml) and its JSON gold files (*.json)."""
    paths = sorted(Path(gold_dir).glob("*.tml")) + sorted(Path(gold_dir).glob("*.json"))
    if not paths:
        raise GoldError(f"{gold_dir}: no TimeML (.tml) or JSON (.json) gold files")
    return [_read_timeml_gold(p) if p.suffix == ".tml" else read_timex_json(p, shared_dir) for p in paths]


def _read_timeml_gold(path: Path) -> TimeMLDocument:
    """read_timeml, with a broken file reported as a GoldError that names it."""
    try:
        return read_timeml(path)
    except (OSError, UnicodeDecodeError, ValueError, KeyError) as exc:
        reason = "no <TEXT> ... </TEXT>" if "substring not found" in str(exc) else str(exc)
        raise GoldError(f"{path}: not a TimeML file: {reason}") from None


def evaluate_timeml(gold_dir: Path, out_dir: Path, nlp, shared_dir: Path | None = None) -> dict:
    """Tag every gold document of gold_dir, write the tagged TimeML files to out_dir, score them against gold."""
    return evaluate_documents(read_gold_dir(gold_dir, shared_dir), out_dir, nlp)


def evaluate_documents(documents: list[TimeMLDocument], out_dir: Path, nlp) -> dict:
    """Tag gold documents already read, write the tagged TimeML files to out_dir, score them against gold."""
    from dateline.times.tag import tag_times

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    total = Counts()
    for document, doc in zip(documents, nlp.pipe(d.text for d in documents)):
        times = tag_times(doc, document.dct)
        write_timeml(document, times, out_dir / (document.path.stem + ".tml"))
        total.add(compare(document.timexes, as_timexes(times)))
    return {**scores(total), "files": len(documents)}
