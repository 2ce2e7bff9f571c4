"""ck23b: the letters written after a reply say what is true (nu25 items 5, 6, 8, 9, 12; issue 10). Each fix is
tried on the reported wording (invented replies in nu25's shape) and on a second wording invented for the test."""

from __future__ import annotations

from datetime import date

import pytest

from askfoi.followup import chase_letter, complaint_letter, reply_fact, review_letter
from askfoi.pasted_reply import asked_topic, reads_as_reply, relined
from askfoi.reader import read_reply
from askfoi.reply_flow import ReplyFlow
from askfoi.reply_sender import reply_sender
from askfoi.tracking import TrackStore

TODAY = date(2026, 12, 2)

SMALL = """Dear Ms Okafor,

Thank you for your email of 14 September 2026 requesting information under the Freedom of Information Act 2000.

You asked:
1. How many complaints of sexual harassment did the University receive from students in 2024/25?
2. How many members of staff were dismissed following such complaints in 2024/25?

Response:
1. The University received 47 formal complaints of sexual harassment from students in 2024/25.
2. The number is fewer than five. We are withholding the exact figure under section 40(2) of the Act, as disclosing
such a small number could lead to the identification of individuals.

If you are unhappy with this response, you may ask for an internal review within 40 working days.

Records Management Office
The University of Manchester
"""

VEXATIOUS_PLANNING = """Dear Mr Jones,

Request reference: 2026-FOI-7731

We have considered your request of 20 October 2026 for copies of all emails sent by the Head of Planning that mention
your planning application at 14 Mill Lane, and all notes of meetings about it.

This is the eleventh request you have made about this matter in the last six months. The council considers this
request to be vexatious under section 14(1) of the Freedom of Information Act 2000 and will not be responding to it.

You may request an internal review within 40 working days.

Information Governance, Cornwall Council
"""

NATIONAL_DATA = """Dear Mr Hirst,

Thank you for your request dated 5 November 2026 asking how many operations were cancelled at Leeds Teaching Hospitals
in 2025 because no bed was available, and how many of these were cancer operations.

Leeds Teaching Hospitals NHS Trust does hold information on cancelled operations. However, we do not record the reason
for cancellation in a way that allows us to identify those cancelled because a bed was unavailable, so this information
is not held. The Trust cancelled 2,114 elective operations on the day for non-clinical reasons in 2025. Of these, 187
were cancer operations.

Cancelled operations data for all trusts is also published by NHS England at https://www.england.nhs.uk/statistics/.

If you are dissatisfied with this response, please write to the Head of Information Governance within 40 working days.

Yours sincerely
Information Governance Team
"""

NCND_REPLY = """Our Reference: FOI 003917/26

Dear Requester,

Thank you for your request for information dated 3 November 2026 regarding the monitoring of protest groups in
Nottinghamshire.

You asked: Has Nottinghamshire Police used undercover officers to gather information on members of protest groups since
January 2024? How many officers work in the force's protest liaison team?

Nottinghamshire Police can neither confirm nor deny that it holds information relevant to the first part of your
request, as the duty in section 1(1)(a) of the Freedom of Information Act 2000 does not apply by virtue of the following
exemptions: Section 23(5) Information supplied by, or concerning, certain Security Bodies; Section 31(3) Law
Enforcement.

With regard to the second part, there are 6 officers in the Protest Liaison Team.

If you are not satisfied, you can request an internal review within 40 working days. You may then complain to the
Information Commissioner.

Nottinghamshire Police Information Management
"""


def joined(text: str) -> str:
    """A reply pasted into the one-line chat box: its lines joined."""
    return " ".join(text.split())


# -- item 6: review letters say what the reply already did -------------------------------------------------------------

