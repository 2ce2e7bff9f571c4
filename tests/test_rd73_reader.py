"""rd73 (session 53): the reply reader, classes found on the tuning letters (fresh67, fresh70), tested in other words.

- A record the writer left out of a count, with the record's own reason ("I have excluded one call which was a
  duplicate of another"), is a note on the figure's scope, not a share held back (fr67-14's class).
- A bare number opening its line before the question ("1 The number of ...", "3 a) Do you ..."), as disclosure logs
  print their questions, numbers the answers (fr70-12's class).
- A bare lettered list inside one numbered question ("1. The total spent during: ... a) 2019/20 N/A b) ...") is that
  question's sub-list; the numbers are the answers' run (fr70-13's class).
"""

from __future__ import annotations

from askfoi.reader import read_reply


def _parts(text: str) -> list[str]:
    return [p.outcome.value for p in read_reply(text).parts]


def test_a_record_left_out_of_a_count_with_its_own_reason_is_no_share_withheld():
    reply = ("Thank you for your request.\n"
             "In 2023 the service received 212 calls about chimney fires.\n"
             "Please note these are calls, not incidents attended.\n"
             "I have excluded one call which was a duplicate of another made a minute earlier.\n"
             "Yours sincerely")
    assert read_reply(reply).outcome.value == "disclosed"


def test_a_share_left_out_for_a_withholding_reason_is_still_held_back():
    reply = ("Thank you for your request.\n"
             "In 2023 the service received 212 calls about chimney fires.\n"
             "We have excluded the addresses which were given by callers, as they are personal data.\n"
             "Yours sincerely")
    assert read_reply(reply).outcome.value == "part_disclosed"


def test_bare_numbers_opening_their_lines_number_the_answers():
    reply = ("1 The number of wardens on patrol each night - The Council is withholding this information under "
             "section 31 (Law Enforcement) of the Freedom of Information Act, as disclosure would prejudice the "
             "prevention of crime.\n"
             "2 Whether the wardens are employed by the Council or a contractor - Employed by the Council\n"
             "3 The number of fixed penalty notices issued in 2022 - 418\n")
    assert _parts(reply) == ["refused", "disclosed", "disclosed"]


def test_a_letter_list_inside_one_numbered_question_is_its_sub_list():
    reply = ("1. The amount spent on agency nurses during:\n"
             "The Board is withholding this information under section 43 (Commercial Interests) of the Freedom of "
             "Information Act, as its release would prejudice our negotiations with suppliers.\n"
             "a) 2019/20 N/A\n"
             "b) 2020/21 N/A\n"
             "c) 2021/22 N/A\n"
             "d) 2022/23 N/A\n"
             "2. The number of agency nurses engaged during:\n"
             "a) 2019/20 - 31\n"
             "b) 2020/21 - 44\n"
             "3 a) Do you use a framework agreement? Yes\n")
    assert _parts(reply)[:3] == ["refused", "disclosed", "disclosed"]


def test_a_letter_list_with_no_numbered_questions_still_numbers_the_answers():
    reply = ("a) 14 complaints were received.\n"
             "b) We do not hold this information.\n"
             "c) 9 complaints were upheld.\n")
    assert _parts(reply) == ["disclosed", "not_held", "disclosed"]


def test_a_hold_back_told_as_the_balance_s_conclusion_refuses_its_part():
    # fr67-03's class: no section number and no "withheld", the decision told as what takes precedence
    reply = ("Request\nHow many body-worn cameras does the force own?\nReply\nThe force owns 1,240 body-worn cameras.\n"
             "Request\nWhich stations store the footage servers?\nReply\n"
             "Disclosing where the servers are kept could help someone plan an attack on them. "
             "We believe that protecting the evidence they hold takes precedence over this request.\n")
    assert _parts(reply) == ["disclosed", "refused"]


def test_it_is_not_in_the_public_good_to_release_refuses():
    reply = ("Thank you for your request for the floor plans of the control room.\n"
             "We accept there is interest in how the control room works, but it is not in the greater public good to "
             "release detailed plans of a building that is part of the national infrastructure.\n")
    assert read_reply(reply).outcome.value == "refused"


def test_the_rest_refused_after_a_share_not_held_gives_nothing():
    # fr67-12's class: "the rest" is what is left after the share not held, not after a share given
    reply = ("Dear Mr Hale,\n"
             "We do not hold the marks awarded by the panel; each panel keeps its own records and destroys them after a year.\n"
             "The rest of the information requested, taken as a whole, is refused under section 12(1) of the Act, as "
             "finding it would take well over the 18 hours the appropriate limit allows.\n")
    assert read_reply(reply).outcome.value == "cost_limit"


def test_the_rest_refused_after_a_share_given_is_part_disclosed():
    reply = ("Dear Mr Hale,\n"
             "The panel met 14 times in 2022.\n"
             "The rest of the information requested, taken as a whole, is refused under section 12(1) of the Act, as "
             "finding it would take well over the 18 hours the appropriate limit allows.\n")
    assert read_reply(reply).outcome.value == "part_disclosed"


def test_a_letterhead_direct_line_is_no_figure_given():
    # fr67-01's class
    reply = ("Information Governance\nDirect Line: 0161 555 0199\n\nDear Ms Rowe,\n"
             "I am writing to let you know that in order to comply with your request it would exceed the appropriate "
             "cost limit under section 12 of the Freedom of Information Act 2000. This is currently £450.\n")
    assert read_reply(reply).outcome.value == "cost_limit"


def test_the_remainder_answered_after_a_share_not_held_is_still_given():
    # the guard L868 (labelled.jsonl) showed: "the remainder" given, not held back
    reply = ("We do not record the ethnicity of the callers, therefore we are unable to provide this information. "
             "However, please find attached our response for the remainder of your request.\n")
    assert read_reply(reply).outcome.value == "part_disclosed"
