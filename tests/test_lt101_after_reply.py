"""lt101 (issue 10, nc100): after the reply, the letters and the explain screen.

- A reply that answers some questions under its own labels ("Q4. ...") and lists the rest it holds back in one sentence
  ("I am exempting a response to Q1, Q2, Q3, Q6, Q6a, Q6b and Q6c pursuant to Section 31(1) ...", nc100 r2's shape)
  names each question still owed: in `explain`'s list, on the reply screen, and in the review letter (quoted from the
  request when its words are known), never only the answered ones and "the rest".
Every reply, request and message here is written for these tests in my own words.
"""

from __future__ import annotations

from datetime import date

from textual.widgets import Static, TextArea

from askfoi.followup import review_letter
from askfoi.held_back_labels import held_back_labels
from askfoi.reply_explain import explain_reply, explanation_text
from askfoi.session import MemoryStore
from askfoi.tui.app import AskFOIApp
from _pilot import settle

TODAY = date(2026, 12, 7)

FIRE_REQUEST = ("Dear Kent Fire and Rescue Service,\n\nPlease send me:\n1. The number of fire engines you have in service.\n"
                "2. The home station of each fire engine.\n3. The times each station was left without a crewed engine "
                "in 2025.\n4. The total spent on new fire engines in 2025.\n\nYours faithfully,\nSam Lee\n")
# answers under its own labels for 1 and 4; the rest listed as held back in one sentence
FIRE_REPLY = ("Dear Sam Lee,\n\nDecision\nI have decided to disclose some of the information. I am withholding the "
              "answers to Q2 and Q3 under Section 24(1) and Section 38(1) of the Act.\nQ1. We have 68 fire engines in "
              "service.\nQ4. We spent £2.1 million on new fire engines in 2025.\n\nYours sincerely,\n"
              "Information Governance\n1 December 2026\n")
# a second shape: "parts" in words, a range, NCND, the answered parts first
CCTV_REPLY = ("Dear Mr Hart,\n\nPart 1: The council has 212 public space CCTV cameras.\nPart 2: The monitoring contract "
              "cost £310,000 in 2025.\n\nThe council can neither confirm nor deny whether it holds information for "
              "parts 3 to 5, by virtue of section 24(2) and section 31(3) of the Freedom of Information Act 2000.\n\n"
              "Yours sincerely,\nInformation Team\nNorthshire Council\n2 December 2026\n")


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_the_labels_a_reply_lists_as_held_back_are_read_in_its_own_numbering():
    got = held_back_labels("I am exempting a response to Q1, Q2, Q3, Q6, Q6a, Q6b and Q6c pursuant to Section 31(1) "
                           "and Section 24(1) of the Freedom of Information Act 2000 (the Act).")
    assert [(g.labels, g.numbers, g.sections) for g in got] == [
        (["Q1", "Q2", "Q3", "Q6", "Q6a", "Q6b", "Q6c"], ["1", "2", "3", "6"], ["31(1)", "24(1)"])]
    ranged = held_back_labels("Part 2 is refused under section 12, and parts 3(a) to 3(c) are withheld under s.43(2).")
    assert [x for g in ranged for x in g.labels] == ["2", "3(a)", "3(b)", "3(c)"]
    ncnd = held_back_labels(CCTV_REPLY)
    assert ncnd[0].numbers == ["3", "4", "5"] and ncnd[0].ncnd


def test_guard_labels_that_are_not_said_to_be_held_back_are_not_read():
    assert held_back_labels("If you are unhappy with the refusal of question 2 you may ask for a review.") == []
    assert held_back_labels("Q4. The information is exempt under section 40(2).") == []  # the answer's own heading
    assert held_back_labels("The figures for 2019 and 2020 are withheld under section 40(2) as 3 people were involved.") == []
    assert held_back_labels("Questions 1 and 2 have been provided in full.") == []
    assert held_back_labels("Section 17 of the Act requires the force, when refusing to provide information, to give a "
                            "notice which (a) states that fact.") == []
    # not held is its own outcome, never "withheld"; the Act's s17 heading quoted is no label
    assert held_back_labels("We are unable to provide the cost for question 2 as we do not record this information.") == []
    assert held_back_labels("Refusal of Request 17.-(1) A public authority which is relying on a claim that any "
                            "provision of Part II is exempt must give a notice.") == []
    # "Sections" in the plural still gives the provisions cited
    assert held_back_labels("Information for question 4 is exempt by virtue of Sections 24(1) and 31(1)(a).")[0].sections \
        == ["24(1)", "31(1)(a)"]


def test_explain_lists_the_questions_held_back_beside_those_answered():
    text = explanation_text(explain_reply(FIRE_REPLY, today=TODAY))
    listed = _flat(text.split("Question by question:")[1].split("What the cited")[0])
    assert "Part 1: information given" in listed and "Part 4: information given" in listed
    assert "Q2 and Q3: withheld - 24(1), 38(1) (as the reply numbers them)" in listed


