"""One settings object from the environment; the command line runs the pipeline without Kafka."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import orjson
import pytest

from newsevents.cli import build_parser, main
from newsevents.settings import Settings


def test_settings_read_prefixed_env_and_conventional_bootstrap(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """NEWSEVENTS_* variables and KAFKA_BOOTSTRAP_SERVERS configure the settings; the web server binds loopback by default."""
    monkeypatch.setenv("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9999")
    monkeypatch.setenv("NEWSEVENTS_TOPIC_ALERTS", "custom.alerts")
    settings = Settings()
    assert settings.kafka_bootstrap_servers == "127.0.0.1:9999"
    assert settings.topic_alerts == "custom.alerts"
    assert settings.web_host == "127.0.0.1"


def test_every_subcommand_has_help() -> None:
    """Each subcommand answers --help."""
    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    assert {"extract", "worker", "publish", "tail", "topics", "demo", "schemas"} <= set(commands)
    for name in commands:
        with pytest.raises(SystemExit) as exit_info:
            parser.parse_args([name, "--help"])
        assert exit_info.value.code == 0


def test_extract_command_writes_records_and_dead_letters(
    tmp_path: Path, sample_lines: list[bytes]
) -> None:
    """`newsevents extract` turns JSON lines into records with a kind, and an unreadable line into a dead letter."""
    source = tmp_path / "in.jsonl"
    source.write_bytes(b"\n".join([*sample_lines, b"{broken", b"\xff\xfe"]) + b"\n")
    target = tmp_path / "out.jsonl"
    assert main(["extract", "--input", str(source), "--output", str(target)]) == 0
    records = [orjson.loads(line) for line in target.read_bytes().splitlines()]
    kinds = [r["kind"] for r in records]
    assert kinds.count("dead_letter") == 2
    assert "diplomatic_event" in kinds
    assert "alert" in kinds
    assert {r["reason"] for r in records if r["kind"] == "dead_letter"} == {
        "invalid_json",
        "invalid_utf8",
    }


def test_extract_reads_stdin_as_a_real_process(sample_lines: list[bytes]) -> None:
    """The installed entry point reads stdin and writes stdout."""
    done = subprocess.run(
        [sys.executable, "-m", "newsevents", "extract"],
        input=sample_lines[-1] + b"\n",
        capture_output=True,
        check=True,
        timeout=120,
    )
    assert all(orjson.loads(line)["kind"] for line in done.stdout.splitlines())
    assert b"1 lines" in done.stderr


def _without_created_at(line: bytes) -> dict[str, object]:
    record = orjson.loads(line)
    record.pop("created_at", None)
    return record


def test_extract_gives_the_story_versions_and_alerts_the_stream_would(tmp_path: Path) -> None:
    """By default `newsevents extract` runs the story stage in memory: the versions and alerts of the pure core, each version with version, mentions and sources."""
    from tests.unit.test_stories import ARTICLES, run

    source = tmp_path / "in.jsonl"
    source.write_bytes(b"\n".join(ARTICLES) + b"\n")
    target = tmp_path / "out.jsonl"
    assert main(["extract", "--input", str(source), "--output", str(target)]) == 0
    got = [_without_created_at(line) for line in target.read_bytes().splitlines()]
    _, per_article = run(ARTICLES)
    expected = [
        _without_created_at(record.model_dump_json().encode())
        for records in per_article
        for record in records
    ]
    assert got == expected
    versions = [r for r in got if r["kind"] in ("diplomatic_event", "casualty_update")]
    assert {r["version"] for r in versions} == {1, 2, 3, 4}
    assert all(r["mentions"] >= 1 and r["sources"] for r in versions)


def test_extract_per_article_keeps_the_per_article_records(
    tmp_path: Path, sample_lines: list[bytes]
) -> None:
    """`--per-article` writes exactly what process_message gives, one record per event per article."""
    from datetime import UTC, datetime

    from newsevents.alerts.rules import load_rules
    from newsevents.pipeline import process_message

    source = tmp_path / "in.jsonl"
    source.write_bytes(b"\n".join(sample_lines) + b"\n")
    target = tmp_path / "out.jsonl"
    assert main(["extract", "--per-article", "-i", str(source), "-o", str(target)]) == 0
    rules = load_rules(Settings().alert_rules_path)
    expected = [
        _without_created_at(record.model_dump_json().encode())
        for line in sample_lines
        for record in process_message(line, now=datetime.now(UTC), rules=rules).records
    ]
    got = [_without_created_at(line) for line in target.read_bytes().splitlines()]
    assert got == expected
    assert all(r.get("version", 1) == 1 for r in got)


def test_a_local_broker_drops_the_security_settings_meant_for_a_cluster(tmp_path: Path) -> None:
    """`demo` and `bench` point their settings at the plaintext broker they start: no SASL or TLS left to try against it."""
    ca = tmp_path / "ca.pem"
    ca.write_text("not read here")
    settings = Settings(
        kafka_bootstrap_servers="cluster:9093",
        kafka_security_protocol="SASL_SSL",
        kafka_sasl_mechanism="SCRAM-SHA-512",
        kafka_sasl_username="svc",
        kafka_sasl_password="s3cret-value",  # noqa: S106 - a test value
        kafka_ssl_cafile=ca,
    )
    local = settings.on_local_broker("127.0.0.1:40000")
    assert local.kafka_bootstrap_servers == "127.0.0.1:40000"
    assert local.kafka_security_protocol == "PLAINTEXT"
    assert local.kafka_sasl_mechanism is None
    assert local.kafka_sasl_password is None
    assert local.kafka_ssl_cafile is None
    assert local.app_id == settings.app_id


def test_bad_settings_end_the_command_with_one_line_naming_the_variable_not_its_value(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """An invalid variable exits 2 with its name and the reason, and never echoes a secret."""
    monkeypatch.setenv("NEWSEVENTS_WEB_PORT", "not-a-port")
    monkeypatch.setenv("NEWSEVENTS_KAFKA_SASL_PASSWORD", "hunter2-do-not-print")
    assert main(["schemas", "--check"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("newsevents: invalid settings: NEWSEVENTS_WEB_PORT:")
    assert "hunter2" not in err
    assert "Traceback" not in err