def test_a_count_given_as_fewer_than_five_is_not_asked_for_as_fewer_than_5_again():
    body = review_letter(SMALL, name="Ada Okafor", today=TODAY).body
    assert 'shown as "fewer than 5"' not in body
    assert "identify anyone" in body
    # a reply that gives no band still gets the offer of aggregate figures
    plain = SMALL.replace("The number is fewer than five. We are withholding the exact figure", "We are withholding the figure")
    assert 'shown as "fewer than 5"' in review_letter(plain, name="Ada Okafor", today=TODAY).body
    for said in ("The figure is less than 5 and is withheld under section 40(2).", "There were <5 such cases.",
                 "Between 1 and 4 staff were dismissed; the exact figure is withheld under section 40(2)."):
        assert reply_fact(said, "small_number_given"), said
    assert not reply_fact("There were 47 complaints.", "small_number_given")


def test_vexatious_on_planning_records_says_the_eir_apply_and_have_no_section_14():
    body = review_letter(VEXATIOUS_PLANNING, name="Gareth Jones", today=TODAY).body
    assert "Environmental Information Regulations 2004" in body
    assert "no section 14" in body and "regulation 12(4)(b)" in body and "regulation 12(1)(b)" in body
    assert "mention my planning application" in body  # the reply's "your" is the requester's own
    # given the request itself (noise complaints), the same; and a request about parking fines is left alone
    noise = "1. Copies of all emails about noise complaints from the scrapyard on Dock Road in 2025."
    assert "no section 14" in review_letter(VEXATIOUS_PLANNING, request=noise, name="Gareth Jones", today=TODAY).body
    fines = "1. Copies of all emails about my parking fine appeal in 2025."
    assert "no section 14" not in review_letter(VEXATIOUS_PLANNING, request=fines, name="Gareth Jones", today=TODAY).body


def test_vexatious_environmental_in_scotland_names_the_eisr():
    scottish = VEXATIOUS_PLANNING.replace("Freedom of Information Act 2000", "Freedom of Information (Scotland) Act 2002") \
        .replace("Cornwall Council", "Fife Council")
    body = review_letter(scottish, name="Gareth Jones", today=TODAY).body
    assert "Environmental Information (Scotland) Regulations 2004" in body and "regulation 10(4)(b)" in body


def test_a_reply_with_its_own_figures_and_a_pointer_to_national_data_is_reviewed_not_sent_elsewhere():
    letter = review_letter(NATIONAL_DATA, name="Tom Hirst", today=TODAY)
    assert "held by NHS England" not in letter.body
    assert "send your request" not in letter.body
    assert reply_fact(NATIONAL_DATA, "figures_given")


# -- item 8: the complaint from a reply pasted into the chat box ------------------------------------------------------

def test_lines_joined_on_paste_are_read_as_lines_again():
    text = relined(joined(NCND_REPLY))
    assert "\nDear Requester,\n" in text
    assert text.rstrip().endswith("\nNottinghamshire Police Information Management")
    assert reply_sender(text) == "Nottinghamshire Police"
    assert reply_sender(relined(joined(SMALL))) == "University of Manchester"
    assert relined(NCND_REPLY) == NCND_REPLY  # a text with its lines is left as it is
    assert read_reply(relined(joined(NCND_REPLY))).ncnd


@pytest.mark.parametrize("pasted", [NCND_REPLY, joined(NCND_REPLY)])
def test_the_complaint_from_a_pasted_reply_names_the_body_and_the_day_the_request_was_sent(pasted):
    flow = ReplyFlow(today=lambda: TODAY)
    flow.read(pasted)
    flow.mark_review()  # the person says the review upheld it
    body = flow.write("complain").body
    assert "Nottinghamshire Police dealt with" in body
    assert "I sent my request on Tuesday 3 November 2026" in body
    assert "[DATE SENT]" not in body


def test_a_review_outcome_pasted_alone_still_never_takes_its_dates_as_the_requests():
    outcome = ("Dear Ms Reid,\n\nThank you for your email of 2 October 2026 in which you requested an internal review of "
               "our response to your request. I have now completed the internal review and I uphold the original "
               "decision to withhold the information under section 31(1)(a).\n\nKent Police\n")
    reading = read_reply(outcome)
    body = complaint_letter(reading, authority="Kent Police", review=reading, reply_text=outcome, today=TODAY).body
    assert "I sent my request on Friday 2 October 2026" not in body


