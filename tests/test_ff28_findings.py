"""ff28 (issue 8): no false findings: a period on parts that ask no records over time, a legal question on a sum
asked, an opinion on a reason a decision gave, a supplier's price on the body's own staff pay."""

import pytest

from askfoi.framing import frame_message
from askfoi.part_checks import needs_period


def _codes(text):
    return [(f.code, f.part) for f in frame_message(text).findings]


@pytest.mark.parametrize("text", [
    "As they seem to be withholding a service that should be provided, am I within my rights to withhold a percentage "
    "of my council tax?",
    "do i need to put in a subject access request to get the footage, or will they send it?",
    "what is the correct procedure to obtain a copy of bodycam footage from a traffic stop",
    "Are we entitled to a refund of a share of the parking charges?",
])
def test_the_writers_own_case_needs_no_period(text):
    assert not needs_period(text)


@pytest.mark.parametrize("text", [
    "how many complaints did the council receive about potholes",
    "the total spent on agency staff",
    "any emails about the car park closure",
])
def test_records_over_time_still_need_a_period(text):
    assert needs_period(text)


def test_the_templates_own_words_ask_no_period():
    from askfoi.framing import Frame

    part = Frame(kind="shown_by", subject="x", text="Any records of the service needing to put in a subject access "
                 "request or the police making the video available on request.",
                 source="Do they need to put in a subject access request or will the police make the video available?")
    assert not needs_period(part)
    part = Frame(kind="shown_by", subject="x", text="Any records of any complaints about the noise.",
                 source="any complaints about the noise")
    assert needs_period(part)  # the person's own "any complaints" still piles up


@pytest.mark.parametrize("text", [
    "Dear East Hertfordshire District Council, What was the cost of clearing illegal dumping to your authority in "
    "each of the years 2019 to 2023?",
    "how much did it cost the council to remove illegal encampments in 2024?",
])
def test_a_sum_asked_is_no_legal_question(text):
    assert "legal-question" not in [c for c, _ in _codes(text)]


@pytest.mark.parametrize("text", [
    "Isn't it illegal for the school to send her home?",
    "was it illegal for them to close the road without notice?",
])
def test_a_legality_question_still_gets_the_legal_finding(text):
    assert "legal-question" in [c for c, _ in _codes(text)]


@pytest.mark.parametrize("text", [
    "Please tell me how many exclusion requests Herefordshire Council received in 2023. If the request was denied by "
    "the local authority, what reason was given why?",
    "how many blue badge applications did leeds city council refuse in 2024, and for each one what grounds were "
    "stated for why it was refused?",
])
def test_the_reason_a_decision_gave_is_on_record(text):
    assert not [1 for f in frame_message(text).findings if f.code == "not-recorded-information" and f.severity == "high"]


def test_a_why_asked_of_the_body_keeps_its_finding():
    framing = frame_message("Why did Herefordshire Council refuse so many exclusion requests in 2023?")
    assert "not-recorded-information" in [f.code for f in framing.findings]


@pytest.mark.parametrize("text, commercial", [
    ("Dear Leeds Teaching Hospitals NHS Trust, please provide the average hourly rate paid to bank workers in each "
     "staff group for 2024/25.", False),
    ("Dear Leeds Teaching Hospitals NHS Trust, please provide the average hourly rate paid to its own nurses in "
     "2024/25.", False),
    ("Dear Leeds Teaching Hospitals NHS Trust, please provide the average hourly rate paid to agency workers in each "
     "staff group for 2024/25.", True),
])
def test_own_staff_pay_is_no_suppliers_price(text, commercial):
    assert ("commercial-sensitivity" in [c for c, _ in _codes(text)]) is commercial


@pytest.mark.parametrize("text", [
    "My husband died in a care home during the first lockdown. Twice I have asked the home for his notes, including "
    "requests in writing. Basically I am being ignored.",
    "my mum passed away in hospital last year and the trust still wont give me her medical records, ive asked three times",
])
def test_a_route_finding_says_what_to_do_so_the_message_is_not_too_vague(text):
    codes = [c for c, _ in _codes(text)]
    assert "deceased-records" in codes and "too-vague" not in codes


def test_a_story_with_no_record_is_still_too_vague():
    codes = [c for c, _ in _codes("I am so fed up. Nobody ever tells us anything about what is going on round here.")]
    assert "too-vague" in codes
