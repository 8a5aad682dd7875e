"""Find temporal expressions on spaCy tokens.

Every token gets at most one word class (lexicon.yaml, or its shape for numbers and clock
times); the classes of a document become a string with one character per token, and the
extent patterns (patterns.yaml) are regular expressions over that string. A match is a
token span plus the name of the rule that found it; resolve.py turns it into a TIMEX3 value.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc, Token

from dateline.model import TimeExpr
from dateline.resources import data_lines, read_yaml, word_set

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "times"
NO_CLASS = " "
TITLE_CLASSES = {"UNIT", "CLOCKWORD", "SEASON", "PARTOFDAY"}  # words that are capitalised only in names
OPENING_QUOTES = {'"', "``", "`", "''", "“", "'", "‘"}
CLOSING_QUOTES = {'"', "''", "”", "’"}
SPEECH_WORDS = 4  # a quotation of more words is speech, not the title of a work or a programme
MAX_SHORT_RANGE_YEARS = 20  # "2012-15", "the 1975-90 civil war": how far on the two-digit end of a range may lie
OPEN_BOUNDS = {"LATER", "EARLIER", "BEYOND", "MORE", "LONGER"}  # "1994 or later", "a decade or more"
# capitalised before a name word, they open the name: "the Summer Palace", "the Future Cities Fund"
NAME_OPENERS = ("SEASON", "PARTOFDAY", "FUTURE", "PAST", "PRESENT")
LARGE_NUMBERS = {"hundred", "thousand", "million", "billion", "trillion"}  # "2000 million yen"
MULTIPLIER_WORDS = LARGE_NUMBERS | {"dozen"}  # "a hundred years", "a dozen days"
WHOLE_NUMBER_CLASSES = ("NUMWORD", "TEENCENT", "DAYNUM", "NUMDIGIT")
ORDINAL_CLASSES = ("ORDWORD", "ORDNUM", "SECOND")
# duration units from the largest to the smallest, with their rough length in days: "a day and
# 4 hours" counts down, "a week, 10 days" not
UNIT_DAYS = {
    "ML": 365000, "CE": 36500, "DE": 3650, "Y": 365, "Q": 91, "M": 30, "2W": 14, "W": 7, "D": 1,
    "TH": 1 / 24, "TM": 1 / 1440, "TS": 1 / 86400,
}
UNITS_BY_SIZE = tuple(UNIT_DAYS)
LENGTH_UNIT_CLASSES = ("UNIT", "UNITPL", "SECOND")
AMOUNT_CLASSES = ("A", "NUMWORD", "TEENCENT", "DAYNUM", "NUMDIGIT", "HYPHEN", "FRACTION", "PLUS", "HALF")
UNTIL_WORDS = frozenset({"until", "till"})
TIME_PREPOSITIONS = {"in", "during", "by", "through", "throughout", "since", "before", "after"} | UNTIL_WORDS
RANGE_LINKS = {"to", "through", "-", "–"} | UNTIL_WORDS  # what ends a range after "from": "from May to July"
MONTH_PREPOSITIONS = TIME_PREPOSITIONS | {"from", "to", "of", "between", "on", "for", "around"}  # "the end of May"
# lexicon classes of a word that puts the number after it in time ("the 1973 crisis", "early 2011")
DATE_OPENER_CLASSES = word_set("times/date_opener_classes.txt")
COUNT_WORDS = {"about", "around", "some", "nearly", "almost", "than", "over", "only", "just", "by", "to"}
# classes given here (from the token shape, or from unit_modifiers.txt) rather than from the lexicon
SHAPE_CLASSES = (
    "DAYNUM", "NUMDIGIT", "YEAR", "DECADE", "ORDNUM", "CLOCK", "FRACTION", "SLASHDATE",
    "ISODATE", "UNITPL", "HYPHEN", "COMMA", "APOS", "UNITMOD", "PLUS", "QUARTERCODE", "YEARSPAN", "DAYPAIR",
    "DAYYEAR", "STAMPYEAR", "OPENQUOTE", "MONTHDAY",
)
_PUNCT = {"-": "HYPHEN", "–": "HYPHEN", ",": "COMMA", "'": "APOS", "’": "APOS"}
_SHAPES = (
    (re.compile(r"\d{4}-\d{2}-\d{2}$"), "ISODATE"),
    (re.compile(r"\d{1,2}/\d{1,2}/(\d{2}|\d{4})$"), "SLASHDATE"),
    (re.compile(r"\d{1,2}(:\d{2}){1,2}(am|pm|a\.m\.?|p\.m\.?)?$"), "CLOCK"),
    (re.compile(r"\d{1,2}(am|pm|a\.m\.?|p\.m\.?)$"), "CLOCK"),
    (re.compile(r"(\d{3}0|\d0)'?s$"), "DECADE"),
    (re.compile(r"\d{1,2}(st|nd|rd|th)$"), "ORDNUM"),
    (re.compile(r"\d/\d{1,2}$"), "FRACTION"),
    (re.compile(r"\d+$"), "INT"),
    (re.compile(r"\d[\d,]*(\.\d+)?$"), "NUMDIGIT"),
)
_QUARTER_CODE = re.compile(r"q([1-4])$|([1-4])q$")  # the quarter of a business year: "Q3", "1Q"
_YEAR_SPAN = re.compile(r"(\d{4})/(\d{2}|\d{4})$")  # "1997/98", "1999/2000": a season or business year of two years
_DAY_YEAR = re.compile(r"(\d{1,2}),(\d{4})$")  # "May 30,2011": a day and a year with no space after the comma
_DAY_PAIR = re.compile(r"(\d{1,2})/(\d{1,2})$")  # "Feb. 15/16": two days of a month written onto each other
_DECIMAL_COMMA = re.compile(r"\d+,\d{1,2}$")  # "1,5": a thousands comma has three digits after it
_DOTTED_CLOCK = re.compile(r"(\d{1,2})\.(\d{2})(?=\D|$)")  # the hours and minutes of "10.30pm"
_JOINED_MERIDIAN = re.compile(r"am|pm|a\.m\.?|p\.m\.?")  # "pm" written onto a clock: "10.30pm"
_WITH_MAGNITUDE = re.compile(r"\d[\d,.]*(bn|m|mn|tn|k)")  # a number with its magnitude written on: "£2bn", "$30m"
# one-token "mid-1990s", "mid-'90s", "mid-afternoon", "mid-19th"
_PREFIXED = re.compile(r"(mid|early|late)-['’]?(.+)$")
_TOKEN_RE = re.compile(r"\(\?<=|\(\?<!|\(\?=|\(\?!|[A-Z_]+|[()|?*+]|\s+")


@dataclass(frozen=True)
class TokenInfo:
    cls: str
    value: object = None
    prefix: str | None = None  # "mid" of "mid-1990s"
    multiplies: bool = False  # "hundred", "dozen": the amount before it counts hundreds or dozens


@dataclass(frozen=True)
class Match:
    """Tokens [start, end) of a doc matched by one extent rule."""

    rule: str
    start: int
    end: int
    infos: tuple[TokenInfo, ...]


# --- resources -------------------------------------------------------------------------


FUTURE_AUXILIARIES = word_set("times/future_auxiliaries.txt")  # "will", "'ll", "shall"
MODAL_AUXILIARIES = word_set("times/modal_auxiliaries.txt")  # "could", "must", "ca"
VERB_OPENERS = {"to"} | FUTURE_AUXILIARIES | MODAL_AUXILIARIES  # what a verb follows: "could [last]"
LATE_PREPOSITIONS = {"at", "to"} | UNTIL_WORDS  # "at the last minute": the idiom for "late"
IDIOM_FILLERS = {"the", "very"}  # what may stand inside the idiom: "down to the very last minute"


def _load_yaml(name: str) -> dict:
    return read_yaml(DATA_DIR / name)


@functools.lru_cache(maxsize=1)
def lexicon() -> dict[str, tuple[str, object]]:
    """lower-cased word -> (class, value); a word listed under two classes is an error."""
    words: dict[str, tuple[str, object]] = {}
    for cls, entries in _load_yaml("lexicon.yaml").items():
        for word, value in entries.items():
            if not isinstance(word, str) or not isinstance(cls, str):
                raise ValueError(f"lexicon.yaml: {word!r} under {cls!r} is not a string (quote it)")
            if word in words:
                raise ValueError(f"lexicon.yaml: '{word}' is in {words[word][0]} and {cls}")
            words[word] = (cls, value)
    return words


def word_class(word: str) -> str:
    """The lexicon class of a lower-cased word, "" for a word the lexicon does not list."""
    return lexicon().get(word, ("",))[0]


@functools.lru_cache(maxsize=4)
def bare_abbreviations(cls: str = "MONTH") -> frozenset[str]:
    """Abbreviations of a class (MONTH or WEEKDAY) the lexicon also lists without their point ("jan"
    beside "jan.", "sun" beside "sun."): a month or a name ("Jan Novak") or a verb ("mar"), a
    weekday or a word ("the Sun")."""
    words = {word for word, (word_cls, _) in lexicon().items() if word_cls == cls}
    return frozenset(word for word in words if not word.endswith(".") and word + "." in words)


def change_words() -> frozenset[str]:
    """Words of change over which "from" names a base of comparison: "down 3 cents from Monday"."""
    return word_set("times/change_words.txt")


def forward_nouns() -> frozenset[str]:
    """Nouns of things planned ahead, whose weekday the clause tense does not date: "a Friday deadline"."""
    return word_set("times/forward_nouns.txt")


def incident_nouns() -> frozenset[str]:
    """Things that are over once they are news: "the Monday blast" (incident_nouns.txt)."""
    return word_set("times/incident_nouns.txt")


def place_nouns() -> frozenset[str]:
    """Common nouns of places: "in the fall in most states" is the season, "the fall in prices" a drop."""
    return word_set("times/place_nouns.txt")


def plan_verbs() -> frozenset[str]:
    """Verbs besides the scheduling verbs that tell a plan in the past: "was expected on Tuesday" (plan_verbs.txt)."""
    return word_set("times/plan_verbs.txt")


def scheduled_verbs() -> frozenset[str]:
    """Verbs that news writes in the plain present for a scheduled event: "The summit opens on Wednesday"."""
    return word_set("times/scheduled_verbs.txt")


def meridian_only_zones() -> frozenset[str]:
    """Zones that are common words too ("pt"): a zone only after an a.m./p.m. clock, not after bare digits."""
    return word_set("times/meridian_only_zones.txt")


def giving_verbs() -> frozenset[str]:
    """Verbs of giving whose passive keeps an object: "he was given over five years to repay" (giving_verbs.txt)."""
    return word_set("times/giving_verbs.txt")


def length_verbs() -> frozenset[str]:
    """Verbs that take a length: "over" after them bounds it ("lasted over a week"), a bare plural object
    is one ("rebuilding may take years"); length_verbs.txt."""
    return word_set("times/length_verbs.txt")


def past_unit_prepositions() -> frozenset[str]:
    """Prepositions before "years past" that make the units times gone by: "as in years past"
    (past_unit_prepositions.txt)."""
    return word_set("times/past_unit_prepositions.txt")


def masthead_words() -> frozenset[str]:
    """Words of newspaper and programme names that a weekday opens: "Times" in "the Sunday Times"."""
    return word_set("times/masthead_words.txt")


def market_nouns() -> frozenset[str]:
    """Nouns of things traded ("shares", "gold") whose price move a market quote of the day tells."""
    return word_set("times/market_nouns.txt")


def market_noun(word: Token) -> bool:
    """Whether a word names a thing traded (market_nouns.txt), by its lemma or as written ("shares")."""
    return word.lemma_.lower() in market_nouns() or word.lower_ in market_nouns()


def measure_nouns() -> frozenset[str]:
    """Nouns of measure, after which a four-digit number is an amount: "2050 points"."""
    return word_set("times/measure_nouns.txt")


def flow_measure_nouns() -> frozenset[str]:
    """Units of a substance that flows or is produced ("barrels", "gallons"): an amount of them per unit of
    time is a rate even before "before"/"after"; flow_measure_nouns.txt."""
    return word_set("times/flow_measure_nouns.txt")


def programme_nouns() -> frozenset[str]:
    """Nouns that after a capitalised "Today"/"Tonight" name a programme: "Show" in "the Today Show"."""
    return word_set("times/programme_nouns.txt")


def unit_abbreviations() -> frozenset[str]:
    """Abbreviated units of measure, after which a four-digit number is an amount: "1000m", "1500 ft"."""
    return word_set("times/unit_abbreviations.txt")


def street_words() -> frozenset[str]:
    """Words that end a street name: "Avenue" in "1600 Pennsylvania Avenue"."""
    return word_set("times/street_words.txt")


def name_end_words() -> frozenset[str]:
    """Vague time words that may end a name: "now" in "Justice Now"."""
    return word_set("times/name_end_words.txt")


def now_idiom_partners() -> frozenset[str]:
    """Words after "now and" that make an idiom of frequency: "now and then", "now and again"."""
    return word_set("times/idiom_now_partners.txt")


def range_openers() -> frozenset[str]:
    """Words that open a range "X and Y": "between"."""
    return word_set("times/range_openers.txt")


def aged_thing_nouns() -> frozenset[str]:
    """Things whose age is a length of time: "an 8-month-old truce" (aged_thing_nouns.txt)."""
    return word_set("times/aged_thing_nouns.txt")


def aged_goods_nouns() -> frozenset[str]:
    """Foods and drinks aged to ripen, whose "aged 12 years" is a length of time: "wine" (aged_goods_nouns.txt)."""
    return word_set("times/aged_goods_nouns.txt")


def aged_thing_heads() -> frozenset[str]:
    """Nouns after an aged thing that still name it: "deal" in "a nine-month-old truce deal" (aged_thing_heads.txt)."""
    return word_set("times/aged_thing_heads.txt")


def unit_modifiers() -> frozenset[str]:
    """Words that narrow the unit they precede: "trading" in "eight trading days"."""
    return word_set("times/unit_modifiers.txt")


def count_adjectives() -> frozenset[str]:
    """Adjectives that may come between a count and its unit: "long" in "six long years"."""
    return word_set("times/count_adjectives.txt")


@functools.lru_cache(maxsize=1)
def class_chars() -> dict[str, str]:
    """One private-use character per class name."""
    names = sorted({cls for cls, _ in lexicon().values()} | set(SHAPE_CLASSES))
    return {name: chr(0xE000 + i) for i, name in enumerate(names)}


def compile_pattern(pattern: str, macros: dict[str, str], chars: dict[str, str]) -> str:
    """Translate a pattern over class names into a regex over class characters."""
    out = []
    pos = 0
    for m in _TOKEN_RE.finditer(pattern):
        if m.start() != pos:
            raise ValueError(f"bad pattern syntax at {pattern[pos:]!r}")
        pos = m.end()
        piece = m.group()
        if piece.isspace():
            continue
        if piece in macros:
            out.append("(?:" + macros[piece] + ")")
        elif piece in chars:
            out.append(re.escape(chars[piece]))
        elif piece == "(":
            out.append("(?:")
        elif piece[0].isalpha() or piece == "_":
            raise ValueError(f"unknown class or macro {piece!r} in pattern {pattern!r}")
        else:
            out.append(piece)
    if pos != len(pattern):
        raise ValueError(f"bad pattern syntax at {pattern[pos:]!r}")
    return "".join(out)


@functools.lru_cache(maxsize=1)
def rules() -> tuple[tuple[str, re.Pattern], ...]:
    spec = _load_yaml("patterns.yaml")
    chars = class_chars()
    macros: dict[str, str] = {}
    for name, pattern in spec["macros"].items():
        macros[name] = compile_pattern(pattern, macros, chars)
    return tuple(
        (rule["name"], re.compile(compile_pattern(rule["pattern"], macros, chars)))
        for rule in spec["rules"]
    )


# --- token classes -----------------------------------------------------------------------


def classify(token: Token) -> TokenInfo | None:
    """The word class of one token, or None when it plays no part in time expressions."""
    text = token.lower_
    if text in _PUNCT:
        return TokenInfo(_PUNCT[text])
    if text in ("“", '"') and _opens_quotation(token):
        return TokenInfo("OPENQUOTE")  # 'within “weeks or months”': read past by the rules that name it
    if (quarter := _quarter_code(token)) is not None:
        return TokenInfo("QUARTERCODE", quarter)
    if len(text) > 1 and text[-1] == "-" and _opens_suspended_range(token):
        # "a 10- to 15-year sentence", "a two- to three-week delay": the first end of a range, its hyphen held over
        inner = text[:-1]
        entry = lexicon().get(inner)
        number = _classify_number(token, inner) if inner[0].isdecimal() else TokenInfo(*entry) if entry else None
        return number if number is not None and number.cls in SUSPENDED_RANGE_CLASSES else None
    if text[0].isdecimal():
        if _GLUED_BRACKET.fullmatch(text):  # "(pictured March 8)": the tokenizer keeps "8)" whole, an emoticon
            return _classify_number(token, text[:-1])
        return _classify_number(token, text)
    if text == "and" and _adds_a_half(token):
        return TokenInfo("PLUS")  # "two and a half years": one amount, not a range of two
    if text[0] in "xvi" and (rank := _roman_century_rank(token)) is not None:  # asked of every word: cheap test first
        return TokenInfo("ORDNUM", str(rank))  # "the XXI century": the rank written in Roman numerals
    if text in count_adjectives() and _between_count_and_units(token):
        return TokenInfo("UNITMOD")  # "six long years": the amount keeps its adjective
    if ("," in text or "." in text) and (month_day := _glued_month_day(token)) is not None:
        return TokenInfo("MONTHDAY", month_day)  # "on March,16": a month and its day the tokenizer kept as one word
    entry = lexicon().get(text)
    if entry is not None:
        return _disambiguate(token, TokenInfo(*entry, multiplies=text in MULTIPLIER_WORDS))
    if text in unit_modifiers() and _before_unit(token):
        return TokenInfo("UNITMOD")
    prefixed = _PREFIXED.match(text)
    if prefixed:
        inner = lexicon().get(prefixed.group(2))
        if inner is None and prefixed.group(2)[0].isdecimal():
            number = _classify_number(token, prefixed.group(2))
            inner = (number.cls, number.value) if number and number.cls in ("DECADE", "YEAR", "ORDNUM") else None
        if inner is not None:
            return TokenInfo(inner[0], inner[1], prefixed.group(1))
    if _place_of_clock_zone(token):
        return TokenInfo("ZONENAME")  # "at 16.00 Kyiv time": the place names the zone, like "local time"
    return None


_GLUED_MONTH_DAY = re.compile(r"([a-z]{3,9})\.?([,.])(\d{1,2})")


def _glued_month_day(token: Token) -> tuple[int, int] | None:
    """'said on March,16', 'since Feb.24': a capitalised month name or abbreviation glued to a day number by a comma
    or a point, which the tokenizer keeps as one word: the month and the day (MDATE in patterns.yaml); not "may,5"
    (no capital) nor "March,45" (no day); nor a number that counts what follows it: "In March,16 people were
    killed" (a comma that lost its space before a plural noun), "fell Jun.5 percent"."""
    glued = _GLUED_MONTH_DAY.fullmatch(token.lower_)
    if glued is None or not token.text[0].isupper():
        return None  # asked of every word: the cheap test first
    entry = lexicon().get(glued.group(1)) or lexicon().get(glued.group(1) + ".")
    day = int(glued.group(3))
    if entry is None or entry[0] != "MONTH" or not 1 <= day <= 31:
        return None
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if nxt is not None and (nxt.lower_ in ("percent", "%")
                            or (glued.group(2) == "," and nxt.tag_ == "NNS" and nxt.lower_ not in lexicon())):
        return None
    return entry[1], day


_GLUED_BRACKET = re.compile(r"\d{1,2}\)")  # a day number with the closing bracket it was not split from


# counts that may open "10- to 15-year", "fifteen- to twenty-year"; no years: not "the 2010- to 2011 season"
SUSPENDED_RANGE_CLASSES = ("NUMDIGIT", "DAYNUM", "NUMWORD", "TEENCENT")


def _opens_suspended_range(token: Token) -> bool:
    """Whether "to" or "or" and a number follow the token: "10- to 15-year", "two- or three-week"."""
    doc, k = token.doc, token.i + 2
    return k < len(doc) and doc[k - 1].lower_ in ("to", "or") and doc[k].like_num


def _second_before_noun(token: Token) -> bool:
    """'with a second blind shear ram': "second" after an article modifying a noun after it, or an adjective of
    one, ranks the thing (the parser may tag it an adverb); not "a second later", "a 15-second clip"."""
    head = token.head
    after_article = token.i > 0 and token.doc[token.i - 1].pos_ == "DET"  # not "a 15-second clip"
    if not after_article or token.dep_ not in ("amod", "advmod") or head.i <= token.i:
        return False
    return head.pos_ in ("NOUN", "PROPN") or (head.dep_ in ("amod", "compound") and head.head.pos_ in ("NOUN", "PROPN"))


# what opens a list's next item: "and a second on ...", "and for a second on ..."
SERIES_LINKS = ("and", "or", ",", ";")


def _second_of_a_series(token: Token) -> bool:
    """'drilling began on the first well on 2 May, and on a second on 16 May', 'police found one body on Monday and
    a second on Tuesday': "a second" after a "first" or "one" earlier in its sentence, opening a list's next item
    ("and", "or", a comma or a semicolon before "a", or before the first item's preposition repeated) with "on",
    "in" or "at" after it, ranks a thing the sentence already named; not "paused for a second", "the first time
    it stopped for a second", "One man froze for a second at the sight", "First, wait a second at the light"."""
    doc, k = token.doc, token.i
    if not _after(token, "a") or k + 1 >= len(doc) or doc[k + 1].lower_ not in ("on", "in", "at"):
        return False
    prep = doc[k - 2] if k >= 3 and doc[k - 2].pos_ == "ADP" else None  # "and for a second on 16 May"
    opener = k - 3 if prep is not None else k - 2
    if opener < 0 or doc[opener].lower_ not in SERIES_LINKS:
        return False
    # a preposition before "a second" repeats the first item's: "for the first of two wells ..., and for a second"
    return any(t.lower_ in ("first", "one") and (prep is None or any(
        w.lower_ == prep.lower_ for w in doc[max(t.i - 2, token.sent.start) : t.i]))
        for t in doc[token.sent.start : k - 1])


def _quarter_code(token: Token) -> int | None:
    """The quarter a business code names when a year follows it: "Q3 2010", "by 1Q 2011" (not the "Q3" of a
    car model or of a question list on its own)."""
    code = _QUARTER_CODE.match(token.lower_)
    if code is None or token.i + 1 >= len(token.doc):
        return None  # asked of every word: the cheap test first
    if not re.fullmatch(r"(19|20)\d\d", token.nbor(1).text):
        return None
    if token.i > 0 and token.nbor(-1).pos_ == "PROPN":
        return None  # "an Audi Q3 2017": a maker's model and its model year
    return int(code.group(1) or code.group(2))


def _shape(text: str) -> str | None:
    for regex, cls in _SHAPES:
        if regex.match(text):
            return cls
    return None


def _classify_number(token: Token, text: str) -> TokenInfo | None:
    if _zone_written_on_clock(token.text):
        return TokenInfo("CLOCK", f"{text[:2]}:{text[2:4]}")  # "from 1400GMT": read like "1400 GMT"
    if _dotted_clock(token, text):
        return TokenInfo("CLOCK", text.replace(".", ":"))
    if _dotted_meridian_clock(token, text):
        return TokenInfo("CLOCK", _DOTTED_CLOCK.sub(r"\1:\2", text))
    if (span := _year_span(text)) is not None and not (_labelled(token) or _after_number_sign(token)):
        return TokenInfo("YEARSPAN", span)  # not "Resolution 1998/99", "Regulation No 1997/98"
    if (pair := _day_pair(token, text)) is not None:
        return TokenInfo("DAYPAIR", pair)
    if (day_year := _day_glued_to_year(token, text)) is not None:
        return TokenInfo("DAYYEAR", day_year)
    cls = _shape(text)
    if cls is None or (cls == "DECADE" and (_is_age(token) or _after_currency_sign(token))):
        return None
    if cls == "CLOCK" and _alone_between(token, ("(",), (")",)) and text[-1].isdecimal():
        return None  # "Storm hits the coast (2:15)", "Psalm (3:16)": a running time or a verse
    if cls == "CLOCK" and _after_label_noun(token) and text[-1].isdecimal():
        return None  # "filed as case no. 2:10 - CV-03879", "chapter 3:16": the number a label names, no time
    if cls == "CLOCK" and _opens_hyphenated_code(token):
        return None  # "case 2:10-cv-01229": a docket number, no time
    if cls == "NUMDIGIT" and _DECIMAL_COMMA.match(text):
        return TokenInfo(cls, text.replace(",", "."))  # "in only 1,5 days": a decimal comma, not thousands
    if cls != "INT":
        return TokenInfo(cls, text)
    if _decade_with_apostrophe(token, text):
        return TokenInfo("DECADE", text + "s")
    n = int(text)
    if len(text) == 4 and _opens_wire_stamp(token):
        return TokenInfo("STAMPYEAR", n)  # "2009 06 24 07:14 JST": a wire time stamp (rule wire_stamp)
    following = _following_year(token, text)
    if following:
        return TokenInfo("YEAR", following)
    if 1 <= n <= 31 and len(text) == 2 and _short_year_after_apostrophe(token):
        return TokenInfo("NUMDIGIT", n)  # "the fourth quarter of '09", "in '12": a year (YEARX: APOS NUMDIGIT)
    if 1 <= n <= 31 and len(text) <= 2:
        return TokenInfo("DAYNUM", n)
    if _military_time(token, text) or _coordinated_with_zoned_clock(token, text):
        if _restates_clock_in_brackets(token):
            # 'at 10:35 a.m. (0735 GMT)': the conversion restates the time before it, which TimeML
            # annotators leave untagged; it is no year either ("at dawn (0735 GMT)" gives the time)
            return TokenInfo("NUMDIGIT", n)
        return TokenInfo("CLOCK", f"{text[:2]}:{text[2:]}")
    if _bare_24_hour_clock(token, text):
        return TokenInfo("CLOCK", f"{text[:2]}:{text[2:]}")
    if (len(text) == 4 and 1000 <= n <= 2099 and not _counts_things(token) and not _names_with(token)
            and not _labelled(token) and not (counted_object(token) and n % 100 == 0)):
        return TokenInfo("NUMDIGIT", n) if _house_number(token) else TokenInfo("YEAR", n)
    return TokenInfo("NUMDIGIT", n)


