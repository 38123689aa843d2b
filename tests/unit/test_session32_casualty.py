"""Casualty rules of the thirty-second session, each with the near misses that keep it narrow."""

from __future__ import annotations

from tests.unit.casualty_helpers import CasualtyReader

PUBLISHED = "2025-06-12T18:00:00+00:00"  # a Thursday

_read = CasualtyReader(PUBLISHED, "s32c")
_tolls = _read.tolls


def test_one_person_before_a_counted_group_of_a_passive() -> None:
    """ "A policeman and three civilians were wounded": four, the first one counted by "a"."""
    first = (
        "PESHAWAR, June 12 (Reuters) - A policeman and three civilians were wounded when a "
        "bomb went off near a market in Bannu on Tuesday, police said."
    )
    assert _tolls(first) == [(None, 4)]
    definite = (
        "NAIROBI, June 12 (Reuters) - The driver and 11 passengers were killed when the bus "
        "overturned near Naivasha on Tuesday, police said."
    )
    assert _tolls(definite) == [(12, None)]
    # near miss: a person of a preposition is no victim ("a bus carrying a nurse and 11
    # passengers")
    carrying = (
        "NAIROBI, June 12 (Reuters) - A bus carrying a nurse and 11 passengers overturned near "
        "Naivasha on Tuesday; 11 passengers were killed, police said."
    )
    assert _tolls(carrying) == [(11, None)]
    # near miss: plural after "the" is no single person ("the soldiers and 11 civilians")
    plural = (
        "NAIROBI, June 12 (Reuters) - The soldiers and 11 civilians were killed near Naivasha "
        "on Tuesday, police said."
    )
    assert _tolls(plural) == [(11, None)]
    # near miss: the object of another verb is no victim of this one ("killed a policeman and
    # two civilians were wounded": one dead, two wounded)
    object_of = (
        "PESHAWAR, June 12 (Reuters) - The gunman killed a policeman and two civilians were "
        "wounded in the attack in Bannu on Tuesday, police said."
    )
    assert _tolls(object_of) == [(1, 2)]


def test_one_definite_person_after_a_counted_group() -> None:
    """ "Four passengers and the driver died", "killed four passengers and the driver": five."""
    passive = (
        "KAMPALA, June 12 (Reuters) - Four passengers and the driver died when the minibus "
        "plunged into a ravine near Kasese on Tuesday, police said."
    )
    assert _tolls(passive) == [(5, None)]
    active = (
        "KAMPALA, June 12 (Reuters) - The crash near Kasese on Tuesday killed four passengers "
        "and the driver, police said."
    )
    assert _tolls(active) == [(5, None)]
    # near miss: "the" before plural people adds no one
    plural = (
        "KAMPALA, June 12 (Reuters) - The crash near Kasese on Tuesday killed four passengers "
        "and the drivers' union called a strike, police said."
    )
    assert _tolls(plural) == [(4, None)]


def test_a_counted_group_after_one_person_of_an_active_verb() -> None:
    """ "The blast killed a soldier and two civilians": three."""
    active = (
        "MOGADISHU, June 12 (Reuters) - A roadside bomb killed a soldier and two civilians "
        "near Afgoye on Tuesday, police said."
    )
    assert _tolls(active) == [(3, None)]
    # near miss: a number of things after the person adds no one
    things = (
        "MOGADISHU, June 12 (Reuters) - A roadside bomb killed a soldier and two camels near "
        "Afgoye on Tuesday, police said."
    )
    assert _tolls(things) == [(1, None)]


