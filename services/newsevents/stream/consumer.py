"""Our Faust consumer: Faust's own, committing only between messages, in both delivery modes.

Faust commits acknowledged offsets from a background task whenever its interval
comes round. Our agents acknowledge a message only once its outputs (and its story
state) are durable, inside :meth:`~newsevents.stream.transactions.CommitGate.processing`;
this consumer commits inside :meth:`~newsevents.stream.transactions.CommitGate.committing`,
so a commit never overlaps a message being processed. In exactly-once mode that is
required (a commit carries the transaction's records, see ``stream.transactions``);
in at-least-once mode it keeps each commit a clean cut between messages, and it
made a worker taking partitions over from a dead one stall less often in our
two-worker kill test (not never: see README, "Delivery guarantees").
"""

from __future__ import annotations

from typing import Any

import faust

from newsevents.stream.transactions import CommitGate, SourcePartitionTransactions


def install(app: faust.App, gate: CommitGate, *, exactly_once: bool) -> None:
    """Give ``app`` our consumer and, in exactly-once mode, our transactions.

    Call after ``faust.App(...)`` and before the worker starts (the transport
    resolves its loop lazily, so touching it here is safe).
    """
    transport: Any = app.transport
    base = transport.Consumer

    class GatedConsumer(base):  # type: ignore[misc, valid-type]
        """Faust's consumer whose commits wait until no message is being processed."""

        async def force_commit(
            self, topics: Any = None, start_new_transaction: bool = True
        ) -> bool:
            async with gate.committing():
                committed: bool = await super().force_commit(
                    topics, start_new_transaction=start_new_transaction
                )
                return committed

    transport.Consumer = GatedConsumer
    if exactly_once:
        transport.TransactionManager = SourcePartitionTransactions
