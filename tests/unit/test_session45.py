"""Rules of the forty-fifth session (held-out set 58 as a development set, with sets 45 to 57),
each with the near misses that keep it narrow."""

from __future__ import annotations

from tests.unit.casualty_helpers import CasualtyReader
from tests.unit.diplomatic_helpers import extract, place

_read = CasualtyReader("2026-05-14T18:00:00+02:00", "s45")


def test_an_ordinal_death_is_the_running_toll() -> None:
    """ "A third passenger has died ...": three dead in all; the one death told again and the
    toll before it are that toll's parts, not records of their own."""
    body = (
        "A third passenger has died after a bus plunged into a ravine near Ohrid on Tuesday, "
        "police said on Wednesday.\n\n"
        "The 67-year-old man died overnight in hospital in Skopje, police said. Twenty other "
        "passengers were injured.\n\n"
        "Two passengers had been found dead at the site on Tuesday."
    )
    assert _read.tolls(body) == [(3, 20)]
    assert _read.scopes(body) == ["cumulative"]
    # near miss: no ordinal, one death
    one = (
        "A passenger has died after a bus plunged into a ravine near Ohrid on Tuesday, police "
        "said on Wednesday. Twenty other passengers were injured."
    )
    assert _read.tolls(one) == [(1, 20)]
    # near miss: "a second" of the wounded is one more wounded, not a toll of two
    wounded = "One policeman was killed and a second officer was injured in Tetovo on Tuesday."
    assert _read.tolls(wounded) == [(1, 1)]


def test_members_of_a_states_forces_are_victims() -> None:
    """ "At least 37 members of Peru's security forces have been killed ... so far this year"."""
    body = (
        "At least 37 members of Peru's security forces have been killed in attacks so far this "
        "year, according to the Defence Ministry."
    )
    assert _read.tolls(body) == [(37, None)]
    # near miss: the same with "the" stays
    assert _read.tolls(body.replace("Peru's", "the")) == [(37, None)]


def test_taken_to_hospital_as_a_precaution_is_no_injury() -> None:
    """ "two were taken to hospital as a precaution. No one was seriously hurt"."""
    body = (
        "Organisers said 300 runners received medical treatment for cramps, and two were taken "
        "to hospital as a precaution on Sunday."
    )
    assert _read.tolls(body) == []
    # near miss: taken to hospital with wounds
    hurt = "Two men were taken to hospital with stab wounds after a fight on Sunday."
    assert _read.tolls(hurt) == [(None, 2)]


def test_a_toll_over_days_of_clashes_is_cumulative() -> None:
    """ "At least 18 people were killed ... in three days of clashes": a running toll."""
    body = (
        "At least 18 people were killed and 35 others injured in three days of clashes between "
        "rival clans in Galkayo, officials said on Thursday."
    )
    assert _read.scopes(body) == ["cumulative"]
    # near miss: clashes of one day
    one_day = body.replace("in three days of clashes", "in clashes on Wednesday")
    assert _read.scopes(one_day) == ["incremental"]


def test_the_leads_undated_incident_is_dated_where_it_happened() -> None:
    """ "At least 16 people were killed when a gold mine collapsed ..., the minister said on
    Thursday" (the day of the report), then "The pit gave way on Monday afternoon": the incident's day."""
    body = (
        "At least 16 people were killed when an informal gold mine collapsed in northern "
        "Ghana, the mines minister said on Thursday.\n\n"
        "The pit gave way on Monday afternoon after heavy rains loosened its walls, he said."
    )
    assert _read.dates(body) == ["2026-05-11"]
    # near miss: a toll of the lead that gives its own day keeps it
    dated = body.replace("collapsed in northern Ghana", "collapsed in northern Ghana on Tuesday")
    assert _read.dates(dated) == ["2026-05-12"]


def test_a_dateline_that_names_its_state_places_its_town() -> None:
    """ "QUEENSTOWN, New Zealand, Feb 20 (AAP) -": New Zealand's Queenstown (too small for the
    gazetteer), not South Africa's."""
    body = (
        "QUEENSTOWN, New Zealand, Feb 20 (AAP) - Australian Foreign Minister Penny Wong held "
        "talks in Queenstown on Friday with New Zealand's Foreign Minister Winston Peters."
    )
    (talks,) = extract(body)
    assert place(talks) == ("Queenstown", "NZL")
    # near miss: a dateline without its state is read as before
    bare = body.replace("QUEENSTOWN, New Zealand, Feb 20", "QUEENSTOWN, Feb 20")
    assert place(extract(bare)[0]) != ("Queenstown", "NZL")


def test_the_first_held_outside_a_capital_is_not_there() -> None:
    """ "the first to be held outside Wellington or Canberra": where such talks used to be."""
    body = (
        "Foreign Minister Penny Wong held the annual talks with New Zealand's Foreign Minister "
        "Winston Peters on Friday at a lakeside hotel, the first to be held "
        "outside Wellington or Canberra."
    )
    (talks,) = extract(body)
    assert place(talks) != ("Wellington", "NZL")
    # near miss: a meeting outside a city is there
    near = (
        "Foreign Minister Penny Wong met New Zealand's Foreign Minister Winston Peters on "
        "Friday at an air base outside Wellington."
    )
    assert place(extract(near)[0]) == ("Wellington", "NZL")
