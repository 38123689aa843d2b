"""`check_login` tries each bootstrap server in turn: one that lets us in is enough, and the
failure raised is the last server's (a fake connection stands in for aiokafka's)."""

from __future__ import annotations

import asyncio
from typing import Any, ClassVar

import aiokafka.conn
import pytest

from newsevents.kafka.connection import check_login
from newsevents.settings import Settings


class _FakeConnection:
    refused_ports: ClassVar[frozenset[int]] = frozenset()
    opened: ClassVar[list[int]] = []

    def __init__(self, host: str, port: int, **_: Any) -> None:
        self.port = port
        self._protocol: object | None = None
        self._closed: asyncio.Future[None] | None = None

    async def connect(self) -> None:
        _FakeConnection.opened.append(self.port)
        self._protocol = object()  # a socket was opened
        self._closed = asyncio.get_running_loop().create_future()
        if self.port in self.refused_ports:
            self._closed.set_result(None)
            raise ConnectionRefusedError(f"port {self.port} refused")

    def close(self) -> asyncio.Future[None]:
        assert self._closed is not None
        if not self._closed.done():
            self._closed.set_result(None)
        return self._closed


def _settings(servers: str) -> Settings:
    return Settings(kafka_bootstrap_servers=servers)


def test_a_later_server_that_lets_us_in_is_enough(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(aiokafka.conn, "AIOKafkaConnection", _FakeConnection)
    monkeypatch.setattr(_FakeConnection, "refused_ports", frozenset({9092}))
    monkeypatch.setattr(_FakeConnection, "opened", [])
    asyncio.run(check_login(_settings("down:9092,up:9093"), timeout_seconds=1))
    assert _FakeConnection.opened == [9092, 9093]


def test_when_no_server_lets_us_in_the_last_failure_is_raised(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(aiokafka.conn, "AIOKafkaConnection", _FakeConnection)
    monkeypatch.setattr(_FakeConnection, "refused_ports", frozenset({9092, 9093}))
    monkeypatch.setattr(_FakeConnection, "opened", [])
    with pytest.raises(ConnectionRefusedError, match="9093"):
        asyncio.run(check_login(_settings("a:9092,b:9093"), timeout_seconds=1))
