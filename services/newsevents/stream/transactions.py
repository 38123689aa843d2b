"""Exactly-once mode: Faust's Kafka transactions, made to hold for a worker that repartitions.

``delivery_mode=exactly_once`` sets Faust's ``processing_guarantee="exactly_once"``:
one transactional producer per partition number *p* of the worker's co-partitioned
topics (transactional id ``<app_id>-<group>-<p>``), the offsets of the input
partitions *p* committed inside that transaction, and consumers reading with
``isolation_level=read_committed``. Used as it comes (faust-streaming 0.15), two
things break it for this worker, and this module mends both:

1. **A record goes into the transaction of its destination partition.** The article
   agent reads articles from partition *p* and sends each story message to the
   partition *q* of its merge key: the message was committed in *q*'s transaction and
   the article's offset in *p*'s, not atomically (a crash between the two commits lost
   the message), and *q*'s producer may belong to another worker.
   :class:`SourcePartitionTransactions` puts every record sent for a message into the
   transaction of that message's partition (named by :func:`records_of`, as agents send
   a whole batch's records after Faust's current event has moved on), where its offset is
   committed (the Kafka Streams rule: outputs commit with their input).
2. **Offsets are committed by a background task while agents are mid-message.** A
   commit could carry the records of a message whose offset it did not carry yet; after
   a crash the message was replayed and its records were there twice. A
   :class:`CommitGate` lets commits happen only between messages: an agent processes
   and acknowledges a message inside :meth:`CommitGate.processing`, and the worker's
   consumer (``stream.consumer.install``) commits inside :meth:`CommitGate.committing`, when no
   message is in flight. The story agent writes its table's changelog record and waits
   for it inside the gate too, so a story state commits with the versions it led to.

Zombie fencing is Kafka's: a restarted or new owner of partition *p* initialises the
same transactional id, which aborts whatever the dead owner left open.
"""

from __future__ import annotations

import asyncio
from collections import defaultdict
from collections.abc import AsyncIterator, Awaitable, Iterator, Mapping
from contextlib import asynccontextmanager, contextmanager
from contextvars import ContextVar
from typing import Any

import faust
from aiokafka.errors import ProducerFenced
from faust.exceptions import ProducerSendError
from faust.transport.consumer import TransactionManager
from faust.types import TP


class CommitGate:
    """Many agents process messages at once; a commit waits until none is mid-message.

    A commit that is waiting holds new messages back (writer preference), so a busy
    stream cannot starve the commits.
    """

    def __init__(self) -> None:
        self._condition = asyncio.Condition()
        self._active = 0
        self._committing = False

    @property
    def active(self) -> int:
        """Messages being processed right now."""
        return self._active

    @asynccontextmanager
    async def processing(self) -> AsyncIterator[None]:
        """Around the processing and acknowledgement of one message."""
        async with self._condition:
            await self._condition.wait_for(lambda: not self._committing)
            self._active += 1
        try:
            yield
        finally:
            async with self._condition:
                self._active -= 1
                self._condition.notify_all()

    @asynccontextmanager
    async def committing(self) -> AsyncIterator[None]:
        """Around one commit: entered once no message is mid-processing."""
        async with self._condition:
            await self._condition.wait_for(lambda: not self._committing)
            self._committing = True
            await self._condition.wait_for(lambda: self._active == 0)
        try:
            yield
        finally:
            async with self._condition:
                self._committing = False
                self._condition.notify_all()


def transaction_of(app: Any, tp: TP) -> str:
    """The transactional id that owns input partition ``tp``: ``<app_id>-p<partition>``.

    Faust names it ``<app_id>-<group>-<partition>`` after the number of the topic's
    co-partitioned group, and that number changes between runs (a worker that finds
    Faust's ``__assignor-__leader`` topic numbers its groups differently): a worker
    restarted after a crash then never re-initialised the dead one's ids, whose open
    transactions held every reader at their first record for the transaction timeout.
    Every topic the worker consumes has the same partitions (``topic_partitions``) and
    is assigned co-partitioned, so the partition number alone names the owner.
    """
    return f"{app.conf.id}-p{tp.partition}"


