"""After the reply: dated next steps, `askfoi explain` with section notes, and the review, chaser and
complaint letters for each kind of outcome (both seed pages included)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from askfoi.cli import main
from askfoi.deadlines import add_working_days, is_working_day, review_request_by
from askfoi.formats import render_letter
from askfoi.followup import chase_letter, complaint_letter, grounds_for, review_letter
from askfoi.models import Outcome, Regime
from askfoi.next_steps import law_of, next_steps
from askfoi.reader import read_reply
from askfoi.reply_explain import explain_reply

REPLY_DAY = date(2025, 3, 3)

COST = ("Section 12 of the Act allows us to refuse a request where the cost of compliance would exceed the "
        "appropriate limit of £450. To answer we would need to read 9,000 case files.")
NOT_HELD = "Having completed enquiries, the Council does not hold the information you have requested."
NCND = ("The force can neither confirm nor deny that it holds information about the covert use of facial "
        "recognition, by virtue of sections 23(5), 24(2) and 31(3).")
QUALIFIED = ("The locations of ANPR cameras are exempt from disclosure under section 31(1)(a) (law enforcement). "
             "The public interest in maintaining the exemption outweighs the public interest in disclosure.")
PERSONAL = "Details of the named officers will not be disclosed under section 40(2) of the Act."
COMMERCIAL = "Please find attached the contract. Unit prices have been redacted under section 43(2) (commercial interests)."
PARTS = "Q1. 14 officers.\nQ2. We do not hold this information.\nQ3. The names are exempt under section 40(2)."
FOISA_COST = ("Under section 12 of the Freedom of Information (Scotland) Act 2002 we are not required to comply "
              "because the cost would exceed £600.")
EIR_NOT_HELD = ("Your request has been handled under the Environmental Information Regulations 2004. The Council "
                "does not hold this information and regulation 12(4)(a) applies.")


def test_foia_review_is_due_40_working_days_after_the_reply():
    steps = next_steps(Outcome.refused, Regime.FOIA, received=REPLY_DAY)
    review = next(s for s in steps if s.kind == "review")
    assert review.by == review_request_by(REPLY_DAY) and is_working_day(review.by)
    assert review.letter == "review"
    commissioner = next(s for s in steps if s.kind == "commissioner")
    assert "six weeks" in commissioner.explanation and commissioner.letter == "complain"


def test_foisa_review_is_compulsory_then_the_scottish_commissioner():
    steps = next_steps(Outcome.cost_limit, Regime.FOISA, received=REPLY_DAY)
    kinds = [s.kind for s in steps]
    assert kinds == ["narrow", "review", "commissioner"]
    review = steps[1]
    assert review.by == add_working_days(REPLY_DAY, 40, scotland=True)
    assert "Scottish Information Commissioner" in steps[2].title and "6 months" in steps[2].explanation


def test_eir_reconsideration_and_eisr_review():
    eir = next_steps(Outcome.not_held, Regime.EIR, received=REPLY_DAY)
    assert "reconsider" in eir[0].title.lower() and "Information Commissioner" in eir[1].title
    eisr = next_steps(Outcome.not_held, Regime.EIR, sections=["EISR 10(4)(a)"], received=REPLY_DAY)
    assert law_of(Regime.EIR, ["EISR 10(4)(a)"]) == "EISR"
    assert "Scottish Information Commissioner" in eisr[1].title


def test_a_late_reply_gets_a_chaser_with_the_due_date():
    steps = next_steps(None, Regime.FOIA, sent=date(2025, 1, 6), today=date(2025, 3, 10))
    assert steps[0].kind == "chase" and steps[0].by == date(2025, 2, 3)
    waiting = next_steps(None, Regime.FOIA, sent=date(2025, 1, 6), today=date(2025, 1, 20))
    assert waiting[0].kind == "wait" and waiting[0].by == date(2025, 2, 3)


def test_information_given_needs_nothing_more():
    assert next_steps(Outcome.disclosed, received=REPLY_DAY)[0].kind == "none"


def test_explain_notes_each_section():
    explained = explain_reply(NCND, received=REPLY_DAY)
    notes = {n.section: n for n in explained.sections}
    assert set(notes) == {"23(5)", "24(2)", "31(3)"}
    assert all(n.ncnd_provision for n in notes.values())
    assert notes["23(5)"].test == "absolute" and notes["24(2)"].test == "qualified"
    assert all(n.meaning for n in notes.values())
    assert explained.next_steps[0].by == review_request_by(REPLY_DAY)


def test_explain_finds_other_forces_that_answered_differently():
    request = "Does the force use facial recognition technology, overtly or covertly? Which suppliers?"
    explained = explain_reply(NCND, request=request, authority="Essex Police")
    others = explained.answered_differently
    assert others, "the pack holds police answers about facial recognition that confirmed or denied"
    assert all(o.url.startswith("http") and o.authority != "Essex Police" for o in others)
    assert all(o.outcome is not Outcome.ncnd for o in others)


def test_explain_cli_json_has_notes_and_steps(tmp_path, capsys):
    path = tmp_path / "reply.txt"
    path.write_text(QUALIFIED, encoding="utf-8")
    assert main(["explain", str(path), "--json", "--received", "2025-03-03"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["outcome"] == "refused"
    assert data["section_notes"][0]["test"] == "qualified"
    assert data["next_steps"][0]["by"] == review_request_by(REPLY_DAY).isoformat()
    assert any(s["role"] == "decision" and s["applies_to"] for s in data["sentences"])


def test_explain_cli_text_lists_parts_and_dates(tmp_path, capsys):
    path = tmp_path / "reply.txt"
    path.write_text(PARTS, encoding="utf-8")
    assert main(["explain", str(path), "--received", "03/03/2025"]) == 0
    out = capsys.readouterr().out
    assert "Part 2" in out and "Wednesday 30 April 2025" in out
    assert all(len(line) <= 80 for line in out.splitlines())


def test_explain_bad_date_is_one_line(tmp_path, capsys):
    path = tmp_path / "reply.txt"
    path.write_text(PARTS, encoding="utf-8")
    assert main(["explain", str(path), "--received", "soon"]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


@pytest.mark.parametrize("text,ground", [
    (COST, "cost"), (NOT_HELD, "not_held"), (NCND, "ncnd"), (QUALIFIED, "public_interest"), (PERSONAL, "personal"),
    (COMMERCIAL, "commercial"), (PARTS, "parts_owed"), (FOISA_COST, "cost"), (EIR_NOT_HELD, "not_held"),
])
def test_review_grounds_follow_the_decision(text, ground):
    assert ground in grounds_for(read_reply(text))


def test_cost_review_asks_for_advice_and_a_narrower_request():
    letter = review_letter(COST, request="1. How many complaints were made?\n2. What were they about?\n3. Emails about them",
                           name="Ann Smith", authority="Kent Police", received=REPLY_DAY, today=REPLY_DAY)
    assert "section 16" in letter.body.lower() and "section 12" in letter.body
    assert "narrower request" in letter.body and "1. " in letter.body
    assert letter.missing == [] and "Ann Smith" in letter.body


def test_not_held_review_asks_what_was_searched():
    body = review_letter(NOT_HELD, authority="Kent County Council").body
    assert "search terms" in body and "[YOUR NAME]" in body


def test_ncnd_review_cites_forces_that_confirmed():
    letter = review_letter(NCND, request="Does the force use facial recognition, overtly or covertly?",
                           authority="Essex Police", name="A")
    assert "https://" in letter.body and "confirmed or denied" in letter.body


def test_personal_and_commercial_reviews_offer_a_way_round():
    assert "aggregate" in review_letter(PERSONAL).body
    assert "totals" in review_letter(COMMERCIAL).body.lower()


def test_part_answered_review_names_the_parts_owed():
    body = review_letter(PARTS).body
    assert "part 2" in body and "part 3" in body and "part 1 " not in body


def test_scottish_letters_cite_their_own_law():
    review = review_letter(FOISA_COST, authority="Moray Council").body.lower()
    assert "section 20" in review and "section 15" in review and "section 16" not in review
    chase = chase_letter(date(2025, 1, 6), authority="Moray Council", regime=Regime.FOISA, today=date(2025, 3, 5)).body
    assert "Freedom of Information (Scotland) Act 2002" in chase and "Monday 3 February 2025" in chase
    complaint = complaint_letter(FOISA_COST, authority="Moray Council").body
    assert "section 47" in complaint and "Scottish Information Commissioner" in complaint


def test_eir_letters_cite_the_regulations():
    body = review_letter(EIR_NOT_HELD).body.lower()
    assert "regulation 11" in body and "regulation 9" in body
    chase = chase_letter(date(2025, 1, 6), authority="X", regime=Regime.EIR, today=date(2025, 3, 5)).body
    assert "regulation 5(2)" in chase.lower()


def test_chase_gives_section_10_and_the_due_date():
    letter = chase_letter(date(2025, 1, 6), authority="Kent County Council", today=date(2025, 3, 5), name="A")
    assert "Section 10" in letter.body and "Monday 3 February 2025" in letter.body
    assert letter.due == date(2025, 2, 3)


def test_an_eir_chaser_is_also_representations_under_regulation_11():
    """A failure to reply breaks the EIR, and the ICO may expect reconsideration first: the chaser asks for it."""
    eir = chase_letter(date(2025, 1, 6), authority="X", regime=Regime.EIR, today=date(2025, 3, 5)).body
    assert "representations under regulation 11" in eir and "regulation 18" in eir
    foia = chase_letter(date(2025, 1, 6), authority="X", today=date(2025, 3, 5)).body
    assert "regulation 11" not in foia
    late = next_steps(None, Regime.EIR, sent=date(2025, 1, 6), today=date(2025, 3, 10))
    assert "regulation 11" in late[1].explanation and "40 working days" in late[1].explanation


def test_complaint_lists_what_the_ico_asks_for():
    body = complaint_letter(NOT_HELD, authority="Kent County Council", sent=date(2025, 1, 6), review=NOT_HELD).body
    # fu27: the review outcome's date is not known, so no "within six weeks of the final response" is claimed
    assert "section 50" in body and "six weeks" not in body
    # lt100: the one text is the review's outcome: its decision is said as the review's ("The review's outcome:"), never
    # "the review upheld that decision" after the first reply was given that decision
    assert "my request" in body and "internal review" in body and "The review's outcome: information not held" in body
    waiting = complaint_letter(NOT_HELD, authority="Kent County Council", sent=date(2025, 1, 6)).body
    assert "have not received its outcome" in waiting and "six weeks" not in waiting


def test_letters_render_as_email():
    eml = render_letter(review_letter(NOT_HELD, authority="Kent County Council", to="foi@kent.example", name="A"), "eml")
    assert "To: foi@kent.example" in eml and "Subject: Request for internal review" in eml


@pytest.fixture
def seeds_dir() -> Path:
    """The two Essex Police seed pages: ../shared/seeds beside the checkout, or the shared folder above a
    worktree folder."""
    repo = Path(__file__).resolve().parent.parent
    for base in (repo.parent / "shared", repo.parent.parent / "shared"):
        if (base / "seeds").is_dir():
            return base / "seeds"
    pytest.skip("the shared seeds folder is not beside this checkout")


def _seed(seeds: Path, prefix: str) -> str:
    [path] = list(seeds.glob(f"{prefix}_*.txt"))
    return path.read_text(encoding="utf-8")


def test_seed_000_explained_and_reviewed(seeds_dir):
    text = _seed(seeds_dir, "000")
    explained = explain_reply(text, received=REPLY_DAY, authority="Essex Police")
    assert explained.reading.outcome is Outcome.not_held and explained.reading.ncnd
    assert [s.kind for s in explained.next_steps] == ["review", "commissioner"]
    body = review_letter(text, authority="Essex Police").body
    assert "search terms" in body and "neither confirm nor deny" in body.lower()


def test_seed_002_explained_and_reviewed(seeds_dir):
    text = _seed(seeds_dir, "002")
    explained = explain_reply(text, received=REPLY_DAY)
    assert explained.reading.outcome is Outcome.part_disclosed
    assert {n.section for n in explained.sections} == {"23(5)", "24(2)", "31(3)"}
    body = review_letter(text, authority="Essex Police").body
    assert "neither confirm nor deny" in body.lower() and "only part" in body


def test_review_cli_and_bad_input(tmp_path, capsys):
    path = tmp_path / "reply.txt"
    path.write_text(COST, encoding="utf-8")
    assert main(["review", str(path), "--name", "Ann Smith", "--format", "eml"]) == 0
    assert "Subject: Request for internal review" in capsys.readouterr().out
    assert main(["review", str(tmp_path / "missing.txt")]) == 2
    assert main(["chase", "--sent", "2025-01-06", "--authority", "Kent County Council"]) == 0
    assert "Section 10" in capsys.readouterr().out
    assert main(["complain", "--authority", "Kent County Council", "--sent", "2025-01-06"]) == 0
    assert "section 50" in capsys.readouterr().out


def test_a_reply_askfoi_cannot_read_gets_a_review_asking_what_was_decided():
    text = "Thank you for your email about the bins."
    explained = explain_reply(text, received=REPLY_DAY)
    assert explained.reading.unclear
    assert explained.next_steps[0].kind == "review"
    body = review_letter(text).body  # nr97 (nc97 #4): asked, never stated as a fact about the response
    assert "Please confirm what you decided on each part of my request" in body
    assert "does not make clear" not in body


def test_the_reply_date_on_the_letter_sets_the_review_date():
    text = "Date: 3 March 2025\nDear Ms Smith\nThe Council does not hold the information you have requested."
    explained = explain_reply(text, today=date(2025, 3, 10))
    assert explained.next_steps[0].by == review_request_by(REPLY_DAY)
    future = explain_reply(text.replace("2025", "2031"), today=date(2025, 3, 10))
    assert future.next_steps[0].by == review_request_by(date(2025, 3, 10))  # not a date in the future


MIXED_REPLY = """Our ref: FOI 2026-04417
Date: 16 November 2026

