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
import logging
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

log = logging.getLogger(__name__)


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


def owns_transaction(app: Any, tp: TP) -> bool:
    """Whether holding ``tp`` makes this worker the owner of ``transaction_of(app, tp)``.

    Not when ``tp`` is a standby replica, nor when it is a partition Faust assigns apart from
    the co-partitioned ones: its leader-assignor topic (``<app_id>-__assignor-__leader``, one
    partition, given to one worker of the group whatever else it has). Named by its partition
    number like the rest, it made that worker start and keep a producer for ``<app_id>-p0``
    while another worker owned partition 0: the later InitProducerId of the two fenced the
    other's producer, and when partition 0 came to the leader (its owner died) the leader went
    on with its old, fenced producer instead of initialising the id, so the dead owner's
    transaction was not completed before the leader read the partition's committed offsets.
    """
    return not app.assignor.is_standby(tp) and tp.topic not in app.consumer.randomly_assigned_topics


def _in_transaction(producer: Any) -> bool:
    """Whether an aiokafka transactional producer has a transaction open.

    Beginning one again raised (and Faust logged) "Invalid state transition
    TransactionState.IN_TRANSACTION -> TransactionState.IN_TRANSACTION" on every rebalance for
    each partition a worker kept: harmless (aiokafka checks before it changes anything), but
    it looked like a transaction begun twice.
    """
    manager = getattr(producer, "_txn_manager", None)
    return manager is not None and bool(manager.is_in_transaction())


_records_of: ContextVar[TP | None] = ContextVar("newsevents_records_of", default=None)

# How Faust names a table's changelog topic: "<app_id>-<table>-changelog"
CHANGELOG_SUFFIX = "-changelog"


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
        # the transactional ids this worker owned after the last rebalance
        self.owned: set[str] = set()

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
        if destination is not None and topic.endswith(CHANGELOG_SUFFIX):
            # A table's state commits with the messages of its key: the changelog partition
            # is their input partition (co-partitioned), whatever event is current. The story
            # agent writes a batch's states after the batch, outside ``records_of``; were
            # Faust's current event set there (the batch's last, maybe of another partition),
            # a state would commit in that partition's transaction, apart from its versions and
            # offsets, and a worker killed between the two commits would leave a state holding
            # an article whose version was aborted. (An instrumented two-worker kill test
            # found no current event there: a guard, not a fix of something seen.)
            owner = TP(topic, destination)
        elif named is not None:
            owner = named
        elif event is not None:
            owner = event.message.tp
        elif destination is not None:
            # not sent by an agent: the destination partition
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

        A transactional id this worker did not own before always gets a new producer (one
        left over is stopped first): its InitProducerId fences the previous owner and waits
        until that owner's last transaction is committed or aborted, and this runs before the
        worker reads the committed offsets it seeks to (Faust's ``tables.on_rebalance``, after
        this). Reusing an old producer skipped that, and its epoch was fenced anyway.
        Which partitions make an owner: :func:`owns_transaction`.
        """
        app: Any = self.app
        owned = {transaction_of(app, tp) for tp in assigned if owns_transaction(app, tp)}
        before: set[str] = getattr(self, "owned", set())
        producers = getattr(self.producer, "_transaction_producers", {})
        left_over = {tid for tid in owned - before if tid in producers}
        gone = ({transaction_of(app, tp) for tp in revoked} | before) - owned
        for transactional_id in sorted(gone | left_over):
            if transactional_id in left_over:
                log.warning(
                    "a producer for %s was left from before this worker owned it: replaced",
                    transactional_id,
                )
            await self.producer.stop_transaction(transactional_id)
        self.owned = owned
        for transactional_id in sorted(owned):
            kept = getattr(self.producer, "_transaction_producers", {}).get(transactional_id)
            if _in_transaction(kept):
                continue  # its transaction is open: begun by the commit before the revocation
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
