"""Casualty updates (killed / injured counts) from an analysed article.

Sits beside the diplomatic extractor in the extract stage; vocabulary comes from
``data/casualty.yaml``, quantities from ``normalize.numbers``.

Flow inside this module: one automaton pass over the article finds death and
injury words, cause words ("air strike"), campaign nouns ("the war") and phrases
that only look like casualties ("killed off the game") → only sentences with a
death or injury word are read further → each such word is tied to the number that
counts its victims: before it ("12 people were killed"), after it ("killed 11
people"), after a toll ("the death toll rose to 45") → the figure is dropped when
it is not a current count of people (hypothetical, negated, historical
comparison, a subset such as "five of the dead", a count of sheep or jobs) →
scope: cumulative when the subject is a whole war or a cue says running total
("raising the death toll to", "since 2011"), else incremental → cause, victims,
perpetrator, source, place and date from the clause; a figure that names no cause,
place or date takes them from the incident the article is telling (the last
sentence that named a cause) → killed and injured of one clause become one record
→ records giving the same figure for the same incident merge (headline and lead);
different figures from different sources stay apart, each with its ``reported_by``.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Literal

import ahocorasick

from newsevents.contracts import CasualtyCount, CasualtyUpdate, Evidence, Location, Scope
from newsevents.extract.document import Document
from newsevents.extract.patterns import longest_matches, phrase_automaton, phrase_regex
from newsevents.extract.text import Sentence
from newsevents.lexicon import CasualtyLexicon, CasualtyWords, casualty_lexicon
from newsevents.normalize.dates import DateMention, Tense, find_dates
from newsevents.normalize.gazetteer import Gazetteer, Mention, MentionKind, gazetteer
from newsevents.normalize.numbers import Quantity, find_quantities

Kind = Literal["killed", "injured"]
Role = Literal["verb", "noun", "toll", "governed"]

# -- words between a number and its death/injury word ------------------------------------------

_WORD = re.compile(r"\s*([A-Za-z][\w'’.-]*)")
# Words that may stand between "12 people" and "killed": auxiliaries and adverbs.
_AUX = frozenset(
    """was were is are be been being have has had reportedly also now all later since already
    officially initially subsequently previously believed thought known to who that left
    altogether in total so far""".split()
)
# Words that may follow the number of an active verb without a people noun ("killing 12 in").
_AFTER_COUNT = frozenset(
    """and or in on at near outside inside during when while as after before since including
    among with across from to by overnight yesterday today tonight last this earlier later so
    over more others people late early around amid along into were was the a an but
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december""".split()
)
_DETERMINERS = frozenset("the a an its their his her our this that these those whom".split())
_SUBSET_BEFORE = re.compile(
    r"\b(?:including|among\s+them|among\s+whom|of\s+whom|of\s+them)\s+$", re.IGNORECASE
)
_OF_POSSESSIVE = re.compile(
    r"\s+of\s+(?:its|their|the|his|her|our|whom|those|them)\b", re.IGNORECASE
)
_OF = re.compile(r"\s+of\s+$", re.IGNORECASE)
_PARENTHETICAL = re.compile(
    r"\s*,\s*(?:including|among\s+them|most\s+of\s+them|many\s+of\s+them|mostly|mainly"
    r"|all\s+of\s+them|both)\b[^,;]{0,80},",
    re.IGNORECASE,
)
_COORDINATION = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)", re.IGNORECASE)
_TOLL_LINKS = frozenset(
    "to at of reached hit passed topped surpassed exceeded is was stands stood now past".split()
)
# "casualties in the conflict": a war named in a phrase, not as the subject that killed.
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|during|of|on|over|from|to|about|amid|into|throughout|after|before|since|for)\s+"
    r"(?:the\s+|this\s+|its\s+|their\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_INFINITIVE_BEFORE = re.compile(r"\bto\s+$", re.IGNORECASE)
_IF_CLAUSE = re.compile(r"\b(?:if|unless|whether)\b", re.IGNORECASE)
_YEAR_THEN_WHEN = re.compile(
    r"\b(?:19|20)\d\d\b[^.;]{0,24}?\b(?:when|in\s+which|where)\b", re.IGNORECASE
)

# -- clauses --------------------------------------------------------------------------------

# Between two events: "..., as U.S. envoy met Putin", "; monitors put toll at 31", a dateline.
_STRONG_BREAK = (
    r";|\s[-–—]+\s|:\s+(?=[A-Z“\"])"
    r"|,?\s+(?:while|whereas|but|although|though|despite)\s"
    r"|(?<!such)(?<!well)(?<!known)(?<!same)\s+as\s+"
    r"(?!(?:many|much|well|long|a\s+result|part|of|far|soon|if|though|high|low)\b)"
)
# Within one event: a relative clause, a consequence, a subordinate time clause.
_WEAK_BREAK = (
    r",\s+(?:(?:one|some|many|most|all)\s+(?:of\s+)?)?(?:which|who|whom|when|where)\b"
    r"|,\s+(?=(?:raising|bringing|pushing|taking|saying|adding|according)\b)"
    r"|\s(?:after|before|because|following|when|until)\s"
)
_STRONG_RE = re.compile(_STRONG_BREAK, re.IGNORECASE)
_WEAK_RE = re.compile(f"{_STRONG_BREAK}|{_WEAK_BREAK}", re.IGNORECASE)

# -- places, periods, sources ----------------------------------------------------------------

_DIRECTION = (
    r"(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)"
    r"(?:ern)?\s+)"
)
_PLACE_NOUN = (
    r"(?:city|town|village|province|region|district|neighbou?rhood|capital|port|camp|area"
    r"|outskirts|suburbs?|state|enclave|territory|governorate|market|strip|county|oblast)"
)
_LOCATIVE_BEFORE = re.compile(
    r"\b(?i:in|near|at|outside|inside|around|across|on|of|along|from|into|toward|towards|hit"
    r"|struck|targeting|targeted|shelled|bombed|pounded|attacked)\s+"
    r"(?i:the\s+)?(?:[A-Z][\w’'.-]*['’]s\s+)?(?i:" + _DIRECTION + r")?"
    r"(?:(?:[\w’'-]+\s+){0,3}?(?i:" + _PLACE_NOUN + r")\s*(?:of\s+|,\s+)(?i:the\s+)?"
    r"(?i:" + _DIRECTION + r")?)?$"
)
_REGION_AFTER = re.compile(
    r"\s+(province|region|governorate|state|district|oblast|county)\b", re.IGNORECASE
)
_ORG_AFTER_POSSESSIVE = re.compile(r"['’]s\s", re.IGNORECASE)
_SINCE = re.compile(r"\bsince\b", re.IGNORECASE)
_SUPERLATIVE_BEFORE = re.compile(
    r"\b(?:\w+est|worst|first|most\s+\w+|last|biggest|largest)\s+(?:\w+\s+){0,2}$", re.IGNORECASE
)
_SINCE_STOP = re.compile(
    r"[,;()]|\.(?=\s+(?-i:[A-Z])|\s*$)|\s(?:according|and|but|with|has|have|had|is|are|was|were|which|who"
    r"|killing|leaving|as|while)\b",
    re.IGNORECASE,
)
_REPORT_DATE_BEFORE = re.compile(
    r"\b(?:said|says|announced|told\s+\w+|added|stated|reported|confirmed)\s+(?:on\s+)?$",
    re.IGNORECASE,
)
_PRONOUNS = frozenset("he she they it we i you this that who which".split())
_ARTICLE = re.compile(r"(?:the|a|an)\s+", re.IGNORECASE)
_NP = r"((?:[\w’'.&-]+\s+){0,6}?[\w’'.&-]+)"
_HEADLINE_SOURCE = re.compile(r"\s[-–—]\s+([A-Za-z][\w\s’'.-]{1,60}?)\s*$")


@dataclass(frozen=True, slots=True)
class _Word:
    """What an automaton hit is: a death/injury word, a cause, a campaign noun or a blocker."""

    kind: Literal["killed", "injured", "cause", "campaign", "block"]
    role: str  # verb/noun/toll/governed for death words; the cause name for causes
    phrase: str


@dataclass(frozen=True, slots=True)
class _Compiled:
    automaton: ahocorasick.Automaton
    people: re.Pattern[str]
    victims: dict[str, str]
    cause_of: dict[str, str]
    excluded: frozenset[str]
    governed: dict[str, re.Pattern[str]]
    campaigns: re.Pattern[str]
    cumulative: re.Pattern[str]
    incremental: re.Pattern[str]
    hypothetical: re.Pattern[str]
    negation: re.Pattern[str]
    historical: re.Pattern[str]
    reporters: re.Pattern[str]
    source_after: re.Pattern[str]
    source_before: re.Pattern[str]
    source_apposition: re.Pattern[str]
    according_to: re.Pattern[str]
    perpetrator_cue: re.Pattern[str]
    forces: re.Pattern[str]
    duration_campaign: re.Pattern[str]


def _alternation(phrases: Iterable[str]) -> str:
    return "|".join(
        re.escape(p).replace(r"\ ", r"\s+") for p in sorted(set(phrases), key=len, reverse=True)
    )


@cache
def _compiled() -> _Compiled:
    lexicon: CasualtyLexicon = casualty_lexicon()
    table: dict[str, object] = {}
    for kind, words in (("killed", lexicon.killed), ("injured", lexicon.injured)):
        assert isinstance(words, CasualtyWords)
        for role, phrases in (
            ("verb", words.verbs),
            ("noun", words.nouns),
            ("toll", words.tolls),
            ("governed", tuple(words.governed)),
        ):
            for phrase in phrases:
                table.setdefault(phrase, _Word(kind, role, phrase))  # type: ignore[arg-type]
    cause_of: dict[str, str] = {}
    for cause, phrases in lexicon.causes.items():
        for phrase in phrases:
            cause_of.setdefault(phrase, cause)
            table.setdefault(phrase, _Word("cause", cause, phrase))
    for phrase in lexicon.campaigns:
        table.setdefault(phrase, _Word("campaign", "", phrase))
    for phrase in lexicon.not_casualty:
        table[phrase] = _Word("block", "", phrase)
    victims = {phrase: kind for kind, phrases in lexicon.victims.items() for phrase in phrases}
    report_verbs = _alternation(lexicon.report_verbs)
    return _Compiled(
        automaton=phrase_automaton(table),
        people=re.compile(rf"(?:{_alternation(lexicon.people)})(?![\w-])", re.IGNORECASE),
        victims=victims,
        cause_of=cause_of,
        excluded=frozenset(lexicon.excluded_causes),
        governed={noun: phrase_regex(verbs) for noun, verbs in lexicon.killed.governed.items()}
        | {noun: phrase_regex(verbs) for noun, verbs in lexicon.injured.governed.items()},
        campaigns=phrase_regex(lexicon.campaigns),
        cumulative=phrase_regex(lexicon.cumulative_cues),
        incremental=phrase_regex(lexicon.incremental_cues),
        hypothetical=phrase_regex(lexicon.hypothetical_cues),
        negation=phrase_regex(lexicon.negation_cues),
        historical=phrase_regex(lexicon.historical_cues),
        reporters=phrase_regex(lexicon.reporters),
        source_after=re.compile(rf",\s+{_NP}\s+(?:{report_verbs})\b", re.IGNORECASE),
        source_before=re.compile(rf"\s*{_NP}\s+(?:{report_verbs})\b", re.IGNORECASE),
        source_apposition=re.compile(
            rf"\s*{_NP},\s+[^,;]{{1,100}},\s+(?:{report_verbs})\b", re.IGNORECASE
        ),
        according_to=re.compile(
            r"\baccording\s+to\s+([^,;:]{2,80}?)(?=\s*(?:[,;:]|\.\s+(?-i:[A-Z])|\.$|$"
            r"|\s+(?:and|which|who|based|that)\b))",
            re.IGNORECASE,
        ),
        perpetrator_cue=re.compile(
            rf"(?<![\w-])(?:{_alternation(lexicon.perpetrator_cues)})\s+"
            r"(?:the\s+)?",
            re.IGNORECASE,
        ),
        forces=re.compile(rf"\s*(?:{_alternation(lexicon.armed_forces)})(?![\w-])", re.IGNORECASE),
        duration_campaign=re.compile(
            r"\b(?:[\w]+-)?[\w]+-(?:year|month|week|day)(?:-long|-old)?\s+(?:[\w-]+\s+)?"
            rf"(?:{_alternation(lexicon.campaigns)})\b",
            re.IGNORECASE,
        ),
    )


# -- intermediate values ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Hit:
    start: int
    end: int
    word: _Word


@dataclass(frozen=True, slots=True)
class _Clause:
    start: int
    end: int


@dataclass(slots=True)
class _Bound:
    """A number tied to a death or injury word."""

    quantity: Quantity
    count: int
    low: int | None
    high: int | None
    approximate: bool
    span: tuple[int, int]  # number + noun + death word, for evidence
    noun: tuple[int, int] | None  # the people noun
    victims: str | None


@dataclass(slots=True)
class _Placed:
    location: Location
    span: tuple[int, int]
    rank: int  # city 3, region 2, country 1


@dataclass(slots=True)
class _Count:
    kind: Kind
    bound: _Bound
    trigger: _Hit
    clause: _Clause
    window: _Clause
    scope: Scope = Scope.INCREMENTAL
    increment: bool = False  # "an additional seven", "six more soldiers"
    toll_change: bool = False  # "raising the death toll to 15"
    period: tuple[int, int] | None = None
    campaign: bool = False


@dataclass(slots=True)
class _Frame:
    """The incident the article is telling: the last sentence that named a cause."""

    cause: str
    cause_span: tuple[int, int]
    window: _Clause
    parent: _Frame | None
    resolved: bool = False
    place: _Placed | None = None
    date: DateMention | None = None
    country: str | None = None


@dataclass(slots=True)
class _Record:
    killed: _Count | None
    injured: _Count | None
    scope: Scope
    sentence: Sentence
    cause: str | None = None
    cause_span: tuple[int, int] | None = None
    victims: str | None = None
    victims_span: tuple[int, int] | None = None
    place: _Placed | None = None
    place_from_text: bool = False
    date: DateMention | None = None
    period: tuple[int, int] | None = None
    perpetrator: str | None = None
    perpetrator_span: tuple[int, int] | None = None
    reporter: tuple[int, int] | None = None
    evidence: list[Evidence] = field(default_factory=list)
    mentions: int = 1

    @property
    def killed_count(self) -> int | None:
        return self.killed.bound.count if self.killed else None

    @property
    def injured_count(self) -> int | None:
        return self.injured.bound.count if self.injured else None


# -- entry point ----------------------------------------------------------------------------


def extract_casualties(doc: Document, extractor_version: str) -> list[CasualtyUpdate]:
    """Every casualty figure the article reports, one record per incident or running toll."""
    compiled = _compiled()
    text = doc.text
    hits = _hits(compiled, text)
    if not any(h.word.kind in ("killed", "injured") for h in hits):
        return []
    reader = _Reader(doc, compiled, gazetteer())
    records: list[_Record] = []
    frame: _Frame | None = None
    index = 0
    for sentence in doc.sentences:
        own: list[_Hit] = []
        while index < len(hits) and hits[index].start < sentence.end:
            if hits[index].start >= sentence.start:
                own.append(hits[index])
            index += 1
        if not own:
            continue
        # A sentence that names a cause is itself the incident in focus for its own figures
        # ("Drone strike on X kills 23; monitors put toll at 31").
        frame = reader.next_frame(sentence, own, frame)
        if any(h.word.kind in ("killed", "injured") for h in own):
            records.extend(reader.read_sentence(sentence, own, frame))
    merged = _merge(records)
    return [
        _to_record(doc, record, extractor_version)
        for record in merged
        if record.cause not in compiled.excluded
    ]


def _hits(compiled: _Compiled, text: str) -> list[_Hit]:
    lower = text.lower()
    out: list[_Hit] = []
    for start, end, payload in longest_matches(compiled.automaton, lower):
        assert isinstance(payload, _Word)
        if payload.kind == "block":
            continue
        if end < len(lower) - 1 and lower[end] == "-" and lower[end + 1].isalpha():
            continue  # "war-torn", "death-toll-style": a modifier, not the word itself
        out.append(_Hit(start, end, payload))
    return out


# -- reading one sentence ---------------------------------------------------------------------


class _Reader:
    """Reads the casualty figures of one article's sentences; holds per-article caches."""

    def __init__(self, doc: Document, compiled: _Compiled, gaz: Gazetteer) -> None:
        self.doc = doc
        self.text = doc.text
        self.c = compiled
        self.gaz = gaz
        self._quantities: dict[tuple[int, int], list[Quantity]] = {}
        self._people_mentions: dict[int, Mention] | None = None

    # -- clauses ----------------------------------------------------------------------------
    def _bounds(
        self, pattern: re.Pattern[str], sentence: Sentence, start: int, end: int
    ) -> _Clause:
        lo, hi = sentence.start, sentence.end
        for m in pattern.finditer(self.text, sentence.start, sentence.end):
            if m.end() <= start:
                lo = m.end()
            elif m.start() >= end:
                hi = m.start()
                break
        return _Clause(lo, hi)

    def quantities(self, clause: _Clause) -> list[Quantity]:
        key = (clause.start, clause.end)
        found = self._quantities.get(key)
        if found is None:
            found = find_quantities(self.text, clause.start, clause.end)
            self._quantities[key] = found
        return found

    # -- the sentence -----------------------------------------------------------------------
    def read_sentence(
        self, sentence: Sentence, hits: list[_Hit], frame: _Frame | None
    ) -> list[_Record]:
        counts: list[_Count] = []
        used: set[int] = set()
        for hit in hits:
            if hit.word.kind not in ("killed", "injured"):
                continue
            clause = self._bounds(_WEAK_RE, sentence, hit.start, hit.end)
            window = self._bounds(_STRONG_RE, sentence, hit.start, hit.end)
            bound = self._bind(hit, clause)
            if bound is None or bound.quantity.start in used:
                continue
            if self._suppressed(hit, bound, clause, sentence):
                continue
            used.add(bound.quantity.start)
            kind: Kind = "killed" if hit.word.kind == "killed" else "injured"
            count = _Count(kind, bound, hit, clause, window)
            self._scope(count, hits)
            counts.append(count)
        if any(c.toll_change for c in counts):
            # "the bodies of six more soldiers ..., raising the death toll to 15": the six
            # are part of the new total, not an incident of their own.
            counts = [c for c in counts if c.toll_change or not c.increment]
        records: list[_Record] = []
        for count in counts:
            target = next(
                (
                    r
                    for r in records
                    if r.scope is count.scope
                    and getattr(r, count.kind) is None
                    and _first_count(r).window == count.window
                ),
                None,
            )
            if target is None:
                record = _Record(killed=None, injured=None, scope=count.scope, sentence=sentence)
                setattr(record, count.kind, count)
                records.append(record)
            else:
                setattr(target, count.kind, count)
        for record in records:
            self._describe(record, hits, frame)
        return records

    # -- tying a number to its death/injury word -------------------------------------------
    def _bind(self, hit: _Hit, clause: _Clause) -> _Bound | None:
        quantities = self.quantities(clause)
        role = hit.word.role
        if role == "toll":
            return self._bind_toll(hit, quantities)
        if role == "governed":
            governors = self.c.governed.get(hit.word.phrase)
            if governors is None or not governors.search(self.text, clause.start, clause.end):
                return None
        if role == "verb":
            after = self._bind_after(hit, quantities)
            if after is not None:
                return after
        else:
            of = self._bind_of(hit, quantities)
            if of is not None:
                return of
        return self._bind_before(hit, quantities)

    def _bind_after(self, hit: _Hit, quantities: list[Quantity]) -> _Bound | None:
        """ "killed 11 people", "wounding at least 40", "killed two soldiers and a civilian"."""
        text = self.text
        for q in quantities:
            if q.start < hit.end:
                continue
            if text[hit.end : q.start].strip():
                return None
            return self._counted_after(q, (hit.start, hit.end), q.start)
        return None

    def _bind_of(self, hit: _Hit, quantities: list[Quantity]) -> _Bound | None:
        """ "the deaths of three men", "the bodies of six more soldiers"."""
        for q in quantities:
            if q.start < hit.end:
                continue
            if not _OF.fullmatch(self.text, hit.end, q.start):
                return None
            bound = self._counted_after(q, (hit.start, hit.end), q.start)
            return bound if bound is not None and bound.noun is not None else None
        return None

    def _counted_after(self, q: Quantity, trigger: tuple[int, int], first: int) -> _Bound | None:
        """The number after an active verb counts people unless another noun follows it."""
        text = self.text
        end = q.end
        noun: tuple[int, int] | None = None
        people = self._people_at(end)
        if people is not None:
            noun = people
            end = people[1]
        elif not self._free_after(end):
            return None  # "killed 12 sheep", "cut 1,200 jobs"
        bound = self._bound(q, (min(first, trigger[0]), max(end, trigger[1])), noun)
        # "killed two soldiers and three civilians": one figure of five.
        while noun is not None:
            joiner = _COORDINATION.match(text, end, min(len(text), end + 8))
            if joiner is None:
                break
            following = next(
                (
                    x
                    for x in self.quantities(_Clause(end, min(len(text), end + 60)))
                    if x.start == joiner.end()
                ),
                None,
            )
            if following is None:
                break
            more = self._people_at(following.end)
            if more is None:
                break
            bound = _add(bound, following, more)
            end = more[1]
            bound.span = (bound.span[0], max(bound.span[1], end))
        return bound

    def _bind_before(self, hit: _Hit, quantities: list[Quantity]) -> _Bound | None:
        """ "12 people were killed", "seven of its servicemen had been killed", "11 dead"."""
        text = self.text
        before = [q for q in quantities if q.end <= hit.start]
        if not before:
            return None
        q = before[-1]
        position = q.end
        noun: tuple[int, int] | None = None
        of = _OF_POSSESSIVE.match(text, position, hit.start)
        if of is not None:
            position = of.end()
        people = self._people_at(position, hit.start)
        if people is not None:
            noun = people
            position = people[1]
        elif of is not None:
            return None  # "five of the dead", "several of the wounded": a subset
        parenthetical = _PARENTHETICAL.match(text, position, hit.start)
        if parenthetical is not None:
            position = parenthetical.end()
        while position < hit.start:
            word = _WORD.match(text, position, hit.start)
            if word is None or word.group(1).lower() not in _AUX:
                break
            position = word.end()
        if text[position : hit.start].strip():
            return None
        bound = self._bound(q, (q.start, hit.end), noun)
        # "12 soldiers and three civilians were killed"
        earlier = before[:-1]
        while noun is not None and earlier:
            previous = earlier.pop()
            people = self._people_at(previous.end, q.start)
            if people is None or not _COORDINATION.fullmatch(text, people[1], q.start):
                break
            bound = _add(bound, previous, people)
            bound.span = (previous.start, bound.span[1])
            q = previous
        return bound

    def _bind_toll(self, hit: _Hit, quantities: list[Quantity]) -> _Bound | None:
        """ "the death toll rose to 45", "put the death toll at 31", "raising the toll among its
        troops to 15"."""
        text = self.text
        for q in quantities:
            if q.start < hit.end:
                continue
            gap = text[hit.end : q.start]
            words = gap.split()
            if not words or len(words) > 6 or words[-1].lower() not in _TOLL_LINKS:
                return None
            if re.search(r"[,;:()]", gap):
                return None
            people = self.c.people.search(text, hit.end, q.start)
            noun = (people.start(), people.end()) if people else None
            after = self._people_at(q.end)
            if after is not None:
                noun = after
            span_end = max(q.end, noun[1] if noun else q.end)
            return self._bound(q, (hit.start, span_end), noun)
        return None

    def _bound(self, q: Quantity, span: tuple[int, int], noun: tuple[int, int] | None) -> _Bound:
        victims = None
        if noun is not None:
            phrase = " ".join(self.text[noun[0] : noun[1]].lower().split())
            victims = self.c.victims.get(phrase)
        return _Bound(q, q.count, q.low, q.high, q.approximate, span, noun, victims)

    def _people_at(self, position: int, limit: int | None = None) -> tuple[int, int] | None:
        """A people noun after up to three modifiers ("four port workers", "Palestinian
        civilians", "more soldiers"), as its span."""
        text = self.text
        limit = len(text) if limit is None else limit
        for _ in range(4):
            start = position
            while start < limit and text[start] == " ":
                start += 1
            people = self.c.people.match(text, start, limit)
            if people is not None:
                return (start, people.end())
            nationality = self._people_mention(start)
            if nationality is not None and nationality.end <= limit:
                return (start, nationality.end)
            word = _WORD.match(text, position, limit)
            if word is None:
                return None
            token = word.group(1).lower()
            if token in _DETERMINERS or (token in _AFTER_COUNT and token != "more"):
                return None
            if token in _AUX:
                return None
            position = word.end()
        return None

    def _people_mention(self, position: int) -> Mention | None:
        if self._people_mentions is None:
            self._people_mentions = {
                m.start: m for m in self.doc.mentions if m.kind is MentionKind.PEOPLE
            }
        return self._people_mentions.get(position)

    def _free_after(self, position: int) -> bool:
        """Nothing after the number that could be what it counts ("killing 12, officials said")."""
        rest = self.text[position : position + 40]
        stripped = rest.lstrip(" ")
        if not stripped or not (stripped[0].isalnum()):
            return True
        word = _WORD.match(rest)
        return word is not None and word.group(1).lower() in _AFTER_COUNT

    # -- dropping what is not a current count of people ------------------------------------
    def _suppressed(self, hit: _Hit, bound: _Bound, clause: _Clause, sentence: Sentence) -> bool:
        text = self.text
        first = min(hit.start, bound.quantity.start)
        if hit.word.role == "verb" and _INFINITIVE_BEFORE.search(
            text, max(0, hit.start - 4), hit.start
        ):
            return True  # "threatened to kill", "enough to kill 12"
        window_start = max(clause.start, first - 40)
        for cue in self.c.hypothetical.finditer(text, window_start, hit.start):
            if not cue.group(0)[0].isupper():  # "May" and "Will" are a month and a name
                return True
        if _IF_CLAUSE.search(text, clause.start, hit.start):
            return True
        if self.c.negation.search(text, max(clause.start, first - 25), first):
            return True
        if self.c.negation.search(text, bound.quantity.end, hit.start):
            return True
        if _SUBSET_BEFORE.search(
            text, max(clause.start, bound.quantity.start - 16), bound.quantity.start
        ):
            return True  # "killing eight people, including three children"
        if self.c.historical.search(text, clause.start, clause.end):
            return True
        return bool(_YEAR_THEN_WHEN.search(text, max(sentence.start, first - 60), first))

    # -- scope ------------------------------------------------------------------------------
    def _scope(self, count: _Count, hits: list[_Hit]) -> None:
        text = self.text
        clause, q = count.clause, count.bound.quantity
        count.increment = bool(
            self.c.incremental.search(text, max(clause.start, q.start - 16), q.start)
            or re.match(r"\s+(?:more|additional)\b(?!\s+than)", text[q.end : q.end + 16], re.I)
        )
        since = self._period_since(clause, count.trigger)
        cue = any(
            not m.group(0).lower().startswith("since")
            for m in self.c.cumulative.finditer(text, clause.start, clause.end)
        )
        count.toll_change = count.trigger.word.role == "toll" and cue
        subject = self._subject(count, hits)
        count.campaign = subject is not None and subject.word.kind == "campaign"
        if count.campaign or since is not None or (cue and not count.increment):
            count.scope = Scope.CUMULATIVE
        if count.increment and not count.toll_change:
            count.scope = Scope.INCREMENTAL
        if count.scope is Scope.CUMULATIVE:
            count.period = since or self._period_campaign(count, subject)

    def _subject(self, count: _Count, hits: list[_Hit]) -> _Hit | None:
        """The nearest cause or campaign noun before the figure ("the war has killed")."""
        first = min(count.trigger.start, count.bound.quantity.start)
        before = [
            h
            for h in hits
            if h.word.kind in ("cause", "campaign")
            and count.window.start <= h.start
            and h.end <= first
            and not (
                h.word.kind == "campaign"
                and _PREPOSITION_BEFORE.search(
                    self.text, max(count.window.start, h.start - 40), h.start
                )
            )
        ]
        if before:
            return before[-1]
        after = [
            h
            for h in hits
            if h.word.kind in ("cause", "campaign")
            and count.trigger.end <= h.start < count.clause.end
        ]
        if (
            after
            and after[0].word.kind == "campaign"
            and re.search(
                r"\b(?:in|during|of|since|throughout)\s+(?:the\s+|this\s+|its\s+)?(?:\w+\s+){0,2}$",
                self.text[max(count.clause.start, after[0].start - 30) : after[0].start],
                re.I,
            )
            and not any(h.word.kind == "cause" for h in after)
        ):
            return after[0]  # "killed in the war"
        return None

    def _period_since(self, clause: _Clause, trigger: _Hit) -> tuple[int, int] | None:
        text = self.text
        for m in _SINCE.finditer(text, clause.start, clause.end):
            if _SUPERLATIVE_BEFORE.search(text, max(clause.start, m.start() - 30), m.start()):
                continue  # "the deadliest since 2014": a comparison, not a period
            limit = clause.end
            if m.start() < trigger.start:
                limit = min(limit, trigger.start)
            stop = _SINCE_STOP.search(text, m.end(), limit)
            end = stop.start() if stop else limit
            end = min(end, m.end() + 48)
            while end > m.end() and not text[end - 1].isalnum() and text[end - 1] != ".":
                end -= 1
            if end - m.end() >= 2:
                return (m.start(), end)
        return None

    def _period_campaign(self, count: _Count, subject: _Hit | None) -> tuple[int, int] | None:
        text = self.text
        duration = self.c.duration_campaign.search(text, count.window.start, count.window.end)
        if duration is not None:
            return duration.span()
        if subject is not None and subject.word.kind == "campaign":
            start = subject.start
            phrase = re.search(
                r"(?:\b(?:the|this|its|their|a)\s+|[\w’']+['’]s\s+)(?:[\w-]+\s+)?$",
                text[max(count.window.start, start - 40) : start],
                re.IGNORECASE,
            )
            if phrase is not None:
                start -= len(phrase.group(0))
            return (start, subject.end)
        return None

    # -- describing a record -----------------------------------------------------------------
    def _describe(self, record: _Record, hits: list[_Hit], frame: _Frame | None) -> None:
        count = _first_count(record)
        period = (record.killed.period if record.killed else None) or (
            record.injured.period if record.injured else None
        )
        record.period = period
        multi_incident = record.scope is Scope.CUMULATIVE and (period is not None or count.campaign)
        cause_area = count.clause if multi_incident else count.window
        trigger_cause = self.c.cause_of.get(count.trigger.word.phrase)
        if trigger_cause is not None:
            record.cause, record.cause_span = (
                trigger_cause,
                (count.trigger.start, count.trigger.end),
            )
        else:
            cause = _nearest_cause(hits, cause_area, count.trigger)
            if cause is not None:
                record.cause, record.cause_span = cause.word.role, (cause.start, cause.end)
        for part in (record.killed, record.injured):
            if part is not None and part.bound.victims and record.victims is None:
                record.victims, record.victims_span = part.bound.victims, part.bound.noun
        record.place = self._place(count.clause, count.trigger) or self._place(
            count.window, count.trigger
        )
        record.place_from_text = record.place is not None
        if not multi_incident:
            record.date = self._date(count.clause, count.trigger) or self._date(
                count.window, count.trigger
            )
        if record.place is None:
            record.place = self._country_named(count.clause)
            record.place_from_text = record.place is not None
        inherits = (
            not multi_incident
            and frame is not None
            and (record.cause is None or record.cause == frame.cause)
        )
        if inherits and frame is not None:
            self._resolve(frame)
            frame_place = _frame_place(frame)
            if record.place is None or (
                frame_place is not None
                and _same_country(record.place, frame_place)
                and frame_place.rank > record.place.rank
            ):
                record.place = frame_place or record.place
            elif not _same_country(record.place, frame_place):
                inherits = False
        if inherits and frame is not None:
            if record.cause is None:
                record.cause, record.cause_span = frame.cause, frame.cause_span
            if record.date is None:
                record.date = _frame_date(frame)
            if record.place is None:
                country = _frame_country(frame)
                if country is not None:
                    record.place = _Placed(self.gaz.country_location(country), (0, 0), 0)
        if record.place is None and self.doc.main_country is not None:
            record.place = _Placed(self.gaz.country_location(self.doc.main_country), (0, 0), 0)
        perpetrator = self._perpetrator(count, record.cause_span)
        if perpetrator is not None:
            record.perpetrator, record.perpetrator_span = perpetrator
        record.reporter = self._reporter(count)
        record.evidence = self._evidence(record)

    def _place(self, area: _Clause, trigger: _Hit) -> _Placed | None:
        text = self.text
        best: _Placed | None = None
        best_distance = 0
        for mention in self.doc.mentions_in(area.start, area.end):
            if mention.end < len(text) and text[mention.end] == "-":
                continue  # "a Britain-based monitor", "Russian-backed"
            before = text[max(area.start, mention.start - 70) : mention.start]
            if not _LOCATIVE_BEFORE.search(before) and not re.search(
                r"(?:city|town|village|capital),\s+$", before, re.IGNORECASE
            ):
                continue
            placed = self._geocode(mention)
            if placed is None:
                continue
            distance = abs(mention.start - trigger.start)
            if (
                best is None
                or placed.rank > best.rank
                or (placed.rank == best.rank and distance < best_distance)
            ):
                best, best_distance = placed, distance
        return best

    def _geocode(self, mention: Mention) -> _Placed | None:
        kind = mention.kind
        span = (mention.start, mention.end)
        if kind in (MentionKind.CITY, MentionKind.METONYM) and mention.text in self.gaz.cities:
            city = self.gaz.best_city(mention.text, self.doc.topic_countries)
            if city is None:
                return None
            region = _REGION_AFTER.match(self.text, mention.end)
            if region is not None:
                name = self.text[mention.start : region.end()]
                return _Placed(
                    Location(name=name, country_code=city.iso3, feature="region"),
                    (mention.start, region.end()),
                    2,
                )
            return _Placed(self.gaz.city_location(city, mention.text), span, 3)
        if kind is MentionKind.COUNTRY:
            return _Placed(self.gaz.country_location(mention.code), span, 1)
        return None

    def _country_named(self, clause: _Clause) -> _Placed | None:
        """A country named in the clause that is not a source's or an actor's ("Sudan's health
        ministry", "Israel's campaign")."""
        text = self.text
        for mention in self.doc.mentions_in(clause.start, clause.end):
            if mention.kind is not MentionKind.COUNTRY:
                continue
            if (
                _ORG_AFTER_POSSESSIVE.match(text, mention.end)
                or text[mention.end : mention.end + 1] == "-"
            ):
                continue
            if re.search(
                r"\b(?:by|against|from|with)\s+(?:the\s+)?$",
                text[max(0, mention.start - 12) : mention.start],
                re.IGNORECASE,
            ):
                continue
            return _Placed(self.gaz.country_location(mention.code), (mention.start, mention.end), 1)
        return None

    def _date(self, area: _Clause, trigger: _Hit) -> DateMention | None:
        text = self.text
        found = [
            d
            for d in find_dates(text, area.start, area.end, self.doc.published, Tense.PAST)
            if d.value is not None
            and not _REPORT_DATE_BEFORE.search(text, max(area.start, d.start - 30), d.start)
            and not re.search(
                r"\bsince\s+(?:\w+\s+){0,2}$",
                text[max(area.start, d.start - 20) : d.start],
                re.IGNORECASE,
            )
        ]
        if not found:
            return None
        return min(found, key=lambda d: abs(d.start - trigger.start))

    def _perpetrator(
        self, count: _Count, cause_span: tuple[int, int] | None
    ) -> tuple[str, tuple[int, int]] | None:
        text = self.text
        window = count.window
        if cause_span is not None and window.start <= cause_span[0] < window.end:
            for mention in reversed(
                self.doc.mentions_in(max(window.start, cause_span[0] - 40), cause_span[0])
            ):
                gap = text[mention.end : cause_span[0]]
                if mention.kind is MentionKind.ADJECTIVE and re.fullmatch(
                    r"\s+(?:[a-z]+\s+)?", gap
                ):
                    return self._state(mention)
                if mention.kind in (MentionKind.COUNTRY, MentionKind.METONYM) and re.fullmatch(
                    r"['’]s\s+(?:[a-z]+\s+){0,2}", gap
                ):
                    return self._state(mention)
                break
        anchors = [count.trigger.end] + ([cause_span[1]] if cause_span else [])
        for cue in self.c.perpetrator_cue.finditer(text, window.start, window.end):
            if cue.group(0).lower().startswith("by") and not any(
                0 <= cue.start() - anchor <= 30 and "," not in text[anchor : cue.start()]
                for anchor in anchors
            ):
                continue  # "a tally by The Associated Press": not the attacker
            position = cue.end()
            for mention in self.doc.mentions_in(position, min(window.end, position + 40)):
                if mention.start != position:
                    break
                if mention.kind in (MentionKind.COUNTRY, MentionKind.METONYM) or (
                    mention.kind is MentionKind.ADJECTIVE and self.c.forces.match(text, mention.end)
                ):
                    return self._state(mention)
            name = re.match(
                r"(?:[a-z-]+\s+){0,2}((?:[A-Z][\w’'-]*\s+){0,4}[A-Z][\w’'-]*)",
                text[position : window.end],
            )
            if name is not None and name.group(1).lower() not in _PRONOUNS:
                start = position + name.start(1)
                return name.group(1), (start, start + len(name.group(1)))
        for mention in self.doc.mentions_in(window.start, count.trigger.start):
            if mention.kind is MentionKind.ADJECTIVE and self.c.forces.match(text, mention.end):
                return self._state(mention)  # "Israeli forces killed ..."
        return None

    def _state(self, mention: Mention) -> tuple[str, tuple[int, int]]:
        return (
            self.gaz.country_names.get(mention.code, mention.entries[0].name),
            (mention.start, mention.end),
        )

    def _reporter(self, count: _Count) -> tuple[int, int] | None:
        """Who the figure is attributed to: "according to X", ", X said", "X said ...",
        "X put the death toll at"."""
        text = self.text
        window = count.window
        for m in self.c.according_to.finditer(text, window.start, window.end):
            found = self._source_span(m.start(1), m.end(1))
            if found is not None:
                return found
        after = max(count.bound.span[1], count.trigger.end)
        for m in self.c.source_after.finditer(text, after, window.end):
            found = self._source_span(m.start(1), m.end(1))
            if found is not None:
                return found
        clause_start = window.start
        before = self.c.source_before.match(text, clause_start, count.bound.span[0] + 1)
        if before is not None:
            subject_end = before.end(1)
            apposition = text.find(",", clause_start, subject_end)
            if apposition != -1:
                subject_end = apposition
            found = self._source_span(before.start(1), subject_end)
            if found is not None:
                return found
        apposition = self.c.source_apposition.match(text, clause_start, count.bound.span[0] + 1)
        if apposition is not None:
            found = self._source_span(apposition.start(1), apposition.end(1))
            if found is not None:
                return found
        headline = _HEADLINE_SOURCE.search(text, window.start, window.end)
        if headline is not None:
            return self._source_span(headline.start(1), headline.end(1))
        return None

    def _source_span(self, start: int, end: int) -> tuple[int, int] | None:
        text = self.text
        while start < end and text[start].isspace():
            start += 1
        article = _ARTICLE.match(text, start, end)
        if article is not None:
            start = article.end()
        while end > start and not (text[end - 1].isalnum()):
            end -= 1
        phrase = text[start:end]
        if not phrase or len(phrase.split()) > 8 or any(ch.isdigit() for ch in phrase):
            return None
        if phrase.lower() in _PRONOUNS or phrase.split()[0].lower() in _PRONOUNS:
            return None
        if not (any(w[:1].isupper() for w in phrase.split()) or self.c.reporters.search(phrase)):
            return None
        return (start, end)

    # -- the incident in focus ------------------------------------------------------------
    def next_frame(
        self, sentence: Sentence, hits: list[_Hit], frame: _Frame | None
    ) -> _Frame | None:
        cause = next((h for h in hits if h.word.kind == "cause"), None)
        if cause is None:
            return frame
        window = self._bounds(_STRONG_RE, sentence, cause.start, cause.end)
        parent = frame if frame is not None and frame.cause == cause.word.role else None
        return _Frame(cause.word.role, (cause.start, cause.end), window, parent)

    def _resolve(self, frame: _Frame) -> None:
        if frame.resolved:
            return
        frame.resolved = True
        anchor = _Hit(frame.cause_span[0], frame.cause_span[1], _Word("cause", frame.cause, ""))
        frame.place = self._place(frame.window, anchor)
        frame.date = self._date(frame.window, anchor)
        counts: Counter[str] = Counter()
        text = self.text
        for mention in self.doc.mentions_in(frame.window.start, frame.window.end):
            if (
                mention.kind is not MentionKind.COUNTRY
                or text[mention.end : mention.end + 1] == "-"
            ):
                continue
            if re.search(r"\bby\s+(?:the\s+)?$", text[max(0, mention.start - 8) : mention.start]):
                continue
            counts[mention.code] += 1
        frame.country = counts.most_common(1)[0][0] if counts else None
        if frame.parent is not None:
            self._resolve(frame.parent)

    # -- evidence ---------------------------------------------------------------------------
    def _evidence(self, record: _Record) -> list[Evidence]:
        items = [
            _span_evidence(self.text, "sentence", (record.sentence.start, record.sentence.end))
        ]
        for name, part in (("killed", record.killed), ("injured", record.injured)):
            if part is not None:
                items.append(_span_evidence(self.text, name, part.bound.span))
        spans: list[tuple[str, tuple[int, int] | None]] = [
            ("cause", record.cause_span),
            ("victims", record.victims_span),
            ("location", record.place.span if record.place and record.place.rank else None),
            ("date", (record.date.start, record.date.end) if record.date else None),
            ("period", record.period),
            ("perpetrator", record.perpetrator_span),
            ("reported_by", record.reporter),
        ]
        items.extend(_span_evidence(self.text, name, span) for name, span in spans if span)
        return items


