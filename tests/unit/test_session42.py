"""Rules of the forty-second session (held-out sets 48 and 51 as development sets), each with
the near misses that keep it narrow."""

from __future__ import annotations

from tests.unit.casualty_helpers import CasualtyReader
from tests.unit.diplomatic_helpers import codes, document, extract

_read = CasualtyReader("2027-08-14T19:00:00+07:00", "s42")


def _summary(body: str, title: str = "World news") -> list[tuple[str, str | None, set[str]]]:
    return sorted((r.event_type, r.mode, codes(r)) for r in extract(body, title))


def test_a_name_the_text_places_once_keeps_that_place() -> None:
    """ "on the Indonesian island of Flores" places a later "in East Flores" in Indonesia, not
    in Brazil, where a city bears the name as another one."""
    body = (
        "A powerful eruption on the Indonesian island of Flores killed six people on Friday, "
        "the agency said.\n\nA village head in East Flores said at least eight residents had "
        "died in East Flores."
    )
    assert set(_read.countries(body)) == {"IDN"}
    # the island itself, now that "island of" ties a name to its adjective's country
    alone = "A powerful eruption on the Indonesian island of Flores killed six people on Friday."
    assert _read.countries(alone) == ["IDN"]
    # near miss: the nearest tie before the name decides between two
    two = (
        "Floods in the Spanish city of Cordoba killed two people on Friday.\n\nIn the "
        "Argentine city of Cordoba, a storm killed three people on Saturday.\n\nRescuers in "
        "Cordoba said later that four people had died in Cordoba."
    )
    assert _read.countries(two)[-1] == "ARG"
    # near miss: a name placed nowhere is read as before (the article's countries decide)
    untied = "A storm killed three people in Cordoba on Saturday, Spanish police said."
    assert _read.countries(untied) == ["ESP"]


def test_a_bodys_acronym_after_its_name_does_not_cut_the_victims_from_their_verb() -> None:
    """ "At least seven Ugandan soldiers serving with the African Union Support and
    Stabilization Mission in Somalia (AUSSOM) were killed and 12 others wounded"."""
    body = (
        "At least seven Ugandan soldiers serving with the African Union Support and "
        "Stabilization Mission in Somalia (AUSSOM) were killed and 12 others wounded when "
        "al-Shabaab militants attacked their base on Wednesday, the army said."
    )
    assert _read.tolls(body) == [(7, 12)]
    # near miss: a bracket of words is no acronym, and the figure stays unbound
    worded = body.replace("(AUSSOM)", "(which the group has attacked before)")
    assert (7, 12) not in _read.tolls(worded)


def test_soldiers_killed_abroad_are_placed_where_the_incident_is() -> None:
    """ "claimed to have killed 23 Ugandan soldiers" after an attack placed in Somalia: in
    Somalia, not Uganda (troops serve abroad)."""
    body = (
        "Seven Ugandan soldiers were killed when al-Shabaab militants attacked their base in "
        "Somalia's Lower Shabelle region on Wednesday, the army said.\n\nAl-Shabaab, in a "
        "statement, claimed to have killed 23 Ugandan soldiers and seized weapons."
    )
    assert _read.countries(body) == ["SOM", "SOM"]
    # near miss: with no incident placed before, the soldiers' state is the place, as before
    alone = "Al-Shabaab, in a statement, claimed to have killed 23 Ugandan soldiers on Wednesday."
    assert _read.countries(alone) == ["UGA"]
    # near miss: victims who are not soldiers keep their own state
    civilians = (
        "A bomb killed seven people in Somalia's Lower Shabelle region on Wednesday, police "
        "said.\n\nAl-Shabaab said it had killed 23 Kenyan civilians in a separate raid in Lamu."
    )
    assert _read.countries(civilians)[-1] == "KEN"