def _year_span(text: str) -> tuple[int, int] | None:
    """'1997/98', '2010/11', '1999/2000': a year and the next written onto it after a slash (a season, a school or
    business year) name two years, which TimeML tags apart like the ends of "1997-98" (not "2100/2200 GMT")."""
    found = _YEAR_SPAN.match(text)
    if found is None:
        return None
    first, later = int(found.group(1)), found.group(2)
    second = first + 1
    if not 1000 <= first <= 2099 or later not in (str(second), f"{second % 100:02d}"):
        return None
    return first, second


def _day_pair(token: Token, text: str) -> tuple[int, int] | None:
    """'Feb. 15/16', 'on March 3/4, 2011': two days written onto each other after a month, the second a later
    day, name the two ends of a night or a stretch, which TimeML tags apart like "Feb. 15-16" (not "1/2"). A
    second day just past the month's last ("April 30/31", as "Feb. 28/29" of a common year) is let by: tag_times
    keeps the first day alone."""
    doc, i = token.doc, token.i
    found = _DAY_PAIR.match(text)
    if found is None or i == 0 or word_class(doc[i - 1].lower_) != "MONTH":
        return None
    if i + 1 < len(doc) and doc[i + 1].lower_ == "of":
        return None  # "in March 1/2 of the staff left": a fraction after the month
    first, second = int(found.group(1)), int(found.group(2))
    last_day = calendar.monthrange(2000, int(lexicon()[doc[i - 1].lower_][1]))[1]  # a leap year: Feb. 28/29
    return (first, second) if 1 <= first < second <= max(last_day, first + 1) and first <= last_day else None


def _day_glued_to_year(token: Token, text: str) -> tuple[int, int] | None:
    """'in Sanaa May 30,2011': a day and a year after a month, the space after the comma left out (the tokenizer
    keeps "30,2011" whole), are the date of "May 30, 2011"; not a number with thousands ("May 3,000 jobs": three
    digits after the comma) nor one with no month before it ("30,2011")."""
    doc, i = token.doc, token.i
    found = _DAY_YEAR.match(text)
    if found is None or i == 0 or word_class(doc[i - 1].lower_) != "MONTH":
        return None
    day, year = int(found.group(1)), int(found.group(2))
    last_day = calendar.monthrange(2000, int(lexicon()[doc[i - 1].lower_][1]))[1]
    return (day, year) if 1 <= day <= last_day and 1900 <= year <= 2099 else None


_STAMP_CLOCK = re.compile(r"([01]\d|2[0-3]):[0-5]\d$")


def _opens_wire_stamp(token: Token) -> bool:
    """Whether a year opens a wire time stamp of the strict shape "YYYY MM DD HH:MM" ("2009 06 24 07:14 JST"):
    a month and a day of two digits each that the year has, then a 24-hour clock, one space apart; TimeML
    tags such a stamp as one TIME, like "1999-01-22 13:06" (not "2009 06 people", "2009 13 24 07:14")."""
    doc, i = token.doc, token.i
    if i + 3 >= len(doc) or not (token.text.isdecimal() and 1000 <= int(token.text) <= 2099):
        return False
    month, day, clock = doc[i + 1].text, doc[i + 2].text, doc[i + 3].text
    if not (len(month) == len(day) == 2 and month.isdecimal() and day.isdecimal() and _STAMP_CLOCK.match(clock)):
        return False
    if any(doc[j].whitespace_ != " " for j in range(i, i + 3)):
        return False
    return 1 <= int(month) <= 12 and 1 <= int(day) <= calendar.monthrange(int(token.text), int(month))[1]


def _day_in_month(value: str) -> bool:
    """Whether an ISO day value ("2011-02-29") names a day its month has; any other value passes."""
    found = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", value)
    return found is None or int(found.group(3)) <= calendar.monthrange(int(found.group(1)), int(found.group(2)))[1]


def number_signs() -> frozenset[str]:
    """Words that mark the number after them as a label: "Regulation No 1997/98" (number_signs.txt)."""
    return word_set("times/number_signs.txt")


def _after_number_sign(token: Token) -> bool:
    """Whether the number follows a sign of a number ("No", "number"): "Regulation No 1997/98", "case number
    2019/20" name a document, not two years. A sign the tagger reads as a determiner ("no") is one only after the
    noun it labels: not "there was no 2010/11 title". The parser may split the point off a sign ("Nr." as "Nr"
    "."), as it does for _after_label_noun's "no."."""
    doc, i = token.doc, token.i
    j = i - 2 if i > 1 and doc[i - 1].text == "." and not doc[i - 2].whitespace_ else i - 1
    if j < 0 or doc[j].lower_ not in number_signs():
        return False
    return doc[j].tag_ != "DT" or (j > 0 and doc[j - 1].pos_ in ("NOUN", "PROPN"))


def _opens_hyphenated_code(token: Token) -> bool:
    """Whether a hyphen and a code of letters and digits run on from the token with no space: "2:10-cv-01229"
    (not "2:10-3:00", "8:00-ish", "10:00-noon")."""
    doc, i = token.doc, token.i
    if not (i + 2 < len(doc) and not token.whitespace_ and doc[i + 1].text == "-" and not doc[i + 1].whitespace_):
        return False
    code = doc[i + 2].text
    return code[:1].isalpha() and any(c.isdecimal() for c in code)


def _short_year_after_apostrophe(token: Token) -> bool:
    """"the fourth quarter of '09", "since '08,": two digits written onto an apostrophe that opens a word
    are a year when no noun or number follows them and no quotation closes after them (not "'12 people died'",
    "said '10 were injured'": a quotation that opens)."""
    doc, i = token.doc, token.i
    if i == 0 or doc[i - 1].text not in ("'", "’") or doc[i - 1].idx + 1 != token.idx:
        return False
    opens_word = i == 1 or doc[i - 2].whitespace_ != "" or doc[i - 2].is_punct
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    follows = nxt is None or nxt.pos_ in ("PUNCT", "CCONJ", "ADP", "AUX", "VERB", "SCONJ", "PART")
    return opens_word and follows and not _quote_closes_after(token)


def _quote_closes_after(token: Token) -> bool:
    """Whether a single quotation mark written onto the end of a later word of the sentence closes a quotation
    that the apostrophe before the token opened: "said '10 were injured'"."""
    return any(t.text in ("'", "’") and t.i > 0 and t.nbor(-1).whitespace_ == "" and not t.nbor(-1).is_punct
               for t in token.doc[token.i + 1 : token.sent.end])


def _opens_quotation(token: Token) -> bool:
    """Whether a double quotation mark opens a quotation: written onto a word after it, with a space before it or
    at the start of the text ('within “weeks”'; not '"no".' at a quotation's end, where a mark follows it)."""
    doc, i = token.doc, token.i
    return (i + 1 < len(doc) and token.whitespace_ == "" and not doc[i + 1].is_punct
            and (i == 0 or doc[i - 1].whitespace_ != ""))


def _alone_between(token: Token, openers: Collection[str], closers: Collection[str]) -> bool:
    """Whether a word stands alone between an opening mark and a closing one: "(2:15)", "{current}", '"Today"'."""
    doc, i = token.doc, token.i
    return 0 < i < len(doc) - 1 and doc[i - 1].text in openers and doc[i + 1].text in closers


_ROMAN = re.compile(r"X{0,2}(IX|IV|V?I{0,3})")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}


def _roman_century_rank(token: Token) -> int | None:
    """'Barbarians of the XXI century', 'in the XX century': a capitalised Roman numeral right before the
    word century ranks it (the way of many European languages, and of translations from them), like "21st"."""
    text = token.text
    if not text or not _ROMAN.fullmatch(text) or token.i + 1 >= len(token.doc):
        return None
    if lexicon().get(token.doc[token.i + 1].lower_) != ("UNIT", "CE"):
        return None
    if token.i > 0 and token.doc[token.i - 1].is_title and not token.doc[token.i - 1].is_sent_start:
        return None  # "Pope John XXIII", "Super Bowl XX": the numeral belongs to the name before it
    values = [_ROMAN_VALUES[c] for c in text]
    return sum(-v if k + 1 < len(values) and v < values[k + 1] else v for k, v in enumerate(values))


def _following_year(token: Token, text: str) -> int | None:
    """'the 1995-96 season': two digits after a year and a hyphen that name the next year end a
    range of years; TimeML tags each end (1995, 1996); one digit ends one in the same decade ('1995-7',
    _later_year_of_decade). Not a head count after a spaced dash ("10 Feb 2012 - 28
    people killed", headcount_nouns.txt)."""
    doc, i = token.doc, token.i
    if len(text) not in (1, 2) or i < 2 or doc[i - 1].text not in ("-", "–") \
            or not re.fullmatch(r"\d{4}", doc[i - 2].text):
        return None
    if len(text) == 1:
        return _later_year_of_decade(doc[i - 2], int(text))
    if doc[i - 2].whitespace_ and i + 1 < len(doc) and doc[i + 1].text in headcount_nouns():
        return None  # "10 Feb 2012 - 28 people killed": after a spaced dash, a head count opens a list's item
    year = int(doc[i - 2].text) + 1
    return year if year % 100 == int(text) else _later_year_of_range(int(doc[i - 2].text), int(text))


def _later_year_of_decade(first: Token, digit: int) -> int | None:
    """'the BSE scare of 1995-7', 'the Russo-Japanese war of 1904-5': one digit glued to a year by a hyphen ends
    a range of years in the same decade, later than the year, when the number before is read as a year (not "in
    2012 - 5 years on", spaced; not "in 2009-1")."""
    if first.whitespace_ or first.nbor(1).whitespace_ or digit <= int(first.text) % 10:
        return None
    head = _classify_number(first, first.text)
    return int(first.text) // 10 * 10 + digit if head is not None and head.cls == "YEAR" else None


def _later_year_of_range(first: int, short: int) -> int | None:
    """'in 2012-15', 'the 1975-90 war': a range of years may end up to MAX_SHORT_RANGE_YEARS on, in the same
    century."""
    year = first // 100 * 100 + short
    return year if 1 < year - first <= MAX_SHORT_RANGE_YEARS else None


def _decade_with_apostrophe(token: Token, text: str) -> bool:
    """'the 1980's', 'the early 1990's', 'the mid-1970's', "the '60's", "the 90's": a decade
    written with an apostrophe (the spelling of some newspapers). After "the" it is no possessive
    of a year: that would be "1980's budget" without the article."""
    doc, i = token.doc, token.i
    if len(text) not in (2, 4) or not text.endswith("0"):
        return False
    if i + 1 >= len(doc) or doc[i + 1].text not in ("'s", "’s"):
        return False
    if i + 2 < len(doc) and doc[i + 2].lower_ == "of":
        return False  # "the 10's of thousands" counts
    k = i - 1
    if len(text) == 2 and k >= 0 and doc[k].text in ("'", "’"):  # "the '80's" or "the 80's"
        k -= 1
    if _PREFIXED.match(token.lower_) is None:
        while k >= 0 and word_class(doc[k].lower_) == "POSMOD":
            k -= 1
    return (k >= 0 and doc[k].lower_ == "the") or (len(text) == 2 and _two_digit_decade_before_noun(doc, k, i + 2))


def _two_digit_decade_before_noun(doc: Doc, k: int, after: int) -> bool:
    """"90's pop sensation", "her 90's hits", "a classic 80's band": two digits and "'s" before a noun name a decade
    without "the" too, as no year is written so; not after a name or a noun, whose number the "'s" owns ("Route
    90's traffic", "Apollo 10's crew", "Windows 10's launch"), nor after "top", whose number is a rank ("the top
    40's songs"), nor before no noun ("40's worth"), nor after "in" and a possessive, an age ("women in their 40's
    face more risk", as "in their 40s")."""
    if after >= len(doc) or doc[after].pos_ != "NOUN" or doc[after].lower_ == "worth":  # "'s worth": an amount
        return False
    if k > 0 and doc[k].tag_ == "PRP$" and doc[k - 1].lower_ == "in":
        return False
    return k < 0 or (doc[k].pos_ not in ("PROPN", "NOUN", "NUM", "SYM", "PUNCT", "X") and doc[k].lower_ != "top")


def zone_after_bare_digits(zone: Token) -> bool:
    """Whether a time zone after bare digits is one: written in capitals, and no common word that is a zone only
    after a.m. or p.m. ("0800 GMT", "at 7 ET"; not "1300 pt", "at 12 PT")."""
    return zone.text.isupper() and zone.lower_ not in meridian_only_zones()


def _military_time(token: Token, text: str) -> bool:
    """'0800 GMT', '1410 local time': four digits of a 24-hour clock before a time zone."""
    if not _hhmm_digits(text) or token.i + 1 >= len(token.doc):  # also a word: "between 2000 and this year"
        return False
    doc, k = token.doc, token.i + 1
    if word_class(doc[k].lower_) == "TIMEZONE":
        return zone_after_bare_digits(doc[k])
    in_brackets = doc[k].text == "(" and k + 1 < len(doc) and doc[k + 1].text.isdecimal()
    if in_brackets and _military_time(doc[k + 1], doc[k + 1].text):
        return True  # 'at 1415 (1115 GMT)': a local time before its conversion
    # a zone name needs its "time": "0910 local time", not "in 1910 Eastern settlers"
    while k < len(doc) and word_class(doc[k].lower_) == "ZONENAME":
        k += 1
    return (k > token.i + 1 and k < len(doc) and doc[k].lower_ == "time") or _clock_on_day(token)


_CLOCK_WITH_ZONE = re.compile(r"[0-2]\d[0-5]\d[A-Z]{3}")  # "from 1400GMT (1000 EST)": a zone written onto a clock
CLOCK_LIST_LINKS = ("and", "&", "or")  # "at 1100 & 1700GMT", "1100 and 1700 GMT": clocks listed under one zone


def _zone_written_on_clock(text: str) -> bool:
    """'1400GMT', '2030BST': four digits of a 24-hour clock with a capitalised time zone written onto them
    (not a meridian-only zone like "PT", and no other letters: "1400MHZ")."""
    if _CLOCK_WITH_ZONE.fullmatch(text) is None or not _hhmm_digits(text[:4]):
        return False
    zone = text[4:].lower()
    return word_class(zone) == "TIMEZONE" and zone not in meridian_only_zones()


def _coordinated_with_zoned_clock(token: Token, text: str) -> bool:
    """'on air at 1100 & 1700GMT', '1100 and 1700 GMT', '(1410 to 1430 GMT)', '1900-2200 EST': four digits listed
    before a 24-hour clock that carries a time zone, or opening a range that it ends, share its zone (not "in 1990
    and 1991", where no zone follows)."""
    doc, k = token.doc, token.i + 2
    if not _hhmm_digits(text) or k >= len(doc) or doc[k - 1].lower_ not in CLOCK_LIST_LINKS + RANGE_CLOCK_LINKS:
        return False
    other = doc[k]
    # _military_time holds only for four clock digits with a word after them
    return _zone_written_on_clock(other.text) or (_military_time(other, other.text)
                                                   and word_class(doc[k + 1].lower_) == "TIMEZONE")


CLOCK_RESTATED_SPAN = 6  # tokens before a bracketed clock searched for the clock it converts


def _restates_clock_in_brackets(token: Token) -> bool:
    """Whether a 24-hour clock opens a bracket after a clock, or ends a range of two that opens it: "at 10:35 a.m.
    (0735 GMT)", "from 0910 to 0930 local time (1410 to 1430 GMT)"; not "at dawn (0735 GMT)"."""
    doc, i = token.doc, token.i
    opener = i
    if i >= 3 and doc[i - 1].lower_ in RANGE_CLOCK_LINKS and _hhmm_digits(doc[i - 2].text):
        opener = i - 2  # the "1430" of "(1410 to 1430 GMT)"
    return opener > 0 and doc[opener - 1].text == "(" and _clock_before_brackets(doc[opener])


def _clock_before_brackets(token: Token) -> bool:
    """Whether a clock comes shortly before the bracket the token opens: "at 10:35 a.m. (0735 GMT)", "at 1930
    CDT on 1 June (0030 GMT 2 June)", not "at dawn (0735 GMT)"."""
    doc, bracket = token.doc, token.i - 1
    words = doc[max(token.sent.start, bracket - CLOCK_RESTATED_SPAN) : bracket]
    return any((w.text[:1].isdecimal() and (info := classify(w)) is not None and info.cls == "CLOCK")
               or _CLOCK_WITH_ZONE.fullmatch(w.text) is not None
               or word_class(w.lower_) in ("AMPM", "TIMEZONE", "CLOCKWORD") or w.lower_ == "time" for w in words)


def _hhmm_digits(text: str) -> bool:
    """Whether the text is four digits that a 24-hour clock could be: hours to 23, minutes to 59."""
    return len(text) == 4 and text.isdecimal() and int(text[:2]) <= 23 and int(text[2:]) <= 59


def clock_bound_words() -> frozenset[str]:
    """Words before four digits with a leading zero that make them a 24-hour clock: "before 0500", "from 0600"
    (clock_bound_words.txt)."""
    return word_set("times/clock_bound_words.txt")


def clock_hours_words() -> frozenset[str]:
    """Words after four digits that make them a 24-hour clock: "at 1400 hours" (clock_hours_words.txt)."""
    return word_set("times/clock_hours_words.txt")


def _word_before_number(token: Token) -> Token | None:
    """The word before a number, past a word of approximation: "at around 0230" gives "at"."""
    k = token.i - 1
    if k > 0 and word_class(token.doc[k].lower_) == "APPROX":
        k -= 1
    return token.doc[k] if k >= 0 else None


def _bare_24_hour_clock(token: Token, text: str) -> bool:
    """'at 0400', 'until 1500 hrs', 'from 2200 to 0500', 'between 1400 and 1600 GMT': four digits of a 24-hour
    clock without a zone after a word that bounds a time, told by a leading zero (no year or count is written
    so), by "hours" after them, or by a clock at the other end of the range they open; not "in 1430", "the 1100
    troops", "rose by 1300"."""
    if not _hhmm_digits(text):
        return False
    before = _word_before_number(token)
    if before is None or _amount_preposition(before):
        return False
    bounds = clock_bound_words() | clock_openers()
    bound = before.lower_ in bounds or token.doc[token.i - 1].lower_ in bounds  # "at around 0230", "around 0230"
    if bound and text[0] == "0":
        return True
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if nxt is not None and nxt.lower_ in clock_hours_words():
        return before.lower_ in clock_openers() or _ends_range_of_clock(token)  # "from 1400 to 1600 hours"
    if before.lower_ in range_openers() | {"from"} and _clock_ends_range(token):
        return True
    if _ends_range_of_zero_led_clock(token) or _ends_range_of_clock(token):
        return True  # "from 0500 to 2300"; "between 1040 and 1050 on Sunday", its start read as a clock
    return _at_clock_of_deed(token, before)


def level_verbs() -> frozenset[str]:
    """Verbs whose "at" gives an amount or a level, not a time: "stood at 1200" (level_verbs.txt)."""
    return word_set("times/level_verbs.txt")


def _night_or_part_of_day_around(token: Token, at: Token) -> bool:
    """Whether "tonight" or "this" and a part of the day come right after the number or right before its "at":
    "at 2200 tonight", "at 1900 this evening", "tonight at 2300", "this morning at 0915"."""
    doc = token.doc
    after = [t.lower_ for t in doc[token.i + 1 : token.i + 3]]
    before = doc[at.i - 1].lower_ if at.i > 0 else ""
    evening = after[:1] == ["tonight"] or (len(after) == 2 and word_class(after[0]) == "THIS"
                                            and word_class(after[1]) == "PARTOFDAY")
    return evening or before == "tonight" or (word_class(before) == "PARTOFDAY" and at.i > 1
                                              and word_class(doc[at.i - 2].lower_) == "THIS")


def opening_hours_nouns() -> frozenset[str]:
    """Places and things that open and close by the clock: "polls", "museum" (opening_hours_nouns.txt)."""
    return word_set("times/opening_hours_nouns.txt")


def _subject_keeps_hours(verb: Token) -> bool:
    """Whether the subject of a verb of opening or closing is a place that keeps hours ("polls close",
    "polling stations opened ... and closed"), looking through a verb joined to one with its subject."""
    while not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and verb.dep_ == "conj":
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(s.lemma_.lower() in opening_hours_nouns() for s in subjects)


def entered_state_words() -> frozenset[str]:
    """Adjectives of a state a verb of change enters: "fell asleep", "fell silent" (entered_state_words.txt)."""
    return word_set("times/entered_state_words.txt")


def _at_clock_of_deed(token: Token, at: Token) -> bool:
    """'the meeting starts at 1430', 'will address the nation at 1900': four digits that end an "at" of a verb
    that tells no amount or level (not "stood at 1200", "put the toll at 1500", "is at 1400", "at 1600
    Pennsylvania Avenue"; but "fell asleep at 1100") are a clock, as are those of "shortly after" or "just before"
    (_close_to_clock); a year takes "in", not "at"."""
    if at.lower_ != "at" and not _close_to_clock(token, at):
        return False
    if _night_or_part_of_day_around(token, at):
        return True  # "polls close at 2200 tonight", "is at 1900 this evening", "ends tonight at 2300"
    # the parser may read "close" as an adjective: "polls across the region close at 2130"
    opening_hours = at.head.lemma_.lower() in level_verbs() and _subject_keeps_hours(at.head)
    if token.dep_ != "pobj" or (at.head.pos_ not in ("VERB", "AUX") and not opening_hours):
        return False
    verb = at.head.lemma_.lower()
    # "fell asleep at 1100": a change into a state tells no level
    change = verb in change_words() and not _enters_state(at.head)
    # "polls close at 2200", "the museum opens at 1000": a place that keeps hours opens at a time, not a level
    if verb == "be" or (verb in level_verbs() and not opening_hours) or change:
        return False
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if nxt is None or word_class(nxt.lower_) in ("DEICTIC", "THIS"):
        return True  # "will be broadcast at 2100 tonight"
    return nxt.pos_ not in ("NOUN", "PROPN", "NUM", "SYM") and nxt.lower_ not in ("percent", "%")


CLOSE_BY_WORDS = ("shortly", "just", "soon")  # "shortly after 1100": a moment close to a time


def _close_to_clock(token: Token, word: Token) -> bool:
    """Whether the word is "after" or "before" that a word of closeness measures ("shortly after 1100", "just
    before 0930"), the number no year of modern news (not 19xx or 20xx: "shortly after 1945" is a year): such a
    bound on four digits is a clock as "at" is."""
    return (word.lower_ in ("after", "before") and word.i > 0 and word.doc[word.i - 1].lower_ in CLOSE_BY_WORDS
            and token.text[:2] not in ("19", "20"))


def _after_24_hour_clock(token: Token) -> bool:
    """Whether the token follows four digits read as a 24-hour clock: "1400 hours"."""
    return token.i > 0 and _four_digit_clock(token.doc[token.i - 1])


def _four_digit_clock(word: Token) -> bool:
    """Whether a word is four digits read as a 24-hour clock: "1400"."""
    info = classify(word)
    return info is not None and info.cls == "CLOCK" and len(word.text) == 4


RANGE_CLOCK_LINKS = ("to", "and", "until", "till", "-", "–")  # the words between two clocks of a range


def _range_start_before(token: Token) -> Token | None:
    """The start of a range that the number ends after "from" or "between" and a link: the "0500" of "from 0500
    to 2300"; None when no such range comes before it."""
    doc, i = token.doc, token.i
    if i < 3 or doc[i - 1].lower_ not in RANGE_CLOCK_LINKS or doc[i - 3].lower_ not in range_openers() | {"from"}:
        return None
    return doc[i - 2]


def _ends_range_of_zero_led_clock(token: Token) -> bool:
    """Whether the number ends a range that a 24-hour clock with a leading zero opens after "from" or "between":
    "from 0500 to 2300", "between 0600 and 1800"."""
    start = _range_start_before(token)
    return start is not None and _hhmm_digits(start.text) and start.text[0] == "0"


def _clock_ends_range(token: Token) -> bool:
    """Whether "to", "and", "until" or a dash and a 24-hour clock follow the number: "from 2200 to 0500",
    "between 1400 and 1600 GMT"; not a count of hours ("between 1000 and 1500 hours of study")."""
    doc, k = token.doc, token.i + 2
    if k >= len(doc) or doc[k - 1].lower_ not in RANGE_CLOCK_LINKS:
        return False
    end = doc[k]
    # a later clock before "on" and a day: "between 1040 and 1050 on Sunday" (not "rose from 1120 to 1150 on Friday")
    return _military_time(end, end.text) or (_hhmm_digits(end.text) and (
        end.text[0] == "0" or (k + 1 < len(doc) and doc[k + 1].lower_ in clock_hours_words()
                               and not _hours_counted(doc, k + 1))
        or (_before_on_day(end) and int(token.text) < int(end.text) and not _range_of_levels(token))))


