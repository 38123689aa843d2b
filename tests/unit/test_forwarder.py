"""Alert forwarder without a broker: backoff, HTTP error translation, per-message decisions, settings."""

from __future__ import annotations

import http.client
import http.server
import io
import random
import threading
import urllib.error
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from email.message import Message
from typing import Any, ClassVar

import orjson
import pytest
from pydantic import SecretStr, ValidationError

from newsevents.cli import main
from newsevents.contracts import Alert, AlertStatus, DeadLetter
from newsevents.exceptions import DeadLetterReason
from newsevents.forwarder import (
    AlertmanagerSink,
    Forwarder,
    RetriesExhaustedError,
    RetryPolicy,
    SinkRejectedError,
    SinkUnavailableError,
    StopRequested,
    WebhookSink,
    build_sinks,
)
from newsevents.forwarder.retry import call_with_retry
from newsevents.forwarder.service import AlertMessage, max_poll_interval_ms
from newsevents.forwarder.sinks import post_json, translate_error
from newsevents.settings import Settings
from tests.unit.test_forwarder_mapping import make_alert

NOW = datetime(2024, 5, 1, tzinfo=UTC)


# --- backoff ------------------------------------------------------------------------------


def test_backoff_doubles_is_jittered_and_capped() -> None:
    """The n-th wait lies in [½, 1] × min(cap, base·2ⁿ)."""
    policy = RetryPolicy(max_retries=12, base_seconds=0.5, cap_seconds=8.0)
    for retry in range(12):
        ceiling = min(8.0, 0.5 * 2**retry)
        assert policy.delay(retry, 0.0) == pytest.approx(ceiling / 2)
        assert policy.delay(retry, 0.999999) == pytest.approx(ceiling, rel=1e-5)
    assert policy.worst_case_wait_seconds() == 0.5 + 1 + 2 + 4 + 8 * 8


def test_retry_after_is_honoured_up_to_the_cap() -> None:
    """A server's Retry-After lengthens the wait, never beyond the cap."""
    policy = RetryPolicy(max_retries=3, base_seconds=0.1, cap_seconds=5.0)
    assert policy.delay(0, 0.0, retry_after=2.0) == 2.0
    assert policy.delay(0, 0.0, retry_after=3600.0) == 5.0


class Flaky:
    """Fails with the given errors in turn, then answers "ok"."""

    def __init__(self, *errors: Exception) -> None:
        self.errors = list(errors)
        self.calls = 0

    def __call__(self) -> str:
        self.calls += 1
        if self.errors:
            raise self.errors.pop(0)
        return "ok"


def fast(max_retries: int = 5) -> RetryPolicy:
    return RetryPolicy(max_retries=max_retries, base_seconds=0.001, cap_seconds=0.002)


def test_unavailable_sink_is_retried_until_it_answers() -> None:
    """Connection errors and 5xx are retried; the call returns once the sink accepts."""
    attempt = Flaky(SinkUnavailableError("down"), SinkUnavailableError("503", status=503))
    retried: list[SinkUnavailableError] = []
    result = call_with_retry(
        attempt,
        fast(),
        stop=threading.Event(),
        what="t",
        rng=random.Random(1),  # noqa: S311 - jitter in a test
        on_retry=retried.append,
    )
    assert (result, attempt.calls, len(retried)) == ("ok", 3, 2)


def test_rejection_is_not_retried() -> None:
    """A 4xx rejection reaches the caller after one attempt."""
    attempt = Flaky(SinkRejectedError("400", status=400))
    with pytest.raises(SinkRejectedError):
        call_with_retry(attempt, fast(), stop=threading.Event(), what="t")
    assert attempt.calls == 1


def test_retries_are_bounded() -> None:
    """After max_retries retries the delivery gives up with RetriesExhaustedError."""
    attempt = Flaky(*[SinkUnavailableError("down") for _ in range(10)])
    with pytest.raises(RetriesExhaustedError, match="after 3 retries"):
        call_with_retry(attempt, fast(max_retries=3), stop=threading.Event(), what="t")
    assert attempt.calls == 4


