"""Stage 5 over stories: one alert per development, re-sent on escalation, suppressed, resolved, expired."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from newsevents.alerts.rules import AlertRules, evaluate_alerts, load_rules
from newsevents.alerts.tracking import TollPoint, killed_rise
from newsevents.contracts import (
    Alert,
    AlertStatus,
    CasualtyUpdate,
    DiplomaticEvent,
    EventStatus,
    EventType,
    OutputRecord,
    Participant,
    ParticipantKind,
)
from newsevents.exceptions import RuleFileError
from newsevents.settings import Settings
from newsevents.stories import StoryState, apply_article, load_story_config
from tests.story_records import casualty, diplomatic, ref

CONFIG = load_story_config(Settings().story_rules_path)
NOW = datetime(2026, 1, 1, tzinfo=UTC)
T0 = datetime(2025, 6, 2, 8, tzinfo=UTC)


def rules(*specs: dict[str, Any]) -> AlertRules:
    return AlertRules.model_validate({"rules": [{"stages": ["story"], **s} for s in specs]})


KILLED = {
    "name": "killed",
    "record": "casualty_update",
    "min_killed": 1,
    "severity": "info",
    "escalate": [
        {"min_killed": 10, "severity": "warning"},
        {"min_killed": 100, "severity": "critical"},
    ],
    "renotify_step": 25,
    "suppress_hours": 6,
    "expire_hours": 24,
}
CEASEFIRE = {
    "name": "ceasefire_agreed",
    "record": "diplomatic_event",
    "event_types": ["AGREE"],
    "modes": ["ceasefire"],
    "statuses": ["occurred"],
    "severity": "warning",
    "suppress_hours": 6,
}


class Run:
    """A story stage fed report by report, with the clock given in hours after T0."""

    def __init__(self, alert_rules: AlertRules) -> None:
        self.rules = alert_rules
        self.states: dict[str, StoryState] = {}
        self.count = 0

    def feed(self, hours: float, record: CasualtyUpdate | DiplomaticEvent) -> list[tuple[str, ...]]:
        self.count += 1
        article_id = record.article_id
        published = (T0 + timedelta(hours=hours)).isoformat()
        self.states, out = apply_article(
            self.states, [record], ref(article_id, published), NOW, config=CONFIG, rules=self.rules
        )
        return [_short(r) for r in out if isinstance(r, Alert)]


def _short(alert: Alert) -> tuple[str, ...]:
    return (alert.rule, alert.severity.value, alert.status.value)


def alerts_of(out: list[OutputRecord]) -> list[Alert]:
    return [r for r in out if isinstance(r, Alert)]


def test_alert_fires_once_and_a_toll_step_waits_for_the_suppression_window() -> None:
    """Same severity: a step of 25 more killed re-alerts only 6 hours after the last alert."""
    run = Run(rules(KILLED))
    assert run.feed(0, casualty("a1", 12, reported_by="police")) == [
        ("killed", "warning", "firing")
    ]
    assert run.feed(1, casualty("a2", 14, reported_by="police")) == []  # not a step
    assert run.feed(2, casualty("a3", 40, reported_by="police")) == []  # a step, suppressed
    assert run.feed(7, casualty("a4", 41, reported_by="police")) == [
        ("killed", "warning", "firing")
    ]


def test_severity_rise_goes_through_suppression() -> None:
    """Crossing into critical re-alerts at once, with the same alert id and start."""
    alert_rules = rules(KILLED)
    states, out = apply_article(
        {}, [casualty("a1", 12)], ref("a1", T0.isoformat()), NOW, config=CONFIG, rules=alert_rules
    )
    [first] = alerts_of(out)
    half_hour = T0 + timedelta(minutes=30)
    _, out = apply_article(
        states,
        [casualty("a2", 150, reported_by="x")],
        ref("a2", half_hour.isoformat()),
        NOW,
        config=CONFIG,
        rules=alert_rules,
    )
    [second] = alerts_of(out)
    assert (second.severity.value, second.status) == ("critical", AlertStatus.FIRING)
    assert (second.alert_id, second.starts_at) == (first.alert_id, first.starts_at)
    assert second.ends_at == half_hour + timedelta(hours=24)


def test_alert_expires_and_a_later_version_fires_afresh() -> None:
    """An alert not re-sent for expire_hours has ended; the next matching version fires with a new start."""
    run = Run(rules(KILLED))
    states, out = apply_article(
        {}, [casualty("a1", 12)], ref("a1", T0.isoformat()), NOW, config=CONFIG, rules=run.rules
    )
    [first] = alerts_of(out)
    assert first.ends_at == T0 + timedelta(hours=24)
    later = T0 + timedelta(hours=30)
    states, out = apply_article(
        states,
        [casualty("a2", 13, reported_by="x")],
        ref("a2", later.isoformat()),
        NOW,
        config=CONFIG,
        rules=run.rules,
    )
    [again] = alerts_of(out)
    assert (again.alert_id, again.status, again.starts_at) == (
        first.alert_id,
        AlertStatus.FIRING,
        later,
    )


def test_resolution_and_no_flapping_within_the_suppression_window() -> None:
    """A ceasefire that collapses resolves its alert; agreed again within 6 hours it stays quiet, after that it fires."""
    run = Run(rules(CEASEFIRE))

    def truce(article_id: str, status: EventStatus) -> DiplomaticEvent:
        return diplomatic(
            article_id,
            "ARM",
            "AZE",
            event_type=EventType.AGREE,
            mode="ceasefire",
            status=status,
            date="2025-06-02",
        )

    assert run.feed(0, truce("a1", EventStatus.OCCURRED)) == [
        ("ceasefire_agreed", "warning", "firing")
    ]
    assert run.feed(10, truce("a2", EventStatus.CANCELLED)) == [
        ("ceasefire_agreed", "warning", "resolved")
    ]
    assert run.feed(12, truce("a3", EventStatus.OCCURRED)) == []  # held: 2 h after resolving
    assert run.feed(17, truce("a4", EventStatus.CANCELLED)) == []  # nothing firing to resolve
    assert run.feed(20, truce("a5", EventStatus.OCCURRED)) == [
        ("ceasefire_agreed", "warning", "firing")
    ]


def test_resolved_alert_ends_when_the_story_stopped_meeting_the_rule() -> None:
    """A resolved alert keeps its id and start and ends at the report time of the change."""
    run = Run(rules(CEASEFIRE))
    agreed = diplomatic(
        "a1", "ARM", "AZE", event_type=EventType.AGREE, mode="ceasefire", date="2025-06-02"
    )
    collapsed = agreed.model_copy(
        update={"event_id": "dip-a2", "article_id": "a2", "status": EventStatus.CANCELLED}
    )
    states, out = apply_article(
        {}, [agreed], ref("a1", T0.isoformat()), NOW, config=CONFIG, rules=run.rules
    )
    [fired] = alerts_of(out)
    when = T0 + timedelta(hours=3)
    _, out = apply_article(
        states, [collapsed], ref("a2", when.isoformat()), NOW, config=CONFIG, rules=run.rules
    )
    [resolved] = alerts_of(out)
    assert resolved.alert_id == fired.alert_id
    assert (resolved.status, resolved.starts_at, resolved.ends_at) == (
        AlertStatus.RESOLVED,
        T0,
        when,
    )
    assert resolved.summary.startswith("resolved: ")
    assert resolved.rule == resolved.labels["rule"] == "ceasefire_agreed"


def test_toll_rise_rule_measures_the_rise_within_its_window() -> None:
    """A toll rising by 20 within 24 hours fires; the first report is not a rise."""
    rise = {
        "name": "rising",
        "record": "casualty_update",
        "rise": {"killed": 20, "within_hours": 24},
        "severity": "warning",
    }
    run = Run(rules(rise))
    assert run.feed(0, casualty("a1", 30, reported_by="police")) == []
    assert run.feed(5, casualty("a2", 45, reported_by="police")) == []
    assert run.feed(10, casualty("a3", 51, reported_by="police")) == [
        ("rising", "warning", "firing")
    ]


def test_killed_rise_takes_the_toll_when_the_window_opened() -> None:
    """The baseline is the last toll before the window, else the first one inside it."""
    points = [
        TollPoint(at=T0, killed=10),
        TollPoint(at=T0 + timedelta(hours=20), killed=40),
        TollPoint(at=T0 + timedelta(hours=30), killed=45),
    ]
    assert killed_rise(points, T0 + timedelta(hours=30), timedelta(hours=24)) == 35
    assert killed_rise(points, T0 + timedelta(hours=30), timedelta(hours=5)) == 5
    assert killed_rise(points[:1], T0, timedelta(hours=24)) == 0
    assert killed_rise([], T0, timedelta(hours=24)) == 0


def test_story_only_rules_stay_out_of_the_per_article_stage() -> None:
    """Per-article alerts are what they were: story-only rules never fire there, article-only ones never on stories."""
    bundled = load_rules(Settings().alert_rules_path)
    truce = diplomatic(
        "a1", "ARM", "AZE", event_type=EventType.AGREE, mode="ceasefire", date="2025-06-02"
    )
    per_article = {a.rule for a in evaluate_alerts([truce], bundled, now=NOW)}
    assert per_article == {"ceasefire_news"}
    _, out = apply_article(
        {}, [truce], ref("a1", T0.isoformat()), NOW, config=CONFIG, rules=bundled
    )
    assert {a.rule for a in alerts_of(out)} == {"ceasefire_agreed"}


def test_watch_lists_of_actors_and_countries_of_interest() -> None:
    """An actor watch matches participant names case-insensitively; countries match participants or topics."""
    watch = rules(
        {
            "name": "actor",
            "record": "diplomatic_event",
            "actors": ["vladimir putin"],
            "severity": "info",
        },
        {"name": "topic", "record": "diplomatic_event", "countries": ["PSE"], "severity": "info"},
        {"name": "other", "record": "diplomatic_event", "countries": ["FRA"], "severity": "info"},
    )
    putin = Participant(name="Vladimir Putin", kind=ParticipantKind.PERSON, country_code="RUS")
    talks = diplomatic("a1", "USA").model_copy(
        update={
            "participants": [*diplomatic("x", "USA").participants, putin],
            "topic_countries": ["PSE"],
        }
    )
    _, out = apply_article({}, [talks], ref("a1", T0.isoformat()), NOW, config=CONFIG, rules=watch)
    assert {a.rule for a in alerts_of(out)} == {"actor", "topic"}


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        (
            {
                "record": "casualty_update",
                "rise": {"killed": 5, "within_hours": 1},
                "stages": ["article", "story"],
            },
            "needs history",
        ),
        ({"record": "casualty_update", "actors": ["X"]}, "diplomatic conditions"),
        ({"record": "diplomatic_event", "renotify_step": 5}, "casualty conditions"),
    ],
)
def test_rule_files_refuse_rules_that_cannot_work(
    tmp_path: Path, spec: dict[str, Any], message: str
) -> None:
    """A toll rise on the stateless stage, or conditions for the other record kind, fail at load."""
    import yaml

    path = tmp_path / "rules.yaml"
    path.write_text(yaml.safe_dump({"rules": [{"name": "r", "severity": "info", **spec}]}))
    with pytest.raises(RuleFileError, match=message):
        load_rules(path)


def test_every_record_of_one_alert_keeps_the_labels_it_fired_with() -> None:
    """Alertmanager knows an alert by its labels: a resolution carries the labels of the firing alert, not the story's new status."""
    scheduled = rules(
        {
            "name": "talks_scheduled",
            "record": "diplomatic_event",
            "statuses": ["scheduled"],
            "severity": "info",
        }
    )
    announced = diplomatic("a1", "USA", "RUS", status=EventStatus.SCHEDULED, place="Geneva")
    held = diplomatic("a2", "USA", "RUS", "CHE", place="Geneva")
    states, out = apply_article(
        {}, [announced], ref("a1", T0.isoformat()), NOW, config=CONFIG, rules=scheduled
    )
    [fired] = alerts_of(out)
    later = (T0 + timedelta(hours=5)).isoformat()
    _, out = apply_article(states, [held], ref("a2", later), NOW, config=CONFIG, rules=scheduled)
    [resolved] = alerts_of(out)
    assert resolved.status is AlertStatus.RESOLVED
    assert resolved.labels == fired.labels
    assert fired.labels["status"] == "scheduled"
