"""Round 8 of the reply reader (issue 10): the causes found on the fresh2 and fresh4 replies, each with short
replies written for these tests (never a real reply's text). One test per cause: what each sentence decides, what
it applies to, how the parts combine."""

from __future__ import annotations

import pytest

from askfoi.models import Outcome
from askfoi.reader import read_reply
from askfoi.reply_explain import explain_reply, explanation_text

P = Outcome.part_disclosed


def outcome(text: str) -> Outcome:
    return read_reply(text).outcome


# --- a part that points at another ("Not applicable (see Q1)") takes that part's decision, and says so ---------------

@pytest.mark.parametrize("text", [
    "1. No information held - the Council does not employ any clairvoyants. 2. Not applicable (see Q1)",
    "1. The information requested is not held by the Trust. 2. Not applicable; please see response above. "
    "3. The Trust has not calculated this spend figure.",
    "1. We do not hold this information. 2. N/A - see answer to question 1.",
])
def test_not_applicable_follows_the_part_it_points_at(text):
    reading = read_reply(text)
    assert reading.outcome == Outcome.not_held
    followers = [p for p in reading.parts if p.follows]
    assert followers and all(p.outcome == Outcome.not_held for p in followers)


def test_a_bare_not_applicable_decides_nothing():
    reading = read_reply("1. The depot recorded 14 thefts in 2023. 2. Not applicable. 3. 9 vans.")
    assert reading.outcome == Outcome.disclosed
    assert [p.number for p in reading.parts] == ["1", "3"]


def test_explain_shows_the_part_followed():
    explained = explain_reply("1. We spent £4,100 on taxis in 2023. 2. Not applicable (see Q1). 3. 12 journeys.")
    text = explanation_text(explained)
    assert "as part 1" in text


# --- only some of it held, beside an answer: a share; beside a cost refusal: the search's -----------------------------

@pytest.mark.parametrize("text, want", [
    ("I confirm we hold some information captured by your request. We discussed the route with the county council "
     "on 21 January 2014. We do not hold a record of every date on which it was discussed.", P),
    ("The information you have requested is held in part. 1,204 invoices were paid in 2009/10.", P),
    ("I can confirm that we hold some of the information you require. Unfortunately, to provide it would exceed the "
     "appropriate limit of £450 under section 12 of the Act.", Outcome.cost_limit),
])
def test_held_in_part(text, want):
    assert outcome(text) == want


def test_held_in_part_is_shown_as_evidence():
    reading = read_reply("The Council has some of the information requested. 42 vehicles were replaced in 2022.")
    assert reading.outcome == P
    assert any("some of the information" in e for e in reading.evidence)


# --- giving said by fitness, by sending or in the progressive, beside a hold-back -------------------------------------

@pytest.mark.parametrize("text, want", [
    ("The information we have considered suitable for disclosure is attached. Any information about covert vehicles "
     "is not included in this disclosure and we rely on section 31(1)(a).", P),
    ("Please find the requested information attached.", Outcome.disclosed),
    ("Information sent in excel sheet", Outcome.disclosed),
    ("Whilst we are providing a table of the total payments for each year, the Force is withholding the highest single "
     "payment under section 38.", P),
    ("We do not have a marker on our crimes database to identify hate crimes against older people, therefore we are "
     "unable to provide this information. However, please find attached our response for the remainder of your "
     "request.", P),
    ("The Board holds the information requested for questions 1-3, however it is not able to process this part of the "
     "request by virtue of section 40(2). The Board is able to respond to question 4, as that information is an "
     "aggregate: 31 patients.", P),
])
def test_giving_beside_a_hold_back(text, want):
    assert outcome(text) == want


# --- what is not the information: the exemptions "listed below", the Act's own lettered list, a name's number ----------

def test_exemptions_listed_below_are_not_the_information():
    text = ("We can confirm that the Service does hold information to which your request relates. However the decision "
            "has been taken not to supply the information you have requested. The exemptions, as well as the factors "
            "considered when deciding where the public interest lies, are listed below: Section 30(1)(a) "
            "Investigations.")
    assert outcome(text) == Outcome.refused


