"""A fix for one socket leak of kafka-python 3.0.12, installed for the test session.

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
"""

from __future__ import annotations

from typing import Any

import kafka  # noqa: F401 - imports the package's modules in order (kafka.net needs it)
from kafka.net.inet import KafkaNetSocket

ORIGINAL_CONNECT = KafkaNetSocket.connect


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


def install() -> None:
    KafkaNetSocket.connect = _connect_closing_on_failure  # type: ignore[method-assign]
