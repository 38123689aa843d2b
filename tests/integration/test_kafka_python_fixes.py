"""The second kafka-python socket-leak fix of ``tests/kafka_python_fixes.py``, on the real
broker: a client closed right after it sent a request must not leave its established
connection's socket open."""

from __future__ import annotations

import gc
import sys
import warnings
from collections.abc import Callable
from typing import Any

from kafka.net.compat import KafkaNetClient
from kafka.protocol.metadata import MetadataRequest

from tests.kafka_python_fixes import ORIGINAL_CLIENT_CLOSE, _close_aborting_unflushed

Close = Callable[..., None]


def _leaks_when_closed_after_a_send(close: Close, bootstrap: str) -> list[str]:
    """Connect (the connection initialised by the broker), send a request, close at once."""
    reported: list[str] = []
    previous = sys.unraisablehook
    sys.unraisablehook = lambda unraisable: reported.append(repr(unraisable.exc_value))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", ResourceWarning)
            client: Any = KafkaNetClient(bootstrap_servers=bootstrap)
            node = client.least_loaded_node(bootstrap_fallback=True)
            assert client.await_ready(node, timeout_ms=30_000)
            client.send(node, MetadataRequest(topics=[], version=1))  # written by a later task
            close(client)
            del client
            gc.collect()
    finally:
        sys.unraisablehook = previous
    return reported


def test_the_library_client_leaks_a_connection_closed_with_a_request_unsent(
    kafka_bootstrap: str,
) -> None:
    """The bug the fix is for; when this fails, the library fixed it: remove the fix."""
    reported = _leaks_when_closed_after_a_send(ORIGINAL_CLIENT_CLOSE, kafka_bootstrap)
    assert any("unclosed <socket.socket" in message for message in reported), reported
    assert any("raddr=" in message for message in reported), "an established connection"


def test_the_fixed_client_closes_every_socket(kafka_bootstrap: str) -> None:
    assert _leaks_when_closed_after_a_send(_close_aborting_unflushed, kafka_bootstrap) == []


def test_the_close_fix_is_installed_for_the_test_session() -> None:
    assert KafkaNetClient.close is _close_aborting_unflushed
