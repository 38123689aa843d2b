"""Parties a statement names only by reference: the state behind an attack that is condemned
("condemned the strike"), the sides of an event it welcomes ("welcomed the talks"), and "He"
or "She" as the subject of a statement."""

from __future__ import annotations

from tests.unit.diplomatic_helpers import codes, extract, only


def test_condemning_a_states_attack_accuses_that_state() -> None:
    records = extract(
        "A Russian missile strike on a railway station in Kramatorsk killed eight people on "
        "Tuesday, officials said.\n\n"
        "German Foreign Minister Annalena Baerbock on Wednesday condemned the strike as a "
        "deliberate attack on civilians."
    )
    accusation = only(records, "ACCUSE")
    assert codes(accusation) == {"DEU", "RUS"}
    assert str(accusation.date) == "2024-03-13"


def test_condemning_an_attack_by_no_named_state_accuses_no_one() -> None:
    records = extract(
        "Gunmen attacked a market in northern Burkina Faso on Tuesday, killing 12 people.\n\n"
        "France on Wednesday condemned the attack."
    )
    assert not [r for r in records if r.event_type == "ACCUSE"], records


def test_the_victim_of_an_attack_is_not_its_attacker() -> None:
    """ "an attack on a Russian border town": Russia was attacked, it did not attack."""
    records = extract(
        "A drone attack on a Russian border town killed two people on Tuesday.\n\n"
        "China on Wednesday condemned the attack."
    )
    assert not [r for r in records if r.event_type == "ACCUSE"], records


def test_a_state_condemning_its_own_attack_is_not_coded() -> None:
    records = extract(
        "An Israeli air strike hit a house in Rafah on Tuesday.\n\n"
        "Israeli Prime Minister Benjamin Netanyahu on Wednesday condemned the strike's critics."
    )
    assert not [r for r in records if r.event_type == "ACCUSE"], records


def test_an_attack_by_a_states_forces_names_its_attacker() -> None:
    """ "an air strike by Myanmar's military", "Ecuadorian police forced their way into":
    the attacker told after the attack, or as the subject of the act."""
    for report in (
        "Dozens were killed in an air strike by Myanmar's military on a village on Tuesday.",
        "Ecuadorian police forced their way into the embassy late on Tuesday, a raid that "
        "drew condemnation across the region.",
    ):
        records = extract(report + "\n\nBrazil on Wednesday condemned the raid and the strike.")
        accusation = only(records, "ACCUSE")
        assert "BRA" in codes(accusation), report
        assert len(codes(accusation)) == 2, report


def test_an_attack_on_a_states_forces_does_not_name_them_attacker() -> None:
    """Near miss: "a strike on Myanmar's military", "police of Ecuador were attacked"."""
    records = extract(
        "Dozens were killed in a strike on Myanmar's military positions on Tuesday.\n\n"
        "Brazil on Wednesday condemned the strike."
    )
    assert not [r for r in records if r.event_type == "ACCUSE"], records


def test_he_is_the_person_named_before() -> None:
    records = extract(
        "Sudan's envoy Omer Siddig told the council the talks had collapsed. He also accused "
        "Juba of arming militias in Abyei."
    )
    accusation = only(records, "ACCUSE")
    assert codes(accusation) == {"SDN", "SSD"}
    assert any(p.name == "Omer Siddig" for p in accusation.participants)


def test_he_is_the_subject_of_the_sentence_before_not_its_object() -> None:
    """ "Erdogan met Sudani ... He invited Sudani to visit Turkey": "He" is the sentence's
    subject (the first person it names), not the last person named."""
    records = extract(
        "Turkish President Recep Tayyip Erdogan met Iraqi Prime Minister Mohammed Shia "
        "al-Sudani in Baghdad on Monday. He invited Sudani to visit Turkey."
    )
    invitation = only(records, "REQUEST")
    assert invitation.mode == "invitation"
    assert [p.name for p in invitation.participants if p.kind == "person"] == [
        "Recep Tayyip Erdogan",
        "Mohammed Shia al-Sudani",
    ]


def test_he_without_a_person_before_accuses_no_one() -> None:
    records = extract("He accused Juba of arming militias in Abyei.")
    assert not [r for r in records if r.event_type == "ACCUSE"], records


def test_held_accountable_is_not_a_meeting_to_be_held() -> None:
    records = extract(
        "UN Secretary-General Antonio Guterres condemned Myanmar late on Tuesday and said "
        "those responsible had to be held accountable."
    )
    accusation = only(records, "ACCUSE")
    assert accusation.status == "occurred"
    assert str(accusation.date) == "2024-03-12"


