"""Rules of the thirty-sixth session, each with the near misses that keep it narrow."""

from __future__ import annotations

from newsevents.contracts import DiplomaticEvent
from tests.unit.diplomatic_helpers import codes, extract, only, place

_DATELINE = "BRUSSELS, May 3 (Reuters) - "


def _people(record: DiplomaticEvent) -> dict[str, str | None]:
    return {p.name: p.country_code for p in record.participants if p.kind == "person"}


def test_a_sentence_adverb_before_a_titled_apposition_is_no_name() -> None:
    """ "Instead, the EU's special envoy for the region, Miroslav Lajcak,": no one called
    Instead;
    "Meanwhile," was already read so."""
    for adverb in ("Instead", "Nevertheless", "Meanwhile"):
        record = only(
            extract(
                _DATELINE
                + f"{adverb}, the EU's special envoy for the region, Miroslav Lajcak, shuttled "
                "between "
                "Serbian and Kosovo officials in Brussels on Thursday."
            ),
            "CONSULT",
        )
        assert _people(record) == {"Miroslav Lajcak": "EUR"}


def test_a_lower_case_remit_joins_a_title_to_its_holder() -> None:
    """ "the EU's special envoy for the region, Miroslav Lajcak": the EU's envoy, as "the UN's
    special envoy for Yemen, Hans Grundberg" already was; a remit that is no remit ("for the
    first time, X") still joins nothing."""
    record = only(
        extract(
            _DATELINE + "The EU's special envoy for the region, Miroslav Lajcak, met Serbian "
            "President Aleksandar Vucic in Belgrade on Thursday."
        ),
        "CONSULT",
    )
    assert _people(record)["Miroslav Lajcak"] == "EUR"
    assert "EUR" in codes(record)


def test_a_title_inside_the_name_of_an_agreement_holds_no_person() -> None:
    """ "the General Security of Military Information Agreement": no General called Security;
    "General Ahmed Security" style names of two words, and a general named without "the",
    still are people."""
    record = only(
        extract(
            "TOKYO, March 16 (Reuters) - South Korean President Yoon Suk Yeol and Japanese Prime "
            "Minister Fumio Kishida agreed on Thursday to fully normalize the General Security of "
            "Military Information Agreement."
        ),
        "AGREE",
    )
    assert set(_people(record)) == {"Yoon Suk Yeol", "Fumio Kishida"}
    near = only(
        extract(
            "KHARTOUM, March 16 (Reuters) - Egyptian President Abdel Fattah al-Sisi met Sudanese "
            "army chief General Burhan of Sudan in Cairo on Thursday."
        ),
        "CONSULT",
    )
    assert "Burhan" in _people(near)


def test_a_states_national_security_council_is_not_the_united_nations() -> None:
    """ "Ivory Coast's National Security Council", "Iran's Supreme National Security Council":
    the state's own body; "the U.N. Security Council" and a bare "Security Council" are still
    the United Nations."""
    rejected = only(
        extract(
            "ABIDJAN, May 3 (Reuters) - Mali demanded the release of its soldiers. Ivory Coast's "
            "National Security Council rejected that demand on Saturday."
        ),
        "REJECT",
    )
    assert "UNO" not in codes(rejected)
    for council in ("the U.N. Security Council", "the Security Council"):
        complaint = only(
            extract(
                "BEIRUT, May 3 (Reuters) - Lebanon filed a complaint with "
                f"{council} on Monday over Israel's violations."
            ),
            "ACCUSE",
        )
        assert "UNO" in codes(complaint)


def _read(body: str) -> list[tuple[str, frozenset[str]]]:
    return [(r.event_type.value, frozenset(codes(r))) for r in extract(body)]


def test_an_act_dated_more_than_a_year_back_is_background() -> None:
    """ "the treaty was signed ... on Feb. 2, 1920, after weeks of negotiations": history, in a
    story of 2024; an accord signed on May 2 (ten months back) is still told."""
    records = extract(
        "TARTU, June 27 (Reuters) - Estonia and Russia signed a peace treaty in Tartu on "
        "Feb. 2, 1920, after weeks of negotiations.\n\n"
        "Estonia and Latvia signed a border accord in Riga on May 2."
    )
    assert [(r.event_type, codes(r)) for r in records] == [("AGREE", {"EST", "LVA"})]


