"""The pass-through worker of `newsevents bench` on a real broker: every article forwarded, every offset committed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import orjson
import pytest
from kafka import KafkaAdminClient

from newsevents.kafka.clients import publish_lines
from newsevents.stream.passthrough import passthrough_topic
from tests.integration.worker_harness import isolated_settings, read_topic, settings_env

pytestmark = pytest.mark.integration


def committed(admin: KafkaAdminClient, group: str, topic: str) -> int:
    try:
        offsets = admin.list_group_offsets({group: None}).get(group, {})
    except Exception:  # the group's coordinator is not known yet
        return 0
    return sum(meta.offset for tp, meta in offsets.items() if tp.topic == topic)


def test_passthrough_forwards_every_article_and_commits_after_delivery(
    kafka_bootstrap: str, tmp_path: Path
) -> None:
    """Each valid article comes out once, re-encoded and keyed by its id; the bad one is skipped; all offsets end committed."""
    settings = isolated_settings(kafka_bootstrap, data_dir=tmp_path / "data")
    output = passthrough_topic(settings)
    admin = KafkaAdminClient(bootstrap_servers=kafka_bootstrap)
    admin.create_topics(
        {
            name: {"num_partitions": settings.topic_partitions, "replication_factor": 1}
            for name in (settings.topic_articles, output)
        },
        wait_for_metadata=True,
    )
    articles = [
        {
            "id": f"pt-{n}",
            "title": f"Title {n}",
            "body": f"Body of article {n}.",
            "published_at": "2024-03-14T09:30:00+01:00",
        }
        for n in range(40)
    ]
    lines = [orjson.dumps(article) for article in articles]
    publish_lines(settings, [*lines[:20], b"not json", *lines[20:]])
    log = (tmp_path / "worker.log").open("wb")
    worker = subprocess.Popen(
        [sys.executable, "-m", "newsevents", "worker", "--pass-through"],
        env=settings_env(settings),
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 90
        while committed(admin, settings.app_id, settings.topic_articles) < len(lines) + 1:
            assert worker.poll() is None, (tmp_path / "worker.log").read_text()
            assert time.monotonic() < deadline, (tmp_path / "worker.log").read_text()
            time.sleep(0.3)
        records = read_topic(kafka_bootstrap, output)
    finally:
        os.killpg(worker.pid, signal.SIGTERM)
        worker.wait(timeout=30)
        log.close()
        admin.close()
    assert sorted(key.decode() for key, _ in records if key) == sorted(a["id"] for a in articles)
    by_id = {record["id"]: record for _, record in records}
    assert by_id["pt-7"]["body"] == "Body of article 7."
    assert by_id["pt-7"]["published_at"] == "2024-03-14T09:30:00+01:00"