def test_stop_interrupts_a_backoff() -> None:
    """A set stop event ends the wait at once with StopRequested."""
    stop = threading.Event()
    stop.set()
    slow = RetryPolicy(max_retries=3, base_seconds=60.0, cap_seconds=60.0)
    with pytest.raises(StopRequested):
        call_with_retry(Flaky(SinkUnavailableError("down")), slow, stop=stop, what="t")


# --- HTTP errors translated at the boundary --------------------------------------------------


def http_error(status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> Any:
    message = Message()
    for name, value in (headers or {}).items():
        message[name] = value
    return urllib.error.HTTPError("http://sink", status, "reason", message, io.BytesIO(body))


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        (500, SinkUnavailableError),
        (502, SinkUnavailableError),
        (503, SinkUnavailableError),
        (408, SinkUnavailableError),
        (429, SinkUnavailableError),
        (400, SinkRejectedError),
        (404, SinkRejectedError),
        (413, SinkRejectedError),
        (422, SinkRejectedError),
        (302, SinkRejectedError),
    ],
)
def test_http_status_decides_retry_or_dead_letter(status: int, kind: type[Exception]) -> None:
    """5xx, 408 and 429 are worth retrying; any other status outside 2xx is a rejection."""
    error = translate_error(http_error(status, b'"invalid label set"'), "alertmanager")
    assert type(error) is kind
    assert error.status == status
    assert f"alertmanager answered HTTP {status}" in str(error)


def test_rejection_keeps_the_sinks_explanation_and_429_its_retry_after() -> None:
    """The body excerpt explains a rejection; Retry-After seconds travel with a 429."""
    rejected = translate_error(http_error(400, b"start time must be before end time"), "am")
    assert "start time must be before end time" in str(rejected)
    limited = translate_error(http_error(429, headers={"Retry-After": "7"}), "am")
    assert isinstance(limited, SinkUnavailableError)
    assert limited.retry_after == 7.0


def _leaf_errors(base: type[BaseException]) -> Iterator[type[BaseException]]:
    for sub in base.__subclasses__():
        yield sub
        yield from _leaf_errors(sub)


def _instance(cls: type[BaseException]) -> BaseException:
    for args in (("x",), ("x", "y"), ()):
        try:
            return cls(*args)
        except TypeError:
            continue
    raise AssertionError(f"cannot build {cls}")


@pytest.mark.parametrize(
    "error_type",
    [
        *(c for c in _leaf_errors(http.client.HTTPException) if c.__module__ == "http.client"),
        urllib.error.ContentTooShortError,
        ConnectionRefusedError,
        ConnectionResetError,
        TimeoutError,
        OSError,
    ],
)
def test_every_transport_error_is_mapped_to_unavailable(error_type: type[BaseException]) -> None:
    """Each http.client error (walked from the class tree, so a new one is covered) and socket error means 'retry'."""
    error = _instance(error_type)
    assert isinstance(error, OSError | http.client.HTTPException)
    assert isinstance(translate_error(error, "webhook"), SinkUnavailableError)
    wrapped = urllib.error.URLError(error)
    assert isinstance(translate_error(wrapped, "webhook"), SinkUnavailableError)