def test_a_resident_envoy_touring_his_host_country_makes_no_visit() -> None:
    """ "Pakistan's high commissioner in Nairobi toured the Pakistani pavilion": his post's
    work; the same envoy visiting another state is a visit."""
    for sentence in (
        "Pakistan's high commissioner in Nairobi toured the Pakistani pavilion on Tuesday.",
        "Pakistan's ambassador to Kenya, Ali Khan, visited the port of Mombasa on Tuesday.",
    ):
        assert extract("MOMBASA, Kenya, June 22 (Reuters) - " + sentence) == []
    away = extract(
        "MOMBASA, Kenya, June 22 (Reuters) - Pakistan's ambassador to Kenya, Ali Khan, visited "
        "Dodoma on Tuesday."
    )
    assert [(r.mode, r.location.name if r.location else None) for r in away] == [
        ("visit", "Dodoma")
    ]


_EXPELLED = (
    "PRAGUE, June 24 (Reuters) - The Czech Republic expelled two Chinese diplomats on "
    "Thursday, accusing them of spying.\n\n"
)


def test_a_summons_to_hear_findings_is_its_own_act() -> None:
    """A summons on Wednesday "to inform him of the findings" before Thursday's expulsion is a
    summons; one "to inform him of the decision" is the expulsion's."""
    findings = extract(
        _EXPELLED + "Foreign Minister Petr Macinka had summoned Chinese Ambassador Feng Biao on "
        "Wednesday to inform him of the findings, the ministry said."
    )
    assert sorted(r.event_type for r in findings) == ["ACCUSE", "SANCTION"]
    decision = extract(
        _EXPELLED + "Foreign Minister Petr Macinka summoned Chinese Ambassador Feng Biao to "
        "inform him of the decision, the ministry said."
    )
    assert [r.event_type for r in decision] == ["SANCTION"]


def test_wanting_to_keep_a_dialogue_holds_no_talks() -> None:
    """ "Prague wanted to keep 'a pragmatic dialogue' with China": a wish; talks held that day
    are still talks."""
    assert _read(
        _EXPELLED + 'Macinka said Prague wanted to keep "a pragmatic dialogue" with China on trade.'
    ) == [("SANCTION", frozenset({"CHN", "CZE"}))]
    held = extract(
        "PRAGUE, June 24 (Reuters) - Czech Foreign Minister Jan Lipavsky held talks with Chinese "
        "Foreign Minister Wang Yi in Prague on Thursday and said he wanted to keep a dialogue."
    )
    assert [r.event_type for r in held] == ["CONSULT"]


def test_accusations_told_groundless_are_rejected() -> None:
    """ "told a news briefing that the accusations were 'groundless'": a rejection; "were
    serious" is none."""
    rejected = extract(
        _EXPELLED + "Foreign ministry spokesman Lin Jian told a news briefing in Beijing that the "
        'accusations were "groundless".'
    )
    assert "REJECT" in [r.event_type for r in rejected]
    serious = extract(_EXPELLED + "Czech officials said the accusations were serious.")
    assert [r.event_type for r in serious] == ["SANCTION"]


def test_resolute_countermeasures_are_a_warning() -> None:
    records = extract(
        "BEIJING, June 24 (Reuters) - China said on Thursday it would take resolute "
        "countermeasures against the Czech Republic."
    )
    assert _read_types(records) == [("THREATEN", frozenset({"CHN", "CZE"}))]


def _read_types(records: list[DiplomaticEvent]) -> list[tuple[str, frozenset[str]]]:
    return [(r.event_type.value, frozenset(codes(r))) for r in records]


def test_a_joint_committee_meets_for_the_sides_told_before() -> None:
    """ "A joint technical committee will meet in Amman on June 29", after Jordan's and Syria's
    talks: their committee; told alone, it names no side."""
    records = extract(
        "AMMAN, June 15 (Reuters) - Jordan and Syria held talks in Damascus on Tuesday.\n\n"
        "A joint technical committee will meet in Amman on June 29 to draw up a schedule."
    )
    scheduled = [r for r in records if r.status == "scheduled"]
    assert len(scheduled) == 1
    assert codes(scheduled[0]) == {"JOR", "SYR"}
    alone = extract(
        "AMMAN, June 15 (Reuters) - A joint technical committee will meet in Amman on June 29 to "
        "draw up a schedule."
    )
    assert all(not codes(r) for r in alone)


