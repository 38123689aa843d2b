"""Output routing: each record kind goes to its topic, keyed so that versions share a partition."""

from __future__ import annotations

from datetime import UTC, datetime

from newsevents.alerts.rules import load_rules
from newsevents.pipeline import process_message
from newsevents.routing import route
from newsevents.settings import Settings


def test_records_are_routed_by_kind_and_keyed_by_id(sample_lines: list[bytes]) -> None:
    """Events are keyed by event_id, alerts by alert_id, dead letters by article id or the message key."""
    rules = load_rules(Settings().alert_rules_path)
    now = datetime.now(UTC)
    roles = set()
    for line in [*sample_lines, b'{"id": "k1"}', b"junk"]:
        for record in process_message(line, now=now, rules=rules).records:
            routed = route(record, fallback_key=b"msg-key")
            roles.add(routed.role)
            if record.kind in ("diplomatic_event", "casualty_update"):
                assert routed.key == record.event_id.encode()  # type: ignore[union-attr]
            elif record.kind == "alert":
                assert routed.key == record.alert_id.encode()  # type: ignore[union-attr]
            else:
                assert routed.key in (b"k1", b"msg-key")
            assert routed.value == record.model_dump_json().encode()
    assert {"diplomatic", "alerts", "deadletter"} <= roles
