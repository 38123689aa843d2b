"""Diplomatic rules of the thirty-first session, each with the near misses that keep it narrow."""

from __future__ import annotations

from newsevents.extract.document import known_official
from tests.unit.diplomatic_helpers import extract, only, place


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


def test_a_summons_filed_from_the_summoners_capital_is_placed_there() -> None:
    """ "MASERU (Reuters) - Lesotho summoned South Africa's high commissioner": at home."""
    body = (
        "ATHENS, March 14 (Reuters) - Greece summoned Albania's ambassador on Wednesday to "
        "protest against the demolition of homes."
    )
    [summons] = extract(body)
    assert place(summons) == ("Athens", "GRC")
    # near misses: filed from another city of the state, from the other state's capital, or
    # from two cities at once
    assert place(only(extract(body.replace("ATHENS", "THESSALONIKI")), "ACCUSE")) is None
    assert place(only(extract(body.replace("ATHENS", "TIRANA")), "ACCUSE")) is None
    assert place(only(extract(body.replace("ATHENS", "ATHENS/TIRANA")), "ACCUSE")) is None
    # ... nor an accusation that is no summons
    accused = body.replace("summoned Albania's ambassador", "accused Albania")
    assert place(only(extract(accused), "ACCUSE")) is None
