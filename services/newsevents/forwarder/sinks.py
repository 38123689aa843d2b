"""Where alerts are delivered: Alertmanager's v2 API and a generic JSON webhook.

Plain ``urllib`` (the forwarder is a synchronous kafka-python loop, so an async
client would buy nothing). Redirects are not followed (a POST redirected to a GET
would drop the alert) and proxies are not read from the environment (only the
settings read it). Every urllib / http.client error is translated here, at the
boundary, into a ``SinkError``: ``SinkUnavailableError`` for connection errors,
timeouts, 5xx, 408 and 429 (worth retrying), ``SinkRejectedError`` for any other
status outside 2xx.
"""

from __future__ import annotations

import http.client
import urllib.error
import urllib.request
from dataclasses import dataclass
from email.message import Message
from typing import Protocol

import orjson

from newsevents.contracts import Alert
from newsevents.forwarder.exceptions import SinkError, SinkRejectedError, SinkUnavailableError
from newsevents.forwarder.mapping import to_alertmanager
from newsevents.settings import Settings

REQUEST_TIMEOUT_SECONDS = 10.0
RETRYABLE_CLIENT_STATUSES = frozenset({408, 429})  # timeouts and rate limits pass with time
_BODY_EXCERPT_CHARS = 300


class Sink(Protocol):
    """Delivers one alert or raises a ``SinkError``."""

    @property
    def name(self) -> str: ...

    def send(self, alert: Alert, raw: bytes) -> None:
        """Deliver ``alert`` (``raw`` is the record exactly as published)."""


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None  # the 3xx then surfaces as an HTTPError and is translated like any status


_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}), _NoRedirect())


def _retry_after_seconds(headers: Message | None) -> float | None:
    value = headers.get("Retry-After") if headers is not None else None
    try:
        return max(float(value), 0.0) if value is not None else None
    except ValueError:
        return None  # an HTTP date: the backoff's own delay applies


def _excerpt(error: urllib.error.HTTPError) -> str:
    try:
        return error.read(_BODY_EXCERPT_CHARS * 4).decode("utf-8", "replace")[:_BODY_EXCERPT_CHARS]
    except (OSError, http.client.HTTPException):
        return ""


def translate_error(error: OSError | http.client.HTTPException, sink: str) -> SinkError:
    """The ``SinkError`` for a urllib / http.client error raised while posting to ``sink``."""
    if isinstance(error, urllib.error.HTTPError):
        status = error.code
        message = f"{sink} answered HTTP {status}: {_excerpt(error).strip() or error.reason}"
        if status >= 500 or status in RETRYABLE_CLIENT_STATUSES:
            return SinkUnavailableError(
                message, status=status, retry_after=_retry_after_seconds(error.headers)
            )
        return SinkRejectedError(message, status=status)
    reason = error.reason if isinstance(error, urllib.error.URLError) else error
    return SinkUnavailableError(f"{sink} unreachable: {type(reason).__name__}: {reason}")


def post_json(url: str, body: bytes, *, sink: str, timeout: float) -> None:
    """POST ``body`` as JSON; return on 2xx, raise a ``SinkError`` otherwise."""
    request = urllib.request.Request(  # noqa: S310 - the scheme is checked in the settings
        url,
        data=body,
        method="POST",
        headers={"Content-Type": "application/json", "User-Agent": "newsevents-alert-forwarder"},
    )
    try:
        with _OPENER.open(request, timeout=timeout) as response:
            response.read()
    except (OSError, http.client.HTTPException) as error:
        raise translate_error(error, sink) from error


@dataclass(frozen=True, slots=True)
class AlertmanagerSink:
    """Posts each alert to ``{base_url}/api/v2/alerts`` as a one-element list."""

    base_url: str
    timeout: float = REQUEST_TIMEOUT_SECONDS
    name: str = "alertmanager"

    @property
    def url(self) -> str:
        return self.base_url.rstrip("/") + "/api/v2/alerts"

    def send(self, alert: Alert, raw: bytes) -> None:
        post_json(
            self.url, orjson.dumps([to_alertmanager(alert)]), sink=self.name, timeout=self.timeout
        )


@dataclass(frozen=True, slots=True)
class WebhookSink:
    """Posts the alert record, exactly as published on the alerts topic, to ``url``."""

    url: str
    timeout: float = REQUEST_TIMEOUT_SECONDS
    name: str = "webhook"

    def __repr__(self) -> str:
        return f"WebhookSink(url='**********', timeout={self.timeout})"  # the URL may hold a token

    def send(self, alert: Alert, raw: bytes) -> None:
        post_json(self.url, raw, sink=self.name, timeout=self.timeout)


def build_sinks(settings: Settings, timeout: float = REQUEST_TIMEOUT_SECONDS) -> list[Sink]:
    """The sinks the settings configure, Alertmanager first; empty when none is."""
    sinks: list[Sink] = []
    if settings.alertmanager_url:
        sinks.append(AlertmanagerSink(settings.alertmanager_url, timeout))
    if settings.alert_webhook_url is not None:
        sinks.append(WebhookSink(settings.alert_webhook_url.get_secret_value(), timeout))
    return sinks
