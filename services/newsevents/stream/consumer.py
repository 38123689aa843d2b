"""Our Faust consumer: Faust's own, with its fetch loop mended so a rebalance cannot drop messages.

Found by the two-worker kill test. Faust (faust-streaming 0.15) hands each fetched
message to the agents with ``wait_first(deliver(message), suspend_flow.wait())`` and
then marks the message as read, whichever of the two finished. While a rebalance is
under way the flow is suspended, and Faust seeks the partitions back to their
committed offsets *before* it resumes the flow: a batch fetched in between was
"read" without being delivered, and every later fetch skipped it (messages below the
read offset are dropped as repeats). The input offset then stayed at the first
dropped message for good (its later offsets acknowledged, itself never), and the
story stage missed those story messages: versions lost, or published under another
story id when a later report came first.

:meth:`DeliveringConsumer._drain_messages` is Faust's loop with one change: a message
the agents did not take is not marked as read, and its partition is sought back to
it, so it is fetched again, in order, once the flow resumes.
"""

from __future__ import annotations

import asyncio
from typing import Any

import faust
from faust.transport.consumer import CONSUMER_FETCHING

from newsevents.stream.transactions import CommitGate, SourcePartitionTransactions


def install(app: faust.App, gate: CommitGate, *, exactly_once: bool) -> None:
    """Give ``app`` our consumer and, in exactly-once mode, our transactions.

    In exactly-once mode the consumer also commits only inside the gate (no message
    in flight, see ``stream.transactions``). Call after ``faust.App(...)`` and before
    the worker starts (the transport resolves its loop lazily, so this is safe).
    """
    transport: Any = app.transport
    base = transport.Consumer

    class DeliveringConsumer(base):  # type: ignore[misc, valid-type]
        """Faust's consumer that never marks an undelivered message as read."""

        async def force_commit(
            self, topics: Any = None, start_new_transaction: bool = True
        ) -> bool:
            if not exactly_once:
                done: bool = await super().force_commit(
                    topics, start_new_transaction=start_new_transaction
                )
                return done
            async with gate.committing():
                committed: bool = await super().force_commit(
                    topics, start_new_transaction=start_new_transaction
                )
                return committed

        async def _drain_messages(self, fetcher: Any) -> None:  # pragma: no cover - a loop
            # Faust's Consumer._drain_messages (0.15.3); the lines marked "ours" differ.
            books: Any = self  # Faust's consumer internals are untyped
            callback = self.callback
            getmany = self.getmany
            consumer_should_stop = self._stopped.is_set
            fetcher_should_stop = fetcher._stopped.is_set
            get_read_offset = self._read_offset.__getitem__
            set_read_offset = self._read_offset.__setitem__
            set_flag = self.diag.set_flag
            unset_flag = self.diag.unset_flag
            commit_every = self._commit_every
            acks_enabled_for = self.app.topics.acks_enabled_for
            yield_every = 100
            num_since_yield = 0
            try:
                while not (consumer_should_stop() or fetcher_should_stop()):
                    set_flag(CONSUMER_FETCHING)
                    ait = getmany(timeout=1.0)
                    await self.sleep(0)
                    if not self.should_stop:
                        undelivered: dict[Any, int] = {}  # ours
                        async for tp, message in ait:
                            num_since_yield += 1
                            if num_since_yield > yield_every:
                                await asyncio.sleep(0)
                                num_since_yield = 0
                            offset = message.offset
                            if tp in undelivered:  # ours: keep the partition's order
                                continue
                            r_offset = get_read_offset(tp)
                            if r_offset is None or offset >= r_offset:
                                gap = offset - (r_offset or 0)
                                if gap > 1 and r_offset and acks_enabled_for(message.topic):
                                    await self._add_gap(tp, r_offset + 1, offset)
                                if commit_every is not None and books._n_acked >= commit_every:
                                    books._n_acked = 0
                                    await self.commit()
                                delivery = callback(message)
                                result = await self.wait_first(delivery, self.suspend_flow.wait())
                                if delivery not in result.done:  # ours: not taken
                                    undelivered[tp] = offset
                                    continue
                                set_read_offset(tp, offset)
                        for tp, offset in undelivered.items():  # ours: fetch them again
                            self.log.warning("re-reading %r from %s: not delivered", tp, offset)
                            await self.seek(tp, offset)
                        unset_flag(CONSUMER_FETCHING)
            except self.consumer_stopped_errors:
                if self.transport.app.should_stop:
                    self.log.info("Broker stopped consumer, shutting down...")
                    return
                raise
            except asyncio.CancelledError:
                if self.transport.app.should_stop:
                    self.log.info("Consumer shutting down for user cancel.")
                    return
                raise
            except Exception as exc:
                self.log.exception("Drain messages raised: %r", exc)
                raise
            finally:
                unset_flag(CONSUMER_FETCHING)

    transport.Consumer = DeliveringConsumer
    if exactly_once:
        transport.TransactionManager = SourcePartitionTransactions