def test_the_two_ministers_are_those_of_the_sentence_before() -> None:
    records = extract(
        "Jordanian Foreign Minister Ayman Safadi met Syrian Foreign Minister Asaad al-Shaibani "
        "in Damascus on Tuesday. The two ministers agreed to form a joint security committee "
        "that will meet in Amman next month."
    )
    agreement = only(records, "AGREE")
    assert codes(agreement) == {"JOR", "SYR"}
    # Amman is where the committee will meet, not where the agreement was made
    assert agreement.location is None or agreement.location.name != "Amman"


def test_the_two_sides_with_no_sides_before_are_no_one() -> None:
    records = extract(
        "Protests continued in Tbilisi on Monday. The two sides agreed to meet again."
    )
    assert not records, records


def test_dismissing_an_appeal_rejects_whoever_made_it() -> None:
    records = extract(
        "France urged Israel on Tuesday to halt strikes on Nabatieh. Israel's Foreign Ministry "
        "dismissed the appeal on Wednesday."
    )
    rejection = only(records, "REJECT")
    assert codes(rejection) == {"ISR", "FRA"}
    assert str(rejection.date) == "2024-03-13"


def test_dismissing_her_remarks_rejects_the_speaker_named_before() -> None:
    records = extract(
        "Russian Foreign Ministry spokeswoman Maria Zakharova accused Yerevan on Tuesday of "
        "sabotage. Armenia's foreign ministry dismissed her remarks as unfounded."
    )
    assert codes(only(records, "REJECT")) == {"ARM", "RUS"}


def test_dismissing_a_minister_is_no_rejection() -> None:
    assert not extract("Kenyan President William Ruto dismissed the interior minister on Monday.")


def test_the_two_ministers_condemning_a_state_are_the_sides_told_before() -> None:
    """ "The two ministers also condemned North Korea's launch": the speakers are the two
    ministers of the sentence before; the statement is aimed at North Korea."""
    records = extract(
        "Japanese Foreign Minister Yoko Kamikawa met South Korean Foreign Minister Park Jin in "
        "Tokyo on Wednesday. The two ministers also condemned North Korea's launch."
    )
    assert codes(only(records, "ACCUSE")) == {"JPN", "KOR", "PRK"}


def test_the_two_ministers_praising_no_one_is_no_event() -> None:
    """Near miss: a statement aimed at no state takes no sides from the sentence before."""
    records = extract(
        "Japanese Foreign Minister Yoko Kamikawa met South Korean Foreign Minister Park Jin in "
        "Tokyo on Wednesday. The two ministers also praised the organisers."
    )
    assert not [r for r in records if r.event_type == "SUPPORT"], records


def test_a_delegation_announced_by_a_speaker_is_the_speakers_states_visit() -> None:
    """ "He also said a high-level delegation would soon travel to Kabul": a scheduled visit
    by the speaker's side (the person named before "He") to Kabul."""
    records = extract(
        "Pakistani Defence Minister Khawaja Asif spoke in parliament on Tuesday. He also said a "
        "high-level delegation would soon travel to Kabul to raise the matter."
    )
    visit = only(records, "CONSULT")
    assert (visit.mode, visit.status) == ("visit", "scheduled")
    assert codes(visit) == {"PAK", "AFG"}


def test_a_state_sending_a_delegation_visits() -> None:
    records = extract("Pakistan will send a delegation to Kabul next week.")
    visit = only(records, "CONSULT")
    assert (visit.mode, visit.status, codes(visit)) == ("visit", "scheduled", {"PAK", "AFG"})


def test_an_official_of_a_named_interim_government_is_that_state() -> None:
    """ "accused the Afghan Taliban government of ...": the accusation is aimed at Afghanistan;
    a colon dateline ("PESHAWAR: ") makes an unqualified minister Pakistani."""
    records = extract(
        "PESHAWAR: Defence Minister Khawaja Asif on Tuesday accused the Afghan Taliban "
        "government of failing to honour its commitments."
    )
    assert codes(only(records, "ACCUSE")) == {"PAK", "AFG"}


def test_a_dash_dateline_without_an_agency_gives_the_ministers_state() -> None:
    """The Canadian Press's "OTTAWA — " (no agency in brackets) is a dateline too."""
    records = extract(
        "OTTAWA — Foreign Minister Melanie Joly on Tuesday accused China of interfering in "
        "the election."
    )
    assert codes(only(records, "ACCUSE")) == {"CAN", "CHN"}


def test_welcoming_the_talks_is_aimed_at_the_sides_of_the_talks_told_before() -> None:
    records = extract(
        "Armenia and Azerbaijan held talks in Almaty on Monday on a peace treaty, their "
        "foreign ministries said.\n\n"
        "Japan's foreign ministry on Wednesday welcomed the talks, saying it hoped for "
        "progress."
    )
    support = only(records, "SUPPORT")
    assert codes(support) == {"JPN", "ARM", "AZE"}


