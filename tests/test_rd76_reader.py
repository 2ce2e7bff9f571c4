"""rd76 (session 54): the reply reader, classes found on the tuning letters (fresh73, the legislatures' letters), tested
in other words.

- A subsection of the Act written out under its heading with its own number ("S24 National security\n(1) Information
  ... is exempt information if ...\n(2) The duty to confirm or deny does not arise ..."): the law's text, whose "(1)",
  "(2)" never number the answers (fr73-01's class; also fr73-10's "(1) Information which is reasonably accessible").
- A section 21 decision whose "where" comes after the Act's words quoted under it ("... exempt under section 21 ...
  Section 21 provides ... as set out below: (1) ... (2) ... The figures can be found at the link below") says where:
  beside a share withheld under section 22 the reply is partly given (fr73-10's class).
- A nil told as the ground of the not-held drawn from it in the next sentence ("There were no meetings ... Accordingly,
  no information is held") is that not-held, never an answer given (fr73-09's class).
- "no costs of any X are held": not held, said of the thing asked for (fr73-02's class).
- The requester's clarified request quoted after "Your reply of ... confirmed that you required" is the request, and a
  direct number to call is contact, not a figure (fr73-03's class).
- The finer split asked for said to be impossible ("it is not possible to provide a breakdown for each site") beside
  the totals the table that follows gives: that question is answered in part (fr73-13's class).
"""

from __future__ import annotations

from askfoi.reader import read_reply


def _parts(text: str) -> list[str]:
    return [p.outcome.value for p in read_reply(text).parts]


def test_a_subsection_of_the_act_written_out_under_its_heading_numbers_no_answers():
    reply = ("Our reference: FOI 12-25\n"
             "You asked whether any councillors have panic alarms fitted at home.\n"
             "The Council relies on section 24(2) of the FOIA and will not confirm or deny whether it holds this "
             "information.\n"
             "S24 National security\n"
             "(1) Information which does not fall within section 23(1) is exempt information if exemption from section "
             "1(1)(b) is required for the purpose of safeguarding national security.\n"
             "(2) The duty to confirm or deny does not arise if, or to the extent that, exemption from section 1(1)(a) is "
             "required for the purpose of safeguarding national security.\n"
             "You may ask for an internal review of this decision.")
    reading = read_reply(reply)
    assert reading.outcome.value == "ncnd" and not reading.parts


def test_a_section_21_pointer_whose_where_follows_the_quoted_act_is_a_share_given():
    reply = ("You asked for the mileage paid to every board member in 2023 and 2024.\n"
             "Mileage for 2023\n"
             "The Board considers this information exempt from disclosure under section 21 of the FOIA.\n"
             "Section 21 provides that information is exempt if it is accessible to the applicant by other means, as "
             "set out below:\n"
             "(1) Information which is reasonably accessible to the applicant otherwise than under section 1 is "
             "exempt information.\n"
             "(2) For the purposes of subsection (1)-\n"
             "(a) information may be reasonably accessible to the applicant even though it is accessible only on "
             "payment, and\n"
             "(b) information is to be taken to be reasonably accessible to the applicant if the authority is obliged "
             "to communicate it to members of the public.\n"
             "The figures can be found at the link below.\n"
             "Mileage for 2024\n"
             "The Board considers this information exempt from disclosure under section 22 of the FOIA, as it will be "
             "published in our annual report in July.\n")
    reading = read_reply(reply)
    assert reading.outcome.value == "part_disclosed" and {"21", "22"} <= set(reading.sections)


def test_a_nil_that_grounds_the_next_sentences_not_held_is_no_answer_given():
    reply = ("Question 1\n"
             "There were no meetings between the Board and the company in 2023. Accordingly, the Board holds no "
             "information for this question.\n"
             "Question 2\n"
             "There were no payments to the company in that year. As a result, no information is held.\n")
    assert _parts(reply) == ["not_held", "not_held"]


def test_no_costs_of_the_things_asked_about_are_held():
    reply = ("Our response\n"
             "The Trust has not been told of any laptops going missing from the hospital in the last three years.\n"
             "As a result, no costs of any lost laptops are held.\n"
             "You may ask for an internal review of this response.")
    assert read_reply(reply).outcome.value == "not_held"


def test_a_clarified_request_quoted_back_and_a_number_to_call_give_nothing():
    reply = ("Thank you for your request of 3 March 2024.\n"
             "We asked you on 5 March which wards you meant.\n"
             "Your email of 7 March 2024 confirmed that you required\n"
             "\"The staffing rotas of all 12 wards for the last 3 years\"\n"
             "I wish to advise you that to comply with this request would exceed the appropriate limit under section "
             "12(1) of the Freedom of Information Act 2000.\n"
             "If you would like to narrow your request, please call me - my direct number is 0161 496 0123.\n"
             "Yours sincerely")
    assert read_reply(reply).outcome.value == "cost_limit"


def test_a_finer_split_said_to_be_impossible_beside_the_totals_is_a_part_answered_in_part():
    reply = ("Question 1\n"
             "Due to the way the contract is priced, it is not possible to provide a breakdown of costs for each "
             "school kitchen.\n"
             "The following table sets out the total catering cost as requested.\n"
             "2022 | £410,220\n"
             "2023 | £398,114\n"
             "Question 2\n"
             "The kitchens were open on 190 days in 2023.\n")
    assert _parts(reply) == ["part_disclosed", "disclosed"]


def test_guard_a_numbered_answer_list_after_a_quoted_section_still_numbers_the_answers():
    # guard (passes on main too): the reply's own "(1)", "(2)" answers are not the Act's text
    reply = ("Section 12(1) of the FOIA provides that a public authority need not comply if the cost would exceed the "
             "appropriate limit. We have not applied it here.\n"
             "(1) The Council employed 14 parking wardens in 2023.\n"
             "(2) The Council issued 5,210 penalty charge notices in 2023.\n")
    assert _parts(reply) == ["disclosed", "disclosed"]
