"""lead37: faults found trying the chatbot as a person would (issue 8); each test fails without its fix."""

from askfoi.framing import frame_message
from askfoi.story_subject import choices


def _texts(message: str) -> list[str]:
    return [p.text for p in frame_message(message).parts]


def test_a_verb_before_its_object_is_no_story_topic():
    # "... and cut the bus route": "cut" is the verb, never a thing the person could mean by "them"
    offered = choices(["the council closed the library and cut the bus route last year."])
    assert "cut" not in offered
    assert "the bus route" in offered and "the library" in offered


def test_who_approved_it_asks_about_the_act_the_story_told():
    texts = _texts("the council closed the library and cut the bus route last year. how many people used the library "
                   "in 2023? who approved it?")
    assert any("decision to close the library" in t for t in texts), texts
    assert not any("approved the library" in t.lower() or "using the library" in t for t in texts), texts


def test_who_signed_this_off_is_one_part_about_the_decision():
    texts = _texts("leeds council shut our local tip in march. who signed this off?")
    assert len(texts) == 1, texts
    assert "decision to shut the local tip" in texts[0] and "who made that decision" in texts[0]


def test_an_earlier_question_tells_no_action():
    from askfoi.story_antecedents import _action

    assert _action(["the council shut the tip.", "how many people used the library in 2023?"]) == "shutting the tip"
