"""ifm1 (issue 8): in an informal message no part asks why or for a view as written. A why / how-can / justify
question becomes the records that would show the answer with its subject whole, or is kept whole as the reasons
asked about with the not-recorded-information finding; a view, a hypothetical or a guess at the future leaves the
parts with that finding. Every sentence here is invented, in the shapes people write to a council or a paper."""

from __future__ import annotations

import re
from datetime import date

import pytest

from askfoi.framing import frame_message
from askfoi.why_records import WhyClause, asks_reasons, subject_intact

TODAY = date(2026, 11, 30)
_ASKS = re.compile(r"(?i)\bwhy\b|\bhow\s+(?:can|could)\b|\bjustif|\bthink\b|\bopinion\b")


def framed(text: str):
    return frame_message(text, today=TODAY)


def not_recorded(f) -> list:
    return [x for x in f.findings if x.code == "not-recorded-information"]


def asks_as_written(part) -> bool:
    """The part's own words (outside a quoted question) still ask why or for a view."""
    own = re.sub(r'"[^"]*"', "", part.text)
    own = re.sub(r"(?i)\bthat set out why\b", "that set out", own)  # fr9b: the records that set out why X is so
    return bool(_ASKS.search(own)) or not re.match(r"(?i)\s*(?:any|please|the|a|all|copies|details)\b", part.text)


@pytest.mark.parametrize("question, kind", [
    ("How can the council make such a hasty decision without asking anyone?", "why"),
    ("How could the price of the new footbridge go from £2m to £5m in a year?", "why"),
    ("there are still officers working from home three days a week, why?", "why"),
    ("So why all the roadworks on the high street?", "why"),
    ("What must shoppers think when the car park is shut again?", "view"),
    ("Do they really think people will pay £30 for a permit?", "view"),
    ("What is your view on the new bus lane?", "view"),
    ("Would it not be better to fix the library roof first?", "view"),
    ("Could the flooding have been avoided had the drains been cleared?", "hypothetical"),
    ("how can i report a broken streetlight", None),
    ("How many parking fines were issued in 2024?", None),
    ("I think the council should reopen the toilets.", None),
    ("Who decided to close the day centre?", None),
])
def test_asks_reasons_reads_the_shape_of_the_question(question, kind):
    assert asks_reasons(question) == kind


@pytest.mark.parametrize("text", [
    "Dear Sir, How can the council spend £400,000 on new signs when the toilets in the park are still shut?",
    "My street has been dug up three times this year. How could the highways team let that happen?",
    "The new bins are too small for a family of five. There are still bins left unemptied for weeks on end, why?",
])
def test_a_how_can_or_trailing_why_is_the_reasons_asked_about_with_the_finding(text):
    f = framed(text)
    assert f.parts and not any(asks_as_written(p) for p in f.parts)
    reasons = [p for p in f.parts if p.kind == "reasons"]
    assert reasons and not_recorded(f)


@pytest.mark.parametrize("text", [
    "What must visitors think when they find the museum closed every Monday?",
    "The leisure centre is losing money. Do the councillors honestly believe anyone will pay the new prices?",
])
def test_a_question_asking_for_a_view_is_left_out_with_the_finding(text):
    f = framed(text)
    assert not any(asks_as_written(p) for p in f.parts)
    assert not_recorded(f)
    assert any("think" in r or "believe" in r for r in f.remarks)


def test_a_view_beside_a_real_question_leaves_only_the_real_question():
    f = framed("How many complaints about the bins did the council get in 2024? "
               "What must residents think of a service that misses them every other week?")
    assert [p.kind for p in f.parts] != [] and all(p.kind != "reasons" for p in f.parts)
    assert any("complaint" in p.text.lower() for p in f.parts)
    assert not any(asks_as_written(p) for p in f.parts)
    assert not_recorded(f)


@pytest.mark.parametrize("text, kept", [
    ("Why did it take over six months to repair the fence at the rec?", "over six months"),
    ("Why was there nearly a year between the first survey and the repair?", "nearly a year"),
    ("why was the bridge closed for three weeks", "three weeks"),
])
def test_a_length_stays_in_the_reasons_part(text, kept):
    f = framed(text)
    assert len(f.parts) == 1 and f.parts[0].kind == "reasons"
    assert kept in f.parts[0].text


def test_a_calendar_period_still_leaves_the_clause_for_the_part_period():
    f = framed("Why did the council close the library on Mill Lane in 2023?")
    assert f.parts[0].kind == "reasons"
    assert "the library on Mill Lane" in f.parts[0].text


def test_the_noun_phrase_of_why_all_the_x_is_taken_whole():
    f = framed("So why all the delays with the new crossing?")
    assert "all the delays with the new crossing" in f.parts[0].text


@pytest.mark.parametrize("text", [
    "Why haven't the trust told patients about the extra money for the next three years?",
    "Why can't we have a meeting with the head of planning?",
    "Can the council please explain why everything that is plastic can't go in the blue bin?",
])
def test_a_why_that_the_older_rules_garbled_is_kept_whole_never_cut(text):
    f = framed(text)
    assert len(f.parts) == 1 and f.parts[0].kind == "reasons"
    part = f.parts[0]
    if (part.why or "").startswith("whole:"):
        assert not_recorded(f)
    words = set(re.findall(r"[a-z']+", part.text.lower()))
    # every noun of the question is still on the letter
    for noun in re.findall(r"\b(?:patients|money|meeting|planning|plastic|bin)\b", text.lower()):
        assert noun in words


def test_subject_intact_refuses_a_phrase_that_joins_words_kept_apart():
    text = "Why did it take over six months to repair the fence?"
    cut = WhyClause(mode="why", phrase="why it took to repair the fence", subject="it")
    whole = WhyClause(mode="why", phrase="why it took over six months to repair the fence", subject="it")
    assert not subject_intact(cut, text)
    assert subject_intact(whole, text)


def test_formal_request_for_records_is_untouched():
    f = framed("Please provide the number of potholes repaired by Leeds City Council in 2024, broken down by ward.")
    assert f.parts and all(p.kind != "reasons" for p in f.parts)
    assert not not_recorded(f)


@pytest.mark.parametrize("text, subject", [
    ("why did the council cut the number 7 bus, i use it every day to get to work", "cut the number 7 bus"),
    ("why did the council close the library, we used it every week", "close the library"),
])
def test_a_first_person_clause_after_a_comma_is_story_not_the_subject(text, subject):
    from datetime import date

    from askfoi.framing import frame_message

    parts = [p.text for p in frame_message(text, today=date(2026, 11, 30)).parts]
    assert any(subject in p for p in parts)
    assert not any(" i " in f" {p.lower()} " or " we " in f" {p.lower()} " for p in parts)
