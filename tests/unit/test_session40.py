"""Rules of the fortieth session (held-out sets 47 and 48), each with the near misses that
keep it narrow."""

from __future__ import annotations

from newsevents.contracts import DiplomaticEvent, RawArticle
from newsevents.pipeline import extract_article
from tests.unit.casualty_helpers import CasualtyReader
from tests.unit.diplomatic_helpers import codes, extract

_read = CasualtyReader("2027-05-11T19:50:00+05:30", "s40")

_SHELLING = (
    "SRINAGAR, May 11 (Reuters) - Pakistani shelling across the Line of Control killed four "
    "Indian civilians and wounded nine in Kashmir's Poonch district late on Monday, Indian "
    "police said, while Pakistan said Indian fire had killed three villagers on its side.\n\n"
    "Pakistan's military said Indian troops had opened fire first and that three civilians "
    "had been killed and five wounded in the Kotli district."
)


def test_an_armys_fire_is_gunfire_not_a_blaze() -> None:
    """ "Pakistan said Indian fire had killed three villagers", then "Indian troops had opened
    fire ... three civilians had been killed and five wounded": one incident told twice."""
    assert sorted(_read.tolls(_SHELLING)) == [(3, 5), (4, 9)]
    enemy = "Two soldiers were killed by enemy fire near the border on Monday, the army said."
    assert _read.causes(enemy) == ["shooting"]
    # near miss: a fire with no one firing it is a blaze
    blaze = "A fire killed three people in a market in Karachi on Monday, officials said."
    assert _read.causes(blaze) == ["fire"]
    house = "A Pakistani house fire killed three people on Monday, police said."
    assert _read.causes(house) == ["fire"]
    # near miss: a blaze named by its country, with an article or blaze words about it
    greek = "The Greek fire killed two people and injured 15 on Monday, officials said."
    assert _read.causes(greek) == ["fire"]
    chinese = "A Chinese fire that broke out at a chemical plant killed eight workers on Monday."
    assert _read.causes(chinese) == ["fire"]


def test_the_toll_of_an_old_conflict_named_again_is_background() -> None:
    """ "... since May 2025, when the two countries fought a four-day conflict ... At least 70
    people were killed in that conflict": that year's toll, not news."""
    body = _SHELLING + (
        "\n\nThe exchange was the most serious since May 2025, when the two countries fought a "
        "four-day conflict. At least 70 people were killed in that conflict, according to "
        "official figures."
    )
    assert (70, None) not in _read.tolls(body)
    # near miss: a conflict of this year is no background
    recent = _SHELLING + (
        "\n\nThe exchange was the most serious since March 2027, when the two countries fought "
        "a four-day conflict. At least 70 people were killed in that conflict, according to "
        "official figures."
    )
    assert (70, None) in _read.tolls(recent)


def test_two_armies_agreeing_to_observe_the_ceasefire_is_an_agreement() -> None:
    """ "The directors general of military operations of the two armies ... agreed to
    'strictly observe' the ceasefire": a ceasefire agreed again, by the pair told before."""
    lead = (
        "SRINAGAR, May 11 (Reuters) - India accused Pakistan on Tuesday of violating the "
        "ceasefire understanding.\n\n"
    )
    body = lead + (
        "The directors general of military operations of the two armies spoke over their "
        'hotline on Tuesday afternoon and agreed to "strictly observe" the ceasefire, the '
        "Indian army said."
    )
    agreed = [r for r in extract(body) if r.event_type.value == "AGREE"]
    assert [(r.mode, codes(r)) for r in agreed] == [("ceasefire", {"IND", "PAK"})]
    named = (
        "SRINAGAR, May 11 (Reuters) - India and Pakistan agreed on Tuesday to respect the "
        "ceasefire, the Indian army said."
    )
    assert [r.mode for r in extract(named) if r.event_type.value == "AGREE"] == ["ceasefire"]
    # near miss: a call to respect it is an appeal, not an agreement
    appeal = (
        "SRINAGAR, May 11 (Reuters) - The United Nations called on India and Pakistan on "
        "Tuesday to respect the ceasefire."
    )
    assert [r.event_type.value for r in extract(appeal)] == ["REQUEST"]
    # near miss: "the two militaries" proposed to meet are not the pair told before
    proposal = lead + (
        "South Korea's defense ministry had proposed on Oct. 28 that the two militaries meet "
        "at Panmunjom."
    )
    assert all(
        codes(r) != {"IND", "PAK"} for r in extract(proposal) if r.event_type.value == "CONSULT"
    )


