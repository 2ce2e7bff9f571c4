"""lead43: "they" as the subject of a modal passive ("how long they can be kept there", "where they will be moved")
is what is done to, never the body that does it: "how long the council can be kept" is never written."""
import pytest

from askfoi.framing import frame_message
from askfoi.pronoun_roles import roles


@pytest.mark.parametrize("text", ["Is there a policy on how long they can be kept there?", "where will they be moved to",
                                  "how long could they be held"])
def test_modal_passive_they_is_no_agent(text):
    they = [p for p in roles(text) if p.word.lower() == "they"]
    assert they and they[0].role != "agent", roles(text)


def test_agent_they_unchanged():
    assert [p.role for p in roles("what can they do about it") if p.word.lower() == "they"] == ["agent"]


def test_pupils_kept_not_the_council():
    f = frame_message("hiya, my daughter's school in bradford keeps putting kids in isolation booths for days. how many "
                      "pupils were put in isolation at bradford schools last school year and is there a policy on how "
                      "long they can be kept there")
    texts = [p.text for p in f.parts]
    assert not any("the council can be kept" in t for t in texts), texts
