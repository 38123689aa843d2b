"""Near misses a review of the thirty-fourth session's casualty rules found them over-reaching
on, each kept here with the rule it narrows."""

from __future__ import annotations

from tests.unit.casualty_helpers import CasualtyReader

PUBLISHED = "2024-03-14T10:00:00+00:00"  # a Thursday

_read = CasualtyReader(PUBLISHED, "s34rev")


def _full(body: str, title: str = "World news") -> list[tuple]:
    """(killed, injured, cause, date, place name, country) of each record."""
    return [
        (
            r.killed.count if r.killed else None,
            r.injured.count if r.injured else None,
            r.cause,
            r.date,
            r.location.name if r.location else None,
            r.location.country_code if r.location else None,
        )
        for r in _read.records(body, title)
    ]


def test_the_datelines_country_decides_only_a_town_bearing_the_name_against_an_alias() -> None:
    """The dateline's country as "home" decides only a town of exactly that name at home against
    a larger foreign city that holds it as another name ("MADRID - ... in Arrecife"), never two
    cities of the same name, and never against a country the sentence names for the place."""
    cases = {
        "BEIRUT, March 14 (Reuters) - Lebanon's foreign ministry condemned fighting in Tripoli "
        "that killed 20 people on Wednesday and urged Libya's rival factions to hold talks.": "LBY",
        "OTTAWA, March 14 (Reuters) - Canada warned travellers on Wednesday after gang violence "
        "in Kingston killed 12 people, Jamaican police said.": "JAM",
        "ISLAMABAD, March 14 (Reuters) - Pakistan on Wednesday condemned a bomb blast that "
        "killed 12 people in Hyderabad, Indian police said, and denied any role in the attack "
        "in India.": "IND",
        "MADRID, March 14 (Reuters) - Spain offered condolences to Argentina on Wednesday after "
        "a building collapse in Cordoba killed 11 people, Argentine officials said.": "ARG",
        "MADRID, March 14 (Reuters) - Spain's foreign ministry said on Wednesday that protests "
        "in Valencia had killed four people, Venezuelan officials said, and called for calm in "
        "Venezuela.": "VEN",
        "WASHINGTON, March 14 (Reuters) - A factory fire in Canton killed 30 workers on "
        "Wednesday, China's state media said, and the U.S. embassy said no Americans were "
        "hurt.": "CHN",
    }
    for body, country in cases.items():
        assert _read.countries(body) == [country], body
    # the alias case the rule was made for still holds
    arrecife = (
        "MADRID, March 14 (Reuters) - A fire in a block of flats in Arrecife killed three people "
        "on Wednesday, police said. Spain's prime minister was on a visit to Brazil at the time."
    )
    assert _read.countries(arrecife) == ["ESP"]


def test_a_town_after_from_is_a_journeys_start_only_after_a_journeys_word() -> None:
    """ "a bus carrying pilgrims from the northern city of Lucknow" is where a journey set out;
    "not far from", "30 miles (48 km) from", "bodies from", "people from", "fled from" the
    town of X are not."""
    voi = "NAIROBI, March 14 (Reuters) - A bus overturned {} the town of Voi on Wednesday, killing nine people, police said."
    for distance in ("not far from", "about 30 miles (48 km) from"):
        assert _read.place_names(voi.format(distance)) == ["Voi"], distance
    bodies = (
        "MAIDUGURI, March 14 (Reuters) - Rescuers recovered 20 bodies from the town of Gwoza on "
        "Wednesday after a suicide bombing there killed worshippers, officials said."
    )
    assert _read.place_names(bodies) == ["Gwoza"]
    people = (
        "KHARTOUM, March 14 (Reuters) - Paramilitary fighters killed 40 people from the town of "
        "Wad Madani on Wednesday, activists said."
    )
    assert _read.place_names(people) == ["Wad Madani"]
    fled = (
        "KYIV, March 14 (Reuters) - Russian shelling killed 12 people on Wednesday as thousands "
        "fled from the city of Kharkiv, officials said."
    )
    assert _read.countries(fled) == ["UKR"]
    # the journey the rule was made for still sets out from its town
    origin = (
        "NEW DELHI, March 14 (Reuters) - A bus carrying pilgrims from the northern city of "
        "Lucknow plunged into a gorge in Uttarakhand on Wednesday, killing 22 people, police "
        "said."
    )
    assert _read.place_names(origin) != ["Lucknow"]


