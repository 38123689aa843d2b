"""Diplomatic reports from many articles → one canonical event per real-world event (pure).

Part of the story stage (``stories.stage``), after per-article extraction. A
report joins an open story of its merge key when:

* same event type and a compatible mode (one family in ``data/stories.yaml``:
  talks, a meeting and a visit can be one event; a phone call is another);
* published within the type's window of the story's reports;
* participants overlap (at least one country code in common);
* and the same date or the same place (a place inside the other's country is
  no contradiction), or, when neither date nor place can be compared, exactly
  the same participant countries. Two dated reports with different dates match
  only at the same place and while the story has not taken place yet (a
  rescheduled meeting, not a later round), or when the report calls the event
  off or says it collapsed (dated the day that happened); a report of something
  still to come never joins a story that already took place unless the dates
  agree.

Material changes, which publish a new version: a status change allowed by
``NEXT_STATUS`` (scheduled → occurred, → cancelled for postponed or collapsed, …),
a new participant (a country code, or an uncoded party, not seen before), the
date newly known or moved (not by a report that calls the event off: its date
is the day that happened; a report's day, ``date_from_report``, is compared with
nothing and never replaces a day told, which replaces it), the place newly known
or made precise. A report older than the latest such change (``facts_at``) cannot change status, date or
place back. Anything else (another mention, another outlet, more evidence, a
person of a country already there) is kept in the state and shows in the next
material version.
"""

from __future__ import annotations

from datetime import datetime

from newsevents.contracts import DiplomaticEvent, EventStatus, Participant, ParticipantKind
from newsevents.stories.config import DiplomaticMerge, StoryLimits
from newsevents.stories.places import Relation, more_specific, place_relation, value_relation
from newsevents.stories.state import (
    ArticleRef,
    DiplomaticStory,
    bookkeeping,
    story_id,
    tagged_evidence,
)

NEXT_STATUS: dict[EventStatus, frozenset[EventStatus]] = {
    EventStatus.UNKNOWN: frozenset(
        {EventStatus.PROPOSED, EventStatus.SCHEDULED, EventStatus.OCCURRED, EventStatus.CANCELLED}
    ),
    EventStatus.PROPOSED: frozenset(
        {EventStatus.SCHEDULED, EventStatus.OCCURRED, EventStatus.CANCELLED}
    ),
    EventStatus.SCHEDULED: frozenset({EventStatus.OCCURRED, EventStatus.CANCELLED}),
    # called off, then rescheduled or held after all
    EventStatus.CANCELLED: frozenset({EventStatus.SCHEDULED, EventStatus.OCCURRED}),
    # a ceasefire that collapsed, talks broken off
    EventStatus.OCCURRED: frozenset({EventStatus.CANCELLED}),
}
"""The status changes a newer report may make; any other is an older or muddled report."""

_AHEAD = frozenset({EventStatus.SCHEDULED, EventStatus.PROPOSED})


def _can_become(current: EventStatus, new: EventStatus) -> bool:
    return new in NEXT_STATUS[current]


def country_codes(participants: list[Participant]) -> set[str]:
    return {p.country_code for p in participants if p.country_code}


def _identity(participant: Participant) -> str:
    return participant.country_code or "name:" + participant.name.casefold()


def _told_day(record: DiplomaticEvent) -> str | None:
    """The day a report tells for the event: none when its date is only its story's day."""
    return None if record.date_from_report else record.date


