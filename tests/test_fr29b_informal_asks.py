"""fr29b (issue 8, item 2): the informal asks "when will ...", "who approved ...", "is there a plan ..." and an ask said
as an interest ("it would be interesting to know ...") rendered from (kind, subject) by templates, the subject written
out from the story; never a guess when the story names more than one thing."""

import re

from askfoi.framing import frame_message
from askfoi.informal_asks import ask_frame
from askfoi.questions import read_message


def _parts(text: str) -> list[str]:
    return [p.text for p in frame_message(text).parts]


def test_when_will_they_reopen_them_asks_for_the_plans():
    parts = _parts("The park toilets on the seafront have been locked all summer. When are they going to reopen them?")
    assert len(parts) == 1
    assert "plans" in parts[0] and "reopening the park toilets" in parts[0]
    assert not re.search(r"(?i)\bthem\b", parts[0])


def test_when_passive_lower_case_no_punctuation():
    f = ask_frame("when will the road outside the school be resurfaced", [])
    assert f is not None and f.kind == "minutes_reports" and "resurfacing the road outside the school" in f.text


def test_who_approved_this_is_the_decision_record():
    parts = _parts("They have put double yellow lines outside our house on Grove Street without telling anyone. "
                   "Who approved this?")
    assert any("decision" in p and "double yellow lines" in p and "Grove Street" in p and "who made" in p for p in parts)


def test_who_decided_to_put_it_in_names_the_cycle_lane_not_the_traffic():
    parts = _parts("the new cycle lane on Mill Road has made the traffic awful. who decided to put it in and was there "
                   "any consultation?")
    assert any("cycle lane on Mill Road" in p and "who made that decision" in p for p in parts)
    assert not any("the traffic in" in p for p in parts)


def test_plans_to_reopen():
    f = ask_frame("are there any plans to reopen the swimming pool in Hove", [])
    assert f is not None and "reopening the swimming pool in Hove" in f.text


def test_unsure_pointer_gives_no_frame():
    assert ask_frame("who approved it", ["The hedge on Mill Lane and the fence by the river were both cut down."]) is None


def test_writers_own_case_gives_no_frame():
    assert ask_frame("when will I get my money back", []) is None
    assert ask_frame("when will my refund be paid", []) is None


def test_interest_said_as_an_ask_is_read_as_a_question():
    for text in ("It would be interesting to know how many council staff get a lease car. Some of them earn over 100k.",
                 "I would be interested to know how many council staff get a lease car. Some of them earn over 100k.",
                 "it would be good to find out how many council staff get a lease car. They earn enough."):
        r = read_message(text)
        assert any(q.lower().startswith("how many council staff get a lease car") for q in r.questions), text


def test_bare_why_after_the_story_asks_for_the_reasons_for_what_the_body_did():
    parts = _parts("the council keeps cutting bus routes in Market Rasen. why?")
    assert len(parts) == 1 and "reasons" in parts[0] and "cutting bus routes in Market Rasen" in parts[0]
    f = ask_frame("Why?", ["They have closed the library on Oak Street."])
    assert f is not None and "closing the library on Oak Street" in f.text


def test_writers_protest_is_no_part():
    from askfoi.informal_asks import writer_why

    assert writer_why("Why am I paying more than £1,500 per year for my council tax when this is happening?")
    assert writer_why("so why should we put up with this")
    assert writer_why("Why can\u2019t we not have a meeting with the chief executive of the council?", loose=True)
    assert not writer_why("Why can't we have a meeting with the head of planning?")
    assert not writer_why("why did the council close the library")
    from askfoi.framing import why_part

    assert why_part("Why can't we have a meeting with the chief executive, or whoever made this decision?") is None
    parts = _parts("why am I paying £1,500 a year in council tax when the library is shut?")
    assert not any(re.search(r"(?i)\bam I\b|\bmy council tax\b", p) for p in parts)


def test_is_there_a_notice_asks_for_a_copy():
    parts = _parts("I live on Bassett Avenue. Cyclists ride on the pavement all the time. Is there a notice telling "
                   "cyclists to use the cycle lane not the pavement?")
    assert any(p.startswith("A copy of any notice telling cyclists") for p in parts)
    assert not any(p.startswith("Is there") for p in parts)


def test_and_why_after_a_count_stays_the_decisions_reasons():
    from datetime import date

    f = frame_message("how many libraries did the council close in 2024 and why", today=date(2026, 6, 1))
    assert [p.kind for p in f.parts] == ["count", "reasons"]
    assert "in 2024 and" not in f.parts[1].text and "librar" in f.parts[1].text