_LANDSLIDE = (
    "YANGON (AP) - A landslide at a jade mine killed 19 people on Saturday, officials said. "
)


def test_a_vague_tally_of_recent_years_is_background() -> None:
    """ "Hundreds of people have died in landslides in the area in recent years": a vague tally
    of many incidents, not news; nor "over the past decade" with a vague figure."""
    read = CasualtyReader("2027-07-04T19:00:00+06:30", "s40")
    years = _LANDSLIDE + "Hundreds of people have died in landslides in the area in recent years."
    assert read.tolls(years) == [(19, None)]
    decade = _LANDSLIDE + "Dozens of miners have died in such accidents over the past decade."
    assert read.tolls(decade) == [(19, None)]
    # near miss: an exact figure over a decade is a running toll of its own
    exact = _LANDSLIDE + "At least 1,200 people have died in landslides over the past decade."
    assert (1200, None) in read.tolls(exact)
    # near miss: a comparison with recent years says how bad the news is, nothing more
    worst = (
        "PORT-AU-PRINCE (AP) - A gang attack on the town of Pont-Sonde killed 70 people on "
        "Thursday, one of the deadliest attacks in Haiti in recent years."
    )
    assert read.tolls(worst) == [(70, None)]
    # near miss: the news of a day, told beside recent years, is no tally of them
    highest = (
        "MOGADISHU (Reuters) - A car bomb killed 15 people in Mogadishu on Sunday, the latest "
        "in a string of attacks in the capital in recent years."
    )
    assert read.tolls(highest) == [(15, None)]


def test_the_count_before_a_rise_told_right_after_it() -> None:
    """ "The death toll ... rose to six on Wednesday ... Four people were confirmed dead on
    Tuesday ... Two more bodies were recovered on Wednesday": the four are the toll's earlier
    figure; so are "Five bodies were recovered on Wednesday and two more on Thursday", whose
    wounded are the toll's."""
    read = CasualtyReader("2027-01-13T15:30:00+13:00", "s40")
    lead = (
        "NUKU'ALOFA (AFP) - The death toll from Cyclone Pita in Tonga rose to six on Wednesday, "
        "the emergency office said.\n\n"
    )
    body = lead + (
        "Four people were confirmed dead on Tuesday on Lifuka island. Two more bodies were "
        "recovered on Wednesday from the sea off Nomuka, the emergency office said."
    )
    assert read.tolls(body) == [(6, None)]
    same = lead + (
        "Four bodies were recovered on Tuesday and two more on Wednesday morning, the office "
        "said, adding that 38 people had been injured."
    )
    assert read.tolls(same) == [(6, 38)]
    # near miss: counts that do not add up to the toll stay apart
    other = lead + (
        "Three people were confirmed dead on Tuesday on Lifuka island. Two more bodies were "
        "recovered on Wednesday from the sea off Nomuka, the emergency office said."
    )
    assert (3, None) in read.tolls(other)


_DRAW = (
    "RABAT, March 26 (Reuters) - Morocco and Algeria drew 1-1 in their Africa Cup of Nations "
    'qualifier in Rabat on Friday, a long-awaited "Maghreb summit" played before a sell-out '
    "crowd at the stadium.\n\n"
    "Ayoub El Kaabi put the hosts ahead with a header before the striker Mohamed Amoura levelled "
    "for Algeria. The coach said his squad deserved a point."
)


