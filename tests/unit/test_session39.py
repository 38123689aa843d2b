"""Rules of the thirty-ninth session (held-out sets 44 and 45), each with the near misses that
keep it narrow."""

from __future__ import annotations

from tests.unit.casualty_helpers import CasualtyReader
from tests.unit.diplomatic_helpers import codes, extract

_read = CasualtyReader("2027-11-04T16:00:00+07:00", "s39")


def test_a_toll_named_with_a_relative_clause_before_its_verb() -> None:
    """ "The death toll from Typhoon Halong, which made landfall ... on Tuesday morning, rose to
    19 on Thursday": the clause says what the incident was; the toll is 19, of Tuesday."""
    body = (
        "HANOI, Nov 4 (Reuters) - The death toll from Typhoon Halong, which made landfall in the "
        "central province of Quang Ngai on Tuesday morning, rose to 19 on Thursday, with seven "
        "people still missing, the disaster committee said."
    )
    records = _read.records(body)
    assert [(r.killed and r.killed.count, r.scope.value, r.date) for r in records] == [
        (19, "cumulative", "2027-11-02")
    ]
    shorter = "The death toll from the earthquake, which struck on Monday, has risen to 45."
    assert _read.tolls(shorter) == [(45, None)]
    # a number inside the clause is not the toll told after it
    inside = "The toll from the earthquake, which killed 12 people on Monday, rose to 45."
    assert (45, None) in _read.tolls(inside)
    # near miss: a relative clause with a verb that is no toll's after it binds nothing
    other = (
        "The death toll from the earthquake, which struck on Monday, is expected to rise, "
        "officials said, as 45 rescuers searched the rubble."
    )
    assert _read.tolls(other) == []


_CLASH = (
    "GUATEMALA CITY, Nov 30 (Reuters) - Guatemala and Mexico agreed on Monday to set up a joint "
    "task force, two days after a gunfight between rival cartels killed six people near the "
    "town of Cuilco.\n\n"
    "The clash erupted on Saturday afternoon in the village of Canibal, when gunmen fought over "
    "a smuggling route, the Interior Ministry said. "
)


def test_who_the_dead_were_does_not_break_the_account_of_the_incident() -> None:
    """ "Four of the dead were suspected cartel members and two were local farmers. Five people
    were wounded.": the wounded of the clash whose six dead the lead told."""
    body = _CLASH + (
        "Four of the dead were suspected cartel members and two were local farmers. "
        "Five people were wounded."
    )
    assert _read.tolls(body) == [(6, 5)]
    # near miss: a sentence between that counts the wounded too is no mere breakdown
    hurt = _CLASH + (
        "Four of the dead and three of the injured were farmers. Five people were wounded."
    )
    assert (6, 5) not in _read.tolls(hurt)
    # near miss: more "of the dead" than the toll is another count
    more = _CLASH + ("Nine of the dead were farmers. Five people were wounded.")
    assert (6, 5) not in _read.tolls(more)
    # near miss: wounded told of another time are another incident's
    earlier = _CLASH + (
        "Four of the dead were farmers. Last week, an ambush near Cuilco wounded five police "
        "officers."
    )
    assert (6, 5) not in _read.tolls(earlier)


_SWAP = (
    "KYIV, Dec 18 (Reuters) - Russia and Ukraine each released 150 prisoners of war on Saturday "
    "in an exchange mediated by the United Arab Emirates, hours after a Russian drone attack on "
    "the northeastern city of Kharkiv killed three people.\n\n"
)


