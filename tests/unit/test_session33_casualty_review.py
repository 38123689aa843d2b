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


def _cause_and_day(body: str, title: str) -> tuple:
    """(cause, date) of the last record."""
    return _full(body, title)[-1][3:5]


def test_a_disaster_gives_its_cause_only_where_it_is_told_to_have_reached() -> None:
    """A quake or storm in focus gives its cause and day to a figure in another country only
    when the sentences since tell it reaching that country ("felt in", "lashed", "weakening
    over"), with no harm said there, and the figure tells a death such a disaster brings, on no
    other day and not as a separate incident."""
    laos = (
        "HANOI (Reuters) - Typhoon Kajiki killed three people in central Vietnam on Tuesday "
        "before weakening over Laos. In Laos, two people died on Tuesday when their house "
        "collapsed, state media said."
    )
    assert _cause_and_day(laos, "Storm hits Vietnam and Laos") == (
        "natural_disaster",
        "2026-11-10",
    )
    # near miss: the country named as where refugees fled from, not reached
    refugees = (
        "N'DJAMENA (Reuters) - Floods killed at least 30 people in eastern Chad on Tuesday, the "
        "U.N. said. Many of those affected are refugees who fled the war in Sudan. In Sudan, 25 "
        "people were killed on Tuesday in El Fasher when their shelter collapsed, activists said."
    )
    assert _cause_and_day(refugees, "Floods in Chad")[0] is None
    # near miss: reached without casualties
    unharmed = (
        "HOUSTON (AP) - Hurricane Beryl killed three people in Texas on Tuesday, officials said. "
        "The storm had earlier crossed into Mexico without casualties. In Mexico, five people "
        "were killed in Culiacan on Tuesday when a wall collapsed, prosecutors said."
    )
    assert _cause_and_day(unharmed, "Hurricane hits Texas")[0] is None
    # near miss: felt there, but a death of no disaster's kind
    kherson = (
        "BUCHAREST (AP) - A magnitude 5.6 earthquake struck Romania's Vrancea region on Tuesday, "
        "killing one person. The tremor was felt in Moldova and Ukraine. In Ukraine, three "
        "people were killed on Tuesday in Kherson, the regional governor said."
    )
    assert _cause_and_day(kherson, "Quake in Romania")[0] is None
    # near miss: another day, told as separate
    separate = (
        "KABUL (Reuters) - A magnitude 6.2 earthquake struck eastern Afghanistan on Tuesday, "
        "killing at least 15 people, officials said. It was felt in Pakistan. Separately, in "
        "Pakistan's Peshawar, three people died on Monday when a house collapsed, police said."
    )
    assert _cause_and_day(separate, "Quake in Afghanistan") == (None, "2026-11-09")
    other_day = separate.replace("Separately, in", "In")
    assert _cause_and_day(other_day, "Quake in Afghanistan") == (None, "2026-11-09")


def test_a_blast_an_attack_set_off_is_the_attacks() -> None:
    """ "A Russian drone hit a gas pipeline, triggering a gas blast that killed three": the
    attack told first says how, not the industrial blast it set off."""
    drone = (
        "KYIV (AP) - A Russian drone hit a gas pipeline in Kyiv on Tuesday, triggering a gas "
        "blast that killed three people, city officials said."
    )
    assert _full(drone, "Strike causes gas blast")[0][3] == "drone_strike"
    shelling = (
        "KYIV (AP) - Russian shelling hit a chemical plant in Ukraine's Sumy region on Tuesday, "
        "setting off a fire and killing one worker, officials said."
    )
    assert _full(shelling, "Shelling hits plant")[0][3] == "shelling"
    # near miss: a bare blast is no attack ("a second, smaller blast and fire at a warehouse")
    warehouse = (
        "MEXICO CITY (AP) - Early on Tuesday, a second, smaller blast and fire at a fireworks "
        "warehouse in Zumpango injured two workers, firefighters said."
    )
    assert _full(warehouse, "Fireworks blast")[0][3] == "fire"
    # near miss: an attack told after the fire did not set it off
    after = (
        "KYIV (AP) - A gas explosion at a coal mine killed three miners on Tuesday, hours "
        "before a drone strike hit the region, officials said."
    )
    assert _full(after, "Mine blast")[0][3] == "fire"
