"""Rules of the forty-ninth session (held-out set 66 as a development set, with sets 45 to
65), each with the near misses that keep it narrow."""

from __future__ import annotations

from tests.unit.diplomatic_helpers import codes, extract, place


def test_a_visitors_talks_told_in_a_relative_clause_after_the_visit_are_their_own() -> None:
    """ "during a visit by Foreign Minister X, who held talks with President Y in the Chilean
    capital": the visit and the visitor's talks with the host, two records as the analysts
    code them; "a visit by X for talks with Y" is still one act."""
    body = (
        "SANTIAGO, March 14 (Reuters) - Chile and Peru signed agreements on fisheries on "
        "Wednesday during a visit by Peruvian Foreign Minister Elmer Schialer, who held talks "
        "with President Gabriel Boric in the Chilean capital."
    )
    records = extract(body)
    talks = [r for r in records if r.mode == "talks"]
    assert len(talks) == 1
    assert codes(talks[0]) == {"CHL", "PER"}
    assert place(talks[0]) == ("Santiago", "CHL")
    assert [r.mode for r in records if r.mode == "visit"] == ["visit"]
    # near miss: talks as the visit's purpose are the visit, read once
    one_clause = body.replace(", who held talks", " for talks")
    assert len([r for r in extract(one_clause) if r.event_type == "CONSULT"]) == 1


def test_a_leader_who_flew_into_a_city_visits_it() -> None:
    """ "Milei, who flew into Santa Cruz late Wednesday, held talks with President Paz on
    Thursday morning": an arrival (Wednesday) and talks (Thursday); migrants who "had flown
    into Managua" make no visit."""
    body = (
        "SANTA CRUZ, Bolivia (AP) - Bolivia and Argentina signed agreements on Thursday to "
        "settle a gas debt.\n\n"
        "Argentine President Javier Milei, who flew into Santa Cruz late Wednesday, held talks "
        "with Bolivian President Rodrigo Paz on Thursday morning at a hotel in the city."
    )
    records = extract(body)
    visits = [r for r in records if r.mode == "visit"]
    assert len(visits) == 1
    assert visits[0].date == "2024-03-13"
    assert place(visits[0]) == ("Santa Cruz", "BOL")
    talks = [r for r in records if r.mode == "talks"]
    assert [r.date for r in talks] == ["2024-03-14"]
    # ... and the city flown into is the visit's place, whatever the dateline
    abroad = body.replace("SANTA CRUZ, Bolivia (AP)", "BUENOS AIRES (AP)")
    assert [place(r) for r in extract(abroad) if r.mode == "visit"] == [("Santa Cruz", "BOL")]
    # near miss: migrants who had flown in
    migrants = (
        "Costa Rica expelled Nicaragua's consul on Wednesday, saying he had issued documents to "
        "40 migrants who had flown into Managua."
    )
    assert [r for r in extract(migrants) if r.mode == "visit"] == []


def test_a_courtesy_call_on_a_third_person_after_talks_is_its_own_meeting() -> None:
    """ "Wang paid a courtesy call on President Lee Jae-myung at Cheong Wa Dae on Thursday
    afternoon" after the ministers' talks: an audience of its own, "later" or not; a courtesy
    call on one of the talks' own people is still the talks."""
    body = (
        "SEOUL, March 14 (Yonhap) -- South Korea and China discussed North Korea on Thursday "
        "during talks in Seoul between Foreign Minister Cho Hyun and his Chinese counterpart "
        "Wang Yi, the foreign ministry said.\n\n"
        "Wang paid a courtesy call on President Lee Jae-myung at the presidential office on "
        "Thursday afternoon."
    )
    records = extract(body)
    meetings = [r for r in records if r.mode == "meeting"]
    assert len(meetings) == 1
    assert {p.name for p in meetings[0].participants if p.kind == "person"} == {
        "Wang Yi",
        "Lee Jae-myung",
    }
    assert place(meetings[0]) == ("Seoul", "KOR")
    assert len([r for r in records if r.mode == "talks"]) == 1
    # near miss: a courtesy call on the talks' own host
    same = body.replace("President Lee Jae-myung", "Cho")
    assert [r for r in extract(same) if r.mode == "meeting"] == []


