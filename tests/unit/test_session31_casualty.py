"""Casualty rules of the thirty-first session, each with the near misses that keep it narrow."""

from __future__ import annotations

from tests.unit.casualty_helpers import CasualtyReader

PUBLISHED = "2025-06-12T18:00:00+00:00"  # a Thursday

_read = CasualtyReader(PUBLISHED, "s31c")
_records = _read.records
_tolls = _read.tolls
_places = _read.placed_tolls
_dates = _read.dated_tolls
_scopes = _read.scopes


def test_a_group_ending_in_one_person_before_a_passive_word() -> None:
    """ "Four miners and a nurse were hurt": one figure of five, the last person counted by "a"."""
    group = (
        "LA PAZ, June 12 (Reuters) - Four miners and a nurse were slightly hurt in clashes "
        "with police near Oruro on Tuesday, officials said."
    )
    assert _tolls(group) == [(None, 5)]
    # near miss: what is not a person adds nothing ("and a truck" is no victim)
    thing = (
        "LA PAZ, June 12 (Reuters) - Four miners and a truck were hit in clashes with police "
        "near Oruro on Tuesday, and four miners were hurt, officials said."
    )
    assert _tolls(thing) == [(None, 4)]


def test_where_the_site_lies_inside_a_tolls_name() -> None:
    """ "The death toll from a blast at a depot in X, west of Y, rose to 12": the aside tells
    where the site lies, the toll is read."""
    aside = (
        "CAIRO, June 12 (Reuters) - The death toll from a blast at a fuel depot in Qalyub, "
        "north of Cairo, rose to 12 on Thursday, health officials said."
    )
    assert _tolls(aside) == [(12, None)]
    distance = (
        "CAIRO, June 12 (Reuters) - The death toll from a blast at a fuel depot in Qalyub, "
        "20 km north-east of Cairo, rose to 12 on Thursday, health officials said."
    )
    assert _tolls(distance) == [(12, None)]
    # near miss: an aside that says something else about the toll keeps it unread
    other = (
        "CAIRO, June 12 (Reuters) - The death toll from a blast at a fuel depot in Qalyub, "
        "officials feared, rose to 12 on Thursday."
    )
    assert _tolls(other) == []


def test_wounded_after_the_dead_share_the_incident_whatever_word_came_between() -> None:
    """ "gunmen ... left six dead. Four of the dead had ambushed a patrol. Two guards were
    wounded": wounded with no cause word of their own, after a sentence about the dead that
    names the attack, are the incident's, though the toll's sentence names it otherwise."""
    incident = (
        "TEGUCIGALPA, June 12 (AP) - A gunbattle between troops and suspected gang gunmen "
        "near San Pedro Sula left six people dead on Wednesday, police said. Four of the dead "
        "belonged to a gang that had ambushed a patrol on a rural road, a spokesman said. Two "
        "guards were wounded."
    )
    assert _tolls(incident) == [(6, 2)]
    # near misses: wounded of a separate incident, after an attack told without the dead, or
    # of another day's clash, stay apart
    separate = incident.replace("Two guards were", "In a separate incident, two guards were")
    assert _tolls(separate) == [(6, None), (None, 2)]
    other_attack = incident.replace(
        "Four of the dead belonged to a gang that had ambushed a patrol",
        "Gang members later ambushed a patrol",
    )
    assert _tolls(other_attack) == [(6, None), (None, 2)]
    other_day = (
        "TEGUCIGALPA, June 12 (AP) - A shootout between police and gang members near San "
        "Pedro Sula left six people dead on Wednesday, police said. Police fired tear gas at "
        "protesters in Tegucigalpa on Thursday. Forty people were injured."
    )
    assert _tolls(other_day) == [(6, None), (None, 40)]


_DEPOT = (
    "ODESA, June 12 (Reuters) - A missile attack on a grain terminal near Izmail wounded five "
    "dock workers on Wednesday, regional officials said. "
)


def test_the_weapon_that_struck_stays_the_cause_of_the_fire_it_set() -> None:
    """ "The drone struck a fuel tank, setting off a blaze": a later count of the wounded with no
    cause of its own is the drone's, not an accident's fire (which a strike story leaves out)."""
    struck = (
        _DEPOT + "A second drone struck a fuel tank at the terminal, setting off a blaze that "
        "burned for hours. The operator said two of its guards had been injured."
    )
    assert _tolls(struck) == [(None, 5), (None, 2)]
    # near miss: a fire told with no weapon striking stays the accident it is
    fire = (
        _DEPOT + "A fuel tank at the terminal caught fire the next day, setting off a blaze that "
        "burned for hours. The operator said two of its guards had been injured."
    )
    assert _tolls(fire) == [(None, 5)]