def test_the_day_of_what_followed_hours_after_the_deaths_is_not_theirs() -> None:
    """ "released ... on Saturday ..., hours after a drone attack ... killed three": the day of
    the swap; the body's "late on Friday" dates the attack, and the two are one record."""
    read = CasualtyReader("2027-12-18T18:45:00+02:00", "s39")
    body = _SWAP + (
        "In Kharkiv, Russian drones hit a residential building late on Friday, killing three "
        "people and wounding 11, Mayor Ihor Terekhov said."
    )
    records = read.records(body)
    assert [
        (r.killed and r.killed.count, r.injured and r.injured.count, r.date) for r in records
    ] == [(3, 11, "2027-12-17")]
    # near miss: the deaths' own day after them stays theirs
    own = (
        "KYIV, Dec 18 (Reuters) - Russia and Ukraine each released 150 prisoners of war on "
        "Saturday, hours after a Russian drone attack killed three people in Kharkiv on Friday "
        "night."
    )
    assert read.dated_tolls(own) == [(3, "2027-12-17")]
    # near miss: "after" alone still dates the deaths by the act's own day when it is theirs
    plain = (
        "KYIV, Dec 18 (Reuters) - A Russian drone attack on Kharkiv killed three people on "
        "Saturday, hours after the two sides swapped prisoners."
    )
    assert read.dated_tolls(plain) == [(3, "2027-12-18")]
    # near miss: with no day of their own anywhere, the deaths keep the day told before
    alone = (
        "KYIV, Dec 18 (Reuters) - Russia and Ukraine each released 150 prisoners of war on "
        "Saturday, hours after a Russian drone attack on Kharkiv killed three people."
    )
    assert read.dated_tolls(alone) == [(3, "2027-12-18")]


_FIRE = (
    "BISHKEK, Dec 20 - A fire that broke out in Bishkek's Dordoi bazaar on Sunday evening "
    "killed six people and injured 13, the Emergency Situations Ministry said on Monday.\n\n"
)


def test_a_lower_figure_said_earlier_is_the_count_before_the_toll() -> None:
    """ "The Health Ministry said earlier on Monday that five people had died, before one of
    the injured ... died in hospital": the count before the toll of six, no record of its own."""
    read = CasualtyReader("2027-12-20T15:00:00+06:00", "s39")
    body = _FIRE + (
        "The Health Ministry said earlier on Monday that five people had died, before one of the "
        "injured, a 58-year-old woman, died in hospital."
    )
    assert [killed for killed, _ in read.tolls(body)] == [6]
    # near miss: a larger figure said earlier is another report, kept apart
    larger = _FIRE + "The Health Ministry said earlier on Monday that eight people had died."
    assert 8 in [killed for killed, _ in read.tolls(larger)]
    # near miss: with no toll before it, the figure said earlier is the article's toll
    alone = (
        "BISHKEK, Dec 20 - A fire broke out in Bishkek's Dordoi bazaar on Sunday evening. The "
        "Health Ministry said earlier on Monday that five people had died."
    )
    assert [killed for killed, _ in read.tolls(alone)] == [5]
    # near miss: a figure said earlier of another place is another incident's
    elsewhere = (
        _FIRE + "The Health Ministry said earlier on Monday that two people had died in Osh."
    )
    assert 2 in [killed for killed, _ in read.tolls(elsewhere)]


def _coded(body: str) -> list[tuple[str, str, list[str]]]:
    return [(r.event_type.value, r.status.value, sorted(codes(r))) for r in extract(body)]


def test_sanctions_on_a_states_firms_named_by_their_trade() -> None:
    """ "imposed sanctions on three Nicaraguan gold mining companies": the firms are the
    state's; the Treasury Department under a Washington dateline is the United States."""
    body = (
        "WASHINGTON (AP) - The Treasury Department on Thursday imposed sanctions on three "
        "Nicaraguan gold mining companies."
    )
    assert _coded(body) == [("SANCTION", "occurred", ["NIC", "USA"])]
    # near miss: a capitalised firm's name after the demonym is no trade word
    named = (
        "OTTAWA (AP) - Canada on Friday imposed sanctions on the Nicaraguan Gold Mining "
        "Corporation."
    )
    assert ("SANCTION", "occurred", ["CAN", "NIC"]) not in _coded(named)


