"""What the diplomatic extractor's unit tests share: one article read on a fixed Thursday."""

from __future__ import annotations

from newsevents.contracts import DiplomaticEvent, RawArticle
from newsevents.extract.diplomatic import extract_diplomatic
from newsevents.extract.document import Document, analyse

PUBLISHED = "2024-03-14T10:00:00+00:00"  # a Thursday


def document(body: str, title: str = "World news") -> Document:
    article = RawArticle(id="test-article", title=title, body=body, published_at=PUBLISHED)
    return analyse(article)


def extract(body: str, title: str = "World news") -> list[DiplomaticEvent]:
    return extract_diplomatic(document(body, title), "test")


def codes(record: DiplomaticEvent) -> set[str]:
    return {p.country_code for p in record.participants if p.country_code}


def only(records: list[DiplomaticEvent], event_type: str) -> DiplomaticEvent:
    found = [r for r in records if r.event_type == event_type]
    assert len(found) == 1, records
    return found[0]


def place(record: DiplomaticEvent) -> tuple[str, str | None] | None:
    """The event's place as (name, country code), None when it has none."""
    if record.location is None:
        return None
    return (record.location.name, record.location.country_code)
