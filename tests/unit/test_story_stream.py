"""The stream's split of the story stage (story messages per merge key, one step per message) gives what `newsevents extract` gives, with no broker."""

from __future__ import annotations

import random
import zlib
from datetime import UTC, datetime

import orjson
from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.parser import text_string_to_metric_families

from newsevents.alerts.rules import load_rules
from newsevents.contracts import CasualtyUpdate, DeadLetter, OutputRecord
from newsevents.kafka.clients import topics_to_create
from newsevents.metrics import Metrics
from newsevents.pipeline import (
    MessageSource,
    StoryMessage,
    process_message,
    process_stories,
    process_story_message,
    story_messages,
)
from newsevents.routing import route_story
from newsevents.settings import Settings
from newsevents.stories import StoryState, load_story_config
from tests.unit.test_stories import ARTICLES

SETTINGS = Settings()
RULES = load_rules(SETTINGS.alert_rules_path)
CONFIG = load_story_config(SETTINGS.story_rules_path)
NOW = datetime(2026, 1, 1, tzinfo=UTC)


def extract_path(lines: list[bytes]) -> list[OutputRecord]:
    """What `newsevents extract` writes: both stages per article, states in a dict."""
    states: dict[str, StoryState] = {}
    out: list[OutputRecord] = []
    for line in lines:
        processed = process_message(line, now=NOW, rules=RULES)
        states, records = process_stories(states, processed, now=NOW, config=CONFIG, rules=RULES)
        out.extend(records)
    return out


def stream_path(
    lines: list[bytes],
    table: dict[bytes, bytes] | None = None,
    partitions: int = 3,
    interleave: random.Random | None = None,
) -> tuple[list[OutputRecord], dict[bytes, bytes]]:
    """What the two agents do: messages routed by merge key into partitions, each partition in order, states as JSON.

    The partitions are drained one after another, or interleaved at random.
    """
    table = {} if table is None else table
    queues: list[list[tuple[bytes, bytes]]] = [[] for _ in range(partitions)]
    out: list[OutputRecord] = []
    for line in lines:
        processed = process_message(line, now=NOW, rules=RULES)
        if processed.dead_letter is not None:
            out.append(processed.dead_letter)
        for message in story_messages(processed, now=NOW):
            routed = route_story(message)
            queues[zlib.crc32(routed.key) % partitions].append((routed.key, routed.value))
    while any(queues):
        live = [queue for queue in queues if queue]
        queue = interleave.choice(live) if interleave else live[0]
        key, value = queue.pop(0)
        step = process_story_message(
            table.get(key), value, key=key, now=NOW, config=CONFIG, rules=RULES
        )
        if step.state is not None:
            table[key] = step.state.to_json()
        out.extend(step.records)
    return out, table


def by_story(records: list[OutputRecord]) -> dict[str, list[str]]:
    """Each event's versions and each alert's records, in order, as JSON (the order Kafka keeps)."""
    out: dict[str, list[str]] = {}
    for record in records:
        identity = getattr(record, "event_id", None) or getattr(record, "alert_id", None)
        out.setdefault(str(identity), []).append(record.model_dump_json())
    return out


def test_story_messages_split_an_article_by_merge_key_and_carry_its_clock() -> None:
    """One story message per merge key of an article, keyed by it, stamped with the per-article stage's now; none for a dead letter."""
    processed = process_message(ARTICLES[0], now=NOW, rules=RULES)
    messages = story_messages(processed, now=NOW)
    assert messages
    assert len({m.key for m in messages}) == len(messages)
    assert all(m.received_at == NOW and m.input.article.id == "riyadh-1" for m in messages)
    routed = route_story(messages[0])
    assert routed.role == "story_inputs"
    assert routed.key == messages[0].key.encode()
    assert StoryMessage.model_validate_json(routed.value) == messages[0]
    assert story_messages(process_message(b"{broken", now=NOW, rules=RULES), now=NOW) == []


def test_the_stream_split_gives_what_extract_gives() -> None:
    """Routed by merge key and applied partition by partition, the articles give exactly the versions and alerts of `newsevents extract`, in each event's order."""
    expected = extract_path(ARTICLES)
    got, _ = stream_path(ARTICLES)
    assert by_story(got) == by_story(expected)
    assert sorted(r.model_dump_json() for r in got) == sorted(r.model_dump_json() for r in expected)


def test_a_replayed_story_message_publishes_nothing_and_stores_nothing() -> None:
    """At-least-once: a message applied again over the state that holds it gives no records and no state to store."""
    _, table = stream_path(ARTICLES)
    processed = process_message(ARTICLES[-1], now=NOW, rules=RULES)
    for message in story_messages(processed, now=NOW):
        key = message.key.encode()
        step = process_story_message(
            table[key], message.to_json(), key=key, now=NOW, config=CONFIG, rules=RULES
        )
        assert step.records == []
        assert step.state is None


def test_a_restart_with_a_state_read_back_from_json_changes_nothing() -> None:
    """Half the articles, the table kept as its changelog would hold it, then the rest: the same records as one run."""
    cut = len(ARTICLES) // 2
    first, table = stream_path(ARTICLES[:cut])
    second, _ = stream_path(ARTICLES[cut:], dict(table))
    whole, _ = stream_path(ARTICLES)
    assert by_story(first + second) == by_story(whole)


