"""rd41: the reply reader on four layouts met in real replies (issue 10). The excerpts are written for these tests in
the shape of the replies, not copied from them; each test fails on the reader main had before this round."""

from askfoi.reader import Outcome, read_reply


def test_a_list_after_a_sentence_that_tells_the_request_back_is_the_request():
    # the request told back inside the authority's own sentence, its items after a colon, then one not-held answer
    text = ("I refer to your enquiry dated 3 June asking to be supplied with the number of parking permits issued in "
            "each of the last three years for:\n1. residents\n2. businesses\n3. visitors.\n"
            "The information requested is not recorded in a way that lets us answer your enquiry. Section 17 of the "
            "FOISA requires that a Scottish public authority confirms in writing where information requested of it is "
            "not held and notice is therefore given to this effect.")
    reading = read_reply(text)
    assert reading.outcome == Outcome.not_held
    assert not reading.parts  # the three restated items are not three answers


def test_a_told_back_list_does_not_swallow_numbered_answers_that_follow_a_response_heading():
    text = ("Thank you for your email of 4 May in which you requested the following:\n1. the number of bins replaced\n"
            "2. the cost of replacing them.\nResponse\n1. 412 bins were replaced.\n2. We do not hold this information.")
    reading = read_reply(text)
    assert reading.outcome == Outcome.part_disclosed


def test_answers_numbered_with_roman_numerals_are_read_part_by_part():
    text = ("I. 293\n\nII. 0\n\nIII. 23\n\nIV. In issuing our response the Council has applied S43 of the Freedom of "
            "Information Act. Information is exempt information if its disclosure would be likely to prejudice the "
            "commercial interests of any person.\n\nV. £1,200")
    reading = read_reply(text)
    assert reading.outcome == Outcome.part_disclosed
    assert len(reading.parts) == 5
    assert [p.outcome for p in reading.parts].count(Outcome.refused) == 1
    assert "43" in reading.sections


def test_a_roman_numeral_inside_a_citation_numbers_no_answer():
    text = ("We can confirm the information is held. However, it is exempt under section 31(1)(a) and (b) and "
            "section 38(1)(a)\n(ii) of the Act, and is withheld in full.")
    reading = read_reply(text)
    assert reading.outcome == Outcome.refused
    assert not reading.parts


def test_attached_put_first_gives_the_documents():
    text = ("Attached to the email accompanying this letter is a document bundle containing 12 items of "
            "correspondence which fall within the scope of your request.\nThe following exemption has been applied in "
            "respect of your request:\nSection 40(2) Personal Information\nThis exemption relates to correspondence "
            "which includes personal information of third parties.")
    reading = read_reply(text)
    assert reading.outcome == Outcome.part_disclosed
    assert "40(2)" in reading.sections


def test_enclosed_put_first_before_the_refusal_notice_gives_nothing():
    text = ("Enclosed is our refusal notice. The information you requested is exempt under section 43(2) of the Act "
            "and is withheld.")
    assert read_reply(text).outcome == Outcome.refused


def test_a_source_pointed_at_as_advice_beside_a_not_held_notice_is_not_the_decision():
    text = ("Section 17 of the FOISA requires that a Scottish public authority confirms in writing where information "
            "requested of it is not held and notice is therefore given to this effect.\nAdvice and Assistance\n"
            "For your information, the total parking income is published each year in the Council's annual accounts, "
            "which can be found on our website.")
    assert read_reply(text).outcome == Outcome.not_held


def test_a_published_answer_with_no_not_held_decision_stays_published():
    text = ("The information you have requested is already published on our website at "
            "www.example.gov.uk/parking and is therefore exempt under section 21 of the Act.\nAdvice and assistance\n"
            "You may wish to look at the annual accounts as well.")
    assert read_reply(text).outcome == Outcome.published


def test_a_share_given_by_a_giving_verb_is_a_part_given():
    text = ("Response\n1. I enclose a copy of some of the information you requested - please refer to items 1 to 3 "
            "released to you.\n2. We have also extracted the relevant parts of a fourth document and included these "
            "in the annex.")
    assert read_reply(text).outcome == Outcome.part_disclosed


def test_some_of_the_information_withheld_is_no_share_given():
    text = "Some of the information you requested is exempt under section 40(2) and has been withheld."
    assert read_reply(text).outcome != Outcome.disclosed


def test_a_note_on_what_a_figure_leaves_out_is_not_a_not_held_answer():
    text = ("1. How many cases were logged between April and October?\nOver this period, we logged 82 cases. This "
            "does not include simple enquiries as we do not regularly log these.\n2. Which regions were they in?\n"
            "80 were in the north and 2 in the south.")
    reading = read_reply(text)
    assert reading.outcome == Outcome.disclosed
    assert [p.outcome for p in reading.parts] == [Outcome.disclosed, Outcome.disclosed]


def test_not_recorded_with_no_figure_before_it_is_still_not_held():
    text = ("1. How many simple enquiries were logged?\nThis does not include anything we can count, as we do not "
            "regularly log these.\n2. Which regions were they in?\n80 were in the north and 2 in the south.")
    reading = read_reply(text)
    assert reading.parts and reading.parts[0].outcome != Outcome.disclosed
