"""Unit tests of how people become parties of diplomatic events: one rule per test, on
sentences of our own."""

from __future__ import annotations

from newsevents.contracts import DiplomaticEvent
from tests.unit.diplomatic_helpers import document
from tests.unit.diplomatic_helpers import extract as _extract
from tests.unit.diplomatic_helpers import only as _only


def _people(record: DiplomaticEvent) -> set[str]:
    return {p.name for p in record.participants if p.kind == "person" and p.name}


# -- names ------------------------------------------------------------------------------------


def test_accented_names_are_read_whole() -> None:
    """A name with accented letters is a name: "Álvaro Méndez", "Inés Suárez"."""
    records = _extract(
        "Uruguayan Foreign Minister Álvaro Méndez met his Chilean counterpart Inés Suárez "
        "in Santiago on Tuesday to discuss a new fisheries accord."
    )
    assert _people(_only(records, "CONSULT")) == {"Álvaro Méndez", "Inés Suárez"}


def test_a_title_with_its_subject_before_the_name() -> None:
    """ "the UN special envoy for Libya, X": the name after the title's subject is its holder."""
    records = _extract(
        "The UN special envoy for Libya, Hanna Koivisto, will travel to Tripoli on Monday "
        "for talks with Prime Minister Khaled Mansour, her office said."
    )
    assert "Hanna Koivisto" in _people(_only(records, "CONSULT"))


# -- the sentences after an event --------------------------------------------------------------


def test_people_who_reached_the_agreement_in_the_next_sentence() -> None:
    """ "The truce was reached by X and his counterpart Y": the next sentence refers back to the
    event and names people of its parties' countries."""
    records = _extract(
        "Armenia and Azerbaijan agreed on Sunday to a ceasefire along their northern border.\n\n"
        "The truce was reached by Armenian Defence Minister Karen Avetisyan and his Azerbaijani "
        "counterpart Elchin Mammadli, the Armenian defence ministry said."
    )
    ceasefire = _only(records, "AGREE")
    assert _people(ceasefire) == {"Karen Avetisyan", "Elchin Mammadli"}


def test_the_speaker_after_the_lede_is_a_party() -> None:
    """ "..., said the bloc's foreign policy chief, X": the speaker of the sentence after the
    lede, of the acting party."""
    records = _extract(
        "European Union foreign ministers imposed sanctions on Monday on 40 Iranian officials "
        "over the crackdown on protesters.\n\n"
        "The list includes two army commanders, said the EU's foreign policy chief, "
        "Marta Lindqvist."
    )
    sanctions = _only(records, "SANCTION")
    assert _people(sanctions) == {"Marta Lindqvist"}


def test_a_minister_who_speaks_of_the_decision_is_a_party() -> None:
    """ "Foreign Minister X said the decision was not linked": the sentence refers back and the
    minister is of the acting state (the dateline's)."""
    records = _extract(
        "RIGA (Reuters) - Latvia expelled two Russian diplomats on Sunday, the foreign "
        "ministry said. Foreign Minister Janis Berzins said the decision was not linked to "
        "the border incident."
    )
    expulsion = _only(records, "SANCTION")
    assert _people(expulsion) == {"Janis Berzins"}


def test_the_target_s_minister_who_answers_is_not_a_party() -> None:
    """Of an act aimed at someone, only the source's people join it: the target's minister who
    speaks about the decision is not a party."""
    records = _extract(
        "Latvia expelled two Russian diplomats on Sunday. Russian Foreign Minister Igor Belov "
        "said the decision was provocative."
    )
    assert _people(_only(records, "SANCTION")) == set()


def test_a_person_of_another_country_is_not_added() -> None:
    """The follow-up sentence adds only people whose country is already a party."""
    records = _extract(
        "Ghana and Togo signed an agreement on Tuesday to build a new border post. "
        "French Foreign Minister Claire Dubois said the agreement was a model for the region."
    )
    assert _people(_only(records, "AGREE")) == set()


