"""Casualty rules of the twenty-eighth session, each with the near misses that keep it narrow."""

from __future__ import annotations

from newsevents.contracts import RawArticle
from newsevents.extract.casualty import extract_casualties
from newsevents.extract.document import analyse
from tests.unit.casualty_helpers import CasualtyReader
from tests.unit.casualty_helpers import count as _count

PUBLISHED = "2025-05-22T18:00:00+02:00"  # a Thursday

_read = CasualtyReader(PUBLISHED, "s28")
_tolls = _read.tolls
_causes = _read.causes
_scopes = _read.scopes
_dates = _read.dates


def test_people_taken_to_hospital_are_wounded() -> None:
    blast = (
        "BUCHAREST, May 22 (Reuters) - A gas explosion tore through a block of flats on "
        "Wednesday. The emergency inspectorate said 13 people had been taken to hospital."
    )
    assert _tolls(blast) == [(None, 13)]
    treated = (
        "BUCHAREST, May 22 (Reuters) - A gas explosion tore through a block of flats on "
        "Wednesday. The health minister said 15 people had received hospital treatment."
    )
    assert _tolls(treated) == [(None, 15)]
    # near misses: bodies taken to a hospital are dead, one player taken there is no casualty
    bodies = (
        "BUCHAREST, May 22 (Reuters) - A gas explosion tore through a block of flats on "
        "Wednesday. Five bodies were taken to hospital."
    )
    assert _tolls(bodies) == [(5, None)]
    player = (
        "TBILISI, May 22 (Reuters) - Prop Giorgi Abashidze was taken to hospital for a "
        "precautionary scan after the match on Wednesday."
    )
    assert _tolls(player) == []


def test_a_share_given_with_a_figure_is_part_of_it() -> None:
    border = (
        "CUCUTA, May 22 (Reuters) - Colombia's migration agency said 285 people had been injured "
        "in clashes on the border on Wednesday, with 37 taken to hospitals in Cucuta."
    )
    assert _tolls(border) == [(None, 285)]
    admitted = border.replace("taken to hospitals", "hospitalised")
    assert _tolls(admitted) == [(None, 285)]
    # near miss: "with" before a figure of the other kind is its own count
    market = (
        "KANO, May 22 (Reuters) - Gunmen killed five people in an attack on a market on "
        "Wednesday, with 12 others injured, police said."
    )
    assert _tolls(market) == [(5, 12)]


def test_alone_does_not_reach_past_and() -> None:
    storm = (
        "MANILA (AFP) - The death toll from Typhoon Kalmaegi rose to 66 on Thursday, the Office "
        "of Civil Defense said. The agency said at least 50 were injured. Cebu Governor Pamela "
        "Baricuatro said at least 71 people had died in the province alone and dozens were "
        "injured."
    )
    assert _tolls(storm, "Typhoon toll rises to 66") == [(66, 50), (71, 24)]
    # near miss: the figure after "alone" with no "and" between is the part
    sindh = (
        "KARACHI, May 22 (Reuters) - Floods have killed 63 people across Pakistan this week, "
        "officials said. In the province of Sindh alone, 22 people died."
    )
    assert _tolls(sindh, "Pakistan floods kill 63") == [(63, None)]


def test_wounded_told_before_a_revised_toll_join_it() -> None:
    crash = (
        "SAO PAULO (AP) - A bus collided with a truck on a highway in Brazil early Saturday, "
        "killing at least 38 people, authorities said.\n\nThirteen people were taken to "
        "hospitals in Teofilo Otoni, the fire department said.\n\nThe state government "
        "initially put the death toll at 22 on Saturday morning, before raising it to 38."
    )
    assert _tolls(crash, "Bus crash in Brazil kills dozens") == [(38, 13)]


def test_people_being_treated_at_a_hospital_are_wounded() -> None:
    boat = (
        "KINSHASA, May 22 (Reuters) - A boat caught fire on the Congo River on Tuesday. About 30 "
        "people with severe burns were being treated at the general hospital in Lukolela."
    )
    assert _tolls(boat) == [(None, 30)]
    # near misses: treated at home is no hospital; armed men "with rifles" are not the victims
    home = (
        "KINSHASA, May 22 (Reuters) - A boat caught fire on the Congo River on Tuesday. Twelve "
        "passengers were being treated at home for shock, the owner said."
    )
    assert _tolls(home) == []
    gunmen = (
        "KANO, May 22 (Reuters) - About 100 gunmen with rifles had killed 12 villagers in an "
        "attack on Tuesday, police said."
    )
    assert _tolls(gunmen) == [(12, None)]