def test_a_visitors_talks_at_a_named_venue_are_their_own() -> None:
    """After a visit, "Pena held talks with President Rodrigo Paz at the Casa Grande del
    Pueblo": talks told with a person and a named venue are a record beside the visit, as with
    a day or a city of their own; at an unnamed place they stay the visit's."""
    body = (
        "LA PAZ, March 14 (AP) - Paraguayan President Santiago Pena arrived in La Paz on "
        "Wednesday for a two-day state visit to Bolivia.\n\n"
        "Pena held talks with Bolivian President Rodrigo Paz at the Casa Grande del Pueblo, "
        "officials said."
    )
    records = extract(body)
    talks = [r for r in records if r.mode == "talks"]
    assert len(talks) == 1
    assert codes(talks[0]) == {"BOL", "PRY"}
    assert len([r for r in records if r.mode == "visit"]) == 1
    # near miss: at a place with no name the talks are the visit's
    unnamed = body.replace("at the Casa Grande del Pueblo", "at a hotel")
    assert [r.mode for r in extract(unnamed) if r.event_type == "CONSULT"] == ["visit"]


def test_a_grant_or_donation_a_state_announced_is_a_pledge() -> None:
    """ "China's ambassador announced on Wednesday a donation of 10 million rand for relief",
    "He also announced a grant of 30 million euros to help Moldova", "India announced a grant
    of USD 10 million": a pledge of money, by the side that announced it; a firm's grant or a
    grant received is none."""
    body = (
        "JOHANNESBURG, March 14 (AFP) - Floods killed 27 people in South Africa.\n\n"
        "China's ambassador Wu Peng announced on Wednesday a donation of 10 million rand for "
        "relief efforts in South Africa."
    )
    pledges = [r for r in extract(body) if r.mode == "pledge"]
    assert len(pledges) == 1
    assert codes(pledges[0]) == {"CHN", "ZAF"}
    assert pledges[0].date == "2024-03-13"
    visit = (
        "CHISINAU, March 14 (Reuters) - Romanian President Nicusor Dan arrived in Moldova on "
        "Thursday for a one-day visit.\n\n"
        "He also announced a grant of 30 million euros to help Moldova connect its power grid "
        "to Romania's."
    )
    assert [codes(r) for r in extract(visit) if r.mode == "pledge"] == [{"MDA", "ROU"}]
    usd = body.replace("a donation of 10 million rand", "a grant of USD 10 million")
    assert len([r for r in extract(usd) if r.mode == "pledge"]) == 1
    # near misses: a firm's grant; a magnate's; a government's money for its own farmers; a
    # grant received; no sum
    firm = body.replace("China's ambassador Wu Peng", "Chinese telecoms firm Huawei")
    assert [r for r in extract(firm) if r.mode == "pledge"] == []
    magnate = body.replace("China's ambassador Wu Peng", "U.S. billionaire Elon Musk")
    assert [r for r in extract(magnate) if r.mode == "pledge"] == []
    farmers = (
        "LUSAKA, March 14 (Reuters) - Zambia's government announced a grant of 500 million "
        "kwacha on Wednesday for farmers hit by the drought."
    )
    assert [r for r in extract(farmers) if r.mode == "pledge"] == []
    received = (
        "JOHANNESBURG, March 14 (AFP) - South Africa said on Wednesday it had received a grant "
        "of 10 million rand from China for relief efforts."
    )
    assert [r for r in extract(received) if r.mode == "pledge"] == []
    unsummed = body.replace("a donation of 10 million rand", "a donation of tents")
    assert [r for r in extract(unsummed) if r.mode == "pledge"] == []


