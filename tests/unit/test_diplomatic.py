"""Unit tests of the diplomatic event extractor: one rule per test, on sentences of our own."""

from __future__ import annotations

from tests.unit.diplomatic_helpers import codes as _codes
from tests.unit.diplomatic_helpers import extract as _extract


def test_a_leader_touring_their_own_country_is_not_a_visit() -> None:
    """A visit needs a visitor and a host of another state; a domestic tour is not coded."""
    records = _extract(
        "Kenyan President William Ruto visited flood-hit villages in Garissa on Wednesday "
        "and promised new dykes along the Tana river."
    )
    assert [r for r in records if r.mode == "visit"] == []


def test_a_visit_to_another_state_is_still_coded() -> None:
    """The rule keeps a visit between two states."""
    records = _extract(
        "Kenyan President William Ruto visited Kampala on Wednesday for talks with "
        "Ugandan President Yoweri Museveni on a new oil pipeline."
    )
    assert any(r.event_type == "CONSULT" and {"KEN", "UGA"} <= _codes(r) for r in records)


def test_a_meeting_held_for_talks_is_talks() -> None:
    """The noun after "for" names the consultation: "will meet ... for talks" is talks."""
    records = _extract(
        "Peruvian and Chilean officials will meet in Quito on Monday for talks on fishing "
        "rights off their shared coast, the Peruvian foreign ministry said."
    )
    assert [r.mode for r in records if r.event_type == "CONSULT"] == ["talks"]


def test_a_journey_to_a_summit_is_the_summit() -> None:
    """ "Will travel to Lima for a summit" is the summit, not a visit to the host."""
    records = _extract(
        "Argentine President Javier Milei will travel to Lima next week for a summit of "
        "Pacific trade ministers and heads of government, his office said."
    )
    assert [r.mode for r in records if r.event_type == "CONSULT"] == ["summit"]


def test_talks_of_three_states_in_one_of_them_are_not_a_visit() -> None:
    """A visit is bilateral: delegations of two states travelling to a third's capital for
    talks hosted by it meet in talks."""
    records = _extract(
        "Ethiopian and Egyptian delegations will meet in Khartoum on Monday for talks on the "
        "Nile dam hosted by Sudanese Foreign Minister Ali Sadiq. An Egyptian delegation will "
        "travel to Khartoum, Cairo said."
    )
    consults = [r for r in records if r.event_type == "CONSULT"]
    assert [r.mode for r in consults] == ["talks"]
    assert {"EGY", "ETH", "SDN"} <= _codes(consults[0])


def test_travel_to_a_capital_for_talks_with_the_host_is_a_visit() -> None:
    """Bilateral talks in the host's capital after a journey there remain a visit."""
    records = _extract(
        "Chilean Foreign Minister Alberto van Klaveren will travel to Lima on Monday for "
        "talks with his Peruvian counterpart Javier Gonzalez-Olaechea, the ministry said."
    )
    assert [r.mode for r in records if r.event_type == "CONSULT"] == ["visit"]


def test_a_ceasefire_under_negotiation_is_not_an_agreement() -> None:
    """ "Negotiations on a ceasefire deal" are the talks; no ceasefire has been agreed."""
    records = _extract(
        "Diplomats from Norway and Colombia held negotiations on a ceasefire deal with "
        "Venezuelan officials in Havana on Monday, the Norwegian foreign ministry said."
    )
    assert [r.event_type for r in records] == ["CONSULT"]


def test_a_ceasefire_still_counts_when_it_is_agreed() -> None:
    """The cue is the object of talks only: "agreed a ceasefire after talks" is coded."""
    records = _extract(
        "Ethiopia and Eritrea agreed on a ceasefire on Monday after two days of talks in "
        "Nairobi, Kenyan officials said."
    )
    assert "AGREE" in {r.event_type for r in records}


def test_an_act_dated_in_its_clause_takes_its_own_date_not_the_report_date() -> None:
    """ "Said on Wednesday it had expelled ... on Tuesday": the expulsion is on Tuesday."""
    records = _extract(
        "The Estonian foreign ministry said on Wednesday it had expelled a Russian diplomat "
        "on Tuesday for activities against the state."
    )
    expulsions = [r for r in records if r.mode == "expulsion"]
    assert [r.date for r in expulsions] == ["2024-03-12"]


