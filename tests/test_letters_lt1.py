"""The letters after a reply, read as the FOI officer and the Commissioner's caseworker would: each ground is
the one the reply's decision calls for (and only those), each legal claim holds under that reply's law, and
the dates and references are the reply's own. Short invented replies; assertions on behaviour, not wording."""

from __future__ import annotations

from datetime import date

import pytest

from askfoi.cli import main
from askfoi.followup import (
    NothingToChallenge,
    chase_letter,
    complaint_letter,
    grounds_for,
    review_letter,
    section_roles,
)
from askfoi.models import Outcome, Regime
from askfoi.next_steps import law_of, next_steps
from askfoi.periods import find_periods
from askfoi.reader import read_reply
from askfoi.reply_explain import section_note

TODAY = date(2026, 11, 30)


def _paragraph(body: str, start: str) -> str:
    return next((p for p in body.split("\n\n") if p.startswith(start)), "")


# --- which grounds --------------------------------------------------------------------------------------


def test_published_information_is_argued_as_published_not_as_an_absolute_exemption():
    reply = ("I can confirm that we hold the information. It is exempt under section 21 of the Freedom of "
             "Information Act as it is reasonably accessible to you by other means: see our website.")
    grounds = grounds_for(read_reply(reply))
    assert "published" in grounds and "absolute" not in grounds


def test_whole_ncnd_under_a_qualified_provision_weighs_the_public_interest_in_confirming_or_denying():
    reply = ("Kent Police can neither confirm nor deny that it holds the information you requested, by virtue of "
             "section 31(3) Law Enforcement. Confirming or denying would undermine covert tactics.")
    letter = review_letter(reply, today=TODAY)
    public_interest = _paragraph(letter.body, "The public interest")
    assert "2(1)(b)" in public_interest and "neither confirming nor denying" in public_interest
    assert "2(2)(b)" not in public_interest  # that is the test for releasing information, not for saying it is held


def test_an_absolute_ncnd_provision_gets_no_public_interest_or_harm_claim():
    reply = ("West Mercia Police can neither confirm nor deny that it holds any information relevant to your "
             "request by virtue of section 23(5) Information supplied by, or concerning, certain Security Bodies.")
    reading = read_reply(reply)
    assert "public_interest" not in grounds_for(reading)
    ncnd = _paragraph(review_letter(reading, today=TODAY).body, "Neither confirm nor deny")
    assert "absolute" in ncnd and "no public interest test" in ncnd and "harm" not in ncnd


def test_a_reply_refused_as_vexatious_is_argued_on_that_alone():
    reply = ("Your request is refused under section 14(1) of the Freedom of Information Act as vexatious. We had "
             "earlier extended the time to consider the public interest under section 35.")
    assert grounds_for(read_reply(reply)) == ["vexatious"]


def test_information_withheld_without_naming_an_exemption_asks_for_the_refusal_notice_under_that_law():
    foia = review_letter("Some of the information is attached. We are unable to release the remainder.", today=TODAY)
    assert "section 17(1)" in foia.body and "qualified: the information must be released" not in foia.body
    eir = review_letter("We have handled your request under the Environmental Information Regulations 2004. Some "
                        "of the information is attached. We are unable to release the remainder.", today=TODAY)
    assert "regulation 14" in eir.body and "section 17" not in eir.body and "exception not named" in eir.body


