"""ny73 (nc73 #2): complaints, grievances, investigations or discipline about one person the words single out (by name,
or by a role one person holds: "my ward manager", "the head teacher") are that person's personal data (s40(2); whether
any exist, s40(5B)): flagged by `askfoi check` and at framing, and a set-aside FOI question about them is never called
"no one's personal data". Messages written the way people type (bench/ny73/c2_named_person.py)."""
import pytest

from askfoi.checks import check_request
from askfoi.conversation import Conversation
from askfoi.framing import frame_message
from askfoi.templates import render

NAMED = [
    "The number of grievances raised about my ward manager Sharon Blake, broken down by outcome.",
    "how many grievances were raised about my ward manager, Sharon Blake and what happened to them",
    "any investigations into the head teacher at St Marks primary in 2024 and their outcome",
    "how many complaints about my social worker has the council received and were any upheld",
    "The number of grievances raised about Sharon Blake, broken down by outcome.",
]
NO_ONE = [
    "how many complaints were made against police officers in 2024",
    "the number of grievances raised by staff in the trust in 2025, by outcome",
    "any concerns about the teacher shortage at the school in 2025",
    "complaints about the gp appointment system last year",
]


def _flagged(text):
    return [f for f in check_request(text, None).findings if f.code == "third-party-personal-data"]


@pytest.mark.parametrize("text, no_one", list(zip(NAMED, NO_ONE + NO_ONE[:1])))
def test_one_persons_grievances_are_their_personal_data_figures_about_no_one_are_not(text, no_one):
    found = _flagged(text)
    assert found and any("40(2)" in f.message and "40(5B)" in f.message for f in found), text
    assert not _flagged(no_one), no_one


P4 = ("i work at leeds teaching hospitals, how much the trust spent on agency nurses last year, what is the bullying "
      "and harassment policy, how many grievances were raised about my ward manager, Sharon Blake and what happened to "
      "them, and can i get my occupational health file as well")


def test_the_set_aside_question_about_her_is_never_no_ones_personal_data():
    framing = frame_message(P4)
    assert any("grievances" in q for q in framing.foi_aside_people)
    conv = Conversation()
    conv.start()
    said = "\n".join(m.text for m in conv.reply(P4).messages)
    assert "grievances were raised about my ward manager" in said
    assert "no one's personal data" not in said and "personal data" in said
    report = render("frame/report.txt.j2", f=framing, elsewhere=[])
    assert "no one's personal data" not in report
