"""Rules of the twenty-seventh session, each with the near misses that keep it narrow."""

from __future__ import annotations

from tests.unit.diplomatic_helpers import codes, extract


def _kinds(body: str) -> list[tuple[str, frozenset[str]]]:
    return [(r.event_type, frozenset(codes(r))) for r in extract(body)]


def test_a_noun_in_scare_quotes_is_a_figure_of_speech() -> None:
    festival = (
        "LIMA, Sept. 6 (ANDINA) - Peru's biggest pisco festival opened on Friday, where organisers "
        'declared a "truce" in the long-running pisco war with Chile by inviting two Chilean '
        "distillers."
    )
    assert _kinds(festival) == []
    fans = (
        "Fans of Nigeria and South Africa observed what the stadium announcer called a "
        '"ceasefire" on social media after a week of taunts.'
    )
    assert _kinds(fans) == []
    # near misses: a real truce, a quoted word of a real act, a quoted verb
    real = (
        "Peru and Chile agreed a truce on Friday in their fishing dispute, the two foreign "
        "ministries said."
    )
    assert ("AGREE", frozenset({"PER", "CHL"})) in _kinds(real)
    declared = (
        'Bolivian President Evo Morales declared U.S. Ambassador Philip Goldberg "persona non '
        'grata" on Wednesday.'
    )
    assert [t for t, _ in _kinds(declared)] == ["SANCTION"]
    rejects = (
        'Mexico\'s foreign ministry said on Tuesday that it "rejects" the breaking of relations '
        "by Peru."
    )
    assert ("REJECT", frozenset({"MEX", "PER"})) in _kinds(rejects)
