"""Casualty rules of the thirtieth session, each with the near misses that keep it narrow."""

from __future__ import annotations

from tests.unit.casualty_helpers import CasualtyReader

PUBLISHED = "2025-03-13T18:00:00+00:00"  # a Thursday

_read = CasualtyReader(PUBLISHED, "s30")
_records = _read.records
_tolls = _read.tolls
_day = _read.dates


_BOAT = (
    "LIMA, March 13 (Reuters) - A river boat sank on the Maranon river in northern Peru on "
    "Tuesday, killing nine people, police said. "
)


def test_a_share_of_the_rescued_taken_to_hospital_is_the_wounded() -> None:
    """ "Forty people were rescued, 11 of whom were taken to hospital": a share, by "of whom" or
    "of them", of people the sentence counted with no death or injury word is the count of the
    hurt, not a part of a toll."""
    whom = _BOAT + "Forty people were rescued, 11 of whom were taken to hospital, police said."
    assert _tolls(whom) == [(9, 11)]
    them = (
        _BOAT + "Rescuers pulled 40 people from the water, and 11 of them were taken to hospital."
    )
    assert _tolls(them) == [(9, 11)]
    # near misses: a share of the wounded already counted is a part of them; a share of the
    # people counted by their care; a share told after an earlier sentence's count
    wounded = _BOAT + "Forty people were injured, 11 of whom were taken to hospital, police said."
    assert _tolls(wounded) == [(9, 40)]
    care = _BOAT + "Forty people sought medical help, 11 of whom were taken to hospital."
    assert _tolls(care) == [(9, None)]
    apart = _BOAT + "Forty people were rescued. Eleven of them were taken to hospital."
    assert _tolls(apart) == [(9, None)]


def test_were_treated_counts_the_wounded_only_with_where_or_for_what() -> None:
    """ "Twelve passengers were treated at the provincial hospital" counts the hurt; "were
    treated as suspects" does not."""
    hospital = _BOAT + "Twelve passengers were treated at the provincial hospital in Jaen."
    assert _tolls(hospital) == [(9, 12)]
    wounds = _BOAT + "Twelve passengers were treated for minor injuries, police said."
    assert _tolls(wounds) == [(9, 12)]
    # near misses: a manner, a place that is no place of care
    suspects = _BOAT + "Twelve crew members were treated as suspects, police said."
    assert _tolls(suspects) == [(9, None)]
    camp = _BOAT + "Twelve crew members were treated in a police station in Jaen."
    assert _tolls(camp) == [(9, None)]


def test_a_toll_and_its_wounded_join_when_neither_names_a_cause() -> None:
    """ "The death toll from the sinking rose to 17 ... 74 people were rescued, 23 of whom were
    taken to hospital": one record, though neither sentence names a cause of the closed list."""
    toll = (
        "HONIARA, March 13 (Reuters) - The death toll from the sinking of a ferry off Makira in "
        "Solomon Islands has risen to 14, police said on Thursday. The ferry went down on "
        "Tuesday. Sixty people were rescued, 20 of whom were taken to hospital, police said."
    )
    assert _tolls(toll) == [(14, 20)]
    # near miss: another source's wounded stay their own record
    other = toll.replace(
        "taken to hospital, police said.", "taken to hospital, the Red Cross said."
    )
    assert _tolls(other) == [(14, None), (None, 20)]


def test_the_operator_of_the_site_does_not_cut_the_toll_off() -> None:
    """ "The death toll from a fire at the mine, operated by X, has risen to 45": who runs the
    site is an aside of the toll's name."""
    mine = (
        "ASTANA, March 13 (Reuters) - The death toll from a fire at a coal mine in the Karaganda "
        "region, operated by Qarmet Steel, has risen to 31, the emergencies ministry said."
    )
    assert _tolls(mine) == [(31, None)]
    # near miss: another aside between the toll and the number still cuts it off
    aside = mine.replace("operated by Qarmet Steel", "the biggest in the country")
    assert _tolls(aside) == []


def test_a_day_followed_by_the_purpose_of_a_protest_is_not_the_deaths_day() -> None:
    """ "summoned the ambassador on Wednesday to protest against a shooting that killed two": the
    day of the summons, not of the deaths."""
    protest = (
        "LIMA, March 13 (Reuters) - Peru summoned Chile's ambassador on Wednesday to protest "
        "against a border shooting that killed two farmers, the foreign ministry said."
    )
    assert _day(protest) == [None]
    # near miss: the day of the shooting itself
    own = (
        "LIMA, March 13 (Reuters) - A border shooting on Wednesday killed two farmers, and Peru "
        "summoned Chile's ambassador to protest, the foreign ministry said."
    )
    assert _day(own) == ["2025-03-12"]


