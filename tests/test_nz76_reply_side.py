"""nz76 (nc76's reply-side faults, session 54). Replies written for these tests in other words than nc76's letters, the
way police forces, councils and Scottish bodies write them."""
import pytest

from askfoi.reply_explain import explain_reply


def _letter(sender, body):
    return (f"Our reference: FOI 3391/26\n\nDear Mr Haddad,\n\n{body}\n\nYours sincerely,\n"
            f"Freedom of Information Officer\n{sender}\n")


def _person(text, **kw):
    return [s for s in explain_reply(text, **kw).next_steps if s.kind == "person"]


# --- #8: the advice after "neither confirm nor deny" about people follows what was not confirmed -----------------------
FOOTAGE = [
    _letter("Merseyside Police", "Question 4 - recordings of the march on 3 May: Merseyside Police can neither confirm "
            "nor deny that it holds any information by virtue of sections 31(3) and 40(5B) of the Act."),
    _letter("Lothian Council", "Part 2 - CCTV images of protesters outside the chambers: the Council neither confirms "
            "nor denies whether it holds the information, in terms of section 18(1) of FOISA with section 38(1)(b)."),
]
INCIDENT = [
    _letter("Avon and Somerset Police", "3. Whether the driver involved in the collision on 14 June was charged - "
            "the Constabulary can neither confirm nor deny that it holds this information by virtue of section 40(5B) "
            "and section 30(3)."),
    _letter("Police Scotland", "Question 2 - the arrest after the assault in the car park: Police Scotland can neither "
            "confirm nor deny whether it holds the information. Section 18(1) of the Act applies, with sections 35(1)(a) "
            "and 38(1)(b)."),
]


@pytest.mark.parametrize("text", FOOTAGE)
def test_footage_ncnd_points_to_subject_access_and_the_rules(text):
    steps = _person(text)
    assert len(steps) == 1
    said = steps[0].title + " " + steps[0].explanation
    assert "footage of yourself" in said and "retention" in said
    assert "grievance" not in said and "Speak Up" not in said and "ward" not in said


def test_police_footage_names_the_law_enforcement_access_right():
    said = _person(FOOTAGE[0])[0].explanation
    assert "section 45 of the Data Protection Act 2018" in said


@pytest.mark.parametrize("text", INCIDENT)
def test_incident_ncnd_points_to_the_people_dealing_with_the_case(text):
    steps = _person(text)
    assert len(steps) == 1
    said = steps[0].explanation
    assert "officer dealing with the case" in said and "grievance" not in said and "Speak Up" not in said


def test_victims_rights_follow_the_nation():
    assert "Victims' Code" in _person(INCIDENT[0])[0].explanation
    scot = _person(INCIDENT[1])[0].explanation
    assert "Victims and Witnesses (Scotland) Act 2014" in scot and "Victims' Code" not in scot


def test_the_request_decides_when_the_reply_says_only_the_decision():
    text = _letter("Kent Police", "1. Kent Police can neither confirm nor deny that it holds the information you "
                   "requested, by virtue of section 40(5B) of the Act.")
    said = _person(text, request="1. Was the man who crashed into my car in Ashford prosecuted?")[0].explanation
    assert "officer dealing with the case" in said


def test_guard_a_workplace_case_keeps_the_workplace_advice():
    """Guard (passes on main too): a grievance about a named manager keeps the grievance and Speak Up advice."""
    text = _letter("Leeds Teaching Hospitals NHS Trust", "2. Grievances raised against the named ward manager - the "
                   "Trust can neither confirm nor deny whether it holds this information, under section 40(5B).")
    said = _person(text)[0].explanation
    assert "grievances" in said and "Freedom to Speak Up" in said


# --- #9: a reply that gives nothing is not "partly given"; a bare "on our website" says nowhere -----------------------
def _council(third):
    return _letter("Wirral Council", "Thank you for your request, which we have considered under the Freedom of "
                   "Information Act 2000.\n\n1. Annual cost of the grounds maintenance contract - this information is "
                   "exempt under section 43(2) (commercial interests), and the public interest favours withholding it."
                   "\n\n2. Products applied on the verges - The Council does not hold this information. The choice of "
                   "products is a matter for our contractor.\n\n3. Plans to stop using herbicides - " + third)


