"""Integration test: a real local Kafka broker (scripts/kafka-local.sh) round-trips messages."""

from __future__ import annotations

import uuid

import pytest
from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer
from kafka.admin import NewTopic


@pytest.mark.integration
def test_produce_and_consume_roundtrip(kafka_bootstrap: str) -> None:
    """Create a topic, produce three messages and read exactly them back."""
    topic = f"it-local-broker-{uuid.uuid4().hex[:8]}"
    admin = KafkaAdminClient(bootstrap_servers=kafka_bootstrap, client_id="it-admin")
    try:
        admin.create_topics([NewTopic(name=topic, num_partitions=1, replication_factor=1)])
        assert topic in admin.list_topics()
    finally:
        admin.close()

    values = [b"alpha", b"beta", b"gamma"]
    producer = KafkaProducer(bootstrap_servers=kafka_bootstrap, acks="all")
    try:
        for i, value in enumerate(values):
            producer.send(topic, key=str(i).encode(), value=value).get(timeout=30)
        producer.flush(timeout=30)
    finally:
        producer.close()

    consumer = KafkaConsumer(
        topic,
        bootstrap_servers=kafka_bootstrap,
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
