"""ny102 (nc102 #4): a volunteer's story of a client's case, turned into the subject access letter the client signs, is
in the client's voice: the helper's "my client's PIP" is "my PIP", the object "her" ("won't tell her why") is "me"
(never "my"), and the body the letter goes to, typed with a negative without its apostrophe ("the DWP wont"), is "you
won't" (never "your wont"). nc102 j6's message and messages of my own words; guards on what must stay."""
import pytest

from askfoi.framing import frame_message
from askfoi.kept_questions import addressed


def _story(text: str) -> str:
    parts = [p.text for p in frame_message(text).parts]
    told = [p for p in parts if p.startswith("Any other personal data about these events")]
    assert told, parts
    return told[0]


@pytest.mark.parametrize("text, said", [
    ("my client's PIP got stopped after her review and the DWP wont tell her why. she wants a copy of her assessment "
     "report and the call notes, plus how many PIP awards were reduced or stopped at review in 2024-25",
     "my PIP got stopped after my review and you won't tell me why."),
    ("my client's carers allowance got stopped after his review and the DWP wont tell him why. he wants a copy of his "
     "review notes and the letters", "my carer's allowance got stopped after my review and you won't tell me why."),
    ("my client's housing benefit got stopped after her claim review and the council didnt tell her anything. she wants "
     "a copy of her claim file", "my housing benefit got stopped after my claim review"),
])
def test_the_client_story_is_in_the_client_voice(text, said):
    told = _story(text)
    assert said in told, told
    for wrong in ("client", "tell my", "your wont", " her ", " him "):
        assert wrong not in told, told


@pytest.mark.parametrize("text, names, out", [
    ("my review and the DWP wont tell me why.", ["DWP"], "my review and you won't tell me why."),
    ("the DWP doesnt reply to my letters", ["DWP"], "You don't reply to my letters"),
    # guards: what the body's name did before
    ("contracts between the council and Serco", ["the council"], "contracts between you and Serco"),
    ("my review and the DWP won't tell me why.", ["DWP"], "my review and you won't tell me why."),
])
def test_a_bare_negative_after_the_body_is_its_verb(text, names, out):
    assert addressed(text, names) == out


def test_her_own_records_stay_my_records():
    parts = [p.text for p in frame_message("she wants her housing file and the letters the council sent her").parts]
    assert any(p.startswith("My housing file") for p in parts), parts
    assert not any(" me file" in p or "client" in p for p in parts), parts
