"""rd42: the reply reader on layouts met in real replies it had not seen (issue 10). The excerpts are written for these
tests in the shape of the replies, not copied from them; each test named for a behaviour fails on the reader main had
before this round (the guards say so)."""

from askfoi.reader import Outcome, read_reply

# a letter converted from a PDF: its lines wrapped at about 90 characters, mid-sentence
_WRAPPED_LEAD = (
    "Dear Ms Reid,\n"
    "I refer to your enquiry dated 4 May 2021 under the Freedom of Information (Scotland) Act\n"
    "2002 asking to be supplied with the number of parking permits issued in each of the last\n"
    "three years for:\n"
    "1. residents\n"
    "2. businesses\n"
    "3. visitors.\n"
    "The information requested is not recorded in a way that would let the Council answer your\n"
    "enquiry by locating and retrieving it, as permits are logged by zone and not by holder type in\n"
    "our systems. Section 17 of the FOISA requires that a Scottish public authority confirms in\n"
    "writing where information requested of it is not held and notice is therefore given to this effect.\n")


def test_a_request_lead_wrapped_over_two_lines_still_tells_the_request_back():
    reading = read_reply(_WRAPPED_LEAD)
    assert reading.outcome == Outcome.not_held
    assert not reading.parts  # the three items told back are not three answers


def test_a_pointer_under_an_advice_heading_beside_a_not_held_answer_is_advice():
    text = _WRAPPED_LEAD + ("Advice and Assistance\n"
                            "For your information, totals of permit income are published as part of the Council's Annual\n"
                            "Accounts each year.\n"
                            "Our Annual Accounts can be found on our website at: www.example.gov.uk/accounts.\n")
    reading = read_reply(text)
    assert reading.outcome == Outcome.not_held


def test_guard_a_pointer_that_is_the_answer_is_still_published():
    # passes before and after: no not-held answer beside it, so the pointer decides
    text = ("Thank you for your request for the minutes of the June meeting.\nAdvice and Assistance\n"
            "The minutes are published on our website at www.example.gov.uk/minutes.\n")
    assert read_reply(text).outcome == Outcome.published


def test_a_refusal_told_in_the_passive_with_the_disclosure_as_its_subject_holds_a_share_back():
    text = ("Please see the below response to your request.\nA list of the reports disclosed to you is set out below "
            "and is attached to the email:\n\u2022 Budget monitoring report\n\u2022 Estates options paper\n"
            "Disclosure of the below documents has been refused:\n"
            "\u2022 Draft board minutes\n")
    assert read_reply(text).outcome == Outcome.part_disclosed


def test_a_list_after_the_requesters_own_first_person_lead_is_the_request():
    text = ("I am now making a request for information under FOI for:\n1. all reports on the review system\n"
            "2. the number of reviews upheld.\nResponse\nWe do not hold any reports on the review system.\n")
    reading = read_reply(text)
    assert reading.outcome == Outcome.not_held  # the two items told back are not two answers given


def test_a_standing_practice_of_not_disclosing_a_share_is_a_hold_back():
    text = ("1. Do you use plastic or china plates? China\n2. Is catering contracted out? No\n"
            "3. Could I have the name and phone number of your catering manager? The Trust does not disclose the direct "
            "contact details of its staff.")
    assert read_reply(text).outcome == Outcome.part_disclosed


def test_guard_a_service_the_body_does_not_provide_is_no_hold_back():
    # passes before and after: "does not provide" a service is an answer about the service, not a refusal
    text = "1. Do you run a night bus service? The Council does not provide a night bus service.\n2. How many buses? 42"
    assert all(p.outcome != Outcome.refused for p in read_reply(text).parts)


