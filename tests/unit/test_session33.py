"""Diplomatic rules of the thirty-third session, each with the near misses that keep it narrow."""

from __future__ import annotations

from tests.unit.diplomatic_helpers import codes, extract, only


def test_a_state_that_protested_to_another_accuses_it() -> None:
    """ "Manila protested to Beijing on Tuesday", "Hungary protested against the EU decision":
    the verb alone, with the one protested to (or against) named, is a protest."""
    body = (
        "MANILA, March 14 (Reuters) - Manila protested to Beijing on Tuesday over the use of water "
        "cannon against a Philippine supply boat near Second Thomas Shoal."
    )
    protest = only(extract(body), "ACCUSE")
    assert codes(protest) == {"PHL", "CHN"}
    assert protest.date == "2024-03-12"
    against = "BUDAPEST, March 14 (Reuters) - Hungary protested against the EU decision on Tuesday."
    assert codes(only(extract(against), "ACCUSE")) == {"HUN", "EUR"}
    # near misses: people who protest against a state's act are demonstrators, not a state
    for crowd in (
        "JAKARTA, March 14 (Reuters) - Students protested against the Israeli offensive in Gaza "
        "outside the U.S. embassy in Jakarta on Friday.",
        "WARSAW, March 14 (Reuters) - Farmers protested against cheap Ukrainian grain imports at "
        "the Polish border on Tuesday.",
        "JAKARTA, March 14 (Reuters) - Indonesian fishermen protested against Chinese incursions "
        "near the Natuna islands.",
        "ABUJA, March 14 (Reuters) - Hundreds of Nigerians protested to the British High "
        "Commission in Abuja on Tuesday.",
    ):
        assert [r for r in extract(crowd) if r.event_type.value == "ACCUSE"] == [], crowd


def test_a_states_map_claim_or_statement_is_aimed_at_it() -> None:
    """ "condemned a new Philippine map", "rejected the Chinese claim", "condemned the Chinese
    military drills": the state named by the adjective is the target."""
    cases = {
        "Malaysia condemned a new Philippine map on Tuesday.": ("ACCUSE", {"MYS", "PHL"}),
        "Morocco condemned the Algerian statement on Tuesday.": ("ACCUSE", {"MAR", "DZA"}),
        "India rejected the Chinese claim on Tuesday.": ("REJECT", {"IND", "CHN"}),
        "Taiwan condemned the Chinese military drills on Tuesday.": ("ACCUSE", {"TWN", "CHN"}),
    }
    for body, (kind, states) in cases.items():
        assert codes(only(extract(body), kind)) == states, body
    # near miss: a claims process is no claim of the state
    process = "Hungary's Orban criticised EU migration rules, citing the Italian claims process."
    assert all("ITA" not in codes(r) for r in extract(process))


def test_talks_after_before_flying_in_a_future_sentence_are_to_come() -> None:
    """ "Luxon will travel on Friday to Savai'i, ..., before flying to Nuku'alofa for talks with
    Tongan Prime Minister Aisake Eke on Saturday": scheduled, next Saturday, Luxon's."""
    body = (
        "WELLINGTON, March 14 (AAP) - New Zealand Prime Minister Christopher Luxon will travel on "
        "Friday to Savai'i, Samoa's largest island, where he will open a solar farm, before flying "
        "to Nuku'alofa for talks with Tongan Prime Minister Aisake Eke on Saturday."
    )
    talks = only(extract(body), "CONSULT")
    assert (talks.status.value, talks.date) == ("scheduled", "2024-03-16")
    assert codes(talks) == {"NZL", "TON"}
    # near misses: the main clause told as done, a future in a relative clause, a report
    done = (
        "WELLINGTON, March 14 (AAP) - New Zealand Prime Minister Christopher Luxon opened a solar "
        "farm on Friday, before flying to Nuku'alofa for talks with Tongan Prime Minister Aisake "
        "Eke."
    )
    assert only(extract(done), "CONSULT").status.value == "occurred"
    assert codes(only(extract(done), "CONSULT")) == {"NZL", "TON"}
    relative = (
        "WELLINGTON, March 14 (AAP) - New Zealand Prime Minister Christopher Luxon, who will visit "
        "Fiji next month, opened a solar farm on Friday, before flying to Nuku'alofa for talks "
        "with Tongan Prime Minister Aisake Eke."
    )
    tonga = [r for r in extract(relative) if "TON" in codes(r)]
    assert [r.status.value for r in tonga] == ["occurred"]
    reported = (
        "YEREVAN, March 14 (AFP) - Pashinyan and Aliyev will meet in Granada on October 5, "
        "European Council President Charles Michel said before hosting the two men for talks "
        "in Brussels."
    )
    brussels = [r for r in extract(reported) if r.location and r.location.name == "Brussels"]
    assert all(r.status.value != "scheduled" for r in brussels)