class _Scripted(http.server.BaseHTTPRequestHandler):
    answers: ClassVar[list[tuple[int, dict[str, str]]]] = []
    seen: ClassVar[list[tuple[str, str | None, bytes]]] = []

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.seen.append((self.path, self.headers["Content-Type"], body))
        status, headers = self.answers.pop(0)
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def scripted_server() -> Iterator[Callable[..., str]]:
    """A loopback HTTP server answering POSTs with scripted statuses."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Scripted)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()

    def script(*answers: tuple[int, dict[str, str]]) -> str:
        _Scripted.answers = list(answers)
        _Scripted.seen = []
        return f"http://127.0.0.1:{server.server_address[1]}"

    try:
        yield script
    finally:
        server.shutdown()
        server.server_close()


def test_sinks_post_json_and_do_not_follow_redirects(scripted_server: Callable[..., str]) -> None:
    """Alertmanager gets a one-element list at /api/v2/alerts; a redirect is a rejection, not a silent GET."""
    base = scripted_server((200, {}), (307, {"Location": "/elsewhere"}))
    alert = make_alert()
    AlertmanagerSink(base + "/").send(alert, b"{}")
    with pytest.raises(SinkRejectedError, match="HTTP 307"):
        WebhookSink(base + "/hook").send(alert, b'{"raw": true}')
    (am_path, am_type, am_body), (hook_path, _, hook_body) = _Scripted.seen
    assert (am_path, am_type) == ("/api/v2/alerts", "application/json")
    assert orjson.loads(am_body)[0]["labels"]["alert_id"] == alert.alert_id
    assert (hook_path, hook_body) == ("/hook", b'{"raw": true}')


def test_nothing_listening_is_unavailable() -> None:
    """A refused connection is a SinkUnavailableError (the forwarder retries it)."""
    with pytest.raises(SinkUnavailableError, match="unreachable"):
        post_json("http://127.0.0.1:9/", b"[]", sink="alertmanager", timeout=2)


# --- one message, end to end without Kafka ----------------------------------------------------


class FakeSink:
    def __init__(self, name: str, *errors: Exception) -> None:
        self.name = name
        self.errors = list(errors)
        self.received: list[tuple[Alert, bytes]] = []

    def send(self, alert: Alert, raw: bytes) -> None:
        if self.errors:
            raise self.errors.pop(0)
        self.received.append((alert, raw))


def run_one(value: bytes | None, *sinks: FakeSink) -> tuple[Forwarder, list[DeadLetter]]:
    letters: list[DeadLetter] = []
    forwarder = Forwarder(
        list(sinks),
        fast(),
        lambda letter, key: letters.append(letter),
        stop=threading.Event(),
        clock=lambda: NOW,
    )
    forwarder.handle(AlertMessage("alerts", 1, 41, b"key", value))
    return forwarder, letters


def test_alert_goes_to_every_sink_after_transient_failures() -> None:
    """Both sinks receive the alert, the flaky one after its retries; nothing is dead-lettered."""
    raw = make_alert().model_dump_json().encode()
    steady, flaky = FakeSink("alertmanager"), FakeSink("webhook", SinkUnavailableError("503"))
    forwarder, letters = run_one(raw, steady, flaky)
    assert [a for a, _ in steady.received] == [make_alert()]
    assert flaky.received == [(make_alert(), raw)]
    assert (forwarder.report.delivered, forwarder.report.retries, letters) == (2, 1, [])


def test_rejected_alert_is_dead_lettered_and_other_sinks_still_get_it() -> None:
    """A 4xx from one sink writes a processing_error dead letter marked forward_rejected; the other sink delivers."""
    raw = make_alert().model_dump_json().encode()
    refusing = FakeSink("alertmanager", SinkRejectedError("alertmanager answered HTTP 400: bad"))
    accepting = FakeSink("webhook")
    forwarder, letters = run_one(raw, refusing, accepting)
    assert len(accepting.received) == 1
    [letter] = letters
    assert letter.reason is DeadLetterReason.PROCESSING_ERROR
    assert letter.error == "forward_rejected: alertmanager answered HTTP 400: bad"
    assert (letter.source_topic, letter.partition, letter.offset) == ("alerts", 1, 41)
    assert (letter.article_id, letter.raw, letter.received_at) == ("article-7", raw.decode(), NOW)
    assert (forwarder.report.rejected, forwarder.report.delivered) == (1, 1)


def test_exhausted_retries_propagate_so_the_offset_stays_uncommitted() -> None:
    """A sink down through every retry raises instead of returning: the caller must not commit."""
    down = FakeSink("alertmanager", *[SinkUnavailableError("down") for _ in range(10)])
    with pytest.raises(RetriesExhaustedError):
        run_one(make_alert().model_dump_json().encode(), down)


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        (b"{not json", DeadLetterReason.INVALID_JSON),
        (b"[1, 2]", DeadLetterReason.NOT_AN_OBJECT),
        (b'{"kind": "alert", "article_id": "a-1"}', DeadLetterReason.INVALID_FIELDS),
    ],
)
def test_unreadable_message_is_dead_lettered_with_its_reason(
    value: bytes, reason: DeadLetterReason
) -> None:
    """A message that is not an alert goes to the dead-letter topic with the decode reason; no sink sees it."""
    sink = FakeSink("alertmanager")
    forwarder, [letter] = run_one(value, sink)
    assert (letter.reason, sink.received, forwarder.report.unreadable) == (reason, [], 1)
    if reason is DeadLetterReason.INVALID_FIELDS:
        assert letter.article_id == "a-1"


def test_unknown_fields_are_ignored_and_tombstones_skipped() -> None:
    """A newer producer's extra fields do not stop delivery; a message without value is skipped."""
    record = orjson.loads(make_alert().model_dump_json())
    record["added_in_a_later_version"] = {"x": 1}
    sink = FakeSink("alertmanager")
    _, letters = run_one(orjson.dumps(record), sink)
    assert [a for a, _ in sink.received] == [make_alert()]
    assert letters == []
    forwarder, letters = run_one(None, sink)
    assert (forwarder.report.tombstones, letters) == (1, [])