def test_people_expelled_long_ago_are_no_expulsion_of_envoys() -> None:
    """ "talks ... on the fate of ethnic Nepali refugees expelled from Bhutan": the refugees',
    not a sanction; diplomats expelled still are."""
    refugees = extract(
        "KATHMANDU, June 3 (Reuters) - Nepal and Bhutan held talks on Thursday on the fate of "
        "ethnic Nepali refugees expelled from Bhutan in the early 1990s."
    )
    assert [r.event_type for r in refugees] == ["CONSULT"]
    envoys = extract(
        "KATHMANDU, June 3 (Reuters) - Nepal expelled two Bhutanese diplomats on Thursday."
    )
    assert [r.mode for r in envoys] == ["expulsion"]


def test_a_proposed_agreement_or_a_one_sided_proposal_is_no_record() -> None:
    """ "the OAS was ready to mediate if both governments asked it to" names no meeting of
    anyone, "urged him to extend a temporary ceasefire" is the appeal's content; a proposed
    meeting of two sides is kept."""
    mediate = extract(
        "SANTO DOMINGO, June 2 (Reuters) - Organization of American States Secretary-General "
        "Albert Ramdin said the OAS was ready to mediate if both governments asked it to."
    )
    assert mediate == []
    urged = extract(
        "BANGKOK, April 18 (Reuters) - Malaysian Prime Minister Anwar Ibrahim met Myanmar's "
        "military leader Min Aung Hlaing on Thursday and urged him to extend a temporary "
        "ceasefire."
    )
    assert "AGREE" not in [r.event_type for r in urged]
    assert "REQUEST" in [r.event_type for r in urged]


def test_an_act_in_the_past_idiom_or_fortnight_is_news() -> None:
    """The review's near misses: "agreed to leave historical disputes in the past" and "met
    ... for the second time in the past fortnight" are the day's acts (only "has repeatedly
    met", "met in the past" right after the verb are habits)."""
    agreed = extract(
        "TOKYO, June 22 (Reuters) - The leaders of Japan and South Korea met in Tokyo on Tuesday "
        "and agreed to leave historical disputes in the past."
    )
    assert "AGREE" in [r.event_type for r in agreed]
    met = extract(
        "MUSCAT, June 22 (Reuters) - Iranian and Omani foreign ministers met in Muscat on Tuesday "
        "for the second time in the past fortnight."
    )
    assert [codes(r) for r in met] == [{"IRN", "OMN"}]


def test_border_forces_of_two_states_agree_for_them() -> None:
    """ "Iranian and Afghan border forces agreed on Monday to stop firing": a ceasefire of Iran
    and Afghanistan (the content names the truce)."""
    records = extract(
        "DUBAI, June 28 (Reuters) - Iranian and Afghan border forces agreed on Monday to stop "
        "firing after a clash near the Milak crossing."
    )
    assert [(r.event_type, r.mode, codes(r)) for r in records] == [
        ("AGREE", "ceasefire", {"AFG", "IRN"})
    ]
    nothing_agreed = extract(
        "DUBAI, June 28 (Reuters) - Iranian border forces continued to stop firing at migrants "
        "on Monday."
    )
    assert nothing_agreed == []


def test_talks_mediated_by_a_person_or_a_body_are_a_mediation() -> None:
    """ "met for talks mediated by European Council President Antonio Costa" and talks told
    elsewhere as "EU-mediated" are a mediation; talks told with no mediator stay talks."""
    met = extract(
        "BAKU, June 17 (Reuters) - The foreign ministers of Armenia and Azerbaijan met for talks "
        "mediated by European Council President Antonio Costa in Brussels on Tuesday."
    )
    assert [(r.mode, codes(r)) for r in met] == [("mediation", {"ARM", "AZE", "EUR"})]
    plain = extract(
        "BAKU, June 17 (Reuters) - The foreign ministers of Armenia and Azerbaijan met for talks "
        "in Brussels on Tuesday."
    )
    assert [r.mode for r in plain] == ["talks"]


def test_an_invitation_accepted_tells_the_invitation() -> None:
    """ "Chapo accepted an invitation from Mutharika on Monday to visit Lilongwe": the
    invitation, between the two; "Putin accepted the invitation" after "Kim invited Putin" is
    the same invitation told again."""
    accepted = extract(
        "MAPUTO, June 21 (Reuters) - Malawian President Peter Mutharika met Mozambican President "
        "Daniel Chapo on Monday.\n\nChapo accepted an invitation from Mutharika on Monday to "
        "visit Lilongwe in October."
    )
    invitations = [r for r in accepted if r.event_type == "REQUEST"]
    assert [(r.mode, codes(r)) for r in invitations] == [("invitation", {"MOZ", "MWI"})]
    again = extract(
        "MOSCOW, Sept 13 (Reuters) - North Korean leader Kim Jong Un met Russian President "
        "Vladimir Putin on Wednesday.\n\nKim invited Putin to visit North Korea, and Putin "
        "accepted the invitation, KCNA reported."
    )
    assert len([r for r in again if r.event_type == "REQUEST"]) == 1