@pytest.mark.parametrize("text", [
    "We have determined that the information requested is exempt from release under section 38 which states that "
    "'Information is exempt information if its disclosure would, or would be likely to- (a) endanger the physical "
    "health of any individual, or (b) endanger the safety of any individual'. Section 38 is a qualified exemption.",
    "I have decided to withhold the requested information in full under section 40(2). Section 17 requires that we "
    "give the applicant a notice which- (a) states that fact, (b) specifies the exemption in question, and (c) states "
    "why the exemption applies.",
])
def test_the_acts_own_list_is_not_the_answers(text):
    reading = read_reply(text)
    assert reading.outcome == Outcome.refused
    assert reading.parts == []


def test_the_size_of_what_falls_in_scope_is_not_an_answer():
    text = ("I have been provided with 47 documents that fall within the scope of your request. In the opinion of our "
            "qualified person their release would be likely to inhibit the free and frank provision of advice, and so "
            "we rely on section 36.")
    assert outcome(text) == Outcome.refused
    # a figure that answers beside the same refusal still makes it a share
    assert outcome("47 press releases were issued in 2023. The drafts of unused releases are exempt under section 36.") == P


def test_a_named_group_is_not_a_part():
    text = ("The information requested falls into two groups: Group 1. Unused press statements; Group 2. Comments "
            "prepared for managers. In the opinion of our qualified person the release of these documents would be "
            "likely to inhibit the free and frank provision of advice, and so we rely on section 36.")
    reading = read_reply(text)
    assert reading.parts == []
    assert reading.outcome == Outcome.refused


# --- a decision's own scope: the whole of the request, whatever question it names beside it ---------------------------

@pytest.mark.parametrize("text", [
    "I can confirm that the cost of determining whether any information relative to question 6 of this request is "
    "held is above the amount to which we are legally required to respond, therefore we are withholding the whole "
    "of the requested information since section 12(2) applies to it.",
    "Your request is too broad and to provide the full information requested would exceed the appropriate limit of "
    "£450. Please be aware that the number of speed restrictions on the line has been reduced by 12 this year.",
    "The costs of locating and providing all the information requested would exceed the upper cost limit of £600. "
    "However, in an effort to provide reasonable assistance, please find enclosed the most recent letter we sent "
    "about one of the car parks.",
])
def test_cost_refusal_of_the_whole(text):
    assert outcome(text) == Outcome.cost_limit


def test_cost_refusal_of_the_rest_beside_figures_is_a_share():
    text = ("We received 979 complaints. Of these, 520 outcomes were recorded: 45 upheld and 475 not upheld. To check "
            "the remaining 235 cases by hand would take 19.5 hours more. This information is exempt under section 12(1).")
    assert outcome(text) == P


# --- a cited section's own title decides its role; not held said in other ways -----------------------------------------

def test_a_sections_title_says_published():
    text = "1 & 2. This information is exempt under Section 25 - Information Otherwise Accessible. It is on our website."
    assert outcome(text) == Outcome.published


@pytest.mark.parametrize("text", [
    "There is no specific category to record incidents caused by flooding, therefore we are unable to provide "
    "incident data in response to your exact question.",
    "The mailbox is solely held on behalf of the Lord Lieutenant. The information in it does not belong to the Council.",
    "1. Has the Council held a lights switch-on? This is handled by the Town and Parish Councils in the Borough.",
])
def test_not_held_said_in_other_words(text):
    assert outcome(text) == Outcome.not_held


def test_destroyed_under_retention_beside_what_was_shared():
    text = ("We shared with you the planning application in an attachment, but we could not share our response to the "
            "consultation as it had been destroyed under our retention schedule.")
    assert outcome(text) == P


# --- the same words in everyday sentences that decide nothing of the kind ----------------------------------------------

@pytest.mark.parametrize("text, not_want", [
    ("Group 1. 14 incidents. Group 2. 9 incidents.", Outcome.refused),
    ("Please note the scheme is run by the council's own parking team. 312 permits were issued in 2023.", Outcome.not_held),
    ("If we hold some of the information, we will send it to you within 20 working days.", P),
])
def test_everyday_sentences(text, not_want):
    assert outcome(text) != not_want


