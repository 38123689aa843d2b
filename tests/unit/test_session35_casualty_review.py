"""Near misses of the thirty-fifth session's casualty rules found by a review (helper c's
rules narrowed): each test shows a text a rule over-reached on, with the coding expected."""

from __future__ import annotations

from tests.unit.casualty_helpers import CasualtyReader

PUBLISHED = "2024-03-14T10:00:00+00:00"  # a Thursday

_read = CasualtyReader(PUBLISHED, "s35c-review")


def test_protest_words_outside_the_clash_leave_it_an_armed_clash() -> None:
    """Protesters, strikers or crowds make a clash unrest only as its parties: not its victims,
    a state's protests, unrest of another day or sparked by it, nor a prison's rioters."""
    day_after = (
        "QUETTA, March 11 (Reuters) - Twelve soldiers were killed in clashes with insurgents in "
        "Balochistan on Monday, a day after demonstrators blocked a highway in the province, "
        "officials said."
    )
    assert _read.causes(day_after) == ["armed_clash"]
    victims = (
        "KHARTOUM, March 11 (Reuters) - Clashes between the army and the Rapid Support Forces "
        "in El Fasher killed 25 people on Monday, including four truck drivers caught in the "
        "crossfire, medics said."
    )
    assert _read.causes(victims) == ["armed_clash"]
    state = (
        "KABUL, March 11 (Reuters) - Kabul lodged strong protests with Islamabad on Monday after "
        "border clashes between Afghan and Pakistani forces killed three Afghan soldiers, "
        "officials said."
    )
    assert _read.causes(state) == ["armed_clash"]
    sparked = (
        "PESHAWAR, March 11 (Reuters) - Sectarian clashes between rival tribes in Kurram district "
        "killed 40 people on Monday, sparking protests in Peshawar, officials said."
    )
    assert _read.causes(sparked) == ["armed_clash"]
    prison = (
        "QUITO, March 11 (Reuters) - At least 12 inmates were killed in clashes between rioters "
        "and guards at the Litoral prison in Guayaquil on Monday, officials said."
    )
    assert _read.causes(prison) == ["armed_clash"]
    # near miss: protesters and the police are the clash's parties
    parties = (
        "DAKAR, March 11 (Reuters) - Three people were killed in clashes between protesters and "
        "police in Ziguinchor on Monday, the interior ministry said."
    )
    assert _read.causes(parties) == [None]
    riot_police = (
        "LA PAZ, March 11 (Reuters) - Two protesters were killed and 30 injured in clashes with "
        "riot police at a highway blockade near Cochabamba on Monday, the ombudsman said."
    )
    assert _read.causes(riot_police) == [None]


def test_an_attack_is_named_by_the_weapon_of_the_next_sentence_only_if_it_tells_the_attack() -> (
    None
):
    """The next sentence's weapon names the attack only when it tells that attack: not another
    time, a bomb found or foiled, the forces' fire, a bomb besides the gunfire; and the attack's
    other figures take it only at the attack's place."""
    other_time = (
        "OUAGADOUGOU, March 11 (Reuters) - Suspected jihadists killed 20 people in an attack on "
        "a village in northern Burkina Faso on Sunday, officials said. Last month, gunmen opened "
        "fire on worshippers at a mosque in the same province."
    )
    assert _read.causes(other_time) == ["armed_clash"]
    defused = (
        "PESHAWAR, March 11 (Reuters) - Militants killed five policemen in an attack on a police "
        "station in Lakki Marwat on Monday, officials said. Police later found and defused a "
        "bomb the attackers had left near the gate."
    )
    assert _read.causes(defused) == ["armed_clash"]
    repelled = (
        "BAMAKO, March 11 (Reuters) - Suspected jihadists killed at least 31 civilians in an "
        "attack on a market in central Mali on Monday, officials said. The army said it had "
        "repelled a bombing attempt on a checkpoint in Mopti the same day. At least 12 people "
        "were wounded in the attack, a hospital source said."
    )
    assert _read.causes(repelled) == ["armed_clash"]
    harmless = (
        "BAGHDAD, March 11 (Reuters) - Six pilgrims were killed in an attack on their bus north "
        "of Baghdad on Monday, police said. A bomb exploded near a checkpoint in Samarra later "
        "in the day without causing casualties. At least 14 people were wounded in the attack, "
        "police said."
    )
    assert _read.causes(harmless) == ["armed_clash"]
    police = (
        "PORT-AU-PRINCE, March 11 (Reuters) - Gang members killed at least 12 people in an "
        "attack on the Solino neighbourhood on Monday, officials said. Police opened fire on "
        "the gang as it retreated, the police chief said."
    )
    assert _read.causes(police) == ["armed_clash"]
    bomb_and_gunfire = (
        "ABUJA, March 11 (Reuters) - At least 40 worshippers were killed in an attack on a "
        "Catholic church in Owo on Sunday, officials said. The attackers detonated explosives "
        "at the entrance and sprayed the congregation with gunfire, witnesses said."
    )
    assert _read.causes(bomb_and_gunfire) == ["armed_clash"]
    elsewhere = (
        "BAMAKO, March 11 (Reuters) - Suspected jihadists killed at least 31 civilians in an "
        "attack on a market in central Mali on Monday, officials said. Gunmen on motorbikes "
        "surrounded the market and opened fire on traders, an official said. In the north, near "
        "Gao, 10 soldiers were killed in an attack on an army base on Monday, the army said."
    )
    # near miss: the market's attack, told by its gunmen, is a shooting
    assert _read.causes(elsewhere) == ["shooting", "armed_clash"]