def _range_of_levels(token: Token) -> bool:
    """Whether the "from" or "between" before the number hangs on a verb of a level or a change ("prices ranged from
    1200 to 1400 on Monday", "rose from 1120 to 1150"): a range of amounts, no clocks (but "polls close between 1900
    and 2100 on Sunday", of a place that keeps hours, and "fell asleep between 1040 and 1050", a change into a
    state)."""
    if token.i == 0:
        return False
    verb = token.doc[token.i - 1].head
    lemma = verb.lemma_.lower()
    if lemma in change_words():
        return not _enters_state(verb)  # "fell asleep between 1040 and 1050 on Sunday": no level
    return lemma in level_verbs() and not _subject_keeps_hours(verb)


HOURS_COUNT_FOLLOWERS = ("of", "a", "an", "per", "each")  # "1500 hours of study", "1500 hours a year": a count


def _hours_counted(doc: Doc, k: int) -> bool:
    """Whether the "hours" at k count an amount of time, as a following "of" or rate tells ("1500 hours of
    flying", "1500 hours a year"), rather than name a military clock ("until 1600 hours")."""
    return k + 1 < len(doc) and doc[k + 1].lower_ in HOURS_COUNT_FOLLOWERS


def _ends_range_of_clock(token: Token) -> bool:
    """Whether the number ends a range whose start is a 24-hour clock after "from" or "between": the "1600" of
    "from 1400 to 1600 hours"."""
    start = _range_start_before(token)
    return start is not None and _four_digit_clock(start)


def _clock_on_day(token: Token) -> bool:
    """'left at 0930 on Tuesday', 'the time was 0815 on 4 May': four digits of a 24-hour clock before "on"
    and a day, after a word that opens a clock (clock_openers.txt) or as what a time word is; not a year
    ('November 2008 on Tuesday', 'resolution 2012 on Monday') nor a count ('rose to 1300 on Monday')."""
    return _before_on_day(token) and (_after_clock_opener(token) or _what_a_time_is(token))


def _before_on_day(token: Token) -> bool:
    """Whether "on" and a day follow the token: "on Tuesday", "on May 3", "on 3 May"."""
    doc, i = token.doc, token.i
    if i + 2 >= len(doc) or doc[i + 1].lower_ != "on":
        return False
    day = doc[i + 2]
    if word_class(day.lower_) in ("WEEKDAY", "MONTH"):
        return True
    following = doc[i + 3] if i + 3 < len(doc) else None
    return _day_number(day) and following is not None and word_class(following.lower_) == "MONTH"


def _day_number(token: Token) -> bool:
    """Whether the token is a day of the month written in digits: "4", "17"."""
    return _day_number_text(token.text)


def _day_number_text(text: str) -> bool:
    """Whether a text is a day of the month in digits: "4", "17"."""
    return text.isdecimal() and 1 <= int(text) <= 31  # not "10²", which int() refuses


def _before_coordinated_adjective(token: Token) -> bool:
    """Whether a comma and an adjective follow the token: "everyday, ordinary citizens" (not "Everyday, the
    army shells the city")."""
    doc, k = token.doc, token.i + 2
    return k < len(doc) and doc[k - 1].text == "," and doc[k].pos_ == "ADJ"


def _ordinal_day_dated(day: Token, month: Token) -> bool:
    """Whether a day written as an ordinal ("14th") before "march" in lower case dates something: after a
    preposition ("as of 14th march", "since 24th march") or before a year ("the 17th march 1881"); not "the 14th
    march on Washington", "on the 2nd march of the season" (the noun)."""
    if not _ordinal_day_number(day):
        return False
    after = month.doc[month.i + 1] if month.i + 1 < len(month.doc) else None
    if after is not None and re.fullmatch(r"1\d{3}|20\d{2}", after.text):
        return True
    return day.i > 0 and day.doc[day.i - 1].tag_ == "IN"


def before_comma_year(token: Token) -> bool:
    """Whether a comma and a year of four digits (19xx, 20xx) follow the token: "1 may, 2009"."""
    doc, k = token.doc, token.i + 2
    return (k < len(doc) and doc[k - 1].text == "," and len(doc[k].text) == 4 and doc[k].text.isdecimal()
            and doc[k].text[:2] in ("19", "20"))


def _count_before_day(token: Token) -> bool:
    """'the toll rose to 1300 on Monday', 'police held 1200 on Sunday': four digits before "on" and a day
    that no month, preposition of time or date word puts in time ("November 2008 on Tuesday", "in 2011 on
    May 3") count things; a year does not come before its day that way."""
    if not _before_on_day(token):
        return False
    if token.i > 0 and _amount_preposition(token.doc[token.i - 1]):
        return True
    before = token.doc[token.i - 1].lower_ if token.i > 0 else ""
    if before in year_owner_words() and 1900 <= int(token.text) < 2100 and (before == "year" or int(token.text) % 50):
        return False  # "its results for 2012 on Tuesday", "the floods of 2011 on Monday"; a round number after
        # "of", "for" or "'s" counts ("a crowd of 2000 on Saturday", "sold for 1950 on Monday")
    before_class = word_class(before)
    return not (before in TIME_PREPOSITIONS or before_class == "MONTH" or before_class in DATE_OPENER_CLASSES)


def year_owner_words() -> frozenset[str]:
    """Words after which a number from 1900 to 2099 before "on <day>" is a year (year_owner_words.txt)."""
    return word_set("times/year_owner_words.txt")


def clock_openers() -> frozenset[str]:
    """Words before four digits that make them a 24-hour clock when a day follows: "at 0930 on Tuesday"."""
    return word_set("times/clock_openers.txt")


def _after_clock_opener(token: Token) -> bool:
    """'at 0930', 'until 1800': not after a word of change ("the toll rose by 1300")."""
    if token.i == 0:
        return False
    before = token.doc[token.i - 1]
    return before.lower_ in clock_openers() and not _amount_preposition(before)


def _amount_preposition(preposition: Token) -> bool:
    """'rose by 1300', 'climbed by 1320': "at" or "by" on a word of change (change_words.txt) gives an amount;
    not on a change into a state ("fell asleep at 1100")."""
    return on_change_word(preposition, ("at", "by")) and not _enters_state(preposition.head)


def _enters_state(verb: Token) -> bool:
    """Whether a verb of change enters a state its adjective names ("fell asleep", "fell silent"), a change that
    tells no level (entered_state_words.txt)."""
    return any(c.lower_ in entered_state_words() for c in verb.children)


def on_change_word(preposition: Token, words) -> bool:
    """Whether the preposition is one of the words and hangs on a word of change (change_words.txt)."""
    return preposition.lower_ in words and preposition.head.lemma_.lower() in change_words()


def clock_subject_nouns() -> frozenset[str]:
    """Nouns that "be" says a clock time is: "the time of the call was 0815 on 4 May"."""
    return word_set("times/clock_subject_nouns.txt")


def _what_a_time_is(token: Token) -> bool:
    """'the time of the call was 0815', 'the last time she rang was 0815': the number is what "be" says a
    time word is, the word heading the phrase right before "be" (the parser may hang it elsewhere when a
    clause follows it)."""
    be = token.head
    if token.dep_ != "attr" or be.lemma_ != "be":
        return False
    return any(t.lemma_.lower() in clock_subject_nouns() and t.right_edge.i == be.i - 1
               for t in token.doc[token.sent.start : be.i])


_CLOCK_BEFORE_PLACE = re.compile(r"\d{1,2}[.:]\d{2}|\d{1,2}(?:[.:]\d{2})?(?:am|pm|a\.m\.|p\.m\.)")


def _dotted_clock(token: Token, text: str) -> bool:
    """'16.20 GMT', '8.45 BST', '16.00 Kyiv time': a 24-hour clock written with a point (British style) before a
    time zone or a place's time, read like '1620 GMT', or before a part of the day told from now."""
    if not re.fullmatch(r"\d{1,2}\.\d{2}", text):
        return False
    digits = text.replace(".", "").zfill(4)
    return (_military_time(token, digits) or _place_time_zone_at(token.doc, token.i + 1)
            or _dotted_clock_of_told_day(token, digits))


def _dotted_clock_of_told_day(token: Token, digits: str) -> bool:
    """'at 3.30 this morning', 'by 6.30 tonight': a clock written with a point after a word that opens a clock
    and right before "tonight" or "this" and a part of the day; not an amount or a level ("rose by 3.30 this
    morning", "the pound stood at 1.45 this morning", "the euro was at 1.15 this morning": market_nouns.txt)."""
    before = _word_before_number(token)
    if before is None or before.lower_ not in clock_openers() or _amount_preposition(before):
        return False
    verb = before.head.lemma_.lower()
    if verb in level_verbs() or verb in change_words():
        return False
    if verb == "be" and any(c.dep_ == "nsubj" and market_noun(c) for c in before.head.children):
        return False  # "the euro was at 1.15 this morning": a price (not "the lecture is at 6.30 tonight")
    after = token.doc[token.i + 1].lower_ if token.i + 1 < len(token.doc) else ""
    return (_hhmm_digits(digits) and word_class(after) in ("DEICTIC", "THIS")
            and _night_or_part_of_day_around(token, before))


def _place_time_zone_at(doc: Doc, k: int) -> bool:
    """'16.00 Kyiv time', '10:00 Moscow time': a capitalised place name and "time" at k give the clock's zone."""
    if k + 1 >= len(doc) or doc[k + 1].lower_ != "time":
        return False
    place = doc[k]
    # not a place the parser opens a sentence with: "at 3 a.m. Sydney time" split after "a.m." would lose the clock
    return place.pos_ == "PROPN" and place.is_title and not word_class(place.lower_) and not place.is_sent_start


def _place_of_clock_zone(token: Token) -> bool:
    """'16.00 Kyiv time', '10:00 Moscow time', '9pm London time': a place and "time" right after a clock."""
    i = token.i
    # classify asks this of every word it does not know: the word's own capital settles most at once
    if i == 0 or not token.is_title or not _place_time_zone_at(token.doc, i):
        return False
    before = token.doc[i - 1]
    return _CLOCK_BEFORE_PLACE.fullmatch(before.lower_) is not None or word_class(before.lower_) == "AMPM"


def _dotted_meridian_clock(token: Token, text: str) -> bool:
    """'10.30pm', '8.15 am': a 12-hour clock written with a point (British style) and a.m. or p.m., joined
    or as the next word; not an amount of money ('£10.30 pm')."""
    m = _DOTTED_CLOCK.match(text)
    if m is None or not 1 <= int(m.group(1)) <= 12 or int(m.group(2)) > 59:
        return False
    if _after_currency_sign(token):
        return False
    if m.end() < len(text):
        return _JOINED_MERIDIAN.fullmatch(text[m.end():]) is not None
    k = token.i + 1
    return k < len(token.doc) and word_class(token.doc[k].lower_) == "AMPM"


def _counts_things(token: Token) -> bool:
    """Whether a four-digit number counts or measures something, so is no year: an amount of money or a
    measure ('$1990', '2000 million', 'a 1500-meter race'), a count before a day ('2000 on Saturday'), a
    number with a plus ('1500+ buildings'), or a count of a plural noun: after a quantifier across
    adjectives ('around 1000 children', 'more than 1500 civil objects'), across adjectives and participles
    ('1582 dead civilians'), or right before it ('about 2000 troops', '2050 points')."""
    return (_measures(token) or _count_before_day(token) or _count_with_plus(token)
            or _quantified_count_of_things(token) or _counts_plural_across_modifiers(token)
            or _counts_next_plural(token) or _counts_part_of_group(token) or _counts_time_units(token)
            or _counts_heads(token) or _bounded_count(token))


def count_bound_words() -> frozenset[str]:
    """Words that bound an amount and that no year takes as a subject or object (count_bound_words.txt)."""
    return word_set("times/count_bound_words.txt")


def _bounded_count(token: Token) -> bool:
    """'More than 1000 were tested', 'Nearly 1500 have fled', 'killed at least 1200': four digits that stand
    alone as a verb's subject or object with a bound on the amount hung on them (count_bound_words.txt) count
    something; so does the object of "over" in an existential ('there are over 1000 in the UK'). A year keeps
    its bound as a preposition's object ('until nearly 1950', 'rose 5 percent over 2010')."""
    if token.dep_ in ("nsubj", "nsubjpass", "dobj"):
        return any(c.dep_ in ("quantmod", "advmod") and c.i < token.i and c.lower_ in count_bound_words()
                   for c in token.children)
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ != "over" or prep.i != token.i - 1:
        return False
    be = prep.head  # "there are over 1000": the number is what there is, no "boom" named ('a boom over 1999')
    return be.lemma_ == "be" and {c.dep_ for c in be.children} & {"expl", "attr", "nsubj"} == {"expl"}


def headcount_nouns() -> frozenset[str]:
    """Plural nouns that count people and that no year names a kind of: "people" (headcount_nouns.txt)."""
    return word_set("times/headcount_nouns.txt")


def _counts_heads(token: Token) -> bool:
    """'1930 people who could investigate': four digits right before a plural noun of people (headcount_nouns.txt)
    count them, wherever the number stands; not after a preposition or a noun of time, where a year may open a
    clause or end a date ("In 1930 people were poorer", "In the first week 2010 people died"), nor after a link
    from four digits, where it ends a range or list of them ("between 1990 and 2000 people"), nor before an
    owner's "'s" ("the 2009 people's choice")."""
    doc, i = token.doc, token.i
    if i + 1 >= len(doc) or doc[i + 1].text not in headcount_nouns():
        return False
    if i + 2 < len(doc) and doc[i + 2].text in POSSESSIVE_MARKS:
        return False
    if i == 0:
        return True
    before = doc[i - 1].lower_
    if before in HEADCOUNT_LINKS and i >= 2 and _four_digits(doc[i - 2]):  # "between 1990 and 2000 people moved"
        return False
    return before not in HEADCOUNT_STOPS and word_class(before) not in TIME_NOUN_CLASSES


HEADCOUNT_STOPS = TIME_PREPOSITIONS | {"from"}  # "From 1930 people began to move"
# a link after four digits: the number ends a range or list whose first member decides ("In 1998 and 2000 people")
HEADCOUNT_LINKS = RANGE_LINKS | {"and", "or"}


def _four_digits(token: Token) -> bool:
    return len(token.text) == 4 and token.text.isdigit()


GROUP_PRONOUNS = ("them", "us", "these", "those")  # a group named by itself: "2000 of them"
GROUP_DETERMINERS = ("the", "these", "those")  # what opens a group's noun besides an owner: "1500 of the workers"
GROUP_NOUN_SPAN = 3  # how many words after the group's opener its plural noun is looked for: "of his old red bottles"


def _counts_part_of_group(token: Token) -> bool:
    """'1000 of his bottles', '1500 of the workers', '2000 of them': a number before "of" and a group named
    by a possessive, a demonstrative or "them" counts some of that group; a year after a preposition of time
    stays one ("in 1998 of all years")."""
    doc, k = token.doc, token.i + 1
    if k + 1 >= len(doc) or doc[k].lower_ != "of":
        return False
    if token.i > 0 and doc[token.i - 1].lower_ in TIME_PREPOSITIONS | {"the", "of", "from", "to"}:
        return False
    group = doc[k + 1]
    if group.lower_ in GROUP_PRONOUNS:
        return True
    if group.tag_ != "PRP$" and group.lower_ not in GROUP_DETERMINERS:
        return False
    return any(t.tag_ == "NNS" for t in doc[k + 2 : k + 2 + GROUP_NOUN_SPAN])


def _counts_time_units(token: Token) -> bool:
    """'logged 1200 hours', 'the last 2000 years': four digits right before a unit of time in the plural count
    it; not after a preposition of time, where a year may open a clause ("In 2011 days grew shorter")."""
    doc, i = token.doc, token.i
    if i + 1 >= len(doc) or not _plural_time_unit(doc[i + 1]) or not doc[i + 1].is_lower:
        return False  # a capitalised unit opens a name: "the 1999 Days of Action"
    return i == 0 or doc[i - 1].lower_ not in TIME_PREPOSITIONS


def _counts_next_plural(token: Token) -> bool:
    """'about 2000 troops', '2050 points': a plural noun the lexicon does not know right after the number,
    which comes first, after a quantifier or a season's comma, or lies outside 1900-2099."""
    doc = token.doc
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    prev = doc[token.i - 1] if token.i > 0 else None
    if nxt is None or nxt.tag_ != "NNS" or nxt.lower_ in lexicon():
        return False
    return (prev is None or prev.lower_ in COUNT_WORDS or _round_after_season_comma(token)
            or not 1900 <= int(token.text) < 2100)


def _count_with_plus(token: Token) -> bool:
    """'1500+ residential buildings': a number with a plus and a word after it counts."""
    doc, i = token.doc, token.i
    return i + 2 < len(doc) and doc[i + 1].text == "+" and doc[i + 2].is_alpha


POSSESSIVE_MARKS = ("'s", "’s", "'", "’")  # an owner's "'s", or the bare apostrophe of a plural ("Presidents' Day")
QUANTIFIERS = COUNT_WORDS - {"to", "by"}  # not the prepositions of "rose to 2010 levels"
TIME_NOUN_CLASSES = ("UNIT", "UNITPL", "WEEKDAY", "MONTH", "DEICTIC", "PARTOFDAY", "HOLIDAY", "SEASON")


def _quantified_count_of_things(token: Token) -> bool:
    """'more than 1500 civil objects', 'around 1000 children': after a quantifier, a number the parser hangs
    on a plural noun (not a noun of time) as its count, across adjectives only, is no year; unlike
    _counts_next_plural this takes plural nouns the lexicon lists for other readings and proper plurals."""
    doc, i = token.doc, token.i
    noun = token.head
    if i == 0 or doc[i - 1].lower_ not in QUANTIFIERS or token.dep_ != "nummod" or noun.i <= i:
        return False
    return (noun.tag_ in ("NNS", "NNPS") and word_class(noun.lower_) not in TIME_NOUN_CLASSES
            and all(t.pos_ == "ADJ" for t in doc[i + 1 : noun.i]))


def _counts_plural_across_modifiers(token: Token) -> bool:
    """'lost 389 tanks, 1249 armored vehicles', '1582 dead civilians', 'more than 1500 destroyed or damaged
    buildings': a number before the plural noun it counts, across adjectives and participles, is no year
    when it lies outside 1900-2099 or follows a quantifier; not after a preposition of time ("in 1848
    armed crowds")."""
    doc, i = token.doc, token.i
    # the first word after the modifiers, at most four of them (read in order: the parser often misses
    # "destroyed or damaged")
    k = i + 1
    while k < len(doc) and k - i <= 4 and (doc[k].pos_ == "CCONJ" or _only_modifiers(doc[k : k + 1])):
        k += 1
    if k == i + 1 or k >= len(doc) or doc[k].tag_ not in ("NNS", "NNPS") or not _only_modifiers(doc[i + 1 : k]):
        return False
    if word_class(doc[k].lower_) in TIME_NOUN_CLASSES:
        return False
    before = doc[i - 1].lower_ if i > 0 else ""
    if before in TIME_PREPOSITIONS or (i > 0 and doc[i - 1].pos_ == "DET"):  # "the 1848 revolutionary crowds"
        return False
    return before in QUANTIFIERS or not 1900 <= int(token.text) < 2100


def _only_modifiers(words) -> bool:
    """Whether the words are adjectives and participles, maybe joined by "and"/"or": "destroyed or damaged"."""
    last = len(words) - 1
    return all(t.pos_ == "ADJ" or t.tag_ in ("VBN", "VBD") or (t.pos_ == "CCONJ" and 0 < k < last)
               for k, t in enumerate(words))


def counted_object(token: Token) -> bool:
    """'seized 2000 rifles', 'polled 2300 young voters': a four-digit number right after a verb,
    before the plural noun it modifies, may count it. Only a round hundred surely does; other numbers read
    as years there ("reported 2011 earnings", "held 2010 elections") unless far ahead (resolve.py)."""
    doc = token.doc
    if token.i == 0 or doc[token.i - 1].pos_ != "VERB" or token.dep_ != "nummod":
        return False
    noun = token.head
    between = doc[token.i + 1 : noun.i]
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    titles_a_name = after is not None and after.pos_ == "PROPN"  # "beat 2010 champions Spain": a year
    return (noun.i > token.i and noun.tag_ == "NNS" and noun.lower_ not in lexicon()
            and all(t.pos_ == "ADJ" for t in between) and not titles_a_name)


def _school_year(token: Token) -> bool:
    """"Year 11", "eight Year Six pupils", "a year seven pupil": "year" and a number that name a class of a
    British school, no length of time."""
    return _capitalised_school_year(token) or _school_year_before_pupils(token)


def _capitalised_school_year(token: Token) -> bool:
    """A capitalised "Year" right before a number of one or two digits or a capitalised number word ("Year 11",
    "Year Six"): a school class whatever follows (the capital tells it from a length)."""
    k = token.i + 1
    if token.text != "Year" or k >= len(token.doc):
        return False
    nxt = token.doc[k]
    if nxt.text.isdecimal():
        return len(nxt.text) <= 2  # "Year 11", not "the Year 2000 problem"
    return nxt.is_title and word_class(nxt.lower_) in ("NUMWORD", "TEENCENT")


def award_period_heads() -> frozenset[str]:
    """Words that name part of a year before "of the Year", not an award: "End" (award_period_heads.txt)."""
    return word_set("times/award_period_heads.txt")


def _award_title_year(token: Token) -> bool:
    """Whether a capitalised "Year" closes "<Title> of the Year" ("Player of the Year", "Book of the Year
    award"), which names an award, not a year; "the End of the Year" of a title-case headline keeps its date
    (award_period_heads.txt)."""
    title = _title_of_the_year(token)
    return token.text == "Year" and title is not None and title.is_title and title.lower_ not in award_period_heads()


def _title_of_the_year(token: Token) -> Token | None:
    """The word before "of the" and the token ("year"): "Player" of "Player of the Year"; None without one."""
    doc, i = token.doc, token.i
    if i < 3 or doc[i - 1].lower_ != "the" or doc[i - 2].lower_ != "of":
        return None
    return doc[i - 3]


def _time_of_the_year(token: Token) -> bool:
    """Whether "year" closes "time of the year" ("whatever time of the year you visit", "the busiest time of the
    year for shops"), as "this time of year" does: a point in the round of any year, no year of its own (not
    "the time of the year-end audit", "the end of the year", nor a count of times this year: "for the third time
    of the year", "the first time of the year")."""
    title = _title_of_the_year(token)
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if not (token.lower_ == "year" and title is not None and title.lower_ == "time"
            and (after is None or after.text not in ("-", "'s"))):
        return False
    counted = classify(token.doc[title.i - 1]) if title.i > 0 else None
    return counted is None or counted.cls not in (*ORDINAL_CLASSES, "LAST", "FINAL")


def award_nouns() -> frozenset[str]:
    """Nouns of an honour that make a "<title> of the year" before them an award's name (award_nouns.txt)."""
    return word_set("times/award_nouns.txt")


def _award_of_the_year(token: Token) -> bool:
    """Whether a lowercase "year" closes "<title> of the year" before a noun of an honour ("won two campaign of
    the year awards", "the player of the year trophy"): the name of an award, not a year; "the end of the year
    awards" keeps its date (award_period_heads.txt)."""
    title = _title_of_the_year(token)
    if token.lower_ != "year" or title is None:
        return False
    doc, k = token.doc, token.i + 1
    while k < len(doc) and doc[k].is_quote:  # 'won two "campaign of the year" awards'
        k += 1
    return (k < len(doc) and doc[k].lower_ in award_nouns() and title.pos_ in ("NOUN", "PROPN")
            and title.lower_ not in award_period_heads())


def share_hedges() -> frozenset[str]:
    """Hedges that make "a quarter" after them a share, not three months: "only" (share_hedges.txt)."""
    return word_set("times/share_hedges.txt")


def hedged_quarter_share(token: Token) -> bool:
    """"a quarter" after a hedge ("only a quarter", "nearly a quarter") and under no preposition
    ("bought only a quarter last week") is a share of something told before; "for only a quarter" is a length."""
    doc, i = token.doc, token.i
    if token.lower_ != "quarter" or i < 2 or doc[i - 1].lower_ not in ("a", "one", "another"):
        return False  # "another" too: "about another quarter had been dispersed"
    if doc[i - 2].lower_ not in share_hedges() or token.dep_ == "pobj" or offset_from_event(doc, i + 1):
        return False  # "for only a quarter", "only a quarter later"
    # "it took about a quarter", "the strike lasted nearly a quarter"
    return not (token.dep_ in ("dobj", "npadvmod") and token.head.lemma_ in length_verbs())


def quarter_period_verbs() -> frozenset[str]:
    """Verbs (with their particle) whose subject "a quarter" is three months: "another quarter passed", "one
    quarter ended with a loss", "a quarter has gone by" (quarter_period_verbs.txt)."""
    return word_set("times/quarter_period_verbs.txt")


def subject_quarter_share(token: Token) -> bool:
    """"Another quarter evaporated", "one quarter ended up dispersed", "a quarter is owned by the state": "a",
    "one" or "another quarter" as the subject of a verb that tells no period's passing or results is a share of
    something told before; "another quarter passed", "one quarter ended with a loss" keep three months."""
    doc, i = token.doc, token.i
    if token.lower_ != "quarter" or i < 1 or doc[i - 1].lower_ not in ("a", "one", "another"):
        return False
    if token.dep_ not in ("nsubj", "nsubjpass") or token.head.pos_ not in ("VERB", "AUX"):
        return False
    verb, verbs = token.head, quarter_period_verbs()
    # "went by" (a particle), "ended up"
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt" or (c.dep_ == "advmod" and c.pos_ == "ADP")]
    if " ".join([verb.lemma_.lower(), *particles[:1]]) in verbs:
        return False
    # "has gone by", "flew by": a particle the parser made an adverb
    return not any(c.dep_ == "advmod" and f"{verb.lemma_.lower()} {c.lower_}" in verbs for c in verb.children)