# -- helpers ----------------------------------------------------------------------------------


def _first_count(record: _Record) -> _Count:
    count = record.killed or record.injured
    assert count is not None
    return count


def _add(bound: _Bound, other: Quantity, noun: tuple[int, int]) -> _Bound:
    low = None if bound.low is None or other.low is None else bound.low + other.low
    high = None if bound.high is None or other.high is None else bound.high + other.high
    victims = bound.victims
    return _Bound(
        bound.quantity,
        bound.count + other.count,
        low,
        high,
        bound.approximate or other.approximate,
        bound.span,
        bound.noun,
        victims if victims is not None else None,
    )


def _nearest_cause(hits: list[_Hit], area: _Clause, trigger: _Hit) -> _Hit | None:
    causes = [h for h in hits if h.word.kind == "cause" and area.start <= h.start < area.end]
    before = [h for h in causes if h.end <= trigger.start]
    if before:
        return before[-1]
    after = [h for h in causes if h.start >= trigger.end]
    return after[0] if after else None


def _frame_place(frame: _Frame | None) -> _Placed | None:
    while frame is not None:
        if frame.place is not None:
            return frame.place
        frame = frame.parent
    return None


def _frame_date(frame: _Frame | None) -> DateMention | None:
    while frame is not None:
        if frame.date is not None:
            return frame.date
        frame = frame.parent
    return None


