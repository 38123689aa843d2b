"""Casualty rules of the thirty-second session (set 37), each with the near misses that keep it
narrow."""

from __future__ import annotations

from tests.unit.casualty_helpers import CasualtyReader

PUBLISHED = "2025-09-18T18:00:00+00:00"  # a Thursday

_read = CasualtyReader(PUBLISHED, "s32h")
_tolls = _read.tolls
_places = _read.placed_tolls
_dates = _read.dated_tolls
_scopes = _read.scopes


def test_countries_across_a_border_are_not_the_place() -> None:
    """ "near the borders with Mali and Niger": the neighbours named at a border, the second
    joined to the first by "and", are not where the attack was; the victims' country is."""
    neighbours = (
        "OUAGADOUGOU (AFP) - Gunmen killed at least 11 Burkinabe gendarmes in an attack on a "
        "police post in the far north near the borders with Mali and Niger, the army said "
        "on Thursday."
    )
    assert _places(neighbours) == [(11, "BFA")]
    # near miss: a country named as where the attack was stays the place
    inside = (
        "OUAGADOUGOU (AFP) - Gunmen killed at least 11 gendarmes in an attack on a police post "
        "in Niger near the border with Mali, the army said on Thursday."
    )
    assert _places(inside) == [(11, "NER")]


def test_members_of_a_counted_group_named_after_it() -> None:
    """ "killed two civilians, a farmer and his son": the two named one by one after
    the group are its members, not two more."""
    members = (
        "BAMAKO (Reuters) - A landmine killed two civilians, a farmer and his son, "
        "near Boni on Wednesday, a local official said."
    )
    assert _tolls(members) == [(2, None)]
    people = (
        "BAMAKO (Reuters) - A landmine killed two people, a farmer and a trader, near Boni on "
        "Wednesday, a local official said."
    )
    assert _tolls(people) == [(2, None)]
    # near misses: members of another kind add up ("two civilians, a policeman and a
    # soldier"), and a group named by its role is no group of anyone
    others = (
        "BAMAKO (Reuters) - A landmine killed two civilians, a policeman and a soldier, near "
        "Boni on Wednesday, a local official said."
    )
    assert _tolls(others) == [(4, None)]
    soldiers = (
        "BAMAKO (Reuters) - A landmine killed two soldiers, a farmer and his son, "
        "near Boni on Wednesday, a local official said."
    )
    assert _tolls(soldiers) == [(4, None)]
    unequal = (
        "BAMAKO (Reuters) - A landmine killed three civilians, a farmer and his son, "
        "near Boni on Wednesday, a local official said."
    )
    assert _tolls(unequal) == [(5, None)]


def test_gunmen_next_to_an_attacks_toll_are_its_attackers() -> None:
    """ "Militants killed 12 soldiers in an attack on a base ... Gunmen on motorbikes stormed
    the base ..., adding that seven soldiers were wounded": the wounded of the sentence right
    after the toll, whose only cause word says who attacked, are the attack's, not those of
    the next source's toll."""
    body = (
        "NIAMEY (AFP) - Militants killed at least 12 soldiers in an attack on an army base in "
        "the west of the country, the army said on Thursday. Gunmen on motorbikes stormed the "
        "base near the village of Tera on Tuesday night, the army said, adding that seven "
        "soldiers were wounded. A security source said between 15 and 20 soldiers had been "
        "killed."
    )
    assert _tolls(body) == [(12, 7), (15, None)]
    # near miss: gunmen two sentences on tell an attack of their own
    apart = (
        "NIAMEY (AFP) - Militants killed at least 12 soldiers in an attack on an army base in "
        "the west of the country, the army said on Thursday. The base had been reinforced "
        "in August. Gunmen on motorbikes stormed a market near the village of Tera on Tuesday "
        "night, police said, adding that seven traders were wounded."
    )
    assert _tolls(apart) == [(12, None), (None, 7)]


def test_the_first_months_of_this_year_are_a_period() -> None:
    """ "in the first eight months of this year": the span of a running toll's period, though
    "first" is also a word of comparison."""
    span = (
        "LIMA (Reuters) - The transport ministry said 412 people were killed in road accidents "
        "across Peru in the first eight months of this year."
    )
    assert _scopes(span) == ["cumulative"]
    # near miss: "the first ... this year" comparing an incident stays one incident
    compared = (
        "LIMA (Reuters) - Gunmen killed six miners near Pataz on Tuesday in the first such "
        "attack on the mine this year, police said."
    )
    assert _scopes(compared) == ["incremental"]