def quarter_share(token: Token) -> bool:
    """Whether "quarter" is a share, not three months: hedged ("only a quarter") or a subject ("another quarter
    evaporated")."""
    return hedged_quarter_share(token) or subject_quarter_share(token)


def _after_currency_sign(token: Token) -> bool:
    """Whether a currency sign comes right before: "$1990" is money, "in the high $70s" a decade of prices."""
    return token.i > 0 and token.doc[token.i - 1].tag_ == "$"


def _ordinal_in_name(token: Token) -> bool:
    """'a Second World War destroyer', 'the Second Vatican Council': a capitalised "Second" inside a
    sentence before another capitalised word is the ordinal of a name, no unit of time."""
    k = token.i + 1
    return capitalised_inside_sentence(token) and k < len(token.doc) and token.doc[k].is_title


def _round_after_season_comma(token: Token) -> bool:
    """'last summer, 2000 fans': a round hundred after a season and a comma, before a plural noun, counts;
    'in spring, 2012 graduates' keeps its year."""
    doc, i = token.doc, token.i
    return (i > 1 and int(token.text) % 100 == 0 and doc[i - 1].text == ","
            and word_class(doc[i - 2].lower_) == "SEASON")


def _measures(token: Token) -> bool:
    """A number after a currency sign, before a unit's symbol, or before a large number or a noun of
    measure (with or without a hyphen)."""
    doc = token.doc
    if _after_currency_sign(token):
        return True
    k = token.i + 1
    if k < len(doc) and doc[k].text in unit_abbreviations():
        return True  # "down 1000m or so", "a 1500 ft drop": a length written with its unit's symbol
    if k < len(doc) and doc[k].lower_ == "-":
        k += 1
    return k < len(doc) and (doc[k].lower_ in measure_nouns() or doc[k].lower_ in LARGE_NUMBERS)


def _names_with(token: Token) -> bool:
    """'Windows 2000', 'Euro 2000', 'Gate 1990': a number right after a proper name is part of it,
    unless the entity recogniser starts a date there ('the U.S. 1991 budget')."""
    prev = token.doc[token.i - 1] if token.i > 0 else None
    if prev is None or prev.tag_ not in ("NNP", "NNPS") or prev.lower_ in lexicon():
        return False
    if _year_between_place_and_incident(token):
        return False
    if _before_company_suffix(token):
        return True  # "MOEX Offshore 2007 LLC": a company's name, even where the recogniser reads a date
    return not (token.ent_iob_ == "B" and token.ent_type_ == "DATE")


def company_suffixes() -> frozenset[str]:
    """Legal forms that end a company's name: "LLC", "Ltd" (company_suffixes.txt)."""
    return word_set("times/company_suffixes.txt")


def _before_company_suffix(token: Token) -> bool:
    """Whether a company's legal form follows the token: "Offshore 2007 LLC"."""
    return _next_word_in(token, company_suffixes())


def _next_word_in(token: Token, words: frozenset[str]) -> bool:
    """Whether the word after the token is one of the words (lower case)."""
    k = token.i + 1
    return k < len(token.doc) and token.doc[k].lower_ in words


def _year_between_place_and_incident(token: Token) -> bool:
    """'the Indian Ocean 2004 tsunami', 'the Haiti 2010 earthquake': a number between a place and a noun of an
    incident (incident_nouns.txt) dates the incident; it names no product of the place."""
    doc, i = token.doc, token.i
    place = doc[i - 1].ent_type_ in PLACE_ENTITY_TYPES
    return place and i + 1 < len(doc) and doc[i + 1].pos_ == "NOUN" and doc[i + 1].lemma_.lower() in incident_nouns()


def label_nouns() -> frozenset[str]:
    """Nouns that a number after them names one of: "resolution" in "UN resolution 1441"."""
    return word_set("times/label_nouns.txt")


def _labelled(token: Token) -> bool:
    """'the security council resolution 1441', 'flight 1549': a number right after a labelling noun, not a
    year that opens a timeline entry after it ("... under a new resolution 2003: troops invade")."""
    doc, i = token.doc, token.i
    opens_entry = i + 1 < len(doc) and doc[i + 1].text == ":"
    return (_after_label_noun(token) and not opens_entry) or _labelled_elsewhere(token) or _label_in_apposition(token)


def _label_in_apposition(token: Token) -> bool:
    """'The second resolution, 1973, would permit it': a number set off by commas right after a labelling noun."""
    doc, i = token.doc, token.i
    if not (1 < i < len(doc) - 1 and doc[i - 1].text == "," and doc[i + 1].text == ","):
        return False
    noun = doc[i - 2]
    return noun.lower_ in label_nouns() or noun.lemma_.lower() in label_nouns()


def _after_label_noun(token: Token) -> bool:
    """Whether a labelling noun, in any number, comes right before the number or before the list it ends:
    "flights 1549", "clauses 12 and 2004"."""
    doc, i = token.doc, token.i
    if i > 2 and doc[i - 1].lower_ in ("and", "or", ",") and doc[i - 2].like_num:
        return _after_label_noun(doc[i - 2])
    if i > 1 and doc[i - 1].text == "." and not doc[i - 2].whitespace_ and doc[i - 2].lower_ + "." in label_nouns():
        # "case no. 2:10": the parser split "no." into "no" and "."; not an answer after a verb ('he said no. 2:30
        # is when he left')
        return not (i > 2 and doc[i - 3].pos_ in ("VERB", "AUX"))
    return i > 0 and (doc[i - 1].lower_ in label_nouns() or doc[i - 1].lemma_.lower() in label_nouns())


LABEL_SENTENCES = 10  # how many sentences back a label ("resolution 1441") is looked for


def _labelled_elsewhere(token: Token) -> bool:
    """'Clause 1226 sets the fee ... farmers pay under 1226': a number the text labelled in the last few
    sentences ("clause 1226", "resolution 1441") names the same thing after a preposition that is not one of
    time or a determiner that is no date word ("under 1441", "all 1441 asked"); a number opening a
    sentence stays a year ("Resolution 1973 passed. 1973 was a hard year")."""
    doc, i = token.doc, token.i
    before = doc[i - 1] if i > 0 else None
    if before is None or before.pos_ not in ("ADP", "DET") or before.lower_ in TIME_PREPOSITIONS:
        return False
    if word_class(before.lower_) in DATE_OPENER_CLASSES:
        return False  # "the 1973 crisis"
    if i > 1 and word_class(doc[i - 2].lower_) in ("SEASON", "MONTH", "UNIT"):
        return False  # "the summer of 1441"
    first = sentence_start_back(token, LABEL_SENTENCES)
    return any(t.text == token.text and t.i > first and t.i != i and _after_label_noun(t)
               for t in doc[first:] if t.like_num)


def sentence_start_back(token: Token, sentences: int) -> int:
    """The first token of the sentence that many sentences before the token's (0 at the start)."""
    start = token.sent.start
    for _ in range(sentences):
        if start == 0:
            break
        start = token.doc[start - 1].sent.start
    return start


def _house_number(token: Token) -> bool:
    """'at 1600 Pennsylvania Avenue': a number before a street name (proper names ending in a
    street word) is an address, unless a preposition of time or an article puts it in time ('in
    1998 Park Avenue was repaved', 'the 1998 Main Street fair')."""
    doc, k = token.doc, token.i + 1
    before = doc[token.i - 1].lower_ if token.i > 0 else ""
    if before in TIME_PREPOSITIONS or before in ("the", "this", "that", "its", "their"):
        return False
    entry = lexicon().get(before)
    if entry is not None and entry[0] not in ("AT", "TO"):
        return False  # a time word before it: "May 1998 Park Avenue", "late 1987 Wall Street"
    if before in ("to", "-", "–") and token.i > 1 and doc[token.i - 2].like_num:
        return False  # the end of a range: "from 1990 to 1994 Main Street"
    while k < len(doc) and k <= token.i + 3 and doc[k].tag_ in ("NNP", "NNPS"):
        if doc[k].lower_ in street_words():
            return k > token.i + 1
        k += 1
    return False


def _is_age(token: Token) -> bool:
    """'when the singer was in his 30s', 'in their forties', 'in their late 20s and early 30s': a
    decade of someone's life. A decade written with four digits is one of the calendar ('her
    early 1980s songs')."""
    if re.search(r"\d{4}", token.text):
        return False
    doc = token.doc
    k = _before_part_of_decade(doc, token.i - 1)
    if k > 0 and doc[k].lower_ in ("and", "or", "to") and token.dep_ == "conj":
        k = _before_part_of_decade(doc, token.head.i - 1)  # the first decade has the possessive
    return k >= 0 and (doc[k].tag_ == "PRP$" or _after_named_person(doc, k))


def _after_named_person(doc: Doc, k: int) -> bool:
    """Whether token k is the comma after a person's name: "Rico Dibrivell, early 30s", a list's age."""
    return 0 < k and doc[k].text == "," and doc[k - 1].ent_type_ == "PERSON"


def _ends_name(token: Token) -> bool:
    """'the Save the Dunes Now campaign', 'Justice Now said': a word of name_end_words.txt,
    capitalised after a capitalised word and before a lower-case one, ends a name; before another
    capitalised word it is a headline's ('Senate Now Backs the Plan')."""
    if token.lower_ not in name_end_words() or not capitalised_inside_sentence(token) or not token.nbor(-1).is_title:
        return False
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return following is None or not following.text[:1].isupper()


def _now_in_frequency_idiom(token: Token) -> bool:
    """'every now and then', 'now and again', 'meets now and then.': "now" before "and" and a word of
    idiom_now_partners.txt; a bare "now and then" only after "every" or before punctuation, since "then" may
    open a clause of its own ("he is here now and then he will go")."""
    doc, i = token.doc, token.i
    if token.lower_ != "now" or i + 2 >= len(doc) or doc[i + 1].lower_ != "and":
        return False
    partner = doc[i + 2]
    if partner.lower_ not in now_idiom_partners() or (i > 0 and doc[i - 1].lower_ in range_openers()):
        return False  # "between now and then": from the present to a time ahead
    after_every = i > 0 and doc[i - 1].lower_ == "every"
    return partner.lower_ != "then" or after_every or i + 3 == len(doc) or doc[i + 3].is_punct


def _capitalised_abbreviation(token: Token) -> bool:
    """'HR' with no number in digits before it: the abbreviation of something else ('the HR
    manager', 'One HR adviser'), not of hours ('3 HR a day'); a headline all in capitals keeps
    its units ('TWO HOURS LATER')."""
    if len(token.text) < 2 or not token.text.isupper():
        return False
    prev = token.doc[token.i - 1] if token.i > 0 else None
    return prev is None or not (prev.text[:1].isdecimal() or prev.text.isupper())


def _before_part_of_decade(doc: Doc, k: int) -> int:
    """The token before "early" ("late", "mid") at k, or k itself: "in his early 30s"."""
    if k > 0 and word_class(doc[k].lower_) == "POSMOD":
        return k - 1
    return k


def _in_title(token: Token) -> bool:
    """'ABC's "This Week"', 'CBS's "60 Minutes"', 'the film "High Noon"': a capitalised time word
    that opens a quotation, alone or after other capitalised words, names a programme or a work."""
    if not token.text[0].isupper():
        return False
    k = token.i - 1
    while k >= max(0, token.i - 4) and (token.doc[k].text[0].isupper() or token.doc[k].text[0].isdecimal()):
        k -= 1
    if k > 0 and token.doc[k - 1].text in (".", "!", "?", "...", "…"):
        # a quotation after a full stop or an ellipsis ('... the dam held." Days later', 'a bar..." Minutes later'):
        # a sentence, no title
        return False
    if k >= 0 and _opens_speech(token.doc, k):
        return False
    return k >= 0 and token.doc[k].text in OPENING_QUOTES and token.doc[k].tag_ != "POS"  # not "Presidents' Day"


def _unit_in_title_after_number(token: Token) -> bool:
    """'Interviewed on the 60 Minutes program', 'the 24 Hours of Le Mans', 'or 28 Days Later': a capitalised unit
    right after a number that a lower-case word opens, in a name's shape (a noun or a capitalised word after the
    unit that heads it, a preposition and a capitalised word, or "the" before the number and nothing after),
    inside a sentence that is no title-case headline, names a programme or a work (not "Obama's First 100 Days",
    "Libya: Six Months On", "Fans Waited 12 Hours": headline capitals; nor a stray capital: "the truce held for 48
    Hours, officials said")."""
    doc, k = token.doc, token.i - 1
    if k < 1 or not capitalised_inside_sentence(token) or not doc[k].like_num or doc[k].tag_ != "CD":
        return False  # a cardinal: not "the 21st Century", "the 3rd Century BC"
    before = doc[k - 1]
    if not (before.is_alpha and before.is_lower) or _in_title_case_line(token):
        return False
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if after is None or after.is_punct:
        return before.lower_ == "the"  # "she appeared on the 60 Minutes, he said"
    if after.lower_ in ("of", "for") and after.head == token and token.i + 2 < len(doc):
        return doc[token.i + 2].is_title  # "the 24 Hours of Le Mans", "the 40 Days for Life campaign"
    # the unit and the word after it one name: "the 60 Minutes program", "28 Days Later" (not "in the first 100
    # Days Obama signed", "the 10 Years since his release", "the 24 Hours after the quake": a stray capital)
    return (after.is_title or after.pos_ == "NOUN") and token.head == after


def _quoted_alone(token: Token) -> bool:
    """Whether a word stands alone between an opening quote and a closing one: 'NBC's "Today" show'."""
    return _alone_between(token, OPENING_QUOTES, OPENING_QUOTES | CLOSING_QUOTES)


def _deictic_in_programme_name(token: Token) -> bool:
    """'NBC's "Today Show,"', "a Tonight Show sketch": a capitalised "Today"/"Tonight" before a capitalised noun of
    programme_nouns.txt names the programme, at the start of a sentence or a quote too."""
    k = token.i + 1
    if not token.is_title or token.lower_ not in ("today", "tonight") or k >= len(token.doc):
        return False
    after = token.doc[k]
    return after.is_title and after.pos_ in ("NOUN", "PROPN") and after.lower_ in programme_nouns()


def _oclock_in_name(token: Token) -> bool:
    """"the Ten O'Clock News", "the Six O'Clock Show": a capitalised "O'Clock" inside a sentence before a capitalised
    noun that is no time word names a programme (not "at Ten O'Clock Friday" in a headline)."""
    k = token.i + 1
    if not capitalised_inside_sentence(token) or k >= len(token.doc):
        return False
    after = token.doc[k]
    return after.is_title and after.pos_ in ("NOUN", "PROPN") and classify(after) is None


def _quote_names_thing(token: Token) -> bool:
    """Whether a quoted word names a thing: a noun follows its closing quote ('"Today" show') or a name or an
    owner comes before its opening quote ('the BBC's "Today"')."""
    doc = token.doc
    after = doc[token.i + 2] if token.i + 2 < len(doc) else None
    before = doc[token.i - 2] if token.i >= 2 else None
    return (after is not None and after.pos_ in ("NOUN", "PROPN")) or (
        before is not None and (before.tag_ == "POS" or before.pos_ == "PROPN"))


def _opens_speech(doc: Doc, k: int) -> bool:
    """Whether the quote at k opens reported speech rather than a title: at the start of a sentence or after
    ":" or ",", with more words before it closes than a title has ('He said: "Years of war left scars."')."""
    if not (k == 0 or doc[k].is_sent_start or doc[k - 1].text in (":", ",")):
        return False
    words = 0
    for word in doc[k + 1 : k + 2 + SPEECH_WORDS]:
        if word.text in OPENING_QUOTES | CLOSING_QUOTES:  # the closing quote
            break
        words += not word.is_punct
    return words > SPEECH_WORDS


def capitalised_inside_sentence(token: Token) -> bool:
    """A capitalised word after another word of its sentence, not after punctuation or a quote."""
    if token.i == 0 or not token.is_title or token.is_sent_start:
        return False
    prev = token.nbor(-1)
    return not (prev.is_punct or prev.is_space or prev.text in OPENING_QUOTES)


def _after_possessive(token: Token) -> bool:
    """Whether a possessive ending ("'s", "'") stands just before the word, over an opening quote."""
    k = token.i - 1
    while k >= 0 and token.doc[k].text in OPENING_QUOTES:
        k -= 1
    return k >= 0 and token.doc[k].tag_ == "POS"


PLACE_ENTITY_TYPES = ("GPE", "LOC")  # named places: "three days back in Leeds"


def _back_means_ago(back: Token) -> bool:
    """Whether "back" after a length of time means "ago": it ends its phrase ("a few weeks back.", "two days
    back, he ...") or only a named place follows ("three days back in Leeds"); not "back then", "back home",
    "back in 2009", "back from injury", "back at the club", nor after the object of a length verb ("spent some
    time back in Leeds")."""
    doc, k = back.doc, back.i + 1
    length = doc[back.i - 1] if back.i > 0 else None
    if length is not None and length.dep_ == "dobj" and length.head.lemma_ in length_verbs():
        return False  # "spent some time back in Leeds": the length is what is spent, "back" says where
    if k == len(doc) or doc[k].is_punct:
        return True
    return doc[k].lower_ in ("in", "at") and k + 1 < len(doc) and doc[k + 1].ent_type_ in PLACE_ENTITY_TYPES


def _disambiguate(token: Token, info: TokenInfo) -> TokenInfo | None:
    """Drop the temporal reading of words that are usually something else."""
    text = token.lower_
    if _alone_between(token, ("{",), ("}",)):
        return None  # "BACK {current} of {total} NEXT": the name of a field a page template fills in
    if info.cls in TITLE_CLASSES and _in_title(token):
        return None
    if info.cls in ("UNIT", "UNITPL") and _unit_in_title_after_number(token):
        return None  # "on the 60 Minutes program", "films like 28 Days Later": a programme's or a work's name
    if info.cls == "UNIT" and text in clock_hours_words() and _after_24_hour_clock(token):
        return TokenInfo("OCLOCK")  # "at 1400 hours": the word of a military clock, no length of hours
    if info.cls == "OCLOCK" and _oclock_in_name(token):
        return None  # "the Ten O'Clock News", "the 6 O'Clock Show": a programme's name, no hour
    if info.cls in NAME_OPENERS and capitalised_inside_sentence(token) and _before_name_word(token):
        return None  # "the Spring Festival", "the Summer Palace": a name
    if info.cls == "UNIT" and capitalised_inside_sentence(token) and _before_name_word(token):
        return None  # "no oil is in Weeks Bay", "off Hours Lane": a unit opening a place's name
    if info.cls == "SEASON" and capitalised_inside_sentence(token) and _after_name_word(token):
        return None  # "the Arab Spring", "the Prague Spring": a name of events
    if info.cls == "SEASON" and _season_event_name(token):
        return None  # "the Arab spring", "an Arab spring protest": a name of events in lower case
    if info.cls == "WEEKDAY" and _weekday_in_name(token):
        return None  # "the Sunday Times", "the Saturday Guardian": a newspaper's name
    if info.cls == "WEEKDAY" and _weekday_before_paper_word(token):
        return None  # "a Sunday Times investigation", "Sunday Mirror readers": a newspaper without "the"
    if info.cls == "WEEKDAY" and _weekday_in_show_name(token):
        return None  # '"Fox News Sunday"', "a Saturday Night Live sketch": a programme's name
    if info.cls == "THIS" and token.is_title and _after_possessive(token):
        return None  # 'told ABC's This Week program', 'on ABC News\' "This Week,"': a possessive owns a name, no deixis
    if info.cls == "DEICTIC" and capitalised_inside_sentence(token):
        return None  # "USA Today", "Dogs Today Magazine", "This is VOA Today": a name
    if info.cls == "DEICTIC" and _deictic_in_programme_name(token):
        return None  # 'NBC's "Today Show,"', "a Tonight Show sketch": a programme's name
    if info.cls == "DEICTIC" and _quoted_alone(token) and _in_title(token) and _quote_names_thing(token):
        return None  # 'on NBC's "Today" show', 'the BBC's "Today"': a one-word title (not 'he replied "Tomorrow"')
    if info.cls == "VAGUE" and _ends_name(token):
        return None  # "the Save the Dunes Now campaign", "Justice Now said": the last word of a name
    if info.cls == "VAGUE" and _now_in_frequency_idiom(token):
        return None  # "every now and then", "now and again": from time to time, not the present
    if info.cls == "VAGUE" and text == "soon" and _after(token, "too"):
        return None  # "too soon to tell", "he spoke too soon": a degree (too early), no time
    if info.cls == "DEICTIC" and _generic_now_or_someday(token):
        return None  # "in today's world", "the people of tomorrow": no day is meant
    if info.cls == "AGO" and text == "back" and not _back_means_ago(token):
        return None  # "five years back then", "two weeks back home", "back from injury": no "ago"
    if info.cls == "TIMEWORD" and _anchored_on_event(token):
        return None  # "at the time of his death"
    if info.cls == "DECADE" and _is_age(token):
        return None
    if info.cls in ("NUMWORD", "TEENCENT") and _before_digit(token) and "/" not in token.nbor(1).text:
        return None  # "a second one 40 minutes later", "two 30-year-old nurses": two amounts, not one
    if info.cls == "MONTH" and (holiday := _month_holiday(token)):
        return TokenInfo("NAMEDDAY", holiday)  # "May Day rallies": the holiday
    if info.cls in ("MONTH", "SEASON", "HOLIDAY") and _time_word_in_person_name(token):
        return None  # "spokesman Peter June", "May Ellis", "coroner Al Winter": a person's name
    if info.cls == "MONTH" and _month_as_surname(token):
        return None  # "Theresa May ... a meeting with May", "Prime Minister May ... May's cabinet": the person
    if info.cls == "MONTH" and text in ("may", "march"):
        prev = token.doc[token.i - 1] if token.i > 0 else None
        if text == "march" and (_before(token, "for") or _before(token, "of")) and (prev is None or prev.tag_ != "IN"):
            return None  # "the annual March for Life", "the March of the Mothers", not "in March for"
        if text == "march" and _march_named_by_word(token):
            return None  # "the Long March", "Mao's Long March", "the Salt March": the name of a march
        if token.text[0].isupper() and _before_digit(token):
            return info  # "(Reuters) May 14: ...": a day after it, even where the parser reads a modal
        if token.text[0].isupper() and prev is not None and _day_number(prev) and not _verb_after_modal(token):
            return info  # 'rig. 4 May "The Gulf ...': a day before it, even where the parser reads a modal
        if prev is not None and _day_number(prev) and before_comma_year(token):
            return info  # "Last updated: 1 may, 2009 - 17:54 GMT": a day and a year around it, in any case
        if token.text[0].isupper() and prev is not None and _shifts_a_month(prev):
            return info  # "the vote last May was close": a month, even where the parser reads a modal
        if text == "march" and prev is not None and _ordinal_day_dated(prev, token):
            return info  # "As of 14th march russian army has lost", "married on the 17th march 1881", in any case
        return info if token.text[0].isupper() and token.tag_ == "NNP" else None
    if info.cls == "WEEKDAY" and text in bare_abbreviations("WEEKDAY") and not _before_month_day(token):
        return None  # "the Sun", "Sat nav": a bare abbreviation is a weekday only in "Tue Jun 2"
    if info.cls == "MONTH" and text in bare_abbreviations() and not _bare_abbreviation_month(token):
        return None  # "Jan Novak", "clashes mar 2012 games": a month only as a capitalised noun before a number
    if info.cls == "HOLIDAY" and text == "new" and not (_before(token, "year") or _new_years_day(token)):
        return None  # "New" is a holiday only in "New Year"
    if info.cls in ("HOLIDAY", "NAMEDDAY") and not token.text[0].isupper() and not _the_new_year(token):
        return None  # holidays are names (but "into the new year" is the coming year in lower case too)
    if info.cls == "HOLIDAY" and _before_name_word(token):
        return None  # "Christmas Island", "the Easter Rising": a name
    if info.cls == "HOLIDAY" and _holiday_names_object(token):
        return None  # "a Christmas tree", "Easter eggs": a thing named after the holiday
    if info.cls == "NAMEDDAY" and not _before_holiday_day(token):
        return None  # "the Labor Party", "Election Commission": a holiday only in "Labor Day"
    if info.cls == "SEASON" and token.pos_ not in ("NOUN", "PROPN") and not _after_season_shift(token):
        return None
    if info.cls == "SEASON" and text == "spring" and _spring_as_verb(token):
        return None  # "the cats spring into the hedge", "camps spring up": the verb
    if info.cls == "FEW" and text == "number" and not (_after(token, "a") and _before(token, "of")):
        return None  # "for a number of weeks" is vague; "the number of days lost" counts them
    if info.cls == "UNIT" and info.value == "Q" and _quarters_as_share(token):
        return None  # "three-quarters of voters", "three-quarters agreed": a share, not nine months
    if info.value == "Q" and _quarters_as_circles(token):
        return None  # "unpopular in many quarters": circles of people, not periods
    if info.cls == "SEASON" and text == "fall" and _fall_as_drop(token):
        return None  # "a sharp fall in prices", "the fall of the regime", "the city's fall"
    if info.cls == "BEFORECHRIST" and _era_abbreviation_as_name(token):
        return None  # "the 2010 BC Games", "500 BC students": British Columbia, no era
    if info.cls == "OVERNIGHT" and _overnight_as_sudden(token):
        return None  # "no overnight solution", "an overnight success": at once, no night
    if info.cls == "SEASON" and _season_opens_hyphenated_word(token):
        return None  # "the fall-out of the spill", "a spring-loaded trap": one word, no season
    if info.cls == "UNIT" and _light_years(token):
        return None  # "light years away", "a light year": a distance
    if info.cls == "LAST" and text == "following" and _after_plural_unit(token):
        return TokenInfo("AFTER", "x")  # "in the days following the vote" is like "the days after the vote"
    if info.cls == "LAST" and token.pos_ == "VERB" and not _after(token, "the"):
        return None
    if info.cls == "VAGUE" and text == "recently" and _after(token, "as") and _before(token, "as"):
        return None  # "as recently as Saturday", "as recently as 2005": the time is the one that follows
    if info.cls == "COMING" and text == "coming" and _coming_as_verb(token):
        return None  # "killings coming days after the raid": the verb, "days" alone the length between
    if info.cls == "LAST" and verb_last(token):
        return None  # "the drought could last months": the verb, whatever the parser made of it
    if info.cls == "SECOND" and (token.tag_ == "JJ" or _second_before_noun(token) or _second_of_a_series(token)):
        return TokenInfo("ORDWORD", info.value)  # "a second term", "a second blind shear ram" count: no unit
    if info.cls == "UNIT" and _school_year(token):
        return None  # "eight Year Six pupils", "a year seven pupil": a school class, no length of time
    if info.cls == "UNIT" and _award_title_year(token):
        return None  # "Player of the Year", "the Costa Book of the Year award": a title, no date
    if info.cls == "UNIT" and _award_of_the_year(token):
        return None  # "won two campaign of the year awards": an award's name, no date
    if info.cls == "UNIT" and _time_of_the_year(token):
        return None  # "whatever time of the year you visit": a point of any year's round, no year of its own
    if info.cls == "SECOND" and _ordinal_in_name(token):
        return TokenInfo("ORDWORD", info.value)  # "a Second World War destroyer": the name's ordinal
    if info.cls == "SETADV" and token.pos_ != "ADV":
        return None  # "quarterly dividend", "the daily tally"
    if info.cls == "SETADV" and text == "everyday" and _before_coordinated_adjective(token):
        return None  # "everyday, ordinary citizens": the adjective, one of two before a noun
    if info.cls == "THIS" and text == "current" and token.tag_ in ("NN", "NNS") and not _modifies_noun(token):
        return None  # "an electric current", "the ocean current": the noun, not "the firm's current plan"
    if info.cls == "THIS" and text == "current" and token.tag_ in ("NNP", "NNPS") and not _modifies_noun(token):
        return None  # "the Loop Current", "the Humboldt Current carries": a named ocean current
    if info.cls == "THIS" and text == "current" and _current_in_compound(token):
        return None  # "a current affairs show", "the current account deficit": a fixed compound
    if info.cls == "THIS" and text == "current" and _current_heads_noun_phrase(token):
        return None  # 'picked up by the powerful "loop current."': the parser's adjective heads a noun phrase
    if info.cls == "SETADV" and _names_newspaper(token):
        return None  # "Freedonia's Morning Star daily", "the state-run Lao Dong (Labour) daily"
    if info.cls == "APPROX" and text == "about" and token.dep_ == "prep":
        return None  # "confident about 2014": "about" as "concerning" is a preposition, outside
    if info.cls == "APPROX" and text == "under" and not _before_count(token):
        return None  # "under fiscal year 2014 rules" is a preposition; a bound only in "under two hours"
    if text == "soon" and (_after(token, "as") or any(_before(token, w) for w in SOON_AFTER_WORDS)):
        return None  # "as soon as", "soon after the spill", "began soon afterwards": no time of its own (TimeML)
    if info.cls == "UNIT" and _capitalised_abbreviation(token):
        return None  # "the HR director", "every HR office": an abbreviation in capitals, no unit without a number
    if (info.cls == "UNIT"
            and any(_before(token, w) or (_before(token, "-") and _before(token, w, 2)) for w in ("old", "olds"))
            and not _age_of_thing(token)):
        return None  # ages: "52 years old", "the 6-year-old boy"; children of an age: "12-year olds", "two-year-olds"
    if info.cls == "UNIT" and _pregnancy_age(token):
        return None  # the age of a pregnancy, as "52 years old": "she was nine months pregnant", "six weeks pregnant"
    if info.cls == "UNIT" and _of_age(token):
        return None  # ages: "at 37 years of age", "people 15 years of age or older", "six months of age"
    if info.cls == "UNIT" and _aged_count(token):
        return None  # ages: "two boys, aged 18 months", "children aged between five and 11 years"
    if info.cls == "AMPM" and "." not in text:
        prev = token.nbor(-1) if token.i > 0 else None
        return info if prev is not None and prev.text[:1].isdecimal() else None
    if info.cls == "UNIT" and text == "quarter" and _after(token, "a") and _before_other_unit(token):
        return TokenInfo("FRACTION", "1/4")  # "a quarter century", "a quarter of an hour"
    if info.cls == "UNIT" and text in ("quarter", "quarters") and _fraction_of_things(token):
        return None  # "a quarter of the wildlife", "three quarters of the vote"
    if info.cls == "UNIT" and quarter_share(token):
        return None  # "of which Japan bought only a quarter", "another quarter evaporated": a share
    if info.cls == "UNIT" and text.endswith("s") and text != "seconds":
        return TokenInfo("UNITPL", info.value)
    if info.cls == "UNIT" and text == "seconds":
        return TokenInfo("UNITPL", info.value)
    return info


