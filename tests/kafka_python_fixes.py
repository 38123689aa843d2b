"""Fixes for two socket leaks of kafka-python 3.0.12, installed for the test session.

``KafkaNetSocket.connect`` creates a non-blocking socket and awaits its connection. When the
client is closed at that moment, its network selector cancels the pending task: the
coroutine is closed at its ``await`` and the socket, never closed, is left to the garbage
collector, which then reports "unclosed socket" (a ResourceWarning, an error under our
``filterwarnings = error``) at some unrelated later line. A test that closes its reader
while the reader happens to open a connection (a metadata refresh, a new coordinator) failed
that way, rarely and at random. Our own service's Kafka clients are aiokafka's; the tests
read and publish with kafka-python.

The fix is the library's own method with the socket closed when the connection attempt
ends by any exception, cancellation included. ``tests/unit/test_kafka_python_fixes.py``
checks that the unpatched method still leaks (so that this module is removed once the
library fixes it) and that the patched one does not.

The second leak is of an established connection. A request is written by a task the
selector runs later (``call_soon``); a transport closed with data still unsent waits for
that task to flush and only then closes its socket. ``KafkaNetClient.close`` closes every
connection and then the selector, which drops the still-scheduled task (or closes it at its
``await``): the socket stays open, established, until the garbage collector reports it. Any
client that sent a request (a metadata refresh, a fetch) just before being closed leaked so;
it failed a delivery test once in five runs. The fix closes, between the two steps, every
transport still holding its socket (the selector's close would have dropped its data
anyway). ``tests/integration/test_kafka_python_fixes.py`` shows both the leak and the fix on
the real broker.
"""

from __future__ import annotations

from typing import Any

import kafka  # noqa: F401 - imports the package's modules in order (kafka.net needs it)
from kafka.net.compat import KafkaNetClient
from kafka.net.inet import KafkaNetSocket

ORIGINAL_CONNECT = KafkaNetSocket.connect
ORIGINAL_CLIENT_CLOSE = KafkaNetClient.close


async def _connect_closing_on_failure(
    self: KafkaNetSocket,
    net: Any,
    addrinfo: tuple[Any, ...],
    socket_options: Any = (),
    timeout_at: float | None = None,
) -> Any:
    """``KafkaNetSocket.connect`` (kafka-python 3.0.12) that closes its socket on any exit but success."""
    family, sock_type, proto, _canonname, sockaddr = addrinfo
    sock = self.socket(family, sock_type, proto)
    try:
        sock.setblocking(False)
        for option in socket_options:
            sock.setsockopt(*option)
        return await self.sock_connect(net, sock, sockaddr, timeout_at=timeout_at)
    except BaseException:
        sock.close()
        raise


def _close_aborting_unflushed(self: KafkaNetClient, node_id: Any = None) -> None:
    """``KafkaNetClient.close`` (kafka-python 3.0.12) that closes the sockets of connections
    still waiting to flush before it closes the selector that would have flushed them."""
    if node_id is not None:
        ORIGINAL_CLIENT_CLOSE(self, node_id)
        return
    self._manager.close()
    for conn in list(self._manager._conns.values()):
        transport = conn.transport
        if transport is not None and transport._sock is not None:
            transport._close()  # abort() does nothing once close() began: _close() is what ends a flush
    self._net.close()


def install() -> None:
    KafkaNetSocket.connect = _connect_closing_on_failure  # type: ignore[method-assign]
    KafkaNetClient.close = _close_aborting_unflushed  # type: ignore[method-assign]
