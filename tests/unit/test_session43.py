"""Rules of the forty-third session (held-out set 54 scored blind, then a development set with
sets 45 to 53), each with the near misses that keep it narrow."""

from __future__ import annotations

from tests.unit.casualty_helpers import CasualtyReader
from tests.unit.diplomatic_helpers import codes, extract

_read = CasualtyReader("2027-05-26T19:00:00+05:30", "s43")


def _summary(body: str, title: str = "World news") -> list[tuple[str, str | None, set[str]]]:
    return sorted((r.event_type, r.mode, codes(r)) for r in extract(body, title))


def _aid(body: str) -> list[set[str]]:
    return [codes(r) for r in extract(body) if r.event_type == "AID"]


def test_experts_sent_from_abroad_are_aid() -> None:
    """ "India sent a team of six burn specialists to Barisal", "A team of 12 medical experts
    from ... China's Yunnan province arrived in Vientiane"."""
    body = (
        "A ferry fire in southern Bangladesh killed 14 people, officials said on Monday.\n\n"
        "India sent a team of six burn specialists to Barisal on Monday at Bangladesh's request."
    )
    assert _aid(body) == [{"IND", "BGD"}]
    greek = (
        "An earthquake damaged hundreds of buildings in Albania on Friday.\n\nGreek Foreign "
        "Minister Giorgos Gerapetritis said Athens would send a team of engineers to Albania "
        "to inspect damaged buildings on Monday."
    )
    assert _aid(greek) == [{"GRC", "ALB"}]
    # near miss: a state's own experts at home are no aid
    home = (
        "A ferry fire in southern Bangladesh killed 14 people, officials said on Monday.\n\n"
        "Bangladesh sent a team of burn specialists to Barisal on Monday."
    )
    assert _aid(home) == []


def test_a_ship_or_plane_of_another_state_bringing_relief_is_aid() -> None:
    """ "A British navy ship ... arrived at Union Island on Tuesday with water, food,
    generators", "a coast guard vessel carrying rice and medicines would leave Port Louis"."""
    body = (
        "Hurricane Melissa flattened homes across St Vincent and the Grenadines on Sunday.\n\n"
        "A British navy ship, RFA Lyme Bay, arrived in Kingstown on Tuesday with water, food "
        "and generators, the British High Commission said."
    )
    assert _aid(body) == [{"GBR", "VCT"}]
    # near miss: a port call with helicopters is no relief
    call = (
        "A British navy ship arrived in Kingstown, St Vincent and the Grenadines, on Tuesday "
        "with two helicopters for a joint exercise, the High Commission said."
    )
    assert _aid(call) == []


def test_help_sent_to_join_rescue_operations_or_treat_the_injured_is_aid() -> None:
    body = (
        "Floods in southern Brazil killed 31 people, officials said on Saturday.\n\nTwo "
        "Uruguayan air force helicopters arrived in Porto Alegre on Friday to join rescue "
        "operations, Brazil's defense ministry said."
    )
    assert _aid(body) == [{"URY", "BRA"}]
    # near miss: a state's own helicopters
    home = body.replace("Uruguayan", "Brazilian")
    assert _aid(home) == []


def test_vaccine_doses_and_rice_handed_over_are_aid() -> None:
    body = (
        "Neighbouring Tanzania on Monday delivered 200,000 doses of oral cholera vaccine to "
        "Malawi from its own stockpile, the Tanzanian High Commission said."
    )
    assert _aid(body) == [{"TZA", "MWI"}]
    rice = (
        "A first consignment of 3,000 tonnes of rice donated by the Vietnamese Government was "
        "handed over to Timor-Leste's Ministry of Agriculture at Dili port on September 4."
    )
    assert _aid(rice) == [{"VNM", "TLS"}]
    # near miss: rice sold is trade
    sold = "Vietnam sold 3,000 tonnes of rice to Timor-Leste in September, traders said."
    assert _aid(sold) == []


