"""Casualty rules of the thirtieth session (second part), each with the near misses that keep
it narrow."""

from __future__ import annotations

from newsevents.contracts import CasualtyCount, RawArticle
from newsevents.extract.casualty import extract_casualties
from newsevents.extract.document import analyse

PUBLISHED = "2025-03-13T18:00:00+00:00"  # a Thursday


def _count(figure: CasualtyCount | None) -> int | None:
    return None if figure is None else figure.count


def _records(body: str, title: str = "World news") -> list[object]:
    article = RawArticle(id="s30c2", title=title, body=body, published_at=PUBLISHED)
    return list(extract_casualties(analyse(article), "test"))


def _tolls(body: str, title: str = "World news") -> list[tuple[int | None, int | None]]:
    return [(_count(r.killed), _count(r.injured)) for r in _records(body, title)]  # type: ignore[attr-defined]


def _places(body: str, title: str = "World news") -> list[tuple[int | None, str | None]]:
    return [
        (_count(r.killed), r.location.country_code if r.location else None)  # type: ignore[attr-defined]
        for r in _records(body, title)
    ]


_SLIDE = (
    "DUSHANBE, March 13 (Reuters) - A mudslide buried a road in eastern Tajikistan on "
    "Tuesday, killing six people, officials said. "
)


def test_most_winters_is_habitual() -> None:
    """ "Avalanches kill dozens of people in X most winters": what happens again and again."""
    habitual = _SLIDE + "Landslides kill dozens of people in Tajikistan most winters."
    assert _tolls(habitual) == [(6, None)]
    # near miss: a day's toll told with "this winter" is no habit
    assert (6, None) in _tolls(
        _SLIDE + "Landslides have killed 40 people in Tajikistan this winter."
    )


def test_a_valley_named_like_a_city_abroad_is_not_that_city() -> None:
    """ "a village in the Rasht valley" in a Tajik story is not Rasht, Iran."""
    valley = (
        "DUSHANBE, March 13 (Reuters) - A mudslide hit a village in the Rasht valley of "
        "Tajikistan's east on Tuesday, killing three people, officials said."
    )
    assert _places(valley) == [(3, "TJK")]
    # near miss: the city itself, named as where it happened, stays the city
    city = (
        "TEHRAN, March 13 (Reuters) - A gas explosion in Rasht killed three people on Tuesday, "
        "officials said."
    )
    assert _places(city) == [(3, "IRN")]


def test_a_parish_named_like_a_city_of_another_continent() -> None:
    """ "In Manchester parish" in a story datelined in Jamaica and about it: a Jamaican parish."""
    parish = (
        "KINGSTON, Jamaica (AP) - Floods hit Jamaica on Tuesday. In Manchester parish, a "
        "landslide buried a house on Tuesday, killing four people, Jamaican police said. "
        "Britain offered help."
    )
    assert _places(parish) == [(4, "JAM")]
    # near miss: a province of a neighbouring country's city stays there
    province = (
        "BEIRUT, March 13 (Reuters) - An air strike in Idlib province killed four people on "
        "Tuesday, Syrian monitors said. Lebanon's Lebanese officials said nothing."
    )
    assert _places(province) == [(4, "SYR")]


_FLOOD = (
    "VIENTIANE, March 13 (Reuters) - A flash flood swept through a riverside town in Laos on "
    "Tuesday, killing 15 people and injuring nine, provincial officials said. "
)


def test_the_dead_counted_again_are_a_share_of_the_toll() -> None:
    """ "The three dead were from one village" after a toll of 15: those already counted."""
    share = _FLOOD + "The three dead, who included a boy, were from the same village."
    assert _tolls(share) == [(15, 9)]
    # near miss: an undefined count after the toll is still read ("Three people died ...")
    other = _FLOOD + "In a separate incident on Wednesday, three people died in a fire in Pakse."
    assert (3, None) in _tolls(other)


def test_nationals_injured_after_a_toll_abroad_are_a_share() -> None:
    """ "two other Germans were injured" after a toll placed in Laos: a share by nationality."""
    share = _FLOOD + "The German embassy said two other Germans were injured."
    assert _tolls(share) == [(15, 9)]
    # near miss: more of them than the toll counts is not a share of it
    more = _FLOOD + "The German embassy said 12 Germans were injured."
    assert (None, 12) in _tolls(more)