def test_the_tracked_request_gives_the_day_it_was_sent(tmp_path):
    store = TrackStore(tmp_path / "t.json")
    store.add("Nottinghamshire Police", date(2026, 11, 2), title="protest monitoring")
    flow = ReplyFlow(today=lambda: TODAY, tracker=store)
    flow.read(joined(NCND_REPLY).replace(" dated 3 November 2026", ""))
    assert flow.sent == date(2026, 11, 2)


# -- item 9: the chaser says what was asked, never the story ----------------------------------------------------------

@pytest.mark.parametrize("said, asked", [
    ("i emailed glasgow city council on 2 october asking how many fly tipping reports they got in 2025 and ive heard "
     "nothing", "for the number of fly tipping reports received (1 January 2025 to 31 December 2025)"),
    ("I sent a request to Kent County Council asking for the number of potholes repaired in 2024, its been 30 working "
     "days and no reply", "for the number of potholes repaired (1 January 2024 to 31 December 2024)"),
])
def test_the_chaser_topic_is_rendered_from_frames(said, asked):
    assert asked_topic(said) == asked
    body = chase_letter(date(2026, 10, 2), authority="Glasgow City Council", topic=asked_topic(said), today=TODAY).body
    assert "heard nothing" not in body and "no reply" not in body.split("It asked")[1].split("\n")[0]


def test_a_question_kept_in_the_persons_words_loses_the_story_after_it():
    said = ("i sent an foi to leeds council 6 weeks ago about how much they spent on agency social workers in 2024/25 "
            "and whether they have a policy on it, still no answer")
    topic = asked_topic(said)
    assert "still no answer" not in topic and "policy" in topic


# -- item 12: a reply at the period step, a restart after sending, plain dates -----------------------------------------

def test_a_short_reply_with_its_rights_notice_reads_as_a_reply():
    text = ("Dear Ms Lee, thank you for your request. In 2025 Manchester City Council issued 4,210 fixed penalty "
            "notices for littering. If you are unhappy with this response you may ask for an internal review within "
            "40 working days. Information Governance, Manchester City Council")
    assert reads_as_reply(text)
    assert not reads_as_reply("how many fixed penalty notices for littering did manchester city council issue in 2025, "
                              "and how many were cancelled after an appeal")


def test_a_reply_pasted_at_the_period_step_opens_the_reply_path():
    from askfoi.conversation import Conversation, Step

    conv = Conversation(today=lambda: TODAY)
    conv.start()
    conv.reply("how many fixed penalty notices for littering did manchester city council issue")
    conv.reply("ok")
    assert conv.session.step == Step.period
    turn = conv.reply("Dear Ms Lee, thank you for your request. In 2025 Manchester City Council issued 4,210 fixed "
                      "penalty notices for littering. If you are unhappy with this response you may ask for an internal "
                      "review within 40 working days. Information Governance, Manchester City Council")
    assert "reply" in turn.actions
    assert not any("time period" in m.text for m in turn.messages)


def test_a_request_marked_as_sent_is_not_offered_to_carry_on(tmp_path):
    from askfoi.conversation import Conversation, Session, Step

    store = TrackStore(tmp_path / "t.json")
    conv = Conversation(today=lambda: TODAY)
    conv.tracker = store
    saved = Session(about="how many potholes", step=Step.done, authority="Kent County Council",
                    parts=["The number of potholes repaired."], period="2025", requester_name="Jane Smith")
    assert not conv.already_sent(saved)
    conv.session = saved.model_copy(deep=True)
    letter = conv.letter()
    store.add(letter.authority, date(2026, 11, 20), title=letter.subject)
    assert conv.already_sent(saved)  # found in the tracked list (a session saved before sent_on was kept)
    assert conv.already_sent(Session(about="x", sent_on=date(2026, 11, 20)))


