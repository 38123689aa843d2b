"""Rules of the forty-first session (held-out sets 49 and 50), each with the near misses that
keep it narrow."""

from __future__ import annotations

from tests.unit.casualty_helpers import CasualtyReader
from tests.unit.diplomatic_helpers import codes, document, extract

_read = CasualtyReader("2027-11-04T19:00:00+03:00", "s41")


def _summary(body: str, title: str = "World news") -> list[tuple[str, str | None, set[str]]]:
    return sorted((r.event_type, r.mode, codes(r)) for r in extract(body, title))


def _persons(body: str) -> list[set[str]]:
    return [{p.name for p in r.participants if p.kind == "person"} for r in extract(body)]


def test_a_given_name_used_alone_names_the_person() -> None:
    """ "Tanzanian President Samia Suluhu Hassan ... Chapo and Samia held talks": an article that
    names a person by the given name alone means that person, with a title or without."""
    body = (
        "Mozambican President Daniel Chapo met Tanzanian President Samia Suluhu Hassan on "
        "Tuesday.\n\nChapo and Samia held talks at the presidential palace on Thursday morning."
    )
    talks = [r for r in extract(body) if r.mode == "talks"]
    assert [codes(r) for r in talks] == [{"MOZ", "TZA"}]
    titled = body.replace("Chapo and Samia", "Chapo and President Samia")
    talks = [r for r in extract(titled) if r.mode == "talks"]
    assert [codes(r) for r in talks] == [{"MOZ", "TZA"}]
    # near miss: a month's abbreviation is no given name ("Jan 14" and "Jan Lipavsky")
    dated = (
        "WARSAW, Jan 14 (Reuters) - Poland recalled its ambassador from Budapest on Monday.\n\n"
        "Czech Foreign Minister Jan Lipavsky spoke by phone with Polish Foreign Minister "
        "Radoslaw Sikorski on Monday."
    )
    recall = [r for r in extract(dated) if r.event_type == "SANCTION"]
    assert [codes(r) for r in recall] == [{"HUN", "POL"}]
    # near miss: the end of a longer name ("the Khor Abdullah waterway")
    waterway = (
        "Kuwait's Foreign Minister Abdullah Al-Yahya held talks in Baghdad on Wednesday with "
        "his Iraqi counterpart Fuad Hussein.\n\nThe two ministers agreed to form a joint "
        "committee on navigation in the Khor Abdullah waterway."
    )
    assert "Abdullah" not in document(waterway).persons
    # near miss: a given name two people share names neither
    shared = (
        "Mozambican President Daniel Chapo met Tanzanian Foreign Minister Daniel Kapinga on "
        "Tuesday.\n\nDaniel later held talks with the trade minister."
    )
    assert "Daniel" not in document(shared).persons


def test_a_nationality_and_a_head_of_state_is_a_leader() -> None:
    """ "The Tanzanian head of state arrived in Maputo on Wednesday for a two-day state
    visit": the president of Tanzania."""
    body = "The Tanzanian head of state arrived in Maputo on Wednesday for a two-day state visit."
    assert _summary(body) == [("CONSULT", "visit", {"MOZ", "TZA"})]
    government = "The French head of government met Ukrainian President Volodymyr Zelensky."
    assert _summary(government) == [("CONSULT", "meeting", {"FRA", "UKR"})]


def test_two_nationalities_before_their_governments_or_prime_ministers() -> None:
    """ "The Czech and Slovak governments ... signed agreements", "The Czech and Slovak prime
    ministers met": both nationalities are parties, as with "leaders"."""
    signed = (
        "The Czech and Slovak governments signed agreements on a high-speed rail link on Wednesday."
    )
    assert _summary(signed) == [("AGREE", "agreement", {"CZE", "SVK"})]
    met = "The Czech and Slovak prime ministers met in Bratislava on Wednesday."
    assert _summary(met) == [("CONSULT", "meeting", {"CZE", "SVK"})]
    # near miss: the governments' citizens are no parties ("Czech and Slovak students")
    students = "Czech and Slovak students met in Bratislava on Wednesday for a debate."
    assert all(codes(r) != {"CZE", "SVK"} for r in extract(students))