def test_a_health_centre_is_a_care_place_only_where_the_wounded_were_taken() -> None:
    """A health or medical centre is where the wounded were treated only after "taken to",
    "evacuated to", "treated at"; an incident at the centre itself keeps its town."""
    stormed = (
        "OUAGADOUGOU, March 14 (Reuters) - Gunmen stormed a health centre in Djibo on Wednesday, "
        "killing three nurses, security sources said."
    )
    assert _read.countries(stormed) == ["BFA"]
    assert _read.place_names(stormed) == ["Djibo"]
    bomb = (
        "KABUL, March 14 (Reuters) - A bomb exploded near a medical center in Jalalabad on "
        "Wednesday, killing four people, police said."
    )
    assert _read.place_names(bomb) == ["Jalalabad"]
    fire = (
        "LAGOS, March 14 (Reuters) - A fire at a health centre in Kano killed six patients on "
        "Wednesday, officials said."
    )
    assert _read.place_names(fire) == ["Kano"]
    died = (
        "KINSHASA, March 14 (Reuters) - Militia fighters killed 12 people in Ituri on Wednesday. "
        "Three others died at a health centre in Bunia, officials said."
    )
    assert _read.place_names(died)[-1] == "Bunia"
    # the wounded taken to a centre are still the attack's
    evacuated = (
        "OUAGADOUGOU, March 14 (Reuters) - Gunmen killed 20 soldiers near Djibo on Wednesday, "
        "security sources said. Fifteen were wounded and evacuated to a medical center in "
        "Ouahigouya."
    )
    assert _read.tolls(evacuated) == [(20, 15)]


def _causes(body: str) -> list[str | None]:
    return [r[2] for r in _full(body)]


def test_only_a_boats_capsizing_or_sinking_keeps_no_cause() -> None:
    """A road vehicle or aircraft that capsized or sank, or a boat that collided before it
    capsized, is a crash; a boat that capsized or sank of itself keeps no cause."""
    crashes = (
        "OSLO, March 14 (Reuters) - A helicopter crashed into the North Sea and sank on "
        "Wednesday, killing six people, police said.",
        "KATHMANDU, March 14 (Reuters) - A bus carrying 40 passengers fell off a bridge into the "
        "Trishuli river and sank on Wednesday, killing 12 people, police said.",
        "HANOI, March 14 (Reuters) - A minibus plunged off a ferry ramp and sank in the Mekong on "
        "Wednesday, killing nine people, police said.",
        "LIMA, March 14 (Reuters) - A truck carrying workers skidded off a bridge and sank in the "
        "Mantaro river on Wednesday, killing seven people, police said.",
        "NAIROBI, March 14 (Reuters) - A matatu capsized on the Nakuru highway on Wednesday after "
        "a tyre burst, killing eight passengers, police said.",
        "LAGOS, March 14 (Reuters) - A passenger boat collided with a barge and capsized on the "
        "Niger river on Wednesday, killing 15 people, police said.",
    )
    for body in crashes:
        assert _causes(body) == ["crash"], body
    # a boat's capsizing still keeps none
    canoe = (
        "ABUJA, March 14 (Reuters) - A canoe carrying farmers capsized on the Niger river in "
        "Kebbi state on Wednesday, killing 11 people, police said."
    )
    assert _causes(canoe) == [None]


def test_a_year_named_incidents_relative_clause_holds_its_own_toll_only() -> None:
    """ "the 2022 floods that killed 170 people" is background, but the clause ends at "and"
    and at the main clause's verb, "took place" is no toll, and an incident of last month is
    not an old one."""
    after = (
        "KARACHI, March 14 (Reuters) - Officials compared the damage with the 2022 floods that "
        "killed 170 people and said 25 people had died on Wednesday after heavy rain in Sindh."
    )
    assert [r[0] for r in _full(after)] == [25]
    left = (
        "KARACHI, March 14 (Reuters) - Heavy rain on Wednesday flooded areas still recovering "
        "from the 2022 floods that killed 170 people and left 25 dead in Sindh province, "
        "officials said."
    )
    assert [r[0] for r in _full(left)] == [25]
    took_place = (
        "NAIROBI, March 14 (Reuters) - Police who broke up a rally marking the 2017 protests "
        "that took place in Kisumu shot dead three people on Wednesday, witnesses said."
    )
    assert [(r[0], r[4]) for r in _full(took_place)] == [(3, "Kisumu")]
    who = (
        "BOGOTA, March 14 (Reuters) - A former rebel commander who led the 2019 raid that killed "
        "six soldiers was shot dead in Cali on Wednesday, police said."
    )
    assert [r[4] for r in _full(who)] == ["Cali"]
    typhoon = (
        "MANILA, Jan 3 (Reuters) - Residents on Wednesday cleared debris left by the December "
        "2023 typhoon, which killed 12 people in Samar province, officials said."
    )
    january = CasualtyReader("2024-01-03T10:00:00+00:00", "s34rev")
    assert [r[0] for r in january.tolls(typhoon)] == [12]
    # the old incident's toll is still background
    old = (
        "DHAKA, March 14 (Reuters) - Bangladesh on Wednesday opened a new shelter for families "
        "displaced by the May 2020 cyclone, which killed 26 people, officials said."
    )
    assert _full(old) == []