def _frame_country(frame: _Frame | None) -> str | None:
    while frame is not None:
        if frame.country is not None:
            return frame.country
        frame = frame.parent
    return None


def _same_country(a: _Placed | None, b: _Placed | None) -> bool:
    if a is None or b is None:
        return True
    return a.location.country_code == b.location.country_code


def _span_evidence(text: str, name: str, span: tuple[int, int]) -> Evidence:
    return Evidence(field=name, text=text[span[0] : span[1]], start=span[0], end=span[1])


# -- merging mentions of one incident ---------------------------------------------------------


def _merge(records: list[_Record]) -> list[_Record]:
    """Headline and lead (or two paragraphs) giving the same figure for one incident are one
    record; different figures stay apart (conflicting reports keep their own source)."""
    out: list[_Record] = []
    for record in records:
        target = next((r for r in out if _same_figure(r, record)), None)
        if target is None:
            out.append(record)
        else:
            _absorb(target, record)
    return out


def _same_figure(a: _Record, b: _Record) -> bool:
    if a.scope is not b.scope:
        return False
    shared = False
    for x, y in ((a.killed_count, b.killed_count), (a.injured_count, b.injured_count)):
        if x is not None and y is not None:
            if x != y:
                return False
            shared = True
    if not shared:
        return False
    if a.cause and b.cause and a.cause != b.cause:
        return False
    if a.place and b.place and a.place_from_text and b.place_from_text:
        if a.place.location.country_code != b.place.location.country_code:
            return False
        if a.place.rank == b.place.rank == 3 and (
            a.place.location.geonames_id != b.place.location.geonames_id
        ):
            return False
    return not (a.date and b.date and a.date.value != b.date.value)


