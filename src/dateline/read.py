"""Input formats → ``Document``s.

Formats: the founding example's header format (``date YYYY-MM-DD`` then the text), JSON and JSON lines
(objects with ``text`` and ``date``, optional ``id``, ``title``, ``url``, ``source``), HTML pages (main text
and date by trafilatura), plain text with a date given by the caller, standard input (``-``), directories
and globs. Reading never raises for bad input: each bad file or line becomes a ``ReadError`` naming the
file and line, and the caller goes on with the rest.
"""

from __future__ import annotations

import datetime as dt
import glob
import hashlib
import io
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from dateline.model import Document

# About 35,000 words: far past any news article, and parsing more would stall a batch (spaCy stops at 1M).
MAX_TEXT_CHARS = 200_000
EARLIEST_DATE = dt.date(1800, 1, 1)
TEXT_SUFFIXES = {".txt", ".text", ".md"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".jsonlines"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES | HTML_SUFFIXES
HEADER_KEYS = {"date", "id", "title", "url", "source"}
HEADER_LINE = re.compile(r"^\s*([A-Za-z_]+)[ \t]+(.*?)\s*$")
GLOB_CHARS = re.compile(r"[*?\[]")
# C0 controls other than tab, newline and carriage return mark binary or corrupted input.
BINARY_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f]")


@dataclass(frozen=True)
class ReadError:
    """One input that could not become a Document: where it is and what is wrong, in words."""

    source: str
    line: int | None
    reason: str

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return f"{where}: {self.reason}"


@dataclass(frozen=True)
class ReadOptions:
    """How to read inputs that do not say everything themselves."""

    date: dt.date | None = None  # publication date for inputs that carry none
    fields: tuple[tuple[str, str], ...] = ()  # dateline field → the input's field name ("a+b" joins fields)
    date_format: str | None = None  # strptime format for non-ISO dates in JSON input


class BadInput(ValueError):
    """Raised inside this module only; turned into a ReadError at the edge."""


def content_id(date: dt.date, text: str) -> str:
    """A stable id for input that has none of its own, so that re-reading is idempotent."""
    digest = hashlib.sha1(f"{date.isoformat()}\n{text}".encode("utf-8")).hexdigest()
    return digest[:16]


