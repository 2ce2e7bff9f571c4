"""rd64 (session 50): reader classes found on fresh61's misses (TfL letters), each tested here in other words."""

from __future__ import annotations

from askfoi.reader import read_reply


def test_a_long_rights_sentence_is_not_cut_inside_its_phrase():
    # the run-on splitter cut "details of your | right to appeal": the head ("Please see the attached ... sheet for
    # details of your") was read as information given
    reply = ("Thank you for your request about ferry timetables. I can confirm that we hold this information. The "
             "timetables are published on our website at https://example.org/ferries/timetables. Under section 21 of "
             "the FOI Act we do not have to supply information that is reasonably accessible to you by other means.\n"
             "Please see the attached information sheet for details of your right to appeal as well as information on "
             "copyright and what to do if you wish to re-use any of the information we have disclosed.\n"
             "Yours sincerely")
    reading = read_reply(reply)
    assert reading.outcome.value == "published"
    assert reading.sections == ["21"]


def test_the_acts_reach_in_time_is_no_refusal():
    reply = ("I can confirm that we hold the information you require. The passenger numbers for each week are in the "
             "table below.\nWeek 1: 1,204\nWeek 2: 1,187\nPlease note that under the FOI Act a request can only cover "
             "information held at the time the request was received, and so we are unable to provide figures for the "
             "weeks after that date.")
    assert read_reply(reply).outcome.value == "disclosed"


def test_a_purpose_clause_gives_nothing():
    # "to ensure the information is provided" was read as information given beside the pointer and the s22 refusal
    reply = ("I can confirm that we hold the committee papers you asked for. We publish the committee's papers on our "
             "website before each of its meetings. The papers for last year are off the website for maintenance, so "
             "they are withheld under section 22 of the FOI Act. We have weighed the public interest and consider that "
             "it favours their publication on the planned timetable rather than in answer to your request, to ensure "
             "the information is provided accurately and in full.")
    reading = read_reply(reply)
    assert reading.outcome.value == "refused"
    assert reading.sections == ["22"]


def test_a_digest_that_holds_the_answer_asked_for_is_a_pointer_and_the_share_held_back_is_the_rest():
    reply = ("I can confirm we do hold the information you require.\n\nThe information for the years 2019/20 and "
             "2020/21 is contained in our Annual Reports which we publish on our website here: "
             "https://example.org/annual-report.\n\nOur Annual Report for 2021/22 will be published there shortly. "
             "Therefore, in accordance with the FOI Act, we are not obliged to supply you with the information you have "
             "requested as it is subject to a statutory exemption under section 22 of the Act. The exemption has been "
             "applied because some of the information you have requested is intended for future publication.")
    assert read_reply(reply).outcome.value == "part_disclosed"


def test_the_enclosure_named_as_the_subject_of_a_verb_of_showing_gives():
    reply = ("Thank you for your request received on 3 March 2022.\n\nUnfortunately, we do not hold all of the "
             "information you require and what we do have is not held exactly as you have requested.\n\nThe attached "
             "Street Works Register extract shows the closures planned from June to August, with their locations and "
             "dates.")
    assert read_reply(reply).outcome.value == "part_disclosed"


def test_guard_a_leaflet_about_rights_is_no_enclosure_of_the_answer():
    reply = ("We do not hold the information you asked for. The attached guidance leaflet explains your rights to ask "
             "for a review.")
    assert read_reply(reply).outcome.value == "not_held"


def test_a_request_quoted_whole_after_its_lead_is_the_requesters_to_its_closing_mark():
    reply = ("Specifically you asked:\n"
             "\u201cSpeed camera on Mill Lane: a camera and a cabinet have been put at the end of my road.\n"
             "Why has it been put there?\n"
             "The road is one way so nobody drives into the zone from it.\n"
             "There is no warning sign, unlike the roads either side.\n"
             "So why is there a camera here?\u201d\n"
             "I can confirm that we hold the information you require. However, it is exempt under section 31(1)(a) "
             "of the FOI Act, as its release would be likely to prejudice the prevention of crime.")
    reading = read_reply(reply)
    assert reading.outcome.value == "refused"
    assert not [p for p in reading.parts if p.outcome.value == "disclosed"]


def test_a_regulation_cited_with_its_own_abbreviation():
    reply = ("The information is subject to exceptions under regulations R12(5)(a) (public safety) and 12(5)(b) "
             "(the course of justice) of the EIR, and is withheld.")
    assert {"EIR 12(5)(a)", "EIR 12(5)(b)"} <= set(read_reply(reply).sections)


def test_guard_an_answer_before_a_rights_notice_still_gives():
    # a long sentence whose rights notice opens a clause of its own is still cut there: the answer before it decides
    reply = ("Please find attached the spreadsheet of the costs you requested, broken down by year and by department, "
             "and if you are dissatisfied with this response you may ask for an internal review within 40 working days.")
    assert read_reply(reply).outcome.value == "disclosed"