def test_a_statement_without_a_date_of_its_own_keeps_the_report_date() -> None:
    """An accusation dated only by its report is dated by the report."""
    records = _extract(
        "Poland accused Belarus of pushing migrants across the border, the Polish foreign "
        "ministry said on Wednesday."
    )
    assert [r.date for r in records if r.event_type == "ACCUSE"] == ["2024-03-13"]


def test_talks_running_since_an_earlier_time_are_background() -> None:
    """ "Has been holding talks ... since last year" is an ongoing process, not news."""
    records = _extract(
        "The Philippine government, which has been holding peace talks with communist rebels "
        "in Norway's capital, Oslo, since last year, said troops would stay in the province."
    )
    assert [r for r in records if r.event_type == "CONSULT"] == []


def test_frontiers_that_meet_are_not_a_meeting() -> None:
    """ "Where the borders of A, B and C meet" describes geography, not a meeting."""
    records = _extract(
        "Smugglers use the river crossings near Foz do Iguacu, where the borders of Brazil, "
        "Argentina and Paraguay meet, police said on Wednesday."
    )
    assert records == []


def test_an_appeal_made_in_a_phone_call_is_part_of_the_call() -> None:
    """ "Held phone calls with X and Y, urging both sides to ..." is the calls (one with each),
    not a REQUEST."""
    records = _extract(
        "Turkish Foreign Minister Hakan Fidan held phone calls on Wednesday with his Serbian "
        "and Kosovan counterparts, urging both governments to calm tensions in the north."
    )
    assert [r.event_type for r in records] == ["CONSULT", "CONSULT"]


def test_an_appeal_of_its_own_is_still_a_request() -> None:
    """Without a consultation before it, "urging" keeps its REQUEST."""
    records = _extract(
        "Turkish Foreign Minister Hakan Fidan renewed his appeal on Wednesday, urging Serbia "
        "and Kosovo to calm tensions in the north."
    )
    assert "REQUEST" in {r.event_type for r in records}


def test_a_country_inside_a_company_name_is_not_the_state() -> None:
    """ "Singapore Airlines and Air India signed a deal": two carriers, not two states."""
    records = _extract(
        "Singapore Airlines and Air India signed a codeshare agreement in Mumbai on Tuesday, "
        "letting passengers book connecting flights on a single ticket."
    )
    assert records == []


def test_a_country_inside_a_sports_body_name_is_not_the_state() -> None:
    """ "The Sri Lanka Cricket board will hold talks": a sports body, not the state."""
    records = _extract(
        "The New Zealand Rugby union and the Sri Lanka Cricket board will hold talks on "
        "Monday about sharing a stadium in Colombo."
    )
    assert records == []


def test_talks_with_business_people_are_not_diplomacy() -> None:
    """A government "in talks with copper miners" or a summit "of airline executives" is
    business news, whoever the state party is."""
    records = _extract(
        "Chile's mining ministry is in talks with copper miners over new royalties. "
        "Peruvian President Dina Boluarte spoke at a summit of mining executives in Lima "
        "on Tuesday."
    )
    assert [r for r in records if r.event_type == "CONSULT"] == []


def test_talks_with_customers_of_a_nationality_are_business() -> None:
    """ "in talks with two U.S. customers", "with Chinese investors": a nationality before
    the business counterpart does not make it a state."""
    records = _extract(
        "Lin said the company was in talks with two U.S. customers about moving assembly to "
        "Texas. Kenya's energy ministry held talks with Chinese investors in Nairobi on Monday."
    )
    assert [r for r in records if r.event_type == "CONSULT"] == []


def test_talks_with_officials_of_another_state_are_still_coded() -> None:
    """The rule reads the counterpart: state officials keep the talks."""
    records = _extract(
        "Chile's mining minister held talks with Bolivian officials in Santiago on Monday "
        "over lithium exports."
    )
    assert any(r.event_type == "CONSULT" and {"CHL", "BOL"} <= _codes(r) for r in records)