# -- the review's near misses ----------------------------------------------------------------


def _people_of(body: str) -> set[str]:
    return {p.name for r in extract(body) for p in r.participants if p.kind == "person"}


def test_a_ruler_of_a_state_after_a_title_is_still_a_person() -> None:
    """ "the Emir Tamim of Qatar", "the King Abdullah of Jordan": people (only a document's or
    a body's name after "of" makes the word no name)."""
    assert "Tamim" in _people_of(
        "DOHA, June 22 (Reuters) - French President Emmanuel Macron met the Emir Tamim of Qatar "
        "in Doha on Tuesday to discuss Gaza."
    )
    assert "Abdullah" in _people_of(
        "AMMAN, June 22 (Reuters) - U.S. Secretary of State Marco Rubio held talks with the King "
        "Abdullah of Jordan in Amman on Tuesday."
    )


def test_a_minister_visiting_with_the_resident_envoy_still_visits() -> None:
    records = extract(
        "NAIROBI, June 22 (Reuters) - U.S. Secretary of State Marco Rubio and the U.S. ambassador "
        "to Kenya visited the Kakuma refugee camp in Kenya on Tuesday."
    )
    assert [(r.mode, codes(r)) for r in records] == [("visit", {"KEN", "USA"})]


def test_wanting_to_keep_in_a_relative_clause_leaves_the_meeting() -> None:
    records = extract(
        "ARUSHA, June 22 (Reuters) - Kenyan President William Ruto, who wants to keep trade "
        "flowing, met Tanzanian President Samia Suluhu Hassan in Arusha on Tuesday."
    )
    assert [codes(r) for r in records] == [{"KEN", "TZA"}]


def test_only_the_accusations_themselves_told_false_are_a_rejection() -> None:
    records = extract(
        "KAMPALA, June 22 (Reuters) - Uganda said on Tuesday the accusations were serious and "
        "demanded that Rwanda explain why its troops crossed the border, adding that Kigali's "
        "denials were false."
    )
    assert "REJECT" not in [r.event_type for r in records]


def test_embassy_workers_expelled_are_an_expulsion() -> None:
    records = extract(
        "VILNIUS, June 22 (Reuters) - The 20 Lithuanian embassy workers expelled by Russia on "
        "Tuesday will leave Moscow by Friday, the foreign ministry in Vilnius said."
    )
    assert [(r.mode, codes(r)) for r in records] == [("expulsion", {"LTU", "RUS"})]


def test_an_act_in_the_past_week_is_news() -> None:
    records = extract(
        "BEIJING, June 22 (Reuters) - China summoned Japan's ambassador twice in the past week "
        "over Taiwan, the foreign ministry said on Tuesday."
    )
    assert [(r.event_type, codes(r)) for r in records] == [("ACCUSE", {"CHN", "JPN"})]


def test_agreeing_that_others_must_stop_the_fighting_is_no_ceasefire() -> None:
    records = extract(
        "KAMPALA, June 22 (Reuters) - Kenyan President William Ruto said on Tuesday he agreed "
        "with Ugandan President Yoweri Museveni that Sudan's army and the RSF had to stop the "
        "fighting."
    )
    assert "ceasefire" not in [r.mode for r in records]


def test_another_mediation_told_beside_talks_leaves_their_mode() -> None:
    records = extract(
        "ANKARA, June 22 (Reuters) - Turkish and Greek foreign ministers held talks in Ankara on "
        "Tuesday. Turkey has also offered to mediate between Russia and Ukraine."
    )
    talks = [r for r in records if codes(r) >= {"GRC", "TUR"}]
    assert [r.mode for r in talks] == ["talks"]


def test_a_phone_call_has_no_place() -> None:
    """ "spoke by phone ..., and the two agreed that a joint boundary commission would meet in
    Buenos Aires on June 24": the meeting is in Buenos Aires, the call nowhere."""
    records = extract(
        "SANTIAGO, June 8 (Reuters) - Argentine Foreign Minister Pablo Quirno spoke by phone with "
        "Chilean Foreign Minister Francisco Perez Mackenna on Tuesday afternoon, and the two agreed "
        "that a "
        "joint boundary commission would meet in Buenos Aires on June 24."
    )
    calls = [r for r in records if r.mode == "phone_call"]
    assert len(calls) == 1
    assert calls[0].location is None
    meetings = [r for r in records if r.mode == "meeting"]
    assert [place(r) for r in meetings] == [("Buenos Aires", "ARG")]


