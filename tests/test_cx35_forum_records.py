"""cx35 (issue 8, items 1-2): forum posts whose question is put to the readers get the records that would answer it.

A story then a question to the forum ("is this normal procedure?", "AIBU?", "can we be guaranteed ...?") is no
request: the sentence is set aside, and the records the story is about (the traffic order of a road closure, a
tree preservation order, the document a body refused to give, a parish precept's budget) are offered as parts
rendered from frames, with the "read-from-story" note asking the person to confirm. Short texts written for these
tests, in the forms people write on forums.
"""
import pytest

from askfoi.addressee import addressee
from askfoi.framing import frame_message
from askfoi.informal_subjects import subject_frames
from askfoi.sentence_acts import formal_request


@pytest.mark.parametrize("sentence", [
    "As it is public money, is this normal procedure?",
    "Is it a fact that the minutes must be published?",
    "AIBU to be cross about this?",
    "My son wants to know if he is BU to be upset that it's always locked.",
    "Can we be guaranteed that the lane will reopen when the houses are built?",
    "Is that even allowed?",
    "Is this likely?",
    "How are we to know how they made the decision?",
    "Is there a rule about how long they can keep it shut?",
])
def test_judgement_put_to_readers_is_others(sentence):
    assert addressee(sentence) == "others"


@pytest.mark.parametrize("sentence", [
    "How many fines were issued in 2024?",
    "Is there a plan for the roadworks?",
    "Is this budget published anywhere?",
    "Is it lawful for the council to sell the common land?",
    "How long will the closure last, and can we be guaranteed it will reopen?",
])
def test_questions_to_the_body_are_not_set_aside(sentence):
    assert addressee(sentence) != "others"


def test_a_request_told_of_is_not_a_formal_request():
    told = ("The council have responded to my FOI request. The lane by us has been shut for months while they dig up "
            "the drains. How long can they keep it shut?")
    assert not formal_request(told)
    assert formal_request("Under the Freedom of Information Act please provide the number of road closures in 2024.")


def _texts(text):
    return [p.frame.text for p in subject_frames(text)]


def test_road_closure_offers_the_traffic_order_with_its_end_date():
    texts = _texts("The road closure on Mill Lane for drainage works started in March and it is still closed. Is that even allowed?")
    assert texts and "traffic order" in texts[0] and "Mill Lane" in texts[0] and "end" in texts[0]


def test_library_closure_is_not_a_road_closure():
    assert not any("traffic order" in t for t in _texts("The library on our road was closed last year. Is that right?"))


def test_protected_trees_offer_the_order_and_the_consent():
    texts = _texts("Two big oaks opposite us were cut down last week. I was sure they had a TPO on them. AIBU?")
    assert any("tree preservation order" in t for t in texts)


def test_a_copy_asked_of_the_forum_is_not_a_refused_document():
    assert not any(p.subject == "refused_document" for p in subject_frames(
        "Anyone know if I can get a copy of the minutes of the parish council?"))


def test_refused_document_is_asked_for_by_its_name():
    texts = _texts("The head read out her annual report at the meeting but the clerk won't provide a copy of the "
                   "head's annual report to parents. Is that right?")
    assert "A copy of the head's annual report." in texts


def test_precept_offers_the_budget():
    texts = _texts("The town council's bit of our council tax went up 18% this year. What on earth is the precept for?")
    assert any("budget" in t and "precept" in t for t in texts)


def test_forum_question_never_becomes_a_part_and_the_records_are_offered():
    framing = frame_message("Our county council have closed the road by the school for months while a developer "
                            "builds houses. Nobody is working on it. Is that even allowed? AIBU?")
    texts = [p.text for p in framing.parts]
    assert texts and not any("allowed" in t or "AIBU" in t for t in texts)
    assert any("traffic order" in t for t in texts)
    assert framing.regime == "EIR"
    assert any(getattr(f, "code", "") == "read-from-story" for f in framing.findings)


def test_judgement_question_after_a_refused_document_gives_the_document():
    framing = frame_message("The parish council clerk has the chair's report but won't provide a copy of the chair's "
                            "report to anyone. Is it a fact that it must be public once it was read out?")
    texts = [p.text for p in framing.parts]
    assert texts == ["A copy of the chair's report."]


def test_forum_abbreviation_for_a_child_is_the_writers_child():
    from askfoi.whose_records import read_whose

    whose = read_whose("DS2 was excluded last week. I want a copy of the statements about him.")
    assert whose.subject == "child" and whose.pronoun == "he"
    framing = frame_message("DD (9) was excluded from the academy for two days. I want to see the statements the "
                            "teachers wrote about her. WWYD?")
    assert framing.route == "sar"


def test_how_are_we_to_know_is_never_a_part():
    framing = frame_message("Our county council refused to replant the street trees on our road, saying it was too "
                            "expensive. As it is public money, is this normal? How are we to know how they reached "
                            "their decision?")
    texts = [p.text for p in framing.parts]
    assert texts and not any("how we" in t.lower() or "normal" in t.lower() for t in texts)
    assert any("street trees" in t for t in texts)


def test_body_named_in_an_aside_about_the_writer_is_not_asked_for():
    from askfoi.unnamed_bodies import unnamed_body

    found = unnamed_body("(I am not on the parish council, I'm asking for myself.) Our county council refused to "
                         "replant the trees.")
    assert found is not None and "county" in found.typed.lower()


def test_how_long_is_asked_by_the_order_with_its_end_date():
    framing = frame_message("A road near us has been partially closed while developers build flats. Traffic is "
                            "awful. How long will this partial closure continue?")
    texts = [p.text for p in framing.parts]
    assert any("traffic order" in t and "end" in t for t in texts)
    assert not any("this partial closure" in t for t in texts)


def test_the_letters_own_findings_stay_when_story_parts_replace_the_sentence():
    framing = frame_message("Our road has been made one way for an experimental period and the notice on the lamp post "
                            "has gone. Is there a rule about how long an experimental order can last?")
    assert any("traffic order" in p.text for p in framing.parts)
    assert any(getattr(f, "code", "") == "no-authority" for f in framing.findings) or any(
        "Which organisation" in q for q in framing.questions)
