"""Read quantities of people from news prose: digits, words, scales, bounds and vague words.

Used by the casualty extractor on the sentences that hold a death or injury word.
Number words are converted by the ``text2num`` library; this module finds the
phrase and applies the bound and vagueness conventions (documented in the
README, "Counting conventions"):

* exact ("seven", "300,000")          → count = low = high, not approximate
* lower bound ("at least 12")         → count = low = 12, high unknown
* strict lower bound ("more than 40") → count = low = 41
* upper bound ("up to 30", "nearly")  → count = the number, high = the number, approximate
* approximate ("about", "some")       → count = the number, approximate
* range ("between 10 and 15", "10-15")→ count = low (conservative, like ACLED), high given
* "half a million" is 500,000
* vague words take the smallest value the word literally means: several/a few 3,
  dozens 24, scores 40, hundreds 200, thousands 2,000, a dozen 12, a handful 3;
  a strict bound on a vague word adds one ("more than a dozen" → 13).

Numbers that are not quantities at all are skipped here, whatever they sit next to:
measures ("a 26-year-old", "five-year conflict", "7 percent", "one hundred times"),
years ("since 2011", "in March 2014"), days of the month ("Oct. 7", "7 October"),
clock times ("6:30 p.m.", "1430 GMT"), money ("$337 million", "36.6 billion yen"),
ages ("aged 9", "Ali Hassan, 26,", "a boy of 10"), scores ("5-1"), "from 12 to 15" (two
numbers, not a range) and "no one". Whether a quantity counts people is the caller's question.

Speed: the full phrase pattern is tried only where a digit or number word is (an
"anchor"), starting at the bound word just before it ("more than 40"), on lower-cased
text; callers that have already scanned the text can pass the anchors in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from text_to_num import text2num

_UNITS = (
    "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    "|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
    "|eighty|ninety|hundred|thousand|million"
)
_WORD_NUMBER = rf"(?:(?:{_UNITS})(?:[\s-]+(?:and\s+)?(?:{_UNITS}))*)"
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_SCALE = r"(?:\s+(?:billion|million|thousand|hundred|bn|mn|m\b))?"
_SINGLE = (
    rf"(?:{_DIGITS}{_SCALE}|half\s+a\s+(?:million|billion)|{_WORD_NUMBER}"
    r"|an?\s+(?:hundred|thousand|million|dozen))"
)
_VAGUE = {
    "several": 3,
    "a few": 3,
    "a handful of": 3,
    "dozens of": 24,
    "dozens": 24,
    "scores of": 40,
    "scores": 40,
    "hundreds of": 200,
    "hundreds": 200,
    "thousands of": 2000,
    "thousands": 2000,
    "tens of thousands of": 20000,
    "tens of thousands": 20000,
    "hundreds of thousands of": 200000,
    "hundreds of thousands": 200000,
    "millions of": 2_000_000,
    "millions": 2_000_000,
    "a dozen": 12,
    "two dozen": 24,
    "numerous": 3,
}
_VAGUE_RE = "|".join(
    re.escape(k).replace(r"\ ", r"\s+") for k in sorted(_VAGUE, key=len, reverse=True)
)
# Bound words, by kind (see the module docstring).
_BOUNDS = {
    "lower": ("at least", "no fewer than", "not less than", "a minimum of"),
    "strict_lower": ("more than", "over", "upwards of", "in excess of", "above"),
    "upper": (
        "up to",
        "nearly",
        "almost",
        "close to",
        "fewer than",
        "less than",
        "under",
        "as many as",
        "at most",
    ),
    "approximate": (
        "about",
        "around",
        "approximately",
        "roughly",
        "some",
        "an estimated",
        "estimated",
        "approx.",
    ),
}
_BOUND_KIND = {phrase: kind for kind, phrases in _BOUNDS.items() for phrase in phrases}
_BOUND_RE = "|".join(
    re.escape(p).replace(r"\ ", r"\s+") for p in sorted(_BOUND_KIND, key=len, reverse=True)
)

NUMBER_RE = re.compile(
    rf"\b(?:(?P<between>between)\s+(?P<lo>{_SINGLE})\s+and\s+(?P<hi>{_SINGLE})"
    rf"|(?P<mod>{_BOUND_RE})?\s*(?:(?P<vague>{_VAGUE_RE})"
    rf"|(?P<num>{_SINGLE})(?:\s*(?P<joint>-|–|to)\s*(?P<num2>{_SINGLE}))?))\b",
    re.IGNORECASE,
)
# The same pattern without IGNORECASE, run on lower-cased text: several times faster.
_NUMBER_LOWER = re.compile(NUMBER_RE.pattern)
_VAGUE_HEADS = "several|few|handful|dozens?|scores|hundreds|thousands|millions|tens|numerous"
_ANCHOR = re.compile(rf"\d[\d,.]*|\b(?:{_UNITS}|half|{_VAGUE_HEADS})\b")
# The words a quantity can start from (besides digits), for callers that scan text themselves.
NUMBER_WORDS: tuple[str, ...] = (
    *_UNITS.split("|"),
    "half",
    "several",
    "few",
    "handful",
    "dozen",
    "dozens",
    "scores",
    "hundreds",
    "thousands",
    "millions",
    "tens",
    "numerous",
)
# Phrases a quantity can start with before its number ("more than", "between", "a").
_LEADS = frozenset({"between", "a", "an", *_BOUND_KIND})
_LEAD_ENDINGS = frozenset(lead.split()[-1] for lead in _LEADS)

_MONTHS = (
    r"(?-i:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)  # capitalised only: "12 may have died" is not the 12th of May
_MONTH_WORDS = frozenset(
    "Jan January Feb February Mar March Apr April May Jun June Jul July Aug August Sep Sept "
    "September Oct October Nov November Dec December".split()
)
_CURRENCY_WORDS = (
    r"dollars?|euros?|pounds?|sterling|yen|yuan|renminbi|rupees?|roubles?|rubles?|francs?"
    r"|dinars?|dirhams?|riyals?|shekels?|lira|hryvnias?|pesos?|naira|rand|won|usd|eur|gbp"
)
# "a 26-year-old", "a five-year conflict", "7 percent", "one hundred times", "36.6 billion
# yen", "6:30 p.m.", "7 October": not a count of people.
_MEASURE_AFTER = re.compile(
    r"\s*(?:-\s*|\s)(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|km|kilomet|miles?"
    r"|metres?|meters?|kg|kilos?|tons?|tonnes?|points?|percent|per\s+cent|storey|story|member"
    rf"|nation|party|page|seat|vote|times|fold|goals?|{_CURRENCY_WORDS})\b"
    r"|\s*(?:%|:\d|[ap]\.m\b|[ap]m\b|gmt\b|utc\b|hrs\b|o['’]clock)"
    rf"|\s+{_MONTHS}\b(?!\s+(?:people|of|and|to|in|on)\b)",
    re.IGNORECASE,
)
# The word just before a number that makes it money, a time, an age, a code or a year.
_NOT_A_COUNT_MARKS = frozenset("$£€¥:")
_NOT_A_COUNT_WORDS = frozenset(
    "aged age no. number flight route resolution article section chapter page".split()
)
# "a boy of 10", "a woman of 70": an age.
_PERSON_OF = frozenset("boy girl man woman child baby teenager son daughter mother father".split())
_YEAR_WORDS = frozenset(
    "in since of by until till from before after during year early late mid the summer "
    "winter spring autumn fall and or to between".split()
)
_FROM_BEFORE = re.compile(r"\bfrom\s+$")
_SCALES = {
    "": 1,
    "hundred": 100,
    "thousand": 1000,
    "million": 1_000_000,
    "mn": 1_000_000,
    "m": 1_000_000,
    "billion": 1_000_000_000,
    "bn": 1_000_000_000,
}


@dataclass(frozen=True, slots=True)
class Quantity:
    start: int
    end: int
    text: str
    count: int
    low: int | None
    high: int | None
    approximate: bool


@lru_cache(maxsize=4096)
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
    if words.startswith("half a "):
        return _SCALES.get(words.removeprefix("half a "), 0) // 2 or None
    if words.startswith(("a ", "an ")):
        words = "one " + words.split(" ", 1)[1]
    if words == "one dozen":
        return 12
    words = words.replace(" and ", " ")
    try:
        return int(text2num(words, "en"))
    except ValueError:
        return None


def find_quantities(
    text: str, start: int, end: int, anchors: Sequence[int] | None = None
) -> list[Quantity]:
    """Every quantity phrase in ``text[start:end]`` with its bounds.

    ``anchors``, when given, are the sorted offsets of every digit run and ``NUMBER_WORDS``
    word in the range (a caller that has scanned the text already saves the scan here).
    """
    offset = max(0, start - 1)  # one character of context keeps word boundaries right
    lower = _same_length_lower(text[offset:end])
    out: list[Quantity] = []
    position = start - offset
    if anchors is None:
        starts: Iterable[int] = (a.start() for a in _ANCHOR.finditer(lower, position))
    else:
        starts = (a - offset for a in anchors if start <= a < end)
    for anchor in starts:
        if anchor < position:
            continue  # inside the previous phrase ("three hundred", "300,000")
        m = _match_at(lower, position, anchor)
        if m is None:
            continue
        position = m.end()
        groups = m.groups()  # between, lo, hi, mod, vague, num, joint, num2
        if groups[6] == "to" and _FROM_BEFORE.search(
            lower, max(0, m.start("num") - 8), m.start("num")
        ):
            # "rose from 12 to 15": two numbers, not a range; read the second one next.
            position = m.start("num2")
            quantity = _interpret(m, groups, text, offset, single=True)
        elif _MEASURE_AFTER.match(text, offset + m.end()):
            continue
        else:
            quantity = _interpret(m, groups, text, offset)
        if quantity is not None and not _is_not_a_count(text, quantity, m, groups, offset):
            out.append(quantity)
    return out


def _same_length_lower(text: str) -> str:
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)  # "İ"


_OPENING_QUOTES = "\"“‘'"


def _match_at(lower: str, floor: int, anchor: int) -> re.Match[str] | None:
    """The quantity phrase that contains the number word or digit at ``anchor``."""
    starts = []
    low = max(floor, anchor - 32)
    before = lower[low:anchor]
    tokens = before.rsplit(None, 5)  # the last five words (the first item may hold more)
    if any(token[0] in _OPENING_QUOTES for token in tokens):  # 'to "about 253"'
        tokens = [token.lstrip(_OPENING_QUOTES) or token for token in tokens]
    if tokens and tokens[-1] in _LEAD_ENDINGS:  # "at least 12", "a dozen", "between 5"
        if len(tokens) == 6:
            del tokens[0]
        # Where each word starts: only white space follows a word up to the next one.
        count = len(tokens)
        token_starts = [0] * count
        position = len(before)
        for index in range(count - 1, -1, -1):
            position = token_starts[index] = before.rindex(tokens[index], 0, position)
        for n in range(count, 0, -1):
            words = tokens[count - n :]
            if " ".join(words) in _LEADS or (
                words[-1] in ("a", "an") and n > 1 and " ".join(words[:-1]) in _LEADS
            ):
                starts.append(low + token_starts[count - n])
    starts.append(anchor)
    for candidate in starts:
        m = _NUMBER_LOWER.match(lower, candidate)
        if m is not None and m.end() > anchor and m.group(0).strip():
            return m
    return None


def _is_not_a_count(
    text: str, quantity: Quantity, m: re.Match[str], groups: tuple[str | None, ...], offset: int
) -> bool:
    """A day, year, sum of money, code, time, age or "no one" rather than a quantity."""
    number = groups[5]
    number_start = offset + m.start("num") if number else quantity.start
    previous_char = text[number_start - 1 : number_start]
    before = text[max(0, number_start - 14) : number_start]
    words = before.split()
    previous = words[-1] if words and before[-1:].isspace() else ""
    if previous_char in _NOT_A_COUNT_MARKS or before.rstrip()[-1:] in ("$", "£", "€", "¥"):
        return True
    if previous.rstrip(".") in _MONTH_WORDS or previous.lower() in _NOT_A_COUNT_WORDS:
        return True  # "Oct. 7", "aged 9", "flight 17"
    if previous.lower() == "of" and len(words) > 1 and words[-2].lower() in _PERSON_OF:
        return True  # "a boy of 10"
    if number is None or groups[3] or groups[7]:
        return False
    lowered = number.lower()
    if lowered == "one" and previous.lower() == "no":
        return True  # "no one was hurt"
    if (
        len(number) == 4
        and number.isdigit()
        and 1900 <= int(number) <= 2100
        and (
            previous.lower() in _YEAR_WORDS
            or previous.endswith(("'s", "’s"))
            or previous_char == "-"
        )
    ):
        return True  # "since 2011", "the 2018 deal", "mid-2021"
    return (
        number.isdigit()
        and int(number) < 120
        and previous.endswith(",")
        and previous[:1].isupper()
        and text[quantity.end : quantity.end + 1] == ","
    )  # "Ali Hassan, 26, was among the dead"


def _interpret(
    m: re.Match[str],
    groups: tuple[str | None, ...],
    original: str,
    offset: int,
    single: bool = False,
) -> Quantity | None:
    between, lo_text, hi_text, mod, vague, num, _, num2 = groups
    s, e = m.span()
    if single:
        e = m.end("num")
    while s < e and m.string[s].isspace():
        s += 1
    s, e = s + offset, e + offset
    text = original[s:e]
    if between:
        lo = parse_single(lo_text or "")
        hi = parse_single(hi_text or "")
        if lo is None or hi is None or hi < lo:
            return None
        return Quantity(s, e, text, lo, lo, hi, True)
    bound = _BOUND_KIND.get(" ".join(mod.split())) if mod else None
    if vague:
        least = _VAGUE[" ".join(vague.split())]
        if bound == "upper":
            return Quantity(s, e, text, least, None, least, True)
        if bound == "strict_lower":
            least += 1  # "more than a dozen": 13
        return Quantity(s, e, text, least, least, None, True)
    value = parse_single(num or "")
    if value is None:
        return None
    if num2 and not single:
        high = parse_single(num2)
        if high is None or high <= value:
            return None  # "5-1", "3-3": a score or a code, not a range of people
        return Quantity(s, e, text, value, value, high, True)
    if bound is None:
        return Quantity(s, e, text, value, value, value, False)
    if bound == "lower":
        return Quantity(s, e, text, value, value, None, False)
    if bound == "strict_lower":
        return Quantity(s, e, text, value + 1, value + 1, None, True)
    if bound == "upper":
        return Quantity(s, e, text, value, None, value, True)
    return Quantity(s, e, text, value, None, None, True)
