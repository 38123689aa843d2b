"""Stage 4 (stories): articles that report the same events differently become versions and alerts."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import orjson
import pytest

from newsevents.alerts.rules import load_rules
from newsevents.contracts import Alert, CasualtyUpdate, DiplomaticEvent, OutputRecord
from newsevents.pipeline import ProcessedMessage, process_message, process_stories
from newsevents.settings import Settings
from newsevents.stories import StoryState, load_story_config

SETTINGS = Settings()
RULES = load_rules(SETTINGS.alert_rules_path)
CONFIG = load_story_config(SETTINGS.story_rules_path)
NOW = datetime(2026, 1, 1, tzinfo=UTC)


def article(article_id: str, source: str, published_at: str, title: str, body: str) -> bytes:
    return orjson.dumps(
        {
            "id": article_id,
            "source": source,
            "published_at": published_at,
            "title": title,
            "body": body,
        }
    )


RUBIO = "U.S. Secretary of State Marco Rubio"
LAVROV = "Russian Foreign Minister Sergei Lavrov"

# Written for this test: one U.S.-Russia meeting announced, repeated, joined by a host, held,
# and a late copy of the announcement; a ceasefire agreed and collapsed; a bombing whose toll
# rises, is repeated late and is contradicted by a higher figure from another source.
ARTICLES = [
    article(
        "riyadh-1",
        "wire-a",
        "2025-03-01T08:00:00Z",
        "U.S. and Russian diplomats to meet next week",
        f"{RUBIO} and {LAVROV} will meet in Riyadh on Monday to discuss the war in Ukraine,"
        " officials said.",
    ),
    article(
        "riyadh-2-duplicate",
        "wire-b",
        "2025-03-01T11:00:00Z",
        "Rubio and Lavrov to hold talks",
        f"{LAVROV} and {RUBIO} will hold talks in Riyadh on Monday, the Kremlin said.",
    ),
    article(
        "riyadh-3-new-participant",
        "wire-c",
        "2025-03-02T09:00:00Z",
        "Saudi Arabia joins preparations",
        f"Saudi Foreign Minister Faisal bin Farhan will join {RUBIO} and {LAVROV} when they"
        " meet in Riyadh on Monday, the ministry said.",
    ),
    article(
        "riyadh-4-held",
        "wire-a",
        "2025-03-03T16:00:00Z",
        "Rubio and Lavrov hold talks",
        f"{RUBIO} and {LAVROV} met in Riyadh on Monday for four hours of talks, both sides said.",
    ),
    article(
        "riyadh-5-stale",
        "wire-d",
        "2025-03-02T20:00:00Z",
        "Diplomats prepare for talks",
        f"{LAVROV} and {RUBIO} will meet in Riyadh on Monday, diplomats said.",
    ),
    article(
        "truce-1-agreed",
        "wire-a",
        "2025-05-05T12:00:00Z",
        "Armenia and Azerbaijan agree ceasefire",
        "Armenia and Azerbaijan agreed to a ceasefire on Monday after two days of fighting on"
        " their border, the Russian foreign ministry said.",
    ),
    article(
        "truce-2-collapsed",
        "wire-b",
        "2025-05-07T09:00:00Z",
        "Armenia-Azerbaijan ceasefire collapses",
        "The ceasefire between Armenia and Azerbaijan collapsed on Tuesday as shelling resumed"
        " along the border, officials said.",
    ),
    article(
        "quetta-1",
        "wire-a",
        "2025-06-02T08:00:00Z",
        "Car bomb kills 12 in Quetta",
        "A car bomb killed at least 12 people in Quetta on Monday, police said.",
    ),
    article(
        "quetta-2-rising",
        "wire-b",
        "2025-06-02T12:00:00Z",
        "Quetta bombing toll rises to 45",
        "The death toll from Monday's car bomb in Quetta rose to 45, police said.",
    ),
    article(
        "quetta-3-past-100",
        "wire-a",
        "2025-06-02T20:00:00Z",
        "Quetta toll passes 100",
        "The death toll from Monday's car bomb in Quetta rose to 110, police said.",
    ),
    article(
        "quetta-4-stale",
        "wire-c",
        "2025-06-02T13:00:00Z",
        "Quetta toll rises",
        "The death toll from Monday's car bomb in Quetta rose to 45, police said.",
    ),
    article(
        "quetta-5-other-source",
        "wire-d",
        "2025-06-03T07:00:00Z",
        "Hospitals give higher Quetta toll",
        "At least 120 people died in Monday's car bomb in Quetta, hospital officials said.",
    ),
]


def run(
    lines: list[bytes], states: dict[str, StoryState] | None = None
) -> tuple[dict[str, StoryState], list[list[OutputRecord]]]:
    """Every article through both stages, in order; the outputs of each article."""
    states = dict(states or {})
    per_article = []
    for line in lines:
        processed = process_message(line, now=NOW, rules=RULES)
        states, records = process_stories(states, processed, now=NOW, config=CONFIG, rules=RULES)
        per_article.append(records)
    return states, per_article


def summary(per_article: list[list[OutputRecord]]) -> list[tuple[Any, ...]]:
    """Versions and alerts as short tuples; stories named D1, D2, C1 … in order of appearance."""
    names: dict[str, str] = {}

    def name(event_id: str) -> str:
        if event_id not in names:
            prefix = "D" if event_id.startswith("dip") else "C"
            names[event_id] = f"{prefix}{sum(n[0] == prefix for n in names.values()) + 1}"
        return names[event_id]

    rows: list[tuple[Any, ...]] = []
    for records in per_article:
        for record in records:
            if isinstance(record, DiplomaticEvent):
                codes = ",".join(p.country_code or "?" for p in record.participants)
                story = (name(record.event_id), record.version, record.status.value, codes)
                rows.append((*story, record.mentions, len(record.sources)))
            elif isinstance(record, CasualtyUpdate):
                killed = record.killed
                assert killed is not None
                toll = (name(record.event_id), record.version, killed.low, killed.count)
                rows.append((*toll, killed.high, record.mentions, len(record.sources)))
            else:
                assert isinstance(record, Alert)
                rows.append(
                    (name(record.event_ids[0]), record.rule, record.severity.value, record.status)
                )
    return rows


def test_articles_give_the_exact_sequence_of_versions_and_alerts() -> None:
    """Duplicates and stale reports publish nothing; a new party, a status change and a toll change publish a version; alerts fire once, escalate, resolve."""
    _, per_article = run(ARTICLES)
    assert summary(per_article) == [
        # riyadh-1: talks scheduled between the U.S. and Russia
        ("D1", 1, "scheduled", "USA,RUS", 1, 1),
        ("D1", "watched_pair_contact", "warning", "firing"),
        ("D1", "talks_scheduled", "info", "firing"),
        # riyadh-2 (the same news from another outlet): nothing published
        # riyadh-3: Saudi Arabia joins, a new version counting the duplicate; no new alert
        ("D1", 2, "scheduled", "USA,RUS,SAU", 3, 3),
        # riyadh-4: the talks took place, "scheduled" is resolved, the pair watch stays quiet
        ("D1", 3, "occurred", "USA,RUS,SAU", 4, 3),
        ("D1", "talks_scheduled", "info", "resolved"),
        # riyadh-5 (published before the talks, processed after): nothing published
        # truce: agreed, then collapsed: one story, the agreed alert resolved, a new critical one
        ("D2", 1, "occurred", "ARM,AZE", 1, 1),
        ("D2", "ceasefire_agreed", "warning", "firing"),
        ("D2", 2, "cancelled", "ARM,AZE", 2, 2),
        ("D2", "ceasefire_agreed", "warning", "resolved"),
        ("D2", "ceasefire_collapsed", "critical", "firing"),
        # quetta-1: at least 12 killed
        ("C1", 1, 12, 12, 12, 1, 1),
        ("C1", "casualties_reported", "warning", "firing"),
        # quetta-2: 45 four hours later: the rise rule fires; the toll step is suppressed (6 h)
        ("C1", 2, 45, 45, 45, 2, 2),
        ("C1", "toll_rising", "warning", "firing"),
        # quetta-3: 110: both alerts escalate to critical (same alert ids)
        ("C1", 3, 110, 110, 110, 3, 2),
        ("C1", "casualties_reported", "critical", "firing"),
        ("C1", "toll_rising", "critical", "firing"),
        # quetta-4 (police's 45 again, published before the 110): nothing, the toll holds
        # quetta-5: hospitals say 120: best 120, low 110 (police), high 120; no new alert
        ("C1", 4, 110, 120, 120, 5, 4),
    ]


def test_versions_keep_their_ids_and_evidence_names_its_article() -> None:
    """All versions of one story share one event id, versions count up from 1, and every evidence span names the article it points into."""
    _, per_article = run(ARTICLES)
    versions: dict[str, list[int]] = {}
    for records in per_article:
        for record in records:
            if isinstance(record, DiplomaticEvent | CasualtyUpdate):
                versions.setdefault(record.event_id, []).append(record.version)
                assert record.evidence
                assert all(item.article_id for item in record.evidence)
                assert record.first_seen is not None
                assert record.last_seen is not None
                assert record.first_seen <= record.last_seen
    assert all(v == list(range(1, len(v) + 1)) for v in versions.values())


def test_escalated_alert_keeps_its_id_and_start() -> None:
    """A re-alert on escalation reuses the alert id and starts_at and moves ends_at on."""
    _, per_article = run(ARTICLES)
    alerts = [r for records in per_article for r in records if isinstance(r, Alert)]
    reported = [a for a in alerts if a.rule == "casualties_reported"]
    assert [a.severity.value for a in reported] == ["warning", "critical"]
    assert reported[0].alert_id == reported[1].alert_id
    assert reported[0].starts_at == reported[1].starts_at
    assert reported[0].ends_at is not None
    assert reported[1].ends_at is not None
    assert reported[1].ends_at > reported[0].ends_at
    resolved = next(a for a in alerts if a.status.value == "resolved")
    assert resolved.ends_at is not None
    assert resolved.starts_at is not None
    assert resolved.ends_at > resolved.starts_at


@pytest.mark.parametrize("cut", range(len(ARTICLES) + 1))
def test_state_survives_a_json_round_trip_mid_sequence(cut: int) -> None:
    """Serialising every state to JSON after any article and reading it back changes nothing (a restarted worker recovers from its changelog)."""
    states, before = run(ARTICLES[:cut])
    restored = {key: StoryState.from_json(state.to_json()) for key, state in states.items()}
    assert restored == states
    _, after = run(ARTICLES[cut:], restored)
    _, whole = run(ARTICLES)
    dumped = [[r.model_dump_json() for r in records] for records in before + after]
    assert dumped == [[r.model_dump_json() for r in records] for records in whole]


def test_replayed_article_changes_nothing() -> None:
    """Processing an article a second time (an at-least-once replay) publishes nothing and leaves the state as it was."""
    states, _ = run(ARTICLES)
    again, per_article = run(ARTICLES[-3:], states)
    assert per_article == [[], [], []]
    assert again == states


def test_dead_letter_passes_through_the_story_stage() -> None:
    """A message that fails decoding reaches the story stage as its one dead letter; the states stay."""
    processed = process_message(b"{not json", now=NOW, rules=RULES)
    states, records = process_stories({}, processed, now=NOW, config=CONFIG, rules=RULES)
    assert states == {}
    assert [r.kind for r in records] == ["dead_letter"]


def test_story_stage_failure_is_dead_lettered(monkeypatch: pytest.MonkeyPatch) -> None:
    """An exception inside the story stage becomes a processing_error dead letter and keeps the states."""
    from newsevents import pipeline

    def explode(*args: object, **kwargs: object) -> object:
        raise ZeroDivisionError("boom")

    processed: ProcessedMessage = process_message(ARTICLES[0], now=NOW, rules=RULES)
    monkeypatch.setattr(pipeline, "apply_article", explode)
    states, records = process_stories({}, processed, now=NOW, config=CONFIG, rules=RULES)
    assert states == {}
    assert len(records) == 1
    letter = records[0]
    assert letter.kind == "dead_letter"
    assert letter.article_id == "riyadh-1"
    assert "ZeroDivisionError: boom" in letter.error


def test_a_state_encoded_reusing_its_stories_json_is_byte_identical() -> None:
    """to_json_reusing gives to_json's bytes at every step of a stream, and re-encodes only changed stories."""
    from newsevents.bench import generate_corpus

    states: dict[str, StoryState] = {}
    fragments: dict[str, Any] = {}
    reused = encoded = 0
    for item in generate_corpus(60, 4096, seed=5):
        processed = process_message(item.model_dump_json().encode(), now=NOW, rules=RULES)
        states, _ = process_stories(states, processed, now=NOW, config=CONFIG, rules=RULES)
        for key, state in states.items():
            known = fragments.get(key)
            data, fragments[key] = state.to_json_reusing(known)
            assert data == state.to_json()
            assert StoryState.from_json(data) == state
            stories = [*state.diplomatic, *state.casualty]
            hits = sum(1 for s in stories if known and known.get(id(s), (None,))[0] is s)
            reused, encoded = reused + hits, encoded + len(stories)
    assert 0 < reused < encoded