def test_the_tracked_list_shows_dates_in_plain_english(tmp_path):
    store = TrackStore(tmp_path / "t.json")
    store.add("Kent Police", date(2026, 10, 1), title="speed cameras")
    flow = ReplyFlow(today=lambda: TODAY, tracker=store)
    shown = flow.tracked()
    assert "was due 29 October 2026" in shown and "(sent 1 October 2026)" in shown
    assert "2026-" not in shown


# -- item 5: the narrower request follows the reply's advice, inside the period asked ---------------------------------

ODOUR_REQUEST = """Please provide the following information for the period 1 January 2025 to 31 December 2025:

1. The number of odour complaints received.
2. Any records of Thames Water having done any air quality monitoring.
3. Any emails or letters from Thames Water to the council about the smell.
"""

ODOUR_REPLY = """Dear Ms Shah

Environmental Information Regulations 2004 - Request EIR/2026/1182

Thank you for your request received on 12 October 2026.

We consider your request to be manifestly unreasonable under regulation 12(4)(b) of the EIR. Locating all
correspondence with Thames Water would require searches of the mailboxes of 14 officers across three teams and we
estimate this would take in excess of 40 hours. We have considered the public interest and concluded that it favours
maintaining the exception.

Under regulation 9 we suggest that you may wish to limit your request to correspondence between the Environmental
Protection team and Thames Water between June and September 2025.

Environmental Health
South Oxfordshire District Council
"""


def _narrowed(body: str) -> list[str]:
    block = body.split("narrower request", 1)[1].split("\n\n", 2)[1]
    return [line.split(". ", 1)[1] for line in block.splitlines() if line[:1].isdigit()]


def test_the_narrower_request_takes_the_replys_scope_for_the_part_it_narrows_and_keeps_the_rest():
    body = review_letter(ODOUR_REPLY, request=ODOUR_REQUEST, name="Priya Shah", today=TODAY).body
    assert "narrowed as your response suggested" in body
    assert _narrowed(body) == [
        "The number of odour complaints received",
        "Any records of Thames Water having done any air quality monitoring",
        "Correspondence between the Environmental Protection team and Thames Water between June and September 2025"]
    # another wording: "restrict the request to" the minutes of one board, which narrows the minutes part
    reply = ODOUR_REPLY.split("Under regulation 9")[0] + (
        "Under regulation 9, you could restrict the request to the minutes of the Drainage Board meetings held in 2025, "
        "which we could provide.\n\nEnvironmental Health\nSouth Oxfordshire District Council\n")
    request = ("1. The number of flooding reports received in 2025.\n2. The minutes of all meetings about drainage "
               "in 2025.\n3. The total spent on gully cleaning in 2025.")
    assert _narrowed(review_letter(reply, request=request, name="Priya Shah", today=TODAY).body) == [
        "The number of flooding reports received in 2025", "The minutes of the Drainage Board meetings held in 2025",
        "The total spent on gully cleaning in 2025"]


def test_without_advice_a_one_year_request_is_narrowed_inside_its_own_year():
    reply = ("Dear Chris Webb\n\nRequest reference: 24511873\n\nThank you for your request which we received on 28 "
             "October 2026.\n\n1. In 2025 Bristol City Council issued 187,402 Penalty Charge Notices.\n\n2. We do not "
             "hold this information in the form requested. To provide this we would need to review each case manually, "
             "which would exceed the appropriate limit of 18 hours. Section 12 therefore applies to part 2.\n\n"
             "Freedom of Information Team\nBristol City Council\n")
    for request in ("1. The number of parking fines issued.\n2. The number of parking fines cancelled on appeal.\n"
                    "For the period 1 January 2025 to 31 December 2025.",
                    "Please provide the following information for the period 1 January 2025 to 31 December 2025:\n\n"
                    "1. The number of parking fines issued.\n2. The number of parking fines cancelled on appeal.\n"):
        body = review_letter(reply, request=request, name="Chris Webb", today=TODAY).body
        assert "1 July 2025 to 31 December 2025" in body, body
        assert "2026" not in " ".join(_narrowed(body))
