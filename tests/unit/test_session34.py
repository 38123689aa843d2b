"""Diplomatic rules of the thirty-fourth session, each with the near misses that keep it narrow."""

from __future__ import annotations

from tests.unit.diplomatic_helpers import codes, extract, only, place


def _persons(record: object) -> set[str]:
    return {p.name for p in record.participants if p.kind.value == "person"}  # type: ignore[attr-defined]


def test_the_spokesperson_who_voices_a_states_warning_next_is_a_party() -> None:
    """ "Russia warned Finland ..." then, in the next paragraph, a quote "..., Foreign Ministry
    spokeswoman Maria Zakharova told a weekly briefing in Moscow": she voiced the warning."""
    body = (
        "HELSINKI, March 14 (Reuters) - Russia warned Finland on Wednesday that it would take "
        '"military-technical countermeasures" if NATO went ahead with plans to station a brigade '
        "in Lapland.\n\n"
        '"If these plans are implemented, Russia will be forced to respond," Foreign Ministry '
        "spokeswoman Maria Zakharova told a weekly briefing in Moscow."
    )
    warning = only(extract(body), "THREATEN")
    assert codes(warning) == {"RUS", "FIN"}
    assert _persons(warning) == {"Maria Zakharova"}
    # near miss: the target's spokesperson who answers is not a party to the warning
    answer = (
        "HELSINKI, March 14 (Reuters) - Russia warned Finland on Wednesday that it would take "
        "countermeasures if NATO went ahead with plans to station a brigade in Lapland.\n\n"
        '"Threats only strengthen our resolve," Finnish government spokeswoman Anna Korhonen '
        "told reporters in Helsinki."
    )
    assert _persons(only(extract(answer), "THREATEN")) == set()
    # near miss: a spokesperson who tells what was said at talks reports them (a consultation)
    talks = (
        "ANKARA, March 14 (Reuters) - Turkey and Greece held talks in Ankara on Wednesday on "
        "migration and energy.\n\n"
        '"We discussed many issues," Turkish foreign ministry spokesman Oncu Keceli told reporters.'
    )
    assert _persons(only(extract(talks), "CONSULT")) == set()


def test_an_envoy_told_by_office_and_named_later_is_a_party() -> None:
    """ "Iraq summoned Turkey's ambassador on Wednesday ..." then "The foreign ministry handed
    Ambassador Ahmet Gurel a note": the envoy summoned is the one named."""
    body = (
        "BAGHDAD, March 14 (Reuters) - Iraq summoned Turkey's ambassador on Wednesday to protest "
        "against a drone strike in the northern district of Sinjar.\n\n"
        "The foreign ministry handed Ambassador Ahmet Gurel a note demanding that Turkey stop "
        "violations of Iraqi sovereignty."
    )
    summons = only(extract(body), "ACCUSE")
    assert codes(summons) == {"IRQ", "TUR"}
    assert _persons(summons) == {"Ahmet Gurel"}
    expelled = (
        "ISLAMABAD, March 14 (Reuters) - Pakistan on Wednesday decided to downgrade diplomatic "
        "relations with India and expel the Indian high commissioner.\n\n"
        "Foreign Minister Shah Mahmood Qureshi said Indian High Commissioner Ajay Bisaria "
        "would be asked to leave."
    )
    records = [r for r in extract(expelled) if r.event_type.value == "SANCTION"]
    by_mode = {r.mode: _persons(r) for r in records}
    assert "Ajay Bisaria" in by_mode["expulsion"]
    # near miss: the downgrade told before the envoy is not his
    assert all(
        "Ajay Bisaria" not in persons for mode, persons in by_mode.items() if mode != "expulsion"
    )


