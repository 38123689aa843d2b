"""Casualty rules of the thirty-sixth session (held-out set 41), each with the near misses that
keep it narrow."""

from __future__ import annotations

from tests.unit.casualty_helpers import CasualtyReader

PUBLISHED = "2027-06-19T15:35:00+02:00"  # a Saturday

_read = CasualtyReader(PUBLISHED, "s36")


def test_two_single_people_joined_by_and_are_two_victims() -> None:
    """ "a woman and her son were killed": two victims, each named by a noun of one person."""
    pair = (
        "YAOUNDE, June 19 (Reuters) - A woman and her son were killed on Friday when their "
        "house collapsed in heavy rain in western Cameroon, local officials said."
    )
    assert _read.tolls(pair) == [(2, None)]
    spouses = (
        "YAOUNDE, June 19 (Reuters) - A man and his wife were shot dead on Friday in western "
        "Cameroon, local officials said."
    )
    assert _read.tolls(spouses) == [(2, None)]
    # near miss: a plural noun after "and" has no count
    neighbours = (
        "YAOUNDE, June 19 (Reuters) - A woman and her neighbours were killed on Friday when "
        "their houses collapsed in heavy rain in western Cameroon, local officials said."
    )
    assert _read.tolls(neighbours) == []
    # near miss: the plural verb alone makes no single victim
    told = (
        "YAOUNDE, June 19 (Reuters) - A woman said her sons were killed on Friday when their "
        "house collapsed in heavy rain in western Cameroon."
    )
    assert _read.tolls(told) == []


def test_the_dead_and_the_missing_counted_together_are_no_toll() -> None:
    """ "More than 1,300 migrants died or went missing": the dead and the missing together are
    no count of the dead."""
    missing = (
        "ROME, June 19 (Reuters) - More than 1,300 migrants died or went missing in the "
        "central Mediterranean on Friday, the IOM said."
    )
    assert _read.tolls(missing) == []
    dead_or_missing = (
        "KATHMANDU, June 19 (Reuters) - A landslide on Friday left 60 people dead or missing "
        "in central Nepal, police said."
    )
    assert _read.tolls(dead_or_missing) == []
    # near miss: the dead and the missing told apart
    apart = (
        "KATHMANDU, June 19 (Reuters) - A landslide on Friday left 60 people dead and 20 "
        "missing in central Nepal, police said."
    )
    assert _read.tolls(apart) == [(60, None)]
    # near miss: a death with no "or missing"
    drowned = (
        "ROME, June 19 (Reuters) - Twelve migrants died on Friday when their boat capsized off "
        "Lampedusa, the IOM said."
    )
    assert _read.tolls(drowned) == [(12, None)]


_FIRE = (
    "TRIPOLI, June 19 (Reuters) - A fire tore through a migrant detention centre in the Tajoura "
    "district east of Tripoli late on Friday, killing at least 11 people, the IOM said on "
    "Saturday.\n\n"
)


def test_a_country_people_come_from_is_not_where_the_incident_is() -> None:
    """ "a hangar holding about 400 men, most of them from Niger, Sudan and Chad": where the
    victims come from does not place the incident's later figures."""
    origin = _FIRE + (
        "The blaze started in a crowded hangar holding about 400 men, most of them from Niger, "
        "Sudan and Chad, the IOM said.\n\nThe Libyan Red Crescent said its teams had recovered "
        "14 bodies."
    )
    assert _read.countries(origin) == ["LBY", "LBY"]
    # near miss: a country named as where the blaze was places the figure
    where = _FIRE + (
        "A second blaze started in a hangar in Niger, officials said.\n\nThe Red Cross said its "
        "teams had recovered 14 bodies."
    )
    assert _read.countries(where)[-1] == "NER"


_EXHIBITION = (
    "TARTU, Estonia, June 19 (Reuters) - An exhibition opening on Sunday in Tartu tells the "
    "story of the talks that ended Estonia's war of independence and produced the 1920 treaty "
    "with Soviet Russia.\n\nCurators have rebuilt the negotiating room. Visitors can read "
    "telegrams from the talks. "
)


def test_a_war_dated_long_ago_some_sentences_before_is_over() -> None:
    """ "The war ... killed about 3,600 Estonian soldiers", where the lead, three sentences
    before, tied the war to a treaty of 1920: a past war's toll, not news."""
    old = _EXHIBITION + (
        "The war, fought against Soviet Russia, killed about 3,600 Estonian soldiers and "
        "wounded some 14,000, according to figures on display."
    )
    assert _read.tolls(old) == []
    # near miss: a war the article never dates is read as told
    undated = (
        "TARTU, Estonia, June 19 (Reuters) - An exhibition opening on Sunday in Tartu tells the "
        "story of Estonia's war with its neighbour.\n\nCurators have rebuilt the negotiating "
        "room. Visitors can read telegrams from the talks. The war killed about 3,600 Estonian "
        "soldiers, according to figures on display."
    )
    assert _read.tolls(undated) == [(3600, None)]
    # near miss: a running toll of the war
    running = _EXHIBITION + (
        "The war has killed about 3,600 Estonian soldiers, according to figures on display."
    )
    assert _read.tolls(running) == [(3600, None)]