def test_a_drone_by_which_it_was_done_says_how() -> None:
    helicopter = (
        "BOGOTA (AP) - A police helicopter was attacked by a drone and crashed near Amalfi on "
        "Wednesday. The defence minister said 13 officers were killed."
    )
    assert _causes(helicopter) == ["drone_strike"]
    # near misses: a crash with no "by" before the drone; gunmen by whom it was done are people
    # and the raid still says how
    flying = (
        "BOGOTA (AP) - A police helicopter flying over drones crashed near Amalfi on Wednesday. "
        "The defence minister said 13 officers were killed."
    )
    assert _causes(flying) == ["crash"]
    raid = (
        "KANO, May 22 (Reuters) - Twelve villagers were killed by gunmen in a raid on Wednesday, "
        "police said."
    )
    assert _causes(raid) == ["armed_clash"]


def test_a_paragraph_opened_on_past_years_is_history() -> None:
    history = (
        "WARSAW, May 22 (Reuters) - The foreign ministers of Poland and Ukraine met in Warsaw on "
        "Wednesday.\n\nBetween 1943 and 1945, Ukrainian nationalist insurgents killed an "
        "estimated 100,000 Poles in Volhynia. Polish reprisals killed between 10,000 and 15,000 "
        "Ukrainians, historians estimate."
    )
    assert _tolls(history, "Poland and Ukraine hold talks") == []
    # near misses: a recent day after the opening is news; this year is no past year
    news = history.replace(
        "Polish reprisals killed between 10,000 and 15,000 Ukrainians, historians estimate.",
        "On Tuesday, a Russian drone strike killed three people in Lviv.",
    )
    assert _tolls(news, "Poland and Ukraine hold talks") == [(3, None)]
    this_year = (
        "WARSAW, May 22 (Reuters) - The foreign ministers of Poland and Ukraine met in Warsaw on "
        "Wednesday.\n\nIn 2025, Russian strikes hit Lviv repeatedly. A drone strike killed three "
        "people in the city, officials said."
    )
    assert _tolls(this_year, "Poland and Ukraine hold talks") == [(3, None)]


def test_a_toll_put_at_the_time_is_an_old_one() -> None:
    massacre = (
        "DAKAR, May 22 (Reuters) - Senegal's prime minister accused France on Wednesday of "
        "hiding the truth about the Thiaroye massacre, when colonial troops opened fire on "
        "riflemen demanding their pay. French authorities at the time put the toll at 35."
    )
    assert _tolls(massacre, "Senegal accuses France") == []
    # near miss: the people inside "at the time" of an attack are its victims
    mosque = (
        "KABUL, May 22 (Reuters) - A suicide bomber blew himself up in a mosque on Wednesday, "
        "killing 12 people who were praying inside at the time, police said."
    )
    assert _tolls(mosque) == [(12, None)]


def test_a_war_monitor_names_no_war() -> None:
    monitor = (
        "BEIRUT, May 22 (Reuters) - Clashes broke out on the border on Wednesday. The Syrian "
        "Observatory for Human Rights, a Britain-based war monitor, said at least 10 people had "
        "been killed on both sides."
    )
    assert _scopes(monitor) == ["incremental"]
    # near miss: a war that killed is a running total
    war = (
        "BEIRUT, May 22 (Reuters) - Clashes broke out on the border on Wednesday. The war has "
        "killed more than 500,000 people, the Syrian Observatory for Human Rights said."
    )
    assert _scopes(war) == ["cumulative"]


