"""Scoring extracted records against an analyst's expected records (the golden files).

Beside the flow, not in it: ``newsevents evaluate`` and the golden tests run the
extraction stage (``pipeline.extract_article``) on sample articles and hand the
records to ``evaluate`` together with the analyst's expected records, loaded from
YAML by ``load_expected_dir`` (the only I/O here).

Per article and per kind (diplomatic event, casualty update) expected and
extracted records are paired by a best one-to-one assignment on a similarity
score; a pair below ``MIN_MATCH_SCORE`` is no match. Matched pairs are true
positives, unmatched extracted records false positives, unmatched expected
records false negatives. Field accuracy is measured over matched pairs only, so
it says how good the extractor is on what it found, and recall says what it
missed.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections import Counter
from collections.abc import Callable, Collection, Mapping, Sequence
from pathlib import Path
from typing import Annotated, Literal, TypeVar

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    model_validator,
)

from newsevents.contracts import (
    Attendance,
    CasualtyCount,
    CasualtyUpdate,
    DiplomaticEvent,
    EventStatus,
    EventType,
    Location,
    Participant,
    ParticipantKind,
    Scope,
)
from newsevents.exceptions import NewsEventsError
from newsevents.lexicon import PLAIN_LETTERS

MIN_MATCH_SCORE = 0.5
"""Pairs scoring below this are not the same event, whatever the assignment would like."""

Kind = Literal["diplomatic_event", "casualty_update"]
ExtractedRecord = DiplomaticEvent | CasualtyUpdate

# Fields a golden test holds the extractor to (``ArticleEvaluation.problems``).
KEY_FIELDS: Mapping[Kind, frozenset[str]] = {
    "diplomatic_event": frozenset({"mode", "status", "date", "location.country", "participants"}),
    "casualty_update": frozenset({"killed", "injured", "scope", "location.country", "date"}),
}


class ExpectedFileError(NewsEventsError):
    """An expected (golden) file is missing, unreadable or fails validation."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path


# --- expected records (the analyst's YAML) ------------------------------------------------


