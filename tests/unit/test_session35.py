"""Diplomatic rules of the thirty-fifth session, each with the near misses that keep it narrow."""

from __future__ import annotations

from tests.unit.diplomatic_helpers import codes, document, extract, only, place

_SUMMIT = (
    "SAMARKAND, Uzbekistan, March 14 (Reuters) - European Union leaders and the presidents of "
    "five Central Asian states met in Samarkand on Wednesday for their first summit.\n\n"
)


def test_acts_of_the_story_day_at_the_dateline_venue_take_its_place() -> None:
    """The summit told from Samarkand is in Samarkand; a guest's side meeting, signing and
    invitation of that day, which name no place, are there too."""
    records = extract(
        _SUMMIT + "Azerbaijan attended as a guest.\n\n"
        "On the sidelines, European Council President Antonio Costa met Azerbaijani President "
        "Ilham Aliyev on Wednesday to discuss gas supplies.\n\n"
        "Gas from the Caspian reaches Europe through Turkey.\n\n"
        "The EU and Azerbaijan signed a memorandum of understanding on critical raw materials "
        "on Wednesday.\n\n"
        "Azerbaijan holds large deposits of gas.\n\n"
        "Aliyev invited Costa to visit Baku in the autumn."
    )
    side = [r for r in records if r.event_type == "CONSULT" and codes(r) == {"EUR", "AZE"}]
    assert len(side) == 1
    assert place(side[0]) == ("Samarkand", "UZB")
    assert place(only(records, "AGREE")) == ("Samarkand", "UZB")
    assert place(only(records, "REQUEST")) == ("Samarkand", "UZB")


def test_acts_of_another_day_or_at_a_distance_stay_unplaced() -> None:
    """Near misses: an invitation by letter and a signing of another day are not at the
    summit's venue; the same invitation and signing told plainly on the summit's day are."""

    def read(invitation: str, day: str) -> tuple[object, object]:
        records = extract(
            _SUMMIT
            + invitation
            + " Tajik President Emomali Rahmon invited Costa to visit Dushanbe.\n\n"
            "Kyrgyz President Sadyr Japarov did not attend.\n\n"
            f"The EU and Kazakhstan signed a memorandum on rail links on {day}."
        )
        return place(only(records, "REQUEST")), place(only(records, "AGREE"))

    assert read("On Wednesday,", "Wednesday") == (("Samarkand", "UZB"), ("Samarkand", "UZB"))
    assert read("In a letter on Wednesday,", "Monday") == (None, None)


def test_a_signing_by_the_dateline_state_is_in_the_dateline_city() -> None:
    """ "TASHKENT - Uzbek President ... and his Kazakh counterpart ... signed an agreement on
    Tuesday": signed where the story is filed."""
    signed = extract(
        "TASHKENT, March 14 (Reuters) - Uzbek President Shavkat Mirziyoyev and his Kazakh "
        "counterpart Kassym-Jomart Tokayev signed an agreement on Tuesday on sharing water from "
        "the Syr Darya river."
    )
    assert place(only(signed, "AGREE")) == ("Tashkent", "UZB")


def test_a_signing_told_otherwise_stays_unplaced() -> None:
    """Near misses: agreed (not signed), signed by video link, signed separately, signed by
    two other states, signed after talks in a town the gazetteer may not hold, or long ago."""
    variants = [
        "Uzbekistan and Kazakhstan agreed on Tuesday to share water from the Syr Darya river.",
        "Uzbekistan and Kazakhstan signed an agreement by video link on Tuesday on sharing water "
        "from the Syr Darya river.",
        "Uzbekistan and Kazakhstan separately signed an agreement on Tuesday on sharing water "
        "from the Syr Darya river.",
        "Kazakhstan and Kyrgyzstan signed an agreement on Tuesday on sharing water from the Syr "
        "Darya river.",
        "Uzbekistan and Kazakhstan signed an agreement on Tuesday on sharing water from the Syr "
        "Darya river. Their water ministers had held talks on Tuesday in the river town of "
        "Shardara.",
        "Uzbekistan and Kazakhstan signed an agreement on March 2 on sharing water from the Syr "
        "Darya river.",
    ]
    for sentence in variants:
        records = extract("TASHKENT, March 14 (Reuters) - " + sentence)
        agreement = only(records, "AGREE")
        assert place(agreement) is None, sentence