def test_a_source_named_with_and_without_what_it_is() -> None:
    """ "state news agency Xinhua said" and "Xinhua said": one source, so the wounded it gives
    two sentences after its running toll are that toll's."""
    body = (
        "BEIJING (Reuters) - The death toll from a gas explosion at a restaurant in the "
        "northern city of Yinchuan rose to 11 on Thursday from eight, state news agency Xinhua "
        "said. The blast tore through the building at about 8 p.m. on Wednesday. Seven people "
        "were injured and taken to hospital, Xinhua said."
    )
    assert _tolls(body) == [(11, 7)]
    # near miss: another source's wounded, a name that is not the end of the first source's
    other = (
        "BEIJING (Reuters) - The death toll from a gas explosion at a restaurant in the "
        "northern city of Yinchuan rose to 11 on Thursday from eight, state news agency Xinhua "
        "said. The blast tore through the building at about 8 p.m. on Wednesday. Seven people "
        "were injured and taken to hospital, the Beijing News said."
    )
    assert _tolls(other) == [(11, None), (None, 7)]


def test_deaths_during_a_construction_the_sentence_before_dated_long_ago() -> None:
    """ "The dam was built between 1958 and 1964 ... More than 100 labourers died during its
    construction": the construction, dated decades back by the sentence before, is history."""
    history = (
        "HARARE (Reuters) - Zambia and Zimbabwe signed a deal on Thursday to repair the Kariba "
        "dam wall. The dam was built between 1958 and 1964 with a loan from the World Bank. "
        "More than 80 labourers died during its construction, and many are buried at a "
        "cemetery in Siavonga."
    )
    assert _tolls(history) == []
    # near miss: a construction of now, dated by a recent day, keeps its dead
    recent = (
        "HARARE (Reuters) - Work on a new bridge over the Zambezi began in March and was "
        "halted on Tuesday. Three labourers died during its construction when scaffolding "
        "collapsed, police said."
    )
    assert _tolls(recent) == [(3, None)]


def test_the_day_of_the_figure_a_toll_rose_from_is_not_the_incidents() -> None:
    """ "rose to 12 today from nine yesterday": yesterday is the day of the earlier figure, not
    of the floods."""
    body = (
        "MANILA (Reuters) - The death toll from floods in the northern province of Cagayan rose "
        "to 12 today from nine yesterday, the disaster agency said. More than 30,000 people are "
        "in evacuation centres after heavy rain that began on Monday, the agency said."
    )
    assert _dates(body) != [(12, "2025-09-17")]
    assert _dates(body) != [(12, "2025-09-15")]  # (nor the day the rain began)


def test_an_incident_told_apart_does_not_date_a_running_toll() -> None:
    """ "In neighbouring Isabela province, a man drowned after his boat capsized on Wednesday":
    a day of another incident, not of the floods' running toll."""
    apart = (
        "MANILA (Reuters) - The death toll from floods in the northern province of Cagayan rose "
        "to 12 on Thursday, the disaster agency said. In neighbouring Isabela province, a man "
        "drowned after his boat capsized on Wednesday, police said."
    )
    assert _dates(apart)[0] == (12, "2025-09-18")
    # near miss: the floods' own incident told next dates the toll
    own = (
        "MANILA (Reuters) - The death toll from floods in the northern province of Cagayan rose "
        "to 12 on Thursday, the disaster agency said. The floods struck the province on "
        "Wednesday after a dam burst, police said."
    )
    assert _dates(own)[0] == (12, "2025-09-17")


def test_a_running_toll_of_no_listed_cause_is_dated_by_its_incident() -> None:
    """ "The death toll from the collapse of a building ... rose to nine on Thursday" and "The
    building caved in late on Tuesday": a toll whose cause is none of the closed list is dated
    by the sentence that tells the incident happen."""
    collapse = (
        "ABUJA (Reuters) - The death toll from the collapse of a three-storey building in Abuja "
        "rose to nine on Thursday from four, the emergency agency said. The building caved in "
        "late on Tuesday while workers were inside, the agency said."
    )
    assert _dates(collapse) == [(9, "2025-09-16")]
    # near miss: a storm's landfall does not date the toll of its days of rain
    storm = (
        "MANILA (Reuters) - The death toll from Lando rose to nine on Thursday from four, the "
        "disaster agency said. Lando made landfall in Aurora province late on Tuesday, the "
        "agency said."
    )
    assert _dates(storm) != [(9, "2025-09-16")]


def test_one_person_told_dying_with_no_auxiliary() -> None:
    """ "a 64-year-old fisherman drowned when his boat capsized": one victim of an intransitive
    death verb, as "a fisherman was killed" is one."""
    one = (
        "KUALA LUMPUR (Reuters) - In neighbouring Pahang, a 64-year-old fisherman drowned when "
        "his boat capsized near Kuantan on Wednesday, police said."
    )
    assert _tolls(one) == [(1, None)]
    # near miss: a name before the verb is no single victim of this kind
    named = (
        "KUALA LUMPUR (Reuters) - Ahmad Zaki, a former minister, died on Wednesday at his home "
        "in Kuantan, his family said."
    )
    assert _tolls(named) == []


