"""nx76 (session 54): nc73's open newcomer faults, as classes, in messages typed the way people type.

#14 a loose period inside a sentence ("say jan 2023 to now") is the letter's period and leaves the part; #4 "those 2
farms" names the farms the story lists, and a letter about a fish farm is EISR as a whole; #6 "what has it all cost"
is the total spent on the story's thing, a story that opens "we're a residents group" is the writer, not "it"."""

from __future__ import annotations

from datetime import date

import pytest

from askfoi.framing import frame_message
from askfoi.periods import find_periods

TODAY = date(2026, 12, 6)


def _texts(message: str, authority: str | None = None) -> list[str]:
    return [p.text for p in frame_message(message, authority, today=TODAY).parts]


# --- #14: a loose period inside a sentence --------------------------------------------------------------------------

@pytest.mark.parametrize("text, hedged", [
    ("how many were there, say jan 2023 to now", "say jan 2023 to now"),
    ("repairs done, lets say from march last year to now, and", "lets say from march last year to now"),
    ("the figures (say 2021 to now)", "(say 2021 to now)"),
    ("the complaints, roughly 2020 onwards", "roughly 2020 onwards"),
    ("the complaints over the last 2 years or so", "over the last 2 years or so"),
])
def test_hedge_goes_with_the_period(text, hedged):
    from askfoi.periods import hedged_span

    (_, _, span), = find_periods(text, today=TODAY)
    start, end = hedged_span(text, span)
    assert text[start:end] == hedged


def test_plain_period_span_unchanged():  # guard of the new function (on main it does not exist)
    from askfoi.periods import hedged_span

    text = "how many fines in 2024"
    (_, _, span), = find_periods(text, today=TODAY)
    assert hedged_span(text, span) == span


@pytest.mark.parametrize("message, authority", [
    ("how many bins went missing on our estate, say jan 2024 to now", "Bolton Council"),
    ("how many parking fines did they give out by the school, say in the last 3 years", "Leeds City Council"),
    ("how many potholes got reported on brook lane, roughly 2021 onwards", "Kent County Council"),
])
def test_part_loses_the_hedge(message, authority):
    framing = frame_message(message, authority, today=TODAY)
    assert framing.period and len(framing.parts) == 1
    words = framing.parts[0].text.lower().replace(",", " ").replace(".", " ").replace("?", " ").split()
    assert not {"say", "roughly", "onwards", "jan", "2021", "years"} & set(words), framing.parts[0].text


@pytest.mark.parametrize("message, authority", [
    ("what weedkiller did the parks team spray on the rec, say jan 2023 to now", "Bolton Council"),
    ("what did the council discuss with the bus company about route 9, lets say the last 2 years", "Bolton Council"),
])
def test_kept_part_says_the_letter_period_once(message, authority):
    framing = frame_message(message, authority, today=TODAY)
    assert framing.period
    text = " ".join(p.text for p in framing.parts).lower()
    assert not any(w in text for w in ("say ", "to now", "last 2 years", "2022"))


def test_kept_part_keeps_a_period_said_plainly():
    # (merge fix, session 54) a period said plainly is the person's own words, kept whole with the question (fr16b,
    # lead28, fr7b): only a loose one leaves for the letter's
    parts = _texts("what chemicals were put in the reservoir near us from 2022 to now", "Scottish Water")
    assert "2022" in " ".join(parts)


def test_kept_part_keeps_another_period():  # guard: a part with two periods keeps its words (main alike)
    parts = _texts("how many complaints did you get in 2023 compared with 2019", "Bolton Council")
    assert "2019" in " ".join(parts)


# --- #4: the members a story names, and a fish farm's letter under the EISR ------------------------------------------

@pytest.mark.parametrize("message, authority, names", [
    ("im a creel fisherman on skye and theres 2 fish farms in the bay, the one at ardnish and the one at camas. "
     "how many sea lice counts were over the limit at those 2 farms in 2025", "Scottish Environment Protection Agency",
     ("ardnish", "camas")),
    ("theres three care homes in our village, rose court, the beeches and elm house. how many complaints did you "
     "get about those homes in 2024", "Care Inspectorate", ("rose court", "the beeches", "elm house")),
    ("there are two academies near us: hill top and valley road. how many exclusions did both academies have in 2024/25",
     "Leeds City Council", ("hill top", "valley road")),
])
def test_those_n_things_name_the_listed_things(message, authority, names):
    text = " ".join(_texts(message, authority)).lower()
    assert all(n in text for n in names), text
    assert "those" not in text.split()


def test_a_list_that_is_a_clause_is_no_members():  # guard: passes on main too
    from askfoi.story_antecedents import mentions, named_members  # (on main: no such function)

    s = "there are 2 farms in our loch, i fish there and they wreck it."
    assert not any(named_members(s, m) for m in mentions(s))


@pytest.mark.parametrize("message, authority", [
    ("how many sea lice counts were over the limit at the salmon farm in loch spelve in 2024, what medicines did "
     "they use, and how many fish escaped", "Scottish Government"),
    # guard (EISR on main too): the farm named in both questions
    ("how many fish escaped from the trout farm on loch awe in 2025 and what treatments did they put in the water",
     "Scottish Government"),
])
def test_fish_farm_letter_is_eisr_as_a_whole(message, authority):
    framing = frame_message(message, authority, today=TODAY)
    assert framing.regime == "EISR"
    assert "environmental-parts" not in [f.code for f in framing.findings]