def test_would_pay_a_price_is_a_warning() -> None:
    body = (
        "TAIPEI, May 12 (CNA) - China warned on Wednesday that the Paraguayan government would "
        "pay a price for its choice."
    )
    assert _coded(body) == [("THREATEN", "occurred", ["CHN", "PRY"])]
    # near miss: a price paid for a purchase is no threat
    bought = (
        "TAIPEI, May 12 (CNA) - Taiwan's state refiner said on Wednesday it would pay a price "
        "linked to Brent for Paraguayan crude."
    )
    assert [t for t, _, _ in _coded(bought)] == []


def test_a_participle_after_a_quotation_has_the_sentences_subject() -> None:
    """'In Beijing, Chinese Foreign Ministry spokesperson Mao Ning condemned the visit ... as
    "a provocation," warning that the Paraguayan government "will pay a price"': China warns,
    and condemns the visit of the president told before."""
    body = (
        "TAIPEI, May 12 (CNA) - Paraguayan President Santiago Pena arrived in Taipei on Monday "
        "for a five-day state visit.\n\n"
        "In Beijing, Chinese Foreign Ministry spokesperson Mao Ning condemned the visit on "
        'Wednesday as "a provocation," warning that the Paraguayan government "will pay a price '
        'for its erroneous choice."'
    )
    coded = _coded(body)
    assert ("THREATEN", "occurred", ["CHN", "PRY"]) in coded
    assert ("ACCUSE", "occurred", ["CHN", "PRY"]) in coded
    # near miss: a condemned visit with no visit told before has no target to code
    alone = (
        "TAIPEI, May 12 (CNA) - In Beijing, Chinese Foreign Ministry spokesperson Mao Ning "
        'condemned the visit on Wednesday as "a provocation."'
    )
    assert [t for t, _, _ in _coded(alone)] == []
    # near miss: a visit whose visitor the object names is not the one told before
    named = body.replace("condemned the visit on", "condemned the visit by Japanese lawmakers on")
    assert ("ACCUSE", "occurred", ["CHN", "PRY"]) not in _coded(named)


def test_freed_after_years_in_detention_is_a_release() -> None:
    body = (
        "PARIS (AFP) - Iran on Tuesday freed French teacher Cecile Kohler after nearly five "
        "years in detention, the French foreign ministry said."
    )
    assert _coded(body) == [("CONCEDE", "occurred", ["FRA", "IRN"])]
    # near miss: a paper released on detention policies is no release
    paper = (
        "BEIJING (AP) - China on Tuesday released a white paper defending its detention "
        "policies, rejecting U.S. criticism."
    )
    assert "CONCEDE" not in [t for t, _, _ in _coded(paper)]
    # near miss: a report "released" is no release
    report = (
        "PARIS (AFP) - Iran on Tuesday released a report on French detention practices, the "
        "French foreign ministry said."
    )
    assert [t for t, _, _ in _coded(report)] == []


def test_a_meeting_planned_in_an_aside_and_then_postponed_is_cancelled() -> None:
    body = (
        "ISLAMABAD, Aug 11 (Reuters) - A trilateral meeting of the foreign ministers of "
        "Pakistan, Afghanistan and China, set for Friday in the Chinese city of Urumqi, was "
        "postponed, the foreign office said on Wednesday."
    )
    assert _coded(body) == [("CONSULT", "cancelled", ["AFG", "CHN", "PAK"])]
    # near miss: with no plan in an aside, a cue that far after the meeting is not its fate
    far = (
        "ISLAMABAD, Aug 11 (Reuters) - A trilateral meeting of the foreign ministers of "
        "Pakistan, Afghanistan and China took place on Friday in the Chinese city of Urumqi "
        "while a planned rail link was postponed, the foreign office said on Wednesday."
    )
    assert [s for _, s, _ in _coded(far)] == ["occurred"]


