"""Our Faust consumer: Faust's own, committing only between messages, and never undoing a seek.

Faust commits acknowledged offsets from a background task whenever its interval
comes round. Our agents acknowledge a message only once its outputs (and its story
state) are durable, inside :meth:`~newsevents.stream.transactions.CommitGate.processing`;
this consumer commits inside :meth:`~newsevents.stream.transactions.CommitGate.committing`,
so a commit never overlaps a message being processed. In exactly-once mode that is
required (a commit carries the transaction's records, see ``stream.transactions``);
in at-least-once mode it keeps each commit a clean cut between messages.

Its fetch loop keeps a partition's read offset where a rebalance's seek put it (see
``GatedConsumer``): without that, a worker taking partitions over from a dead one
dropped a run of their messages and its commits stalled (README, "Delivery guarantees").
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections import Counter
from contextvars import ContextVar
from typing import Any

import faust
from faust.transport.consumer import CONSUMER_FETCHING
from faust.types import TP

from newsevents.stream.transactions import CommitGate, SourcePartitionTransactions

SEEK_WAIT_SECONDS = 10.0
STABLE_OFFSETS_WAIT_SECONDS = 30.0
STABLE_OFFSETS_RETRY_SECONDS = 0.1

log = logging.getLogger(__name__)

# Set in the fetch loop's task: a seek made there (Faust's getmany seeks back to the committed
# offsets when it finds the flow stopped) is not the rebalance's own seek.
_in_fetch_loop: ContextVar[bool] = ContextVar("newsevents_in_fetch_loop", default=False)


def seek_in_consumer_thread(thread: Any, seeks: list[tuple[Any, int]]) -> None:
    """Seek partitions of the aiokafka consumer in the thread that runs it, and wait.

    aiokafka's fetcher is not thread-safe: a seek drops the partition's buffered records
    (``Fetcher.seek_to``), and Faust calls it from the worker's own thread while the
    consumer's thread hands buffered records over (``Fetcher.fetched_records``, which reads
    and then deletes the same entry with no await in between). A seek that fell between
    the two crashed the worker with ``KeyError: TopicPartition(...)`` (seen once in our
    two-worker kill test). Run as a callback of the consumer thread's loop, the seeks fall
    between that loop's steps, never inside one. The caller's thread blocks until they
    are done (microseconds; nothing is awaited between the seeks and what the caller does
    next, as the fetch loop's epochs require); if the consumer thread's loop is not running
    (startup, shutdown) or does not answer in ``SEEK_WAIT_SECONDS``, the seeks are made
    here, as Faust makes them.
    """
    if not seeks:
        return
    consumer = thread._ensure_consumer()
    loop = getattr(thread, "thread_loop", None)
    if loop is None or not loop.is_running() or _in_loop_thread(loop):
        for tp, offset in seeks:
            consumer.seek(tp, offset)
        return
    done = threading.Event()
    failures: list[BaseException] = []

    def run() -> None:
        try:
            for tp, offset in seeks:
                consumer.seek(tp, offset)
        except BaseException as exc:  # handed to the caller's thread
            failures.append(exc)
        finally:
            done.set()

    loop.call_soon_threadsafe(run)
    if not done.wait(SEEK_WAIT_SECONDS):
        for tp, offset in seeks:
            consumer.seek(tp, offset)
        return
    if failures:
        raise failures[0]


def _in_loop_thread(loop: asyncio.AbstractEventLoop) -> bool:
    try:
        return asyncio.get_running_loop() is loop
    except RuntimeError:
        return False


def install(app: faust.App, gate: CommitGate, *, exactly_once: bool) -> None:
    """Give ``app`` our consumer and, in exactly-once mode, our transactions.

    Call after ``faust.App(...)`` and before the worker starts (the transport
    resolves its loop lazily, so touching it here is safe).
    """
    transport: Any = app.transport
    base = transport.Consumer

    class GatedConsumer(base):  # type: ignore[misc, valid-type]
        """Faust's consumer whose commits wait until no message is being processed, and
        whose fetch loop does not undo a seek.

        Faust's fetch loop (``Consumer._drain_messages``, faust-streaming 0.15.3) hands a
        fetched record to the agents and *then* sets the partition's read offset to it,
        and drops every later record below that offset as a repeat. When the partition
        was revoked and assigned again while the record was handed over (the hand-over
        waits while the agents' buffer is full, the usual case in a backlog), the read
        offset was set *after* the new assignment's seek to the committed offset: the
        records between the two were then dropped as repeats, never processed nor
        acknowledged, and the partition's commits stalled there. Here each partition
        has an epoch that a revocation or a seek advances, and a hand-over that
        straddled one leaves the read offset as the seek set it. Records of the agents'
        topics from a fetch that a seek overtook (the loop hands a fetched batch over one
        record at a time, and a rebalance's seek can fall in between) are skipped, not
        handed over: they came from the position before the seek, which has the fetcher
        read them again; handed over, they set the read offset past the seek (the records
        it sought back to were then dropped as repeats) and made Faust book the offsets in
        between as an acknowledged "gap". The loop is otherwise Faust's own.
        """

        _n_acked: int  # Faust's

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._epochs: Counter[TP] = Counter()  # per partition: revocations and seeks
            self._fetch_epochs: Counter[TP] = Counter()  # the epochs when the batch was fetched
            # per partition: (its epoch, the last offset handed over in that epoch)
            self._handed: dict[TP, tuple[int, int]] = {}
            # exactly-once: a revocation happened and the rebalance has not sought yet
            self._awaiting_rebalance_seek = exactly_once

        async def _wait_next_records(self, timeout: float) -> Any:
            fetched = await super()._wait_next_records(timeout)
            # Taken once the fetch is back, not before: this call also waits for a stopped
            # flow to resume (a rebalance and its seeks happen then), and records fetched after
            # those seeks are not stale. A seek while the fetch itself is in flight is
            # aiokafka's to handle: it drops a response from before the seek.
            self._fetch_epochs = self._epochs.copy()
            return fetched

        async def on_partitions_revoked(self, revoked: set[TP]) -> None:
            self._epochs.update(revoked)
            if exactly_once:
                self._awaiting_rebalance_seek = True
            if exactly_once:
                await self._commit_before_revocation(revoked)
            await super().on_partitions_revoked(revoked)

        async def _commit_before_revocation(self, revoked: set[TP]) -> None:
            """Exactly-once: commit what was acknowledged of ``revoked``, in its transactions,
            before Faust forgets it.

            Faust's revocation (``Consumer.on_partitions_revoked``, faust-streaming 0.15.3)
            drops the acknowledged, not yet committed offsets of every revoked partition, and
            aiokafka's rebalance revokes every partition, the ones the worker gets back too. The
            records of those messages stayed in the open transaction of their partition number
            (kept open when the worker keeps the partition; committed anyway by the next commit
            of another partition of the same number), so they were committed while their offsets
            were not: the messages were read again from the older offset and their records
            committed a second time (story messages, and now and then an output record the story
            stage did not absorb: one duplicate in a broker-restart run, which rebalanced the
            group). Committed here, their offsets go with their records, as Kafka Streams
            commits its tasks when their partitions are revoked.

            The gate waits for the messages being processed and holds new ones back during the
            commit, and Faust drops the acknowledgements before its first await: no message is
            acknowledged in between. A commit that fails leaves the transaction in doubt: the
            worker crashes, and the next owner of the transactional ids aborts what is open.
            """
            try:
                await self.force_commit(revoked)
            except Exception as exc:
                log.exception("commit before a revocation failed: %r", exc)
                await self.app.crash(exc)

        async def perform_seek(self) -> None:
            self._epochs.update(self.assignment())
            await super().perform_seek()

        async def seek_to_committed(self) -> Any:
            """Seek every partition to its committed offset; one without any to its beginning.

            Faust's driver asks aiokafka, which leaves a partition without a committed
            offset (or with offset 0) where its fetch position happens to be. Faust fetches
            a new partition's records as soon as it is assigned and drops those it cannot
            hand over yet (its flow is stopped or the partition paused during the rebalance
            and recovery), counting on this seek to bring them back. For a partition whose
            previous owner died before its first commit nothing brought them back: the
            worker that took it over started past them, and their stories lost their first
            versions (our two-worker kill test, in most exactly_once runs). Such partitions
            of the agents' topics go to the first offset the broker holds (asked, then
            sought: aiokafka's seek_to_beginning leaves the position unset until its reset
            completes, and Faust's livelock check, reading it meanwhile, crashed a worker).

            All offsets are looked up first, then every partition is sought and its epoch
            advanced with nothing awaited in between: aiokafka sought each partition after
            awaiting its committed offset, and a fetch that came back in those waits held
            records from before the seek yet looked current to the fetch loop.

            In exactly-once mode an answer older than an offset this worker itself committed is
            asked again (:meth:`_own_commits_behind`).
            """
            thread = self._thread
            acking = self.app.topics.acks_enabled_for

            async def lookups() -> tuple[dict[Any, Any], dict[Any, int]]:
                consumer = thread._ensure_consumer()
                committed = {tp: await consumer.committed(tp) for tp in consumer.assignment()}
                fresh = [tp for tp, offset in committed.items() if not offset and acking(tp.topic)]
                starts = await consumer.beginning_offsets(fresh) if fresh else {}
                return committed, starts

            committed, starts = await thread.call_thread(lookups)
            deadline = time.monotonic() + STABLE_OFFSETS_WAIT_SECONDS
            while behind := self._own_commits_behind(committed):
                if time.monotonic() > deadline:
                    raise RuntimeError(
                        "the broker's committed offsets stay behind this worker's own"
                        f" transactional commits: {behind}"
                    )
                log.info("committed offsets not stable yet, asking again: %r", behind)
                await asyncio.sleep(STABLE_OFFSETS_RETRY_SECONDS)
                committed, starts = await thread.call_thread(lookups)
            consumer = thread._ensure_consumer()
            assigned = consumer.assignment()
            seeks = []
            for tp, offset in committed.items():
                target = offset if offset else starts.get(tp)
                if target is not None and tp in assigned:
                    seeks.append((tp, target))
            seek_in_consumer_thread(thread, seeks)
            self._epochs.update(tp for tp, _ in seeks)
            if not _in_fetch_loop.get():
                self._awaiting_rebalance_seek = False
            return committed

        def _own_commits_behind(
            self, committed: dict[Any, int | None]
        ) -> dict[Any, tuple[int | None, int]]:
            """Exactly-once: the partitions whose committed offset, as the broker answered, is
            older than one this worker committed itself (the broker's answer, our commit).

            A transaction's offsets become the group's committed offsets only once its commit
            marker is written, after ``EndTxn`` has returned: until then the broker answers
            with the older ones. Kafka's own consumers ask with ``require_stable`` (KIP-447,
            OffsetFetch v7) and are told to ask again; aiokafka 0.14 speaks OffsetFetch up to v3
            only, and a worker seeking to such an answer right after its commit (a rebalance
            commits, then seeks) would read those messages again and commit their records twice.
            Offsets only move forward, so an answer behind our own commit is one of those.
            """
            if not exactly_once:
                return {}
            ours: dict[tuple[str, int], int] = getattr(self.transactions, "committed_offsets", {})
            behind = {}
            for tp, offset in committed.items():
                mine = ours.get((tp.topic, tp.partition))
                if mine is not None and (offset or 0) < mine:
                    behind[tp] = (offset, mine)
            return behind

        def _held_back(self, tp: TP, topic: str) -> bool:
            """Whether a fetched record of ``tp`` is not to be handed to the agents (it is
            fetched again from where the next seek puts the partition).

            Records of the agents' topics only: fetched before a seek that came since (see the
            class), or, in exactly-once mode, fetched after a revocation and before the
            rebalance's seek to the committed offsets. Faust resumes the flow to read the
            changelogs of a table it recovers, and once recovered resumes the stream partitions
            and *then* seeks them (``Recovery.on_recovery_completed``, faust-streaming 0.15.3):
            records handed over while the seek asked the broker for the committed offsets came
            from aiokafka's own position, were processed (their records sent in the open
            transaction), and the seek then put the partition back to the committed offset: the
            messages were processed again and both records committed. Seen in our two-worker
            kill test: the survivor processed story messages 5..49 of the partition it took
            over, sought back to 4 and processed them again (the story stage absorbed those; an
            article batch caught there put its story messages out twice, the CI failure).
            Faust's own seek from the fetch loop while the flow is stopped does not count: the
            rebalance's seek still follows it.
            """
            if not self.app.topics.acks_enabled_for(topic):
                return False
            return self._awaiting_rebalance_seek or self._epochs[tp] != self._fetch_epochs[tp]

        def _handed_already(self, tp: TP, epoch: int, offset: int, topic: str) -> bool:
            """Whether a record of an agents' topic was handed over already since the last seek or
            revocation of its partition (``epoch``).

            Faust's read offset is the last offset handed over, or after a seek the next one to
            read, and the fetch loop (Faust's too) drops only records *below* it: the record at
            the read offset itself was handed over again when it came back. Seen once in our
            two-worker kill test (exactly-once, instrumented): the survivor handed articles 0:199
            over in a batch and again, alone, 0.2 s later, with no seek or rebalance in between,
            and its story message was committed twice. Within one epoch offsets only go forward.
            """
            if not self.app.topics.acks_enabled_for(topic):
                return False
            handed = self._handed.get(tp)
            return handed is not None and handed[0] == epoch and offset <= handed[1]

        async def _seek(self, partition: TP, offset: int) -> None:
            seek_in_consumer_thread(self._thread, [(partition, offset)])

        async def seek(self, partition: TP, offset: int) -> None:
            self._epochs[partition] += 1
            await super().seek(partition, offset)

        async def _drain_messages(self, fetcher: Any) -> None:  # pragma: no cover - threads
            callback = self.callback
            consumer_should_stop = self._stopped.is_set
            fetcher_should_stop = fetcher._stopped.is_set
            read_offset = self._read_offset
            commit_every = self._commit_every
            acks_enabled_for = self.app.topics.acks_enabled_for
            held_back = self._held_back
            num_since_yield = 0
            _in_fetch_loop.set(True)  # this task's context only
            try:
                while not (consumer_should_stop() or fetcher_should_stop()):
                    self.diag.set_flag(CONSUMER_FETCHING)
                    batch = self.getmany(timeout=1.0)
                    await self.sleep(0)
                    if not self.should_stop:
                        async for tp, message in batch:
                            num_since_yield += 1
                            if num_since_yield > 100:
                                await asyncio.sleep(0)
                                num_since_yield = 0
                            if held_back(tp, message.topic):
                                continue  # fetched again from where the next seek puts it
                            offset = message.offset
                            r_offset = read_offset[tp]
                            if r_offset is not None and offset < r_offset:
                                continue  # a repeat
                            epoch = self._epochs[tp]
                            if self._handed_already(tp, epoch, offset, message.topic):
                                # (logged: a record skipped for good if the reason were wrong)
                                log.warning("skipped %s@%d: handed over already", tp, offset)
                                continue  # the same record again, no seek in between
                            gap = offset - (r_offset or 0)
                            if gap > 1 and r_offset and acks_enabled_for(message.topic):
                                await self._add_gap(tp, r_offset + 1, offset)
                            if commit_every is not None and self._n_acked >= commit_every:
                                self._n_acked = 0
                                await self.commit()
                            await self.wait_first(callback(message), self.suspend_flow.wait())
                            if self._epochs[tp] == epoch:
                                read_offset[tp] = offset
                                self._handed[tp] = (epoch, offset)
                    self.diag.unset_flag(CONSUMER_FETCHING)
            except self.consumer_stopped_errors:
                if self.transport.app.should_stop:
                    return
                raise
            except asyncio.CancelledError:
                if self.transport.app.should_stop:
                    return
                raise
            finally:
                self.diag.unset_flag(CONSUMER_FETCHING)

        async def highwaters(self, *partitions: TP) -> Any:
            """End offsets; in exactly-once mode the last stable offsets, asked of the broker.

            Faust's driver (0.15.3) answers with aiokafka's ``last_stable_offset``, which is
            only known for a partition once a fetch response for it has come back, and is as
            old as that response: table recovery reads a changelog up to this offset, so
            a worker that started recovering before fetching a changelog partition (or
            from a stale answer) took the table for recovered short of its end, and its
            stories went on from an older state (our exactly-once crash test, about one
            run in five). The broker's answer to a ``read_committed`` ListOffsets request is
            the current last stable offset.
            """
            if not exactly_once:
                return await super().highwaters(*partitions)
            thread = self._thread

            async def from_broker(tps: Any) -> Any:
                return await thread._ensure_consumer().end_offsets(list(tps))

            return await thread.call_thread(from_broker, partitions)

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
