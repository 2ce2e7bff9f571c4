"""fr11c: who a sentence of an informal message is put to, and why questions put to the body as reasons records.
Every sentence here is invented, in the shapes people write on forums and in letters to papers."""

from askfoi.addressee import addressee, asked_through_others
from askfoi.framing import AuthorityFound, frame_message, why_part
from askfoi.sentence_acts import informal_message, sentence_act


def test_questions_to_other_readers_are_not_for_the_body():
    for s in ("Does anyone know if the library will reopen?", "Has anybody else had this from the housing office?",
              "Should I put in an FOI request?", "Can we appeal against this?", "I wonder if I could complain about it?",
              "Are there any other parents here who would be interested in joining a campaign?"):
        assert addressee(s) == "others", s
        assert sentence_act(s) == "others", s


def test_questions_to_the_body_are_left_to_the_act_reader():
    for s in ("How many parking fines did the council issue last year?", "Can someone tell me why the pool closed?",
              "Could we be told how much the new signs cost?", "Can we have the figures by ward?",
              "Our street is busy, so where does the parking money go?"):
        assert addressee(s) is None, s
    assert sentence_act("Could we be told how much the new signs cost?") == "records"
    assert sentence_act("Can someone tell me why the pool closed?") == "reasons"


def test_a_record_asked_of_other_readers_is_still_the_record():
    assert asked_through_others("Anyone know if I can get a copy of the school's inspection reports?") \
        == "a copy of the school's inspection reports"
    assert asked_through_others("Anyone know if the bins are collected on Tuesdays?") is None


def test_rhetorical_shapes():
    for s in ("It doesn't seem fair that nobody was told about the closure?",  # statement order, question mark
              "To tourism?",  # a fragment carrying on the question before
              "What about the cost of the extra staff?",  # a retort
              "Is it really necessary to light the whole car park?",  # a judgement asked yes/no
              "Did she mean the old depot or the new one?",  # what someone meant
              "Who would ever want to shop there now?",  # what unnamed people would want
              "Call me old-fashioned, but as a landlord, doesn't he profit from the sale?",  # a negative inside
              "Why have residents not complained more loudly?"):  # the public's reasons, in no body's records
        assert addressee(s) == "rhetorical", s
        assert sentence_act(s) == "rhetorical", s


def test_a_hypothetical_count_is_a_view():
    assert addressee("If the cuts were made, how many wardens could be hired with the money saved?") == "view"
    assert addressee("How many wardens were hired with the money saved?") is None


def test_a_post_to_readers_is_informal_even_when_it_names_foi():
    text = "My council will not publish its parking review. Should I make an FOI request? Has anyone tried?"
    assert informal_message(text)
    assert informal_message("Anyone know if I can get a copy of the minutes of the parish council?")
    formal = "Under the Freedom of Information Act please provide the number of parking fines issued in 2024."
    assert not informal_message(formal)


def test_why_part_reorders_the_clause_and_names_the_body_for_they():
    body = AuthorityFound(name="Welsh Government", from_text="Welsh Government")
    part = why_part("So, why, knowing about the flooding for years, have they waited until now to repair the wall?", body)
    assert part is not None and part.kind == "reasons"
    assert "the Welsh Government has waited until now to repair the wall" in part.text
    assert why_part("Why did they do it?", None) is None  # what "they" did only the story says


def test_a_forum_post_becomes_the_record_it_wants():
    framing = frame_message("Anyone know if I can get a copy of the minutes of the parish council?")
    texts = [p.text for p in framing.parts]
    assert len(texts) == 1 and "minutes of the parish council" in texts[0] and "anyone" not in texts[0].lower()


def test_a_letter_keeps_only_what_it_asks_the_body():
    text = ("Sir - The council has closed the swimming pool on Mill Road. It doesn't seem right that nobody was asked? "
            "Who would ever want to swim in the river instead? So I ask the question, why, after promising to keep it "
            "open, has Anytown Borough Council closed the pool? Should we start a petition?")
    framing = frame_message(text)
    assert framing.parts, framing
    for part in framing.parts:
        low = part.text.lower()
        assert "petition" not in low and "river" not in low and "seem right" not in low
    assert any(p.kind == "reasons" and "closed the pool" in p.text for p in framing.parts)
    said = [f.message for f in framing.findings if getattr(f, "code", "") == "not-recorded-information"]
    assert said and any("decision records" in m for m in said)  # the finding says why the part was reframed


def test_a_formal_request_is_untouched_by_the_addressee_reading():
    text = ("Dear Anytown Council,\n\nPlease provide the number of potholes repaired in 2024. It doesn't say how many "
            "were reported?\n\nYours faithfully")
    assert not informal_message(text)


def test_questions_back_never_ask_what_the_message_says():
    text = ("Sir - I despair of Leeds City Council. The new signs on every lamp post are an eyesore. Nobody asked "
            "us. Who would ever want to look at them? It is a scandal.")
    framing = frame_message(text)
    assert not framing.parts and framing.authority is not None
    assert framing.questions and not any("Which organisation" in q for q in framing.questions)


def test_an_unnamed_why_gets_one_question_back():
    text = ("Sir - The whole thing was a disgrace from start to finish. Everyone could see it coming. "
            "We want to know why it happened? Nobody has said a word since.")
    framing = frame_message(text)
    assert not framing.parts
    assert len(framing.questions) == 1 and "reasons" in framing.questions[0]


def test_a_passive_ask_becomes_a_request_and_a_clause_of_time_is_story():
    text = ("WHEN I walk to work I see the new bollards everywhere. Could we be told how much Leeds City Council spent "
            "on bollards in 2024? What about the potholes? Is it really necessary?")
    framing = frame_message(text)
    texts = [p.text for p in framing.parts]
    assert len(texts) == 1 and "bollards" in texts[0] and "could we" not in texts[0].lower()
    assert sentence_act("When I walk to work I see the new bollards.") == "story"
    assert sentence_act("when were the bollards installed") == "records"