def test_firms_telling_their_own_talks_join_no_visit() -> None:
    """ "The companies said they were in talks with Egypt": the firms', not a state's talks
    to fold into the Greek minister's visit; a state "said it was in talks" still is."""
    records = extract(
        "NICOSIA, June 22 (Reuters) - Greek Foreign Minister George Gerapetritis arrived in "
        "Nicosia on Tuesday for a one-day visit and met President Nikos Christodoulides.\n\n"
        "ExxonMobil and QatarEnergy began drilling last week. The companies said they were in "
        "talks with Egypt on piping any gas."
    )
    assert all("EGY" not in codes(r) for r in records)
    state = extract(
        "NICOSIA, June 22 (Reuters) - Cyprus said on Tuesday it was in talks with Egypt on "
        "piping gas."
    )
    assert [codes(r) for r in state] == [{"CYP", "EGY"}]


def test_an_act_done_on_a_weekday_stays_in_the_past_whatever_will_follow() -> None:
    """ "sent a protest note to Croatia on Wednesday over Zagreb's plan to store waste": last
    Wednesday's note, done (the plan is what will follow); "met Guelleh in Djibouti on Thursday
    and will travel to Asmara on Saturday" keeps its trip to come."""
    note = only(
        extract(
            "SARAJEVO, Nov 14 (Reuters) - Bosnia sent a protest note to Croatia on Wednesday over "
            "Zagreb's plan to store radioactive waste near the border."
        ),
        "ACCUSE",
    )
    assert note.status == "occurred"
    assert str(note.date) == "2024-03-13"  # the Wednesday before the helpers' Thursday
    trip = extract(
        "DOHA, April 17 (Reuters) - Qatari Minister of State Mohammed Al-Khulaifi met Djibouti's "
        "President Ismail Omar Guelleh in Djibouti on Thursday and will travel to Asmara on "
        "Saturday."
    )
    assert "scheduled" in [r.status for r in trip]


def test_countermeasures_vowed_answer_the_row_told_before() -> None:
    """ "China said on Thursday it would take 'resolute countermeasures'" after the Czech
    expulsion of its diplomats: a warning aimed at Prague (its words name the retaliation);
    "warns of deadly heat" is still aimed at no one."""
    records = extract(
        _EXPELLED + 'China said on Thursday it would take "resolute countermeasures".'
    )
    assert ("THREATEN", frozenset({"CHN", "CZE"})) in _read_types(records)
    heat = extract(
        "NEW DELHI, June 24 (Reuters) - India's weather office warned on Thursday of deadly "
        "heat across the north."
    )
    assert heat == []


def test_a_resident_envoy_meeting_the_hosts_people_still_meets() -> None:
    """The second review's near misses: "visited Pokhara on Tuesday and met Nepali Prime
    Minister K.P. Sharma Oli" is a meeting; a former ambassador's trip is a visit."""
    met = extract(
        "KATHMANDU, June 22 (Reuters) - The Chinese ambassador to Nepal, Chen Song, visited "
        "Pokhara on Tuesday and met Nepali Prime Minister K.P. Sharma Oli there."
    )
    assert any(codes(r) >= {"CHN", "NPL"} for r in met)
    former = extract(
        "NAIROBI, June 22 (Reuters) - China's former ambassador to Kenya visited Mombasa on "
        "Tuesday as head of a Chinese trade mission."
    )
    assert [codes(r) for r in former] == [{"CHN", "KEN"}]


def test_embassy_people_and_consular_workers_expelled_are_an_expulsion() -> None:
    records = extract(
        "MOSCOW, June 22 (Reuters) - Two Polish consular workers expelled by Russia on Tuesday "
        "must leave St Petersburg within 72 hours, Warsaw said."
    )
    assert "expulsion" in [r.mode for r in records]


def test_an_invitation_to_a_summit_on_a_weekday_is_not_dated_by_it() -> None:
    """ "Japan invited South Korea's president to a summit in Hiroshima on Saturday, where he
    will also meet ...": Saturday is the summit's, not a past day of the invitation."""
    records = extract(
        "TOKYO, June 24 (Reuters) - Japan invited South Korea's president to a summit in "
        "Hiroshima on Saturday, where he will also meet Chinese Premier Li Qiang."
    )
    invitations = [r for r in records if r.mode == "invitation"]
    assert all(r.date is None or str(r.date) >= "2024-03-14" for r in invitations)
