"""TIMEX3 values of matched expressions, against the publication date and the tense.

Each extent rule of patterns.yaml has a resolver method here with the same name
(``_calendar_date`` for ``calendar_date``...). A resolver reads the classes and values of the
matched tokens and returns ``(type, value, mod)``, or None to drop a match it cannot read.
Underspecified dates ("Friday", "in January", "the third quarter") are placed before or after
the publication date by the tense of the governing verb; news reports the past, so the past is
the default.
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import functools
import re
from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from dateline.resources import data_lines, word_set
from dateline.times.tag import (
    CLOCK_LIST_LINKS,
    FUTURE_AUXILIARIES,
    MODAL_AUXILIARIES,
    NUMBER_JOINING_MARKS,
    CLOSING_QUOTES,
    OPENING_QUOTES,
    POSSESSIVE_MARKS,
    REPORTING,
    UNITS_BY_SIZE,
    UNTIL_WORDS,
    Match,
    TokenInfo,
    auxiliaries,
    before_comma_year,
    capitalised_inside_sentence,
    classify,
    clause_verb,
    counted_object,
    event_follows,
    forward_nouns,
    in_the_new_year,
    incident_nouns,
    length_verbs,
    lexicon,
    market_noun,
    negated,
    number_closes_phrase,
    offset_from_event,
    opening_hours_nouns,
    on_change_word,
    plan_verbs,
    quarter_share,
    scheduled_verbs,
    sentence_start_back,
    verb_last,
    word_class,
    zone_after_bare_digits,
)

Resolved = tuple[str, str, "str | None"]

PAST, FUTURE = "past", "future"
TIME_UNITS = {"TH": "H", "TM": "M", "TS": "S"}
# how to express a fraction of a unit in a smaller one: "2 1/2 years" -> P2Y6M
FRACTION_OF = {"Y": (12, "M"), "M": (30, "D"), "W": (7, "D"), "D": (24, "TH"), "TH": (60, "TM"),
               "TM": (60, "TS"), "Q": (3, "M")}
YEAR_MULTIPLES = {"DE": 10, "CE": 100, "ML": 1000}
SEASON_ORDER = {"WI": 0, "SP": 1, "SU": 2, "FA": 3}
SEASON_MIDDLE_MONTH = {"WI": 1, "SP": 4, "SU": 7, "FA": 10}
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}$")
MONTH_OR_DAY = re.compile(r"\d{4}-\d{2}(-\d{2})?$")  # "2003-03", "2003-06-03"
DAY_PART_VALUE = re.compile(r"(\d{4}-\d{2}-\d{2})T(MO|AF|EV|NI)$")  # "Saturday night": 2010-07-31TNI
ISO_WEEK = re.compile(r"\d{4}-W\d{2}$")
CLOCK_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$")  # a day and a clock time: "2011-05-27T20:00"
NUMBER_CLASSES = ("NUMWORD", "TEENCENT", "DAYNUM", "NUMDIGIT", "FRACTION")
FUTURE_WEIGHT = 1.5  # without a tense, a date ahead counts as this many times farther away than one behind
RECENT_DECADE_YEARS = 30  # "the 1900s" written in 1998 is a century; "the 2000s" written in 2012 a decade
STAMP_WORDS = 6  # how far back from a semicolon the first clock time of a two-zone time stamp may start
NEAR_DAYS, NEAR_MONTHS = 60, 1  # dates this close to publication are of its year, tense or not
HOLIDAY_EVE_DAYS = 7  # a holiday this close ahead, awaited in a past clause ("ahead of"), is still this year's
# from a holiday to the Saturday of the weekend next to it, by the holiday's weekday (Monday 0): a Monday's weekend
# ("Memorial Day weekend") is the one before it, a Thursday's ("Thanksgiving weekend") the one after
HOLIDAY_WEEKEND_SHIFT = (-2, -3, 3, 2, 1, 0, -1)
HOLIDAY_TURN_DAYS = 31  # a holiday this close after the turn of the year, awaited in December, is next year's
DATELINE_LAG_DAYS = 2  # a past day this close after publication is the dateline's time zone, not last year
# how many heads tense_at climbs from a date to its verb: "estimates at the start of the spill in April eroded"
CLAUSE_VERB_HOPS = 8
GOVERNOR_HOPS = 6  # how many heads up from a date Resolver.governor looks for the verb of its clause
# prepositions whose dated thing frames its clause's time: "was elected in the 2001 election and resigned in May"
FRAMING_PREPOSITIONS = {"in", "at", "during", "after", "before", "since", "until", "by", "following"}
STORY_DAY_ACROSS_YEAR_DAYS = 31  # a day with a year of its own this close still dates the clock times after it
SINCE_SPAN_DAYS = 7  # a day after "since" farther back than this opens a span up to now: no day of the clocks after it
QUARTER_MIDDLE = dt.timedelta(days=45)  # from the last day of a quarter back to its middle
WEEK_MIDDLE = dt.timedelta(days=3)  # from the last day of a week back to its middle
CURRENT_WEEK_AHEAD = dt.timedelta(days=6)  # a week ending this close after publication is the current one
FUTURE_WEEK_START_AHEAD = dt.timedelta(days=183)  # a week told as to come may begin up to half a year ahead
WEEK_END_WORDS = ("ended", "ending", "to")  # "the week ending (to) August 16"
WEEK_START_WORDS = ("beginning", "starting")  # "the week beginning (starting) 6 September"
QUARTER_CONTEXT_SENTENCES = 5  # how many sentences back a quarterly report's "quarter" is looked for
NARRATED_DAYS_AHEAD = dt.timedelta(days=45)  # how far after a dated day of an older year a bare day continues it
NARRATED_DAYS_BACK = dt.timedelta(days=14)  # and how far before it ("by March 17 ... On March 12")
NARRATED_SENTENCES = 5  # within how many sentences (its own and the next four) of that dated day
# prepositions that set a thing's date inside it: "began in March", "the killing of protesters in February"
IN_TIME_PREPOSITIONS = ("in", "on", "during")
# prepositions before a planned thing that tell of it gone as well as awaited: "results for the May vote",
# "polls before the May vote"
TWO_WAY_PREPOSITIONS = ("for", "before")
# "will", "shall": the future told from now, not "would", the future of a past
PRESENT_FUTURE_AUXILIARIES = FUTURE_AUXILIARIES - {"would", "'d"}
EARLIEST_BOUND_WORDS = ("as", "soon", "early")  # the words of "as soon as", "as early as"
OTHER_DAY_UNITS = ("day", "night", "week")  # "the other day", "the other night", "the other week": a while back
WEEK_OR_LONGER = (("UNIT", "W"), ("UNIT", "2W"), ("UNIT", "M"), ("UNIT", "Y"))  # "week", "fortnight", "month", "year"
BACK_WORDS = (("LAST", "-1"), ("AGO", "-1"), ("EARLIER", "-1"), ("PAST", "-1"))  # "last", "ago", "earlier", "past"
COMPARED_FROM = ("from", "than", "on", "over", "with")  # "rose in June from (on, over) a year earlier": a comparison
NIGHT_BETWEEN_SPAN = 4  # how far after "between" a night's second day may start: "overnight between 25 and 26 May"
STORY_DAY_WINDOW = dt.timedelta(days=7)  # how far back the day of a story's "morning" or "overnight" may lie
SCHEDULING = word_set("times/scheduling_verbs.txt")  # verbs whose dates lie ahead
# verbs whose "to" infinitive lies ahead: "agreed to buy the line in February"
INTENT = SCHEDULING | word_set("times/intent_verbs.txt")
EXPECTATION_HOPS = 6  # "expectations" -> "of" -> "rise" -> "in" -> "rates" -> "by": the words a "by" may hang through
DEADLINE_PREPS = {"through", "by"} | UNTIL_WORDS  # "has extended the loans through January"
BOUND_PREPS = DEADLINE_PREPS | {"before", "after"}  # a bound set to a refusal: "would not comment before Friday"
UNTIL_MARKS = {"before"} | UNTIL_WORDS  # what opens a clause that ends or follows another's time
PRESENT_BE = {"is", "are", "'s", "'re", "am"}
TARGET_PREPOSITIONS = {"for"} | UNTIL_WORDS  # "the vote called for 9 March": the day a plan aims at
# verbs whose past tense is their present: "stocks hurt the index Friday" is no announcement
RANGE_LINKS = {"to", "and", "or", "through", "-", "–"}  # "Aug. 10 to 15", "Aug. 8-10" (not "May 5 in 12 states")
CLOCK_RANGE_LINKS = RANGE_LINKS | UNTIL_WORDS  # "from 4:30 to 6:30 pm", "4:30 until 6 pm"
MONTH_RANGE_OPENERS = {"from", "between"}  # "from January to May", "between March and June"
MONTH_RANGE_LINKS = CLOCK_RANGE_LINKS - {"or"}  # "January or May" is no range
# what gives a month its year or shifts it, for _month_with_inferred_year: "March 2003", "last March"
DATING_CLASSES = {"YEAR", "ISODATE", "LAST", "COMING", "THIS", "DEICTIC"}
# what fixes a weekday's date by itself, for weekday_ranges_in_order: "Friday, May 3", "last Friday", "this Friday"
DATED_WEEKDAY_CLASSES = DATING_CLASSES | {"MONTH", "ORDNUM"}
# words of a verb's own time that make a present tense set it: "take effect on Monday", "runs until 6 a.m."
DAY_SETTING_CLASSES = ("WEEKDAY", "MONTH", "DEICTIC", "PARTOFDAY", "CLOCKWORD", "AMPM", "OCLOCK")
NIGHT_SMALL_HOURS_END = 6  # a clock of a night before this hour is past midnight: "2 a.m. tonight", "3:00 last night"
LATEST_SMALL_HOURS = 6  # a range that starts this early says "a.m." when it means the morning: "6:30 to 9 pm" is
# an evening; from 7 a range may well run from the morning ("polls are open from 7:00 to 10 pm")
BASE_PREPOSITIONS = {"from", "since"}  # "down 3 cents from Monday": the base a change is measured from
ENTRY_MARKS = {"-", "--", "–", "—", ":"}  # what ends the date opening a timeline entry: "May 4 - Talks open"
SEQUEL_VERBS = word_set("times/sequel_verbs.txt")  # a present that dates the thing before it
CONDITION_MARKS = {"if", "when", "once", "unless"}  # clauses whose present tense tells a time ahead
ASKED_FOR_PREPOSITIONS = ("for", "after", "before")  # "has called for Friday protests", "... after Friday prayers"
AHEAD_AUXILIARIES = FUTURE_AUXILIARIES | MODAL_AUXILIARIES  # "will", "could": a clause that looks ahead
SAME_PAST = {"hurt", "cut", "hit", "set", "put", "quit", "shut", "spread", "cost", "let", "beat", "bid",
             "cast", "split", "burst", "upset", "read", "bet", "broadcast", "forecast", "slit", "thrust"}


# --- calendar arithmetic -------------------------------------------------------------------


def iso_day(d: dt.date) -> str:
    return d.isoformat()


def iso_week(d: dt.date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def add_months(d: dt.date, n: int) -> dt.date:
    months = d.year * 12 + d.month - 1 + n
    return dt.date(months // 12, months % 12 + 1, 1)


def quarter_of(d: dt.date) -> int:
    return (d.month - 1) // 3 + 1


def season_of(d: dt.date) -> str:
    return {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(d.month, "FA")


def weekday_date(dct: dt.date, weekday: int, direction: str, strict: bool = False) -> dt.date:
    """The given ISO weekday nearest to dct in the direction (dct itself unless strict)."""
    if direction == FUTURE:
        ahead = (weekday - dct.isoweekday()) % 7
        return dct + dt.timedelta(days=ahead or (7 if strict else 0))
    back = (dct.isoweekday() - weekday) % 7
    return dct - dt.timedelta(days=back or (7 if strict else 0))


def shifted(anchor: dt.date, unit: str, n: int) -> str | None:
    """The calendar unit containing anchor, moved n units, at that unit's granularity."""
    if unit == "D":
        return iso_day(anchor + dt.timedelta(days=n))
    if unit in ("W", "2W"):  # "a fortnight ago" is two weeks back
        return iso_week(anchor + dt.timedelta(weeks=n * (2 if unit == "2W" else 1)))
    if unit == "M":
        return add_months(anchor, n).strftime("%Y-%m")
    if unit == "Q":
        q = anchor.year * 4 + quarter_of(anchor) - 1 + n
        return f"{q // 4:04d}-Q{q % 4 + 1}"
    if unit == "Y":
        return f"{anchor.year + n:04d}"
    if unit == "DE":
        return f"{anchor.year // 10 + n:03d}"
    if unit == "CE":
        return f"{anchor.year // 100 + n:02d}"
    if unit in TIME_UNITS:
        return iso_day(anchor)
    return None


def shifted_by_amount(anchor: dt.date, unit: str, amount: float) -> str | None:
    """anchor moved by a signed amount of units ("two years ago"), at the unit's granularity."""
    n = int(round(amount))
    if unit in YEAR_MULTIPLES:  # multiply first: "a quarter century ago" is 25 years back
        return f"{anchor.year + int(round(amount * YEAR_MULTIPLES[unit])):04d}"
    if amount != int(amount) and unit in ("Y", "Q", "M", "W"):
        # "a year and a half ago" is 18 months back, in the month it lands on (as "18 months ago")
        whole = int(abs(amount))
        factor, smaller = FRACTION_OF[unit]
        lengths = [(whole, unit), (round((abs(amount) - whole) * factor), smaller)]
        landing = "M" if unit in ("Y", "Q") else unit
        return shifted(moved_date(anchor, lengths, 1 if amount > 0 else -1), landing, 0)
    if unit == "D":
        return iso_day(anchor + dt.timedelta(days=n))
    if unit in TIME_UNITS:
        return iso_day(anchor)
    return shifted(anchor, unit, n)


def duration(amount: float | str, unit: str) -> str:
    """TIMEX3 duration value: (2, 'TH') -> PT2H, ('X', 'D') -> PXD, (2.5, 'Y') -> P2Y6M; a single
    unit keeps its name where TIMEX3 has one (P2Q, P2W), others convert as in compound_duration."""
    if unit == "2W" or unit in YEAR_MULTIPLES:  # counted in years, as "two decades" is P20Y: "decades" is PXY
        factor, unit = AS_PIECE[unit]
        amount = amount if amount == "X" else amount * factor
    if amount == "X":
        return ("PTX" if unit in TIME_UNITS else "PX") + TIME_UNITS.get(unit, unit)
    if not amount or (unit == "Q" and amount == int(amount)):
        return f"P{decimal_text(amount)}{unit}"  # "two quarters" is P2Q, "zero days" P0D
    return compound_duration([(amount, unit)])


def decimal_text(amount: float) -> str:
    """0.042 -> '0.042', 0.0004 -> '0.0004', 23.5 -> '23.5', 2.0 -> '2' (the float's own digits)."""
    return f"{amount:.10f}".rstrip("0").rstrip(".")


# the pieces of a compound length in the order TIMEX3 writes them (from the size order of tag.py),
# and how the other units convert
AS_PIECE = {**{unit: (n, "Y") for unit, n in YEAR_MULTIPLES.items()}, "Q": (3, "M"), "2W": (2, "W")}
DATE_PIECES = tuple(u for u in UNITS_BY_SIZE if u not in AS_PIECE and u not in TIME_UNITS)
TIME_PIECES = tuple(u for u in UNITS_BY_SIZE if u in TIME_UNITS)


def compound_duration(lengths: list[tuple[float, str]]) -> str:
    """TIMEX3 value of lengths that add up: [(1, 'TH'), (13, 'TM')] -> PT1H13M; weeks with other
    units turn into days ([(2, 'W'), (2, 'D')] -> P16D), a fraction into the next smaller unit."""
    pieces: dict[str, float] = {}
    for amount, unit in lengths:
        factor, unit = AS_PIECE.get(unit, (1, unit))
        amount *= factor
        if amount != int(amount) and unit in FRACTION_OF:
            smaller_factor, smaller = FRACTION_OF[unit]
            pieces[smaller] = pieces.get(smaller, 0) + round((amount - int(amount)) * smaller_factor)
            amount = int(amount)
        pieces[unit] = pieces.get(unit, 0) + amount
    if "W" in pieces and len(pieces) > 1:
        pieces["D"] = pieces.get("D", 0) + 7 * pieces.pop("W")
    date_part = "".join(f"{decimal_text(pieces[u])}{u}" for u in DATE_PIECES if pieces.get(u))
    time_part = "".join(f"{decimal_text(pieces[u])}{TIME_UNITS[u]}" for u in TIME_PIECES if pieces.get(u))
    if not date_part and not time_part:  # nothing left after rounding: zero of the smallest unit
        smallest = AS_PIECE.get(lengths[-1][1], (1, lengths[-1][1]))[1]
        return f"PT0{TIME_UNITS[smallest]}" if smallest in TIME_UNITS else f"P0{smallest}"
    return "P" + date_part + ("T" + time_part if time_part else "")


def moved_date(anchor: dt.date, lengths: list[tuple[float, str]], sign: int) -> dt.date:
    """anchor moved by each length (whole units; times of day do not move a date)."""
    date = anchor
    for amount, unit in lengths:
        factor, unit = AS_PIECE.get(unit, (1, unit))
        n = sign * int(round(amount * factor))
        if unit in ("Y", "M"):
            month = add_months(date, n * (12 if unit == "Y" else 1))  # the same day of that month
            date = month.replace(day=min(date.day, calendar.monthrange(month.year, month.month)[1]))
        elif unit in ("W", "D"):
            date += dt.timedelta(days=n * (7 if unit == "W" else 1))
    return date


def moved_by_lengths(anchor: dt.date, lengths: list[tuple[float, str]], sign: int) -> str | None:
    """'two weeks and two days ago': anchor moved by each length, at the granularity of the smallest."""
    return shifted(moved_date(anchor, lengths, sign), lengths[-1][1], 0)


def _digit_range_dash(infos: list[TokenInfo], k: int) -> bool:
    """'12-24 hours', '3-5 days': a dash between two written numbers joins the ends of a range
    (a spelled 'twenty-four' is one number)."""
    digits = ("DAYNUM", "NUMDIGIT")
    return (infos[k].cls == "HYPHEN" and 0 < k < len(infos) - 1
            and infos[k - 1].cls in digits and infos[k + 1].cls in digits)


def _falling_digit_pair(infos: list[TokenInfo]) -> bool:
    """'the 11-8 second favourite', 'a 3-1 second-leg win': two written numbers joined by a dash in falling
    order are odds or a score, no range ('12-24 hours' rises)."""
    for k in range(len(infos)):
        if _digit_range_dash(infos, k):
            low, high = number_value([infos[k - 1]]), number_value([infos[k + 1]])
            if isinstance(low, float) and isinstance(high, float) and low > high:
                return True
    return False


SPELLED_TENS = range(20, 100, 10)  # "twenty" ... "ninety": the tens a units word joins ("twenty-four")
SPELLED_UNITS = range(1, 10)  # "one" ... "nine"
SPELLED_MULTIPLIERS = (100, 1000)  # "hundred", "thousand": "two-hundred" multiplies, no range's end


def _spelled_range_dash(infos: list[TokenInfo], k: int) -> bool:
    """'two-three months', 'ten-twelve days': a dash between two spelled numbers, the second the larger, that
    make no one number (as the tens and units of 'twenty-four' do) joins the ends of a range."""
    if not (infos[k].cls == "HYPHEN" and 0 < k < len(infos) - 1):
        return False
    left, right = infos[k - 1], infos[k + 1]
    if left.cls != "NUMWORD" or right.cls != "NUMWORD":
        return False
    low, high = int(left.value), int(right.value)
    if high in SPELLED_MULTIPLIERS or right.multiplies or high <= low:
        return False  # "two-hundred years": a multiplier, not a range's end
    return not (low in SPELLED_TENS and high in SPELLED_UNITS)


def _spelled_tens_before(infos: list[TokenInfo], k: int) -> int | None:
    """The tens a spelled number before the ordinal at k adds ("twenty" of "the twenty-first century"): 0 when
    none comes before it, None when the number is no tens ("two-first")."""
    j = k - 1 if k > 0 and infos[k - 1].cls == "HYPHEN" else k
    if j == 0 or infos[j - 1].cls != "NUMWORD":
        return 0
    tens = int(infos[j - 1].value)
    return tens if tens in SPELLED_TENS and ordinal_value(infos[k]) in SPELLED_UNITS else None


def number_value(infos: list[TokenInfo]) -> float | str | None:
    """The amount written by number tokens: 'twenty four' -> 24, '5 1/2' -> 5.5, 'a few' -> 'X'."""
    total, current, seen = 0.0, 0.0, False
    for k, info in enumerate(infos):
        if info.cls == "FEW" or info.cls == "SOME":
            return "X" if info.cls == "SOME" or info.value == "X" else int(info.value)
        if info.cls == "A":  # "a minute and a half"; "a few" and "a half" are read by their next word
            if k + 1 < len(infos) and infos[k + 1].cls in ("FEW", "HALF"):
                continue
            current += 1
        if info.cls == "FRACTION":
            num, den = info.value.split("/")
            current += int(num) / int(den)
        elif info.cls == "NUMDIGIT":
            current += float(str(info.value).replace(",", ""))
        elif info.cls in ("NUMWORD", "TEENCENT", "DAYNUM"):
            value = int(info.value)
            if value in SPELLED_MULTIPLIERS or info.multiplies:  # "two hundred", "two dozen"
                current = (current or 1) * value
                if value == 1000:
                    total, current = total + current, 0.0
            else:
                current += value
        elif info.cls == "HALF":
            current += 0.5
        elif info.cls == "A":
            pass
        else:
            continue
        seen = True
    return total + current if seen else None


def spelled_year(values: list[int]) -> int | None:
    """nineteen ninety six -> 1996, two thousand -> 2000."""
    if not values:
        return None
    if values[0] in (18, 19, 20) and len(values) > 1 and values[1] < 100:
        return values[0] * 100 + sum(values[1:])
    if values[:2] == [2, 1000]:
        return 2000 + sum(values[2:])
    return None


def _position(year: int, key: tuple, per_year: int = 12) -> int:
    """A number that orders (year, key) in time: key is (month, day) or one index within a year,
    of which a year holds per_year (12 months, 4 quarters, 2 halves)."""
    if len(key) == 2:
        return dt.date(year, key[0], min(key[1], 28)).toordinal()
    return year * per_year + key[0]


def _distance(position: int, now: int) -> float:
    return (position - now) * FUTURE_WEIGHT if position > now else now - position


def holiday_date(spec: str, year: int) -> dt.date:
    """The date of a holiday in a year from its lexicon entry: "12-25", "fourth Thursday of
    November", "last Monday of May", "Easter", each maybe followed by a shift in days ("+1")."""
    words = spec.split()
    shift = int(words.pop()) if words[-1][0] in "+-" else 0
    if words == ["Easter"]:
        date = easter(year)
    elif len(words) == 1:
        month, day = (int(x) for x in words[0].split("-"))
        date = dt.date(year, month, day)
    else:
        nth, weekday, _, month = (lexicon()[w.lower()][1] for w in words)
        nth = int(nth)
        if nth < 0:  # "last Monday of May": back from the first day of the next month
            date = weekday_date(add_months(dt.date(year, int(month), 1), 1), int(weekday), PAST, strict=True)
        else:
            date = weekday_date(dt.date(year, int(month), 1) - dt.timedelta(days=1), int(weekday), FUTURE, strict=True)
            date += dt.timedelta(weeks=nth - 1)
    return date + dt.timedelta(days=shift)


UNKNOWN_HOLIDAY = "unknown"  # national_holiday: another country's holiday the table does not list
REGIONAL_INDICATOR_A = 0x1F1E6  # the code point of the flag letter "A"; a flag emoji is two such letters


@functools.lru_cache(maxsize=1)
def national_holidays() -> dict[tuple[str, str], str]:
    """(holiday name word, qualifier) -> date spec, from national_holidays.txt: ("independence",
    "ukraine") -> "08-24"."""
    table = {}
    for line in data_lines("times/national_holidays.txt"):
        name, spec, qualifiers = (field.strip() for field in line.split("|"))
        table.update({(name, qualifier): spec for qualifier in qualifiers.split()})
    return table


@functools.lru_cache(maxsize=1)
def shared_holiday_names() -> frozenset[str]:
    """The name words of national_holidays.txt that other countries share with a US holiday: "independence",
    "memorial" (not "Bastille Day", a holiday of its own)."""
    return frozenset(name for name, _ in national_holidays())


def _flag_code(text: str) -> str | None:
    """The ISO country code a flag emoji spells in regional indicator letters: "🇺🇦" -> "UA"."""
    letters = [ord(c) - REGIONAL_INDICATOR_A for c in text]
    if len(letters) != 2 or not all(0 <= k < 26 for k in letters):  # two letters of A-Z
        return None
    return "".join(chr(ord("A") + k) for k in letters)


def _holiday_qualifier(doc: Doc, start: int, end: int) -> tuple[str, bool] | None:
    """The word that says whose holiday [start, end) names, and whether it names a country or nation:
    "Ukraine's Independence Day", "Ukrainian Independence Day", "#Holodomor Memorial Day", "🇺🇦
    Independence Day" (its ISO code), "the Independence Day of India"."""
    if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].ent_type_ in ("GPE", "NORP"):
        return doc[end + 1].lower_, True
    k = start - 1
    if k > 0 and doc[k].lower_ in POSSESSIVE_MARKS:
        k -= 1
    if k < 0:
        return None
    word = doc[k]
    flag = doc[k - 1].text + word.text if k > 0 else word.text  # the tokenizer may split a flag's two letters
    if code := _flag_code(flag) or _flag_code(word.text):
        return code, True
    return word.lower_, word.lower_ in country_words()


@functools.lru_cache(maxsize=1)
def country_words() -> frozenset[str]:
    """Names, aliases and demonyms of countries (lower case, and the last word of a longer name: "korea"),
    from actors/countries.tsv: a city or state ("Boston's Labor Day") is no other country's holiday."""
    words = set()
    for row in csv.DictReader(data_lines("actors/countries.tsv"), delimiter="\t"):  # the first line names the columns
        for word in [row["name"], *(row["aliases"] or "").split("|"), *(row["demonyms"] or "").split("|")]:
            words.update({word.lower(), word.lower().split()[-1]} if word.strip() else set())
    return frozenset(words)


def _country_greeted_on_holiday(doc: Doc, start: int) -> tuple[str, bool] | None:
    """'congratulated Ukraine on Independence Day', 'greeted India on its Independence Day': a country
    named right before "on" (and maybe "its") and the holiday is that country's."""
    k = start - 1
    if k >= 0 and doc[k].lower_ in ("its", "their"):
        k -= 1
    if k < 1 or doc[k].lower_ != "on":
        return None
    country = doc[k - 1]
    if country.lower_ not in country_words() or country.ent_type_ not in ("GPE", "NORP"):
        return None
    if country.dep_ != "dobj" or country.head.lemma_ not in holiday_greeting_verbs():
        return None  # "visited troops in Germany on Independence Day", "flew to France on ...": the home holiday
    return country.lower_, True


def holiday_greeting_verbs() -> frozenset[str]:
    """Verbs that greet a country on its holiday: "congratulated Ukraine on" (holiday_greeting_verbs.txt)."""
    return word_set("times/holiday_greeting_verbs.txt")


def national_holiday(doc: Doc, start: int, end: int) -> str | None:
    """The date spec of another country's or cause's holiday that shares its name with a US holiday:
    "Ukraine's Independence Day" -> "08-24", "Holocaust Memorial Day" -> "01-27"; UNKNOWN_HOLIDAY for
    a country the table does not list ("Israel's Independence Day"); None for the US one or no qualifier."""
    qualifier = _country_greeted_on_holiday(doc, start) or _holiday_qualifier(doc, start, end)
    if qualifier is None:
        return None
    word, is_nation = qualifier
    if word in word_set("times/home_country_words.txt"):
        return None
    shared = shared_holiday_names()
    name = next((t.lower_ for t in doc[start:end] if t.lower_ in shared), None)
    if (spec := national_holidays().get((name, word))) is not None:
        return spec
    return UNKNOWN_HOLIDAY if is_nation and name is not None else None


def easter(year: int) -> dt.date:
    """Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    to_sunday = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * to_sunday) // 451
    month = (h + to_sunday - 7 * m + 114) // 31
    day = (h + to_sunday - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)


def ordinal_value(info: TokenInfo) -> int | None:
    if info.cls == "ORDNUM":
        return int(re.match(r"\d+", str(info.value)).group())
    if info.cls in ("ORDWORD", "SECOND", "DAYNUM"):
        return int(info.value)
    return None


# --- tense ---------------------------------------------------------------------------------


def reporting_verb_before(doc: Doc, start: int) -> Token | None:
    """The reporting verb right before a date ("said on Tuesday they would..."): news dates the saying,
    whatever clause the parser hung the date on."""
    before = start - 1
    if before >= 0 and (doc[before].lower_ == "on" or _in_month_after_reporting_verb(doc, before, start)
                        or _at_weekend_after_reporting_verb(doc, before, start)):
        before -= 1
    if before >= 0 and doc[before].pos_ == "VERB" and doc[before].lemma_ in REPORTING:
        return doc[before]
    return None


def _dates_saying(doc: Doc, start: int) -> bool:
    """Whether the date is a weekday right after a past reporting verb ("said on Friday senior figures would meet ...",
    "announced Monday health workers will ..."): it dates the saying even where the parser made it a modifier of
    the next noun (a month there may name a thing: "said March sales will rise")."""
    reporter = reporting_verb_before(doc, start) if word_class(doc[start].lower_) == "WEEKDAY" else None
    return reporter is not None and reporter.tag_ == "VBD"  # "says Friday talks will resume": the talks' day


def _past_be_to_plan(verb: Token) -> bool:
    """Whether the verb is the infinitive of a past "was to" / "were to" ("the minister was to visit the
    site"), a plan that news tells in the past for a day that may still be ahead."""
    head = verb.head
    # an "attr" makes the infinitive a ranked doer's deed: "it was the biggest crowd to gather on Friday"
    return (head != verb and verb.dep_ == "xcomp" and head.lower_ in ("was", "were")
            and verb.lemma_ not in be_to_idiom_verbs()
            and not any(c.dep_ in ("aux", "auxpass", "neg", "attr") for c in head.children))


def be_to_idiom_verbs() -> frozenset[str]:
    """Verbs whose "was to" is an idiom, no plan: "was to blame"; be_to_idiom_verbs.txt."""
    return word_set("times/be_to_idiom_verbs.txt")


def _infinitive_head(verb: Token) -> Token:
    """The word a "to" infinitive hangs on, through the infinitives it is joined to: "had decided
    to recall staff and to cancel flights on Tuesday" hangs "cancel" on "decided", not on "recall"."""
    first = verb
    while first.dep_ == "conj" and first.head != first and _to_infinitive(first.head):
        first = first.head
    if first == verb and verb.dep_ == "conj" and verb.head != verb:
        # a "to" infinitive joins no finite verb: "has announced moves to unite its efforts and also to hold a
        # meeting on Monday" is a misparse of "to hold" joined to "to unite", the infinitive before it
        partner = next((t for t in reversed(verb.doc[verb.head.i + 1 : verb.i])
                        if _to_infinitive(t) and t.dep_ != "conj" and verb.head in t.ancestors), None)
        if partner is not None:
            return partner.head
    return first.head if first != verb else verb.head


def _object_of_doing(head: Token) -> bool:
    """Whether the word a "to" infinitive hangs on is the object of "do" ("did nothing to stop", "has done little
    to calm", "will do everything to win"): the infinitive tells what the doing was for, at the doing's time."""
    return head.dep_ == "dobj" and head.head != head and head.head.lemma_ == "do" and head.head.pos_ in ("VERB", "AUX")


def _to_infinitive(verb: Token) -> bool:
    """Whether a verb is a bare form with "to": "to hold"."""
    return verb.tag_ == "VB" and any(a.lower_ == "to" for a in auxiliaries(verb))


def prospect_adjectives() -> frozenset[str]:
    """Adjectives whose "to" infinitive lies ahead of the time they are told at (prospect_adjectives.txt)."""
    return word_set("times/prospect_adjectives.txt")


def decision_nouns() -> frozenset[str]:
    """Nouns of a choice made, whose "to" infinitive need not lie ahead (decision_nouns.txt)."""
    return word_set("times/decision_nouns.txt")


def _owned_decision(noun: Token) -> bool:
    """Whether the word is a noun of a choice made that names its maker: "Riyadh's decision", "the agency's
    move" (not "a decision to ...", still to be taken)."""
    return (noun.pos_ == "NOUN" and noun.lemma_.lower() in decision_nouns()
            and any(c.dep_ == "poss" for c in noun.children))


def _quoted_as_saying(reporter: Token) -> bool:
    """Whether the word is the gerund of "quoted as saying", "quotes her as telling": words reported as said."""
    return (reporter.tag_ == "VBG" and reporter.lemma_ in REPORTING and reporter.i > 0
            and reporter.nbor(-1).lower_ == "as")


def _in_month_after_reporting_verb(doc: Doc, before: int, start: int) -> bool:
    """'announced in May it would close the mill': "in" before a month a reporting verb dates (the
    announcing, not the closing)."""
    return doc[before].lower_ == "in" and word_class(doc[start].lower_) == "MONTH"


def _at_weekend_after_reporting_verb(doc: Doc, before: int, start: int) -> bool:
    """'said at the weekend it would keep up the strikes': "at" before a weekend a reporting verb dates (the
    saying, not the striking)."""
    return doc[before].lower_ == "at" and any(word_class(t.lower_) == "WEEKEND" for t in doc[start : start + 2])


def refused_statement_verbs() -> frozenset[str]:
    """Verbs of saying that a "would not" refuses on the day told: "would not comment" (refused_statement_verbs.txt)."""
    return word_set("times/refused_statement_verbs.txt")


def _refused_statement(verb: Token, auxes: list[Token]) -> bool:
    """'would not comment', "wouldn't say", "would not be drawn": a refusal to speak, told in the past
    of the report."""
    refused = negated(verb) or any(c.lower_ == "neither" for c in verb.children)  # "would neither confirm nor deny"
    reported = verb.dep_ == "ccomp"  # "said (hoped) he would not discuss it on Friday": a future in the past
    said = verb.lemma_.lower() in refused_statement_verbs() or _phrasal_lemma(verb) in refused_statement_verbs()
    return any(a.lower_ == "would" for a in auxes) and said and refused and not reported


def _phrasal_lemma(verb: Token) -> str:
    """A verb's lemma with its particle: "rule out" of "would not rule it out"."""
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    return " ".join([verb.lemma_.lower(), *particles])


def _present_perfect(verb: Token, auxes: list[Token]) -> bool:
    return verb.tag_ == "VBN" and any(a.lower_ in ("has", "have", "'s", "'ve") for a in auxes)


def _present(verb: Token, auxes: list[Token]) -> bool:
    """A simple present: 'has', 'runs', 'are'."""
    return verb.tag_ in ("VBZ", "VBP") and not auxes


def _present_passive(verb: Token, auxes: list[Token]) -> bool:
    """Whether the verb is a simple present passive: 'the road is closed (until Friday)', 'flights are grounded'."""
    return verb.tag_ == "VBN" and bool(auxes) and all(a.lower_ in PRESENT_BE for a in auxes)


def _finite_governor(verb: Token, aspect: bool) -> Token:
    """The clause verb a bare gerund hangs on: 'flights would leave ..., the third departing from
    August 6' takes its time from 'would leave'. After a parenthetical reporting verb the gerund goes on the
    clause reported before it ("elections could be held in March, he said, paving the way ..."), unless it
    tells the occasion or act of the saying ("he said, speaking on Friday"; speech_occasion_verbs.txt,
    saying_act_verbs.txt). With aspect (tense_at sets it for a month, season or holiday) the gerund complement
    of a verb of starting, going on or stopping takes that verb's time too ("would begin withdrawing troops in
    September", aspect_verbs.txt); without aspect only under a "will" of that verb's own, not one a past verb
    before it reports ("the jury will resume considering the charge on Monday")."""
    for _ in range(3):
        bare_gerund = verb.tag_ == "VBG" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        if bare_gerund and verb.dep_ == "conj" and verb.head.tag_ == "VBG":
            verb = verb.head  # "heard firing and shelling at 9 a.m.": the time of the first gerund's verb
            continue
        # "heard firing at 9 a.m.", "was seen leaving home at 10 p.m.": the complement of a verb of perceiving too
        perceived = verb.dep_ == "xcomp" and verb_lemma(verb.head) in perception_verbs()
        # "would begin withdrawing troops in September", "stopped selling it in May": the gerund of a verb of
        # starting, going on or stopping (aspect_verbs.txt) takes that verb's time; with aspect False (no month,
        # season or holiday: a weekday, a clock) it keeps its own unless the "will" below holds: the TimeBank gold
        # reads "Saddam said he will begin withdrawing troops ... on Friday" (reported by a past verb) as gone
        perceived = perceived or (aspect and verb.dep_ == "xcomp" and verb_lemma(verb.head) in aspect_verbs())
        # "the jury will resume considering the charge on Monday": under a "will" of its own (not one reported by
        # a past verb before it, nor a "would") the aspect verb gives its time to a weekday or clock too
        perceived = perceived or (verb.dep_ == "xcomp" and verb_lemma(verb.head) in aspect_verbs()
                                  and any(a.lower_ in PRESENT_FUTURE_AUXILIARIES for a in auxiliaries(verb.head))
                                  and not _reported_by_earlier_past_verb(verb.head))
        if not bare_gerund or (verb.dep_ not in ("pcomp", "advcl") and not perceived) or verb.head == verb:
            break
        head = verb.head
        # a verb form used as a preposition is no clause verb: "will take control of the operation, including
        # protecting civilians on Thursday" takes its time from "will take"
        while (head.pos_ not in ("VERB", "AUX") or head.dep_ == "prep") and head.head != head:
            head = head.head
        if head.pos_ not in ("VERB", "AUX") or head.dep_ == "prep":
            break
        # "..., he said, speaking on Friday", "..., he said, citing sales in March": the saying's time
        with_saying = verb.lemma_ in speech_occasion_verbs() or verb.lemma_ in saying_act_verbs()
        verb = head if with_saying else _reported_clause_before(head) or head
    return verb


def forecast_nouns() -> frozenset[str]:
    """Nouns of a forecast whose picture of a bare gerund lies ahead (forecast_nouns.txt)."""
    return word_set("times/forecast_nouns.txt")


def _forecast_picture(verb: Token, start: int, end: int) -> bool:
    """Whether verb is a bare gerund that a verb with a forecast for its subject pictures, as its complement or
    on its object: "the forecast showed the storm reaching Florida on Thursday", "the outlook has rain falling on
    Saturday". The forecast is of what lies ahead of its making, and news tells forecasts made days before:
    the day lies ahead. Not a gerund with an auxiliary ("showed the storm had reached"), nor the picture of a
    photo or video ("the video shows him leaving on Friday": forecast_nouns.txt holds no such nouns), nor one of
    a forecast told in the past perfect or dated a week or more back ("forecasts had shown the storm hitting on
    Sunday", "forecasts last week showed ...": the day lies ahead of that forecast, not of the report)."""
    if verb.tag_ == "VBG" and verb.dep_ == "conj" and verb.head.tag_ == "VBG":
        verb = verb.head  # "shows rain falling on Saturday and clearing on Sunday"
    if verb.tag_ != "VBG" or verb.dep_ not in ("acl", "ccomp", "xcomp", "oprd"):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    head = verb.head
    for _ in range(4):  # up from the object the gerund hangs on ("the first hurricane of the season swinging")
        if head.pos_ in ("VERB", "AUX") or head.head == head or head.dep_.startswith("nsubj"):
            break  # not through the subject: "forecasts showing rain on Saturday proved wrong"
        head = head.head
    if head.pos_ not in ("VERB", "AUX"):
        return False
    forecast = next((c for c in head.children if c.dep_ == "nsubj" and c.lemma_.lower() in forecast_nouns()), None)
    if forecast is None or any(a.lower_ == "had" for a in auxiliaries(head)):
        return False
    # the forecast's own date before the gerund, a week or more back: "forecasts last week showed", "a week ago
    # the forecast showed", "the forecast in June showed" (not "this week", "last night", "two days ago", nor its
    # range: "the forecast for the next five days")
    adverbials = [c for c in head.children if c.dep_ in ("prep", "npadvmod", "advmod") and c.i < verb.i]
    adverbials += [c for c in forecast.children if c.dep_ in ("prep", "npadvmod") and c.lower_ != "for"]
    own_date = [t for c in adverbials for t in c.subtree if not start <= t.i < end]
    if any(word_class(t.lower_) == "MONTH" or t.shape_ == "dddd" for t in own_date):
        return False
    return not (any(lexicon().get(t.lower_, ("",)) in BACK_WORDS for t in own_date)
                and any(lexicon().get(t.lower_, ("",)) in WEEK_OR_LONGER for t in own_date))


def perception_verbs() -> frozenset[str]:
    """Verbs of perceiving whose bare gerund complement takes their time (perception_verbs.txt)."""
    return word_set("times/perception_verbs.txt")


def aspect_verbs() -> frozenset[str]:
    """Verbs of starting, going on or stopping whose bare gerund complement takes their time (aspect_verbs.txt)."""
    return word_set("times/aspect_verbs.txt")


def speech_occasion_verbs() -> frozenset[str]:
    """Verbs whose gerund after "he said," tells where or when it was said (speech_occasion_verbs.txt)."""
    return word_set("times/speech_occasion_verbs.txt")


def saying_act_verbs() -> frozenset[str]:
    """Verbs whose gerund after "he said," tells what the speaker did in saying it, looking back
    (saying_act_verbs.txt)."""
    return word_set("times/saying_act_verbs.txt")


def _reported_clause_before(verb: Token) -> Token | None:
    """The clause a parenthetical reporting verb reports, where that clause comes first: a gerund after
    "elections could be held in March, he said, paving the way for a vote in May" goes on the clause said,
    not on the saying."""
    if verb.lemma_ not in REPORTING:
        return None
    return next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)


def _gerund_after_since(verb: Token) -> bool:
    """A gerund "since" opens: "since taking office in May" tells a time before now, whatever the
    clause it hangs on looks forward to."""
    return verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ == "since"


def _past_clause_after_since(verb: Token) -> bool:
    """A clause that "since" opens with a bare past verb (or one the parser took for a past participle): "have
    died since protests started in March" tells a start before now (a "since" of reason takes a present verb)."""
    return (verb.tag_ in ("VBD", "VBN") and verb.dep_ == "advcl" and not auxiliaries(verb)
            and any(c.dep_ == "mark" and c.lower_ == "since" for c in verb.children))


def _preposition_of_noun(verb: Token) -> bool:
    """A verb form used as a preposition after a noun: "attacks, including one on September 10, were carried out",
    "the talks, following a summit on Friday, produced a deal": the date is the noun's thing's, told by the verb
    of the noun's clause as with any other preposition (not "according to" on a verb: "sales will rise,
    according to a forecast on Tuesday"), nor after a noun of arrangements, whose items are set ahead of their telling
    ("released the schedule, including a vote on Friday", "unveiled its plans, including a launch on Friday")."""
    return (verb.tag_ == "VBG" and verb.dep_ == "prep" and verb.head.pos_ in ("NOUN", "PROPN")
            and verb.head.lemma_.lower() not in arrangement_nouns())


def _participle_clause_after_date(verb: Token, start: int, end: int) -> bool:
    """A bare participle clause after the date that the parser hung the date on, the date standing right after
    the clause verb's words: "will meet Obama on Wednesday prepared to offer concessions" meets on Wednesday (the
    participle, often tagged as a past verb, tells how). A participle before the date keeps it ("will arrive
    Friday, followed on Monday by ..."), and so does one with a subject, an auxiliary or a mark of its own."""
    head = verb.head
    return (verb.dep_ == "advcl" and verb.tag_ in ("VBD", "VBN") and head.pos_ in ("VERB", "AUX")
            and head.i < start and end <= verb.i and not auxiliaries(verb)
            and not any(c.dep_.startswith("nsubj") or c.dep_ == "mark" for c in verb.children))


def _as_planned_participle(verb: Token) -> bool:
    """A bare participle of intent in an "as" clause that the parser hung the date on: "retired from the Coast
    Guard, as scheduled, on June 30", "the plant closed as planned on Monday". The clause ("as [it was] planned")
    has no time of its own; the day is the deed's of the verb it qualifies (not "as he announced on Monday", which
    has a subject, nor "as announced", no verb of intent)."""
    return (verb.tag_ == "VBN" and verb.dep_ == "advcl" and verb_lemma(verb) in INTENT
            and verb.head.pos_ in ("VERB", "AUX") and not auxiliaries(verb)
            and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
            and not any(c.dep_.startswith("nsubj") for c in verb.children))


def _date_closes_as_clause(verb: Token, start: int, end: int) -> bool:
    """Whether the date ends an "as" clause set off by commas: "will take effect, as promised on Monday, next
    year" tells the promise's day, not the deed's (unlike "retired, as scheduled, on June 30")."""
    doc = verb.doc
    mark = next(c for c in verb.children if c.dep_ == "mark" and c.lower_ == "as")
    return (mark.i > 0 and doc[mark.i - 1].lower_ == "," and mark.i < start and end < len(doc)
            and doc[end].lower_ == "," and not any(t.lower_ == "," for t in doc[mark.i:start]))


def _sharing_governor(verb: Token) -> Token:
    """The verb whose auxiliaries a bare conjunct shares: 'will meet the king Friday and return
    Sunday' returns on Sunday as 'will meet' does; 'arrived Friday and left Sunday' has its own tense, and
    so has a conjunct with its own subject ('prices may rise, a paper reported on Tuesday')."""
    while (verb.dep_ == "conj" and (verb.tag_ in ("VB", "VBN", "VBG") or _participle_of_shared_passive(verb))
           and verb.head.pos_ in ("VERB", "AUX")
           and not any(c.dep_ in ("aux", "auxpass") or c.dep_.startswith("nsubj") for c in verb.children)):
        verb = verb.head
    return verb


def _participle_of_shared_passive(verb: Token) -> bool:
    """A conjunct the parser read as a bare past whose head is a passive under "will" or "would": "would be
    deployed by Friday and hooked up over the weekend" shares the head's "would be" (not "must be returned ...
    and set Friday as the deadline", where the parser often hangs a deed of the main clause's subject)."""
    head_auxes = auxiliaries(verb.head)
    return (verb.tag_ == "VBD" and any(a.dep_ == "auxpass" for a in head_auxes)
            and any(a.lower_ in FUTURE_AUXILIARIES for a in head_auxes))


def _present_going_to(verb: Token, auxes: list[Token]) -> bool:
    """'they are going to meet on Easter', "it's going to end by Christmas": a present "going to" looks ahead
    (not a past "was going to", a plan told of in the past)."""
    going = verb.head
    if verb.tag_ != "VB" or not any(a.lower_ == "to" for a in auxes) or going.lower_ != "going":
        return False
    return any(c.dep_ == "aux" and c.lower_ in PRESENT_BE for c in going.children)


def _before_clause_of_future(verb: Token) -> bool:
    """A "before" ("until") clause of a future verb tells a time later still, whatever its own tense:
    "the flood would peak before it reached the town Sunday" (a Sunday ahead); not a "would have"
    ("would have left before the vote began Monday") nor a "would" reported in a year gone by ("In 2009 he
    said he would stay until the club folded in June")."""
    if verb.dep_ != "advcl" or verb.head == verb:
        return False
    if not any(c.dep_ == "mark" and c.lower_ in UNTIL_MARKS and c.i < verb.i for c in verb.children):
        return False
    future = verb.head
    auxes = [c for c in future.children if c.dep_ == "aux"]
    if any(a.lemma_ == "have" for a in auxes):
        return False
    return any(a.lower_ in FUTURE_AUXILIARIES for a in auxes) and not _reported_in_dated_year(future)


def _words_of_adverbials(verb: Token) -> Iterator[Token]:
    """The words of a verb's prepositional and bare noun adverbials, where a date of its own stands: "In 2009 he
    said", "On Friday they said", "He said Monday"."""
    return (t for c in verb.children if c.dep_ in ("prep", "npadvmod") for t in c.subtree)


def _reported_in_dated_year(verb: Token) -> bool:
    """Whether the verb is reported by a past verb that carries a year: "In 2009 he said he would ..."."""
    reporter = verb.head
    if verb.dep_ != "ccomp" or reporter.tag_ != "VBD":
        return False
    return any(t.shape_ == "dddd" for t in _words_of_adverbials(reporter))


def _dated_saying(verb: Token) -> bool:
    """Whether a verb of saying carries a date of its own: "On Friday he said ...", "In 2009 they said ..."."""
    return any(word_class(t.lower_) in ("WEEKDAY", "MONTH") or t.shape_ == "dddd" for t in _words_of_adverbials(verb))


def _participle_read_as_past(verb: Token, auxes: list[Token], doc: Doc, start: int) -> bool:
    """A participle of planning after its noun that the tagger read as a past verb, the date its target: "the
    vote called for 9 March" (a plan named, its day either side, as with a participle tagged right); not "the
    year ended Jan. 31", nor the day of the act: "the curbs announced on Monday"."""
    targeted = start > 0 and doc[start - 1].lower_ in TARGET_PREPOSITIONS
    return (targeted and verb.tag_ == "VBD" and not auxes and verb.dep_ == "acl"
            and verb.lemma_.lower() in forward_verbs() and not any(c.dep_.startswith("nsubj") for c in verb.children))


def _done_participle_of_noun(verb: Token, auxes: list[Token], doc: Doc, start: int) -> bool:
    """A bare past participle after its noun that tells a deed, the date right on it: "the plan, announced in
    March, would have ..." was announced before the telling, as "the report published on Tuesday" was published
    (issuing_verbs.txt). Not a participle of planning or intent, whose day lies either side ("the rally planned
    in May", "the vote called in May"), nor a date a thing is set to or runs to ("the plan announced for March",
    "the curbs imposed until Friday"), nor a date further on that the parser may have hung on the participle."""
    if verb.tag_ != "VBN" or auxes or verb.dep_ != "acl" or start < verb.i:
        return False
    lemma = verb.lemma_.lower()
    if lemma in forward_verbs() and lemma not in issuing_verbs():
        return False
    if doc[start - 1].lower_ in TARGET_PREPOSITIONS | DEADLINE_PREPS:
        return False
    # a thing that is itself planned, announced or called off lies ahead: "the summit held in June was announced"
    noun = verb.head
    if noun.head.pos_ in ("VERB", "AUX") and verb_lemma(noun.head) in forward_verbs():
        return False
    # the date right after the participle, or after an adverb of it ("Dr Murray, shown here in February"): "a
    # coalition aligned against Gaddafi in Rome on Thursday" is a misparse of a meeting's day; a participle joined
    # to a verb the tagger read as a simple past is a main verb itself ("Halliburton, which was hired ..., learned
    # of the failures in February, and informed BP on 8 March")
    preposition = doc[start - 1]
    if preposition.head != verb or preposition.dep_ != "prep":
        return False
    adverbs_only = all(t.dep_ == "advmod" and t.pos_ == "ADV" for t in doc[verb.i + 1 : preposition.i])
    return adverbs_only or _joined_to_simple_past(verb)


def _joined_to_simple_past(verb: Token) -> bool:
    """Whether a verb has a conjunct that the tagger read as a simple past with no subject or auxiliary of its own
    ("learned of the failures in February, and informed BP"): the pair are the clause's main verbs."""
    return any(c.dep_ == "conj" and c.tag_ == "VBD" and not auxiliaries(c)
               and not any(g.dep_.startswith("nsubj") for g in c.children) for c in verb.children)


def _passive_infinitive_of_thing(verb: Token, auxes: list[Token]) -> bool:
    """'a fair to be held in the square on Friday': a passive "to" infinitive that tells a thing's plan (the clause
    of a noun, or of a subject the parser made of it) looks ahead as an active one does."""
    passive = verb.tag_ == "VBN" and any(a.dep_ == "auxpass" and a.lower_ == "be" for a in auxes)
    return passive and verb.dep_ in ("acl", "relcl", "csubj", "csubjpass")


def _passive_infinitive_of_intent(verb: Token, auxes: list[Token]) -> bool:
    """'the school expects to be closed until Sunday', 'hopes to be paid by Friday': a passive "to" infinitive
    under a verb of intent looks ahead as an active one does (not the perfect "is believed to have been killed");
    so does one with an object of the verb before it, which the parser makes a clause of its own: "BP expects the
    well to be sealed on Saturday" (a "to" among its auxiliaries)."""
    passive = verb.tag_ == "VBN" and any(a.dep_ == "auxpass" and a.lower_ == "be" for a in auxes)
    with_object = verb.dep_ == "ccomp" and any(a.lower_ == "to" for a in auxes)
    if not passive or (verb.dep_ != "xcomp" and not with_object) or any(a.lemma_ == "have" for a in auxes):
        return False
    return verb_lemma(_infinitive_head(verb)) in INTENT


def _passive_infinitive_of_plan(verb: Token, auxes: list[Token]) -> bool:
    """'the funeral is to be held on Monday', 'the final is due to be played on Sunday': a passive "to" infinitive
    after "be" or an adjective of a plan (plan_adjectives.txt) tells a plan as an active one does ("is to meet")."""
    passive = verb.tag_ == "VBN" and any(a.dep_ == "auxpass" and a.lower_ == "be" for a in auxes)
    if not passive or verb.dep_ != "xcomp" or any(a.lemma_ == "have" for a in auxes):
        return False
    head = _infinitive_head(verb)
    return head.lemma_ == "be" or head.lower_ in plan_adjectives()


def _passive_infinitive_of_past_verb(verb: Token, auxes: list[Token]) -> bool:
    """'had come to be killed on Friday', 'was found to be hidden on Monday': a passive "to" infinitive under a
    verb told in the past (or past perfect) right before it takes that verb's past as an active one does ("had
    come to work on Friday"); not a perfect infinitive ("is believed to have been killed"), one under a present
    verb, nor one after a noun the parser skipped ("he said in testimony to be delivered to a panel Thursday")."""
    passive = verb.tag_ == "VBN" and any(a.dep_ == "auxpass" and a.lower_ == "be" for a in auxes)
    if not passive or verb.dep_ != "xcomp" or any(a.lemma_ == "have" for a in auxes):
        return False
    head = _infinitive_head(verb)
    if head.i > verb.i or not all(t.pos_ in ("ADV", "PART") for t in verb.doc[head.i + 1 : min(a.i for a in auxes)]):
        return False  # "said in testimony to be delivered Thursday": a misparse of the noun's infinitive
    return head.pos_ in ("VERB", "AUX") and _past_or_perfect(head, auxiliaries(head))


def _past_or_perfect(verb: Token, auxes: list[Token]) -> bool:
    """Whether a verb with these auxiliaries is told in a past or perfect tense: a bare simple past ("asked"), a
    past auxiliary ("was found", "had come") or a perfect ("has asked")."""
    return verb.tag_ == "VBD" and not auxes or any(a.tag_ == "VBD" or a.lemma_ == "have" for a in auxes)


def _could_not(verb: Token, auxes: list[Token]) -> bool:
    """A negated "could" ("could not be reached", "neither ... could be located"): what was not possible then."""
    return any(a.lower_ == "could" for a in auxes) and negated(verb)


def _subject_of_present_perfect(verb: Token, head: Token, head_auxes: list[Token]) -> bool:
    """An infinitive the parser made the subject of a present perfect ("... to be held on Monday has been called
    historic"): the perfect tells no time gone by. A simple past keeps its own: "To lose on Sunday was a blow"."""
    return verb.dep_.startswith("csubj") and _present_perfect(head, head_auxes)


def _reported_by_earlier_past_verb(token: Token) -> bool:
    """Whether the token lies in a clause that a past verb before it reports ("police said they expected trouble
    this weekend"): the sequence of tenses puts that clause in the past whatever its time. A report given after
    the clause ("the storm hit the coast this weekend, officials said") leaves its tense its own."""
    for _ in range(8):
        if token.dep_ == "ccomp" and token.head.tag_ == "VBD" and token.head.i < token.i:
            return True
        if token.head == token:
            return False
        token = token.head
    return False


def _incident_before(verb: Token, start: int) -> bool:
    """Whether an incident the verb governs comes between it and the date ("has urged the council to investigate the
    killings on Friday", "to learn from the defeat on Saturday"): the day may be the incident's, gone by."""
    return any(_is_incident(t) for t in verb.subtree if verb.i < t.i < start)


def _object_before(verb: Token, start: int) -> bool:
    """Whether the verb has an object before token start that is a thing: "follows a pay offer [on Monday]";
    not a name, a pronoun or a person by role ("Spain follows France on Monday", "follow the mayor on
    Monday": who goes first goes first on that day too)."""
    return any(c.dep_ == "dobj" and c.pos_ == "NOUN" and c.lemma_.lower() not in person_nouns() and c.i < start
               for c in verb.children)


def _deadline_reported_clause(verb: Token, start: int, end: int) -> Token:
    """The verb of the reported clause where a "by" date put before a plain reporting verb hangs on it: a deadline
    dates no act of saying, so "By Wednesday, he said they should have a machine" tells of the machine (and "By
    Friday, officials said 300 had died" of the deaths); the reporting verb itself otherwise. Not a saying that
    lasts ("By noon, sources were saying ...": an auxiliary), nor one with no clause after it, nor a public act a
    narrative dates ("By Monday, the company announced it would close the plant": issuing_verbs.txt)."""
    if start == 0 or verb.doc[start - 1].lower_ != "by" or verb.lemma_ not in REPORTING or verb.i < end:
        return verb
    if verb.lemma_ in issuing_verbs():
        return verb
    if auxiliaries(verb):
        return verb
    return next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), verb)


def _clause_starts_after(verb: Token, end: int) -> bool:
    """Whether the verb's clause opens with a marker ("that", "if") after the date: the date cannot
    belong to that clause, whatever the parser hung it on."""
    return any(c.dep_ == "mark" and c.i >= end for c in verb.children)


def _conjoined_after_date(verb: Token, start: int) -> bool:
    """Whether a verb whose clause opens after the date is joined ("and", "but") to a verb before the date."""
    head = verb.head
    return verb.dep_ == "conj" and head.i < start and head.pos_ in ("VERB", "AUX") and head.dep_ != "conj"


QUOTATION_OPENERS = ('"', "``", "“")  # the double quotes that open a quotation after a colon


def _quotation_opens_between(verb: Token, start: int) -> bool:
    """Whether a colon and an opening quote stand between a verb and a later date: the date opens a quotation
    of its own sentence, which the verb before the colon does not govern."""
    doc = verb.doc
    return verb.i < start and any(doc[k].text == ":" and doc[k + 1].text in QUOTATION_OPENERS
                                  for k in range(verb.i + 1, start - 1))


def _plan_told_in_past(verb: Token) -> bool:
    """Whether a verb of a time ahead is, or hangs on, a past verb without "will" or "shall" of its own: "proposed an
    ultimatum for Iraq to comply by March 17" (not "said the court will rule on June 20")."""
    if any(a.lower_ in FUTURE_AUXILIARIES for a in auxiliaries(verb)):
        return False
    for _ in range(CLAUSE_VERB_HOPS):
        if verb.tag_ == "VBD":
            return True
        if verb.head == verb:
            return False
        verb = verb.head
    return False


def stative_verbs() -> frozenset[str]:
    """Verbs whose simple present tells a state ("is up this week"), not an event to come."""
    return word_set("times/stative_verbs.txt")


def foreseen_words() -> frozenset[str]:
    """Adjectives that name a thing as still ahead ("the expected start", "the upcoming vote")."""
    return word_set("times/foreseen_words.txt")


def stamp_label_words() -> frozenset[str]:
    """Words that label a page's own time stamp: "Updated: 1:38 a.m. Monday" (stamp_label_words.txt)."""
    return word_set("times/stamp_label_words.txt")


def plan_adjectives() -> frozenset[str]:
    """Adjectives that tell a plan after "be": "the ferry was due in port on Tuesday"."""
    return word_set("times/plan_adjectives.txt")


def planning_verbs() -> frozenset[str]:
    """Verbs that plan, move or call off a thing ("the Friday summit was called off"); every reader also takes
    the verbs of intent and scheduling (INTENT), as forward_verbs() joins them."""
    return word_set("times/planning_verbs.txt")


def lasting_verbs() -> frozenset[str]:
    """Verbs of a state that goes on, which make "to this day" right after them "still" (lasting_verbs.txt)."""
    return word_set("times/lasting_verbs.txt")


def day_goal_verbs() -> frozenset[str]:
    """Verbs whose "to" names where a thing is led or brought: "led us to this day" (day_goal_verbs.txt)."""
    return word_set("times/day_goal_verbs.txt")


def continuing_verbs() -> frozenset[str]:
    """Verbs that carry on a thing already under way: "shares extend the Tuesday gains" (continuing_verbs.txt)."""
    return word_set("times/continuing_verbs.txt")


def decision_verbs() -> frozenset[str]:
    """Verbs of a choice made, whose "to" infinitive lies ahead: "voted to shut the pool" (decision_verbs.txt)."""
    return word_set("times/decision_verbs.txt")


def directive_verbs() -> frozenset[str]:
    """Verbs that bid someone do a thing, whose "to" infinitive lies ahead of a bidding told in the present or
    present perfect: "has ordered a truce to begin on Tuesday" (directive_verbs.txt)."""
    return word_set("times/directive_verbs.txt")


def scheduled_incident_nouns() -> frozenset[str]:
    """Incident nouns that may also be set for a day ahead: "the 20 September clash" of two teams, a planned
    "outage" (scheduled_incident_nouns.txt)."""
    return word_set("times/scheduled_incident_nouns.txt")


def _is_incident(noun: Token, scheduled: bool = True) -> bool:
    """Whether a word is a common noun of an incident (incident_nouns.txt); with scheduled=False not one that
    may also be set for a day ahead (scheduled_incident_nouns.txt: "the 20 September clash")."""
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and lemma in incident_nouns() and (scheduled or lemma not in scheduled_incident_nouns())


def _top_of_compound(noun: Token) -> Token:
    """The last noun of the compound a noun opens: "gas" of "the May 2 gas plant blast" -> "blast"."""
    while noun.dep_ == "compound" and noun.head.pos_ == "NOUN":
        noun = noun.head
    return noun


def contract_month_nouns() -> frozenset[str]:
    """Nouns of traded contracts named by their delivery month: "October crude" (contract_month_nouns.txt)."""
    return word_set("times/contract_month_nouns.txt")


def _contract_of_month(month: Token) -> Token | None:
    """The contract noun a month names ("October crude", "the September and October contracts", "crude for
    March delivery", "Brent crude for May"), or None; not a contract that opens another noun ("October crude
    output")."""
    while month.dep_ == "conj":
        month = month.head  # "September and October contracts"
    noun = month.head
    if month.dep_ == "pobj" and noun.lower_ == "for":
        noun = noun.head  # "Brent crude for May"
    elif month.dep_ not in ("compound", "nmod", "amod"):
        return None
    lemma = noun.lemma_.lower()
    if lemma not in contract_month_nouns() or noun.dep_ == "compound":
        return None
    if lemma == "delivery" and not (noun.dep_ == "pobj" and noun.head.lower_ == "for"):
        return None  # "for October delivery", not "the October delivery of the jets"
    return noun


def _told_as_coming(thing: Token) -> bool:
    """Whether a noun is the subject of "be" under a future or modal auxiliary ("the raid in June will be the
    first", "the attack in September would be a disaster"): a thing that may still lie ahead."""
    verb = thing.head
    if thing.dep_ != "nsubj" or verb.lemma_.lower() != "be":
        return False
    return _under_future_or_modal(verb)


def _under_future_or_modal(verb: Token) -> bool:
    """Whether a verb has an auxiliary of the future or a modal: "will be", "would be", "may be"."""
    return any(a.lower_ in FUTURE_AUXILIARIES or a.lower_ in MODAL_AUXILIARIES for a in auxiliaries(verb))


def prospect_verbs() -> frozenset[str]:
    """Verbs whose gerund in a "with" absolute sees its date ahead: "with elections looming in November"
    (prospect_verbs.txt)."""
    return word_set("times/prospect_verbs.txt")


def approach_verbs() -> frozenset[str]:
    """Verbs of a time drawing near: "winter is coming" (approach_verbs.txt)."""
    return word_set("times/approach_verbs.txt")


def aftermath_verbs() -> frozenset[str]:
    """Verbs of what is done about a thing once it is over or what it leaves: "Sunday's final will be replayed"
    (aftermath_verbs.txt)."""
    return word_set("times/aftermath_verbs.txt")


def _tells_aftermath(verb: Token) -> bool:
    """Whether a verb looks back at its subject's thing as done (aftermath_verbs.txt, recalling_verbs.txt):
    "will be replayed", "will be remembered", "will go down as an upset"."""
    lemmas = {verb.lemma_.lower(), _phrasal_lemma(verb)}
    return bool(lemmas & (aftermath_verbs() | recalling_verbs()))


def recalling_verbs() -> frozenset[str]:
    """Verbs that look back at a thing: "she remembers the Friday meeting" (recalling_verbs.txt)."""
    return word_set("times/recalling_verbs.txt")


@functools.lru_cache(maxsize=1)
def put_off_verbs() -> tuple[tuple[str, ...], ...]:
    """(lemma, words of its phrase...) of verbs that put a thing off to a later date (put_off_verbs.txt)."""
    return tuple(tuple(line.split()) for line in data_lines("times/put_off_verbs.txt"))


def _puts_off(lemma: str) -> bool:
    """Whether a verb's lemma (lower case) is one of put_off_verbs.txt, whatever phrase it needs."""
    return any(lemma == put_off[0] for put_off in put_off_verbs())


CLOCK_CORE_CLASSES = ("CLOCK", "AMPM", "OCLOCK", "CLOCKWORD")  # one of them makes the words before "on" a clock
ZONE_CLASSES = ("TIMEZONE", "ZONENAME", "TIMEWORD")  # the words of a clock's zone: "EST", "Eastern time"
CLOCK_PART_CLASSES = CLOCK_CORE_CLASSES + ("DAYNUM",) + ZONE_CLASSES + ("APPROX",)
CLOCK_MAX_WORDS = 4  # the most words a clock before "on" is read back over: "about 10 a.m. EST"


def _before_clock_of_day(doc: Doc, k: int) -> int:
    """Where "on" at k ends a clock before it ("until 1000 on Monday", "until 10 a.m. on Monday"), the index of the
    word before the clock; else k."""
    if k < 1 or doc[k].lower_ != "on":
        return k
    j, classes = k - 1, set()
    while (j >= 0 and k - j <= CLOCK_MAX_WORDS
           and (info := classify(doc[j])) is not None and info.cls in CLOCK_PART_CLASSES):
        classes.add(info.cls)
        j -= 1
    return j if classes & set(CLOCK_CORE_CLASSES) else k


def _put_off_until(verb: Token, start: int) -> bool:
    """Whether the date at start follows "until" ("until at least") or "to" and the verb puts a thing off to
    it ("the vote was pushed back to May")."""
    doc = verb.doc
    k = start - 1
    if k >= 2 and [doc[k - 1].lower_, doc[k].lower_] == ["at", "least"]:
        k -= 2
    k = _before_clock_of_day(doc, k)
    if k < 0 or doc[k].lower_ not in UNTIL_WORDS | {"to"}:
        return False
    if any(_past_when_clause(date) for date in doc[k].children if date.dep_ == "pobj"):
        return False  # "adjourned until Monday, when he pleaded guilty": that Monday is gone by
    words = {t.lower_ for t in verb.subtree if t.i < start}
    return any(verb.lemma_.lower() == lemma and set(phrase) <= words for lemma, *phrase in put_off_verbs())


def _day_of_putting_off(verb: Token, doc: Doc, start: int) -> bool:
    """'the test was delayed on Monday', 'the judge adjourned the trial on Friday': "on" a day that the verb of
    putting off governs names when the thing was put off (the later date takes "until" or "to"), so a putting off
    told in the past keeps its day behind."""
    if start == 0 or doc[start - 1].lower_ != "on" or doc[start - 1].head != verb:
        return False
    if not _puts_off(verb.lemma_.lower()):
        return False
    return _past_or_past_passive(verb)


def _after_deadline_preposition(doc: Doc, start: int) -> bool:
    """Whether a deadline preposition comes before the date, maybe with "at least" between: "has
    given them until Tuesday", "have been closed until at least Thursday"."""
    k = start - 1
    if k >= 2 and [doc[k - 1].lower_, doc[k].lower_] == ["at", "least"]:
        k -= 2
    return k >= 0 and doc[k].lower_ in DEADLINE_PREPS


def set_for_verbs() -> frozenset[str]:
    """Participles that schedule a thing only with "for": "set", "slated" (set_for_verbs.txt)."""
    return word_set("times/set_for_verbs.txt")


def _set_for(verb: Token, doc: Doc, start: int) -> bool:
    """Whether a participle that schedules only with "for" (set_for_verbs.txt) sets the date after "for":
    "were set for Monday", "is slated for May"; not "On Friday, the court set a date for the trial"."""
    return start > 0 and doc[start - 1].lower_ == "for" and _scheduling_participle(verb) and verb.i < start


def set_to_verbs() -> frozenset[str]:
    """Participles that schedule the deed of a "to" infinitive they head: "slated", "set" (set_to_verbs.txt)."""
    return word_set("times/set_to_verbs.txt")


def _set_for_infinitive(head: Token) -> bool:
    """A participle that schedules (set_to_verbs.txt) heading a "to" infinitive: "was slated to arrive on Friday"
    schedules the arriving as "was slated for Friday" does; not "was fixed to stop the leak on Friday" (purpose)."""
    return head.tag_ == "VBN" and head.lower_ in set_to_verbs()


def _scheduling_participle(verb: Token) -> bool:
    """A past participle that schedules with "for" (set_for_verbs.txt): "were set for Monday" (_set_for). Heading a
    "to" infinitive, only those of set_to_verbs.txt schedule (_set_for_infinitive)."""
    return verb.tag_ == "VBN" and verb.lower_ in set_for_verbs()


def _day_a_plan_aims_at(verb: Token, doc: Doc, start: int) -> bool:
    """Whether the date after "for" is the day that a verb of planning or calling aims its thing at, the
    preposition hanging on the verb or on its object: "has called a summit for September 14", "announced
    elections for June"."""
    if start == 0 or doc[start - 1].lower_ != "for" or verb.lemma_.lower() not in forward_verbs():
        return False
    holder = doc[start - 1].head
    return holder == verb or (holder.head == verb and holder.dep_ in ("dobj", "nsubjpass"))


def _day_after_object_of_perfect_plan(verb: Token, auxes: list[Token], doc: Doc, start: int) -> bool:
    """Whether an "on" date or an "in" month follows the object of a verb of planning or calling in the present
    perfect: "has announced a tribute concert for Cardiff on 8 October", "have called a strike on 3 May", "has
    promised a parliamentary election in February". A present perfect takes no day gone by, so the day is the
    thing's, either side of the telling, wherever the parser hangs it. Not a bare weekday, which dates the deed
    itself in news ("has announced his retirement on Sunday")."""
    if start == 0 or verb.lemma_.lower() not in forward_verbs():
        return False
    if doc[start - 1].lower_ != "on" and not _in_month_after_reporting_verb(doc, start - 1, start):
        return False
    if word_class(doc[start].lower_) == "WEEKDAY":
        return False
    if not any(a.lower_ in ("has", "have") for a in auxes) or any(a.dep_ == "auxpass" for a in auxes):
        return False
    return any(c.dep_ == "dobj" and c.i < start for c in verb.children)


def issuing_verbs() -> frozenset[str]:
    """Verbs of bringing a thing out on a set day: "is published on Monday" lies ahead (issuing_verbs.txt)."""
    return word_set("times/issuing_verbs.txt")


def _past_when_clause(date: Token) -> bool:
    """Whether a "when" clause in the past hangs on the date: "until Tuesday, when shares fell"."""
    return any(c.dep_ in ("relcl", "advcl") and any(w.lower_ == "when" for w in c.children)
               and _past_or_past_passive(c) for c in date.children)


def outcome_nouns() -> frozenset[str]:
    """Nouns of an outcome given on a day, which a future clause tells the effect of ("Friday's ruling will be
    appealed"), not a day ahead (outcome_nouns.txt)."""
    return word_set("times/outcome_nouns.txt")


def attending_verbs() -> frozenset[str]:
    """Verbs of taking part in or holding a set event: "will play Sunday's show" (attending_verbs.txt)."""
    return word_set("times/attending_verbs.txt")


def arranging_verbs() -> frozenset[str]:
    """Verbs of settling a thing's arrangements: "details ... have to be worked out" (arranging_verbs.txt)."""
    return word_set("times/arranging_verbs.txt")


def arrangement_nouns() -> frozenset[str]:
    """Nouns of a thing's arrangements: "details of Thursday's meeting" (arrangement_nouns.txt)."""
    return word_set("times/arrangement_nouns.txt")


def _ahead_by_auxiliary(verb: Token) -> bool:
    """Whether a verb's deed lies ahead by its auxiliary: "will", a modal ("must win"), or a "to" infinitive of a
    present "have to" or "is to" ("have to be worked out", "is to open"; not "had to", "was to")."""
    if _ahead_from_now(verb):
        return True
    head = verb.head
    if verb.dep_ != "xcomp" or head == verb or not any(c.lower_ == "to" for c in auxiliaries(verb)):
        return False
    if head.lemma_ == "have":
        return head.tag_ in ("VBP", "VBZ") or _ahead_from_now(head)
    return head.lower_ in PRESENT_BE and not auxiliaries(head)


def _ahead_from_now(verb: Token) -> bool:
    """Whether "will" or a modal puts a verb ahead of the telling ("will attend", "must win", "could lose"); not
    a perfect ("should have attended", "could have won": a deed missed), a "would" (the future of a past: "said
    he would attend"), nor a "could not" (what was not possible: "fans who could not attend")."""
    auxes = auxiliaries(verb)
    if any(a.lemma_ == "have" for a in auxes):
        return False
    if any(a.lower_ in PRESENT_FUTURE_AUXILIARIES for a in auxes):
        return True
    modals = [a.lower_ for a in auxes if a.lower_ in MODAL_AUXILIARIES]
    return bool(modals) and not ("could" in modals and negated(verb))


@functools.lru_cache(maxsize=1)
def forward_verbs() -> frozenset[str]:
    """Verbs of planning, scheduling or intent: what they govern lies ahead of the telling."""
    return planning_verbs() | INTENT


@functools.lru_cache(maxsize=1)
def _lemma_slips() -> dict[str, str]:
    """Word forms the lemmatiser gets wrong and their right lemmas (lemma_slips.txt)."""
    return dict(line.split() for line in data_lines("times/lemma_slips.txt"))


def verb_lemma(verb: Token) -> str:
    """The verb's lemma, set right where the lemmatiser slips ("hoped" -> "hop" gives "hope")."""
    return _lemma_slips().get(verb.lower_, verb.lemma_)


def demanding_verbs() -> frozenset[str]:
    """Verbs of demanding or pleading whose "to" infinitive tells a deed asked for (demanding_verbs.txt)."""
    return word_set("times/demanding_verbs.txt")


def asking_for_verbs() -> frozenset[str]:
    """Verbs that ask for a thing with a "for" of their own: "has called for protests" (asking_for_verbs.txt)."""
    return word_set("times/asking_for_verbs.txt")


def enlisting_verbs() -> frozenset[str]:
    """Verbs whose object then does what a "to" infinitive after them tells: "training volunteers to help"
    (enlisting_verbs.txt)."""
    return word_set("times/enlisting_verbs.txt")


def longing_verbs() -> frozenset[str]:
    """Verbs of longing or wishing whose "one day" lies ahead: "dreams of going home one day", "hopes one day
    to return" (longing_verbs.txt)."""
    return word_set("times/longing_verbs.txt")


def _longing(verb: Token) -> bool:
    """A verb of longing by its lemma or, where the lemmatiser errs ("hopes" -> "hop"), by its form."""
    words, form = longing_verbs(), verb.lower_
    return verb.lemma_.lower() in words or any(form.endswith(e) and form[: -len(e)] in words for e in ("s", "d", "ed"))


@functools.lru_cache(maxsize=1)
def match_words() -> re.Pattern:
    """Any whole word of a game being played, whose halves are no halves of a year (match_words.txt)."""
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in data_lines("times/match_words.txt")) + r")\b")


def overnight_links() -> frozenset[str]:
    """Words that join a day to the next one: "late Monday and early Tuesday", "Monday night into Tuesday"."""
    return word_set("times/overnight_links.txt")


@functools.lru_cache(maxsize=1)
def earliest_bounds() -> tuple[list[str], ...]:
    """Word sequences that bound a time from below and look ahead: "as early as Monday" (earliest_bounds.txt)."""
    return tuple(line.split() for line in data_lines("times/earliest_bounds.txt"))


def time_span_nouns() -> frozenset[str]:
    """Nouns of a stretch of time that a date before them only names: "by Christmas time" (time_span_nouns.txt)."""
    return word_set("times/time_span_nouns.txt")


def run_up_words() -> frozenset[str]:
    """Nouns (and their last part) before "to" that look ahead to a thing: "in the run-up to" (run_up_words.txt)."""
    return word_set("times/run_up_words.txt")


def anniversary_words() -> frozenset[str]:
    """Words of a sentence that marks the return of an old day: "celebrated their anniversary"
    (anniversary_words.txt)."""
    return word_set("times/anniversary_words.txt")


def origin_verbs() -> frozenset[str]:
    """Verbs of a birth or a founding, whose day is background, no story's start (origin_verbs.txt)."""
    return word_set("times/origin_verbs.txt")


def scene_prepositions() -> frozenset[str]:
    """Prepositions whose object sets a verb's scene: "in its proposed deal", "at the planned summit"
    (scene_prepositions.txt)."""
    return word_set("times/scene_prepositions.txt")


def counting_back_prepositions() -> frozenset[str]:
    """Prepositions that make "the last week" the span just gone: "in the last week the militia shelled ..."
    (counting_back_prepositions.txt)."""
    return word_set("times/counting_back_prepositions.txt")


def deadline_nouns() -> frozenset[str]:
    """Nouns of a time limit a day after "of" sets: "a deadline of Monday" (deadline_nouns.txt)."""
    return word_set("times/deadline_nouns.txt")


def expectation_nouns() -> frozenset[str]:
    """Nouns of a thing looked forward to, whose "by" date lies ahead: "expectations of a rise by July"
    (expectation_nouns.txt)."""
    return word_set("times/expectation_nouns.txt")


def record_nouns() -> frozenset[str]:
    """Nouns of a thing that records a day: "video from Friday", "pictures from Saturday" (record_nouns.txt)."""
    return word_set("times/record_nouns.txt")


def response_nouns() -> frozenset[str]:
    """Nouns of a response to a thing that came first: "in response to", "in retaliation for" (response_nouns.txt)."""
    return word_set("times/response_nouns.txt")


def supposed_incident_words() -> frozenset[str]:
    """Words that make an incident one supposed: "any attack", "a mock crash" (supposed_incident_words.txt)."""
    return word_set("times/supposed_incident_words.txt")


def _supposed_incident(noun: Token) -> bool:
    """Whether an incident noun is one supposed, feared or planned, not one that happened: "any attack", "a possible
    strike", "a mock crash", "the planned raid" (a determiner, adjective or compound of supposed_incident_words.txt
    or foreseen_words.txt)."""
    words = supposed_incident_words() | foreseen_words()
    return any(c.dep_ in ("det", "amod", "compound") and c.lower_ in words for c in noun.children)


def aftermath_nouns() -> frozenset[str]:
    """Nouns of what a past event left behind: "in the wake of 11 September" (aftermath_nouns.txt)."""
    return word_set("times/aftermath_nouns.txt")


def awaiting_prepositions() -> frozenset[str]:
    """Prepositions before a thing still awaited: "ahead of the May 4 vote", "for the Friday summit"."""
    return word_set("times/awaiting_prepositions.txt")


@functools.lru_cache(maxsize=1)
def other_sense_units() -> tuple[tuple[str, str, str], ...]:
    """(plural, relation, word) of bare plural units that name no length there (other_sense_units.txt)."""
    return tuple(tuple(line.split()) for line in data_lines("times/other_sense_units.txt"))


def _names_no_length(unit: Token) -> bool:
    """Whether a bare plural unit names something else by its context: "the minutes of a meeting", "she
    took minutes", "complained about hours", "shops cut hours" (see other_sense_units.txt)."""
    doc, head = unit.doc, unit.head
    following = doc[unit.i + 1].lower_ if unit.i + 1 < len(doc) else ""
    # a verb with an object of its own before the units has no second one: "gave birth in a town hours after"
    is_object = (unit.dep_ == "dobj" and head.pos_ in ("VERB", "AUX")
                 and not any(c.dep_ == "dobj" and c.i < unit.i for c in head.children))
    # "Arriving hours after the blast, ...": the parser's object of an opening participle is a time
    of_other_verb = is_object and head.lemma_.lower() not in length_verbs() and not (
        head.tag_ == "VBG" and head.dep_ == "advcl")
    for plural, relation, word in other_sense_units():
        if unit.lower_ != plural:
            continue
        if relation == "next" and following == word:
            return True
        if (relation == "person-verb" and is_object and head.lemma_.lower() == word and _person_subject(head)
                and not _spent_on_something(unit)):
            return True
        if relation == "prep" and unit.dep_ == "pobj" and head.lower_ == word:
            return True
        if relation == "object" and of_other_verb and following != word:
            return True
    return False


def person_nouns() -> frozenset[str]:
    """Common nouns (lemmas) that name a person by a role: "clerk", "secretary" (person_nouns.txt)."""
    return word_set("times/person_nouns.txt")


def _person_subject(verb: Token) -> bool:
    """Whether a verb's subject is a person: "she", "the clerk", "Ann Lee" (not "it", not "the trip")."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any((s.tag_ == "PRP" and s.lower_ != "it") or s.ent_type_ == "PERSON" or s.lemma_.lower() in person_nouns()
               for s in subjects)


def _spent_on_something(unit: Token) -> bool:
    """Whether a unit object is time spent: a "to" infinitive follows it ("the clerk took minutes to answer")
    or a word makes it little ("took only minutes"), so it is no record of a meeting."""
    if any(c.lower_ in ("only", "just", "mere") for c in unit.children):
        return True
    doc, k = unit.doc, unit.i + 1
    return k + 1 < len(doc) and doc[k].lower_ == "to" and doc[k + 1].tag_ == "VB"


@functools.lru_cache(maxsize=1)
def event_days() -> dict[tuple[int, int], tuple[int, frozenset[str]]]:
    """(month, day) -> (year, nouns): days that name a past event before its nouns ("the September 11 attacks")."""
    table = {}
    for line in data_lines("times/event_days.txt"):
        month, day, year, *nouns = line.split()
        table[(int(month), int(day))] = (int(year), frozenset(nouns))
    return table


def market_quote_words() -> frozenset[str]:
    """Words of a price move that make a zoned clock a market quote of the day ("down 6 percent at 1516 GMT")."""
    return word_set("times/market_quote_words.txt")


def market_move_verbs() -> frozenset[str]:
    """Verbs of a price move ("traded down", "added") for a market quote of the day."""
    return word_set("times/market_move_verbs.txt")


def _reports_price_move(sentence: Span) -> bool:
    """Whether a sentence moves the price of a thing traded: a verb of market_move_verbs.txt ("fell", "traded")
    or "be" with "up"/"down"/"higher"/"lower" ("the stock was up 2.6 percent"), and a noun of market_nouns.txt
    ("shares", "gold"; by lemma or, for "shares", by the plural itself)."""
    return (any(t.pos_ == "VERB" and t.lemma_.lower() in market_move_verbs() or _up_or_down(t) for t in sentence)
            and any(market_noun(t) for t in sentence))


def _up_or_down(verb: Token) -> bool:
    """'shares were up 5 percent', 'the index was 2 percent lower': "be" told with the direction of a move."""
    return verb.lemma_ == "be" and any(
        c.dep_ in ("advmod", "acomp") and c.lower_ in ("up", "down", "higher", "lower") for c in verb.children)


def _tells_of_market(sentence: Span) -> bool:
    """Whether a sentence tells of a market: it moves a price, or a thing traded is a subject ("oil prices hit a
    record on Friday")."""
    subjects = (t for t in sentence if t.dep_ in ("nsubj", "nsubjpass"))
    return _reports_price_move(sentence) or any(market_noun(t) for t in subjects)


def past_form_slips() -> frozenset[str]:
    """Past forms the tagger takes for a present ("retook", "foresaw"); past_form_slips.txt."""
    return word_set("times/past_form_slips.txt")


def retroactive_words() -> frozenset[str]:
    """Words before "to" that reach back in time ("retroactive to March 1")."""
    return word_set("times/retroactive_words.txt")


def _foreseen(token: Token) -> bool:
    """Whether a thing is named as still ahead: "the expected opening of the bridge in June", "the upcoming
    vote on Tuesday"; not when a past verb tells it happened or not ("the expected rally in May drew
    crowds", "voters rejected the proposed levy in May")."""
    if token.pos_ != "NOUN" or not any(
        c.dep_ == "amod" and c.lower_ in foreseen_words() and not _than_expected(c) for c in token.children
    ):
        return False
    if _setting_of_past_verb(token):
        return False
    return not (token.dep_ in ("nsubj", "nsubjpass", "dobj") and _past_or_past_passive(token.head))


def _than_expected(word: Token) -> bool:
    """Whether a foreseen word only measures an outcome against the forecast: "a bigger than expected loss",
    "a worse-than-anticipated quarter" tell how a thing turned out, not that it is still ahead."""
    before = word.doc[word.i - 1] if word.i > 0 else None
    if before is not None and before.text == "-" and word.i > 1:
        before = word.doc[word.i - 2]
    return (before is not None and before.lower_ == "than") or any(c.lower_ == "than" for c in word.children)


def _last_as_final(doc: Doc, start: int, end: int) -> bool:
    """Whether "the last day" ("week", "month", "year") in tokens [start, end) ranks a unit as the final one of
    something rather than counting back from now. So it does before "of" and a named whole ("the last day of
    the trial", "the last year of his term"; not "the last week of trading"; a time after "of" is read by
    another rule), before a "to" or a relative clause ("the last day to apply", "the last day he worked"; not
    "in the last week the militia shelled the town"), and said of a time by "be" ("Friday is the last day")."""
    if end - start != 3 or doc[start].lower_ != "the" or doc[start + 1].lower_ != "last":
        return False
    unit = doc[start + 2]
    if end < len(doc) and doc[end].lower_ == "of":
        return any(_named_whole(o) for o in doc[end].children if o.dep_ == "pobj")
    if unit.dep_ == "attr" and unit.head.lemma_ == "be":
        return True
    after = [c for c in unit.children if c.i >= end and c.dep_ in ("relcl", "acl")]
    if not after or (unit.dep_ == "pobj" and unit.head.lower_ in counting_back_prepositions()):
        return False
    return after[0].dep_ == "relcl" or any(c.dep_ == "aux" and c.lower_ == "to" for c in after[0].children)


def _year_restated_by_link(unit: Token) -> str | None:
    """The year a "the year" restates as the thing a year is, or is made into: "1989 was the year the wall
    fell", "2019 will be the year", "turn 2019 into the year it stopped Tehran" (not this year); else None."""
    if unit.dep_ == "attr" and unit.head.lemma_.lower() == "be":
        named = [c for c in unit.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    elif unit.dep_ == "pobj" and unit.head.lower_ in ("into", "as") and unit.head.head.pos_ == "VERB":
        named = [c for c in unit.head.head.children if c.dep_ == "dobj"]
    else:
        return None
    return _year_of(named[0]) if len(named) == 1 else None


def _year_of(token: Token) -> str | None:
    """The year a token writes, in four digits ("1979"), else None."""
    year = classify(token)
    return f"{int(year.value):04d}" if year is not None and year.cls == "YEAR" else None


def _named_whole(noun: Token) -> bool:
    """Whether a noun after "of" names one whole thing: with an article or an owner ("the trial", "his life",
    "Obama's presidency"), or a name; a bare noun of an activity ("trading", "fighting") names none."""
    return noun.pos_ == "PROPN" or any(c.dep_ in ("det", "poss") for c in noun.children)


def _setting_of_past_verb(thing: Token) -> bool:
    """Whether a thing is the object of a preposition that sets a past verb's scene: "in its proposed deal
    in April, the union said", "at the planned summit in May, leaders signed" (not "ahead of the planned vote
    in May, parties campaigned", "spoke about the planned visit in August")."""
    preposition = thing.head
    if thing.dep_ != "pobj" or preposition.dep_ != "prep" or preposition.lower_ not in scene_prepositions():
        return False
    return preposition.head.pos_ in ("VERB", "AUX") and _past_or_past_passive(preposition.head)


def _awaited(thing: Token) -> bool:
    """Whether the clause plans, moves or awaits a thing rather than telling it happened: governed by a verb
    of planning ("set a Friday deadline", "the Friday summit was called off"), the object of a verb not in
    the past ("will attend the Friday meeting"), or after a preposition of waiting ("ahead of the May 4
    vote"); not the subject of another verb ("the Friday meeting ended") nor the object of another past
    verb ("missed the Friday deadline")."""
    head = thing.head
    if thing.dep_ == "pobj":
        word = head.head if head.lower_ == "of" else head  # "ahead of"
        return word.lower_ in awaiting_prepositions()
    if head.lemma_.lower() in forward_verbs():
        return True
    return thing.dep_ in ("dobj", "dative") and not _past_or_past_passive(head)


def _day_names_its_event(root: Token) -> bool:
    """Whether a day without a year stands for what happened on it, not for a time: the subject of a past verb
    ("September 11 changed everything", "September 11 was about murder"), or what "of" after a noun that names no
    time nor a thing set for a day refers to ("the lessons of September 11", "the sacred ground of September
    11"); not "the morning of September 11", "the deadline of September 11", "September 11 is a Sunday"."""
    if root.dep_ in ("nsubj", "nsubjpass"):
        return root.head.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxiliaries(root.head))
    if root.dep_ != "pobj" or root.head.lower_ != "of" or root.head.head.pos_ != "NOUN":
        return False
    noun = root.head.head
    return word_class(noun.lower_) == "" and noun.lemma_.lower() not in forward_nouns()


def _event_named(doc: Doc, nouns: frozenset[str]) -> bool:
    """Whether the article names the event of a day by one of its nouns (event_days.txt) somewhere: "September 11
    changed everything" in a story of "the September 11 attacks"; a storm story's "December 26 brought snow" and
    a board's "the letter of September 11" name none.
    Called only for a day of event_days.txt without a year, so the walk over the article is rare."""
    return any(t.lemma_.lower() in nouns for t in doc)


def _one_event_elsewhere(noun: Token) -> bool:
    """'a September 11 attack', 'the September 11 attack on the embassy in Tripoli': one event in the singular
    with "a" or at a named place is another of that day, not the famous one ("the September 11 attacks")."""
    if noun.tag_ != "NN":
        return False
    if _singular_with_indefinite_article(noun):
        return True
    return any(c.dep_ == "prep" and c.lower_ in ("on", "in", "at") and any(
        o.ent_type_ in ("GPE", "FAC", "LOC") for o in c.subtree) for c in noun.children)


def _hypothetical_past(verb: Token) -> bool:
    """Whether a simple past tells no deed but a supposition: "if (unless) rates rose in March, ...", "he wished
    the talks began in March"."""
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children):
        return True
    return verb.dep_ == "ccomp" and _longing(verb.head)


def _verb_telling(thing: Token) -> Token:
    """The verb whose tense tells when a thing stood: the sentence's root, but under a root of reporting the verb
    of the clause reported ("Vermaelen is a doubt for Sunday's game, Wenger said": "is", not "said"); not a
    thing the reporting verb owns itself ("said before Sunday's final")."""
    root = thing.sent.root
    if root.lemma_ not in REPORTING:
        return root
    verb = clause_verb(thing, GOVERNOR_HOPS)
    return verb if verb != root and verb.pos_ in ("VERB", "AUX") else root


def _preposition_of(thing: Token) -> Token:
    """The preposition a noun is the object of, or for "of" the word "of" hangs on: "ahead" of "ahead of the
    vote"."""
    return thing.head.head if thing.head.lower_ == "of" else thing.head


def _takes_clause_object(verb: Token) -> bool:
    """Whether a verb has a clause for its object, as a verb of foreseeing or saying does ("the firm forecast on
    Thursday that sales would fall"): a date of the verb is the act of foreseeing, not the thing foreseen."""
    return any(c.dep_ == "ccomp" for c in verb.children)


def _main_verb_read_as_participle(verb: Token) -> bool:
    """Whether a participle without auxiliary heads its sentence as a past verb would ("the pier reopened in
    the spring"), rather than a headline's plan ("Athletes invited to the capital in May", "Summit set for
    April"): verbs of intent, scheduling or planning (planning_verbs.txt) keep their time open. A relative
    clause's participle with a subject of its own is a past verb too, for a bare participle takes none ("the
    ban that a judge blocked Tuesday would ...")."""
    lemma = verb.lemma_.lower()
    finite = verb.dep_ == "ROOT" or (verb.dep_ == "relcl" and any(c.dep_ == "nsubj" for c in verb.children))
    return finite and lemma not in forward_verbs() and lemma not in plan_verbs()


def _noun_read_as_verb(word: Token) -> bool:
    """Whether a plural noun the tagger read as a verb ("calling the February tests preliminary": "tests" as
    VBZ) holds a noun's place: an object's or subject's role, with a determiner, an owner or a compound (which
    only a noun takes) before it."""
    return (word.pos_ in ("VERB", "AUX") and word.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "attr", "appos")
            and any(c.dep_ in ("det", "poss", "compound") and c.i < word.i for c in word.children))


def _done_thing_of_past_clause(thing: Token) -> bool:
    """Whether a past clause tells of the thing as done, not as planned or called off ("the talks were called
    off"; see _awaited)."""
    return tense_at(thing.doc, thing.i, thing.i + 1) == PAST and not _awaited(thing)


def _object_outside(preposition: Token, start: int, end: int) -> bool:
    """Whether the object of a preposition lies outside tokens [start, end): "from 55 percent in March"."""
    return any(c.dep_ == "pobj" and not start <= c.i < end for c in preposition.children)


def _past_or_past_passive(verb: Token) -> bool:
    """A verb in the past, active or passive, also with "did": "failed", "was held", "did not happen"."""
    return verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxiliaries(verb))


def _past_deed(verb: Token) -> bool:
    """Whether a verb tells a deed done in the past ("skipped", "was missed"), not a state or a thing under way
    ("was", "was facing") nor a plan ("announced")."""
    if verb.lemma_.lower() == "be" or verb.tag_ == "VBG" or verb.lemma_.lower() in forward_verbs():
        return False
    return verb.pos_ in ("VERB", "AUX") and _past_or_past_passive(verb)


def _told_by_past_relative(noun: Token, end: int) -> bool:
    """Whether a thing the date hangs on is told by a relative clause in the past after the date:
    "a survey in December that showed growth"."""
    return noun.pos_ == "NOUN" and any(c.dep_ == "relcl" and c.i >= end and c.tag_ == "VBD" for c in noun.children)


def measured_from(preposition: Token) -> bool:
    """Whether a "from" ("since") names the base a change is measured from: it hangs on a word of change
    ("down 3 cents from Monday", "fell to $9 from $10 on Monday", "down from 55 percent in March"), not on
    another verb ("will run from Friday at 6 p.m.")."""
    return on_change_word(preposition, BASE_PREPOSITIONS)


def _day_of_part_after(doc: Doc, clock: Match, results: list[tuple[Match, Resolved]]) -> str | None:
    """The day of a part of a day right after a clock time ("at 11:45 the next morning", "at 9pm on
    Saturday night"), which dates the clock, else None."""
    for match, (_, value, _) in results:
        if _day_right_after(doc, clock, match) and (found := DAY_PART_VALUE.match(value)):
            return found.group(1)
    return None


def _day_right_after(doc: Doc, clock: Match, day: Match) -> bool:
    """Whether a day follows a clock time right after it or after "on" ("9pm Saturday", "9pm on Saturday")."""
    gap = day.start - clock.end
    return gap == 0 or (gap == 1 and doc[clock.end].lower_ == "on")


def _dated_clocks(results: list[tuple[Match, Resolved]], dateless_clocks: dict) -> list[tuple[Match, str]]:
    """(match, day) of each clock time that names its own day ("08:03 GMT, Tuesday, 26 July 2011"), a day a
    bare clock after it shares ("... 26 July 2011 09:03 UK"); see place_clocks. A part of the day is no clock:
    "The overnight talks ended at 3 a.m." puts 3 a.m. on the morning after the night."""
    return [(m, r[1][:10]) for m, r in results
            if r[0] == "TIME" and m.start not in dateless_clocks and ISO_DAY.match(r[1][:10])
            and r[1][11:12].isdecimal()]


def _day_of_clock_listed_after(doc: Doc, clock: Match, dated_clocks: list[tuple[Match, str]]) -> str | None:
    """The day of the clock that names its own day right after this one in a list ("at 6 and 8 p.m. Saturday",
    "at 7 or 8pm tomorrow"): both hours are on that day; None when no such clock follows."""
    if clock.end >= len(doc) or doc[clock.end].lower_ not in CLOCK_LIST_LINKS:
        return None
    return next((day for m, day in dated_clocks if m.start == clock.end + 1), None)


def _token_gap(a: Match, b: Match) -> int:
    """Tokens between two matches: "Monday 4 May 2009 09.15 BST Police yesterday said" puts the
    clock next to the day before it (gap 0), not halfway to the "yesterday" after it."""
    return b.start - a.end if a.end <= b.start else max(0, a.start - b.end)


def past_plan_verbs() -> frozenset[str]:
    """Verbs of one's own plan whose bare past with a weekday six days ahead tells yesterday: "planned to"."""
    return word_set("times/past_plan_verbs.txt")


def first_to_words() -> frozenset[str]:
    """Words that rank the doer named before a "to" infinitive: "the first official to arrive"."""
    return word_set("times/first_to_words.txt")


OBLIGATION_VERBS = {"have", "go"}  # "having to rebuild the car", "going to vote": the infinitive lies ahead


def _quoted_sentence(sentence: Span) -> bool:
    """Whether a sentence is all one quotation: 'The firm was fined in 2006. "The tool was unsafe." A year
    earlier ...' (the closing mark last, or before the full stop)."""
    if len(sentence) < 3 or sentence[0].text not in OPENING_QUOTES:
        return False
    return sentence[-1].text in CLOSING_QUOTES or sentence[-2].text in CLOSING_QUOTES


def _participle_of_past_clause(verb: Token, head: Token, head_auxes: list[Token]) -> bool:
    """'punished for coming out to greet the visitors on Sunday', 'people trying to enter on Monday': a bare -ing
    form whose own deed the "to" infinitive tells has no tense of its own; a past clause above it puts the day
    behind. Not a bidding ("urging them to forget", "allowing it to fulfil": the object's deed lies ahead), an
    intent ("hoping to meet") or an obligation ("having to rebuild")."""
    if head.tag_ != "VBG" or head_auxes or head.head == head:
        return False
    if verb.head != head or verb.dep_ not in ("xcomp", "advcl"):
        return False
    if head.lemma_.lower() in INTENT or head.lemma_.lower() in OBLIGATION_VERBS:
        return False
    if head.lemma_.lower() in directive_verbs() | longing_verbs() | demanding_verbs():
        return False  # "demanding to vote on Sunday", "asking to speak on Friday": the deed is asked for, ahead
    # an object before the infinitive is mostly the one bidden to do it ("urging residents to vote"); but before an
    # infinitive of purpose on an -ing form that a past verb governs, the object is the -ing form's own and the
    # deed went on then ("began drilling two wells to stop the leak in May"; not "was due to phone him before
    # taking a trip to meet residents on Monday", a plan), unless the -ing form enlists its object for the deed
    # ("began training volunteers to help at the polls in November", enlisting_verbs.txt)
    roles = ("nsubj",) if _purpose_on_own_object(verb, head) else ("dobj", "dative", "nsubj")
    if any(c.dep_ in roles for c in list(head.children) + list(verb.children) if c.i < verb.i):
        return False
    return tense_at(head.doc, head.head.i, head.head.i + 1) == PAST


def _purpose_on_own_object(verb: Token, head: Token) -> bool:
    """Whether a "to" infinitive is the purpose of an -ing form (or an infinitive) that a simple past governs as its
    complement, done to that verb's own object: "began drilling two wells to stop the leak in May", "began to drill
    two wells to stop ..." (not "began training volunteers to help in November", where the object is enlisted for
    the deed: enlisting_verbs.txt). It looks for no object: "began drilling to stop the leak in August" is such an
    aim too."""
    return (verb.dep_ == "advcl" and head.dep_ == "xcomp" and head.head.tag_ == "VBD"
            and head.lemma_.lower() not in enlisting_verbs())


def _purpose_of_done_participle(verb: Token, head: Token, head_auxes: list[Token]) -> bool:
    """'the operation launched to quell dissent in March', 'troops sent to restore order on Sunday': a "to"
    infinitive of purpose on a bare past participle after a noun, where the parser hangs the date on the
    infinitive, tells the day of the deed the participle names, not a day the aim looks ahead to. Not a
    participle of planning ("the rally planned to start on Friday", "a vote set to take place in May":
    forward_verbs)."""
    if verb.dep_ != "advcl" or verb.head != head or head_auxes:
        return False
    if head.tag_ != "VBN" or head.dep_ != "acl" or head.head.pos_ not in ("NOUN", "PROPN"):
        return False
    return head.lemma_.lower() not in forward_verbs()


def _ranked_deed(verb: Token) -> str | None:
    """"was the first senior official to arrive on Saturday", "will be the last team to play on
    Sunday": an infinitive after a noun ranked by an ordinal or superlative (first_to_words.txt)
    tells a deed, whose day takes the tense of the verb that holds the noun, also through an apposition or a
    preposition ("marched at the funeral of Raed, the latest protester to be killed on Sunday"); PAST or FUTURE,
    else None."""
    noun = verb.head
    if verb.dep_ not in ("relcl", "acl") or noun.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    if not any(c.dep_ == "amod" and (c.lower_ in first_to_words() or c.tag_ == "JJS") for c in noun.children):
        return None
    holder = clause_verb(noun, GOVERNOR_HOPS)
    if holder.pos_ not in ("VERB", "AUX"):
        return None
    auxes = auxiliaries(holder)
    if any(a.lower_ in FUTURE_AUXILIARIES for a in auxes):
        return FUTURE
    if holder.tag_ == "VBD" or any(a.tag_ == "VBD" or a.lemma_ == "have" for a in auxes):
        return PAST
    return None


def _bare_participle_of_noun(verb: Token, auxes: list[Token]) -> bool:
    """'inspectors visiting the platform in late January discovered ...', 'fans travelling on Saturday will be
    searched': a bare -ing form after its noun has no tense of its own and takes that of the clause that holds
    the noun. Not a verb of a scheduled start or end ("workers starting in March", scheduled_verbs.txt), whose
    day may lie either side of the clause's, nor a state ("the house belonging to him", stative_verbs.txt), which
    holds no day: one the parser hangs on it is the clause's own."""
    return (verb.tag_ == "VBG" and not auxes and verb.dep_ == "acl"
            and verb.head.pos_ in ("NOUN", "PROPN", "PRON") and verb.head.head != verb.head
            and verb.lemma_.lower() not in scheduled_verbs() and verb.lemma_.lower() not in stative_verbs())


def forewarning_verbs() -> frozenset[str]:
    """Verbs whose passive subject is told of a thing ahead of it: "motorists driving on Thursday were warned of
    snow" (forewarning_verbs.txt)."""
    return word_set("times/forewarning_verbs.txt")


def redress_verbs() -> frozenset[str]:
    """Verbs whose passive subject is made good for, or called to account for, a thing gone by: "families losing
    homes in March will be compensated" (redress_verbs.txt)."""
    return word_set("times/redress_verbs.txt")


def _phrase_role_in_clause(noun: Token) -> tuple[Token, str]:
    """The verb of the clause that holds a noun, and the dependency by which the noun's phrase hangs on it."""
    holder, top = clause_verb(noun, CLAUSE_VERB_HOPS), noun
    while top.head != holder and top.head != top:
        top = top.head
    return holder, top.dep_


def _participle_noun_off_clause_time(noun: Token, held_tense: str | None) -> bool:
    """Whether a noun with a bare -ing form after it is one its clause's deed finds at another time than the
    deed's: the object ("signed a treaty allowing travel from June", "will review footage showing the crash on
    Sunday": the participle tells of the thing at any time), or the passive subject of a verb that forewarns,
    told in the past ("motorists driving on Thursday were warned of snow": forewarning_verbs.txt), or of one
    that redresses, told ahead ("families losing homes in March will be compensated": redress_verbs.txt)."""
    holder, role = _phrase_role_in_clause(noun)
    if role in ("dobj", "dative"):
        return True
    lemma = holder.lemma_.lower()
    return role == "nsubjpass" and ((held_tense == PAST and lemma in forewarning_verbs())
                                    or (held_tense == FUTURE and lemma in redress_verbs()))


def _contracted_had(aux: Token) -> bool:
    """Whether a contracted "'d" is "had", as the tagger reads it or before a past participle ("if we'd been
    successful in June", "she'd never seen it"), not "would" ("he'd be jailed in June", "we'd have won")."""
    if aux.lower_ != "'d":
        return False
    if aux.lemma_ == "have":
        return True
    after = next((t for t in aux.doc[aux.i + 1 : aux.i + 4] if t.pos_ not in ("ADV", "PART")), None)
    return after is not None and after.tag_ == "VBN"


ASPECT_DATE_CLASSES = ("MONTH", "SEASON", "HOLIDAY")  # dates whose year an aspect verb's tense may settle


def modifier_root(span: Span) -> Token:
    """The span's root, or, where the parser split a day-month date before a noun into the noun's number and
    compound ("the 8 October gig": "8" nummod, "October" compound), the month's compound, so that the date is
    read as naming a thing as "the October 8 concert" is."""
    root = span.root
    if root.dep_ != "nummod":
        return root
    return next((t for t in span if t.dep_ in ("compound", "nmod") and t.head == root.head), root)


def tense_at(doc: Doc, start: int, end: int) -> str | None:
    """past or future from the verb that governs tokens [start, end), None when present/unknown."""
    if start > 0 and doc[start - 1].lower_ == "effective":  # "a pact effective June 1" starts then
        return FUTURE
    if start > 0 and doc[start - 1].lower_ == "since":  # "missing since Thursday" began in the past
        return PAST
    if start > 1 and doc[start - 1].lower_ == "to" and doc[start - 2].lower_ in retroactive_words():
        return PAST  # "a pay rise retroactive to March 1" reaches back
    verb = reporting_verb_before(doc, start) or doc[start:end].root
    through_noun = False  # the date hangs on a thing named in the clause ("after a call on Tuesday")
    thing = None  # the first such noun
    for _ in range(CLAUSE_VERB_HOPS):
        if (verb.pos_ in ("VERB", "AUX") and not _preposition_of_noun(verb)) or verb.head == verb:
            break
        verb = verb.head
        through_noun = through_noun or verb.pos_ in ("NOUN", "PROPN")
        thing = verb if thing is None and through_noun else thing
        if _foreseen(verb):
            return FUTURE
        if _told_by_past_relative(verb, end) or (measured_from(verb) and _object_outside(verb, start, end)):
            return PAST  # the base amount of a change ("down from 55 percent in March"), not "will rise from May"
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    reported = _deadline_reported_clause(verb, start, end)
    if _quoted_as_saying(verb):
        return PAST  # "the agency quotes him as saying on Sunday": the words were said before the report
    if reported is not verb:
        verb = reported  # its "that" follows the date, but a date before the saying frames all that is said
    elif _clause_starts_after(verb, end):
        if not _conjoined_after_date(verb, start):
            return None  # a misparse: "warned on Thursday that strikes could ..." is no "could" of Thursday
        # "were selected, ..., in February before Tottenham sought a review": the date belongs to the verb the
        # misparsed clause is joined to
        verb = verb.head
    if _quotation_opens_between(verb, start):
        return None  # a misparse: 'how bad it might get: "In early May, officials told ..."' is no "might" of May
    if _gerund_after_since(verb):
        return PAST  # "has promised more since opening the clinic in May": what "since" starts from is over
    if _past_clause_after_since(verb):
        return PAST  # "have died since protests started in March"
    if verb.tag_ == "VBG" and verb.lemma_.lower() in prospect_verbs():
        main = _main_verb_of_with_absolute(verb, auxiliaries(verb), forms=("VBG",)) or _main_verb_of_with_phrase(verb)
        if main is not None:
            # "..., with Democrats facing elections in November", "with a vote looming on Friday": the thing lies
            # ahead of the main clause's time, so a past main clause gives it no past (told from now then)
            return None if tense_at(doc, main.i, main.i + 1) == PAST else FUTURE
    # only a month, season or holiday takes the time of an aspect verb (_finite_governor)
    aspect = any(word_class(t.lower_) in ASPECT_DATE_CLASSES for t in doc[start:end])
    if not aspect and _forecast_picture(verb, start, end):
        # "the forecast showed the storm reaching Florida on Thursday": a day a forecast foresees (not a month,
        # which a forecast made months back may have foreseen)
        return FUTURE
    verb = _sharing_governor(_finite_governor(verb, aspect=aspect))
    if _participle_clause_after_date(verb, start, end):
        verb = verb.head
    if _as_planned_participle(verb) and not _date_closes_as_clause(verb, start, end):
        verb = verb.head  # "retired, as scheduled, on June 30": the day is the retiring's, not the plan's
    root = modifier_root(doc[start:end])
    premodifier = root.dep_ in ("compound", "nmod") and (root.head.pos_ == "NOUN" or _noun_read_as_verb(root.head))
    premodifier = premodifier and root.head.lower_ not in time_span_nouns()
    if root.dep_ == "poss" or (premodifier and not _dates_saying(doc, start)):
        return None  # "Wednesday's ruling", "a June agreement", "the May 2 blast" name a thing, not the verb's time
    auxes = auxiliaries(verb)
    main = _main_verb_of_with_absolute(verb, auxes)
    if main is not None:
        # "With another protest planned (predicted) for Friday, ...": a plan or forecast lies ahead; "With the deal
        # announced on Friday, shares rose (are rising)": a participle has no tense of its own, its deed comes before
        # the main clause's time, so before now unless that time is ahead ("With the stadium finished in April, the
        # club will play at home": either way)
        if verb_lemma(verb) in INTENT:
            return FUTURE
        return None if tense_at(doc, main.i, main.i + 1) == FUTURE else PAST
    if _refused_statement(verb, auxes) and not (start > 0 and doc[start - 1].lower_ in BOUND_PREPS):
        return PAST  # "officials would not comment Friday": the refusal was made that day (not "until Friday")
    if any(a.lower_ in FUTURE_AUXILIARIES and not _contracted_had(a) for a in auxes) or _before_clause_of_future(verb):
        return FUTURE
    if _present_going_to(verb, auxes):
        return FUTURE
    if any(a.lower_ in MODAL_AUXILIARIES for a in auxes) and not any(a.lemma_ == "have" for a in auxes):
        if _could_not(verb, auxes):
            return PAST  # "could not be reached Wednesday", "neither ... could be located"
        return FUTURE
    if _done_participle_of_noun(verb, auxes, doc, start):
        return PAST  # "the plan announced in March would have ...": the announcing is done, its day behind
    if (verb.tag_ == "VBN" and not auxes and verb.dep_ == "acl") or _participle_read_as_past(verb, auxes, doc, start):
        return None  # "the rally planned for Saturday was called off": a plan named, its day either side
    if verb.lemma_ in SCHEDULING and not (verb.tag_ == "VBD" and start < verb.i) \
            and not _day_of_putting_off(verb, doc, start):
        if any(a.lower_ == "had" for a in auxes):
            # "had planned the trip in March", "had been postponed until July": a plan told in the past perfect
            # is over, the day it named lies either side of the telling
            return None
        # "postponed the vote until Tuesday", "planned a rally Saturday"; not "On Friday, the government planned"
        return FUTURE
    if (_set_for(verb, doc, start) or _put_off_until(verb, start)) and not any(a.lower_ == "had" for a in auxes):
        # "two votes were set for Tuesday": scheduled; "the talks were put on hold until February", "was remanded
        # in custody until Friday": later than the putting off (not "had been set for Tuesday", "had been
        # remanded until Friday")
        return FUTURE
    deadline = _after_deadline_preposition(doc, start)
    if deadline and (_present_perfect(verb, auxes) or _present(verb, auxes)):
        return FUTURE  # "has given them until Tuesday", "has until Monday to decide": a deadline still ahead
    if root.dep_ == "dobj" and root.head == verb and verb_lemma(verb) in planning_verbs() \
            and (_present_perfect(verb, auxes) or _present(verb, auxes)):
        return FUTURE  # "the judge has given prosecutors the weekend to study it": a span granted, still ahead
    if deadline and _present_passive(verb, auxes) and root.head.head == verb \
            and not any(t.pos_ == "VERB" for t in doc[verb.i + 1 : start]):
        return FUTURE  # "the road is closed until Friday" (not "is accused of hiding until Friday")
    if deadline and verb_lemma(verb) in INTENT and verb.i < start and not any(a.lower_ == "had" for a in auxes):
        return FUTURE  # "said they expected a ruling by Friday": a deadline looked forward to
    if verb.lemma_ in INTENT and verb.tag_ == "VBN" and any(a.lower_ in PRESENT_BE for a in auxes):
        return FUTURE  # "the vote is expected on Monday"
    if verb.lower_ in PRESENT_BE and any(c.dep_ == "acomp" and c.lower_ == "due" for c in verb.children):
        return FUTURE  # "elections are due in October"
    if (verb.tag_ == "VB" or _passive_infinitive_of_thing(verb, auxes) or _passive_infinitive_of_intent(verb, auxes)
            or _passive_infinitive_of_plan(verb, auxes) or _passive_infinitive_of_past_verb(verb, auxes)) \
            and any(a.lower_ == "to" for a in auxes):
        # "plans to meet on Friday" looks ahead, "was due to expire Friday" does not,
        # "was scheduled to close Monday" does again
        head = _infinitive_head(verb)
        prospect = head.pos_ == "ADJ" and head.lower_ in prospect_adjectives()
        due = head.pos_ == "ADJ" and head.lower_ == "due"
        if head.pos_ == "ADJ" and head.head != head:  # "was due to expire Friday": the verb of "due"
            head = head.head
        elif _object_of_doing(head):
            head = head.head  # "did nothing to stop the violence on Wednesday": the aim of a deed, on its day
        head_auxes = auxiliaries(head)
        if due and head != verb and not through_noun and any(a.lower_ == "had" for a in head_auxes):
            # "had been due to arrive in May": a plan told in the past perfect, over or changed, its day either
            # side (as "had been scheduled to arrive in May")
            return None
        ranked_tense = _ranked_deed(verb)
        if ranked_tense is not None:
            return ranked_tense  # "was the first official to arrive on Saturday": done, not planned
        directive = head != verb and head.lemma_ in directive_verbs() and not _incident_before(verb, start)
        if directive and not through_noun and (_present_perfect(head, head_auxes) or _present(head, head_auxes)):
            return FUTURE  # "has ordered a truce to begin on Tuesday": a perfect takes no day gone by
        if head != verb and (verb_lemma(head) in INTENT or _set_for_infinitive(head)) and not through_noun:
            # "had been scheduled to expire Friday", "had planned to leave in February": a plan told in the past
            # perfect is over or changed, the day it named lies either side (as "had been scheduled for February");
            # "was slated to arrive on Friday" is scheduled as "was set to arrive" is
            return None if any(a.lower_ == "had" for a in head_auxes) else FUTURE
        past_head = (head != verb and not _subject_of_present_perfect(verb, head, head_auxes)
                     and _past_or_perfect(head, head_auxes))
        if past_head and prospect and not any(a.lower_ == "had" for a in head_auxes):
            # "said the virus was likely to spread in the autumn": a past tense of reported speech, the outcome
            # ahead of the saying (not one said on a day of its own: "on Friday they said ...", whose "Saturday"
            # is the next day); told outright, its day lies either side
            reported = head.dep_ == "ccomp" and head.head.tag_ == "VBD" and not _dated_saying(head.head)
            return FUTURE if reported else None
        if past_head and _past_be_to_plan(verb):
            return None  # "were to lead a delegation on Monday": a plan told in the past, its day either side
        if past_head:
            return PAST
        if head != verb and not through_noun and verb.dep_ == "advcl" and _could_not(head, head_auxes) \
                and not _hypothetical_past(head) and not (start > 0 and doc[start - 1].lower_ in BOUND_PREPS):
            # "could not be reached to comment Monday", "police could not enter the town to help on Sunday": the
            # aim of what was not possible then, on its day (not "could not agree to meet on Friday", an xcomp, nor
            # "if we could not raise money to pay on Friday", a supposition)
            return PAST
        if head != verb and _participle_of_past_clause(verb, head, head_auxes):
            # "began drilling two wells to stop the leak in May": the aim of a deed done may lie either side of the
            # telling ("... to stop the leak in August", told in June)
            return None if _purpose_on_own_object(verb, head) else PAST
        if head != verb and _purpose_of_done_participle(verb, head, head_auxes):
            # "killed in the operation launched to quell dissent in March": the day is the launch's, as on the
            # participle itself: behind when a past clause tells of the noun, else either side
            return PAST if _done_thing_of_past_clause(head.head) else None
        if head != verb and _owned_decision(head) and tense_at(doc, head.i, head.i + 1) != FUTURE:
            return None  # "Riyadh's decision to supply more oil from June": a deed decided on, either side
        if head != verb and verb.dep_ == "acl" and head.dep_ in ("nsubj", "nsubjpass") \
                and _done_thing_of_past_clause(head):
            # "an earlier effort to pump mud in May failed", "the decision to cut the dividend in June was for
            # liquidity": the infinitive names what the subject of a past clause was for, no plan still ahead
            return None
        if through_noun and (due or prospect) and head.lower_ in PRESENT_BE \
                and not _is_incident(thing, scheduled=False):
            # "is due to appear before the energy committee on Thursday": a plan still standing; the parser hangs the
            # day on a noun that names no incident of its own, so the day is the plan's, ahead (not "is due to
            # discuss the attack on Thursday": the attack's day)
            return FUTURE
        # "to cool the crowd after the brawl on Friday": the day is the thing's, not the aim's
        return None if through_noun else FUTURE
    if _day_a_plan_aims_at(verb, doc, start):
        return None  # "has called a summit for September 14": the call is past, the day either side of the telling
    if _day_after_object_of_perfect_plan(verb, auxes, doc, start):
        return None  # "has announced a concert on 8 October": a perfect takes no day gone by, the day is the thing's
    if _bare_participle_of_noun(verb, auxes):
        holder = clause_verb(verb.head, CLAUSE_VERB_HOPS)
        held_tense, holder_auxes = tense_at(doc, holder.i, holder.i + 1), auxiliaries(holder)
        if _participle_noun_off_clause_time(verb.head, held_tense):
            held_tense = None  # "signed a treaty allowing travel from June": the thing's time, either side
        if held_tense == PAST and not _present_perfect(holder, holder_auxes):
            return PAST  # "inspectors visiting the rig in January found ...", not "has cancelled flights leaving in"
        if held_tense == FUTURE and any(a.lower_ in AHEAD_AUXILIARIES for a in holder_auxes):
            return FUTURE  # "cyclists entering the park on Friday will need a permit"; not a bare present's
    if verb.tag_ == "VBD" or verb.lower_ in past_form_slips() or any(a.tag_ == "VBD" or a.lemma_ == "have"
                                                                      or _contracted_had(a) for a in auxes):
        return PAST  # "retook" the tagger made a present is past all the same; "she'd left on Thursday" (had)
    if verb.tag_ == "VBN" and not auxes:  # a bare participle: "a summit set for April"
        if verb.dep_ == "ROOT" and verb.lemma_.lower() in INTENT and not _takes_clause_object(verb):
            return FUTURE  # a headline's plan: "New phone expected in the fall", "Vote scheduled for May"
        # the main verb of a sentence that the tagger took for a participle: "the pier reopened in the spring"
        # or a verb of foreseeing with the clause it foresees: "the firm forecast on Thursday that sales would fall"
        read_as_past = _main_verb_read_as_participle(verb) or (verb.dep_ == "ROOT" and _takes_clause_object(verb))
        return PAST if read_as_past and any(c.dep_ == "nsubj" for c in verb.children) else None
    if verb.tag_ == "VBG" and any(a.lower_ in PRESENT_BE for a in auxes):
        return FUTURE
    if verb.lemma_ in SEQUEL_VERBS and _present(verb, auxes) and (through_noun or _object_before(verb, start)):
        # "the walkout follows a pay offer on Monday": the day is the offer's, before the walkout, even where
        # the parser hangs it on the verb; "a rematch follows on Monday" lies ahead
        return None
    if (_present(verb, auxes) and verb.lemma_ not in REPORTING
            and verb.lower_ not in SAME_PAST
            and verb.lower_ in (verb.lemma_, verb.lemma_ + "s", verb.lemma_ + "es")
            and not _weekday_brought_in_with_a(doc[start:end])
            and not _describes_subject_of_comment(root, verb)):
        # "the leaders meet Monday": a present tense with a date announces; not a weekday brought in with "a" ("On
        # a lively Saturday night in Atlanta, Khalil helps customers"), a scene narrated in the present, nor an
        # adjective date of a subject the present comments on ("the overnight strikes only serve to ...")
        return FUTURE
    return None


def _main_verb_of_with_absolute(verb: Token, auxes: list[Token],
                                forms: tuple[str, ...] = ("VBN", "VBD")) -> Token | None:
    """The main clause verb where the verb is the participle of a "with" absolute ("With the deal announced on
    Friday, shares rose", "shares rose, with the deal announced on Friday"): a participle without auxiliaries
    whose subject follows a bare "with" that hangs on it (as a marker, or a preposition with no object of its own:
    the parser may read "With another protest predicted Friday" as a past tense); else None. Not "with the bill
    passed on Friday", where "with" takes the noun and the participle describes it. forms: the participle's tags
    (a gerund for a verb of prospect: "with elections looming in November")."""
    if auxes or verb.tag_ not in forms or verb.head == verb or verb.head.pos_ not in ("VERB", "AUX"):
        return None
    opener = next((c for c in verb.children if c.lower_ == "with" and c.i < verb.i and c.dep_ in ("mark", "prep")
                   and c.n_lefts + c.n_rights == 0), None)
    if opener is None or not any(c.dep_ in ("nsubj", "nsubjpass") and opener.i < c.i < verb.i for c in verb.children):
        return None
    return verb.head


def _main_verb_of_with_phrase(verb: Token) -> Token | None:
    """The main clause verb of a "with" absolute as the parser often reads one: its bare gerund describes the
    object of "with" ("was nervous, with elections looming in November") or is the object of "with" with a subject
    of its own ("was eager, with Democrats facing elections in November"); else None. The parse where "with" hangs
    on the gerund itself is _main_verb_of_with_absolute's."""
    if auxiliaries(verb):
        return None
    if verb.dep_ == "acl" and verb.head.dep_ == "pobj":
        opener = verb.head.head
    elif verb.dep_ == "pcomp" and any(c.dep_ == "nsubj" for c in verb.children):
        opener = verb.head
    else:
        return None
    main = opener.head
    return main if opener.lower_ == "with" and opener.dep_ == "prep" and main.pos_ in ("VERB", "AUX") else None


def _describes_subject_of_comment(root: Token, verb: Token) -> bool:
    """Whether a date is an adjective of the subject of a present verb that comments on the thing rather than
    sets its time: "the overnight airstrikes only serve to sharpen ...", "the overnight strikes mark a new phase"
    (the strikes' own night, not one announced); not a verb of a scheduled start or end, which does set it ("the
    overnight curfew starts today", scheduled_verbs.txt), nor a verb with a time of its own, which sets the thing's
    time as well ("the overnight closures take effect on Monday", "overnight showers clear by morning")."""
    return (root.dep_ == "amod" and root.head.dep_ in ("nsubj", "nsubjpass") and root.head.head == verb
            and verb.lemma_.lower() not in scheduled_verbs()
            and not any(word_class(t.lower_) in DAY_SETTING_CLASSES for t in _words_of_adverbials(verb)))


def _weekday_brought_in_with_a(span: Span) -> bool:
    """Whether a weekday is brought in with "a" ("a lively Saturday night", "a cold Tuesday"): a day told as a
    scene, not one named as the day a thing is set for."""
    return (any(word_class(t.lower_) == "WEEKDAY" for t in span)
            and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in span.root.children))


def first_days_of_ranges(results: list[tuple[Match, Resolved]]) -> list[tuple[Match, Resolved]]:
    """The first day of "12 and 13 March" takes the month and year of the day two tokens on, when that is a
    resolved, later day; without one it is dropped."""
    day_at = {m.start: value for m, (type_, value, _) in results if type_ == "DATE" and ISO_DAY.match(value)}
    placed = []
    for match, (type_, value, mod) in results:
        if match.rule == "range_first_day":
            other = day_at.get(match.end + 1)
            if other is None or int(value[-2:]) >= int(other[8:10]):
                continue  # no later day of a month follows: "between 12 and 13 March" needs 13 March
            value = other[:8] + value[-2:]
        placed.append((match, (type_, value, mod)))
    return placed


def month_ranges_in_order(doc: Doc, dct: dt.date, results: list[tuple[Match, Resolved]],
                          told_ahead: frozenset[int] = frozenset(),
                          told_past: frozenset[int] = frozenset()) -> list[tuple[Match, Resolved]]:
    """'from January to May' with no year: the two months were given their years apart and may have come out
    in the wrong order or more than a year apart (told in March, January 2019 and May 2018). The one that
    decides is the end where it lies before the telling ("prices rose from January to May"), else the start
    ("will run from January to May", also where the end came out past: told_ahead holds the starts of months
    told in the future; "the cuts, to be implemented from July to September": a clause of no tense that looks
    ahead); the other month takes the year that keeps the range under a year. A dashed range needs
    no opener ("the months of July-September"); without one the end decides only in a past clause (told_past)."""
    fixed = list(results)
    for i in range(len(fixed) - 1):
        (first, (type1, value1, mod1)), (second, (type2, value2, mod2)) = fixed[i], fixed[i + 1]
        opened = first.start > 0 and doc[first.start - 1].lower_ in MONTH_RANGE_OPENERS
        if not (_bare_month(first, value1) and _bare_month(second, value2) and second.start == first.end + 1
                and doc[first.end].lower_ in MONTH_RANGE_LINKS
                and (opened or _dashed_month_range(doc, first, second))):
            continue
        (y1, m1), (y2, m2) = (int(value1[:4]), int(value1[5:])), (int(value2[:4]), int(value2[5:]))
        wrap = 1 if m2 < m1 else 0  # "from October to February" runs into the next year
        looks_ahead = _clause_looks_ahead(doc, first)
        in_present = first.start not in told_past and not looks_ahead
        if in_present and _range_holds_month(m1, m2, dct.month) and not _year_written_in_sentence(doc, first, y1, y2):
            # "brings in most of its income between June and August" told in August: the range under way
            start_year = dct.year - 1 if wrap and dct.month <= m2 else dct.year
            fixed[i] = (first, (type1, f"{start_year:04d}-{m1:02d}", mod1))
            fixed[i + 1] = (second, (type2, f"{start_year + wrap:04d}-{m2:02d}", mod2))
            continue
        if y2 - y1 == wrap:
            continue
        # a clause of no tense that looks ahead lets the start decide: "the cuts, to be implemented from July to
        # September," told in April are this year's, though September alone came out last year's
        end_decides = first.start not in told_ahead and (
            first.start in told_past or (opened and not looks_ahead))
        if (y2, m2) < (dct.year, dct.month) and end_decides:
            fixed[i] = (first, (type1, f"{y2 - wrap:04d}-{m1:02d}", mod1))
        else:
            fixed[i + 1] = (second, (type2, f"{y1 + wrap:04d}-{m2:02d}", mod2))
    return fixed


def _clause_looks_ahead(doc: Doc, match: Match) -> bool:
    """Whether the verb a match hangs on has an auxiliary that looks ahead ("will run", "could run", "to run")."""
    verb = clause_verb(doc[match.start : match.end].root, CLAUSE_VERB_HOPS)
    return any(a.lower_ in AHEAD_AUXILIARIES or a.lower_ == "to" for a in auxiliaries(verb))


def _year_written_in_sentence(doc: Doc, match: Match, *years: int) -> bool:
    """Whether one of the years is written out in the match's sentence: "the 2024 season runs from March to
    October" gave the months that year, which a range under way now must not undo."""
    written = {f"{y:04d}" for y in years}
    return any(t.text in written for t in doc[match.start].sent)


def _range_holds_month(first: int, last: int, month: int) -> bool:
    """Whether a range of months from first to last (wrapping past December: "October to February") holds month."""
    return first <= month <= last if first <= last else month >= first or month <= last


def weekday_ranges_in_order(doc: Doc, dct: dt.date, results: list[tuple[Match, Resolved]],
                            told_past: frozenset[int] = frozenset()) -> list[tuple[Match, Resolved]]:
    """'from 7 p.m. Friday to 6 a.m. Monday': the two weekdays were given their days apart and may have come out
    in the wrong order or a week or more apart. The end decides where it is the day of the telling ("a curfew
    from 4 p.m. Saturday to 8 a.m. Sunday" told on a Sunday; not under "will": "the fair will run from Saturday to
    Tuesday" told on a Tuesday) or lies before it in a past clause ("shops were shut from Thursday to Monday");
    else the start decides ("the shop is open from Monday to Friday"), also where it is the day of the telling
    and the range is of a thing a verb puts in force ("issued a flood warning from Friday until Sunday evening"
    told on a Friday; in_force_verbs.txt; not "shops were shut from Friday to Monday"). The other weekday moves
    to keep the range under a week."""
    fixed = list(results)
    for i in range(len(fixed) - 1):
        (first, (type1, value1, mod1)), (second, (type2, value2, mod2)) = fixed[i], fixed[i + 1]
        if not (_weekday_with_inferred_day(first, value1) and _weekday_with_inferred_day(second, value2)
                and second.start == first.end + 1 and doc[first.end].lower_ in MONTH_RANGE_LINKS
                and first.start > 0 and doc[first.start - 1].lower_ in MONTH_RANGE_OPENERS):
            continue
        start, end = dt.date.fromisoformat(value1[:10]), dt.date.fromisoformat(value2[:10])
        if 0 <= (end - start).days < 7:
            continue
        gap = dt.timedelta(days=(end.weekday() - start.weekday()) % 7)
        # "the festival will run from Saturday to Tuesday" told on a Tuesday: the start decides
        told_back = first.start in told_past and (start != dct or not _range_put_in_force(doc, first))
        if (end == dct and not _under_will(doc, first)) or (end < dct and told_back):
            fixed[i] = (first, (type1, (end - gap).isoformat() + value1[10:], mod1))
        else:
            fixed[i + 1] = (second, (type2, (start + gap).isoformat() + value2[10:], mod2))
    return fixed


NOON_HOUR = "12"  # the hour, as written in a clock value, from which a time is in the afternoon or evening
NIGHT_INTO_LINKS = ("into", "to", "until", "till")  # "overnight into Monday": the night runs into the day


def clock_ranges_past_midnight(doc: Doc, results: list[tuple[Match, Resolved]]) -> list[tuple[Match, Resolved]]:
    """'a curfew from 10 p.m. to 6 a.m.', 'on air from 8 p.m. to 4 a.m.': the two clock times were given the same
    day, and an end in the morning after a start in the afternoon or evening lies on the next day. Not where a
    day is written after the end, which dates the end itself ("from 11 p.m. until 3 a.m. on Saturday"), nor
    where a verb of planning moves a time ("the kick-off was moved from 1 p.m. to 11 a.m.")."""
    fixed = list(results)
    starts = {m.start for m, _ in results}
    for i in range(len(fixed) - 1):
        (first, (type1, value1, _)), (second, (type2, value2, mod2)) = fixed[i], fixed[i + 1]
        if not (type1 == type2 == "TIME" and CLOCK_VALUE.match(value1) and CLOCK_VALUE.match(value2)
                and value1[:10] == value2[:10] and value2[11:13] < NOON_HOUR <= value1[11:13]
                and second.start == first.end + 1 and _clock_range_link(doc, first)):
            continue
        if _moved_by_plan(doc, first):
            continue
        if second.end in starts or (second.end + 1 in starts and doc[second.end].lower_ in ("on", ",")):
            continue
        next_day = dt.date.fromisoformat(value2[:10]) + dt.timedelta(days=1)
        fixed[i + 1] = (second, (type2, iso_day(next_day) + value2[10:], mod2))
    return fixed


def _last_clock_of(placed: list[tuple[Match, Resolved]], sent_start: int) -> str | None:
    """The value of the last clock time placed so far in the sentence from sent_start on, if any."""
    for match, (type_, value, _) in reversed(placed):
        if match.start < sent_start:
            return None
        if type_ == "TIME" and CLOCK_VALUE.match(value):
            return value
    return None


def _deadline_on_next_morning(doc: Doc, clock: Match, value: str, earlier: str | None) -> bool:
    """Whether a morning clock that took its day from an afternoon or evening clock before it in the sentence sets
    a deadline or an end after that clock (DEADLINE_PREPS: "by", "until", "through"), so lies on the next morning:
    "voting ended at 8 p.m. Sunday, with results expected by 9 a.m." (not "polls closed at 8 p.m. Sunday after
    opening at 7 a.m.", nor a clock that comes earlier in the same afternoon, nor one a past perfect sets before
    the first: "at 3 p.m. Monday officials said talks had lasted until 2 a.m.")."""
    if earlier is None or clock.start == 0 or doc[clock.start - 1].lower_ not in DEADLINE_PREPS:
        return False
    verb = clause_verb(doc[clock.start], 4)
    if verb.tag_ == "VBN" and any(a.lower_ == "had" or _contracted_had(a) for a in auxiliaries(verb)):
        return False
    same_day = earlier[:10] == value[:10]
    return same_day and bool(CLOCK_VALUE.match(value)) and value[11:13] < NOON_HOUR <= earlier[11:13]


def nights_before_named_days(doc: Doc, results: list[tuple[Match, Resolved]]) -> list[tuple[Match, Resolved]]:
    """'fighting went on overnight into Monday', 'overnight to Sunday': a bare "overnight" that runs into a
    named day is the night before that day, not the story's night."""
    fixed = list(results)
    for i in range(len(fixed) - 1):
        (night, (type_, value, mod)), (day, (_, day_value, _)) = fixed[i], fixed[i + 1]
        if not (night.end - night.start == 1 and doc[night.start].lower_ == "overnight"
                and value.endswith("TNI") and day.start == night.end + 1
                and (ISO_DAY.match(day_value) or DAY_PART_VALUE.match(day_value))  # "into Tuesday morning"
                and doc[night.end].lower_ in NIGHT_INTO_LINKS):
            continue
        eve = dt.date.fromisoformat(day_value[:10]) - dt.timedelta(days=1)
        fixed[i] = (night, (type_, iso_day(eve) + "TNI", mod))
    return fixed


def midnights_opening_named_days(doc: Doc, results: list[tuple[Match, Resolved]]) -> list[tuple[Match, Resolved]]:
    """'shortly after midnight on March 24', 'just after midnight Saturday': a midnight after "after" that names its
    day right after it is the one that opened that day, 24:00 of the day before (as "midnight Friday" is the end of
    Friday). Not "at (before) midnight on Saturday", nor "until after midnight on Saturday", which may run on from
    the evening before."""
    fixed = list(results)
    for i, (clock, (type_, value, mod)) in enumerate(fixed):
        start = clock.start
        if not (type_ == "TIME" and value.endswith("T24:00") and start > 0 and doc[start - 1].lower_ == "after"
                and "midnight" in (t.lower_ for t in doc[start : clock.end])):
            continue
        if any(t.lower_ in UNTIL_WORDS for t in doc[max(0, start - 3) : start - 1]):
            continue  # "went on until (well) after midnight on Saturday"
        # "after midnight Saturday" (not "after midnight GMT", "after midnight tonight", "midnight Saturday night")
        classes = [getattr(classify(t), "cls", None) for t in doc[start : clock.end]]
        own_day, day_end = ("WEEKDAY" in classes or "MONTH" in classes) and "PARTOFDAY" not in classes, clock.end
        if not own_day and i + 1 < len(fixed):
            day, (_, day_value, _) = fixed[i + 1]  # a day of its own, not "after midnight last night"
            own_day = _day_right_after(doc, clock, day) and ISO_DAY.match(day_value) and day_value == value[:10]
            day_end = day.end
        if own_day and not (day_end < len(doc) and doc[day_end].lower_ in NIGHT_INTO_LINKS):  # "Friday into Saturday"
            eve = dt.date.fromisoformat(value[:10]) - dt.timedelta(days=1)
            fixed[i] = (clock, (type_, iso_day(eve) + value[10:], mod))
    return fixed


def _moved_by_plan(doc: Doc, match: Match) -> bool:
    """Whether the verb a match hangs on moves a thing in time (time_moving_verbs.txt): "was moved from 1 p.m.
    to 11 a.m." names an old and a new time, no range."""
    verb = clause_verb(doc[match.start : match.end].root, CLAUSE_VERB_HOPS)
    return verb.lemma_.lower() in time_moving_verbs()


def time_moving_verbs() -> frozenset[str]:
    """Verbs that move a thing from one time to another: "moved from 1 p.m. to 11 a.m." (time_moving_verbs.txt)."""
    return word_set("times/time_moving_verbs.txt")


def _clock_range_link(doc: Doc, first: Match) -> bool:
    """Whether the word after a clock time links it to the end of a range: "to", "until", a dash, or the "and"
    of "between 10 p.m. and 6 a.m."."""
    link = doc[first.end].lower_
    between = first.start > 0 and doc[first.start - 1].lower_ == "between"
    return link in MONTH_RANGE_LINKS - {"and"} or (link == "and" and between)


def in_force_verbs() -> frozenset[str]:
    """Verbs that put a thing in force for a span: "issued a warning from Friday" (in_force_verbs.txt)."""
    return word_set("times/in_force_verbs.txt")


def _range_put_in_force(doc: Doc, match: Match) -> bool:
    """Whether the verb a match hangs on puts a thing in force or tells of one ("issued a flood warning from
    Friday", "warned of storms from Friday"; in_force_verbs.txt)."""
    return verb_lemma(clause_verb(doc[match.start : match.end].root, len(doc))).lower() in in_force_verbs()


def _under_will(doc: Doc, match: Match) -> bool:
    """Whether the verb a match hangs on has a present future auxiliary: "will run from Saturday" (not "would",
    the future of a past: "said the curfew would run from Saturday to Sunday" may take in the day of the telling)."""
    verb = clause_verb(doc[match.start : match.end].root, len(doc))
    return any(c.dep_ == "aux" and c.lower_ in PRESENT_FUTURE_AUXILIARIES for c in verb.children)


def years_shared_across_ranges(doc: Doc, results: list[tuple[Match, Resolved]]) -> list[tuple[Match, Resolved]]:
    """A month or day whose year was inferred takes the year written on the other end of its range or pair:
    "between January and March 2003", "from May 5 to June 3, 2003" (the start), "from December 2002 to March"
    (the end, a year on where the months wrap). The end takes the start's year only after "from"/"between" or
    a link that says range, not in a list: "in December 2002 and March ..." may start a new clause."""
    fixed = list(results)
    for i in range(len(fixed) - 1):
        (first, (type1, value1, mod1)), (second, (type2, value2, mod2)) = fixed[i], fixed[i + 1]
        if not (second.start == first.end + 1 and doc[first.end].lower_ in CLOCK_RANGE_LINKS
                and MONTH_OR_DAY.match(value1) and MONTH_OR_DAY.match(value2)):
            continue
        written1, written2 = _year_written(first), _year_written(second)
        if _month_with_inferred_year(first) and written2:
            fixed[i] = (first, (type1, _start_in_year_of_end(value1, value2), mod1))  # "from October to February 1998"
        elif (written1 and _month_with_inferred_year(second)
              and (doc[first.end].lower_ not in ("and", "or")
                   or (first.start > 0 and doc[first.start - 1].lower_ in MONTH_RANGE_OPENERS))):
            wrap = 1 if value2[5:] < value1[5:len(value2)] else 0  # "from December 2002 to March"
            fixed[i + 1] = (second, (type2, f"{int(value1[:4]) + wrap:04d}" + value2[4:], mod2))
    return fixed


def months_of_named_years(doc: Doc, results: list[tuple[Match, Resolved]]) -> list[tuple[Match, Resolved]]:
    """A month or day with no year of its own followed by "of" and a year takes that year: "in June of this
    year", "on 4 May of last year"; so does the start of a range it ends: "between March and May of 2011"."""
    fixed = list(results)
    for i in range(len(fixed) - 1):
        (first, (type1, value1, mod1)), (second, (_, value2, _)) = fixed[i], fixed[i + 1]
        if (second.start == first.end + 1 and doc[first.end].lower_ == "of" and MONTH_OR_DAY.match(value1)
                and re.fullmatch(r"\d{4}", value2) and _month_with_inferred_year(first)):
            fixed[i] = (first, (type1, value2 + value1[4:], mod1))
            if i > 0:
                fixed[i - 1] = _start_of_range_to(doc, fixed[i - 1], fixed[i])
    return fixed


def _start_of_range_to(doc: Doc, start: tuple[Match, Resolved], end: tuple[Match, Resolved]) -> tuple[Match, Resolved]:
    """The start of a month range whose year was inferred, given the year of the range's end ("from March to May
    of 2011"; "from October to February of 1998" starts a year before); any other match as it is."""
    (first, (type1, value1, mod1)), (second, (_, value2, _)) = start, end
    if not (second.start == first.end + 1 and doc[first.end].lower_ in MONTH_RANGE_LINKS
            and MONTH_OR_DAY.match(value1) and _month_with_inferred_year(first)):
        return start
    return first, (type1, _start_in_year_of_end(value1, value2), mod1)


def _start_in_year_of_end(start: str, end: str) -> str:
    """The value of a range's start ("2010-10", "2010-10-05") put in the year of its end ("1998-02"), a year
    before where the months wrap: "from October to February 1998" -> "1997-10"."""
    wrap = 1 if start[5:] > end[5:len(start)] else 0
    return f"{int(end[:4]) - wrap:04d}" + start[4:]


def _year_written(match: Match) -> bool:
    """Whether a match names its month's year: "March 2003", "June 3, 2003"."""
    classes = {info.cls for info in match.infos}
    return "MONTH" in classes and "YEAR" in classes


def _month_with_inferred_year(match: Match) -> bool:
    """A month or day of a month with no year of its own and nothing that shifts it: "March", "May 5" (not
    "last March", "March 2003")."""
    classes = {info.cls for info in match.infos}
    return "MONTH" in classes and not classes & DATING_CLASSES


def _weekday_with_inferred_day(match: Match, value: str) -> bool:
    """A weekday whose date was inferred, with or without a clock time: "Friday", "7 p.m. Friday" (not
    "Friday, May 3", "last Friday")."""
    classes = {info.cls for info in match.infos}
    return ("WEEKDAY" in classes and not classes & DATED_WEEKDAY_CLASSES
            and ISO_DAY.match(value[:10]) is not None)


def _dashed_month_range(doc: Doc, first: Match, second: Match) -> bool:
    """Whether two months are joined by a dash with no space ("July-September"): a range without "from"."""
    link = doc[first.end]
    return (second.start == first.end + 1 and link.lower_ in ("-", "–")
            and not doc[first.end - 1].whitespace_ and not link.whitespace_)


def _starts_told_in(tenses: dict[int, str | None], tense: str) -> frozenset[int]:
    """The starts of the matches (from Resolver._clause_tenses) whose clause is told in the tense."""
    return frozenset(start for start, told in tenses.items() if told == tense)


def _bare_month(match: Match, value: str) -> bool:
    """A month written alone, its year inferred: "May" (not "May 2018", "last May")."""
    return (match.end - match.start == 1 and match.infos[0].cls == "MONTH"
            and re.fullmatch(r"\d{4}-\d{2}", value) is not None)


# --- the resolver --------------------------------------------------------------------------


def _names_a_quarter(doc: Doc, k: int) -> bool:
    """Whether token k speaks of a quarter of a year: not "a quarter-century", "a quarter-point cut",
    "a quarter of its sales", "only a quarter" (a share); "quarterly" only before a report's noun
    ("quarterly profit", not "a quarterly dividend")."""
    word = doc[k].lower_
    if word == "quarterly":
        return _quarterly_report(doc[k])
    if word.endswith("-quarter"):
        return True
    if word != "quarter" or quarter_share(doc[k]):
        return False
    nxt = doc[k + 1].lower_ if k + 1 < len(doc) else ""
    prev = doc[k - 1].lower_ if k > 0 else ""
    return nxt != "-" and not (nxt == "of" and prev in ("a", "one", "three"))


def quarterly_report_nouns() -> frozenset[str]:
    """Nouns of a quarter's results after "quarterly": "quarterly profit" (quarterly_report_nouns.txt)."""
    return word_set("times/quarterly_report_nouns.txt")


def _quarterly_report(word: Token) -> bool:
    """"quarterly" tells of a quarter's report when it qualifies a results noun ("quarterly profit",
    "its quarterly results"), not a recurring payment or issue ("quarterly cheques", "a quarterly dividend")."""
    noun = word.head if word.dep_ == "amod" else word.nbor(1) if word.i + 1 < len(word.doc) else word
    return noun.lower_ in quarterly_report_nouns()


def _month_of_every_year(month: Token) -> bool:
    """'October' in "every year in October", "held annually in October": a month after "in" or "during" whose
    word also governs a yearly frequency (or is one), so the month recurs with it."""
    prep = month.head
    if month.dep_ != "pobj" or prep.lower_ not in ("in", "during"):
        return False
    anchor = prep.head
    return any(_yearly_frequency(t) for t in (anchor, *anchor.children))


def _yearly_frequency(token: Token) -> bool:
    """'annually', 'yearly', or 'year' after 'every' ('each', 'per'); not the adjective of "the yearly audit"."""
    entry = lexicon().get(token.lower_)
    if entry == ("SETADV", "P1Y"):
        return token.pos_ == "ADV"
    if any(c.dep_ in ("nsubj", "mark") for c in token.children):
        return False  # "went in June, as he does every year": a clause of its own, read by the parser as "year"
    return token.lower_ == "year" and any(word_class(c.lower_) == "EVERY" for c in token.children)


def _noun_before(token: Token) -> bool:
    """A noun or gerund right before the token that makes a compound with it: "opening hours"."""
    if token.i == 0:
        return False
    prev = token.doc[token.i - 1]
    return prev.tag_ in ("NN", "NNS", "NNP", "NNPS", "VBG") and prev.head == token


def _gerund_before_offset(token: Token) -> bool:
    """'resigning days after he was elected', 'dying hours after the fall': a gerund before units that measure an
    offset from an event is the verb of its clause, which the parser may join to the units as a compound."""
    return token.doc[token.i - 1].tag_ == "VBG" and offset_from_event(token.doc, token.i + 1)


def _singular_noun_before_offset(token: Token) -> bool:
    """'showed a mistake hours before the explosion': a noun that "a" opens is no compound of the plural units
    after it (no "a mistake hours"); the units measure an offset from an event, which the parser joined to it.
    So is the bare object of a verb in a fixed phrase (verb_object_nouns.txt): "gave birth days after", "took
    office weeks after", not the first half of "school days" ("missed school days after the flood") nor the hours
    a place keeps open ("extended office hours after complaints", opening_hours_nouns.txt)."""
    if token.i == 0 or not offset_from_event(token.doc, token.i + 1):
        return False
    noun = token.doc[token.i - 1]
    if _singular_with_indefinite_article(noun):
        return True
    if token.lower_ == "hours" and noun.lemma_.lower() in opening_hours_nouns():
        return False
    return (noun.tag_ == "NN" and noun.lemma_.lower() in verb_object_nouns() and not list(noun.children)
            and noun.i > 0 and token.doc[noun.i - 1].tag_.startswith("VB"))


def wire_agency_names() -> frozenset[str]:
    """Names of news agencies a dateline credits in brackets after its day ("July 29 (Reuters)");
    wire_agency_names.txt."""
    return word_set("times/wire_agency_names.txt")


def verb_object_nouns() -> frozenset[str]:
    """Nouns that stand bare as a verb's object in a fixed phrase: "birth", "office" (verb_object_nouns.txt)."""
    return word_set("times/verb_object_nouns.txt")


def _singular_with_indefinite_article(noun: Token) -> bool:
    """A singular common noun that "a" or "an" opens: "a mistake", "a September 11 attack"."""
    return noun.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


class Parts:
    """The tokens of one match grouped by class, in order."""

    def __init__(self, match: Match):
        self.infos = list(match.infos)
        if any(i is not None and i.cls == "MONTHDAY" for i in self.infos):  # "March,16": its month and its day
            self.infos = [part for i in self.infos for part in (
                (TokenInfo("MONTH", i.value[0]), TokenInfo("DAYNUM", i.value[1]))
                if i is not None and i.cls == "MONTHDAY" else (i,))]
        self.classes = [i.cls for i in self.infos]

    def has(self, *classes: str) -> bool:
        return any(c in classes for c in self.classes)

    def first(self, *classes: str) -> TokenInfo | None:
        return next((i for i in self.infos if i.cls in classes), None)

    def value(self, *classes: str):
        info = self.first(*classes)
        return info.value if info else None

    def after(self, cls: str) -> TokenInfo | None:
        """The token right after the first one of class cls."""
        if cls in self.classes:
            k = self.classes.index(cls) + 1
            return self.infos[k] if k < len(self.infos) else None
        return None

    def numbers(self) -> list[TokenInfo]:
        return [i for i in self.infos if i.cls in NUMBER_CLASSES + ("FEW", "HALF")]

    def amount(self) -> float | str | None:
        """How many units a quantity counts: 'two to three weeks' -> 2 (a range counts from its
        lower bound), 'a minute and a half' -> 1.5, 'a week' -> 1."""
        unit_at = max((k for k, c in enumerate(self.classes) if c in ("UNIT", "UNITPL", "SECOND")),
                      default=len(self.classes))
        before = self.infos[:unit_at]
        counted = [k for k, i in enumerate(before) if i.cls in NUMBER_CLASSES + ("FEW", "HALF")]
        # "two to three weeks", not the "to" of "up to 180 days"
        range_at = next((k for k, i in enumerate(before)
                         if (i.cls in ("OR", "TO") or _digit_range_dash(before, k) or _spelled_range_dash(before, k))
                         and counted and k > counted[0]),
                        len(before))
        amount = number_value([before[k] for k in counted if k < range_at])
        if amount is None and any(i.cls == "A" for i in before):
            amount = 1
        if amount is None and ("LONG" in self.classes or "OLD" in self.classes):
            # "a month-long siege" lasts one month, "a week-old truce" has stood for one week
            amount = 1
        if amount is None and "HALF" in self.classes[unit_at:]:  # "the past year and a half"
            amount = 1
        if isinstance(amount, (int, float)) and "HALF" in self.classes[unit_at:]:
            amount += 0.5
        return amount

    def lengths(self) -> list[tuple[float, str]]:
        """(amount, unit) of each piece of a compound length: 'a day and 4 hours' -> [(1, 'D'), (4, 'TH')]."""
        lengths, numbers = [], []
        for info in self.infos:
            if info.cls in ("UNIT", "UNITPL", "SECOND"):
                amount = number_value(numbers) if numbers else 1  # "an hour"
                lengths.append((amount, "TS" if info.cls == "SECOND" else info.value))
                numbers = []
            elif info.cls in NUMBER_CLASSES + ("HALF", "PLUS", "A"):
                numbers.append(info)
        return lengths

    def position_mod(self) -> str | None:
        """START/MID/END of early, mid-, late, the end of..."""
        for info in self.infos:
            if info.prefix:
                return {"early": "START", "mid": "MID", "late": "END"}[info.prefix]
            if info.cls in ("POSMOD", "EDGE"):
                return info.value
        return None

    def quantity_mod(self) -> str | None:
        """APPROX, MORE_THAN, EQUAL_OR_MORE... of about, more than, at least..."""
        for k, info in enumerate(self.infos):
            if info.cls in ("APPROX", "OVER", "MORE") and (info.cls != "MORE" or "THAN" in self.classes):
                return info.value
            if info.cls == "SOME" and k + 1 < len(self.infos) and self.infos[k + 1].cls in NUMBER_CLASSES:
                return "APPROX"
            if info.cls == "LEAST":
                return info.value
        return None

    def year(self) -> int | None:
        """An explicit year: 1998, fiscal 1998, '98 (the century is chosen later), nineteen ninety-four."""
        info = self.first("YEAR")
        if info:
            return int(info.value)
        if "TEENCENT" in self.classes:
            k = self.classes.index("TEENCENT")
            spelled = spelled_year([int(i.value) for i in self.infos[k:] if i.cls in ("TEENCENT", "NUMWORD")])
            if spelled is not None:
                return spelled
        if "APOS" in self.classes:
            nxt = self.after("APOS")
            if nxt and nxt.cls in ("NUMDIGIT", "DAYNUM") and len(str(nxt.value)) <= 2:
                return -int(nxt.value)  # negative: two digits, century unknown
        return None


def _range_before_its_noun(doc: Doc, start: int) -> bool:
    """'the November 12-13 summit', "a Nov. 12-13 meeting", "Sunday's May 5 and 6 talks": a determiner or an
    owner before the month of a range of days opens the noun after the range, which the whole range modifies;
    the day that ends it counts nothing (not "on May 5 and 6 people died")."""
    if start < 4:
        return False
    opener = doc[start - 4]
    return opener.tag_ in ("DT", "PRP$", "POS") and opener.lower_ not in ("all", "both", "each", "every", "no")


class Resolver:
    """Resolves the matches of one document in text order, keeping the narrative's reference."""

    def __init__(self, doc: Doc, dct: dt.date):
        self.doc = doc
        self.dct = dct
        self.ref_date: dt.date | None = None  # last day-precise date the text gave
        self.ref_date_not_ahead: dt.date | None = None  # last such date not after the publication date
        self.ref_date_has_year = False  # whether a year was written with it ("June 1, 1950")
        self.ref_date_opens_span = False  # whether "since" opened it, long before publication (no clock's day)
        self.ref_month: dt.date | None = None  # last month- or day-precise date the text gave
        self.ref_month_sentence: int | None = None  # start token of the sentence that gave ref_month
        self.ref_date_sentence: int | None = None  # start token of the sentence that gave ref_date
        self.ref_date_in_present = False  # whether ref_date's clause is a simple present ("takes off on 22 June")
        # the day-precise date told before a "today" or "tonight" that named the publication day, while that word
        # is the last day told: what "that night", "that day" point back to (_that_day)
        self.day_before_today: dt.date | None = None
        self.ref_year: tuple[int, int] | None = None  # (year, governing verb) of the last explicit year
        self.ref_year_start = 0  # where that year's match starts
        self.match: Match | None = None
        self.last_year: int | None = None  # year of the last explicit date, for "that year"
        self.list_year: int | None = None  # year of the last timeline entry dated with one ("May 2, 2019 - ...")
        self.list_days: list[dt.date] = []  # the days of the timeline entries so far, in the text's order
        # token starts of clock times given without a day -> the story's day before them, for a past tense
        self.dateless_clocks: dict[int, dt.date | None] = {}
        self.last_quarter: tuple[int, int] | None = None  # (year, n) of the last quarter named
        self.ref_week: dt.date | None = None  # Monday of the last week named after the last day-precise date
        self.scene_year: int | None = None  # year a scene-setting "It was 2014" gave, until another year is written
        # (year, governing verb, told before its verb) of the last "last year"
        self.relative_year: tuple[int, int, bool] | None = None
        # (year, token start, governing verb) of the last whole year ("last year")
        self.told_whole_year: tuple[int, int, int] | None = None
        self.years_of_told_months: dict[int, int] = {}  # month -> year of its last mention written without a year
        # (day, sentence start) of the last day given with a year of the past ("On February 14 2003"), or of a bare
        # day that continued one; None after a bare day that did not
        self.narrated_day: tuple[dt.date, int] | None = None
        self.day_continues_narration = False  # whether the match being resolved took the narrated day's year
        self.publication_date = dct  # self.dct, kept while the items under another day's page stamp swap it
        # (day, sentence start) of the last labelled page time stamp of a day other than the publication's
        # ("updated: Sat May 14 2011 18:10:00" in a list of older items); None after a stamp of the publication's
        self.page_stamp: tuple[dt.date, int] | None = None

    def resolve(self, match: Match) -> Resolved | None:
        """The match's (type, value, mod); an item under another day's page stamp is told on the stamp's day."""
        self.match = match
        told_on = self._page_stamp_over_match()
        if told_on is None:
            return self._resolve(match)
        self.dct = told_on
        try:
            return self._resolve(match)
        finally:
            self.dct = self.publication_date

    def _resolve(self, match: Match) -> Resolved | None:
        self.day_continues_narration = False
        parts = Parts(match)
        try:
            result = getattr(self, "_" + match.rule)(parts)
        except (ValueError, OverflowError, TypeError):
            return None  # an impossible date such as February 30
        if result is not None and result[1] is None:
            return None  # a unit without a calendar value
        if result is not None and (named := self._year_in_apposition()) is not None:
            result = ("DATE", named, None)  # "in 1992, the year Labour lost": the year just named
        if result is not None:
            self._remember(parts, result)
            self._remember_page_stamp(parts, result[1])
        return result

    def _remember_page_stamp(self, parts: Parts, value: str) -> None:
        """Keep the day of a page's own time stamp that the match writes in full, its year and a clock time with
        it, after a label and a colon (or "last" before the label): "Burials held in Tripoli updated: Sat May 14
        2011 18:10:00 A few hundred people gathered Saturday", "Page last updated at 07:02 GMT, Friday, 16
        September 2011". A stamp of a day other than the publication's (more than DATELINE_LAG_DAYS off) heads an
        item told on that day, as in a list of a site's older stories; one of the publication's day ends such an
        item."""
        if not ISO_DAY.match(value[:10]) or (parts.year() is None and not parts.has("ISODATE", "SLASHDATE")):
            return
        if not (parts.has("CLOCK") or self._clock_after_match()) or not self._labelled_stamp_at(self.match.start - 1,
                                                                                                 anywhere=True):
            return
        day = dt.date.fromisoformat(value[:10])
        if abs((day - self.publication_date).days) > DATELINE_LAG_DAYS:
            self.page_stamp = (day, self.doc[self.match.start].sent.start)
        else:
            self.page_stamp = None

    def _clock_after_match(self) -> bool:
        """Whether a clock time follows the match, over a comma, a dash or "at": "Sat May 14 2011 18:10:00",
        "14 January, 2010 - 17:26 GMT"."""
        for token in self.doc[self.match.end : self.match.end + 2]:
            info = classify(token)
            if info is not None and info.cls == "CLOCK":
                return True
            if token.lower_ not in (",", "-", "at"):
                return False
        return False

    def _page_stamp_over_match(self) -> dt.date | None:
        """The day of the page stamp (_remember_page_stamp) whose item the match is in: within NARRATED_SENTENCES
        of the stamp's sentence, no other stamp between; else None."""
        if self.page_stamp is None:
            return None
        day, sentence = self.page_stamp
        return day if self._within_narrated_sentences(sentence) else None

    def _year_in_apposition(self) -> str | None:
        """The year that "the year" ("the latest year") restates right after it and a comma or a dash: "in
        1992, the year Labour lost", "in 2007, the latest year for which figures exist", "sank in 1954 - the
        year rationing ended"; else None."""
        start, end = self.match.start, self.match.end
        words = [t.lower_ for t in self.doc[start:end]]
        if words not in (["the", "year"], ["the", "latest", "year"]):
            return None
        if (restated := _year_restated_by_link(self.doc[end - 1])) is not None:
            return restated
        if start < 2 or self.doc[start - 1].text not in (",", "-", "--", "–", "—"):
            return None
        if end < len(self.doc) and self.doc[end].pos_ in ("VERB", "AUX"):
            return None  # "By 2010, the year had been a disaster": the subject of the verb after it
        return _year_of(self.doc[start - 2])

    def place_clocks(self, results: list[tuple[Match, Resolved]]) -> list[tuple[Match, Resolved]]:
        """A clock time given without a day takes the day named in its sentence ("on Friday ... at 6 p.m.");
        then the results that wait on their neighbours are settled: a part of a day before "of" and a day, the
        first day of "12 and 13 March", the years of "from January to May", the days of "from Friday to Monday",
        a year written on one end of a range or after "of" ("between March and May 2003", "in June of that year")."""
        days = [(m, r[1][:10]) for m, r in results if r[0] == "DATE" and ISO_DAY.match(r[1])]
        dated_clocks = _dated_clocks(results, self.dateless_clocks)
        placed = []
        for match, (type_, value, mod) in results:
            if match.start in self.dateless_clocks and (own := _day_of_part_after(self.doc, match, results)):
                value = own + value[10:]  # "at 11:45 the next morning", "at 9pm on Saturday night"
            elif match.start in self.dateless_clocks and (listed := _day_of_clock_listed_after(self.doc, match,
                                                                                               dated_clocks)):
                value = listed + value[10:]  # "at 6 and 8 p.m. Saturday": the first hour is on the second's day
            elif match.start in self.dateless_clocks:
                sent = self.doc[match.start].sent
                # the nearest day of the sentence: "14:05 local time, Monday, 3 May ... 09:40, Tuesday, 4 May";
                # not a later day a change is measured from: "at 0915 GMT, down 12 cents from Monday"
                # a day the parser split across the sentence start counts: "Sat | June 6, 2009 10:41 pm BST"
                # of two days as near, not one that owns a thing: "February 9, 2011: 2:42 PM ET In Monday's column"
                # a dated clock after it is the same moment in another zone: "around 6 a.m. (11 p.m. Tuesday ET)"
                same = sorted((_token_gap(m, match), self.doc[m.start : m.end].root.dep_ == "poss", day)
                              for m, day in days + [(m, d) for m, d in dated_clocks if m.end <= match.start]
                              if m.start < sent.end and m.end > sent.start
                              and not (m.start > match.start and self._comparison_base(m))
                              and not (m.start > match.start and self._day_gone_for_clock_ahead(match, day)))
                if same:
                    value = same[0][-1] + value[10:]
                    if _deadline_on_next_morning(self.doc, match, value, _last_clock_of(placed, sent.start)):
                        value = iso_day(dt.date.fromisoformat(value[:10]) + dt.timedelta(days=1)) + value[10:]
                elif self.dateless_clocks[match.start] is not None:  # "Slepian was shot at 10 p.m."
                    value = iso_day(self.dateless_clocks[match.start]) + value[10:]
            placed.append((match, (type_, value, mod)))
        placed = first_days_of_ranges(self._parts_of_named_days(placed, days))
        month_tenses = self._clause_tenses(placed, _bare_month)
        placed = month_ranges_in_order(self.doc, self.dct, placed, _starts_told_in(month_tenses, FUTURE),
                                       _starts_told_in(month_tenses, PAST))
        weekday_tenses = self._clause_tenses(placed, _weekday_with_inferred_day)
        placed = weekday_ranges_in_order(self.doc, self.dct, placed, _starts_told_in(weekday_tenses, PAST))
        placed = months_of_named_years(self.doc, years_shared_across_ranges(self.doc, placed))
        placed = midnights_opening_named_days(self.doc, placed)
        return nights_before_named_days(self.doc, clock_ranges_past_midnight(self.doc, placed))

    def _day_gone_for_clock_ahead(self, clock: Match, day: str) -> bool:
        """Whether a day before the publication date comes after a clock told with "will": "will hold a news
        conference at noon to release a report on the November 5, 2009, shooting" is no noon of 2009."""
        return day < self.dct.isoformat() and _under_will(self.doc, clock)

    def _clause_tenses(self, results: list[tuple[Match, Resolved]], picks) -> dict[int, str | None]:
        """The clause tense of each match that picks(match, value) chooses, by the match's start: bare months
        for month_ranges_in_order ("the show will run from January", "sales fell in July-September"), weekdays for
        weekday_ranges_in_order ("the curfew ran from Friday"). Only the chosen matches are asked their tense."""
        tenses, current = {}, self.match
        for match, (_, value, _) in results:
            self.match = match
            if picks(match, value):
                tenses[match.start] = self.clause_tense()
        self.match = current
        return tenses

    def _parts_of_named_days(self, results: list[tuple[Match, Resolved]], days: list) -> list[tuple[Match, Resolved]]:
        """A part of a day right before "of" or "on" and a day takes that day: "late in the evening of June 9
        2004" (one TIME with its day), "by early afternoon on Tuesday" (not the story's day); a night before "between" two days is the
        night before the second: "overnight between 25 and 26 May", "the night between Friday and Saturday"."""
        day_at = {m.start: day for m, day in days}
        day_end_at = {m.start: m.end for m, _ in days}
        placed, joined = [], set()
        for match, (type_, value, mod) in results:
            end = match.end
            if (type_ == "TIME" and re.fullmatch(r"\d{4}-\d{2}-\d{2}T(MO|AF|EV|NI)", value)
                    and end < len(self.doc) and self.doc[end].lower_ in ("of", "on") and end + 1 in day_at):
                value = day_at[end + 1] + value[10:]
                if self.doc[end].lower_ == "of":
                    # "the evening of June 9 2004": one TIME over the whole phrase, as TIMEX3 tags never nest
                    match = replace(match, end=day_end_at[end + 1])
                    joined.add(end + 1)
            elif (type_ == "TIME" and value.endswith("TNI") and end < len(self.doc)
                  and self.doc[end].lower_ == "between"):
                # a lookup at the few tokens after "between", not a walk over every day of the document
                second = next((day_at[k] for k in range(end + 3, end + NIGHT_BETWEEN_SPAN + 1)
                               if k in day_at and self.doc[k - 1].lower_ == "and"), None)
                if second is not None:
                    value = iso_day(dt.date.fromisoformat(second) - dt.timedelta(days=1)) + "TNI"
            placed.append((match, (type_, value, mod)))
        return [(m, r) for m, r in placed if m.start not in joined]

    def _comparison_base(self, match: Match) -> bool:
        """Whether a day is what a change is measured from (see measured_from)."""
        token = self.doc[match.start : match.end].root
        for _ in range(3):
            token = token.head
            if token.lower_ in BASE_PREPOSITIONS:
                return measured_from(token)
            if token.dep_ not in ("prep", "pobj"):
                return False
        return False

    def _remember(self, parts: Parts, result: Resolved) -> None:
        _, value, _ = result
        if ISO_DAY.match(value[:10]) and parts.has("MONTH"):
            self._remember_narrated_day(parts, dt.date.fromisoformat(value[:10]))
        self._end_narration_at_present(parts, value)
        if ISO_DAY.match(value[:10]) and parts.has("MONTH", "WEEKDAY", "DEICTIC", "ISODATE", "SLASHDATE", "AGO"):
            self.ref_date_opens_span = self._opens_span_from_long_ago(value)
            day = dt.date.fromisoformat(value[:10])
            today = parts.has("DEICTIC") and day == self.dct and not parts.has("MONTH", "WEEKDAY")
            self.day_before_today = (self.day_before_today or self.ref_date) if today else None
            self.ref_date = self.ref_month = day
            if self.ref_date <= self.dct:
                self.ref_date_not_ahead = self.ref_date
            self.ref_month_sentence = self.doc[self.match.start].sent.start
            self.ref_date_has_year = parts.year() is not None or parts.has("ISODATE", "SLASHDATE")
            self.ref_date_sentence = self.doc[self.match.start].sent.start
            # the clause tense last: it costs most, and most days are not told in the present
            self.ref_date_in_present = (self._told_in_present() and not self._dates_subject_of_clause()
                                        and self.tense() != PAST)
            self.ref_week = None
        elif ISO_WEEK.match(value):  # "next week ... the following week"
            self.ref_week = dt.date.fromisocalendar(int(value[:4]), int(value[6:8]), 1)
        elif re.match(r"\d{4}-\d{2}$", value) and parts.has("MONTH"):
            self.ref_month = dt.date(int(value[:4]), int(value[5:7]), 1)
            self.ref_month_sentence = self.doc[self.match.start].sent.start
            if parts.year() is None:
                self.years_of_told_months[int(value[5:7])] = int(value[:4])
        if re.fullmatch(r"\d{4}", value):
            self.told_whole_year = (int(value), self.match.start, self.governor(through_conj=False))
        year = parts.year()
        if year and year > 0:
            if not self._year_names_thing():  # "like the 1918 virus": such a year does not date the rest of its clause
                self.ref_year = (year, self.governor())
                self.ref_year_start = self.match.start
                self.scene_year = int(value[:4]) if self._sets_scene() and re.match(r"\d{4}", value) else None
        elif self.scene_year is not None and re.match(r"\d{4}", value) and int(value[:4]) != self.scene_year:
            self.scene_year = None  # "It was 2014 ... Last year ...": the story has left the scene's year
        elif self.scene_year is not None and self._moves_on_from_scene(value):
            self.scene_year = None  # "It was 2014 ... Five years on, ...": the story has moved on from the scene
        if not year and self._names_relative_year(parts, value) and self._frames_its_verb():
            # "was fined last year after an inspection in July"; a "last year" told first frames the verbs joined to
            # its own too ("Last year, profits fell in March but rose in July")
            fronted = self.match.start < self.governor(through_conj=False)
            self.relative_year = (int(value), self.governor(through_conj=fronted), fronted)
        if (re.match(r"\d{4}", value) and parts.has("YEAR", "MONTH", "ISODATE", "SLASHDATE")
                and (year or self._story_year_after() is None)):  # "in May the following year" counts on
            self.last_year = int(value[:4])
        elif re.match(r"\d{4}$", value):  # "the next year", "two years ago": a year the story told too
            self.last_year = int(value)
        if year and re.match(r"\d{4}", value) and self._heads_list_entry():
            self.list_year = int(value[:4])  # a timeline's year, for its later entries ("May 2, 2019 - ...")
        if ISO_DAY.match(value) and self._heads_list_entry():
            self.list_days.append(dt.date.fromisoformat(value[:10]))
        if self.match.rule == "ordinal_unit" and re.match(r"\d{4}-Q\d$", value):
            quarter = (int(value[:4]), int(value[-1]))
            # the report is about the latest quarter that is over: "After a flat second quarter" is background;
            # a fiscal quarter may end before the calendar one: "reported fourth-quarter profit" in November
            current = (self.dct.year, quarter_of(self.dct))
            over = quarter < current or (quarter == current and self.clause_tense() == PAST)
            if over and quarter > (self.last_quarter or (0, 0)):
                self.last_quarter = quarter

    def _opens_span_from_long_ago(self, value: str) -> bool:
        """Whether "since" opens a day more than SINCE_SPAN_DAYS before publication: "BP has lost #44bn since 20
        April, when the rig exploded. By 10am the shares had recovered" counts from that day up to now, a clock after
        it keeps the publication day ("missing since Tuesday. She was last seen at 10 p.m." is that Tuesday's); "the
        following day" still counts from it."""
        return self._opened_by_since() and (self.dct - dt.date.fromisoformat(value[:10])).days > SINCE_SPAN_DAYS

    def _remember_narrated_day(self, parts: Parts, day: dt.date) -> None:
        """Keep a day written with a year before the publication's, or a bare day that continued such a day, for
        _year_of_narration; a bare day of another year ends the narration, and a day of a birth or a founding
        (origin_verbs.txt) starts none."""
        sentence = self.doc[self.match.start].sent.start
        if parts.year() is not None and self.doc[self.governor()].lemma_.lower() in origin_verbs():
            return  # "She was born on March 3, 1990": a life's background, no story told on from it
        if (parts.year() is not None and day.year < self.dct.year) or self.day_continues_narration:
            self.narrated_day = (day, sentence)
        elif parts.year() is None:
            self.narrated_day = None

    def _year_of_narration(self, key: tuple) -> int | None:
        """The year of a bare month and day that follows, within NARRATED_SENTENCES, a day dated in an older year
        and lies at most NARRATED_DAYS_BACK before it or NARRATED_DAYS_AHEAD after it: "On February 14 2003 he
        reported ... He followed up on February 28" tells the same weeks of 2003, not this year's February 28."""
        if self.narrated_day is None or len(key) != 2 or self._marks_anniversary():
            return None
        day, sentence = self.narrated_day
        if not self._within_narrated_sentences(sentence):
            return None
        for year in (day.year - 1, day.year, day.year + 1):
            if -NARRATED_DAYS_BACK <= dt.date(year, key[0], key[1]) - day <= NARRATED_DAYS_AHEAD:
                return year
        return None

    def _within_narrated_sentences(self, sentence_start: int) -> bool:
        """Whether the match lies within NARRATED_SENTENCES of the sentence that starts at sentence_start (counting
        the sentence starts between the two, not every sentence of the document at each match)."""
        if sentence_start > self.match.start:
            return True
        starts = 0
        for token in self.doc[sentence_start + 1 : self.match.start + 1]:
            if token.is_sent_start:
                starts += 1
                if 1 + starts > NARRATED_SENTENCES:
                    return False  # asked at each match while a day or a page stamp is kept: stop once past
        return True

    def _end_narration_at_present(self, parts: Parts, value: str) -> None:
        """A time told from now in the very sentence of a day dated in an older year makes that day background
        to a story of the present ("The actor, who made his debut on May 1, 1962, died on Monday"): no bare day
        after it continues the old year. (In a later sentence it may be an aside: "This week her old boss spoke
        out. He said that on September 20 he had begged for help.")"""
        year = re.match(r"\d{4}", value)
        if self.narrated_day is None or self.day_continues_narration or year is None or parts.year() is not None:
            return
        day, sentence = self.narrated_day
        told_from_now = parts.has("WEEKDAY", "DEICTIC", "LAST", "COMING", "THIS") and int(year.group()) != day.year
        if told_from_now and self.doc[self.match.start].sent.start == sentence:
            self.narrated_day = None

    def _marks_anniversary(self) -> bool:
        """Whether the match's sentence marks the return of an old day (anniversary_words.txt: "celebrated their
        25th anniversary on June 6")."""
        return any(t.lemma_.lower() in anniversary_words() for t in self.doc[self.match.start].sent)

    def _year_names_thing(self) -> bool:
        """Whether the match is a lone year before the common noun it names a thing by, the noun
        the object of a preposition ("like the 1918 virus", "a result of the 2003 invasion"); not "March 2003",
        whose year dates the month, nor a subject ("the 2005 budget was cut in March"), nor a thing that frames
        the clause ("won in the 2001 election and quit in May")."""
        if self.match.end - self.match.start != 1 or self.match.infos[0].cls != "YEAR":
            return False
        year = self.doc[self.match.start]
        thing = _top_of_compound(year.head)
        return (year.dep_ in ("nummod", "compound", "nmod") and year.head.i > year.i
                and year.head.pos_ in ("NOUN", "PROPN") and thing.pos_ == "NOUN" and thing.dep_ == "pobj"
                and thing.head.lower_ not in FRAMING_PREPOSITIONS)

    def _frames_its_verb(self) -> bool:
        """Whether the year is when its verb happened, not a point a change is counted from or a thing is
        likened to ("has doubled since last year", "unlike last year") nor an owner ("last year's harvest")."""
        return self.doc[self.match.start : self.match.end].root.dep_ not in ("pobj", "poss")

    @staticmethod
    def _names_relative_year(parts: Parts, value: str) -> bool:
        """'last year', 'next year': a whole year told from now, which dates a bare month of its clause as an
        explicit year does ("was fined last year after an inspection in July")."""
        shifted_year = parts.has("LAST", "COMING") and not parts.has("THAT")
        return shifted_year and parts.value("UNIT") == "Y" and re.match(r"\d{4}$", value) is not None

    # --- context helpers ---

    def tense(self) -> str | None:
        return tense_at(self.doc, self.match.start, self.match.end)

    def clause_tense(self) -> str | None:
        """The tense of the clause, also for a date that names a thing ("fourth-quarter profit")."""
        thing = self._named_thing()
        return tense_at(self.doc, thing.i, thing.i + 1) if thing is not None else self.tense()

    def _named_thing(self) -> Token | None:
        """The noun the date names a thing by, through a chain of compounds ("the May 2 gas plant blast")."""
        root = modifier_root(self.doc[self.match.start : self.match.end])
        if root.dep_ not in ("compound", "nmod") or root.head.pos_ != "NOUN":
            return None
        if _dates_saying(self.doc, self.match.start):
            return None  # "said on Friday senior figures would ...": a misparse, no thing is named
        return _top_of_compound(root.head)

    def _owns_thing_in_past_clause(self) -> bool:
        """Whether the date owns a noun ("February's offensive") that a past clause tells of; a weekday
        keeps its own rule ("Wednesday's ruling" under "would look for ways around" is still gone)."""
        root = self.doc[self.match.start : self.match.end].root
        if root.dep_ != "poss" or root.head.pos_ not in ("NOUN", "PROPN"):
            return False
        return _done_thing_of_past_clause(root.head)

    def _done_to_thing_in_past_clause(self) -> bool:
        """Whether the date hangs on a bare past participle after its noun ("the tests done in February",
        "the samples tested in February") of a verb that plans nothing, the noun told of in a past clause:
        the deed came before the telling (not "the rally planned for May", a plan either side)."""
        verb = self.doc[self.governor(through_conj=False)]
        if verb.tag_ != "VBN" or verb.dep_ != "acl" or auxiliaries(verb) or verb.head.pos_ not in ("NOUN", "PROPN"):
            return False
        if verb.lemma_.lower() in forward_verbs():
            return False
        return _done_thing_of_past_clause(verb.head)

    def direction(self, parts: Parts) -> tuple[str, bool]:
        """(past/future, strict) from an explicit last/next, else from the tense."""
        shift = parts.value("LAST", "COMING")
        if shift is not None:
            return (FUTURE if int(shift) > 0 else PAST), True
        return self.tense(), False

    def narrative_year(self) -> int | None:
        """A year the text gave earlier in this clause ("In 1998 ... in January")."""
        if self.ref_year is None:
            return None
        year, verb = self.ref_year
        if verb != self.governor():
            return None
        if self._credits_wire_agency():
            return None  # "* Decision due early 2011 OSLO, July 29 (Reuters) -": the dateline, the story's own day
        own = self.doc[self.governor(through_conj=False)]
        if (year < self.dct.year and self.ref_year_start > own.i and _ahead_from_now(own)
                and not self._year_in_on_verb(own)):
            # "could receive dividends for the last quarter of 2010 as soon as March" told in 2011: a year gone by
            # after the verb names the period a thing covers, not the time of a verb that "will" or a modal puts
            # ahead (a fronted year frames the clause: "In 2010, prices can rise sharply in December")
            return None
        return None if self._joined_verb_ahead_of_past_year(year) else year

    def _credits_wire_agency(self) -> bool:
        """Whether the match is a dateline's day, a news agency credited in brackets right after it:
        "OSLO, July 29 (Reuters) -", "GENEVA, May 26 (AFP)". Its year is the publication's, not one told before."""
        start, end = self.match.start, self.match.end
        if end + 2 >= len(self.doc) or self.doc[end].text != "(" or self.doc[end + 2].text != ")":
            return False
        if start > 0 and self.doc[start - 1].pos_ == "ADP":
            return False  # "the talks ended on July 29 (Xinhua) - officials said": a preposition's object, no dateline
        after = self.doc[end + 3] if end + 3 < len(self.doc) else None
        if after is not None and after.text not in ("-", "--", "\u2013", "\u2014", ":"):
            return False  # "the budget is due by October 1 (Reuters) and ...": a credit inside a sentence
        return self.doc[end + 1].lower_ in wire_agency_names()

    def _year_in_on_verb(self, verb: Token) -> bool:
        """Whether the last explicit year is the verb's own time, "in" or "during" it: "residents could vote in
        2008 only in March" (a past ability), unlike the period a thing covers ("dividends for 2010") or a year that
        is no time ("spend $2 billion in 2010 dollars")."""
        k = self.ref_year_start - 1
        if k < 0 or self.doc[k].lower_ not in ("in", "during") or self.doc[k].head.i != verb.i:
            return False
        return self.doc[k + 1].head.i == k

    def _joined_verb_ahead_of_past_year(self, year: int) -> bool:
        """'set his record at the 2009 championships and will defend his title at the August 27 race': a verb with
        "will" joined to the one of an earlier year than the publication's tells of a day still ahead, not of
        that year (not "resigned in 1987 and rejoined in March", nor the past "would")."""
        own = self.doc[self.governor(through_conj=False)]
        if year >= self.dct.year or own.i == self.governor():
            return False
        return any(a.lower_ in PRESENT_FUTURE_AUXILIARIES for a in auxiliaries(own))

    def governor(self, through_conj: bool = True) -> int:
        """Index of the verb that governs the match (its root when none): dates of one clause
        share it ("in July 1997 and again in March" but not "joined in 1997, will meet March 12"); with
        through_conj False, a verb joined to another keeps its own ("jailed last year and freed in March")."""
        token = clause_verb(self.doc[self.match.start : self.match.end].root, GOVERNOR_HOPS)
        while through_conj and token.dep_ == "conj" and token.head != token:  # "resigned in 1987 and rejoined in March"
            token = token.head
        return token.i

    def full_year(self, year: int) -> int:
        """'98 -> 1998 for a 1999 article, '05 -> 2005 for a 2010 one."""
        if year >= 0:
            return year
        century = self.dct.year // 100 * 100
        return century - year if century - year <= self.dct.year + 10 else century - 100 - year

    def year_for(self, key: tuple, dct_key: tuple, parts: Parts, months: bool = True, per_year: int = 12) -> int:
        """The year of a month (and day) that the text gave without one; months=False for
        keys that are no month (a quarter, a season), of which a year holds per_year (a season's key is its
        middle month)."""
        if parts.has("THIS"):
            return self.dct.year
        if months and len(key) == 1 and self._names_contract_month():
            return self.dct.year if key >= dct_key else self.dct.year + 1  # "October crude fell": still to come
        narrative = self.narrative_year()
        if narrative is not None and not parts.has("LAST", "COMING"):
            return narrative
        direction, strict = self.direction(parts)
        if months and not strict and direction != FUTURE and key >= dct_key and self._deadline_of_expectation():
            # "expectations of a rate rise by July kept the euro firm" written in April: a deadline looked forward
            # to, still ahead this year (one gone by, "hopes of a deal by March faded", keeps the clause's tense)
            direction = FUTURE
        if months and not strict and direction == FUTURE and key < dct_key and self._plan_over_in_main_clause():
            return self._nearest_year(key, dct_key, per_year)  # "Obama first planned to visit in March" said in June
        if months and not strict and direction == PAST and self._date_a_thing_falls_due():
            return self._nearest_year(key, dct_key, per_year)  # "was facing a payment due in August" said in June
        # a plan told in the past ("proposed an ultimatum by March 17") is part of the narration too
        # (a clause of no tense or another tense is told from now: "His funeral is on May 28")
        told_in_past = (direction == PAST or (direction is None and self.clause_tense() == PAST)
                        or _plan_told_in_past(self.doc[self.governor()]))
        narrated = self._year_of_narration(key) if months and not strict and told_in_past else None
        if narrated is not None:
            self.day_continues_narration = True
            return narrated
        if direction is None and self.clause_tense() == PAST and not self._names_planned_thing():
            direction = PAST  # "was set up after its May 2 blast": a thing a past clause names came before
        if direction is None and self._awaits_named_planned_thing():
            direction = FUTURE  # "campaign ahead of the September elections", "rule until the fall elections"
        if direction is None and self._owns_thing_in_past_clause():
            direction = PAST  # "the port bore the brunt of February's raids": the same for a thing the date owns
        if direction is None and self._done_to_thing_in_past_clause():
            direction = PAST  # "said two of the tests done in February failed": a deed a past clause reports
        if direction is None and self._names_planned_thing() and self.clause_tense() == FUTURE \
                and self._planned_thing_awaited_by_verb():
            # "will not step down before September elections": a planned thing a future clause awaits, after
            # any preposition ("before" too, which in a clause of no tense may tell of a thing gone)
            direction = FUTURE
        if not strict and direction != PAST and (self._names_incident() or self._dates_incident_by_preposition()):
            # "in the period leading up to the 20 April explosion", "the hearing into the 20 April explosion will
            # resume": an incident is over by the time it is news, whatever the clause's tense
            direction = PAST
        y = self.dct.year
        done_ahead = direction == PAST and key > dct_key and not self._within_lag(key, dct_key)
        if months and not strict and done_ahead and self._done_in_month_ahead():
            return y - 1  # "the strike began in March" written in February: a month yet to come is not done
        if direction == PAST and self._opened_by_since():
            # "the most since April" said in March: no month yet to come (save a datelined day ahead)
            return y if key <= dct_key or self._within_lag(key, dct_key) else y - 1
        if months and not strict and direction is not None and self._near(key, dct_key):
            # "had been set to expire Nov. 6" written Oct. 27: a date weeks away is this year's
            # whatever the tense; a year-old date would have been given with its year
            return y
        if direction == FUTURE:
            return y if (key > dct_key if strict else key >= dct_key) else y + 1
        if direction == PAST:
            if strict and months and self._month_before(key, dct_key):
                return y - 1  # "last February" said in March: the month just over would be "last month"
            return y if (key < dct_key if strict else key <= dct_key) else y - 1
        if months and len(key) in (1, 2) and self.years_of_told_months.get(key[0]) == self.dct.year:
            # "As early as February, tests failed ... calling the February tests preliminary": a month the story
            # already placed is the same month again, not the nearest one; not a month told of last year, still
            # to come this year ("Last year's festival took place in July. Tickets for the July festival ...");
            # so is a day of it ("the blast last April ... the period leading up to April 20")
            return self.years_of_told_months[key[0]]
        return self._nearest_year(key, dct_key, per_year)

    def _plan_over_in_main_clause(self) -> bool:
        """Whether a month hangs on a "to" infinitive of a plan that the main clause tells in a bare simple past
        (past_plan_verbs.txt): "Obama first planned to visit the region in March, but had to cancel" told in June
        is this year's March, not next year's; a plan still ahead would be told "plans to". Not a plan reported
        with its tense shifted back ("said he planned to visit in March", "planned to ..., a spokesman said")."""
        verb = self.doc[self.governor(through_conj=False)]
        if not (verb.tag_ == "VB" and [a.lower_ for a in auxiliaries(verb)] == ["to"]):
            return False
        plan = verb.head
        if plan.dep_ != "ROOT" or plan.tag_ != "VBD" or auxiliaries(plan) or verb_lemma(plan) not in past_plan_verbs():
            return False
        return not any(verb_lemma(t) in REPORTING for t in plan.sent if t.pos_ == "VERB")

    def _names_contract_month(self) -> bool:
        """Whether the date is a lone month naming a traded contract's delivery month ("ICE Brent October crude
        fell", "crude for March delivery"; contract_month_nouns.txt)."""
        span = self.doc[self.match.start : self.match.end]
        return len(span) == 1 and _contract_of_month(span.root) is not None

    def _done_in_month_ahead(self) -> bool:
        """Whether a date "in" ("on", "during") a month is told done by a simple past, active with no auxiliary or
        passive with a lone "was" or "were", and no verb of planning: "the revolt began in March", "the ferry
        reached the island on March 15", "on May 1 the convoy was hit by grenades", and a day written with no
        preposition, AP style: "wrote in an e-mail June 23" (not "was set for March", "moved the vote to March",
        "agreed to meet in March", "had been hit in May")."""
        root = self.doc[self.match.start : self.match.end].root
        if root.dep_ == "pobj" and root.head.lower_ in IN_TIME_PREPOSITIONS:
            attached = root.head.head
        elif root.dep_ == "npadvmod" and self.match.rule == "calendar_date":
            attached = root.head
        else:
            return False
        verb = self.doc[self.governor(through_conj=False)]
        auxes = auxiliaries(verb)
        simple_passive = (verb.tag_ == "VBN" and len(auxes) == 1 and auxes[0].dep_ == "auxpass"
                          and auxes[0].lower_ in ("was", "were"))
        if attached != verb:
            return False
        if _done_participle_of_noun(verb, auxes, self.doc, self.match.start):
            return True  # "Dr Murray, shown here in February, joined ..." written in January: a deed gone by
        if not (verb.tag_ == "VBD" and not auxes or simple_passive):
            return False
        if verb.lemma_.lower() == "be" or _hypothetical_past(verb):
            return False  # "said the vote was on March 3": a schedule told back; "if rates rose in March, ..."
        return verb.lemma_.lower() not in forward_verbs()

    def _date_a_thing_falls_due(self) -> bool:
        """Whether the date is the one a thing falls due on, "due" (plan_adjectives.txt) governing it itself or
        through a preposition of time or deadline ("a payment due in August", "the report was due by March", "bonds
        due August 1"): a schedule, which a past clause tells as it stood, not a time gone; not "due to" (because
        of) nor a past perfect ("had been due in May": over)."""
        root = self.doc[self.match.start : self.match.end].root
        due = root.head
        if root.dep_ == "pobj" and due.lower_ in IN_TIME_PREPOSITIONS + tuple(DEADLINE_PREPS):
            due = due.head
        if due == root or due.lower_ not in plan_adjectives() or due.pos_ != "ADJ":
            return False
        if due.i + 1 < len(self.doc) and self.doc[due.i + 1].lower_ == "to":
            return False
        verb = due.head if due.dep_ == "acomp" else due
        if due.dep_ == "acomp" and verb.dep_ == "relcl" and verb.tag_ == "VBD":
            return False  # "the report, which was due in March, was delivered in April": the thing's past, told back
        if due.dep_ != "acomp" and _past_deed(clause_verb(due, CLAUSE_VERB_HOPS)):
            # "skipped a coupon due in April", "a payment due in March was missed": it fell due before the deed
            return False
        return not any(a.lower_ == "had" for a in auxiliaries(verb))

    def _opened_by_since(self) -> bool:
        """Whether "since" opens the date ("the most since April", "up since early May"): the time it starts
        from lies before the telling."""
        k = self.match.start - 1
        return k >= 0 and self.doc[k].lower_ == "since"

    @staticmethod
    def _within_lag(key: tuple, dct_key: tuple) -> bool:
        """Whether a day lies at most DATELINE_LAG_DAYS after publication: "the storm hit the coast on February 22"
        dated February 21 is a datelined day ahead of the publisher's clock, not last year's."""
        return len(key) == len(dct_key) == 2 and _position(2001, key) - _position(2001, dct_key) <= DATELINE_LAG_DAYS

    def _nearest_year(self, key: tuple, dct_key: tuple, per_year: int = 12) -> int:
        """Without a tense: the nearest year, a date ahead counting as farther since news reports the past."""
        y = self.dct.year
        now = _position(y, dct_key, per_year)
        return min((y, y - 1, y + 1), key=lambda year: _distance(_position(year, key, per_year), now))

    @staticmethod
    def _month_before(key: tuple, dct_key: tuple) -> bool:
        """Whether a month (no day) is the one just before the publication month, in the same year."""
        return len(key) == len(dct_key) == 1 and key[0] == dct_key[0] - 1

    @staticmethod
    def _near(key: tuple, dct_key: tuple) -> bool:
        """Whether a month (and day) of this year lies within NEAR_DAYS / NEAR_MONTHS of now."""
        if len(key) != len(dct_key):
            return False
        if len(key) == 2:
            return abs(_position(2001, key) - _position(2001, dct_key)) <= NEAR_DAYS
        if len(key) == 1 and 1 <= key[0] <= 12 and 1 <= dct_key[0] <= 12:
            return abs(key[0] - dct_key[0]) <= NEAR_MONTHS
        return False

    def weekday(self, weekday: int, parts: Parts) -> dt.date:
        """The date of a weekday; without a tense, the past one unless it is almost a week back."""
        direction, strict = self.direction(parts)
        stamp = not strict and self._in_time_stamp()
        if stamp:
            direction = None  # "(Updated: 1:38 a.m. Monday, Libya; 6:38 p.m. Sunday ET)": no tense of its own
        if direction is None and not stamp:  # "walked out of Sunday mass": the tense of the clause that names the thing
            direction = self.clause_tense()
            if direction == PAST and self._names_planned_thing():
                direction = None  # "set a Friday deadline": the thing planned lies either side of the telling
            elif direction == FUTURE and self._names_thing_looked_back_at():
                direction = None  # "police are probing the Sunday shooting": the present is now, not the day's
            elif direction == PAST and self._names_thing_asked_for():
                direction = FUTURE  # "has called for protests after Friday prayers": what is asked for lies ahead
        if direction != PAST and not strict and self._record_of_day():
            direction = PAST  # "video from Friday shows ...": a record is of a day gone by
        if direction != PAST and not strict and self._dates_answered_incident():
            direction = PAST  # "may strike in response to the attack on Saturday": the attack came first
        if direction is None and self._owns_planned_thing_ahead():
            direction = FUTURE  # "ahead of Friday's summit", "Saturday's concert will raise money"
        if direction is None and self._owns_planned_thing_under_obligation():
            direction = FUTURE  # "the band will play Sunday's show", "details of Friday's summit are to be agreed"
        if direction is None and self._deadline_without_tense():
            direction = FUTURE  # "a 40 percent chance of a storm by Friday": a deadline looks ahead
        if direction is None and self._limit_of_day():
            direction = FUTURE  # "there is a deadline of Monday": a limit still standing lies ahead
        if direction is None and self._planned_thing_is_on_day():
            direction = FUTURE  # "there's a board meeting on Monday", "the vote is on Tuesday": set, still ahead
        if (direction != PAST or self._modal_before_earliest_bound()) and self._after_earliest_bound():
            # "could as early as Monday announce"; "warned that the oil might, as soon as Tuesday, reach ...",
            # whatever tense a misparse lends
            return weekday_date(self.dct, weekday, FUTURE, strict)
        if direction is None and self._told_in_present_passive():
            # "the film is released on Friday" lies ahead; a caption's passive tells yesterday ("a man is
            # detained on Wednesday" written on a Thursday)
            direction = PAST if (self.dct.isoweekday() - weekday) % 7 == 1 else FUTURE
        if direction is None and (self._names_incident() or self._owns_incident()):
            direction = PAST  # "safe after Tuesday's earthquake" told on a Monday: an incident is news once over
        if direction == FUTURE and not strict and self._dates_incident_after_it() \
                and self._dates_incident_by_preposition():
            # "The killing on Thursday of the commander shows ...": a known incident, its aftermath in the present
            # (not "police warn of an attack on Thursday", "the attack on Thursday will test the defenses")
            direction = PAST
        if direction is None:
            back = (self.dct.isoweekday() - weekday) % 7
            direction = PAST if back <= 5 else FUTURE
        if direction == FUTURE and not strict and self._yesterday_in_present(weekday):
            direction = PAST
        if direction == FUTURE and not strict and self._yesterday_in_past_plan(weekday):
            direction = PAST
        if direction == PAST and not strict and self._tomorrow_in_a_plan(weekday):
            direction = FUTURE
        if direction == PAST and not strict and self._day_of_thing_asked_for():
            direction = FUTURE  # "a page has surfaced calling for a protest Thursday": the protest's day, ahead
        if direction == PAST and not strict and self._overnight_early_next_day(weekday, parts):
            direction = FUTURE
        if direction == FUTURE and not strict and (said := self._day_of_saying()) is not None and said < self.dct:
            # "police said on Sunday the road is closed until Monday": ahead of the saying, not of the story
            return weekday_date(said, weekday, FUTURE, strict=True)
        return weekday_date(self.dct, weekday, direction, strict)

    def _dates_answered_incident(self) -> bool:
        """Whether the match, after "on", "at" or "over", comes right after an incident (incident_nouns.txt) that a
        response answers ("in response to the chemical attack in Douma at the weekend", "in retaliation for the
        bombing on Saturday", response_nouns.txt): the incident's day, gone by, whatever the clause's tense or the
        token the parser hung the date on. Not a verb's answer ("will respond to the attack on Saturday") nor a
        date set before the response ("will strike on Saturday in response to the attack"), nor an incident only
        supposed ("the response to any attack on Friday", "to a mock crash on Sunday": supposed_incident_words.txt)."""
        start = self.match.start
        if start < 2 or self.doc[start - 1].lower_ not in ("on", "at", "over"):
            return False
        token = self.doc[start - 2]
        for _ in range(6):
            if token.dep_ == "pobj" and token.head.lower_ in ("to", "for") \
                    and token.head.head.lemma_.lower() in response_nouns():
                return _is_incident(token, scheduled=False) and not _supposed_incident(token)
            if token.pos_ in ("VERB", "AUX") or token.head == token:  # "the attack they will carry out on Saturday"
                return False
            token = token.head
        return False

    def _record_of_day(self) -> bool:
        """Whether the match is the day after "from" of a noun of a record (record_nouns.txt) in a clause told in
        the simple present: "Video from Friday shows police firing", "footage from Tuesday appears to show";
        a recording cannot be of a day still ahead. Not a clause told ahead ("a new video from Friday will be
        released"), nor "tickets from Friday", "flights from Friday"."""
        noun = self._word_owning_match_by("from")
        if noun is None or not {noun.lemma_.lower(), noun.lower_} & record_nouns():  # "data", "minutes" as written
            return False
        verb = self.doc[self.governor()]
        return _present(verb, auxiliaries(verb))

    def _in_time_stamp(self) -> bool:
        """Whether the match is a clock time with a weekday right after a word that labels a page's time stamp
        (stamp_label_words.txt), a colon or "at" between, the label opening its sentence or a bracket or after
        "last": "(Updated: 1:30 a.m. Monday", "Posted at 9:10 p.m. Friday"; or the second clock time of such a
        stamp, after a semicolon ("...; 6:30 p.m. Sunday ET)")."""
        if self.match.infos[0].cls != "CLOCK":
            return False
        k = self.match.start - 1
        if k >= 0 and self.doc[k].text == ";" and self._in_time_stamp_before(k):
            return True
        return self._labelled_stamp_at(k)

    def _in_time_stamp_before(self, semicolon: int) -> bool:
        """Whether a clock time of a labelled time stamp starts the run that the semicolon ends (within a few
        words: "Updated: 1:30 a.m. Monday, Libya;")."""
        for k in range(semicolon - 1, max(semicolon - STAMP_WORDS, 0) - 1, -1):
            if self.doc[k].like_num and ":" in self.doc[k].text:
                return self._labelled_stamp_at(k - 1)
        return False

    def _labelled_stamp_at(self, k: int, anywhere: bool = False) -> bool:
        """Whether token k (or "at" / a colon there, then the token before it) is a stamp label that opens its
        sentence or a bracket and is marked as one by a colon after it or "last" before it ("(Updated: 1:30
        a.m.", "Last updated at 9 p.m."; not a participle that opens a sentence: "Posted at 1 a.m. Monday,
        the notice drew replies" tells when it was posted). With anywhere, for a stamp that writes a day in
        full with its year and clock, the label may follow a headline ("... of NATO airstrike updated: Sat May
        14 2011 18:10:00")."""
        colon = k >= 0 and self.doc[k].text == ":"
        while k >= 0 and self.doc[k].lower_ in (":", "at"):
            k -= 1
        if k < 0 or self.doc[k].lower_ not in stamp_label_words():
            return False
        before = self.doc[k - 1] if k > 0 else None
        last = before is not None and before.lower_ == "last"
        if last:
            before = self.doc[k - 2] if k > 1 else None
        opens = before is None or self.doc[k - 1 if last else k].is_sent_start or before.text in ("(", "[", "|")
        if anywhere and before is not None and (before.text == "," or before.text in OPENING_QUOTES
                                                and not before.whitespace_):
            return False  # "The page, updated: Sat May 14 2011 18:10:00, lists ...", 'wrote: "posted: 12 May 2009
            # 10:00"': a stamp quoted or in apposition in running text, no item of a page's list (not the closing
            # quote of the item before: '... "must go." updated: Tue Jul 19 2011 00:04:00')
        return (opens or anywhere) and (colon or last)

    def _day_of_saying(self) -> dt.date | None:
        """The past day a saying names for itself ("said on Sunday", "said Friday") where the match's clause
        is what was said, before or after the saying ("the road is closed until Monday, police said Sunday")."""
        verb = self.doc[self.governor()]
        if verb.dep_ == "ccomp" and verb.head.lemma_ in REPORTING:
            reporter = verb.head
        else:
            reporter = next((c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.i > verb.i
                             and c.lemma_ in REPORTING), None)
        if reporter is None or reporter.tag_ != "VBD":
            return None
        # its own day: hung on it, or right after it where the parser hung it on the clause said
        days = [t for c in reporter.children for t in ([c] + [g for g in c.children if c.lower_ == "on"])]
        after = self.doc[reporter.i + 1 : reporter.i + 3]  # "said Friday", "said on Friday"
        days += [t for t in after if reporting_verb_before(self.doc, t.i) == reporter]
        for token in days:
            info = classify(token)
            if info is not None and info.cls == "WEEKDAY" and not self.match.start <= token.i < self.match.end:
                return weekday_date(self.dct, int(info.value), PAST)
        return None

    def _overnight_early_next_day(self, weekday: int, parts: Parts) -> bool:
        """'New airstrikes shook the capital into early Tuesday' dated Monday: the early hours of the day
        after the story's date, told in the past by a story filed in a time zone behind the events, not
        six days back (which a story would call "last Tuesday"). Unlike _overnight_next_day, which needs the
        day before joined to it ("late Monday and early Tuesday") and runs first, this needs only the day's
        "early" and the story's date, and only turns a past direction round."""
        return (weekday - self.dct.isoweekday()) % 7 == 1 and parts.position_mod() == "START" \
            and not parts.has("THIS", "LAST", "COMING")

    def _deadline_without_tense(self) -> bool:
        """Whether the match follows "by" where no tense told its side: a day something is to be done by
        (not "killed by Friday's bomb", "by the Friday deadline": a thing the day names)."""
        start = self.match.start
        root = self.doc[start : self.match.end].root
        return start > 0 and self.doc[start - 1].lower_ == "by" and root.dep_ == "pobj"

    def _deadline_of_expectation(self) -> bool:
        """Whether the match follows a "by" that hangs, maybe through the nouns and prepositions of a phrase, on a
        noun of a thing looked forward to (expectation_nouns.txt): "expectations of another rise in rates by July",
        "hopes of a deal by July"; not "by July" on a verb ("had risen by July") nor on another noun ("the rise in
        rates by July")."""
        word = self._word_owning_match_by("by")
        for _ in range(EXPECTATION_HOPS):
            if word is None or word.pos_ not in ("NOUN", "ADP"):
                return False
            if word.pos_ == "NOUN" and word.lemma_.lower() in expectation_nouns():
                return True
            word = word.head if word.head != word else None
        return False

    def _limit_of_day(self) -> bool:
        """Whether the match is the day after "of" of a noun of a time limit (deadline_nouns.txt): "a
        deadline of Monday" (not "the deadline on Monday", whose day may be the setting's)."""
        noun = self._word_owning_match_by("of")
        return noun is not None and noun.lemma_.lower() in deadline_nouns()

    def _planned_thing_is_on_day(self) -> bool:
        """Whether the match, after "on", dates a thing set for a day (forward_nouns.txt) that a bare
        present "be" states: "There's a board meeting on Monday", "The vote is on Tuesday". Such a thing told
        in the present is on the schedule; one gone by is told in the past ("The meeting was on Monday")."""
        head = self._word_owning_match_by("on")
        if head is None:
            return False
        thing, verb = (head, head.head) if head.pos_ == "NOUN" else (None, head)
        if verb.lemma_ != "be" or verb.lower_ not in PRESENT_BE or auxiliaries(verb):
            return False
        there = any(c.dep_ == "expl" for c in verb.children)
        if thing is None:  # the date hangs on "be", the thing its subject ("The vote is on Tuesday") or after "there"
            thing = next((c for c in verb.children if c.dep_ == ("attr" if there else "nsubj")), None)
        elif thing.dep_ != "attr" or not there:
            return False  # only "there is a meeting on Monday", not "the focus is a meeting on Monday"
        # a limit keeps its own rule (_limit_of_day): "There is a deadline on Monday" may name the day it was set
        lemma = thing.lemma_.lower() if thing is not None else ""
        return lemma in forward_nouns() and lemma not in deadline_nouns()

    def _word_owning_match_by(self, preposition: str) -> Token | None:
        """The word that a preposition right before the match hangs on, the match its object: "deadline" in "a
        deadline of Monday", "video" in "video from Friday"; else None."""
        root = self.doc[self.match.start : self.match.end].root
        prep = root.head
        if root.dep_ != "pobj" or prep.i != self.match.start - 1 or prep.lower_ != preposition:
            return None
        return prep.head

    def _told_in_present_passive(self) -> bool:
        """Whether the match hangs straight on a present passive of a verb of issuing and nothing more: "is
        released on Friday" (not "is charged over a stabbing on Monday", whose day is the stabbing's, nor a
        caption's "a man is detained on Sunday")."""
        verb = self.doc[self.governor()]
        auxes = auxiliaries(verb)
        passive = len(auxes) == 1 and auxes[0].dep_ == "auxpass" and auxes[0].lower_ in PRESENT_BE
        if verb.tag_ != "VBN" or not passive or verb.lemma_.lower() not in issuing_verbs():
            return False
        token = self.doc[self.match.start : self.match.end].root.head
        while token != verb and token.head != token:
            if token.pos_ in ("NOUN", "PROPN"):
                return False
            token = token.head
        return token == verb

    def _after_earliest_bound(self) -> bool:
        """Whether the match follows a bound of the earliest time ("as early as", "as soon as";
        earliest_bounds.txt), which looks ahead where the parse gives no tense."""
        start = self.match.start
        return any(start >= len(words) and [t.lower_ for t in self.doc[start - len(words) : start]] == words
                   for words in earliest_bounds())

    def _modal_before_earliest_bound(self) -> bool:
        """Whether a modal ("might", "could") stands right before the bound of the earliest time, a comma
        maybe between: "the slick might, as soon as Tuesday night, reach the coast" looks ahead."""
        k = self.match.start - 1
        while k >= 0 and (self.doc[k].is_punct or self.doc[k].lower_ in EARLIEST_BOUND_WORDS):
            k -= 1
        if k < 0 or self.doc[k].tag_ != "MD":
            return False
        verb = self.doc[k].head  # not a perfect: "might, as early as Friday, have started" looks back
        return not any(a.lower_ in ("have", "'ve") for a in auxiliaries(verb))

    def _tomorrow_in_a_plan(self, weekday: int) -> bool:
        """Whether a weekday that a past plan would put six days back is tomorrow: "the ferry was due in port
        on Tuesday" written on a Monday tells the plan as it stood, not a Tuesday gone."""
        if (weekday - self.dct.isoweekday()) % 7 != 1:
            return False
        verb = self.doc[self.governor()]
        auxes = auxiliaries(verb)
        if any(a.lower_ == "had" for a in auxes):
            return False  # "had been due on Friday": the past perfect tells a plan that is over
        due = verb.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ in plan_adjectives() for c in verb.children)
        return due or ((verb.lemma_ in SCHEDULING or verb.lemma_ in plan_verbs()) and verb.tag_ == "VBN")

    def _yesterday_in_present(self, weekday: int) -> bool:
        """Whether a weekday that a bare present tense would put six days ahead is yesterday: a caption
        ("Nurses treat the injured on Wednesday" written Thursday) describes the day before; a verb of
        a scheduled event ("The fair opens on Wednesday", "Libraries remain closed") looks ahead."""
        if (self.dct.isoweekday() - weekday) % 7 != 1:
            return False
        if self.doc[self.governor()].lemma_.lower() in scheduled_verbs():
            return False
        return self._told_in_present()

    def _yesterday_in_past_plan(self, weekday: int) -> bool:
        """"he also planned to raise the claims with officials Wednesday" written on a Thursday: a plan
        told in a bare simple past (past_plan_verbs.txt) for a weekday it would put six days
        ahead is yesterday's; a plan still ahead would be told in the present ("plans to")."""
        if (self.dct.isoweekday() - weekday) % 7 != 1:
            return False
        verb = self.doc[self.governor()]
        auxes = [a.lower_ for a in auxiliaries(verb)]
        # the passive too, as _passive_infinitive_of_intent looks it ahead: "wanted to be briefed Monday"
        if not ((verb.tag_ == "VB" and auxes == ["to"]) or (verb.tag_ == "VBN" and auxes == ["to", "be"])):
            return False
        plan = verb.head
        # "were preparing to move from Thursday night": a plan told under way in the past is as past as "planned"
        past_progressive = plan.tag_ == "VBG" and [a.lower_ for a in auxiliaries(plan)] in (["was"], ["were"])
        bare_past = plan.tag_ == "VBD" and not auxiliaries(plan)
        return verb_lemma(plan) in past_plan_verbs() and (bare_past or past_progressive)

    def _names_incident(self) -> bool:
        """"failing to test the cement before the 20 April explosion", "the inquest into the 3 June
        shooting will reopen": a date that names an incident (incident_nouns.txt) before it, or dates one after
        it ("since the blast on May 2", _dates_incident_after_it), tells a day gone by. year_for also asks
        _dates_incident_by_preposition ("the killing of protesters in February"); weekdays only against the
        future a simple present lends ("The killing on Thursday of the commander shows ...")."""
        span = self.doc[self.match.start : self.match.end]
        things = {t.head for t in span if t.head.i >= span.end and t.dep_ in ("compound", "nmod", "nummod")}
        things |= {_top_of_compound(t) for t in things if t.pos_ == "PROPN"}  # "the April 20 BP rig explosion"
        return (any(_is_incident(t, scheduled=False) for t in things)  # "the 20 September clash" may lie ahead
                or self._dates_incident_after_it())

    def _dates_incident_after_it(self) -> bool:
        """"after the explosion of the rig April 20", "since the blast on May 2": a date set after an incident noun
        (incident_nouns.txt) as its bare modifier or its "on" phrase, in a clause with no auxiliary of the future
        or a modal ("an attack on May 2 would be ..." may lie ahead) that does not plan or await the incident."""
        root = self.doc[self.match.start : self.match.end].root
        noun = root.head
        if root.dep_ == "pobj" and noun.lower_ == "on":
            noun = noun.head
        elif root.dep_ != "npadvmod":
            return False
        if noun.i >= root.i or not _is_incident(noun, scheduled=False) or _awaited(noun):
            return False  # "plan an attack on May 2", "ahead of the strike on May 2" look ahead
        verb = self.doc[self.governor()]
        return not _under_future_or_modal(verb)

    def _dates_incident_by_preposition(self) -> bool:
        """"would seek warrants for the killing of protesters in February": a date after "in", "on" or "during"
        that hangs on a noun of an incident (incident_nouns.txt) told as a known one, with "the" or an owner, tells a
        day gone by, whatever the clause's tense (not "police fear an attack in September")."""
        root = self.doc[self.match.start : self.match.end].root
        preposition = root.head
        if root.dep_ != "pobj" or preposition.lower_ not in IN_TIME_PREPOSITIONS:
            return False
        incident = preposition.head
        known = any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ == "the") for c in incident.children)
        return known and _is_incident(incident, scheduled=False) and not _told_as_coming(incident)

    def _owns_incident(self) -> bool:
        """'Tuesday's earthquake', "Sunday's shooting": a date that owns an incident (incident_nouns.txt)."""
        root = self.doc[self.match.start : self.match.end].root
        return root.dep_ == "poss" and _is_incident(root.head, scheduled=False)  # not "face Wednesday's clash"

    def _names_planned_thing(self) -> bool:
        """Whether the date modifies a noun of something planned ahead ("a Friday deadline", "the Friday
        meeting", "the May 4 vote") that its clause awaits, plans or moves, so that the clause's tense does
        not tell its day ("set a Friday deadline", "ahead of the May 4 vote"; not "the Friday meeting ended")."""
        root = modifier_root(self.doc[self.match.start : self.match.end])
        if root.dep_ not in ("compound", "amod", "nmod") or root.head.lemma_.lower() not in forward_nouns():
            return False
        return _awaited(root.head)

    def _awaits_named_planned_thing(self) -> bool:
        """Whether a clause not told in the past waits for a thing the date names, after a preposition of waiting
        that looks ahead ("ahead of the September elections", "until the fall elections"); not "for" or "before",
        which also tell of things gone ("results for the May vote show", "polls before the May vote show")."""
        if self.clause_tense() == PAST or not self._names_planned_thing():
            return False
        thing = self.doc[self.match.start : self.match.end].root.head
        if thing.dep_ != "pobj":
            return False
        return _preposition_of(thing).lower_ not in TWO_WAY_PREPOSITIONS

    def _planned_thing_awaited_by_verb(self) -> bool:
        """Whether the planned thing the date names is planned by the clause's verb or hangs on it by a
        preposition ("will call off the June summit", "will not step down before September elections"), or is the
        object of a verb of drawing near (approach_verbs.txt: "as Congress approaches the November elections"); not
        the object of a verb that may look back ("will audit the May vote"), nor a thing after another noun
        ("results for the May vote will be published"), nor a verb that tells its aftermath."""
        thing = self.doc[self.match.start : self.match.end].root.head
        if thing.head.lemma_.lower() in forward_verbs():
            return True
        if thing.dep_ == "dobj" and verb_lemma(thing.head) in approach_verbs():
            return True  # "as Congress approaches the November elections", "nears the May vote": drawn near to
        if thing.dep_ != "pobj":
            return False
        verb = _preposition_of(thing).head
        return verb.pos_ in ("VERB", "AUX") and not _tells_aftermath(verb)

    def _owns_planned_thing_ahead(self) -> bool:
        """Whether the date owns a thing set for a day (forward_nouns.txt: "Friday's summit", "Sunday's vote") that
        its clause awaits or tells in the future ("ahead of Friday's summit", "Sunday's vote is expected to be
        close", "Saturday's concert will raise money"); not "Saturday's concert raised money"."""
        root = self.doc[self.match.start : self.match.end].root
        if root.dep_ != "poss" or root.head.lemma_.lower() not in forward_nouns():
            return False
        thing = root.head
        if thing.dep_ == "pobj":  # "ahead of Friday's summit", not "get around Wednesday's ruling"
            told_back = thing.head.lower_ in TWO_WAY_PREPOSITIONS and _past_or_past_passive(_verb_telling(thing))
            if _awaited(thing) and not told_back:  # not "rested before Sunday's final" (either side)
                return True
            # "will sing at Saturday's concert", "plan to play the song during Friday's telethon": the scene of a
            # deed still ahead (not "sang at Saturday's concert", "will comment on Sunday's vote", nor "will
            # investigate the violence at Saturday's match", where the scene is of a thing)
            return (_preposition_of(thing).lower_ in scene_prepositions() and self._planned_thing_awaited_by_verb()
                    and tense_at(self.doc, thing.i, thing.i + 1) == FUTURE)
        verb = thing.head
        if thing.dep_ in ("dobj", "nsubjpass") and verb.lemma_.lower() in forward_verbs():
            # "Monday's game has been called off", "postponed Saturday's vote"; not "called off Friday's game"
            return verb.lemma_ in SCHEDULING or not _past_or_past_passive(verb)
        subject = thing.dep_ in ("nsubj", "nsubjpass") and thing.lemma_.lower() not in outcome_nouns()
        if subject and _tells_aftermath(verb):
            return False  # "Sunday's final will be replayed", "Saturday's race will go down as an upset"
        return subject and tense_at(self.doc, thing.i, thing.i + 1) == FUTURE  # not "Friday's ruling will stand"

    def _owns_planned_thing_under_obligation(self) -> bool:
        """Whether the date owns a thing set for a day (forward_nouns.txt) that a clause under "will", a modal,
        "have to" or "is to" takes part in (attending_verbs.txt: "the band will play Sunday's show", "the team must
        win Saturday's match") or settles the arrangements of (arrangement_nouns.txt, with arranging_verbs.txt and
        the verbs of planning: "further details about Thursday's meeting have to be worked out"): the thing is still
        ahead. Not a verb that looks back ("will review Saturday's match"), nor an outcome ("will appeal Wednesday's
        ruling")."""
        root = self.doc[self.match.start : self.match.end].root
        thing = root.head
        if root.dep_ != "poss" or thing.lemma_.lower() not in forward_nouns() - outcome_nouns():
            return False
        if thing.dep_ == "dobj":
            return thing.head.lemma_.lower() in attending_verbs() and _ahead_by_auxiliary(thing.head)
        if thing.dep_ != "pobj" or thing.head.lower_ not in ("of", "about"):
            return False
        noun = thing.head.head  # "details about Thursday's meeting", not "a recount of Thursday's vote"
        if noun.lemma_.lower() not in arrangement_nouns():
            return False
        verb = noun.head
        if noun.dep_ in ("nsubj", "nsubjpass") and verb.lemma_ in ("have", "be"):
            verb = next((c for c in verb.children if c.dep_ == "xcomp"), verb)  # "have to be worked out"
        elif noun.dep_ not in ("nsubjpass", "dobj"):
            return False
        arranging = {verb.lemma_.lower(), _phrasal_lemma(verb)} & (arranging_verbs() | forward_verbs())
        return bool(arranging) and _ahead_by_auxiliary(verb)

    def _day_of_thing_asked_for(self) -> bool:
        """Whether a bare weekday comes right after the thing a bare "-ing" participle asks for with "for"
        (asking_for_verbs.txt), the participle hanging on a clause in the present perfect or a present of "be": "a
        page has surfaced calling for a protest Thursday", "a page calling for a rally on Monday is online".
        The participle tells an asking still going on, as "are calling for a protest Thursday" does, so the day is
        the thing's, ahead. Not a participle of a past clause ("a group calling for a protest Thursday was
        banned"), nor a finite asking, whose weekday may date the asking ("have called for protests on Friday"),
        nor an incident, nor a state named by a bare singular ("calling for calm on Thursday"), nor a weekday that
        names a thing ("Friday prayers": _names_thing_asked_for), nor a simple present of a deed, a caption's
        ("Demonstrators hold placards calling for elections Sunday in Kiev": the day of the picture)."""
        k = self.match.start - 1
        if k > 0 and self.doc[k].lower_ == "on":
            k -= 1
        if k < 0:
            return False
        thing = self.doc[k]
        if thing.pos_ != "NOUN" or thing.dep_ != "pobj" or thing.head.lower_ != "for" or _is_incident(thing, False):
            return False
        if self._named_thing() is not None:
            return False
        if thing.tag_ != "NNS" and not any(c.dep_ == "det" for c in thing.children):
            return False  # "calling for calm on Thursday": a state, no event with a day
        asking = thing.head.head
        if verb_lemma(asking) not in asking_for_verbs() or asking.tag_ != "VBG" or auxiliaries(asking) \
                or asking.dep_ not in ("xcomp", "advcl", "acl"):
            return False
        verb = clause_verb(asking.head, CLAUSE_VERB_HOPS)
        auxes = auxiliaries(verb)
        # a simple present only of "be" ("a page is up calling for ..."): a simple present of a deed is a caption's
        # or headline's, which tells the deed of the day ("Demonstrators hold placards calling for elections Sunday")
        return _present_perfect(verb, auxes) or (_present(verb, auxes) and verb.lemma_ == "be")

    def _names_thing_asked_for(self) -> bool:
        """Whether the date modifies a noun ("Friday prayers") in a clause whose verb asks for a thing, told in the
        present perfect or present: "has called for protests after Friday prayers", "have demanded Friday
        marches". A perfect takes no day gone by and the thing asked for comes after the asking, so the day lies
        ahead. The noun is in the thing asked for, or after a preposition that times it ("after", "before");
        not the scene of the asking ("has called for unity in his Friday sermon"). Not a bare weekday, which
        dates the asking itself ("has called on Sunday for calm"), nor an incident ("has called for an inquiry
        into the Friday shooting"), nor a clause told in the past. Not a thing a "to" infinitive tells a deed of
        ("has called for the Sunday footage to be released": the release is asked for, the footage is there),
        nor one named with "the" or an owner after an "after" the parser hangs on the verb, which names what the
        asking came after ("have demanded answers after the Friday session"), nor one a "for" of cause names, on
        the thing asked for or on a verb with an object of its own ("have demanded compensation for the Tuesday
        blackout", "have demanded justice for the Friday victims")."""
        thing = self._named_thing()
        if thing is None or _is_incident(thing):
            return False
        if any(c.dep_ in ("acl", "relcl") and any(a.lower_ == "to" for a in auxiliaries(c)) for c in thing.children):
            return False  # "the Sunday footage to be released": the deed is asked for, not the thing
        verb = self.doc[self.governor()]
        lemma, auxes = verb_lemma(verb), auxiliaries(verb)
        asking = lemma in demanding_verbs() or (lemma in asking_for_verbs() and any(
            c.dep_ == "prep" and c.lower_ == "for" for c in verb.children))
        if not asking or not (_present_perfect(verb, auxes) or _present(verb, auxes)):
            return False
        top = thing
        while top.head != verb and top.head != top:
            top = top.head
            if top.head != verb and top.dep_ == "prep" and top.lower_ == "for":
                return False  # "demanded compensation for the Tuesday blackout": what it is asked for, gone by
        if top.dep_ == "prep" and top.lower_ == "after" and any(c.dep_ in ("det", "poss") for c in thing.children):
            return False  # "demanded answers after the Friday session": the asking came after a known one
        if top.dep_ == "prep" and top.lower_ == "for" and any(c.dep_ == "dobj" for c in verb.children):
            return False  # "have demanded justice for the Friday victims": the verb's object is the thing asked for
        return top.dep_ == "dobj" or (top.dep_ == "prep" and top.lower_ in ASKED_FOR_PREPOSITIONS)

    def _names_thing_looked_back_at(self) -> bool:
        """Whether a present verb, not one of planning or waiting, governs a noun the date modifies that names
        a thing already past: an incident (incident_nouns.txt: "study the Monday blast"), a thing the verb
        looks back at (recalling_verbs.txt: "remembers the Friday meeting") or carries on (continuing_verbs.txt:
        "extend the Monday rally"); not "will watch the Friday jobs report", "plans the Friday strike", "tickets
        sell out for the Saturday concert"."""
        thing = self._named_thing()
        if thing is None:
            return False
        verb = self.doc[self.governor()]
        lemma = verb.lemma_.lower()
        planning = lemma in INTENT or (lemma in planning_verbs() and lemma not in continuing_verbs())
        if planning or any(a.dep_ == "aux" and a.lower_ in AHEAD_AUXILIARIES for a in verb.children):
            return False
        if _is_incident(thing):  # _named_thing gives a common noun
            return True  # an incident is over once it is news: "the FBI probes the Monday bombing"
        if lemma in continuing_verbs():
            return thing.lemma_.lower() not in forward_nouns()  # "extend the Monday rally", not "the deadline"
        return lemma in recalling_verbs()  # "remembers the Friday meeting"; not "security for the Saturday parade"

    def anchor(self) -> dt.date:
        return self.ref_date or self.dct

    def _that_day(self) -> dt.date:
        """The day "that night", "that morning", "that day" point back to: the story's last day, past a "today" or
        "tonight" that named the publication day after it ("exploded at 21.45 on 20 April ... the report released
        by BP today paints the terror of that night on the rig": 20 April), which "that" does not point at (the
        publication day's night is "tonight"); a weekday or date that falls on the publication day still is one
        ("on Friday ... his clients that morning"). A clause that looks ahead ("will", "could", "to") cannot point
        back to a day gone by: "He visited Texas on Monday. He speaks in Ohio tonight and will stay there that
        night" is tonight."""
        if self.day_before_today is not None and any(self.doc[k].lower_ == "that"
                                                     for k in range(self.match.start, self.match.end)):
            if self.day_before_today < self.dct and _clause_looks_ahead(self.doc, self.match):
                return self.anchor()  # "visited Texas on Monday ... speaks tonight and will stay there that night"
            return self.day_before_today
        return self.anchor()

    def story_anchor(self, unit: str) -> dt.date:
        """What "the following month", "the previous year" count from: the last date the story gave
        at that unit's precision or finer ("In March ... The following month" is April)."""
        if unit in ("M", "Q") and self.ref_month is not None:
            return self.ref_month
        if unit == "W" and self.ref_week is not None:
            return self.ref_week
        if unit == "Y" and self.last_year is not None and (self.tense() != FUTURE or self.last_year > self.dct.year):
            # "closed in 1995 and reopened the following year"; "will close in 2000 and reopen the following year";
            # else a future counts from the publication date: "sales will grow in the next year"
            return dt.date(self.last_year, 1, 1)
        return self.anchor()

    # --- dates written out ---

    def _iso_date(self, parts: Parts) -> Resolved | None:
        info = parts.first("ISODATE", "SLASHDATE")
        if info is None:
            y, m, d = (int(i.value) for i in parts.infos if i.cls != "HYPHEN")
        elif info.cls == "ISODATE":
            y, m, d = (int(x) for x in info.value.split("-"))
        else:
            m, d, y = (int(x) for x in info.value.split("/"))
            y = y if y > 99 else self.full_year(-y)
            if m > 12 >= d:  # day first, as outside the US: "17/05/2009"
                m, d = d, m
        return "DATE", iso_day(dt.date(y, m, d)), None

    def _wire_stamp(self, parts: Parts) -> Resolved | None:
        """'2009 06 24 07:14 JST': the day and the minute of a wire time stamp (its zone is not in the value)."""
        year, month, day = (int(i.value) for i in parts.infos[:3])
        return "TIME", f"{iso_day(dt.date(year, month, day))}T{parts.value('CLOCK')}", None

    def _quarter_code(self, parts: Parts) -> Resolved | None:
        """"Q3 2010", "1Q 2011": the quarter of the year written after its code."""
        year = parts.year() or int(parts.after("QUARTERCODE").value)
        return "DATE", f"{year:04d}-Q{parts.value('QUARTERCODE')}", None

    def _calendar_date(self, parts: Parts) -> Resolved | None:
        month = parts.value("MONTH")
        day = next(ordinal_value(i) for i in parts.infos if i.cls in ("DAYNUM", "ORDNUM", "ORDWORD"))
        year = parts.year()
        weekday = parts.value("WEEKDAY")
        if year is not None:
            year = self.full_year(year)
        elif (range_year := self._range_year()) is not None:  # "between March 3 and 5, 1997"
            year = range_year
        elif parts.value("UNIT") == "Y":  # "25 June last year"
            year = self.dct.year + self._shift(parts)
        elif self._that_year_after():  # "in 2004 ... retired on 3 May that year"
            year = self.last_year
        elif (story_year := self._story_year_after()) is not None:  # "freed on 3 May the following year"
            year = story_year
        elif (event_year := self._event_day_year(month, day)) is not None:
            year = event_year  # "the September 11 attacks" written in 2005
        elif (list_entry := self._heads_list_entry()) and self.list_year is not None:
            year = self._list_entry_year(month, day)  # a timeline: "May 2, 2019 - Talks open. May 9 - ..."
        elif weekday is not None:
            year = self._year_with_weekday(month, day, weekday, parts)
        elif (list_entry or self._entry_run_in()) and self.narrative_year() is None:
            # a timeline without a year: its present tense says nothing, the nearest year is the best guess
            year = self._nearest_year((month, day), (self.dct.month, self.dct.day))
        else:
            year = self.year_for((month, day), (self.dct.month, self.dct.day), parts)
        date = dt.date(year, month, day)
        return "DATE", iso_day(date), parts.quantity_mod() or parts.position_mod()

    def _event_day_year(self, month: int, day: int) -> int | None:
        """The year of a day that names a past event before one of its nouns (event_days.txt): "the
        September 11 attacks", "the September 11 memorial"; not "the September 11 deadline"."""
        entry = event_days().get((month, day))
        if entry is None or self.dct.year <= entry[0]:
            return None
        root = self.doc[self.match.start : self.match.end].root
        if root.dep_ in ("compound", "nmod", "amod") and root.head.lemma_.lower() in entry[1]:
            return None if _one_event_elsewhere(root.head) else entry[0]
        if root.dep_ == "pobj" and root.head.lower_ in ("including", "like") and (
                root.head.head.lemma_.lower() in entry[1]):
            return entry[0]  # "al-Qaida attacks, including September 11, took place before the invasion"
        if not _day_names_its_event(root):
            return None
        after_aftermath_noun = root.dep_ == "pobj" and root.head.head.lemma_.lower() in aftermath_nouns()
        return entry[0] if after_aftermath_noun or _event_named(self.doc, entry[1]) else None

    def _list_entry_year(self, month: int, day: int) -> int:
        """The year of a timeline entry written without one: the year of the entries before it, or the next year
        where the timeline runs forward into an earlier month ("Nov. 24 - ... Dec. 15 - ... Jan. 5 - ...") and
        that day does not pass the story's date; the timeline's year (list_year) then moves on to it."""
        year = self.list_year
        days = self.list_days[-2:]
        forward = len(days) == 2 and days[0] < days[1] and days[1].year == year
        if not forward or month >= days[1].month:
            return year
        try:
            later = dt.date(year + 1, month, day)
        except ValueError:
            return year
        if later > self.dct:
            return year
        self.list_year = year + 1
        return year + 1

    def _heads_list_entry(self) -> bool:
        """Whether the date opens an entry of a list or timeline: first in its sentence (after a list's colon, or
        after other date words: "May 8/9, 2019 -") and followed by a dash or colon ("May 9 - The envoy resigns").
        Entries are told in the present whatever their time."""
        doc, start, end = self.doc, self.match.start, self.match.end
        opening = doc[start].sent.start
        while start > opening and (doc[start - 1].text[:1].isdecimal() or doc[start - 1].text == ","
                                   or getattr(classify(doc[start - 1]), "cls", None) in ("MONTH", "WEEKDAY")):
            start -= 1
        first = start == opening or doc[start - 1].text in (".", "!", "?", ":")
        return first and end < len(doc) and doc[end].text in ENTRY_MARKS

    def _entry_run_in(self) -> bool:
        """Whether a date followed by a colon opens a timeline entry run into the text before it, its line break
        lost ("Rebels seize the port 29 December: The envoy resigns"): no preposition, article or verb before it.
        A dash ends such an entry's date too when a capital or a number follows it (_dash_opens_entry)."""
        doc, start, end = self.doc, self.match.start, self.match.end
        before = doc[start - 1] if start > 0 else None
        open_ = before is None or before.pos_ not in ("ADP", "DET", "AUX", "VERB", "PART")
        return open_ and end < len(doc) and (doc[end].text == ":" or self._dash_opens_entry())

    def _dash_opens_entry(self) -> bool:
        """Whether a dash after the date, and a capital or a number after the dash, open a run-in entry ("... in
        Damascus 10 May - Two bombers blow themselves up")."""
        doc, end = self.doc, self.match.end
        if end + 1 >= len(doc) or doc[end].text not in ENTRY_MARKS:
            return False
        return doc[end + 1].text[:1].isupper() or doc[end + 1].text[:1].isdecimal()

    def _that_year_after(self) -> bool:
        """Whether the match is followed by "that year" or "the same year" and the story told a year; an "of"
        may come between: "By June of that year", and so may the month that ends a range the match starts:
        "between June and August of that year"."""
        end = self._end_of_month_range(self.match.end)
        if end < len(self.doc) and self.doc[end].lower_ == "of":
            end += 1
        infos = [classify(t) for t in self.doc[end : end + 3]]
        if infos[:1] and infos[0] is not None and infos[0].cls == "THE":
            infos = infos[1:]  # "the same year"
        that, year = (infos + [None, None])[:2]
        if self.last_year is None or that is None or year is None:
            return False
        return that.cls == "THAT" and (year.cls, year.value) == ("UNIT", "Y")

    def _story_year_after(self) -> int | None:
        """The year "the following year" ("the next year", "the previous year") right after the match names, an
        "of" allowed between, counted as that phrase is from the year the story told: "arrested in 2015 and freed
        in May the following year" (2016-05), "fled on 3 June the previous year" (2014-06), "in the spring of the
        following year" (2016-SP); not "the last year" (told from now) nor an owner ("In May the next year's budget
        was cut"). None where the story told no year, or where a past clause would land in a year still ahead
        ("joined in March and left in May the following year", the March a bare month of this year)."""
        doc = self.doc
        end = self._end_of_month_range(self.match.end)
        if end < len(doc) and doc[end].lower_ == "of":
            end += 1
        if self.last_year is None or end + 2 >= len(doc) or doc[end].lower_ != "the" or doc[end + 1].lower_ == "last":
            return None
        shift, unit = classify(doc[end + 1]), classify(doc[end + 2])
        if shift is None or unit is None or shift.cls != "LAST" or (unit.cls, unit.value) != ("UNIT", "Y"):
            return None
        if end + 3 < len(doc) and doc[end + 3].tag_ == "POS":
            return None
        year = self.story_anchor("Y").year + int(shift.value)
        return None if year > self.dct.year and self.tense() == PAST else year

    def _end_of_month_range(self, end: int) -> int:
        """Where the month (and day) that ends a range starting with the match ends ("June and August",
        "March 3 to May 5"); end itself where no such month follows."""
        doc = self.doc
        if not (end + 1 < len(doc) and doc[end].lower_ in MONTH_RANGE_LINKS
                and getattr(classify(doc[end + 1]), "cls", None) == "MONTH"):
            return end
        end += 2
        while end < len(doc) and getattr(classify(doc[end]), "cls", None) in ("DAYNUM", "ORDNUM"):
            end += 1
        return end

    def _range_year(self) -> int | None:
        """'between March 3 and 5, 1997' ('September 13 and 15 2003'): the year that closes a range of days dates
        its first day too."""
        doc, end = self.doc, self.match.end
        comma = int(end + 2 < len(doc) and doc[end + 2].text == ",")
        if end + 2 + comma >= len(doc):
            return None
        day, year = classify(doc[end + 1]), classify(doc[end + 2 + comma])
        if doc[end].lower_ not in RANGE_LINKS or day is None or year is None:
            return None
        if day.cls not in ("DAYNUM", "ORDNUM") or year.cls != "YEAR":
            return None
        return self.full_year(int(year.value))

    def _range_day(self, parts: Parts) -> Resolved | None:
        """'from Aug. 10 to 15', 'Aug. 8-10': the second day of a range, in the month of the date
        three tokens before (the pattern's look-behind) and in its year unless the range gives one."""
        doc, start = self.doc, self.match.start
        if doc[start - 1].lower_ not in RANGE_LINKS:
            return None
        # a year inside the match closes the range ("and 15 2003"); otherwise the word after the day is read
        after = doc[start + 1] if self.match.end == start + 1 < len(doc) else None
        if after is not None and (after.lower_ == "of" or after.tag_[:2] in ("NN", "JJ", "CD")
                                  and not _range_before_its_noun(doc, start)):
            return None  # "on May 5 and 6 people died", "6 more", "6 of them": the number counts something
        first_day = ordinal_value(classify(doc[start - 2]))
        day = ordinal_value(parts.first("DAYNUM", "ORDNUM"))
        first = self.ref_date  # the first date, just resolved
        if first is None or (first.month, first.day) != (classify(doc[start - 3]).value, first_day):
            return None
        if day <= first_day:
            return None
        year = self.full_year(parts.year()) if parts.year() is not None else first.year
        return "DATE", iso_day(dt.date(year, first.month, day)), None

    def _range_first_day(self, parts: Parts) -> Resolved | None:
        """'on 12 and 13 March': the first day of a pair written day-first; its month and year come from the date
        after it, once that is resolved (first_days_of_ranges), so it holds only its day for now."""
        day = ordinal_value(parts.first("DAYNUM", "ORDNUM"))
        return ("DATE", f"XXXX-XX-{day:02d}", None) if day is not None and 1 <= day <= 31 else None

    def _unit_of_date(self, parts: Parts) -> Resolved | None:
        """'the week of March 6': the week (or other unit) that holds the date; 'the weekend of 14 August' the
        weekend of its week."""
        _, day, _ = self._calendar_date(parts)
        if parts.has("WEEKEND"):
            return "DATE", iso_week(dt.date.fromisoformat(day)) + "-WE", None
        value = shifted(dt.date.fromisoformat(day), parts.value("UNIT"), 0)
        return ("DATE", value, None) if value else None

    def _year_with_weekday(self, month: int, day: int, weekday: int, parts: Parts) -> int:
        """'Friday, Oct. 13': the year near the publication date where the weekday fits, else the year the
        story named last if it fits ("Friday, March 7, 2003 ... through Sunday, March 9" in a later caption)."""
        for year in (self.dct.year, self.dct.year - 1, self.dct.year + 1, self.last_year):
            if year is None:
                continue
            try:
                if dt.date(year, month, day).isoweekday() == weekday:
                    return year
            except ValueError:
                continue
        return self.year_for((month, day), (self.dct.month, self.dct.day), parts)

    def _month(self, parts: Parts) -> Resolved | None:
        month = parts.value("MONTH")
        if parts.classes == ["MONTH"] and _month_of_every_year(self.doc[self.match.start]):
            return "SET", f"XXXX-{month:02d}", None  # "every year in October": each October (TimeBank: "each July")
        year = parts.year()
        if year is not None:
            year = self.full_year(year)
        elif parts.has("UNIT"):  # "July last year", "January this year"
            year = self.dct.year + self._shift(parts)
        elif (self._after_that(parts) and self.last_year) or self._that_year_after():
            year = self.last_year  # "He was elected in 1996. That October ...", "... in June that year"
        elif (story_year := self._story_year_after()) is not None:
            year = story_year  # "arrested in 2015 and freed in May the following year"
        elif self._in_scene(parts):
            year = self.scene_year  # "It was 2014. Then, one April morning, the river rose"
        elif (relative := self._clause_relative_year(parts)) is not None:
            year = relative  # "was fined last year after an inspection in July"
        elif (story := self._year_of_story_months(parts, month)) is not None:
            year = story  # "In 1918 a first wave came in April. It then faded, but came back in August."
        else:
            year = self.year_for((month,), (self.dct.month,), parts)
        return "DATE", f"{year:04d}-{month:02d}", parts.quantity_mod() or parts.position_mod()

    def _year_of_story_months(self, parts: Parts, month: int) -> int | None:
        """The year of a bare month (or season, by its middle month) told in the past in a sentence that goes on
        with "then" from one that placed a month in an earlier year, when the month comes later in that year: "a
        first wave came in April 1918. It then faded, but came back in August". None otherwise."""
        ref = self.ref_month
        if ref is None or ref.year >= self.dct.year or month < ref.month or self.ref_month_sentence is None:
            return None
        if parts.has("LAST", "COMING", "THIS", "PAST") or self.clause_tense() != PAST:
            return None
        sentence = self.doc[self.match.start].sent
        if sentence.start == 0 or self.doc[sentence.start - 1].sent.start != self.ref_month_sentence:
            return None
        # "since then" leads up to the present: "It was founded in April 1995. Since then it has grown"
        goes_on = any(t.lower_ == "then" and not (t.i > 0 and self.doc[t.i - 1].lower_ == "since")
                      for t in self.doc[sentence.start : self.match.start])
        return ref.year if goes_on else None

    def _clause_relative_year(self, parts: Parts) -> int | None:
        """The year a "last year" ("next year") of this clause gave, for a bare month told in the past (future)
        after it: "was fined last year after an inspection in July" (not "was elected last year and
        will take office in January", not "last July", nor a month with a year of its own)."""
        if self.relative_year is None or parts.has("LAST", "COMING", "THIS") or self.narrative_year() is not None:
            return None
        year, verb, fronted = self.relative_year
        told_that_way = self.clause_tense() == (PAST if year < self.dct.year else FUTURE)
        return year if verb == self.governor(through_conj=fronted) and year != self.dct.year and told_that_way else None

    def _spelled_year(self, parts: Parts) -> Resolved | None:
        words = [int(i.value) for i in parts.infos if i.cls in ("NUMWORD", "TEENCENT")]
        year = spelled_year(words)
        if year is None:
            return None
        month = parts.value("MONTH")
        return "DATE", (f"{year:04d}-{month:02d}" if month else f"{year:04d}"), None

    def _day_pair(self, parts: Parts) -> Resolved | None:
        """'Feb. 15/16, 2011': the date of the first day (tag_times writes the second apart, and only the first
        where the second day is not in the first's month of that year: "Feb. 28/29" of 2011, which tag.py lets by)."""
        first_day = parts.value("DAYPAIR")[0]
        infos = tuple(TokenInfo("DAYNUM", first_day) if i.cls == "DAYPAIR" else i for i in parts.infos)
        return self._calendar_date(Parts(replace(self.match, infos=infos)))

    def _day_year(self, parts: Parts) -> Resolved | None:
        """'May 30,2011': the calendar date of the day and year written into one word."""
        day, year = parts.value("DAYYEAR")
        infos = []
        for info in parts.infos:
            infos += [TokenInfo("DAYNUM", day), TokenInfo("YEAR", year)] if info.cls == "DAYYEAR" else [info]
        return self._calendar_date(Parts(replace(self.match, infos=tuple(infos))))

    def _year_span(self, parts: Parts) -> Resolved | None:
        """'1997/98': the first of the two years (tag_times writes each year apart)."""
        return "DATE", f"{parts.value('YEARSPAN')[0]:04d}", None

    def _year(self, parts: Parts) -> Resolved | None:
        year = self.full_year(parts.year())
        if self._counts_far_ahead(year):
            return None
        half = self._half(parts)
        value = f"{year:04d}" + (f"-H{half}" if half else "")
        return "DATE", value, None if half else (parts.quantity_mod() or parts.position_mod())

    def _year_before_christ(self, parts: Parts) -> Resolved | None:
        """'500 BC' -> BC0500: a whole number of years before year 1 (TIMEX3); not a news slug such as
        "0603 BC-Australia", whose "BC" runs into a hyphen."""
        era = self.doc[self.match.end - 1]
        if not era.whitespace_ and self.match.end < len(self.doc) and self.doc[self.match.end].text == "-":
            return None
        number = str(parts.first("YEAR", "NUMDIGIT", "DAYNUM").value).replace(",", "")
        if not number.isdecimal() or not 0 < int(number) <= 9999:
            return None
        return "DATE", f"BC{int(number):04d}", parts.quantity_mod()

    def _counts_far_ahead(self, year: int) -> bool:
        """'polled 2047 registered voters' written in 2011: a lone number after a verb that counts the
        plural noun after it (tag.counted_object) is no year if it lies over ten years ahead, unless a
        round decade, a target year ("must meet 2030 targets")."""
        token = self.doc[self.match.start]
        lone = self.match.end - self.match.start == 1
        return lone and year > self.dct.year + 10 and year % 10 != 0 and counted_object(token)

    @staticmethod
    def _half(parts: Parts) -> int | None:
        """1 or 2 for 'the first/second/last half of'."""
        if not parts.has("HALF"):
            return None
        ordinal = parts.first("ORDWORD", "ORDNUM", "SECOND")
        if ordinal is None:  # "the last half"; the "last" of "the first half of last year" is its year
            return 2 if parts.has("LAST", "FINAL") else None
        n = ordinal_value(ordinal)
        return n if n in (1, 2) else None

    def _season_ahead_year(self, season: str) -> int:
        """The year of the season now or next up; the winter a December opens runs into next year, so from
        December every other season ahead ("are issued in the spring") is next year's."""
        if self.dct.month == 12:
            return self.dct.year + (season != "WI")
        return self.dct.year + (SEASON_ORDER[season] < SEASON_ORDER[season_of(self.dct)])

    def _season(self, parts: Parts) -> Resolved | None:
        season = parts.value("SEASON")
        year = parts.year()
        if parts.has("YEARSPAN"):  # "winter 2011/12": the season that begins in the first year (2011-WI)
            year = parts.value("YEARSPAN")[0]
        elif year is not None:
            year = self.full_year(year)
        elif self._after_that(parts) and self.last_year:  # "He was elected in 1996. That summer ..."
            year = self.last_year
        elif (story_year := self._story_year_after()) is not None:  # "in the spring of the following year"
            year = story_year
        elif self._in_scene(parts):  # "It was 2014 ... it was summer and hot"
            year = self.scene_year
        elif parts.has("THE") and parts.has("LAST") and not self._says("last"):
            # "the following spring", "the previous winter": next to the story's time, not to now
            year = self._story_season_year(season, int(parts.value("LAST")))
        elif parts.has("THIS") and parts.has("PAST"):  # "this past spring": the latest one
            year = self.dct.year - (SEASON_ORDER[season] >= SEASON_ORDER[season_of(self.dct)])
        elif parts.has("LAST", "PAST"):  # "last fall": the season of last year, "next spring" of next year
            year = self.dct.year + (1 if int(parts.value("LAST") or -1) > 0 else -1)
        elif parts.has("COMING"):
            year = self.dct.year + (SEASON_ORDER[season] <= SEASON_ORDER[season_of(self.dct)])
        elif (SEASON_ORDER[season] <= SEASON_ORDER[season_of(self.dct)] and self.narrative_year() is None
              and self._season_at_work_now()):
            # "a cool spring may be helping the virus" written in June: this year's, not next; a season still
            # ahead keeps the rules below ("the autumn is shaping up to be busy")
            year = self.dct.year
        elif self.narrative_year() is None and self._told_in_present_passive():
            # "before a helpline is opened in the autumn" written in May: a season a present passive
            # of issuing (issuing_verbs.txt) names is the next one, or the current one
            year = self._season_ahead_year(season)
        elif (SEASON_ORDER[season] - SEASON_ORDER[season_of(self.dct)] == 1 and self.narrative_year() is None
              and not self._told_in_past()):
            # "exams are set for the summer" in May: the season next up, unless told as done; from December
            # the next season (spring) is next year's
            year = self.dct.year + (self.dct.month == 12)
        elif (story := self._year_of_story_months(parts, SEASON_MIDDLE_MONTH[season])) is not None:
            year = story  # "a first wave came in April 1918. It then faded in the summer"
        elif season != "WI" and self.narrative_year() is None and self.tense() != PAST and self._for_a_season():
            # "we need to be prepared for the autumn" written in May: a season waited for is the next one (a
            # winter keeps the rules below, which of two years it is named by is no settled matter)
            year = self._season_ahead_year(season)
        else:
            # on the scale of months, so that a December publication date lies at the end of its year; the
            # season of the publication date is the current one
            now = (self.dct.month,)
            key = now if season == season_of(self.dct) else (SEASON_MIDDLE_MONTH[season],)
            year = self.year_for(key, now, parts, months=False)
        return "DATE", f"{year:04d}-{season}", parts.position_mod()

    def _sets_scene(self) -> bool:
        """Whether the match is a year that a past "it was" states as the time of the story told after it:
        "It was 2014 and we had a farm near the hills"."""
        year = self.doc[self.match.start : self.match.end].root
        verb = year.head
        # the "It" opens the sentence ("..., it was 2007" answers a question) and no "that" follows (a cleft)
        cleft = self.match.end < len(self.doc) and self.doc[self.match.end].lower_ == "that"
        return (year.dep_ == "attr" and verb.lemma_ == "be" and verb.tag_ == "VBD" and not cleft
                and any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it"
                        and all(t.is_punct for t in self.doc[c.sent.start : c.i]) for c in verb.children))

    def _moves_on_from_scene(self, value: str) -> bool:
        """Whether the match moves the story on from a scene: "five years on", "a decade later", "now"."""
        end = self.match.end
        if value == "PRESENT_REF":
            return True  # "It was 2014 ... Now I live in Berlin": back in the present
        return (re.fullmatch(r"P\d+Y", value) is not None and end < len(self.doc)
                and self.doc[end].lower_ in ("on", "later"))

    def _in_scene(self, parts: Parts) -> bool:
        """Whether a bare month or season told in the past belongs to the year a scene set (see _sets_scene)."""
        return (self.scene_year is not None and not parts.has("LAST", "COMING", "THIS", "PAST")
                and self.scene_year < self.dct.year and self.clause_tense() == PAST)

    def _season_at_work_now(self) -> bool:
        """Whether the season is the subject of a present progressive, maybe after a modal ("a cool spring is
        helping the virus", "a mild winter may be easing prices"): a season at work now; not one drawing near
        (approach_verbs.txt: "winter is coming")."""
        root = self.doc[self.match.start : self.match.end].root
        verb = root.head
        if root.dep_ != "nsubj" or verb.tag_ != "VBG" or verb.lemma_.lower() in approach_verbs():
            return False
        auxes = [a.lower_ for a in auxiliaries(verb)]
        present = len(auxes) == 1 and auxes[0] in PRESENT_BE  # "is helping"
        return present or (len(auxes) == 2 and auxes[0] in MODAL_AUXILIARIES and auxes[1] == "be")  # "may be"

    def _told_in_past(self) -> bool:
        """Whether the clause verb tells a thing done: a simple past, a past passive or a past perfect, maybe
        through a "to" infinitive: "the rain stopped during the summer", "the mill was sold in the summer",
        "it had been closed in the autumn", "the strike began to end in the summer", "the pier reopened in the
        spring" (not "were preparing pupils for the autumn term", "was due to reopen in the summer", "planned
        to reopen in the summer", "voted to close the pier in the summer": intent_verbs.txt, decision_verbs.txt)."""
        if self._for_a_season():
            return False  # "hired staff for the summer": the season the work was done for is still ahead
        verb = self.doc[self.governor()]
        auxes = auxiliaries(verb)
        infinitive = verb.tag_ == "VB" and [a.lower_ for a in auxes] == ["to"] and verb.head.pos_ in ("VERB", "AUX")
        if infinitive:
            verb = verb.head  # "began to fade": the time of the verb the infinitive hangs on
            auxes = auxiliaries(verb)
        if verb.lemma_ in INTENT or (infinitive and verb.lemma_ in decision_verbs()):
            return False
        if verb.tag_ == "VBD":
            return not auxes
        if verb.tag_ == "VBN" and not auxes and _main_verb_read_as_participle(verb):
            return True  # a main verb that the tagger took for a participle: "the pier reopened in the spring"
        # "was sold", "has been shut", "had been closed"
        return verb.tag_ == "VBN" and any(a.tag_ == "VBD" or a.lemma_ == "have" for a in auxes)

    def _for_a_season(self) -> bool:
        """Whether the season is the object of a preposition of waiting: "booked a room for the summer",
        "ordered buses ahead of the summer season" (awaiting_prepositions.txt)."""
        root = self.doc[self.match.start : self.match.end].root
        if root.dep_ == "compound":  # "the summer season": the noun after the season word
            root = root.head
        return root.dep_ == "pobj" and _awaited(root)

    def _after_that(self, parts: Parts) -> bool:
        """Whether the match is, or follows, an anaphoric 'that': 'that October', 'that summer'."""
        start = self.match.start
        return parts.has("THAT") or (start > 0 and self.doc[start - 1].lower_ == "that"
                                     and (self.doc[start - 1].dep_ == "det" or self._ends_clause()))

    def _ends_clause(self) -> bool:
        """Whether punctuation or the end of the text follows the match: after it "that" cannot open a
        relative clause ("an airstrike on the city that May." is that year's May, not "the deal that May struck")."""
        end = self.match.end
        return end == len(self.doc) or self.doc[end].is_punct

    def _says(self, word: str) -> bool:
        """Whether the match holds the word: "the last winter" counts from now, "the previous winter" does not."""
        return any(t.lower_ == word for t in self.doc[self.match.start : self.match.end])

    def _story_season_year(self, season: str, shift: int) -> int:
        """The year of 'the following spring' (shift 1) or 'the previous winter' (-1): the first such
        season after (before) the story's last month, or the year after (before) its last year."""
        month = self.ref_month
        if month is not None and month.year == self.last_year:
            ahead = SEASON_ORDER[season] > SEASON_ORDER[season_of(month)]
            behind = SEASON_ORDER[season] < SEASON_ORDER[season_of(month)]
            return month.year + (0 if (ahead if shift > 0 else behind) else shift)
        base = self.last_year if self.last_year is not None else self.dct.year
        return base + shift

    def _holiday(self, parts: Parts) -> Resolved | None:
        spec = parts.value("HOLIDAY", "NAMEDDAY")
        national = national_holiday(self.doc, self.match.start, self.match.end)
        if national == UNKNOWN_HOLIDAY:  # "Israel's Independence Day": not the US one, day unknown
            return "DATE", "XXXX-XX-XX", None
        spec = national or spec
        year = parts.year() or self._holiday_year_after()
        if year is not None:  # "Christmas Eve, 1950", "the day before Thanksgiving in 2011"
            year = self.full_year(year)
        else:
            this_year = holiday_date(spec, self.dct.year)
            event_year = None if national or parts.has("EVE") else self._event_day_year(this_year.month, this_year.day)
            if event_year is not None:
                year = event_year  # "the Boxing Day tsunami" written in 2010: the day of a past event
            elif self._awaited_after_turn_of_year(spec, this_year):
                year = self.dct.year + 1  # "shoppers hit the stores ahead of New Year" told on 20 December
            elif self._past_holiday_ahead(this_year, parts):
                year = self.dct.year - 1  # "crowds marched on Labour Day" written in March: last year's
            else:
                year = self.year_for((this_year.month, this_year.day), (self.dct.month, self.dct.day), parts)
        date = holiday_date(spec, year)
        if parts.has("EVE"):  # "Christmas Eve", "New Year's Eve": the day before
            date -= dt.timedelta(days=1)
        if parts.has("WEEKDAY"):  # "Easter Sunday" is Easter, "Easter Monday" the day after
            date = weekday_date(date, int(parts.value("WEEKDAY")), FUTURE)
        if parts.has("WEEKEND"):  # "Memorial Day weekend": the weekend next to the holiday
            return "DATE", iso_week(date + dt.timedelta(days=HOLIDAY_WEEKEND_SHIFT[date.weekday()])) + "-WE", None
        if self._within_new_year():
            return "DATE", str(date.year), None  # "early in the new year", "into the new year": the year it opens
        return "DATE", iso_day(date), None

    def _within_new_year(self) -> bool:
        """A lower-case "new year" after "in the"/"into the" (the article inside the extent): a time within the year,
        not the holiday."""
        start = self.match.start
        return in_the_new_year(self.doc, start + 1 if self.doc[start].lower_ == "the" else start)

    def _holiday_year_after(self) -> int | None:
        """The year written right after a holiday with "in" or "of": "Thanksgiving in 2011", "Christmas of
        1914"; else None (not "Christmas in 2,000 homes", a count)."""
        end = self.match.end
        if end + 1 >= len(self.doc) or self.doc[end].lower_ not in ("in", "of"):
            return None
        year = classify(self.doc[end + 1])
        if year is None or year.cls != "YEAR" or not self.doc[end + 1].text.isdecimal() \
                or self.doc[end + 1].dep_ == "nummod":
            return None
        return int(year.value)

    def _past_holiday_ahead(self, this_year: dt.date, parts: Parts) -> bool:
        """A holiday still ahead this year, named in a past clause with no year of its own or of
        the story: it is last year's, however near (year_for would keep a near date in this year)."""
        if this_year <= self.dct or parts.has("THIS", "LAST", "COMING") or self.narrative_year() is not None:
            return False
        days_ahead = (this_year - self.dct).days
        if days_ahead <= DATELINE_LAG_DAYS or (days_ahead <= HOLIDAY_EVE_DAYS and self._holiday_awaited()):
            return False  # "streets were decorated in the lead-up to Independence Day" days before it: this year's
        return self.clause_tense() == PAST

    def _awaited_after_turn_of_year(self, spec: str, this_year: dt.date) -> bool:
        """Whether a holiday whose day this year has gone by comes again within a month, across the turn of the year,
        and the clause prepares for it: "ahead of New Year" told on 20 December is the coming 1 January (not "New
        Year was quiet" told then, which keeps this year's, nor a clause told of last year: "last year he returned
        home for New Year", "sales for New Year were weak a year ago")."""
        if this_year >= self.dct or self.narrative_year() is not None or self._clause_of_last_year():
            return False
        return (holiday_date(spec, self.dct.year + 1) - self.dct).days <= HOLIDAY_TURN_DAYS and self._holiday_awaited()

    def _clause_of_last_year(self) -> bool:
        """Whether the verb that governs the match has "last year", "the previous year" or "a year ago" on it."""
        for child in self.doc[self.governor()].children:  # "last year" (npadvmod), "a year ago" (advmod "ago")
            if child.dep_ in ("npadvmod", "advmod"):
                words = {w.lower_ for w in child.subtree}
                if "year" in words and words & {"last", "previous", "ago"}:
                    return True
        return False

    def _holiday_awaited(self) -> bool:
        """Whether the holiday is what the clause prepares for: "ahead of Memorial Day", "for Christmas"
        (awaiting_prepositions.txt), "in the lead-up to Ukraine's Independence Day" (run_up_words.txt); not
        "veterans marked Memorial Day", "Memorial Day was quiet", which tell a past one."""
        root = self.doc[self.match.start : self.match.end].root
        if root.dep_ != "pobj":
            return False
        prep = root.head
        if prep.lower_ == "to" and prep.i > 0:
            return self.doc[prep.i - 1].lower_ in run_up_words()
        return _awaited(root)

    # --- days and parts of days ---

    def _weekday(self, parts: Parts) -> Resolved | None:
        weekday = parts.value("WEEKDAY")
        if parts.has("THE") and parts.has("LAST"):  # "the previous Friday": before the story's last date
            direction = FUTURE if int(parts.value("LAST")) > 0 else PAST
            date = weekday_date(self.anchor(), weekday, direction, strict=True)
        elif parts.has("THIS") and not parts.has("COMING"):
            date = self.dct + dt.timedelta(days=weekday - self.dct.isoweekday())
            tense = self.tense()
            # "will meet this Tuesday" said on a Saturday, "sat down this Friday" said on a Monday; but a plan
            # told in the past keeps a later day of the week under way: "was due to hold a celebration this
            # Friday" said on a Wednesday is not the Friday before
            if (tense == FUTURE and date < self.dct) or (tense == PAST and date > self.dct
                                                         and not self._plan_infinitive_governs()):
                date = weekday_date(self.dct, weekday, tense)
        elif self._indefinite_day():  # "It was a Wednesday": some Wednesday, which one the text does not say
            part = parts.value("PARTOFDAY")  # "on a Saturday night": the night of some Saturday
            return "DATE", f"XXXX-WXX-{weekday}" + (f"T{part}" if part else ""), None
        elif (week := self._week_named_after()) is not None:  # "on Monday last week"
            date = self.dct + dt.timedelta(weeks=week, days=weekday - self.dct.isoweekday())
        else:
            date = (self._overnight_next_day(weekday, parts) or self._weekday_after_first(weekday)
                    or self.weekday(weekday, parts))
        return self._day_with_part(date, parts.value("PARTOFDAY", "OVERNIGHT"), parts.position_mod())

    def _plan_infinitive_governs(self) -> bool:
        """Whether the verb that governs the match is a "to" infinitive of a plan: one hanging on a verb of intent
        or scheduling ("were scheduled to meet", "planned to meet"), on "due" ("was due to hold ... Friday") or on a
        past "was to" ("was to hold"); not the deed of "struggled to reach survivors", "managed to escape"."""
        verb = self.doc[self.governor()]
        if verb.lower_ in ("was", "were"):  # the date hangs on the subject: "talks on Friday were to settle"
            verb = next((c for c in verb.children if c.dep_ == "xcomp" and _to_infinitive(c)), verb)
        if not _to_infinitive(verb):
            return False
        head = _infinitive_head(verb)
        return (head != verb and (verb_lemma(head) in INTENT or head.lower_ in plan_adjectives())
                or _past_be_to_plan(verb))

    def _weekday_after_first(self, weekday: int) -> dt.date | None:
        """'meeting on Monday and Tuesday': a weekday joined to the weekday just before it and later in the
        week falls in the same week as that one, whichever way the first was counted."""
        doc, start, first = self.doc, self.match.start, self.ref_date
        if start < 2 or first is None or doc[start - 1].lower_ not in RANGE_LINKS:
            return None
        before = classify(doc[start - 2])
        if before is None or before.cls != "WEEKDAY" or first.isoweekday() != int(before.value):
            return None
        if weekday <= first.isoweekday():
            return None
        date = first + dt.timedelta(days=weekday - first.isoweekday())
        # a past plan keeps the later day ahead: "ministers meeting on Friday and Saturday were to discuss"
        return None if self.tense() == PAST and date > self.dct and not self._plan_infinitive_governs() else date

    def _overnight_next_day(self, weekday: int, parts: Parts) -> dt.date | None:
        """'struck late Monday and early Tuesday', 'Monday night into Tuesday': a weekday joined to the
        weekday (or its part of day) just before it, and the day after that one, is that next day, whatever
        the tense and the story's date (a story dated Monday may tell of strikes in the small hours of
        Tuesday). A simple past passes the story's date only through such hours: "markets fell Monday and
        Tuesday" in a story of Monday tells of no tomorrow. A lone "early Tuesday" told in the past of a
        Monday story is left to Resolver.weekday (_overnight_early_next_day), which counts from the story's
        date, not from the day before it."""
        doc, start, first = self.doc, self.match.start, self.ref_date
        if first is None or weekday != first.isoweekday() % 7 + 1 or start < 2:
            return None
        if doc[start - 1].lower_ not in overnight_links():
            return None
        hours = parts.has("PARTOFDAY") or parts.position_mod() is not None
        # back over at most three words before the link to the first weekday: "Monday night and into Tuesday"
        for k in range(start - 2, max(start - 5, -1), -1):
            info = classify(doc[k])
            if info is not None and info.cls == "WEEKDAY":
                next_day = first + dt.timedelta(days=1)
                if int(info.value) != first.isoweekday():
                    return None
                told_done = doc[self.governor()].tag_ == "VBD"  # "fell", not "were asked to attend"
                return None if next_day > self.dct and not hours and told_done else next_day
            night = info is not None and info.cls in ("PARTOFDAY", "OVERNIGHT")
            hours = hours or night
            if doc[k].lower_ not in overnight_links() and not night:
                return None
        return None

    def _indefinite_day(self) -> bool:
        """Whether the day is counted by "a"/"one" of its own ("on a Friday", "one Sunday"), not by a noun
        it names ("set a Friday deadline")."""
        start, root = self.match.start, self.doc[self.match.start : self.match.end].root
        before = self.doc[start - 1] if start > 0 else None
        info = classify(before) if before is not None else None
        counts_one = info is not None and info.cls in ("A", "NUMWORD") and str(info.value) == "1"
        return counts_one and before.head == root

    def _week_named_after(self) -> int | None:
        """The shift of the week that a weekday's next words name: "Monday last week" (-1), "Friday next
        week" (1), "Tuesday to Thursday last week" (-1, through the range), or that the words just before it name
        ("reports results next week Tuesday": 1; not "said last week Monday's vote", "said last week Monday
        would suit", where the week is the saying's), else None."""
        doc, k = self.doc, self.match.end
        start = self.match.start
        if start >= 2 and doc[start - 1].lower_ == "week" and doc[start].dep_ not in ("nsubj", "nsubjpass") \
                and not (k < len(doc) and doc[k].tag_ == "POS"):
            shift = classify(doc[start - 2])
            if shift is not None and shift.cls in ("LAST", "THIS", "COMING") and shift.value in ("-1", "0", "1"):
                return int(shift.value)
        if k + 1 < len(doc) and doc[k].lower_ in RANGE_LINKS and (other := classify(doc[k + 1])) is not None \
                and other.cls == "WEEKDAY":
            k += 2
        if k + 1 >= len(doc) or doc[k + 1].lower_ != "week":
            return None
        shift = classify(doc[k])
        if shift is None or shift.cls not in ("LAST", "THIS", "COMING") or shift.value not in ("-1", "0", "1"):
            return None
        return int(shift.value)

    @staticmethod
    def _day_with_part(date: dt.date, part: str | None, mod: str | None) -> Resolved:
        if part:  # TempEval annotators type "Friday night" as a DATE
            return "DATE", f"{iso_day(date)}T{part}", mod
        return "DATE", iso_day(date), mod

    def _deictic(self, parts: Parts) -> Resolved | None:
        part = str(parts.value("DEICTIC")).partition(" ")[2]  # "tonight": "0 NI"
        return self._day_with_part(self._deictic_day(parts), parts.value("PARTOFDAY") or part or None,
                                   parts.position_mod())

    def _part_of_day(self, parts: Parts) -> Resolved | None:
        if parts.has("WEEKEND"):
            return self._weekend(parts, 0)
        part = parts.value("PARTOFDAY", "OVERNIGHT")
        if parts.has("THAT"):
            date = self._that_day()
        elif parts.has("THIS"):
            date = self.dct
        elif parts.has("LAST") and parts.has("THE"):
            # "the next morning", "the previous night": a day on from the story's last date
            date = self.anchor() + dt.timedelta(days=int(parts.value("LAST")))
        elif parts.has("LAST", "PAST"):
            date = self.dct - dt.timedelta(days=1)
        elif self.tense() == FUTURE:
            date = self.dct
        else:
            date = self._story_day_part(part)
        return "TIME", f"{iso_day(date)}T{part}", parts.position_mod()

    def _story_day_part(self, part: str) -> dt.date:
        """The day of 'in the morning' or 'overnight' in a report: the day the story last named
        when it told that day in the past tense in the past week, within NARRATED_SENTENCES of it
        (a day named further back no longer holds the story: "Saturday's chlorine attack ...",
        and many sentences on, "Its overnight bombing raid was ..." of a Monday story is last
        night's), else the publication day; a night is the one before that day, or last night
        when the story's day is yesterday."""
        day, one = self.dct, dt.timedelta(days=1)
        if self.tense() == PAST and (recent := self._recent_story_day()) is not None \
                and self.ref_date_sentence is not None and self._within_narrated_sentences(self.ref_date_sentence):
            day = recent
        if part != "NI":
            return day
        return day - one if day < self.dct - one else self.dct - one

    def _recent_story_day(self) -> dt.date | None:
        """The day the story last named when it lies in the past week."""
        if self.ref_date is not None and dt.timedelta(0) <= self.dct - self.ref_date <= STORY_DAY_WINDOW:
            return self.ref_date
        return None

    def _clock_story_day(self, parts: Parts) -> dt.date | None:
        """The day of a past clock time without one: the day the story last named ("was seized on May 4 ...
        at 9 p.m."), not a day planned ahead nor a background date with a year of its own ("born on June 1,
        1950"); a clock with a time zone more than a week after that day is a quote of the publication day
        ("bonds were 1% higher at 0820 GMT", "at 7:00 local time")."""
        if self.ref_date is None or self.ref_date > self.dct or self.ref_date_opens_span:
            return None  # not a day long gone after "since": "has lost #44bn since 20 April. By 10am the shares ..."
        if (self.ref_date_has_year and self.ref_date.year != self.dct.year
                and self.dct - self.ref_date > dt.timedelta(days=STORY_DAY_ACROSS_YEAR_DAYS)):
            return None  # "born on June 1, 1950"; not "seized on Dec. 30, 2012" in a story of Jan. 3, 2013
        if parts.has("TIMEZONE", "ZONENAME") and self._recent_story_day() is None:
            return None
        if parts.has("TIMEZONE", "ZONENAME") and self._quotes_market_of_the_day():
            return None  # "results on Tuesday. Shares traded down 6 percent at 1516 GMT": today's market
        return self.ref_date

    def _clock_planned_day(self) -> dt.date | None:
        """The day of a clock time a clause looks ahead to without naming a day: the day ahead that the sentence
        before named ("settled on a May 11 launch date. Liftoff is set for 2:01 p.m."); not a day named further
        back, nor a day gone by, nor after a simple present, which may tell what is done every day ("The regatta
        starts on 12 March. The harbour office opens at 08:15")."""
        if self.ref_date is None or self.ref_date <= self.dct or self.ref_date_sentence is None:
            return None
        if self._told_in_present():
            return None
        start = self.doc[self.match.start].sent.start
        if start == 0 or self.doc[start - 1].sent.start != self.ref_date_sentence:
            return None
        return self.ref_date

    def _quotes_market_of_the_day(self) -> bool:
        """Whether the clock's sentence names no day of its own and quotes a price move (market_quote_words.txt:
        "percent", "pence"; market_move_verbs.txt: "traded"; market_nouns.txt: "shares"): a market quote of the
        publication day, not of a day an earlier sentence named."""
        sentence = self.doc[self.match.start].sent
        if self.ref_date_sentence == sentence.start or self.dct.isoweekday() > 5:
            return False  # a story of a Saturday or Sunday quotes no market of its day
        if self.ref_date_sentence is not None and _tells_of_market(self.doc[self.ref_date_sentence].sent):
            return False  # "Oil prices jumped on Friday. Brent crude rose 4 percent by 1200 GMT": that day's move
        if any(t.lower_ == "had" and t.dep_ == "aux" and t.head.lemma_.lower() in market_move_verbs()
               for t in sentence):
            return False  # "On Friday the market crashed. By 1500 GMT the index had lost 8 percent": narrated
        return any(t.lower_ in market_quote_words() for t in sentence) and _reports_price_move(sentence)

    def _weekend(self, parts: Parts, shift: int) -> Resolved:
        direction, strict = self.direction(parts)
        if shift > 0 and self._on_weekend():
            # "next weekend" told on a Saturday or Sunday: the one after the weekend under way
            return "DATE", iso_week(self.dct + dt.timedelta(weeks=shift)) + "-WE", parts.position_mod()
        if self._last_weekend_told_on_sunday(parts):
            # "last weekend" told on a Sunday is the one before the weekend under way (not "this past weekend")
            return "DATE", iso_week(self.dct - dt.timedelta(weeks=1)) + "-WE", parts.position_mod()
        if parts.has("THIS") and not parts.has("PAST", "COMING") and self._on_weekend():
            # "this weekend" told on a Saturday or Sunday is the one under way (not "this coming weekend")
            return "DATE", iso_week(self.dct) + "-WE", parts.position_mod()
        if parts.has("THIS"):  # "this weekend" lies ahead; "this past weekend" and one told in the past behind
            # "the league resumed this weekend"; not "police said they expected trouble this weekend"
            told_past = ((direction == PAST or (direction is None and self._done_by_participle_of_noun()))
                         and not parts.has("COMING") and not self._reported_plan_or_state())
            direction = PAST if parts.has("PAST") or told_past else FUTURE
        elif not strict and direction != PAST and self._dates_answered_incident():
            direction = PAST  # "a strike in response to the attack at the weekend": the attack came first
        direction = direction or PAST
        saturday = weekday_date(self.dct, 6, direction, strict) + dt.timedelta(weeks=shift)
        return "DATE", iso_week(saturday) + "-WE", parts.position_mod()

    def _done_by_participle_of_noun(self) -> bool:
        """Whether the match hangs right on a bare past participle after its noun, of a verb that plans nothing, in
        a clause told in the past: "the violence seen this weekend has prompted ...", "the protests held this
        weekend shook the regime" tell a deed done (not "the concert planned this weekend", nor "fans will flock
        to the festival held this weekend")."""
        verb = self.doc[self.governor(through_conj=False)]
        if verb.tag_ != "VBN" or verb.dep_ != "acl" or auxiliaries(verb):
            return False
        lemma = verb_lemma(verb)
        if lemma in forward_verbs() and lemma not in issuing_verbs():
            return False
        root = self.doc[self.match.start : self.match.end].root
        if root.head != verb or root.dep_ != "npadvmod":
            return False
        return tense_at(self.doc, verb.head.i, verb.head.i + 1) == PAST  # not "will flock to the festival held ..."

    def _last_weekend_told_on_sunday(self, parts: Parts) -> bool:
        """Whether the match is "last weekend" (no "this", "past", "the" or "that") in a report published on a
        Sunday."""
        last = parts.value("LAST")
        return (self.dct.isoweekday() == 7 and last is not None and int(last) < 0
                and not parts.has("THIS", "PAST", "THE", "THAT"))

    def _on_weekend(self) -> bool:
        """Whether the report is published on a Saturday or Sunday, inside the weekend it calls "this"."""
        return self.dct.isoweekday() >= 6

    def _reported_plan_or_state(self) -> bool:
        """Whether a past verb before the match reports its clause and that clause tells no past event but a plan,
        a state or a thing under way ("police said they expected trouble this weekend", "said the bars were closing
        at midnight", "said the match was moved to this weekend"): the sequence of tenses put it in the past, its
        time may lie ahead. "Police said thousands marched this weekend" tells an event gone by."""
        if not _reported_by_earlier_past_verb(self.doc[self.match.start : self.match.end].root):
            return False
        verb, start = self.doc[self.governor()], self.match.start
        lemma = verb.lemma_.lower()
        told_past = verb.tag_ in ("VBD", "VBN") and _past_or_past_passive(verb)  # "marched", "was moved"
        event = told_past and lemma != "be" and lemma not in forward_verbs()
        targeted = start > 0 and self.doc[start - 1].lower_ in TARGET_PREPOSITIONS | {"to"}
        return not event or targeted

    def _clock(self, parts: Parts) -> Resolved | None:
        # a bare hour, with or without its zone ("tonight at 7 ET")
        bare_hour = len([i for i in parts.infos if i.cls not in ZONE_CLASSES]) == 1 and parts.has("DAYNUM", "NUMWORD")
        listed = self._meridian_of_listed_clock(parts)
        # the look-behind of "today at 12" holds the day; a listed hour has its own: "at 8 & 10 p.m."
        day = classify(self.doc[self.match.start - 2]) if bare_hour and self.match.start >= 2 else None
        if bare_hour and not listed and (day is None or day.cls != "DEICTIC" or not self._bare_hour_after_day()):
            return None
        hour, minute = self._clock_time(parts)
        if listed == "PM" and hour < 12:
            hour += 12  # "at 8 & 10 p.m.", "at 7 or 8pm": the first hour shares the second's "p.m."
        # "tonight" ("0 NI") makes the hour the evening's: "tonight at 8"
        if bare_hour and not listed and hour < 12 and str(day.value).endswith(" NI"):
            hour += 12
        if hour < 12 and self._range_end_in_afternoon(parts):
            hour += 12  # "from 4:30 to 6:30 pm": the start shares the end's "pm"
        if parts.has("MONTH"):  # before the weekday: "5 p.m. EST, Monday, Nov. 8" is Nov. 8
            month = parts.value("MONTH")
            day = next(ordinal_value(i) for i in parts.infos[1:] if i.cls in ("DAYNUM", "ORDNUM", "ORDWORD")
                       and i is not parts.infos[0])
            year = parts.year()
            if year:
                year = self.full_year(year)
            elif parts.has("WEEKDAY"):
                year = self._year_with_weekday(month, day, parts.value("WEEKDAY"), parts)
            else:
                year = self.year_for((month, day), (self.dct.month, self.dct.day), parts)
            date = dt.date(year, month, day)
        elif parts.has("WEEKDAY"):
            date = self.weekday(parts.value("WEEKDAY"), parts)
        elif parts.has("DEICTIC"):
            date = self._deictic_day(parts)
        elif parts.has("LAST"):  # "at 11:20 last night": the night before publication; "at 6 a.m. next morning":
            shift = int(parts.value("LAST"))  # the morning after the story's last day, as "the next morning"
            date = (self.dct if shift < 0 else self.anchor()) + dt.timedelta(days=shift)
        else:
            date = self.dct
            told_back = self.tense() == PAST or self._continues_historic_present()
            self.dateless_clocks[self.match.start] = (self._clock_story_day(parts) if told_back
                                                      else self._clock_planned_day() if self.tense() == FUTURE
                                                      else None)
            if hour == 24 and self.tense() == PAST and not self._reported_plan_or_state():
                date -= dt.timedelta(days=1)  # "calm has held since midnight": the midnight that opened the day
        if parts.has("DEICTIC", "LAST") and not parts.has("MONTH", "WEEKDAY") and self._night_of(parts):
            if hour < NIGHT_SMALL_HOURS_END:
                date += dt.timedelta(days=1)  # "at 2 a.m. tonight", "at 3:00 last night": past midnight, the next day
        return "TIME", f"{iso_day(date)}T{hour:02d}:{minute:02d}{self._clock_seconds(parts)}", parts.quantity_mod()

    def _bare_hour_after_day(self) -> bool:
        """'today at 12', 'tomorrow at 10 in the town hall': an hour of the clock (1 to 12) after "at" and a day
        named by its distance, that counts or measures nothing after it (not "closed today at 12 cents", "at 10
        percent", "at 12, the youngest", "leads today at 3-1", "today at 12 of the schools")."""
        doc, start = self.doc, self.match.start
        if not 1 <= (classify(doc[start]).value or 0) <= 12:
            return False
        if self.match.end > start + 1:  # "tonight at 7 ET": a zone in capitals that is no common word ("at 12 PT")
            zone = doc[start + 1]
            return word_class(zone.lower_) != "TIMEZONE" or zone_after_bare_digits(zone)
        return number_closes_phrase(doc, start + 1, NUMBER_JOINING_MARKS + (",",))

    @staticmethod
    def _clock_seconds(parts: Parts) -> str:
        """':12' of a clock written to the second ('14:30:12'), else nothing."""
        info = parts.first("CLOCK")
        found = re.match(r"\d{1,2}:\d{2}(:\d{2})", str(info.value)) if info else None
        return found.group(1) if found and int(found.group(1)[1:]) <= 59 else ""

    def _meridian_of_listed_clock(self, parts: Parts) -> str | None:
        """'AM' or 'PM' of the clock that a clock without a.m./p.m. is listed before, at a later hour of the same
        half day: "at 8 & 10 p.m.", "at 7 or 8pm", "at 8:30 and 10 p.m." (not "at 11 and 1 pm", "at 9 and 12
        p.m.", "at 8 and 10 other people")."""
        info = parts.first("CLOCK", "DAYNUM")
        if info is None or len(parts.infos) != 1 or parts.has("AMPM"):
            return None
        first = re.fullmatch(r"(\d{1,2})(?::\d{2})?", str(info.value))
        doc, end = self.doc, self.match.end
        if first is None or end + 1 >= len(doc) or doc[end].lower_ not in CLOCK_LIST_LINKS:
            return None
        second = re.fullmatch(r"(\d{1,2})(?::\d{2})?(am|pm|a\.m\.?|p\.m\.?)?", doc[end + 1].lower_)
        if second is None or not int(first.group(1)) < int(second.group(1)) < 12:
            return None  # "at 9 and 12 p.m.": noon (or midnight, as some write it) shares no half day
        if second.group(2):
            return "PM" if second.group(2)[0] == "p" else "AM"
        meridian = classify(doc[end + 2]) if end + 2 < len(doc) else None
        return str(meridian.value) if meridian is not None and meridian.cls == "AMPM" else None

    def _range_end_in_afternoon(self, parts: Parts) -> bool:
        """Whether a clock time without a.m./p.m. opens a range whose end has "pm" and lies later the same
        afternoon, at an hour no one starts a thing in the morning: "from 4:30 to 6:30 pm" (not "from 11 to
        1 pm", whose start is in the morning, nor "open from 7:00 to 10 pm", likely from the morning)."""
        info = parts.first("CLOCK")
        if info is None or parts.has("AMPM", "PARTOFDAY"):
            return False
        if not re.fullmatch(r"\d{1,2}:\d{2}", str(info.value)):
            return False
        doc, end = self.doc, self.match.end
        if end + 2 >= len(doc) or doc[end].lower_ not in CLOCK_RANGE_LINKS:
            return False
        closing = re.fullmatch(r"(\d{1,2})(?::\d{2})?", doc[end + 1].text)
        if closing is None or lexicon().get(doc[end + 2].lower_, ("",)) != ("AMPM", "PM"):
            return False
        start_hour, end_hour = int(str(info.value).split(":")[0]), int(closing.group(1))
        return start_hour < end_hour < 12 and start_hour <= LATEST_SMALL_HOURS

    @staticmethod
    def _night_of(parts: Parts) -> bool:
        """Whether a clock's match names a night: "last night", "tonight" (DEICTIC "0 NI")."""
        return parts.value("PARTOFDAY") == "NI" or str(parts.value("DEICTIC")).endswith(" NI")

    @staticmethod
    def _clock_time(parts: Parts) -> tuple[int, int]:
        info = parts.first("CLOCK", "CLOCKWORD") or parts.first("DAYNUM", "NUMWORD")  # "12 midnight" is 24:00
        text = str(info.value).lower()
        found = re.match(r"(\d{1,2})(?::(\d{2}))?", text)
        hour, minute = int(found.group(1)), int(found.group(2) or 0)
        rest = text[found.end():]
        meridian = parts.value("AMPM") or ("PM" if "p" in rest else "AM" if "a" in rest else None)
        # "4 in the morning", "11 at night", "8:30 Tuesday night", "4:15 this afternoon", "11:20 last night", "9:45
        # yesterday morning", "6:30 tonight": a part of day after "in"/"at", a weekday, "this", "last" or a day named
        # by its distance, or the night of "tonight"
        part = parts.value("PARTOFDAY") if parts.has("DURING", "AT", "WEEKDAY", "THIS", "LAST", "DEICTIC") else None
        if part is None and Resolver._night_of(parts):
            part = "NI"
        if meridian is None and part:  # "12:15 last night" is a quarter past midnight
            meridian = "AM" if part == "MO" or (part == "NI" and (hour < NIGHT_SMALL_HOURS_END or hour == 12)) else "PM"
        if meridian == "PM" and hour < 12:
            hour += 12
        if meridian == "AM" and hour == 12:
            hour = 0
        if hour > 24 or minute > 59:
            raise ValueError("not a clock time")
        return hour, minute

    # --- units relative to now ---

    def _past_day_after_plan(self) -> bool:
        """Whether the last day the story gave lies ahead of the publication date while the clause is told in the
        past, and a day not ahead was given before it."""
        ahead = self.ref_date is not None and self.ref_date > self.dct
        return ahead and self.ref_date_not_ahead is not None and self.tense() == PAST

    def _unit_shift(self, parts: Parts) -> Resolved | None:
        unit = parts.value("UNIT", "WEEKEND", "SECOND")
        if parts.value("SECOND") is not None:
            unit = "TS"
        mod = parts.position_mod()
        if parts.has("THAT"):  # "that year", "the same day", "that weekend"
            if unit == "Y" and self.last_year:
                return "DATE", f"{self.last_year:04d}", mod
            if unit == "WE":
                return "DATE", iso_week(self.anchor()) + "-WE", None
            if unit == "D" and self._month_told_last() and not self._day_named_after():
                # "last October ... crossed out that same day"; not "on the same day that Trump spoke"
                return "DATE", self.ref_month.strftime("%Y-%m-XX"), mod
            if unit == "D" and self._past_day_after_plan():
                # "may go ahead on Tuesday ... The delay was announced on the same day": a deed told in the past
                # took place on a day gone by, not on the day a plan aims at
                return "DATE", self.ref_date_not_ahead.isoformat(), mod
            if unit == "D":
                return "DATE", iso_day(self._that_day()), mod
            value = shifted(self.story_anchor(unit), unit, 0)  # "in November 1995 ... that month"
            return ("DATE", value, mod) if value else None
        shift = self._shift(parts)
        if unit == "D" and parts.has("THIS") and self._to_this_day():
            return "DATE", "PRESENT_REF", None  # "To this day, the case remains unsolved": still, up to now
        if unit == "WE":
            return self._weekend(parts, 0) if shift <= 0 or parts.has("COMING") else self._weekend(parts, 1)
        if unit in TIME_UNITS or unit == "2W":  # "the past fortnight" is a length, as "the past two weeks"
            return "DURATION", duration(1, unit), mod
        if unit == "CE" and parts.has("LAST") and shift < 0 and not parts.has("THE", "PAST"):
            return "DATE", shifted(self.dct, unit, shift), mod  # "last century's wars": the century before this one
        if unit in ("DE", "CE") and shift < 0:  # "the past decade", "the last century": the span up to now
            return "DURATION", duration(1, unit), mod
        if shift < 0 and _last_as_final(self.doc, self.match.start, self.match.end):
            return None  # "the last day of the trial", "the last day to apply": the final one, its time untold
        # "the next day", "the following week": relative to the story's own time; "the last week" to now
        story_time = parts.has("THE") and parts.has("LAST") and not self._says("last")
        anchor = self.story_anchor(unit) if story_time else self.dct
        if story_time and shift > 0 and anchor < self.dct and self._looked_ahead_by_auxiliary():
            anchor = self.dct  # "we pray to see the next day": a day ahead of the telling, not of a day gone by
        if unit == "W" and shift == 0 and self._sunday_looking_ahead():
            anchor = self.dct + dt.timedelta(days=1)
        if unit == "W" and shift == 0 and parts.has("COMING") and self._on_weekend():
            # "this coming week" told on a Saturday or Sunday: the week that starts on Monday
            anchor = self.dct + dt.timedelta(days=8 - self.dct.isoweekday())
        value = shifted(anchor, unit, shift)
        return ("DATE", value, mod) if value else None

    def _to_this_day(self) -> bool:
        """'To this day, I have no idea', 'oil still washes up on our shores to this day', 'I to this day still get
        fooled': the idiom "to this day" (still, up to now), whose "to" hangs on a verb it does not follow at once
        (past adverbs and particles), on a verb of lasting_verbs.txt ('the tradition continues to this day') or on a
        negated verb ('the law has not changed to this day'); not
        'we look forward to this day', 'it all led to this day', 'what brought him to this day' (a goal of the verb,
        the day itself, right after it or on a verb of day_goal_verbs.txt) nor 'moved to
        this day of mourning', "to this day's vote" (a day the words after it name)."""
        doc, start, end = self.doc, self.match.start, self.match.end
        if end - start != 2 or start == 0 or doc[start - 1].lower_ != "to":
            return False
        to = doc[start - 1]
        if end < len(doc) and (doc[end].lower_ == "of" or doc[end].tag_ == "POS"):
            return False
        verb = to.head
        if verb.pos_ not in ("VERB", "AUX"):
            return False
        lemma = verb.lemma_.lower()
        if lemma in lasting_verbs():
            return True  # "the tradition continues to this day"
        if lemma in day_goal_verbs():
            return False  # "the events that led us to this day", "moved from Friday to this day": the day itself
        if negated(verb):
            return True  # "the law has not changed to this day", "was never found to this day": not yet, still
        between = doc[verb.i + 1 : to.i] if verb.i < to.i else None  # "looked forward to", "came down to"
        return between is None or not all(t.pos_ in ("ADV", "PART", "ADP") for t in between)

    def _looked_ahead_by_auxiliary(self) -> bool:
        """Whether the verb of the match's clause looks ahead of the telling by "will" or by a "to" infinitive of a
        present verb ("we pray to see the next day"); not a present tense alone (a timeline's "suspends ties the
        next day") nor an infinitive of a past verb ("hoped to arrive the next day")."""
        verb = clause_verb(self.doc[self.match.start : self.match.end].root, CLAUSE_VERB_HOPS)
        words = {a.lower_ for a in auxiliaries(verb)}
        if words & PRESENT_FUTURE_AUXILIARIES:  # not a past "would": "said he would leave the next day"
            return True
        return "to" in words and _infinitive_head(verb).tag_ in ("VBP", "VBZ")

    def _unit_before(self, parts: Parts) -> Resolved | None:
        """'the day before' (the story's day), 'the day before yesterday' (the day): the unit before it;
        'the week before last': two units before publication's. Before a noun or a clause ("the day before the
        vote") the time hangs on an event: no value."""
        unit = parts.value("UNIT")
        if parts.has("LAST"):
            last = self.doc[self.match.end - 1].lower_ == "last" and unit not in TIME_UNITS
            return ("DATE", shifted(self.dct, unit, -2), None) if last else None
        if parts.has("DEICTIC"):
            return self._day_beside_deictic(parts, -1)
        if self._event_follows():
            return None
        if unit == "Y" and self.last_year:
            return "DATE", f"{self.last_year - 1:04d}", None
        value = shifted(self.story_anchor(unit), unit, -1) if unit not in TIME_UNITS else None
        return ("DATE", value, None) if value else None

    def _part_of_day_before(self, parts: Parts) -> Resolved | None:
        """'the night before', 'the evening before' standing alone (tag.py keeps it so): that part of the day
        before the story's day, as "the previous night"."""
        return "TIME", f"{iso_day(self.anchor() - dt.timedelta(days=1))}T{parts.value('PARTOFDAY')}", None

    def _weekday_before_last(self, parts: Parts) -> Resolved | None:
        """'the Thursday before last': the one a week before the last such weekday ahead of publication."""
        if self.doc[self.match.end - 1].lower_ != "last":
            return None  # "the Thursday before previous"
        last = weekday_date(self.dct, int(parts.value("WEEKDAY")), PAST, strict=True)
        return "DATE", iso_day(last - dt.timedelta(days=7)), None

    def _deictic_day(self, parts: Parts) -> dt.date:
        """The day "today", "yesterday", "tomorrow" or "tonight" names, counted from publication."""
        return self.dct + dt.timedelta(days=int(str(parts.value("DEICTIC")).split()[0]))

    def _day_beside_deictic(self, parts: Parts, step: int) -> Resolved | None:
        """'the day before yesterday' (step -1), 'the day after tomorrow' (step 1): the day next to the one named by
        its distance; no other unit ("the week after tomorrow")."""
        if parts.value("UNIT") != "D":
            return None
        return "DATE", iso_day(self._deictic_day(parts) + dt.timedelta(days=step)), None

    def _unit_after_alone(self, parts: Parts) -> Resolved | None:
        """'ends next year or the year after', 'closed in March and reopened the month after': "the <unit>
        after" with nothing after it is the following unit ("the following year"); before a noun or a clause
        ("the year after the war") the time hangs on an event: no value, as for "the day before the vote"; "the day
        after tomorrow": the day after that day, as _unit_before reads "the day before yesterday"."""
        unit = parts.value("UNIT")
        if parts.has("DEICTIC"):
            return self._day_beside_deictic(parts, 1)
        if unit in TIME_UNITS or self._event_follows():
            return None
        value = shifted(self.story_anchor(unit), unit, 1)
        return ("DATE", value, None) if value else None

    def _day_named_after(self) -> bool:
        """Whether "that", "as" or "when" follows "the same day" told after a day of the story, naming the day by
        an event told after it ("killed on Thursday night ... attacked in January ... on the same day that Trump
        announced the withdrawal": the story's day), not by the last month told. Not when the month is told in
        the sentence itself ("he left in January, on the same day as his brother") or falls after the day ("born
        on 3 June 1950 ... married in May 1975 ... the same day that"), nor "that day as troops arrived", "the same
        day as well"."""
        doc, end = self.doc, self.match.end
        if self.ref_date is None or self.ref_month is None or end >= len(doc):
            return False
        if doc[end].lower_ not in ("that", "as", "when"):
            return False
        if "same" not in (t.lower_ for t in doc[self.match.start : end]):
            return False
        if end + 1 < len(doc) and doc[end + 1].lower_ == "well":
            return False
        month_after_day = (self.ref_month.year, self.ref_month.month) >= (self.ref_date.year, self.ref_date.month)
        return self.ref_month_sentence != doc[self.match.start].sent.start and not month_after_day

    def _event_follows(self) -> bool:
        """Whether a word that is no punctuation or conjunction follows the match, so that "the day before",
        "the year after" hang on an event ("the day before the vote", "the year after the war")."""
        return event_follows(self.doc, self.match.end)

    def _sunday_looking_ahead(self) -> bool:
        """Whether a Sunday paper speaks of a week ahead: "will report results this week" written on a
        Sunday means the week that starts tomorrow, not the (ISO) week that ends today."""
        if self.dct.isoweekday() != 7:
            return False
        if self._told_as_state():
            return False
        tense = self.tense()
        return tense == FUTURE or (tense is None and self._told_in_present())

    def _continues_historic_present(self) -> bool:
        """Whether a clause in the simple present follows, within NARRATED_SENTENCES, a day before publication that
        a simple present told too: a story told in the historic present ("1. The jet takes off at 10:28 on 22 June.
        2. Syria says the jet enters its airspace at 11:40"), whose clock times keep that day, not today's."""
        if not self.ref_date_in_present or self.ref_date is None or self.ref_date >= self.dct:
            return False
        if self.tense() == PAST or not self._told_in_present():
            return False  # (a simple present of an event reads as a time ahead to tense(): "takes off at 10:28")
        return self._within_narrated_sentences(self.ref_date_sentence)

    def _dates_subject_of_clause(self) -> bool:
        """Whether the match dates a thing, not its clause's deed: an owner ("Monday's figures show ...") or a part
        of the subject ("Data from May 12 shows ..."); such a present tells how things stand now, no story told
        in the historic present."""
        root = self.doc[self.match.start : self.match.end].root
        if root.dep_ == "poss":
            return True
        verb = self.doc[self.governor()]
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        return any(s.left_edge.i <= self.match.start <= s.right_edge.i for s in subjects)

    def _told_in_present(self) -> bool:
        """Whether the verb that governs the match is a simple present: "the bank, which also reports this week"."""
        verb = self.doc[self.governor()]
        return _present(verb, auxiliaries(verb))

    def _told_as_state(self) -> bool:
        """Whether the verb that governs the match tells a state, without an auxiliary that moves it ahead:
        "the index is up 3 percent this week", "prices remain high this week" (not "will be up")."""
        verb = self.doc[self.governor()]
        auxes = auxiliaries(verb)
        return verb.lemma_.lower() in stative_verbs() and not auxes

    def _month_told_last(self) -> bool:
        """Whether the story's latest date is a month without its day ("last October")."""
        return self.ref_month is not None and self.ref_month != self.ref_date

    @staticmethod
    def _shift(parts: Parts) -> int:
        if parts.has("LATEST"):
            return -1
        if parts.has("THIS"):
            return 0
        if parts.has("PAST"):
            return -1
        return int(parts.value("LAST", "COMING"))

    def _quantity(self, parts: Parts) -> Resolved | None:
        unit = parts.value("UNIT", "UNITPL", "SECOND")
        if parts.value("SECOND") is not None and not parts.has("UNIT", "UNITPL"):
            unit = "TS"
        amount = parts.amount()
        if parts.classes == ["SOME", "UNIT"] and unit == "D":
            # "some day they will be free", as "someday": a time not yet come; not a day gone by ("some day last
            # week the car was stolen"), nor a kind of thing ("some day shifts", "some day-traders")
            end = self.match.end
            hyphened = end < len(self.doc) and self.doc[end].text == "-"
            if self.tense() == PAST or self._modifies_next_noun() or hyphened:
                return None
            return "DATE", "FUTURE_REF", None
        start = self.match.start
        after_for = start > 0 and self.doc[start - 1].lower_ == "for"
        if amount is None and parts.classes[:2] == ["SOME", "UNITPL"] and (len(parts.classes) > 2 or after_for):
            amount = "X"  # "for some years now", "some years ago": a vague length, as "for years", "years ago"
        if amount is None or unit in ("WE",) or (unit == "Q" and self._fraction(amount)):
            return None
        if parts.classes == ["A", "UNIT"] and self._one_occasion():
            return None
        if _falling_digit_pair(parts.infos):
            return None  # "the 11-8 second favourite": odds or a score, no length
        mod = parts.quantity_mod()
        relation = parts.first("AGO", "EARLIER", "FROM")
        if relation is None and self._some_day(parts):
            return "DATE", "FUTURE_REF", None
        if relation is None and self._rate(parts):
            return "SET", duration(1, unit), None
        if relation is None:
            return "DURATION", duration(amount, unit), mod
        sign = 1 if relation.cls == "FROM" else int(relation.value)  # "two years from now"
        if amount == "X":
            return "DATE", ("PAST_REF" if sign < 0 else "FUTURE_REF"), None
        if unit == "Y" and sign < 0 and (restated := self._year_restated_after()) is not None:
            return "DATE", restated, mod  # "Twenty-three years earlier, in 1979, a well blew out": 1979
        if relation.cls == "AGO" and parts.has("DEICTIC"):  # "five years ago today": the anniversary's day
            day = self._deictic_day(parts)
            return "DATE", iso_day(moved_date(day, parts.lengths(), -1)), mod
        # "a year earlier" counts from the report; "three days later" from the story's last date, and so does an
        # opening "An hour earlier, ..." that moves the story on (the hour lands on that day; not the comparison
        # of "if I had got there five minutes earlier")
        opening = self.match.start == self.doc[self.match.start].sent.start
        from_story = unit in ("D", "W") or (unit in TIME_UNITS and opening)
        anchor = self.dct if relation.cls in ("AGO", "FROM") or not from_story else self.anchor()
        if unit == "Y" and amount == 1 and sign < 0 and self._year_told_before_in_sentence() is None:
            # not after a whole year the sentence gave: "revenue will be up 1.9 percent in 2012 from a year ago"
            quarter = self.reported_quarter()
            if quarter:  # "net rose to $5 million from $4 million a year earlier": the same quarter
                return "DATE", f"{quarter[0] - 1:04d}-Q{quarter[1]}", mod
        history = self._history_year() if relation.cls == "EARLIER" and unit == "Y" else None
        if history is not None:  # "elected in 1995. A year earlier he was jailed": 1994
            anchor = dt.date(history, 1, 1)
        history_month = self._history_month() if relation.cls == "EARLIER" and unit == "M" else None
        # "moved in April 2016 to the town a cousin had left three months earlier": 2016-01
        if history_month is not None:
            anchor = history_month
        if history is None and relation.cls == "EARLIER" and unit == "Y" and amount == 1 \
                and (compared := self._year_told_before_in_sentence()) is not None:
            anchor = dt.date(compared, 1, 1)  # "a profit last year of $14bn, down from $25bn a year earlier": 2008
        return "DATE", shifted_by_amount(anchor, unit, sign * amount), mod

    def _year_restated_after(self) -> str | None:
        """The year that a comma, "in" and the year restate right after the match and before a comma, dash or
        the sentence's end: "Twenty-three years earlier, in 1979, a well blew out" (not "a year earlier, in 2009
        terms"), nor the first of a list of years ("ten years ago, in 1999, 2000, ...", as "in 1999 and 2000");
        else None."""
        doc, end = self.doc, self.match.end
        if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ != "in":
            return None
        after = doc[end + 3] if end + 3 < len(doc) else None
        if after is not None and not (after.is_punct and after.text not in ("'", "’", "-")):
            return None
        if after is not None and after.text == "," and after.i + 1 < len(doc):
            listed = classify(doc[after.i + 1])
            if listed is not None and listed.cls == "YEAR":
                return None
        return _year_of(doc[end + 2])

    def _one_occasion(self) -> bool:
        """'came on a day when BP registered its first success', 'occurred on a day in which the shelling
        peaked', 'looking ahead to a day when he could leave': "a day" after "on", or before a "when" or "in
        which" clause, is one day among others that the clause tells of, no length. Not the unit of a
        compound or an owner ("on a day's notice"), nor the length a verb of length takes ("the talks took a week
        in which little happened")."""
        doc, start, end = self.doc, self.match.start, self.match.end
        if end < len(doc) and (doc[end].tag_ == "POS" or doc[end].text in ("-", "'", "’")):
            return False
        if start > 0 and doc[start - 1].lower_ == "on":
            return True
        if doc[end - 1].head.lemma_.lower() in length_verbs():
            return False
        return end + 1 < len(doc) and (doc[end].lower_ == "when" or (
            doc[end].lower_ in ("in", "on") and doc[end + 1].lower_ == "which"))

    def _year_told_before_in_sentence(self) -> int | None:
        """The whole year ("2009", "last year") the sentence gave before the match: what "a year earlier"
        after it is counted from; else None."""
        if self.told_whole_year is None:
            return None
        year, start, verb = self.told_whole_year
        if self._conjunct_clause_apart_from(verb):
            return None  # "the plant closed two years ago, and the jobless rate rose from a year earlier"
        sentence = self.doc[self.match.start].sent
        return year if sentence.start <= start < self.match.start else None

    def _conjunct_clause_apart_from(self, verb: int) -> bool:
        """Whether the match's clause is a conjunct joined after the clause of verb with a subject or a present of its
        own ("the shop shut last year, and footfall is down from a year earlier"): it tells its own time."""
        own = self.doc[self.governor(through_conj=False)]
        if own.i == verb or own.dep_ != "conj":
            return False
        return own.tag_ in ("VBZ", "VBP") or any(c.dep_ in ("nsubj", "nsubjpass") for c in own.children)

    def _history_year(self) -> int | None:
        """The last year the text wrote out, in this sentence or the one before, when it lies two or more
        years before publication: the story is telling history there, so "a year earlier" counts from
        it. A recent year does not count: results reports compare with "a year earlier" while naming
        last year's figures. Nor does a year told in an earlier sentence where the match's own sentence
        named a month of another year and a comparison ("from", "than": COMPARED_FROM) opens the match
        ("Coal rose in June from a year earlier")."""
        if self.ref_year is None or self.ref_year[0] > self.dct.year - 2:
            return None
        year, verb = self.ref_year
        sentence = self.doc[self.match.start].sent
        previous = self.doc[sentence.start - 1].sent if sentence.start > 0 else sentence
        if _quoted_sentence(previous) and previous.start > 0:
            previous = self.doc[previous.start - 1].sent  # a quotation between tells the same moment
        if (self.ref_year_start < sentence.start and self.ref_month_sentence == sentence.start
                and self.ref_month is not None and self.ref_month.year != year and self.match.start > 0
                and self.doc[self.match.start - 1].lower_ in COMPARED_FROM):
            # "... the highest since September 2008. Coal rose in June from a year earlier": a comparison counts
            # from the month its own sentence named (not "He had arrived in June, a year earlier")
            return None
        return year if verb >= previous.start else None  # told just before, not paragraphs back

    def _history_month(self) -> dt.date | None:
        """The month the text wrote out with its year just before, when that year tells history (see
        _history_year): "In April 2016 ... three months earlier" counts from April 2016."""
        year = self._history_year()
        month = self.ref_month
        return month if year is not None and month is not None and month.year == year else None

    def _fraction(self, amount: float | str) -> bool:
        """'three-quarters of its fuel', 'more than a quarter of the market', 'one quarter (25 percent) of the oil':
        a part of something (a bracket between, as short as an aside, is skipped)."""
        end, doc = self.match.end, self.doc
        if end < len(doc) and doc[end].text == "(":
            close = next((t.i for t in doc[end + 1 : end + 6] if t.text == ")"), None)
            end = close + 1 if close is not None else end
        return (isinstance(amount, (int, float)) and amount <= 3 and end + 1 < len(doc)
                and doc[end].lower_ == "of" and doc[end + 1].tag_ in ("DT", "PRP$", "PDT"))

    def _rate(self, parts: Parts) -> bool:
        """'thousands of cars a year': an uncounted quantity per unit of time recurs ("a year" is a
        SET). A counted amount ("$5 million a year") never gets here: tag.py leaves rates untagged."""
        if parts.classes != ["A", "UNIT"] or self.match.start == 0 \
                or offset_from_event(self.doc, self.match.end, ahead=True):
            return False
        return (self.doc[self.match.start - 1].tag_ == "NNS" or self._hangs_on_plural_before()
                or self._after_counted_length())

    def _hangs_on_plural_before(self) -> bool:
        """Whether the unit hangs on a plural noun anywhere before the match, as the parse reads it: 'thousands of
        barrels of oil a day' (on "barrels", past the "of" phrase after it)."""
        unit = self.doc[self.match.end - 1]
        return unit.dep_ == "npadvmod" and unit.head.i < self.match.start and unit.head.tag_ == "NNS"

    def _after_counted_length(self) -> bool:
        """'two hours of exercise a day': the unit hangs on a counted length of time, spent at that rate."""
        unit = self.doc[self.match.end - 1]
        head = unit.head
        info = classify(head) if head.i < self.match.start and unit.dep_ == "npadvmod" else None
        counted = info is not None and info.cls in ("UNIT", "UNITPL") and any(c.dep_ == "nummod" for c in head.children)
        return counted or self._after_length_of_thing(unit)

    def _after_length_of_thing(self, unit: Token) -> bool:
        """'an hour of reading a day', 'two hours of exercise a day': the unit hangs on the thing of a length
        of time ("an hour", "two hours"), spent at that rate."""
        head = unit.head
        if unit.dep_ != "npadvmod" or head.i >= self.match.start:
            return False
        length = head  # "an hour of exercise a day", the unit read as the length's
        if head.dep_ == "pobj" and head.head.lower_ == "of":
            length = head.head.head  # "an hour of reading a day"
        elif head.pos_ in ("VERB", "AUX"):  # the unit read as the verb's: "gets an hour of sport a day"
            objects = [c for c in head.children if c.dep_ == "dobj" and c.i < self.match.start]
            if not objects:
                return False
            length = objects[0]
        info = classify(length)
        counted = any(c.dep_ == "nummod" or (c.dep_ == "det" and c.lower_ in ("a", "an")) for c in length.children)
        return info is not None and info.cls in ("UNIT", "UNITPL") and counted

    def _some_day(self, parts: Parts) -> bool:
        """'Islam will one day be...', 'he hopes he one day follows': 'one day' as an adverb of a
        verb that looks ahead is an unknown future time, not a duration."""
        if parts.classes != ["NUMWORD", "UNIT"] or parts.infos[0].value != 1 or parts.infos[1].value != "D":
            return False
        doc, start, end = self.doc, self.match.start, self.match.end
        after_modal = start > 0 and doc[start - 1].tag_ == "MD"
        before_verb = end < len(doc) and doc[end].tag_ == "VB"
        return (after_modal or before_verb or self._before_modal_clause() or self._some_day_of_wish()
                or self._inside_present_passive() or self._before_going_to() or self._in_open_condition())

    def _some_day_of_wish(self) -> bool:
        """'she hopes one day to return', 'he wants to visit the city one day', 'rebuilding the country one day
        will cost billions', 'fighters will return home one day, officials say': a bare "one day" on a verb that a
        wish, a plan or a modal governs, or that has a modal of its own with the day closing the clause, lies ahead;
        not on a verb of length ("the strike lasted one day", "it will take one day")."""
        verb = self._verb_of_one_day()
        if verb is None or verb.pos_ not in ("VERB", "AUX"):
            return False
        # "will return home and rebuild the town one day": a bare conjunct shares the first verb's auxiliaries
        verb = _sharing_governor(verb)
        if _longing(verb):
            return True  # "she hopes one day to return"
        if verb.lemma_.lower() in forward_verbs():
            return False  # "wants the vote delayed one day": the day measures the shift of a plan
        day_verb = verb
        end = self.match.end
        # "will return home one day, officials say": the day ends its verb's clause (not "will rest one day, then
        # travel", "will meet one day, on Monday", where the clause goes on past the comma)
        closes = all(t.is_punct for t in self.doc[end : max(end, verb.right_edge.i + 1)]) and (
            end == len(self.doc) or self.doc[end].is_punct)
        for _ in range(3):  # up the clauses to a wish, a plan or a modal: "wants to visit the city one day"
            governed = verb.i != day_verb.i
            if governed and (verb.lemma_.lower() in forward_verbs() or _longing(verb)):
                return True
            if (governed or closes) and any(c.dep_ == "aux" and c.lower_ in AHEAD_AUXILIARIES and not _contracted_had(c)
                                            for c in verb.children):
                return True  # its own modal only where the day ends the clause (not "will rest one day before it")
            if verb.tag_ == "VBD":
                return False  # "loves to tell how he met the queen one day": a day gone by
            if verb.dep_ not in ("xcomp", "ccomp", "csubj", "pcomp", "advcl") or verb.head == verb:
                return False
            verb = verb.head
            # "dream of going home one day": on over the preposition; "will be able to walk again one day": on to "be"
            if verb.pos_ == "ADP" or (verb.pos_ == "ADJ" and verb.dep_ == "acomp"):
                verb = verb.head
        return False

    def _verb_of_one_day(self) -> Token | None:
        """The verb a bare "one day" hangs on, where the day is one day at all: not the length a verb of length
        takes ("the strike lasted one day", "if it takes one day") nor a rate ("swims one day a week")."""
        day = self.doc[self.match.end - 1]
        if day.dep_ != "npadvmod" or day.head.lemma_.lower() in length_verbs() or self._before_rate():
            return None
        return day.head

    def _before_rate(self) -> bool:
        """Whether "a", "every" or "per" and a unit follow the match: "one day a week", "one day every month"."""
        doc, end = self.doc, self.match.end
        classes = [word_class(doc[k].lower_) for k in range(end, min(end + 2, len(doc)))]
        return len(classes) == 2 and classes[0] in ("A", "EVERY") and classes[1] == "UNIT"

    def _inside_present_passive(self) -> bool:
        """'when the bridge is one day reopened': "one day" between a present "be" and its participle
        looks ahead as a modal does."""
        doc, start, end = self.doc, self.match.start, self.match.end
        return (start > 0 and end < len(doc) and doc[start - 1].lower_ in PRESENT_BE
                and doc[end].tag_ == "VBN")

    def _before_going_to(self) -> bool:
        """'One day, the miners were going to strike again': an opening "one day" on "going to" looks ahead."""
        day = self.doc[self.match.end - 1]
        verb = day.head
        return (day.dep_ == "npadvmod" and verb.i >= self.match.end and verb.lemma_ == "go" and verb.tag_ == "VBG"
                and any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in verb.children))

    def _in_open_condition(self) -> bool:
        """'if a treaty is signed one day': "one day" on a present verb of an "if" or "when" clause is a time
        ahead; not on a verb of length ("if the strike lasts one day") or one that moves a date ("if the vote
        is delayed one day")."""
        verb = self._verb_of_one_day()
        if verb is None:
            return False
        clause = verb
        while clause.dep_ == "conj" and clause.head.pos_ in ("VERB", "AUX"):
            clause = clause.head  # "unless he declares his demise or comes alive one day": the mark is the first's
        if clause.dep_ != "advcl":
            return False
        lemma = verb.lemma_.lower()
        if lemma in SCHEDULING or _puts_off(lemma):
            return False
        if not any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in clause.children):
            return False
        return verb.tag_ in ("VBZ", "VBP") or any(a.lower_ in PRESENT_BE for a in auxiliaries(verb))

    def _before_modal_clause(self) -> bool:
        """'one day the city will be rebuilt', 'One day, he said, we could return': an opening
        "one day" whose verb follows with a modal looks ahead too."""
        day = self.doc[self.match.end - 1]
        verb = day.head
        return (day.dep_ == "npadvmod" and verb.i >= self.match.end
                and any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children))

    def _year_ago(self, parts: Parts) -> Resolved | None:
        units = [i.value for i in parts.infos if i.cls == "UNIT"]
        quarter = self.reported_quarter() if set(units) <= {"Y", "Q"} else None
        ordinal = parts.first("ORDWORD", "ORDNUM", "SECOND")
        if quarter and ordinal and "Q" in units and 1 <= ordinal_value(ordinal) <= 4:
            quarter = (quarter[0], ordinal_value(ordinal))  # "the year-earlier third quarter"
        if parts.has("YEAR"):  # "the 1988 period", "the 1988 quarter"
            year = self.full_year(parts.year())
            return "DATE", (f"{year:04d}-Q{quarter[1]}" if quarter else str(year)), None
        shift = int(parts.value("LAST")) if parts.has("LAST") else -1  # "last year's quarter"
        if quarter is None and "Q" in units:  # "last year's quarter", "the same quarter last year": a quarter
            quarter = self.last_quarter or self._past_quarter()
        if quarter:  # "the year-ago quarter", "year-earlier results" in a quarterly report
            return "DATE", f"{quarter[0] + shift:04d}-Q{quarter[1]}", None
        month = self._month_a_year_shifted(units, shift)
        if month is not None:  # "fell in April compared to the same month a year ago"
            return "DATE", month, None
        value = shifted_by_amount(self.dct, "Y" if "Y" in units else units[0], shift)
        return ("DATE", value, None) if value else None

    def _because_after_for(self, since: Token) -> bool:
        """Whether the "since" right after "for the week (year)" opens a clause of cause: "canceled the trip for the
        year since funding had dried up", "rested for the week since the schedule allowed it" (not "for the week
        since the attack", where "since" takes a noun)."""
        start = self.match.start
        return start > 0 and self.doc[start - 1].lower_ == "for" and since.dep_ == "mark"

    def _month_a_year_shifted(self, units: list, shift: int) -> str | None:
        """'the same month a year ago', 'the year-ago month': the month the text just told (within
        NARRATED_SENTENCES), moved by shift years; None without one."""
        if units[:1] != ["M"] or "Y" not in units[1:] or self.ref_month is None or self.ref_month_sentence is None:
            return None
        if not self._within_narrated_sentences(self.ref_month_sentence):
            return None
        return f"{self.ref_month.year + shift:04d}-{self.ref_month.month:02d}"

    def reported_quarter(self) -> tuple[int, int] | None:
        """(year, quarter) of the quarter a financial report is about, when the text near the
        match speaks of a quarter: 'a year earlier' then means the same quarter a year before.

        The nearest period word before the match decides: 'quarter' gives the last quarter the
        text named (else the one before publication), 'nine months' or 'the year ended' none.
        """
        doc = self.doc
        first = sentence_start_back(doc[self.match.start], QUARTER_CONTEXT_SENTENCES)
        for k in range(self.match.start - 1, first - 1, -1):
            word = doc[k].lower_
            if _names_a_quarter(doc, k):
                break
            if word == "months" and k > 0 and doc[k - 1].lower_ in ("nine", "six", "9", "6", "12", "twelve"):
                return None
            if word == "year" and k + 1 < len(doc) and doc[k + 1].lower_ in ("ended", "ending", "to"):
                return None
        else:
            return None
        return self.last_quarter or self._past_quarter()

    def _the_unit(self, parts: Parts) -> Resolved | None:
        """'the quarter' of a quarterly report, 'the year' (ended June 30), 'the week'."""
        unit = parts.value("UNIT")
        if unit == "Q" or (unit is None and parts.has("LATEST")):
            # an end date said with it comes first ("the quarter ended Dec. 31"), then the quarter
            # the text last named; "the latest period" of a results report is a quarter, as the
            # TimeBank annotation reads it even in half-year reports
            quarter = self._quarter_ended() or self.last_quarter or self._past_quarter()
            return "DATE", f"{quarter[0]:04d}-Q{quarter[1]}", None
        nxt = self.doc[self.match.end] if self.match.end < len(self.doc) else None
        if nxt is not None and nxt.lower_ == "since" and unit in ("Y", "M", "W", "D") and len(parts.infos) == 2 \
                and not self._because_after_for(nxt):
            # "fell 5 percent in the week since the bank's outlook", "in the year since the quake": the stretch
            # from that time up to now, one unit long, as "the two weeks since the spill" is
            return "DURATION", duration(1, unit), None
        if unit == "Y":
            if nxt is not None and nxt.lower_ in ("ended", "ending"):
                return "DURATION", "P1Y", None
            return "DATE", f"{self.dct.year:04d}", None
        if unit == "W" and (ended := self._day_ended(CURRENT_WEEK_AHEAD, WEEK_END_WORDS, PAST)) is not None:
            # "the week ending April 26", "the week to August 16": the calendar week that holds most of the
            # seven days up to that day
            return "DATE", iso_week(ended - WEEK_MIDDLE), None
        if unit == "W" and (begun := self._day_ended(self._week_start_ahead(), WEEK_START_WORDS, FUTURE)) is not None:
            # "the week beginning 6 September": the calendar week that holds most of the seven days from that day
            return "DATE", iso_week(begun + WEEK_MIDDLE), None
        if unit == "W":
            return "DATE", iso_week(self.dct), None
        if unit == "D" and self._later_in_the_day():
            return "DATE", iso_day(self.anchor()), None
        if unit == "M" and self._later_in_the_day():  # "later in the month": the month being told
            return "DATE", self._month_being_told().strftime("%Y-%m"), None
        return None

    def _month_being_told(self) -> dt.date:
        """The month of "later (earlier) in the month": the month the story last named when it tells the past
        ("In March the plant closed; later in the month it reopened"), or a month ahead it named when it tells
        what is to come ("The summit is in March. Later in the month they will meet"), else the publication month."""
        if self.ref_month is not None and (self.ref_month <= self.dct) == (self.tense() == PAST):
            return self.ref_month
        return self.dct

    def _ranked_weekday(self, parts: Parts) -> Resolved | None:
        """'the last Friday of October', 'the second Tuesday in March 2008': the day in the month (with its year
        found as for the month alone) that is that weekday counted from the month's start or, for "last", back
        from its end."""
        # the month and its year alone: "last" ranks the day, not the month
        month = self._month(Parts(replace(self.match, infos=parts.infos[parts.classes.index("MONTH"):])))
        if month is None:
            return None
        year, number = (int(x) for x in month[1].split("-"))
        weekday = int(parts.value("WEEKDAY")) - 1  # Monday 0
        rank = parts.first("ORDWORD", "SECOND", "LAST")
        last_day = calendar.monthrange(year, number)[1]
        if rank.cls == "LAST":
            day = last_day - (dt.date(year, number, last_day).weekday() - weekday) % 7
        else:
            day = 1 + (weekday - dt.date(year, number, 1).weekday()) % 7 + 7 * (int(rank.value) - 1)
        if day > last_day:
            return None  # no fifth Monday that month
        return "DATE", iso_day(dt.date(year, number, day)), None

    def _week_start_ahead(self) -> dt.timedelta:
        """How far after publication the first day of "the week beginning ..." may lie: half a year when the
        sentence tells what is to come ("will open in the week beginning October 4"), else the current week."""
        return FUTURE_WEEK_START_AHEAD if self.tense() == FUTURE else CURRENT_WEEK_AHEAD

    def _day_ended(self, ahead: dt.timedelta = dt.timedelta(0), words: tuple[str, ...] = ("ended", "ending"),
                   weekday_direction: str | None = None) -> dt.date | None:
        """The day after "ended" or "ending" (or another of `words`) right after the match ("the quarter ended
        July 31", "the week ending April 26", "the week beginning 6 September"), as month and day or day and
        month, in the year written after it ("the week ending March 2, 2008"), else in the latest year that
        puts it no more than `ahead` after publication; a weekday before them is passed over ("the week starting
        Monday 6 September"). Given `weekday_direction`, a bare weekday there is read in the clause's tense, else
        that direction ("the week to Tuesday", "the week starting Monday"). None where no such day follows."""
        doc, end = self.doc, self.match.end
        if end + 1 >= len(doc) or doc[end].lower_ not in words:
            return None
        if doc[end].lower_ == "to" and doc[end].head == doc[end - 1].head and doc[end - 1].dep_ == "dobj":
            return None  # "extended the week to August 16": the "to" of the verb that takes the week, no end of it
        if word_class(doc[end + 1].lower_) == "WEEKDAY":
            weekday = classify(doc[end + 1])
            dated = end + 3 < len(doc) and "MONTH" in (word_class(doc[end + 2].lower_),
                                                          word_class(doc[end + 3].lower_))
            if not dated:
                if weekday_direction is None or weekday is None:
                    return None
                return weekday_date(self.dct, int(weekday.value), self.tense() or weekday_direction)
            end += 1  # "the week starting Monday 6 September": the day and month after the weekday
        if end + 2 >= len(doc):
            return None
        month, day = classify(doc[end + 1]), doc[end + 2]
        if (month is None or month.cls != "MONTH") and doc[end + 1].text.isdecimal():
            month, day = classify(doc[end + 2]), doc[end + 1]  # "the week beginning 6 September"
        if month is None or month.cls != "MONTH" or not day.like_num or not day.text.isdecimal():
            return None
        key = (int(month.value), int(day.text))
        after = doc[end + 3] if end + 3 < len(doc) else None  # the year of "6 September 2010"
        if before_comma_year(day):
            year = int(doc[end + 4].text)
        elif day.i == end + 1 and after is not None and len(after.text) == 4 and after.text[:2] in ("19", "20") \
                and after.text.isdecimal():
            year = int(after.text)
        else:
            year = next(y for y in (self.dct.year + 1, self.dct.year, self.dct.year - 1)
                        if (dt.date(y, key[0], 1) - self.dct).days + key[1] - 1 <= ahead.days)
        if not 1 <= key[1] <= calendar.monthrange(year, key[0])[1]:
            return None  # no such day ("June 31"): leave the period to the context
        return dt.date(year, *key)

    def _quarter_ended(self) -> tuple[int, int] | None:
        """'the quarter ended July 31': the calendar quarter that holds most of the three months
        up to that day (May to July is the second), in the latest year the day is not ahead."""
        ended = self._day_ended()
        if ended is None:
            return None
        middle = ended - QUARTER_MIDDLE
        return middle.year, quarter_of(middle)

    def _later_in_the_day(self) -> bool:
        """'later in the day', 'earlier in the day': the day the story is telling."""
        start, doc = self.match.start, self.doc
        return start >= 2 and doc[start - 1].lower_ == "in" and doc[start - 2].lower_ in ("later", "earlier")

    def _past_quarter(self) -> tuple[int, int]:
        """The last quarter over at publication: the one a report in October is about."""
        q = self.dct.year * 4 + quarter_of(self.dct) - 2
        return q // 4, q % 4 + 1

    def _ordinal_unit(self, parts: Parts) -> Resolved | None:
        ordinal_info = next((i for i in parts.infos if i.cls in ("ORDWORD", "ORDNUM", "SECOND")), None)
        # the unit counted by the ordinal: "quarter" in "this year's third quarter"
        after = parts.infos[parts.infos.index(ordinal_info) + 1:] if ordinal_info else parts.infos
        unit = "H" if parts.has("HALF") else next((i.value for i in after if i.cls == "UNIT"), parts.value("UNIT"))
        n = self._half(parts) if unit == "H" else ordinal_value(ordinal_info) if ordinal_info else None
        if n is None:
            return None
        if ordinal_info is not None and unit != "H":
            tens = _spelled_tens_before(parts.infos, parts.infos.index(ordinal_info))
            if tens is None:
                return None  # "two-first century": no ordinal
            n += tens
        return self._numbered_part(parts, unit, n)

    def _numbered_part(self, parts: Parts, unit: str, n: int) -> Resolved | None:
        """The n-th unit ("Q", "H", "CE", "D") of the year (century) the parts give or imply."""
        era = "BC" if parts.has("BEFORECHRIST") else ""
        if unit == "CE":  # "the fifth century BC" is BC04, as "the fifth century" is 04
            return "DATE", f"{era}{n - 1:02d}", parts.position_mod()
        if era:
            return None  # only a century is counted back from year 1
        if unit == "D":  # "it is the third day of the strike" is today; other counted days are unknown
            return ("DATE", iso_day(self.dct), None) if self._is_today() else None
        limit = {"Q": 4, "H": 2}.get(unit)
        if limit is None or not 1 <= n <= limit:
            return None
        if unit == "H" and not parts.has("OF", "POSS") and parts.year() is None and self._in_match_report():
            return None  # "scored early in the first half": a half of a game, no half of a year
        year = parts.year()
        shift_of = self._shifted_year_of(parts)
        if year is not None:
            year = self.full_year(year)
        elif shift_of is not None:  # "the fourth quarter of next year"
            year = self.dct.year + shift_of
        elif parts.has("POSS"):  # "next year's first quarter"
            year = self.dct.year + self._shift(parts)
        else:
            now = quarter_of(self.dct) if unit == "Q" else (self.dct.month + 5) // 6
            if n <= now and not parts.has("LAST", "COMING") and self.narrative_year() is None:
                # results come out after the quarter: "will post third-quarter profit" in
                # October is this year's third quarter whatever the tense
                year = self.dct.year
            else:
                year = self.year_for((n,), (now,), parts, months=False, per_year=4 if unit == "Q" else 2)
        return "DATE", f"{year:04d}-{unit}{n}", None

    def _in_match_report(self) -> bool:
        """Whether the sentence tells of a game being played ("striker", "half-time"; match_words.txt)."""
        return match_words().search(self.doc[self.match.start].sent.text.lower()) is not None

    @staticmethod
    def _shifted_year_of(parts: Parts) -> int | None:
        """The shift of the year in 'of next year', 'of last year', 'of this year'; None without one."""
        after = parts.after("OF")
        if after is None or after.cls not in ("THIS", "LAST", "COMING"):
            return None
        return 0 if after.cls == "THIS" else int(after.value)

    def _is_today(self) -> bool:
        """Whether the match is what 'it' or 'today' is, in the present: 'today is the fifth day'."""
        root = self.doc[self.match.start : self.match.end].root
        verb = root.head
        if root.dep_ != "attr" or verb.lemma_ != "be" or verb.tag_ not in ("VBZ", "VBP"):
            return False
        return any(c.dep_ == "nsubj" and c.lower_ in ("it", "today", "this") for c in verb.children)

    def _edge(self, parts: Parts) -> Resolved | None:
        unit = parts.value("UNIT", "WEEKEND")
        shift = int(parts.value("LAST") or 0)
        if unit == "WE":
            return self._weekend(parts, shift)
        value = shifted(self.dct, unit, shift)
        half = self._half(parts)
        if half and unit == "Y":
            return "DATE", f"{value}-H{half}", None
        return ("DATE", value, parts.position_mod()) if value else None

    def _decade(self, parts: Parts) -> Resolved | None:
        info = parts.first("DECADE")
        if isinstance(info.value, int):  # "the nineties"
            decade = self.full_year(-info.value * 10) // 10
        else:
            digits = re.match(r"\d+", info.value).group()
            if len(digits) == 4 and digits.endswith("00") and self.dct.year - int(digits) > RECENT_DECADE_YEARS:
                return "DATE", digits[:2], parts.position_mod()  # "the late 1800s" is a century
            decade = int(digits) // 10 if len(digits) == 4 else self.full_year(-int(digits)) // 10
        return "DATE", f"{decade:03d}", parts.position_mod()

    def _plural_units(self, parts: Parts) -> Resolved | None:
        if parts.has("AGO"):
            return "DATE", "PAST_REF", None
        if parts.has("COMING", "FROM"):  # "the coming weeks", "years from now"
            return "DATE", "FUTURE_REF", None
        if parts.value("LAST") == "-1":
            return "DATE", "PAST_REF", None  # "over the last decades", like "the past decades"
        # "for years", "the weeks ahead", "in recent years", "the next decades" (like "the next few decades"): an
        # unknown number of units (TimeBank: PXY)
        return "DURATION", duration("X", parts.value("UNITPL")), None

    def _long_unit(self, parts: Parts) -> Resolved | None:
        """'a weeklong strike' lasts one week (P1W); 'a monthslong dispute' some months (PXM)."""
        info = parts.first("UNITLONG", "UNITSLONG")
        return "DURATION", duration(1 if info.cls == "UNITLONG" else "X", info.value), None

    def _bare_units(self, parts: Parts) -> Resolved | None:
        """'years of neglect', 'hours after the vote': an unknown number of units, unless the
        plural names something else ("living quarters of", "opening hours", "Days of Rage", "the
        minutes of a meeting", other_sense_units.txt), a count before an adjective has it ("six
        stormy weeks after": no vague amount) or an owner's life ("his years of service"). An edge word before
        the units ("the opening months of the war", "the waning days of") is no noun of a compound, but "the
        opening hours of the museum" are the hours it keeps open."""
        unit = parts.value("UNITPL")
        token = self.doc[self.match.end - 1]
        if parts.has("STRETCH"):
            if unit == "TH" and parts.value("STRETCH") == "START":
                return None
            compound = False
        else:
            compound = (_noun_before(token) and not _gerund_before_offset(token)
                        and not _singular_noun_before_offset(token))
        if unit == "Q" or compound or capitalised_inside_sentence(token):
            return None
        if any(child.dep_ in ("nummod", "poss") for child in token.children):
            return None
        if unit == "TH" and parts.has("POSMOD"):
            return None  # "in the early hours": a part of a day, no length
        if _names_no_length(token):
            return None
        return "DURATION", duration("X", unit), None

    def _unit_length(self, parts: Parts) -> Resolved | None:
        """'rebuilding may take years', 'she spent months there': a bare plural unit that a verb of
        length (length_verbs.txt) governs is a vague duration (the same exceptions as for _bare_units).
        In "take weeks or months" the verb governs the first unit."""
        token = self.doc[self.match.start]
        governed = token.dep_ in ("dobj", "attr", "npadvmod", "oprd") and token.head.pos_ in ("VERB", "AUX")
        if token.i > 0 and verb_last(self.doc[token.i - 1]):
            return self._bare_units(parts)  # "could last months", read by the parser as "last months"
        if not governed or token.head.lemma_ not in length_verbs():
            return None
        return self._bare_units(parts)

    def _units_past(self, parts: Parts) -> Resolved | None:
        """'as in years past': times gone by, like "past years" (tag.py _units_gone_by checks the preposition)."""
        return "DATE", "PAST_REF", None

    def _units_over(self, parts: Parts) -> Resolved | None:
        """'ties built over decades': a bare plural unit after "over" (not "more") is a vague duration, with the
        exceptions of _bare_units."""
        over = self.doc[self.match.start - 1]
        if over.lower_ != "over" or over.head.pos_ in ("NOUN", "PROPN"):
            return None  # "the row over hours worked", "debates over days off": "over" says what about
        return self._bare_units(parts)

    def _vague(self, parts: Parts) -> Resolved | None:
        if parts.has("THE") and parts.has("PAST", "FUTURE", "PRESENT") and self._modifies_next_noun():
            return None  # "the future use of the stadium", "the past elections": an adjective, no time
        if parts.has("THE") and parts.has("FUTURE") and self._names_a_fate():
            return None  # "the future of the alliance", "the future looks bleak": a prospect, no time
        if parts.has("TIMEWORD") and parts.has("AGO"):  # "(quite) some time ago", "a long (short) time ago"
            return "DATE", "FUTURE_REF" if parts.value("AGO") == "1" else "PAST_REF", None  # "some time hence"
        if parts.has("WHILE", "LONG"):  # "a (short) while ago", "not (so) long ago"; "for a little while"
            return ("DATE", "PAST_REF", None) if parts.has("AGO") else ("DURATION", "PXX", None)
        if parts.has("NEAR") and parts.has("HYPHEN") and self._modifies_next_noun():
            return None  # "the near-term outlook": an adjective; "in the near-term" is the time
        if parts.has("NEAR"):
            return "DATE", "FUTURE_REF", None
        if parts.has("THESE") and not parts.has("PAST", "FUTURE"):  # "these days"; "these past months" as "the past"
            return "DATE", "PRESENT_REF", None
        if parts.has("TIMEWORD"):
            return "DATE", "PAST_REF", None
        if parts.has("DATEWORD"):  # "at a later date", "at an earlier date"
            return "DATE", "PAST_REF" if parts.has("EARLIER") else "FUTURE_REF", None
        if parts.has("THIS"):  # "current" alone; a bare "this" is no time
            if parts.value("THIS") != "PRESENT_REF":
                return None
            return "DATE", "PAST_REF" if self._after_then() else "PRESENT_REF", None
        info = parts.first("VAGUE", "PAST", "FUTURE", "PRESENT")
        value = {"PAST": "PAST_REF"}.get(info.cls, info.value)
        if info.cls == "VAGUE" and value == "FUTURE_REF" and self.tense() == PAST and not self._supposed_past():
            return None  # "he was soon released" tells an order of events, no time

        return "DATE", value, None

    def _supposed_past(self) -> bool:
        """Whether the past verb that governs the match tells a supposition, not a deed: "could die if the
        US did not resume flights soon" (see _hypothetical_past); not a past one with "had" ("if aid had come
        soon, lives would have been saved")."""
        verb = self.doc[self.governor(through_conj=False)]
        return _hypothetical_past(verb) and not any(a.lemma_ == "have" for a in auxiliaries(verb))

    def _after_then(self) -> bool:
        """'the then current price', 'the then-current price': the present of a past time."""
        doc, first = self.doc, self.match.start
        while first > 0 and doc[first - 1].lower_ in ("then", "-"):
            first -= 1
        return any(t.lower_ == "then" for t in doc[first : self.match.end])

    def _names_a_fate(self) -> bool:
        """'the future' with an owner ('the future of the talks') or as the subject of a clause."""
        end, doc = self.match.end, self.doc
        owned = end < len(doc) and doc[end].lower_ == "of"
        return owned or doc[end - 1].dep_ in ("nsubj", "nsubjpass")

    def _other_day(self, parts: Parts) -> Resolved | None:
        """'I saw him the other day', "the other night": a day a little while back; not the second of two
        ("one day in Rome and the other day in Milan", "the other day of the festival")."""
        unit = self.doc[self.match.end - 1]
        if unit.lower_ not in OTHER_DAY_UNITS:
            return None
        if self.match.end < len(self.doc) and self.doc[self.match.end].lower_ == "of":
            return None
        sentence_before = self.doc[unit.sent.start : self.match.start]
        if any(t.lower_ in ("one", "first") and t.nbor(1).lower_ == unit.lower_ for t in sentence_before):
            return None
        if any(t.lemma_.lower() == unit.lower_ and t.tag_ == "NNS" for t in sentence_before):
            return None  # "the drug on alternate days and a placebo the other day": the rest of several
        if self.match.start > 0 and self.doc[self.match.start - 1].pos_ == "ADP":
            return None  # "on the other day it is closed", "postponed to the other day": one of a pair
        if not self._told_as_done():
            return None  # "the other day is for juniors", "will be devoted to talks the other day"
        return "DATE", "PAST_REF", None

    def _told_as_done(self) -> bool:
        """Whether the match's clause may tell a thing done: told in the past, or its verb neither a simple present
        nor under "will" ("met him the other day", "as I said the other day", "the other week's vote was close",
        "we've seen just the other day that shelling is still continuing"); not "the other day features jazz",
        "will see you the other day"."""
        if self.tense() == PAST:
            return True
        verb = self.doc[self.governor()]
        auxes = auxiliaries(verb)
        return not _present(verb, auxes) and not any(a.lower_ in PRESENT_FUTURE_AUXILIARIES for a in auxes)

    def _modifies_next_noun(self) -> bool:
        last = self.doc[self.match.end - 1]
        return last.dep_ in ("amod", "compound") and last.head.i >= self.match.end and last.head.pos_ == "NOUN"

    def _length_and_rest(self, parts: Parts) -> Resolved | None:
        """'12 minutes 53.11' (PT12M53.11S), 'two hours 15' (PT2H15M): the last number counts the next smaller unit."""
        unit = parts.value("UNITPL")
        amount = number_value([parts.infos[0]])
        rest = float(self.doc[self.match.end - 1].text)
        if amount is None:
            return None
        return "DURATION", compound_duration([(amount, unit), (rest, FRACTION_OF[unit][1])]), None

    def _compound_duration(self, parts: Parts) -> Resolved | None:
        """'a day and 4 hours' (P1DT4H), 'two weeks and two days ago' (a date), 'every five
        hours and 10 minutes' (a set)."""
        lengths = parts.lengths()
        if any(amount is None or amount == "X" for amount, _ in lengths):
            return None
        if parts.has("EVERY"):
            return "SET", compound_duration(lengths), None
        relation = parts.first("AGO", "EARLIER")
        if relation is not None:
            return "DATE", moved_by_lengths(self.dct, lengths, int(relation.value)), parts.quantity_mod()
        return "DURATION", compound_duration(lengths), parts.quantity_mod()

    def _last_part(self, parts: Parts) -> Resolved | None:
        """'the last quarter of this year' is its fourth quarter, 'the final half of 2010' its second.
        The "last" names the part, not the year: 'will rise in the last quarter of the year' said in
        June is this year's, as 'the fourth quarter' would be."""
        unit = "H" if parts.has("HALF") else parts.value("UNIT")
        edge = next(k for k, c in enumerate(parts.classes) if c in ("LAST", "FINAL"))
        of_year = Parts(replace(self.match, infos=tuple(parts.infos[:edge] + parts.infos[edge + 1:])))
        if unit == "W":  # the last week of a year is the one of its last quarter that holds Dec 28
            resolved = self._numbered_part(of_year, "Q", 4)
            return resolved and ("DATE", iso_week(dt.date(int(resolved[1][:4]), 12, 28)), None)
        return self._numbered_part(of_year, unit, {"Q": 4, "H": 2}[unit])

    def _week_or_day_of(self, parts: Parts) -> Resolved | None:
        """'the last week of June' is the week of its closing days, 'the first week of July' the one that
        holds most of its first seven days, 'the last day of March' March 31; the month as a bare one's, and
        'the last week of the month' (this, last or next month) counts from the publication month; 'the first
        day of the year' is January 1 of the year that 'the year' would be."""
        unit = parts.value("UNIT")
        of_at = parts.classes.index("OF")
        rank = Parts(replace(self.match, infos=parts.infos[:of_at]))
        if unit not in ("D", "W") or (rank.has("LAST") and rank.value("LAST") != "-1"):
            return None  # "the last hour of June"; "the next day of June" names no part of a month
        ordinal = rank.first("ORDWORD", "ORDNUM", "SECOND")
        n = ordinal_value(ordinal) if ordinal is not None else None
        whole = Parts(replace(self.match, infos=parts.infos[of_at + 1:]))
        if not whole.has("MONTH") and whole.value("UNIT") == "Y":
            return self._week_or_day_of_year(parts, unit, n)
        month = self._month_of_part(whole)
        if month is None:
            return None  # "the last day of the week"
        year, number = month
        last = calendar.monthrange(year, number)[1]
        if unit == "D":
            day = n if n is not None else last
        else:
            day = 7 * n - 3 if n is not None else last - 3
        date = dt.date(year, number, day)  # ValueError past the month's end: "the fifth week of June"
        return "DATE", (iso_day(date) if unit == "D" else iso_week(date)), None

    def _month_of_part(self, whole: Parts) -> tuple[int, int] | None:
        """(year, month) of what follows "of" in a part of a month: "June", "the month", "next month"."""
        if whole.has("MONTH"):
            value = self._month(whole)[1]
            return int(value[:4]), int(value[5:7])
        if whole.value("UNIT") != "M":
            return None
        shift = int(whole.value("LAST", "COMING") or 0)  # "the month", "this month": the publication month
        value = shifted(self.dct, "M", shift)
        return int(value[:4]), int(value[5:7])

    def _week_or_day_of_year(self, parts: Parts, unit: str, n: int | None) -> Resolved | None:
        """'the first day of the year', 'the last day of last year', 'the second week of next year': the year
        as _last_part reads it (its first or fourth quarter's year), without the word that ranks the part."""
        edge = next(k for k, c in enumerate(parts.classes) if c in ("LAST", "FINAL", "ORDWORD", "ORDNUM", "SECOND"))
        of_year = Parts(replace(self.match, infos=tuple(parts.infos[:edge] + parts.infos[edge + 1:])))
        quarter = self._numbered_part(of_year, "Q", 1 if n is not None else 4)
        if quarter is None:
            return None
        year = int(quarter[1][:4])
        if unit == "W" and n is None:  # the last week of a year is the one that holds Dec 28
            return "DATE", iso_week(dt.date(year, 12, 28)), None
        if unit == "W":
            return ("DATE", f"{year:04d}-W{n:02d}", None) if 1 <= n <= 52 else None
        date = dt.date(year, 12, 31) if n is None else dt.date(year, 1, 1) + dt.timedelta(days=n - 1)
        return ("DATE", iso_day(date), None) if date.year == year else None

    def _set(self, parts: Parts) -> Resolved | None:
        if parts.has("SETADV"):
            return "SET", parts.value("SETADV"), None
        weekday = parts.value("WEEKDAY", "WEEKDAYS")
        part = parts.value("PARTOFDAY", "PARTSOFDAY")
        if weekday is not None:
            return "SET", f"XXXX-WXX-{weekday}" + (f"T{part}" if part else ""), None
        if part is not None:
            return "SET", f"XXXX-XX-XXT{part}", None
        if parts.has("MONTH"):
            return "SET", f"XXXX-{parts.value('MONTH'):02d}", None
        if parts.has("WEEKEND"):
            return "SET", "XXXX-WXX-WE", None
        if parts.has("SEASON"):
            return "SET", f"XXXX-{parts.value('SEASON')}", None
        unit = parts.value("UNIT", "UNITPL", "SECOND")
        unit = "TS" if unit == 2 else unit
        # "every two weeks", "every other week", "every few days": the period between occasions
        every = parts.value("OTHER") or (parts.amount() if parts.numbers() else 1)
        return "SET", duration(every, unit), None