def parse_date(value: object, latest: dt.date | None = None) -> dt.date:
    """An ISO date or date-time → date; anything else, or an implausible date, is BadInput."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        parsed = value
    elif isinstance(value, str):
        text = value.strip()
        if not text:
            raise BadInput("empty date")
        try:
            parsed = dt.date.fromisoformat(text[:10])
            if len(text) > 10:
                dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            raise BadInput(f"date {value!r} is not an ISO date (YYYY-MM-DD)") from None
    else:
        raise BadInput(f"date {value!r} is not an ISO date string (YYYY-MM-DD)")
    latest = latest or dt.date.today() + dt.timedelta(days=366)
    if not EARLIEST_DATE <= parsed <= latest:
        raise BadInput(f"date {parsed.isoformat()} is out of range ({EARLIEST_DATE} to {latest})")
    return parsed


def clean_text(text: object) -> str:
    if not isinstance(text, str):
        raise BadInput("field 'text' is missing or not a string")
    if BINARY_CONTROLS.search(text):
        raise BadInput("text contains control characters (binary or corrupted input)")
    if not text.strip():
        raise BadInput("no text (empty or only white space)")
    if len(text) > MAX_TEXT_CHARS:
        raise BadInput(f"text too long ({len(text):,} characters; the limit is {MAX_TEXT_CHARS:,})")
    return text


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM) only: a wrong guess would silently garble names."""
    if b"\x00" in data:
        raise BadInput("binary data (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BadInput(f"not valid UTF-8 (bad byte at offset {exc.start}); convert the file to UTF-8") from None


def optional_str(obj: dict, key: str) -> str | None:
    value = obj.get(key)
    if value is None:
        return None
    if isinstance(value, (str, int)) and not isinstance(value, bool):
        return str(value)
    raise BadInput(f"field '{key}' must be a string")


def field_value(obj: dict, spec: str) -> object:
    """``a+b`` joins several string fields with a blank line (e.g. a headline and its description)."""
    if "+" not in spec:
        return obj.get(spec)
    parts = [obj.get(name) for name in spec.split("+")]
    texts = [part.strip() for part in parts if isinstance(part, str) and part.strip()]
    return "\n\n".join(texts) if texts else None


def document_from_object(obj: object, source: str, opts: ReadOptions = ReadOptions()) -> Document:
    """A JSON object (from JSON or a JSON line) → Document.

    ``fields`` maps dateline's field names (id, date, text, title, url, source) to the input's own.
    """
    if not isinstance(obj, dict):
        raise BadInput(f"expected a JSON object, got {type(obj).__name__}")
    fields = dict(opts.fields)
    mapped = {key: field_value(obj, fields.get(key, key)) for key in ("id", "date", "text", "title", "url", "source")}
    text_field = fields.get("text", "text")
    if not isinstance(mapped["text"], str):
        raise BadInput(f"field '{text_field}' is missing or not a string")
    text = clean_text(mapped["text"])
    if mapped["date"] is None:
        if opts.date is None:
            raise BadInput(f"no '{fields.get('date', 'date')}' field (give one, or pass --date)")
        date = opts.date
    elif opts.date_format and isinstance(mapped["date"], str):
        try:
            date = parse_date(dt.datetime.strptime(mapped["date"].strip(), opts.date_format).date())
        except ValueError:
            raise BadInput(f"date {mapped['date']!r} does not match the format {opts.date_format!r}") from None
    else:
        date = parse_date(mapped["date"])
    doc_id = optional_str(mapped, "id") or content_id(date, text)
    return Document(
        id=doc_id,
        date=date,
        text=text,
        title=optional_str(mapped, "title"),
        url=optional_str(mapped, "url"),
        source=optional_str(mapped, "source") or source,
    )


LINE_BREAK = re.compile(r"\r\n|\r|\n")


def split_header(raw: str) -> tuple[dict[str, str], str]:
    """Split ``key value`` header lines (the first must be ``date``) from the text after them.

    Any line break ends a header line (\\n, \\r\\n, or a lone \\r); the text keeps its own line breaks.
    """
    header: dict[str, str] = {}
    position = 0
    while position < len(raw):
        brk = LINE_BREAK.search(raw, position)
        line_end, next_start = (brk.start(), brk.end()) if brk else (len(raw), len(raw))
        match = HEADER_LINE.match(raw[position:line_end])
        key = match.group(1).lower() if match else None
        if key is None or key not in HEADER_KEYS or key in header or (not header and key != "date"):
            break
        header[key] = match.group(2)
        position = next_start
    return header, raw[position:]


def strip_leading_blank_lines(text: str) -> str:
    return re.sub(r"\A(?:[ \t]*(?:\r\n|\r|\n))+", "", text)


def document_from_text(raw: str, source: str, opts: ReadOptions) -> Document:
    """Plain text, with or without the founding example's header."""
    header, body = split_header(raw)
    text = clean_text(strip_leading_blank_lines(body).rstrip())
    if "date" in header:
        date = parse_date(header["date"])
    elif opts.date is not None:
        date = opts.date
    else:
        raise BadInput("no date: start the file with a 'date YYYY-MM-DD' line, or pass --date")
    return Document(
        id=header.get("id") or content_id(date, text),
        date=date,
        text=text,
        title=header.get("title"),
        url=header.get("url"),
        source=header.get("source") or source,
    )


def document_from_html(raw: str, source: str, opts: ReadOptions) -> Document:
    import trafilatura

    result = trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False)
    extracted = result.as_dict() if result is not None else None
    if not extracted or not (extracted.get("text") or "").strip():
        raise BadInput("HTML page has no main text")
    date = opts.date
    if extracted.get("date"):
        date = parse_date(extracted["date"])
    if date is None:
        raise BadInput("HTML page has no publication date (pass --date)")
    text = clean_text(extracted["text"])
    return Document(
        id=content_id(date, text),
        date=date,
        text=text,
        title=extracted.get("title"),
        url=extracted.get("url"),
        source=source,
    )


def read_json_lines(
    stream: Iterable[str | bytes], source: str, opts: ReadOptions
) -> Iterator[Document | ReadError]:
    """One document per line; lines may arrive as bytes (streamed files) or text."""
    for number, line in enumerate(stream, start=1):
        if isinstance(line, bytes):
            try:
                line = line.decode("utf-8")
            except UnicodeDecodeError as exc:
                yield ReadError(source, number, f"line is not valid UTF-8 (bad byte at offset {exc.start})")
                continue
        # A byte-order mark may start any line of files that were concatenated.
        line = line.removeprefix("\ufeff")
        if not line.strip():
            continue
        try:
            yield document_from_object(json.loads(line), source, opts)
        except json.JSONDecodeError as exc:
            yield ReadError(source, number, f"invalid JSON ({exc.msg} at column {exc.colno})")
        except RecursionError:
            yield ReadError(source, number, "JSON nested too deeply")
        except BadInput as exc:
            yield ReadError(source, number, str(exc))


