"""Round 9 of the reply reader (issue 10): the causes found on the fresh5 replies and the weak sides named for the
round (nil answers, publication beside a hold-back, numbered requests with no "?", parts combined), each with short
replies written for these tests (never a real reply's text)."""

from __future__ import annotations

import json

import pytest

from askfoi.models import Outcome
from askfoi.reader import read_reply
from askfoi.reply_explain import explain_reply, explanation_text

P = Outcome.part_disclosed


def outcome(text: str) -> Outcome:
    return read_reply(text).outcome


# --- a refusal told in the progressive -------------------------------------------------------------------------------

def test_a_refusal_in_the_progressive_is_a_refusal():
    assert outcome("We will not be disclosing the names of the officers involved.") == Outcome.refused
    assert outcome("The Trust is not providing the supplier's day rates, which are commercially sensitive "
                   "(section 43(2)).") == Outcome.refused


def test_a_refusal_in_the_progressive_beside_a_give_is_a_part_disclosure():
    text = ("I can confirm that the information you have requested is held. I am able to disclose the located "
            "information to you as follows. 1. We shall not be disclosing the list of addresses and by doing so we "
            "rely on section 31(1)(a). 2. The number of premises visited was 48.")
    assert outcome(text) == P


# --- the Act's own lettered list after "prejudice:" is not the answers ------------------------------------------------

def test_the_acts_list_after_prejudice_is_not_parts():
    text = ("The information is withheld. Section 31 of the Act states that information is exempt if its disclosure "
            "would, or would be likely to, prejudice: (a) the prevention or detection of crime (b) the apprehension or "
            "prosecution of offenders.")
    reading = read_reply(text)
    assert reading.outcome == Outcome.refused
    assert not reading.parts


# --- a share held back ("not to disclose some of") -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Following careful consideration, we have decided not to disclose some of this information under regulation "
    "12(4)(d).",
    "We are pleased to be able to provide you with some of the information you requested. We do not retain "
    "attendance figures for individual meetings.",
])
def test_a_share_held_back_is_a_part_disclosure(text):
    assert outcome(text) == P


# --- what a give verb sets out, when it is the reasons ----------------------------------------------------------------

def test_reasons_set_out_in_an_annex_are_not_information_given():
    text = ("I have concluded that regulation 12(4)(e) was wrongly engaged and that regulation 12(5)(e) applies "
            "instead, so the information remains withheld. I set out in the annex below a fuller explanation of our "
            "decision.")
    assert outcome(text) == Outcome.refused
    # the information itself set out in an annex is still given
    assert outcome("The information you asked for is set out in the annex below.") == Outcome.disclosed


# --- the response pointed at is not information given -----------------------------------------------------------------

def test_our_response_shown_below_is_a_pointer():
    text = ("Our response to your questions is shown below. The Council has determined that this information is "
            "exempt under section 21(1) of the Act as it is reasonably accessible to you by other means.")
    assert outcome(text) == Outcome.published
    assert outcome("Our response to your questions is shown below. 2022: 14 cases. 2023: 19 cases.") == Outcome.disclosed


# --- a reference number is not a figure given ------------------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("Reference Number: 2898 ... We do not use Airbnb rentals.", Outcome.not_held),
    ("Case number: 4410. The Council does not hold this information.", Outcome.not_held),
    ("Reference number: FOI 2898. The total was 57 vehicles.", Outcome.disclosed),
])
def test_a_reference_number_is_not_an_answer(text, want):
    assert outcome(text) == want


# --- figures run into the hold-back after them ------------------------------------------------------------------------

def test_a_table_run_into_a_refusal_of_the_rest_is_a_part_disclosure():
    text = ("Please find below our response. Project name Grant 2022/23 Grant 2023/24 Radio upgrade £924,275 £483,116 "
            "Any other information is exempt by virtue of section 24(1) and section 31(1)(a).")
    assert outcome(text) == P


# --- records that are gone; a link lost in the text ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "All CCTV footage from that date has been deleted.",
    "Please note that the email accounts of the former team have now been deleted.",
])
def test_records_deleted_are_not_held(text):
    assert outcome(text) == Outcome.not_held


