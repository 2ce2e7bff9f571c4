"""rd30 (issue 10): the reply reader decides from what each requested part received. A sentence that describes the
search, explains the ground, gives advice, tells the review's process or restates the request gives nothing for a
part, whatever figures it holds; the outcome comes from the small table in knowledge/vocab/part_received.yaml."""

from askfoi.models import Outcome
from askfoi.part_received import combine, not_information
from askfoi.reader import read_reply

COST_WITH_SEARCH = (
    "Dear Ms Patel\n\nThank you for your request of 3 March about meetings with bus operators.\n\n"
    "I estimate that it would cost more than the appropriate limit of £600 to locate and extract this information, "
    "so we are not obliged to comply (section 12).\n"
    "As we do not keep a central list of meetings, I have performed this task for one officer for one year. "
    "I identified a total of 41 possibly relevant meetings. This search took approximately one hour.\n"
    "Doing the same for 6 officers over 5 years would take about 30 hours.\n"
    "You may wish to narrow your request to one year and one team.\n")

COST_LOWER_TYPOS = (
    "hello, further to ur request for a review of our response, a review meeting was held on 2 may 2024. "
    "in attendance were the Information Manager and a Senior Solicitor. "
    "the information is routinely collated each year from 58 nurseries, and last year's request was answered from that "
    "collation. this year it would have cost the council in excess of £600 to collate, so section 12 of the Freedom of "
    "Information (Scotland) Act 2002 applies and the refusal is upheld.\n")

COST_STORY_FIRST = (
    "Request 2024-118\nLast year the figures were provided because the returns from all 37 care providers had already "
    "been gathered into one database. This year that work has not been done, and collating the returns from each "
    "provider would cost the Council more than £600. Section 12 of the Freedom of Information (Scotland) Act 2002 "
    "therefore applies.")

REFUSED_WITH_OFFER = (
    "Response\nThe Council has considered your request and concluded that section 33(1)(b) of the Freedom of "
    "Information (Scotland) Act 2002 applies to the list of businesses.\n"
    "Although we are able to release more general statistical information such as the number of applications made "
    "and paid, releasing the names of the businesses would prejudice substantially their commercial interests.\n")

GIVEN_AND_WITHHELD = (
    "Please find attached the figures for 2021 and 2022. The names of the officers involved are withheld under "
    "section 40(2) of the Act as they are personal data.\n")

VEXATIOUS_COUNTED = (
    "Response\n1. The cost of answering FOI requests is not recorded.\n2. Not held.\n"
    "3. In 2022-23: 3 requests were considered vexatious.\n")

ACK_WITH_GENERAL_PUBLISHING = (
    "Dear Mr Jones\n\nThank you for your request for information about station staffing.\n"
    "Your request will be processed in accordance with the Freedom of Information Act 2000. "
    "A response will be sent to you by 15 November.\n"
    "We publish a\nsubstantial range of information on our website on subjects including\n"
    "performance, contracts and our spending.\n")

REVIEW_WRONG_SECTION = (
    "Response\nFollowing your request for a review, a review meeting was held on 23 October.\n"
    "Upon starting the review it was found that the decision notice was incorrect in citing Section 36 of the "
    "Freedom of Information (Scotland) Act 2002. The agreed exemption was, in fact, Section 33(1)(b). "
    "The inclusion of Section 36 rather than 33 in the decision notice was a clerical error. "
    "We uphold the decision to withhold the information under section 33(1)(b).\n")

REPEATED_HEADINGS = (
    "Information requested\nRequest for information 1:\nThe number of complaints about visits.\n"
    "Request for information 2:\nThe number of visits since 2019.\n"
    "Request for information 1:\nZero complaints have been received about visits.\n"
    "Request for information 2:\nAn exemption under section 35(1)(a) of FOISA applies to the information you have "
    "requested, as disclosure would prejudice substantially the prevention of crime.\n")


def test_a_cost_refusal_with_its_search_and_advice_is_a_cost_refusal():
    assert read_reply(COST_WITH_SEARCH).outcome == Outcome.cost_limit


def test_a_review_upholding_a_cost_refusal_in_lower_case_is_a_cost_refusal():
    assert read_reply(COST_LOWER_TYPOS).outcome == Outcome.cost_limit


def test_what_was_given_last_year_is_no_answer_to_this_request():
    assert read_reply(COST_STORY_FIRST).outcome == Outcome.cost_limit


def test_an_offer_of_general_statistics_beside_a_refusal_gives_nothing():
    assert read_reply(REFUSED_WITH_OFFER).outcome == Outcome.refused


def test_information_given_beside_a_withholding_stays_partly_given():
    assert read_reply(GIVEN_AND_WITHHELD).outcome == Outcome.part_disclosed


def test_a_part_that_counts_vexatious_requests_is_an_answer_not_a_refusal():
    reading = read_reply(VEXATIOUS_COUNTED)
    assert reading.outcome == Outcome.part_disclosed
    assert all(p.outcome != Outcome.vexatious for p in reading.parts)


def test_an_acknowledgement_that_says_what_the_body_publishes_is_pending():
    assert read_reply(ACK_WITH_GENERAL_PUBLISHING).outcome == Outcome.pending


def test_a_section_the_review_says_was_cited_by_mistake_is_not_reported():
    reading = read_reply(REVIEW_WRONG_SECTION)
    assert reading.outcome == Outcome.refused
    assert not any(s.endswith(" 36") or s == "36" for s in reading.sections)
    assert any("33(1)(b)" in s for s in reading.sections)


def test_answers_under_the_requests_repeated_headings_are_read():
    reading = read_reply(REPEATED_HEADINGS)
    assert any("35(1)(a)" in s for s in reading.sections)
    assert reading.outcome == Outcome.part_disclosed


def test_sentence_kinds_that_never_count_as_information():
    assert not_information("I identified a total of 73 possible relevant meetings with the company.") == "search"
    assert not_information("you may wish to narrow your request to a single year") == "advice"
    assert not_information("In attendance were the Records Manager and the Solicitor.") == "process"
    assert not_information("We publish a substantial range of information on our website.") == "our_publishing"
    assert not_information("There were 42 incidents in 2022.") is None
    assert not_information("The contract was awarded to Veolia in 2019.") is None


def test_the_combination_table():
    assert combine(["information"]) == Outcome.disclosed
    assert combine(["information", "withheld"]) == Outcome.part_disclosed
    assert combine(["cost"]) == Outcome.cost_limit
    assert combine(["cost", "pending"]) == Outcome.cost_limit
    assert combine(["withheld", "not_held"]) == Outcome.refused
    assert combine(["not_held"]) == Outcome.not_held
    assert combine(["pending"]) == Outcome.pending
    assert combine([]) is None
