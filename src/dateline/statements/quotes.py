"""Direct quotations: find the quoted stretches of a text, whatever its quote marks.

News text is messy: straight and curly marks mixed, ``''`` and ``````` for marks in older wire text, a
paragraph that ends without its closing mark because the quote goes on in the next paragraph,
stray marks from broken markup. The scanner never raises; a mark it cannot pair is left out rather
than guessed. Single quotes are not scanned: inside a double quote they are nested quotes, and
elsewhere they cannot be told from apostrophes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENING = {"“", "«", "„", "``"}
CLOSING = {"”", "»"}
AMBIGUOUS = {'"', "″", "＂", "''"}
CLOSING_TOKENS = {"”", '"', "''", "’", "»"}  # tokens that can close a quote, for the parse-side rules
_MARK = re.compile(r"``|''|[“”«»„\"″＂]")
_PARAGRAPH_BREAK = re.compile(r"\n\s*")
_MARKUP_TAG = re.compile(r"</?[A-Za-z][\w-]*(?:\s[^<>\n]*)?>")  # '<tweet author="...">' left in scraped text
_BEFORE_OPENING = set(" \t\n([{—–-/:;,") | {"\u00a0"}
_AFTER_CLOSING = set(".,;:!?)]}—–-")
_CLOSING_PUNCTUATION = set(".,!?—–")


@dataclass(frozen=True)
class Quote:
    """A quoted stretch: ``start`` is at the opening mark, ``end`` just after the closing mark."""

    start: int
    end: int
    paragraphs: int = 1  # how many paragraphs the quote runs over


def _role(text: str, start: int, end: int, is_open: bool) -> str:
    """``open`` or ``close`` for the mark text[start:end]; straight marks are judged by their
    neighbours, then by whether a quote is open."""
    mark = text[start:end]
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if mark in CLOSING:  # a curly mark typed the wrong way round opens a word ('to let aides ”get close')
        return "open" if not is_open and before.isspace() and after.isalnum() else "close"
    if mark in OPENING:  # ... or closes after punctuation ('“Not yet,“ he said')
        return "close" if is_open and before in _CLOSING_PUNCTUATION and after.isspace() else "open"
    if before in _BEFORE_OPENING and not after.isspace():
        return "open"
    if after.isspace() or after in _AFTER_CLOSING:
        return "close"
    return "close" if is_open else "open"


def find_quotes(text: str) -> list[Quote]:
    """Quoted stretches of ``text`` in order, outermost only (nested quotes stay inside)."""
    marks = _marks_outside_tags(text)
    breaks = [(m.start(), m.end()) for m in _PARAGRAPH_BREAK.finditer(text)]
    quotes: list[Quote] = []
    open_at: int | None = None
    paragraphs = 1
    last_opening = 0  # the opening mark of the last paragraph of a quote that runs over several
    b = 0  # next paragraph break
    for start, end in marks:
        continued = False
        while b < len(breaks) and breaks[b][0] < start:
            # a paragraph ends with a quote open: it goes on only if the next paragraph opens one
            if open_at is not None:
                if breaks[b][1] == start and _role(text, start, end, False) == "open":
                    continued = True
                else:
                    quotes.extend(_unclosed(text, open_at, breaks[b][0], paragraphs))
                    open_at, paragraphs = None, 1
            b += 1
        if continued:
            paragraphs += 1
            last_opening = start
        elif _role(text, start, end, open_at is not None) == "open":
            open_at, paragraphs = start, 1
        elif open_at is not None:
            if paragraphs > 1 and _words_after_close(text, end):
                # the last paragraph has a cue of its own: a quote of its own
                quotes.append(Quote(open_at, len(text[:last_opening].rstrip()), paragraphs - 1))
                open_at, paragraphs = last_opening, 1
            quotes.append(Quote(open_at, end, paragraphs))
            open_at, paragraphs = None, 1
    if open_at is not None:
        end = next((s for s, _ in breaks[b:] if s > open_at), len(text))
        quotes.extend(_unclosed(text, open_at, end, paragraphs))
    return quotes


def _marks_outside_tags(text: str) -> list[tuple[int, int]]:
    """Quote marks of ``text`` outside markup tags: the attribute values of an embedded post
    ('<post author="mayor" date="May 2">') are no quotes."""
    tags = [(m.start(), m.end()) for m in _MARKUP_TAG.finditer(text)]
    marks = []
    t = 0
    for m in _MARK.finditer(text):
        while t < len(tags) and tags[t][1] <= m.start():
            t += 1
        if t == len(tags) or m.start() < tags[t][0]:
            marks.append((m.start(), m.end()))
    return marks


def _words_after_close(text: str, end: int) -> bool:
    """Whether words follow a quote's closing mark in its paragraph ('..." he said.'). A quote that
    runs over paragraphs and closes in one that names a cue ('“... won.¶¶“We will ...,” she
    added.') ends at the paragraph before: the reader takes the last paragraph as a new statement
    with its own cue, as PolNeAR does; the paragraphs before go on with the cue before them."""
    paragraph_end = text.find("\n", end)
    rest = text[end : len(text) if paragraph_end < 0 else paragraph_end]
    return any(ch.isalpha() for ch in rest)


def _unclosed(text: str, start: int, paragraph_end: int, paragraphs: int) -> list[Quote]:
    """A quote whose closing mark is missing at the end of its paragraph ('said Okafor. “Her
    proposal ... depth.' and a new paragraph of narrative): it ends with the paragraph when it
    opens a sentence and the paragraph ends one; a stray mark is left out."""
    before = text[:start].rstrip(" \t\u00a0")
    body = text[start:paragraph_end].rstrip()
    opens_sentence = not before or before[-1] in ".!?:\n"
    if opens_sentence and body[-1:] in (".", "!", "?") and not _MARK.search(body, 1):
        return [Quote(start, start + len(body), paragraphs)]
    return []