def test_a_recalled_envoy_is_the_recalling_states_own() -> None:
    """ "France recalled its ambassador to Italy": France's envoy, not Italy's ambassador the
    article names; "Spain withdrew its ambassador" then "Ambassador Maria Jesus Alonso Jimenez
    would not return to her post": hers."""
    body = (
        "PARIS, March 14 (AFP) - France recalled its ambassador to Italy on Thursday over "
        '"outrageous" remarks by Italian leaders.\n\n'
        "In January the French foreign ministry summoned Italy's ambassador, Teresa Castaldo, "
        "over remarks by Deputy Prime Minister Luigi Di Maio."
    )
    recall = [r for r in extract(body) if r.event_type.value == "SANCTION"]
    assert recall
    assert all("Teresa Castaldo" not in _persons(r) for r in recall)
    spain = (
        "MADRID, March 14 (Reuters) - Spain on Tuesday withdrew its ambassador in Buenos Aires "
        '"definitively" in a row with Argentina over remarks by President Javier Milei.\n\n'
        "Spanish Foreign Minister Jose Manuel Albares told reporters that Spanish Ambassador "
        "Maria Jesus Alonso Jimenez would not return to her post."
    )
    withdrawal = only(extract(spain), "SANCTION")
    assert "Maria Jesus Alonso Jimenez" in _persons(withdrawal)
    # near miss: two envoys of the state named: which one is not said
    two = (
        "BAGHDAD, March 14 (Reuters) - Iraq summoned Turkey's ambassador on Wednesday to protest "
        "against a drone strike in Sinjar.\n\n"
        "Turkish Ambassador Ahmet Gurel replaced Turkish Ambassador Ali Riza Guney last year."
    )
    assert _persons(only(extract(two), "ACCUSE")) == set()


def test_what_a_work_is_about_or_recreates_is_fiction() -> None:
    """ "a drama about the tense negotiations that led to ...", "the film recreates the summit
    in Addis Ababa at which ... demanded", "In one of the film's scenes, ... hosts": a work's
    story, not news."""
    body = (
        'OUAGADOUGOU, March 14 (AFP) - "Lusaka 1979", a drama about the tense negotiations that '
        "ended the Rhodesian war, won the top prize at a film festival on Saturday.\n\n"
        "Director Amina Diallo's film recreates the summit in Lusaka at which Zambia's president "
        "demanded that Britain call elections.\n\n"
        "In one of the film's most talked-about scenes, the Zambian president hosts a banquet "
        "for the delegates of Britain and Tanzania."
    )
    assert extract(body) == []
    # near misses: the news beside a film, and a documentary's maker who met someone
    news = (
        "LUSAKA, March 14 (Reuters) - Zambia and Tanzania held talks in Lusaka on Wednesday on "
        "the railway, a day after a film festival opened in the city."
    )
    assert codes(only(extract(news), "CONSULT")) == {"ZMB", "TZA"}
    met = (
        "LUSAKA, March 14 (Reuters) - Zambian President Hakainde Hichilema, who watched a film "
        "about the 1979 summit on Tuesday, met Tanzanian President Samia Suluhu Hassan in Lusaka "
        "on Wednesday."
    )
    assert codes(only(extract(met), "CONSULT")) == {"ZMB", "TZA"}


def test_meetings_counted_are_no_meeting() -> None:
    """ "have lost only once to Romania in their last 15 meetings": a tally of past games."""
    body = (
        "TBILISI, March 14 (AFP) - Georgia are ranked 11th in the world and have lost only once "
        "to Romania in their last 15 meetings."
    )
    assert extract(body) == []
    # near miss: a meeting told with "last" as its day is a meeting
    held = (
        "TBILISI, March 14 (AFP) - Georgia and Romania held meetings in Tbilisi last week on "
        "energy links."
    )
    assert codes(only(extract(held), "CONSULT")) == {"GEO", "ROU"}