def test_a_spokesperson_who_speaks_is_not_a_party() -> None:
    """A spokesperson speaks for a party and is not one."""
    records = _extract(
        "Ghana and Togo signed an agreement on Tuesday to build a new border post. "
        "Ghanaian government spokesman Kofi Mensah said work would start in May."
    )
    assert _people(_only(records, "AGREE")) == set()


def test_a_speaker_in_another_paragraph_is_not_added() -> None:
    """Outside the lede, only the rest of the event's paragraph is read for speakers."""
    records = _extract(
        "Peru and Bolivia opened a new border crossing on Monday.\n\n"
        "Peruvian President Rosa Quispe spoke by phone on Tuesday with Bolivian President "
        "Luis Arce.\n\n"
        "Bolivian Foreign Minister Celinda Sosa said her country wanted more trade."
    )
    call = [r for r in records if r.mode == "phone_call"]
    assert len(call) == 1
    assert _people(call[0]) == {"Rosa Quispe", "Luis Arce"}


def test_a_sentence_that_reports_another_event_stops_the_reading() -> None:
    """People of a sentence that reports an event of its own belong to that event."""
    records = _extract(
        "Ghana and Togo signed an agreement on Tuesday to build a new border post. "
        "Ghanaian Foreign Minister Ama Boateng later met Togolese Prime Minister Victor "
        "Klutse in Lome to discuss fishing rights."
    )
    assert _people(_only(records, "AGREE")) == set()


# -- who takes part in a consultation --------------------------------------------------------


def test_the_heads_of_the_delegations_take_part() -> None:
    """ "X will lead the Indian side, while the Nepalese delegation will be headed by Y"."""
    records = _extract(
        "NEW DELHI (Reuters) - The foreign secretaries of India and Nepal will hold talks in "
        "Kathmandu next week on cross-border railways. Foreign Secretary Arjun Mehra will lead "
        "the Indian side, while the Nepalese delegation will be headed by Foreign Secretary "
        "Sita Thapa, an official said."
    )
    talks = _only(records, "CONSULT")
    assert _people(talks) == {"Arjun Mehra", "Sita Thapa"}


def test_people_who_will_take_part_in_the_next_paragraph() -> None:
    """ "X and Y will take part, while Britain will be represented by Z", the paragraph after
    the one that announces a conference."""
    records = _extract(
        "The situation in Cyprus was calm on Monday.\n\n"
        "An international conference on Cyprus will open in Geneva on Thursday, "
        "diplomats said.\n\n"
        "Greek Foreign Minister Nikos Pappas and Turkish Foreign Minister Ahmet Yilmaz will "
        "take part, while Britain will be represented by Foreign Secretary Helen Walsh."
    )
    talks = _only(records, "CONSULT")
    assert _people(talks) == {"Nikos Pappas", "Ahmet Yilmaz", "Helen Walsh"}


def test_a_chief_negotiator_takes_part() -> None:
    """ "Its delegation will be led by its chief negotiator, X, and the other's by Y"."""
    records = _extract(
        "Egypt will mediate talks between Sudan and South Sudan in Cairo on Tuesday. "
        "Sudan's delegation will be led by its chief negotiator, Hassan Idris, and South "
        "Sudan's by Cabinet Minister Peter Lual."
    )
    mediation = _only(records, "CONSULT")
    assert {"Hassan Idris", "Peter Lual"} <= _people(mediation)


def test_someone_who_will_not_attend_does_not_take_part() -> None:
    """ "X will not attend" is no participation."""
    records = _extract(
        "Commonwealth leaders will open a summit in Kigali on Friday. "
        "Indian Prime Minister Rajesh Verma will not attend, New Delhi said."
    )
    assert _people(_only(records, "CONSULT")) == set()