def test_a_lone_name_with_an_age_is_a_victim_only_of_a_killing_of_one_person() -> None:
    """ "Karimov, 58, had been executed" is a named victim; "Ahmed, 8, had been killed as he
    slept" after the air strike's toll is one of its twelve, not a thirteenth."""
    strike = (
        "GAZA, March 14 (Reuters) - An Israeli air strike killed 12 people in Rafah on "
        "Wednesday, medics said. Relatives said Ahmed, 8, had been killed as he slept."
    )
    assert _read.tolls(strike) == [(12, None)]
    # the lone name a killing of one person tells still is a victim
    shot = (
        "KARACHI, March 14 (Reuters) - Police said Sharif, 54, was shot dead outside his shop in "
        "Karachi on Wednesday."
    )
    assert _read.tolls(shot) == [(1, None)]


def test_a_year_named_incident_is_background_only_for_an_incident_noun_and_its_own_clause() -> None:
    """ "the 2021 junta that killed 12 protesters in Mandalay on Wednesday" is no named
    incident, "a 2015 Isuzu truck that killed four ... on Wednesday" is dated by its own day, and
    "The April 2023 war which killed thousands killed 40 more" has its main clause's toll."""
    junta = (
        "YANGON, March 14 (Reuters) - Troops of the 2021 junta that killed 12 protesters in "
        "Mandalay on Wednesday were deployed again, witnesses said."
    )
    assert [(r[0], r[4]) for r in _full(junta)] == [(12, "Mandalay")]
    truck = (
        "NAIROBI, March 14 (Reuters) - Police impounded a 2015 Isuzu truck that killed four "
        "pedestrians in Nakuru on Wednesday, police said."
    )
    assert [(r[0], r[4]) for r in _full(truck)] == [(4, "Nakuru")]
    war = (
        "KHARTOUM, March 14 (Reuters) - The April 2023 war which killed thousands killed 40 more "
        "people in El Fasher on Wednesday, medics said."
    )
    assert [(r[0], r[4]) for r in _full(war)] == [(40, "El Fasher")]
    bombing = (
        "NAIROBI, March 14 (Reuters) - The 2019 bombing that killed four people in Kibera on "
        "Wednesday was claimed by al Shabaab, police said."
    )
    assert [r[0] for r in _full(bombing)] == [4]
    # a year-named incident's own old toll, before the main clause's, is still background
    gang = (
        "NAIROBI, March 14 (Reuters) - Survivors of the 2019 bombing that killed 12 people "
        "shot dead four people in Nairobi on Wednesday, police said."
    )
    assert [r[0] for r in _full(gang)] == [4]


def test_the_datelines_country_loses_an_alias_to_a_country_another_sentence_names_as_actor() -> (
    None
):
    """ "WASHINGTON - A factory fire in Canton killed 30 ... China ordered safety checks": the
    country of the larger city, named in another sentence as an actor, keeps the name from the
    dateline's town; a country named as a trip's place ("on a visit to Brazil") does not."""
    cases = {
        "WASHINGTON, March 14 (Reuters) - A factory fire in Canton killed 30 workers on "
        "Wednesday, state media said. China ordered safety checks at factories.": "CHN",
        "WASHINGTON, March 14 (Reuters) - Floods in Santa Cruz killed 12 people on Wednesday, "
        "officials said. Bolivia declared an emergency and the United States pledged aid.": "BOL",
        "WASHINGTON, March 14 (Reuters) - A quake near Smyrna killed 11 people on Wednesday, "
        "officials said. Turkey appealed for help and the United States sent rescuers.": "TUR",
        "WASHINGTON, March 14 (Reuters) - A fire at a hotel in Medina killed 14 pilgrims on "
        "Wednesday, state media said. Saudi officials opened an inquiry.": "SAU",
    }
    for body, country in cases.items():
        assert _read.countries(body) == [country], body
    # near miss: the other country named only as a place of a trip leaves the town at home
    visit = (
        "MADRID, March 14 (Reuters) - A fire in a block of flats in Arrecife killed three people "
        "on Wednesday, police said. Spain's king was on a visit to Brazil at the time."
    )
    assert _read.countries(visit) == ["ESP"]