def _absorb(target: _Record, other: _Record) -> None:
    target.mentions += 1
    for name in ("killed", "injured"):
        if getattr(target, name) is None:
            setattr(target, name, getattr(other, name))
    for name, span in (
        ("cause", "cause_span"),
        ("victims", "victims_span"),
        ("perpetrator", "perpetrator_span"),
    ):
        if getattr(target, name) is None:
            setattr(target, name, getattr(other, name))
            setattr(target, span, getattr(other, span))
    if target.date is None:
        target.date = other.date
    if target.period is None:
        target.period = other.period
    if other.place is not None and (
        target.place is None
        or other.place.rank > target.place.rank
        or (other.place_from_text and not target.place_from_text)
    ):
        target.place, target.place_from_text = other.place, other.place_from_text
    if other.reporter is not None and (
        target.reporter is None
        or other.reporter[1] - other.reporter[0] > target.reporter[1] - target.reporter[0]
    ):
        target.reporter = other.reporter
    for item in other.evidence:
        if item not in target.evidence:
            target.evidence.append(item)


# -- output -----------------------------------------------------------------------------------


def _casualty_count(text: str, count: _Count | None) -> CasualtyCount | None:
    if count is None:
        return None
    bound = count.bound
    if bound.count == bound.quantity.count:
        words = bound.quantity.text
    else:
        words = text[bound.span[0] : bound.span[1]]
    return CasualtyCount(
        count=bound.count, low=bound.low, high=bound.high, approximate=bound.approximate, text=words
    )