def test_the_wounded_of_another_incident_told_between_stay_apart() -> None:
    """The wounded told a few sentences after a toll join it only when the sentences between
    tell no other incident: elsewhere, a second one, one also told, of another time, or a
    vehicle of its own."""
    elsewhere = (
        "LIMA, March 11 (Reuters) - A bus plunged off a mountain road in the Andean region of "
        "Huancavelica on Monday, killing 14 passengers, police said. The bus was travelling from "
        "Lima. Elsewhere in the region, a minibus overturned on a highway. Fifteen people were "
        "injured, police said."
    )
    assert _read.tolls(elsewhere) == [(14, None), (None, 15)]
    last_week = (
        "LA PAZ, March 11 (Reuters) - A bus collided with a truck on a highway near Oruro on "
        "Monday, killing 20 people, police said. It was the country's deadliest road accident "
        "this year. Last week a minibus overturned on the same highway. Twelve people were "
        "injured, police said."
    )
    assert _read.tolls(last_week) == [(20, None), (None, 12)]
    second = (
        "KARACHI, March 11 (Reuters) - Gunmen on a motorcycle shot dead three policemen at a "
        "checkpoint in Karachi on Monday, police said. The attackers escaped. In a second "
        "incident, gunmen fired on a polio vaccination team in the city. Two workers were "
        "wounded, police said."
    )
    assert _read.tolls(second) == [(3, None), (None, 2)]
    also = (
        "QUETTA, March 11 (Reuters) - Gunmen shot dead nine bus passengers on a highway in "
        "Balochistan on Monday, officials said. The attackers checked the passengers' identity "
        "cards. Gunmen also fired on a police patrol on the same highway. Four policemen were "
        "wounded, officials said."
    )
    assert _read.tolls(also) == [(9, None), (None, 4)]
    # near miss: the same crash told on, its wounded join its toll
    told_on = (
        "NEW DELHI, March 11 (Reuters) - A passenger train collided with a goods train in West "
        "Bengal on Monday, killing 15 people, railway officials said. The collision derailed "
        "several coaches. Rescuers worked through the night to cut passengers from the wreckage. "
        "Sixty people were injured, railway officials said."
    )
    assert _read.tolls(told_on) == [(15, 60)]


def test_forces_killing_fighters_keep_the_strike_told_before() -> None:
    """Forces killing militants fought them (an armed clash) unless the sentence before told
    their strike, or they only tell what killed them ("said the operation killed")."""
    jets = (
        "ISLAMABAD, March 11 (Reuters) - Pakistani fighter jets bombed militant hideouts in "
        "North Waziristan on Monday, officials said. The military said its forces killed 30 "
        "militants in the operation."
    )
    assert _read.causes(jets) == ["airstrike"]
    operation = (
        "MOGADISHU, March 11 (Reuters) - U.S. Africa Command said an air strike near Jilib on "
        "Monday targeted al Shabaab. Somali forces said the operation killed 12 militants."
    )
    assert _read.causes(operation) == ["airstrike"]
    # near miss: troops killing militants with no strike told
    troops = (
        "PESHAWAR, March 11 (Reuters) - The military said security forces had killed 12 "
        "militants who were trying to infiltrate from Afghanistan on Monday night."
    )
    assert _read.causes(troops) == ["armed_clash"]


def test_an_attack_told_by_its_arson_and_its_gunfire_is_a_shooting() -> None:
    """Arson codes no cause, but gunfire told in the figure's sentence or the next, with no
    toll of its own, tells how the victims died: a shooting."""
    next_sentence = (
        "JOS, March 11 (Reuters) - Armed herders attacked the village of Mangu on Sunday, "
        "killing 22 people and setting fire to dozens of homes, police said. Survivors said the "
        "attackers opened fire on residents as they fled."
    )
    assert _read.causes(next_sentence) == ["shooting"]
    same_sentence = (
        "PORT-AU-PRINCE, March 11 (Reuters) - Gang members set fire to homes in the Carrefour "
        "district on Monday, and at least eight people were killed when the attackers fired on "
        "residents fleeing the blaze, officials said."
    )
    assert _read.causes(same_sentence) == ["shooting"]
    # near miss: arson alone
    arson = (
        "JOS, March 11 (Reuters) - Armed herders attacked the village of Mangu on Sunday, "
        "killing 22 people and setting fire to dozens of homes, police said."
    )
    assert _read.causes(arson) == [None]


def test_a_place_headed_for_is_where_the_deaths_were_when_a_where_clause_says_so() -> None:
    """ "Aid convoys were on their way to the eastern city of Derna on Monday, where flash
    floods killed at least 40 people": the deaths were in Derna."""
    convoy = (
        "TRIPOLI, March 11 (Reuters) - Aid convoys were on their way to the eastern city of Derna "
        "on Monday, where flash floods killed at least 40 people overnight, the Red Crescent said."
    )
    assert _read.place_names(convoy) == ["Derna"]
    teams = (
        "DHAKA, March 11 (Reuters) - Rescue teams were travelling to the district of Sylhet on "
        "Tuesday, where flash floods killed 23 people on Monday, officials said."
    )
    assert _read.place_names(teams) == ["Sylhet"]


def test_decades_in_a_comparison_or_beside_a_tolls_own_period_are_no_background() -> None:
    """ "the worst bloodshed in the region over two decades", "since the 2021 coup ... in a
    country that has endured seven decades of civil war": the tolls stand."""
    worst = (
        "ABUJA, March 11 (Reuters) - At least 30 people were killed in Plateau state on Monday, "
        "the worst bloodshed in the region over two decades, local officials said."
    )
    assert len(_read.records(worst)) == 1
    coup = (
        "YANGON, March 11 (Reuters) - More than 4,500 civilians have been killed since the 2021 "
        "coup, rights groups say, in a country that has endured seven decades of civil war."
    )
    assert len(_read.records(coup)) == 1