def test_a_time_journey_or_a_departure_just_before_the_accident_keeps_the_town() -> None:
    """ "an hour's drive from the town of Voi", "20 minutes' flight from the city of Yakutsk"
    are distances, and "minutes after it departed from the port of Goma" is where the accident
    was; a ferry "that departed from the port of Goma" and then capsized on the lake is not."""
    cases = {
        "NAIROBI, March 14 (Reuters) - A bus overturned on Wednesday about an hour's drive from "
        "the town of Voi, killing nine people, police said.": "Voi",
        "KABUL, March 14 (Reuters) - A roadside bomb killed six people on Wednesday a short "
        "drive from the city of Kandahar, police said.": "Kandahar",
        "MOSCOW, March 14 (Reuters) - A plane crashed on Wednesday 20 minutes' flight from the "
        "city of Yakutsk, killing 20 people, officials said.": "Yakutsk",
        "KINSHASA, March 14 (Reuters) - A ferry capsized on Lake Kivu on Wednesday minutes after "
        "it departed from the port of Goma, killing 20 people, officials said.": "Goma",
        "NEW DELHI, March 14 (Reuters) - A train derailed on Wednesday just after leaving from "
        "the city of Balasore, killing 18 people, officials said.": "Balasore",
    }
    for body, place in cases.items():
        assert [r[4] for r in _full(body)] == [place], body
    # near miss: a departure told apart from the accident is still the journey's start
    departed = (
        "KINSHASA, March 14 (Reuters) - A ferry that departed from the port of Goma capsized on "
        "Lake Kivu on Wednesday, killing 20 people, officials said."
    )
    assert [r[4] for r in _full(departed)] == [None]


def test_a_care_place_is_the_incidents_own_where_its_clause_tells_an_attack_there() -> None:
    """ "Militants stormed a building where wounded soldiers were being treated at a health
    centre in Djibo ..., killing five", "Militiamen killed 12 patients brought to a health
    centre in Lubero": the care place is where they were killed."""
    cases = {
        "OUAGADOUGOU, March 14 (Reuters) - Militants stormed a building where wounded soldiers "
        "were being treated at a health centre in Djibo on Wednesday, killing five, security "
        "sources said.": "Djibo",
        "KINSHASA, March 14 (Reuters) - Militiamen killed 12 patients brought to a health "
        "centre in Lubero on Wednesday, the army said.": "Lubero",
        "KHARTOUM, March 14 (Reuters) - A drone struck people being treated at a medical center "
        "in El Fasher on Wednesday, killing nine, medics said.": "El Fasher",
        "KHARTOUM, March 14 (Reuters) - Shelling hit a ward where civilians admitted to a health "
        "facility in Omdurman were sleeping on Wednesday, killing seven, medics said.": "Omdurman",
    }
    for body, place in cases.items():
        assert [r[4] for r in _full(body)] == [place], body
    # near miss: the wounded taken there in a clause of their own are treated, not hurt, there
    taken = (
        "OUAGADOUGOU, March 14 (Reuters) - A bomb blast on a road in the north wounded 12 "
        "soldiers on Wednesday; they were taken to a health centre in Djibo, security sources "
        "said."
    )
    assert [r[4] for r in _full(taken)] == [None]


def test_a_road_vehicle_that_sank_off_a_ferry_is_a_crash() -> None:
    """ "An auto-rickshaw rolled off a ferry ... and sank", "A pickup ... fell off a ferry and
    sank": the road vehicle's accident is a crash; a ferry's own capsizing keeps no cause."""
    for vehicle in ("An auto-rickshaw", "A pickup", "A three-wheeler", "An ambulance", "A SUV"):
        body = (
            f"DHAKA, March 14 (Reuters) - {vehicle} rolled off a ferry into the Padma river and "
            "sank on Wednesday, killing six passengers, police said."
        )
        assert [r[2] for r in _full(body)] == ["crash"], body
    ferry = (
        "DHAKA, March 14 (Reuters) - A ferry capsized in the Padma river on Wednesday, killing "
        "six passengers, police said."
    )
    assert [r[2] for r in _full(ferry)] == [None]


def test_a_lone_name_with_an_age_is_no_victim_of_an_old_killing_recalled() -> None:
    """ "marked five years since the journalist's death. Khashoggi, 59, was murdered": an old
    killing recalled, no record; a lone name of today's killing still is a victim."""
    recalled = (
        "RIYADH, March 14 (Reuters) - Rights groups on Wednesday marked five years since the "
        "journalist's death. Khashoggi, 59, was murdered inside the Saudi consulate in Istanbul."
    )
    assert _full(recalled) == []
    today = (
        "KARACHI, March 14 (Reuters) - Police said Sharif, 54, was shot dead outside his shop in "
        "Karachi on Wednesday."
    )
    assert [r[0] for r in _full(today)] == [1]