def test_an_agreement_criticised_by_noun_is_aimed_at_its_sides() -> None:
    """ "Israel's foreign ministry criticised the move on Sunday" after Egypt and Iran agreed
    to restore ambassadors: an accusation aimed at both."""
    lead = (
        "Egypt and Iran agreed on Sunday to upgrade their diplomatic relations to "
        "ambassadorial level.\n\n"
    )
    for verb in ("criticised the move", "condemned the agreement", "denounced the agreement"):
        body = lead + f"Israel's foreign ministry {verb} on Sunday."
        assert ("ACCUSE", "accusation", {"EGY", "IRN", "ISR"}) in _summary(body)
    # near miss: a move that is no event of two states gives no accusation
    alone = (
        "Iran said on Sunday it would raise fuel prices.\n\nIsrael's foreign ministry "
        "criticised the move on Sunday."
    )
    assert not [s for s in _summary(alone) if s[0] == "ACCUSE"]
    # near miss: an accusation whose target comes from a pronoun stays as before
    pronoun = (
        "Haiti's foreign minister Jean Victor Geneus rejected the closure on Friday. He "
        "accused Santo Domingo of taking an entire people hostage."
    )
    assert ("ACCUSE", "accusation", {"DOM", "HTI"}) in _summary(pronoun)


def test_a_courtesy_call_on_a_party_leader_or_chairman_is_a_meeting() -> None:
    body = (
        "Timorese Prime Minister Xanana Gusmao called on Party General Secretary To Lam at the "
        "Party Central Committee headquarters in Hanoi on Tuesday."
    )
    assert [s for s in _summary(body) if s[0] == "REQUEST"] == []
    assert ("CONSULT", "meeting", {"TLS", "VNM"}) in _summary(body)
    # near miss: a call on a chairman to act is an appeal
    appeal = (
        "Timorese Prime Minister Xanana Gusmao called on National Assembly Chairman Tran Thanh "
        "Man of Vietnam to ratify the treaty."
    )
    assert [s[0] for s in _summary(appeal)] == ["REQUEST"]


def test_an_invitation_accepted_to_visit_a_state_is_that_states() -> None:
    """ "Tokayev accepted an invitation to pay a state visit to Georgia next year": Georgia
    invites, though the sentence names no inviter."""
    body = (
        "Kazakh President Kassym-Jomart Tokayev accepted an invitation to pay a state visit "
        "to Georgia next year."
    )
    assert _summary(body) == [("REQUEST", "invitation", {"GEO", "KAZ"})]
    berlin = (
        "Uzbek President Shavkat Mirziyoyev accepted an invitation to make an official visit "
        "to Berlin next year."
    )
    assert _summary(berlin) == [("REQUEST", "invitation", {"DEU", "UZB"})]
    # near miss: the inviter named keeps the invitation his
    named = (
        "Kazakh President Kassym-Jomart Tokayev accepted an invitation from Azerbaijani "
        "President Ilham Aliyev to pay a state visit to Georgia next year."
    )
    assert ("REQUEST", "invitation", {"AZE", "KAZ"}) in [
        (t, m, c - {"GEO"}) for t, m, c in _summary(named)
    ]


def test_a_city_before_a_states_possessive_is_not_qualified_by_it() -> None:
    """ "In Bogota, Colombia's foreign ministry said ... it had asked Ecuador": Colombia
    speaks; "Bogota, Colombia" is no city with its country."""
    body = (
        "In Bogota, Colombia's foreign ministry said on Friday it had asked Ecuador to speed up "
        "the repatriation of the five Colombian victims."
    )
    assert _summary(body) == [("REQUEST", "appeal", {"COL", "ECU"})]


def test_travel_to_a_scene_is_no_visit() -> None:
    body = (
        "In Bogota, Colombia's foreign ministry said on Friday it had asked Ecuador to speed "
        "up the repatriation of the victims and that its consul in Loja was travelling to the "
        "site."
    )
    assert [s for s in _summary(body) if s[1] == "visit"] == []
    # near miss: travel to a state is a visit
    visit = "Colombia's foreign minister was travelling to Ecuador on Friday for talks."
    assert [s[1] for s in _summary(visit) if s[0] == "CONSULT"] != []


