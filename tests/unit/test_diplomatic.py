"""Unit tests of the diplomatic event extractor: one rule per test, on sentences of our own."""

from __future__ import annotations

from newsevents.contracts import DiplomaticEvent, RawArticle
from newsevents.extract.diplomatic import extract_diplomatic
from newsevents.extract.document import analyse

PUBLISHED = "2024-03-14T10:00:00+00:00"  # a Thursday


def _extract(body: str, title: str = "World news") -> list[DiplomaticEvent]:
    article = RawArticle(id="test-article", title=title, body=body, published_at=PUBLISHED)
    return extract_diplomatic(analyse(article), "test")


def _codes(record: DiplomaticEvent) -> set[str]:
    return {p.country_code for p in record.participants if p.country_code}


def test_a_leader_touring_their_own_country_is_not_a_visit() -> None:
    """A visit needs a visitor and a host of another state; a domestic tour is not coded."""
    records = _extract(
        "Kenyan President William Ruto visited flood-hit villages in Garissa on Wednesday "
        "and promised new dykes along the Tana river."
    )
    assert [r for r in records if r.mode == "visit"] == []


def test_a_visit_to_another_state_is_still_coded() -> None:
    """The rule keeps a visit between two states."""
    records = _extract(
        "Kenyan President William Ruto visited Kampala on Wednesday for talks with "
        "Ugandan President Yoweri Museveni on a new oil pipeline."
    )
    assert any(r.event_type == "CONSULT" and {"KEN", "UGA"} <= _codes(r) for r in records)