def test_a_match_nicknamed_a_summit_and_a_mountain_top_are_no_summits() -> None:
    """A football match called a "Maghreb summit" in quotes, and "the summit of the Stelvio
    Pass" in a cycling report, are no meetings of states."""
    assert extract(_DRAW) == []
    cycling = (
        "BORMIO, May 29 (ANSA) - Mexico's Isaac del Toro won the queen stage of the Giro "
        "d'Italia to the summit of the Stelvio Pass on Saturday, extending his lead before the "
        "final time trial, and Slovenia's rider took the last place on the podium.\n\n"
        "Race organisers confirmed on Saturday that they were in talks with Slovenian and "
        "Croatian officials about a start of the 2029 Giro in the Balkans."
    )
    assert extract(cycling) == []
    # near miss: one word of another sport makes no sports story
    golf = (
        "WASHINGTON (Reuters) - Japan's ambassador met U.S. Commerce Secretary Howard Lutnick "
        "on Monday to discuss tariffs, a day after a round of golf."
    )
    assert [r.event_type.value for r in extract(golf, "Japan envoy meets Lutnick after golf")] == [
        "CONSULT"
    ]
    # near miss: a state named a federation is no organiser
    federation = (
        "MOSCOW (Reuters) - The Russian Federation held talks with China on Tuesday about "
        "trade, as the volleyball league and basketball championship opened."
    )
    assert [codes(r) for r in extract(federation)] == [{"RUS", "CHN"}]
    # near miss: leaders' summit in quotes is still a summit
    leaders = (
        "RABAT, March 26 (Reuters) - Moroccan King Mohammed VI and Algerian President "
        'Abdelmadjid Tebboune held a "Maghreb summit" in Rabat on Friday.'
    )
    assert [r.mode for r in extract(leaders)] == ["summit"]
    # near miss: talks of officials with states in a story that is not about sport
    talks = (
        "LJUBLJANA, May 29 (STA) - Slovenia held talks with Croatia on Saturday about the "
        "border, the Foreign Ministry said."
    )
    assert [codes(r) for r in extract(talks)] == [{"SVN", "HRV"}]


def test_a_publishers_talks_with_partners_abroad_are_a_firms() -> None:
    """ "the publisher said it was in talks with partners in Japan and the United States about
    translated editions": a firm's talks, no states'."""
    body = (
        "ESSEN (dpa) - Copies of the game sold out on Friday, and the publisher said it was in "
        "talks with partners in Japan and the United States about translated editions."
    )
    assert extract(body) == []
    # near miss: a state in talks is a side
    state = (
        "TOKYO (Kyodo) - Japan said it was in talks with the United States about the tariffs "
        "on Friday."
    )
    assert [codes(r) for r in extract(state)] == [{"JPN", "USA"}]


def test_an_expulsion_of_migrants_is_no_expulsion_of_diplomats() -> None:
    """ "to protest against ... the 'forced and massive' expulsion of Comorians from the French
    island of Mayotte": migrants sent away, no diplomatic sanction."""
    body = (
        "MORONI (AFP) - The Comoros on Thursday summoned France's ambassador to protest against "
        'what it called the "forced and massive" expulsion of Comorians from the French island '
        "of Mayotte."
    )
    assert [r.event_type.value for r in extract(body)] == ["ACCUSE"]
    # near miss: an expulsion of diplomats is a sanction
    diplomats = (
        "SOFIA (Reuters) - Bulgaria announced on Thursday the expulsion of two Russian "
        "diplomats over spying."
    )
    assert [r.mode for r in extract(diplomats)] == ["expulsion"]


def test_thousands_drowned_since_a_decade_is_a_vague_tally() -> None:
    """ "Thousands of people are believed to have drowned since the 1990s trying to reach
    Mayotte": no figure of news; an exact one since a decade stays."""
    read = CasualtyReader("2027-03-04T17:10:00+03:00", "s40")
    lead = "MORONI (AFP) - A boat sank off Anjouan on Monday, killing 12 people. "
    vague = lead + "Thousands of people have drowned since the 1990s trying to reach Mayotte."
    assert read.tolls(vague) == [(12, None)]
    exact = lead + "More than 2,000 people have drowned since the 1990s trying to reach Mayotte."
    assert (2001, None) in read.tolls(exact)