def test_a_leader_saying_her_government_would_provide_a_sum_is_a_pledge() -> None:
    """ "Trinidad and Tobago's Prime Minister Kamla Persad-Bissessar said on Wednesday that her
    government would provide 5 million Trinidad and Tobago dollars ... to St. Vincent"."""
    body = (
        "Trinidad and Tobago's Prime Minister Kamla Persad-Bissessar said on Wednesday that her "
        "government would provide 5 million Trinidad and Tobago dollars (about $740,000) to "
        "St. Vincent."
    )
    assert _summary(body) == [("AGREE", "pledge", {"TTO", "VCT"})]
    # near miss: an opposition leader's government to come pledges nothing
    opposition = (
        "British opposition leader Kemi Badenoch said her government would provide 100 million "
        "pounds to Ukraine if elected."
    )
    assert _summary(opposition) == []
    # near miss: no sum, no pledge of one
    troops = body.replace("5 million Trinidad and Tobago dollars (about $740,000)", "troops")
    assert ("AGREE", "pledge", {"TTO", "VCT"}) not in _summary(troops)
    # near miss: a hope that the government would give is no pledge
    hoped = body.replace("that her", "that she hoped her")
    assert ("AGREE", "pledge", {"TTO", "VCT"}) not in _summary(hoped)
    # near miss: a firm's money, "its" owner's possessive, is no state's pledge
    firm = (
        "Japan's Toyota said on Wednesday that its subsidiary would provide 5 million U.S. "
        "dollars to St. Vincent."
    )
    assert ("AGREE", "pledge", {"JPN", "VCT"}) not in _summary(firm)


def test_a_mixed_case_dateline_may_hold_an_apostrophe() -> None:
    """ "Nuku'alofa (AFP) - ...": filed from Tonga."""
    body = "Nuku'alofa (AFP) - The death toll from Cyclone Pita in Tonga rose to six on Wednesday."
    doc = document(body)
    assert doc.dateline_country == "TON"
    # near miss: a quoted word with an apostrophe opening a sentence is no dateline
    quoted = "Ma'afu said on Wednesday that the toll from Cyclone Pita in Tonga had risen to six."
    assert document(quoted).dateline is None


def test_a_figure_of_last_year_is_background() -> None:
    """ "Human rights groups say police in Rio de Janeiro state killed more than 700 people last
    year": a past year's total, as "in 2026" is."""
    body = (
        "Human rights groups say police in Rio de Janeiro state killed more than 700 people last "
        "year."
    )
    assert _read.tolls(body) == []
    # near miss: a toll since last year runs to now
    since = "Floods have killed 700 people in the state since last year, officials said."
    assert _read.tolls(since) == [(700, None)]
    # near miss: "last year's" names another thing than the figure's period
    theirs = "Gunmen killed 12 people on Tuesday in last year's flood zone, police said."
    assert _read.tolls(theirs) == [(12, None)]


def test_a_yearly_rate_is_no_casualty_update() -> None:
    """ "Road crashes kill more than 27,000 people a year in Pakistan": a rate, as "every year"
    is."""
    assert _read.tolls("Road crashes kill more than 27,000 people a year in Pakistan.") == []
    assert _read.tolls("Road crashes kill 27,000 people per year in Pakistan.") == []
    # near miss: "a year after" dates an incident, it makes no rate
    after = "A bus crash killed 27 people in Pakistan on Tuesday, a year after a similar crash."
    assert _read.tolls(after) == [(27, None)]
    # near miss: the rate of another figure told after this one silences only that one
    other = (
        "Gunmen killed 14 people on Sunday in a region where violence claims hundreds of lives "
        "a year, officials said."
    )
    assert _read.tolls(other) == [(14, None)]


