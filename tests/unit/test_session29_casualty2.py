"""Casualty rules of the twenty-ninth session's second pass, each with the near misses that keep
it narrow."""

from __future__ import annotations

from newsevents.contracts import CasualtyCount, RawArticle
from newsevents.extract.casualty import extract_casualties
from newsevents.extract.document import analyse

PUBLISHED = "2025-05-22T18:00:00+02:00"  # a Thursday


def _count(figure: CasualtyCount | None) -> int | None:
    return None if figure is None else figure.count


def _records(body: str, title: str = "World news") -> list[object]:
    article = RawArticle(id="s29b", title=title, body=body, published_at=PUBLISHED)
    return list(extract_casualties(analyse(article), "test"))


def _tolls(body: str, title: str = "World news") -> list[tuple[int | None, int | None]]:
    return [(_count(r.killed), _count(r.injured)) for r in _records(body, title)]  # type: ignore[attr-defined]


def test_a_participle_phrase_after_the_victims_keeps_the_figure() -> None:
    """ "Four pilgrims travelling to the shrine were killed": the participle phrase between
    the people and the death word does not cut the figure off."""
    bus = (
        "SALEM, May 22 (Reuters) - Four pilgrims travelling to the shrine were killed when "
        "their bus overturned on Wednesday, police said."
    )
    assert _tolls(bus) == [(4, None)]
    back = bus.replace("travelling to the shrine", "coming back from the shrine")
    assert _tolls(back) == []  # (two words before the place: not read)
    # near misses: no place after the participle; the people are the object of a noun
    bare = bus.replace("travelling to the shrine", "travelling")
    assert _tolls(bare) == []
    carrying = (
        "SALEM, May 22 (Reuters) - A bus carrying four pilgrims to the shrine overturned on "
        "Wednesday, police said."
    )
    assert _tolls(carrying) == []


_FERRY = (
    "DHAKA, May 22 (Reuters) - The death toll in the stampede at the Kamakhya temple rose to 15 "
    "on Thursday after more victims died in hospital. "
)


def test_a_past_perfect_figure_after_a_risen_toll_is_its_earlier_stand() -> None:
    """ "rose to 15 ... Nine people had died on Wednesday evening": the toll as it stood, not an
    incident of its own."""
    stood = _FERRY + "Nine people had died on Wednesday evening."
    assert _tolls(stood) == [(15, None)]
    # near misses: another source's figure, another incident, a simple past
    minister = _FERRY + "The minister said nine people had died."
    assert _tolls(minister) == [(15, None), (9, None)]
    separate = _FERRY + "In a separate accident, nine people had died when a bus crashed."
    assert _tolls(separate) == [(15, None), (9, None)]
    simple = _FERRY + "Nine people died on Wednesday evening."
    assert _tolls(simple) == [(15, None), (9, None)]


_STAMPEDE = (
    "GUWAHATI, May 22 (Reuters) - The death toll in the stampede at the Kamakhya temple rose to "
    "15 on Thursday, officials said. The crowd surged towards the gate at dawn. Many pilgrims "
    "fell. Rescuers worked through the night. A judge will lead an inquiry. Forty people were "
    "injured in the stampede, the district chief said. The state health minister told "
    "reporters that 18 people had died in the stampede."
)


def test_the_headline_pairs_the_wounded_with_their_toll() -> None:
    """ "toll rises to 15; 40 injured": the wounded told far from the toll join it, not the
    next source's conflicting toll."""
    assert _tolls(_STAMPEDE, "Temple stampede toll rises to 15; 40 injured") == [
        (15, 40),
        (18, None),
    ]
    # near misses: a headline of no wounded, of two tolls, of other wounded
    assert _tolls(_STAMPEDE, "Temple stampede toll rises to 15") == [(15, None), (18, 40)]
    two = "Temple stampede: officials say 15 dead, minister says 18 dead; 40 injured"
    assert _tolls(_STAMPEDE, two) == [(15, None), (18, 40)]
    other = _tolls(_STAMPEDE, "Temple stampede toll rises to 15; 41 injured")
    assert (15, None) in other
    assert (18, 40) in other


def test_a_headline_figure_keeps_the_bodys_bound() -> None:
    """ "As many as 40 people were injured" under a headline's "40 injured": the body's upper
    bound stays."""
    body = (
        "GUWAHATI, May 22 (Reuters) - A stampede broke out at the Kamakhya temple on Thursday. "
        "As many as 40 people were injured, officials said."
    )
    (record,) = _records(body, "Temple stampede; 40 injured")
    injured = record.injured  # type: ignore[attr-defined]
    assert (injured.count, injured.low, injured.high) == (40, None, 40)
    # near miss: the exact figure of a round one still refines it
    refined = (
        "GUWAHATI, May 22 (Reuters) - A stampede broke out at the Kamakhya temple on Thursday, "
        "killing three people and injuring nearly 40, officials said. The stampede killed three "
        "people and injured 38, police said."
    )
    assert _tolls(refined, "Temple stampede") == [(3, 38)]
