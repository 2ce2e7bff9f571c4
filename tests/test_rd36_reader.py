"""rd36 (issue 10, items 1-2): the reply reader on the classes a new tuning set of real replies (set A, 2016-2023
disclosure-log entries) showed, in texts written for these tests.

1. A disclosure-log entry with no "Response" heading: header lines ("FOI request (REF)", "Requested ...",
   "Responded ..."), a title, the request in the requester's prose, then the reply from its first line in the
   authority's voice. The request's words ("I agree for personal information to be redacted", "if it is within the
   limits of section 12 ...") decide nothing.
2. "Refuse" the noun in a list of waste ("litter, refuse or other waste") is no refusal.
3. Figures inside the request quoted back in a refusal ("the information you have requested relating to 'Ref 12/345 |
   Conditions: 3 (Landscaping), 4 (Drainage)' is exempt") are no answer, also when the quotation holds a "|" or ":".
4. The lead's ruling (rd35) in a reply without parts: figures and a pointer that says where the rest is published
   ("available on our planning website (https://...)") give the whole.
5. A refusal notice headed on a line of its own ("Notice of Refusal") beside answers holds a share back.
"""

from __future__ import annotations

import pytest

from askfoi.models import Outcome
from askfoi.reader import read_reply
from askfoi.reply_regions import request_spans

LOG_ENTRY_NOT_HELD = """FOI request (FOI400123)
Horse passports
Requested Tue 14 March 2017
Responded Wed 22 March 2017
I write under the Freedom of Information Act 2000 to request details of any checks the council has made on horse
passports at markets since 2014, with the date and place of each check.
I must stress that I do not want anyone's name, and I agree for such personal information to be redacted.
Wealdshire District Council holds no information about checks on horse passports since 2014.
"""

LOG_ENTRY_GIVEN = """FOI request (FOI-55501234)
Community protection notices
Requested Mon 02 July 2018
Responded Fri 13 July 2018
I would like to know how many community protection notices the council issued between 1 July 2017 and 30 June 2018.
If it is within the limits of section 12 of the Act, please give the reason for each notice; if that would exceed
the limit, please summarise the reasons instead.
Wealdshire District Council's enforcement team issued 3 notices in that year, all for land spoiled by litter, refuse
or other waste.
"""


def test_a_log_entry_without_a_response_heading_blanks_the_request():
    spans = request_spans(LOG_ENTRY_NOT_HELD)
    assert spans and LOG_ENTRY_NOT_HELD[spans[0][1]:].startswith("Wealdshire District Council holds no information")


def test_the_requesters_consent_to_redaction_is_no_redaction():
    reading = read_reply(LOG_ENTRY_NOT_HELD)
    assert reading.outcome == Outcome.not_held, (reading.outcome, reading.evidence)


def test_the_requesters_words_about_section_12_are_no_cost_refusal():
    reading = read_reply(LOG_ENTRY_GIVEN)
    assert reading.outcome == Outcome.disclosed and not reading.unclear, (reading.outcome, reading.evidence)


def test_a_log_entry_that_asks_a_question_keeps_its_question_out_of_the_reply():
    text = ("FOI request (FOI-1234567)\nParking\nRequested Mon 01 May 2023\nResponded Fri 12 May 2023\n"
            "Does the council have a policy on cancelling parking tickets?\nThe council has a policy, attached.\n")
    spans = request_spans(text)
    assert spans and text[spans[0][1]:].startswith("The council has a policy")


def test_a_page_that_opens_with_the_reply_is_not_a_log_entry():
    text = "Ref 2023/118\nThe council holds no information about horse passports. We do not carry out such checks.\n"
    assert request_spans(text) == []


@pytest.mark.parametrize("text, outcome", [
    ("The wardens issued 12 fixed penalty notices for litter, refuse or other waste left on the street in 2023.",
     Outcome.disclosed),
    ("We refuse this request under section 14(1) as vexatious.", Outcome.vexatious),
    ("We must refuse to provide the names of the officers under section 40(2).", Outcome.refused),
])
def test_refuse_the_noun_and_the_verb(text, outcome):
    reading = read_reply(text)
    assert reading.outcome == outcome, (reading.outcome, reading.evidence)


def test_figures_in_the_request_quoted_back_are_no_answer():
    text = ("Response\nNOTICE OF REFUSAL\nThe information you have requested relating to counsel's advice on "
            "'PL/21/00456 | Discharge of Conditions: 3 (Landscaping), 5 (Drainage) and 9 (Parking) | 14 Mill Lane' is "
            "exempt information under Section 42 of the Freedom of Information Act - Legal Professional Privilege.\n")
    reading = read_reply(text)
    assert reading.outcome == Outcome.refused, (reading.outcome, reading.evidence)


