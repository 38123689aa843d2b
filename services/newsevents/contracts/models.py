"""Versioned message contracts: what comes in and what other systems consume.

The JSON Schemas in ``schemas/`` are generated from these models
(``newsevents schemas --write``); a test fails when they drift. Bump
``SCHEMA_VERSION`` on any incompatible change.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, StringConstraints

from newsevents.exceptions import DeadLetterReason

SCHEMA_VERSION = 2

NonEmptyId = Annotated[str, StringConstraints(min_length=1, max_length=512)]
IsoDate = Annotated[str, StringConstraints(pattern=r"^\d{4}-\d{2}-\d{2}$")]


class _Contract(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class RawArticle(BaseModel):
    """One raw news article as published to the input topic."""

    model_config = ConfigDict(frozen=True, extra="ignore", strict=True)

    schema_version: int = SCHEMA_VERSION
    id: NonEmptyId
    title: str
    body: str
    published_at: Annotated[AwareDatetime, Field(strict=False)]
    url: str | None = None
    source: str | None = None
    language: str | None = None

    @property
    def text(self) -> str:
        """The text every evidence offset points into."""
        return self.title + "\n" + self.body


class EventType(StrEnum):
    """PLOVER event categories (the diplomatic subset we extract)."""

    CONSULT = "CONSULT"
    AGREE = "AGREE"
    REQUEST = "REQUEST"
    ACCUSE = "ACCUSE"
    REJECT = "REJECT"
    THREATEN = "THREATEN"
    SANCTION = "SANCTION"
    SUPPORT = "SUPPORT"
    COOPERATE = "COOPERATE"
    CONCEDE = "CONCEDE"
    AID = "AID"
    RETREAT = "RETREAT"


class EventStatus(StrEnum):
    SCHEDULED = "scheduled"
    OCCURRED = "occurred"
    CANCELLED = "cancelled"
    PROPOSED = "proposed"
    UNKNOWN = "unknown"


class ParticipantKind(StrEnum):
    PERSON = "person"
    STATE = "state"
    ORGANIZATION = "organization"


class Attendance(StrEnum):
    CONFIRMED = "confirmed"
    UNCONFIRMED = "unconfirmed"
    INVITED = "invited"


class Scope(StrEnum):
    INCREMENTAL = "incremental"
    CUMULATIVE = "cumulative"


class Severity(StrEnum):
    INFO = "info"
    WARNING = "warning"
    CRITICAL = "critical"

    @property
    def rank(self) -> int:
        """Order of urgency: info < warning < critical."""
        return _SEVERITY_RANK[self]


_SEVERITY_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.CRITICAL: 2}


class AlertStatus(StrEnum):
    FIRING = "firing"
    RESOLVED = "resolved"


class Evidence(_Contract):
    """A character span of ``title + "\\n" + body`` that supports one field."""

    field: str = Field(description="which output field this span supports, e.g. trigger, date")
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    article_id: str | None = Field(
        default=None,
        description="the article the span points into; set on merged stories, whose evidence"
        " comes from several articles",
    )


class Location(_Contract):
    name: str
    country_code: str | None = Field(default=None, description="ISO 3166-1 alpha-3")
    latitude: float | None = None
    longitude: float | None = None
    geonames_id: int | None = None
    feature: Literal["city", "country", "region"] = "city"


class Participant(_Contract):
    name: str
    kind: ParticipantKind
    country_code: str | None = Field(
        default=None, description="ISO 3166-1 alpha-3, or an IGO code such as UNO, EUR, NATO"
    )
    title: str | None = None
    attendance: Attendance = Attendance.CONFIRMED


class _EventRecord(_Contract):
    """What every event record carries: its identity and, for stories, its versions and reports."""

    schema_version: int = SCHEMA_VERSION
    kind: str
    event_id: str
    article_id: str
    version: int = Field(
        default=1, ge=1, description="1 for a new event; +1 on each material change of a story"
    )
    mentions: int = Field(default=1, ge=1, description="articles that reported this event")
    sources: list[str] = Field(
        default_factory=list,
        description="outlets that reported it (the article's source, else its id), in order seen",
    )
    first_seen: AwareDatetime | None = Field(
        default=None, description="publication time of the earliest report (stories only)"
    )
    last_seen: AwareDatetime | None = Field(
        default=None, description="publication time of the latest report (stories only)"
    )


DIPLOMATIC_MODES: dict[str, tuple[str, ...]] = {
    "CONSULT": ("talks", "negotiation", "meeting", "summit", "visit", "phone_call", "mediation"),
    "AGREE": ("ceasefire", "agreement", "pledge"),
    "REQUEST": ("appeal", "invitation"),
    "ACCUSE": ("accusation",),
    "REJECT": ("rejection",),
    "THREATEN": ("warning",),
    "SANCTION": ("sanctions", "expulsion", "severed_relations"),
    "SUPPORT": ("endorsement",),
    "COOPERATE": ("joint_action",),
    "CONCEDE": ("release",),
    "AID": ("aid",),
    "RETREAT": ("withdrawal",),
}
"""The closed vocabulary of ``DiplomaticEvent.mode`` by event type (the modes of the diplomatic
lexicon's triggers; a unit test keeps the two equal). A CONSULT mode may be null ("hosted the
...")."""
DIPLOMATIC_MODES_DOC = "how, in the type's closed vocabulary (null when unsaid): " + "; ".join(
    f"{event_type}: {', '.join(modes)}" for event_type, modes in DIPLOMATIC_MODES.items()
)

CAUSES: tuple[str, ...] = (
    "airstrike",
    "drone_strike",
    "missile_strike",
    "shelling",
    "shooting",
    "bombing",
    "armed_clash",
    "stabbing",
    "execution",
    "crash",
    "natural_disaster",
    "fire",
    "stampede",
)
"""The closed vocabulary of ``CasualtyUpdate.cause`` (the causes of the casualty lexicon; a unit
test keeps the two equal)."""
CAUSES_DOC = "what killed or injured them, null when unsaid: one of " + ", ".join(CAUSES)


class DiplomaticEvent(_EventRecord):
    kind: Literal["diplomatic_event"] = "diplomatic_event"
    event_type: EventType
    mode: str | None = Field(default=None, description=DIPLOMATIC_MODES_DOC)
    status: EventStatus
    date: IsoDate | None = None
    date_text: str | None = None
    date_from_report: bool = Field(
        default=False,
        description=(
            "true when the article tells no day for this act that took place: date is then the"
            " story's day (the day of its first dated act when that is at most two days before"
            " publication, else the publication day), as event coders date an undated act by"
            " its report; date_text is null"
        ),
    )
    location: Location | None = None
    participants: list[Participant] = Field(default_factory=list)
    topic_countries: list[str] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)
    confidence: float = Field(ge=0.0, le=1.0)
    extractor_version: str