def test_unreadable_misplaced_or_failing_messages_become_dead_letters_and_keep_the_state() -> None:
    """A story message that is not one, one under another key, or one over an unreadable state is one processing_error dead letter; nothing is stored."""
    _, table = stream_path(ARTICLES[:1])
    key, stored = next(iter(table.items()))
    message = story_messages(process_message(ARTICLES[1], now=NOW, rules=RULES), now=NOW)[0]
    source = MessageSource("stories", 1, 7)
    cases = [
        (stored, b"not json", key),
        (stored, b'{"layout": 1}', key),
        (stored, message.to_json(), b"dip|CONSULT|XXX|YYY"),
        (stored, message.to_json(), None),
        (b"{not a state", message.to_json(), message.key.encode()),
    ]
    for state, raw, under in cases:
        step = process_story_message(
            state, raw, key=under, now=NOW, config=CONFIG, rules=RULES, source=source
        )
        assert step.state is None
        assert len(step.records) == 1
        letter = step.records[0]
        assert isinstance(letter, DeadLetter)
        assert step.dead_letter is letter
        assert letter.reason.value == "processing_error"
        assert letter.error.startswith("story stage: ")
        assert (letter.source_topic, letter.partition, letter.offset) == ("stories", 1, 7)
    assert table[key] == stored


def test_story_messages_in_any_partition_order_meet_per_key() -> None:
    """However the partitions interleave, each event's versions are the same: only the order within a merge key matters."""
    expected = by_story(extract_path(ARTICLES))
    for seed in range(4):
        got, _ = stream_path(ARTICLES, partitions=seed + 2, interleave=random.Random(seed))  # noqa: S311
        assert by_story(got) == expected


def test_people_are_counted_from_the_rise_of_each_incident() -> None:
    """Versions of one incident restate its toll: the casualties counter adds the rise, so it ends at the latest toll."""
    registry = CollectorRegistry()
    metrics = Metrics.create(registry, "test")
    table: dict[bytes, bytes] = {}
    latest: dict[str, int] = {}
    for line in ARTICLES:
        processed = process_message(line, now=NOW, rules=RULES)
        for message in story_messages(processed, now=NOW):
            key = message.key.encode()
            step = process_story_message(
                table.get(key), message.to_json(), key=key, now=NOW, config=CONFIG, rules=RULES
            )
            if step.state is not None:
                table[key] = step.state.to_json()
            metrics.count_story_records(step.records, step.previous)
            for record in step.records:
                if isinstance(record, CasualtyUpdate) and record.killed is not None:
                    latest[record.event_id] = record.killed.count
    assert latest, "the articles must give casualty versions"
    samples = {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for f in text_string_to_metric_families(generate_latest(registry).decode())
        for s in f.samples
    }
    killed = sum(
        v
        for (name, labels), v in samples.items()
        if name == "newsevents_casualties_reported_total" and ("outcome", "killed") in labels
    )
    assert killed == sum(latest.values())


def test_topics_include_the_story_inputs_and_a_compacted_changelog_with_equal_partitions() -> None:
    """`newsevents topics` creates the worker's own topics too; the changelog is named as Faust names it and compacted."""
    settings = Settings(app_id="app-x", topic_partitions=4)
    topics = {t.name: t for t in topics_to_create(settings)}
    assert settings.topic_story_inputs in topics
    changelog = topics["app-x-stories-changelog"]
    assert settings.topic_story_changelog == changelog.name
    assert changelog.topic_configs == {"cleanup.policy": "compact"}
    assert {t.num_partitions for t in topics.values()} == {4}
    assert not set(settings.topic_names().values()) & set(settings.internal_topic_names().values())


def test_the_worker_declares_the_story_table_on_the_changelog_topics_creates() -> None:
    """The Faust app declares both agents and the story table before start, its changelog name and partitions those of the settings."""
    from newsevents.stream.app import create_app

    settings = Settings(kafka_bootstrap_servers="127.0.0.1:9", app_id="app-y", topic_partitions=5)
    app, _ = create_app(settings, CollectorRegistry())
    table = app.tables[settings.story_table]
    assert table.changelog_topic_name == settings.topic_story_changelog
    assert table.partitions == 5
    assert set(app.agents) == {"newsevents.extract", "newsevents.stories"}
    assert str(app.conf.store).startswith("memory:")


def test_story_message_json_is_stable() -> None:
    """A story message is plain JSON with a layout number, the clock and the story input."""
    message = story_messages(process_message(ARTICLES[0], now=NOW, rules=RULES), now=NOW)[0]
    data = orjson.loads(message.to_json())
    assert set(data) == {"layout", "received_at", "input"}
    assert data["layout"] == 1
    assert set(data["input"]) == {"key", "article", "records"}


def test_a_state_kept_decoded_gives_what_its_json_gives() -> None:
    """The worker may pass the decoded state it kept instead of the stored JSON: same records, same state."""
    table: dict[bytes, bytes] = {}
    decoded: dict[bytes, StoryState] = {}
    for line in ARTICLES:
        processed = process_message(line, now=NOW, rules=RULES)
        for message in story_messages(processed, now=NOW):
            routed = route_story(message)
            key = routed.key
            from_json = process_story_message(
                table.get(key), routed.value, key=key, now=NOW, config=CONFIG, rules=RULES
            )
            from_object = process_story_message(
                decoded.get(key), routed.value, key=key, now=NOW, config=CONFIG, rules=RULES
            )
            assert [r.model_dump_json() for r in from_object.records] == [
                r.model_dump_json() for r in from_json.records
            ]
            assert from_object.state == from_json.state
            if from_json.state is not None:
                table[key] = from_json.state.to_json()
                decoded[key] = from_json.state