def test_the_summit_refers_to_the_summit_not_the_later_visit() -> None:
    """ "X will attend the summit" after a summit and then a state visit: the summit."""
    records = _extract(
        "Commonwealth leaders will open a summit in Kigali on Friday. King Charles will "
        "arrive in Kigali on Wednesday for a state visit hosted by Rwandan President Paul "
        "Kagame. British Prime Minister Keir Starmer will attend the summit."
    )
    summit = [r for r in records if r.mode == "summit"]
    visit = [r for r in records if r.mode == "visit"]
    assert len(summit) == 1
    assert "Keir Starmer" in _people(summit[0])
    assert all("Keir Starmer" not in _people(r) for r in visit)


# -- the same act told again ------------------------------------------------------------------


def test_the_act_told_again_by_who_did_it_is_one_event() -> None:
    """ "Belarus freed three prisoners", then "Lukashenko pardoned the prisoners": one release,
    with the person who did it."""
    records = _extract(
        "Belarus freed three prisoners, including a U.S. citizen, on Wednesday after a visit "
        "by a U.S. envoy. Belarusian President Alexander Lukashenko pardoned the prisoners "
        "hours later, his press service said."
    )
    releases = [r for r in records if r.event_type == "CONCEDE"]
    assert len(releases) == 1
    assert "Alexander Lukashenko" in _people(releases[0])


def test_a_release_by_another_state_stays_apart() -> None:
    """The act told again must be by the same parties: another state's release is its own."""
    records = _extract(
        "Belarus freed three prisoners on Wednesday. Later that day Ukraine freed five "
        "prisoners of war."
    )
    assert len([r for r in records if r.event_type == "CONCEDE"]) == 2


def test_he_is_due_to_meet_is_the_person_named_before() -> None:
    records = _extract(
        "Philippine President Ferdinand Marcos Jr said on Monday the incidents had hardened "
        "his resolve. He is due to meet Japanese Prime Minister Fumio Kishida in Tokyo on "
        "Sunday."
    )
    meeting = _only(records, "CONSULT")
    assert _people(meeting) == {"Ferdinand Marcos Jr", "Fumio Kishida"}
    assert {p.country_code for p in meeting.participants} == {"PHL", "JPN"}


def test_he_after_the_subject_of_the_act_adds_no_one() -> None:
    """ "Japan's prime minister ... He said Vietnam and Japan met": the pronoun is not the actor."""
    records = _extract(
        "Philippine President Ferdinand Marcos Jr spoke on Monday. He said Vietnam and Japan "
        "met in Hanoi on Tuesday."
    )
    assert _people(_only(records, "CONSULT")) == set()


def test_a_leader_coordinated_with_a_titled_one_shares_the_title() -> None:
    """ "Fiji's Prime Minister Sitiveni Rabuka and New Zealand's Christopher Luxon": Luxon is
    New Zealand's leader of the same rank, a person of the act, and "Luxon" later is him."""
    records = _extract(
        "Fiji's Prime Minister Sitiveni Rabuka and New Zealand's Christopher Luxon signed an "
        "agreement in Wellington on Wednesday. Luxon said it was historic."
    )
    people = {
        (p.name, p.country_code, p.title)
        for p in _only(records, "AGREE").participants
        if p.kind == "person"
    }
    assert people == {
        ("Sitiveni Rabuka", "FJI", "Prime Minister"),
        ("Christopher Luxon", "NZL", "Prime Minister"),
    }


def test_a_coordinated_body_is_no_person() -> None:
    """Near miss: "and New Zealand's Foreign Ministry" names no person."""
    records = _extract(
        "Fiji's Prime Minister Sitiveni Rabuka and New Zealand's Foreign Ministry signed an "
        "agreement in Wellington on Wednesday."
    )
    people = [p.name for p in _only(records, "AGREE").participants if p.kind == "person"]
    assert people == ["Sitiveni Rabuka"]


# -- the actor dictionary (data/leaders.yaml) --------------------------------------------------