def _to_record(doc: Document, record: _Record, extractor_version: str) -> CasualtyUpdate:
    text = doc.text
    location = record.place.location if record.place else None
    first = min(
        (e.start for e in record.evidence if e.field in ("killed", "injured")),
        default=record.sentence.start,
    )
    key = "|".join(
        [
            doc.article_id,
            record.scope.value,
            str(record.killed_count),
            str(record.injured_count),
            location.name if location else "",
            str(first),
        ]
    )
    event_id = "cas-" + hashlib.sha256(key.encode()).hexdigest()[:20]
    approximate = any(c.bound.approximate for c in (record.killed, record.injured) if c)
    confidence = (
        0.55
        + (0.15 if record.place_from_text else 0.0)
        + (0.1 if record.date is not None or record.scope is Scope.CUMULATIVE else 0.0)
        + (0.05 if record.cause else 0.0)
        + 0.05 * min(record.mentions - 1, 2)
        - (0.1 if approximate else 0.0)
    )
    reporter = text[record.reporter[0] : record.reporter[1]] if record.reporter else None
    return CasualtyUpdate(
        event_id=event_id,
        article_id=doc.article_id,
        killed=_casualty_count(text, record.killed),
        injured=_casualty_count(text, record.injured),
        scope=record.scope,
        cause=record.cause,
        victims=record.victims,
        location=location,
        date=record.date.value.isoformat() if record.date and record.date.value else None,
        date_text=record.date.text if record.date else None,
        period=text[record.period[0] : record.period[1]] if record.period else None,
        perpetrator=record.perpetrator,
        reported_by=reporter,
        evidence=record.evidence,
        confidence=round(max(0.3, min(confidence, 0.95)), 2),
        extractor_version=extractor_version,
    )
