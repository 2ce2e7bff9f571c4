"""lead50 (nc61 #1 p1, #3, #17): the writer's own organisation is not the body asked; a record word that only dates
the story ("refused PIP after an assessment") is no item of a subject access request; a guess in brackets goes."""

from __future__ import annotations

import pytest

from askfoi.framing import frame_message
from askfoi.sar_items import sar_items


@pytest.mark.parametrize("text, body", [
    ("hi im a volunteer at the citizens advice drop in, my client wants to know how many PIP decisions the dwp "
     "changed at mandatory reconsideration last year", "Department for Work and Pensions"),
    ("i volunteer with shelter. how many families did southwark council place in temporary accommodation last year",
     "Southwark"),
    ("im from the nspcc, how many child protection plans did kent county council start in 2024", "Kent County Council"),
    ("i work as an adviser for citizens advice, how many council tax debts did leeds city council send to bailiffs "
     "in 2024", "Leeds City Council"),
])
def test_the_writers_own_organisation_is_not_asked(text, body):
    framing = frame_message(text)
    assert framing.authority is not None and body in framing.authority.name


def test_the_writers_workplace_is_still_asked_when_it_is_the_only_body():
    framing = frame_message("im a nurse at kings college hospital, how many agency nurses did the trust pay for last year")
    assert framing.authority is not None and "King" in framing.authority.name


@pytest.mark.parametrize("text, absent", [
    ("my client has been refused PIP after an assessment and shes going to mandatory reconsideration. can she get a "
     "copy of her own assessment report", "an assessment"),
    ("i was arrested after an interview at the station. i want my custody record", "an interview"),
])
def test_a_record_word_that_only_dates_the_story_is_no_item(text, absent):
    items = [i.lower() for i in sar_items(text)]
    assert items and not any(i.rstrip(".") == absent for i in items)


def test_a_guess_in_brackets_is_taken_out_of_the_item():
    items = sar_items("can she get a copy of her own assessment report (the PA4 i think) from the assessor?")
    assert any("(the PA4)" in i for i in items) and not any("think" in i.lower() for i in items)


@pytest.mark.parametrize("text, place", [
    ("how many stop and searches in hammersmith and fulham in 2024", "Hammersmith and Fulham"),
    ("how many stop and searches were there in kensington and chelsea last year by ethnicity", "Kensington and Chelsea"),
])
def test_policing_in_a_two_part_borough_goes_to_the_met_and_keeps_the_place(text, place):
    framing = frame_message(text)
    assert framing.authority is not None and framing.authority.name == "Metropolitan Police Service"
    assert any(place in p.text for p in framing.parts)


def test_a_council_service_in_a_two_part_borough_stays_with_the_council():
    framing = frame_message("how much did hammersmith and fulham spend on potholes in 2024")
    assert framing.authority is not None and "Hammersmith and Fulham" in framing.authority.name


Q2 = ("im a volunteer at the citizens advice drop in, helping a mum whose son (15) got stopped and searched by west "
      "midlands police in soho road handsworth birmingham in august, they found nothing. she wants the body worn video "
      "footage of the stop and the stop search record, how many under 18s were stop searched in handsworth last year "
      "broken down by ethnicity, and has anyone complained about the officers involved before. she thinks it was "
      "because hes black")


@pytest.mark.parametrize("text", [
    "my son is 15 and was stopped, i want the body worn video footage of the stop",
    "my son (15) was stopped and searched, i want the footage",
    Q2,
])
def test_a_childs_age_between_them_and_what_was_done_keeps_the_records_theirs(text):
    from askfoi.checks import check_request

    assert any(f.code == "their-own-data" for f in check_request(text, None).findings)


def test_the_sons_footage_and_stop_record_go_in_a_subject_access_letter_and_the_figures_are_kept():
    framing = frame_message(Q2)
    texts = [p.text.lower() for p in framing.parts]
    assert framing.route == "sar"
    assert any("footage" in t for t in texts) and any("stop search record" in t for t in texts)
    assert not any("stop and search of" in t and "record" in t for t in texts)  # never "the stop and search of X search record"