def _codes_of(record: DiplomaticEvent) -> dict[str, str | None]:
    return {p.name or "": p.country_code for p in record.participants if p.kind == "person"}


def test_an_official_named_without_a_nationality_is_of_the_dictionarys_state() -> None:
    """ "President Gustavo Petro" under a Washington dateline is Colombia's, not America's;
    accents and spacing do not matter ("Mélanie Joly" is listed as "Melanie Joly" too)."""
    records = _extract(
        "WASHINGTON (Reuters) - President Gustavo Petro on Sunday accused the United States "
        "of treating deported migrants as criminals."
    )
    accusation = _only(records, "ACCUSE")
    assert _codes_of(accusation) == {"Gustavo Petro": "COL"}
    assert {p.country_code for p in accusation.participants} >= {"COL", "USA"}


def test_a_nationality_or_an_office_in_the_text_wins_over_the_dictionary() -> None:
    """Luis Almagro, once Uruguay's foreign minister, is the OAS's when the text says so."""
    records = _extract(
        "Luis Almagro, secretary-general of the Organization of American States, urged "
        "Honduras and Nicaragua on Thursday to lower the tone."
    )
    appeal = _only(records, "REQUEST")
    assert _codes_of(appeal) == {"Luis Almagro": "OTHER_IGO"}


def test_a_name_the_dictionary_does_not_hold_keeps_the_datelines_default() -> None:
    records = _extract(
        "BOGOTA (Reuters) - Foreign Minister Ana Milena Restrepo on Sunday accused Venezuela "
        "of harbouring rebels."
    )
    assert _codes_of(_only(records, "ACCUSE")) == {"Ana Milena Restrepo": "COL"}


def test_an_official_named_in_full_without_a_title_is_a_person_of_the_dictionarys_state() -> None:
    """ "Gustavo Petro ordered a 25% tariff on imports from the United States": Colombia's
    act, by Petro; later "Petro" is the same person."""
    records = _extract(
        "Gustavo Petro on Sunday ordered a 25% tariff on imports from the United States.\n\n"
        "Petro on Monday accused Washington of treating migrants as criminals."
    )
    sanction = _only(records, "SANCTION")
    assert _codes_of(sanction) == {"Gustavo Petro": "COL"}
    assert sanction.participants[0].name == "Gustavo Petro"
    assert _codes_of(_only(records, "ACCUSE")) == {"Gustavo Petro": "COL"}


def test_a_dictionary_name_inside_a_longer_name_is_not_that_official() -> None:
    records = _extract(
        "Maria Gustavo Petro Alvarez, a trade union leader, on Sunday accused the United States "
        "of treating migrants as criminals."
    )
    assert not [p for r in records for p in r.participants if p.name == "Gustavo Petro"]


def test_an_apposition_says_who_a_dictionary_namesake_is() -> None:
    """ "Mark Mitchell, a Canadian farmer,": not New Zealand's former minister."""
    records = _extract("Mark Mitchell, a Canadian farmer, accused China on Monday of dumping.")
    assert not [p for r in records for p in r.participants if p.country_code == "NZL"]


def test_a_surname_under_a_title_is_the_person_named_in_full_before() -> None:
    """ "Prime Minister Kurti" after "Kosovo's Prime Minister Albin Kurti" is Albin Kurti of
    Kosovo, not a new person without a country; a later "He" is him too."""
    records = _extract(
        "Mr Borrell hosted Kosovo's Prime Minister Albin Kurti and Serbian President Aleksandar "
        'Vucic on Thursday. "Unfortunately, Prime Minister Kurti did not agree to move '
        'forward," Mr Borrell told reporters. He accused Serbia of trying to create a Republika '
        "Srpska inside Kosovo, Kurti said."
    )
    accusation = _only(records, "ACCUSE")
    first = accusation.participants[0]
    assert (first.name, first.country_code) == ("Albin Kurti", "XKX")


