"""Typed wrapper around ``scripts/kafka-local.sh``.

Runs a real single-node Apache Kafka broker (KRaft, combined broker and
controller) from jars resolved from Maven Central, without Docker. Intended for
integration tests and local demos::

    with LocalKafka(tmp_path / "kafka") as bootstrap:
        producer = KafkaProducer(bootstrap_servers=bootstrap)

With ``tls_dir`` (the broker's ``server.pem``, ``server.key`` and optionally
``ca.pem``) it also opens a SASL_SSL listener whose SCRAM-SHA-256/-512 users are
``scram_users``, created at the first start of ``data_dir``; its address is
``listeners["SASL_SSL"]``. PLAINTEXT stays, for the controller and the readiness check.

Requires ``java`` (17) on PATH and, for the first start, ``mvn`` with access to
Maven Central. Only the standard library is used here.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Mapping
from pathlib import Path
from types import TracebackType
from typing import Final, Literal

__all__ = ["LocalBrokerError", "LocalKafka", "script_path"]

_SCRIPT_RELATIVE: Final = Path("scripts") / "kafka-local.sh"
# First start may resolve ~60 jars with mvn; later starts take a few seconds.
_START_TIMEOUT_S: Final = 900.0
_STOP_TIMEOUT_S: Final = 60.0
_LOG_TAIL_LINES: Final = 40


class LocalBrokerError(RuntimeError):
    """The local broker could not be started or stopped."""


def script_path() -> Path:
    """Return the path of ``scripts/kafka-local.sh`` in this repository.

    This file lives at ``<repo>/services/newsevents/kafka/local_broker.py``,
    so the repository root is ``parents[3]``.
    """
    path = Path(__file__).resolve().parents[3] / _SCRIPT_RELATIVE
    if not path.is_file():
        msg = f"kafka launcher script not found at {path}"
        raise LocalBrokerError(msg)
    return path


def _tail(path: Path, lines: int = _LOG_TAIL_LINES) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return f"(no log at {path})"
    return "\n".join(text.splitlines()[-lines:])


class LocalKafka:
    """A single-node Kafka broker whose state lives in ``data_dir``."""

    def __init__(
        self,
        data_dir: Path,
        script: Path | None = None,
        *,
        tls_dir: Path | None = None,
        scram_users: Mapping[str, str] | None = None,
        tls_client_auth: Literal["none", "requested", "required"] = "none",
    ) -> None:
        """Prepare (but do not start) a broker in ``data_dir`` using ``script``.

        ``tls_dir`` adds the SASL_SSL listener; ``scram_users`` (name → password) are
        its users and ``tls_client_auth`` whether it asks for client certificates.
        """
        self.data_dir: Final = Path(data_dir).resolve()
        self.script: Final = script if script is not None else script_path()
        self._bootstrap: str | None = None
        self._env: dict[str, str] = {}
        if tls_dir is not None:
            self._env["NEWSEVENTS_KAFKA_TLS_DIR"] = str(Path(tls_dir).resolve())
            self._env["NEWSEVENTS_KAFKA_TLS_CLIENT_AUTH"] = tls_client_auth
        if scram_users:
            self._env["NEWSEVENTS_KAFKA_SCRAM_USERS"] = ",".join(
                f"{name}:{password}" for name, password in scram_users.items()
            )

    @property
    def bootstrap(self) -> str:
        """The ``host:port`` bootstrap address; only valid after :meth:`start`."""
        if self._bootstrap is None:
            msg = "broker not started"
            raise LocalBrokerError(msg)
        return self._bootstrap

    @property
    def listeners(self) -> dict[str, str]:
        """Every listener's ``host:port`` by security protocol (``PLAINTEXT``, ``SASL_SSL``)."""
        self.bootstrap  # noqa: B018 - raises when the broker is not started
        try:
            lines = (self.data_dir / "listeners").read_text().splitlines()
        except OSError as exc:
            msg = f"no listeners file in {self.data_dir}"
            raise LocalBrokerError(msg) from exc
        return dict(line.split(" ", 1) for line in lines if " " in line)

    @property
    def log_path(self) -> Path:
        """The broker's combined stdout/stderr log."""
        return self.data_dir / "kafka.log"

    def _run(self, command: str, timeout: float) -> subprocess.CompletedProcess[str]:
        try:
            # the opt-in variables come only from here, never from the caller's environment
            env = {
                k: v
                for k, v in os.environ.items()
                if k
                not in {
                    "NEWSEVENTS_KAFKA_TLS_DIR",
                    "NEWSEVENTS_KAFKA_SCRAM_USERS",
                    "NEWSEVENTS_KAFKA_TLS_CLIENT_AUTH",
                }
            }
            return subprocess.run(
                ["bash", str(self.script), command, str(self.data_dir)],
                env={**env, **self._env},
                stdin=subprocess.DEVNULL,
                capture_output=True,
                text=True,
                timeout=timeout,
                check=False,
            )
        except subprocess.TimeoutExpired as exc:
            msg = (
                f"kafka-local.sh {command} timed out after {timeout:.0f}s\n"
                f"--- {self.log_path} ---\n{_tail(self.log_path)}"
            )
            raise LocalBrokerError(msg) from exc

    def start(self) -> str:
        """Start the broker (fetching jars if needed) and return its bootstrap."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        result = self._run("start", _START_TIMEOUT_S)
        lines = result.stdout.strip().splitlines()
        if result.returncode != 0 or not lines:
            if result.returncode != 0:
                # the script already kills a half-started broker; be sure anyway
                self._run("stop", _STOP_TIMEOUT_S)
            msg = (
                f"kafka-local.sh start failed (exit {result.returncode})\n"
                f"--- stderr ---\n{result.stderr.strip()}\n"
                f"--- {self.log_path} ---\n{_tail(self.log_path)}"
            )
            raise LocalBrokerError(msg)
        self._bootstrap = lines[-1].strip()
        return self._bootstrap

    def stop(self) -> None:
        """Stop the broker (SIGTERM, then SIGKILL after 20 s). Idempotent."""
        result = self._run("stop", _STOP_TIMEOUT_S)
        self._bootstrap = None
        if result.returncode != 0:
            msg = f"kafka-local.sh stop failed (exit {result.returncode})\n{result.stderr.strip()}"
            raise LocalBrokerError(msg)

    def is_running(self) -> bool:
        """Return True if the broker process of ``data_dir`` is alive."""
        return self._run("status", _STOP_TIMEOUT_S).returncode == 0

    def __enter__(self) -> str:
        """Start the broker and return its bootstrap address."""
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Stop the broker."""
        self.stop()
