"""A subject access request with questions about the body's work beside it: every such question is set aside for
an FOI request of its own (none dropped), questions about the person stay out of that list, and a body that data is
shared with is never taken for the body asked."""

from askfoi.framing import frame_message

TOLD = ("my dad got a speeding fine he says is wrong, he wants the anpr records of his car from north yorkshire "
        "police. also how many anpr cameras have they got and where are they, and do they share it with the home office")


def test_every_general_question_is_set_aside():
    framed = frame_message(TOLD)
    assert framed.route == "sar"
    aside = " | ".join(framed.foi_aside).lower()
    assert "how many anpr cameras" in aside and "where are they" in aside and "share it with the home office" in aside


def test_body_shared_with_is_not_the_body_asked():
    framed = frame_message(TOLD)
    assert framed.authority is not None and framed.authority.name == "North Yorkshire Police"


def test_a_question_about_the_person_is_not_set_aside_as_foi():
    framed = frame_message("i want my custody record from kent police and where did they take my phone")
    assert not any("my phone" in q for q in framed.foi_aside)


def test_one_body_asked_about_sharing_stays_the_body():
    framed = frame_message("does the home office share asylum data with kent county council")
    assert framed.authority is not None and framed.authority.name == "Home Office"
