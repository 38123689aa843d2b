"""Rules of the forty-first session (held-out sets 49 and 50), each with the near misses that
keep it narrow."""

from __future__ import annotations

from tests.unit.diplomatic_helpers import codes, document, extract


def _summary(body: str, title: str = "World news") -> list[tuple[str, str | None, set[str]]]:
    return sorted((r.event_type, r.mode, codes(r)) for r in extract(body, title))


def _persons(body: str) -> list[set[str]]:
    return [{p.name for p in r.participants if p.kind == "person"} for r in extract(body)]


def test_a_given_name_used_alone_names_the_person() -> None:
    """ "Tanzanian President Samia Suluhu Hassan ... Chapo and Samia held talks": an article that
    names a person by the given name alone means that person, with a title or without."""
    body = (
        "Mozambican President Daniel Chapo met Tanzanian President Samia Suluhu Hassan on "
        "Tuesday.\n\nChapo and Samia held talks at the presidential palace on Thursday morning."
    )
    talks = [r for r in extract(body) if r.mode == "talks"]
    assert [codes(r) for r in talks] == [{"MOZ", "TZA"}]
    titled = body.replace("Chapo and Samia", "Chapo and President Samia")
    talks = [r for r in extract(titled) if r.mode == "talks"]
    assert [codes(r) for r in talks] == [{"MOZ", "TZA"}]
    # near miss: a month's abbreviation is no given name ("Jan 14" and "Jan Lipavsky")
    dated = (
        "WARSAW, Jan 14 (Reuters) - Poland recalled its ambassador from Budapest on Monday.\n\n"
        "Czech Foreign Minister Jan Lipavsky spoke by phone with Polish Foreign Minister "
        "Radoslaw Sikorski on Monday."
    )
    recall = [r for r in extract(dated) if r.event_type == "SANCTION"]
    assert [codes(r) for r in recall] == [{"HUN", "POL"}]
    # near miss: the end of a longer name ("the Khor Abdullah waterway")
    waterway = (
        "Kuwait's Foreign Minister Abdullah Al-Yahya held talks in Baghdad on Wednesday with "
        "his Iraqi counterpart Fuad Hussein.\n\nThe two ministers agreed to form a joint "
        "committee on navigation in the Khor Abdullah waterway."
    )
    assert "Abdullah" not in document(waterway).persons
    # near miss: a given name two people share names neither
    shared = (
        "Mozambican President Daniel Chapo met Tanzanian Foreign Minister Daniel Kapinga on "
        "Tuesday.\n\nDaniel later held talks with the trade minister."
    )
    assert "Daniel" not in document(shared).persons


def test_a_nationality_and_a_head_of_state_is_a_leader() -> None:
    """ "The Tanzanian head of state arrived in Maputo on Wednesday for a two-day state
    visit": the president of Tanzania."""
    body = "The Tanzanian head of state arrived in Maputo on Wednesday for a two-day state visit."
    assert _summary(body) == [("CONSULT", "visit", {"MOZ", "TZA"})]
    government = "The French head of government met Ukrainian President Volodymyr Zelensky."
    assert _summary(government) == [("CONSULT", "meeting", {"FRA", "UKR"})]


def test_two_nationalities_before_their_governments_or_prime_ministers() -> None:
    """ "The Czech and Slovak governments ... signed agreements", "The Czech and Slovak prime
    ministers met": both nationalities are parties, as with "leaders"."""
    signed = (
        "The Czech and Slovak governments signed agreements on a high-speed rail link on Wednesday."
    )
    assert _summary(signed) == [("AGREE", "agreement", {"CZE", "SVK"})]
    met = "The Czech and Slovak prime ministers met in Bratislava on Wednesday."
    assert _summary(met) == [("CONSULT", "meeting", {"CZE", "SVK"})]
    # near miss: the governments' citizens are no parties ("Czech and Slovak students")
    students = "Czech and Slovak students met in Bratislava on Wednesday for a debate."
    assert all(codes(r) != {"CZE", "SVK"} for r in extract(students))


def test_two_governments_holding_a_joint_session_meet() -> None:
    """ "The Czech and Slovak governments held a joint session in Bratislava": a meeting of
    the two (not a parliament's joint session)."""
    body = "The Czech and Slovak governments held a joint session in Bratislava on Wednesday."
    assert _summary(body) == [("CONSULT", "meeting", {"CZE", "SVK"})]
    headline = "Czech, Slovak governments hold joint session in Bratislava"
    assert [r.mode for r in extract("The sessions went on.", headline)] == ["meeting"]
    # near misses: a parliament's or a congress's joint session
    assert extract("Pakistan's parliament will hold a joint session on Monday.") == []
    assert extract("Kenya's parliament and senate held a joint session on Tuesday.") == []


def test_a_kenyan_cabinet_secretary_for_foreign_affairs_is_a_foreign_minister() -> None:
    """ "Kenyan Cabinet Secretary for Foreign Affairs Musalia Mudavadi spoke by phone with
    Ethiopian Foreign Minister Gedion Timothewos ... The two ministers agreed to": Kenya's
    foreign minister by his own title."""
    body = (
        "Kenyan Cabinet Secretary for Foreign Affairs Musalia Mudavadi spoke by phone with "
        "Ethiopian Foreign Minister Gedion Timothewos on Monday evening.\n\nThe two ministers "
        "agreed to set up a joint team of police officers to investigate the attack."
    )
    found = {(r.event_type, frozenset(codes(r))) for r in extract(body)}
    assert found == {
        ("CONSULT", frozenset({"ETH", "KEN"})),
        ("AGREE", frozenset({"ETH", "KEN"})),
    }
    persons = {
        p.title for r in extract(body) for p in r.participants if p.name == "Musalia Mudavadi"
    }
    assert persons == {"Foreign Minister"}


def test_a_bracketed_country_in_an_efe_dateline() -> None:
    """ "Ayolas (Paraguay), Jul 8 (EFE).-": a town the gazetteer lacks, filed from Paraguay."""
    doc = document("Ayolas (Paraguay), Jul 8 (EFE).- The presidents met on Thursday.")
    assert (doc.dateline_place, doc.dateline_country) == ("Ayolas", "PRY")
    # near miss: an agency in brackets is no country
    doc = document("BEIRUT (Reuters) - Lebanon said on Thursday it would not attend.")
    assert (doc.dateline_place, doc.dateline_country) == ("Beirut", "LBN")