def test_a_reply_that_gave_everything_has_nothing_to_review_or_complain_about(tmp_path, capsys):
    reply = "Q1. How many fires were there in 2024? 14 fires. Q2. How many injuries? 3 people were injured."
    with pytest.raises(NothingToChallenge):
        review_letter(reply, today=TODAY)
    with pytest.raises(NothingToChallenge):
        complaint_letter(reply, authority="Kent Fire and Rescue Service", today=TODAY)
    steps = next_steps(Outcome.disclosed, received=date(2026, 11, 20), today=TODAY)
    assert steps and all(s.letter is None for s in steps)
    path = tmp_path / "reply.txt"
    path.write_text(reply)
    assert main(["review", str(path)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "Traceback" not in err


def test_personal_data_paragraph_names_the_provision_the_reply_used():
    reply = ("I enclose most of the information. An exemption under section 38(1)(b) of FOISA (personal "
             "information) applies to the names of staff.")
    personal = _paragraph(review_letter(reply, scotland=True, today=TODAY).body, "Personal data")
    assert "38(1)(b)" in personal
    ncnd = ("The Trust can neither confirm nor deny whether it holds the information by virtue of section 40(5B) of "
            "the Freedom of Information Act.")
    # fu21: an NCND under s40(5B) is argued under NCND alone: a review asking to have the information about the
    # person anonymised cannot succeed (the old assertion asked for that paragraph: the fault nu24 item 5 found)
    letter = review_letter(ncnd, today=TODAY)
    assert not _paragraph(letter.body, "Personal data") and "40(5B)" in letter.body and letter.caution


# --- each law's terms ----------------------------------------------------------------------------------


def test_manifestly_unreasonable_is_weighed_and_not_argued_with_the_acts_cost_rules():
    reply = ("We have dealt with your request under the Environmental Information Regulations 2004. We are unable "
             "to provide this information under Regulation 12(4)(b) - manifestly unreasonable, as it would take "
             "over 60 hours to locate and extract.")
    letter = review_letter(reply, today=TODAY)
    assert {"cost", "public_interest"} <= set(grounds_for(read_reply(reply)))
    assert "Only those activities count" not in letter.body and "section 12" not in letter.body
    assert "exception" in _paragraph(letter.body, "The public interest")
    assert section_note("EIR 12(4)(b)").test == "qualified"


def test_the_acts_cost_limit_with_its_fees_regulations_is_not_taken_for_the_eir():
    sections = ["3(3)", "4(3)", "12(1)", "EIR 3(3)", "EIR 4(3)"]
    assert law_of(Regime.EIR, sections) == "FOIA"
    assert law_of(Regime.EIR, ["EIR 12(4)(b)"]) == "EIR"
    assert law_of(Regime.EIR, ["40(3)(a)(i)"]) == "EIR"  # an EIR reply may name the Act's personal data section


def test_roles_read_each_section_under_its_own_law():
    assert "personal" in section_roles("FOISA 38(1)(b)") and "personal" not in section_roles("38(1)(b)")
    assert "commercial" in section_roles("EISR 10(5)(e)") and "cost" in section_roles("EIR 12(4)(b)")
    assert "routing" in section_roles("FOISA 39(2)")


# --- the narrower request --------------------------------------------------------------------------------


def test_narrower_request_stays_inside_the_requests_period_and_names_one_period_per_part():
    request = ("1. How many burglaries were recorded between 1 April 2022 and 31 March 2025?\n"
               "2. How many of these resulted in a charge?\n"
               "3. Please break these down by ward.")
    reply = ("Our ref: FOI 555/26\nDate: 10 November 2026\n\nTo answer your request would exceed the appropriate "
             "limit of 18 hours under section 12 of the Freedom of Information Act.")
    body = review_letter(reply, request=request, today=TODAY).body
    narrowed = body.split("narrower request:", 1)[1].split("\n\n")[1].splitlines()
    assert narrowed and all(len(find_periods(line, today=TODAY)) <= 1 for line in narrowed)
    first = find_periods(narrowed[0], today=TODAY)
    assert first, narrowed[0]
    start = first[0][0].split(" to ")[0]
    assert start.endswith(("2022", "2023", "2024")) and "2025 to 31 March 2026" not in body


# --- the complaint and the chaser ------------------------------------------------------------------------


REFUSAL = ("Our ref: FOI-2026-3141\nDate: 2 September 2026\n\nThe information is withheld under section 31(1)(a) "
           "Law Enforcement. The public interest favours withholding.")


def _review_outcome(day: str) -> str:
    return (f"Date: {day}\n\nInternal review. I have reviewed your request and uphold the decision to withhold the "
            "information under section 31(1)(a).")


def test_complaint_quotes_the_replys_date_and_reference():
    letter = complaint_letter(REFUSAL, authority="Kent Police", review=_review_outcome("20 November 2026"),
                              today=TODAY)
    assert "2 September 2026" in letter.body and "FOI-2026-3141" in letter.body and "[DATE OF REPLY]" not in letter.body
    assert "FOI-2026-3141" in letter.subject


def test_complaint_claims_the_six_weeks_only_when_they_have_not_passed():
    recent = complaint_letter(REFUSAL, authority="Kent Police", review=_review_outcome("20 November 2026"), today=TODAY)
    old = complaint_letter(REFUSAL, authority="Kent Police", review=_review_outcome("1 September 2026"), today=TODAY)
    assert "within six weeks" in recent.body
    assert "within six weeks" not in old.body and "[SAY WHY]" in old.body


def test_eir_complaint_speaks_of_reconsideration_and_its_possessive_is_plain():
    reply = ("Date: 20 November 2026\n\nWe have handled your request under the Environmental Information "
             "Regulations 2004. The information is withheld under regulation 12(5)(e), commercial confidentiality.")
    letter = complaint_letter(reply, authority="National Highways", today=TODAY)
    assert "reconsideration" in letter.body and "internal review" not in letter.body
    assert "Highways's" not in letter.subject


def test_chaser_names_the_extension_each_law_allows():
    eir = chase_letter(date(2026, 10, 1), authority="Bristol City Council", regime=Regime.EIR, today=TODAY)
    foisa = chase_letter(date(2026, 10, 1), authority="Fife Council", regime=Regime.FOISA, today=TODAY)
    assert "regulation 7" in eir.body and "40 working days" in eir.body
    assert "extend" not in foisa.body and "section 10(3)" not in foisa.body


def test_a_review_asked_after_forty_working_days_says_so_and_one_asked_in_time_does_not():
    reply = "Date: {day}\n\nThe information is withheld under section 43(2) Commercial Interests."
    late = review_letter(reply.format(day="1 July 2026"), today=TODAY).body
    in_time = review_letter(reply.format(day="20 November 2026"), today=TODAY).body
    assert "more than 40 working days" in late and "more than 40 working days" not in in_time


def test_eisr_provisions_are_explained_by_the_eir_provisions_they_mirror():
    not_held, ncnd = section_note("EISR 10(4)(a)"), section_note("EISR 10(8)")
    assert not_held.meaning and not_held.meaning == section_note("EIR 12(4)(a)").meaning
    assert ncnd.ncnd_provision and ncnd.test == "qualified"
    assert section_note("EISR 10(4)(b)").test == "qualified"


def test_totals_are_offered_for_prices_and_a_redacted_release_for_other_commercial_information():
    reply = "The information is withheld under section 43(2) as its release would prejudice commercial interests."
    prices = review_letter(reply, request="What unit price did you pay for each body-worn camera?", today=TODAY)
    report = review_letter(reply, request="Please send me the consultant's report on the new leisure centre.",
                           today=TODAY)
    assert "totals" in _paragraph(prices.body, "Commercial interests")
    assert "totals" not in _paragraph(report.body, "Commercial interests")
    assert "redacted" in _paragraph(report.body, "Commercial interests")


def test_the_requesters_own_data_is_pointed_to_a_subject_access_request_not_argued_as_aggregate_figures():
    reply = "The information you asked for is your own personal data and is exempt under section 40(1) of the Act."
    reading = read_reply(reply)
    grounds = grounds_for(reading)
    assert "own_data" in grounds and "personal" not in grounds
    assert "Article 15" in review_letter(reading, today=TODAY).body


def test_foisa_ncnd_under_section_18_weighs_the_public_interest():
    reply = ("In terms of section 18(1) of FOISA, the Authority neither confirms nor denies whether it holds the "
             "information, as revealing whether it exists would be contrary to the public interest. If it held "
             "any, it would be exempt under section 35(1)(a).")
    reading = read_reply(reply)
    assert "public_interest" in grounds_for(reading)
    assert "18(1)" in _paragraph(review_letter(reading, scotland=True, today=TODAY).body, "The public interest")


def test_an_absolute_exemption_is_challenged_on_what_it_turns_on():
    reply = "The information is exempt under section 41(1) of the Act as it was provided to us in confidence."
    absolute = _paragraph(review_letter(reply, today=TODAY).body, "Absolute exemption")
    assert "41(1)" in absolute and "actionable breach of confidence" in absolute
    assert "public interest" in absolute  # the defence to a breach of confidence, not a public interest test


def test_a_letter_with_slots_to_fill_says_so_and_one_without_does_not():
    # fu26: a date askfoi does not know is worded out, never a slot; what only the person knows (what a published
    # page lacks) is still a slot, and the letter says so
    undated = complaint_letter("The information is withheld under section 31(1)(a).", authority="Kent Police",
                               name="Sam Taylor", today=TODAY)
    assert undated.missing == [] and "[DATE" not in undated.body
    pointed = review_letter("The figures are published at https://www.kent.police.uk/foi-ai/kent-police/disclosure-2024/"
                            "march/stop-and-search-2023/ and are exempt under section 21.", name="Sam Taylor", today=TODAY)
    assert "placeholders" in pointed.missing
    review = review_letter(REFUSAL, name="Sam Taylor", today=TODAY)
    assert review.missing == []


def test_an_ncnd_complaint_weighs_saying_whether_information_is_held():
    reply = "Kent Police neither confirms nor denies that it holds the information, by virtue of section 31(3)."
    body = complaint_letter(reply, authority="Kent Police", today=TODAY).body
    line = next(x for x in body.splitlines() if "public interest" in x)
    assert "whether the information is held" in line and "disclosure outweighs" not in line


def test_a_complaint_about_a_reply_that_came_late_says_when_it_was_due():
    reply = "Date: 20 November 2026\n\nThe information is withheld under section 31(1)(a) Law Enforcement."
    late = complaint_letter(reply, authority="Kent Police", sent=date(2026, 9, 1), today=TODAY).body
    on_time = complaint_letter(reply, authority="Kent Police", sent=date(2026, 11, 2), today=TODAY).body
    assert "29 September 2026" in late and "replied late" in late
    assert "replied late" not in on_time


def test_the_request_not_the_replys_arguments_decides_whether_totals_are_offered():
    reply = ("The report is withheld under section 43(2). We have weighed the public interest in transparency of "
             "public spending against the harm to our procurement.")
    letter = review_letter(reply, request="Please send me the consultant's report on the leisure centre.", today=TODAY)
    assert "totals" not in _paragraph(letter.body, "Commercial interests")


def test_a_disclosure_log_summary_line_gives_the_replys_date_and_a_request_date_does_not():
    from askfoi.reply_explain import reply_date

    summary = "Reference number FOI0701. Date request received 10 October 2019. Date of decision 05 November 2019."
    assert reply_date(summary) == date(2019, 11, 5)
    assert reply_date("Date request received 10 October 2019. We hold no information.") is None


def test_a_reference_ending_in_a_financial_year_is_quoted_whole():
    from askfoi.followup import reference_in

    assert reference_in("Our ref: 0596 2019/20\nDate: 12 November 2026") == "0596 2019/20"
    assert reference_in("Our ref: FOI-123 2019 was received") == "FOI-123"


def test_the_complaint_names_the_authority_as_a_sentence_does():
    from askfoi.followup import in_sentence

    assert in_sentence("Scottish Government") == "the Scottish Government"  # listed as "The Scottish Government"
    assert in_sentence("Kent Police") == "Kent Police"
    assert in_sentence("Some Parish Council") == "Some Parish Council"  # unknown: as given
    letter = complaint_letter("The information is withheld under section 30(1)(a) of FOISA.",
                              authority="Scottish Government", scotland=True, today=TODAY)
    assert "how the Scottish Government dealt" in letter.body and "the Scottish Government's" in letter.subject


def test_scots_law_is_taken_from_the_authority_or_the_reply_without_a_flag():
    from askfoi.reply_explain import explain_reply

    reply = ("1. We do not record these costs. This information therefore falls under Regulation 10(4)(a) of the "
             "Environmental Information (Scotland) Regulations 2004 - information not held.")
    assert explain_reply(reply, today=TODAY).law == "EISR"
    assert review_letter(reply, today=TODAY).law.startswith("the Environmental Information (Scotland)")
    chaser = chase_letter(date(2026, 10, 1), authority="Fife Council", today=TODAY)
    assert "(Scotland)" in chaser.body and "Information Commissioner under section 50" not in chaser.body
    english = chase_letter(date(2026, 10, 1), authority="Kent Police", today=TODAY)
    assert "(Scotland)" not in english.body


def test_a_reference_in_the_replys_heading_is_found():
    from askfoi.followup import reference_in

    assert reference_in("Re: Freedom of Information Request - 2026/1187\n\nI write further to") == "2026/1187"
    assert reference_in("FOI request: 1234-26") == "1234-26"
    # a dash after the words with no reference, or a date, is not one
    assert reference_in("Thank you for your Freedom of Information request - we have") is None
    assert reference_in("your FOI request dated 2 September 2026") is None


def test_a_reply_dated_under_its_sign_off():
    from askfoi.reply_explain import reply_date

    reply = ("Dear Mr Smith\n\nWe can neither confirm nor deny that we hold the information (sections 24(2) and 31(3)).\n\n"
             "Yours sincerely\n\nInformation Management\nWest Yorkshire Police\n10 November 2026\n")
    assert reply_date(reply) == date(2026, 11, 10)
    # a date inside a sentence after the sign-off is not the reply's own
    assert reply_date("Dear X\n\nNot held.\n\nYours sincerely\nA Person, who wrote on 2 October 2026") is None
