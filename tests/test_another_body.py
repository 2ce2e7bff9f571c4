"""A part that asks what another named public body did is that body's request (session 14)."""

import pytest

from askfoi.framing import frame_message, other_body_asked


@pytest.mark.parametrize("text, other", [
    ("Are the Environment Agency fining them?", "Environment Agency"),
    ("Did the Home Office approve the contract?", "Home Office"),
    ("How many penalty notices did Leeds City Council issue in 2024?", "Leeds City Council"),
])
def test_another_body_acting(text, other):
    assert other_body_asked(text, "Thames Water") == other


@pytest.mark.parametrize("text", [
    "Any correspondence with the Home Office about the scheme.",
    "Has the Metropolitan Police deployed live facial recognition?",
    "How many complaints did you receive about the Environment Agency?",
])
def test_the_addressee_itself_or_a_party_to_the_records(text):
    assert other_body_asked(text, "Metropolitan Police Service (MPS)") is None


def test_the_chat_message_gets_the_finding():
    framing = frame_message("there's raw sewage in the brook near us. how many spills did severn trent water "
                            "record in 2025 and is the environment agency prosecuting them")
    flagged = [f for f in framing.findings if f.code == "another-body"]
    assert flagged and "Environment Agency" in flagged[0].message
    assert not any(f.code == "another-body" and "Severn Trent" in f.message.split("(")[1].split(")")[0] for f in flagged)
