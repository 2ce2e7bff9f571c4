"""A part whose "it" or "them" stands for nothing the part says gets the story-reference finding (session 14)."""

import pytest

from askfoi.framing import frame_message, pointer_left


@pytest.mark.parametrize("text", ["When was it put up?", "When will it reopen?", "Are they suing them?",
                                  "How many of them were refused?"])
def test_a_pointer_with_nothing_before_it(text):
    assert pointer_left(text)


@pytest.mark.parametrize("text", ["How much did the council spend on the footbridge and when will it open?",
                                  "Is it possible to send the figures by ward?",
                                  "Can I have it confirmed that these are all the emails?",
                                  "The number of parking fines issued in 2024."])
def test_no_finding_when_the_part_says_what_it_means(text):
    assert pointer_left(text) is None


def test_the_chat_message_gets_the_finding_on_its_part():
    framing = frame_message("is derby council cutting bus routes?? how much will it save")
    flagged = [f for f in framing.findings if f.code == "story-reference"]
    assert flagged and flagged[0].evidence == "it"
    assert any("it" in p.text.split() or "it?" in p.text for p in framing.parts)
