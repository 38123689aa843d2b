"""The pass-through worker of `newsevents bench` measures the real worker's transport: same settings, its own output topic."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsevents.cli import build_parser
from newsevents.settings import Settings
from newsevents.stream.app import create_app
from newsevents.stream.passthrough import create_passthrough_app, passthrough_topic

# Everything that shapes how messages are fetched, produced, acknowledged and committed.
TRANSPORT_SETTINGS = (
    "broker",
    "processing_guarantee",
    "producer_acks",
    "producer_linger",
    "producer_max_batch_size",
    "producer_max_request_size",
    "producer_compression_type",
    "consumer_max_fetch_size",
    "consumer_auto_offset_reset",
    "broker_commit_interval",
    "broker_commit_every",
    "broker_session_timeout",
    "broker_heartbeat_interval",
    "broker_max_poll_records",
    "stream_buffer_maxsize",
    "stream_wait_empty",
    "stream_publish_on_commit",
    "topic_partitions",
    "topic_replication_factor",
    "topic_allow_declare",
)


def test_passthrough_app_has_the_transport_settings_of_the_worker(tmp_path: Path) -> None:
    """Every Faust setting of the transport is the same in the pass-through and the real app."""
    settings = Settings(kafka_bootstrap_servers="127.0.0.1:9", data_dir=tmp_path)
    real, _ = create_app(settings)
    passthrough = create_passthrough_app(settings)
    for name in TRANSPORT_SETTINGS:
        assert getattr(passthrough.conf, name) == getattr(real.conf, name), name


def test_passthrough_writes_beside_the_input_never_to_a_contract_topic() -> None:
    """Its output topic is derived from the input topic and is none of the service's topics."""
    settings = Settings(topic_articles="in.articles")
    assert passthrough_topic(settings) == "in.articles.passthrough"
    assert passthrough_topic(settings) not in settings.topic_names().values()


def test_worker_benchmark_flags_are_hidden_but_parsed() -> None:
    """`worker --pass-through --profile FILE` parses; neither flag shows in the worker's help."""
    parser = build_parser()
    args = parser.parse_args(["worker", "--pass-through", "--profile", "w.prof"])
    assert args.pass_through is True
    assert args.profile == Path("w.prof")
    assert parser.parse_args(["worker"]).pass_through is False
    worker_help = parser._subparsers._group_actions[0].choices["worker"].format_help()  # type: ignore[union-attr]
    assert "--pass-through" not in worker_help
    assert "--profile" not in worker_help


def test_passthrough_needs_a_broker() -> None:
    """Without a broker address it refuses to build, as the real worker does."""
    with pytest.raises(ValueError, match="KAFKA_BOOTSTRAP_SERVERS"):
        create_passthrough_app(Settings(kafka_bootstrap_servers=None))