def _march_named_by_word(token: Token) -> bool:
    """'the failure of the Long March', "Mao's Long March", 'led the Salt March': a capitalised "March" after a
    capitalised word that modifies it, opened by "the" or an owner's "'s", heading its own phrase, is the noun
    (a march) in a name; not "the Late March rains", "since Last March", "the Paris March 2010 show", "the Paris
    March rally" (the month modifying a noun; "the Long March rocket" is named after the march), "the Following
    March", nor "in Early March"; in a title-case headline only "Long" ("Farmers Fear the Dry March")."""
    doc, k = token.doc, token.i - 1
    if k < 1 or not capitalised_inside_sentence(token) or _before_digit(token):
        return False
    if _modifies_noun(token) and word_class(doc[k].lower_) != "LONG":
        return False  # "the Paris March rally": the month of a thing; "the Long March rocket" stays a name
    prev, opener = doc[k], doc[k - 1]
    if not prev.is_title or prev.tag_ not in ("NNP", "NNPS") or prev.like_num or _shifts_a_month(prev):
        return False  # a proper noun's word; not "the Same March" (an adjective), "the First March" (a count)
    if prev.lower_.endswith("est") or prev.lower_ in ("best", "worst"):
        return False  # "the Wettest March on record", "the Best March Since 2009": a superlative ranks the month
    if word_class(prev.lower_) not in ("", "LONG"):
        return False  # "Throughout the Whole March": a time word measures the month
    if prev.head != token or prev.dep_ not in ("compound", "amod") or (opener.lower_ != "the" and opener.tag_ != "POS"):
        return False
    return word_class(prev.lower_) == "LONG" or not _in_title_case_line(token)


def _in_title_case_line(token: Token) -> bool:
    """Whether the sentence of a token is a headline in title case: a capitalised verb after its first word
    ("Farmers Fear the Dry March", "Retailers Enjoyed the Strong March"), where a capital tells no name."""
    sent = token.sent
    return any(t.is_title and t.tag_.startswith(("VB", "MD")) and t != token for t in sent[1:])


def _shifts_a_month(token: Token) -> bool:
    """Whether a word places the month after it in time: "last", "this", "next", "early", "mid"."""
    info = classify(token)
    return info is not None and info.cls in ("LAST", "THIS", "COMING", "POSMOD")


def _age_of_thing(unit: Token) -> bool:
    """Whether "<unit>-old" gives the age of a thing, a length of time: "an 8-month-old truce", "a decades-old
    feud", "a nine-month-old truce deal" (aged_thing_nouns.txt); not a person's age ("a 37-year-old nurse")."""
    doc = unit.doc
    if unit.i + 2 >= len(doc) or doc[unit.i + 1].text != "-" or doc[unit.i + 2].lower_ != "old":
        return False
    thing = doc[unit.i + 2].head
    compounds = [c for c in thing.children if c.dep_ == "compound"]
    nouns = [thing] + (compounds if thing.lemma_.lower() in aged_thing_heads() else [])  # not "a strike veteran"
    if thing.pos_ == "VERB" or (thing.dep_ == "ROOT" and thing.tag_ == "NNS"):
        # "the 50-year-old struggled to breathe", "the 27-year-old struggles with debt" (a verb the parser
        # takes for a plural noun heading the sentence): a person's age before a verb of that noun's form
        return False
    return thing.i > unit.i + 2 and any(n.lemma_.lower() in aged_thing_nouns() for n in nouns)


def verb_last(token: Token) -> bool:
    """'could last months', 'to last weeks': "last" between a modal (or an infinitive's "to") and a plural
    unit that ends its phrase is the verb of length ("linked to last month's raids", "next to last weeks
    sales" name a time)."""
    doc, i = token.doc, token.i
    if token.lower_ != "last" or i == 0 or i + 1 >= len(doc):
        return False
    opener, unit = doc[i - 1], doc[i + 1]
    if opener.lower_ not in VERB_OPENERS:  # the parser's tag of "to" is no help: it reads "last" as an adjective
        return False
    plural_unit = _plural_time_unit(unit)
    noun_after = i + 2 < len(doc) and doc[i + 2].pos_ in ("NOUN", "PROPN")
    return plural_unit and not noun_after


def _before_month_day(token: Token) -> bool:
    """Capitalised before a month name and a day number, in either order and maybe after a
    comma: "Tue Jun 2, 2015", "Fri, 9 Oct 2014"."""
    doc, k = token.doc, token.i + 1
    if k < len(doc) and doc[k].text == ",":
        k += 1
    if not token.text[0].isupper() or k + 1 >= len(doc) or (token.i > 0 and doc[token.i - 1].lower_ == "the"):
        return False  # "The Sun, 5 May 2011": the newspaper
    first, second = doc[k], doc[k + 1]
    if first.text[:1].isdecimal():
        first, second = second, first
    month = word_class(first.lower_.rstrip(".")) == "MONTH"
    return month and second.text[:1].isdecimal()


def _time_word_in_person_name(token: Token) -> bool:
    """A month, season or holiday name with another capitalised word that is no time word in one person's name
    ("Nick Easter"), and no day or year after it."""
    if token.ent_type_ != "PERSON" or _before_digit(token):
        return False
    doc = token.doc
    neighbours = [doc[token.i - 1]] if token.ent_iob_ == "I" else []
    if token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I":
        neighbours.append(doc[token.i + 1])
    return any(_name_word(n) for n in neighbours)


def _month_as_surname(token: Token) -> bool:
    """A capitalised month word that stands for a person whose surname it is ("Theresa May"): read by
    where it stands (_surname_of_named_person) or by how it acts (_month_as_story_surname)."""
    return _surname_of_named_person(token) or _month_as_story_surname(token)


def _month_as_story_surname(token: Token) -> bool:
    """A bare capitalised month name that the story gives as a surname ("Theresa May") and that stands
    here as a person does: the subject, an owner ("May's cabinet"), beside another person or a name the
    recogniser reads as a person; not after a preposition or a time word ("in May", "early May") nor
    beside another month ("April and May") nor before a number ("May 3")."""
    if not token.text[0].isupper() or _before_digit(token) or not _surname_in_story(token):
        return False
    prev = token.doc[token.i - 1] if token.i > 0 else None
    time_word_before = prev is not None and prev.tag_ != "CC" and prev.lower_ in lexicon()
    if time_word_before or (prev is not None and prev.tag_ in ("IN", "TO", "DT", "JJ", "CD")):
        return False
    if _beside_month(token):
        return False
    owner = token.i + 1 < len(token.doc) and token.doc[token.i + 1].tag_ == "POS"
    beside_person = token.dep_ == "conj" and token.head.ent_type_ == "PERSON"  # "Corbyn and May clashed"
    return owner or beside_person or token.ent_type_ == "PERSON" or token.dep_ in ("nsubj", "nsubjpass", "aux")


def _beside_month(token: Token) -> bool:
    """Whether a conjunct of the word, or its head, is a month: "April and May", "May, June and July"."""
    return any(word_class(t.lower_) == "MONTH" for t in (*token.conjuncts, token.head) if t != token)


def _surname_in_story(token: Token) -> bool:
    """Whether the document (this token too) names a person with this word last after a first name or a
    title: "Theresa May", "Prime Minister May"."""
    return token.lower_ in _story_surnames(token.doc)


@functools.lru_cache(maxsize=4)
def _story_surnames(doc: Doc) -> frozenset[str]:
    """The words (lower case) a document uses as the last word of a person after a first name or a title, found
    in one pass per document (asking each candidate month word walked the whole document)."""
    names = set()
    for other in doc:
        if other.i == 0 or other.ent_type_ != "PERSON":
            continue
        first = doc[other.i - 1]
        if _name_word(first) and (first.tag_ == "NNP" or first.ent_type_ == "PERSON"):
            names.add(other.lower_)
    return frozenset(names)


def _surname_of_named_person(token: Token) -> bool:
    """A capitalised month word alone that is the last word of a person the document names in full:
    "Theresa May" makes "a meeting with May", "May said" the person. Not next to a number, nor after a word of
    time or a preposition that takes a month ("in May", "early May", "from March to May", "the end of May")
    unless it is the subject of a verb ("since May took office")."""
    if not token.is_title or _before_digit(token) or (token.ent_type_ == "PERSON" and token.ent_iob_ == "I"):
        return False
    if _beside_month(token):
        return False  # "May and June were wet": the month
    prev = token.doc[token.i - 1] if token.i > 0 else None
    if prev is not None and prev.lower_ in MONTH_PREPOSITIONS:
        if _addressed_person(token, prev):
            return _named_in_full(token)  # "a letter to May", "called on May to act": the person
        return token.dep_.startswith("nsubj") and _named_in_full(token)  # "since May took office": the person
    if prev is not None and (prev.text[:1].isdecimal() or classify(prev) is not None):
        return False  # "3 May", "early May", "last May"
    return _named_in_full(token)


def addressing_words() -> frozenset[str]:
    """Lemmas that take the person addressed after "to" or who addresses after "from" (addressing_words.txt)."""
    return word_set("times/addressing_words.txt")


def _addressed_person(token: Token, preposition: Token) -> bool:
    """A bare month word after "on", or after "to" or "from" that a word of addressing governs: "the
    pressure on May", "wrote a letter to May", "a letter from May". A month takes "on" only with a day ("on
    May 3", "on May the 3rd"), and "from" opens a range ("from May to July")."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if after is not None and (after.lower_ == "the" or after.text[:1].isdecimal()):
        return False
    range_end = after is not None and after.lower_ in RANGE_LINKS
    if preposition.lower_ == "from" and range_end:
        return False
    return preposition.lower_ == "on" or (
        preposition.lower_ in ("to", "from") and preposition.head.lemma_.lower() in addressing_words())


def _named_in_full(token: Token) -> bool:
    """Whether the document names a person in full whose last word is this one ("Theresa May")."""
    i = token.i
    return any(ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].lower_ == token.lower_
               and not ent.start <= i < ent.end for ent in token.doc.ents)


def _name_word(token: Token) -> bool:
    """A capitalised word that is no time word: a word of a name ("Island", "Velvet", "Ellis")."""
    return token.is_title and token.lower_ not in lexicon()


def _before_name_word(token: Token) -> bool:
    """Before a capitalised word that is no time word: the next word of a name."""
    k = token.i + 1
    if k >= len(token.doc) or not _name_word(token.doc[k]):
        return False
    # one name with it: "Christmas Island" (one entity), "the Easter Rising" (a compound); not
    # "By Thanksgiving Congress will act", where the recogniser reads the holiday as a date
    if token.ent_type_ == "DATE":
        return False
    return token.doc[k].ent_iob_ == "I" or (token.dep_ == "compound" and token.head == token.doc[k])


def holiday_object_nouns() -> frozenset[str]:
    """Things named after a holiday: "Christmas tree", "Easter eggs" (holiday_object_nouns.txt)."""
    return word_set("times/holiday_object_nouns.txt")


def _holiday_names_object(token: Token) -> bool:
    """Whether a holiday's name opens the name of a thing: "a Christmas tree", "Halloween costumes"."""
    return _next_word_in(token, holiday_object_nouns())


def _bare_abbreviation_month(token: Token) -> bool:
    """'Jun 9, 2020', 'Posted Fri Mar 9': a bare month abbreviation is a month only capitalised,
    before a day or year, or after a day ("the 13th of Feb"), and not read as a verb."""
    return token.text[0].isupper() and token.pos_ != "VERB" and (
        _before_digit(token) or _after_day_number(token) or _after_ordinal_day_of(token))


def _after_ordinal_day_of(token: Token) -> bool:
    """"on the 13th of Feb": an ordinal day in digits and "of" before the abbreviation, and no word of a name
    after it (not "the 13th of Jan Peters' children"), nor the possessive of a name ("the 3rd of Jan's songs")."""
    doc, k = token.doc, token.i
    if k + 1 < len(doc) and (_name_word(doc[k + 1]) or doc[k + 1].tag_ == "POS"):
        return False
    return k >= 2 and doc[k - 1].lower_ == "of" and _ordinal_day_number(doc[k - 2])


def _ordinal_day_number(token: Token) -> bool:
    """Whether the token is an ordinal day of the month in digits: "3rd", "13th", "31st"."""
    digits = token.lower_[:-2]
    return token.lower_[-2:] in ("st", "nd", "rd", "th") and _day_number_text(digits)


def _after_day_number(token: Token) -> bool:
    """"17 Mar - Blasts hit the capital": a day number of one or two digits before the abbreviation,
    and no word of a name after it (not "Group 4 Jan Peters", "No. 1 Jan Kowalski")."""
    before = token.nbor(-1) if token.i > 0 else None
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if after is not None and _name_word(after):
        return False
    return before is not None and len(before.text) <= 2 and _day_number(before)


def _after_season_shift(token: Token) -> bool:
    """After "last", "next" or "this" that no article opens: "Last fall the plant closed" (a
    parser may read "fall" as a verb there), not "the last fall in prices"."""
    entry = lexicon().get(token.doc[token.i - 1].lower_) if token.i > 0 else None
    if entry is None or entry[0] not in ("LAST", "THIS", "COMING"):
        return False
    if any(c.dep_ in ("aux", "auxpass", "nsubj") for c in token.children):
        return False  # a verb with its own subject or auxiliary: "Would this fall under the rules?"
    return token.i < 2 or token.doc[token.i - 2].tag_ not in ("DT", "PRP$")


def _after_name_word(token: Token) -> bool:
    """After a capitalised name word that is no time word, the name opened by "the", an owner's "'s" or
    the season modifying a noun: "the Velvet Spring", "Ruritania's Velvet Spring", "Velvet Spring
    marches" (not "In Paris Spring arrives late", not "the Paris Spring 2010 show")."""
    doc, k = token.doc, token.i - 1
    if k < 0:
        return False
    prev = doc[k]
    opened = (k >= 1 and (doc[k - 1].lower_ == "the" or doc[k - 1].tag_ == "POS")) or _modifies_noun(token)
    opened = opened or (k >= 2 and _year_after_the(doc[k - 1]))  # "the 1968 Prague spring"
    if not opened or not _name_word(prev) or prev.tag_ not in ("NNP", "NNPS", "JJ"):
        return False
    return _modifies_noun(prev) and not _before_digit(token)


def _year_after_the(token: Token) -> bool:
    """A four-digit year between "the" (or an owner's "'s") and a name: "the 1968 Prague spring"."""
    before = token.doc[token.i - 1]
    return len(token.text) == 4 and token.text.isdecimal() and (before.lower_ == "the" or before.tag_ == "POS")


def season_event_openers() -> frozenset[str]:
    """Words that open a name of events with a season: "Arab" in "the Arab spring" (season_event_openers.txt)."""
    return word_set("times/season_event_openers.txt")


def _season_event_name(token: Token) -> bool:
    """'the Arab spring', 'the Prague spring of 1968': a season, capitalised or not, after a capitalised word
    that opens a name of events, the name opened as _after_name_word asks ('in Prague spring comes late'
    is a season); or, both words capitalised inside the sentence and the opener modifying the season, the name
    without "the" ("a movement known as Damascus Spring"; not "Prague Spring 2011 brought new music"). "In Damascus
    Spring arrives early" is read as a name too: the parser joins the two words."""
    prev = token.doc[token.i - 1] if token.i > 0 else None
    if prev is None or prev.lower_ not in season_event_openers():
        return False
    if prev.head == token and capitalised_inside_sentence(token) and capitalised_inside_sentence(prev) \
            and not _before_digit(token):
        return True
    return _after_name_word(token)


def _weekday_in_name(token: Token) -> bool:
    """'the Sunday Times', 'the Saturday Night Show': a weekday between "the" and a capitalised run
    that is no time word opens a name when the run holds a masthead word, goes on a name opened by
    a time word, or is a whole organisation's or work's name (not 'the Tuesday deadline', 'the Sunday
    Mass', 'the Monday Senate vote', 'the Thursday July 28 meeting')."""
    doc, k = token.doc, token.i + 1
    if token.i == 0 or not _after_the_or_owner(token) or k >= len(doc) or not doc[k].is_title:
        return False
    following = classify(doc[k])
    if following is not None and following.cls != "FREQ":  # "Times" counts occasions elsewhere
        return False
    end = k
    while end < len(doc) and doc[end].is_title and doc[end].tag_ in ("NNP", "NNPS"):
        end += 1
    run = doc[k:end]
    if any(word.lower_ in masthead_words() for word in run):
        return True
    if word_class(doc[k].lower_) in NAME_OPENERS:
        return True  # "the Friday Night Show": the time word after the weekday opens the name
    heads_phrase = end >= len(doc) or doc[end].tag_ not in ("NN", "NNS")
    return bool(run) and heads_phrase and all(word.ent_type_ in ("ORG", "WORK_OF_ART") for word in run)


def weekday_paper_words() -> frozenset[str]:
    """Words that make a capitalised weekday before them a newspaper's name: "Sunday Times"."""
    return word_set("times/weekday_paper_words.txt")


def _weekday_before_paper_word(token: Token) -> bool:
    """'Sunday Times reporter Jane Roe', 'a Sunday Telegraph poll': a capitalised weekday just before a
    capitalised word of a paper's name (weekday_paper_words.txt) names the paper, with or without "the"."""
    doc, k = token.doc, token.i + 1
    if k >= len(doc) or not token.is_title or not doc[k].is_title:
        return False
    if k + 1 < len(doc) and doc[k + 1].text in ("-", "–"):
        return False  # "Sunday Post-election talks": a prefix of the next word, no paper
    if _opens_other_name(doc[k]):
        return False  # "on Sunday Times Square", "Monday Post Office workers": another name
    return doc[k].lower_ in weekday_paper_words()


def _opens_other_name(word: Token) -> bool:
    """Whether a paper word opens a name of its own that goes on after it, without the weekday before it:
    "Times Square", "Post Office" (not "Herald Tribune", nor "Sunday Times Editor John Roe")."""
    doc, k = word.doc, word.i + 1
    if k >= len(doc) or word.ent_iob_ != "B" or doc[k].ent_iob_ != "I":
        return False
    return doc[k].lower_ not in weekday_paper_words()


def _after_the_or_owner(token: Token) -> bool:
    """After "the" or an owner's "'s": "the Sunday Times", "Britain's Sunday Times"."""
    prev = token.doc[token.i - 1]
    return prev.lower_ == "the" or (prev.tag_ == "POS" and prev.lower_ in ("'s", "’s"))


def _modifies_noun(token: Token) -> bool:
    return token.dep_ in ("compound", "amod", "nmod") and token.head.i > token.i


def current_compound_nouns() -> frozenset[str]:
    """Nouns that make "current" before them a fixed compound: "current affairs", "current account"."""
    return word_set("times/current_compound_nouns.txt")


def _current_heads_noun_phrase(token: Token) -> bool:
    """'carried by the loop current', 'a strong current': "current" with a determiner or a noun of its own
    before it and no noun after it to modify is the noun (of water, of electricity), whatever its tag."""
    if _modifies_noun(token) or token.dep_ in ("amod", "acomp"):
        return False
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if after is not None and (after.text in (",", "-", "–") or after.pos_ in ("NOUN", "PROPN", "ADJ", "NUM")):
        return False  # "the current, confirmed, death toll": a list of adjectives before its noun
    if _joins_next_adjective(token):
        return False  # "both the current and next season", "the current or a previous board"
    return any(c.dep_ in ("det", "compound") and c.i < token.i for c in token.children)


def _joins_next_adjective(token: Token) -> bool:
    """Whether a bare adjective ("current", no adjective of its own) is joined by "and"/"or" to an adjective
    after it, the two sharing a noun further on: "the current and next season" (not "a strong current and
    high winds")."""
    doc, i = token.doc, token.i
    if i + 2 >= len(doc) or doc[i + 1].lower_ not in ("and", "or") or any(c.dep_ == "amod" for c in token.children):
        return False
    after = doc[i + 3] if doc[i + 2].pos_ == "DET" and i + 3 < len(doc) else doc[i + 2]
    return after.pos_ == "ADJ" or after.tag_ == "JJ"


def _current_in_compound(token: Token) -> bool:
    """'the BBC's current affairs show', 'a current-account surplus': "current" right before a noun of
    current_compound_nouns.txt (a hyphen may join them)."""
    doc, k = token.doc, token.i + 1
    if k < len(doc) and doc[k].text in ("-", "–"):
        k += 1
    return k < len(doc) and doc[k].lower_ in current_compound_nouns()