def test_the_one_victim_named_by_a_definite_subject() -> None:
    teenager = (
        "DHAKA, May 22 (Reuters) - Border guards opened fire near Patgram on Tuesday. The "
        "16-year-old, a resident of Lalmonirhat district, was shot dead."
    )
    assert _tolls(teenager) == [(1, None)]
    driver = (
        "DHAKA, May 22 (Reuters) - A bus plunged into a river near Patgram on Tuesday. The driver "
        "was killed."
    )
    assert _tolls(driver) == [(1, None)]
    # near misses: the same soldier told twice is one; a player's injury is sport; the age in
    # a relative clause is no subject of the verb
    twice = (
        "DHAKA, May 22 (Reuters) - A soldier was killed by a landmine near Patgram on Tuesday, "
        "police said. The soldier was killed while on patrol, an officer said."
    )
    assert _tolls(twice) == [(1, None)]
    striker = "LONDON, May 22 (Reuters) - The striker was injured in the 30th minute on Tuesday."
    assert _tolls(striker) == []
    who = (
        "DHAKA, May 22 (Reuters) - Border guards opened fire near Patgram on Tuesday. The "
        "16-year-old, who was shot dead, was a student."
    )
    assert _tolls(who) == []


def test_members_of_a_group_are_counted_and_summed() -> None:
    crash = (
        "BENGHAZI, May 22 (Reuters) - Three members of a Greek rescue team and three members of a "
        "Libyan family were killed on Tuesday when their vehicles collided near Benghazi."
    )
    assert _tolls(crash) == [(6, None)]
    # near miss: no sum across a verb ("were killed and seven officers wounded")
    ambush = (
        "GUATEMALA CITY (AP) - Four police officers and six members of a drug gang were killed "
        "and seven officers wounded on Monday when gunmen ambushed a patrol."
    )
    assert _tolls(ambush) == [(10, 7)]
    assert _causes(ambush) == ["armed_clash"]  # an ambush, not who fired


def test_a_day_before_after_is_not_the_incidents() -> None:
    note = (
        "GUATEMALA CITY (AP) - Guatemala sent a protest note to Mexico on Wednesday after Mexican "
        "police crossed the border during a clash that killed at least 10 people."
    )
    assert _dates(note) == [None]
    # near misses: a day after the death word, and a day followed by a comma, are the incident's
    stormed = (
        "KANO, May 22 (Reuters) - Gunmen killed 10 villagers on Wednesday after storming a "
        "market in Kano state, police said."
    )
    assert _dates(stormed) == ["2025-05-21"]
    comma = (
        "KANO, May 22 (Reuters) - On Wednesday, after a week of threats, gunmen killed 10 "
        "villagers in a market in Kano state, police said."
    )
    assert _dates(comma) == ["2025-05-21"]


def test_others_wounded_are_the_same_attacks_whatever_its_word() -> None:
    ambush = (
        "PORT MORESBY, May 22 (Reuters) - At least 18 people were killed when armed tribesmen "
        "ambushed villagers near Wapenamanda on Sunday, police said. Police said the gunmen "
        "opened fire on their truck. Seven others were wounded."
    )
    assert _tolls(ambush) == [(18, 7)]
    # near miss: wounded that are not "others", after another shooting, stay apart
    market = ambush.replace(
        "the gunmen opened fire on their truck. Seven others were wounded.",
        "gunmen later opened fire on a truck in a market. Seven people were wounded.",
    )
    assert _tolls(market) == [(18, None), (None, 7)]


def test_the_number_of_people_killed_put_at_a_figure_is_a_toll() -> None:
    border = (
        "PESHAWAR, May 22 (Reuters) - An exchange of fire at Torkham on Sunday killed three "
        "people. A Pakistani security official put the number of Afghan fighters killed at "
        "between 10 and 15."
    )
    assert _tolls(border) == [(3, None), (10, None)]
    # near miss: people counted after the verb in their own right are no toll
    raid = (
        "PESHAWAR, May 22 (Reuters) - Security forces said on Sunday that a number of militants "
        "killed at least 12 villagers at a market near Torkham."
    )
    assert _tolls(raid) == [(12, None)]


def test_bodies_brought_ashore_are_the_dead() -> None:
    boat = (
        "TUNIS, May 22 (Reuters) - A migrant boat sank off the coast of Sfax on Monday. A court "
        "spokesman said 14 bodies had been brought ashore."
    )
    assert _tolls(boat) == [(14, None)]
    # near miss: survivors brought ashore are no dead
    alive = (
        "TUNIS, May 22 (Reuters) - A migrant boat sank off the coast of Sfax on Monday. A court "
        "spokesman said 14 survivors had been brought ashore."
    )
    assert _tolls(alive) == []