def test_rescue_teams_and_firefighting_planes_that_land_bring_aid() -> None:
    """A rescue team "with search dogs" or planes "equipped to drop water" that landed in a
    stricken country bring aid, not a visit; EFE's "Santiago de Chile" dateline gives the
    recipient."""
    team = (
        "TBILISI (AFP) - A 28-member team of Turkiye's disaster agency, with search dogs and "
        "thermal cameras, landed in Kutaisi on Wednesday night after the mudflow."
    )
    assert [(r.event_type.value, codes(r)) for r in extract(team)] == [("AID", {"TUR", "GEO"})]
    planes = (
        "Santiago de Chile, Feb 15 (EFE).- Two Brazilian Air Force KC-390 planes equipped to "
        "drop water landed in Concepcion on Monday afternoon, Brazil's Defense Ministry said."
    )
    assert [(r.event_type.value, codes(r)) for r in extract(planes)] == [("AID", {"BRA", "CHL"})]
    # near miss: a minister who landed in a capital visits
    visit = (
        "TBILISI (AFP) - Turkish Foreign Minister Hakan Fidan landed in Tbilisi on Wednesday "
        "for talks with his Georgian counterpart."
    )
    assert "AID" not in [r.event_type.value for r in extract(visit)]


_KOSTI = (
    "CAIRO (AP) - A drone strike on a crowded market in the Sudanese city of Kosti killed at "
    "least 12 people and wounded 30 others, the Health Ministry said Monday.\n\n"
)


def test_a_rival_toll_from_a_group_tracking_the_war_is_the_incidents() -> None:
    """ "The Sudan Doctors Network, a medical group tracking the war, gave a higher toll, saying
    17 people ... had been killed": the strike's dead by another count, not the war's toll; and
    the drone "setting fire to stalls" is still the strike."""
    read = CasualtyReader("2027-10-18T16:20:00+02:00", "s40")
    body = _KOSTI + (
        "The drone hit the city's livestock market around midday Sunday, setting fire to stalls "
        "and trucks, the ministry said.\n\n"
        "The Sudan Doctors Network, a medical group tracking the war, gave a higher toll, saying "
        "17 people, including four children, had been killed."
    )
    records = read.records(body)
    assert [(r.killed and r.killed.count, r.scope.value, r.cause) for r in records] == [
        (12, "incremental", "drone_strike"),
        (17, "incremental", "drone_strike"),
    ]
    # near miss: the war as the subject of the toll is the war's running toll
    war = _KOSTI + "The war has killed at least 150,000 people, according to U.N. agencies."
    assert "cumulative" in read.scopes(war)
    # near miss: gunmen who set fire to houses after shooting is an attack of its own kind
    arson = "Gunmen killed 12 villagers on Sunday, setting fire to houses, police said."
    assert read.causes(arson) != ["drone_strike"]


def test_a_headlines_second_clause_has_its_own_subject() -> None:
    """ "Khartoum accuses UAE, Abu Dhabi rejects charge": the rejection is Abu Dhabi's, one with
    the body's "The UAE rejected the accusation"."""
    title = "Khartoum accuses UAE, Abu Dhabi rejects charge"
    body = (
        "CAIRO (AP) - Sudan accused the United Arab Emirates on Monday of arming the RSF.\n\n"
        "The UAE rejected the accusation later Monday as baseless."
    )
    records = extract(body, title)
    assert sorted(r.event_type.value for r in records) == ["ACCUSE", "REJECT"]


_ASTANA = (
    "ASTANA, June 15 (Xinhua) -- Chinese Premier Li Qiang met with Kazakh President "
    "Kassym-Jomart Tokayev in Astana on Tuesday.\n\n"
)


def _extract_at(body: str, published: str) -> list[DiplomaticEvent]:
    """The diplomatic records of ``body`` published at ``published``."""
    article = RawArticle(id="s40", title="World news", body=body, published_at=published)
    return extract_article(article).diplomatic


def _astana(body: str) -> list[tuple[str, str | None, set[str], list[str]]]:
    return [
        (
            r.mode,
            r.location.name if r.location else None,
            {p.country_code for p in r.participants if p.country_code},
            sorted(p.name for p in r.participants if p.kind == "person"),
        )
        for r in _extract_at(body, "2027-06-15T22:10:00+08:00")
    ]