def test_marine_directorate_is_the_scottish_government():
    from askfoi.authorities import resolve_authority

    found = resolve_authority("Marine Directorate")
    assert found is not None and found.name == "Scottish Government"


def test_speed_limit_still_policing():  # guard: drivers over a speed limit stay policing, main alike
    from askfoi.environmental import part_law

    assert part_law("how many drivers went over the 30mph limit on station road", "police").focus == "policing"


def test_readings_over_a_limit_are_environmental():
    from askfoi.environmental import part_law

    assert part_law("The number of sea lice counts over the limit at the fish farm.", "devolved_government").environmental


# --- #6: "what has it all cost", the writer's own group ---------------------------------------------------------------

@pytest.mark.parametrize("message", [
    "we're a residents group in witham and theres been a facial recognition van parked outside the station most "
    "fridays. what has it all cost",
    "theres been a facial recognition van parked by the market every week. how much has it all cost so far",
    "theres a speed camera van parked on london road most mornings. what did the whole thing cost",
])
def test_it_all_cost_is_the_total_spent(message):
    framing = frame_message(message, "Essex Police", today=TODAY)
    assert [p.kind for p in framing.parts] == ["total_spend"], [p.text for p in framing.parts]
    assert "van" in framing.parts[0].text


def test_writer_described_is_not_it():
    parts = _texts("we're a residents group in witham and theres been a facial recognition van parked outside the "
                   "station. how many times has it been used in 2025", "Essex Police")
    text = " ".join(parts).lower()
    assert "van" in text and "group" not in text


# --- #15: past responses under the asked body's own law first ----------------------------------------------------------

def test_scottish_request_lists_scottish_answers_first(capsys):
    import json

    from askfoi.cli import main

    assert main(["match", "how many complaints about damp and mould in council houses did you get in 2024",
                 "--authority", "Glasgow City Council", "--top", "6", "--json"]) == 0
    shown = [r["authority"] for r in json.loads(capsys.readouterr().out)["similar"]]
    from askfoi.matching import _regime_of

    scottish = [_regime_of(a) == "FOISA" for a in shown]
    assert True in scottish and False in scottish, shown  # both kinds listed, so the order is what is tested
    assert scottish == sorted(scottish, reverse=True), shown


# --- #6: the DPIA question kept on the letter as the assessment it asks for ---------------------------------------------

@pytest.mark.parametrize("message", [
    "theres a live facial recognition van that parks outside the shopping centre. did anyone do a dpia before they "
    "started using it",
    "theres a live facial recognition van that parks outside the shopping centre. has anyone done a dpia or "
    "equality assessment for it",
    "was a data protection impact assessment done for the live facial recognition cameras before they were rolled out",
])
def test_dpia_question_is_the_assessment(message):
    framing = frame_message(message, "Essex Police", today=TODAY)
    kinds = [p.kind for p in framing.parts]
    assert "assessment" in kinds, [p.text for p in framing.parts]
    text = framing.parts[kinds.index("assessment")].text
    assert "facial recognition" in text and "before" not in text


def test_run_on_message_keeps_all_three_asks():
    framing = frame_message("we're a tenants group in colchester and theres been a facial recognition van parked by "
                            "the bus station most weekends. how many times has it been used since january, did "
                            "anyone do a dpia or equality assessment before they started and what has it all cost",
                            "Essex Police", today=TODAY)
    kinds = [p.kind for p in framing.parts]
    assert "assessment" in kinds and "total_spend" in kinds and len(kinds) == 3, [p.text for p in framing.parts]
    assert "group" not in " ".join(p.text for p in framing.parts).lower()


# --- #12: after an overdue Scottish request: the review's last day, then the Commissioner ------------------------------

def _late_steps(regime, sent, scotland=True):
    from askfoi.models import Outcome
    from askfoi.next_steps import next_steps

    return next_steps(Outcome.pending, regime, scotland=scotland, sent=sent, today=date(2026, 12, 6))


def test_foisa_overdue_gives_the_review_day():
    from askfoi.models import Regime

    steps = _late_steps(Regime.FOISA, date(2026, 10, 20))
    review = next(s for s in steps if s.kind == "commissioner")
    # due Tuesday 17 November 2026; 40 Scottish working days later (St Andrew's Day, Christmas, Boxing Day and
    # 1 and 4 January not counted) is Tuesday 19 January 2027
    assert review.by == date(2027, 1, 19)
    assert "by Tuesday 19 January 2027" in review.explanation and "20(5)" in review.explanation
    assert "20 working days" in review.explanation and "6 months" in review.explanation


def test_foisa_review_day_passed_is_said():
    from askfoi.models import Regime

    review = next(s for s in _late_steps(Regime.FOISA, date(2026, 8, 3)) if s.kind == "commissioner")
    assert "ended on" in review.explanation and "may still accept" in review.explanation


def test_foia_overdue_unchanged():  # guard: the ICO route has no review day (main alike)
    from askfoi.models import Regime

    review = next(s for s in _late_steps(Regime.FOIA, date(2026, 10, 20), scotland=False) if s.kind == "commissioner")
    assert review.by is None and "ICO" in review.explanation


async def test_slash_chase_opens_the_waiting_path(tmp_path):
    from textual.widgets import Input

    from askfoi.tui.app import AskFOIApp
    from askfoi.tui.reply import ReplyScreen

    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, load_matcher=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()
        app.query_one("#prompt", Input).value = "/chase scottish government 20/10/2026"
        await pilot.press("enter")
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, ReplyScreen)
        assert app.screen.query_one("#reply-sent", Input).value.strip() == "scottish government 20/10/2026"
