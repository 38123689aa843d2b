"""Property tests: no input makes the core raise, and every evidence span points at its text."""

from __future__ import annotations

from datetime import UTC, datetime

import orjson
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsevents.alerts.rules import load_rules
from newsevents.contracts import CasualtyUpdate, DiplomaticEvent, RawArticle
from newsevents.extract.casualty import extract_casualties
from newsevents.extract.diplomatic import extract_diplomatic
from newsevents.extract.document import analyse
from newsevents.pipeline import EXTRACTOR_VERSION, extract_article, process_message
from newsevents.settings import Settings

RULES = load_rules(Settings().alert_rules_path)
NOW = datetime(2024, 1, 1, tzinfo=UTC)

# Words that reach the deep analysis: triggers, names, numbers, dates.
NEWSY = st.sampled_from(
    [
        "talks",
        "meeting",
        "met",
        "will",
        "hold",
        "summit",
        "in",
        "on",
        "at",
        "Lausanne",
        "London",
        "Aleppo",
        "Syria",
        "Russia",
        "U.S.",
        "Secretary",
        "of",
        "State",
        "John",
        "Kerry",
        "Foreign",
        "Minister",
        "Sergei",
        "Lavrov",
        "killed",
        "wounded",
        "dead",
        "at",
        "least",
        "seven",
        "12",
        "300,000",
        "dozens",
        "more",
        "than",
        "between",
        "and",
        "Saturday",
        "yesterday",
        "last",
        "week",
        "ceasefire",
        "truce",
        "agreed",
        "collapsed",
        "sanctions",
        "expelled",
        "warned",
        "urged",
        "accused",
        ",",
        ".",
        "–",
        "“",
        "”",
        "'s",
        "the",
        "Gulf",
        "countries",
        "invited",
        "not",
        "confirmed",
        "air",
        "strikes",
        "shelling",
        "bombing",
        "toll",
        "rose",
        "to",
        "since",
        "2011",
        "a",
        "26-year-old",
    ]
)
PROSE = st.lists(st.one_of(NEWSY, st.text(max_size=12)), max_size=120).map(" ".join)


def _check_spans(article: RawArticle, records: list[DiplomaticEvent | CasualtyUpdate]) -> None:
    text = article.text
    for record in records:
        for evidence in record.evidence:
            assert text[evidence.start : evidence.end] == evidence.text


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=st.text(max_size=80), body=st.one_of(st.text(min_size=1), PROSE))
def test_any_text_gives_valid_records_or_none(title: str, body: str) -> None:
    """Arbitrary and news-like text yields valid records (or none) and never an exception."""
    if not body.strip():
        body = "x"
    article = RawArticle(id="p", title=title, body=body, published_at=NOW)
    extraction = extract_article(article)
    _check_spans(article, extraction.events)
    for record in extraction.events:
        type(record).model_validate_json(record.model_dump_json())


@settings(max_examples=300, deadline=None)
@given(
    raw=st.one_of(
        st.binary(max_size=300),
        st.text(max_size=300).map(str.encode),
        st.dictionaries(
            st.sampled_from(["id", "title", "body", "published_at", "url"]),
            st.one_of(
                st.none(),
                st.integers(-(2**53), 2**53),
                st.text(max_size=30),
                st.lists(st.booleans()),
            ),
        ).map(orjson.dumps),
    )
)
def test_any_message_gives_records_or_one_dead_letter(raw: bytes) -> None:
    """Any bytes at all produce output records or exactly one dead letter, never an exception."""
    result = process_message(raw, now=NOW, rules=RULES)
    if result.dead_letter is not None:
        assert result.records == [result.dead_letter]
    else:
        assert result.article is not None


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=st.text(max_size=80), body=st.one_of(st.text(min_size=1), PROSE))
def test_trigger_gate_changes_no_output(title: str, body: str) -> None:
    """The pipeline skips indexing an article without a trigger: on any text its records
    are exactly those of the ungated path (``analyse`` and both readers)."""
    article = RawArticle(id="p", title=title, body=body, published_at=NOW)
    doc = analyse(article)
    ungated = [
        *extract_diplomatic(doc, EXTRACTOR_VERSION),
        *extract_casualties(doc, EXTRACTOR_VERSION),
    ]
    gated = extract_article(article).events
    assert [r.model_dump() for r in gated] == [r.model_dump() for r in ungated]
