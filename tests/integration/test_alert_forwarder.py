"""The alert forwarder on a real Kafka broker against a real Alertmanager and a local webhook."""

from __future__ import annotations

import http.server
import shutil
import subprocess
import sys
import threading
import time
import urllib.request
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, ClassVar

import orjson
import pytest
from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer, TopicPartition

from newsevents.contracts import Alert, AlertStatus, Severity
from newsevents.forwarder import ForwardReport, RetryPolicy, run_forwarder, to_alertmanager
from newsevents.forwarder.service import forwarder_group_id
from newsevents.kafka.clients import create_topics
from newsevents.settings import Settings
from tests.integration.worker_harness import (
    free_port,
    isolated_settings,
    read_topic,
    settings_env,
    wait_ready,
)

pytestmark = pytest.mark.integration

ALERTMANAGER_BINARY = "prometheus-alertmanager"
ALERTMANAGER_CONFIG = """\
route:
  receiver: "null"
receivers:
  - name: "null"
"""
# Short waits so a test does not sit in a backoff; many retries so an outage of a few seconds
# is outlasted.
TEST_POLICY = RetryPolicy(max_retries=200, base_seconds=0.05, cap_seconds=0.5)


class Alertmanager:
    """A real Alertmanager on loopback, clustering off, state in a temporary directory."""

    def __init__(self, binary: str, workdir: Path, port: int) -> None:
        self.binary = binary
        self.workdir = workdir
        self.port = port
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 30.0) -> None:
        self.workdir.mkdir(parents=True, exist_ok=True)
        config = self.workdir / "alertmanager.yml"
        config.write_text(ALERTMANAGER_CONFIG)
        log = (self.workdir / "alertmanager.log").open("ab")
        self.process = subprocess.Popen(
            [
                self.binary,
                f"--config.file={config}",
                f"--storage.path={self.workdir / 'data'}",
                f"--web.listen-address=127.0.0.1:{self.port}",
                "--cluster.listen-address=",
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        log.close()
        wait_ready(f"{self.url}/-/ready", self.process, timeout, self.log_tail, "alertmanager")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def alerts(self) -> list[dict[str, Any]]:
        """Active alerts, as ``GET /api/v2/alerts`` lists them."""
        with urllib.request.urlopen(f"{self.url}/api/v2/alerts", timeout=5) as response:  # noqa: S310
            alerts: list[dict[str, Any]] = orjson.loads(response.read())
            return alerts

    def log_tail(self) -> str:
        path = self.workdir / "alertmanager.log"
        return path.read_text(errors="replace")[-3000:] if path.exists() else ""


@pytest.fixture
def alertmanager(tmp_path: Path) -> Iterator[Callable[[int], Alertmanager]]:
    """Builds Alertmanagers on given ports (started by the test) and stops them afterwards."""
    binary = shutil.which(ALERTMANAGER_BINARY)
    if binary is None:
        pytest.skip(
            "prometheus-alertmanager is not installed (Debian: apt-get install "
            "prometheus-alertmanager; .ci/run installs it)"
        )
    started: list[Alertmanager] = []

    def build(port: int) -> Alertmanager:
        instance = Alertmanager(binary, tmp_path / f"alertmanager-{port}", port)
        started.append(instance)
        return instance

    yield build
    for instance in started:
        instance.stop()


class ForwarderThread:
    """``run_forwarder`` in a thread, stopped through its stop event."""

    def __init__(self, settings: Settings, policy: RetryPolicy = TEST_POLICY) -> None:
        self.stop_event = threading.Event()
        self.report: ForwardReport | None = None
        self.error: BaseException | None = None
        self.thread = threading.Thread(
            target=self._run, args=(settings, policy), name="alert-forwarder", daemon=True
        )

    def _run(self, settings: Settings, policy: RetryPolicy) -> None:
        try:
            self.report = run_forwarder(settings, stop=self.stop_event, policy=policy)
        except BaseException as exc:
            self.error = exc

    def __enter__(self) -> ForwarderThread:
        self.thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop_event.set()
        self.thread.join(timeout=30)
        assert not self.thread.is_alive(), "forwarder did not stop"
        if self.error is not None:
            raise self.error


def make_alerts(count: int, created_at: datetime) -> list[Alert]:
    return [
        Alert(
            alert_id=f"alert-it-{n}",
            rule="mass_casualty" if n % 2 else "watch_pair_contact",
            severity=Severity.CRITICAL if n % 2 else Severity.WARNING,
            title=f"title {n}",
            summary=f"summary {n}",
            event_ids=[f"event-{n}", f"event-{n}b"],
            article_id=f"article-{n}" if n else None,
            labels={"kind": "casualty_update", "event-type": f"type{n}", "country": ""},
            created_at=created_at,
        )
        for n in range(count)
    ]


def publish(settings: Settings, alerts: list[Alert]) -> dict[str, bytes]:
    """Publish the alerts in order, keyed by alert_id; return the bytes last sent for each id."""
    assert settings.kafka_bootstrap_servers
    sent: dict[str, bytes] = {}
    producer = KafkaProducer(bootstrap_servers=settings.kafka_bootstrap_servers, acks="all")
    try:
        for alert in alerts:
            sent[alert.alert_id] = alert.model_dump_json().encode()
            producer.send(
                settings.topic_alerts, key=alert.alert_id.encode(), value=sent[alert.alert_id]
            )
        producer.flush()
    finally:
        producer.close()
    return sent


def committed_offsets(settings: Settings) -> dict[int, int]:
    """The forwarder group's committed offsets on the alerts topic, by partition."""
    admin = KafkaAdminClient(bootstrap_servers=settings.kafka_bootstrap_servers)
    try:
        group = forwarder_group_id(settings)
        offsets = admin.list_group_offsets({group: None}).get(group, {})
    finally:
        admin.close()
    return {
        tp.partition: meta.offset
        for tp, meta in offsets.items()
        if tp.topic == settings.topic_alerts and meta.offset >= 0
    }


def end_offsets(settings: Settings) -> dict[int, int]:
    consumer = KafkaConsumer(bootstrap_servers=settings.kafka_bootstrap_servers)
    try:
        partitions = consumer.partitions_for_topic(settings.topic_alerts) or set()
        ends = consumer.end_offsets([TopicPartition(settings.topic_alerts, p) for p in partitions])
    finally:
        consumer.close()
    return {tp.partition: offset for tp, offset in ends.items() if offset > 0}


def wait_until(condition: Callable[[], bool], what: str, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


def by_alert_id(posted: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {alert["labels"]["alert_id"]: alert for alert in posted}


def test_cli_forwarder_delivers_alerts_to_a_real_alertmanager(
    kafka_bootstrap: str, alertmanager: Callable[[int], Alertmanager]
) -> None:
    """`newsevents alert-forwarder` posts each published alert with its labels and annotations, then commits."""
    manager = alertmanager(free_port())
    manager.start()
    settings = isolated_settings(kafka_bootstrap, alertmanager_url=manager.url)
    create_topics(settings)
    created = datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=1)
    alerts = make_alerts(3, created)
    expires = created + timedelta(hours=6)
    alerts[2] = alerts[2].model_copy(update={"starts_at": created, "ends_at": expires})
    # One development that fired and then resolved: Alertmanager must not list it as active.
    fired = make_alerts(4, created)[3]
    resolved = fired.model_copy(
        update={"status": AlertStatus.RESOLVED, "starts_at": created, "ends_at": created}
    )
    publish(settings, [*alerts, fired, resolved])

    done = subprocess.run(
        [sys.executable, "-m", "newsevents", "alert-forwarder", "--max-idle", "6"],
        env=settings_env(settings),
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode()
    assert b"5 delivered, 0 rejected and 0 unreadable" in done.stderr

    active = by_alert_id(manager.alerts())
    assert set(active) == {a.alert_id for a in alerts}
    first = active["alert-it-1"]
    assert first["labels"] == {
        "alertname": "mass_casualty",
        "severity": "critical",
        "alert_id": "alert-it-1",
        "kind": "casualty_update",
        "event_type": "type1",
    }
    assert first["annotations"] == {
        "title": "title 1",
        "summary": "summary 1",
        "event_ids": "event-1,event-1b",
        "article_id": "article-1",
    }
    assert first["status"]["state"] == "active"
    assert first["receivers"] == [{"name": "null"}]
    for alert in alerts:
        expected = to_alertmanager(alert)
        got = active[alert.alert_id]
        assert (got["labels"], got["annotations"]) == (expected["labels"], expected["annotations"])
        assert got["startsAt"] == expected["startsAt"]
    assert "article_id" not in active["alert-it-0"]["annotations"]
    assert active["alert-it-2"]["endsAt"] == to_alertmanager(alerts[2])["endsAt"]
    assert committed_offsets(settings) == end_offsets(settings)
    assert read_topic(kafka_bootstrap, settings.topic_deadletter) == []


def test_alerts_wait_for_a_late_alertmanager_and_none_is_lost(
    kafka_bootstrap: str, alertmanager: Callable[[int], Alertmanager]
) -> None:
    """With Alertmanager down the forwarder retries and commits nothing; once it is up every alert arrives."""
    port = free_port()
    settings = isolated_settings(kafka_bootstrap, alertmanager_url=f"http://127.0.0.1:{port}")
    create_topics(settings)
    alerts = make_alerts(4, datetime.now(UTC))
    with ForwarderThread(settings) as forwarder:
        publish(settings, alerts)
        time.sleep(4)  # the forwarder has joined, fetched and is retrying against a closed port
        assert committed_offsets(settings) == {}
        assert forwarder.error is None
        manager = alertmanager(port)
        manager.start()
        wait_until(lambda: committed_offsets(settings) == end_offsets(settings), "all commits")
    assert {a["labels"]["alert_id"] for a in manager.alerts()} == {a.alert_id for a in alerts}
    report = forwarder.report
    assert report is not None
    assert (report.delivered, report.rejected, report.committed) == (4, 0, 4)
    assert report.retries > 0
    assert read_topic(kafka_bootstrap, settings.topic_deadletter) == []


class _Webhook(http.server.BaseHTTPRequestHandler):
    """500 twice then 200 for alert-it-0, always 422 for alert-it-1, 200 for the rest."""

    received: ClassVar[list[tuple[str, int, bytes]]] = []
    lock = threading.Lock()

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        alert_id = orjson.loads(body)["alert_id"]
        with self.lock:
            tries = sum(1 for seen, _, _ in self.received if seen == alert_id)
            if alert_id == "alert-it-0":
                status = 500 if tries < 2 else 200
            elif alert_id == "alert-it-1":
                status = 422
            else:
                status = 200
            self.received.append((alert_id, status, body))
        answer = b'{"error": "unprocessable alert"}' if status == 422 else b"{}"
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def log_message(self, format: str, *args: Any) -> None:
        pass


def test_webhook_sink_retries_server_errors_and_dead_letters_a_rejection(
    kafka_bootstrap: str,
) -> None:
    """A webhook answering 500, 500, 200 gets the record once accepted; a 422 becomes a forward_rejected dead letter."""
    _Webhook.received = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Webhook)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        settings = isolated_settings(
            kafka_bootstrap, alert_webhook_url=f"http://127.0.0.1:{server.server_address[1]}/hook"
        )
        create_topics(settings)
        alerts = make_alerts(3, datetime.now(UTC))
        sent = publish(settings, alerts)
        with ForwarderThread(settings) as forwarder:
            wait_until(lambda: committed_offsets(settings) == end_offsets(settings), "all commits")
    finally:
        server.shutdown()
        server.server_close()

    statuses = Counter((alert_id, status) for alert_id, status, _ in _Webhook.received)
    assert statuses == {
        ("alert-it-0", 500): 2,
        ("alert-it-0", 200): 1,
        ("alert-it-1", 422): 1,
        ("alert-it-2", 200): 1,
    }
    assert all(body == sent[alert_id] for alert_id, _, body in _Webhook.received)
    report = forwarder.report
    assert report is not None
    assert (report.delivered, report.rejected, report.retries) == (2, 1, 2)

    [(key, letter)] = read_topic(kafka_bootstrap, settings.topic_deadletter)
    assert key == b"article-1"
    assert letter["reason"] == "processing_error"
    assert letter["error"].startswith("forward_rejected: webhook answered HTTP 422")
    assert "unprocessable alert" in letter["error"]
    assert letter["source_topic"] == settings.topic_alerts
    assert letter["raw"] == sent["alert-it-1"].decode()
    assert letter["article_id"] == "article-1"