def test_two_governments_holding_a_joint_session_meet() -> None:
    """ "The Czech and Slovak governments held a joint session in Bratislava": a meeting of
    the two (not a parliament's joint session)."""
    body = "The Czech and Slovak governments held a joint session in Bratislava on Wednesday."
    assert _summary(body) == [("CONSULT", "meeting", {"CZE", "SVK"})]
    headline = "Czech, Slovak governments hold joint session in Bratislava"
    assert [r.mode for r in extract("The sessions went on.", headline)] == ["meeting"]
    # near misses: a parliament's or a congress's joint session
    assert extract("Pakistan's parliament will hold a joint session on Monday.") == []
    assert extract("Kenya's parliament and senate held a joint session on Tuesday.") == []


def test_a_kenyan_cabinet_secretary_for_foreign_affairs_is_a_foreign_minister() -> None:
    """ "Kenyan Cabinet Secretary for Foreign Affairs Musalia Mudavadi spoke by phone with
    Ethiopian Foreign Minister Gedion Timothewos ... The two ministers agreed to": Kenya's
    foreign minister by his own title."""
    body = (
        "Kenyan Cabinet Secretary for Foreign Affairs Musalia Mudavadi spoke by phone with "
        "Ethiopian Foreign Minister Gedion Timothewos on Monday evening.\n\nThe two ministers "
        "agreed to set up a joint team of police officers to investigate the attack."
    )
    found = {(r.event_type, frozenset(codes(r))) for r in extract(body)}
    assert found == {
        ("CONSULT", frozenset({"ETH", "KEN"})),
        ("AGREE", frozenset({"ETH", "KEN"})),
    }
    persons = {
        p.title for r in extract(body) for p in r.participants if p.name == "Musalia Mudavadi"
    }
    assert persons == {"Foreign Minister"}


def test_a_bracketed_country_in_an_efe_dateline() -> None:
    """ "Ayolas (Paraguay), Jul 8 (EFE).-": a town the gazetteer lacks, filed from Paraguay."""
    doc = document("Ayolas (Paraguay), Jul 8 (EFE).- The presidents met on Thursday.")
    assert (doc.dateline_place, doc.dateline_country) == ("Ayolas", "PRY")
    # near miss: an agency in brackets is no country
    doc = document("BEIRUT (Reuters) - Lebanon said on Thursday it would not attend.")
    assert (doc.dateline_place, doc.dateline_country) == ("Beirut", "LBN")


def test_invitations_and_appeals_to_companies_are_business() -> None:
    """ "Adeang invited Chinese enterprises to invest in Nauru's port": no invitation between
    states; nor an appeal to "Chinese companies"."""
    invited = "Nauruan President David Adeang invited Chinese enterprises to invest in Nauru."
    assert extract(invited) == []
    urged = "Nauruan President David Adeang urged Chinese companies to invest in Nauru."
    assert extract(urged) == []
    # near misses: a state invited, or a state named with its companies
    state = "Nauruan President David Adeang invited Chinese President Xi Jinping to visit Nauru."
    assert _summary(state) == [("REQUEST", "invitation", {"CHN", "NRU"})]
    both = "Nauruan President David Adeang urged China and Chinese companies to invest in Nauru."
    assert _summary(both) == [("REQUEST", "appeal", {"CHN", "NRU"})]
    creditors = (
        "Sri Lanka on Wednesday urged its creditors, including China, to restructure its debt."
    )
    assert _summary(creditors) == [("REQUEST", "appeal", {"CHN", "LKA"})]


