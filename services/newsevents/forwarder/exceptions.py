"""The errors of the alert forwarder, all under ``NewsEventsError``::

    NewsEventsError
    └── ForwarderError
        ├── ForwarderConfigError        no sink configured, no broker: fatal at start-up
        ├── SinkError                   one HTTP delivery failed
        │   ├── SinkUnavailableError    connection error, timeout, 5xx, 408, 429 → retry
        │   └── SinkRejectedError       any other answer outside 2xx → dead letter, go on
        ├── RetriesExhaustedError       the sink stayed unavailable: stop, offset uncommitted
        └── StopRequested               shutdown while waiting to retry: offset uncommitted

``sinks.translate_error`` maps every urllib / http.client error to a ``SinkError``
at the boundary, so the delivery loop only ever sees this tree.
"""

from __future__ import annotations

from newsevents.exceptions import NewsEventsError


class ForwarderError(NewsEventsError):
    """Base of every error raised by the alert forwarder."""


class ForwarderConfigError(ForwarderError):
    """The settings do not describe a usable forwarder (no sink, no broker)."""


class SinkError(ForwarderError):
    """One delivery of one alert to one sink failed."""

    def __init__(self, message: str, *, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class SinkUnavailableError(SinkError):
    """The sink could not take the alert now; the same request may succeed later."""

    def __init__(
        self, message: str, *, status: int | None = None, retry_after: float | None = None
    ) -> None:
        super().__init__(message, status=status)
        self.retry_after = retry_after


class SinkRejectedError(SinkError):
    """The sink refused the alert itself (4xx); sending it again would not help."""


class RetriesExhaustedError(ForwarderError):
    """A sink stayed unavailable through every retry; the alert stays uncommitted."""


class StopRequested(ForwarderError):  # noqa: N818 - a signal, not a failure
    """The forwarder was asked to stop while an alert was waiting for a retry."""