def test_a_clash_of_a_month_long_past_told_in_a_relative_clause_is_background() -> None:
    """ "has slumped since the two neighbours fought border clashes in October 2025 that killed
    dozens of soldiers": an incident of nearly two years before the report."""
    body = (
        "Afghan trade with Pakistan has slumped since the two neighbours fought border clashes "
        "in October 2025 that killed dozens of soldiers on both sides."
    )
    assert _read.tolls(body) == []
    # near miss: a month of the report's own season is news
    recent = "The two neighbours fought border clashes in July 2027 that killed dozens of soldiers."
    assert len(_read.tolls(recent)) == 1


def test_a_war_told_as_over_long_ago_is_background() -> None:
    """ "fought a war with the United States that killed some 58,000 Americans ... before it
    ended in 1975"."""
    body = (
        "Vietnam, which fought a war with the United States that killed some 58,000 Americans "
        "before it ended in 1975, is now one of Washington's biggest trading partners."
    )
    assert _read.tolls(body) == []
    # near miss: a war named after the figure dates nothing of it
    later = (
        "Gunmen killed 12 people on Tuesday in the region, where a war raged until it ended in "
        "2003."
    )
    assert _read.tolls(later) == [(12, None)]
    # near miss: an incident told after the war's end is today's
    after_end = (
        "Sri Lanka's war, which killed 100,000 people before it ended in 2009, left deep scars "
        "in Jaffna, where a bomb killed 2 people on Monday."
    )
    assert _read.tolls(after_end) == [(2, None)]


def test_a_towns_name_that_begins_a_hyphened_name_is_not_that_town() -> None:
    """ "met at the Kyzyl-Bel checkpoint": not Kyzyl, Russia."""
    body = (
        "Kyrgyz President Sadyr Japarov and Tajik President Emomali Rahmon met at the Kyzyl-Bel "
        "checkpoint on Wednesday."
    )
    assert "Kyzyl" not in {m.text for m in document(body).mentions}
    # near miss: two places named together both stay
    pair = "Ethiopia and Djibouti agreed to expand the Addis Ababa-Djibouti railway."
    assert {"Addis Ababa", "Djibouti"} <= {m.text for m in document(pair).mentions}
    town = "Floods hit the Kyzyl-Bel checkpoint and the town of Kyzyl on Wednesday."
    assert [m.text for m in document(town).mentions].count("Kyzyl") == 1


def test_an_act_days_before_the_news_that_came_after_it() -> None:
    """ "Egypt and Iran agreed on Wednesday ... The announcement came three days after Iran
    freed 14 Egyptian crew members": the release was on the Sunday before (the helpers' report
    is of Thursday, 14 March 2024)."""
    body = (
        "Egypt and Iran agreed on Wednesday to restore full diplomatic relations.\n\nThe "
        "announcement came three days after Iran freed 14 Egyptian crew members."
    )

    def released(text: str) -> list[str]:
        return [str(r.date) for r in extract(text) if r.event_type == "CONCEDE"]

    assert released(body) == ["2024-03-10"]
    # with no day in the sentence before, counted from the report's day
    assert released(body.replace(" on Wednesday", "")) == ["2024-03-11"]
    # near miss: "three days after" in words that say nothing came counts from nothing
    said = body.replace("The announcement came three days after", "Officials said three days after")
    assert released(said) != ["2024-03-10"]


