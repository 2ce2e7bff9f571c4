"""fx57 (issue 8.1, 8.2; nc55 #1a-1c, #4): questions in a person's story neither lost nor replaced.

- a list of embedded questions after a reporting verb ("he wants to know what the emissions will be, what monitoring
  they do and what the sepa said about it") is a part per question: what another body said is the correspondence with
  it; what a thing will be is the reports that forecast it; the story before "and he wants to know" stays a story;
- "what the police use, how much they paid for it and who they buy it off" after a story that names the things seen:
  "it" is those things (never the event the story happened at), a part each for their number, spend and suppliers;
- "whats their policy" is "what is their policy": a policy on the story's subject, never set aside;
- "who they buy X off" is the supplier of X (the contracts), never the informal words in a letter.
The wordings other than nc55's are mine (fx57), written for these tests.
"""
import re
from datetime import date

from askfoi.ask_shapes import reword
from askfoi.framing import frame_message
from askfoi.story_antecedents import mentions
from askfoi.word_slips import read_as_meant

TODAY = date(2026, 12, 5)


def _parts(message: str) -> list[str]:
    return [p.text for p in frame_message(message, today=TODAY).parts]


def test_shapes_of_said_expected_and_bought_from():
    assert reword("what the sepa said about it") == "correspondence with the sepa about it"
    assert reword("what did historic england say about the plans") == "correspondence with historic england about the plans"
    assert reword("what did they say about it") == "what did they say about it"  # a pronoun names no speaker
    assert reword("what the running costs are going to be") == "reports on the expected running costs"
    assert reword("what it will be") == "what it will be"
    assert reword("who does the council get its salt from") == "who supplies the salt"


def test_whats_is_what_is_but_not_what_has():
    assert read_as_meant("i want to know whats there policy.") == "i want to know what is their policy."
    assert read_as_meant("what's the criteria for a blue badge") == "what is the criteria for a blue badge"
    assert read_as_meant("whats the council done about the potholes") == "whats the council done about the potholes"


def test_existential_plural_is_a_thing_the_story_names():
    assert [m.text for m in mentions("there were drones everywhere")] == ["drones"]


def test_embedded_questions_after_a_reporting_verb_are_each_a_part():
    parts = _parts("new client, man from glasgow. the council approved a new incinerator at the old gas works in polmadie "
                   "and he wants to know what the emissions will be, what monitoring they do and what the sepa said "
                   "about it. also hes asking how many complaints about smell the council got")
    joined = " | ".join(parts).lower()
    assert "expected emissions" in joined
    assert any("monitoring" in p.lower() and "sepa" not in p.lower() for p in parts)
    assert any(p.startswith("Any correspondence") and "sepa" in p.lower() for p in parts)
    assert "complaints about smell" in joined
    assert not any(p.startswith("Please tell me") for p in parts)


def test_what_another_body_said_is_correspondence_with_it():
    parts = _parts("falkirk council approved the new biomass plant. my neighbour wants to know what the emissions will be "
                   "and what the sepa said about it")
    assert any(p.startswith("Any correspondence") and "sepa" in p.lower() for p in parts), parts
    # the body asked is the one that spoke: what it said is its own correspondence
    alone = _parts("my neighbour is worried about the new biomass plant in falkirk. she wants to know what the sepa said "
                   "about it")
    assert any(p.startswith("Any correspondence") for p in alone), alone
    assert any("expected emissions" in p for p in parts), parts


def test_it_after_what_the_force_uses_is_the_things_seen_never_the_event():
    parts = _parts("went to the protest on college green in bristol in march and there were drones everywhere and those "
                   "camera vans parked up. i want to know what avon and somerset police actually use, how much they "
                   "paid for it and who they buy it off. are they using facial recognition on us??")
    joined = " | ".join(parts)
    assert "protest" not in joined.lower()
    assert "buys it off" not in joined and "buy it off" not in joined
    assert any(p.startswith("The number of drones and camera vans") for p in parts), parts
    assert any(p.startswith("The total amount spent on drones and camera vans") for p in parts), parts
    assert any(re.match(r"Any contract (?:in force )?for drones and camera vans", p) for p in parts), parts  # fx56: "in force" first


def test_whats_their_policy_after_a_count_is_the_policy_on_its_subject():
    parts = _parts("my daughter was excluded from her school in leeds. i want to know how many exclusions there were "
                   "last year and whats their policy")
    assert any(p.startswith("Any policy") and "exclusions" in p for p in parts), parts


def test_how_long_is_the_average_time_and_a_count_of_nothing_is_flagged():
    from askfoi.framing import review_parts
    from askfoi.record_asks import counts_nothing

    assert reword("how long do repairs take on average") == "the average time taken for repairs"
    assert reword("how long are people waiting for knee operations") == "the average waiting time for knee operations"
    assert reword("how long does it take") == "how long does it take"
    assert counts_nothing("How many are waiting over 2 years?")
    assert counts_nothing("Please tell me how many of them were refused.")
    assert not counts_nothing("How many people are waiting over 2 years?")
    codes = {f.code: f for f in review_parts(["How many are waiting over 2 years?",
                                              "How long are people waiting for hip ops?"], [], None, today=TODAY)}
    assert "part-names-nothing" in codes
    assert "The average waiting time for hip ops." in (codes["part-not-framed"].rewrite or "")
