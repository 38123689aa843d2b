"""Read quantities of people from news prose: digits, words, scales, bounds and vague words.

Used by the casualty extractor on the clauses that hold a death or injury word.
Number words are converted by the ``text2num`` library; this module finds the
phrase and applies the bound and vagueness conventions (documented in the
README, "Counting conventions"):

* exact ("seven", "300,000")          → count = low = high, not approximate
* lower bound ("at least 12")         → count = low = 12, high unknown
* strict lower bound ("more than 40") → count = low = 41
* upper bound ("up to 30", "nearly")  → count = the number, high = the number, approximate
* approximate ("about", "some")       → count = the number, approximate
* range ("between 10 and 15", "10-15")→ count = low (conservative, like ACLED), high given
* vague words take the smallest value the word literally means: several/a few 3,
  dozens 24, scores 40, hundreds 200, thousands 2,000, a dozen 12, a handful 3.

Numbers that are not quantities at all are skipped here, whatever they sit next to:
measures ("a 26-year-old", "five-year conflict", "7 percent", "one hundred times"),
years ("since 2011", "in March 2014"), days of the month ("Oct. 7", "7 October"),
clock times ("6:30 p.m.", "1430 GMT"), money ("$337 million", "36.6 billion yen"),
ages ("aged 9", "Ali, 26,"), scores ("5-1") and "no one". Whether a quantity counts
people is the caller's question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from text_to_num import text2num

_UNITS = (
    "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    "|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
    "|eighty|ninety|hundred|thousand|million"
)
_WORD_NUMBER = rf"(?:(?:{_UNITS})(?:[\s-]+(?:and\s+)?(?:{_UNITS}))*)"
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_SCALE = r"(?:\s+(?:billion|million|thousand|hundred|bn|mn|m\b))?"
_SINGLE = rf"(?:{_DIGITS}{_SCALE}|{_WORD_NUMBER}|an?\s+(?:hundred|thousand|million|dozen))"
_VAGUE = {
    "several": 3, "a few": 3, "a handful of": 3, "dozens of": 24, "dozens": 24,
    "scores of": 40, "scores": 40, "hundreds of": 200, "hundreds": 200,
    "thousands of": 2000, "thousands": 2000, "tens of thousands of": 20000,
    "tens of thousands": 20000, "hundreds of thousands of": 200000,
    "hundreds of thousands": 200000, "millions of": 2_000_000, "millions": 2_000_000,
    "a dozen": 12, "two dozen": 24, "numerous": 3,
}
_VAGUE_RE = "|".join(
    re.escape(k).replace(r"\ ", r"\s+") for k in sorted(_VAGUE, key=len, reverse=True)
)
_LOWER = r"at\s+least|no\s+fewer\s+than|not\s+less\s+than|a\s+minimum\s+of"
_STRICT_LOWER = r"more\s+than|over|upwards\s+of|in\s+excess\s+of|above"
_UPPER = r"up\s+to|nearly|almost|close\s+to|fewer\s+than|less\s+than|under|as\s+many\s+as|at\s+most"
_APPROX = r"about|around|approximately|roughly|some|an\s+estimated|estimated|approx\.|nearly"

NUMBER_RE = re.compile(
    rf"\b(?:(?P<between>between)\s+(?P<lo>{_SINGLE})\s+and\s+(?P<hi>{_SINGLE})"
    rf"|(?P<mod>{_LOWER}|{_STRICT_LOWER}|{_UPPER}|{_APPROX})?\s*(?:(?P<vague>{_VAGUE_RE})"
    rf"|(?P<num>{_SINGLE})(?:\s*(?P<joint>-|–|to)\s*(?P<num2>{_SINGLE}))?))\b",
    re.IGNORECASE,
)

# Capitalised only: "12 may have died" is not the 12th of May.
_MONTHS = (
    r"(?-i:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_CURRENCY_WORDS = (
    r"dollars?|euros?|pounds?|sterling|yen|yuan|renminbi|rupees?|roubles?|rubles?|francs?"
    r"|dinars?|dirhams?|riyals?|shekels?|lira|hryvnias?|pesos?|naira|rand|won|usd|eur|gbp"
)
# "a 26-year-old", "a five-year conflict", "7 percent", "one hundred times", "36.6 billion
# yen", "6:30 p.m.": not a count of people.
_MEASURE_AFTER = re.compile(
    r"\s*(?:-\s*|\s)(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|km|kilomet|miles?"
    r"|metres?|meters?|kg|kilos?|tons?|tonnes?|points?|percent|per\s+cent|storey|story|member"
    rf"|nation|party|page|seat|vote|times|fold|goals?|{_CURRENCY_WORDS})\b"
    r"|\s*(?:%|:\d|[ap]\.m\b|[ap]m\b|gmt\b|utc\b|hrs\b|o['’]clock)"
    rf"|\s+{_MONTHS}\b(?!\s+(?:people|of|and|to|in|on)\b)",
    re.IGNORECASE,
)
# Words just before a number that make it a day, a year, money, an age or a time.
_NOT_A_COUNT_BEFORE = re.compile(
    rf"(?:(?<![\w.]){_MONTHS}\.?\s+|[$£€¥]\s*|\baged?\s+|:|\bno\.\s*"
    r"|\b(?:number|flight|route|resolution|article|section|chapter|page)\s+)$",
    re.IGNORECASE,
)
_NO_BEFORE = re.compile(r"\bno\s+$", re.IGNORECASE)
_YEAR_BEFORE = re.compile(
    r"\b(?:in|since|of|by|until|till|from|before|after|during|year|early|late|mid|the|"
    r"summer|winter|spring|autumn|fall|and|or|to|between)\s+$|['’]s\s+$|-$",
    re.IGNORECASE,
)
_AGE_IN_COMMAS = re.compile(r"[A-Z][\w'’-]+,\s+$")
_LOWER_RE = re.compile(rf"^(?:{_LOWER})$", re.IGNORECASE)
_STRICT_LOWER_RE = re.compile(rf"^(?:{_STRICT_LOWER})$", re.IGNORECASE)
_UPPER_RE = re.compile(rf"^(?:{_UPPER})$", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_SCALES = {"": 1, "hundred": 100, "thousand": 1000, "million": 1_000_000, "mn": 1_000_000,
           "m": 1_000_000, "billion": 1_000_000_000, "bn": 1_000_000_000}


@dataclass(frozen=True, slots=True)
class Quantity:
    start: int
    end: int
    text: str
    count: int
    low: int | None
    high: int | None
    approximate: bool


def parse_single(text: str) -> int | None:
    """The integer value of one number phrase ("1.2 million", "three hundred", "300,000")."""
    words = " ".join(text.lower().replace("-", " ").split())
    if not words:
        return None
    if words[0].isdigit():
        number, _, scale = words.partition(" ")
        try:
            value = float(number.replace(",", ""))
        except ValueError:
            return None
        return round(value * _SCALES.get(scale, 1))
    if words.startswith(("a ", "an ")):
        words = "one " + words.split(" ", 1)[1]
    if words == "one dozen":
        return 12
    words = words.replace(" and ", " ")
    try:
        return int(text2num(words, "en"))
    except ValueError:
        return None


def find_quantities(text: str, start: int, end: int) -> list[Quantity]:
    """Every quantity phrase in ``text[start:end]`` with its bounds."""
    out: list[Quantity] = []
    position = start
    while position < end:
        m = NUMBER_RE.search(text, position, end)
        if m is None:
            break
        position = m.end()
        if not m.group(0).strip():
            position += 1
            continue
        if m.group("joint") and m.group("joint").lower() == "to" and _FROM_BEFORE.search(
            text, max(0, m.start("num") - 8), m.start("num")
        ):
            # "rose from 12 to 15": two numbers, not a range; read the second one next.
            position = m.start("num2")
            quantity = _interpret(m, single=True)
        elif _MEASURE_AFTER.match(text, m.end()):
            continue
        else:
            quantity = _interpret(m)
        if quantity is not None and not _is_not_a_count(text, quantity, m):
            out.append(quantity)
    return out


def _is_not_a_count(text: str, quantity: Quantity, m: re.Match[str]) -> bool:
    """A day, year, sum of money, age or "no one" rather than a quantity."""
    number_start = m.start("num") if m.group("num") else quantity.start
    before = text[max(0, number_start - 12):number_start]
    if _NOT_A_COUNT_BEFORE.search(before):
        return True
    if (m.group("num") or "").lower() == "one" and _NO_BEFORE.search(before):
        return True  # "no one was hurt"
    if m.group("num") and not m.group("mod") and not m.group("num2"):
        number = m.group("num")
        if (len(number) == 4 and number.isdigit() and 1900 <= int(number) <= 2100
                and _YEAR_BEFORE.search(before)):
            return True
        if (number.isdigit() and int(number) < 120 and _AGE_IN_COMMAS.search(before)
                and text[quantity.end:quantity.end + 1] == ","):
            return True  # "Ali Hassan, 26, was among the dead"
    return False


def _interpret(m: re.Match[str], single: bool = False) -> Quantity | None:
    s, e = m.span()
    if single:
        e = m.end("num")
    while s < e and m.string[s].isspace():
        s += 1
    text = m.string[s:e]
    if m.group("between"):
        lo, hi = parse_single(m.group("lo")), parse_single(m.group("hi"))
        if lo is None or hi is None or hi < lo:
            return None
        return Quantity(s, e, text, lo, lo, hi, True)
    modifier = " ".join((m.group("mod") or "").lower().split())
    if m.group("vague"):
        value = _VAGUE[" ".join(m.group("vague").lower().split())]
        if _UPPER_RE.match(modifier):
            return Quantity(s, e, text, value, None, value, True)
        return Quantity(s, e, text, value, value, None, True)
    value = parse_single(m.group("num"))
    if value is None:
        return None
    if m.group("num2") and not single:
        high = parse_single(m.group("num2"))
        if high is None or high <= value:
            return None  # "5-1", "3-3": a score or a code, not a range of people
        return Quantity(s, e, text, value, value, high, True)
    if not modifier:
        return Quantity(s, e, text, value, value, value, False)
    if _LOWER_RE.match(modifier):
        return Quantity(s, e, text, value, value, None, False)
    if _STRICT_LOWER_RE.match(modifier):
        return Quantity(s, e, text, value + 1, value + 1, None, True)
    if _UPPER_RE.match(modifier):
        return Quantity(s, e, text, value, None, value, True)
    return Quantity(s, e, text, value, None, None, True)