def _names_newspaper(token: Token) -> bool:
    """'the Clarion daily said', 'Freedonia's Star daily', 'Lao Dong (Labour) daily': "daily" (or
    "weekly") as the noun of a newspaper, after its name or as a subject."""
    if token.dep_ in ("nsubj", "nsubjpass"):
        return True
    if any(c.dep_ == "compound" and c.tag_ in ("NNP", "NNPS") for c in token.children):
        return True
    doc, k = token.doc, token.i - 1
    if k < 0 or doc[k].text != ")":
        return False
    while k > 0 and doc[k - 1].tag_ in ("NNP", "NNPS"):
        k -= 1  # the name in the brackets, a translation of the title
    return k >= 2 and doc[k - 1].text == "(" and doc[k - 2].tag_ in ("NNP", "NNPS")


INDEFINITE_DETERMINERS = ("a", "an", "no")  # "an overnight success", "no overnight fix": a kind of thing, no one night


def sudden_change_nouns() -> frozenset[str]:
    """Nouns that "overnight" before them reads as sudden (sudden_change_nouns.txt)."""
    return word_set("times/sudden_change_nouns.txt")


def sudden_overnight_hedges() -> frozenset[str]:
    """Words that make "overnight" after them "suddenly": "virtually overnight" (sudden_overnight_hedges.txt)."""
    return word_set("times/sudden_overnight_hedges.txt")


def sudden_change_verbs() -> frozenset[str]:
    """Verbs of a change of state that a negated "overnight" reads as "suddenly" (sudden_change_verbs.txt)."""
    return word_set("times/sudden_change_verbs.txt")


def negated(verb: Token) -> bool:
    """'could not be reached', 'neither he nor ... could be located', 'nobody should expect'."""
    return any(c.dep_ == "neg" or (c.dep_.startswith("nsubj") and any(
        w.lower_ in ("neither", "nor", "no", "nobody", "none") for w in c.subtree)) for c in verb.children)


OVERNIGHT_VERB_HOPS = 3  # how many heads up from "overnight" its verb is looked for ("change that overnight")
SUDDEN_PAST_VERBS = ("happen", "come")  # told in the past, only these keep "overnight" sudden: "it didn't happen"


def _overnight_in_negated_change(token: Token) -> bool:
    """'change will not happen overnight', 'that won't change the balance overnight', 'we cannot expect the system
    to become like Sweden's overnight', 'nobody should expect any changes to come overnight', 'change will come,
    but not overnight': "overnight" after the verb of a negated change of state (a verb of sudden_change_verbs.txt,
    or the active subject of one of sudden_change_nouns.txt) means "suddenly"; 'police will not patrol overnight',
    'no shelling was reported overnight', 'Overnight, the talks did not end' tell of a night. Told in the past, a
    change is one night's news ('the talks did not end overnight', 'his condition did not change overnight'); only
    "it did not happen overnight", "success did not come overnight" (SUDDEN_PAST_VERBS) keep the idiom."""
    verb = clause_verb(token, OVERNIGHT_VERB_HOPS)
    if verb.pos_ not in ("VERB", "AUX") or verb.i > token.i:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]  # not "no change was reported overnight"
    change_subject = any(s.lemma_.lower() in sudden_change_nouns() for s in subjects)
    governed = verb.dep_ in ("ccomp", "xcomp") and negated(verb.head)  # "cannot expect it to become ..."
    if not (negated(verb) or governed or _after(token, "not")):
        return False
    if told_in_past(verb) and not governed:
        occurs = verb.lemma_.lower() in SUDDEN_PAST_VERBS and not any(c.dep_ == "prt" for c in verb.children)
        return occurs and (change_subject or any(s.pos_ == "PRON" for s in subjects))  # not "the results came in"
    return verb.lemma_.lower() in sudden_change_verbs() or change_subject


def _overnight_as_sudden(token: Token) -> bool:
    """Whether "overnight" means "suddenly": after a hedge ("virtually overnight"), on a negated change ("will not
    happen overnight"), or describing a noun of sudden_change_nouns.txt: "an overnight solution", "no overnight
    fix", an overnight "revolution" (not "an overnight attack", "overnight losses in New York")."""
    if token.i > 0 and token.doc[token.i - 1].lower_ in sudden_overnight_hedges():
        return True
    if _overnight_in_negated_change(token):
        return True
    noun = token.head
    if token.dep_ != "amod" and not (token.dep_ == "compound" and noun.pos_ == "NOUN"):
        return False
    if not any(c.dep_ == "det" and c.lower_ in INDEFINITE_DETERMINERS for c in noun.children):
        return False  # "the overnight results", "overnight changes to the rules": the night the story tells of
    return noun.lemma_.lower() in sudden_change_nouns() or noun.lower_ in sudden_change_nouns()


def _verb_after_modal(token: Token) -> bool:
    """Whether a verb in its bare form or "not" follows the token, which is then the modal "may": "Section 4 May
    apply", "Item 12 May Not Be Sold" (not '4 May "The Gulf ...', a day and its month)."""
    k = token.i + 1
    return k < len(token.doc) and (token.doc[k].tag_ == "VB" or token.doc[k].lower_ in ("not", "n't"))


ANCIENT_YEAR_LIMIT = 1000  # "In 44 BC Caesar was killed": a year this small after "in" is far back in time
# "In 44 BC", "circa 500 BC" (not "about 30 BC ferries")
ERA_OPENERS = TIME_PREPOSITIONS | {"circa", "c.", "between", "from"}


def _era_abbreviation_as_name(token: Token) -> bool:
    """Whether "BC" after a number is the subject of a verb or modifies a word after it, and so names British
    Columbia: "In 2017 BC voted", "the 2010 BC Games", "2000 BC Hydro customers", "500 BC students" (not "in 500
    BC", "by 300 BC the city had grown", nor "In 44 BC Caesar was killed", a small year after a preposition of
    time that the parser joined to the name after it, "Athens in 430 BC suffered"); also "In 2013 BC and Alberta
    signed", joined to a place. After a century only a modifier is the name: "the fifth century BC was an age of
    war" (not "the 20th century BC Hydro dams")."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    finite_verb_after = after is not None and after.tag_ in ("VBD", "VBZ", "VBP", "MD")  # "In 2016 BC adopted"
    subject = token.dep_ in ("nsubj", "nsubjpass") or finite_verb_after or any(_place_joined(c) for c in token.children)
    modifier = token.head.i > token.i and token.dep_ in ("compound", "amod", "nmod")
    before = classify(token.doc[token.i - 1]) if token.i > 0 else None
    if before is not None and before.cls == "UNIT" and before.value == "CE":
        return modifier
    if not (subject or modifier):
        return False
    doc, i = token.doc, token.i
    ancient = i >= 2 and doc[i - 1].text.isdecimal() and int(doc[i - 1].text) < ANCIENT_YEAR_LIMIT  # not "10²"
    return not (ancient and doc[i - 2].lower_ in ERA_OPENERS)


def _place_joined(token: Token) -> bool:
    """A proper noun joined by "and" with no number of its own ("BC and Alberta"; not "100 BC and 100 AD")."""
    return token.dep_ == "conj" and token.pos_ == "PROPN" and not any(c.like_num for c in token.children)


def _season_opens_hyphenated_word(token: Token) -> bool:
    """Whether a season word is joined by a hyphen, without spaces, to a word that names no time: "fall-out",
    "spring-loaded" (not "summer-long", "autumn-winter", "spring-2011")."""
    doc, i = token.doc, token.i
    if token.whitespace_ or i + 2 >= len(doc) or doc[i + 1].text != "-" or doc[i + 1].whitespace_:
        return False
    after = doc[i + 2]
    return after.is_alpha and classify(after) is None


def _fall_as_drop(token: Token) -> bool:
    """'a sharp fall in prices', 'the fall of the regime', 'the city's fall to the army': the
    noun "fall" as a drop or a defeat, not the season ('the fall of 1998', 'early fall', 'last fall'); 'the fall
    out of (from) the spill' is the fallout, written apart (not 'moved in the fall out of necessity', where a
    preposition of time takes the season, nor 'this fall out of the blue', where a time word before it does)."""
    doc, i = token.doc, token.i
    if (i + 2 < len(doc) and doc[i + 1].lower_ == "out" and doc[i + 2].lower_ in ("of", "from")
            and not _object_of_time_preposition(token)):
        before = classify(doc[i - 1]) if i > 0 else None
        if before is None or before.cls == "THE":
            return True
    for child in token.children:
        if child.dep_ == "poss" or (child.dep_ == "det" and child.lower_ in ("a", "an")):
            return True
        if child.dep_ == "amod" and classify(child) is None:
            return True
        if child.dep_ == "compound" and _names_no_time(child) and not child.like_num and token.dep_ != "compound":
            return True  # "the house price fall", "a stock market fall": the drop of a thing (not "college fall term")
        if child.dep_ == "prep" and child.lower_ in ("of", "to", "from", "in"):
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if child.lower_ == "in" and _object_of_time_preposition(token) and _season_place(token, objects):
                continue  # "in the fall in Boston": the place of the season, not "since the fall in prices"
            if objects and all(_names_no_time(o) for o in objects):
                return True
    return _fall_as_verb_of_drop(token) or _fall_joined_to_event(token)


def _fall_as_verb_of_drop(token: Token) -> bool:
    """'saw its stock fall by 15 percent' (read as the noun "stock fall"): "fall" with a subject, or with
    "by" and an amount, is a drop whatever tag the parser gave it; a season has neither."""
    for child in token.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return True
        if child.dep_ == "prep" and child.lower_ == "by" and any(
                o.dep_ == "pobj" and _is_amount(o) for o in child.children):
            return True
    return False


def _fall_joined_to_event(token: Token) -> bool:
    """'the rise and fall of Enron': "fall" joined by "and"/"or" to a noun that names no time, with its own
    "of" and a thing after it, is the downfall (the parser hangs the "of" on the first noun); a season
    joins only other times ("the spring and fall of 2010")."""
    doc, i = token.doc, token.i
    if token.dep_ != "conj" or token.head.pos_ not in ("NOUN", "PROPN") or not _names_no_time(token.head):
        return False
    if i + 2 >= len(doc) or doc[i + 1].lower_ != "of":
        return False
    # the thing within four words after "of": "of the once mighty Enron"
    thing = next((t for t in doc[i + 2 : i + 6] if t.pos_ in ("NOUN", "PROPN", "PRON")), None)
    return thing is not None and _names_no_time(thing)


def _names_no_time(token: Token) -> bool:
    """Whether a word is no time word: unclassified, or a generic noun the lexicon knows only for "in
    today's world" (class NOWADAYS): "the fall of society", "the fall of a generation" tell a collapse."""
    info = classify(token)
    return info is None or info.cls == "NOWADAYS"


def spring_particles() -> frozenset[str]:
    """Words after the verb "spring" ("the deer spring into the road", "camps spring up")."""
    return word_set("times/spring_particles.txt")


def _spring_as_verb(token: Token) -> bool:
    """'to spring into the sea', 'new camps spring up': "spring" before "into" or "up" is the verb, which
    the parser may read as a noun, when "to" or a plural subject comes before it; not 'every spring up to
    500 birds', 'from spring into autumn'."""
    doc, i = token.doc, token.i
    if i == 0 or i + 1 >= len(doc) or doc[i + 1].lower_ not in spring_particles():
        return False
    before = doc[i - 1]
    return before.lower_ == "to" or before.tag_ in ("NNS", "NNPS") or (before.tag_ == "PRP" and before.lower_ != "it")


def _coming_as_verb(token: Token) -> bool:
    """'the attack, coming weeks after the truce', 'the storm is coming days after the last', 'killings coming days
    after the raid': "coming" before a plural unit and "after" or "before" is the verb after a comma or dash, a form
    of "be" or a noun; else the adjective ('in the coming weeks before the election', 'and coming days after the
    storm will be mild', 'analysts said coming weeks after the vote would be volatile', sentence-first 'Coming
    weeks ...')."""
    doc, i = token.doc, token.i
    if i == 0 or i + 2 >= len(doc) or not _plural_time_unit(doc[i + 1]) or doc[i + 2].lower_ not in ("after", "before"):
        return False
    before = doc[i - 1]
    return before.text in (",", "-", "–", "—") or before.lemma_ == "be" or before.pos_ in ("NOUN", "PROPN")


def _object_of_time_preposition(token: Token) -> bool:
    return token.dep_ == "pobj" and token.head.lower_ in TIME_PREPOSITIONS


def _season_place(fall: Token, objects: list[Token]) -> bool:
    """Whether "the fall in <objects>" names where the season is: any place after "in" or "during"
    ("in the fall in Boston"), but after "before" or "after" only a common noun of place or a region,
    ("after the fall in most states"): "after the fall in <city>" mostly tells the city falling."""
    if fall.head.lower_ in ("before", "after"):
        return bool(objects) and all(o.ent_type_ == "LOC" or o.lemma_.lower() in place_nouns() for o in objects)
    return _all_places(objects)


def _all_places(tokens: list[Token]) -> bool:
    """'Boston', 'most states': places by the recogniser or by place_nouns.txt."""
    return bool(tokens) and all(t.ent_type_ in ("GPE", "LOC", "FAC") or t.lemma_.lower() in place_nouns()
                                for t in tokens)


def _light_years(token: Token) -> bool:
    """'light years away', 'a light-year': a unit after "light" is a distance, no length of time."""
    return token.i > 0 and token.doc[token.i - 1].lower_ in ("light", "light-")


def _new_years_day(token: Token) -> bool:
    """'New Years Day', 'New Years Eve': the holiday written without its apostrophe, capitalised throughout."""
    doc, k = token.doc, token.i
    return k + 2 < len(doc) and doc[k + 1].text == "Years" and doc[k + 2].text in ("Day", "Eve")


def _the_new_year(token: Token) -> bool:
    """'in the new year', 'into the new year': "new" after "the", before a "year" that ends the noun phrase
    (not "the new year's budget", "the new year plan"; not "the Chinese new year", which has no "the" next)."""
    doc, k = token.doc, token.i
    if k == 0 or doc[k - 1].lower_ != "the" or not _before(token, "year"):
        return False
    return k + 2 >= len(doc) or (doc[k + 2].pos_ not in ("NOUN", "PROPN", "PART")
                                 and doc[k + 2].lower_ not in POSSESSIVE_MARKS)


def in_the_new_year(doc: Doc, k: int) -> bool:
    """'in the new year', 'into the new year': a lower-case "new" of _the_new_year (token k) after "in" or "into"
    names the year New Year's Day opens, no holiday (not "after the new year", "ahead of the new year", "the New
    Year")."""
    return (doc[k].lower_ == "new" and doc[k].text[0].islower() and k >= 2 and doc[k - 2].lower_ in ("in", "into")
            and _the_new_year(doc[k]))


def _before_holiday_day(token: Token) -> bool:
    """Before a capitalised "Day", maybe after a possessive: "Memorial Day", "Valentine's Day", "Presidents' Day"."""
    k = token.i + 1
    if k < len(token.doc) and token.doc[k].lower_ in POSSESSIVE_MARKS:
        k += 1
    return k < len(token.doc) and token.doc[k].text == "Day"


def _month_holiday(token: Token) -> str | None:
    """The date of a holiday a capitalised month names before "Day" (lexicon class MONTHDAY): "May Day"."""
    entry = lexicon().get(f"{token.lower_} day")
    if entry is None or entry[0] != "MONTHDAY" or not token.text[0].isupper() or not _before_holiday_day(token):
        return None
    return entry[1]


def _generic_now_or_someday(token: Token) -> bool:
    """'today's youth', 'in today's world': 'today' as nowadays before a generic noun (lexicon
    class NOWADAYS); 'the leaders of tomorrow': 'tomorrow' as the future, completing a noun."""
    head = token.head
    if token.lower_ == "today" and token.dep_ == "poss":
        return word_class(head.lower_) == "NOWADAYS"
    if token.lower_ == "tomorrow" and token.dep_ == "pobj" and head.lower_ == "of":
        return head.head.pos_ in ("NOUN", "PROPN")
    return False


def _anchored_on_event(token: Token) -> bool:
    """'at the time of his death', 'at the time Howes was captured', 'at the time when the war began': the time of
    an event, which TimeML leaves to the event; alone ('at the time') it is an anaphoric date. A clause the parser
    hung on the time is its own only where the time's preposition hangs on a verb with a subject, not one of
    telling ('said at the time he was willing', 'That is why at the time I was troubled': the clause is another's),
    nor a "be" left with no complement ('The bank was at the time the lender the firm relied on': the complement)."""
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
        return True
    if not any(c.dep_ == "relcl" for c in token.children) or token.dep_ != "pobj":
        return False
    verb = token.head.head
    return (verb.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
            and verb.lemma_.lower() not in telling_verbs() and not _bare_copula(verb, token.head))


COPULA_COMPLEMENTS = ("attr", "acomp", "oprd", "prep", "advmod", "ccomp", "xcomp", "dep")


def _bare_copula(verb: Token, own: Token) -> bool:
    """Whether a verb is a "be" with no complement besides the word `own` ("The bank was at the time the lender
    ...": the complement was taken into the clause after "the time"); not "It was the biggest deal at the time",
    "He was at home at the time"."""
    return verb.lemma_ == "be" and not any(c.dep_ in COPULA_COMPLEMENTS for c in verb.children if c != own)


# verbs of reporting (lemmas): "said on Tuesday they would ...", whose date is the saying's (resolve.py)
REPORTING = frozenset({"say", "tell", "report", "announce", "state", "claim", "add", "note", "insist"})


@functools.lru_cache(maxsize=1)
def telling_verbs() -> frozenset[str]:
    """Verbs whose reported clause the parser may hang on "the time" before it: the verbs of reporting and those of
    telling_verbs.txt."""
    return REPORTING | word_set("times/telling_verbs.txt")


def _before_unit(token: Token) -> bool:
    k = token.i + 1
    return k < len(token.doc) and _time_unit(token.doc[k])


def _between_count_and_units(token: Token) -> bool:
    """'long' in 'six long years', 'several hard months': a word after a count (digits, a number
    word, "few" or "several") and before a plural unit of time."""
    doc = token.doc
    if token.i == 0 or token.i + 1 >= len(doc):
        return False
    count, unit = doc[token.i - 1], doc[token.i + 1]
    counted = _names_a_number(count.lower_) or word_class(count.lower_) == "FEW"
    return counted and _plural_time_unit(unit)


def _quarters_as_share(token: Token) -> bool:
    """Whether "quarters" is hyphened to a cardinal number word as a share ("three-quarters of voters",
    "nearly three-quarters said"), not as three quarters of a year ("for three quarters"); a quarter written
    apart ("three quarters of the vote") is _fraction_of_things's."""
    doc, i = token.doc, token.i
    if token.lower_ != "quarters" or i < 2 or doc[i - 1].text != "-":
        return False
    if doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
        return False
    number = classify(doc[i - 2])
    if number is None or number.cls != "NUMWORD":
        return False
    if i + 1 < len(doc) and doc[i + 1].lower_ == "of":
        return True
    if token.dep_ in ("nsubj", "nsubjpass") and _singular_verb_of(token.head) and not _placed_in_time(token):
        return True  # "the other three-quarters has gone": a share agrees as one thing, quarters of a year do not
    # without "of", a count of quarters is told as a length: "for three-quarters in a row", "the past two-quarters"
    return token.dep_ != "pobj" and not any(c.dep_ in ("det", "amod") for c in token.children)


TIME_ORDER_CLASSES = ("LAST", "PAST", "ORDWORD", "FINAL", "LATEST", "RECENT", "COMING")


def _placed_in_time(token: Token) -> bool:
    """Whether a word of the token places it in time, whatever verb agrees with it: "the last three-quarters has
    been tough", "the first three-quarters was strong" (not "the other three-quarters", "the remaining ...")."""
    return any(c.dep_ in ("amod", "det") and (info := classify(c)) is not None and info.cls in TIME_ORDER_CLASSES
               for c in token.children)


def _singular_verb_of(verb: Token) -> bool:
    """Whether a verb is finite in the singular, itself or by its first auxiliary or copula: "has gone",
    "is unclear", "was lost" (not "have gone", "were lost", "rose")."""
    finite = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "cop") and c.i < verb.i] or [verb]
    return finite[0].tag_ == "VBZ" or finite[0].lower_ == "was"


def quarters_idiom_words() -> frozenset[str]:
    """Quantifiers that make "in ... quarters" circles of people: "in many quarters" (quarters_idiom_words.txt)."""
    return word_set("times/quarters_idiom_words.txt")


@functools.lru_cache(maxsize=1)
def weekday_show_names() -> tuple[tuple[str, ...], ...]:
    """Programme names that hold a weekday, as word tuples: ("fox", "news", "sunday")."""
    return tuple(tuple(name.split()) for name in word_set("times/weekday_show_names.txt"))


def _weekday_in_show_name(token: Token) -> bool:
    """'appeared on "Fox News Sunday"', 'watched Saturday Night Live': a capitalised weekday
    inside a programme's name (weekday_show_names.txt), every word of it capitalised."""
    doc = token.doc
    for name in weekday_show_names():
        for place, word in enumerate(name):
            start = token.i - place
            if word != token.lower_ or start < 0 or start + len(name) > len(doc):
                continue
            words = doc[start : start + len(name)]
            if all(t.lower_ == w and t.text[0].isupper() for t, w in zip(words, name)):
                return True
    return False


def school_year_nouns() -> frozenset[str]:
    """Nouns of pupils and classes after a British school year: "a year seven pupil"."""
    return word_set("times/school_year_nouns.txt")


YEAR_SHIFT_CLASSES = ("LAST", "THIS", "EVERY", "THAT", "PAST")  # words that make "year" a year: "last year"


def _school_year_before_pupils(token: Token) -> bool:
    """"a year seven pupil", "five Year 10 students": "year" in any case, a school year number (1-13) and a
    noun of pupils or classes (school_year_nouns.txt) name a class of a British school; a lower-case "year"
    needs the noun, since "last year 11 children" and "for a year 12 pupils waited" count people."""
    doc, k = token.doc, token.i + 1
    if k < len(doc) and doc[k].text == "-":
        k += 1  # "five year-seven pupils"
    if token.lower_ != "year" or k + 1 >= len(doc):
        return False
    if token.i > 0 and word_class(doc[token.i - 1].lower_) in YEAR_SHIFT_CLASSES:
        return False  # "last year 11 children were killed", "every year 13 pupils": a year and a count
    number, noun = doc[k], doc[k + 1]
    if token.i > 0 and doc[token.i - 1].lower_ in ("a", "an") and noun.tag_ == "NNS":
        return False  # "for a year 12 pupils waited": "a year", then a count
    cls, value = lexicon().get(number.lower_, ("", None))
    grade = int(number.text) if number.text.isdecimal() else (value if cls == "NUMWORD" else None)
    return isinstance(grade, int) and 1 <= grade <= 13 and noun.lemma_.lower() in school_year_nouns()


def _quarters_as_circles(token: Token) -> bool:
    """"in many quarters", "from certain quarters": the idiom for groups of people, unless a year
    or the like follows ("in some quarters of 2009")."""
    doc, i = token.doc, token.i
    if token.lower_ != "quarters" or i < 2 or doc[i - 1].lower_ not in quarters_idiom_words():
        return False
    return doc[i - 2].lower_ in ("in", "from", "among") and not _before(token, "of")


def _fraction_of_things(token: Token) -> bool:
    """'a quarter of the herd', 'three quarters of voters': a counted quarter of something
    that is no time (not 'the first quarter of the season', not 'a quarter of a century')."""
    doc, k = token.doc, token.i + 1
    before = token.i - 2 if token.i > 1 and doc[token.i - 1].text == "-" else token.i - 1  # "three-quarters"
    count = lexicon().get(doc[before].lower_, ("", None)) if before >= 0 else ("", None)
    if count[0] not in ("A", "NUMWORD") or k >= len(doc) or doc[k].lower_ != "of":
        return False
    single = str(count[1]) == "1"  # "a quarter of the voters"; "two quarters of growth" may be half a year
    objects = [c for c in doc[k].children if c.dep_ == "pobj"]
    return bool(objects) and all(classify(o) is None and (single or _delimited_things(o)) for o in objects)


def _delimited_things(noun: Token) -> bool:
    """'the vote', 'its oil', 'local voters': a determined or plural noun names things to take a
    part of, and so does a pronoun ('three-quarters of it'); after a count above one, a bare mass noun
    ('two quarters of growth') is what the time is spent on."""
    return noun.tag_ in ("NNS", "NNPS", "PRP") or any(c.dep_ in ("det", "poss") for c in noun.children)


def _before_other_unit(token: Token) -> bool:
    """Before a unit other than its own, maybe after "of a": "quarter century", "quarter of an
    hour" (not hyphenated: in "a quarter-century high" the compound describes the high, as TimeBank
    leaves it untagged)."""
    doc, k = token.doc, token.i + 1
    if k + 1 < len(doc) and doc[k].lower_ == "of" and doc[k + 1].lower_ in ("a", "an"):
        k += 2
    entry = lexicon().get(doc[k].lower_) if k < len(doc) else None
    return entry is not None and entry[0] == "UNIT" and entry[1] != "Q"


def _before_count(token: Token) -> bool:
    """Before a number or an article that counts: "under two hours", "under a year"."""
    k = token.i + 1
    if k >= len(token.doc):
        return False
    nxt = token.doc[k].lower_
    return _names_a_number(nxt) or word_class(nxt) in ("A", "FEW")


def _adds_a_half(token: Token) -> bool:
    """The "and" of "two and a half", "3 and a half", "two-and-a-half", "four and a-half": between a number
    and "a half"."""
    doc, i = token.doc, token.i
    if i > 0 and [doc[k].lower_ for k in range(i + 1, min(i + 4, len(doc)))] == ["a", "-", "half"]:
        return _names_a_number(doc[i - 1].lower_)  # "a-half" split as "a", "-", "half"
    step = 2 if i > 0 and doc[i - 1].text == "-" else 1  # hyphenated: every word after a hyphen
    words = [doc[k].lower_ if 0 <= k < len(doc) else "" for k in range(i - step, i + 2 * step + 1, step)]
    if words[2:] != ["a", "half"] or (step == 2 and [doc[i + 1].text, doc[i + 3].text] != ["-", "-"]):
        return False
    return _names_a_number(words[0])