_STOVE = (
    "BISHKEK, June 12 (AP) - A gas cylinder exploded in a bakery in Osh on Wednesday, killing "
    "four people, the emergencies ministry said. "
)


def test_a_sentence_opening_on_last_season_tells_a_past_total() -> None:
    """ "Last summer the ministry counted 800 fires, in which 61 people died": a past season's
    total, background like "Last year ..."."""
    season = _STOVE + "Last summer the ministry counted 800 fires, in which 61 people died."
    assert _tolls(season) == [(4, None)]
    # near miss: last week is recent news, still read
    week = _STOVE + "Last week a gas leak killed two people in Jalal-Abad."
    assert (2, None) in _tolls(week)


def test_the_vote_dated_years_before_in_the_sentence_before_is_background() -> None:
    """ "... chose independence in a 1993 referendum. Some 900 people died in fighting after the
    ballot.": the ballot is the earlier sentence's, years back; its toll is history."""
    history = (
        "ASMARA, June 12 (AP) - Officials opened a new border crossing on Wednesday. The "
        "territory chose independence in a 1993 referendum. Some 900 people died in fighting "
        "after the ballot."
    )
    assert _tolls(history) == []
    # near misses: a figure told with a recent day, or a vote of this week, stays news
    recent_day = history.replace("Some 900 people died", "On Tuesday, nine people died")
    assert _tolls(recent_day) == [(9, None)]
    this_week = history.replace("in a 1993 referendum", "in a referendum on Sunday")
    assert _tolls(this_week) == [(900, None)]


def test_it_has_killed_after_a_sentence_opening_on_the_war_is_its_running_toll() -> None:
    """ "The insurgency began in 2015 ... A monitor says it has killed 3,000": "it" is the
    insurgency, the figure its running total, not the incident told before."""
    base = (
        "NIAMEY, June 12 (AP) - Jihadists killed five soldiers near Tillaberi on Tuesday, the "
        "army said. The insurgency in the border region began in 2015 after a jailbreak. "
    )
    running = base + "A monitoring group says it has killed more than 3,000 people."
    assert _scopes(running) == ["incremental", "cumulative"]
    assert _dates(running) == [(5, "2025-06-10"), (3001, None)]
    # near miss: "it" after a sentence opening on something else is no war
    road = (
        "NIAMEY, June 12 (AP) - Jihadists killed five soldiers near Tillaberi on Tuesday, the "
        "army said. The road to the border was paved in 2015. Locals say it has killed 12 "
        "people in crashes."
    )
    assert "cumulative" not in _scopes(road)


def test_a_quoted_figure_before_a_passive_word() -> None:
    """'said "between 30 and 40" were hurt': the quotes around the range keep its count."""
    quoted = (
        "GAROUA, June 12 (AFP) - A trader told AFP that at least nine people had died in the "
        'market fire on Tuesday, and that "between 30 and 40" were hurt.'
    )
    assert _tolls(quoted) == [(9, 30)]
    # near miss: a quoted share of the dead ("of them") is still a share, not the wounded
    share = quoted.replace(
        '"between 30 and 40" were hurt', '"between five and six" of them were hurt'
    )
    assert _tolls(share) == [(9, None)]


def test_a_toll_of_days_of_rain_has_no_one_day() -> None:
    """ "killed by landslides after three days of heavy rain rose to 14 on Thursday, from nine
    on Wednesday": rain of several days, no one day is the incident's."""
    days = (
        "QUITO, June 12 (EFE) - The number of people killed by landslides after three days of "
        "heavy rain in Ecuador rose to 14 on Thursday, from nine on Wednesday, officials said."
    )
    assert _dates(days) == [(14, None)]
    # near miss: a toll of one storm told with its day keeps that day
    storm = (
        "QUITO, June 12 (EFE) - The number of people killed by a landslide that buried a "
        "village in Ecuador on Tuesday rose to 14 on Thursday, officials said."
    )
    assert _dates(storm) == [(14, "2025-06-10")]


def test_dead_not_yet_included_in_a_count_are_part_of_a_toll() -> None:
    """ "put the toll at 16, saying three people who drowned ... had not yet been included in the
    agency's count": the difference between two tolls, not an incident of its own."""
    left_out = (
        "QUITO, June 12 (EFE) - Floods in Ecuador have killed 13 people since Sunday, the risk "
        "agency said. The health ministry put the toll at 16, saying three people who drowned "
        "in Esmeraldas on Monday had not yet been included in the agency's count."
    )
    assert sorted(k for k, _ in _tolls(left_out) if k is not None) == [13, 16]
    # near miss: "had not been found" is no count; the figure stays
    missing = (
        "QUITO, June 12 (EFE) - Floods in Ecuador killed three people who drowned in "
        "Esmeraldas on Monday, and their bodies had not been found by Thursday, officials said."
    )
    assert _tolls(missing) == [(3, None)]