def test_one_of_them_names_one_of_the_counted() -> None:
    """ "killed two men, one of them a commander": two, not three; and the aside before a passive
    verb keeps the toll ("Two men, one of them a commander, were killed")."""
    active = (
        "BEIRUT, June 12 (Reuters) - An Israeli strike on a car in south Lebanon on Tuesday "
        "killed two men, one of them a Hezbollah commander, security sources said."
    )
    assert _tolls(active) == [(2, None)]
    passive = (
        "BEIRUT, June 12 (Reuters) - Two men, one of them a Hezbollah commander, were killed "
        "in an Israeli strike on a car in south Lebanon on Tuesday, security sources said."
    )
    assert _tolls(passive) == [(2, None)]
    # near miss: a list goes on adding ("two men, three women and a child")
    listed = (
        "BEIRUT, June 12 (Reuters) - An Israeli strike in south Lebanon on Tuesday killed two "
        "men, three women and a child, security sources said."
    )
    assert _tolls(listed) == [(6, None)]


def test_kin_and_an_aged_single_victim() -> None:
    """ "A woman and her two daughters were killed" (three), "killed a 60-year-old woman and her
    grandson" (two)."""
    kin = (
        "ANKARA, June 12 (Reuters) - A woman and her two daughters were killed when a gas "
        "canister exploded in their home in Konya on Tuesday, the governor's office said."
    )
    assert _tolls(kin) == [(3, None)]
    aged = (
        "JAKARTA, June 12 (Reuters) - The quake on Tuesday killed a 60-year-old woman and her "
        "grandson in Cianjur, officials said."
    )
    assert _tolls(aged) == [(2, None)]
    # near miss: kin who mourn are no toll
    mourners = (
        "ANKARA, June 12 (Reuters) - Her two daughters wept at the funeral in Konya on Tuesday, "
        "a day after a gas canister exploded in their home."
    )
    assert _tolls(mourners) == []


def test_review_near_misses_of_the_sessions_casualty_rules() -> None:
    """What a review found the first versions of this session's casualty rules read wrongly."""
    # a toll that rose after a new attack keeps the attack's own figure
    rose = (
        "GAZA, June 12 (Reuters) - The Palestinian death toll in Gaza rose to 48,200 on Tuesday "
        "after Israeli strikes killed at least 40 people overnight, health officials said."
    )
    assert sorted(_tolls(rose)) == [(40, None), (48200, None)]
    # ... but the dead it rose after by dying of their wounds are inside it
    wounds = (
        "KABUL, June 12 (Reuters) - The death toll from the blast rose to 14 on Tuesday after a "
        "woman died of her injuries, officials said."
    )
    assert _tolls(wounds) == [(14, None)]
    # a boy who nearly drowned did not die
    nearly = (
        "DHAKA, June 12 (Reuters) - A boy nearly drowned in a flooded street on Tuesday before "
        "neighbours pulled him out."
    )
    assert _tolls(nearly) == []
    # gunmen in another place wound others: no part of the first attack's toll
    elsewhere = (
        "PESHAWAR, June 12 (Reuters) - A suicide bomber killed 11 soldiers at a checkpoint in "
        "North Waziristan on Tuesday, the army said. Gunmen attacked a polio vaccination team in "
        "Bajaur district on Tuesday, wounding two policemen, police said."
    )
    assert sorted(_tolls(elsewhere), key=str) == [(11, None), (None, 2)]
    # a claim whose words tell the attack keep the attack's day
    claimed = (
        "ISLAMABAD, June 12 (Reuters) - The Pakistani Taliban claimed the ambush on Tuesday that "
        "killed four policemen near Bannu."
    )
    assert _read.dated_tolls(claimed) == [(4, "2025-06-10")]
    # a toll of no listed cause is not dated by "prices hit a record"
    prices = (
        "BAMAKO, June 12 (Reuters) - The death toll from the collapse of a gold mine in Mali rose "
        "to 48 on Thursday, officials said. Gold prices hit a record high on Tuesday, drawing more "
        "miners to informal sites."
    )
    assert _read.dated_tolls(prices) != [(48, "2025-06-10")]
    # "reached an estimated 1,200" is a running toll
    reached = (
        "ATHENS, June 12 (Reuters) - The number of people killed in the heatwave reached an "
        "estimated 1,200 on Tuesday, health officials said."
    )
    assert [r.scope.value for r in _read.records(reached)] == ["cumulative"]