def test_talks_a_labour_ministry_mediated_are_a_labour_dispute() -> None:
    """ "after their union reached a pay deal with the terminal operator following talks
    mediated by the labour ministry": a union's and a firm's talks, not Chile's."""
    body = (
        "SANTIAGO, March 14 (Reuters) - Dockworkers at Chile's San Antonio port, the country's "
        "busiest, ended a nine-day strike on Thursday after their union reached a pay deal with "
        "the terminal operator following talks mediated by the labour ministry.\n\n"
        "The strike left about 40 ships waiting at anchor, union president Jordan Castro said."
    )
    assert [r for r in extract(body) if r.event_type.value == "CONSULT"] == []
    # near miss: talks a state's foreign ministry mediated are diplomacy
    mediated = (
        "DOHA, March 14 (Reuters) - Rwanda and Congo ended two days of talks on Thursday "
        "mediated by the Qatari foreign ministry."
    )
    assert {"RWA", "COD"} <= codes(only(extract(mediated), "CONSULT"))


def test_talks_of_another_day_after_an_arrival_are_their_own() -> None:
    """ "Mitsotakis, who arrived in Ankara on Tuesday evening, held talks with Erdogan at the
    presidential palace on Wednesday": a visit from Tuesday and talks on Wednesday."""
    body = (
        "ANKARA, March 14 (Reuters) - Greek Prime Minister Kyriakos Mitsotakis, who arrived in "
        "Ankara on Tuesday evening, held talks with Turkish President Tayyip Erdogan at the "
        "presidential palace on Wednesday before the two leaders oversaw a signing ceremony."
    )
    records = [r for r in extract(body) if r.event_type.value == "CONSULT"]
    assert sorted((r.mode, r.date) for r in records) == [
        ("talks", "2024-03-13"),
        ("visit", "2024-03-12"),
    ]
    assert all(codes(r) == {"GRC", "TUR"} for r in records)
    assert all(place(r) == ("Ankara", "TUR") for r in records)
    # near miss: talks of no day told are the visit's (talks with a day of their own, even the
    # arrival's, are their own since the fiftieth session: tests/unit/test_session50.py)
    same = (
        "ANKARA, March 14 (Reuters) - Greek Prime Minister Kyriakos Mitsotakis, who arrived in "
        "Ankara on Tuesday, held talks with Turkish President Tayyip Erdogan at the palace."
    )
    assert len([r for r in extract(same) if r.event_type.value == "CONSULT"]) == 1, same


def test_a_demand_in_a_protest_note_takes_no_day_from_the_next_sentence() -> None:
    """ "the envoy had been handed a note demanding that work be halted" after the summons on
    Wednesday is the protest's, though the next sentence tells of Thursday."""
    title = "Uruguay summons Argentine envoy over river dredging; Buenos Aires rejects protest"
    body = (
        "MONTEVIDEO, March 14 (Reuters) - Uruguay summoned Argentina's ambassador on Wednesday "
        "to protest against dredging work on the Uruguay River that it says was started without "
        "the prior consultation required by a 1975 treaty.\n\n"
        "Foreign Minister Mario Lubetkin told reporters the envoy had been handed a note "
        "demanding that work near the Argentine town of Colon be halted until a joint technical "
        "study was completed.\n\n"
        "Argentina rejected the protest on Thursday. Foreign Minister Pablo Quirno said in a "
        "statement that the dredging was routine maintenance."
    )
    assert [r for r in extract(body, title) if r.event_type.value == "REQUEST"] == []
    # near miss: a demand told with its own later day is another act
    later = (
        "MONTEVIDEO, March 14 (Reuters) - Uruguay summoned Argentina's ambassador on Monday to "
        "protest against dredging work on the Uruguay River.\n\n"
        "On Wednesday Uruguay demanded that Argentina halt the work."
    )
    assert codes(only(extract(later), "REQUEST")) == {"URY", "ARG"}