def test_refusals_and_a_bare_website_pointer_give_nothing():
    e = explain_reply(_council("Details of the Council's approach are published on our website."))
    assert e.reading.outcome not in ("part_disclosed", "disclosed")
    assert "given you some" not in e.reading.explanation


def test_guard_a_pointer_with_its_address_still_gives_that_part():
    """Guard (passes on main too): the same reply with the page's address gives part 3."""
    e = explain_reply(_council("Details are published on our website at https://www.wirral.gov.uk/parks/herbicide-reduction"))
    assert e.reading.outcome == "part_disclosed"


def test_bare_own_site_is_no_where_but_a_named_page_is():
    from askfoi.answer_map import says_where as _says_where

    assert not _says_where("The figures are published on our website.")
    assert not _says_where("This is available online.")
    assert _says_where("The figures are published on our website at www.example.gov.uk/figures.")
    assert _says_where("The figures are published on the CQC website.")
    assert _says_where("The report is published in our Annual Report 2025.")


# --- #10: a late reply is noticed when it has no date of its own ----------------------------------------------------
from datetime import date  # noqa: E402


def _undated(sorry):
    return _letter("Dorset Council", "Thank you for your request for information received on 1 September 2026. "
                   + ("Please accept our apologies for the delay in sending this response. " if sorry else "")
                   + "\n\n1. The number of fixed penalty notices issued for fly-tipping in 2025: 212.\n\n2. The cost of "
                   "the enforcement contract: this information is exempt under section 43(2).")


def _late_steps(text):
    return [s for s in explain_reply(text, today=date(2026, 12, 1)).next_steps if "late" in s.title]


def test_an_undated_reply_that_apologises_for_the_delay_is_late():
    steps = _late_steps(_undated(True))
    assert len(steps) == 1 and steps[0].title == "The reply came late"
    assert "29 September 2026" in steps[0].explanation  # 20 working days after 1 September 2026


def test_an_undated_reply_read_after_its_due_day_may_be_late():
    steps = _late_steps(_undated(False))
    assert len(steps) == 1 and steps[0].title == "The reply may have come late"


def test_the_review_says_an_undated_apologising_reply_came_late():
    from askfoi.followup import review_letter

    body = review_letter(_undated(True), name="Sam Ortiz", today=date(2026, 12, 1)).body
    assert "also came late" in body and "29 September 2026" in body
    body = review_letter(_undated(False), name="Sam Ortiz", today=date(2026, 12, 1)).body
    assert "also came late" not in body  # no date and no apology: not said as a fact


# --- #14: the chaser's subject names the request; the count of working days ------------------------------------------
def test_the_chaser_subject_names_the_request_and_the_day_sent():
    from askfoi.followup import chase_letter

    l1 = chase_letter(date(2026, 9, 7), authority="Hampshire County Council", today=date(2026, 11, 20), name="Ann Lee",
                      title="Freedom of Information request: school transport appeals, 2025/26")
    assert l1.subject == "Overdue FOIA request sent 7 September 2026: school transport appeals, 2025/26"
    l2 = chase_letter(date(2026, 9, 7), authority="Hampshire County Council", today=date(2026, 11, 20), name="Ann Lee",
                      reference="FOI/77", request="Subject: Freedom of Information request: gritting routes\n\nDear "
                      "Hampshire County Council,\n\n1. The map of priority gritting routes.\n")
    assert l2.subject == "Overdue FOIA request sent 7 September 2026: gritting routes (reference FOI/77)"


