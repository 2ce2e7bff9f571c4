"""cx37 (issue 8, items 1-2, 5): the asks inside a forum post are kept, and what only vents is not a part.

A want told inside the story ("I'm sure I'm not alone wondering if ...", "all residents would like to know why ...")
is read as the ask it is; a sum asked with "what" ("what is being paid to maintain them") is the spend frame; a
question that vents ("why not just ...?", "how on earth ...?") beside a real ask is a remark, never a part; the
writer's reason after a comma ("..., because one of them ...") never reaches the part. Short texts written for these
tests, in the forms people write on forums and letters pages.
"""
import pytest

from askfoi.discourse_marks import money_whats, wants_told
from askfoi.framing import frame_message
from askfoi.rhetorical_asks import rhetorical, set_aside


def _texts(framing) -> list[str]:
    return [p.text for p in framing.parts]


@pytest.mark.parametrize("text, wanted", [
    ("I'm sure I'm not alone wondering if the cardboard collected by the council's refuse lorries ends up being "
     "recycled. The conclusion has to be that it all ends up in landfill.", "recycled"),
    ("It has been reported that the clerk got a payout of 40,000 pounds from the town council. I am sure all "
     "residents would like to know why this payment was approved and by whom.", "approved"),
    ("The new cameras went up on the ring road in May. I am interested to know how many fines the cameras have "
     "produced since then.", "fines"),
])
def test_a_want_told_in_the_story_is_asked(text, wanted):
    framing = frame_message(text)
    assert any(wanted in t for t in _texts(framing)), _texts(framing)
    assert not any("missed bin" in t for t in _texts(framing))  # no proposal from a word of the story
    assert not any(getattr(f, "code", "") == "too-vague" for f in framing.findings)


@pytest.mark.parametrize("text", [
    "One wonders at the logic of switching them off at midnight.",
    "I'd like to know more about this.",
    "I'm not interested to know why they did it.",
])
def test_a_lead_with_no_question_after_it_stays_as_typed(text):
    assert wants_told(text) == text


def test_the_want_is_put_with_whether_for_if():
    out = wants_told("We are all wondering if the library will reopen.")
    assert out == "I want to know whether the library will reopen?"


def test_a_sum_asked_with_what_is_the_spend():
    text = ("The council spent a fortune on new bins last year. I'd like to find out how much the bins cost to buy "
            "and what is being paid to maintain them.")
    framing = frame_message(text)
    spends = [p for p in framing.parts if p.kind == "total_spend"]
    assert len(spends) == 2, _texts(framing)
    assert any("maintain" in p.text for p in spends)
    assert not any(p.kind == "kept" for p in framing.parts)


@pytest.mark.parametrize("text", ["What was paid for?", "What was spent is not the point."])
def test_what_without_a_sum_after_it_stays(text):
    assert money_whats(text) == text


@pytest.mark.parametrize("text, vented", [
    ("The council spent a fortune on new bins last year. I'd like to find out how much the bins cost to buy. Seems a "
     "waste to me, why not just fix the old ones?", "old ones"),
    ("So the council approved the new charges at the swimming pool. How on earth did this get approved? I would like "
     "to see the report that went to the committee.", "on earth"),
    ("They put a 20mph limit on our lane. Why bother when nobody keeps to 30? How many speeding fines were issued on "
     "the lane last year?", "bother"),
])
def test_a_vented_question_beside_a_real_ask_is_no_part(text, vented):
    framing = frame_message(text)
    assert framing.parts
    assert not any(vented in (p.text + " " + (p.source or "")).lower() for p in framing.parts), _texts(framing)
    assert not any(vented in q.lower() for q in framing.questions)


def test_a_message_that_only_vents_is_still_read():
    framing = frame_message("Why not 5 mph?")
    assert framing.parts or framing.questions


@pytest.mark.parametrize("question, vents", [
    ("Why not just get the police to do speed checks?", True),
    ("How on earth is a two inch lip acceptable?", True),
    ("What is the point of the cameras?", True),
    ("How did this get through without anyone noticing?", True),
    ("Why was the library closed?", False),
    ("What on earth are they spending it on?", False),
    ("How many councillors attended?", False),
])
def test_rhetorical_forms(question, vents):
    assert rhetorical(question) is vents


def test_set_aside_keeps_a_message_that_only_vents():
    assert set_aside(["Why not 5 mph?"]) == (["Why not 5 mph?"], [])
    assert set_aside(["How much was spent?", "Why not 5 mph?"]) == (["How much was spent?"], ["Why not 5 mph?"])


def test_the_writers_reason_after_a_comma_is_not_asked():
    text = ("Our parish council met behind closed doors last month about the village hall. I would like to know "
            "whether any councillor declared an interest, because one of them is related to the buyer.")
    framing = frame_message(text)
    assert framing.parts
    assert not any("related to the buyer" in t for t in _texts(framing)), _texts(framing)


def test_because_of_inside_a_question_stays():
    framing = frame_message("How many pupils did Leeds City Council exclude because of bullying in 2024/25?")
    assert any("bullying" in t for t in _texts(framing)), _texts(framing)


@pytest.mark.parametrize("sentence, names", [
    ("The letter in last week's paper from the chief executive raises a number of concerns.", False),
    ("The report says the road is safe.", False),
    ("The report that shows the figures for 2024.", True),
    ("The minutes of the meeting where the chair said the hall would close.", True),
    ("A copy of the report which states the reasons.", True),
])
def test_a_record_that_tells_is_story_not_a_named_record(sentence, names):
    from askfoi.questions import names_records

    assert names_records(sentence) is names


def test_a_letter_told_of_is_no_part_beside_the_asks():
    text = ("The letter in last week's paper from the chief executive of the police authority raises a number of "
            "concerns. I am interested to know how many vehicles the new cameras have identified. If they cannot trace "
            "the owners, what is the point of the cameras?")
    framing = frame_message(text)
    assert framing.parts
    assert not any("raises a number of concerns" in (p.text + (p.source or "")) for p in framing.parts)
    assert any("vehicles" in p.text for p in framing.parts)


@pytest.mark.parametrize("text, topic, never", [
    ("I want to put in a driveway but there is a grass verge and the council say I need a dropped kerb. It has been "
     "left for months since I applied.", "dropped kerb", "grass cutting"),
    ("Our council has let a house on our road sit empty for two years. It is a waste of money while people are on "
     "the waiting list and nothing gets collected in rent.", "empty", "missed bin"),
    ("We sort all our plastics and cardboard every week. I have heard it all ends up in landfill anyway.",
     "recycling", "missed bin"),
])
def test_the_ask_back_offers_records_of_the_persons_own_subject(text, topic, never):
    framing = frame_message(text)
    said = " ".join([p.text for p in framing.parts] + framing.questions).lower()
    assert not any(never in p.text.lower() for p in framing.parts), _texts(framing)
    assert framing.questions, "a story with nothing framed is asked which records it wants"
    assert topic in said and never not in said, framing.questions


def test_a_waste_of_money_is_no_bin_story():
    from askfoi.informal_subjects import subject_frames

    found = subject_frames("The new signs are a waste of money and the contractor did a rubbish job. Nobody "
                           "collected the old ones.")
    assert not any(f.subject == "bin_collections" for f in found)
    found = subject_frames("Our bins were not collected for three weeks in August.")
    assert any(f.subject == "bin_collections" for f in found)