def _names_a_number(word: str) -> bool:
    """'3', 'seven', 'twenty': a word an amount is written with."""
    return word[:1].isdecimal() or word_class(word) in ("NUMWORD", "TEENCENT")


def _before_digit(token: Token) -> bool:
    k = token.i + 1
    return k < len(token.doc) and token.doc[k].text[:1].isdecimal()


def _after_plural_unit(token: Token) -> bool:
    """Whether the word before the token is a unit in the plural: "days" in "the days following"."""
    return token.i > 0 and _plural_time_unit(token.doc[token.i - 1])


def _after(token: Token, word: str) -> bool:
    return token.i > 0 and token.doc[token.i - 1].lower_ == word


def _pregnancy_age(token: Token) -> bool:
    """Whether a unit right before "pregnant" is the age of a pregnancy, untagged like "52 years old": "she was
    nine months pregnant", "a six-week pregnant woman", "several months pregnant". The unit needs a count (a
    number, or a vague amount of lexicon.yaml's FEW: "several", "a few", "a couple"); and where "pregnant" goes on
    to a noun it modifies, a hyphen or an article must bind the count to it ("a 20 week pregnant woman"), else the
    unit is a time that opens the clause: "for months pregnant women were turned away", "last year pregnant women
    were vaccinated", "for two years pregnant women waited"."""
    doc, i = token.doc, token.i
    if _before(token, "pregnant"):
        adjective, hyphen = i + 1, False
    elif _before(token, "-") and _before(token, "pregnant", 2):
        adjective, hyphen = i + 2, True
    else:
        return False
    k = i - 1
    if k >= 0 and doc[k].lower_ in ("-", "–"):
        hyphen, k = True, k - 1
    if k < 0 or not (doc[k].like_num or word_class(doc[k].lower_) == "FEW"):
        return False
    if adjective + 1 < len(doc) and doc[adjective + 1].pos_ in ("NOUN", "PROPN"):
        return hyphen or (k > 0 and doc[k - 1].lower_ in ("a", "an"))
    return True


def _of_age(token: Token) -> bool:
    """Whether "of age" follows a unit and ends its phrase: "37 years of age", "six months of age or older"; not
    when "age" is a noun's modifier ("five years of age discrimination suits", "20 years of age-old rivalry")."""
    if not (_before(token, "of") and _before(token, "age", 2)):
        return False
    return token.doc[token.i + 2].head.i == token.i + 1 and not _before(token, "-", 3)


_AGED_COUNT_WORDS = frozenset(("between", "and", "or", "to", "-", "–", "under", "over", "about", "around", "from",
                               "year", "years", "month", "months", "week", "weeks"))  # "aged one year and nine months"


def _aged_count(token: Token) -> bool:
    """Whether a unit's count follows "aged" as a person's age: "two boys, aged 18 months", "girls aged 12 to 15
    years", "aged between five and 11 years", "died aged one year and nine months" (TimeML tags no ages, as "52
    years old"); not "aged" as a verb with a subject or an auxiliary ("he aged 10 years in a week", "the whisky
    was aged 12 years"), nor "aged" after a food or drink aged to ripen ("wine aged 10 years", "the rum, aged
    eight years": how long it ripened, aged_goods_nouns.txt)."""
    doc, k = token.doc, token.i - 1
    numbers = 0
    while k >= 0 and token.i - k <= 6 and (doc[k].like_num or doc[k].lower_ in _AGED_COUNT_WORDS):
        numbers += doc[k].like_num
        k -= 1
    if not numbers or k < 0 or doc[k].lower_ != "aged":
        return False
    aged = doc[k]
    if aged.dep_ in ("amod", "acl") and aged.head.lemma_.lower() in aged_goods_nouns():
        return False
    return aged.dep_ != "ROOT" and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in aged.children)


def _before(token: Token, word: str, distance: int = 1) -> bool:
    k = token.i + distance
    return k < len(token.doc) and token.doc[k].lower_ == word


def token_infos(doc: Doc) -> list[TokenInfo | None]:
    return [classify(token) for token in doc]


def _week_named_by_day(start: int, end: int, infos: list) -> bool:
    """'the week beginning 6 September': a day right after "week beginning" names the week it begins ("the
    week" alone is tagged, resolve.py _the_unit), as "the week ending April 26" names the week it ends; not
    "the year end December 31"."""
    after = infos[end] if end < len(infos) else None
    return (after is not None and after.cls in ("MONTH", "DAYNUM")
            and any(i is not None and i.cls == "UNIT" and i.value == "W" for i in infos[start:end]))


def event_follows(doc: Doc, end: int, preposition_ends: bool = False) -> bool:
    """Whether the "before" or "after" that ends a match hangs an event or a clause on it: a word after it that is
    no punctuation or conjunction ("the day before the vote", "the year after the war", "the night before he died";
    not "the night before, ..."); with `preposition_ends` no preposition either (find_matches keeps "the night
    before" whole in "the night before in an attempt to ...")."""
    if end >= len(doc):
        return False
    word = doc[end]
    return not (word.is_punct or word.dep_ == "cc" or (preposition_ends and word.pos_ == "ADP"))


def find_matches(doc: Doc) -> list[Match]:
    """Longest non-overlapping rule matches, in text order."""
    infos = token_infos(doc)
    chars = class_chars()
    string = "".join(chars[i.cls] if i else NO_CLASS for i in infos)
    found = []
    for order, (name, regex) in enumerate(rules()):
        for m in regex.finditer(string):
            end = _clock_cut_at_sentence(doc, regex, string, m.start(), m.end()) if name == "clock" else m.end()
            end = _without_loose_open_bound(doc, m.start(), end, infos)
            if name == "compound_duration":
                end = _counted_down_end(doc, m.start(), end, infos)
            if name == "season":
                end = _without_count_after_season(doc, m.start(), end, infos)
            if name == "holiday":
                end = _without_recurring_weekend(doc, m.start(), end)
            if end > m.start():
                found.append((m.start() - end, order, m.start(), end, name))
    found.sort()
    taken = [False] * len(doc)
    matches = []
    for _, _, start, end, name in found:
        if any(taken[start:end]) or _crosses_sentence(doc, start, end):
            continue
        if _rate_of_amount(doc, start, end, infos) or _hyphenated_rate(doc, start, end, infos):
            continue
        if _last_minute_idiom(doc, start, end) or _end_of_day_idiom(doc, start, end):
            continue
        if _length_names_war(doc, start, end):
            continue
        if _in_time_idiom(doc, start, end):
            continue  # "lived to fight another day", "called it a day": a set phrase, no time
        if _owners_last_unit(doc, start, end, infos):
            taken[start:end] = [True] * (end - start)
            continue  # "her last day on the streets": the owner's final day, not the day before
        if _day_names_group(doc, start, end, infos):
            taken[start:end] = [True] * (end - start)  # no shorter match inside the name: "March" alone
            continue
        if name == "plural_units" and _from_now_on(doc, start, end, infos):
            continue
        if name == "units_past" and not _units_gone_by(doc, start, end):
            continue
        if name == "bare_units" and _one_picked_among(doc, start, end):
            continue
        if name == "last_part" and not _last_part_of_year(infos[start:end]):
            continue
        if name == "length_and_rest" and not _length_read_off_clock(doc, start, end, infos):
            continue
        if name == "edge" and _week_named_by_day(start, end, infos):
            continue
        if name == "week_or_day_of" and not _ranks_week_or_day(infos[start:end]):
            continue
        if name == "year_ago" and not _period_of_named_year(infos[start:end]):
            continue
        if name == "ordinal_unit" and not _part_before_bare_year_of_year(infos[start:end]):
            continue
        if name == "part_of_day" and end - start == 1 and not _bare_part_of_day_opens(doc, start, infos):
            continue  # "Good morning of June 26", "her morning of June 26": "June 26" alone
        if name == "part_of_day_before" and event_follows(doc, end, preposition_ends=True):
            continue  # "the night before the vote": "the night" alone
        if name == "clock" and _twelve_before_clock_word(doc, start, infos) and not taken[start - 1]:
            start -= 1  # "at 12 noon", "twelve midnight": the hour that names the same time stays inside
        if name == "holiday" and in_the_new_year(doc, start) and not taken[start - 1]:
            start -= 1  # "in the new year" names a year, its article inside as in "the year" (not the holiday)
        taken[start:end] = [True] * (end - start)
        start = _without_outer_count(start, end, infos)
        start = _without_compared_amount(doc, start, end, infos)
        start = _without_noun_determiner(doc, start, end, infos)
        start = _without_preposition_over(doc, start, end, infos)
        start = _without_stray_article(doc, start, end, infos)
        start = _without_photo_demonstrative(doc, start, end, infos)
        matches.append(Match(name, start, end, tuple(infos[start:end])))
    matches.sort(key=lambda m: m.start)
    return matches


OWNERS_FINAL_UNITS = ("D", "W", "M")  # the units an owner's "last" ranks as the final one: not "its last quarter"


def _owners_last_unit(doc: Doc, start: int, end: int, infos: list[TokenInfo | None]) -> bool:
    """'her last day on the streets', 'Obama's last day in Brazil', 'his last week in office', 'our last night in
    Paris': "last" and a singular day, week, month, weekend or part of day right after an owner ("her", "its",
    "Obama's") name the owner's final one, no day or week before the publication date (as "his final days" and
    "his last days" are none); not a year or quarter, which an owner's "last" names as the latest one ("the
    company's last quarter", "its last fiscal year"), nor "last" with no owner ("the speech last night", "told her
    last week"), nor a unit that owns a noun ("his last week's claim")."""
    if end - start != 2 or start == 0 or doc[start].lower_ != "last":
        return False
    unit, word = infos[start + 1], doc[start + 1]
    if unit is None or word.tag_ != "NN" or (end < len(doc) and doc[end].tag_ == "POS"):
        return False  # "his last week's claim": last week's claim
    if not (unit.cls in ("PARTOFDAY", "WEEKEND") or (unit.cls == "UNIT" and unit.value in OWNERS_FINAL_UNITS)):
        return False
    before = doc[start - 1]
    if before.tag_ == "POS":  # "Obama's last day": the owner the parser hangs on the unit
        return start > 1 and doc[start - 2].dep_ == "poss" and doc[start - 2].head.i == word.i
    if before.lower_ == "her":  # an object or an owner: "told her last week", "would be her last day"
        # an owner by both tag and parse ("convicted her last week of fraud" is an object the parse made an owner),
        # or the attribute of a copula, which takes no object: an owner misread
        owner = before.dep_ == "poss" and before.tag_ == "PRP$"
        return owner or (before.dep_ == "attr" and before.head.lemma_ == "be")
    return before.tag_ == "PRP$"  # "his", "its", "their": an owner whatever the parse hangs it on


def _bare_part_of_day_opens(doc: Doc, start: int, infos: list[TokenInfo | None]) -> bool:
    """'Morning of June 26, a series of explosions rang out', 'Kyiv, night of March 14', 'the night of March 5 and
    morning of March 6': a part of a day with no article before "of" and a day (patterns.yaml, part_of_day) opens
    its phrase: the sentence starts there, or punctuation, a preposition or a conjunction comes before it; not "Good
    morning of June 26", "her morning of June 26", "one morning of May 26" (a word of the phrase before it)."""
    info = infos[start]
    if info is None or info.cls != "PARTOFDAY":
        return True
    if start == 0 or doc[start].is_sent_start:
        return True
    before = doc[start - 1]
    return before.is_punct or before.tag_ == "IN" or before.pos_ == "CCONJ"


def _units_gone_by(doc: Doc, start: int, end: int) -> bool:
    """'as in years past', 'the heroes of decades past', 'than in years past I have seen': a postposed "past" after
    a bare plural unit that a preposition of past_unit_prepositions.txt governs, with no object after "past" (the
    phrase ends there: a punctuation mark, a conjunction, a verb, a modal or a subject pronoun follows), names
    times gone by; not "for days past the border", "90 days past due", nor "in years past the event sold out" (an
    object or a subject: left as it is)."""
    if start == 0 or doc[start - 1].lower_ not in past_unit_prepositions():
        return False
    if end >= len(doc):
        return True
    word = doc[end]
    return (word.is_punct or word.pos_ == "CCONJ" or word.tag_.startswith("VB") or word.tag_ == "MD"
            or (word.tag_ == "PRP" and "Nom" in word.morph.get("Case")))


def _one_picked_among(doc: Doc, start: int, end: int) -> bool:
    """'one of the bloodiest days of the uprising', 'one of the most violent years of the war': a bare plural unit
    that "one of the" picks a single one from names that one day (year), no vague length of time."""
    if end - start != 1:
        return False
    k = start - 1
    while k >= 0 and doc[k].pos_ in ("ADJ", "ADV"):  # "bloodiest", "most violent"
        k -= 1
    return k >= 2 and [t.lower_ for t in doc[k - 2 : k + 1]] == ["one", "of", "the"]


def _length_read_off_clock(doc: Doc, start: int, end: int, infos: list) -> bool:
    """Whether hours or minutes and a bare number after them make one length, the number counting the next smaller
    unit ("12 minutes 53.11", "two hours 15."): the number is under 60 and ends the phrase (punctuation, a
    conjunction or a preposition after it); not "24 hours 12 people died", "48 hours 10 of them"."""
    if infos[start + 1].value not in ("TH", "TM"):
        return False
    rest = doc[end - 1].text
    if not re.fullmatch(r"\d{1,2}(\.\d+)?", rest) or float(rest) >= 60:
        return False
    return number_closes_phrase(doc, end)


NUMBER_JOINING_MARKS = ("%", "-", "–", "/")  # after a number: a percentage, or a score or range ("3-1", "15/16")


def number_closes_phrase(doc: Doc, end: int, marks: tuple[str, ...] = NUMBER_JOINING_MARKS) -> bool:
    """Whether a number that ends at token `end` closes its phrase, counting or measuring nothing after it: the
    document ends, or punctuation other than `marks` follows, or a conjunction or a preposition other than "of"
    ("two hours 15, a record", "today at 12 in the hall"; not "12 of them", "at 3-1", "at 5 percent")."""
    after = doc[end] if end < len(doc) else None
    return (after is None or (after.is_punct and after.text not in marks)
            or (after.pos_ in ("CCONJ", "ADP") and after.lower_ != "of"))


def _twelve_before_clock_word(doc: Doc, start: int, infos: list) -> bool:
    """Whether "12" or "twelve" stands right before the "noon" or "midnight" that opens a clock match, and counts
    no noun after it as the parse reads it ("12 midnight revellers": the "12" hangs on the noun after)."""
    if start == 0 or infos[start].cls != "CLOCKWORD" or infos[start - 1] is None:
        return False
    twelve = infos[start - 1].cls in ("DAYNUM", "NUMWORD") and infos[start - 1].value == 12
    return twelve and doc[start - 1].head.i <= start


def _without_count_after_season(doc: Doc, start: int, end: int, infos: list) -> int:
    """'in winter, 1962, when ...': a year after a season and a comma ends before punctuation or the sentence;
    in 'by winter, 3000 troops had left' the number counts the noun after it, and after "last" or "this"
    the season has its year already."""
    if end - start < 3 or infos[end - 2].cls != "COMMA":
        return end
    closes = end == len(doc) or doc[end].is_punct or doc[end].sent.start == end
    has_year = any(info.cls in ("LAST", "THIS", "COMING") for info in infos[start : end - 2])
    return end if closes and not has_year else end - 2


def _without_recurring_weekend(doc: Doc, start: int, end: int) -> int:
    """'on Memorial Day weekends', 'Easter weekends are busy': plural weekends after a holiday recur, no one
    weekend next to it; the holiday alone, as before "Sundays" ("on Easter Sundays"), without a "holiday" between
    ("on Memorial Day holiday weekends")."""
    cut = next((k for k in range(start + 1, end) if doc[k].lower_ == "weekends"), end)
    return cut - 1 if cut < end and word_class(doc[cut - 1].lower_) == "HOLIDAYWORD" else cut


def _from_now_on(doc: Doc, start: int, end: int, infos: list) -> bool:
    """'work longer days from now on': "from now on" is the idiom for "henceforth", no shift of the days ahead
    (not "weeks from now", "years from now, we will")."""
    return end - start >= 3 and infos[end - 2].cls == "FROM" and _before(doc[end - 1], "on")


def war_length_names() -> frozenset[str]:
    """Names of wars that hold their length: "thirty years war", "six day war" (war_length_names.txt)."""
    return word_set("times/war_length_names.txt")


def _length_names_war(doc: Doc, start: int, end: int) -> bool:
    """'comparison with the thirty years' war', 'the 1967 six-day war': a length after "the" (a year between)
    that with "war" after it (an apostrophe between) is a war's name (war_length_names.txt), not a span of time;
    not "the seven-year war", nor a length without "the" ("after thirty years' war the land lay in ruins")."""
    k = end + 1 if end < len(doc) and doc[end].text in ("'", "’") else end
    if k >= len(doc) or doc[k].lower_ != "war":
        return False
    first = start + 1 if doc[start].lower_ == "the" else start
    before = first - 1
    while before >= 0 and doc[before].like_num and len(doc[before].text) == 4:  # "the 1967 six-day war"
        before -= 1
    if before < 0 or doc[before].lower_ != "the":
        return False
    words = [t.lower_.strip("'’") for t in doc[first:end] if t.text != "-"]
    return " ".join(w for w in words if w) + " war" in war_length_names()


@functools.lru_cache(maxsize=None)
def time_idioms() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The set phrases of time_idioms.txt, each a tuple of words, filed under each word they hold."""
    by_word: dict[str, list[tuple[str, ...]]] = {}
    for line in data_lines("times/time_idioms.txt"):
        words = tuple(line.split())
        for word in set(words):
            by_word.setdefault(word, []).append(words)
    return {word: tuple(phrases) for word, phrases in by_word.items()}


def _idiom_word(token: Token, word: str) -> bool:
    """Whether a token is a word of a set phrase, as written (a curly apostrophe made straight) or by its lemma."""
    return token.lower_.replace("’", "'") == word or token.lemma_.lower() == word


def _in_time_idiom(doc: Doc, start: int, end: int) -> bool:
    """Whether the match [start, end) lies wholly inside a set phrase of time_idioms.txt that is not followed by a
    noun or "of" nor begins with a verb's object: "lived to fight another day", "called it a day", "here today,
    gone tomorrow" name no time; "called it a day of shame", "will fight another day of battles", "delayed the
    debate for another day" (a delay of a day) do."""
    first = doc[start].lower_
    for phrase in time_idioms().get(first, ()):
        for p, word in enumerate(phrase):
            k = start - p  # where the phrase would begin
            if word != first or k < 0 or k + len(phrase) < end or k + len(phrase) > len(doc):
                continue
            if not all(_idiom_word(doc[k + j], w) for j, w in enumerate(phrase)):
                continue
            after = k + len(phrase)
            if doc[k].dep_ == "dobj" or (after < len(doc) and (doc[after].pos_ in ("NOUN", "PROPN")
                                                               or doc[after].lower_ == "of")):
                continue
            return True
    return False


def date_named_groups() -> frozenset[str]:
    """Nouns of political groups named after a day: "alliance", "movement" (date_named_groups.txt)."""
    return word_set("times/date_named_groups.txt")


def _day_names_group(doc: Doc, start: int, end: int, infos: list) -> bool:
    """'the March 14 alliance', 'the "March 14th" faction', 'the April 6 Youth Movement': a month and a day without
    a year right before a noun of a group named after a day (date_named_groups.txt; one capitalised word and a
    closing quote may stand between) is part of its name, no date; not "the March 14 coalition talks", "the March
    14 rally", a lower-case "movement" before a preposition ("the March 8 movement of troops"), nor a day after a
    preposition of time ("since March 14 coalition troops ...")."""
    if end - start != 2 or {i.cls if i else "" for i in infos[start:end]} not in ({"MONTH", "DAYNUM"},
                                                                                 {"MONTH", "ORDNUM"}):
        return False
    k = end + 1 if end < len(doc) and doc[end].text in ('"', "”", "'", "’") else end
    if k < len(doc) and doc[k].is_title and doc[k].lower_ not in date_named_groups():
        k += 1  # "the April 6 Youth Movement" (one word between: not a headline's "March 14 Crowds Rally As Movement")
    if k >= len(doc) or doc[k].lower_ not in date_named_groups():
        return False
    if doc[k].text == "movement" and k + 1 < len(doc) and doc[k + 1].pos_ == "ADP":
        return False  # "the March 8 movement of troops", "the March 6 movement in prices": a motion on a day
    b = start - 1 if start > 0 and doc[start - 1].text in ('"', "“", "'", "‘") else start
    if b > 0 and (doc[b - 1].lower_ in TIME_PREPOSITIONS or doc[b - 1].lower_ in ("on", "from")):
        return False  # "since March 14 coalition troops ...", "on April 6 movement activists marched": a day
    return k + 1 >= len(doc) or doc[k + 1].pos_ not in ("NOUN", "PROPN")  # "the March 14 coalition talks"


def _last_minute_idiom(doc: Doc, start: int, end: int) -> bool:
    """'changed course at the last minute', 'kept them waiting to the very last minute', 'a last minute deal': the
    idiom for "late", no minute of time; "in the last minute of the match" is one."""
    words = [t.lower_ for t in doc[start:end] if t.lower_ not in IDIOM_FILLERS]
    if words != ["last", "minute"] or (end < len(doc) and doc[end].lower_ == "of"):
        return False
    k = start - 1
    while k >= 0 and doc[k].lower_ in IDIOM_FILLERS:  # "down to the very [last minute]"
        k -= 1
    before = doc[k].lower_ if k >= 0 else ""
    modifies_noun = end < len(doc) and doc[end].pos_ == "NOUN"
    return before in LATE_PREPOSITIONS or modifies_noun


def auxiliaries(verb: Token) -> list[Token]:
    """A verb's auxiliaries, passive ones too: "has been", "to", "will"."""
    return [c for c in verb.children if c.dep_ in ("aux", "auxpass")]


IDIOM_VERB_HOPS = 6  # how many heads up from "the end of the day" the verb of its clause is looked for


def clause_verb(token: Token, hops: int) -> Token:
    """The verb (or auxiliary) a word hangs on, looked for at most hops heads up; else the last head reached (the
    root of the sentence when the climb ends there)."""
    for _ in range(hops):
        if token.pos_ in ("VERB", "AUX") or token.head == token:
            break
        token = token.head
    return token


def _end_of_day_idiom(doc: Doc, start: int, end: int) -> bool:
    """'"At the end of the day it is not going to bring him back"', 'at the end of the day the threat may become
    a bargaining chip': "at the end of the day" put before a clause that is not told in the past is the idiom for
    "in the end"; 'At the end of the day, the crowd had gone home' and 'met at the end of the day' tell a time."""
    words = [t.lower_ for t in doc[start:end]]
    if words[-4:] != ["end", "of", "the", "day"] or (end < len(doc) and doc[end].lower_ == "of"):
        return False
    k = start - 2 if words[0] == "end" else start - 1  # the word before "the end of the day"
    if k < 0 or doc[k].lower_ != "at":
        return False
    verb = clause_verb(doc[start:end].root, IDIOM_VERB_HOPS)
    if verb.i < start:
        return False  # "paid at the end of the day": the verb's time
    return not told_in_past(verb)


def told_in_past(verb: Token) -> bool:
    """Whether a verb is told in the past or the perfect: "ended", "did not end", "was fixed", "has changed"."""
    return verb.tag_ == "VBD" or any(a.tag_ == "VBD" or a.lower_ in ("has", "have", "had") for a in auxiliaries(verb))


def _counted_down_end(doc: Doc, start: int, end: int, infos: list) -> int:
    """'a day and 4 hours', 'one minute 12.5 seconds', '40 days, 6 hours and 5 minutes': amounts of
    ever smaller units, each less than one of the unit before, joined by "and", a comma or nothing
    add up to one length. The end of the longest such run from start (start when fewer than two
    amounts count down). A list stops it: alternatives ('a week or two days'), a repeated or larger
    unit after "and" ('four years, two months and two months': start), an amount of a whole unit
    or more ('one week, 10 days'); so do a range ('between ... and'), a rate ('five days, 8 hours a
    day': the rate's length is left out) and a new clause or phrase ('6 days, and 2 hours later',
    'one year, two months of it')."""
    if start > 0 and doc[start - 1].lower_ in range_openers():
        return start  # "between two hours and 30 minutes": the ends of a range
    parts: list[tuple[str, int]] = []  # (unit, end) of each amount that counts down
    links: set[str] = set()  # classes of the links since the last amount
    last_end = start
    for k in range(start, end):
        cls = infos[k].cls
        if cls == "OR" and doc[k].lower_ != "and":
            break  # "a week or two days": alternatives
        if cls == "A" and k > start and infos[k - 1].cls != "OR":
            if infos[k - 1].cls in LENGTH_UNIT_CLASSES and parts:
                parts.pop()  # "five days, 8 hours a day": "8 hours" is the rate's
                last_end = parts[-1][1] if parts else start
            break  # "24 hours a day", "in a day, a week"
        if cls == "COMMA" and any(info.cls == "A" for info in infos[start:k]):
            break  # "a day, 24 hours": a restatement; commas join counted amounts only
        if cls in ("COMMA", "OR"):
            links.add(cls)
        if cls in LENGTH_UNIT_CLASSES:
            unit = "TS" if cls == "SECOND" else infos[k].value
            if unit not in UNITS_BY_SIZE or (parts and not _counts_down(doc, infos, k, unit, parts[-1][0])):
                if "OR" in links and parts and unit != parts[0][0]:
                    return start  # "four years, two months and two months": a list of lengths
                break
            if parts and _starts_new_phrase(infos, k, links):
                break
            parts.append((unit, k + 1))
            links, last_end = set(), k + 1
    else:
        last_end = end  # all of it, with its "ago"
    return last_end if len(parts) >= 2 else start