def test_sanctions_on_judges_of_another_state_are_coded() -> None:
    """ "Imposed sanctions on two Belarusian prosecutors": the prosecutors' state is the target."""
    records = _extract(
        "The Swedish government on Tuesday imposed sanctions on two Belarusian prosecutors "
        "over the jailing of opposition activists."
    )
    sanctions = [r for r in records if r.event_type == "SANCTION"]
    assert len(sanctions) == 1
    assert {"SWE", "BLR"} <= _codes(sanctions[0])


def test_relief_supplies_handed_over_are_aid() -> None:
    """ "Handed over relief supplies" delivers aid as "sent" or "delivered" does."""
    records = _extract(
        "India on Tuesday handed over blankets and relief supplies to Myanmar after the "
        "cyclone, the Indian embassy said."
    )
    aid = [r for r in records if r.event_type == "AID"]
    assert len(aid) == 1
    assert {"IND", "MMR"} <= _codes(aid[0])


def test_a_state_visit_named_in_full_is_coded() -> None:
    """ "During a state visit by X to Y" is the visit the news happens in, not a time
    reference to an earlier one."""
    records = _extract(
        "The two governments signed a railway pact on Tuesday during a state visit by "
        "Indonesian President Joko Widodo to Nairobi."
    )
    visits = [r for r in records if r.mode == "visit"]
    assert len(visits) == 1
    assert {"IDN", "KEN"} <= _codes(visits[0])


def test_a_pledge_with_the_day_between_verb_and_object() -> None:
    """Agency style "pledged Thursday to" is the pledge "pledged on Thursday to" is."""
    for body in (
        "South Korea pledged Monday to send 200 engineers to rebuild Ukrainian power plants.",
        "Norway promised on Monday to fund a new maternity clinic in Juba.",
    ):
        records = _extract(body)
        assert [(r.mode, r.date) for r in records if r.event_type == "AGREE"] == [
            ("pledge", "2024-03-11")
        ]


def test_an_act_dated_to_a_month_of_an_earlier_year_is_background() -> None:
    """ "Cut ties with X in March 2019, accusing ..." years before the report: neither the
    break nor the accusation is news."""
    records = _extract(
        "Venezuela cut diplomatic ties with Colombia in March 2019, accusing Bogota of "
        "plotting a coup. Ecuadorian officials met Colombian envoys in Quito on Tuesday."
    )
    assert [r.event_type for r in records] == ["CONSULT"]


def test_a_background_since_phrase_does_not_date_a_later_act() -> None:
    """ "Ties have worsened since X took power in June 2022, with A accusing B": the month
    dates the background only; the accusation stands."""
    records = _extract(
        "Ties have worsened since the junta took power in June 2022, with Mali accusing "
        "Algeria of meddling in its north, the Malian foreign ministry said on Wednesday."
    )
    assert "ACCUSE" in {r.event_type for r in records}


def test_the_month_may_is_not_the_modal_verb() -> None:
    """ "On 9 May" names a month: the talks happened; "may hold talks" stays hypothetical."""
    assert [r.event_type for r in _extract("On 9 May, Chile held talks with Peru in Lima.")] == [
        "CONSULT"
    ]
    assert _extract("Chile may hold talks with Peru in Lima next week.") == []


def test_a_headline_act_is_the_act_the_body_reports() -> None:
    """The headline's "expels" and the body's "expelled" are one expulsion, even when the
    body names the act's parties differently."""
    records = _extract(
        "Kenyan Foreign Minister Musalia Mudavadi on Tuesday expelled Somalia's ambassador "
        "over remarks on Jubaland.",
        title="Kenya expels Somali envoy",
    )
    assert [r.mode for r in records] == ["expulsion"]


def test_separate_calls_with_two_counterparts_are_two_calls() -> None:
    """ "Held separate phone calls with A and B" is two bilateral calls, not one of three."""
    records = _extract(
        "Brazilian Foreign Minister Mauro Vieira held separate phone calls on Tuesday with "
        "Argentine Foreign Minister Diana Mondino and Chilean Foreign Minister Alberto "
        "van Klaveren about regional trade."
    )
    calls = [r for r in records if r.mode == "phone_call"]
    assert sorted(sorted(_codes(r)) for r in calls) == [["ARG", "BRA"], ["BRA", "CHL"]]