def test_an_appeal_told_as_a_participle_after_talks_is_the_talks() -> None:
    """ "held talks with Nauruan President David Adeang in Beijing on Tuesday, calling for
    closer cooperation": what was said in the talks."""
    body = (
        "Chinese President Xi Jinping held talks with Nauruan President David Adeang in Beijing "
        "on Tuesday, calling for closer cooperation in infrastructure."
    )
    assert _summary(body) == [("CONSULT", "talks", {"CHN", "NRU"})]
    # near miss: an appeal of its own
    alone = "Chinese President Xi Jinping called on Nauru on Tuesday to expand cooperation."
    assert _summary(alone) == [("REQUEST", "appeal", {"CHN", "NRU"})]
    third = body.replace(
        "calling for closer cooperation in infrastructure", "calling on Japan to act"
    )
    assert ("REQUEST", "appeal", {"CHN", "JPN"}) in [
        (t, m, c - {"NRU"}) for t, m, c in _summary(third)
    ]
    reporters = "Chinese President Xi Jinping met reporters on Tuesday, calling on Japan to act."
    assert [r.mode for r in extract(reporters)] == ["appeal"]
    after_a_statement = (
        "Chinese President Xi Jinping praised the new port on Tuesday, calling on Nauru to "
        "expand cooperation."
    )
    assert ("REQUEST", "appeal", {"CHN", "NRU"}) in _summary(after_a_statement)


def test_a_leg_of_a_visit_inside_the_host_country_is_the_visit() -> None:
    """ "Adeang arrived in Beijing on Sunday for a state visit ... is also scheduled to travel
    to Shanghai to visit a port": a leg of the visit, not a visit of its own."""
    body = (
        "Nauruan President David Adeang arrived in Beijing on Sunday for a state visit to China."
        "\n\nThe Nauruan president is also scheduled to travel to Shanghai to visit a port and a "
        "shipyard."
    )
    visits = [r for r in extract(body) if r.mode == "visit"]
    assert [(r.location.name if r.location else None) for r in visits] == ["Beijing"]
    # near misses: a leg for talks with others, and a visit to another country
    talks = body.replace("to visit a port and a shipyard", "for talks with the mayor")
    assert len([r for r in extract(talks) if r.mode == "visit"]) == 2
    abroad = body.replace("travel to Shanghai", "travel to Hanoi")
    assert len([r for r in extract(abroad) if r.mode == "visit"]) == 2


def test_the_place_and_year_of_an_agreement_named_in_another_act() -> None:
    """ "accused Rwanda ... in breach of the peace agreement the two countries signed in
    Washington in June 2025": neither the accusation's place nor today's agreement."""
    body = (
        "Congo's government spokesman Patrick Muyaya accused Rwanda on Wednesday of sending "
        "fresh troops in breach of the peace agreement the two countries signed in Washington "
        "in June 2023."
    )
    (accusation,) = extract(body)
    assert accusation.event_type == "ACCUSE"
    assert accusation.location is None
    # near miss: an agreement's own place
    signed = "Congo and Rwanda signed a peace agreement in Washington on Wednesday."
    (agreement,) = extract(signed)
    assert agreement.location is not None
    assert agreement.location.name == "Washington"
    concluded = "Talks between Iran and Oman concluded in Muscat on Wednesday."
    (talks,) = extract(concluded)
    assert talks.location is not None
    assert talks.location.name == "Muscat"


def test_a_place_in_an_apposition_after_the_act_is_not_its_place() -> None:
    """ "signed a ceasefire agreement in Doha on Wednesday, the latest attempt to end fighting
    that has displaced ... people in eastern Congo": in Doha."""
    body = (
        "Congo's government and the M23 rebel group signed a ceasefire agreement in Doha on "
        "Wednesday, the latest attempt to end fighting that has displaced hundreds of thousands "
        "of people in eastern Congo this year."
    )
    (truce,) = extract(body)
    assert truce.location is not None
    assert truce.location.name == "Doha"
    # near miss: an apposition that names the meeting itself
    such = (
        "Sudan's army chief Abdel Fattah al-Burhan met Egyptian President Abdel Fattah al-Sisi "
        "on Wednesday, the first such meeting in Cairo since the war began."
    )
    places = [r.location.name for r in extract(such) if r.location]
    assert places == ["Cairo"]


