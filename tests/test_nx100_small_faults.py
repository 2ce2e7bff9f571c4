"""nx100 (nc99 #10): small wording faults a newcomer found in what askfoi shows (issue 8's session 62 list).

- one section cited is "section 22(1)(a)", never "sections 22(1)(a)" (the similar-requests list);
- a body named in the middle of a finding's sentence takes "the" when its name does ("cost the Metropolitan Police
  Service more than its cost limit"), never at a sentence's start;
- the cost-limit fix's example of role holders fits the body: a police force's is no councillor.
"""

from askfoi.checks import check_request
from askfoi.conversation import similar_line
from askfoi.matching import SimilarResponse
from askfoi.models import Outcome
from askfoi.templates import render


def _r(sections):
    return SimilarResponse(id="x", authority="Kent Police", title="Informant payments", outcome=Outcome.refused,
                           ncnd=False, sections=sections, score=0.5, url="https://example.org/x", date="2021-03-01")


def test_one_section_is_said_as_one():
    line = similar_line(_r(["22(1)(a)"]))
    text = render("bot/similar_loaded.j2", similar=[line])
    assert "section 22(1)(a)" in text and "sections 22(1)(a)" not in text
    assert "section 12(1))" in render("bot/panel_similar.j2", similar=[similar_line(_r(["12(1)"]))], ready=True,
                                      sar=False, started=True)


def test_two_sections_stay_plural():  # guard
    text = render("bot/similar_loaded.j2", similar=[similar_line(_r(["24(2)", "31(3)"]))])
    assert "sections 24(2), 31(3)" in text


def _cost(text, authority):
    return next(f for f in check_request(text, authority=authority).findings if f.code == "cost-limit-risk")


def test_the_met_in_the_cost_line_takes_the():
    f = _cost("Please send all emails about IMSI catchers since 2020.", "Metropolitan Police Service")
    assert "cost the Metropolitan Police Service more than its cost limit" in f.message


def test_home_office_in_the_cost_line_takes_the():
    f = _cost("Please send every email about asylum hotels in the last ten years.", "Home Office")
    assert "cost the Home Office more than" in f.message


def test_a_council_name_stays_as_it_is():  # guard
    f = _cost("Please send all emails about potholes since 2015.", "Leeds City Council")
    assert "cost Leeds City Council more than" in f.message and "the Leeds" not in f.message


def test_a_scottish_body_at_a_sentence_start_keeps_its_name():  # guard: "Police Scotland is a Scottish authority"
    f = next(f for f in check_request("How many drones do you have?", authority="Police Scotland").findings
             if f.code == "scottish-authority")
    assert f.message.startswith("Police Scotland is a Scottish authority")


def test_a_police_narrowing_names_no_councillor():
    for force in ("Metropolitan Police Service", "Kent Police"):
        f = _cost("Please send all emails about IMSI catchers since 2020.", force)
        assert "councillor" not in f.suggestion and "chief officer" in f.suggestion


def test_a_council_narrowing_keeps_the_councillor():  # guard
    f = _cost("Please send all emails about potholes since 2015.", "Leeds City Council")
    assert "the councillor responsible for it" in f.suggestion