class _Expected(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class ExpectedLocation(_Expected):
    name: str | None = None
    country_code: str | None = None


class ExpectedParticipant(_Expected):
    kind: ParticipantKind
    name: str | None = None
    country_code: str | None = None
    title: str | None = None
    attendance: Attendance | None = Field(
        default=None, description="only when the article qualifies it (invited, unconfirmed)"
    )


class ExpectedDiplomaticEvent(_Expected):
    # No defaults on purpose: the analyst states every one, null included.
    event_type: EventType
    mode: str | None
    status: EventStatus
    date: dt.date | None
    location: ExpectedLocation | None
    participants: tuple[ExpectedParticipant, ...]
    evidence: str | None = None


class ExpectedCount(_Expected):
    count: int = Field(ge=0)
    low: int | None = Field(default=None, ge=0)
    high: int | None = Field(default=None, ge=0)
    approximate: bool = False

    @model_validator(mode="after")
    def _count_within_bounds(self) -> ExpectedCount:
        if self.low is not None and self.count < self.low:
            raise ValueError(f"count {self.count} is below low {self.low}")
        if self.high is not None and self.count > self.high:
            raise ValueError(f"count {self.count} is above high {self.high}")
        return self

    def admits(self, value: int) -> bool:
        """Whether ``value`` lies within the stated bounds ("at least 12" admits 15)."""
        low = self.low if self.low is not None else self.count
        if self.high is not None:
            return low <= value <= self.high
        # a lower bound without an upper one is open ("more than 40"); no bounds is the count
        return value >= low if self.low is not None else value == self.count


class ExpectedCasualtyUpdate(_Expected):
    killed: ExpectedCount | None
    injured: ExpectedCount | None
    scope: Scope
    cause: str | None
    location: ExpectedLocation | None
    date: dt.date | None
    evidence: str | None = None


class ExpectedArticle(_Expected):
    id: Annotated[str, StringConstraints(min_length=1)]
    origin: Annotated[str, StringConstraints(min_length=1)]
    diplomatic_events: tuple[ExpectedDiplomaticEvent, ...]
    casualty_updates: tuple[ExpectedCasualtyUpdate, ...]


def _describe(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors():
        where = ".".join(str(p) for p in err["loc"]) or "<root>"
        parts.append(f"{where}: {err['msg']}")
    return "; ".join(parts)


def load_expected_dir(directory: Path) -> list[ExpectedArticle]:
    """Every ``*.yaml`` under ``directory`` (recursive), validated; file stem must equal ``id``."""
    if not directory.is_dir():
        raise ExpectedFileError(directory, "not a directory")
    articles: list[ExpectedArticle] = []
    seen: dict[str, Path] = {}
    for path in sorted(directory.rglob("*.yaml")):
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
            raise ExpectedFileError(path, f"cannot read: {exc}") from exc
        try:
            article = ExpectedArticle.model_validate(data)
        except ValidationError as exc:
            raise ExpectedFileError(path, f"invalid expected file: {_describe(exc)}") from exc
        if article.id != path.stem:
            raise ExpectedFileError(path, f"id {article.id!r} differs from the file name")
        if article.id in seen:
            raise ExpectedFileError(path, f"id {article.id!r} also in {seen[article.id]}")
        seen[article.id] = path
        articles.append(article)
    if not articles:
        raise ExpectedFileError(directory, "no expected files (*.yaml) under it")
    return articles


# --- results -------------------------------------------------------------------------------


class _Result(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class PRF(_Result):
    """Counts and precision / recall / F1; an empty denominator counts as perfect (1.0)."""

    tp: int
    fp: int
    fn: int
    precision: float
    recall: float
    f1: float

    @classmethod
    def of(cls, tp: int, fp: int, fn: int) -> PRF:
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return cls(tp=tp, fp=fp, fn=fn, precision=precision, recall=recall, f1=f1)

    def __add__(self, other: PRF) -> PRF:
        return PRF.of(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)


class FieldCheck(_Result):
    field: str
    ok: bool
    expected: str
    got: str


class MatchedPair(_Result):
    expected_index: int = Field(description="position in the expected file's list, from 0")
    event_id: str
    score: float
    checks: tuple[FieldCheck, ...]
    country_codes: PRF = Field(description="participants' country codes (casualty: empty)")
    persons: PRF | None = Field(description="person names, when the analyst lists persons")

    @property
    def mismatches(self) -> tuple[FieldCheck, ...]:
        return tuple(c for c in self.checks if not c.ok)


class Missed(_Result):
    expected_index: int
    summary: str


class Spurious(_Result):
    event_id: str
    summary: str


class TypeConfusion(_Result):
    """An expected record that was missed while a spurious record of another type fits it."""

    expected_index: int
    expected_type: EventType
    event_id: str
    got_type: EventType
    score: float


class KindEvaluation(_Result):
    kind: Kind
    matched: tuple[MatchedPair, ...]
    missed: tuple[Missed, ...]
    spurious: tuple[Spurious, ...]

    @property
    def records(self) -> PRF:
        return PRF.of(len(self.matched), len(self.spurious), len(self.missed))


class ArticleEvaluation(_Result):
    article_id: str
    diplomatic: KindEvaluation
    casualty: KindEvaluation
    type_confusions: tuple[TypeConfusion, ...]

    def problems(self, fields: Mapping[Kind, Collection[str]] | None = None) -> list[str]:
        """One line per missed or spurious record and per field mismatch (of ``fields`` only)."""
        lines: list[str] = []
        for part in (self.diplomatic, self.casualty):
            label = part.kind.replace("_", " ")
            lines.extend(f"missed {label} #{m.expected_index}: {m.summary}" for m in part.missed)
            lines.extend(f"spurious {label} {s.event_id}: {s.summary}" for s in part.spurious)
            wanted = None if fields is None else fields.get(part.kind, ())
            for pair in part.matched:
                lines.extend(
                    f"{label} #{pair.expected_index} <-> {pair.event_id}: {c.field} "
                    f"expected {c.expected}, got {c.got}"
                    for c in pair.mismatches
                    if wanted is None or c.field in wanted
                )
        lines.extend(
            f"type confusion: expected {t.expected_type} #{t.expected_index}, "
            f"got {t.got_type} {t.event_id}"
            for t in self.type_confusions
        )
        return lines


class FieldAccuracy(_Result):
    field: str
    correct: int
    n: int
    accuracy: float | None = Field(description="null when no matched pair has the field")


class KindScores(_Result):
    kind: Kind
    expected: int
    extracted: int
    records: PRF
    fields: tuple[FieldAccuracy, ...]
    country_codes: PRF | None = Field(description="diplomatic: participants' country codes")
    persons: PRF | None = Field(
        description="diplomatic: person names, where the analyst lists them"
    )


class EvaluationResult(_Result):
    diplomatic: KindScores
    casualty: KindScores
    type_confusions: int
    articles: tuple[ArticleEvaluation, ...]
    unscored: tuple[str, ...] = Field(description="expected articles with no extracted input")


# --- similarity ------------------------------------------------------------------------------


def _fold(text: str) -> str:
    """A name as compared: case, spacing, accents and the apostrophe's shape aside ("Asuncion"
    is "Asunción", "Nuku'alofa" is "Nuku‘alofa": an analyst's spelling of the same name)."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return " ".join(plain.translate(PLAIN_LETTERS).casefold().split())


# Honorifics and ranks before a name that analysts write or leave out
_HONORIFICS = frozenset(
    "sheikh sheik shaikh mullah ayatollah captain capt. capt general gen. gen colonel col. col"
    " major lieutenant lt. lt admiral marshal dr. dr prince princess emir king queen".split()
) | {
    "lieutenant general",
    "major general",
    "brigadier general",
    "field marshal",
    "crown prince",
    "lt. gen.",
    "lt gen",
    "maj. gen.",
    "maj gen",
}


def _iso(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _codes(participants: Sequence[ExpectedParticipant] | Sequence[Participant]) -> frozenset[str]:
    return frozenset(p.country_code for p in participants if p.country_code)


def _persons(participants: Sequence[ExpectedParticipant] | Sequence[Participant]) -> frozenset[str]:
    return frozenset(
        _person_key(p.name) for p in participants if p.kind is ParticipantKind.PERSON and p.name
    )


def _person_key(name: str) -> str:
    """A person's name as compared: folded, without the honorific or rank some analysts write
    and others leave out ("Sheikh Tamim bin Hamad al-Thani" is "Tamim bin Hamad al-Thani",
    "Captain Ibrahim Traore" is "Ibrahim Traore")."""
    folded = _fold(name)
    words = folded.split(" ")
    for size in (2, 1):
        if len(words) > size + 1 and " ".join(words[:size]) in _HONORIFICS:
            return " ".join(words[size:])
    return folded


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return 1.0 if not a and not b else len(a & b) / len(a | b)


def _location_agrees(expected: ExpectedLocation | None, got: Location | None) -> bool:
    """Country agrees, and the name too (case-insensitive) when the analyst gives one."""
    if expected is None or got is None:
        return expected is None and got is None
    if expected.country_code != got.country_code:
        return False
    return expected.name is None or _fold(expected.name) == _fold(got.name)


def _country_agrees(expected: ExpectedLocation | None, got: Location | None) -> bool:
    if expected is None or got is None:
        return expected is None and got is None
    return expected.country_code == got.country_code


def _location_similarity(expected: ExpectedLocation | None, got: Location | None) -> float:
    """1 for the same place, 0 when one side has none, -1 for places in different countries."""
    if expected is None or got is None:
        return float(expected is None and got is None)
    if expected.country_code and got.country_code and expected.country_code != got.country_code:
        # unlike a wrong date (relative dates are easy to resolve wrongly), two stated places in
        # different countries are evidence of two different events
        return -1.0
    if expected.name is None:
        return float(_country_agrees(expected, got))
    return (_country_agrees(expected, got) + (_fold(expected.name) == _fold(got.name))) / 2


# Weights: who takes part identifies an event best, so participants weigh most; fields both
# sides leave null count as agreement, so a correctly undated record can still be matched and
# then be marked wrong on the fields it got wrong rather than counted as a miss plus a spurious.
def diplomatic_similarity(
    expected: ExpectedDiplomaticEvent, got: DiplomaticEvent, *, ignore_type: bool = False
) -> float:
    """0..1; 0 unless the event types agree (``ignore_type`` is for naming type confusions)."""
    if not ignore_type and expected.event_type != got.event_type:
        return 0.0
    score = (
        0.4 * _jaccard(_codes(expected.participants), _codes(got.participants))
        + 0.2 * _location_similarity(expected.location, got.location)
        + 0.2 * (_iso(expected.date) == got.date)
        + 0.1 * (expected.mode == got.mode)
        + 0.1 * (expected.status == got.status)
    )
    return max(score, 0.0)


def _count_similarity(expected: ExpectedCount | None, got: CasualtyCount | None) -> float:
    if expected is None or got is None:
        return float(expected is None and got is None)
    if got.count == expected.count:
        return 1.0
    return 0.75 if expected.admits(got.count) else 0.0


def casualty_similarity(expected: ExpectedCasualtyUpdate, got: CasualtyUpdate) -> float:
    """0..1 from count agreement (exact, or within the analyst's bounds), scope, place, date, cause."""
    return (
        0.35 * _count_similarity(expected.killed, got.killed)
        + 0.2 * _count_similarity(expected.injured, got.injured)
        + 0.15 * (expected.scope == got.scope)
        + 0.15 * _country_agrees(expected.location, got.location)
        + 0.1 * (_iso(expected.date) == got.date)
        + 0.05 * (expected.cause == got.cause)
    )


# --- assignment -------------------------------------------------------------------------------


def _hungarian_min_cost(cost: Sequence[Sequence[float]]) -> list[int]:
    """Column assigned to each row minimising the total cost (rows <= columns), O(n^2 m)."""
    rows, cols = len(cost), len(cost[0])
    inf = float("inf")
    u = [0.0] * (rows + 1)
    v = [0.0] * (cols + 1)
    owner = [0] * (cols + 1)  # owner[j]: row (1-based) holding column j; 0 = free
    way = [0] * (cols + 1)
    for row in range(1, rows + 1):
        owner[0] = row
        j0 = 0
        minv = [inf] * (cols + 1)
        used = [False] * (cols + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = owner[j0], inf, 0
            for j in range(1, cols + 1):
                if used[j]:
                    continue
                reduced = cost[i0 - 1][j - 1] - u[i0] - v[j]
                if reduced < minv[j]:
                    minv[j], way[j] = reduced, j0
                if minv[j] < delta:
                    delta, j1 = minv[j], j
            for j in range(cols + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if owner[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            owner[j0] = owner[j1]
            j0 = j1
    assigned = [-1] * rows
    for j in range(1, cols + 1):
        if owner[j]:
            assigned[owner[j] - 1] = j - 1
    return assigned


def best_assignment(scores: Sequence[Sequence[float]]) -> list[tuple[int, int]]:
    """(row, column) pairs of a one-to-one assignment maximising the total score.

    Pairs scoring below ``MIN_MATCH_SCORE`` never count, so they cannot displace a
    real match; they are dropped from the answer.
    """
    if not scores or not scores[0]:
        return []
    valid = [[s if s >= MIN_MATCH_SCORE else 0.0 for s in row] for row in scores]
    transpose = len(valid) > len(valid[0])
    matrix = [list(col) for col in zip(*valid, strict=True)] if transpose else valid
    assigned = _hungarian_min_cost([[-s for s in row] for row in matrix])
    pairs = [(r, c) for r, c in enumerate(assigned) if c >= 0 and matrix[r][c] > 0.0]
    return sorted((c, r) for r, c in pairs) if transpose else pairs


# --- comparing one pair -----------------------------------------------------------------------


def _text(value: object) -> str:
    return "null" if value is None else str(value)


def _check(field: str, ok: bool, expected: object, got: object) -> FieldCheck:
    return FieldCheck(field=field, ok=ok, expected=_text(expected), got=_text(got))


def _location_text(location: ExpectedLocation | Location | None) -> str | None:
    if location is None:
        return None
    return f"{location.name or '?'} ({location.country_code or '?'})"


def _set_text(values: frozenset[str]) -> str:
    return "{" + ", ".join(sorted(values)) + "}"


def _count_text(count: ExpectedCount | CasualtyCount | None) -> str | None:
    if count is None:
        return None
    if count.low is None and count.high is None:
        return f"{count.count}{' (approx.)' if count.approximate else ''}"
    return f"{count.count} [{_text(count.low)}..{_text(count.high)}]"


def _diplomatic_pair(
    index: int, expected: ExpectedDiplomaticEvent, got: DiplomaticEvent, score: float
) -> MatchedPair:
    want_codes, got_codes = _codes(expected.participants), _codes(got.participants)
    want_persons, got_persons = _persons(expected.participants), _persons(got.participants)
    checks = [
        _check("mode", expected.mode == got.mode, expected.mode, got.mode),
        _check("status", expected.status == got.status, expected.status, got.status),
        _check("date", _iso(expected.date) == got.date, _iso(expected.date), got.date),
        _check(
            "location",
            _location_agrees(expected.location, got.location),
            _location_text(expected.location),
            _location_text(got.location),
        ),
        _check(
            "location.country",
            _country_agrees(expected.location, got.location),
            expected.location and expected.location.country_code,
            got.location and got.location.country_code,
        ),
        _check(
            "participants", want_codes == got_codes, _set_text(want_codes), _set_text(got_codes)
        ),
    ]
    persons = None
    if want_persons:
        checks.append(
            _check(
                "persons",
                want_persons == got_persons,
                _set_text(want_persons),
                _set_text(got_persons),
            )
        )
        persons = _set_prf(want_persons, got_persons)
    return MatchedPair(
        expected_index=index,
        event_id=got.event_id,
        score=round(score, 4),
        checks=tuple(checks),
        country_codes=_set_prf(want_codes, got_codes),
        persons=persons,
    )


def _casualty_pair(
    index: int, expected: ExpectedCasualtyUpdate, got: CasualtyUpdate, score: float
) -> MatchedPair:
    def count(c: ExpectedCount | CasualtyCount | None) -> int | None:
        return None if c is None else c.count

    checks = (
        _check(
            "killed",
            count(expected.killed) == count(got.killed),
            _count_text(expected.killed),
            _count_text(got.killed),
        ),
        _check(
            "injured",
            count(expected.injured) == count(got.injured),
            _count_text(expected.injured),
            _count_text(got.injured),
        ),
        _check("scope", expected.scope == got.scope, expected.scope, got.scope),
        _check("cause", expected.cause == got.cause, expected.cause, got.cause),
        _check(
            "location.country",
            _country_agrees(expected.location, got.location),
            _location_text(expected.location),
            _location_text(got.location),
        ),
        _check("date", _iso(expected.date) == got.date, _iso(expected.date), got.date),
    )
    return MatchedPair(
        expected_index=index,
        event_id=got.event_id,
        score=round(score, 4),
        checks=checks,
        country_codes=PRF.of(0, 0, 0),
        persons=None,
    )


def _set_prf(expected: frozenset[str], got: frozenset[str]) -> PRF:
    return PRF.of(len(expected & got), len(got - expected), len(expected - got))


# --- one-line summaries -----------------------------------------------------------------------


def _summary(
    kind_words: str, date: str | None, location: ExpectedLocation | Location | None, extra: str
) -> str:
    return f"{kind_words}, date {_text(date)}, at {_text(_location_text(location))}{extra}"


def _diplomatic_summary(record: ExpectedDiplomaticEvent | DiplomaticEvent) -> str:
    date = _iso(record.date) if isinstance(record, ExpectedDiplomaticEvent) else record.date
    words = f"{record.event_type} {_text(record.mode)} {record.status}"
    return _summary(words, date, record.location, f", {_set_text(_codes(record.participants))}")


def _casualty_summary(record: ExpectedCasualtyUpdate | CasualtyUpdate) -> str:
    date = _iso(record.date) if isinstance(record, ExpectedCasualtyUpdate) else record.date
    words = (
        f"{record.scope} killed {_text(_count_text(record.killed))} "
        f"injured {_text(_count_text(record.injured))} cause {_text(record.cause)}"
    )
    return _summary(words, date, record.location, "")


def _evidence_suffix(record: ExtractedRecord) -> str:
    trigger = next((e.text for e in record.evidence if e.field == "trigger"), None)
    return "" if trigger is None else f' ("{trigger}")'


# --- evaluation -------------------------------------------------------------------------------

E = TypeVar("E", ExpectedDiplomaticEvent, ExpectedCasualtyUpdate)
X = TypeVar("X", DiplomaticEvent, CasualtyUpdate)


def _evaluate_kind(
    kind: Kind,
    expected: Sequence[E],
    extracted: Sequence[X],
    similarity: Callable[[E, X], float],
    pair: Callable[[int, E, X, float], MatchedPair],
    summary: Callable[[E], str],
    extracted_summary: Callable[[X], str],
) -> KindEvaluation:
    scores = [[similarity(e, x) for x in extracted] for e in expected]
    assignment = best_assignment(scores)
    matched_expected = {i for i, _ in assignment}
    matched_extracted = {j for _, j in assignment}
    return KindEvaluation(
        kind=kind,
        matched=tuple(pair(i, expected[i], extracted[j], scores[i][j]) for i, j in assignment),
        missed=tuple(
            Missed(expected_index=i, summary=summary(e))
            for i, e in enumerate(expected)
            if i not in matched_expected
        ),
        spurious=tuple(
            Spurious(event_id=x.event_id, summary=extracted_summary(x) + _evidence_suffix(x))
            for j, x in enumerate(extracted)
            if j not in matched_extracted
        ),
    )


def _type_confusions(
    expected: Sequence[ExpectedDiplomaticEvent],
    extracted: Sequence[DiplomaticEvent],
    part: KindEvaluation,
) -> tuple[TypeConfusion, ...]:
    spurious_ids = {s.event_id for s in part.spurious}
    candidates = [x for x in extracted if x.event_id in spurious_ids]
    confusions = []
    for missed in part.missed:
        record = expected[missed.expected_index]
        scored = [(diplomatic_similarity(record, x, ignore_type=True), x) for x in candidates]
        if not scored:
            continue
        score, best = max(scored, key=lambda item: item[0])
        # a same-type candidate scoring this high would have been matched, so `best` differs
        if score >= MIN_MATCH_SCORE:
            confusions.append(
                TypeConfusion(
                    expected_index=missed.expected_index,
                    expected_type=record.event_type,
                    event_id=best.event_id,
                    got_type=best.event_type,
                    score=round(score, 4),
                )
            )
    return tuple(confusions)


def evaluate_article(
    expected: ExpectedArticle, records: Sequence[ExtractedRecord]
) -> ArticleEvaluation:
    """Match one article's extracted records to the analyst's, kind by kind."""
    diplomatic = [r for r in records if isinstance(r, DiplomaticEvent)]
    casualties = [r for r in records if isinstance(r, CasualtyUpdate)]
    dip = _evaluate_kind(
        "diplomatic_event",
        expected.diplomatic_events,
        diplomatic,
        diplomatic_similarity,
        _diplomatic_pair,
        _diplomatic_summary,
        _diplomatic_summary,
    )
    cas = _evaluate_kind(
        "casualty_update",
        expected.casualty_updates,
        casualties,
        casualty_similarity,
        _casualty_pair,
        _casualty_summary,
        _casualty_summary,
    )
    return ArticleEvaluation(
        article_id=expected.id,
        diplomatic=dip,
        casualty=cas,
        type_confusions=_type_confusions(expected.diplomatic_events, diplomatic, dip),
    )


_FIELD_ORDER: Mapping[Kind, tuple[str, ...]] = {
    "diplomatic_event": (
        "mode",
        "status",
        "date",
        "location",
        "location.country",
        "participants",
        "persons",
    ),
    "casualty_update": ("killed", "injured", "scope", "cause", "location.country", "date"),
}


def _kind_scores(kind: Kind, parts: Sequence[KindEvaluation], expected: int) -> KindScores:
    records = sum((p.records for p in parts), PRF.of(0, 0, 0))
    pairs = [pair for p in parts for pair in p.matched]
    correct: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    for pair in pairs:
        for check in pair.checks:
            seen[check.field] += 1
            correct[check.field] += check.ok
    fields = tuple(
        FieldAccuracy(
            field=name,
            correct=correct[name],
            n=seen[name],
            accuracy=correct[name] / seen[name] if seen[name] else None,
        )
        for name in _FIELD_ORDER[kind]
    )
    diplomatic = kind == "diplomatic_event"
    return KindScores(
        kind=kind,
        expected=expected,
        extracted=records.tp + records.fp,
        records=records,
        fields=fields,
        country_codes=sum((p.country_codes for p in pairs), PRF.of(0, 0, 0))
        if diplomatic
        else None,
        persons=sum((p.persons for p in pairs if p.persons), PRF.of(0, 0, 0))
        if diplomatic
        else None,
    )


def evaluate(
    expected: Sequence[ExpectedArticle], extracted: Mapping[str, Sequence[ExtractedRecord]]
) -> EvaluationResult:
    """Score ``extracted`` (records per article id) against the analyst's ``expected`` articles.

    An expected article absent from ``extracted`` is listed as unscored, not
    counted as missed: it says the input was not there, not that the extractor failed.
    Extracted articles without an expected file are ignored.
    """
    scored = [e for e in expected if e.id in extracted]
    articles = tuple(evaluate_article(e, extracted[e.id]) for e in scored)
    return EvaluationResult(
        diplomatic=_kind_scores(
            "diplomatic_event",
            [a.diplomatic for a in articles],
            sum(len(e.diplomatic_events) for e in scored),
        ),
        casualty=_kind_scores(
            "casualty_update",
            [a.casualty for a in articles],
            sum(len(e.casualty_updates) for e in scored),
        ),
        type_confusions=sum(len(a.type_confusions) for a in articles),
        articles=articles,
        unscored=tuple(e.id for e in expected if e.id not in extracted),
    )


# --- report -----------------------------------------------------------------------------------


def _num(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def _prf_row(label: str, prf: PRF, width: int) -> str:
    return (
        f"  {label:<{width}} {prf.tp:>5} {prf.fp:>5} {prf.fn:>5}"
        f" {_num(prf.precision):>6} {_num(prf.recall):>6} {_num(prf.f1):>6}"
    )


def format_report(result: EvaluationResult, *, details: bool = False) -> str:
    """A plain-text table: records per kind, field accuracy, participants; optionally misses."""
    kinds = (result.diplomatic, result.casualty)
    lines = [
        f"articles scored: {len(result.articles)}"
        + (f"; without input (unscored): {', '.join(result.unscored)}" if result.unscored else ""),
        "",
        f"  {'records':<20} {'expected':>8} {'extracted':>9} {'TP':>5} {'FP':>5} {'FN':>5}"
        f" {'P':>6} {'R':>6} {'F1':>6}",
    ]
    for scores in kinds:
        r = scores.records
        lines.append(
            f"  {scores.kind:<20} {scores.expected:>8} {scores.extracted:>9} {r.tp:>5} {r.fp:>5}"
            f" {r.fn:>5} {_num(r.precision):>6} {_num(r.recall):>6} {_num(r.f1):>6}"
        )
    for scores in kinds:
        lines += [
            "",
            f"  {scores.kind + ' fields (matched pairs)':<40} {'correct':>7} {'n':>5}"
            f" {'accuracy':>8}",
        ]
        lines += [
            f"  {f.field:<40} {f.correct:>7} {f.n:>5} {_num(f.accuracy):>8}" for f in scores.fields
        ]
    dip = result.diplomatic
    if dip.country_codes is not None and dip.persons is not None:
        lines += [
            "",
            f"  {'participants (micro, matched pairs)':<36} {'TP':>5} {'FP':>5} {'FN':>5}"
            f" {'P':>6} {'R':>6} {'F1':>6}",
            _prf_row("country codes", dip.country_codes, 36),
            _prf_row("person names", dip.persons, 36),
        ]
    lines += [
        "",
        f"  type confusions: {result.type_confusions} (a missed expected record that a spurious"
        " record of another type would match)",
    ]
    if details:
        lines += ["", "details (per article):"]
        for article in result.articles:
            problems = article.problems()
            lines.append(f"  {article.article_id}: {'ok' if not problems else ''}".rstrip())
            lines += [f"    - {p}" for p in problems]
    return "\n".join(lines)


def result_json(result: EvaluationResult, *, details: bool = False) -> str:
    """The scores as JSON; with ``details`` also every article's matches, misses and mismatches."""
    return result.model_dump_json(indent=2, exclude=None if details else {"articles"})
