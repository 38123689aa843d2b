"""The alert forwarder: alerts topic → Alertmanager's v2 API and/or a generic webhook.

It sits after the worker: the worker publishes ``alert`` records to the alerts
topic, ``newsevents alert-forwarder`` consumes them (consumer group
``<app_id>-alert-forwarder``) and posts each one, committing its offset only once
every sink accepted it. ``mapping`` is the pure alert → Alertmanager translation,
``retry`` the backoff, ``sinks`` the HTTP edge, ``service`` the Kafka loop.
"""

from newsevents.forwarder.exceptions import (
    ForwarderConfigError,
    ForwarderError,
    RetriesExhaustedError,
    SinkError,
    SinkRejectedError,
    SinkUnavailableError,
    StopRequested,
)
from newsevents.forwarder.mapping import alertmanager_payload, sanitize_label_name, to_alertmanager
from newsevents.forwarder.retry import RetryPolicy
from newsevents.forwarder.service import (
    Forwarder,
    ForwardReport,
    forwarder_group_id,
    run_forwarder,
)
from newsevents.forwarder.sinks import AlertmanagerSink, Sink, WebhookSink, build_sinks

__all__ = [
    "AlertmanagerSink",
    "ForwardReport",
    "Forwarder",
    "ForwarderConfigError",
    "ForwarderError",
    "RetriesExhaustedError",
    "RetryPolicy",
    "Sink",
    "SinkError",
    "SinkRejectedError",
    "SinkUnavailableError",
    "StopRequested",
    "WebhookSink",
    "alertmanager_payload",
    "build_sinks",
    "forwarder_group_id",
    "run_forwarder",
    "sanitize_label_name",
    "to_alertmanager",
]
