"""lead51 (nc61 p2, nc64's cyclist): what a pointer in a later question means.

- After a yes/no question, "where are they" / "who watches it" mean the thing that question asks about ("did they put
  cctv cameras in the toilets? where are they"), never what a part before it counted (the exclusions), and they are
  never lost when the yes/no question is kept whole.
- "how much did it cost, who designed it": the second "it" means what the first meant (the layout redone), never the
  nearest record named before both (the road safety audit).
- "how often are they serviced" / "where are they used": the things named before, in the passive ("the gritters are
  serviced", "where each is used"), never "gritters that serviced"."""

from __future__ import annotations

from datetime import date

import pytest

from askfoi.framing import frame_message
from askfoi.yes_no_asks import object_of

TODAY = date(2026, 12, 6)


def _parts(text: str) -> list[str]:
    return [p.text for p in frame_message(text, today=TODAY).parts]


@pytest.mark.parametrize("question, thing", [
    ("did they put CCTV cameras in the toilets?", "CCTV cameras in the toilets"),
    ("did harris academy peckham put cctv cameras in the toilets?", "cctv cameras in the toilets"),
    ("is there a register of empty homes", "register of empty homes"),
    ("has kent county council bought any drones", "drones"),
    ("have they been monitoring the protest group?", "protest group"),
])
def test_the_thing_a_yes_no_question_asks_about(question, thing):
    assert object_of(question) == thing


@pytest.mark.parametrize("question", ["did they write to the school", "do you think it is fair", "how many were there"])
def test_no_thing_when_the_question_names_none(question):
    assert object_of(question) is None


P2 = ("My son is in year 9 at harris academy peckham and hes been excluded twice this term, i think they exclude way "
      "more kids than other schools. can i find out how many exclusions (suspensions and permanent) they did by year "
      "group, also ive heard they put cctv cameras in the toilets?? is that true and where are they and who watches "
      "it. and i want a copy of the behaviour policy. its part of harris federation")


def test_pointers_after_a_yes_no_question_mean_its_thing():
    parts = _parts(P2)
    pointed = [p for p in parts if "list of" in p.lower() or "responsible for" in p.lower()]
    assert len(pointed) == 2, parts
    assert all("cctv cameras in the toilets" in p.lower() for p in pointed), parts
    assert not any("exclusions" in p.lower() for p in pointed), parts


@pytest.mark.parametrize("text", [
    "did harris academy peckham put cctv cameras in the toilets? where are they and who watches them?",
    "has bristol city council put cctv cameras in the parks? where are they and who monitors them?",
])
def test_pointers_after_a_kept_yes_no_question_are_not_lost(text):
    parts = _parts(text)
    assert len(parts) == 3, parts
    assert all("cctv cameras" in p.lower() for p in parts), parts


CYCLIST = ("i got knocked off my bike in september at the junction of kennington lane and harleyford road (vauxhall), they "
           "redid the layout last year and its worse now. i want the collision figures for that junction before and "
           "after, the road safety audit for the new layout, how much it cost, who designed it (was it a consultant?) "
           "and the emails they had with residents about it. is it lambeth council or tfl??")


def test_a_repeated_it_means_what_the_first_meant():
    parts = _parts(CYCLIST)
    designed = [p for p in parts if "designed" in p.lower()]
    assert designed and "designed the layout" in designed[0].lower(), parts
    assert not any("designed the road safety audit" in p.lower() for p in parts), parts


@pytest.mark.parametrize("text, said", [
    ("how many gritters does leeds city council have, how often are they serviced", "how often the gritters are serviced"),
    ("how many speed cameras does kent police have? how often are they checked", "how often the speed cameras are checked"),
    ("how many potholes were reported to bristol city council last year. has the council bought any pothole repair "
     "machines? how much did they cost and where are they used", "where each is used"),
])
def test_a_passive_question_about_things_named_before(text, said):
    parts = _parts(text)
    assert any(said in p.lower() for p in parts), parts
    assert not any(" that serviced" in p or " that checked" in p or " that used" in p for p in parts), parts