def test_alert_without_lifecycle_fields_is_forwarded_as_firing() -> None:
    """A record from a producer that predates status/starts_at/ends_at still decodes, as a firing alert."""
    record = orjson.loads(make_alert().model_dump_json())
    for newer in ("status", "starts_at", "ends_at"):
        record.pop(newer)
    record["schema_version"] = 1
    sink = FakeSink("alertmanager")
    _, letters = run_one(orjson.dumps(record), sink)
    [(alert, _)] = sink.received
    assert (alert.status, alert.starts_at, alert.ends_at, letters) == (
        AlertStatus.FIRING,
        None,
        None,
        [],
    )


def test_poll_interval_covers_the_longest_delivery() -> None:
    """The consumer's max.poll.interval outlasts every retry of every sink, so the group keeps us."""
    policy = RetryPolicy(max_retries=10, base_seconds=0.5, cap_seconds=30.0)
    longest = 2 * (11 * 10.0 + policy.worst_case_wait_seconds())
    assert max_poll_interval_ms(policy, 2, 10.0) > longest * 1000
    assert max_poll_interval_ms(fast(), 1, 0.1) == 300_000


# --- settings and command line ------------------------------------------------------------------


def test_forwarder_settings_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """NEWSEVENTS_ALERTMANAGER_URL, _ALERT_WEBHOOK_URL (a secret), _FORWARDER_* configure the sinks."""
    monkeypatch.setenv("NEWSEVENTS_ALERTMANAGER_URL", "http://127.0.0.1:9093")
    monkeypatch.setenv("NEWSEVENTS_ALERT_WEBHOOK_URL", "https://hooks.example/T0K3N")
    monkeypatch.setenv("NEWSEVENTS_FORWARDER_MAX_RETRIES", "4")
    monkeypatch.setenv("NEWSEVENTS_FORWARDER_BACKOFF_SECONDS", "0.25")
    settings = Settings()
    assert settings.alertmanager_url == "http://127.0.0.1:9093"
    assert settings.alert_webhook_url == SecretStr("https://hooks.example/T0K3N")
    assert (settings.forwarder_max_retries, settings.forwarder_backoff_seconds) == (4, 0.25)
    assert "T0K3N" not in repr(settings)
    sinks = build_sinks(settings)
    assert [s.name for s in sinks] == ["alertmanager", "webhook"]
    assert "T0K3N" not in repr(sinks)


def test_forwarder_urls_must_be_http_and_empty_means_unset() -> None:
    """A URL without http(s) scheme or host is refused at start-up; an empty one is 'not configured'."""
    for bad in ("ftp://host/x", "127.0.0.1:9093", "http://"):
        with pytest.raises(ValidationError):
            Settings(alertmanager_url=bad)
    settings = Settings(alertmanager_url="", alert_webhook_url=SecretStr(""))
    assert (settings.alertmanager_url, settings.alert_webhook_url, build_sinks(settings)) == (
        None,
        None,
        [],
    )


def test_alert_forwarder_without_a_sink_exits_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`newsevents alert-forwarder` with no sink configured says which variables to set and exits 2."""
    monkeypatch.delenv("NEWSEVENTS_ALERTMANAGER_URL", raising=False)
    monkeypatch.delenv("NEWSEVENTS_ALERT_WEBHOOK_URL", raising=False)
    assert main(["alert-forwarder"]) == 2
    assert "NEWSEVENTS_ALERTMANAGER_URL" in capsys.readouterr().err
