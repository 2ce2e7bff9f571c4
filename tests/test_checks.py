"""askfoi's request checks judge a draft like an FOI officer: real requests that must raise each
finding, near-misses that must not, the judgement calls a keyword list gets wrong, the law that
applies, and `askfoi check` on good and bad input."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from askfoi.checks import check_request, vocabulary_problems
from askfoi.cli import main
from askfoi.models import Regime


def codes(text: str, authority: str | None = None, **kw) -> set[str]:
    return {f.code for f in check_request(text, authority, **kw).findings}


def finding(text: str, code: str, authority: str | None = None, **kw):
    found = [f for f in check_request(text, authority, **kw).findings if f.code == code]
    assert found, f"{code} not raised for {text!r}"
    return found[0]


def _squash(s: str) -> str:
    return " ".join(s.split()).lower()


# ---------------------------------------------------------------------------------------------
# Each code: requests that must raise it, near-misses that must not.
# ---------------------------------------------------------------------------------------------

RAISES: dict[str, list[str]] = {
    "vague-scope": [
        "I want all information you hold about facial recognition.",
        "Please send me everything you have on the closure of Elm Road library.",
        "Please provide any documents relating to the new bus lane on the High Street.",
        "I would like anything to do with the council's plans for the leisure centre.",
        "Please provide any and all records concerning the Hillside estate regeneration in 2023.",
    ],
    "no-time-period": [
        "Please provide your policy on the use of drones.",
        "How many fixed penalty notices for dog fouling have you issued?",
        "Please provide the number of complaints made about the Riverside nightclub.",
        "Please provide the contract for the supply of body-worn cameras.",
    ],
    "not-recorded-information": [
        "Why did you close Elm Road library?",
        "Do you think the 20mph limit has reduced accidents in 2024?",
        "Please explain how the decision to cut the number 7 bus subsidy was made in 2023.",
        "Can you justify spending £2 million on consultants last year?",
        "What is the evidence that the new speed cameras reduced crashes in 2023?",
    ],
    "third-party-personal-data": [
        "I want to know about my neighbour's enforcement file and all complaints about him since 2022.",
        "Please provide the names of the officers who attended the protest on 5 May 2024.",
        "Please send me the disciplinary records of PC John Smith.",
        "What was the home address of the driver involved in the crash on the A12 in June 2024?",
        "Please tell me who the victims were in the Elm Street burglaries last year.",
        "Please provide all emails about Mr Jones, the head teacher of Park School, sent in 2023.",
    ],
    "deceased-records": [
        "Please send me my late mother's care home records for 2023.",
        "my mum died in a care home in 2024, I want her care records from Bristol City Council",
        "My husband passed away in March and I need his hospital notes.",
        "after my brother's death i want to see his social work file",
    ],
    "their-own-data": [
        "my mum wants a copy of her social care file from when she was in care",
        "my client needs his housing file from the council",
        "I'm helping my dad, he wants the notes social services made about his care assessment",
        "she wants everything on her housing file, i'm her support worker",
    ],
    "own-personal-data": [
        "Please send me the CCTV footage of me outside the station on 3 March 2024.",
        "I want a copy of my case file from children's services.",
        "I was stopped and searched on 12 January 2024; please provide the record and the body-worn video.",
        "Please provide all the information you hold about me.",
        "Can I have my custody record from my arrest in 2022?",
    ],
    "ncnd-risk": [
        "Do you use drones to watch protesters?",
        "Does the force use covert facial recognition cameras? Please give details for 2023.",
        "How many informants did the force pay in 2023?",
        "Has the force bought or used IMSI catchers since 2020?",
        "Please provide any records of surveillance of Extinction Rebellion activists in 2023.",
        "What protection arrangements were in place for the Prime Minister's visit in May 2024?",
        "Please provide any correspondence with MI5 about the protest in June 2024.",
    ],
    "commercial-sensitivity": [
        'How much did the council pay Capita per hour for agency social workers in 2023?',
        "Please provide the unit price for each body worn camera bought in 2023.",
        "Please send the bids from each supplier for the waste contract tendered in 2023.",
        "Please provide the pricing schedule for the school meals contract awarded in 2022.",
        "What were the unsuccessful bids for the leisure centre contract in 2024?",
        "Please provide the day rates charged by the consultants on the bypass project in 2023.",
    ],
    "environmental-information": [
        "Please provide air quality monitoring data for Leith Walk for 2024.",
        "How many sewage discharges into the River Wey were recorded in 2023?",
        "Please provide the noise complaints logged about the Riverside nightclub in 2024.",
        "Please provide the planning application documents for the warehouse on Mill Lane, 2023.",
        "What was the energy consumption of council buildings in 2023/24?",
    ],
    "too-many-questions": [
        "1. How many PCSOs?\n2. How many PCs?\n3. How many sergeants?\n4. How many inspectors?\n"
        "5. How many vacancies?\n6. How many leavers?\n7. How many joiners? All for 2023.",
        "How many potholes were reported in 2023? How many were fixed? How long did each take? "
        "What did it cost? Who did the work? How many claims were paid?",
        "For 2024 please provide:\n- the budget\n- the spend\n- the staff numbers\n- the vacancies\n"
        "- the agency spend\n- the sickness rate",
        "Please provide the following for the financial year 2023/24:\n(a) total budget\n(b) total spend\n"
        "(c) number of staff\n(d) number of vacancies\n(e) agency spend\n(f) overtime spend\n(g) sickness days",
    ],
    "cost-limit-risk": [
        "Please provide all emails sent by all staff that mention the bypass in 2023.",
        "Please provide every incident report from each of your stations for the last ten years.",
        "Please search all case files for any mention of domestic abuse in 2023.",
        "How many complaints used the word 'rude' since 2010?",
    ],
}

NEAR_MISSES: dict[str, list[str]] = {
    "vague-scope": [
        "Please provide all stop and search records for 2023 broken down by month.",
        "Please provide any data protection impact assessment for body-worn video.",
        "I am not asking for all information, only the award notice for the waste contract signed in 2022.",
        "Please provide all the minutes of the planning committee meetings held between January and June 2024.",
        "Please provide any data on fly-tipping incidents for each month of 2023.",
    ],
    "no-time-period": [
        "Please provide your policy on the use of drones, in force on 1 September 2024.",
        "How many fixed penalty notices for dog fouling did you issue in the last 12 months?",
        "Please provide the number of complaints about the Riverside nightclub between January and June 2024.",
        "Please provide your current contract for body-worn cameras.",
        "How many potholes were repaired in the financial year 2023/24?",
    ],
    "not-recorded-information": [
        "Please provide any recorded information that sets out the reasons why the library closed in 2023.",
        "Please provide the minutes of the meeting in March 2024 that record the reasons why the bus route was withdrawn.",
        "Please provide the report explaining the decision to close the tip, dated 2023.",
        "Please provide the documents that set out why the speed camera was moved in 2024.",
        "I am not asking you to explain your decision; please provide the 2024 committee report on it.",
    ],
    "deceased-records": [
        "How many people died in council care homes in 2023, and how many of their records were audited?",
        "Please provide your policy on access to the records of deceased patients, in force on 1 January 2025.",
        "I want a copy of my own medical records from 2019 to 2023.",
        "How many inquests into deaths in custody were held in 2024?",
    ],
    "their-own-data": [
        "How many care leavers asked for their files in 2024?",
        "I want a copy of my own housing file.",
        "How many tenants asked to see their records in 2024?",
        "My client wants to know how many housing files the council lost in 2024.",
    ],
    "third-party-personal-data": [
        "How many children were placed in foster care in 2023? My son's school asked me to find out.",
        "The number of parents' complaints about school transport in 2023/24.",
        "Please tell me the number of officers named in misconduct complaints in 2023.",
        "Please provide monthly totals of stop and searches in 2023 broken down by ethnicity.",
        "How many officers faced disciplinary hearings in 2023, broken down by outcome?",
        "Please provide your policy on disciplinary hearings for staff, in force on 1 January 2024.",
        "Please provide the job titles and grades of staff in the planning team as at 1 April 2024.",
    ],
    "own-personal-data": [
        "Please provide the number of potholes reported on my road in 2023.",
        "Please send me your policy on CCTV in town centres, in force in 2024.",
        "How many subject access requests did you receive in 2023?",
        "Please provide my local council's spending data for 2023.",
        "I was stopped and searched last year; how many stop and searches did you carry out in 2023?",
        "Please provide the planning application file for my neighbour's extension approved in 2023.",
    ],
    "ncnd-risk": [
        "How many protesters were arrested at the airport protest in 2023?",
        "How many overt deployments of live facial recognition did you make in 2024?",
        "Please provide your policy on the use of CCTV surveillance cameras in the town centre in 2024.",
        "Please provide your child protection arrangements for schools in 2024.",
        "I am not asking about covert use; how many times was live facial recognition deployed in public in 2024?",
        "How many data protection officers did you employ in 2024?",
    ],
    "commercial-sensitivity": [
        'How many hours per day were the libraries open in 2024?',
        "Please provide the total value of the body-worn camera contract awarded in 2023 and the supplier's name.",
        "How many bids were received for the waste contract tendered in 2023?",
        "Please provide the council's bid for Levelling Up funding submitted in 2022.",
        "What was the total spent on consultants for the bypass project in 2023?",
        "How much did a resident parking permit cost in 2024?",
    ],
    "environmental-information": [
        "Please provide the workforce planning report for adult social care for 2024.",
        "How many air ambulance call-outs were there in 2023?",
        "How much did the council spend on agency staff in 2023?",
        "Please provide the number of library books borrowed in 2023.",
        "How many energy drinks were sold in school canteens in 2023?",
    ],
    "too-many-questions": [
        "1. How many PCSOs?\n2. How many PCs?\n3. How many sergeants?\n4. How many inspectors?\n"
        "5. How many vacancies? All as at 1 April 2024.",
        "How many potholes were reported in 2023? How many were fixed? What did the repairs cost?",
        "Please provide the total spent on agency social workers, locum doctors, interim managers, "
        "consultants and temporary office staff in the financial year 2023/24.",
        "Dear Sir or Madam,\n\nPlease provide your policy on drones in force on 1 May 2024.\n\nYours faithfully,\nA. Person",
    ],
    "cost-limit-risk": [
        'A list of all schools in special measures on 1 September 2024.',
        "Please provide the number of officers at each station on 1 April 2024.",
        "Please provide all emails between the chief executive and Acme Ltd in March 2024.",
        "How many stop and searches did you carry out in 2023, broken down by month?",
        "Please provide the total spent on agency staff in the financial years 2022/23 and 2023/24.",
    ],
}


@pytest.mark.parametrize("code,text", [(c, t) for c, ts in RAISES.items() for t in ts])
def test_raises(code, text):
    assert code in codes(text, today_year=2025), check_request(text).model_dump()


@pytest.mark.parametrize("code,text", [(c, t) for c, ts in NEAR_MISSES.items() for t in ts])
def test_near_miss_does_not_raise(code, text):
    found = [f for f in check_request(text, today_year=2025).findings if f.code == code]
    assert not found, found


def test_every_code_has_four_of_each():
    for table in (RAISES, NEAR_MISSES):
        for code, texts in table.items():
            assert len(texts) >= 4, code


# ---------------------------------------------------------------------------------------------
# Authority-driven codes
# ---------------------------------------------------------------------------------------------

SCOTTISH = ["Police Scotland", "Edinburgh council", "Glasgow City Council", "Scottish Water"]
NOT_SCOTTISH = ["Scotland Yard", "Essex Police", "Cardiff Council", "PSNI"]
PLAIN = "How many staff did you employ on 1 April 2024?"


@pytest.mark.parametrize("name", SCOTTISH)
def test_scottish_authority_raises_and_foisa_applies(name):
    result = check_request(PLAIN, name)
    assert result.regime == Regime.FOISA
    f = finding(PLAIN, "scottish-authority", name)
    assert f.severity == "low"
    assert "£600" in f.message and "£15" in f.message and "Scottish Information Commissioner" in f.message
    assert "review" in f.message


@pytest.mark.parametrize("name", NOT_SCOTTISH)
def test_non_scottish_authority_does_not(name):
    assert "scottish-authority" not in codes(PLAIN, name)
    assert check_request(PLAIN, name).regime == Regime.FOIA


def test_scotland_in_the_text_is_not_a_scottish_authority():
    text = "How many officers from Police Scotland were sent to help the Met in 2023?"
    assert "scottish-authority" not in codes(text, "Met")


@pytest.mark.parametrize("name", ["Little Snoring Parish Council", "Acme Widgets Ltd", "Ministry of Magic", "Quuxley Magna Town Council"])
def test_unknown_authority_is_a_low_finding(name):
    result = check_request(PLAIN, name)
    assert result.regime == Regime.FOIA
    f = finding(PLAIN, "unknown-authority", name)
    assert f.severity == "low" and name in f.message and "FOIA" not in f.evidence
    assert "Freedom of Information Act" in f.message
    assert result.authority == {"name": name, "type": "other", "nation": "england"}


@pytest.mark.parametrize("name", ["Met", "essex police", "Thames Water", "Edinburgh council", None])
def test_known_or_no_authority_is_not_unknown(name):
    assert "unknown-authority" not in codes(PLAIN, name)


# ---------------------------------------------------------------------------------------------
# Judgement calls a keyword list gets wrong
# ---------------------------------------------------------------------------------------------


def test_overt_deployments_are_not_ncnd_but_covert_ones_are():
    overt = "Please provide the number of overt live facial recognition deployments in 2024 and the DPIA."
    covert = "Please provide the number of covert live facial recognition deployments in 2024."
    assert "ncnd-risk" not in codes(overt, "Met")
    f = finding(covert, "ncnd-risk", "Met")
    assert "covert" in f.evidence
    for section in ("23(5)", "24(2)", "30(3)", "31(3)"):
        assert section in f.message
    assert "overt" in f.suggestion and "DPIA" in f.suggestion


def test_my_road_is_not_personal_data():
    text = "Please provide the dates potholes on my road were reported and repaired in 2023."
    result = check_request(text, "Essex County Council")
    assert result.regime == Regime.FOIA
    assert not {"own-personal-data", "third-party-personal-data"} & {f.code for f in result.findings}


def test_totals_by_ethnicity_are_statistics_not_personal_data():
    text = "Please provide monthly totals of stop and search in 2023, broken down by ethnicity and age group."
    assert not {"own-personal-data", "third-party-personal-data"} & codes(text, "Essex Police")


def test_dpia_in_force_on_a_date_has_a_time_period():
    text = "Please provide the DPIA for live facial recognition in force on 1 September 2024."
    assert "no-time-period" not in codes(text, "Met")


def test_period_given_separately_counts():
    text = "How many fixed penalty notices for dog fouling have you issued?"
    assert "no-time-period" in codes(text)
    assert "no-time-period" not in codes(text, period="1 April 2023 to 31 March 2024")


def test_reasons_why_as_recorded_information_is_fine():
    text = "Please provide any recorded information that sets out the reasons why the library closed in 2023."
    assert "not-recorded-information" not in codes(text)


def test_all_with_named_records_and_period_is_not_vague():
    assert "vague-scope" not in codes("Please provide all stop and search records for 2023 broken down by month.")
    assert "vague-scope" in codes("Please provide all records you hold about stop and search.")


def test_number_of_officers_named_is_a_quantity_but_their_names_are_not():
    assert "third-party-personal-data" not in codes("Please give the number of officers named in complaints in 2023.")
    assert "third-party-personal-data" in codes("Please give the names of the officers named in complaints in 2023.")


def test_first_person_disciplinary_record_is_own_data_not_third_party():
    found = codes("Please send me a copy of my disciplinary record from 2022.", "Essex Police")
    assert "own-personal-data" in found and "third-party-personal-data" not in found


def test_why_question_gets_a_recorded_information_rewrite():
    text = "How many libraries closed in 2023? Why did you close Elm Road library?"
    f = finding(text, "not-recorded-information", "Bristol City Council")
    assert "Why did you close Elm Road library?" in f.evidence
    assert "Please provide any recorded information that sets out the reasons for" in f.suggestion
    assert f.rewrite is not None
    assert f.rewrite.startswith("How many libraries closed in 2023?")
    assert "Why did you" not in f.rewrite and "close Elm Road library" in f.rewrite


# ---------------------------------------------------------------------------------------------
# Which law applies
# ---------------------------------------------------------------------------------------------


def test_own_data_makes_it_a_subject_access_request():
    text = "Please send me the body-worn video footage of me from my arrest on 3 March 2024."
    result = check_request(text, "Met")
    assert result.regime == Regime.SAR
    f = finding(text, "own-personal-data", "Met")
    assert "Article 15" in f.message and "free" in f.message and "one calendar month" in f.message


def test_sar_wins_over_scotland_and_environment():
    text = "Please provide all the information you hold about me, including my noise complaint from 2023."
    assert check_request(text, "Police Scotland").regime == Regime.SAR


def test_environmental_information_is_eir_with_what_changes():
    text = "How many sewage discharges into the River Wey were recorded in 2023?"
    result = check_request(text, "Surrey County Council")
    assert result.regime == Regime.EIR
    f = finding(text, "environmental-information", "Surrey County Council")
    assert "regulation 5" in f.message and "manifestly unreasonable" in f.message
    assert "orally" in f.message and "real name" in f.message


def test_scottish_environmental_request_is_eir_with_an_eisr_note():
    text = "Please provide air quality monitoring data for Leith Walk for 2024."
    result = check_request(text, "Edinburgh council")
    assert result.regime == Regime.EIR
    assert "scottish-authority" not in {f.code for f in result.findings}
    assert "Environmental Information (Scotland) Regulations" in finding(text, "environmental-information", "Edinburgh council").message


def test_water_companies_are_eir_only():
    assert check_request("How many leaks were repaired in 2024?", "Thames Water").regime == Regime.EIR
    f = finding("What was the chief executive's bonus in 2024?", "environmental-information", "Thames Water")
    assert "only" in f.message and "Environmental Information Regulations" in f.message


# ---------------------------------------------------------------------------------------------
# The cost limit is the authority's own
# ---------------------------------------------------------------------------------------------

COSTLY = "Please provide all emails sent by all staff that mention the bypass in 2023."


@pytest.mark.parametrize(
    "authority,expected",
    [
        ("Essex County Council", ["£450", "18 hours"]),
        ("Home Office", ["£600", "24 hours"]),
        ("Police Scotland", ["£600", "40 hours", "£15"]),
        ("Thames Water", ["manifestly unreasonable", "12(4)(b)"]),
        (None, ["£450", "18 hours", "£600"]),
    ],
)
def test_cost_limit_uses_the_authoritys_own_limit(authority, expected):
    f = finding(COSTLY, "cost-limit-risk", authority)
    for words in expected:
        assert words in f.message, (words, f.message)
    if authority == "Thames Water":
        assert "£" not in f.message


def test_many_years_is_a_cost_risk_and_a_short_span_is_not():
    assert "cost-limit-risk" in codes("How many noise complaints did you receive from 2012 to 2024?")
    assert "cost-limit-risk" not in codes("How many noise complaints did you receive from 2022 to 2024?")


@pytest.mark.parametrize("text", [
    "Under the Freedom of Information Act 2000, how many noise complaints did you receive in 2024?",
    "Dear Sir/Madam, I am writing under the Environmental Information Regulations 2004. How many fly-tipping reports were made in 2023/24?",
    "My flat was built in 1998 and the damp started in 2024. How many damp and mould complaints did you get in 2024?",
])
def test_a_laws_year_or_a_story_year_is_not_a_long_span(text):
    # the span is read from the periods the request states (periods.find_periods), not every four-digit number
    assert "cost-limit-risk" not in codes(text)


def test_a_long_stated_period_is_still_a_cost_risk_beside_a_laws_year():
    assert "cost-limit-risk" in codes("Under the Freedom of Information Act 2000, please provide the number "
                                      "of noise complaints received each year between 2010 and 2024.")


def test_parts_given_separately_are_counted():
    parts = [f"How many {x} in 2023?" for x in ("PCSOs", "PCs", "sergeants", "inspectors", "vacancies", "leavers")]
    f = finding("Staffing in 2023", "too-many-questions", parts=parts)
    assert f.evidence == "6 parts" and "6" in f.message
    assert "too-many-questions" not in codes("Staffing in 2023", parts=parts[:5])


# ---------------------------------------------------------------------------------------------
# Every finding is well formed
# ---------------------------------------------------------------------------------------------


def test_vocabularies_load_cleanly():
    assert vocabulary_problems() == []


@pytest.mark.parametrize("code,text", [(c, t) for c, ts in RAISES.items() for t in ts[:2]])
def test_findings_quote_the_text_and_give_a_fix(code, text):
    f = finding(text, code, today_year=2025)
    assert f.severity in ("high", "medium", "low")
    assert f.message and f.suggestion and f.evidence
    assert not re.search(r"\{\w+\}", f.message + f.suggestion), "unfilled placeholder"
    if code not in ("too-many-questions", "no-time-period", "cost-limit-risk"):
        assert _squash(f.evidence.rstrip("\u2026")) in _squash(text)


def test_vague_scope_suggestion_rewrites_with_the_topic():
    f = finding("I want all information you hold about facial recognition.", "vague-scope")
    assert f.evidence == "all information"
    assert "facial recognition" in f.suggestion and "financial year" in f.suggestion


def test_findings_are_ordered_high_first():
    text = "Why do you hold all information about me and everything about the covert unit?"
    severities = [f.severity for f in check_request(text, "Met").findings]
    order = {"high": 0, "medium": 1, "low": 2}
    assert severities == sorted(severities, key=order.get) and severities


def test_user_text_is_not_a_template():
    text = "Why did you close {authority} library {{ 7*7 }} {evidence}?"
    f = finding(text, "not-recorded-information")
    assert "{{ 7*7 }}" in f.evidence and "49" not in f.message


# ---------------------------------------------------------------------------------------------
# Bad input
# ---------------------------------------------------------------------------------------------


def test_empty_text_has_no_findings():
    assert check_request("").findings == []
    assert check_request("   \n ").findings == []


def test_a_megabyte_is_judged_without_trouble():
    big = ("Why did you spend all information on everything? " * 25_000)[:1_000_000]
    result = check_request(big, "Met")
    assert {"not-recorded-information", "vague-scope"} <= {f.code for f in result.findings}


def test_binary_junk_does_not_break_the_checks():
    junk = bytes(range(256)).decode("latin-1") * 4000 + "\ufffd" * 1000
    result = check_request(junk, "\x00\x01junk")
    assert result.regime == Regime.FOIA


def run_cli(capsys, *argv):
    rc = main(["check", *argv])
    out, err = capsys.readouterr()
    return rc, out, err


def test_cli_json(capsys):
    rc, out, err = run_cli(capsys, "I want all information you hold about facial recognition.", "--authority", "the Met", "--json")
    assert rc == 0 and err == ""
    data = json.loads(out)
    assert data["regime"] == "FOIA"
    assert data["authority"] == {"name": "Metropolitan Police Service", "type": "police", "nation": "england"}
    assert {"vague-scope", "no-time-period"} <= {f["code"] for f in data["findings"]}
    for f in data["findings"]:
        assert set(f) >= {"code", "severity", "message", "suggestion", "evidence"}


def test_cli_plain_text_fits_80_columns_and_leads_with_the_law(capsys):
    rc, out, _ = run_cli(capsys, "Why did you close Elm Road library? I want everything.", "--authority", "Bristol City Council")
    assert rc == 0
    lines = out.splitlines()
    assert lines[0].startswith("Law: Freedom of Information Act")
    assert lines[1] == "Authority: Bristol City Council"
    assert all(len(line) <= 80 for line in lines), max(lines, key=len)
    assert out.index("Serious") < out.index("Worth fixing")
    assert "recorded information" in out


def test_cli_clean_request_says_no_problems(capsys):
    rc, out, _ = run_cli(capsys, "How many staff did you employ on 1 April 2024?", "--authority", "essex police")
    assert rc == 0 and "No problems found" in out and "Essex Police" in out


def test_cli_reads_a_file_and_stdin(tmp_path, capsys, monkeypatch):
    path = tmp_path / "request.txt"
    path.write_text("Why did you close the library?", encoding="utf-8")
    rc, out, _ = run_cli(capsys, "-f", str(path), "--json")
    assert rc == 0 and "not-recorded-information" in out
    proc = subprocess.run(
        [sys.executable, "-m", "askfoi.cli", "check", "-f", "-", "--json"],
        input="Please send me the footage of me from 2024.",
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["regime"] == "SAR"


@pytest.mark.parametrize(
    "argv,words",
    [
        ([], "nothing to check"),
        ([""], "empty"),
        (["   \n  "], "empty"),
        (["x" * 1_000_000], "characters long"),
        (["a", "-f", "b.txt"], "not both"),
        (["-f", "/no/such/file.txt"], "no such file"),
        (["How many staff in 2024?", "--authority", "  "], "--authority is empty"),
    ],
)
def test_cli_bad_input_is_one_clear_line(capsys, argv, words):
    rc, out, err = run_cli(capsys, *argv)
    assert rc == 2 and out == ""
    assert words in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_cli_binary_files_are_refused_plainly(tmp_path, capsys):
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 50)
    rc, _, err = run_cli(capsys, "-f", str(binary))
    assert rc == 2 and "binary" in err
    junk = tmp_path / "junk.txt"
    junk.write_bytes(bytes(range(128, 256)) * 50)
    rc, _, err = run_cli(capsys, "-f", str(junk))
    assert rc == 2 and "does not look like written text" in err


def test_cli_unknown_authority_still_checks(capsys):
    rc, out, err = run_cli(capsys, "How many staff did you employ on 1 April 2024?", "--authority", "Ministry of Magic")
    assert rc == 0 and err == ""
    assert "not in askfoi's list" in out


def test_a_subject_access_request_needs_no_period_or_narrowing():
    text = "Please provide all the information you hold about me."
    result = check_request(text, "Essex County Council")
    assert result.regime == Regime.SAR
    assert {f.code for f in result.findings} == {"own-personal-data"}


def test_cli_says_when_it_is_not_foi_at_all(capsys):
    rc, out, _ = run_cli(capsys, "Please send me the CCTV footage of me from 3 March 2024.", "--authority", "Met")
    assert rc == 0 and out.startswith("Law: Subject access request")


@pytest.mark.parametrize(
    "question,wanted",
    [
        ("Why did the council sell the park?", "the reasons for the decision to sell the park."),
        ("Why was the library on Elm Road closed?", "the reasons why the library on Elm Road was closed."),
        ("Why are there no buses after 8pm?", "the reasons why there are no buses after 8pm."),
        ("I would like to know why you removed the bins in 2024.", "the reasons why you removed the bins in 2024."),
        ("Do you think the scheme is working?", "that assesses whether the scheme is working."),
        ("Please explain how you chose the site.", "that explains how you chose the site."),
        ("How can you justify the new parking charges?", "the justification for the new parking charges."),
    ],
)
def test_questions_become_requests_for_records(question, wanted):
    f = finding(question, "not-recorded-information")
    assert f.rewrite is not None and f.rewrite.startswith("Please provide any recorded information")
    assert f.rewrite.endswith(wanted), f.rewrite


def test_only_the_flagged_part_of_a_list_is_rewritten():
    text = "1. How many bins were emptied in 2024?\n2. Why did the council stop collections in May?\n3. What is your policy?"
    f = finding(text, "not-recorded-information")
    assert f.rewrite.splitlines()[0] == "1. How many bins were emptied in 2024?"
    assert f.rewrite.splitlines()[1].startswith("2. Please provide any recorded information")
    assert f.rewrite.splitlines()[2] == "3. What is your policy?"


def test_a_body_no_foi_law_covers_is_a_serious_finding():
    result = check_request("How many referrals did you receive in 2023?", authority="CEOP")
    codes = [f.code for f in result.findings]
    assert codes[0] == "not-covered-by-foi"
    assert "does not have to answer" in result.findings[0].message
    covered = check_request("How many referrals did you receive in 2023?", authority="Essex Police")
    assert "not-covered-by-foi" not in [f.code for f in covered.findings]


def test_environmental_requests_are_told_the_regulations_not_the_act():
    result = check_request(
        "All information about sewage discharges into the river, including the unit prices in the "
        "contract and the home addresses of the residents who complained",
        authority="Thames Water",
    )
    assert result.regime == Regime.EIR
    by_code = {f.code: f.message for f in result.findings}
    assert "regulation 12(4)(c)" in by_code["vague-scope"]
    assert "regulation 12(5)(e)" in by_code["commercial-sensitivity"]
    assert "regulation 13" in by_code["third-party-personal-data"]
    assert "manifestly unreasonable" in by_code["no-time-period"]
    assert not any("section 43" in m or "section 40" in m or "(section 12)" in m for m in by_code.values())


@pytest.mark.parametrize("authority, expected", [
    ("Essex Police", True),            # a force: covert tactics get NCND
    ("Home Office", True),             # national security bodies too
    (None, True),                      # no body named yet: warn
    ("Leeds City Council", False),     # councils report their RIPA use; they do not NCND it
    ("University of Sheffield", False),
    ("NHS England", False),
])
def test_ncnd_risk_only_for_bodies_that_answer_with_ncnd(authority, expected):
    text = "How many covert surveillance authorisations under RIPA were granted in 2023?"
    codes = {f.code for f in check_request(text, authority=authority).findings}
    assert ("ncnd-risk" in codes) is expected


def test_a_scottish_authority_under_the_environmental_rules_is_told_the_eisr_numbers():
    text = "Please send all information about fly tipping."
    scottish = check_request(text, authority="Glasgow City Council")
    english = check_request(text, authority="Leeds City Council")
    words = " ".join(f.message + " " + f.suggestion for f in scottish.findings)
    assert scottish.regime == Regime.EIR and "10(4)(c)" in words and "12(4)" not in words
    assert "(Scotland) Regulations" in words
    assert "12(4)(c)" in " ".join(f.message for f in english.findings)


@pytest.mark.parametrize("text", [
    "what is the name and salary of the social worker who handled my mums case",  # typed without the apostrophe
])
def test_a_relatives_records_typed_without_an_apostrophe_are_not_the_writers_own(text):
    codes = {f.code for f in check_request(text).findings}
    assert "own-personal-data" not in codes and "third-party-personal-data" in codes


def test_a_parents_request_for_their_childs_records_typed_without_an_apostrophe_is_the_childs_subject_access():
    # sar15: was asserted to be a third-party request; a parent may ask for a young child's records by subject access
    result = check_request("can i get my sons school records from the council")
    codes = {f.code for f in result.findings}
    assert result.regime == Regime.SAR
    assert "their-own-data" in codes and "own-personal-data" not in codes and "third-party-personal-data" not in codes


def test_ncnd_fix_for_a_tactic_with_no_overt_use_never_suggests_asking_about_overt_use():
    from askfoi.checks import check_request

    imsi = check_request("Does Greater Manchester Police use IMSI catchers at protests?", "Greater Manchester Police")
    (finding,) = [f for f in imsi.findings if f.code == "ncnd-risk"]
    assert "no overt use" in finding.suggestion and "Re-scope to overt use" not in finding.suggestion
    frt = check_request("Does Essex Police use covert facial recognition?", "Essex Police")
    (finding,) = [f for f in frt.findings if f.code == "ncnd-risk"]
    assert "overt use" in finding.suggestion and "2025" not in finding.suggestion  # no fixed example dates