def test_guard_late_count_leaves_out_a_bank_holiday_of_any_uk_nation():
    """Guard (passes on main too; nc76 #14 counted 17): due Wed 11 Nov 2026, read Sun 6 Dec: 16 working days, because
    Mon 30 Nov 2026 (St Andrew's Day) is a bank holiday in Scotland, and FOIA's working days leave out every UK one."""
    from askfoi.deadlines import due_date, is_working_day, working_days_after

    assert due_date(date(2026, 10, 14)) == date(2026, 11, 11)
    assert not is_working_day(date(2026, 11, 30))
    assert working_days_after(date(2026, 11, 11), date(2026, 12, 6)) == 16


# --- #11: "can I complain to the ICO?" after the letter; /complain reaches the letters after a request -------------
def _sent_letter(tmp_path, first, body, sent):
    from askfoi.conversation import Conversation, Step
    from askfoi.tracking import TrackStore

    conv = Conversation()
    conv.today = lambda: date(2026, 12, 14)
    conv.tracker = TrackStore(tmp_path / "tracked.json")
    for answer in (first, body, "ok", "ok", "ok", "ok", "skip", "Pat Quinn", "skip", "skip"):
        if conv.session.step == Step.done:
            break
        conv.reply(answer)
    assert conv.session.step == Step.done
    conv.reply(f"sent {sent}")
    return conv


def _said(turn):
    return " ".join(m.text for m in turn.messages)


@pytest.mark.parametrize("asked", ["they still havent answered, can i complain to the ico now?",
                                   "is it time to go to the information commissioner?"])
def test_asking_to_complain_about_an_overdue_request_gets_a_yes_and_the_way(tmp_path, asked):
    conv = _sent_letter(tmp_path, "how many fixed penalty notices for littering did you issue in 2025",
                        "Derby City Council", "8 october")
    turn = conv.reply(asked)
    said = _said(turn)
    assert said.startswith("Yes") and "5 November 2026" in said and "/complain" in said


def test_asking_too_early_says_when_the_reply_is_due(tmp_path):
    conv = _sent_letter(tmp_path, "how many fixed penalty notices for littering did you issue in 2025",
                        "Derby City Council", "1 december")
    said = _said(conv.reply("can i complain to the ico about them?"))
    assert said.startswith("Not yet") and "31 December 2026" in said  # 28 December is the Boxing Day holiday


def test_a_scottish_request_goes_to_review_before_the_commissioner(tmp_path):
    conv = _sent_letter(tmp_path, "how many fixed penalty notices for littering did you issue in 2025",
                        "Dundee City Council", "8 october")
    said = _said(conv.reply("can i complain to the commissioner now?"))
    assert "Scottish Information Commissioner" in said and "section 20" in said


def test_slash_complain_opens_the_reply_screen():
    from askfoi.conversation import Conversation

    turn = Conversation().reply("/complain")
    assert "reply" in turn.actions and "don't know" not in _said(turn)


# --- #18: the Scottish review argues the Scottish harm test ---------------------------------------------------------
def test_a_foisa_review_uses_prejudice_substantially():
    from askfoi.followup import review_letter

    reply = _letter("Police Scotland", "Thank you for your request received on 2 November 2026.\n\nThe locations of the "
                    "mobile speed cameras are withheld under section 35(1)(a) and (b) of the Freedom of Information "
                    "(Scotland) Act 2002, as disclosure would be likely to prejudice the prevention of crime. Having "
                    "considered the public interest, we have concluded that it favours withholding the information.")
    body = review_letter(reply, name="Iona Reid", today=date(2026, 12, 1)).body
    assert "prejudice substantially" in body and "real, specific and likely" not in body


def test_guard_an_english_review_keeps_its_own_test():
    """Guard (passes on main too): FOIA's harm test is not the Scottish one."""
    from askfoi.followup import review_letter

    reply = _letter("Lancashire Constabulary", "Thank you for your request received on 2 November 2026.\n\nThe locations "
                    "of the mobile speed cameras are withheld under section 31(1)(a) of the Freedom of Information Act "
                    "2000, as disclosure would be likely to prejudice the prevention of crime. Having considered the "
                    "public interest, we have concluded that it favours withholding the information.")
    body = review_letter(reply, name="Iona Reid", today=date(2026, 12, 1)).body
    assert "real, specific and likely" in body and "prejudice substantially" not in body
