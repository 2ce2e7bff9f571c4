"""lead43: a group asking ("we want to know ...", "we would like to see ...": a residents' association, a family)
asks for records as "I want to know" does, so none of its questions is dropped from an informal message; a building
named after its road ("closed the Oak Road library") is no road closure; "how much the closure saved", asked
indirectly, is the savings made by the closure."""
import pytest

from askfoi.framing import frame_message
from askfoi.sentence_acts import sentence_act

MESSAGE = ("Hi, I'm writing on behalf of our residents association. The council closed the Oak Road library in March. "
           "We want to know how much the closure saved, what consultation was done and whether an equality impact "
           "assessment was carried out. Thanks")


@pytest.mark.parametrize("sentence", [
    "We want to know what consultation was done.",
    "we would like to know how many libraries closed.",
    "we need to know what consultation was done.",
    "We want to see the consultation report.",
])
def test_group_asks_for_records(sentence):
    assert sentence_act(sentence) == "records"


def test_group_story_stays_story():
    assert sentence_act("we want to go to the park with the kids") == "story"


def test_every_question_of_the_association_is_a_part():
    texts = [p.text for p in frame_message(MESSAGE).parts]
    assert any("equality impact assessment" in t for t in texts), texts
    assert any("consultation" in t for t in texts), texts
    assert any(t.startswith("The savings made by the closure") for t in texts), texts
    assert not any("traffic order" in t for t in texts), texts


@pytest.mark.parametrize("message", [
    "the council closed the oak road library last year, how many people used it before it closed",
    "they are closing the station road car park, how much does it earn the council each year",
])
def test_building_named_after_its_road_is_no_road_closure(message):
    assert not any("traffic order" in p.text for p in frame_message(message).parts)