def match_score(
    story: DiplomaticStory, record: DiplomaticEvent, at: datetime, config: DiplomaticMerge
) -> int | None:
    """How well a report fits a story (higher is better), or None when it is another event."""
    current = story.record
    if current.event_type is not record.event_type:
        return None
    families = config.family(current.mode), config.family(record.mode)
    if None not in families and families[0] != families[1]:
        return None
    window = config.window(current.event_type)
    first = current.first_seen or at
    last = current.last_seen or at
    if not first - window <= at <= last + window:
        return None
    ours, theirs = country_codes(current.participants), country_codes(record.participants)
    if ours and theirs and not ours & theirs:
        return None
    place = place_relation(current.location, record.location)
    if place is Relation.DIFFERENT:
        return None
    date = value_relation(_told_day(current), _told_day(record))
    if date is Relation.SAME:
        return 4 if place is Relation.SAME else 3
    if current.status is EventStatus.OCCURRED and record.status in _AHEAD:
        return None  # a meeting still to come is not the one that took place
    if date is Relation.DIFFERENT:
        # the same place on another date: rescheduled, unless it already took place
        if place is Relation.SAME and current.status is not EventStatus.OCCURRED:
            return 2
        # called off or collapsed: reported with the day it happened, not the event's own
        if record.status is EventStatus.CANCELLED and _can_become(current.status, record.status):
            return 1
        return None
    if place is Relation.SAME:
        return 2
    # nothing to compare and nothing contradicts: the same parties make it the same event
    return 1 if ours and ours == theirs else None


def _participants(
    current: list[Participant], new: list[Participant]
) -> tuple[list[Participant], bool]:
    """The union (first seen first) and whether it brought a new party."""
    known = {(p.kind, p.name.casefold()) for p in current}
    identities = {_identity(p) for p in current}
    merged = list(current)
    new_party = False
    for participant in new:
        if (participant.kind, participant.name.casefold()) in known:
            continue
        known.add((participant.kind, participant.name.casefold()))
        merged.append(participant)
        if _identity(participant) not in identities:
            identities.add(_identity(participant))
            new_party = True
    # as the extractor does: a state drops out once one of its people is named
    person_codes = {
        p.country_code for p in merged if p.kind is ParticipantKind.PERSON and p.country_code
    }
    merged = [
        p
        for p in merged
        if p.kind is not ParticipantKind.STATE or p.country_code not in person_codes
    ]
    return merged, new_party


def start(
    key: str, record: DiplomaticEvent, article: ArticleRef, at: datetime, limits: StoryLimits
) -> DiplomaticStory:
    """A new story from its first report (version 1)."""
    canonical = record.model_copy(
        update={
            "event_id": story_id("dip", key, record.event_id),
            "article_id": article.id,
            "evidence": tagged_evidence(record, article.id)[: limits.max_evidence],
            "version": 1,
            "mentions": 1,
            "sources": [article.outlet],
            "first_seen": at,
            "last_seen": at,
        }
    )
    return DiplomaticStory(record=canonical, article_ids=[article.id], facts_at=at)


def merge(
    story: DiplomaticStory,
    record: DiplomaticEvent,
    article: ArticleRef,
    at: datetime,
    limits: StoryLimits,
) -> tuple[DiplomaticStory, bool]:
    """The story with one more report, and whether that is a material change."""
    current = story.record
    story_updates, updates = bookkeeping(story, current, record, article, at, limits)
    stale = at < story.facts_at
    facts_changed = False
    if not stale and _can_become(current.status, record.status):
        updates["status"] = record.status
        facts_changed = True
    moves_date = not stale and record.status is not EventStatus.CANCELLED
    if record.date is not None and (
        # a day told replaces a report's day
        (current.date_from_report and not record.date_from_report)
        or (
            record.date != current.date
            and (current.date is None or moves_date)
            # a report's day never replaces a day told
            and (current.date is None or current.date_from_report or not record.date_from_report)
        )
    ):
        updates["date"] = record.date
        updates["date_text"] = record.date_text
        updates["date_from_report"] = record.date_from_report
        facts_changed = True
    if more_specific(current.location, record.location) and (current.location is None or not stale):
        updates["location"] = record.location
        facts_changed = True
    participants, new_party = _participants(current.participants, record.participants)
    updates["participants"] = participants
    updates["topic_countries"] = [
        *current.topic_countries,
        *(c for c in record.topic_countries if c not in current.topic_countries),
    ]
    if current.mode is None and record.mode is not None:
        updates["mode"] = record.mode
    material = facts_changed or new_party
    if material:
        updates["article_id"] = article.id
        updates["extractor_version"] = record.extractor_version
    if facts_changed:
        story_updates["facts_at"] = max(story.facts_at, at)
    story_updates["record"] = current.model_copy(update=updates)
    return story.model_copy(update=story_updates), material