def test_the_day_what_is_agreed_starts_is_not_the_agreements() -> None:
    """ "agreed to keep the border post open around the clock from Dec. 1": the agreement is not
    dated Dec. 1 (nor, told in the past, last December's)."""
    body = (
        "WINDHOEK, March 14 (Xinhua) -- Namibia and Angola agreed to keep the Oshikango border "
        "post open around the clock from April 1, according to a joint communique."
    )
    deal = only(extract(body), "AGREE")
    assert deal.date not in ("2023-04-01", "2024-04-01")
    told = (
        "WINDHOEK, March 14 (Xinhua) -- Namibia and Angola agreed on Tuesday to reopen the border "
        "post from April 1."
    )
    assert only(extract(told), "AGREE").date == "2024-03-12"


def test_a_second_round_of_talks_is_the_pairs_told_last() -> None:
    """ "A second round of ministerial talks would follow in Khartoum next month": the talks of
    Ethiopia and Sudan, to come."""
    body = (
        "DOHA, March 14 (AFP) - Ethiopia and Sudan held talks in Doha on Tuesday. A second round "
        "of ministerial talks would follow in Khartoum next month, he said."
    )
    later = [r for r in extract(body) if r.status.value == "scheduled"]
    assert len(later) == 1
    assert codes(later[0]) == {"ETH", "SDN"}
    assert later[0].location is not None
    assert later[0].location.name == "Khartoum"


def test_a_states_mediated_talks_are_its_mediation() -> None:
    """ "after two days of Qatari-mediated talks in Doha": the talks are a mediation of Qatar
    between the two sides of the main clause; the agreement is the two sides' own."""
    body = (
        "DOHA, March 14 (AFP) - Ethiopia and Sudan agreed on Tuesday to set up a joint committee "
        "to mark out their border, after two days of Qatari-mediated talks in Doha."
    )
    records = extract(body)
    talks = only(records, "CONSULT")
    assert talks.mode == "mediation"
    assert codes(talks) == {"ETH", "SDN", "QAT"}
    assert codes(only(records, "AGREE")) == {"ETH", "SDN"}
    rounds = (
        "ANKARA, March 14 (AA) - The third round of Turkish-mediated talks between Somalia and "
        "Ethiopia was held in Ankara on Tuesday."
    )
    assert codes(only(extract(rounds), "CONSULT")) == {"SOM", "ETH", "TUR"}
    # near misses: a deal the state brokered keeps its broker; a report's subject is no side
    deal = (
        "DOHA, March 14 (AFP) - Ethiopia and Sudan signed a Qatari-brokered deal in Doha on "
        "Tuesday."
    )
    assert "QAT" in codes(only(extract(deal), "AGREE"))
    report = (
        "NEW DELHI, March 14 (Reuters) - New Delhi announced on Monday that China and Bhutan had "
        "reached an agreement on their border after weeks of negotiations between diplomats."
    )
    assert all("IND" not in codes(r) for r in extract(report) if r.event_type.value == "CONSULT")


