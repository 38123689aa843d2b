"""Hand-made per-article records and articles for the story-stage tests (no extractor involved)."""

from __future__ import annotations

from datetime import datetime
from itertools import count

from newsevents.contracts import (
    CasualtyCount,
    CasualtyUpdate,
    DiplomaticEvent,
    EventStatus,
    EventType,
    Evidence,
    Location,
    Participant,
    ParticipantKind,
    Scope,
)
from newsevents.stories import ArticleRef

_ids = count(1)

CITIES = {
    "Geneva": ("CHE", 2660646),
    "Vienna": ("AUT", 2761369),
    "Riyadh": ("SAU", 108410),
    "Kharkiv": ("UKR", 706483),
    "Odesa": ("UKR", 698740),
    "Quetta": ("PAK", 1167528),
}
COUNTRIES = {"UKR": "Ukraine", "PAK": "Pakistan", "SDN": "Sudan"}


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


def ref(article_id: str, published_at: str, source: str | None = None) -> ArticleRef:
    return ArticleRef(id=article_id, source=source, published_at=at(published_at))


def city(name: str) -> Location:
    code, geonames_id = CITIES[name]
    return Location(name=name, country_code=code, geonames_id=geonames_id, feature="city")


def country(code: str) -> Location:
    return Location(name=COUNTRIES[code], country_code=code, feature="country")


def state(code: str) -> Participant:
    return Participant(name=code, kind=ParticipantKind.STATE, country_code=code)


def diplomatic(
    article_id: str,
    *codes: str,
    status: EventStatus = EventStatus.OCCURRED,
    event_type: EventType = EventType.CONSULT,
    mode: str | None = "talks",
    date: str | None = None,
    place: str | None = None,
    record_id: str | None = None,
    from_report: bool = False,
) -> DiplomaticEvent:
    return DiplomaticEvent(
        event_id=record_id or f"dip-{article_id}-{next(_ids)}",
        article_id=article_id,
        event_type=event_type,
        mode=mode,
        status=status,
        date=date,
        date_from_report=from_report,
        location=city(place) if place else None,
        participants=[state(code) for code in codes],
        evidence=[Evidence(field="trigger", text=mode or "event", start=0, end=5)],
        confidence=0.7,
        extractor_version="test",
    )


def exact(number: int) -> CasualtyCount:
    return CasualtyCount(count=number, low=number, high=number, text=str(number))


def at_least(number: int) -> CasualtyCount:
    return CasualtyCount(count=number, low=number, text=f"at least {number}")


def up_to(number: int) -> CasualtyCount:
    return CasualtyCount(count=number, high=number, approximate=True, text=f"up to {number}")


def about(number: int) -> CasualtyCount:
    return CasualtyCount(count=number, approximate=True, text=f"about {number}")


def casualty(
    article_id: str,
    killed: CasualtyCount | int | None,
    *,
    injured: CasualtyCount | int | None = None,
    scope: Scope = Scope.INCREMENTAL,
    place: str | None = "Kharkiv",
    in_country: str | None = None,
    date: str | None = "2025-06-02",
    cause: str | None = "shelling",
    period: str | None = None,
    reported_by: str | None = None,
    record_id: str | None = None,
) -> CasualtyUpdate:
    location = city(place) if place else (country(in_country) if in_country else None)
    return CasualtyUpdate(
        event_id=record_id or f"cas-{article_id}-{next(_ids)}",
        article_id=article_id,
        killed=exact(killed) if isinstance(killed, int) else killed,
        injured=exact(injured) if isinstance(injured, int) else injured,
        scope=scope,
        cause=cause,
        location=location,
        date=date,
        period=period,
        reported_by=reported_by,
        evidence=[Evidence(field="killed", text="killed", start=0, end=6)],
        confidence=0.7,
        extractor_version="test",
    )