def test_ages_and_places_between_a_count_and_its_verb() -> None:
    camp = (
        "DUSHANBE, May 22 (Reuters) - Two employees of a Chinese road construction company, aged "
        "34 and 51, were killed on Sunday when gunmen fired across the river at their camp."
    )
    assert _tolls(camp) == [(2, None)]
    mine = (
        "DUSHANBE, May 22 (Reuters) - On Wednesday, three Chinese workers at a gold mining site "
        "in the neighbouring Shamsiddin Shohin district were killed by a bomb dropped from a drone."
    )
    assert _tolls(mine) == [(3, None)]
    # near misses: ages after the verb's object are no count; a count inside the place phrase
    # is the one its verb counts
    aged = (
        "KANO, May 22 (Reuters) - Gunmen killed three villagers aged between 20 and 30 in a raid "
        "on Wednesday, police said."
    )
    assert _tolls(aged) == [(3, None)]
    site = (
        "KANO, May 22 (Reuters) - Workers at the market where five people were killed in a raid "
        "on Wednesday protested, police said."
    )
    assert _tolls(site) == [(5, None)]


def test_a_toll_told_after_its_new_figure() -> None:
    workers = (
        "BEIJING, May 22 (Reuters) - China urged Tajikistan on Wednesday to protect its workers "
        "after a second deadly attack from Afghanistan, raising to five the number of Chinese "
        "nationals killed near the border."
    )
    assert _tolls(workers, "China urges Tajikistan") == [(5, None)]
    assert _scopes(workers, "China urges Tajikistan") == ["cumulative"]
    rubble = (
        "KANO, May 22 (Reuters) - Rescuers found three more bodies in the rubble of a collapsed "
        "school on Wednesday, bringing to 45 the death toll."
    )
    assert (45, None) in _tolls(rubble)
    # near miss: a figure raised that counts no dead, before a count of its own
    crossings = (
        "KANO, May 22 (Reuters) - Officials raised to five the number of border crossings on "
        "Wednesday. Gunmen killed two guards at one of them, police said."
    )
    assert _tolls(crossings) == [(2, None)]


def test_one_of_the_people_killed_is_no_count() -> None:
    ambush = (
        "GUATEMALA CITY (AP) - Four police officers and six gang members were killed on Monday "
        "when gunmen ambushed a patrol. One of the gunmen killed on Monday was 17 years old, "
        "police said."
    )
    assert _tolls(ambush) == [(10, None)]
    # near misses: with an auxiliary the part is a count; "died" is no participle of "the
    # gunmen"; "of its" names whose
    was = (
        "GUATEMALA CITY (AP) - Gunmen ambushed a police patrol near the border on Monday. One "
        "of the officers was killed, police said."
    )
    assert _tolls(was) == [(1, None)]
    died = (
        "BAKU, May 22 (Reuters) - Fighting broke out on the border on Tuesday. Azerbaijan said "
        "80 of its servicemen died."
    )
    assert _tolls(died) == [(80, None)]


def test_a_petrol_tanker_explosion_is_a_fire() -> None:
    tanker = (
        "LOKOJA, May 22 (Reuters) - The death toll from Saturday's petrol tanker explosion on "
        "the Lokoja-Abuja highway has risen to 31, the state government said on Wednesday."
    )
    assert _causes(tanker, "Nigeria tanker explosion toll rises to 31") == ["fire"]
    # near miss: a tanker a missile hits at sea is the missile's
    ship = (
        "SANAA, May 22 (Reuters) - A Houthi missile struck an oil tanker in the Red Sea on "
        "Wednesday, killing three crew members."
    )
    assert _causes(ship) == ["missile_strike"]