def test_a_body_of_a_states_people_is_not_the_state() -> None:
    """ "Uruguay's river pilots' union said on Monday it backed the government's stance": a
    union's word, not Uruguay's."""
    body = (
        "MONTEVIDEO, March 14 (Reuters) - Uruguay's river pilots' union said on Monday it backed "
        "the government's stance against Argentina."
    )
    assert extract(body) == []
    # near miss: the state's own word
    state = "MONTEVIDEO, March 14 (Reuters) - Uruguay's president praised Brazil on Monday for its help."
    assert codes(only(extract(state), "SUPPORT")) == {"URY", "BRA"}


def test_an_eased_boycott_and_that_years_act_are_background() -> None:
    """ "since the Saudi leadership eased its boycott of Lebanese officials" and "Relations
    worsened later that year when a Lebanese minister criticised the Saudi-led war": no act of
    the day."""
    body = (
        "BEIRUT, March 14 (AP) - Lebanese Prime Minister Nawaf Salam made his first official "
        "trip to Riyadh since the Saudi leadership eased its boycott of Lebanese officials.\n\n"
        "Saudi Arabia imposed a ban on Lebanese produce in April 2021. Relations worsened later "
        "that year when a Lebanese minister criticised the Saudi-led war in Yemen."
    )
    kinds = {r.event_type.value for r in extract(body)}
    assert "REJECT" not in kinds
    assert "ACCUSE" not in kinds
    # near misses: a boycott announced, and a criticism of this year
    boycott = (
        "BEIRUT, March 14 (AP) - Lebanon announced a boycott of the Arab summit in Riyadh on "
        "Wednesday."
    )
    assert codes(only(extract(boycott), "REJECT")) >= {"LBN"}
    this_year = (
        "BEIRUT, March 14 (AP) - Relations worsened on Tuesday when Lebanon's foreign minister "
        "criticised the Saudi-led war in Yemen."
    )
    assert codes(only(extract(this_year), "ACCUSE")) == {"LBN", "SAU"}


def test_a_visit_said_not_cancelled_is_still_planned() -> None:
    """ "Tokayev is due to visit Moscow on March 25 ... Smadiyarov said the visit had not been
    cancelled": scheduled, not cancelled."""
    body = (
        "ALMATY, March 14 (Reuters) - Kazakh President Kassym-Jomart Tokayev is due to visit "
        "Moscow on March 25 for talks with President Vladimir Putin, the Kremlin said.\n\n"
        "Foreign ministry spokesman Aibek Smadiyarov said the visit had not been cancelled."
    )
    visit = only(extract(body), "CONSULT")
    assert visit.status.value == "scheduled"
    # near miss: a visit said to be cancelled is
    called_off = (
        "ALMATY, March 14 (Reuters) - Kazakh President Kassym-Jomart Tokayev was due to visit "
        "Moscow on March 25 for talks with President Vladimir Putin.\n\n"
        "Foreign ministry spokesman Aibek Smadiyarov said the visit had been cancelled."
    )
    assert only(extract(called_off), "CONSULT").status.value == "cancelled"


def test_a_collapse_of_an_earlier_years_attempt_is_background() -> None:
    """ "A 2009 attempt at normalisation, the Zurich protocols, collapsed": the agreement of
    the day is not cancelled by it."""
    body = (
        "YEREVAN, March 14 (Reuters) - Armenia and Turkey agreed on Wednesday to open their land "
        "border to third-country nationals.\n\n"
        "A 2009 attempt at normalisation, the Zurich protocols, collapsed without being ratified."
    )
    agreement = only(extract(body), "AGREE")
    assert (agreement.status.value, agreement.date) == ("occurred", "2024-03-13")
    # near miss: this year's accord that collapsed is cancelled
    this_year = (
        "YEREVAN, March 14 (Reuters) - Armenia and Turkey agreed on Monday to open their land "
        "border.\n\nThe accord collapsed on Wednesday after a shooting at the crossing."
    )
    assert only(extract(this_year), "AGREE").status.value == "cancelled"