def test_a_reception_after_a_visitors_talks_in_their_sentence_is_its_own_meeting() -> None:
    """ "Fidan, who arrived in the Iranian capital on Wednesday evening, held talks with
    Iranian Foreign Minister Abbas Araghchi on Thursday morning and was later received by
    President Masoud Pezeshkian": a visit, talks and a reception, three records; talks with
    both men are one."""
    body = (
        "TEHRAN (AA) - Turkiye and Iran on Thursday agreed to open a new border crossing, "
        "Turkish Foreign Minister Hakan Fidan announced.\n\n"
        "Fidan, who arrived in the Iranian capital on Wednesday evening, held talks with "
        "Iranian Foreign Minister Abbas Araghchi on Thursday morning and was later received "
        "by President Masoud Pezeshkian."
    )
    records = extract(body)
    assert sorted(r.mode or "" for r in records if r.event_type == "CONSULT") == [
        "meeting",
        "talks",
        "visit",
    ]
    meeting = next(r for r in records if r.mode == "meeting")
    assert codes(meeting) == {"IRN", "TUR"}
    assert meeting.date == "2024-03-14"
    # near misses: received by the talks' own host; talks with both men, no reception told
    host = body.replace("President Masoud Pezeshkian", "Araghchi at a working lunch")
    assert [r for r in extract(host) if r.mode == "meeting"] == []
    both = body.replace(
        " on Thursday morning and was later received by President Masoud Pezeshkian",
        " and President Masoud Pezeshkian on Thursday morning",
    )
    assert [r for r in extract(both) if r.mode == "meeting"] == []


def test_irans_azerbaijan_provinces_are_not_azerbaijan() -> None:
    """ "a border crossing between Van province and Iran's West Azerbaijan province": Iran's
    province, not the state of Azerbaijan; Azerbaijan itself is still a party."""
    body = (
        "ANKARA, March 14 (Reuters) - Turkey and Iran agreed on Thursday to open a new border "
        "crossing between Van province and Iran's West Azerbaijan province."
    )
    agreements = [r for r in extract(body) if r.event_type == "AGREE"]
    assert [codes(r) for r in agreements] == [{"IRN", "TUR"}]
    # near miss: the state
    state = body.replace("Van province and Iran's West Azerbaijan province", "Iran and Azerbaijan")
    assert "AZE" in codes(next(r for r in extract(state) if r.event_type == "AGREE"))


def test_an_official_named_after_a_long_title_is_known() -> None:
    """ "President of the Republic Nikos Christodoulides": the last word of a long title does
    not make the name a longer one, so the dictionary's official (and his state) is found; a
    capitalised word that is no title still does ("Avenue Nikos Christodoulides")."""
    body = (
        "ABU DHABI, March 14 (CNA) - UAE President Sheikh Mohamed bin Zayed Al Nahyan and "
        "President of the Republic Nikos Christodoulides on Thursday signed a strategic "
        "partnership agreement at Qasr Al Watan in Abu Dhabi."
    )
    agreement = next(r for r in extract(body) if r.event_type == "AGREE")
    assert codes(agreement) == {"ARE", "CYP"}
    assert "Nikos Christodoulides" in {p.name for p in agreement.participants}
    # near miss: a street named after him is no person
    street = body.replace(
        "and President of the Republic Nikos Christodoulides on Thursday signed",
        "on Thursday signed, on Avenue Nikos Christodoulides,",
    )
    people = {p.name for r in extract(street) for p in r.participants if p.kind == "person"}
    assert "Nikos Christodoulides" not in people


def test_no_agreement_is_none_and_gives_no_place_to_one_told_before() -> None:
    """ "said on Thursday that no agreement signed by the Greek Cypriot administration could
    bind the Turkish Cypriots": no agreement, nor Ankara as the place of the one signed
    before; "did not sign a defence cooperation agreement" is none either."""
    body = (
        "NICOSIA, March 14 (CNA) - Cyprus and the United Arab Emirates signed an agreement on "
        "Wednesday.\n\n"
        "In Ankara, the Turkish foreign ministry said on Thursday that no agreement signed by "
        "the Greek Cypriot administration could bind the Turkish Cypriots."
    )
    agreements = [r for r in extract(body) if r.event_type == "AGREE"]
    assert len(agreements) == 1
    assert place(agreements[0]) is None or place(agreements[0]) == ("Nicosia", "CYP")
    unsigned = (
        "NICOSIA, March 14 (CNA) - Cyprus and the United Arab Emirates held talks on Thursday. "
        "The two sides did not sign a defence cooperation agreement that had been under "
        "discussion since last year, a Cypriot official said."
    )
    assert [r for r in extract(unsigned) if r.event_type == "AGREE"] == []
    # near miss: one signed
    signed = unsigned.replace("did not sign", "signed")
    assert len([r for r in extract(signed) if r.event_type == "AGREE"]) == 1


