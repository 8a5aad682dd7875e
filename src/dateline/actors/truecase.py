"""Re-casing of text written in capitals (headlines, wire slugs, datelines) so that the NER model can read it.

spaCy's model leans on capital letters to find names; in "RUSSIA WARNS UKRAINE OVER DRONES" every word looks
like one. ``capital_segments`` finds the sentences or lines written mostly in capitals, and ``truecased_words``
rewrites one with the casing its words have elsewhere: in the document's ordinary sentences, else in the
knowledge base's names; other words go to lower case, acronyms stay as they are.
"""

from __future__ import annotations

from collections import Counter

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

# "US" in a headline is the country far more often than the pronoun
FUNCTION_WORDS = frozenset(w for w in STOP_WORDS if w != "us")
MIN_LETTER_TOKENS = 2
CAPITAL_SHARE = 0.8
VOWELS = frozenset("aeiouyAEIOUY")
SEPARATORS = frozenset({"-", "–", "—", "|", ":"})


def _lines(sent: Span) -> list[Span]:
    """A sentence cut at line breaks: a headline line the parser joined to the text below it stands alone."""
    out, start = [], sent.start
    for tok in sent:
        if "\n" in tok.text or "\n" in tok.whitespace_:
            end = tok.i if tok.is_space else tok.i + 1
            if end > start:
                out.append(sent.doc[start:end])
            start = tok.i + 1
    if start < sent.end:
        out.append(sent.doc[start:sent.end])
    return out


def in_capitals(span: Span) -> bool:
    """At least two words, most of them in capitals."""
    letters = [t for t in span if t.is_alpha]
    if len(letters) < MIN_LETTER_TOKENS and not (letters and len(letters[0]) >= 3):
        return False
    return sum(t.is_upper for t in letters) >= CAPITAL_SHARE * len(letters)


def _pieces(span: Span) -> list[Span]:
    """A headline cut at free-standing dashes, bars and colons: "SOCCER - SHEARER NAMED AS CAPTAIN" is a
    topic and a headline, and no name runs across the dash."""
    out, start = [], span.start
    for tok in span:
        if tok.text in SEPARATORS and tok.whitespace_ and tok.i > 0 and tok.doc[tok.i - 1].whitespace_:
            if tok.i > start:
                out.append(span.doc[start:tok.i])
            start = tok.i + 1
    if start < span.end:
        out.append(span.doc[start:span.end])
    return out


def capital_segments(doc: Doc) -> list[Span]:
    """The sentences (or lines within them) written mostly in capitals, cut at separators."""
    return [piece for sent in doc.sents for seg in _lines(sent) if in_capitals(seg) for piece in _pieces(seg)]


def case_map(doc: Doc, capital: list[Span], known_names: dict[str, str]) -> dict[str, str]:
    """Lower-cased word → its usual spelling: from the document's other sentences (not their first word, which is
    capitalised anyway), else from the knowledge base's names."""
    skip = {i for seg in capital for i in range(seg.start, seg.end)}
    seen: dict[str, Counter] = {}
    for sent in doc.sents:
        for tok in sent[1:]:
            if tok.i in skip or not tok.is_alpha:
                continue
            if tok.i > 0 and tok.doc[tok.i - 1].is_punct and tok.doc[tok.i - 1].text in ".!?:\"“":
                continue  # starts a clause or a quotation: capitalised whatever it is
            seen.setdefault(tok.lower_, Counter())[tok.text] += 1
    out = dict(known_names)
    out.update({key: forms.most_common(1)[0][0] for key, forms in seen.items()})
    return out


def _recase(text: str, cases: dict[str, str]) -> str:
    if not any(c.isalpha() for c in text) or not text.isupper():
        return text
    key = text.lower()
    if key in cases:
        return cases[key]
    if key in FUNCTION_WORDS:
        return key
    if len(text) == 2 or not VOWELS.intersection(text):
        return text  # an acronym: "EU", "NBP", "BBC"
    if "-" in text:
        return "-".join(_recase(part, cases) for part in text.split("-"))
    return text.lower() if len(text) > 1 else text


def truecased_words(span: Span, cases: dict[str, str]) -> list[str]:
    """The span's words in their usual casing; the first word capitalised as a sentence's first word is.

    A word neither the document nor the knowledge base spells goes to lower case: a story names its actors in
    its text too, so an unseen word is most likely a common one (title case made "TRUMP SPEAK" a person)."""
    words = [_recase(t.text, cases) for t in span]
    for j, tok in enumerate(span):
        if tok.is_alpha:
            words[j] = words[j][:1].upper() + words[j][1:]
            break
    return words


def known_name_cases(names) -> dict[str, str]:
    """Lower-cased word → spelling, for the words of mixed-case names ("Putin", "NATO", "al-Assad")."""
    out: dict[str, str] = {}
    for name in names:
        for word in name.split():
            if len(word) > 1 and word.lower() not in FUNCTION_WORDS:  # "The Hague" says nothing about "the"
                out.setdefault(word.lower(), word)
    return out
