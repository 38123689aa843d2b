"""Stage 5: alert rules as data, evaluated purely over events."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from newsevents.alerts.rules import AlertRules, evaluate_alerts, load_rules
from newsevents.contracts import (
    CasualtyCount,
    CasualtyUpdate,
    DiplomaticEvent,
    EventStatus,
    EventType,
    Participant,
    ParticipantKind,
    Scope,
    Severity,
)
from newsevents.exceptions import RuleFileError
from newsevents.settings import Settings

NOW = datetime(2024, 5, 1, tzinfo=UTC)
RULES = load_rules(Settings().alert_rules_path)


def casualty(killed: int, scope: Scope = Scope.INCREMENTAL) -> CasualtyUpdate:
    return CasualtyUpdate(
        event_id=f"cas-{killed}-{scope.value}",
        article_id="a",
        killed=CasualtyCount(count=killed, low=killed, high=killed, text=str(killed)),
        scope=scope,
        confidence=0.8,
        extractor_version="test",
    )


def talks(*codes: str, status: EventStatus = EventStatus.OCCURRED) -> DiplomaticEvent:
    return DiplomaticEvent(
        event_id="dip-" + "-".join(codes),
        article_id="a",
        event_type=EventType.CONSULT,
        mode="talks",
        status=status,
        participants=[
            Participant(name=c, kind=ParticipantKind.STATE, country_code=c) for c in codes
        ],
        confidence=0.8,
        extractor_version="test",
    )


@pytest.mark.parametrize(
    ("killed", "severity"), [(1, Severity.INFO), (10, Severity.WARNING), (150, Severity.CRITICAL)]
)
def test_casualty_severity_escalates_with_the_toll(killed: int, severity: Severity) -> None:
    """New casualties raise one alert whose severity follows the configured thresholds."""
    alerts = [
        a
        for a in evaluate_alerts([casualty(killed)], RULES, now=NOW)
        if a.rule == "casualties_reported"
    ]
    assert [a.severity for a in alerts] == [severity]


def test_cumulative_toll_does_not_fire_the_incident_rule() -> None:
    """A running toll is not a new incident: only the cumulative rule may fire."""
    rules = {a.rule for a in evaluate_alerts([casualty(300_000, Scope.CUMULATIVE)], RULES, now=NOW)}
    assert rules == {"cumulative_toll_reported"}


def test_watched_pair_needs_both_states() -> None:
    """The USA–RUS watch fires for talks with both and not for talks with one of them."""
    assert "watched_pair_contact" in {
        a.rule for a in evaluate_alerts([talks("USA", "RUS")], RULES, now=NOW)
    }
    assert "watched_pair_contact" not in {
        a.rule for a in evaluate_alerts([talks("USA", "FRA")], RULES, now=NOW)
    }


def test_alert_ids_are_deterministic_and_name_their_rule() -> None:
    """The same event gives the same alert ids, each alert carries its rule and the event id."""
    first = evaluate_alerts([talks("USA", "RUS", status=EventStatus.SCHEDULED)], RULES, now=NOW)
    second = evaluate_alerts([talks("USA", "RUS", status=EventStatus.SCHEDULED)], RULES, now=NOW)
    assert [a.alert_id for a in first] == [a.alert_id for a in second]
    assert {a.rule for a in first} == {"watched_pair_contact", "talks_scheduled"}
    assert all(a.event_ids == ["dip-USA-RUS"] and a.labels["rule"] == a.rule for a in first)


def test_invalid_rule_file_fails_at_load(tmp_path: Path) -> None:
    """A rule that mixes casualty and diplomatic conditions is refused when the file is loaded."""
    bad = tmp_path / "rules.yaml"
    bad.write_text(
        "rules:\n  - {name: x, record: diplomatic_event, severity: info, min_killed: 3}\n"
    )
    with pytest.raises(RuleFileError):
        load_rules(bad)
    assert isinstance(RULES, AlertRules)
