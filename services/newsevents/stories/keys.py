"""Merge keys: which reports may belong to one story, computed from one per-article record.

The key is what the stream partitions the story stage by (co-partitioning), so
reports of one event must get the same key from each article on its own:

* diplomatic: ``dip|<event type>|<A>|<B>``, where A, B are the two alphabetically
  first country codes of the main participants (states and people whose
  attendance is confirmed, everyone with a code when there are none; the host
  country, the place's, left out when at least two others remain, as a host or
  mediator is what one report names and another does not), so the key depends
  on the set of countries and not on the order an article names them in; ``-``
  when there are none. The mode family is not in the key: an event without a
  mode may join any family of its type.
* casualty: ``cas|<country of the place>`` (``-`` when unknown): incidents and
  running tolls of one country share a state, so a report placed in the country
  can still be compared with one placed in one of its cities.

What this choice costs: two reports of one multilateral event whose main
participants differ in their first two codes (one article adds a party that
sorts first and is not the host, or names the host without the place) land on
different keys and stay separate stories. Reports naming the same countries
always meet, and a party that sorts after the pair (or hosts) joins as a new
participant.
"""

from __future__ import annotations

from newsevents.contracts import Attendance, CasualtyUpdate, DiplomaticEvent, ParticipantKind


def _main_codes(event: DiplomaticEvent) -> list[str]:
    main = {
        p.country_code
        for p in event.participants
        if p.country_code
        and p.kind is not ParticipantKind.ORGANIZATION
        and p.attendance is Attendance.CONFIRMED
    }
    if not main:
        main = {p.country_code for p in event.participants if p.country_code}
    host = event.location.country_code if event.location else None
    if host in main and len(main) > 2:
        main.discard(host)  # the host of others' talks is named in some reports only
    return sorted(main)[:2]


def merge_key(record: DiplomaticEvent | CasualtyUpdate) -> str:
    """The key of the story stage's state that this record is merged in."""
    if isinstance(record, DiplomaticEvent):
        codes = _main_codes(record) or ["-"]
        return "|".join(["dip", record.event_type.value, *codes])
    country = record.location.country_code if record.location else None
    return f"cas|{country or '-'}"