def test_cooperation_documents_signed_are_an_agreement() -> None:
    """ "the two premiers witnessed the signing of 15 cooperation documents": an agreement."""
    body = _ASTANA + (
        "Later on Tuesday, Li held talks with Kazakh Prime Minister Olzhas Bektenov. After the "
        "talks, the two premiers witnessed the signing of 15 cooperation documents."
    )
    assert "agreement" in [mode for mode, *_ in _astana(body)]
    # near miss: documents of no agreement
    other = _ASTANA + "Li's office published 15 documents on the visit."
    assert "agreement" not in [mode for mode, *_ in _astana(other)]


def test_a_gathering_of_an_older_year_is_not_the_news() -> None:
    """ "Xi paid a state visit to Kazakhstan in July 2024 and attended the China-Central Asia
    Summit in Astana in June 2025": that summit is no part of Tuesday's meeting."""
    body = _ASTANA + (
        "In September 2013, Chinese President Xi Jinping first proposed the Silk Road Economic "
        "Belt in a speech in Astana. Xi paid a state visit to Kazakhstan in July 2024 and "
        "attended the China-Central Asia Summit in Astana in June 2025."
    )
    assert _astana(body) == [
        ("meeting", "Astana", {"CHN", "KAZ"}, ["Kassym-Jomart Tokayev", "Li Qiang"])
    ]


def test_the_city_a_visitor_leaves_for_is_where_the_talks_are() -> None:
    """ "Li will leave Astana on Wednesday for Bishkek, where he will hold talks": in Bishkek."""
    body = _ASTANA + (
        "Li will leave Astana on Wednesday for Bishkek, where he will hold talks with Kyrgyz "
        "Prime Minister Adylbek Kasymaliev."
    )
    places = [place for mode, place, *_ in _astana(body) if mode != "meeting"]
    assert places == ["Bishkek"]


def test_the_place_whence_harm_came_is_not_where_the_dead_were() -> None:
    """ "Floods in India's northeastern state of Assam, worsened by the release of water from a
    dam in neighbouring Bhutan, have killed 14 people": in India, not Bhutan."""
    read = CasualtyReader("2027-07-09T18:45:00+05:30", "s40")
    body = (
        "GUWAHATI, India, July 9 (Reuters) - Floods in India's northeastern state of Assam, "
        "worsened by the release of water from a dam in neighbouring Bhutan, have killed 14 "
        "people this week, state officials said on Friday."
    )
    assert read.countries(body) == ["IND"]
    # near miss: bodies recovered from a river in a district are there
    river = (
        "MALAPPURAM, India (Reuters) - Twelve bodies were recovered on Tuesday from the "
        "Chaliyar river in Malappuram district of Kerala, police said."
    )
    assert read.countries(river) == ["IND"]


def test_agreed_rules_and_warnings_received_are_no_events() -> None:
    """ "the dam had been operated 'strictly in line with agreed protocols'": rules agreed long
    ago; 'villagers had received "barely two hours of warning"': no one received as a guest."""
    body = (
        "NEW DELHI (Reuters) - Bhutan's embassy in New Delhi said on Thursday that the dam had "
        'been operated "strictly in line with agreed protocols" with India.\n\n'
        "Assam's chief minister said on Wednesday that villagers near the Indian border with "
        'Bhutan had received "barely two hours of warning" from the president\'s office.'
    )
    assert [r.event_type.value for r in extract(body)] == []
    # near miss: protocols agreed are an agreement
    agreed = (
        "THIMPHU (Reuters) - India and Bhutan agreed on Thursday to new protocols for warning "
        "of dam releases."
    )
    assert [r.event_type.value for r in extract(agreed)] == ["AGREE"]


def test_visa_free_travel_suspended_is_a_sanction_and_brussels_the_union() -> None:
    """ "The European Union on Tuesday suspended visa-free travel for Georgian citizens": a
    penalty aimed at Georgia; "Kobakhidze accuses Brussels" in a story of the EU accuses the
    Union, not Belgium."""
    body = (
        "BRUSSELS (dpa) - The European Union on Tuesday suspended visa-free travel for Georgian "
        "citizens for an initial period of 12 months.\n\n"
        "Georgian Prime Minister Irakli Kobakhidze said on Tuesday that Brussels was punishing "
        'ordinary Georgians, and accused Brussels of "blackmail".'
    )
    records = extract(body)
    assert [
        (r.event_type.value, codes(r)) for r in records if r.event_type.value == "SANCTION"
    ] == [("SANCTION", {"EUR", "GEO"})]
    accused = [r for r in records if r.event_type.value == "ACCUSE"]
    assert accused
    assert all("BEL" not in codes(r) for r in accused)
    # near miss: Brussels in a story without the EU is Belgium's capital
    belgium = (
        "PARIS (AFP) - France summoned Belgium's ambassador on Tuesday and accused Brussels of "
        "failing to stop smugglers."
    )
    assert all("EUR" not in codes(r) for r in extract(belgium))


