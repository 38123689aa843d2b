"""Read quantities of people from news prose: digits, words, scales, bounds and vague words.

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
_SCALE = r"(?:\s+(?:million|thousand|hundred|mn|m\b))?"
_SINGLE = rf"(?:{_DIGITS}{_SCALE}|{_WORD_NUMBER}|an?\s+(?:hundred|thousand|dozen))"
_VAGUE = {
    "several": 3, "a few": 3, "a handful of": 3, "dozens of": 24, "dozens": 24,
    "scores of": 40, "scores": 40, "hundreds of": 200, "hundreds": 200,
    "thousands of": 2000, "thousands": 2000, "tens of thousands of": 20000,
    "hundreds of thousands of": 200000, "a dozen": 12, "two dozen": 24, "numerous": 3,
}
_VAGUE_RE = "|".join(sorted((re.escape(k) for k in _VAGUE), key=len, reverse=True))
_LOWER = r"at\s+least|no\s+fewer\s+than|not\s+less\s+than|a\s+minimum\s+of"
_STRICT_LOWER = r"more\s+than|over|upwards\s+of|in\s+excess\s+of|above"
_UPPER = r"up\s+to|nearly|almost|close\s+to|fewer\s+than|less\s+than|under|as\s+many\s+as|at\s+most"
_APPROX = r"about|around|approximately|roughly|some|an\s+estimated|estimated|approx\.|nearly"

NUMBER_RE = re.compile(
    rf"\b(?:(?P<between>between)\s+(?P<lo>{_SINGLE})\s+and\s+(?P<hi>{_SINGLE})"
    rf"|(?P<mod>{_LOWER}|{_STRICT_LOWER}|{_UPPER}|{_APPROX})?\s*(?:(?P<vague>{_VAGUE_RE})"
    rf"|(?P<num>{_SINGLE})(?:\s*(?:-|–|to)\s*(?P<num2>{_SINGLE}))?))\b",
    re.IGNORECASE,
)

# "a 26-year-old", "a five-year conflict", "7 percent", "3-1 win": not a count of people.
_MEASURE_AFTER = re.compile(
    r"\s*(?:-\s*|\s)(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|km|kilomet|miles?"
    r"|metres?|meters?|kg|tons?|tonnes?|point|percent|per\s+cent|storey|story|member|nation|party"
    r"|page|seat|vote)\b|\s*%|-\d",
    re.IGNORECASE,
)
_LOWER_RE = re.compile(rf"^(?:{_LOWER})$", re.IGNORECASE)
_STRICT_LOWER_RE = re.compile(rf"^(?:{_STRICT_LOWER})$", re.IGNORECASE)
_UPPER_RE = re.compile(rf"^(?:{_UPPER})$", re.IGNORECASE)


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
        multiplier = {"": 1, "hundred": 100, "thousand": 1000, "million": 1_000_000,
                      "mn": 1_000_000, "m": 1_000_000}.get(scale, 1)
        return round(value * multiplier)
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
    for m in NUMBER_RE.finditer(text, start, end):
        if not m.group(0).strip() or _MEASURE_AFTER.match(text, m.end()):
            continue
        quantity = _interpret(m)
        if quantity is not None:
            out.append(quantity)
    return out


def _interpret(m: re.Match[str]) -> Quantity | None:
    s, e = m.span()
    while s < e and m.string[s].isspace():
        s += 1
    text = m.string[s:e]
    if m.group("between"):
        lo, hi = parse_single(m.group("lo")), parse_single(m.group("hi"))
        if lo is None or hi is None:
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
    if m.group("num2"):
        high = parse_single(m.group("num2"))
        if high is not None and high > value:
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
