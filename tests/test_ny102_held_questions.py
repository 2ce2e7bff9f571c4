"""ny102 (nc102 #2, #5): a client's message framed as a subject access request whose whole text, figures and all, reads
as FOI ("im helping a client, her landlord is lambeth council and her kids bedroom ceiling leaks ...", or a flooding
story that reads as EIR): the letter is the subject access request, so the FOI questions set aside for Ctrl+N are
offered when it is done (they were lost: "There is no next letter waiting"), and its review raises no FOI objections
(section 40(2), "send a subject access request instead") against it. A figure with no subject of its own ("and how much
in total") is held with the question it follows, never as a fragment. nc102's messages and messages of my own words."""
from datetime import date

import pytest

from askfoi.conversation import Conversation, Step
from askfoi.sar_items import foi_asides

LAMBETH = ("im helping a client, her landlord is lambeth council and her kids bedroom ceiling leaks. she wants the inspection "
           "reports on her flat, and she also wants to know how many disrepair claims lambeth paid out on in 2025")  # nc102 j1c
OWN = [
    LAMBETH,
    # my own words, same shape: a helper's lead, the client's own records, a figure beside them
    ("im helping a client, her landlord is lewisham council and her kids bedroom ceiling leaks. she wants the inspection "
     "reports on her flat, and she also wants to know how many damp complaints lewisham got in 2024"),
    ("a client came in, her landlord is hackney council and her kids bedroom floods. she wants the survey reports on her "
     "flat and she wants to know how many flooding complaints hackney had in 2025"),
]


def _to_done(text: str) -> tuple[Conversation, str]:
    conv = Conversation(today=lambda: date(2026, 12, 7))
    conv.clinic = True
    conv.start()
    shown = []
    shown += [m.text for m in conv.reply(text).messages]
    for _ in range(12):  # whatever is asked (organisation, period, parts, review, format, name, email): the plain answer
        if conv.session.step == Step.done:
            break
        step = conv.session.step
        said = {Step.name: "Grace Okafor", Step.email: "skip", Step.period: "skip"}.get(step, "ok")
        shown += [m.text for m in conv.reply(said).messages]
    return conv, "\n".join(shown)


@pytest.mark.parametrize("text", OWN)
def test_the_held_foi_questions_wait_for_ctrl_n_after_the_subject_access_letter(text):
    conv, shown = _to_done(text)
    assert conv.session.step == Step.done
    assert conv.regime().value == "SAR"
    assert conv.next_letter_ready(), shown[-2000:]
    assert "Next for this client" in shown
    said = "\n".join(m.text for m in conv.next_letter().messages)
    assert "There is no next letter waiting" not in said
    assert any("number of" in p.lower() for p in conv.session.parts), conv.session.parts


@pytest.mark.parametrize("text", OWN)
def test_the_subject_access_review_raises_no_foi_objections(text):
    conv, shown = _to_done(text)
    assert "section 40(2)" not in shown
    assert "Send a subject access request to the authority's data protection officer instead" not in shown
    assert "Your own personal data cannot be released under FOI" not in shown


@pytest.mark.parametrize("text, held", [
    # nc102 j1: "and how much in total" is held with the claims it is about
    (LAMBETH + " and how much in total", "how many disrepair claims lambeth paid out on in 2025, and how much in total?"),
    ("he wants a copy of his housing file, and how many parking fines the council cancelled last year and what that came "
     "to", "how many parking fines the council cancelled last year, and what that came to?"),
    ("i want my care records, also how many care home placements the council paid for in 2024 and how much did that "
     "cost altogether", "how many care home placements the council paid for in 2024, and how much did that cost altogether?"),
    ("i want my housing file and how many complaints about repairs they got in 2024 and how many of those were upheld",
     "how many complaints about repairs they got in 2024, and how many of those were upheld?"),
])
def test_a_figure_with_no_subject_is_held_with_the_question_it_follows(text, held):
    asides = foi_asides(text)
    assert held in [q.lower() for q in asides], asides
    assert not any(q.lower().lstrip(" ,and").startswith(("how much in total", "what that", "how much did that",
                                                          "how many of those")) for q in asides)


@pytest.mark.parametrize("text, held", [
    # guards: a figure naming its own subject stays a question of its own
    ("my client rents from leeds city council and her boiler has been broken for weeks. she wants the repair records for "
     "her house and the letters they sent her, plus how many boiler repairs leeds took over 28 days to fix last year and "
     "how much in total they paid in compensation",
     ["how many boiler repairs leeds took over 28 days to fix last year?", "how much in total they paid in compensation?"]),
    ("i want my housing file and how many complaints about repairs they got in 2024",
     ["how many complaints about repairs they got in 2024?"]),
])
def test_a_figure_with_its_own_subject_stays_apart(text, held):
    assert [q.lower() for q in foi_asides(text)] == held


def test_a_plain_foi_message_stays_foi():
    conv = Conversation(today=lambda: date(2026, 12, 7))
    conv.start()
    conv.reply("how many disrepair claims did lambeth council pay out on in 2025 and how much in total")
    assert conv.request().route == "foi"
    assert not conv.session.foi_aside