def test_an_act_aimed_at_a_numbered_group_names_its_states() -> None:
    """ "Ethiopia's foreign ministry accused the three governments on Sunday of forming 'an
    axis'": the three states an earlier sentence names."""
    body = (
        "The presidents of Egypt, Eritrea and Somalia agreed on Sunday to set up a joint "
        "security committee at a summit in Asmara.\n\nEthiopia's foreign ministry accused the "
        'three governments on Sunday of forming "an axis that seeks to destabilise the region".'
    )
    accused = [r for r in extract(body) if r.event_type == "ACCUSE"]
    assert [codes(r) for r in accused] == [{"EGY", "ERI", "ETH", "SOM"}]
    # near miss: no earlier sentence names so many states: no target, no accusation
    two = body.replace("Egypt, Eritrea and Somalia", "Egypt and Eritrea")
    assert [r for r in extract(two) if r.event_type == "ACCUSE"] == []
    # near miss: a nearer sentence naming more states than the group leaves it untold
    nearer = (
        "Russia's Sergei Lavrov met Turkey's Hakan Fidan in Ankara on Sunday.\n\nRussia and "
        "Ukraine exchanged prisoners on Monday in a swap mediated by the United Arab "
        "Emirates.\n\nThe European Union urged the two countries to build on the swap."
    )
    appeals = [r for r in extract(nearer) if r.event_type == "REQUEST"]
    assert all(codes(r) != {"EUR", "RUS", "TUR"} for r in appeals)
    # near miss: "the two countries'" is a possessive, not the group as object
    possessive = body.replace(
        "accused the three governments on Sunday of forming",
        "accused the three governments' leaders on Sunday of forming",
    )
    assert [r for r in extract(possessive) if r.event_type == "ACCUSE"] == []


def test_an_aside_of_ages_after_a_noun_and_deaths_counted_back_from_a_day() -> None:
    """ "The Republic of Congo on Tuesday expelled two diplomats ..., two days after two
    Congolese fishermen were shot dead ... The two fishermen, brothers aged 19 and 23, were
    killed and a third man was wounded": one toll, two dead and one wounded, on Sunday."""
    body = (
        "The Republic of Congo on Tuesday expelled two diplomats from the DR Congo, two days "
        "after two Congolese fishermen were shot dead on the Congo River.\n\nThe two fishermen, "
        "brothers aged 19 and 23, were killed and a third man was wounded when a patrol boat "
        "opened fire on their canoe, the spokesman said."
    )
    records = _read.records(body)
    assert [
        (r.killed.count if r.killed else None, r.injured.count if r.injured else None)
        for r in records
    ] == [(2, 1)]
    assert str(records[0].date) == "2027-08-08"  # Sunday, two days before Tuesday
    # near miss: an aside without "aged" still cuts the figure from its verb
    aside = "The two fishermen, brothers from Mossaka, were killed on Sunday, the spokesman said."
    assert _read.tolls(aside) == []


def test_indias_external_affairs_minister_without_a_point_after_his_initial() -> None:
    """ "Afghan Foreign Minister Amir Khan Muttaqi called on External Affairs Minister S
    Jaishankar on Wednesday evening": a courtesy call on India's foreign minister."""
    body = (
        "Afghan Foreign Minister Amir Khan Muttaqi called on External Affairs Minister S "
        "Jaishankar on Wednesday evening."
    )
    assert document(body).persons["S Jaishankar"].title == "Foreign Minister"
    assert _summary(body) == [("CONSULT", "meeting", {"AFG", "IND"})]
    # near miss: an appeal is still one ("called on ... to")
    asked = body.replace(" on Wednesday evening.", " to reopen the embassy on Wednesday.")
    assert _summary(asked) == [("REQUEST", "appeal", {"AFG", "IND"})]


def test_what_two_agreed_in_a_call_is_said_in_the_call() -> None:
    """ "Foreign Minister Mohamad Hasan and his Indonesian counterpart Sugiono spoke by
    telephone on Thursday night and agreed to keep the matter 'within the family of ASEAN'":
    the call, not an agreement of its own (as support voiced in a call is)."""
    body = (
        "Malaysian Foreign Minister Mohamad Hasan and his Indonesian counterpart Sugiono spoke "
        "by telephone on Thursday night and agreed to keep the matter within the family of ASEAN."
    )
    assert [r.mode for r in extract(body)] == ["phone_call"]
    # near miss: an agreement signed the same day stays its own act
    signed = (
        "Malaysian Foreign Minister Mohamad Hasan and his Indonesian counterpart Sugiono met in "
        "Jakarta on Thursday and agreed to keep the matter within the family of ASEAN."
    )
    assert "agreement" in [r.mode for r in extract(signed)]


