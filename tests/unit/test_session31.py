"""Diplomatic rules of the thirty-first session, each with the near misses that keep it narrow."""

from __future__ import annotations

from newsevents.extract.document import known_official
from tests.unit.diplomatic_helpers import extract


def test_a_short_or_long_first_name_names_the_listed_official() -> None:
    """ "Prime Minister John Briceno" is the actor dictionary's "Johnny Briceno"."""
    body = (
        "BELMOPAN, March 14 (Reuters) - Prime Minister John Briceno met Guatemalan President "
        "Bernardo Arevalo on Thursday in Belmopan."
    )
    [meeting] = extract(body)
    assert [(p.name, p.country_code) for p in meeting.participants] == [
        ("John Briceno", "BLZ"),
        ("Bernardo Arevalo", "GTM"),
    ]
    assert known_official("Johnny Briceno") == "BLZ"
    assert known_official("Chris Luxon") == "NZL"  # listed as "Christopher Luxon"
    # near misses: another first name, a first name too short to tell, an unknown surname
    assert known_official("Michael Briceno") is None
    assert known_official("Ch Luxon") is None
    assert known_official("John Brice") is None
