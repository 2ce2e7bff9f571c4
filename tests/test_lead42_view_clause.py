"""lead42 (nc45 #2, #9): in a message with a story, a figure asked in the same sentence as a view ("how many cleaning
staff ..., and do they think the contractor is doing a good job?") is a part: the clause decides, not the sentence; a
"they" before a contractor is named points back to the body, never forward to "[NAME OF THE CONTRACTOR]"; "how much is
the contract worth" asks its value."""

from askfoi.framing import frame_message

STORY = ("so basically my mum was in the royal infirmary in edinburgh for 3 weeks and the ward was filthy. how many "
         "cleaning staff do nhs lothian employ at the RIE, how many complaints about cleanliness did they get in 2023 and "
         "2024, and do they think the contractor is doing a good job? also how much is the cleaning contract worth")


def test_the_figures_beside_a_view_are_parts():
    framing = frame_message(STORY)
    texts = [p.text for p in framing.parts]
    assert "The number of cleaning staff employed at the RIE." in texts
    assert any(t.startswith("The number of complaints about cleanliness received") for t in texts)
    assert "A record of the value of the cleaning contract." in texts
    flagged = [f.evidence for f in framing.findings if f.code == "not-recorded-information" and f.severity == "high"]
    assert not any("how many" in (e or "") for e in flagged)


def test_a_pronoun_never_points_forward_to_a_place():
    framing = frame_message("how many cleaning staff does leeds teaching hospitals nhs trust employ, how many complaints "
                            "about cleanliness did they get in 2024, and do they think the contractor is doing a good job?")
    assert not any("NAME OF THE" in p.text for p in framing.parts)


def test_worth_is_the_value():
    assert [p.text for p in frame_message("how much is the parking contract worth each year", "Leeds City Council").parts] \
        == ["A record of the value of the parking contract, broken down by year."]
