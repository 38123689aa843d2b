"""The kafka-python socket-leak fix of ``tests/kafka_python_fixes.py``: a connection attempt
cancelled while it waits must not leave an unclosed socket behind."""

from __future__ import annotations

import gc
import socket
import sys
from collections.abc import Callable, Coroutine, Iterator
from typing import Any

import pytest
from kafka.net.inet import KafkaNetSocket
from kafka.net.selector import NetworkSelector

from tests.kafka_python_fixes import ORIGINAL_CONNECT, _connect_closing_on_failure

Connect = Callable[..., Coroutine[Any, Any, Any]]


@pytest.fixture
def unanswered_address() -> Iterator[tuple[Any, ...]]:
    """A loopback address whose connections stay pending: its accept queue is full."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(0)
    fillers = []
    try:
        for _ in range(3):
            filler = socket.socket()
            filler.setblocking(False)
            filler.connect_ex(server.getsockname())
            fillers.append(filler)
        port = server.getsockname()[1]
        yield socket.getaddrinfo("127.0.0.1", port, socket.AF_INET, socket.SOCK_STREAM)[0]
    finally:
        for filler in fillers:
            filler.close()
        server.close()


def _leaks_when_cancelled(connect: Connect, address: tuple[Any, ...]) -> list[str]:
    """Start a connection attempt, cancel it mid-wait as a closing client does, collect."""
    reported: list[str] = []
    previous = sys.unraisablehook
    sys.unraisablehook = lambda unraisable: reported.append(repr(unraisable.exc_value))
    try:
        net = NetworkSelector()
        attempt = connect(KafkaNetSocket(), net, address)
        waiting = attempt.send(None)  # it waits for the socket to become writable
        assert waiting is not None
        attempt.close()  # what the selector's close does to a pending task
        net.close()
        del attempt, waiting, net
        gc.collect()
    finally:
        sys.unraisablehook = previous
    return reported


def test_the_library_connect_leaks_its_socket_when_cancelled(
    unanswered_address: tuple[Any, ...],
) -> None:
    """The bug the fix is for; when this fails, the library fixed it: remove the fix."""
    reported = _leaks_when_cancelled(ORIGINAL_CONNECT, unanswered_address)
    assert any("unclosed <socket.socket" in message for message in reported), reported


def test_the_fixed_connect_closes_its_socket_when_cancelled(
    unanswered_address: tuple[Any, ...],
) -> None:
    assert _leaks_when_cancelled(_connect_closing_on_failure, unanswered_address) == []


def test_the_fix_is_installed_for_the_test_session() -> None:
    assert KafkaNetSocket.connect is _connect_closing_on_failure