def test_what_a_first_counts_from_is_background() -> None:
    """ "The visit was the first since India and China agreed to restore ties": the agreement
    is what the first counts from, not news."""
    body = (
        "SEOUL, March 14 (Yonhap) -- The visit was the first since India and China agreed to "
        "restore ties."
    )
    assert [r for r in extract(body) if r.event_type.value == "AGREE"] == []
    # near miss: a new clause after it tells its own act
    news = (
        "SEOUL, March 14 (Yonhap) -- The visit was the first since India and China restored "
        "ties, and on Tuesday India and China agreed to reopen consulates."
    )
    assert only(extract(news), "AGREE").date == "2024-03-12"


def test_a_namesake_town_is_in_the_country_the_story_names_most() -> None:
    """A Guatemalan story that names the U.S. Geological Survey once: "sent a team of rescuers
    to San Marcos" is Guatemala's San Marcos, not California's (a larger namesake, but not
    eight times larger)."""
    body = (
        "GUATEMALA CITY (AP) - An earthquake shook western Guatemala on Thursday, damaging homes "
        "in the Guatemalan department of San Marcos. The U.S. Geological Survey said the quake "
        "struck at a depth of 62 km. Mexico sent a team of 35 rescuers to San Marcos on Friday "
        "at the request of Guatemala's government."
    )
    aid = only(extract(body), "AID")
    assert aid.location is not None
    assert (aid.location.name, aid.location.country_code) == ("San Marcos", "GTM")
    assert codes(aid) == {"MEX", "GTM"}
    # near miss: a far larger namesake stays ("talks in London" in a story naming Canada more)
    london = (
        "OTTAWA, March 14 (Reuters) - Canada and Britain held trade talks in London on Tuesday, "
        "Canada's trade minister said. Canada wants a deal this year, and Canada's farmers "
        "back it."
    )
    talks = only(extract(london), "CONSULT")
    assert talks.location is not None
    assert talks.location.country_code == "GBR"


def test_sending_relief_is_aid() -> None:
    """ "Romania responded on Thursday, sending 40 mobile generators and two transformers to
    Chisinau": aid to Moldova, that day."""
    body = (
        "CHISINAU, March 14 (Reuters) - Romania responded on Thursday, sending 40 mobile "
        "generators and two transformers to Chisinau by road."
    )
    aid = only(extract(body), "AID")
    assert codes(aid) == {"ROU", "MDA"}
    assert aid.date == "2024-03-14"
    # near miss: sending no relief
    news = "CHISINAU, March 14 (Reuters) - Romania is sending its foreign minister to Chisinau."
    assert [r for r in extract(news) if r.event_type.value == "AID"] == []


def test_an_envoys_remit_stands_between_title_and_name() -> None:
    """ "U.S. Special Envoy for the Horn of Africa Mike Hammer", "Senior Adviser for Africa
    Massad Boulos": the holder is named after the remit, and later by his surname."""
    body = (
        "BUJUMBURA, March 14 (Reuters) - Burundian President Evariste Ndayishimiye spoke by phone "
        "with U.S. Senior Adviser for Africa Massad Boulos on Wednesday. Boulos welcomed the "
        "decision in a post on X on Thursday."
    )
    records = extract(body)
    call = only(records, "CONSULT")
    assert ("Massad Boulos", "USA") in {(p.name, p.country_code) for p in call.participants}
    assert "USA" in codes(only(records, "SUPPORT"))
    horn = (
        "ADDIS ABABA, March 14 (Reuters) - U.S. Special Envoy for the Horn of Africa Mike Hammer "
        "met Ethiopian Prime Minister Abiy Ahmed on Wednesday."
    )
    names = {p.name for p in only(extract(horn), "CONSULT").participants}
    assert {"Mike Hammer", "Abiy Ahmed"} <= names


def test_rounds_of_talks_counted_in_the_perfect_are_no_news() -> None:
    """ "Kinshasa and the M23 have since held several rounds of talks in Doha": a running
    count, not talks that day."""
    body = (
        "KINSHASA, March 14 (Reuters) - Kinshasa and Kigali have held several rounds of talks "
        "in Doha."
    )
    assert [r for r in extract(body) if r.event_type.value == "CONSULT"] == []
    # near miss: a new round told with its day
    news = (
        "KINSHASA, March 14 (Reuters) - Kinshasa and Kigali held a new round of talks in Doha on "
        "Wednesday."
    )
    assert only(extract(news), "CONSULT").date == "2024-03-13"