@pytest.mark.parametrize("text", [
    "Response\n1. How many trees were planted in parks in 2021 and 2022?\nAnswer -\n2021 - Parks trees x 60\n"
    "2022 - Parks trees x 85\n2. In 2022, how many tree preservation order applications did you receive?\n"
    "Answer - This information is available on our Planning Public Access Website "
    "(https://www.example.gov.uk/planning/searching/)\nPlease use the advanced search tab and the count is shown on the"
    " right hand side.\n3. In 2022, how many tree preservation orders did you make?\nAnswer - 6\n"
    "4. In 2022, how many prosecutions did you undertake?\nAnswer - None\n",
    "The council planted 145 trees in 2022. The number of tree preservation order applications is available on our "
    "planning website (https://www.example.gov.uk/planning/search/).",
])
def test_figures_and_a_pointer_that_says_where_give_the_whole(text):
    reading = read_reply(text)
    assert reading.outcome == Outcome.disclosed and not reading.unclear, (reading.outcome, reading.evidence)


def test_figures_and_a_pointer_that_does_not_say_where_stay_partly_given():
    reading = read_reply("The council planted 145 trees in 2022. The number of applications is accessible by other "
                         "means under section 21.")
    assert reading.outcome == Outcome.part_disclosed, (reading.outcome, reading.evidence)


def test_a_refusal_notice_heading_beside_answers_is_a_share_held_back():
    text = ("Response\nQ1 & 2:\n4 Station Road - 01/03/21 - 30/06/21\nThe Old Library - 12/01/20 - 04/04/22\n"
            "Notice of Refusal\nPlease note that I consider the information you have requested about buildings empty "
            "now to be exempt informa")
    reading = read_reply(text)
    assert reading.outcome == Outcome.part_disclosed, (reading.outcome, reading.evidence)


def test_answers_with_no_refusal_notice_stay_disclosed():
    text = "Response\nQ1 & 2:\n4 Station Road - 01/03/21 - 30/06/21\nThe Old Library - 12/01/20 - 04/04/22\n"
    reading = read_reply(text)
    assert reading.outcome == Outcome.disclosed, (reading.outcome, reading.evidence)


def test_what_the_body_has_instead_is_the_answer():
    text = ("Response\n1. The council does not have a parking strategy of its own but we do have a Local Transport Plan, "
            "see https://www.example.gov.uk/transport-plan\n2. 14 public charging points.\n3. 2021 - 4, 2022 - 10\n")
    reading = read_reply(text)
    assert reading.outcome == Outcome.disclosed, (reading.outcome, [(p.number, p.outcome) for p in reading.parts])


def test_a_record_not_had_beside_answers_is_still_a_share_not_held():
    text = "Response\n1. We do not have a breakdown of the costs by site.\n2. 14 public charging points.\n"
    reading = read_reply(text)
    assert reading.outcome == Outcome.part_disclosed, (reading.outcome, [(p.number, p.outcome) for p in reading.parts])


@pytest.mark.parametrize("text", [
    "1-6. The council advises that there were no such cases reported in 2021-2022 and 2022-2023.",
    "Answer\nNil return.",
])
def test_the_nil_answer_rule_a_count_of_zero_is_given(text):
    # the rd36 rule applied to the labels (tests/data/replies/labelled.jsonl `relabel_rd36`)
    assert read_reply(text).outcome == Outcome.disclosed


def test_not_available_as_an_items_whole_answer_is_a_share_not_held():
    text = "Response:\n1)\na. 4705\nb. 2260\nc. Not Available\nd. 110\n2) Yes\n3) No\n"
    reading = read_reply(text)
    assert reading.outcome == Outcome.part_disclosed, (reading.outcome, [(p.number, p.outcome) for p in reading.parts])


def test_not_available_on_a_website_is_no_share_not_held():
    reading = read_reply("Response:\n1) 4705\n2) The leaflet is not available on our website, so a copy is attached.\n")
    assert reading.outcome == Outcome.disclosed, (reading.outcome, reading.evidence)


def test_answers_in_words_beside_a_named_share_not_held():
    text = ("The council manages its own parks and open spaces. The verges are managed by the county council. "
            "Weed killer is only used on Japanese knotweed. We hold no information as to the volumes used or their cost.")
    reading = read_reply(text)
    assert reading.outcome == Outcome.part_disclosed, (reading.outcome, reading.evidence)


def test_no_information_about_the_request_stays_not_held():
    reading = read_reply("We hold no information relating to your request.")
    assert reading.outcome == Outcome.not_held