# --- later in the round: a status heading under a field name, giving with an adverb, a demonstrative's scope, ---------
# --- a yes/no answer beside a withholding, what was sent, an exception that still applies, "may hold" ----------------

@pytest.mark.parametrize("text, want", [
    ("Resolution Information provided ... The staff party was held at lunchtime and about 250 staff attended.",
     Outcome.disclosed),
    ("A. We can however provide figures for phone records, which are as follows: 2009/10 - £201,399. The number of "
     "units analysed is not held centrally. I am not obliged to release this information, as the time and cost "
     "involved to go through each case file to find it is above the amount to which we are legally required to "
     "respond.", P),
    ("No - the Trust is creating a process to comply with the guidance. 2. The Trust is withholding this information "
     "under Section 38 (Health and Safety).", P),
    ("1.- 3.- The list of contracts can be found under our Publication Scheme on our website. An excel document was sent "
     "to the requester with this response.", Outcome.disclosed),  # rd35: the lead's ruling (a pointer gives its part)
    ("This internal review has concluded that a different exception in the EIR still applies to the request.",
     Outcome.refused),
    ("I have determined that most of the information previously withheld under regulation 10(4)(d) (material in the "
     "course of completion) can now be disclosed. I have enclosed a copy in Annex B.", P),
    ("The information requested is not held in a format that can be retrieved from our systems within the time "
     "permitted under the Act.", Outcome.cost_limit),
])
def test_later_causes(text, want):
    assert outcome(text) == want


def test_may_hold_is_not_a_confirmation():
    reading = read_reply("I can confirm that the Trust may hold information relevant to your request.")
    assert reading.outcome != Outcome.disclosed or reading.unclear


# --- what is found shows on `askfoi explain`, in the review letter and on the chatbot's reply screen -------------------

POINTING_REPLY = ("Thank you for your request.\n1. The Council spent £12,400 on agency staff in 2023.\n"
                  "2. Not applicable (see Q1).\n3. The hourly rates are withheld under section 43(2) as commercially "
                  "sensitive.\n")


def test_explain_json_names_the_part_followed(tmp_path, capsys):
    import json

    from askfoi.cli import main

    f = tmp_path / "reply.txt"
    f.write_text(POINTING_REPLY, encoding="utf-8")
    assert main(["explain", str(f), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["outcome"] == "part_disclosed"
    assert {p["number"]: p["follows"] for p in data["parts"]} == {"1": None, "2": "1", "3": None}


def test_review_letter_asks_for_the_part_withheld(tmp_path, capsys):
    from askfoi.cli import main

    f = tmp_path / "reply.txt"
    f.write_text(POINTING_REPLY, encoding="utf-8")
    assert main(["review", str(f), "--name", "Sam Doe"]) == 0
    letter = capsys.readouterr().out.lower()
    assert "part 3" in letter


async def test_the_reply_screen_shows_the_part_followed_at_80x24(tmp_path):
    from datetime import date

    from textual.widgets import Static, TextArea

    from askfoi.tui.app import AskFOIApp
    from askfoi.tui.reply import ReplyScreen

    app = AskFOIApp(today=lambda: date(2025, 3, 5), save_folder=tmp_path, load_matcher=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("f9")
        await pilot.pause()
        await app.workers.wait_for_complete()
        screen = app.screen
        assert isinstance(screen, ReplyScreen)
        screen.query_one("#reply-text", TextArea).text = POINTING_REPLY
        await pilot.click("#reply-read")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        body = " ".join(str(screen.query_one("#reply-body", Static).render()).split())
    assert "partly given" in body
    assert "Part 2: information given (as part 1" in body


def test_cost_refusal_of_one_named_question_beside_an_answer_in_words():
    text = ("The fleet is managed by the Transport Team. The question concerning how many miles each van drove has "
            "engaged an exemption under Section 12 of the FOIA.")
    assert outcome(text) == P
    # the same refusal naming the whole request stays a cost refusal
    assert outcome("The fleet is managed by the Transport Team. Your request has engaged an exemption under Section 12 "
                   "of the FOIA.") == Outcome.cost_limit