def test_an_ambassador_without_a_nationality_is_not_the_datelines() -> None:
    """An ambassador serves abroad: "DUBAI - ... gave Ambassador Dennis Horak 24 hours to leave"
    does not make him an Emirati (a minister without a nationality still is the dateline's)."""
    doc = document(
        "DUBAI (Reuters) - The Saudi foreign ministry gave Ambassador Dennis Horak 24 hours to "
        "leave the kingdom. Foreign Minister Abdullah bin Zayed said on Monday the row was "
        "regrettable."
    )
    assert doc.persons["Dennis Horak"].country_code is None
    assert doc.persons["Abdullah bin Zayed"].country_code == "ARE"


def test_a_speaker_and_an_agency_head_are_officials_of_their_state() -> None:
    """ "U.S. House Speaker Nancy Pelosi", "USAID Administrator Samantha Power": titled people
    of the United States (USAID is a U.S. agency), found again by surname."""
    records = _extract(
        "USAID Administrator Samantha Power met Armenian Prime Minister Nikol Pashinyan in "
        "Yerevan on Monday. U.S. House Speaker Nancy Pelosi arrived in Baku on Tuesday. Pelosi "
        "held talks with Azerbaijani President Ilham Aliyev on Wednesday."
    )
    people = {p.name: (p.title, p.country_code) for r in records for p in r.participants}
    assert people["Samantha Power"] == ("Administrator", "USA")
    assert people["Nancy Pelosi"] == ("Speaker", "USA")


def test_a_plural_title_names_each_of_its_holders() -> None:
    """ "as Prime Ministers Alexis Tsipras and Zoran Zaev looked on": both prime ministers."""
    doc = document(
        "The foreign ministers signed the deal in a tent, as Prime Ministers Alexis Tsipras and "
        "Zoran Zaev looked on."
    )
    assert doc.persons["Alexis Tsipras"].title == "Prime Minister"
    assert doc.persons["Alexis Tsipras"].country_code == "GRC"
    assert doc.persons["Zoran Zaev"].country_code == "MKD"


def test_an_envoys_posting_may_stand_between_the_title_and_the_name() -> None:
    """ "Azerbaijan's ambassador in Moscow, Rahman Mustafayev,": the city is the envoy's posting
    and the name after its comma the holder; a minister's "in Paris, X" is not read so."""
    doc = document(
        "Russia's foreign ministry summoned Kazakhstan's ambassador in Moscow, Erlan Sadykov, "
        "on Monday. The foreign minister in Paris, Marcel Dupont said, would not comment."
    )
    assert doc.persons["Erlan Sadykov"].title == "Ambassador"
    assert doc.persons["Erlan Sadykov"].country_code == "KAZ"
    assert "Marcel Dupont" not in doc.persons
    records = _extract(
        "Russia's foreign ministry summoned Kazakhstan's ambassador in Moscow, Erlan Sadykov, "
        "on Monday to protest over the detention of two Russian journalists."
    )
    assert _people(_only(records, "ACCUSE")) == {"Erlan Sadykov"}


def test_charges_d_affaires_high_commissioners_and_consuls_are_titles() -> None:
    """ "Iran's charge d'affaires Ali Karimi", "the Maldivian High Commissioner, X", "Canada's
    consul general Y": envoys under titles of their own, with their states."""
    doc = document(
        "Britain summoned Iran's charge d'affaires Ali Karimi on Saturday. India summoned the "
        "Maldivian High Commissioner, Ahmed Rasheed, on Monday. China expelled Canada's consul "
        "general Jennifer Lalonde last week."
    )
    assert (doc.persons["Ali Karimi"].title, doc.persons["Ali Karimi"].country_code) == (
        "Charge d'Affaires",
        "IRN",
    )
    assert doc.persons["Ahmed Rasheed"].country_code == "MDV"
    assert doc.persons["Jennifer Lalonde"].title == "Consul General"
    assert doc.persons["Jennifer Lalonde"].country_code == "CAN"