def test_firms_named_by_their_states_possessive_are_no_states() -> None:
    """ "Indonesia's biggest homegrown coffee chain Kopi Kenangan and China's Luckin Coffee have
    agreed to stop selling drinks below cost": firms, not Indonesia and China."""
    body = (
        "Indonesia's biggest homegrown coffee chain Kopi Kenangan and China's Luckin Coffee have "
        "agreed to stop selling drinks below cost."
    )
    assert extract(body) == []
    # near miss: a state named itself between the firm and the act
    states = (
        "After Japan's top carmaker Toyota asked for help, Japan and China agreed on Tuesday to "
        "develop electric cars."
    )
    assert ("AGREE", "agreement", {"CHN", "JPN"}) in _summary(states)
    # near miss: leaders named with their states' possessives are the states
    leaders = (
        "Japan's Prime Minister Shigeru Ishiba and China's Premier Li Qiang agreed on Tuesday "
        "to set up a hotline."
    )
    assert ("AGREE", "agreement", {"CHN", "JPN"}) in _summary(leaders)


def test_a_visit_someone_is_invited_to_make_is_the_invitation() -> None:
    """ "Kast invited Milei to make a state visit to Chile, and Milei accepted": an invitation,
    no visit made (as "accepted an invitation to make an official visit" is)."""
    body = (
        "Chilean President Jose Antonio Kast invited Argentine President Javier Milei to make a "
        "state visit to Chile, and Milei accepted, the presidency said on Tuesday."
    )
    assert [(r.event_type, r.mode) for r in extract(body)] == [("REQUEST", "invitation")]
    # near miss: a visit made by one who was invited is a visit
    made = (
        "Chilean President Jose Antonio Kast, who was invited by Argentine President Javier "
        "Milei, made a state visit to Argentina on Tuesday."
    )
    assert ("CONSULT", "visit") in [(r.event_type, r.mode) for r in extract(made)]


def test_an_invitation_in_the_headline_is_the_one_the_body_tells() -> None:
    """ "Milei accepts invitation to Chile" over "Kast invited Milei to make a state visit to
    Chile": one invitation, its guest named first in the headline."""
    body = (
        "Chilean President Jose Antonio Kast invited Argentine President Javier Milei to make a "
        "state visit to Chile, and Milei accepted, the presidency said on Tuesday."
    )
    records = extract(body, "Milei accepts invitation to Chile")
    assert [(r.mode, codes(r)) for r in records] == [("invitation", {"ARG", "CHL"})]
    # near miss: an invitation of other states stays its own
    other = body + " Separately, Kast invited Peruvian President Jose Jeri to Santiago."
    records = extract(other, "Milei accepts invitation to Chile")
    assert sorted(sorted(codes(r)) for r in records) == [["ARG", "CHL"], ["CHL", "PER"]]


def test_a_part_of_a_group_after_an_active_verb_counts_people() -> None:
    """ "In the firefight that followed, soldiers killed three of the attackers": three
    attackers killed."""
    body = "In the firefight that followed, soldiers killed three of the attackers on Sunday."
    assert _read.tolls(body) == [(3, None)]
    # near miss: a part of things is no toll
    things = "The strike destroyed three of the buildings on Sunday."
    assert _read.tolls(things) == []
    # the part of a total counted is still the part ("38 of the 67 people on board")
    total = "Gunmen killed 38 of the 67 people on board on Sunday."
    assert _read.tolls(total) == [(38, None)]


def test_skiers_and_hikers_are_people() -> None:
    """ "A skier was killed in an avalanche near Lech on Friday": one person."""
    assert _read.tolls("A skier was killed in an avalanche near Lech on Friday.") == [(1, None)]
    assert _read.tolls("Two skiers were killed in an avalanche on Friday.") == [(2, None)]
    # near miss: skis are no skiers
    assert _read.tolls("The avalanche buried two skis and a sled on Friday.") == []