def test_questions_told_back_under_their_numbers_with_answers_after_them_are_parts():
    # each question restated, then its answer: the first not held, the second a nil answer (information given)
    text = ("1. In 2021/22 what was the budget on ingredients for patients meals provided in the trust. Please give it as "
            "an amount per patient per day. The Trust does not have a budget for patient meals at ingredient level and "
            "is unable to respond in the format requested.\n"
            "2. In 2021/22 what was the most expensive restaurant bill claimed on expenses by any of the directors? "
            "Please state the name of the restaurant and the date.\nZero.")
    reading = read_reply(text)
    assert reading.outcome == Outcome.part_disclosed
    assert len(reading.parts) == 2


def test_a_year_and_a_sum_with_only_a_space_between_are_a_figure_given():
    text = ("1. In 2019/20 and 2020/21 what was the budget on ingredients for patients meals provided in the trust.\n"
            "Please provide this figure as an amount on ingredients only per patient per day.\n"
            "Catering services are contracted out by the Trust and the daily ingredients budget per patient agreed under "
            "the contract was as follows:\n2019 \u00a32.95\n2020 \u00a33.03\n2021 \u00a33.06\n"
            "2. In 2019/20 and 2020/21 what was the most expensive restaurant bill claimed on expenses by any of the "
            "directors?\nWe do not hold this information.")
    reading = read_reply(text)
    assert reading.outcome == Outcome.part_disclosed
    assert [p.outcome for p in reading.parts] == [Outcome.disclosed, Outcome.not_held]


def test_guard_a_told_back_question_followed_by_the_whole_reply_is_no_part():
    # passes before and after: the last restated item is followed by a long reply that answers the whole request
    text = ("Please provide me with the following information:\n1. How many officers have convictions?\n"
            "2. How many staff have convictions?\nPlease be advised that this information is not held in a retrievable "
            "format. To find it we would have to check every officer against the PNC. This means that the cost of "
            "providing the information exceeds the appropriate limit. This letter acts as a refusal notice under "
            "section 12 of the Act. You may wish to narrow your request.")
    assert read_reply(text).outcome == Outcome.cost_limit


def test_numbered_request_headings_open_the_questions_told_back():
    text = ("Request and Answer:\nYour request for information below has now been considered. We can confirm that the "
            "Police Service holds the information you have requested, however it is estimated that the cost of complying "
            "with your request would exceed the appropriate costs limit under Section 12(1) of the Freedom of "
            "Information Act 2000 and this will be further explained below. We have followed the Information "
            "Commissioner's guidance 'Requests where the cost of compliance exceeds the appropriate limit' in relation to "
            "this request. This guidance is available on the ICO website at the following link:\n"
            "https://ico.org.uk/for-organisations/foi/cost-limits/\n\n"
            "Request 1\nThe number of complaints made against officers at protests, broken down by:\na. Subject of the "
            "protest;\nb. Outcome;\nc. Gender of complainant.\n"
            "Request 2\nThe number of arrests at protests, broken down by:\na. Offence;\nb. Outcome.\n")
    assert read_reply(text).outcome == Outcome.cost_limit


def test_guard_a_request_heading_with_its_answer_on_the_same_line_is_an_answer():
    # passes before and after
    text = "Request 1: We do not hold this information.\nRequest 2: 42 officers were trained in 2023."
    assert read_reply(text).outcome == Outcome.part_disclosed


def test_a_reference_line_with_its_colon_is_no_figure_given():
    text = ("Enquiry Reference: 383-25\nI write in connection with your Freedom of Information request. Below is your "
            "request and our response.\nFor calendar years 2020 - 2024, please provide:\nDamage only collections\n"
            "Fatal\nSerious\nPolice vehicle repair costs\n"
            "We do not centrally record whether a police vehicle was involved in a collision.")
    assert read_reply(text).outcome == Outcome.not_held


def test_a_share_placed_on_the_website_is_pointed_at():
    text = ("Members, once elected, are asked to complete a form disclosing their relevant interests. These forms are "
            "then placed on the Council's website for public viewing.")
    assert read_reply(text).outcome == Outcome.published