def test_a_backer_in_a_compound_is_no_side_but_may_be_the_target() -> None:
    """ "the Rwanda-backed M23 rebel group signed": Rwanda is no side; 'blamed the attack on
    "Indian-sponsored proxies"' still aims at India."""
    body = (
        "Democratic Republic of Congo's government and the Rwanda-backed M23 rebel group signed a "
        "ceasefire agreement "
        "in Doha on Wednesday."
    )
    assert _summary(body) == [("AGREE", "ceasefire", {"COD"})]
    blamed = (
        'Pakistani Prime Minister Shehbaz Sharif blamed the attack on "Indian-sponsored '
        'proxies" on Wednesday.'
    )
    assert ("ACCUSE", "accusation", {"IND", "PAK"}) in _summary(blamed)
    # near miss: the backer of talks is their sponsor, a side
    talks = "Qatar-backed talks between Congo and Rwanda opened in Doha on Wednesday."
    assert all("QAT" in codes(r) for r in extract(talks))


def test_regional_organisations_of_africa_the_caribbean_and_asia() -> None:
    """ "The CEMAC Commission called on both governments", the OECS, COMESA, BIMSTEC: bodies of
    states (no "MSG", "IOC" or "ECO", which are other things too)."""
    body = "The CEMAC Commission called on Cameroon on Wednesday to reopen the border."
    assert _summary(body) == [("REQUEST", "appeal", {"CMR", "OTHER_IGO"})]
    for name in ("OECS", "COMESA", "BIMSTEC", "Melanesian Spearhead Group"):
        welcomed = f"The {name} welcomed Kenya's decision on Wednesday."
        assert ("SUPPORT", "endorsement", {"KEN", "OTHER_IGO"}) in _summary(welcomed), name
    ioc = "The IOC welcomed Kenya's decision on Wednesday."
    assert all("OTHER_IGO" not in codes(r) for r in extract(ioc))


def test_a_sum_a_state_says_it_will_give_is_a_pledge() -> None:
    """ "said it would provide 20 million euros to the Lebanese army", "will provide 10 million
    yuan (about 1.4 million U.S. dollars) in emergency humanitarian aid": pledges, made today."""
    body = (
        "The European Commission said on Wednesday it would provide 20 million euros to the "
        "Lebanese army to buy patrol boats."
    )
    assert _summary(body) == [("AGREE", "pledge", {"EUR", "LBN"})]
    yuan = (
        "China will provide 10 million yuan (about 1.4 million U.S. dollars) in emergency "
        "humanitarian aid to Kyrgyzstan, the Chinese embassy said on Wednesday."
    )
    assert _summary(yuan) == [("AGREE", "pledge", {"CHN", "KGZ"})]
    # near misses: no state's money, or no sum
    assert extract("The new port will provide 2 million jobs, Kenyan officials said.") == []
    assert extract("Kenya said it would provide support to Haiti's police.") == []
    # near misses: a hope, a firm's money, the terms of a deal told after the sum
    assert extract("Pakistan expects China will provide $2 billion in loans this year.") == []
    assert extract("Microsoft will provide $3 billion to build data centres in India.") == []
    terms = (
        "Japan will provide $550 billion for investment in the United States under the trade "
        "deal signed on Wednesday."
    )
    assert all(r.mode != "pledge" for r in extract(terms))


def test_support_said_in_a_call_is_the_call() -> None:
    """ "Rutte spoke by phone with Romanian President Nicusor Dan on Saturday and said the
    alliance stood 'in full solidarity' with Romania": said in the call, part of it."""
    body = (
        "NATO Secretary General Mark Rutte spoke by phone with Romanian President Nicusor Dan "
        'on Saturday and said the alliance stood "in full solidarity" with Romania.'
    )
    assert [r.mode for r in extract(body)] == ["phone_call"]
    # near misses: an appeal in the call is its own act; so is another's support; and a
    # pledge of support told as a participle after talks
    asked = (
        "Iranian Foreign Minister Abbas Araqchi spoke by phone with his Pakistani counterpart "
        "Ishaq Dar on Thursday and called on Islamabad to take action against militants."
    )
    assert ("REQUEST", "appeal", {"IRN", "PAK"}) in _summary(asked)
    other = body.replace("and said the alliance stood", ", while Poland said it stood")
    assert "endorsement" in [r.mode for r in extract(other)]
    pledging = (
        "North Korean leader Kim Jong Un held talks with Russian President Vladimir Putin on "
        'Wednesday, pledging "full and unconditional support" for Moscow.'
    )
    assert "endorsement" in [r.mode for r in extract(pledging)]


