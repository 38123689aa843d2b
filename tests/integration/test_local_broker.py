"""Integration test: a real local Kafka broker (scripts/kafka-local.sh) round-trips messages."""

from __future__ import annotations

import shutil
import uuid
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsevents.kafka.local_broker import LocalKafka

# kafka-python 3.0.x loads its protocol schemas with the deprecated
# importlib.resources.read_text()/open_text(); under filterwarnings=error that
# fails collection. Silence exactly that warning (the nested open_text warning
# is attributed to importlib.resources, so filter by message, not by module).
_KAFKA_PYTHON_RESOURCES_WARNING = r"(read|open)_(text|binary) is deprecated"
with warnings.catch_warnings():
    warnings.filterwarnings(
        "ignore", message=_KAFKA_PYTHON_RESOURCES_WARNING, category=DeprecationWarning
    )
    from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer
    from kafka.admin import NewTopic

pytestmark = pytest.mark.filterwarnings(
    f"ignore:{_KAFKA_PYTHON_RESOURCES_WARNING}:DeprecationWarning"
)


@pytest.fixture
def broker(tmp_path: Path) -> Iterator[str]:
    """Run a real single-node Kafka broker in ``tmp_path`` for one test."""
    if shutil.which("java") is None:
        pytest.skip("java not on PATH; the local Kafka broker needs Java 17")
    local = LocalKafka(tmp_path / "kafka")
    bootstrap = local.start()
    try:
        yield bootstrap
    finally:
        local.stop()
    assert not local.is_running()


@pytest.mark.integration
def test_produce_and_consume_roundtrip(broker: str) -> None:
    """Create a topic, produce three messages and read exactly them back."""
    topic = f"it-local-broker-{uuid.uuid4().hex[:8]}"
    admin = KafkaAdminClient(bootstrap_servers=broker, client_id="it-admin")
    try:
        admin.create_topics([NewTopic(name=topic, num_partitions=1, replication_factor=1)])
        assert topic in admin.list_topics()
    finally:
        admin.close()

    values = [b"alpha", b"beta", b"gamma"]
    producer = KafkaProducer(bootstrap_servers=broker, acks="all")
    try:
        for i, value in enumerate(values):
            producer.send(topic, key=str(i).encode(), value=value).get(timeout=30)
        producer.flush(timeout=30)
    finally:
        producer.close()

    consumer = KafkaConsumer(
        topic,
        bootstrap_servers=broker,
        group_id=f"it-group-{uuid.uuid4().hex[:8]}",
        auto_offset_reset="earliest",
        enable_auto_commit=False,
        consumer_timeout_ms=15_000,
    )
    received: list[tuple[bytes | None, bytes | None]] = []
    try:
        for message in consumer:
            received.append((message.key, message.value))
            if len(received) == len(values):
                break
    finally:
        consumer.close()

    assert received == [(b"0", b"alpha"), (b"1", b"beta"), (b"2", b"gamma")]