def test_joint_patrols_with_their_own_day_told_with_an_agreement_are_its_sides() -> None:
    """ "The two ministers agreed to step up intelligence sharing, and joint patrols along the
    Rovuma River will begin on May 1": a joint action of the agreement's two states; told
    only by its month ("would begin in February") it is the pact's terms."""
    body = (
        "MAPUTO, March 14 (Lusa) - Mozambican Defence Minister Cristovao Chume held talks in "
        "Dar es Salaam on Wednesday with his Tanzanian counterpart. The two ministers agreed to "
        "step up intelligence sharing, and joint patrols along the Rovuma River will begin on "
        "May 1, the Mozambican defence ministry said."
    )
    joint = [r for r in extract(body) if r.event_type == "COOPERATE"]
    assert len(joint) == 1
    assert codes(joint[0]) == {"MOZ", "TZA"}
    assert joint[0].date == "2024-05-01"
    # near miss: a month only
    month = body.replace("on May 1", "in May")
    assert [r for r in extract(month) if r.event_type == "COOPERATE"] == []


def test_a_ministry_named_without_its_state_summons_for_the_datelines_state() -> None:
    """ "KATIMA MULILO (NAMPA) - ... The Ministry of International Relations and Trade summoned
    Botswana's High Commissioner in Windhoek": with no state in the sentence before, the
    ministry is the dateline's state's; the same ministry urging its own people is no appeal
    to another state."""
    body = (
        "KATIMA MULILO, March 14 (NAMPA) - Two fishermen were shot dead on the Chobe River on "
        "Monday night, police said.\n\n"
        "The patrol also confiscated two canoes.\n\n"
        "The Ministry of International Relations and Trade summoned Botswana's High "
        "Commissioner in Windhoek on Tuesday afternoon to protest against the use of force."
    )
    summons = [r for r in extract(body) if r.event_type == "ACCUSE"]
    assert len(summons) == 1
    assert codes(summons[0]) == {"BWA", "NAM"}
    # near miss: the ministry's word to its own people
    own = body.replace(
        "summoned Botswana's High Commissioner in Windhoek on Tuesday afternoon to protest "
        "against the use of force",
        "urged fishermen to avoid the river on Tuesday afternoon",
    )
    assert [r for r in extract(own) if r.event_type == "REQUEST"] == []


def test_a_patrol_unit_withdrawn_is_a_withdrawal() -> None:
    """ "Botswana on Wednesday withdrew the patrol unit involved from the Kasika area": a
    withdrawal of forces; a product withdrawn is none."""
    body = (
        "GABORONE, March 14 (Reuters) - Soldiers of Botswana shot dead two Namibian fishermen on "
        "Monday. Botswana on Wednesday withdrew the patrol unit involved from the Kasika area "
        "in Namibia pending an internal inquiry."
    )
    withdrawals = [r for r in extract(body) if r.event_type == "RETREAT"]
    assert len(withdrawals) == 1
    assert codes(withdrawals[0]) == {"BWA", "NAM"}
    # near miss: no forces
    product = body.replace("the patrol unit involved", "a brand of tinned fish")
    assert [r for r in extract(product) if r.event_type == "RETREAT"] == []


def test_a_guests_talks_after_arrival_with_another_host_than_the_days_meeting() -> None:
    """ "Collins met President Mnangagwa ... on Thursday", then "Collins, who arrived in Harare
    on Wednesday, held talks with Foreign Minister Amon Murwira on Thursday morning": the
    talks with the minister are their own record beside the meeting with the president; with
    the president again they are that meeting."""
    body = (
        "HARARE, March 14 (Reuters) - British Foreign Secretary David Lammy met Zimbabwean "
        "President Emmerson Mnangagwa at State House in Harare on Thursday.\n\n"
        "Lammy, who arrived in Harare on Wednesday, held talks with Foreign Minister Amon "
        "Murwira on Thursday morning, and the two signed a memorandum on debt."
    )
    consult = [r for r in extract(body) if r.event_type == "CONSULT"]
    assert sorted(r.mode or "" for r in consult) == ["meeting", "talks", "visit"]
    talks = next(r for r in consult if r.mode == "talks")
    assert talks.date == "2024-03-14"
    assert "Amon Murwira" in {p.name for p in talks.participants}
    # near miss: the talks with the president met already
    same = body.replace("Foreign Minister Amon Murwira", "President Emmerson Mnangagwa")
    assert sorted(r.mode or "" for r in extract(same) if r.event_type == "CONSULT") == [
        "meeting",
        "visit",
    ]


