"""lead56 merge fixes: what one helper's change and another's meet on."""

from __future__ import annotations

from datetime import date

from askfoi.framing import frame_message


def test_own_footage_set_aside_is_not_asked_back_as_left_out():
    # ny82's own-footage finding takes the clause out on purpose; chat_asks must not say it "could not" frame it
    framing = frame_message("hi, i got knocked off my bike by a bus on oxford road in manchester in march. how many "
                            "cyclists have been hit there and whether they have the cctv of it", today=date(2026, 12, 6))
    assert any(f.code == "own-footage" for f in framing.findings)
    assert not any("I left out" in q and "CCTV" in q for q in framing.questions), framing.questions


def test_a_period_closing_a_list_of_questions_is_the_letters():
    # lead56: ", for each of the last five years" after three questions typed as one sentence covers all three
    framing = frame_message("how many fixed penalty notices for fly tipping has Birmingham city council given out, how "
                            "many were paid and how many went to court, for each of the last five years",
                            today=date(2026, 12, 6))
    assert framing.period == "1 December 2021 to 30 November 2026", framing.period
    assert not any("for the period" in p.text for p in framing.parts), [p.text for p in framing.parts]


def test_a_later_questions_own_period_stays_its_own():  # guard (fr10c): no comma closes a list here
    framing = frame_message("How many staff work in the planning department? How many planning appeals were lost in "
                            "2023? What is the budget of the department?", today=date(2026, 12, 6))
    assert any("2023" in p.text for p in framing.parts), [p.text for p in framing.parts]