def test_a_figure_told_again_by_its_victims_joins_the_first_account() -> None:
    """ "a shell ... landed in a Thai village and wounded two residents", then "Two villagers
    were wounded by shrapnel": the same two wounded told again, one record (that neither
    account counts the dead is no disagreement)."""
    lead = (
        "MAE SOT, Thailand (AP) - Thailand lodged a protest with Myanmar on Sunday after a "
        "shell fired during fighting across the border landed in a Thai village and wounded "
        "two residents.\n\nThe shelling hit Mae Ku village on Saturday afternoon, officials "
        "said. "
    )
    assert _read.tolls(lead + "Two villagers were wounded by shrapnel.") == [(None, 2)]
    assert _read.tolls(lead + "A woman and her teenage son were wounded by shrapnel.") == [
        (None, 2)
    ]
    # near miss: a different count of the wounded stays apart
    assert _read.tolls(lead + "Three soldiers were wounded by shrapnel.") == [
        (None, 2),
        (None, 3),
    ]
    # near miss: one account with the dead and one without are two figures of different kinds
    assert _read.tolls(lead + "Two soldiers were killed and two wounded by shrapnel.") == [
        (None, 2),
        (2, 2),
    ]


_FLOODS = (
    "NANNING, June 19 (Xinhua) -- Twelve people have died after days of torrential rain "
    "triggered floods across the Guangxi Zhuang Autonomous Region, local authorities said "
    "Saturday.\n\n"
)


def test_a_rise_told_with_no_figure_of_its_own_makes_the_toll_before_running() -> None:
    """ "The death toll rose from seven on Thursday as rescuers found more bodies": the twelve
    told before are a running toll, though the sentence of the rise binds no figure itself."""
    rose = _FLOODS + "The death toll rose from seven on Thursday as rescuers found more bodies."
    assert _read.scopes(rose) == ["cumulative"]
    # near miss: no rise told
    found = _FLOODS + "Rescuers found more bodies on Thursday in Rong County."
    assert _read.scopes(found) == ["incremental"]


# -- the review's near misses ----------------------------------------------------------------


def test_the_last_two_of_a_list_of_people_are_no_pair() -> None:
    """ "A man, his wife and their son were killed": three, not the last two (no count is
    better than a wrong one)."""
    listed = (
        "SRINAGAR, June 19 (Reuters) - A man, his wife and their son were killed when a "
        "landslide buried their home in Kashmir on Friday, officials said."
    )
    assert (2, None) not in _read.tolls(listed)


def test_two_incidents_of_other_weapons_with_one_count_stay_apart() -> None:
    """ "A roadside bomb wounded two soldiers ..." and "Gunmen also shot and wounded two
    policemen ...": two incidents of two wounded each, not one report told twice."""
    text = (
        "KANDAHAR, June 19 (Reuters) - A roadside bomb wounded two soldiers in Kandahar on "
        "Friday, police said.\n\nGunmen also shot and wounded two policemen at a checkpoint in "
        "the city, police said."
    )
    assert len(_read.records(text)) == 2


def test_a_war_still_fought_named_sentences_before_keeps_its_toll() -> None:
    """ "The war killed at least 150,000 people" after "The war in Sudan ... erupted in April
    2023" three sentences before: a running toll of a war still fought; only a war of history
    that far back (the 1920 treaty's) makes a toll background."""
    text = (
        "KHARTOUM, June 19 (Reuters) - The war in Sudan between the army and the RSF erupted in "
        "April 2023.\n\nAid agencies say famine has spread. Millions have fled to neighbouring "
        "countries. The war killed at least 150,000 people, according to U.N. estimates."
    )
    assert len(_read.records(text)) == 1


def test_houses_set_on_fire_in_a_raid_are_the_attack() -> None:
    """ "Seven people were wounded and several houses were set on fire" after a raid's toll: the
    raid's arson, so the wounded and a second source's count stay the raid's (not an accidental
    fire's, dropped beside the attack)."""
    text = (
        "BUNIA, June 19 (Reuters) - Suspected rebels killed at least 19 civilians in an "
        "overnight raid on a village in Ituri province, a local administrator said on Friday."
        "\n\nGunmen entered Ndalya late on Wednesday and opened fire on residents as they "
        "slept, the administrator said. Seven people were wounded and several houses were set "
        "on fire.\n\nA civil society leader, Dieudonne Malangay, said 26 bodies had been "
        "recovered by Thursday evening."
    )
    assert sorted(k for k, _ in _read.tolls(text) if k) == [19, 26]