Dear Ms Khan,

Response

Q1: Information is disclosed. There were 41 deployments in 2025, see the attached table.

Q2: Information is withheld under Section 31(1)(a) - Law Enforcement. Having considered the public interest, we
believe the balance falls in favour of withholding.

Q3: We can neither confirm nor deny that we hold any information relevant to this question by virtue of Section
23(5) and Section 31(3).

Q4: This information is exempt under Section 40(2) - Personal Information.
"""


def test_review_letter_reads_the_replys_date_and_reference_and_weighs_only_qualified_exemptions():
    text = render_letter(review_letter(MIXED_REPLY, name="Sara Khan", today=date(2026, 11, 30)), "text")
    assert "16 November 2026" in text and "30 November 2026" not in text.split("Dear", 1)[1]
    assert "FOI 2026-04417" in text
    public_interest = next(p for p in text.split("\n\n") if p.startswith("The public interest"))
    heading = public_interest.split(".")[0]
    assert "2" in heading and "4" not in heading  # s40(2) has no public interest test (31(3) on part 3 has one)
    assert "31(1)(a)" in public_interest and "40(2)" not in public_interest
    assert "(ncnd)" not in text


def test_review_letter_with_no_date_in_the_reply_does_not_invent_one():
    text = render_letter(review_letter("We can neither confirm nor deny whether we hold it (section 23(5)).",
                                       today=date(2026, 11, 30)), "text")
    assert "your response to my request" in text


def test_explain_says_when_a_final_reply_came_late():
    late = ("Date: 20 November 2026\n\nThank you for your request for information received on 1 October 2026.\n\n"
            "Response: 1,204 fixed penalty notices were issued in 2025.")
    on_time = late.replace("20 November 2026", "20 October 2026")
    first = explain_reply(late, today=date(2026, 11, 30)).next_steps[0]
    assert "late" in first.title.lower() and first.by == date(2026, 10, 29)
    assert all("late" not in s.title.lower() for s in explain_reply(on_time, today=date(2026, 11, 30)).next_steps)


# --- the narrower request offered after a cost refusal is built from the request's frames ---------------------

import re as _re

from askfoi.followup import latest_full_year


def _narrower(body: str) -> list[str]:
    block = body.split("narrower request:", 1)[1].split("\n\n")[1]
    return [line for line in block.splitlines() if _re.match(r"\d+\. ", line)]


def test_latest_full_year_financial_and_calendar():
    assert latest_full_year(date(2026, 11, 30), financial=True) == (date(2025, 4, 1), date(2026, 3, 31))
    assert latest_full_year(date(2026, 2, 1), financial=True) == (date(2024, 4, 1), date(2025, 3, 31))
    assert latest_full_year(date(2026, 2, 1), financial=False) == (date(2025, 1, 1), date(2025, 12, 31))


def test_narrowed_part_states_one_period_only_and_keeps_its_breakdown():
    reply = ("Reference: 2025/77. We estimate that complying with your request would exceed the appropriate limit "
             "of 18 hours under section 12(1) of the Act.")
    request = "how many arsons of dwellings in northumbria each year 2015-2024, broken down by ward"
    body = review_letter(reply, request=request, today=date(2026, 11, 30)).body
    (part,) = _narrower(body)
    assert len(_re.findall(r"\b(?:19|20)\d\d\b", part)) == 2  # one period: its start and end years
    assert "2015" not in part and "ward" in part and "Northumbria" in part
    assert "January" in part  # the request counted calendar years


def test_part_refused_on_cost_inside_a_partly_answered_reply_is_challenged_and_narrowed():
    reply = ("Reference: FOI 1234. We estimate that answering part 2 would exceed the appropriate limit of 18 hours "
             "under section 12 of the Act. Parts 1 and 3 are answered below. 1. £2.3m 3. Hays, Reed.")
    request = ("1. How much did the council spend on agency social workers in 2023/24?\n"
               "2. How many agency social workers did the council employ, by team?\n"
               "3. Which agencies supplied them?")
    body = review_letter(reply, request=request, today=date(2026, 11, 30)).body
    assert "The cost estimate (part 2)" in body
    (part,) = _narrower(body)
    assert "social workers" in part and "agencies supplied" not in part and "spend" not in part.lower()


def test_a_letters_own_date_line_before_the_salutation_is_the_reply_date():
    from askfoi.reply_explain import reply_date

    head = "Police Scotland\n25 November 2026.\nDear Sir,\nWe can neither confirm nor deny that we hold it.\n"
    assert reply_date(head) == date(2026, 11, 25)
    assert reply_date("Dear Sir,\n\n25 November 2026\nWe hold the following.") is None  # a date in the body is not it


def test_other_peoples_data_is_explained_as_absolute_only_in_most_cases():
    """s40(2) is absolute only where the first condition applies (FOIA s2(3)(fa)); a flat 'no public interest
    test' would mislead. A truly absolute exemption (s21) keeps the plain wording."""
    notes = {n.section: n for n in explain_reply(PERSONAL + " Some of it is reasonably accessible under section 21.",
                                                 received=REPLY_DAY).sections}
    assert notes["40(2)"].test == "absolute" and notes["40(2)"].partly_qualified
    assert "21" not in notes or not notes["21"].partly_qualified


def test_an_eisr_reply_is_named_under_the_scottish_regulations():
    text = ("Your request has been dealt with under the Environmental Information (Scotland) Regulations 2004. "
            "The Council does not hold this information, and regulation 10(4)(a) of the EISR applies.")
    explained = read_reply(text).explanation
    assert "Environmental Information (Scotland) Regulations" in explained and "no notes" not in explained


def test_a_cost_refusal_without_advice_is_pointed_out():
    bare = ("We estimate that it would take more than 18 hours to locate and extract this information, so section 12 "
            "applies and we will not be answering your request.")
    helped = bare + " By way of advice, if you were to narrow your request to one year we may be able to answer it."
    narrow = [s for s in explain_reply(bare, received=REPLY_DAY).next_steps if s.kind == "narrow"][0]
    assert "does not seem to suggest how to narrow" in narrow.explanation
    narrow = [s for s in explain_reply(helped, received=REPLY_DAY).next_steps if s.kind == "narrow"][0]
    assert "does not seem to suggest" not in narrow.explanation
