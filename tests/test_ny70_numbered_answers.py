"""ny70 (nc70 #5): answers written on numbered lines ("1. Greater Manchester Police currently operates a fleet of 23
...") are read per part, under the request told back above them or with none; a part neither confirmed nor denied
because it would be the requester's own data (s40(5)) is its own decision, not grouped with the covert parts, and the
explanation and the review say the route is a subject access request; nothing is said to be "taken out" as personal
data when nothing was redacted."""
from datetime import date

from askfoi.answer_map import map_answers
from askfoi.followup import review_letter
from askfoi.formats import render_letter
from askfoi.reply_explain import explain_reply, explanation_text

TODAY = date(2026, 12, 6)

# replies written for these tests, the ways forces and councils write them
TOLD_BACK = ("Merseyside Police\nFreedom of Information Unit\nReference: FOI 2026-3391\n\nDear Ms Byrne,\n\nThank you "
             "for your request received on 2 November 2026.\n\nYou asked:\n1. How many body worn cameras does the force "
             "own?\n2. Whether the force uses facial recognition to monitor protesters.\n3. The cost of the body worn "
             "video contract.\n4. Any records you hold about me.\n\nResponse:\n\n1. Merseyside Police owns 2,140 body "
             "worn video cameras.\n\n2. Merseyside Police can neither confirm nor deny that it holds information "
             "relevant to this question by virtue of Section 31(3) Law Enforcement and Section 24(2) National Security."
             "\n\n3. The contract value for 2025/26 was £318,400.\n\n4. Merseyside Police can neither confirm nor deny "
             "that it holds information relevant to this question by virtue of Section 40(5). Information about you "
             "would be your own personal data, which you can ask for through a subject access request.\n\nReasons for "
             "neither confirming nor denying:\nConfirming whether a tactic is used against a group would undermine "
             "law enforcement. Section 24 and section 31 are qualified exemptions and the public interest favours "
             "neither confirming nor denying.\n\nYours sincerely,\nFOI Unit\nMerseyside Police\n30 November 2026\n")
UNTOLD = ("Cumbria Constabulary\nDisclosure Unit\nOur ref: 2026/FOI/0712\n\nDear Mr Hall,\n\nYour request has been "
          "dealt with under the Freedom of Information Act 2000. Please find our answers below.\n\n1. The "
          "constabulary employed 212 police community support officers on 31 March 2026.\n\n2. Cumbria Constabulary "
          "can neither confirm nor deny whether it holds the information, under section 23(5) and section 31(3) of "
          "the Act.\n\n3. Cumbria Constabulary can neither confirm nor deny that it holds any information about you, "
          "by virtue of section 40(5A). Any such information would be your own personal data: you can request it by "
          "a subject access request to our Data Protection Officer.\n\nYours sincerely,\nDisclosure Officer\n"
          "Cumbria Constabulary\n25 November 2026\n")
COUNCIL = ("Wiltshire Council\nInformation Governance\nRef: FOI-26-4411\n\nDear Ms Reid,\n\nThank you for your request "
           "about consultants.\n\n1. The council spent £84,300 on external consultants for the SEND review in "
           "2025/26.\n\n2. We do not hold a record of the consultants' recommendations, as the findings were "
           "presented verbally.\n\n3. The council paid 4 firms in the period.\n\nYours sincerely,\nInformation "
           "Governance Team\nWiltshire Council\n1 December 2026\n")
ASKED_TOLD = ("1. The number of body worn cameras owned by the force.\n2. Whether facial recognition is used to monitor "
              "protesters.\n3. The cost of the body worn video contract.\n4. Any records held about me.")


def _outcomes(parts):
    return {p.number: (p.status, p.outcome.value if p.outcome else None, p.sections) for p in parts}


def test_numbered_answers_under_the_request_told_back_are_read_per_part():
    got = _outcomes(map_answers(TOLD_BACK, ASKED_TOLD))
    assert got["1"][:2] == ("mapped", "disclosed") and got["3"][:2] == ("mapped", "disclosed")
    assert got["2"][1] == "ncnd" and "40(5)" not in got["2"][2]
    assert got["4"] == ("mapped", "ncnd", ["40(5)"])


def test_numbered_answers_with_no_request_told_back_are_read_per_part():
    got = _outcomes(map_answers(UNTOLD))
    assert got["1"][:2] == ("mapped", "disclosed")
    assert got["2"][1] == "ncnd" and got["3"] == ("mapped", "ncnd", ["40(5A)"])
    got = _outcomes(map_answers(COUNCIL))
    assert got["1"][:2] == ("mapped", "disclosed") and got["3"][:2] == ("mapped", "disclosed")
    assert got["2"][1] == "not_held"


def test_a_request_told_back_with_amounts_is_not_read_as_answers():
    told = ("Dear Mr Hall,\n\nYou asked:\n1. All payments over £500 made to consultants in 2025.\n2. How many "
            "officers used a Taser more than 10 times?\n\nResponse:\n1. The information is attached.\n\nResponse:\n"
            "2. 14 officers.\n\nYours sincerely,\nCumbria Constabulary\n")
    got = map_answers(told)
    assert got is None or all("payments over" not in p.answer and "more than 10" not in p.answer for p in got)


def test_the_own_data_part_is_told_as_subject_access_and_nothing_is_taken_out():
    for reply, asked, police_act in ((TOLD_BACK, ASKED_TOLD, True), (UNTOLD, None, True)):
        text = explanation_text(explain_reply(reply, request=asked, today=TODAY))
        assert "takes out personal data" not in text
        line = next(x for x in text.split("\n- ") if x.startswith("Part " + ("4" if asked else "3")))
        assert "subject access request" in line and ("section 45 of the Data Protection Act 2018" in line) == police_act


def test_the_review_leaves_the_own_data_part_to_subject_access():
    letter = render_letter(review_letter(TOLD_BACK, request=ASKED_TOLD, today=TODAY, name="Ann Byrne"), "text")
    assert "My own personal data (part 4)" in letter and "section 45 of the Data Protection Act 2018" in letter
    ncnd = next(p for p in letter.split("\n\n") if p.startswith("Neither confirm nor deny"))
    assert "40(5)" not in ncnd and "part 4" not in ncnd
    assert "Which answer is for which part" not in letter
