"""Near misses a review of the thirty-third session's casualty rules found them over-reaching
on, each kept here with the rule it narrows."""

from __future__ import annotations

from tests.unit.casualty_helpers import CasualtyReader

PUBLISHED = "2026-11-11T12:00:00+00:00"  # a Wednesday

_read = CasualtyReader(PUBLISHED, "s33rev")


def _full(body: str, title: str = "World news") -> list[tuple]:
    """(killed, injured, scope, cause, date, place name) of each record."""
    return [
        (
            r.killed.count if r.killed else None,
            r.injured.count if r.injured else None,
            r.scope.value,
            r.cause,
            r.date,
            r.location.name if r.location else None,
        )
        for r in _read.records(body, title)
    ]


def test_a_separate_incident_withholds_only_the_cause_of_the_accident_in_focus() -> None:
    """ "In a separate incident, two people were killed in the city on Tuesday": not the fire's
    victims, but in its city; and a headline's sum of the two stays a sum."""
    city = (
        "KANO, Nigeria (AP) - A fire at a market in Kano killed four traders on Tuesday, "
        "firefighters said. In a separate incident, two people were killed in the city on "
        "Tuesday, police said."
    )
    assert _full(city, "Market fire")[-1] == (2, None, "incremental", None, "2026-11-10", "Kano")
    summed = (
        "NEW DELHI (Reuters) - A fire at a hospital in New Delhi killed seven newborn babies on "
        "Tuesday night, officials said. In a separate incident on the same night, five people "
        "died in a house in the city's east, fire officials said."
    )
    assert [r[0] for r in _full(summed, "Fires kill 12")] == [7, 5]


def test_a_toll_risen_from_a_figure_is_of_the_incident_told_last() -> None:
    """ "the toll had risen from three after two wounded passengers died" makes the toll told
    before a running one only when it is of the same incident: not one in another country, nor
    one of another kind of harm."""
    lebanon = (
        "BEIRUT (Reuters) - An Israeli strike killed 30 people in Gaza City on Tuesday, health "
        "officials said. In southern Lebanon, where a drone hit a car in Tyre on Monday, the "
        "death toll had risen from three after two wounded passengers died."
    )
    gaza = _full(lebanon, "Strikes in region")[0]
    assert gaza[:3] == (30, None, "incremental")
    assert gaza[4:] == ("2026-11-10", "Gaza City")
    mali = (
        "NAIROBI (Reuters) - RSF drone strikes killed 25 people at a market in El Obeid on "
        "Monday, activists said. In Mali, the death toll had risen from eight after two soldiers "
        "wounded in an ambush on Sunday died, the army said."
    )
    assert _full(mali, "Africa roundup")[0][:4] == (25, None, "incremental", "drone_strike")
    crash = (
        "LIMA (AP) - A bus plunged into a ravine in northern Peru on Tuesday, killing 12 "
        "people, officials said. The toll had risen from eight after a landslide killed four "
        "people on a nearby road."
    )
    assert [r[:4] for r in _full(crash, "Bus crash")] == [
        (12, None, "incremental", "crash"),
        (4, None, "incremental", "natural_disaster"),
    ]
    # the same campaign, told by another of its weapons, is grown still
    second = (
        "MAIDUGURI, Nigeria (AP) - Boko Haram fighters killed 20 villagers in Borno state on "
        "Monday, officials said. The toll rose from 14 after gunmen killed six more people in a "
        "second attack on a nearby village on Tuesday."
    )
    assert [r[:3] for r in _full(second, "Attacks in Nigeria")] == [(20, None, "cumulative")]