def _counts_down(doc: Doc, infos: list, k: int, unit: str, previous: str) -> bool:
    """The amount ending in unit at k is smaller than one of the previous unit: "a day and 4
    hours", not "two years, 18 months" or "a week, 10 days"."""
    if UNITS_BY_SIZE.index(unit) <= UNITS_BY_SIZE.index(previous):
        return False
    return _amount_before(doc, infos, k) * UNIT_DAYS[unit] < UNIT_DAYS[previous]


def _amount_before(doc: Doc, infos: list, k: int) -> float:
    """The largest number of the amount before the unit at k ("an" 1, "twenty-four" 20): enough
    to compare it with a unit."""
    values = []
    j = k - 1
    while j >= 0 and infos[j] is not None and infos[j].cls in AMOUNT_CLASSES:
        if infos[j].cls == "A":
            values.append(1.0)
        elif infos[j].cls in WHOLE_NUMBER_CLASSES:
            values.append(float(str(infos[j].value).replace(",", "")))  # "1,000", "50.1", 12
        j -= 1
    return max(values, default=1.0)


def _starts_new_phrase(infos: list, k: int, links: set[str]) -> bool:
    """After a comma the amount with the unit at k opens a phrase of its own: "6 days, and 2
    hours later" (a new clause), "one year, two months of it" (a part of the first)."""
    after = infos[k + 1].cls if k + 1 < len(infos) and infos[k + 1] is not None else None
    if links == {"COMMA", "OR"} and after in ("LATER", "EARLIER", "AFTER", "BEFORE"):
        return True
    return links == {"COMMA"} and after == "OF"


def _last_part_of_year(infos) -> bool:
    """'the last quarter of this year', 'the final half of 2009', 'the last week of the year': of
    the parts a year has, only its last quarter, half or week is read (the part follows "the
    last"), not 'the last quarter of the century'."""
    part, whole = infos[2], infos[-1]
    year_part = part.cls == "HALF" or (part.cls == "UNIT" and part.value in ("Q", "W"))
    return year_part and (whole.cls != "UNIT" or whole.value == "Y")


def _part_before_bare_year_of_year(infos) -> bool:
    """'loss in first quarter 2002', 'the second half 2009': a year right after a ranked part (no "of") is
    the year of a quarter or half; after another unit it starts something else ('in the first week 2010
    people died'). True for matches with no year right after their part."""
    rank = next((k for k, info in enumerate(infos) if info and info.cls in ("ORDWORD", "ORDNUM", "SECOND")), None)
    if rank is None:
        return True
    k = rank + 1
    if k < len(infos) and infos[k] and infos[k].cls == "HYPHEN":
        k += 1
    if k + 1 >= len(infos) or not infos[k + 1] or infos[k + 1].cls not in ("YEAR", "APOS"):
        return True
    part = infos[k]
    return part.cls == "HALF" or (part.cls == "UNIT" and part.value == "Q")


def _ranks_week_or_day(infos) -> bool:
    """'the last week of June', 'the first day of next year': the part ranked is a week or a day; other
    parts ('the second quarter of next year') are read by their own rules."""
    part, whole = infos[2], infos[-1]
    if whole.cls == "UNIT" and whole.value not in ("M", "Y"):
        return False  # "the last day of next week": no part of a month or year, "next week" stays a date
    return part.cls == "UNIT" and part.value in ("W", "D")


def _period_of_named_year(infos) -> bool:
    """'the same period in 2009', 'the corresponding quarter of 2009': the thing a year names after "of" or "in"
    is a period or a quarter, as in a results report; another unit is a day, week or month of its own ('on the
    same day in 2009'). True for the other year_ago matches, which end in no year."""
    if infos[-1].cls != "YEAR":
        return True
    return infos[2].cls == "PERIOD" or (infos[2].cls == "UNIT" and infos[2].value == "Q")


def compared_amount_words() -> frozenset[str]:
    """Words of an amount that a "more than" after them compares (compared_amount_words.txt)."""
    return word_set("times/compared_amount_words.txt")


def _without_compared_amount(doc: Doc, start: int, end: int, infos: list) -> int:
    """'6 percent less than a year earlier', '$5 billion more than a year ago': "more than" or "less than" right
    after an amount compares that amount with the time's; the time starts after "than"."""
    if start == 0 or end - start < 3 or infos[start] is None or infos[start].cls != "MORE":
        return start
    if infos[start + 1] is None or infos[start + 1].cls != "THAN":
        return start
    if infos[end - 1] is not None and infos[end - 1].cls in ("UNIT", "UNITPL"):
        return start  # "reached $2 billion less than a year after the deal": a bound on a length, no comparison
    before = doc[start - 1]
    money = before.like_num and start >= 2 and doc[start - 2].tag_ == "$"  # "$5 more than a week ago"
    return start + 2 if money or before.lower_ in compared_amount_words() else start


def _without_outer_count(start: int, end: int, infos: list) -> int:
    """'two four-year terms', 'the Ninth Five-Year Plan': a count or an ordinal before a
    hyphenated length counts the things the length describes, not the units."""
    if end - start < 4 or infos[end - 1].cls != "UNIT" or infos[end - 2].cls != "HYPHEN":
        return start
    k = end - 3
    if infos[k].cls not in WHOLE_NUMBER_CLASSES:
        return start
    while k - 2 >= start and infos[k - 1].cls == "HYPHEN" and infos[k - 2].cls in WHOLE_NUMBER_CLASSES:
        k -= 2  # "twenty-four-hour"
    if k > start and infos[k - 1].cls in WHOLE_NUMBER_CLASSES + ORDINAL_CLASSES:
        return k
    return start


def _without_noun_determiner(doc: Doc, start: int, end: int, infos: list) -> int:
    """'the third-quarter results', 'the two day rally', 'the Tuesday deadline': the article
    belongs to the noun, not to the modifier ("the future use" keeps it: no time is meant); not an article whose
    noun is inside the match when words part the last word from the noun it modifies ('until the end of the week
    and more schools may follow': "the" of "end", though the parser hung "week" on "schools"; unlike "the end of
    the year bonus")."""
    modifies_next = _modifies_noun(doc[end - 1])
    calendar_word = doc[end - 2].lower_ == "-" or infos[end - 1].cls in ("UNIT", "WEEKDAY", "SEASON")
    own_noun_inside = start < doc[start].head.i < end - 1 and doc[end - 1].head.i > end
    if end - start > 1 and infos[start].cls in ("THE", "A") and modifies_next and calendar_word \
            and not own_noun_inside:
        return start + 1
    return start


def _without_photo_demonstrative(doc: Doc, start: int, end: int, infos: list) -> int:
    """'in this March 3, 2011 file photo', 'this June 5 meeting': "this" before a day of the calendar
    points at the noun the date describes, not at the date, when the date has its own year or stands
    before that noun; 'will sign it this March 3' keeps it."""
    if end - start < 3 or doc[start].lower_ != "this" or infos[start].cls != "THIS":
        return start
    date = [i.cls for i in infos[start + 1 : end]]
    if date[0] not in ("MONTH", "DAYNUM") or "MONTH" not in date or "DAYNUM" not in date:
        return start  # "this coming June 5", "this Monday, March 3" keep their word
    before_noun = end < len(doc) and doc[end].pos_ == "NOUN"
    return start + 1 if "YEAR" in date or before_noun else start


def _without_stray_article(doc: Doc, start: int, end: int, infos: list) -> int:
    """'gone for a twelve days': an article before a plain count of plural units belongs to no
    number (unlike 'a hundred years', 'a dozen days'), so it stays outside."""
    if end - start < 3 or doc[start].lower_ not in ("a", "an") or infos[end - 1].cls != "UNITPL":
        return start  # "another two years" keeps its word, like "a further 30 days"
    if infos[start + 1].cls not in WHOLE_NUMBER_CLASSES or doc[start + 1].lower_ in MULTIPLIER_WORDS:
        return start
    return start + 1


def _without_loose_open_bound(doc: Doc, start: int, end: int, infos: list) -> int:
    """'until 1994 or later', 'a decade or more': an open bound joined to the time stays inside;
    in 'in October 1984 and later served' the adverb belongs to the next verb and stays out."""
    joined = start <= doc[end - 1].head.i < end
    if end - start > 2 and infos[end - 1].cls in OPEN_BOUNDS and infos[end - 2].cls == "OR" and not joined:
        return end - 2
    return end


def over_particle_verbs() -> frozenset[str]:
    """Verbs whose particle "over" may come right before a time told back: "took over five weeks ago"
    (over_particle_verbs.txt)."""
    return word_set("times/over_particle_verbs.txt")


def _without_preposition_over(doc: Doc, start: int, end: int, infos: list) -> int:
    """'evolved over several years', 'paid into a fund over several years': "over" spans the time like "during"
    and stays outside, unlike the bound of 'lasted over a week'; so does the particle of 'took over five weeks
    ago', whose "ago" leaves no length for "over" to bound (not 'died over five weeks ago'), and an "over" the
    parser took for "more than" after a passive ('will be spent over five years', _over_after_passive) or right
    after an amount ('would spend $500m over 10 years', 'collect 10,000 barrels over 24 hours', _over_after_amount)."""
    first = doc[start]
    if end - start > 2 and infos[start].cls == "OVER" and infos[end - 1].cls == "AGO" and start > 0:
        verb = doc[start - 1]
        if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in over_particle_verbs():
            return start + 1
    if end - start > 1 and infos[start].cls == "OVER" and first.dep_ == "prep":
        if first.head.pos_ in ("NOUN", "PROPN") or (first.head.pos_ == "VERB"
                                                   and first.head.lemma_ not in length_verbs()):
            return start + 1
    if end - start > 1 and infos[start].cls == "OVER" and infos[end - 1].cls != "AGO" \
            and (_over_after_passive(doc, start) or _over_after_amount(doc, start)):
        return start + 1
    return start


def _over_after_amount(doc: Doc, start: int) -> bool:
    """'would spend $500m over 10 years', 'collected 10,000 barrels over 24 hours': "over" right after an amount of
    things that the parser took for "more than" spans the time the amount builds up in ("during"), as the count
    it would bound is the amount before it; not after a word that is no amount ('ruled for over 40 years', 'has
    worked there over ten years')."""
    if doc[start].dep_ != "quantmod" or start == 0:
        return False
    before = doc[start - 1]
    if before.tag_ == "CD":  # "spend 500 over two years" but not "the 1990s over ..."; a bare number counts too
        return not _time_unit(before) and classify(before) is None
    return _is_amount(before) or (start >= 2 and _split_magnitude(doc[start - 2], before))


def _over_after_passive(doc: Doc, start: int) -> bool:
    """'will be spent over five years', 'mud was pumped into the well over three days': right after a passive verb
    or a noun of its phrase, "over" that the parser took for "more than" spans the time like "during" (a passive
    verb has no object for a length to be), unlike 'held for over two years', 'completed in just over two years' (a
    preposition or an adverb before it) or 'has lost over five years of profits' (active), nor the object a passive
    of giving keeps ('he was given over five years to repay': "more than"; giving_verbs.txt)."""
    over = doc[start]
    if over.dep_ != "quantmod" or start == 0 or doc[start - 1].pos_ not in ("VERB", "NOUN", "PROPN", "PRON"):
        return False
    head, child = over, over
    while head.i >= start and head.head.i != head.i:
        head, child = head.head, head
    if head.pos_ == "ADP":
        head, child = head.head, head
    if child.dep_ == "dobj" and head.lemma_ in giving_verbs():
        return False
    return (head.i < start and head.pos_ == "VERB" and head.tag_ == "VBN"
            and any(c.dep_ == "auxpass" for c in head.children))


def _rate_of_amount(doc: Doc, start: int, end: int, infos: list) -> bool:
    """'$5 million a year', 'four flights a week', '20% annually', 'instructions per second': an
    amount per unit of time is a rate, which TimeML leaves unmarked like a speed; in 'twice a week',
    'three times a day' and 'two days a week' the unit counts occasions and stays a SET, as after "every" or
    "each" ('500 trucks each day' recurs)."""
    if end - start == 4 and doc[start + 2].lower_ == "or":
        end -= 2  # "on $2 a day or less", "20 barrels a day or more": the open bound rides on the rate
    per_unit = end - start == 2 and infos[start].cls in ("A", "EVERY") and doc[start].lower_ not in ("every", "each")
    if not (per_unit or (end - start == 1 and infos[start].cls == "SETADV")) or start == 0:
        return False
    if infos[start - 1] is not None and infos[start - 1].cls in ("FREQ", "UNIT", "UNITPL"):
        return False
    if offset_from_event(doc, end) and not _rate_before_event(doc, start, end):
        return False
    return _is_amount(doc[start - 1]) or _rate_of_counted_head(doc, start, end)


def _rate_before_event(doc: Doc, start: int, end: int) -> bool:
    """Whether the unit at start..end, followed by "before"/"after", is still a rate: "per day" never measures an
    offset ('produced 1.6 million barrels per day before the war'); nor does a unit after an average or after
    an amount of a flowing substance ('spewing 2 million gallons of crude a day before the cap', flow_measure_
    nouns.txt), unlike 'freed 30 hostages a day after the raid'."""
    if doc[start].lower_ == "per":
        return True
    amount = doc[start - 1]
    if _is_amount(amount) and _averaged(amount):
        return True
    owner = _owner_over_of(amount)
    # "earlier"/"later" compare dates ("shipped 10,000 gallons a month earlier than planned"): an offset
    return doc[end].lower_ in ("before", "after") and owner.lower_ in flow_measure_nouns() and _is_amount(owner)


def _averaged(amount: Token) -> bool:
    """'an average of 40 a month before the spill', 'sales averaged $2 million a week after the launch': an
    average is counted per unit, so the unit after it is a rate even before "before"/"after"."""
    owner = amount.head if amount.dep_ == "nummod" else amount
    head = owner.head.head if owner.head.lower_ == "of" else owner.head
    return head.i < amount.i and head.lemma_.lower() == "average"


def _hyphenated_rate(doc: Doc, start: int, end: int, infos: list) -> bool:
    """'the $40bn-a-year trade', 'a $20-a-month fee': an amount joined to "a" + unit by hyphens
    is a rate, like '$20 a month'."""
    if end - start != 3 or [i.cls for i in infos[start:end]] != ["A", "HYPHEN", "UNIT"] or start < 2:
        return False
    if infos[start - 1] is None or infos[start - 1].cls != "HYPHEN":
        return False
    amount = doc[start - 2]
    return amount.text[0].isdecimal() or _is_amount(amount)


def offset_from_event(doc: Doc, end: int, ahead: bool = False) -> bool:
    """'freed 30 hostages a day after the raid': the unit measures an offset from an event, no rate. With ahead,
    also 'paying claims a month in advance', 'filed reports a day ahead of the vote' (not after a counted amount:
    "$500 a month in advance" is still paid monthly)."""
    if ahead and end + 1 < len(doc) and doc[end].lower_ == "in" and doc[end + 1].lower_ == "advance":
        return True
    words = ("after", "before", "later", "earlier", "ahead", "beforehand") if ahead else \
        ("after", "before", "later", "earlier")
    return end < len(doc) and doc[end].lower_ in words


def _is_amount(token: Token) -> bool:
    """A number, a percentage, a counted noun ("$40,000", "5%", "3 million tonnes") or a number with a
    magnitude written on ("£2bn", "$30m", "4.5tn"), which the tagger may take for a noun."""
    counted = token.tag_ in ("NNS", "NN") and any(c.dep_ == "nummod" for c in token.children)
    with_magnitude = _WITH_MAGNITUDE.fullmatch(token.lower_) is not None
    return token.tag_ == "CD" or token.text == "%" or counted or with_magnitude


def _rate_of_counted_head(doc: Doc, start: int, end: int) -> bool:
    """'3.2 million tonnes of grain a year', '$40,000 (#25,000) a week', 'barrels of oil
    equivalent per day': the unit follows or hangs on a counted amount further back (over an
    "of" phrase or a parenthesised conversion), so the phrase is a rate too. "each month" stays
    a SET: it reads as recurring occasions ("85% of the revenue each month")."""
    if doc[start].lower_ == "each":
        return False
    before = start - 1
    if doc[before].text == ")":  # skip back over "(#96,000)"
        while before > 0 and doc[before].text != "(":
            before -= 1
        before -= 1
    while before > 0 and doc[before].text in ("(", "'", "’", '"'):  # "1,000 barrels (a day)"
        before -= 1
    if before > 0 and (_closes_dashed_aside(doc, before) or _closes_comma_conversion(doc, before)):
        before -= 1  # "210,000 gallons -- or 5,000 barrels -- a day": the aside's amount
    if before < 0:
        return False
    counted_word = doc[before].tag_ in ("NN", "NNS", "VBZ") and classify(doc[before]) is None
    if before >= 1 and doc[before - 1].tag_ == "CD" and counted_word:
        return True  # "$20m", "120 rounds": the count parsed apart, or the noun tagged a verb
    if before >= 2 and counted_word and _split_magnitude(doc[before - 2], doc[before - 1]):
        return True  # "8m litres a day", "9.5 m litres a day": a number and its magnitude parsed apart
    unit = doc[start] if doc[start].lower_ == "per" else doc[end - 1]
    adverbial = unit.dep_ in ("npadvmod", "prep")  # not "two days of work and a day of rest"
    candidates = [doc[before]] + ([unit.head] if adverbial and unit.head.i < start else [])
    if adverbial and unit.head.i < start and unit.head.pos_ in ("VERB", "AUX"):
        # "only 160,000 litres were spilling a day": the count is the subject of the verb the unit hangs on, or
        # its object ("can remove up to 500,000 barrels of oil from the sea surface a day"); not the subject of a
        # verb that takes a length ("5,000 troops stayed a year", "thousands of residents waited a day":
        # length_verbs.txt), whose object still is ("takes 300 calls from customers a day", "300 tonnes of food
        # are needed a day")
        roles = ("nsubjpass", "dobj") if unit.head.lemma_.lower() in length_verbs() else ("nsubj", "nsubjpass", "dobj")
        candidates += [c for c in unit.head.children if c.dep_ in roles and c.i < start]
    # a counted length of time is no amount: 'two hours of exercise a day' spends the hours at a rate
    return any(_is_amount(owner) and not _time_unit(owner)
               for token in candidates for owner in (token, _owner_over_of(token)))


ASIDE_DASHES = ("--", "—", "–")  # the dashes that set off an aside: "210,000 gallons -- or 5,000 barrels -- a day"


def _closes_dashed_aside(doc: Doc, k: int) -> bool:
    """Whether the dash at k closes an aside that a dash earlier in its sentence opened."""
    return doc[k].text in ASIDE_DASHES and any(t.text in ASIDE_DASHES for t in doc[doc[k].sent.start : k])


def _closes_comma_conversion(doc: Doc, k: int) -> bool:
    """Whether the comma at k closes an amount given another way after ", or" ("5,000 barrels, or 210,000
    gallons, a day"): the amount just before it is counted at the rate."""
    if doc[k].text != "," or k < 4 or not _is_amount(doc[k - 1]) and not _is_amount(doc[k - 2]):
        return False
    return any(doc[j].lower_ == "or" and doc[j - 1].text == "," for j in range(max(1, k - 5), k - 1))


def _split_magnitude(number: Token, magnitude: Token) -> bool:
    """Whether a number and the letters of its magnitude after it make one amount: "8" "m" of "8m", "9.5 m"."""
    return number.like_num and _WITH_MAGNITUDE.fullmatch(number.text + magnitude.lower_) is not None


def _time_unit(token: Token) -> bool:
    """Whether the word is a unit of time in the singular ("day", "hour"; the lexicon's UNIT class)."""
    return word_class(token.lower_) == "UNIT"


def _plural_time_unit(token: Token) -> bool:
    """Whether the word is a unit of time in the plural ("days", "hours"), which the lexicon lists as UNIT too."""
    return _time_unit(token) and token.lower_.endswith("s")


def _owner_over_of(token: Token) -> Token:
    """'oil' in 'barrels of oil': the noun the "of" phrase belongs to."""
    if token.dep_ == "pobj" and token.head.lower_ == "of":
        return token.head.head
    return token


SOON_AFTER_WORDS = ("after", "afterwards", "afterward", "thereafter")  # "soon" before them tells no time of its own
DOTTED_MERIDIANS = ("a.m.", "p.m.")  # after their point the parser may start a sentence that still tells the clock


def _crosses_sentence(doc: Doc, start: int, end: int) -> bool:
    return _sentence_start_inside(doc, start, end) is not None


def _sentence_start_inside(doc: Doc, start: int, end: int) -> int | None:
    """The first token after the start of a match that opens a new sentence (not a zone, month or weekday the
    parser split off a clock or a day), or None."""
    return next((i for i in range(start + 1, end) if doc[i].is_sent_start and not _zone_after_meridian(doc, i)
                 and not _month_after_day_or_weekday(doc, i) and not _zone_after_dotted_clock(doc, i)
                 and not _weekday_after_meridian(doc, i)), None)


def _clock_cut_at_sentence(doc: Doc, regex: re.Pattern, string: str, start: int, end: int) -> int:
    """'seen at 11 p.m. Last night police searched ...': a clock whose day after it ("last night", "yesterday")
    opens the next sentence ends before it, as the rule matches it there; the end unchanged where no sentence
    starts inside."""
    cut = _sentence_start_inside(doc, start, end)
    if cut is None:
        return end
    shorter = regex.match(string, start, cut)
    return shorter.end() if shorter else end


def _month_after_day_or_weekday(doc: Doc, i: int) -> bool:
    """'... the final report. 12 March: the board meets', 'Tue Jun 2, 2015': the parser may
    start a sentence at the month of a timeline entry or a dateline; a month right after a day
    number or a weekday still belongs to it."""
    month = word_class(doc[i].lower_) == "MONTH" and doc[i].is_title
    day = doc[i - 1]
    if not month or day.whitespace_ != " ":
        return False
    weekday = word_class(day.lower_) == "WEEKDAY" and day.is_title
    return weekday or _day_number(day)


def _zone_after_dotted_clock(doc: Doc, i: int) -> bool:
    """'Thursday 17 February 2005 01.49 GMT American soldiers ...': the parser may start a sentence at the
    zone after a 24-hour clock written with a point; the zone still belongs to the clock."""
    zone = word_class(doc[i].lower_) == "TIMEZONE" and doc[i].text.isupper()
    return zone and re.fullmatch(r"\d{1,2}\.\d{2}", doc[i - 1].text) is not None


def _weekday_after_meridian(doc: Doc, i: int) -> bool:
    """'(Updated: 1:38 a.m. Monday, ...)': the parser may start a sentence after the point of "a.m."; a
    capitalised weekday right there, closed by punctuation or a part of the day, is the clock time's day (not
    "... at 9 a.m. Sunday is the busiest day", a new sentence that the weekday opens)."""
    weekday = word_class(doc[i].lower_) == "WEEKDAY" and doc[i].is_title
    if not weekday or doc[i - 1].lower_ not in DOTTED_MERIDIANS:
        return False
    return i + 1 == len(doc) or doc[i + 1].is_punct or word_class(doc[i + 1].lower_) == "PARTOFDAY"


def _zone_after_meridian(doc: Doc, i: int) -> bool:
    """'at 6:12 a.m. CDT': the parser may start a sentence after the point of "a.m."; a time zone
    there still belongs to the clock time."""
    zone = word_class(doc[i].lower_) in ("TIMEZONE", "ZONENAME")
    return zone and doc[i - 1].lower_ in DOTTED_MERIDIANS


# --- the stage ---------------------------------------------------------------------------


def tag_times(doc: Doc, publication_date: dt.date) -> list[TimeExpr]:
    """TIMEX3 expressions of a parsed document, resolved against its publication date."""
    from dateline.times.resolve import Resolver

    if isinstance(publication_date, dt.datetime):
        publication_date = publication_date.date()
    resolver = Resolver(doc, publication_date)
    resolved = [(match, resolver.resolve(match)) for match in find_matches(doc)]
    resolved = resolver.place_clocks([(m, r) for m, r in resolved if r is not None])
    times = []
    for match, (type_, value, mod) in resolved:
        span = doc[match.start : match.end]
        if match.rule in ("year_span", "day_pair"):  # "1997/98", "Feb. 15/16, 2011": each end over its own text
            first, second = next(i.value for i in match.infos if i.cls in ("YEARSPAN", "DAYPAIR"))
            cut = span.text.index("/")
            if match.rule == "year_span":
                values = (f"{first:04d}", f"{second:04d}")
            else:
                values = (value, f"{value[:8]}{second:02d}")  # the second day of the first's month and year
            cut_char = span.start_char + cut
            times.append(TimeExpr(span.text[:cut], span.start_char, cut_char, type_, values[0], mod))
            if match.rule == "day_pair" and not _day_in_month(values[1]):
                continue  # "Feb. 28/29" of 2011: no 29 February that year, the first day alone
            times.append(TimeExpr(span.text[cut + 1 :], cut_char + 1, span.end_char, type_, values[1], mod))
            continue
        text, end = span.text, span.end_char
        if _GLUED_BRACKET.fullmatch(span[-1].text):
            text, end = text[:-1], end - 1  # "(pictured March 8)": the extent stops before the bracket
        times.append(TimeExpr(text, span.start_char, end, type_, value, mod))
    return times