def test_the_dead_a_toll_rose_after_are_inside_it() -> None:
    """ "rose to 11 on Thursday after the bodies of two children were found", "rose to 14 after
    a woman died of her injuries": the rise's dead are inside the new toll."""
    bodies = (
        "MANILA (Reuters) - The death toll from floods in Cagayan province rose to 11 on "
        "Thursday after the bodies of two children were found in a river, the disaster agency "
        "said."
    )
    assert _tolls(bodies) == [(11, None)]
    woman = (
        "MANILA (Reuters) - The death toll from a bus crash in Cagayan province rose to 14 on "
        "Thursday after a woman died of her injuries in hospital, police said."
    )
    assert _tolls(woman) == [(14, None)]
    # near miss: dead told after the rise by their own clause, not as its cause, stay apart
    apart = (
        "MANILA (Reuters) - The death toll from floods in Cagayan province rose to 11 on "
        "Thursday, and in Isabela two children drowned after a boat capsized, the disaster "
        "agency said."
    )
    assert (2, None) in _tolls(apart)


def test_found_dead_counts_the_dead() -> None:
    """ "Nine migrants were found dead on Tuesday aboard a boat": a count of the dead."""
    found = (
        "ROME (Reuters) - Nine migrants were found dead on Tuesday aboard a fishing boat off "
        "Lampedusa, the coast guard said."
    )
    assert _tolls(found) == [(9, None)]


def test_a_boat_that_reached_a_port_tells_no_running_toll() -> None:
    """ "aboard a boat that reached the port of Lampedusa": "reached" tells the journey's end,
    not a toll that reached a figure."""
    port = (
        "ROME (Reuters) - Nine migrants were killed on Tuesday aboard a fishing boat that "
        "reached the port of Lampedusa with 60 survivors, the coast guard said."
    )
    assert _scopes(port) == ["incremental"]
    # near miss: a toll that reached a figure is a running toll
    toll = (
        "ROME (Reuters) - The death toll from the shipwreck off Lampedusa reached 41 on "
        "Tuesday, the coast guard said."
    )
    assert _scopes(toll) == ["cumulative"]


def test_a_share_of_the_rescued_with_injuries_are_wounded() -> None:
    """ "Thirty people were pulled out alive, nine of them with injuries": nine wounded."""
    share = (
        "DHAKA (Reuters) - A five-storey garment factory collapsed in Savar on Wednesday. "
        "Thirty people were pulled out alive, nine of them with injuries, fire officials said."
    )
    assert _tolls(share) == [(None, 9)]
    # near miss: survivors with no injury named are no wounded
    unhurt = (
        "DHAKA (Reuters) - A five-storey garment factory collapsed in Savar on Wednesday. "
        "Thirty people were pulled out alive, nine of them children, fire officials said."
    )
    assert _tolls(unhurt) == []


def test_a_site_with_no_fire_told_is_a_place() -> None:
    """ "saying a body was found in the ruins of a warehouse": a warehouse with no explosion
    or fire told is where a victim lay, not a fire."""
    tornado = (
        "MEMPHIS, Tenn. (AP) - A tornado tore through the town of Covington late Tuesday, "
        "killing four people, officials said. The county mayor put the toll at five, saying a "
        "body found in the ruins of a warehouse had not yet been counted."
    )
    assert _read.causes(tornado) == ["natural_disaster", "natural_disaster"]
    # near miss: a warehouse told ablaze is a fire
    fire = (
        "MEMPHIS, Tenn. (AP) - A fire swept through a warehouse in Covington late Tuesday, "
        "killing three workers, officials said."
    )
    assert _read.causes(fire) == ["fire"]


def test_the_day_an_attack_was_claimed_is_not_its_day() -> None:
    """ "The group claimed the attack on Wednesday, saying its fighters had killed 40": the day
    of the claim, not of the attack told on Tuesday."""
    body = (
        "NIAMEY (AFP) - Jihadists killed at least 12 soldiers in an attack on an army post near "
        "Tera on Tuesday, the army said. The Islamic State group claimed the attack on "
        "Wednesday, saying its fighters had killed 40 soldiers."
    )
    assert _dates(body) == [(12, "2025-09-16"), (40, "2025-09-16")]
    # near miss: a toll told as lives claimed keeps its day
    lives = (
        "NIAMEY (AFP) - An attack on an army post near Tera claimed the lives of 12 soldiers "
        "on Wednesday, the army said."
    )
    assert _dates(lives) == [(12, "2025-09-17")]