class CasualtyCount(_Contract):
    count: int = Field(ge=0, description="best estimate (conservative)")
    low: int | None = Field(default=None, ge=0)
    high: int | None = Field(default=None, ge=0)
    approximate: bool = False
    text: str = Field(description="the words the number was read from")


class SourceFigure(_Contract):
    """One source's latest figures for a merged casualty story (conflicting reports stay apart)."""

    source: str = Field(description="who the figure is attributed to, else the outlet")
    killed: CasualtyCount | None = None
    injured: CasualtyCount | None = None
    article_id: str
    reported_at: AwareDatetime


class CasualtyUpdate(_EventRecord):
    kind: Literal["casualty_update"] = "casualty_update"
    killed: CasualtyCount | None = None
    injured: CasualtyCount | None = None
    scope: Scope
    cause: str | None = Field(default=None, description=CAUSES_DOC)
    victims: str | None = Field(default=None, description="e.g. civilians, soldiers, children")
    location: Location | None = None
    date: IsoDate | None = None
    date_text: str | None = None
    period: str | None = Field(default=None, description="for cumulative tolls, e.g. 'since 2011'")
    perpetrator: str | None = None
    reported_by: str | None = Field(
        default=None, description="the source the figure is attributed to"
    )
    evidence: list[Evidence] = Field(default_factory=list)
    confidence: float = Field(ge=0.0, le=1.0)
    extractor_version: str
    source_figures: list[SourceFigure] = Field(
        default_factory=list,
        description="per-source figures behind killed/injured on a merged story"
        " (count = highest credible lower bound, low = min, high = max of these)",
    )


class Alert(_Contract):
    schema_version: int = SCHEMA_VERSION
    kind: Literal["alert"] = "alert"
    alert_id: str
    rule: str
    severity: Severity
    title: str
    summary: str
    event_ids: list[str]
    article_id: str | None = None
    labels: dict[str, str] = Field(default_factory=dict)
    created_at: datetime
    status: AlertStatus = Field(
        default=AlertStatus.FIRING,
        description="firing, or resolved when the development no longer meets the rule",
    )
    starts_at: AwareDatetime | None = Field(
        default=None, description="when the development first met the rule (report time)"
    )
    ends_at: AwareDatetime | None = Field(
        default=None,
        description="firing: when the alert expires unless re-sent; resolved: when it ended",
    )


class DeadLetter(_Contract):
    schema_version: int = SCHEMA_VERSION
    kind: Literal["dead_letter"] = "dead_letter"
    reason: DeadLetterReason
    error: str
    article_id: str | None = None
    source_topic: str | None = None
    partition: int | None = None
    offset: int | None = None
    raw: str = Field(description="the message as received, decoded leniently and truncated")
    raw_truncated: bool = False
    raw_bytes: int = Field(ge=0)
    received_at: datetime
    attempts: int = Field(
        default=1, ge=1, description="how many times the core tried this message before giving up"
    )
    traceback: list[str] = Field(
        default_factory=list,
        description="for processing_error: the innermost frames of the failure"
        " ('file:line in function'), outermost first",
    )


OutputRecord = DiplomaticEvent | CasualtyUpdate | Alert | DeadLetter