def test_a_reaction_refers_to_the_main_event_not_the_last_one() -> None:
    """The story's main agreement (told twice) is what "the deal" in its tail refers to."""
    records = extract(
        "Sudan and South Sudan signed an agreement in Juba on Monday to reopen an oil "
        "pipeline. The agreement was signed by the two countries' oil ministers.\n\n"
        "Separately, Egypt and Jordan agreed on Tuesday to link their power grids.\n\n"
        "Kenya on Wednesday hailed the deal as a sign of regional cooperation."
    )
    support = only(records, "SUPPORT")
    assert codes(support) == {"KEN", "SDN", "SSD"}


def test_welcoming_the_treaty_or_the_agreements_is_aimed_at_their_signers() -> None:
    """ "the treaty", "the agreements" (plural) and "the declaration" name the agreement told
    before as well as "the deal" does."""
    for noun in ("treaty", "agreements", "declaration"):
        records = extract(
            "Kyrgyzstan and Tajikistan signed a border treaty in Bishkek on Thursday, ending "
            "decades of disputes.\n\n"
            f"Russia's foreign ministry welcomed the {noun} in a statement on Friday."
        )
        support = only(records, "SUPPORT")
        assert codes(support) == {"RUS", "KGZ", "TJK"}, noun


def test_welcoming_the_announcement_is_aimed_at_the_storys_main_agreement() -> None:
    records = extract(
        "Colombia and Venezuela agreed on Thursday to restore diplomatic relations, their "
        "foreign ministers said in a joint statement.\n\n"
        "Chilean Foreign Minister Antonia Urrejola welcomed the announcement on Thursday."
    )
    support = only(records, "SUPPORT")
    assert codes(support) == {"CHL", "COL", "VEN"}


def test_welcoming_a_release_is_aimed_at_the_state_that_freed_them() -> None:
    records = extract(
        "Nicaragua freed 222 political prisoners on Thursday, its government said.\n\n"
        "Spain's foreign minister welcomed the release on Thursday."
    )
    support = only(records, "SUPPORT")
    assert codes(support) == {"ESP", "NIC"}


def test_welcoming_a_decision_on_something_else_takes_no_sides() -> None:
    records = extract(
        "Colombia and Venezuela agreed on Thursday to restore diplomatic relations.\n\n"
        "Chile welcomed the decision to hold elections in Peru."
    )
    assert {"COL", "VEN"}.isdisjoint(codes(only(records, "SUPPORT")))


def test_welcoming_talks_is_aimed_at_their_sides_not_their_host() -> None:
    """Talks between Iran and the United States held in Muscat: welcoming them is aimed at
    the two sides, not at Oman, which hosted them; a host that was a side stays one."""
    records = extract(
        "Iran and the United States held indirect talks in Muscat on Saturday, mediated by "
        "Oman's foreign minister.\n\n"
        "Saudi Arabia welcomed the talks in a statement on Sunday."
    )
    assert codes(only(records, "SUPPORT")) == {"SAU", "IRN", "USA"}
    records = extract(
        "Armenia and Azerbaijan held talks in Baku on Monday on a peace treaty.\n\n"
        "France on Wednesday welcomed the talks."
    )
    assert codes(only(records, "SUPPORT")) == {"FRA", "ARM", "AZE"}


def test_welcoming_talks_whose_sides_it_names_takes_no_others() -> None:
    records = extract(
        "Armenia and Azerbaijan held talks in Almaty on Monday, their ministries said.\n\n"
        "France on Wednesday welcomed the talks between Serbia and Kosovo in Brussels."
    )
    support = only(records, "SUPPORT")
    assert {"ARM", "AZE"}.isdisjoint(codes(support))


def test_welcoming_a_deal_with_no_deal_told_before_is_aimed_at_no_one_else() -> None:
    records = extract(
        "Armenia and Azerbaijan held talks in Almaty on Monday, their ministries said.\n\n"
        "Japan on Wednesday welcomed the deal, saying it hoped for progress."
    )
    support = only(records, "SUPPORT")
    assert codes(support) == {"JPN"}


def test_the_bloc_is_the_organisation_named_last() -> None:
    records = extract(
        "EU foreign ministers met in Brussels on Monday. Afterwards the bloc expressed full "
        "solidarity with the Czech Republic."
    )
    assert codes(only(records, "SUPPORT")) == {"EUR", "CZE"}
    expulsions = [
        r
        for r in extract(
            "The European Union imposed new sanctions on Russia on Monday. The 27-nation bloc "
            "also expelled two Russian diplomats."
        )
        if r.mode == "expulsion"
    ]
    assert [codes(r) for r in expulsions] == [{"EUR", "RUS"}]
    # "the opposition bloc" names no organisation
    assert extract("The opposition bloc criticised Russia on Monday.") == []