def test_bodies_officials_had_not_yet_counted_are_part_of_the_unions_toll() -> None:
    """ "The union put the number of dead at 12, saying three bodies had been brought to the
    surface at a secondary shaft that officials had not yet counted": the three are in the 12."""
    read = CasualtyReader("2027-03-03T14:05:00+03:00", "s39")
    body = (
        "ISTANBUL (AP) - A firedamp explosion tore through a coal mine in Zonguldak, killing "
        "nine miners, officials said Wednesday.\n\n"
        "The miners' union put the number of dead at 12, saying three bodies had been brought "
        "to the surface at a secondary shaft that officials had not yet counted."
    )
    assert sorted(killed for killed, _ in read.tolls(body)) == [9, 12]
    # near miss: bodies the officials had counted are no part left out
    counted = body.replace("had not yet counted", "had counted")
    assert 3 in [killed for killed, _ in read.tolls(counted)]


def test_the_count_before_a_toll_rose_is_the_tolls() -> None:
    """ "The death toll from a fire ... rose to 14 on Monday, after divers recovered three more
    bodies ... Eleven bodies were recovered on Sunday": the eleven are the toll before the
    rise."""
    read = CasualtyReader("2027-03-22T17:35:00+06:00", "s39")
    body = (
        "DHAKA, March 22 (Reuters) - The death toll from a fire that swept through a crowded "
        "passenger ferry on the Bishkhali river rose to 14 on Monday, after divers recovered "
        "three more bodies, officials said.\n\n"
        "The ferry caught fire at about 2 a.m. on Sunday. Eleven bodies were recovered on Sunday."
    )
    assert [killed for killed, _ in read.tolls(body)] == [14]
    # near miss: a count that is not the toll less its rise is another figure
    other = body.replace("Eleven bodies", "Nine bodies")
    assert 9 in [killed for killed, _ in read.tolls(other)]


def test_bodies_found_one_by_one_are_the_tolls_dead() -> None:
    read = CasualtyReader("2027-07-07T14:25:00-06:00", "s39")
    body = (
        "San José, July 7 (EFE).- Five migrants drowned when a small boat capsized on the "
        "Sixaola River on Monday night, the Costa Rican Red Cross said on Wednesday.\n\n"
        "Rescuers recovered four bodies on Tuesday morning and a fifth on Tuesday afternoon, "
        "the Red Cross said."
    )
    # (and EFE's dateline, "San José, July 7 (EFE).-", is no day of the drowning)
    assert read.dated_tolls(body) == [(5, "2027-07-05")]
    # near miss: "and a sixth" is not the five's last
    other = body.replace("a fifth", "a sixth")
    assert (4, "2027-07-06") in read.dated_tolls(other)
    # near miss: bodies of another boat are another incident's
    second = body.replace("and a fifth on Tuesday afternoon", "and a fifth from a second boat")
    assert 4 in [killed for killed, _ in read.tolls(second)]


def test_a_since_clause_that_tells_an_old_incident_is_background() -> None:
    """ "Safety has been a sore point since an underground rock fall at Mufulira killed four
    miners in 2022": a past incident, no running toll."""
    read = CasualtyReader("2027-04-27T10:00:00+02:00", "s39")
    body = (
        "KITWE, Zambia (AP) - Miners at Mufulira ended a pay strike on Monday. Safety has been a "
        "sore point since an underground rock fall at Mufulira killed four miners in 2022."
    )
    assert read.tolls(body) == []
    # near miss: a toll since the start of a period is a running toll
    running = (
        "KITWE, Zambia (AP) - More than 3,000 people have been killed since the start of the "
        "insurgency in 2015, officials said on Monday."
    )
    assert read.scopes(running) == ["cumulative"]
    # near miss: "since" a phrase in the perfect is a running toll's period
    perfect = (
        "KITWE, Zambia (AP) - Militant attacks since the start of the year have killed more than "
        "300 people, officials said on Monday."
    )
    assert read.scopes(perfect) == ["cumulative"]
    # and a recent incident a "since" clause tells is one incident, no running toll
    recent = (
        "KITWE, Zambia (AP) - Miners ended a pay strike on Monday. Safety has been a sore point "
        "since a rock fall at Mufulira killed four miners in March."
    )
    assert read.scopes(recent) == ["incremental"]


