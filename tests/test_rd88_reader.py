"""rd88 (session 58): classes read wrongly in fresh85 (tuning material from this session), tested in my own words.

1. A disclosure log's status line, printed on every entry of its kind ("This request was refused in full ... This may
   include information where we can neither confirm nor deny that we hold it."), and its header above the request
   told back: the page's words, not the letter's decision - no NCND, and the request's items are no answers.
2. An NCND subsection named for information the letter withholds ("Some data has been withheld ... by virtue of the
   following exemptions: ... Section 42(2) - Legal Professional Privilege"), in a letter that nowhere refuses to
   confirm or deny: that exemption applied, not an NCND.
3. Section 12(2) said with other verbs of finding out ("the cost of identifying whether any information is held would
   exceed the appropriate limit"): a cost refusal, whatever else the letter says it cannot confirm.
4. The request's items told back one to a line, each answered on its line after a dash ("- Spend on agency nurses -
   Answered below", "- The list of suppliers - Commercially sensitive, Section 43 applied"): a part for each item.
Guards (pass on main too) are marked so."""

from __future__ import annotations

import pytest

from askfoi.reader import read_reply
from askfoi.reply_explain import explain_reply


@pytest.mark.parametrize("text", [
    "EIR release\n\nPlanning enforcement complaints 2024\n\nThis request was refused in full, so we didn't provide the "
    "information the requester asked for. This may include information where we can neither confirm nor deny that we "
    "hold it.\n\nCase reference EIR2024/00311\n\nPublished 3 May 2024\n\n1. How many complaints about unauthorised "
    "extensions did you receive in 2023?\n\n(i) broken down by ward,\n\n(ii) and by outcome.\n\nThe figures will be "
    "published in our annual enforcement report in September, so we consider them exempt under regulation 12(4)(d) "
    "as material still in the course of completion.\n",
    "FOI release\n\nSchool transport appeals\n\nThis request was refused in full, so we didn't provide the information "
    "the requester asked for. This may include information where we can neither confirm nor deny that we hold it.\n\n"
    "Case reference FOI2024/00702\n\nPublished 12 June 2024\n\n1. How many appeals were heard in 2023?\n\n2. Please "
    "list the members of each appeal panel.\n\nThe names of panel members are personal data and are exempt under "
    "section 40(2). The number of appeals is due to be published in July, so it is exempt under section 22.\n",
])
def test_a_log_status_line_is_no_ncnd_and_the_request_below_it_no_answer(text):
    r = explain_reply(text).reading
    assert not r.ncnd, r.evidence
    assert r.outcome.value == "refused", r.evidence


def test_a_hedge_on_what_a_kind_of_reply_may_include_is_no_ncnd():
    r = read_reply("Your request has been refused. This may include information where we can neither confirm nor "
                   "deny that we hold it. The report you asked for is exempt under section 36(2)(b).")
    assert not r.ncnd


def test_guard_an_ncnd_said_outright_stays_ncnd():  # guard: passes on main too
    r = read_reply("The Council can neither confirm nor deny that it holds any information of the kind you describe, "
                   "by virtue of section 40(5) of the Act.")
    assert r.ncnd


@pytest.mark.parametrize("text", [
    "I have decided to release part of the information. Some of it has been withheld because it is exempt, and this "
    "letter is a refusal notice under section 17 of the Act, by virtue of the following exemptions:\n"
    "Section 40(2) - Personal information\nSection 42(2) - Legal professional privilege\n"
    "Section 42 has been applied to the solicitor's advice on the contract.",
    "We hold the investigation file. Parts of it are withheld under section 31(3) and section 40(2), and the rest is "
    "enclosed.",
])
def test_an_ncnd_subsection_named_for_what_is_withheld_is_no_ncnd(text):
    r = read_reply(text)
    assert not r.ncnd, r.evidence
    assert r.outcome.value in ("part_disclosed", "refused")


@pytest.mark.parametrize("text", [
    "Dear Ms Patel,\nRe: Freedom of Information request - 40871\nI cannot confirm whether the Department holds "
    "information within the scope of your request. We estimate that the cost of identifying whether any information "
    "is held would exceed the appropriate limit of £600, so under section 12(2) we are not obliged to comply.",
    "Dear Mr Okafor,\nRe: Freedom of Information request - 51236\nWe are unable to say whether we hold these records. "
    "To find out whether we hold any records of this kind would take more than 18 hours, as every case file would "
    "have to be opened, so section 12(2) applies.",
    "Dear Mr Okafor,\nRe: Information request - 61902\nWe estimate that the cost of providing the information would "
    "exceed the appropriate limit, so section 12(1) applies and we will not be complying with your request.",
])
def test_a_cost_refusal_under_a_subject_line_with_its_reference_is_a_cost_refusal(text):
    # 3 (and the class found with it): the reference in "Re: ... request - 40871" is no figure given
    r = read_reply(text)
    assert r.outcome.value == "cost_limit", r.evidence
    assert not r.ncnd


def test_the_cost_of_finding_out_whether_anything_is_held_is_s12_2():
    r = read_reply("We are unable to say whether we hold these records: the time taken to identify whether information "
                   "is held would exceed the appropriate limit.")
    assert r.outcome.value == "cost_limit"
    assert any(e for e in r.evidence)


INLINE = ("Reference | FOI/24/377 |\nDescription | Agency nursing |\nRequest\n"
          "- Total spend on agency nurses in 2023/24 - Answered below\n"
          "- The names of the agencies used - Commercially sensitive, Section 43 applied see below\n"
          "- The number of shifts filled by agency nurses - Answered below\n"
          "- The hourly rates paid to each agency.- Commercially sensitive, Section 43 applied see below\n"
          "- Whether any agency was used off framework? .- No agency was used off framework\n"
          "Total agency nursing spend 2023/24 - £1.2m; shifts filled - 4,310\n"
          "Section 43(2) exempts information whose disclosure would be likely to prejudice the commercial interests "
          "of any person.\n")


def test_items_answered_on_their_own_lines_each_get_a_decision():
    r = explain_reply(INLINE).reading
    assert [p.outcome.value for p in r.parts] == ["disclosed", "refused", "disclosed", "refused", "disclosed"]
    assert r.outcome.value == "part_disclosed"


def test_guard_a_bulleted_request_answered_below_is_not_split_into_parts():  # guard: passes on main too
    r = explain_reply("Request\n- the number of fines issued in 2023;\n- the number paid;\n- the number cancelled.\n"
                      "Response\nWe issued 412 fines in 2023, of which 380 were paid and 12 cancelled.").reading
    assert r.outcome.value == "disclosed"
    assert not r.parts


@pytest.mark.parametrize("text, wanted", [
    ("Your request\n* Spend on consultants in 2022/23 - £84,000\n* Spend on consultants in 2023/24 - £91,500\n"
     "* The names of the consultants - Not held\n", ["disclosed", "disclosed", "not_held"]),
    ("You asked:\n- How many tasers are issued to officers? - Information not held\n- How many times were tasers drawn "
     "in 2023? - 412\n- The cost of each taser - Commercially sensitive, section 43(2)\n", ["not_held", "disclosed", "refused"]),
])
def test_figures_and_refusals_written_after_each_item_are_its_parts(text, wanted):
    r = explain_reply(text).reading
    assert [p.outcome.value for p in r.parts] == wanted
    assert r.outcome.value == "part_disclosed"