def test_explain_lists_parts_neither_confirmed_nor_denied_in_a_range():
    text = _flat(explanation_text(explain_reply(CCTV_REPLY, today=TODAY)))
    assert "Questions 3, 4 and 5: neither confirmed nor denied - 24(2), 31(3)" in text
    assert "Part 1: information given" in text


def test_the_review_names_each_question_still_owed_and_quotes_the_request():
    body = _flat(review_letter(FIRE_REPLY, request=FIRE_REQUEST, name="Sam Lee", today=TODAY).body)
    assert 'part 2 ("The home station of each fire engine.")' in body
    assert "you answered parts 1 and 4" in body
    assert "Your response withheld Q2 and Q3 (as you number them) under section 24(1) and section 38(1)" in body
    assert "Please review the decision on the rest" not in body
    assert "Which answer is for which part" not in body  # parts 2 and 3 are named by the reply itself


def test_the_review_names_them_without_the_request_too():
    body = _flat(review_letter(FIRE_REPLY, name="Sam Lee", today=TODAY).body)
    assert "Your response withheld Q2 and Q3 (as you number them)" in body
    assert "review the decision on the rest" not in body


def test_guard_a_reply_whose_parts_are_each_answered_keeps_its_owed_paragraph():
    reply = ("Dear Sam Lee,\n\nQuestion 1: We have 68 fire engines in service.\nQuestion 2: The home station of each "
             "engine is withheld under section 24(1) of the Freedom of Information Act 2000.\nQuestion 3: We do not "
             "record this.\nQuestion 4: We spent £2.1 million.\n\nYours sincerely,\nInformation Governance\n")
    body = _flat(review_letter(reply, request=FIRE_REQUEST, name="Sam Lee", today=TODAY).body)
    assert "(as you number them)" not in body and "You also" not in body
    assert "part 2" in body


async def test_at_80x24_the_reply_screen_lists_the_questions_held_back(tmp_path):
    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, store=MemoryStore(), load_matcher=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f9")
        await settle(pilot)
        screen = app.screen
        screen.query_one("#reply-text", TextArea).text = FIRE_REPLY
        await pilot.press("ctrl+r")
        await settle(pilot)
        shown = _flat(str(screen.query_one("#reply-body", Static).render()))
        assert "Q2 and Q3: withheld" in shown
        await pilot.press("ctrl+w")
        await settle(pilot)
        letter = _flat(str(screen.query_one("#reply-body", Static).render()))
        assert "Your response withheld Q2 and Q3" in letter


# -- a provision the law does not have ---------------------------------------------------------------------------------
# nc100 r1's shape: "Section 31(a)" under the Freedom of Information Act 2000, whose exemption sections are all set out in
# numbered subsections; FOISA's s30(a)-(c) are real.

ANPR_REPLY = ("Dear Ms Ford,\n\nDecision\nI have decided to withhold the audit report you asked for, pursuant to Section "
              "31(a) Law Enforcement of the Freedom of Information Act 2000, as it would show where the cameras are "
              "weakest.\n\nYours sincerely,\nDisclosure Unit\nNorthshire Police\n2 December 2026\n")


def test_the_review_says_which_provision_it_takes_a_non_provision_to_mean():
    body = _flat(review_letter(ANPR_REPLY, name="Lena Ford", today=TODAY).body)
    assert 'Your response cites "section 31(a)", which is not a provision of the Freedom of Information Act 2000' in body
    assert "I take it to mean section 31(1)(a) (prevention or detection of crime)" in body
    assert "(section 31(1)(a)) is qualified" in body
    assert "(section 31(a))" not in body


def test_the_review_asks_which_provision_when_none_is_likely():
    reply = ("Dear Ms Cole,\n\nThe contract prices you asked for are withheld under section 43(a) of the Freedom of "
             "Information Act 2000, as releasing them would harm the supplier.\n\nYours sincerely,\nProcurement\n"
             "Northshire Council\n")
    body = _flat(review_letter(reply, name="Ann Cole", today=TODAY).body)
    assert 'Please say which provision you rely on instead of "section 43(a)"' in body
    assert "section 17(1) of the Freedom of Information Act 2000" in body
    assert "(section 43(a)) is qualified" not in body and "(section 43) is qualified" in body


def test_explain_says_the_provision_is_not_in_the_act():
    text = _flat(explanation_text(explain_reply(ANPR_REPLY, today=TODAY)))
    assert ("section 31(a) (as the reply writes it: the Act has no such provision; it most likely means section "
            "31(1)(a))") in text


def test_guard_foisa_lettered_sections_and_real_provisions_are_left_alone():
    from askfoi.provision_shapes import mended

    assert mended(["FOISA 30(b)", "FOISA 26(a)", "31(1)(a)", "40(2)", "40(5B)"]) == (
        ["FOISA 30(b)", "FOISA 26(a)", "31(1)(a)", "40(2)", "40(5B)"], [])
    reply = ("Dear Mr Reid,\n\nThe briefing is withheld under section 30(b)(i) of the Freedom of Information (Scotland) "
             "Act 2002, as disclosure would inhibit the free and frank provision of advice.\n\nYours sincerely,\n"
             "FOI Unit\nScottish Government\n")
    body = _flat(review_letter(reply, name="Ian Reid", today=TODAY, scotland=True).body)
    assert "which is not a provision" not in body