def test_people_a_hospital_has_treated_are_wounded() -> None:
    train = (
        "PRAGUE (AP) - A passenger train slammed into a freight train near Pardubice late on "
        "Wednesday. A hospital spokesman said 31 people had been treated there."
    )
    assert _tolls(train) == [(None, 31)]
    charity = (
        "JUBA, May 22 (Reuters) - Air strikes hit the town of Nasir on Sunday. Doctors Without "
        "Borders said its hospital had treated 32 people with blast and burn injuries."
    )
    assert _tolls(charity) == [(None, 32)]
    # near miss: people treated for an illness are no casualties
    camp = (
        "TACNA, May 22 (Reuters) - Clashes broke out at the border on Wednesday. Red Cross "
        "volunteers said three people had been treated for respiratory infections."
    )
    assert _tolls(camp) == []


def test_review_treated_is_no_wound_without_a_hospital_incident() -> None:
    # near misses: treated in a manner, as something, to a show; an illness after the object;
    # a hospital's caseload over a period
    for body in (
        "LONDON, May 22 (Reuters) - A report found that 300 detainees had been treated "
        "inhumanely at the facility, the inspector said.",
        "WASHINGTON, May 22 (Reuters) - About 1,500 migrants have been treated as asylum seekers "
        "since the rule changed, officials said.",
        "LONDON, May 22 (Reuters) - More than 60,000 fans had been treated to a free concert in "
        "Hyde Park before the storm hit, organisers said.",
        "GAZA, May 22 (Reuters) - The health ministry said hospitals in Gaza had treated 500 "
        "patients for malnutrition since May.",
        "GAZA, May 22 (Reuters) - Hospitals in Gaza have treated 70 children for malnutrition "
        "this week, the health ministry said.",
        "KHARTOUM, May 22 (Reuters) - Doctors in El Fasher said they had treated 120 people for "
        "cholera over the past week.",
        "WASHINGTON, May 22 (Reuters) - The veterans' hospital has treated more than 10,000 "
        "patients since it opened in 2019, the department said.",
        "CAIRO, May 22 (Reuters) - Egypt has treated 1,200 Palestinians evacuated from Gaza in "
        "its hospitals since October, the health minister said.",
        "KYIV, May 22 (Reuters) - Medics at the hospital have treated 30 soldiers a day since "
        "the offensive began, the head doctor said.",
    ):
        assert _tolls(body) == [], body
    # still: the wounded of a strike a hospital treated
    strike = (
        "KYIV, May 22 (Reuters) - A Russian missile struck a shopping centre in Kharkiv, killing "
        "four people. Doctors said they had treated 35 people, most of them for shrapnel wounds."
    )
    assert _tolls(strike) == [(4, 35)]


def test_review_a_hospital_share_of_the_wounded_is_no_record() -> None:
    dnipro = (
        "KYIV, May 22 (Reuters) - Five people were killed and 20 wounded in a Russian strike on "
        "Dnipro. Eight were taken to hospital, the governor said."
    )
    assert _tolls(dnipro) == [(5, 20)]
    treated = dnipro.replace("taken to hospital", "being treated at the regional hospital")
    assert _tolls(treated) == [(5, 20)]
    kharkiv = (
        "KYIV, May 22 (Reuters) - Ten people were wounded in a strike on Kharkiv on Wednesday, "
        "and four were taken to hospital, the governor said."
    )
    assert _tolls(kharkiv) == [(None, 10)]


def test_review_a_definite_victim_of_an_earlier_toll_is_no_record() -> None:
    bus = (
        "MANILA, May 22 (Reuters) - Five people were killed when a bus overturned in Luzon on "
        "Wednesday. The driver was killed instantly, police said."
    )
    assert _tolls(bus) == [(5, None)]
    both = (
        "MANILA, May 22 (Reuters) - A bus overturned in Luzon on Wednesday, killing five "
        "passengers and the driver. The driver was killed instantly, police said."
    )
    assert len(_tolls(both)) == 1
    soldier = (
        "JERUSALEM, May 22 (Reuters) - Two Israeli soldiers were killed in Gaza on Wednesday, "
        "the army said. The soldier was killed by an explosive device in Rafah."
    )
    assert _tolls(soldier) == [(2, None)]
    odesa = (
        "KYIV, May 22 (Reuters) - A missile struck Odesa on Wednesday, killing two people. The "
        "woman was killed in her apartment, while the man died in hospital."
    )
    assert _tolls(odesa) == [(2, None)]