def test_reciprocal_measures_answer_the_state_just_told_of() -> None:
    """'France's foreign ministry rejected the accusations on Wednesday as "unfounded" and
    warned that it would take "reciprocal measures"': France warns Burkina Faso, whose minister
    told the expulsion, on the day of the rejection."""
    body = (
        "OUAGADOUGOU, June 23 (Reuters) - The two French diplomats were declared persona non "
        "grata on Tuesday evening, Foreign Minister Karamoko Jean-Marie Traore said.\n\n"
        'France\'s foreign ministry rejected the accusations on Wednesday as "unfounded" and '
        'warned that it would take "reciprocal measures".'
    )
    records = extract(body)
    threats = [r for r in records if r.event_type.value == "THREATEN"]
    assert [(sorted(codes(r)), r.date) for r in threats] == [(["BFA", "FRA"], "2024-03-13")]
    # near miss: with no other state told before, no one is warned
    alone = (
        "PARIS, June 23 (Reuters) - France's foreign ministry said on Wednesday that it would "
        'take "reciprocal measures" if needed.'
    )
    assert [r.event_type.value for r in extract(alone)] == []


def test_a_letter_inviting_a_leader_to_visit_is_an_invitation() -> None:
    body = (
        "BAGHDAD (AP) - Saudi Deputy Foreign Minister Waleed al-Khuraiji handed Iranian Deputy "
        "Foreign Minister Majid Takht-Ravanchi a letter from Crown Prince Mohammed bin Salman "
        "inviting Iranian President Masoud Pezeshkian to visit the kingdom, IRNA reported on "
        "Tuesday."
    )
    assert [(r.event_type.value, r.mode) for r in extract(body)] == [("REQUEST", "invitation")]
    # near miss: "inviting" criticism or retaliation is no invitation
    risk = (
        "BAGHDAD (AP) - Iraq's move risked inviting Iranian retaliation against Saudi Arabia, an "
        "Iraqi official said on Tuesday."
    )
    assert "REQUEST" not in [t for t, _, _ in _coded(risk)]


def test_plans_included_in_agreements_signed_are_what_was_agreed() -> None:
    """ "signed 14 agreements on Monday, including plans to merge customs checks": signed, and
    at a joint session of the two governments, a meeting."""
    body = (
        "TIRANA, Nov 29 (Reuters) - Albania and Kosovo signed 14 agreements on Monday, including "
        "plans to merge customs checks at the Morine crossing, at a joint session of their "
        "governments in the port city of Durres."
    )
    coded = _coded(body)
    assert ("AGREE", "occurred", ["ALB", "XKX"]) in coded
    assert [(r.event_type.value, r.mode) for r in extract(body)].count(("CONSULT", "meeting")) == 1
    # near miss: agreements that are only planned are to come
    planned = (
        "TIRANA, Nov 29 (Reuters) - Albania and Kosovo plan to sign 14 agreements, including one "
        "to merge customs checks at the Morine crossing."
    )
    assert ("AGREE", "occurred", ["ALB", "XKX"]) not in _coded(planned)


def test_the_two_leaders_urging_a_third_state_are_the_pair_told_before() -> None:
    body = (
        "SEOUL, Jan. 14 (Yonhap) -- President Lee Jae-myung and Japanese Prime Minister Sanae "
        "Takaichi met in Busan on Thursday. The two leaders also issued a joint statement urging "
        "North Korea to abandon its nuclear and missile programs, Lee's office said."
    )
    assert ("REQUEST", "occurred", ["JPN", "KOR", "PRK"]) in _coded(body)
    # near miss: urging no one the clause names is no appeal
    vague = body.replace("urging North Korea to abandon", "urging restraint over")
    assert "REQUEST" not in [t for t, _, _ in _coded(vague)]