def test_a_bare_section_31_1_is_asked_which_purpose_it_harms():
    reply = ANPR_REPLY.replace("Section 31(a) Law Enforcement", "Section 31(1) Law Enforcement")
    body = _flat(review_letter(reply, name="Lena Ford", today=TODAY).body)
    assert "You cited section 31(1) without saying which of the purposes it lists (paragraphs (a) to (i))" in body
    # guard: a paragraph named is not asked about
    named = _flat(review_letter(reply.replace("Section 31(1)", "Section 31(1)(a)"), name="Lena Ford", today=TODAY).body)
    assert "without saying which of the purposes" not in named


# -- one law per request: the chaser after a reply cites the law the reply screen read ----------------------------------

LITTER_REQUEST = ("1. The number of fixed penalty notices for littering issued in 2025.\n"
                  "2. The total paid on those notices in 2025.\n"
                  "3. The number of those notices cancelled on appeal.")
LITTER_REPLY = ("Dear Ms Shah\n\nThank you for your request of 3 November 2026.\n\n1. In 2025 the council issued 1,204 "
                "fixed penalty notices for littering.\n2. The total paid on those notices was £96,300.\n\nYours sincerely\n"
                "Information Governance\nSouthmoor Borough Council\n27 November 2026\n")


def _litter_flow(reply: str = LITTER_REPLY):
    from askfoi.reply_flow import ReplyFlow

    flow = ReplyFlow(today=lambda: TODAY, request=LITTER_REQUEST, sent=date(2026, 11, 3),
                     authority="Southmoor Borough Council", name="Priya Shah")
    flow.start()
    return flow, flow.read(reply)


def test_the_chaser_for_a_part_left_unanswered_cites_the_law_the_reply_screen_read():
    flow, view = _litter_flow()
    # lt102 (session 65): one law per request, read once, is the law the request was made under: askfoi reads this
    # littering request as the EIR's (check_request), so its letter cites the EIR and the review of a refusal already
    # used them (ReplyFlow._carried); a reply naming no law is now explained under them too, and the chaser follows the
    # screen as lt101 made it. Before, the screen and chaser said the Act while the request and the review said the EIR.
    assert flow.explained.law == "EIR" and "section 10 of the Freedom of Information Act" not in _flat(view.body)
    body = _flat(flow.write("chase").body)
    assert "Environmental Information Regulations" in body
    assert "under the Freedom of Information Act 2000" not in body


def test_guard_a_reply_under_the_regulations_is_chased_under_them():
    reply = LITTER_REPLY.replace("Thank you for your request of 3 November 2026.",
                                 "We have dealt with your request of 3 November 2026 under the Environmental "
                                 "Information Regulations 2004.")
    flow, view = _litter_flow(reply)
    assert flow.explained.law == "EIR"
    assert "Environmental Information Regulations 2004" in _flat(flow.write("chase").body)


def test_guard_with_no_reply_the_chaser_keeps_the_requests_own_law():
    from askfoi.reply_flow import ReplyFlow

    flow = ReplyFlow(today=lambda: TODAY, request="1. The nitrogen dioxide readings at each roadside monitor in 2025.",
                     sent=date(2026, 10, 1), authority="Southmoor Borough Council", name="Priya Shah")
    flow.start()
    assert "Environmental Information Regulations 2004" in _flat(flow.write("chase").body)


# -- the subject access letter keeps what the story says the records are about ------------------------------------------

def test_a_bare_record_kind_carries_the_matter_the_story_names():
    from askfoi.sar_items import sar_items

    assert sar_items("my brother got a penalty charge from leeds city council for a bus lane and wants the photos and "
                     "notes they have on him")[0] == "The photos relating to my penalty charge for a bus lane"
    assert sar_items("i got a speeding fine from the police and want the camera photos and the calibration records") == [
        "The camera photos relating to my speeding fine", "The calibration records relating to my speeding fine"]
    assert sar_items("my nan had a fall at the day centre and she wants the incident report")[0] == (
        "The incident report relating to my fall at the day centre")


def test_guard_items_that_already_say_what_they_are_about_are_left_alone():
    from askfoi.sar_items import sar_items

    assert sar_items("i want a copy of my housing file") == ["My housing file"]
    told = sar_items("i was stopped by police on the high street and i want the bodycam footage")
    assert told[0] == "The bodycam footage of me" and not any("relating to my" in t for t in told)
    assert "Notes you have on me" in sar_items("my brother got a penalty charge from leeds city council for a bus lane "
                                               "and wants the photos and notes they have on him")


async def test_at_80x24_the_subject_access_letter_names_the_penalty_charge(tmp_path):
    from _pilot import bot_text, say

    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, store=MemoryStore())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await say(pilot, "my brother got a penalty charge from leeds city council for a bus lane and wants the photos "
                         "and notes they have on him")
        said = _flat(bot_text(app))
        assert "1. The photos relating to my penalty charge for a bus lane." in said, said[-800:]
