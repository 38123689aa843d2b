"""Which output topic each record goes to, under which key, as which bytes (pure).

Keys: events by ``event_id`` and alerts by ``alert_id`` so that every version of
one event (or alert) lands in one partition and keeps its order; dead letters by
the article id when known, so a bad producer's messages stay together. Story
messages (the stream's internal topic between its two agents) by merge key, so
every report of one story reaches the one partition, and table entry, of its key.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsevents.contracts import Alert, CasualtyUpdate, DeadLetter, DiplomaticEvent, OutputRecord
from newsevents.pipeline import StoryMessage


@dataclass(frozen=True, slots=True)
class Routed:
    role: str  # "diplomatic", "casualties", "alerts", "deadletter" or "story_inputs"
    key: bytes
    value: bytes


def route(record: OutputRecord, fallback_key: bytes | None = None) -> Routed:
    value = record.model_dump_json().encode("utf-8")
    if isinstance(record, DiplomaticEvent):
        return Routed("diplomatic", record.event_id.encode(), value)
    if isinstance(record, CasualtyUpdate):
        return Routed("casualties", record.event_id.encode(), value)
    if isinstance(record, Alert):
        return Routed("alerts", record.alert_id.encode(), value)
    assert isinstance(record, DeadLetter)
    key = record.article_id.encode() if record.article_id else (fallback_key or b"")
    return Routed("deadletter", key, value)


def route_story(message: StoryMessage) -> Routed:
    return Routed("story_inputs", message.key.encode("utf-8"), message.to_json())
