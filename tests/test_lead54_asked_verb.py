"""lead54 (nc76 #4): in "does police scotland use drones at protests", "use" is the question's verb, so a later "them"
means "the drones", never "the use drones at protests"; and a pointer's phrase never says again the place the words
after it say ("how many times have they used them at protests": never "at protests at protests")."""

from datetime import date

import pytest

from askfoi.framing import frame_message
from askfoi.story_antecedents import mentions

TODAY = date(2026, 12, 6)


def _parts(message: str) -> list[str]:
    return [p.text for p in frame_message(message, today=TODAY).parts]


@pytest.mark.parametrize("sentence, phrase", [
    ("does police scotland use drones at protests", "drones at protests"),
    ("does the council use glyphosate on the paths", "the council"),
    ("did the trust buy new scanners last year", "new scanners"),
])
def test_the_verb_of_a_do_question_opens_no_noun_phrase(sentence, phrase):
    texts = [m.text for m in mentions(sentence)]
    assert phrase in texts, texts
    assert not any(t.split()[0] in ("use", "buy") or t.endswith(" use") for t in texts), texts


def test_a_pointer_after_a_do_question_is_its_object_and_the_place_is_said_once():
    parts = _parts("we keep seeing drones over our protests. does police scotland use drones at protests, how many times "
                   "have they used them at protests in glasgow this year")
    assert not any("use drones" in p.lower() for p in parts if not p.startswith("Do you")), parts
    assert not any("at protests at protests" in p for p in parts), parts
    assert any("drones" in p and "Glasgow" in p for p in parts), parts
