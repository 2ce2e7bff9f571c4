"""lead40 (nc43 #3/#6): "does police scotland use X and how much did they spend on it": the subject of the question
runs over the body's whole name ("police scotland"), so "it" is X, never "Scotland use covert X"."""

from askfoi.framing import frame_message


def test_it_after_a_two_word_body_name_is_the_thing_used():
    framing = frame_message("does police scotland use covert facial recognition and how much did they spend on it in 2023")
    spend = [p for p in framing.parts if p.kind == "total_spend"]
    assert spend and "scotland" not in spend[0].text.lower() and "facial recognition" in spend[0].text


def test_an_age_group_is_counted_people_not_a_preposition():
    """nc43 #3: "how many under 18s were strip searched" after a policy part: never "how many of the strip that
    searching children are under 18s ..."."""
    framing = frame_message("my client wants to know if kent police have a policy on strip searching children and how "
                            "many under 18s were strip searched in 2024/25")
    texts = " | ".join(p.text for p in framing.parts).lower()
    assert "under 18s were strip searched" in texts or "the number of under-18s strip-searched" in texts  # lead41: framed
    assert "strip that" not in texts and "many are under" not in texts


def test_a_thing_named_without_a_determiner_keeps_none():
    framing = frame_message("does police scotland use covert facial recognition and how much did they spend on it in 2023")
    spend = [p.text for p in framing.parts if p.kind == "total_spend"]
    assert spend and "the facial recognition" not in spend[0]
    bridge = frame_message("the council built a new bridge in 2020. how much did it cost and what were the delays to it")
    assert any("the new bridge" in p.text or "the bridge" in p.text for p in bridge.parts)
