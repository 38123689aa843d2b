"""Rules of the twenty-sixth session, each with its near miss: a mixed-case dateline with
hyphened particles, a journey's end that is not where people died, and the incident a tally
leaves out."""

from __future__ import annotations

from newsevents.contracts import CasualtyCount, CasualtyUpdate, RawArticle
from newsevents.extract.casualty import extract_casualties
from newsevents.extract.document import analyse

PUBLISHED = "2025-05-21T12:00:00+02:00"  # a Wednesday


def _extract(body: str, title: str = "World news") -> list[CasualtyUpdate]:
    article = RawArticle(id="s26", title=title, body=body, published_at=PUBLISHED)
    return extract_casualties(analyse(article), "test")


def _count(figure: CasualtyCount | None) -> int | None:
    return None if figure is None else figure.count


def _country(record: CasualtyUpdate) -> str | None:
    return None if record.location is None else record.location.country_code


# -- datelines -----------------------------------------------------------------------------------


def test_a_mixed_case_dateline_with_hyphened_particles_is_read() -> None:
    doc = analyse(
        RawArticle(
            id="s26",
            title="Migrants die",
            body="Boulogne-sur-Mer (AFP) - Five migrants died off the coast on Tuesday.",
            published_at=PUBLISHED,
        )
    )
    assert (doc.dateline_place, doc.dateline_country) == ("Boulogne-sur-Mer", "FRA")
    # near misses: capitals are still title-cased, and a country after the city kept as written
    for body, place, country in (
        ("PORT OF SPAIN, May 20 (Reuters) - Five people died.", "Port of Spain", "TTO"),
        ("KYIV, Ukraine (AP) - Five people died.", "Kyiv", "UKR"),
    ):
        doc = analyse(RawArticle(id="s26", title="T", body=body, published_at=PUBLISHED))
        assert (doc.dateline_place, doc.dateline_country) == (place, country)


# -- places ----------------------------------------------------------------------------------------


def test_a_journeys_end_is_not_where_people_died() -> None:
    lead = (
        "Boulogne-sur-Mer (AFP) - Five migrants died when an overloaded boat got into difficulty "
        "off the northern French coast on Tuesday, French authorities said. "
    )
    tally = (
        "At least 15 people have died trying to cross the Channel to Britain since January, "
        "according to an AFP count."
    )
    records = _extract(lead + tally)
    assert sorted((_count(r.killed), _country(r)) for r in records) == [(5, "FRA"), (15, "FRA")]
    # near miss: a country named as where they died is still the place
    died_in = "At least 15 people have died in Britain since January, according to an AFP count."
    records = _extract(lead + died_in)
    assert (15, "GBR") in [(_count(r.killed), _country(r)) for r in records]


# -- causes ----------------------------------------------------------------------------------------


def test_the_incident_a_tally_leaves_out_names_none_of_its_causes() -> None:
    lead = (
        "PRAGUE (AP) - Six people were killed when an overnight passenger train slammed into a "
        "stationary freight train near Pardubice late Tuesday, rescue services said. "
    )
    tally = (
        "The office said 19 people had died in rail accidents since January, not counting "
        "Tuesday's crash."
    )
    records = _extract(lead + tally)
    assert sorted(_count(r.killed) or 0 for r in records) == [6, 19]
    excluding = (
        "The office said 19 people had died in rail accidents since January, excluding the crash."
    )
    assert sorted(_count(r.killed) or 0 for r in _extract(lead + excluding)) == [6, 19]