def test_support_voiced_in_a_call_is_the_calls() -> None:
    """ "Mirziyoyev spoke by phone with Tokayev on Monday evening and expressed support for
    Kazakhstan's territorial integrity": one call, what was said in it."""
    body = (
        "ALMATY, March 14 (Reuters) - Uzbek President Shavkat Mirziyoyev spoke by phone with "
        "Kazakh President Kassym-Jomart Tokayev on Monday evening and expressed support for "
        "Kazakhstan's territorial integrity, Tokayev's office said."
    )
    assert [r.event_type.value for r in extract(body)] == ["CONSULT"]
    # near miss: support told in its own sentence, another day
    apart = (
        "ALMATY, March 14 (Reuters) - Uzbek President Shavkat Mirziyoyev spoke by phone with "
        "Kazakh President Kassym-Jomart Tokayev on Monday.\n\n"
        "On Wednesday, Uzbekistan praised Kazakhstan for its handling of the crisis."
    )
    assert codes(only(extract(apart), "SUPPORT")) == {"UZB", "KAZ"}


def test_prisoners_who_would_be_freed_are_a_release_to_come() -> None:
    """ "said on Wednesday seven Sri Lankan fishermen would be freed on Saturday": scheduled,
    the coming Saturday."""
    body = (
        "COLOMBO, March 14 (Reuters) - Maldivian President Mohamed Muizzu said on Wednesday seven "
        "Sri Lankan fishermen would be freed on Saturday."
    )
    release = only(extract(body), "CONCEDE")
    assert (release.status.value, release.date) == ("scheduled", "2024-03-16")
    # near miss: fishermen freed are released
    freed = (
        "COLOMBO, March 14 (Reuters) - The Maldives freed seven Sri Lankan fishermen on Saturday, "
        "Sri Lanka's navy said."
    )
    assert only(extract(freed), "CONCEDE").status.value == "occurred"


def test_talks_mediated_by_a_state_are_its_mediation_not_its_agreement() -> None:
    """ "agreed on Friday on a framework ... at the end of talks mediated by Turkey in
    Ankara": Turkey mediates the talks; the agreement is the two sides'."""
    body = (
        "ANKARA, March 14 (AFP) - Ethiopia and Somalia agreed on Wednesday on a framework for sea "
        "access at the end of talks mediated by Turkey in Ankara."
    )
    records = extract(body)
    assert codes(only(records, "AGREE")) == {"ETH", "SOM"}
    talks = only(records, "CONSULT")
    assert (talks.mode, codes(talks)) == ("mediation", {"ETH", "SOM", "TUR"})
    # near miss: an agreement brokered by a state has it as a party (the analysts' broker)
    brokered = (
        "ANKARA, March 14 (AFP) - Ethiopia and Somalia signed a deal on Wednesday brokered by "
        "Turkey."
    )
    assert "TUR" in codes(only(extract(brokered), "AGREE"))


def test_a_countrys_capital_named_by_the_country_is_its_capital_city() -> None:
    """ "talks in the Vanuatu capital", "in the capital of Vanuatu": Port Vila, as "the Tajik
    capital" is Dushanbe."""
    for body in (
        "SUVA, March 14 (AAP) - France and Vanuatu held talks in the Vanuatu capital on Monday.",
        "SUVA, March 14 (AAP) - France and Vanuatu held talks in the capital of Vanuatu on Monday.",
    ):
        talks = only(extract(body), "CONSULT")
        assert talks.location is not None
        assert talks.location.country_code == "VUT"
        assert talks.location.name != "Vanuatu", body
    # near miss: the capital of a province of the country is the province's
    province = (
        "BEIJING, March 14 (Reuters) - Myanmar's military and ethnic armed groups held peace "
        "talks in Kunming, the capital of China's southwestern Yunnan province, on Wednesday."
    )
    assert place(only(extract(province), "CONSULT")) == ("Kunming", "CHN")