def test_help_abroad_needs_a_disaster_or_relief_told() -> None:
    """The review's near misses: an expert team, a ship or vaccine doses are aid only for a
    disaster or its relief told in the sentence or the one before."""
    quake = (
        "An earthquake of magnitude 6.4 struck western Nepal on Friday, killing 130 people.\n\n"
        "China will send a team of medical experts to Kathmandu on Sunday, the embassy said."
    )
    assert _aid(quake) == [{"CHN", "NPL"}]
    for body in (
        "The United States sent a team of experts to Taiwan on Monday to discuss semiconductor "
        "export controls, the State Department said.",
        "South Korea's Samsung sent a team of engineers to Vietnam to oversee the opening of "
        "its new plant in Bac Ninh.",
        "A Chinese coast guard vessel with water cannon blocked Philippine supply boats near "
        "the Second Thomas Shoal on Monday.",
        "A Philippine coast guard vessel carrying rice and medicines for soldiers stationed on "
        "the Second Thomas Shoal was blocked by Chinese ships on Monday.",
        "Pfizer shipped 5 million doses of its vaccine to Brazil on Monday under a purchase "
        "agreement with the health ministry.",
        "Military aid from Germany to Ukraine reached 28 billion euros last year, the Kiel "
        "Institute said.",
    ):
        assert _aid(body) == [], body
    gift = (
        "India sent 500,000 doses of Covishield vaccine to Nepal as a gift on Thursday, the "
        "Indian embassy in Kathmandu said."
    )
    assert _aid(gift) == [{"IND", "NPL"}]


def test_the_review_near_misses_of_invitations_places_and_criticism() -> None:
    # a summit's host is no inviter
    summit = (
        "Indonesian President Prabowo Subianto accepted an invitation to pay a visit to "
        "Brussels for the EU-ASEAN summit."
    )
    assert all("BEL" not in c for _, _, c in _summary(summit))
    # "the United States": a state named with its article
    usa = (
        "Egyptian President Abdel Fattah al-Sisi accepted an invitation to pay a visit to the "
        "United States next month."
    )
    assert _summary(usa) == [("REQUEST", "invitation", {"EGY", "USA"})]
    # a city described by its country's possessive keeps the country as its qualifier
    doha = (
        "Talks in Riyadh, Saudi Arabia's capital, between Russia and the United States ended "
        "on Monday."
    )
    assert all("SAU" not in c for _, _, c in _summary(doha))
    # criticism of "the government's decision" is no comment on another story's agreement
    domestic = (
        "India and Bangladesh signed an agreement on sharing Ganges water on Monday.\n\nIn a "
        "separate development, Pakistan's opposition criticised the government's decision on "
        "Tuesday."
    )
    assert [s for s in _summary(domestic) if s[0] == "ACCUSE"] == []


def test_a_states_boycott_of_anothers_ceremony_is_a_refusal() -> None:
    body = (
        "South Korea will not attend this year's memorial ceremony for workers of the Sado "
        "mines in Japan, the foreign ministry said Friday."
    )
    assert _summary(body) == [("REJECT", "rejection", {"JPN", "KOR"})]
    # near miss: a leader's absence from a summit is no state's refusal
    summit = (
        "Indian Prime Minister Narendra Modi will not attend the inauguration ceremony in "
        "Colombo next week, officials said."
    )
    assert [s for s in _summary(summit) if s[0] == "REJECT"] == []


def test_a_dateline_in_capitals_with_an_accent() -> None:
    """ "ASUNCIÓN, Paraguay (AP) —": Paraguay is the story's state, so a Brazilian team that
    crossed the border to treat the injured is aid to it."""
    body = (
        "ASUNCIÓN, Paraguay (AP) — A fire swept through a market in Ciudad del Este on Sunday, "
        "killing seven people.\n\nBrazil's Foreign Ministry said Monday that a team of 12 burn "
        "specialists from Brazil's Health Ministry had crossed the Friendship Bridge to help "
        "treat the injured at the regional hospital in Ciudad del Este."
    )
    assert _aid(body) == [{"BRA", "PRY"}]