def test_talks_in_a_town_the_gazetteer_lacks_are_not_put_in_the_dateline_city() -> None:
    """ "ASHGABAT - ... hosted ... for talks in the port city of Turkmenbashi": the talks are
    not in Ashgabat, whatever the gazetteer knows of Turkmenbashi; talks placed nowhere still
    are (the near miss)."""
    elsewhere = extract(
        "ASHGABAT, March 14 (Reuters) - Turkmen Deputy Prime Minister Batyr Amanov hosted "
        "Azerbaijani Energy Minister Parviz Shahbazov for talks in the port city of Turkmenbashi "
        "on Wednesday, the Turkmen foreign ministry said."
    )
    assert place(only(elsewhere, "CONSULT")) in (None, ("Türkmenbaşy", "TKM"))
    assert place(only(elsewhere, "CONSULT")) != ("Ashgabat", "TKM")
    here = extract(
        "ASHGABAT, March 14 (Reuters) - Turkmen Deputy Prime Minister Batyr Amanov hosted "
        "Azerbaijani Energy Minister Parviz Shahbazov for talks on Wednesday, the Turkmen "
        "foreign ministry said."
    )
    assert place(only(here, "CONSULT")) == ("Ashgabat", "TKM")


def test_a_dateline_in_capitals_with_an_apostrophe_is_read_as_its_city() -> None:
    """ "NUKU'ALOFA, April 13 (AAP) -" is Nuku'alofa in Tonga (not "Nuku'Alofa", which no
    gazetteer key matches); "N'DJAMENA" keeps its capital after the apostrophe."""
    tonga = document("NUKU'ALOFA, April 13 (AAP) - Fiji and Tonga signed an agreement on Tuesday.")
    assert tonga.dateline_place == "Nuku'alofa"
    assert tonga.dateline_country == "TON"
    chad = document(
        "N'DJAMENA, April 13 (Reuters) - Chad and Sudan signed an agreement on Tuesday."
    )
    assert chad.dateline_place == "N'Djamena"
    assert chad.dateline_country == "TCD"


def test_trips_of_many_people_are_no_visit() -> None:
    """ "thousands of Tongans already travel to Australia and New Zealand each year": no
    visit; a leader's trip told with its day still is one (the near miss)."""
    crowd = extract(
        "NUKU'ALOFA, March 14 (AAP) - Fiji and Tonga signed a seasonal work agreement on "
        "Wednesday.\n\n"
        "Tonga's economy relies heavily on remittances, which the World Bank estimates at about "
        "40% of gross domestic product, and thousands of Tongans already travel to Australia "
        "and New Zealand each year under seasonal worker programmes."
    )
    assert not [r for r in crowd if {"AUS", "NZL"} & codes(r)]
    trip = extract(
        "SUVA, March 14 (Reuters) - Fijian Prime Minister Sitiveni Rabuka travelled to New "
        "Zealand on Wednesday for talks on seasonal work."
    )
    assert codes(only(trip, "CONSULT")) == {"FJI", "NZL"}


def test_he_after_an_opening_day_is_the_person_named_before() -> None:
    """ "On Tuesday he also invited Eke to visit Suva": an invitation of its own by the person
    named before, not a word on the talks' attendance."""
    records = extract(
        "NUKU'ALOFA, March 14 (AAP) - Fijian Prime Minister Sitiveni Rabuka held talks with his "
        "Tongan counterpart Aisake Eke on Wednesday. On Wednesday he also invited Eke to visit "
        "Suva in August."
    )
    invitation = only(records, "REQUEST")
    assert invitation.mode == "invitation"
    assert codes(invitation) == {"FJI", "TON"}


def test_talks_measured_by_a_spell_are_the_signers_talks() -> None:
    """ "signed the accord ... after a morning of talks on Thursday": the two signers' talks,
    not a reference to talks told elsewhere; the bare "after talks" already was (near miss)."""
    for spell in ("a morning of talks", "talks", "a day of talks"):
        records = extract(
            "PORT OF SPAIN, March 14 (Reuters) - Trinidad and Tobago Prime Minister Kamla "
            "Persad-Bissessar and her Grenadian counterpart Dickon Mitchell signed the accord in "
            f"Port of Spain after {spell} on Wednesday."
        )
        talks = only(records, "CONSULT")
        assert codes(talks) == {"TTO", "GRD"}, spell