def test_the_heads_of_organisations_under_their_own_titles() -> None:
    """ "AU Commission Chairperson X", "the executive secretary of the Southern African
    Development Community (SADC), Y," and "the president of the ICC's Assembly of States
    Parties, Z,": officials of their bodies who make the appeal."""
    records = _extract(
        "AU Commission Chairperson Amina Diallo said in a statement that the accord was a "
        "significant step and urged both countries to implement it in good faith."
    )
    (appeal,) = [r for r in records if r.event_type == "REQUEST"]
    assert {(p.name, p.country_code) for p in appeal.participants if p.kind == "person"} == {
        ("Amina Diallo", "AU")
    }
    doc = document(
        "In a statement issued in Gaborone, the executive secretary of the Southern African "
        "Development Community (SADC), Joseph Banda, urged restraint. The president of the "
        "ICC's Assembly of States Parties, Liisa Virtanen, said she was concerned."
    )
    assert doc.persons["Joseph Banda"].title == "Executive Secretary"
    assert doc.persons["Liisa Virtanen"].title == "President"


def test_a_second_title_inside_a_name_is_its_own() -> None:
    """ "The chairperson of the African Union, Comoros President Azali Assoumani,": the name is
    the one after "President", of Comoros (not "Comoros President Azali Assoumani")."""
    doc = document(
        "The chairperson of the African Union, Comoros President Azali Assoumani, visited Kyiv "
        "on Friday."
    )
    assert "Comoros President Azali Assoumani" not in doc.persons
    assert doc.persons["Azali Assoumani"].country_code == "COM"


def test_an_apposition_later_on_gives_a_leader_his_state() -> None:
    """ "Prime Minister Junichiro Koizumi" named bare, then "Koizumi, the first Japanese prime
    minister ever to visit North Korea": Japan's; near miss: with no apposition he has none."""
    records = _extract(
        "Prime Minister Junichiro Koizumi and North Korean leader Kim Jong Il signed a joint "
        "declaration on Tuesday. Koizumi, the first Japanese prime minister ever to visit North "
        "Korea, arrived at Pyongyang's Sunan airport early on Tuesday."
    )
    agree = _only(records, "AGREE")
    assert {p.country_code for p in agree.participants} == {"JPN", "PRK"}
    records = _extract(
        "Prime Minister Junichiro Koizumi and North Korean leader Kim Jong Il signed a joint "
        "declaration on Tuesday."
    )
    koizumi = [p for p in _only(records, "AGREE").participants if p.name == "Junichiro Koizumi"]
    assert [p.country_code for p in koizumi] == [None]


def test_an_ethiopian_leader_is_named_by_his_given_name_later() -> None:
    """ "Meles Zenawi" is "Meles" later on, "Isaias Afwerki" "Isaias" (given name and father's
    name); near miss: a Chinese leader's family name comes first already."""
    records = _extract(
        "Ethiopian Prime Minister Meles Zenawi and Eritrean President Isaias Afwerki signed the "
        "accord in Algiers on Tuesday. U.S. Secretary of State Madeleine Albright held separate "
        "talks with Meles and Isaias before the ceremony."
    )
    talks = [r for r in records if r.event_type == "CONSULT"]
    assert sorted(sorted(p.country_code or "" for p in r.participants) for r in talks) == [
        ["ERI", "USA"],
        ["ETH", "USA"],
    ]


def test_an_apposition_of_another_kind_gives_no_nationality() -> None:
    """ "Roble, a rival of the Kenyan president": no Kenyan; the nationality must stand right
    before the leader's title of the apposition."""
    records = _extract(
        "Prime Minister Roble held talks with Ethiopian Prime Minister Abiy Ahmed in Mogadishu "
        "on Wednesday. Roble, a rival of the Kenyan president, said the dispute must be settled."
    )
    roble = [p for p in _only(records, "CONSULT").participants if p.name == "Roble"]
    assert [p.country_code for p in roble] != ["KEN"]