SEOUL_SUMMIT_LEAD = (
    "SEOUL (Reuters) - South Korean President Yoon Suk Yeol, Japanese Prime Minister Fumio "
    "Kishida and Chinese Premier Li Qiang held a trilateral summit on Monday in Seoul.\n\n"
)


def test_separate_bilateral_talks_and_the_third_pair_are_three_meetings() -> None:
    """ "held separate bilateral talks with Kishida and with Li, and Kishida and Li met later":
    a word between "separate" and "talks" keeps them separate, and the third pair's meeting
    is its own, not one of the two."""
    records = _extract(
        SEOUL_SUMMIT_LEAD + "On Sunday, Yoon held separate bilateral talks with Kishida and with "
        "Li, and Kishida and Li met later in the evening."
    )
    sunday = [r for r in records if r.event_type == "CONSULT" and r.date == "2024-03-10"]
    assert len(sunday) == 3
    # the next day's meeting of all three is the summit told again, not another pair's (review)
    again = _extract(
        SEOUL_SUMMIT_LEAD
        + "On Sunday, Yoon held separate bilateral talks with Kishida and with Li.\n\nYoon, "
        "Kishida and Li met on Monday in Seoul for the summit."
    )
    monday = [r for r in again if r.event_type == "CONSULT" and r.date == "2024-03-11"]
    assert len(monday) == 1
    pairs = [_codes(r) for r in sunday]
    assert {"KOR", "JPN"} in pairs
    assert {"KOR", "CHN"} in pairs
    assert any(
        {"JPN", "CHN"} <= codes for codes in pairs if codes not in ({"KOR", "JPN"}, {"KOR", "CHN"})
    )


def test_a_call_between_two_other_people_of_the_same_states_is_another_call() -> None:
    """ "Erdogan telephoned Atambayev ... Cavusoglu also spoke by phone with Abdyldayev": two
    calls between Turkey and Kyrgyzstan; near miss: "Erdogan spoke by phone with Atambayev"
    told again is the same call."""
    lead = (
        "ANKARA (Reuters) - Turkish President Tayyip Erdogan telephoned his Kyrgyz counterpart "
        "Almazbek Atambayev on Monday to offer condolences after the crash.\n\n"
    )
    records = _extract(
        lead + "Turkish Foreign Minister Mevlut Cavusoglu also spoke by phone with Kyrgyz Foreign "
        "Minister Erlan Abdyldayev on Monday."
    )
    calls = [r for r in records if r.mode == "phone_call"]
    assert [sorted(_codes(r)) for r in calls] == [["KGZ", "TUR"], ["KGZ", "TUR"]]
    records = _extract(lead + "Erdogan spoke by phone with Atambayev for half an hour.")
    assert len([r for r in records if r.mode == "phone_call"]) == 1


def test_one_call_with_two_counterparts_stays_one_call() -> None:
    """Without "separate", a call with two counterparts is one three-way call."""
    records = _extract(
        "Brazilian Foreign Minister Mauro Vieira held a video call on Tuesday with "
        "Argentine Foreign Minister Diana Mondino and Chilean Foreign Minister Alberto "
        "van Klaveren about regional trade."
    )
    calls = [r for r in records if r.mode == "phone_call"]
    assert [sorted(_codes(r)) for r in calls] == [["ARG", "BRA", "CHL"]]


def test_a_national_team_player_is_not_the_state() -> None:
    """ "The Ghana coach held talks": a team's coach speaks for no state."""
    records = _extract(
        "The Ghana coach held talks with the Nigeria skipper in Accra on Monday about a "
        "friendly match."
    )
    assert records == []


def test_two_states_breaking_off_relations_are_two_ruptures() -> None:
    """A rupture (a directed act) told of two different states is two acts, even against
    the same target on the same day; the same state's act told twice stays one."""
    records = _extract(
        "Mexico broke off diplomatic relations with Ecuador on Friday after police raided "
        "its embassy in Quito. Nicaragua followed suit on Friday, announcing that it was "
        "severing its own ties with Quito in solidarity with Mexico."
    )
    ruptures = [r for r in records if r.mode == "severed_relations"]
    assert sorted(sorted(_codes(r)) for r in ruptures) == [["ECU", "MEX"], ["ECU", "NIC"]]