def test_names_deleted_from_a_document_are_not_records_gone():
    text = "The names have been deleted to protect the identities of the staff. Please find the report attached."
    assert outcome(text) != Outcome.not_held


def test_available_online_here_with_the_link_lost_is_published():
    assert outcome("The minutes are available online here: Council meetings and minutes.") == Outcome.published


# --- published beside a hold-back until publication (s22) or another exemption: refused (FORMAT.md's "published" is
# s21 / FOISA s25 alone); the reading says what is published and what waits for publication --------------------------

def test_published_beside_future_publication_is_refused_and_says_what_waits():
    text = ("Details of sightings for 1998-2008 are available on our website at www.example.gov.uk/ufo. Reports for "
            "2009 will be published at the end of the year, so they are exempt under section 22.")
    reading = read_reply(text)
    assert reading.outcome == Outcome.refused
    assert reading.held_until_published
    assert "not published yet" in reading.explanation


def test_publication_that_is_only_required_is_still_to_come():
    text = ("The Annual Report is required to be published by the end of September. The figures are therefore exempt "
            "under section 22 (information intended for future publication).")
    reading = read_reply(text)
    assert reading.outcome == Outcome.refused
    assert not reading.held_until_published


def test_published_beside_another_exemption_stays_a_refusal():
    # the labels' convention (docs/notes/rd9.md): another exemption withholding the rest makes the whole a refusal
    text = ("Responses to Parliamentary Questions on this subject are available at www.parliament.uk. Other "
            "correspondence has been withheld as it is exempt under section 37(1)(a).")
    assert outcome(text) == Outcome.refused


# --- nil answers: one convention ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    # a count of zero, an event that did not happen: an answer (the number is nil)
    ("The Council has not received any complaints about this matter in the last five years.", Outcome.disclosed),
    ("There were no such cases reported in 2017-2018 and 2018-2019.", Outcome.disclosed),
    ("During the period requested there was a Nil Return.", Outcome.disclosed),
    ("The Council has not issued any notices on private land. We have issued 9 on the highway.", Outcome.disclosed),
    ("We have not had any formal complaints asking for books to be removed. The reasons books are withdrawn are not "
     "recorded separately.", P),
    # records that do not exist, or a document asked for that was never made: not held
    ("We have not recorded any information about this.", Outcome.not_held),
    ("The Council has not carried out any such assessments.", Outcome.not_held),
    ("The Department has not commissioned any research on this topic.", Outcome.not_held),
    # the nil fact given as the reason nothing is held, in the same sentence: not held
    ("The Council has not received any such complaints, so there is no information to provide.", Outcome.not_held),
    ("We do not use spit hoods.", Outcome.not_held),
])
def test_nil_answers_and_not_held(text, want):
    assert outcome(text) == want


def test_the_process_is_not_a_nil_answer():
    assert outcome("We have not received any clarification from you, so the request is closed.") != Outcome.disclosed


def test_a_search_told_after_however_answered_in_the_next_sentence():
    text = ("The Service does not routinely record refurbishment works, however we have searched our incident log "
            "text for 'refurb'. During the period requested there was a Nil Return.")
    assert outcome(text) == Outcome.disclosed
    text = ("The Trust does not hold a central log, however we have searched the ward diaries. There were 4 incidents "
            "in 2023.")
    assert outcome(text) == Outcome.disclosed


def test_a_nil_answer_is_flagged_on_the_reading_and_its_part():
    reading = read_reply("Q1. How many fines were issued in 2023? None. Q2. Please provide a copy of the policy. "
                         "We do not have a policy on this.")
    assert reading.outcome == P
    assert reading.nil_answer
    assert [(p.number, p.outcome, p.nil_answer) for p in reading.parts] == [
        ("1", Outcome.disclosed, True), ("2", Outcome.not_held, False)]
    assert not read_reply("1. How many fines? 42. 2. How many appeals? 7.").nil_answer