def test_review_a_current_incident_after_a_background_year() -> None:
    for body, tolls in (
        (
            "KHARTOUM, May 22 (Reuters) - Fighting raged in Darfur.\n\nBy 2024, the war had "
            "displaced 12 million people. RSF attacks killed 40 people in El Fasher, activists "
            "said.",
            [(40, None)],
        ),
        (
            "MOSCOW, May 22 (Reuters) - Ukraine attacked Russian airfields.\n\nIn 2022, Russia "
            "invaded Ukraine. Ukrainian drones killed two people in Belgorod, the governor said.",
            [(2, None)],
        ),
        (
            "TEHRAN, May 22 (Reuters) - A blast hit a port.\n\nIn 2020, a similar blast hit "
            "Beirut. The explosion at Bandar Abbas killed 14 people and injured 700, officials "
            "said.",
            [(14, 700)],
        ),
    ):
        assert _tolls(body) == tolls, body


def test_review_said_at_the_time_of_a_recent_incident() -> None:
    bus = (
        "KYIV, May 22 (Reuters) - Three people were killed on Wednesday when a drone hit a bus "
        "in Kherson. Eight passengers were wounded, the governor said at the time."
    )
    assert _tolls(bus) == [(3, 8)]
    # near miss: with no day of the last days, a figure said at the time is an old one
    massacre = (
        "DAKAR, May 22 (Reuters) - Senegal accused France of hiding the truth about the "
        "Thiaroye massacre of 1944. Colonial troops killed 35 riflemen, French authorities said "
        "at the time."
    )
    assert _tolls(massacre) == []


def test_review_a_strong_cause_wins_over_a_drone_by_which() -> None:
    convoy = (
        "BAGHDAD, May 22 (Reuters) - Three soldiers were killed when their convoy, escorted by a "
        "drone, struck a roadside bomb near Kirkuk."
    )
    assert _causes(convoy) == ["bombing"]
    told_before = (
        "BAGHDAD, May 22 (Reuters) - An army convoy, escorted by a drone, struck a roadside bomb "
        "near Kirkuk on Wednesday. Three soldiers were killed, officials said."
    )
    assert _causes(told_before) == ["bombing"]


def test_review_ambushed_with_questions_is_no_clash() -> None:
    floods = (
        "MEXICO CITY, May 22 (Reuters) - Journalists were ambushed with questions at the press "
        "conference, where the minister said 12 people had died in the floods."
    )
    assert _causes(floods) == ["natural_disaster"]
    reporters = floods.replace("with questions", "by reporters")
    assert _causes(reporters) == ["natural_disaster"]


def test_review_others_wounded_join_the_nearest_attack() -> None:
    bannu = (
        "ISLAMABAD, May 22 (Reuters) - A roadside bomb killed four soldiers in North Waziristan "
        "on Wednesday. In a separate attack in Bannu, gunmen killed two policemen. Seven others "
        "were wounded."
    )
    assert _tolls(bannu) == [(4, None), (2, 7)]


def test_review_raising_to_another_number_is_no_toll() -> None:
    arrests = (
        "KABUL, May 22 (Reuters) - Police arrested three more suspects, raising to 10 the number "
        "of people detained over the attack that killed 12."
    )
    assert _scopes(arrests) == ["incremental"]


def test_review_one_of_the_killed_counts_without_a_toll() -> None:
    girl = (
        "BAGHDAD, May 22 (Reuters) - One of the victims killed on Monday was a 10-year-old girl, "
        "and 14 others were wounded."
    )
    assert _tolls(girl) == [(1, 14)]
    captain = (
        "KYIV, May 22 (Reuters) - One of the soldiers killed in the strike was a captain, the "
        "army said."
    )
    assert _tolls(captain) == [(1, None)]


def test_review_the_victims_a_toll_counts_are_no_perpetrator() -> None:
    border = (
        "PESHAWAR, May 22 (Reuters) - A Pakistani security official put the number of Afghan "
        "fighters killed at between 10 and 15."
    )
    article = RawArticle(id="s28", title="World news", body=border, published_at=PUBLISHED)
    records = extract_casualties(analyse(article), "test")
    assert [(_count(r.killed), r.perpetrator) for r in records] == [(10, None)]
