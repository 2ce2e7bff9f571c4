"""Lead, session 29: what a person asks plans about, in their own words, keeps its "a" ("plans for a new skate park":
there may be none yet); a thing written out from the story for "it" is "the" thing the story named."""
import pytest

from askfoi.framing import frame_message


@pytest.mark.parametrize("text, want", [
    ("are there any plans for a new skate park in Totnes and how many people signed the petition for one",
     "about a new skate park in Totnes"),
    ("are there any plans for a new pedestrian crossing on mill road in leeds", "about a new pedestrian crossing"),
    ("are there plans for an extra bus lane on the a61 in leeds? its always jammed", "about an extra bus lane"),
])
def test_own_words_keep_a(text, want):
    texts = " ".join(p.text for p in frame_message(text).parts)
    assert want in texts


def test_a_pointer_written_out_is_the_thing_named():
    f = frame_message("is the council planning a new library in hebden bridge? when will they build it")
    assert any("building the new library in Hebden Bridge" in p.text for p in f.parts)