def _extract_on(body: str, published: str = "2027-11-09T20:30:00+01:00") -> list[str]:
    return [r.event_type.value for r in _extract_at(body, published)]


def test_an_answer_to_an_act_of_an_older_year_is_background() -> None:
    """ "... recalled their ambassadors from Algiers in April 2025 ... Algeria responded by
    recalling its own ambassadors from Bamako and Niamey": that year's answer."""
    body = (
        "ALGIERS, Nov 9 (Reuters) - Algeria and Niger agreed on Tuesday to send their "
        "ambassadors back to each other's capitals.\n\n"
        "Niger, Mali and Burkina Faso recalled their ambassadors from Algiers in April 2025 "
        "after Algeria shot down a Malian drone. Algeria responded by recalling its own "
        "ambassadors from Bamako and Niamey."
    )
    assert "SANCTION" not in _extract_on(body)
    # near miss: an answer to the news of the day is news
    today = (
        "ALGIERS, Nov 9 (Reuters) - Mali recalled its ambassador from Algiers on Tuesday after "
        "Algeria shot down a Malian drone. Algeria responded by recalling its own ambassador "
        "from Bamako."
    )
    assert _extract_on(today).count("SANCTION") == 2


def test_an_invitation_conveyed_by_an_envoy_is_an_invitation() -> None:
    """ "Tebboune asked Sangare to convey an invitation to Niger's military ruler, General
    Abdourahamane Tiani, to visit Algeria": an invitation, and no visit planned."""
    body = (
        "ALGIERS, Nov 9 (Reuters) - Niger's Foreign Minister Bakary Yaou Sangare held talks with "
        "Algerian Foreign Minister Ahmed Attaf on Tuesday.\n\n"
        "Algerian President Abdelmadjid Tebboune asked Sangare to convey an invitation to "
        "Niger's military ruler, General Abdourahamane Tiani, to visit Algeria, the presidency "
        "said."
    )
    modes = [r.mode for r in extract(body)]
    assert "invitation" in modes
    assert "visit" not in modes
    assert "appeal" not in modes


def test_a_regions_request_of_its_own_government_is_domestic() -> None:
    """ "Kerala Chief Minister Pinarayi Vijayan asked the federal government to bear the cost of
    flying the bodies home": no foreign relations."""
    body = (
        "NEW DELHI (Reuters) - Kerala Chief Minister Pinarayi Vijayan asked the federal "
        "government on Monday to bear the cost of flying the bodies home from Saudi Arabia."
    )
    assert extract(body) == []
    # near miss: an organisation's appeal to a federal government is an appeal
    igad = (
        "NAIROBI (Reuters) - IGAD Executive Secretary Workneh Gebeyehu urged the federal "
        "government of Somalia and Jubaland on Tuesday to agree to an immediate ceasefire."
    )
    assert [r.event_type.value for r in extract(igad)] == ["REQUEST"]


def test_a_warning_aimed_at_the_state_whose_thing_it_would_hit() -> None:
    """ "warned on Wednesday that Athens would block North Macedonia's accession talks": a
    warning to North Macedonia, named only as the possessor."""
    body = (
        "ATHENS, Sept 29 (Reuters) - Greek government spokesman Pavlos Marinakis warned on "
        "Wednesday that Athens would block North Macedonia's accession talks."
    )
    assert [(r.event_type.value, codes(r)) for r in extract(body)] == [("THREATEN", {"GRC", "MKD"})]
    # near miss: the warner's own state as possessor is no target
    own = (
        "ATHENS, Sept 29 (Reuters) - Greek government spokesman Pavlos Marinakis warned on "
        "Wednesday that Athens would block Greece's ports to the ships."
    )
    assert all("MKD" not in codes(r) for r in extract(own))