# --- numbered restated requests with no "?" ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "1. How many agency staff did the Trust employ in 2023? 214. 2. Please provide the hourly rates paid to each "
    "agency. This information is exempt under section 43(2) as it is commercially sensitive.",
    "1. Please state the number of fines issued in 2023. 1,204 fines were issued. 2. Please provide the hourly rates "
    "paid to the contractor. This information is exempt under section 43(2).",
    "Q1 Please state the amount spent on consultants in 2022/23. £45,000. Q2 Please list the consultants used. The "
    "names are withheld under section 40(2).",
    "1. Number of CCTV cameras owned by the council. 86. 2. Locations of each camera. Exempt under section 31(1)(a).",
])
def test_numbered_requests_without_a_question_mark_are_parts(text):
    reading = read_reply(text)
    assert reading.outcome == P
    assert [(p.number, p.outcome) for p in reading.parts] == [("1", Outcome.disclosed), ("2", Outcome.refused)]


def test_numbered_requests_all_answered_are_disclosed_part_by_part():
    reading = read_reply("1. Please provide the number of officers. 1,200. 2. Please provide the number of PCSOs. 340.")
    assert reading.outcome == Outcome.disclosed and not reading.unclear
    assert [p.number for p in reading.parts] == ["1", "2"]


def test_a_request_quoted_whole_then_one_answer_is_not_split():
    text = ("1. Please provide the number of officers. 2. Please provide the number of PCSOs. The force employs 1,200 "
            "officers and 340 PCSOs.")
    assert read_reply(text).parts == []


def test_a_document_not_had_in_a_part_is_not_held():
    reading = read_reply("1. How many fines were issued? 42. 2. Please provide a copy of the enforcement policy. "
                         "We do not have a policy on this.")
    assert [(p.number, p.outcome) for p in reading.parts] == [("1", Outcome.disclosed), ("2", Outcome.not_held)]


# --- a section outside the Act's exemptions is not an exemption -------------------------------------------------------

def test_a_section_of_another_document_is_not_an_exemption():
    text = ("The exemption is listed below: Section 21 - Information Reasonably Accessible by Other Means. The Service "
            "Instruction for Wanted Persons (Section 5 - Breach of Bail) sets out the actions. This Service Instruction "
            "is published on our website and can be accessed through the following link: https://www.example.org/si.")
    assert outcome(text) == Outcome.published


# --- what the reader found reaches the person: explain, --json, review, the reply screen -----------------------------

NIL_REPLY = ("Q1. How many fines were issued in 2023? None. Q2. Please provide a copy of the enforcement policy. "
             "We do not have a policy on this.")


def test_explain_says_a_nil_answer_and_marks_the_part():
    text = explanation_text(explain_reply(NIL_REPLY))
    assert "the number is zero" in text
    assert "Part 1: information given (none: a nil answer)" in text
    assert "Part 2: information not held" in text