def _people(record: object) -> set[str]:
    return {p.name for p in record.participants if p.kind.value == "person"}  # type: ignore[attr-defined]


def test_the_official_who_voices_an_act_in_its_sentence_is_a_party() -> None:
    """ "..., Foreign Minister Annalena Baerbock announced", "and government spokesman Patrick
    Muyaya said", "in a statement from Secretary General Luis Almagro": the act's voice."""
    expelled = extract(
        "BERLIN, March 14 (dpa) - Germany is expelling two Iranian diplomats in response to the "
        "execution of a German national, Foreign Minister Annalena Baerbock announced on "
        "Wednesday."
    )
    assert _people(only(expelled, "SANCTION")) == {"Annalena Baerbock"}
    accused = extract(
        "KINSHASA, March 14 (Reuters) - Congo's government on Wednesday accused Rwanda of "
        "backing the M23 with troops, and government spokesman Patrick Muyaya said the shelling "
        "amounted to a war crime."
    )
    assert _people(only(accused, "ACCUSE")) == {"Patrick Muyaya"}
    urged = extract(
        "WASHINGTON, March 14 (Reuters) - The Organization of American States urged the two "
        "governments on Wednesday to resolve the dispute through dialogue, in a statement from "
        "Secretary General Luis Almagro."
    )
    assert _people(only(urged, "REQUEST")) == {"Luis Almagro"}


def test_other_people_in_the_acts_sentence_are_not_its_voice() -> None:
    """Near misses: another speaker after "while", the target's official, a person the act is
    about, and a party's (not the government's) spokesman."""
    cases = [
        "Hezbollah lawmaker Hassan Fadlallah warned Israel on Wednesday that the strikes would "
        '"not go unanswered", while Lebanese Prime Minister Najib Mikati said his government had '
        "filed a complaint.",
        "Germany is expelling two Iranian diplomats over the execution of a German national, "
        "Iran's ambassador Mahmoud Farazandeh said on Wednesday.",
        "India summoned the Maldivian High Commissioner on Wednesday over remarks about Indian "
        "Prime Minister Narendra Modi, sources said.",
        "Congo accused Rwanda on Wednesday of backing the M23, and opposition party spokesman "
        "Jean Mbuyi said the shelling amounted to a war crime.",
    ]
    unwanted = {"Najib Mikati", "Mahmoud Farazandeh", "Narendra Modi", "Jean Mbuyi"}
    for body in cases:
        for record in extract("KINSHASA, March 14 (Reuters) - " + body):
            assert not _people(record) & unwanted, body


def test_a_minister_of_state_is_a_title() -> None:
    """ "Qatar's Minister of State Mohammed Al-Khulaifi held separate phone calls ...": the
    caller is a person of Qatar, a party to each call."""
    calls = extract(
        "DOHA, March 14 (Reuters) - Qatar's Minister of State Mohammed Al-Khulaifi held "
        "separate phone calls on Wednesday with Pakistani Foreign Minister Ishaq Dar and with "
        "Afghan Foreign Minister Amir Khan Muttaqi, urging both sides to respect the ceasefire."
    )
    assert len(calls) == 2
    for call in calls:
        assert "Mohammed Al-Khulaifi" in _people(call)


def test_a_place_in_what_a_signed_agreement_is_to_do_is_not_where_it_was_signed() -> None:
    """ "signed an agreement on Wednesday to ... hold joint drills in the South China Sea": the
    sea is where the drills are to be, not where the agreement was signed; a place told as the
    signing's own ("signed an agreement in Hanoi on Wednesday") still is (the near miss)."""
    drills = extract(
        "SINGAPORE, March 14 (Reuters) - The Philippines and Vietnam signed an agreement on "
        "Wednesday to set up a hotline between their coast guards and to hold joint "
        "search-and-rescue drills in the South China Sea."
    )
    assert place(only(drills, "AGREE")) is None
    hanoi = extract(
        "SINGAPORE, March 14 (Reuters) - The Philippines and Vietnam signed an agreement in "
        "Hanoi on Wednesday to set up a hotline between their coast guards."
    )
    assert place(only(hanoi, "AGREE")) == ("Hanoi", "VNM")


