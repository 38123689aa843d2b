"""Diplomatic rules of the twenty-sixth session, each with the near misses that keep it
narrow."""

from __future__ import annotations

from tests.unit.diplomatic_helpers import codes, extract

_CRASH = (
    "HARARE, Oct. 2 (Xinhua) -- The death toll from a bus crash on Zimbabwe's Harare-Masvingo "
    "highway has risen to 19, national police spokesperson Commissioner Paul Nyathi said on "
    "Thursday.\n\nFive of the dead were Malawian nationals, Nyathi said. The Malawian High "
    "Commission in Harare said it was working with Zimbabwean authorities to identify the "
    "victims.\n\n"
)


def _requests(body: str) -> list[set[str]]:
    return [codes(r) for r in extract(body) if r.event_type == "REQUEST"]


def test_an_appeal_to_operators_or_rescue_agencies_is_a_call_at_home() -> None:
    assert _requests(_CRASH + "Nyathi urged bus operators to observe speed limits.") == []
    quake = (
        "Iran's President Hassan Rouhani visited the quake zone in Kermanshah on Monday, after "
        "Iraq and Turkey offered help. Supreme Leader Ayatollah Ali Khamenei called on rescue "
        "agencies to do everything they could."
    )
    assert _requests(quake) == []
    # near miss: an appeal to another state about its operators names that state and stays
    assert _requests(
        _CRASH + "Nyathi urged Malawi to check the bus operators that cross the border."
    ) == [{"ZWE", "MWI"}]


def test_asking_whether_is_a_question_not_a_request() -> None:
    visit = (
        "Hungarian Prime Minister Viktor Orban arrived in Moscow on Friday for talks with Russian "
        "President Vladimir Putin. "
    )
    asked = (
        "Poland's Prime Minister Donald Tusk had asked on Thursday, as rumours of the trip "
        "spread, whether they were true."
    )
    assert _requests(visit + asked) == []
    # near miss: asking a state to do something is a request
    near = "Poland's Prime Minister Donald Tusk asked Hungary on Thursday to explain the trip."
    assert _requests(visit + near) == [{"POL", "HUN"}]