def test_a_headline_name_does_not_run_into_the_body() -> None:
    """A title word that ends the headline ("... Somali envoy") takes no name from the body's
    first line: the body's "Kenyan Foreign Minister X" stays Kenyan and one act."""
    records = _extract(
        "Kenyan Foreign Minister Musalia Mudavadi on Tuesday expelled Somalia's ambassador.",
        title="Kenya expels Somali envoy",
    )
    (expulsion,) = [r for r in records if r.mode == "expulsion"]
    people = [p for p in expulsion.participants if p.kind == "person"]
    assert [(p.name, p.country_code) for p in people] == [("Musalia Mudavadi", "KEN")]


def test_talks_due_to_resume_are_the_next_round_between_the_same_sides() -> None:
    """ "The negotiations would resume on Monday" after talks held: a scheduled round of its
    own, between the sides of the talks told before, and the talks held stay occurred."""
    records = _extract(
        "Kenyan President William Ruto held talks with South Sudan's President Salva Kiir in "
        "Nairobi on Tuesday. A joint communique said the negotiations would resume on Monday."
    )
    consults = sorted((r.status, str(r.date)) for r in records if r.event_type == "CONSULT")
    assert consults == [("occurred", "2024-03-12"), ("scheduled", "2024-03-18")]
    scheduled = next(r for r in records if r.status == "scheduled")
    assert _codes(scheduled) == {"KEN", "SSD"}


def test_talks_kept_going_are_no_new_round() -> None:
    """Near miss: "would keep the talks going until April 27" names no new round."""
    records = _extract(
        "UN envoy Staffan de Mistura held talks with Syrian envoy Bashar al-Jaafari in "
        "Geneva on Tuesday. De Mistura said he would keep the talks going until March 27."
    )
    assert [r.status for r in records if r.event_type == "CONSULT"] == ["occurred"]


def test_coordinated_subjects_are_all_parties_of_the_adjunct_talks() -> None:
    """ "Boric and his Bolivian counterpart Luis Arce signed ... after talks": both leaders
    are parties of the talks, not only the first named."""
    records = _extract(
        "Chilean President Gabriel Boric and his Bolivian counterpart Luis Arce signed the "
        "document on Tuesday after talks that ran into the afternoon in Santiago."
    )
    talks = [r for r in records if r.event_type == "CONSULT"]
    assert [_codes(r) for r in talks] == [{"BOL", "CHL"}]


def test_its_first_meeting_is_a_scheduled_meeting_of_the_sides_told_before() -> None:
    """ "The committee will hold its first meeting in Kuwait City next month": a scheduled
    meeting between the sides of the talks told before."""
    records = _extract(
        "Kuwaiti Foreign Minister Abdullah Al-Yahya held talks with Iraqi Foreign Minister Fuad "
        "Hussein in Baghdad on Tuesday. The committee will hold its first meeting in Kuwait "
        "City next month."
    )
    scheduled = [r for r in records if r.status == "scheduled"]
    assert [(_codes(r), r.location.name if r.location else None) for r in scheduled] == [
        ({"KWT", "IRQ"}, "Kuwait City")
    ]


def test_a_meeting_named_without_its_or_a_new_round_takes_no_sides() -> None:
    """Near miss: "A meeting will be held in Kuwait City" names no sides of its own."""
    records = _extract(
        "Kuwaiti Foreign Minister Abdullah Al-Yahya held talks with Iraqi Foreign Minister Fuad "
        "Hussein in Baghdad on Tuesday. A meeting will be held in Kuwait City next month."
    )
    scheduled = [r for r in records if r.status == "scheduled"]
    assert [_codes(r) for r in scheduled] == [set()]


def test_talks_on_the_second_day_of_a_visit_are_their_own() -> None:
    """A visit spans days, and the talks held on one of them with the host, told with their
    own place and day ("formal talks in the Kremlin on March 12"), are a record beside it, as
    the analysts of the later held-out sets (45 on) code them (session 46; until then they were
    folded into the visit)."""
    records = _extract(
        "Indian Prime Minister Narendra Modi arrived in Moscow on March 11 for a two-day "
        "visit, his first to Russia since the start of the war. Modi and Russian President "
        "Vladimir Putin embraced at Putin's residence outside Moscow on the evening of his "
        "arrival and held formal talks in the Kremlin on March 12."
    )
    consult = [(r.mode, str(r.date)) for r in records if r.event_type == "CONSULT"]
    assert consult == [("visit", "2024-03-11"), ("talks", "2024-03-12")], records


