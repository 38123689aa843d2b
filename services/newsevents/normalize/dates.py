"""Find date expressions in a sentence and resolve them against the publication date.

Pure: the reference date is passed in (the article's ``published_at`` in its own
offset), never read from a clock. Weekday arithmetic is dateutil's ``relativedelta`` with a
weekday (``weekday(-1)`` = the latest such day on or before), written out in plain day
counts, five times faster (tests/unit/test_fast_patterns.py checks every case against it).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

import ahocorasick

WEEKDAY_NUMBERS: dict[str, int] = {  # weekday names, lower-cased
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
# The month names as written; patterns that name a month build their alternation from it.
MONTH_NAMES: tuple[str, ...] = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
MONTH_NUMBERS: dict[str, int] = {  # month names and their abbreviations, lower-cased
    "jan": 1,
    "january": 1,
    "feb": 2,
    "february": 2,
    "mar": 3,
    "march": 3,
    "apr": 4,
    "april": 4,
    "may": 5,
    "jun": 6,
    "june": 6,
    "jul": 7,
    "july": 7,
    "aug": 8,
    "august": 8,
    "sep": 9,
    "sept": 9,
    "september": 9,
    "oct": 10,
    "october": 10,
    "nov": 11,
    "november": 11,
    "dec": 12,
    "december": 12,
}
# Days named by their holiday: "on Christmas Day", "on New Year's Eve" (month, day).
HOLIDAYS: dict[str, tuple[int, int]] = {
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
}
# Their pattern: any space between the words, either apostrophe ("New Year’s Day").
_HOLIDAY_RE = "|".join(
    re.escape(name).replace(r"\ ", r"\s+").replace("'", "['’]") for name in HOLIDAYS
)
_MONTH_RE = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_DATE_RE = re.compile(
    r"(?P<iso>\b(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})\b)"
    rf"|(?P<md>\b(?P<m1>{_MONTH_RE})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y1>(?:19|20)\d\d)\b)?)"
    rf"|(?P<dm>\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH_RE})\b\.?(?:,?\s+(?P<y2>(?:19|20)\d\d)\b)?)"
    r"|(?P<wd>\b(?P<wdmod>last|next|this|on|early|late|for)?\s*(?P<wday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\b)"
    rf"|(?P<hol>\b(?:{_HOLIDAY_RE})\b)"
    r"|(?P<rel>\b(?:yesterday|today|tomorrow|tonight|overnight|(?:earlier|later)\s+(?:this|next|last)\s+(?:week|month|year)"
    r"|(?:last|next|this|past)\s+(?:week|weekend|month|year)(?!\s*['’]s\s+(?:[\w-]+\s+)?(?:chair"
    r"|host|president|presidency|summit|champion|winner|edition|theme))|(?:over|at|during)\s+the"
    r"\s+weekend|this\s+(?:morning|afternoon|evening))\b)",
    re.IGNORECASE,
)

# The same, without the flag, for the lower-cased text (``str.lower``) of a text that holds no
# "İ", dotless "ı" or long "ſ" (see ``patterns.caseless``): the same matches at the same
# offsets, about 1.7 times faster. (The pattern names no upper-case escape: ``\b``, ``\d``,
# ``\s``, ``\w`` only, and its group names are kept as written.)
_DATE_RE_LOWER = re.compile(_DATE_RE.pattern.lower().replace("(?p<", "(?P<"))


class Tense(Enum):
    PAST = "past"
    FUTURE = "future"


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    text: str
    value: date | None  # None when the expression names a span, not a day ("last week")


def _month_day(
    reference: date, month: int, day: int, year: int | None, tense: Tense
) -> date | None:
    if year is not None:
        try:
            return date(year, month, day)
        except ValueError:
            return None
    try:
        guess = date(reference.year, month, day)
    except ValueError:
        return None
    # "March 3" written in December about a future meeting is next year's March 3, and
    # "December 28" written in January about a past attack is last year's.
    if tense is Tense.FUTURE and guess < reference - timedelta(days=60):
        return date(reference.year + 1, month, day)
    if tense is Tense.PAST and guess > reference + timedelta(days=14):
        return date(reference.year - 1, month, day)
    return guess


def _weekday(reference: date, name: str, modifier: str, tense: Tense) -> date:
    weekday = WEEKDAY_NUMBERS[name.lower()]
    modifier = modifier.lower()
    if modifier == "next":  # relativedelta(days=1, weekday=weekday(+1)): strictly after
        after = reference + timedelta(days=1)
        return after + timedelta(days=(weekday - after.weekday()) % 7)
    if modifier == "last" or (tense is Tense.PAST and modifier != "for"):
        # weekday(-1): on or before ("for Monday" is a day planned: on or after, whatever the
        # tense: "called a summit in Santiago for Monday")
        return reference - timedelta(days=(reference.weekday() - weekday) % 7)
    return reference + timedelta(days=(weekday - reference.weekday()) % 7)  # weekday(+1)


def _relative(reference: date, phrase: str) -> date | None:
    phrase = " ".join(phrase.lower().split())
    if phrase in ("today", "tonight", "this morning", "this afternoon", "this evening"):
        return reference
    if phrase == "yesterday":
        return reference - timedelta(days=1)
    if phrase == "tomorrow":
        return reference + timedelta(days=1)
    return None


def find_dates(text: str, start: int, end: int, reference: date, tense: Tense) -> list[DateMention]:
    """Every date expression in ``text[start:end]``, resolved where it names one day."""
    return _resolve_all(text, list(_DATE_RE.finditer(text, start, end)), reference, tense)


# Words every date expression contains; the full pattern is tried only next to one of them.
_KEYWORDS = [
    *MONTH_NUMBERS,
    *WEEKDAY_NUMBERS,
    *(f"{day}s" for day in WEEKDAY_NUMBERS),
    "yesterday",
    "today",
    "tomorrow",
    "tonight",
    "overnight",
    "week",
    "weekend",
    "month",
    "year",
    "morning",
    "afternoon",
    "evening",
    "christmas",
]
KEYWORD_AUTOMATON = ahocorasick.Automaton()
"""The keywords, lower case, each with its length (for a pass shared with other automata)."""
for _keyword in _KEYWORDS:
    KEYWORD_AUTOMATON.add_word(_keyword, len(_keyword))
KEYWORD_AUTOMATON.make_automaton()
# The tail "-MM-DD" of an ISO date: led by a literal, so the engine jumps from one hyphen to
# the next instead of trying "\d{4}" at every position; the four digits before it are
# checked by hand (``_iso_starts``).
_ISO_TAIL = re.compile(r"-\d{2}-\d{2}")
_TOKEN_START = re.compile(r"(?:^|(?<=\s))\S")
# The words a date expression can start with (``_DATE_RE``'s alternatives, lower case): the
# full pattern is tried only at a word starting with one of them or with a digit.
_STARTERS = (
    *("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
    *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    *("last", "next", "this", "on", "early", "earlier", "late", "past", "over", "at", "during"),
    "for",
    *("yesterday", "today", "tomorrow", "tonight", "christmas", "new"),
)
# Characters the case-insensitive pattern takes for an ASCII letter that ``str.lower`` does
# not lower to one ("İ", dotless "ı", long "ſ"): in a text with one, every word is tried.
_UNFOLDABLE = ("\u0130", "\u0131", "\u017f")


def _scan(
    text: str,
    keyword_matches: Iterable[tuple[int, int]] | None = None,
    lower: str | None = None,
) -> list[re.Match[str]]:
    """The matches ``_DATE_RE.finditer`` would give, found from keyword hits (much faster).

    ``keyword_matches``, when given, is ``KEYWORD_AUTOMATON.iter(text.lower())`` made
    already (in a pass shared with other automata); ``lower``, when given, is
    ``text.lower()`` made already.
    """
    scan = _Scan(text, keyword_matches, lower)
    scan.extend(len(text) + 1)
    return scan.kept


class _Scan:
    """The date scan of one text, read from its start only as far as it is asked for.

    A date expression starts at most 24 characters before a keyword it holds, and the
    overlapping ones are settled left to right (the leftmost, then the longest): the
    expressions that start before a position are all found, and settled, once every keyword
    that starts less than 24 characters after it has been read. So a lookup in the clauses
    of a story's first paragraphs reads those only (the readers seldom need a date past the
    last event told), and reading on later finds the same expressions as one pass would.
    """

    __slots__ = (
        "_every_word",
        "_keywords",
        "_last_end",
        "_lower",
        "_next",
        "_pending",
        "_text",
        "kept",
        "settled",
    )

    def __init__(
        self,
        text: str,
        keyword_matches: Iterable[tuple[int, int]] | None,
        lower: str | None,
    ) -> None:
        if lower is None:
            lower = text.lower()
        self._text = text
        self._lower = lower
        # (else ``lower`` has the text's offsets)
        self._every_word = any(ch in text for ch in _UNFOLDABLE)
        if keyword_matches is None:
            keyword_matches = KEYWORD_AUTOMATON.iter(lower)
        # (start, end) of each keyword, by start: read in that order
        self._keywords = sorted(
            (end_index - length + 1, end_index + 1) for end_index, length in keyword_matches
        )
        self._next = 0  # the next keyword to read
        # candidates found and not yet settled: an ISO date has no keyword, all are found now
        self._pending: list[re.Match[str]] = []
        for iso_start in _iso_starts(text):
            match = self._match(iso_start)
            if match is not None:
                self._pending.append(match)
        self._last_end = -1
        self.kept: list[re.Match[str]] = []  # settled, in order
        self.settled = -1  # every expression that starts before it is in ``kept``

    def _match(self, start: int) -> re.Match[str] | None:
        if self._every_word:
            return _DATE_RE.match(self._text, start)
        # the lowered text, without the flag: the same matches, faster (see ``_DATE_RE_LOWER``)
        return _DATE_RE_LOWER.match(self._lower, start)

    def extend(self, position: int) -> None:
        """Settle every expression that starts before ``position``."""
        if position <= self.settled:
            return
        text = self._text
        lower = self._lower
        every_word = self._every_word
        keywords = self._keywords
        pending = self._pending
        index = self._next
        while index < len(keywords) and keywords[index][0] < position + 24:
            start, end = keywords[index]
            index += 1
            if (start > 0 and lower[start - 1].isalnum()) or (
                end < len(lower) and lower[end].isalnum()
            ):
                continue
            # The expression may start up to three words earlier: "last Monday", "15 October",
            # "earlier this week".
            window_start = max(0, start - 24)
            starts = [m.start() for m in _TOKEN_START.finditer(text, window_start, start + 1)]
            for token_start in starts[-4:]:
                if not (
                    every_word
                    or lower.startswith(_STARTERS, token_start)
                    or text[token_start].isdecimal()  # what \d matches
                ):
                    continue  # "in", "the", "since": no date expression starts here
                match = self._match(token_start)
                if match is not None and match.end() >= end and match.group(0).strip():
                    pending.append(match)
                    break
        self._next = index
        if index == len(keywords):
            position = len(text) + 1  # every candidate is found: settle them all
        pending.sort(key=lambda m: (m.start(), -m.end()))
        last_end = self._last_end
        later: list[re.Match[str]] = []
        for match in pending:
            if match.start() >= position:
                later.append(match)  # may yet lose to one found further on
            elif match.start() >= last_end:
                self.kept.append(match)
                last_end = match.end()
        self._last_end = last_end
        self._pending = later
        self.settled = position


def _iso_starts(text: str) -> list[int]:
    """Where the matches of ``re.finditer(r"\\d{4}-\\d{2}-\\d{2}", text)`` start (faster).

    A tail never hides the tail of a date (it would need a hyphen among the date's
    digits), and a tail that overlaps the date found before it is skipped, as the plain
    pattern, resuming after that date, would.
    """
    starts: list[int] = []
    last_end = 0
    for tail in _ISO_TAIL.finditer(text):
        start = tail.start() - 4
        if start >= last_end and text[start : tail.start()].isdecimal():  # isdecimal is \d
            starts.append(start)
            last_end = tail.end()
    return starts


class DateIndex:
    """All date expressions of one text, found from its start as far as asked for (``_Scan``)
    and resolved on demand."""

    __slots__ = ("_scan", "_starts", "_text")

    def __init__(
        self,
        text: str,
        keyword_matches: Iterable[tuple[int, int]] | None = None,
        lower: str | None = None,
    ) -> None:
        """``keyword_matches`` and ``lower``: see ``_scan``."""
        self._text = text
        self._scan = _Scan(text, keyword_matches, lower)
        self._starts: list[int] = []

    def find(self, start: int, end: int, reference: date, tense: Tense) -> list[DateMention]:
        """The date expressions inside ``[start, end)``, as ``find_dates`` would return them."""
        scan = self._scan
        if end > scan.settled:
            known = len(scan.kept)
            scan.extend(end)
            self._starts.extend(m.start() for m in scan.kept[known:])
        lo = bisect_left(self._starts, start)
        hi = bisect_left(self._starts, end)
        inside = [m for m in scan.kept[lo:hi] if m.end() <= end]
        return _resolve_all(self._text, inside, reference, tense)


# A weekday that starts a name set off by commas: ", Monday Semaya Kumba,", "spokesman, Friday
# Okon, said" (not ", Monday 12 May", nor ", Wednesday Nigerian Presidency officials said")
_NAME_AFTER_COMMA = re.compile(
    r", [A-Z][a-z]+day\s+(?!" + _MONTH_RE + r"\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?"
    r"(?:\s*[,)]|\s+(?:said|says|told)\b)"
)


# Between a weekday and the date that names the same day: "Saturday, April 19"
_COMMA_BETWEEN = re.compile(r",?\s*")


def _resolve_all(
    text: str, matches: list[re.Match[str]], reference: date, tense: Tense
) -> list[DateMention]:
    found: list[DateMention] = []
    for index, m in enumerate(matches):
        value: date | None
        following = matches[index + 1] if index + 1 < len(matches) else None
        if (
            m.group("wd")
            and following is not None
            and (following.group("md") or following.group("dm"))
            and _COMMA_BETWEEN.fullmatch(text, m.end(), following.start())
        ):
            continue  # "on Saturday, April 19": the day the month and day name
        if m.group("iso"):
            try:
                value = date(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
            except ValueError:
                continue
        elif m.group("md"):
            month = MONTH_NUMBERS[m.group("m1").lower().rstrip(".")]
            year = int(m.group("y1")) if m.group("y1") else None
            value = _month_day(reference, month, int(m.group("d1")), year, tense)
        elif m.group("dm"):
            month = MONTH_NUMBERS[m.group("m2").lower().rstrip(".")]
            year = int(m.group("y2")) if m.group("y2") else None
            value = _month_day(reference, month, int(m.group("d2")), year, tense)
        elif m.group("hol"):
            month, day = HOLIDAYS[" ".join(m.group("hol").lower().replace("’", "'").split())]
            value = _month_day(reference, month, day, None, tense)
        elif m.group("wd"):
            if m.group("wday")[-1] == "s" and m.group("wday").lower() not in WEEKDAY_NUMBERS:
                continue
            if not m.group("wdmod") and _NAME_AFTER_COMMA.match(text, m.start("wday") - 2):
                continue  # "his counterpart, Monday Semaya Kumba,": a person's name
            value = _weekday(reference, m.group("wday"), m.group("wdmod") or "", tense)
        else:
            value = _relative(reference, m.group("rel"))
        s, e = m.span()
        while s < e and text[s].isspace():
            s += 1
        found.append(DateMention(s, e, text[s:e], value))
    return found