def test_the_strike_named_again_is_the_incident_in_focus() -> None:
    """ "a drone strike ... that killed three people. The strike hit the vehicle ... on Monday
    afternoon": the strike just told, whose day its later figures take."""
    strike = (
        "BAGHDAD, March 13 (Reuters) - Iraq summoned Turkey's ambassador on Wednesday to protest "
        "against a drone strike on a car near Sinjar that killed three people. The strike hit "
        "the vehicle near the village of Sinuni on Monday afternoon, officials said. Two "
        "passers-by were wounded."
    )
    assert _tolls(strike) == [(3, 2)]
    assert _day(strike) == ["2025-03-10"]
    # near miss: after a bombing, "the strike" is a labour strike, not the incident
    bomb = (
        "QUETTA, March 13 (Reuters) - A bomb exploded at a market in Quetta on Tuesday, killing "
        "five people. Traders said the strike they had called began on Monday. Ten people were "
        "wounded."
    )
    assert _day(bomb) == ["2025-03-11"]


def test_soldiers_killed_by_another_states_forces_are_not_placed_by_their_nationality() -> None:
    """ "Four Chadian soldiers were killed after Sudanese forces opened fire": troops fight
    abroad; the place is the clash's, not the soldiers' country."""
    clash = (
        "NAIROBI, March 13 (Reuters) - A clash between Chadian and Sudanese troops in Sudan's "
        "Darfur region on Monday killed at least 10 soldiers. Sudan's army said six Sudanese "
        "soldiers were killed. Four Chadian soldiers were killed after Sudanese forces opened "
        "fire first, an army spokesman said."
    )
    places = [r.location.country_code for r in _records(clash)]
    assert places == ["SDN", "SDN"]
    # near miss: civilians are placed by their nationality as before
    civilians = clash.replace("Four Chadian soldiers", "Four Chadian civilians")
    places = [r.location.country_code for r in _records(civilians)]
    assert places == ["SDN", "TCD"]


_FLOODS = (
    "HANOI, March 13 (Reuters) - The death toll from floods in central Vietnam rose to 30 on "
    "Thursday, officials said. "
)


def test_a_family_killed_by_the_disaster_is_part_of_its_running_toll() -> None:
    """ "The death toll from floods ... rose to 30 ... a landslide buried a house on Tuesday,
    killing a family of four": some of the people the toll counts, not an incident of its own."""
    family = (
        _FLOODS
        + "In Hue province, a landslide buried a house on Tuesday, killing a family of four."
    )
    assert _tolls(family) == [(30, None)]
    members = _FLOODS + (
        "In Hue province, a landslide buried a house on Tuesday, killing four members of one "
        "family."
    )
    assert _tolls(members) == [(30, None)]
    # near misses: a family told apart ("In neighbouring Laos", "another"); people, not a
    # family; a family killed by an attack after a disaster's toll
    laos = family.replace("In Hue province", "In neighbouring Laos")
    assert _tolls(laos) == [(30, None), (4, None)]
    people = family.replace("a family of four", "four people")
    assert _tolls(people) == [(30, None), (4, None)]


def test_a_running_toll_of_rain_that_has_gone_on_for_days_has_no_day() -> None:
    """ "rose to 30 on Thursday ..., since heavy rain began on Monday": no one day is the
    incident's."""
    rain = _FLOODS.replace(
        "officials said.",
        "officials said, as rescuers reached villages cut off since heavy rain began on Monday.",
    )
    assert _day(rain) == [None]
    # near miss: a flood toll whose disaster is dated
    dated = (
        "HANOI, March 13 (Reuters) - The death toll from a flash flood that hit a village in "
        "central Vietnam on Tuesday rose to 30 on Thursday, officials said."
    )
    assert _day(dated) == ["2025-03-11"]


def test_the_plight_of_the_victims_between_them_and_the_verb_keeps_the_figure() -> None:
    """ "Three of 12 miners trapped underground were killed": the participle of the plight they
    were in does not cut the figure off."""
    mine = (
        "LIMA, March 13 (Reuters) - A tunnel collapsed at a gold mine in southern Peru on "
        "Monday. Three of 12 miners trapped underground were killed, officials said."
    )
    assert _tolls(mine) == [(3, None)]
    tunnel = mine.replace("trapped underground", "trapped in the tunnel")
    assert _tolls(tunnel) == [(3, None)]
    # near misses: the trapped were rescued, not killed; another participle is not read
    rescued = mine.replace("were killed", "were rescued")
    assert _tolls(rescued) == []
    hired = mine.replace("trapped underground", "hired last year")
    assert _tolls(hired) == []


