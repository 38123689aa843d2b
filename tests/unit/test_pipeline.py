"""The pure core composed: one message in, records out, with a list as the sink."""

from __future__ import annotations

from datetime import UTC, datetime

import orjson
import pytest

from newsevents.alerts.rules import load_rules
from newsevents.contracts import DeadLetter, RawArticle
from newsevents.exceptions import DeadLetterReason
from newsevents.extract.casualty import extract_casualties
from newsevents.extract.diplomatic import extract_diplomatic
from newsevents.extract.document import analyse
from newsevents.parse import InputLimits
from newsevents.pipeline import EXTRACTOR_VERSION, MessageSource, extract_article, process_message
from newsevents.settings import Settings

NOW = datetime(2024, 1, 1, tzinfo=UTC)
RULES = load_rules(Settings().alert_rules_path)


def test_whole_pipeline_runs_into_a_list(sample_lines: list[bytes]) -> None:
    """Every sample article flows through decode, extract and alerts into a plain list sink."""
    sink = []
    for line in sample_lines:
        sink.extend(process_message(line, now=NOW, rules=RULES).records)
    kinds = {record.kind for record in sink}
    assert {"diplomatic_event", "alert"} <= kinds
    assert not any(isinstance(r, DeadLetter) for r in sink)


def test_same_article_gives_the_same_ids_every_run(sample_lines: list[bytes]) -> None:
    """Event and alert ids are deterministic, so replays are idempotent for consumers."""
    first = [
        r.model_dump_json()
        for line in sample_lines
        for r in process_message(line, now=NOW, rules=RULES).records
    ]
    second = [
        r.model_dump_json()
        for line in sample_lines
        for r in process_message(line, now=NOW, rules=RULES).records
    ]
    assert first == second


def test_bad_message_becomes_one_bounded_dead_letter() -> None:
    """A malformed message yields exactly one dead letter with its source position and a bounded raw copy."""
    raw = b"\x00garbage " * 1000
    result = process_message(
        raw, now=NOW, rules=RULES, source=MessageSource("t", 3, 42), max_raw_chars=100
    )
    assert len(result.records) == 1
    letter = result.records[0]
    assert isinstance(letter, DeadLetter)
    assert letter.reason is DeadLetterReason.INVALID_JSON
    assert (letter.source_topic, letter.partition, letter.offset) == ("t", 3, 42)
    assert len(letter.raw) == 100
    assert letter.raw_truncated
    assert letter.raw_bytes == len(raw)


def test_core_failure_is_dead_lettered_not_raised(monkeypatch: pytest.MonkeyPatch) -> None:
    """An unexpected exception inside extraction becomes a processing_error dead letter with the article id."""
    from newsevents import pipeline

    def explode(article: object, limits: object) -> object:
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(pipeline, "extract_article", explode)
    good = {"id": "p1", "title": "t", "body": "b", "published_at": "2024-01-01T00:00:00Z"}
    result = process_message(orjson.dumps(good), now=NOW, rules=RULES)
    assert result.dead_letter is not None
    assert result.dead_letter.reason is DeadLetterReason.PROCESSING_ERROR
    assert result.dead_letter.article_id == "p1"
    assert "ZeroDivisionError: boom" in result.dead_letter.error


def test_no_event_article_yields_no_records() -> None:
    """A story without diplomatic or casualty content produces nothing (dropping is not failing)."""
    story = {
        "id": "n1",
        "title": "Bakery opens third shop",
        "body": "A family bakery opened its third shop on Monday, selling 400 loaves in four hours.",
        "published_at": "2024-01-01T00:00:00Z",
    }
    result = process_message(orjson.dumps(story), now=NOW, rules=RULES)
    assert result.records == []


def _article(title: str, body: str) -> RawArticle:
    return RawArticle(id="g1", title=title, body=body, published_at=NOW)


def test_article_without_a_trigger_is_never_indexed(monkeypatch: pytest.MonkeyPatch) -> None:
    """No trigger of either reader: the costly indexing (gazetteer, persons) never runs."""
    from newsevents import pipeline

    def no_index(doc: object, gaz: object = None) -> object:
        raise AssertionError("indexed an article without a trigger")

    monkeypatch.setattr(pipeline, "index", no_index)
    article = _article(
        "Bakery opens third shop in Lyon",
        "LYON, France (AP) - A family bakery opened its third shop on Monday, selling 400 "
        "loaves in four hours, its 61-year-old owner Marie Dubois said.",
    )
    extraction = extract_article(article)
    assert extraction.events == []
    assert not extraction.truncation


@pytest.mark.parametrize(
    "body",
    [
        # one diplomatic trigger, no casualty word
        "PARIS (Reuters) - French President Emmanuel Macron met German Chancellor Olaf "
        "Scholz in Paris on Monday.",
        # one casualty word, no diplomatic trigger
        "KABUL (Reuters) - A bomb exploded in a market in Kabul on Monday, killing seven "
        "people, police said.",
    ],
)
def test_article_with_one_reader_s_trigger_is_read_in_full(body: str) -> None:
    """Either reader's trigger alone lets the article through: the same records as the
    ungated path (``analyse`` and both readers)."""
    article = _article("News", body)
    extraction = extract_article(article)
    doc = analyse(article)
    expected = [
        *extract_diplomatic(doc, EXTRACTOR_VERSION),
        *extract_casualties(doc, EXTRACTOR_VERSION),
    ]
    assert extraction.events
    assert [e.model_dump() for e in extraction.events] == [e.model_dump() for e in expected]


def test_gate_keeps_the_truncation_of_an_article_without_a_trigger() -> None:
    """An article cut by the sentence limits but without a trigger still reports the cut."""
    body = " ".join(f"The bakery sold {n} loaves." for n in range(300))
    extraction = extract_article(
        _article("Bakery", body), InputLimits(max_sentences=10, max_sentence_chars=5000)
    )
    assert extraction.events == []
    assert extraction.truncation.sentences_skipped > 0