def test_traders_freed_who_had_been_detained_are_a_release() -> None:
    """ "Burkina Faso freed 11 Ivorian traders who had been detained since February": a
    release; traders a state freed are people it held, as prisoners are."""
    freed = extract(
        "ACCRA, March 14 (AFP) - On Tuesday, Burkina Faso freed 11 Ivorian traders who had been "
        "detained since February on suspicion of spying."
    )
    assert codes(only(freed, "CONCEDE")) == {"BFA", "CIV"}
    # near miss: freed goods are no release of people
    goods = extract(
        "ACCRA, March 14 (AFP) - On Tuesday, Burkina Faso freed 11 Ivorian trucks held at the "
        "border."
    )
    assert not [r for r in goods if r.event_type == "CONCEDE"]


def test_talks_in_a_city_mediated_by_a_state_are_its_mediation() -> None:
    """ "after talks in Accra mediated by Ghana": Ghana's mediation (the place between the
    talks and "mediated by" no longer hides the mediator)."""
    records = extract(
        "ACCRA, March 14 (AFP) - Ivory Coast and Burkina Faso agreed on Wednesday to set up a "
        "joint committee, after talks in Accra mediated by Ghana, the Ghanaian foreign ministry "
        "said."
    )
    mediation = only(records, "CONSULT")
    assert mediation.mode == "mediation"
    assert codes(mediation) == {"BFA", "CIV", "GHA"}


def test_an_exhibition_that_revisits_old_talks_tells_no_event() -> None:
    """ "An exhibition ... retraces the tense months of 1990 and 1991, when Lithuania's leaders
    ... spent more than a year trying to get Moscow to the negotiating table": a work's story;
    the near miss: the talks of the exhibition's opening day are news."""
    work = extract(
        "VILNIUS, March 14 (Reuters) - An exhibition that opened in Vilnius on Wednesday "
        "retraces the tense months of 1990 and 1991, when Lithuania's newly elected leaders "
        "spent more than a year trying to get Moscow to the negotiating table.",
        title="Vilnius exhibition revisits the talks of Lithuania's break from Moscow",
    )
    assert work == []
    news = extract(
        "VILNIUS, March 14 (Reuters) - Lithuanian Foreign Minister Gabrielius Landsbergis held "
        "talks with his Latvian counterpart Krisjanis Karins in Vilnius on Wednesday, after "
        "they opened an exhibition on the Baltic Way."
    )
    assert codes(only(news, "CONSULT")) == {"LTU", "LVA"}


def test_talks_of_two_states_bodies_are_not_the_states() -> None:
    """ "the two countries' federations were in talks about sharing a training camp": the
    federations talk; the near miss: "the two countries were in talks" are the states."""
    body = (
        "TUNIS, March 14 (Reuters) - Egypt's ambassador to Tunisia watched the game alongside "
        "Tunisia's sports minister, who later told reporters the two countries' {} were in talks "
        "about sharing a training camp."
    )
    assert not [r for r in extract(body.format("federations")) if r.event_type == "CONSULT"]
    assert [r for r in extract(body.format("governments")) if r.event_type == "CONSULT"]


def test_a_body_that_backed_a_states_decision_endorsed_it() -> None:
    """ "The European Commission backed Riga's decision": an endorsement of Latvia; the near
    miss: an "Iran-backed" militia's decision is no endorsement."""
    backed = extract(
        "RIGA, March 14 (Reuters) - Latvia expelled a Belarusian diplomat on Wednesday. The "
        "European Commission backed Riga's decision."
    )
    assert codes(only(backed, "SUPPORT")) == {"EUR", "LVA"}
    militia = extract(
        "BEIRUT, March 14 (Reuters) - The Iran-backed Hezbollah group said on Wednesday its "
        "decision to fire rockets was a response to Israeli strikes."
    )
    assert not [r for r in militia if r.event_type == "SUPPORT"]