def test_a_name_in_apposition_does_not_cut_the_toll_off() -> None:
    """ "The death toll from a quake that struck the largest island, Espiritu Santo, rose to
    nine", "the toll from the quake in Cianjur, West Java, stood at 64": the name of the place
    just told is an aside of the toll's name."""
    island = (
        "PORT VILA, March 13 (AFP) - The death toll from a powerful earthquake that struck the "
        "country's largest island, Espiritu Santo, rose to nine on Wednesday, officials said."
    )
    assert _tolls(island) == [(9, None)]
    region = (
        "JAKARTA, March 13 (Reuters) - The toll from Monday's earthquake in Cianjur, West Java, "
        "stood at 64 on Wednesday, the disaster agency said."
    )
    assert _tolls(region) == [(64, None)]
    # near miss: a source's aside still cuts the toll off
    said = (
        "PORT VILA, March 13 (AFP) - The death toll from a powerful earthquake on the island, "
        "officials said on Wednesday, rose to nine."
    )
    assert _tolls(said) == []


def test_a_disasters_toll_told_again_as_a_running_toll_is_one_toll() -> None:
    """ "after an earthquake killed at least 64 people" and "the toll from Monday's quake stood at
    64 on Wednesday afternoon": one toll, whichever day each sentence gives."""
    quake = (
        "JAKARTA, March 13 (Reuters) - Rescuers dug through rubble on Wednesday in search of "
        "people still missing after an earthquake on Java killed at least 64 people, officials "
        "said. The disaster agency said the toll from Monday's magnitude 5.6 quake stood at 64 "
        "on Wednesday afternoon, with 300 people injured."
    )
    assert _tolls(quake) == [(64, 300)]
    # near miss: two disasters of other causes that share a figure stay apart
    two = (
        "DHAKA, March 13 (Reuters) - A ferry capsized on the Padma river on Monday, killing at "
        "least 12 people, police said. The disaster agency said the toll from the floods in the "
        "north stood at 12 on Wednesday afternoon."
    )
    assert _tolls(two) == [(12, None), (12, None)]


_STRAIT = (
    "JAKARTA, March 13 (Reuters) - The number of people killed after a ferry sank in the Bali "
    "Strait rose to nine on Wednesday, the search agency said."
)


def test_a_toll_named_with_a_clause_of_its_own_keeps_its_figure() -> None:
    """ "The number of people killed after a ferry sank ... rose to nine": the toll's name holds a
    clause of its own ("after"); the figure after it is the toll's."""
    records = _records(_STRAIT)
    assert _tolls(_STRAIT) == [(9, None)]
    assert records[0].scope.value == "cumulative"
    confirmed = _STRAIT.replace("number of people killed", "number of people confirmed dead")
    assert _tolls(confirmed) == [(9, None)]
    # near miss: no link word before the number, which counts something else
    unknown = (
        "JAKARTA, March 13 (Reuters) - The number of people killed after the ferry sank is not "
        "yet known, and nine boats joined the search, the search agency said."
    )
    assert _tolls(unknown) == []


def test_the_wounded_join_a_toll_whose_account_goes_on_until_them() -> None:
    """A toll told in the lead, again in a quote, then by its earlier figure and its victims,
    sentence after sentence, up to the wounded: the wounded are the toll's, though five
    sentences from the lead."""
    ferry = (
        "DHAKA, March 13 (AFP) - The death toll from the capsizing of a ferry on the Padma river "
        "has risen to 18, police said on Thursday. The ferry overturned near Goalundo on "
        'Wednesday evening. "The toll now stands at 18," the district police chief said. Police '
        "had put the toll at 11 late on Wednesday. Nine of the dead were children, he said. More "
        "than 20 people were injured and were being treated at the district hospital, police said."
    )
    assert _tolls(ferry) == [(18, 21)]
    # near miss: sentences between that tell of no dead break the account
    apart = ferry.replace(
        "Police had put the toll at 11 late on Wednesday. Nine of the dead were children, he said.",
        "Divers searched the river. Relatives waited on the bank, he said.",
    )
    assert _tolls(apart) == [(18, None), (None, 21)]
