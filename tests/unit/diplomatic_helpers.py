"""What the diplomatic extractor's unit tests share: one article read on a fixed Thursday."""

from __future__ import annotations

from newsevents.contracts import DiplomaticEvent, RawArticle
from newsevents.extract.diplomatic import extract_diplomatic
from newsevents.extract.document import analyse

PUBLISHED = "2024-03-14T10:00:00+00:00"  # a Thursday


def extract(body: str, title: str = "World news") -> list[DiplomaticEvent]:
    article = RawArticle(id="test-article", title=title, body=body, published_at=PUBLISHED)
    return extract_diplomatic(analyse(article), "test")


def codes(record: DiplomaticEvent) -> set[str]:
    return {p.country_code for p in record.participants if p.country_code}


def only(records: list[DiplomaticEvent], event_type: str) -> DiplomaticEvent:
    found = [r for r in records if r.event_type == event_type]
    assert len(found) == 1, records
    return found[0]