def test_a_warning_of_retaliation_answers_the_row_it_is_in() -> None:
    """ "Uganda summoned Kenya's high commissioner ... and warned it could retaliate if the
    measure was not lifted": a warning to Kenya."""
    body = (
        "KAMPALA, March 14 (AP) - Uganda summoned Kenya's high commissioner on Wednesday to "
        "protest a Kenyan ban on imports of Ugandan eggs, and warned it could retaliate if the "
        "measure was not lifted within two weeks."
    )
    warning = only(extract(body), "THREATEN")
    assert codes(warning) == {"UGA", "KEN"}
    assert warning.date == "2024-03-13"
    # near miss: a warning of weather, whatever it says of responding
    weather = (
        "NAIROBI, March 14 (Reuters) - Kenya's meteorological department warned of heavy rain "
        "on Wednesday, saying residents should respond quickly to alerts."
    )
    assert [r for r in extract(weather) if r.event_type.value == "THREATEN"] == []


def test_a_commissioners_remit_and_a_commissioner_due_somewhere() -> None:
    """ "EU Commissioner for the Mediterranean Dubravka Suica is due in Tunis on Jan. 12": a
    visit to come, hers."""
    body = (
        "TUNIS, March 14 (Reuters) - EU Commissioner for the Mediterranean Dubravka Suica is due "
        "in Tunis on April 12 to discuss the release of funds, an EU spokesperson said."
    )
    visit = only(extract(body), "CONSULT")
    assert (visit.mode, visit.status.value, visit.date) == ("visit", "scheduled", "2024-04-12")
    assert ("Dubravka Suica", "EUR") in {(p.name, p.country_code) for p in visit.participants}


def test_what_happens_in_a_play_is_no_event() -> None:
    """ "In the second act, the two delegations ... finally sign the agreement": fiction."""
    body = (
        "LISBON, March 14 (AFP) - A new opera about the Treaty of Tordesillas had its premiere "
        "in Lisbon on Wednesday. In the second act, the Spanish and Portuguese delegations "
        "haggle over a line west of the Cape Verde islands and finally sign the agreement."
    )
    assert extract(body) == []
    # near miss: a sentence that only opens with "In the" is news as usual
    news = (
        "LISBON, March 14 (AFP) - In the Portuguese capital, Spain and Portugal signed an "
        "agreement on water sharing on Wednesday."
    )
    assert codes(only(extract(news), "AGREE")) == {"ESP", "PRT"}


def test_a_route_through_a_states_region_does_not_make_it_a_party() -> None:
    """ "agreed to open a direct freight route through China's Xinjiang region": Kazakhstan
    and Mongolia agree; China is the way."""
    body = (
        "ASTANA, March 14 (Reuters) - Kazakhstan and Mongolia agreed on Wednesday to open a "
        "direct freight route through China's Xinjiang region."
    )
    assert codes(only(extract(body), "AGREE")) == {"KAZ", "MNG"}
    # near miss: goods from the region are the state's
    imports = (
        "WASHINGTON, March 14 (Reuters) - The United States banned imports from China's "
        "Xinjiang region on Wednesday."
    )
    assert codes(only(extract(imports), "SANCTION")) == {"USA", "CHN"}


