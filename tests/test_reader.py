"""The reply reader: real phrasings of authorities' replies, outcome labels, odd input, and `askfoi explain`."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from askfoi.cli import main
from askfoi.models import Outcome, Regime, check_section
from askfoi.reader import Reading, combine, read_outcome_label, read_reply

# (reply text, outcome, ncnd, sections, regime). Written for these tests in the styles authorities use.
REPLIES = [
    # --- disclosed ------------------------------------------------------------------------------
    (
        "Thank you for your request. I can confirm that the information you requested is attached "
        "as a spreadsheet.",
        Outcome.disclosed, False, [], Regime.FOIA,
    ),
    (
        "Decision\nI have today decided to disclose the located information to you in full.",
        Outcome.disclosed, False, [], Regime.FOIA,
    ),
    (
        "Please find below the answers to your questions.\n1. 14 officers were trained in 2022.\n2. £12,400.",
        Outcome.disclosed, False, [], Regime.FOIA,
    ),
    (
        "Having completed enquiries in respect of Section 1(1)(a), the Force does hold information relating "
        "to your request and can confirm in respect of Section 1(1)(b) the following data: 42 drones.",
        Outcome.disclosed, False, [], Regime.FOIA,
    ),
    (
        "We are pleased to provide the figures you asked for. We are not relying on section 12 for this "
        "request, although it came close to the appropriate limit.",
        Outcome.disclosed, False, [], Regime.FOIA,
    ),
    # --- part disclosed -------------------------------------------------------------------------
    (
        "Decision: I have today decided to disclose some of the requested information. Some of the "
        "information has been withheld under section 31(1)(a) and (b) and s.40(2) of the Act.",
        Outcome.part_disclosed, False, ["31(1)(a)", "31(1)(b)", "40(2)"], Regime.FOIA,
    ),
    (
        "Please find attached the contract. Unit prices have been redacted under section 43(2) "
        "(commercial interests).",
        Outcome.part_disclosed, False, ["43(2)"], Regime.FOIA,
    ),
    (
        "Q1: Please see the table below.\nQ2: No recorded information is held for this part of your request.",
        Outcome.part_disclosed, False, [], Regime.FOIA,
    ),
    (
        "Questions 1 to 4 are answered below. Question 5 is exempt under S40(2) as the names of junior "
        "staff are personal data.",
        Outcome.part_disclosed, False, ["40(2)"], Regime.FOIA,
    ),
    (
        "Part 1: the policy is attached. Part 2: this information is reasonably accessible to you by "
        "other means and is exempt under section 21. It is published at https://example.police.uk/policies.",
        Outcome.disclosed, False, ["21"], Regime.FOIA,  # rd35 (the lead's ruling): the link gives part 2
    ),
    (
        "The information you requested is attached. In addition, the force can neither confirm nor deny "
        "whether it holds any other information about the covert use of this technology, by virtue of "
        "sections 23(5), 24(2) and 30(3).",
        # some given, the rest neither confirmed nor denied: part disclosed (issue 10), NCND flagged
        Outcome.part_disclosed, True, ["23(5)", "24(2)", "30(3)"], Regime.FOIA,
    ),
    # --- not held -------------------------------------------------------------------------------
    (
        "Having completed enquiries, the Council does not hold the information you have requested.",
        Outcome.not_held, False, [], Regime.FOIA,
    ),
    (
        "I can confirm that no information is held in relation to your request, as the Trust does not "
        "record this data.",
        Outcome.not_held, False, [], Regime.FOIA,
    ),
    (
        "Section 1(1)(a) of the Act gives you the right to be told whether we hold information. "
        "We have no recorded information falling within the scope of your request.",
        Outcome.not_held, False, [], Regime.FOIA,
    ),
    (
        "Full Refusal Section 17\nIn accordance with Section 17(1) of the FOIA, this response serves as a "
        "formal notification of refusal of your request on the basis that the Force does not hold the "
        "information requested.",
        Outcome.not_held, False, [], Regime.FOIA,
    ),
    (
        "We are unable to provide this information because it is not held by the department. We would "
        "suggest contacting the Home Office.",
        Outcome.not_held, False, [], Regime.FOIA,
    ),
    (
        "Under section 17 of the Freedom of Information (Scotland) Act 2002, I am giving you notice that "
        "Police Scotland does not hold the information you asked for.",
        Outcome.not_held, False, ["FOISA 17"], Regime.FOISA,
    ),
    (
        "Your request has been handled under the Environmental Information Regulations 2004. The Council "
        "does not hold this information and regulation 12(4)(a) applies.",
        Outcome.not_held, False, ["EIR 12(4)(a)"], Regime.EIR,
    ),
    # --- NCND -----------------------------------------------------------------------------------
    (
        "The force can neither confirm nor deny that it holds the information you requested, by virtue of "
        "Sections 23(5), 24(2) and 31(3) of the Freedom of Information Act 2000.",
        Outcome.ncnd, True, ["23(5)", "24(2)", "31(3)"], Regime.FOIA,
    ),
    (
        "In accordance with the Act, this letter represents a Refusal Notice. The Metropolitan Police "
        "Service will neither confirm nor deny whether it holds information relating to the use of IMSI "
        "catchers. Section 23(5) Information supplied by, or concerning, certain Security Bodies\n"
        "Section 24(2) National Security\nSection 31(3) Law Enforcement\nConfirming or denying whether "
        "any information is or is not held would undermine covert tactics.",
        Outcome.ncnd, True, ["23(5)", "24(2)", "31(3)"], Regime.FOIA,
    ),
    (
        "Refusal Sections 24 and 31\nThe force can neither confirm nor deny holding information about "
        "maritime surveillance.",
        Outcome.ncnd, True, ["24", "31"], Regime.FOIA,
    ),
    (
        "The Trust is excluded from the duty to confirm or deny under section 40(5B) because saying "
        "whether we hold a complaint about a named doctor would itself disclose personal data.",
        Outcome.ncnd, True, ["40(5B)"], Regime.FOIA,
    ),
    (
        "Police Scotland neither confirms nor denies that it holds the information, in terms of section "
        "18(1) of the Freedom of Information (Scotland) Act 2002, as the information would be exempt "
        "under section 35(1)(a) and (b) if held.",
        Outcome.ncnd, True, ["FOISA 18(1)", "FOISA 35(1)(a)", "FOISA 35(1)(b)"], Regime.FOISA,
    ),
    (
        "Having considered your request under the Environmental Information Regulations, the Council "
        "neither confirms nor denies whether it holds the information, under regulation 12(6), as "
        "regulation 12(5)(a) would apply.",
        Outcome.ncnd, True, ["EIR 12(5)(a)", "EIR 12(6)"], Regime.EIR,
    ),
    (
        "Having completed enquiries in respect of Section 1(1)(a), Essex Police does not hold information "
        "about body worn video with facial recognition for overt policing. In addition, Essex Police can "
        "neither confirm nor deny any other information is held in regard to covert use.",
        Outcome.not_held, True, [], Regime.FOIA,
    ),
    # --- refused --------------------------------------------------------------------------------
    (
        "The locations of ANPR cameras are exempt from disclosure under section 31(1)(a)-(c) (law "
        "enforcement). The public interest in maintaining the exemption outweighs the public interest in "
        "disclosure.",
        Outcome.refused, False, ["31(1)(a)", "31(1)(b)", "31(1)(c)"], Regime.FOIA,
    ),
    (
        "Decision\nSection 31(a) Law Enforcement and Section 40(2) Personal Information apply and the "
        "information is therefore withheld.",
        Outcome.refused, False, ["31(a)", "40(2)"], Regime.FOIA,
    ),
    (
        "The tender bids are being withheld in full under sections 41 and 43(2), as they were provided in "
        "confidence and release would prejudice the bidders' commercial interests.",
        Outcome.refused, False, ["41", "43(2)"], Regime.FOIA,
    ),
    (
        "The minutes are intended for future publication and are withheld under section 22. They will be "
        "published on our website in March.",
        Outcome.refused, False, ["22"], Regime.FOIA,
    ),
    (
        "The information is withheld under section 33(1)(b) of FOISA because its release would "
        "substantially prejudice the commercial interests of the supplier. You may ask the Scottish "
        "Information Commissioner to review this.",
        Outcome.refused, False, ["FOISA 33(1)(b)"], Regime.FOISA,
    ),
    (
        "We have applied the exception at regulation 12(5)(e) (confidentiality of commercial information) "
        "of the EIR and the information is withheld. Personal data is also withheld under regulation 13.",
        Outcome.refused, False, ["EIR 12(5)(e)", "EIR 13"], Regime.EIR,
    ),
    (
        "Details of the named officers will not be disclosed under sections 38 and 40(2) of the Act.",
        Outcome.refused, False, ["38", "40(2)"], Regime.FOIA,
    ),
    # --- cost limit -----------------------------------------------------------------------------
    (
        "Section 12 of the Act allows us to refuse a request where the cost of compliance would exceed "
        "the appropriate limit of £450, which equates to 18 hours of work. To answer your question we "
        "would need to read every one of 9,000 case files.",
        Outcome.cost_limit, False, ["12"], Regime.FOIA,
    ),
    (
        "Full Refusal with Section 12 and Section 17 Exemptions\nTo locate, retrieve and extract the "
        "information would take well over 18 hours.",
        Outcome.cost_limit, False, ["12"], Regime.FOIA,
    ),
    (
        "The Department estimates that compliance would exceed the £600 cost limit (24 hours) under "
        "section 12(1). Although not required to, we have provided the 2023 figures as a goodwill gesture.",
        Outcome.cost_limit, False, ["12(1)"], Regime.FOIA,
    ),
    (
        "Under section 12 of the Freedom of Information (Scotland) Act 2002 we are not required to comply "
        "because the cost would exceed £600.",
        Outcome.cost_limit, False, ["FOISA 12"], Regime.FOISA,
    ),
    (
        "We consider your request manifestly unreasonable under regulation 12(4)(b) of the Environmental "
        "Information Regulations, as answering it would divert staff for several weeks.",
        Outcome.cost_limit, False, ["EIR 12(4)(b)"], Regime.EIR,
    ),
    (
        "Parts 1 and 2 are answered below. Part 3 would exceed the cost limit under section 12, so we have "
        "decided to disclose some of the information only.",
        Outcome.part_disclosed, False, ["12"], Regime.FOIA,
    ),
    # --- vexatious ------------------------------------------------------------------------------
    (
        "The Council has decided to refuse your request under section 14(1) of the Freedom of "
        "Information Act 2000 as it is vexatious.",
        Outcome.vexatious, False, ["14(1)"], Regime.FOIA,
    ),
    (
        "Section 14(2) applies: this is a repeated request, identical to a previous request you made on "
        "3 March which we answered.",
        Outcome.vexatious, False, ["14(2)"], Regime.FOIA,
    ),
    (
        "We do not consider your request to be vexatious. The information you requested is attached.",
        Outcome.disclosed, False, [], Regime.FOIA,
    ),
    # --- published ------------------------------------------------------------------------------
    (
        "This information is reasonably accessible to you by other means and is therefore exempt under "
        "section 21. It can be found at https://www.example.gov.uk/annual-report-2023.pdf.",
        Outcome.published, False, ["21"], Regime.FOIA,
    ),
    (
        "The figures have already been published in our annual statistics, available at the following "
        "link: https://www.example.nhs.uk/stats",
        Outcome.published, False, [], Regime.FOIA,
    ),
    (
        "The information is otherwise accessible and so exempt under section 25 of FOISA. You can find it "
        "on the Scottish Government website.",
        Outcome.published, False, ["FOISA 25"], Regime.FOISA,
    ),
    # --- no final answer --------------------------------------------------------------------------
    (
        "Thank you for your email. We acknowledge receipt of your request, which has been logged under "
        "reference FOI-1234. We will respond within 20 working days.",
        Outcome.pending, False, [], Regime.FOIA,
    ),
    (
        "Before we can answer, please clarify which time period you are interested in.",
        Outcome.pending, False, [], Regime.FOIA,
    ),
    (
        "We need more time to consider the public interest in disclosure and are extending the time to "
        "respond under section 10(3) by a further 20 working days.",
        Outcome.pending, False, [], Regime.FOIA,
    ),
    (
        "As we have not received the clarification we asked for, we will now treat your request as "
        "withdrawn.",
        Outcome.withdrawn, False, [], Regime.FOIA,
    ),
    # --- near misses --------------------------------------------------------------------------------
    (
        "Although we initially considered refusing under section 14(1), we are not applying section 14 and "
        "are answering your request. The information you requested is attached.",
        Outcome.disclosed, False, [], Regime.FOIA,
    ),
    (
        "Essex Police does use ANPR cameras for overt policing; the numbers are given below. We can neither "
        "confirm nor deny whether any other information is held about covert use, under sections 23(5) and 24(2).",
        Outcome.part_disclosed, True, ["23(5)", "24(2)"], Regime.FOIA,
    ),
    (
        "Police Scotland neither confirms nor denies whether it holds the information requested.\nSection 18 "
        "of the Act applies, together with sections 34(1)(a), 35(1)(a) and 39(1). You can apply to the "
        "Scottish Information Commissioner.",
        Outcome.ncnd, True, ["FOISA 18", "FOISA 34(1)(a)", "FOISA 35(1)(a)", "FOISA 39(1)"], Regime.FOISA,
    ),
    (
        "We have dealt with your request under the Freedom of Information Act 2000 rather than the "
        "Environmental Information Regulations. The information you requested is attached.",
        Outcome.disclosed, False, [], Regime.FOIA,
    ),
    (
        "The data is attached. Section 2 of the Data Protection Act 2018 does not apply to statistics, so "
        "nothing has been redacted.",
        Outcome.disclosed, False, [], Regime.FOIA,
    ),
]


def _id(case) -> str:
    return f"{case[1].value}:{case[0][:40]}"


@pytest.mark.parametrize("text,outcome,ncnd,sections,regime", REPLIES, ids=[_id(c) for c in REPLIES])
def test_reads_reply_phrasings(text, outcome, ncnd, sections, regime):
    reading = read_reply(text)
    assert (reading.outcome, reading.ncnd, reading.regime) == (outcome, ncnd, regime), reading.evidence
    assert sorted(reading.sections) == sorted(sections)
    assert reading.explanation
    if outcome is not Outcome.pending:
        assert reading.evidence, "a decision is backed by a quote from the reply"


def test_enough_phrasings_across_every_outcome_and_regime():
    assert len(REPLIES) >= 40
    assert {c[1] for c in REPLIES} == set(Outcome)
    assert {c[4] for c in REPLIES} == {Regime.FOIA, Regime.FOISA, Regime.EIR}


def test_refusal_notice_section_is_never_a_reason():
    reading = read_reply("This is a refusal notice under section 17 of the Act. The information is exempt "
                         "under section 40(2).")
    assert reading.outcome is Outcome.refused
    assert reading.sections == ["40(2)"]


def test_section_lists_expand():
    reading = read_reply("The information is withheld under sections 24 and 31, section 30(1)(a), (b) and (c), "
                         "and s.36(2)(b)(i) and (ii).")
    assert reading.sections == ["24", "30(1)(a)", "30(1)(b)", "30(1)(c)", "31", "36(2)(b)(i)", "36(2)(b)(ii)"]


def test_hours_after_a_section_are_not_sections():
    assert read_reply("Section 12 and 18 hours of work.").sections == ["12"]


def test_published_reply_points_to_the_link():
    reading = read_reply("This is reasonably accessible to you under section 21: see "
                         "https://www.example.gov.uk/report.pdf.")
    assert reading.links == ["https://www.example.gov.uk/report.pdf"]
    assert "https://www.example.gov.uk/report.pdf" in reading.explanation


# --- the two seeds -------------------------------------------------------------------------------


def _seed(shared_dir: Path, prefix: str) -> str:
    [path] = list((shared_dir / "seeds").glob(f"{prefix}_*.txt"))
    return path.read_text(encoding="utf-8")


def test_seed_000_not_held_with_partial_ncnd(shared_dir):
    text = _seed(shared_dir, "000")
    body = read_reply(text)
    assert (body.outcome, body.ncnd, body.sections) == (Outcome.not_held, True, [])
    label = read_outcome_label("Full Refusal Section 17 with Partial NCND")
    merged = combine(label, body)
    assert (merged.outcome, merged.ncnd, merged.sections) == (Outcome.not_held, True, [])


def test_seed_002_part_disclosed_with_ncnd_subsections(shared_dir):
    text = _seed(shared_dir, "002")
    body = read_reply(text)
    assert (body.outcome, body.ncnd, body.sections) == (Outcome.part_disclosed, True, ["23(5)", "24(2)", "31(3)"])
    label = read_outcome_label("Part Disclosure with Section 24, Section 31 and Section 23 Exemptions")
    assert label.sections == ["23", "24", "31"]
    merged = combine(label, body)
    assert (merged.outcome, merged.ncnd, merged.sections) == (Outcome.part_disclosed, True, ["23(5)", "24(2)", "31(3)"])


def test_combine_keeps_the_label_unless_the_text_says_more():
    waiting = read_outcome_label("Awaiting classification")
    refused = read_outcome_label("Refused")
    cost = read_reply("This would exceed the appropriate limit under section 12.")
    ack = read_reply("We acknowledge receipt of your request.")
    assert combine(waiting, cost).outcome is Outcome.cost_limit
    assert combine(refused, cost).outcome is Outcome.cost_limit
    assert combine(refused, ack).outcome is Outcome.refused
    assert combine(read_outcome_label("Successful"), ack).outcome is Outcome.disclosed


# --- outcome labels -------------------------------------------------------------------------------

ESSEX_LABELS = [
    ("Full Disclosure", Outcome.disclosed, False, []),
    ("Part Disclosure with Section 24, Section 31 and Section 23 Exemptions", Outcome.part_disclosed, False,
     ["23", "24", "31"]),
    ("Full Refusal Section 17 with Partial NCND", Outcome.refused, True, []),
    ("Full Refusal with Section 12 and Section 17 Exemptions", Outcome.cost_limit, False, ["12"]),
    ("Refusal Sections 24 and 31", Outcome.refused, False, ["24", "31"]),
    ("Part Disclosure with Section 23(5), Section 24(2) and Section 31(3) Exemptions", Outcome.part_disclosed, True,
     ["23(5)", "24(2)", "31(3)"]),
]

WDTK_LABELS = {
    "Successful": Outcome.disclosed,
    "Partially successful": Outcome.part_disclosed,
    "Information not held": Outcome.not_held,
    "Refused": Outcome.refused,
    "Awaiting classification": Outcome.pending,
    "Long overdue": Outcome.pending,
    "Withdrawn by the requester": Outcome.withdrawn,
    "Waiting clarification": Outcome.pending,
    "Awaiting internal review": Outcome.pending,
    "Awaiting response": Outcome.pending,
    "Handled by postal mail": Outcome.pending,
    "Delayed": Outcome.pending,
    "Delivery error": Outcome.pending,
}

ALAVETELI_STATES = {
    "successful": Outcome.disclosed,
    "partially_successful": Outcome.part_disclosed,
    "not_held": Outcome.not_held,
    "rejected": Outcome.refused,
    "vexatious": Outcome.vexatious,
    "user_withdrawn": Outcome.withdrawn,
}
NO_FINAL_ANSWER_STATES = [
    "waiting_response", "waiting_clarification", "internal_review", "gone_postal", "error_message",
    "requires_admin", "attention_requested", "not_foi", "waiting_classification", "waiting_response_overdue",
    "waiting_response_very_overdue",
]  # fmt: skip


@pytest.mark.parametrize("label,outcome,ncnd,sections", ESSEX_LABELS)
def test_essex_outcome_lines(label, outcome, ncnd, sections):
    reading = read_outcome_label(label)
    assert (reading.outcome, reading.ncnd, reading.sections) == (outcome, ncnd, sections)


@pytest.mark.parametrize("label,outcome", sorted(WDTK_LABELS.items()))
def test_whatdotheyknow_labels(label, outcome):
    assert read_outcome_label(label).outcome is outcome
    assert read_outcome_label(f"  {label.upper()} ").outcome is outcome


@pytest.mark.parametrize("state,outcome", sorted(ALAVETELI_STATES.items()))
def test_alaveteli_final_states(state, outcome):
    assert read_outcome_label(state).outcome is outcome


@pytest.mark.parametrize("state", NO_FINAL_ANSWER_STATES)
def test_alaveteli_states_without_a_final_answer(state):
    assert read_outcome_label(state).outcome in (Outcome.pending, Outcome.withdrawn)


def test_unreadable_label_is_no_final_answer():
    reading = read_outcome_label("zzz")
    assert reading.outcome is Outcome.pending
    assert "could not find" in reading.explanation


# --- odd input never raises -------------------------------------------------------------------------

_settings = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_tricky = st.sampled_from(["section ", "s.", "regulation 12(4)", "(", ")", "(a)", " and ", ", ", "-", "to ",
                           "\n", "neither confirm nor deny", "not held", "İ", "\u2019", "40(5", "999"])


@_settings
@given(st.text())
def test_any_text_reads_without_error(text):
    _assert_valid(read_reply(text))
    _assert_valid(read_outcome_label(text))


@_settings
@given(st.lists(st.one_of(_tricky, st.text(max_size=5)), max_size=40).map("".join))
def test_citation_like_text_reads_without_error(text):
    _assert_valid(read_reply(text))


@_settings
@given(st.binary(max_size=2000))
def test_binary_junk_reads_without_error(data):
    _assert_valid(read_reply(data.decode("utf-8", errors="replace")))
    _assert_valid(read_reply(data.decode("latin-1")))


def test_huge_text_reads():
    text = ("The force does not hold this information. " * 5000) + ("x" * 200_000) + " (" * 50_000
    reading = read_reply(text)
    assert reading.outcome is Outcome.not_held


def _assert_valid(reading: Reading) -> None:
    assert isinstance(reading, Reading)
    for s in reading.sections:
        check_section(s)
    json.dumps(reading.model_dump(mode="json"))


# --- askfoi explain ----------------------------------------------------------------------------------


def test_explain_file_in_plain_english(tmp_path, capsys):
    path = tmp_path / "reply.txt"
    path.write_text(REPLIES[5][0], encoding="utf-8")
    assert main(["explain", str(path)]) == 0
    out = capsys.readouterr().out
    assert "partly given" in out
    assert "section 31(1)(a)" in out and "section 40(2)" in out
    assert all(len(line) <= 80 for line in out.splitlines())


def test_explain_json(tmp_path, capsys):
    path = tmp_path / "reply.txt"
    path.write_text("We can neither confirm nor deny that we hold it, under section 31(3).", encoding="utf-8")
    assert main(["explain", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["outcome"] == "ncnd" and data["ncnd"] is True
    assert data["sections"] == ["31(3)"] and data["regime"] == "FOIA"
    assert data["explanation"] and data["evidence"]


def _run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "askfoi.cli", *args], input=stdin, capture_output=True)


def test_explain_stdin():
    proc = _run("explain", "-", "--json", stdin="The Council does not hold this information.".encode())
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["outcome"] == "not_held"


@pytest.mark.parametrize(
    "content,message",
    [(None, "no such"), (b"", "empty"), (b"  \n\t\n", "empty"), (b"\x7fELF\x00\x00\x01binary", "binary")],
)
def test_explain_bad_input_is_one_clear_line(tmp_path, content, message):
    path = tmp_path / "reply.txt"
    if content is not None:
        path.write_bytes(content)
    proc = _run("explain", str(path))
    err = proc.stderr.decode()
    assert proc.returncode == 2
    assert message in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