def read_json(raw: str, source: str, opts: ReadOptions) -> Iterator[Document | ReadError]:
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        # A .json file may really be JSON lines.
        if exc.msg == "Extra data":
            yield from read_json_lines(io.StringIO(raw), source, opts)
            return
        yield ReadError(source, exc.lineno, f"invalid JSON ({exc.msg} at column {exc.colno})")
        return
    except RecursionError:
        yield ReadError(source, None, "JSON nested too deeply")
        return
    items = data if isinstance(data, list) else [data]
    for index, obj in enumerate(items):
        try:
            yield document_from_object(obj, source, opts)
        except BadInput as exc:
            where = f"item {index}: " if isinstance(data, list) else ""
            yield ReadError(source, None, where + str(exc))


def sniff_format(raw: str) -> str:
    head = raw.lstrip()[:200].lower()
    if head.startswith("{") or head.startswith("["):
        return "jsonl" if head.startswith("{") else "json"
    if head.startswith("<!doctype html") or head.startswith("<html") or head.startswith("<"):
        return "html"
    return "text"


def read_content(raw: str, source: str, fmt: str, opts: ReadOptions) -> Iterator[Document | ReadError]:
    """Decoded content of one input in a known format."""
    try:
        if fmt == "jsonl":
            yield from read_json_lines(io.StringIO(raw), source, opts)
        elif fmt == "json":
            yield from read_json(raw, source, opts)
        elif fmt == "html":
            yield document_from_html(raw, source, opts)
        else:
            yield document_from_text(raw, source, opts)
    except BadInput as exc:
        yield ReadError(source, None, str(exc))


def format_of(path: Path) -> str | None:
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in JSON_SUFFIXES:
        return "json"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in TEXT_SUFFIXES:
        return "text"
    return None


def read_file(path: Path, opts: ReadOptions = ReadOptions()) -> Iterator[Document | ReadError]:
    source = str(path)
    if path.is_symlink() and not path.exists():
        yield ReadError(source, None, "broken symbolic link")
        return
    fmt = format_of(path)
    if fmt == "jsonl":
        # Streamed line by line: a JSON-lines file may be far larger than memory.
        try:
            with open(path, "rb") as handle:
                yield from read_json_lines(handle, source, opts)
        except OSError as exc:
            yield ReadError(source, None, f"cannot read file ({exc.strerror or exc})")
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield ReadError(source, None, f"cannot read file ({exc.strerror or exc})")
        return
    try:
        raw = decode(data)
    except BadInput as exc:
        yield ReadError(source, None, str(exc))
        return
    if not raw.strip():
        yield ReadError(source, None, "no text (empty or only white space)")
        return
    yield from read_content(raw, source, fmt or sniff_format(raw), opts)


def expand_paths(paths: Iterable[str]) -> Iterator[Path | ReadError]:
    """Files, directories (recursively, known suffixes only) and glob patterns → files, in a stable order."""
    for name in paths:
        path = Path(name)
        if not path.exists() and GLOB_CHARS.search(name):
            matches = sorted(glob.glob(name, recursive=True))
            if not matches:
                yield ReadError(name, None, "no file matches this pattern")
            for match in matches:
                yield from expand_paths([match])
            continue
        if path.is_dir():
            found = False
            for root, dirs, files in os.walk(path, followlinks=False):
                dirs.sort()
                for file in sorted(files):
                    candidate = Path(root) / file
                    if candidate.suffix.lower() in KNOWN_SUFFIXES:
                        found = True
                        yield candidate
            if not found:
                yield ReadError(name, None, "directory holds no readable files (.txt, .json, .jsonl, .html)")
        elif path.is_file():
            yield path
        elif path.is_symlink():
            yield ReadError(name, None, "broken symbolic link")
        else:
            yield ReadError(name, None, "no such file or directory")


def read_stdin(opts: ReadOptions, stream=None) -> Iterator[Document | ReadError]:
    stream = stream if stream is not None else sys.stdin.buffer
    try:
        raw = decode(stream.read())
    except BadInput as exc:
        yield ReadError("<stdin>", None, str(exc))
        return
    yield from read_content(raw, "<stdin>", sniff_format(raw), opts)


def read_documents(paths: Iterable[str], opts: ReadOptions = ReadOptions()) -> Iterator[Document | ReadError]:
    """Every document named by the paths (``-`` is standard input), with errors in line, never raised."""
    for name in paths:
        if name == "-":
            yield from read_stdin(opts)
            continue
        for item in expand_paths([name]):
            if isinstance(item, ReadError):
                yield item
            else:
                yield from read_file(item, opts)