def test_review_near_misses() -> None:
    """Over-reaches a review of this session's rules found, each kept narrow here."""
    # a namesake in the dateline's state stays there, whatever the count of names
    kingston = (
        "KINGSTON, March 14 (Reuters) - Canada's foreign minister met Jamaican Prime Minister "
        "Andrew Holness in Kingston on Wednesday, Canada's foreign ministry said."
    )
    meeting = only(extract(kingston), "CONSULT")
    assert meeting.location is not None
    assert meeting.location.country_code == "JAM"
    # a remit of several words does not eat into the holder's name
    witkoff = (
        "JERUSALEM, March 14 (Reuters) - U.S. Special Envoy for Middle East Peace Steve Witkoff "
        "met Israeli Prime Minister Benjamin Netanyahu on Wednesday."
    )
    names = {p.name for p in only(extract(witkoff), "CONSULT").participants}
    assert "Steve Witkoff" in names
    # a firm's senior adviser is no state's
    firm = (
        "RIYADH, March 14 (Reuters) - Goldman Sachs senior adviser John Smith met Saudi Arabia's "
        "finance minister Mohammed al-Jadaan on Wednesday."
    )
    assert all(p.country_code is not None for r in extract(firm) for p in r.participants)
    # "the first time since 2019 that ... held talks": the talks are the news
    first = (
        "BEIJING, March 14 (Reuters) - It was the first time since 2019 that Chinese and "
        "Japanese leaders held talks, officials said."
    )
    assert codes(only(extract(first), "CONSULT")) == {"CHN", "JPN"}
    # rounds counted with the latest one told: the latest is news
    latest = (
        "TEHRAN, March 14 (Reuters) - Iran and the United States have held three rounds of "
        "talks, the latest in Muscat on Wednesday."
    )
    assert only(extract(latest), "CONSULT").date == "2024-03-13"
    # a round of wage talks is no state's
    wage = (
        "SEOUL, March 14 (Reuters) - Japan and South Korea held talks in Tokyo on Wednesday. A "
        "new round of wage negotiations at Hyundai will begin in Ulsan next week."
    )
    assert all(codes(r) != {"JPN", "KOR"} or r.status.value != "scheduled" for r in extract(wage))
    # a warning that names no one, in no row
    yellen = (
        "WASHINGTON, March 14 (Reuters) - U.S. Treasury Secretary Janet Yellen warned on "
        "Wednesday of retaliation risks in global trade."
    )
    assert extract(yellen) == []
    # a firm delivering generators is trade
    siemens = (
        "BERLIN, March 14 (Reuters) - Germany's Siemens Energy is delivering generators to "
        "Iraq, the company said on Wednesday."
    )
    assert [r for r in extract(siemens) if r.event_type.value == "AID"] == []
    # a place the traveller was is no side of the talks he heads to
    kishida = (
        "TOKYO, March 14 (Kyodo) - Kishida was in Washington on Wednesday before heading to "
        "Ottawa for talks with Canadian Prime Minister Justin Trudeau."
    )
    assert all("USA" not in codes(r) for r in extract(kishida) if r.event_type.value == "CONSULT")


def test_a_demand_voiced_in_a_protest_is_part_of_it() -> None:
    """ "handed Ambassador Luis Padilla a note demanding that Guatemala immediately cease ...":
    the demand is the protest's, one record (as the recent sets' analysts code it)."""
    body = (
        "BELMOPAN, March 14 (Reuters) - Belize summoned Guatemala's ambassador on Wednesday over "
        "armed escorts for fishermen in the Sarstoon river. Foreign Minister Francis Fonseca "
        "handed Ambassador Luis Padilla a note demanding that Guatemala immediately cease the "
        "escorts, the ministry said."
    )
    records = extract(body)
    assert [r.event_type.value for r in records] == ["ACCUSE"]
    # near miss: a demand on another day is a request of its own
    later = (
        "BELMOPAN, March 14 (Reuters) - Belize summoned Guatemala's ambassador on Monday over "
        "armed escorts for fishermen. On Wednesday, Belize demanded that Guatemala withdraw its "
        "soldiers from the river."
    )
    assert "REQUEST" in [r.event_type.value for r in extract(later)]
    # near miss: a third party's appeal to both is its own
    appeal = (
        "ISLAMABAD, March 14 (Reuters) - Pakistan summoned India's envoy on Wednesday to protest "
        "the shelling. UN Secretary-General Antonio Guterres urged Pakistan and India on "
        "Wednesday to exercise restraint, his spokesman said, as the ambassadors met."
    )
    assert "REQUEST" in [r.event_type.value for r in extract(appeal)]