def test_casualty_words_of_set_46() -> None:
    """ "bringing the total number of deaths to seven" is a running toll; "fatally wounding one
    man" a death; a district that "accounted for the highest number of deaths at five" a part of
    the toll; "in those clashes" after a war of an earlier year told before, background."""
    read = CasualtyReader("2027-02-06T13:30:00+03:00", "s39")
    toll = (
        "NAIROBI, Feb. 6 (Xinhua) -- Three of the injured died overnight, bringing the total "
        "number of deaths to seven, the government said."
    )
    assert read.scopes(toll) == ["cumulative"]
    fatal = (
        "PARAMARIBO, Feb. 6 (AFP) - The gendarmes returned fire, fatally wounding one man, the "
        "prefecture said."
    )
    assert read.tolls(fatal) == [(1, None)]
    share = (
        "PATNA, Feb. 6 (PTI) - At least 21 people were killed in lightning strikes across Bihar "
        "on Friday, officials said. Gaya district accounted for the highest number of deaths at "
        "five, followed by Nalanda with four."
    )
    assert [killed for killed, _ in read.tolls(share)] == [21]
    old = (
        "YEREVAN, Feb. 6 (Reuters) - Armenia's parliament voted on Thursday to leave the CSTO. "
        "Pashinyan froze Armenia's participation in 2024, saying it had failed to defend Armenia "
        "when Azerbaijani troops attacked its territory in September 2022. About 300 soldiers "
        "were killed on both sides in those clashes."
    )
    assert read.tolls(old) == []
    # near miss: "those clashes" of this week are news
    recent = old.replace("in September 2022", "on Tuesday").replace(
        "froze Armenia's participation in 2024, saying", "said"
    )
    assert read.tolls(recent) != []


def test_hyphened_nationalities_name_both_states() -> None:
    assert ("CONSULT", "occurred", ["CHN", "IND"]) in _coded(
        "BEIJING (AP) - Sino-Indian border talks resumed on Wednesday."
    )
    assert ("CONSULT", "occurred", ["DEU", "FRA"]) in _coded(
        "PARIS (AFP) - The Franco-German council of ministers met in Toulouse on Wednesday."
    )
    # near misses: a business forum of two peoples, a combining form as a name, "pro-Russian"
    forum = (
        "BERLIN (AP) - Merkel told a German-Ukrainian business forum in Berlin on Thursday that "
        "the sailors must be freed."
    )
    assert _coded(forum) == []
    general = "MADRID (AP) - Historians met on Wednesday to discuss General Franco and Germany."
    assert all("FRA" not in c for _, _, c in _coded(general))
    separatists = "MOSCOW (AP) - Russian officials met pro-Russian separatists on Wednesday."
    assert _coded(separatists) == []


def test_a_bare_reference_does_not_raise_an_events_mode() -> None:
    """ "The ministers met in Madrid on Monday ... The talks focused on fisheries": still the
    meeting told (a reference names no kind of its own)."""
    body = (
        "MADRID (Reuters) - Spanish Foreign Minister Jose Manuel Albares met his Moroccan "
        "counterpart Nasser Bourita in Madrid on Monday. The talks focused on fisheries."
    )
    assert [(r.event_type.value, r.mode) for r in extract(body)] == [("CONSULT", "meeting")]
    # near miss: talks told with their own day and place are talks
    told = (
        "MADRID (Reuters) - Spain and Morocco held talks in Madrid on Monday on fisheries, the "
        "foreign ministry said."
    )
    assert [(r.event_type.value, r.mode) for r in extract(told)] == [("CONSULT", "talks")]


