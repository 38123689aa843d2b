"""Shared fixtures: the real local Kafka broker (integration tests) and the sample articles."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsevents.settings import PACKAGE_DIR
from tests import kafka_python_fixes

kafka_python_fixes.install()  # kafka-python 3.0.12 leaks the socket of a cancelled connect

SAMPLES = PACKAGE_DIR / "samples"


@pytest.fixture(scope="session")
def kafka_bootstrap(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """One real single-node Apache Kafka broker for the whole test session."""
    from newsevents.kafka.local_broker import LocalKafka

    if shutil.which("java") is None:
        pytest.fail("java is not on PATH: the integration tests need Java 17 for the Kafka broker")
    broker = LocalKafka(tmp_path_factory.mktemp("kafka"))
    bootstrap = broker.start()
    try:
        yield bootstrap
    finally:
        broker.stop()


@pytest.fixture(scope="session")
def sample_lines() -> list[bytes]:
    """Every bundled sample article, one raw JSON line each."""
    lines: list[bytes] = []
    for path in sorted(SAMPLES.glob("*.jsonl")):
        lines.extend(line for line in path.read_bytes().splitlines() if line.strip())
    return lines


def repo_root() -> Path:
    return Path(__file__).resolve().parents[1]
