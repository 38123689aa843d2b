"""Property tests of the story stage: replays change nothing, JSON state is lossless, tolls never go back."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsevents.alerts.rules import load_rules
from newsevents.contracts import (
    Alert,
    CasualtyUpdate,
    DiplomaticEvent,
    EventStatus,
    EventType,
    OutputRecord,
    Scope,
)
from newsevents.settings import Settings
from newsevents.stories import ArticleRef, StoryState, apply_article, load_story_config
from tests.story_records import about, at_least, casualty, diplomatic, exact, up_to

RULES = load_rules(Settings().alert_rules_path)
CONFIG = load_story_config(Settings().story_rules_path)
NOW = datetime(2026, 1, 1, tzinfo=UTC)
START = datetime(2025, 6, 1, tzinfo=UTC)
DATES = [None, "2025-06-01", "2025-06-02", "2025-06-04"]


@dataclass(frozen=True)
class Article:
    ref: ArticleRef
    records: list[DiplomaticEvent | CasualtyUpdate]


@st.composite
def diplomatic_records(draw: st.DrawFn, article_id: str, n: int) -> DiplomaticEvent:
    codes = draw(st.lists(st.sampled_from(["USA", "RUS", "CHN", "UKR", "SAU"]), max_size=3))
    return diplomatic(
        article_id,
        *dict.fromkeys(codes),
        status=draw(st.sampled_from(list(EventStatus))),
        event_type=draw(st.sampled_from([EventType.CONSULT, EventType.AGREE])),
        mode=draw(st.sampled_from(["talks", "meeting", "phone_call", "ceasefire", None])),
        date=draw(st.sampled_from(DATES)),
        place=draw(st.sampled_from([None, "Geneva", "Vienna", "Riyadh"])),
        record_id=f"dip-{article_id}-{n}",
    )


@st.composite
def casualty_records(draw: st.DrawFn, article_id: str, n: int) -> CasualtyUpdate:
    number = draw(st.integers(0, 400))
    shape = draw(st.sampled_from([exact, at_least, up_to, about]))
    place = draw(st.sampled_from([None, "Kharkiv", "Odesa", "Quetta"]))
    return casualty(
        article_id,
        draw(st.one_of(st.none(), st.just(shape(number)))),
        injured=draw(st.one_of(st.none(), st.integers(0, 50))),
        scope=draw(st.sampled_from(list(Scope))),
        place=place,
        in_country=None if place else draw(st.sampled_from([None, "UKR", "PAK"])),
        date=draw(st.sampled_from(DATES)),
        cause=draw(st.sampled_from([None, "shelling", "bombing"])),
        period=draw(st.sampled_from([None, "since 2022"])),
        reported_by=draw(st.sampled_from([None, "police", "health ministry"])),
        record_id=f"cas-{article_id}-{n}",
    )


@st.composite
def articles(draw: st.DrawFn) -> list[Article]:
    count = draw(st.integers(1, 12))
    result = []
    for index in range(count):
        article_id = f"a{index}"
        hours = draw(st.integers(0, 24 * 40))  # not in order: late and stale reports happen
        ref = ArticleRef(
            id=article_id,
            source=draw(st.sampled_from([None, "wire-a", "wire-b"])),
            published_at=START + timedelta(hours=hours),
        )
        kinds = draw(st.lists(st.booleans(), min_size=1, max_size=3))
        records: list[DiplomaticEvent | CasualtyUpdate] = [
            draw(diplomatic_records(article_id, n) if is_dip else casualty_records(article_id, n))
            for n, is_dip in enumerate(kinds)
        ]
        result.append(Article(ref, records))
    return result


def run(
    stream: list[Article], states: dict[str, StoryState] | None = None
) -> tuple[dict[str, StoryState], list[OutputRecord]]:
    states = dict(states or {})
    out: list[OutputRecord] = []
    for article in stream:
        states, published = apply_article(
            states, article.records, article.ref, NOW, config=CONFIG, rules=RULES
        )
        out.extend(published)
    return states, out


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(stream=articles(), data=st.data())
def test_applying_the_same_records_twice_publishes_nothing_new(
    stream: list[Article], data: st.DataObject
) -> None:
    """Re-applying any article already applied (an at-least-once replay) yields no version, no alert, and the same state."""
    states, _ = run(stream)
    replayed = data.draw(st.sampled_from(stream))
    again, out = run([replayed], states)
    assert out == []
    assert again == states


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(stream=articles(), data=st.data())
def test_json_round_trip_mid_stream_changes_nothing(
    stream: list[Article], data: st.DataObject
) -> None:
    """Serialising the states at any point and reading them back gives the same outputs to the end."""
    cut = data.draw(st.integers(0, len(stream)))
    states, before = run(stream[:cut])
    restored = {k: StoryState.from_json(v.to_json()) for k, v in states.items()}
    assert restored == states
    end_restored, after = run(stream[cut:], restored)
    end_whole, whole = run(stream)
    assert [r.model_dump_json() for r in before + after] == [r.model_dump_json() for r in whole]
    assert end_restored == end_whole


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(stream=articles())
def test_versions_count_up_and_tolls_never_go_back(stream: list[Article]) -> None:
    """Each story's versions are 1, 2, 3…; its best killed figure never falls; low ≤ best ≤ high; every alert names a known rule."""
    _, out = run(stream)
    seen: dict[str, list[int]] = {}
    best: dict[str, int] = {}
    names = {rule.name for rule in RULES.rules}
    for record in out:
        if isinstance(record, Alert):
            assert record.rule in names
            assert record.starts_at is not None
            assert record.ends_at is not None
            continue
        seen.setdefault(record.event_id, []).append(record.version)
        if isinstance(record, CasualtyUpdate) and record.killed is not None:
            killed = record.killed
            assert killed.low is not None
            assert killed.high is not None
            assert killed.low <= killed.count <= killed.high
            assert killed.count >= best.get(record.event_id, 0)
            best[record.event_id] = killed.count
    for numbers in seen.values():
        assert numbers == list(range(1, len(numbers) + 1))