def test_reciprocal_measures_answer_a_hostile_act_not_a_favour() -> None:
    lithuania = (
        "VILNIUS, July 15 (Reuters) - Lithuania expelled a Russian diplomat on Tuesday. The move "
        "followed similar steps by Latvia and Estonia last month. Russia's foreign ministry said "
        'on Wednesday that Moscow would take "reciprocal measures".'
    )
    threats = [c for t, _, c in _coded(lithuania) if t == "THREATEN"]
    assert threats == [["LTU", "RUS"]]
    favour = (
        "HANOI, July 15 (Reuters) - China said on Tuesday it would extend visa-free entry for "
        "Vietnamese citizens. Vietnam's foreign ministry welcomed the decision and said Hanoi "
        'would take "reciprocal measures" to ease entry for Chinese tourists.'
    )
    assert "THREATEN" not in [t for t, _, _ in _coded(favour)]


def test_inviting_needs_a_letter() -> None:
    forum = (
        "TASHKENT (AP) - Mirziyoyev addressed a business forum in Tashkent on Wednesday, inviting "
        "American investors to come to Uzbekistan."
    )
    assert "REQUEST" not in [t for t, _, _ in _coded(forum)]
    wrote = (
        "ACCRA (AP) - Ghana's president wrote to Nigeria's president on Wednesday inviting him to "
        "travel to Accra for talks on the cocoa trade."
    )
    assert ("REQUEST", "occurred", ["GHA", "NGA"]) in _coded(wrote)


def test_an_act_after_an_event_of_a_year_long_past_is_background() -> None:
    body = (
        "HANOI (AP) - Pope Leo received Vietnam's president on Saturday. Vietnam cut ties with "
        "the Holy See after the communist victory in 1975."
    )
    assert "SANCTION" not in [t for t, _, _ in _coded(body)]
    # near miss: an act with a day of its own is news, whatever year it speaks of
    news = body.replace(
        "cut ties with the Holy See after the communist victory in 1975",
        "cut ties with the Holy See on Friday after a row over the 1975 victory",
    )
    assert "SANCTION" in [t for t, _, _ in _coded(news)]


def test_the_next_meeting_is_to_come() -> None:
    body = (
        "PRAGUE, July 15 (Reuters) - The next joint government session of the Czech Republic and "
        "Slovakia is scheduled for 2027 in Kosice."
    )
    assert _coded(body) == [("CONSULT", "scheduled", ["CZE", "SVK"])]
    # near misses: the next round told as held; "the next three hours"
    held = (
        "PRAGUE, July 15 (Reuters) - The next round of talks between Serbia and Kosovo, held in "
        "May, ended without a deal."
    )
    assert [s for _, s, _ in _coded(held)] == ["occurred"]
    hours = (
        "ZURICH, Oct 10 (Reuters) - Clinton spent the next three hours shuttling between the "
        "Armenian and Turkish delegations before the signing."
    )
    assert "scheduled" not in [s for _, s, _ in _coded(hours)]


def test_appeals_at_talks_and_to_the_government_of_the_dateline() -> None:
    """ "Bangladesh used the talks to ask Pakistan again to apologise": an appeal; a U.N.
    mission's head who "called on the government" under a Juba dateline asks South Sudan."""
    talks = (
        "DHAKA, April 27 (Reuters) - Pakistan's foreign minister held talks in Dhaka on Tuesday. "
        "Bangladesh used the talks to ask Pakistan again to formally apologise for the 1971 war."
    )
    assert ("REQUEST", "occurred", ["BGD", "PAK"]) in _coded(talks)
    un = (
        "JUBA, Jan 25 (Reuters) - Raiders killed 24 people in Jonglei state on Saturday. The head "
        "of UNMISS, Anita Kiki Gbeho, called on the government on Sunday to deploy forces."
    )
    assert ("REQUEST", "occurred", ["SSD", "UNO"]) in _coded(un)
    # near misses: a home party's call on the government stays at home; "the government of"
    # another state is that state
    home = un.replace("The head of UNMISS, Anita Kiki Gbeho,", "South Sudan's opposition")
    assert "REQUEST" not in [t for t, _, _ in _coded(home)]
    other = un.replace("called on the government", "called on the government of Sudan")
    assert ("REQUEST", "occurred", ["SSD", "UNO"]) not in _coded(other)