def test_a_state_named_after_its_capital_in_an_opening_is_the_subject() -> None:
    """ "In Tokyo, Japan lodged a protest with North Korea": the opening's city, then the
    subject, not "Tokyo, Japan" as one place; "talks in Geneva, Switzerland, on Monday" still
    name one place."""
    body = (
        "SEOUL, March 14 (Yonhap) -- North Korea fired a ballistic missile on Thursday.\n\n"
        "In Tokyo, Japan lodged a protest with North Korea on Thursday."
    )
    protests = [r for r in extract(body) if r.event_type == "ACCUSE"]
    assert [codes(r) for r in protests] == [{"JPN", "PRK"}]
    # near miss: a city named with its country
    place_only = (
        "GENEVA, March 14 (Reuters) - Armenia and Azerbaijan held talks in Geneva, "
        "Switzerland, on Wednesday."
    )
    talks = [r for r in extract(place_only) if r.event_type == "CONSULT"]
    assert [codes(r) for r in talks] == [{"ARM", "AZE"}]


def test_a_working_breakfast_with_another_leader_is_its_own_meeting() -> None:
    """ "Mitsotakis also held a working breakfast on Tuesday with Kuwait's Crown Prince": a
    meeting with another state than the day's talks, not folded into them; a breakfast
    with no other side is none."""
    body = (
        "RIYADH (ANA-MPA) -- Greek Prime Minister Kyriakos Mitsotakis met Saudi Crown Prince "
        "Mohammed bin Salman in Riyadh on Tuesday.\n\n"
        "On the sidelines of a forum, Mitsotakis also held a working breakfast on Tuesday with "
        "Kuwait's Crown Prince Sheikh Sabah Khaled Al-Hamad Al-Sabah, focusing on shipping."
    )
    meetings = [r for r in extract(body) if r.event_type == "CONSULT"]
    assert sorted(sorted(codes(r)) for r in meetings) == [["GRC", "KWT"], ["GRC", "SAU"]]
    # near miss: a breakfast with investors
    investors = body.replace(
        "with Kuwait's Crown Prince Sheikh Sabah Khaled Al-Hamad Al-Sabah", "with investors"
    )
    assert [sorted(codes(r)) for r in extract(investors) if r.event_type == "CONSULT"] == [
        ["GRC", "SAU"]
    ]


def test_a_planned_stop_dropped_is_a_visit_called_off() -> None:
    """ "A planned stop by Mitsotakis in Doha on Wednesday was dropped": a visit cancelled; a
    planned stop made is no cancellation."""
    body = (
        "RIYADH (ANA-MPA) -- A planned stop by Greek Prime Minister Kyriakos Mitsotakis in "
        "Doha on Friday was dropped from his programme, a government official said."
    )
    visits = [r for r in extract(body) if r.mode == "visit"]
    assert [(r.status, codes(r)) for r in visits] == [("cancelled", {"GRC", "QAT"})]
    # near miss: no word of dropping it
    made = body.replace("was dropped from his programme", "went ahead")
    assert [r for r in extract(made) if r.status == "cancelled"] == []


def test_the_two_leaders_after_an_opening_adjunct_voice_an_appeal() -> None:
    """ "In a joint statement, the two leaders called on North Korea to return to dialogue":
    the pair told before appeals, though an adjunct opens the sentence; the two leaders of no
    pair told before appeal to nobody."""
    body = (
        "SEOUL, March 14 (Yonhap) -- South Korean President Lee Jae-myung held talks with "
        "Indonesian President Prabowo Subianto in Seoul on Thursday.\n\n"
        "The two leaders also witnessed the signing of memorandums between companies.\n\n"
        "In a joint statement, the two leaders called on North Korea to return to dialogue."
    )
    appeals = [r for r in extract(body) if r.event_type == "REQUEST"]
    assert [codes(r) for r in appeals] == [{"IDN", "KOR", "PRK"}]
    # near miss: no pair told before
    alone = "SEOUL, March 14 (Yonhap) -- In a joint statement, the two leaders called on North Korea to return to dialogue."
    assert [r for r in extract(alone) if r.event_type == "REQUEST"] == []