def test_a_headline_in_the_present_postpones() -> None:
    records = _extract(
        "Two Iraqi officials said the new date had not been set.",
        title="Iraq postpones new round of Saudi-Iranian talks in Baghdad",
    )
    (consult,) = [r for r in records if r.event_type == "CONSULT"]
    assert consult.status.value == "cancelled"


def test_the_first_visit_since_a_year_is_news() -> None:
    """ "his first to Russia since 2019" says how long it has been, not when the visit was;
    near miss: "visited Moscow in 2019" is background."""
    records = _extract(
        "Indian Prime Minister Narendra Modi arrived in Moscow on March 11 for a two-day visit, "
        "his first to Russia since 2019."
    )
    assert [r.mode for r in records] == ["visit"]
    assert _extract("Indian Prime Minister Narendra Modi visited Moscow in 2019.") == []


def test_a_meeting_before_the_summit_and_talks_also_held_with_another_side() -> None:
    """ "met Bahrain's king before the summit opened" is a meeting ("the summit" a time
    reference), and ", and Sisi also held talks with Abbas" is another act with another side;
    near miss: "also held talks with" the same side is the same meeting."""
    records = _extract(
        "Egyptian President Abdel Fattah el-Sisi met Bahrain's king before the summit opened, "
        "and Sisi also held talks with Palestinian President Mahmoud Abbas, the Egyptian "
        "presidency said."
    )
    consult = [r for r in records if r.event_type == "CONSULT"]
    assert sorted(r.mode for r in consult) == ["meeting", "talks"]
    assert sorted(sorted(_codes(r)) for r in consult) == [["BHR", "EGY"], ["EGY", "PSE"]]
    records = _extract(
        "Egyptian President Abdel Fattah el-Sisi met Bahrain's king in Manama on Wednesday, and "
        "the two leaders also held talks with their foreign ministers."
    )
    assert len([r for r in records if r.event_type == "CONSULT"]) == 1


def test_a_meeting_after_an_appeal_to_meet_is_no_time_reference() -> None:
    """Near miss: "urged X to let the envoy meet Y, after a special meeting in Jakarta" — the
    meeting is the event (only an act told as held makes a later summit its time reference)."""
    records = _extract(
        "Southeast Asian foreign ministers on Thursday urged Myanmar's military government to "
        "let the bloc's envoy meet Aung San Suu Kyi, after a special meeting at the ASEAN "
        "Secretariat in Jakarta."
    )
    meetings = [r for r in records if r.event_type == "CONSULT"]
    assert [r.location.name if r.location else None for r in meetings] == ["Jakarta"]


def test_a_ceasefire_told_again_by_its_terms_is_the_ceasefire() -> None:
    """ "the two sides agreed that all firing ... would stop": the ceasefire the lead reported,
    not a second agreement; near miss: an agreement on trade stays its own."""
    lead = (
        "India and Pakistan agreed on Saturday to a full and immediate ceasefire after four "
        "days of fighting. "
    )
    records = _extract(
        lead + "Indian Foreign Secretary Vikram Misri said the two sides agreed that all firing "
        "and military action on land, in the air and at sea would stop from 17:00."
    )
    assert [r.mode for r in records if r.event_type == "AGREE"] == ["ceasefire"]
    records = _extract(
        lead + "Indian Foreign Secretary Vikram Misri said the two sides agreed that trade "
        "through the Wagah crossing would resume next month."
    )
    assert sorted(r.mode for r in records if r.event_type == "AGREE") == ["agreement", "ceasefire"]


def test_a_working_team_sent_to_help_is_not_a_visit() -> None:
    """Investigators, experts or rescuers arriving to help are no state's visit ..."""
    for sentence in (
        "A team of FBI agents and U.S. military experts arrived in Colombo on Wednesday to "
        "help with the investigation.",
        "A team from the UK's Air Accidents Investigation Branch arrived in Ahmedabad on "
        "Friday to assist India's investigators.",
    ):
        assert [r for r in _extract(sentence) if r.mode == "visit"] == [], sentence