def test_a_second_subjects_act_to_come_is_its_own_clause() -> None:
    """ "The two countries also signed a memorandum on a feasibility study ..., and Korea Hydro &
    Nuclear Power will open an office in Tashkent": the firm's office places no agreement."""
    body = (
        "SEOUL, June 3 (Yonhap) -- South Korea and Uzbekistan signed a memorandum on Thursday "
        "on a study of small reactors, and Korea Hydro & Nuclear Power will open an office in "
        "Tashkent, the industry ministry said."
    )
    agreed = [r for r in extract(body) if r.event_type.value == "AGREE"]
    assert [r.location.name if r.location else None for r in agreed] != ["Tashkent"]


def test_the_second_reviews_near_misses() -> None:
    """Cases a review of the session's rules found them spoiling, kept as they were."""
    read = CasualtyReader("2027-05-11T10:00:00+00:00", "s40")
    # gunfire beside a hospital or a building is still gunfire
    hospital = (
        "GAZA (Reuters) - Israeli fire killed three Palestinians near the Nasser hospital in "
        "Khan Younis on Tuesday, medics said."
    )
    assert read.causes(hospital) == ["shooting"]
    # a vague tally in the simple past is background too
    simple = (
        "KATHMANDU (Reuters) - A landslide killed 19 people on Saturday. Hundreds of people "
        "died in landslides in the area in recent years."
    )
    assert read.tolls(simple) == [(19, None)]
    # the place a body fell from is where it was
    bridge = "MUMBAI (Reuters) - Four people died on Tuesday after falling from a bridge in Mumbai."
    assert read.place_names(bridge) == ["Mumbai"]
    # "agreed" as the verb, "received only" a leader, a city's court
    assert [
        r.event_type.value
        for r in extract(
            "KYIV (Reuters) - Russia and Ukraine agreed protocols on Tuesday for the exchange of "
            "prisoners of war."
        )
    ] == ["AGREE"]
    assert [
        r.event_type.value
        for r in extract(
            "MOSCOW (Reuters) - Russian President Vladimir Putin received only Chinese President Xi "
            "Jinping at the Kremlin on Tuesday."
        )
    ] == ["CONSULT"]
    court = (
        "RABAT (Reuters) - Morocco recalled its ambassador to Belgium on Tuesday after Brussels "
        "expelled a Moroccan diplomat, a case that has also strained ties with the European "
        "Union."
    )
    assert all("EUR" not in codes(r) for r in extract(court))
    # a team game hosted is no state visit
    game = (
        "BELGRADE (Reuters) - Serbia will host Greece in Belgrade on Friday in a basketball "
        "warm-up game."
    )
    assert extract(game) == []
    # an organisation's appeal made after talks with a regional leader is an appeal
    imf = (
        "ISLAMABAD (Reuters) - The IMF mission chief, after talks with Punjab Chief Minister "
        "Maryam Nawaz, urged the federal government on Tuesday to raise taxes."
    )
    assert "REQUEST" in [r.event_type.value for r in extract(imf)]


def test_activists_freed_and_a_commission_sitting() -> None:
    """ "Tanzania on Wednesday freed two Kenyan human rights activists who had been held without
    charge" is a release; "the fifth session of their Bi-National Commission" is talks."""
    freed = (
        "NAIROBI, March 11 (Reuters) - Tanzania on Wednesday freed two Kenyan human rights "
        "activists who had been held without charge for nine days, Kenya's foreign ministry said."
    )
    assert [(r.mode, codes(r)) for r in extract(freed)] == [("release", {"KEN", "TZA"})]
    session = (
        "HARARE, Aug. 27 (Xinhua) -- Botswana and Zimbabwe on Thursday held the fifth session of "
        "their Bi-National Commission in the resort town of Victoria Falls."
    )
    assert [(r.mode, codes(r)) for r in extract(session)] == [("talks", {"BWA", "ZWE"})]
    # near miss: activists who freed no one, a session of a parliament
    none = (
        "NAIROBI, March 11 (Reuters) - Kenyan activists said on Wednesday they had freed a "
        "trapped dog, and the Kenyan parliament held a session on the budget."
    )
    assert extract(none) == []