def test_he_after_where_is_the_person_named_before_at_that_place() -> None:
    """ "His first stop was Kyiv, where on Tuesday he met Zelenskyy": Orban met Zelenskyy in
    Kyiv; near miss: with no person before, "he" gives no party."""
    records = extract(
        "Hungarian Prime Minister Viktor Orban held talks with Russian President Vladimir Putin "
        "in Moscow on Friday. His first stop was Kyiv, where on Tuesday he met Ukrainian "
        "President Volodymyr Zelenskyy for the first time."
    )
    kyiv = [r for r in records if r.location is not None and r.location.name == "Kyiv"]
    assert [sorted(codes(r)) for r in kyiv] == [["HUN", "UKR"]]
    alone = extract("The first stop was Kyiv, where on Tuesday he met Volodymyr Zelenskyy.")
    assert all("HUN" not in codes(r) for r in alone)


def test_condemning_a_shooting_by_a_states_forces_accuses_that_state() -> None:
    """ "Israeli forces opened fire on crowds ... Macron condemned the shooting"; near miss: a
    shooting by gunmen no state is named for accuses no one."""
    records = extract(
        "At least 112 people were killed after Israeli forces opened fire on crowds waiting for "
        "aid in Gaza City on Tuesday.\n\n"
        "French President Emmanuel Macron on Wednesday condemned the shooting."
    )
    assert codes(only(records, "ACCUSE")) == {"FRA", "ISR"}
    records = extract(
        "Gunmen opened fire at a bus station in northern Burkina Faso on Tuesday.\n\n"
        "France on Wednesday condemned the shooting."
    )
    assert not [r for r in records if r.event_type == "ACCUSE"], records


def test_a_foreign_ministry_without_its_state_is_the_datelines() -> None:
    """ "LONDON - The Foreign Office summoned Iran's charge d'affaires in London": Britain
    summons (the post in London is not a second party); near misses: a ministry whose state is
    named ("Iran's foreign ministry summoned") keeps it, and a summons to inform an envoy of a
    decision is no protest."""
    records = extract(
        "LONDON (Reuters) - Britain warned Iran on Friday.\n\nThe Foreign Office summoned Iran's "
        "charge d'affaires in London, Mohsen Sharif Khodaei, on Saturday to protest against the "
        "seizure, a spokeswoman said."
    )
    summons = [r for r in records if r.event_type == "ACCUSE"]
    assert len(summons) == 1
    assert codes(summons[0]) == {"GBR", "IRN"}
    named = extract("LONDON (Reuters) - Iran's foreign ministry summoned Britain's ambassador.")
    assert codes(only(named, "ACCUSE")) == {"IRN", "GBR"}
    inform = extract(
        "LONDON (Reuters) - The Foreign Office summoned Russian Ambassador Andrei Kelin to inform "
        "him of the decision."
    )
    assert not [r for r in inform if r.event_type == "ACCUSE"]


def test_her_after_an_accusation_is_the_foreign_person_named_before() -> None:
    """ "said Pelosi's remarks were unfair and accused her of undermining efforts to normalise
    relations": Azerbaijan accuses Pelosi (and the efforts' aim is no agreement); near miss:
    "The Kremlin accused him of lying" after a Russian minister accuses no foreigner."""
    records = extract(
        "U.S. House Speaker Nancy Pelosi condemned Azerbaijan on Sunday. Azerbaijan's foreign "
        'ministry said Pelosi\'s remarks were "unfounded and unfair" and accused her of '
        "undermining efforts to normalise relations between Baku and Yerevan."
    )
    accusations = [r for r in records if r.event_type == "ACCUSE"]
    assert {frozenset(codes(r)) for r in accusations} == {frozenset({"USA", "AZE"})}
    assert len(accusations) == 2
    assert not [r for r in records if r.event_type == "AGREE"]
    own = extract(
        "Russian Foreign Minister Sergei Lavrov spoke on Monday. The Kremlin accused him of lying."
    )
    assert not [r for r in own if r.event_type == "ACCUSE"]


def test_an_appeal_to_the_military_is_aimed_at_the_state_whose_military_the_story_names() -> None:
    """ "called on the military to halt all violence": the state of "Myanmar's military"
    named before; near miss: a story naming two states' armies leaves the appeal's addressee
    unnamed."""
    records = extract(
        "Myanmar's military killed dozens of villagers in an air strike on Tuesday.\n\n"
        "Indonesia, which chairs ASEAN, said on Wednesday that the bloc called on the military "
        "to halt all violence immediately."
    )
    assert "MMR" in codes(only(records, "REQUEST"))
    records = extract(
        "Sudan's army and the Chadian army clashed near the border on Tuesday.\n\n"
        "The United Nations on Wednesday called on the army to show restraint."
    )
    assert codes(only(records, "REQUEST")) == {"UNO"}