def test_who_some_of_the_dead_were_is_inside_the_toll() -> None:
    """ "killing seven people ... Among the dead were three children who were killed when the
    roof of their house collapsed": inside the seven."""
    body = (
        "An earthquake struck southern Kyrgyzstan early on Wednesday, killing seven people and "
        "injuring 38 others, officials said. Among the dead were three children who were killed "
        "when the roof of their house collapsed."
    )
    assert _read.tolls(body) == [(7, 38)]
    # near miss: more among the dead than the toll counts is no share of it
    more = body.replace("three children", "12 children")
    assert (12, None) in _read.tolls(more)


def test_the_fighting_of_an_older_year_told_before_is_background() -> None:
    """ "The M23 seized Goma ... in January 2025 and Bukavu a month later. The fighting in and
    around Goma killed about 3,000 people": that fighting's toll, not news."""
    body = (
        "Congo and the M23 signed a ceasefire in Doha on Thursday.\n\nThe M23 seized Goma in "
        "January 2025 and Bukavu a month later. The fighting in and around Goma killed about "
        "3,000 people, according to the United Nations."
    )
    assert _read.tolls(body) == []
    # near misses: the fighting of the news day, or a sentence with its own day
    recent = body.replace("in January 2025", "on Monday")
    assert _read.tolls(recent) != []
    own_day = body.replace(
        "The fighting in and around Goma killed about 3,000", "On Tuesday, the fighting killed 30"
    )
    assert _read.tolls(own_day) == [(30, None)]


def test_a_town_the_gazetteer_lacks_is_in_its_adjectives_country() -> None:
    """ "Russian drones struck the Ukrainian port of Izmail late on Friday, killing two port
    workers": in Ukraine, not Russia."""
    body = (
        "Russian drones struck the Ukrainian port of Izmail late on Friday, killing two port "
        "workers, the governor said."
    )
    assert _read.countries(body) == ["UKR"]
    northern = "Gunmen killed five soldiers in the northern Malian town of Boni on Friday."
    assert _read.countries(northern) == ["MLI"]
    # near miss: a town the gazetteer holds is itself
    known = "Gunmen killed five soldiers in the Malian town of Mopti on Friday."
    assert [r.location.name for r in _read.records(known) if r.location] == ["Mopti"]


def test_deaths_told_hours_before_a_visit_are_dated_loosely() -> None:
    """ "arrived in Beirut on Thursday ..., hours after at least seven people drowned when a
    migrant boat sank off ... Tripoli" and "seven people ... died when a boat ... capsized ...
    late on Wednesday": one incident."""
    body = (
        "Cypriot President Nikos Christodoulides arrived in Beirut on Thursday for a one-day "
        "visit, hours after at least seven people drowned when a migrant boat sank off the "
        "northern Lebanese city of Tripoli.\n\nThe Lebanese army said seven people died when a "
        "boat carrying about 40 people capsized off Tripoli late on Wednesday."
    )
    assert len(_read.tolls(body)) == 1


def test_rejected_asylum_seekers_are_people_not_a_rejection() -> None:
    """ "No agreement was signed on the return of rejected Afghan asylum seekers via
    Tashkent": an adjective of people."""
    body = (
        "No agreement was signed on the return of rejected Afghan asylum seekers via Tashkent, "
        "German officials said on Wednesday."
    )
    assert all(r.event_type != "REJECT" for r in extract(body))
    # near miss: a state that rejected something
    verb = "Uzbekistan rejected the German proposal on Wednesday."
    assert _summary(verb) == [("REJECT", "rejection", {"DEU", "UZB"})]