def test_another_sources_figure_follows_the_toll_to_the_incidents_day() -> None:
    """ "rose to 12 on Thursday ... The quarry collapsed on Tuesday ... Police said 15 bodies had
    been found": the police figure took the update's day; it takes the incident's instead."""
    quarry = (
        "LAGOS, June 12 (Reuters) - The death toll from a landslide at a quarry in Ogun state "
        "rose to 12 on Thursday, emergency officials said. The quarry wall collapsed on "
        "Tuesday after heavy rain. A police spokesman said 15 bodies had been found."
    )
    assert _dates(quarry) == [(12, "2025-06-10"), (15, "2025-06-10")]
    # near miss: a figure told with its own day keeps it
    own_day = quarry.replace("had been found.", "had been found on Wednesday.")
    assert _dates(own_day) == [(12, "2025-06-10"), (15, "2025-06-11")]


def test_another_sources_toll_of_a_running_toll_is_running_too() -> None:
    """ "rose to 21 on Thursday ... The Red Cross put the toll at 24": another source's toll of
    the same disaster, at least as high, is its running toll, dated like the first."""
    floods = (
        "MAPUTO, June 12 (Reuters) - The death toll from floods in Mozambique's Zambezia "
        "province rose to 21 on Thursday, the disaster agency said. The Red Cross put the "
        "toll at 24."
    )
    assert _scopes(floods) == ["cumulative", "cumulative"]
    # near miss: a lower figure, or one of a different cause, stays an incident's own count
    lower = floods.replace("put the toll at 24", "put the toll at 18")
    assert _scopes(lower) == ["cumulative", "incremental"]
    fire = floods.replace(
        "The Red Cross put the toll at 24.",
        "In Nampula, the toll from a market fire on Tuesday was put at 24.",
    )
    assert _scopes(fire)[1:] == ["incremental"]


def test_review_near_misses_of_the_sessions_casualty_rules() -> None:
    """A review's own sentences: wounded after a separate incident's figure are that incident's;
    "a number of civilians" is no one person; a vote held now is no old vote; an incident dated
    before the rain's length keeps its day; a separate incident "not yet counted" stays; a toll
    with its own place and day, or of another month, is no running toll."""
    separate = (
        "PESHAWAR, June 12 (Reuters) - A roadside bomb killed four soldiers in North Waziristan "
        "on Wednesday, the army said. In a separate attack in Bannu, gunmen shot dead two "
        "policemen at a checkpoint. Three civilians were wounded, police said."
    )
    assert sorted(_tolls(separate), key=str) == [(2, 3), (4, None)]
    number = (
        "KABUL, June 12 (Reuters) - Two soldiers and a number of civilians were wounded in a "
        "bomb attack in Kandahar on Wednesday, officials said."
    )
    assert _tolls(number) == []
    rerun = (
        "LILONGWE, June 12 (Reuters) - Malawians voted on Tuesday in a rerun of the 2019 vote, "
        "which the courts annulled. Two people were killed in clashes after the vote, police said."
    )
    assert _tolls(rerun) == [(2, None)]
    rain = (
        "JAKARTA, June 12 (Reuters) - The death toll from a landslide that buried a village in "
        "Central Java on Tuesday after three days of heavy rain rose to 30 on Thursday."
    )
    assert _dates(rain) == [(30, "2025-06-10")]
    not_counted = (
        "BAMAKO, June 12 (Reuters) - Jihadists killed 30 soldiers near Menaka on Tuesday, the "
        "army said. Separately, five civilians were killed by a roadside bomb in Kidal on "
        "Wednesday, deaths that have not yet been counted by the UN mission."
    )
    assert sorted(k for k, _ in _tolls(not_counted)) == [5, 30]
    elsewhere = (
        "MAPUTO, June 12 (Reuters) - The death toll from floods in Mozambique's Zambezia "
        "province rose to 21 on Thursday, the disaster agency said. A landslide buried a village "
        "in Niassa province on Wednesday, and officials put the toll at 25."
    )
    assert _scopes(elsewhere) == ["cumulative", "incremental"]
    january = elsewhere.replace(
        "A landslide buried a village in Niassa province on Wednesday, and officials put the toll "
        "at 25.",
        "Officials put the toll from floods there in January at 45.",
    )
    assert _scopes(january) == ["cumulative", "incremental"]
