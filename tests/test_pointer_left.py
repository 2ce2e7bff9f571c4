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


@pytest.mark.parametrize("part", ["How many times did Southern Water discharge from the storm overflows there in 2025?",
                                  "How many staff work there?"])
def test_there_naming_no_place_in_the_part_points_at_the_story(part):
    assert pointer_left(part) == "there"


@pytest.mark.parametrize("part", ["Were there any complaints in 2024?", "How many complaints were there in 2024?",
                                  "Is there a policy on street lighting?", "Has there been a review since 2020?",
                                  "Therefore, how many fines were issued?"])
def test_there_as_in_there_is_points_at_nothing(part):
    assert pointer_left(part) is None


def test_the_finding_on_a_story_place_asks_for_the_place_by_name():
    framing = frame_message("the beach at whitstable has been closed loads this summer cos of sewage. how many times "
                            "did southern water discharge from the storm overflows there in 2025")
    found = [f for f in framing.findings if f.code == "story-reference"]
    # fr13a: the one place the story names is written out; otherwise the finding asks for it by name
    assert any("Whitstable" in p.text for p in framing.parts) or (found and "which place" in found[0].message)
    no_place = frame_message("the beach has been closed loads this summer cos of sewage. how many times "
                             "did southern water discharge from the storm overflows there in 2025")
    asked = [f for f in no_place.findings if f.code == "story-reference"]
    assert asked and "which place" in asked[0].message


def test_the_review_step_asks_for_a_place_a_part_points_at_but_never_names():
    from askfoi.framing import review_parts

    found = review_parts(["How many PCNs did Croydon Council issue on that road in 2025?",
                          "How many pupils with EHCPs were excluded from his school in 2025?",
                          "How many pupils were excluded from Kingsway Academy in 2025?"], [], None)
    evidence = [f.evidence for f in found if f.code == "story-reference"]
    assert evidence == ["on that road", "from his school"]
    assert all("which place" in f.message for f in found if f.code == "story-reference")