def test_a_guest_received_the_day_after_arriving_is_a_visit_and_a_meeting() -> None:
    """ "Vautrin, who arrived on Monday evening, was received on Tuesday by Prime Minister
    Nikol Pashinyan": the visit began on Monday (the arrival need not be a trigger of its
    own), the meeting was on Tuesday."""
    title = "France, Armenia sign air defence deal as Vautrin visits Yerevan"
    body = (
        "France and Armenia signed an agreement on Thursday during a visit to Yerevan by French "
        "Armed Forces Minister Catherine Vautrin.\n\nVautrin, who arrived on Wednesday evening, "
        "was received on Thursday by Armenian Prime Minister Nikol Pashinyan."
    )

    def consults(text: str) -> list[tuple[str | None, str]]:
        return sorted(
            (r.mode, str(r.date)) for r in extract(text, title) if r.event_type == "CONSULT"
        )

    assert consults(body) == [("meeting", "2024-03-14"), ("visit", "2024-03-13")]
    # received the evening of the arrival: a meeting of that day beside the visit (session 46,
    # as the later held-out sets code it; until then the visit's)
    same = body.replace("was received on Thursday", "was received the same evening")
    assert consults(same) == [("meeting", "2024-03-13"), ("visit", "2024-03-13")]


def test_a_toll_told_as_it_stood_by_an_earlier_time_is_superseded() -> None:
    """ "The death toll ... rose to 23 on Wednesday ... Fourteen deaths had been reported till
    Tuesday night": the running toll as it stood before, no record of its own."""
    body = (
        "The death toll in the suspected hooch tragedy in Bihar's Siwan district rose to 23 on "
        "Wednesday, officials said.\n\nFourteen deaths had been reported till Tuesday night."
    )
    assert _read.tolls(body) == [(23, None)]
    quoted = (
        "The death toll from a fuel tanker explosion in central Uganda rose to 23 on Wednesday, "
        'police said.\n\n"By Tuesday evening we had 18 confirmed dead," the spokesman said.'
    )
    assert _read.tolls(quoted) == [(23, None)]
    # near miss: another incident's deaths by a day stay a record
    other = (
        "The death toll in the suspected hooch tragedy in Bihar's Siwan district rose to 23 on "
        "Wednesday, officials said.\n\nIn a separate incident, four people had died by Tuesday "
        "night after a bus crash in Patna."
    )
    assert (4, None) in _read.tolls(other)


def test_the_second_reviews_near_misses_of_boycotts() -> None:
    # a boycott of talks keeps the general trigger's rejection
    talks = "Ukraine will boycott the talks in Istanbul, Foreign Minister Andrii Sybiha said."
    assert [s for s in _summary(talks) if s[0] == "REJECT"] != []
    # a domestic parade skipped amid a dispute with another state is no refusal of it
    parade = (
        "Canada will skip the Remembrance Day parade in Ottawa this year amid a security "
        "dispute with India, officials said on Monday."
    )
    assert [s for s in _summary(parade) if s[0] == "REJECT"] == []
    # a state's leader named by its possessive is a leader's absence
    leader = "South Korea's Lee will skip the memorial ceremony in Japan, his office said."
    assert [s for s in _summary(leader) if s[0] == "REJECT"] == []


def test_criticism_rejected_answers_the_critic_who_spoke_before() -> None:
    """ "Hungarian Prime Minister Viktor Orban rejected the criticism" after "German Chancellor
    Friedrich Merz said Hungary was blocking aid": aimed at Germany."""
    body = (
        "German Chancellor Friedrich Merz said on Tuesday that Hungary was blocking aid to "
        "Ukraine.\n\nHungarian Prime Minister Viktor Orban rejected the criticism on Wednesday."
    )
    assert ("REJECT", "rejection", {"DEU", "HUN"}) in _summary(body)
    # near miss: one who only met someone is no critic
    met = (
        "Chinese Ambassador Xie Feng met U.S. Deputy Secretary of State Kurt Campbell in "
        "Washington on Monday.\n\nAustralian Foreign Minister Penny Wong rejected the criticism "
        "on Tuesday."
    )
    assert [s for s in _summary(met) if s[0] == "REJECT"] == [("REJECT", "rejection", {"AUS"})]
