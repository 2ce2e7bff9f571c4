"""Lead (session 33): a follow-on question that asks a measure of what the part before it asked about ("how much is it
worth", "and how much revenue", "who did they pay to do it") is its own part with that subject carried in, rendered
from a frame; never a kept question whose "it" the officer cannot follow, nor "The amount of revenue"."""

import pytest

from askfoi.follow_on_parts import follow_on_kind
from askfoi.framing import frame_message


def _texts(message: str) -> list[str]:
    return [p.text for p in frame_message(message).parts]


def test_value_of_a_contract():
    texts = _texts("does the met police have a contract with palantir? how much is it worth")
    assert "How much is it worth?" not in texts, texts
    assert any(t.startswith("The value of") and "Palantir" in t for t in texts), texts


def test_revenue_of_the_notices_counted():
    texts = _texts("number of fixed penalty notices for littering issued by camden council per month in 2024, and how much revenue")
    assert "The amount of revenue." not in texts, texts
    assert any("income from fixed penalty notices for littering" in t for t in texts), texts


def test_who_was_paid_for_the_work_counted():
    texts = _texts("can you tell me how many trees sheffield council felled in 2023 and who they paid to do it")
    assert not any("do it" in t for t in texts), texts
    assert any("contractor" in t and "felling trees" in t for t in texts), texts


@pytest.mark.parametrize("question, kind", [
    ("how much is it worth?", "value"),
    ("and what was it worth", "value"),
    ("what is the value of it", "value"),
    ("how much revenue did they raise", "income"),
    ("and how much money has it brought in", "income"),
    ("who did they pay to do it", "payee"),
    ("which company did the work", "payee"),
    ("who did the work", "payee"),
    ("please tell me who the contractor was", "payee"),
    ("and who was the main contractor", "payee"),
])
def test_follow_on_kinds(question, kind):
    assert (follow_on_kind(question) or ("",))[0] == kind


@pytest.mark.parametrize("question", ["how much is the chief constable paid", "who did the council pay for the bridge",
                                      "how much revenue did parking raise in 2024"])
def test_questions_with_their_own_subject_are_no_follow_ons(question):
    assert follow_on_kind(question) is None


def test_payee_after_a_spend_whose_they_was_written_as_the_council():
    texts = _texts("how much did the council spend on the new bridge and who did they pay")
    assert any("contractor" in t and "new bridge" in t for t in texts), texts


def test_who_the_contractor_was_after_a_spend():
    texts = _texts("wanting to know how much glasgow city council paid for the new george square upgrade and who the contractor was")
    assert not any(t.startswith(("Wanting", "Please tell me who")) for t in texts), texts
    assert any("contractor" in t and "george square upgrade" in t.lower() for t in texts), texts


def test_who_signed_off_a_contract():
    texts = _texts("hi, does the met police have a contract with palantir? how much is it worth and who signed it off")
    assert "Who signed it off?" not in texts, texts
    assert any(t.startswith("The job title or rank of whoever approved any contract with Palantir") for t in texts), texts