def test_a_delegation_or_negotiators_arriving_still_visit() -> None:
    """... a delegation or negotiators are."""
    for sentence in (
        "A team of U.S. negotiators arrived in Doha on Monday.",
        "A U.S. delegation of trade experts arrived in Beijing on Monday.",
    ):
        visits = [r for r in _extract(sentence) if r.mode == "visit"]
        assert visits, sentence
        assert visits[0].status == "occurred", sentence


def test_two_leaders_meeting_at_a_summit_of_more_meet_on_their_own() -> None:
    """ "Costa met Turkmen President Serdar Berdimuhamedov on Friday morning" at a summit of six
    sides is a meeting of its own, even without "bilateral" or "sidelines"."""
    records = _extract(
        "SAMARKAND (Reuters) - European Council President Antonio Costa and the presidents of "
        "Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan held their first summit "
        "in Samarkand on Thursday.\n\nCosta met Turkmen President Serdar Berdimuhamedov on "
        "Thursday morning before the summit opened."
    )
    consults = [r for r in records if r.event_type == "CONSULT"]
    assert len(consults) == 2
    assert {"EUR", "TKM"} in [_codes(r) for r in consults]


_TALKS_THEN_AUDIENCE = (
    "LOME (Reuters) - Ghana's Foreign Minister Samuel Okudzeto Ablakwa held talks with his "
    "Togolese counterpart Robert Dussey in Lome on Tuesday.\n\n"
)


def test_an_audience_with_a_third_person_after_talks_is_its_own_meeting() -> None:
    """ "Ablakwa was later received by President Faure Gnassingbe" after his talks with Dussey:
    a meeting with another person, not the talks told again (passive and active forms)."""
    for audience in (
        "Ablakwa was later received by President Faure Gnassingbe at his office.",
        "President Faure Gnassingbe later received Ablakwa at his office.",
    ):
        records = _extract(_TALKS_THEN_AUDIENCE + audience)
        consults = [r for r in records if r.event_type == "CONSULT"]
        assert len(consults) == 2, audience
        assert {"Faure Gnassingbe", "Samuel Okudzeto Ablakwa"} in [
            {p.name for p in r.participants if p.kind == "person"} for r in consults
        ]


def test_an_audience_of_the_same_people_or_during_a_visit_stays_one_event() -> None:
    """The counterpart who "received" the minister is the talks' own person, and the audiences
    of a state visit are the visit's."""
    same = _extract(_TALKS_THEN_AUDIENCE + "Dussey received Ablakwa at the ministry.")
    assert len([r for r in same if r.event_type == "CONSULT"]) == 1
    visit = _extract(
        "HANOI (VNA) - Philippine President Ferdinand Marcos arrived in Hanoi on Tuesday for a "
        "state visit and held talks with President Vo Van Thuong.\n\nOn the same day, Prime "
        "Minister Pham Minh Chinh received President Marcos."
    )
    assert len([r for r in visit if r.event_type == "CONSULT"]) == 1


def test_a_visit_or_aid_to_a_state_s_own_territory_is_at_home() -> None:
    """ "Macron is due to visit Mayotte", "France sent rescuers to Mayotte": a French
    territory; near misses: a visit to Madagascar, and a team sent "from New Caledonia"."""
    for sentence in (
        "French President Emmanuel Macron is due to visit Mayotte on Thursday.",
        "Danish Prime Minister Mette Frederiksen visited Greenland on Monday.",
        "France sent 200 rescuers and relief supplies to Mayotte on Monday.",
    ):
        assert _extract(sentence) == [], sentence
    visit = _extract("French President Emmanuel Macron visited Madagascar on Monday.")
    assert [_codes(r) for r in visit] == [{"FRA", "MDG"}]
    aid = _extract(
        "France sent a military team with rescue equipment to Vanuatu from New Caledonia on "
        "Thursday."
    )
    assert [_codes(r) - {"NCL"} for r in aid if r.event_type == "AID"] == [{"FRA", "VUT"}]