def test_explain_json_carries_the_nil_answer(tmp_path, capsys):
    from askfoi.cli import main

    f = tmp_path / "reply.txt"
    f.write_text(NIL_REPLY, encoding="utf-8")
    assert main(["explain", str(f), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["nil_answer"] is True
    assert [p["nil_answer"] for p in data["parts"]] == [True, False]


def test_the_review_letter_asks_for_the_numbered_request_still_owed(tmp_path, capsys):
    from askfoi.cli import main

    f = tmp_path / "reply.txt"
    f.write_text("1. Please state the number of fines issued in 2023. 1,204 fines were issued. 2. Please provide the "
                 "hourly rates paid to the contractor. This information is exempt under section 43(2).", encoding="utf-8")
    assert main(["review", str(f), "--name", "Sam Doe"]) == 0
    assert "part 2" in capsys.readouterr().out.lower()


async def test_the_reply_screen_shows_the_nil_answer_at_80x24(tmp_path):
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
        screen.query_one("#reply-text", TextArea).text = NIL_REPLY
        await pilot.click("#reply-read")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        body = " ".join(str(screen.query_one("#reply-body", Static).render()).split())
    assert "partly given" in body
    assert "Part 1: information given (none: a nil answer)" in body
    assert "the number is zero" in body


# --- confidence: only a reading askfoi cannot stand behind says so (fu29, nu31 s20: "less sure" on plain replies) -------

def test_explain_says_not_sure_only_when_the_reading_is_low():
    plain = explanation_text(explain_reply("The information you requested is exempt under section 43(2)."))
    worded = explanation_text(explain_reply("Q1. 14 officers.\nQ2. We do not hold this information.\nQ3. The names are "
                                            "exempt under section 40(2)."))
    assert read_reply("The information you requested is exempt under section 43(2).").confidence == "high"
    assert "less sure" not in plain and "less sure" not in worded
    assert "not sure of this reading" not in plain


# --- not held in more words; a share of years no longer held beside a figure ------------------------------------------

@pytest.mark.parametrize("text", [
    "The Force has no means of extracting this data from its systems.",
    "This data is not broken down in the way you have asked.",
    "The University does not track this information.",
    "We do not monitor this.",
    "The information you have asked for is held by the County Council, not by this Council.",
    "There is no such role within the organisation.",
    "We are unable to provide this information as it does not exist.",
    "There is no written policy on this matter.",
    "Our systems do not allow us to identify these cases.",
    "We have not been able to find anything that answers your question.",
])
def test_not_held_in_more_words(text):
    assert outcome(text) == Outcome.not_held


def test_earlier_years_no_longer_held_beside_a_figure_is_a_part_disclosure():
    assert outcome("The Trust spent £1.2m on agency nurses in 2023/24. Information for earlier years is no longer "
                   "held.") == P


def test_an_abbreviation_before_a_figure_does_not_end_the_sentence():
    for text in ("To locate this information would take approx. 40 hours, which exceeds the appropriate limit.",
                 "It would take c. 25 hours to review the files, exceeding the cost limit."):
        reading = read_reply(text)
        assert reading.outcome == Outcome.cost_limit
        assert len(reading.evidence) == 1 and "hours" in reading.evidence[0]


def test_a_link_where_the_information_is_published():
    assert outcome("Please see the link below, where this information is published: "
                   "https://www.example.nhs.uk/board-papers") == Outcome.published


def test_a_named_piece_of_a_document_taken_out_is_a_part_disclosure():
    assert outcome("The report is attached; however, paragraphs 4 to 7 have been removed because they contain "
                   "commercially sensitive information.") == P
    # the information itself taken out, for a reason: a refusal, not a share
    assert outcome("The requested information has been removed from the document as it is exempt under section "
                   "40(2).") == Outcome.refused
    assert outcome("The information requested has not been included as it is exempt under section 43(2).") == Outcome.refused


def test_the_limit_named_bare_after_the_cost_limit():
    text = ("We can provide information for one of the three years you asked for within the cost limit: in 2023 there "
            "were 88 cases. Providing the other years would exceed the limit.")
    assert outcome(text) == P


@pytest.mark.parametrize("text", [
    "The information is not held in a form we can release, as it contains third party personal data. It is therefore "
    "exempt under section 40(2).",
    "We do not hold any information that we are able to disclose; what we hold is exempt under section 41.",
])
def test_a_give_verb_in_a_relative_clause_after_a_negation_gives_nothing(text):
    assert outcome(text) == Outcome.refused


def test_a_give_verb_in_a_relative_clause_without_a_negation_still_gives():
    assert outcome("We have attached all the information we can release.") == Outcome.disclosed
    assert outcome("Please find below any information that we can provide about the scheme: 14 sites.") == Outcome.disclosed


# --- parts combined: a part with no final answer yet beside parts given ----------------------------------------------

OWED_REPLY = "1. 42.\n2. £1,200.\n3. We need more time to consider this part and will reply by 20 March.\n"


def test_parts_given_beside_a_part_not_answered_yet_are_a_part_disclosure():
    reading = read_reply(OWED_REPLY)
    assert reading.outcome == P
    assert [(p.number, p.outcome) for p in reading.parts] == [
        ("1", Outcome.disclosed), ("2", Outcome.disclosed), ("3", Outcome.pending)]
    assert "not yet answered part 3" in reading.explanation


def test_the_review_for_a_part_not_answered_yet_asks_for_it_and_invents_no_exemption(tmp_path, capsys):
    from askfoi.cli import main

    f = tmp_path / "reply.txt"
    f.write_text(OWED_REPLY, encoding="utf-8")
    assert main(["review", str(f), "--name", "Sam Doe"]) == 0
    letter = capsys.readouterr().out.lower()
    assert "part 3" in letter
    assert "without saying which exemption" not in letter
