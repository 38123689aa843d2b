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