_records_of: ContextVar[TP | None] = ContextVar("newsevents_records_of", default=None)


@contextmanager
def records_of(tp: TP) -> Iterator[None]:
    """Records sent inside this block are outputs of a message of input partition ``tp``.

    An agent that processes a batch sends the outputs of many messages, maybe of several
    partitions, after Faust's current event has moved on: it names each message's
    partition here, and in exactly-once mode the records join that partition's
    transaction. (Outside such a block the current event's partition is used.)
    """
    token = _records_of.set(tp)
    try:
        yield
    finally:
        _records_of.reset(token)


class SourcePartitionTransactions(TransactionManager):
    """Faust's transaction manager, with one transaction per input partition number.

    Records sent while an event is processed go to the transaction of the event's
    partition; offsets commit in the transaction of their partition; producers are
    started and stopped per partition number on rebalance.
    """

    transactional_id_format = "{group_id}-p{tpg.partition}"  # Faust's rebalance uses it

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # (topic, partition) -> the last offset this worker committed for it (successfully)
        self.committed_offsets: dict[tuple[str, int], int] = {}

    async def send(
        self,
        topic: str,
        key: bytes | None,
        value: bytes | None,
        partition: int | None,
        timestamp: float | None,
        headers: Any,
        *,
        transactional_id: str | None = None,
    ) -> Awaitable[Any]:
        destination = self.consumer.key_partition(topic, key, partition)
        named = _records_of.get()
        event = faust.current_event()
        # Not sent by an agent (Faust's buffered table writes, sent by a background
        # task): the destination partition, which for a changelog is the input's.
        if named is not None:
            owner = named
        elif event is not None:
            owner = event.message.tp
        elif destination is not None:
            owner = TP(topic, destination)
        else:
            raise ProducerSendError(
                f"exactly-once: a record for {topic} outside an agent needs a partition"
            )
        return await self.producer.send(
            topic,
            key,
            value,
            destination,
            timestamp,
            headers,
            transactional_id=transaction_of(self.app, owner),
        )

    async def on_rebalance(
        self, assigned: set[TP], revoked: set[TP], newly_assigned: set[TP]
    ) -> None:
        """Stop the producers of partitions this worker no longer owns; start those it now owns.

        Faust skips revoked partitions that come back as *standby* replicas of a table
        (``num_standby_replicas``): their producers stayed open, the new owner's fenced
        them, and when the partition came back (its owner died) the fenced producer was
        reused and crashed the worker. Here every producer of a partition not actively
        owned any more is stopped, so an owned partition always has a live producer.
        """
        app: Any = self.app
        owned = {transaction_of(app, tp) for tp in assigned if not app.assignor.is_standby(tp)}
        gone = {transaction_of(app, tp) for tp in revoked} - owned
        for transactional_id in sorted(gone):
            await self.producer.stop_transaction(transactional_id)
        for transactional_id in sorted(owned):
            await self.producer.maybe_begin_transaction(transactional_id)

    async def commit(self, offsets: Mapping[TP, int], start_new_transaction: bool = True) -> bool:
        """Commit each partition's offsets in its own transaction (as Faust does, by our ids)."""
        by_transaction: dict[str, dict[TP, int]] = defaultdict(dict)
        for tp, offset in offsets.items():
            by_transaction[transaction_of(self.app, tp)][tp] = offset
        if by_transaction:
            # Faust skips (with a warning) a transaction whose producer is gone: not committed
            producers = getattr(self.producer, "_transaction_producers", {})
            live = {tid for tid in by_transaction if tid in producers}
            try:
                await self.producer.commit_transactions(
                    by_transaction,
                    self.app.conf.id,
                    start_new_transaction=start_new_transaction,
                )
                self.committed_offsets.update(
                    ((tp.topic, tp.partition), offset)
                    for tid in live
                    for tp, offset in by_transaction[tid].items()
                )
            except ProducerFenced as fenced:  # a newer owner of the partition: stop here
                self.log.warning("fenced: %r", fenced)
                await self.app.crash(fenced)
        return True
