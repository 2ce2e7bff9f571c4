"""The request letter, the answers file, free text -> parts, and `askfoi draft`.

Golden letters: tests/golden/letter_*.txt hold each regime's letter exactly. After a deliberate
change to prompts/letters/, regenerate them and review the diff before committing:

    ASKFOI_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_drafting.py -k golden
"""

from __future__ import annotations

import json
import os
from datetime import date
from email import policy
from email.parser import BytesParser
from pathlib import Path
from types import SimpleNamespace

import pytest

import askfoi.letter as drafting
from askfoi.answers import Answers, AnswersError, load_answers
from askfoi.cli import main
from askfoi.formats import escape_markdown, render_letter
from askfoi.letter import draft_letter
from askfoi.models import Nation, Regime

GOLDEN = Path(__file__).parent / "golden"
TODAY = date(2026, 11, 21)

BASE = {
    "authority": "Example Borough Council",
    "requester_name": "Jane Smith",
    "email": "jane.smith@example.org",
    "parts": [
        "The number of CCTV cameras the council operates",
        "A copy of the council's CCTV policy",
        "The total amount spent on CCTV maintenance",
    ],
    "period": "2020/21 to 2023/24",
    "preferred_format": "spreadsheet",
    "priority": [1, 3],
}

GOLDEN_CASES = {
    "foia": {**BASE, "regime": "FOIA"},
    "foisa": {**BASE, "authority": "Example Scottish Council", "regime": "FOISA"},
    "eir": {
        **BASE,
        "regime": "EIR",
        "parts": ["Air quality readings from the monitors on the High Street", "The council's air quality action plan"],
        "priority": [2],
        "period": "calendar year 2023",
        "preferred_format": "electronic copies (PDF)",
    },
    "eir_scotland": {
        **BASE,
        "regime": "EIR",
        "authority": "Example Scottish Council",
        "parts": ["Noise complaints about the airport"],
        "priority": None,
        "period": "last financial year",
        "preferred_format": None,
        "requester_name": None,
    },
    "sar": {
        **BASE,
        "regime": "SAR",
        "parts": ["CCTV images of me at the Town Hall on 3 May 2024", "My housing repair case file"],
        "priority": None,
        "period": "since January 2024",
    },
}


@pytest.fixture
def offline_authority(monkeypatch):
    """Letters that do not depend on knowledge/authorities: the name stays as typed."""

    def fake(name: str):
        if "Scottish" in name:
            return SimpleNamespace(name=name, known=True, nation=Nation.scotland, regime=Regime.FOISA)
        return None

    monkeypatch.setattr(drafting, "_resolve", fake)


def _draft(data: dict, **changes) -> drafting.Letter:
    return draft_letter(Answers.model_validate({**data, **changes}), today=TODAY)


@pytest.mark.parametrize("case", sorted(GOLDEN_CASES))
def test_golden_letter(case, offline_authority):
    text = render_letter(_draft(GOLDEN_CASES[case]), "text")
    path = GOLDEN / f"letter_{case}.txt"
    if os.environ.get("ASKFOI_UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


def test_each_regime_cites_its_own_law(offline_authority):
    foia = _draft(BASE).body
    assert "under section 1 of the Freedom of Information Act 2000" in foia
    assert "section 11 of the Act, I would like to receive the information in a spreadsheet (CSV or Excel)" in foia
    assert "exceed the cost limit under section 12, please answer parts 1 and 3 first" in foia
    assert "advice and assistance under section 16" in foia
    assert "for the period 1 April 2020 to 31 March 2024" in foia
    assert foia.startswith("Dear Example Borough Council Freedom of Information team,")
    assert foia.rstrip().endswith("Yours faithfully,\n\nJane Smith\njane.smith@example.org")  # ny94: the email under it

    foisa = _draft(GOLDEN_CASES["foisa"]).body
    assert "under section 1 of the Freedom of Information (Scotland) Act 2002" in foisa
    assert "section 15" in foisa and "section 16" not in foisa

    eir = _draft(GOLDEN_CASES["eir"]).body
    assert "under regulation 5 of the Environmental Information Regulations 2004" in eir
    assert "manifestly unreasonable (regulation 12(4)(b))" in eir and "(regulation 9)" in eir
    assert "cost limit" not in eir and "section 12" not in eir
    assert "Under regulation 6" in eir

    eisr = _draft(GOLDEN_CASES["eir_scotland"])
    assert "Environmental Information (Scotland) Regulations 2004" in eisr.body
    assert "Scottish bank holidays" in eisr.deadline_explanation and "regulation 16" in eisr.deadline_explanation

    sar = _draft(GOLDEN_CASES["sar"]).body
    assert "subject access request under Article 15 of the UK GDPR" in sar
    assert "copy of the personal data" in sar and "proof of my identity" in sar
    assert "free of charge" in sar and "one calendar month" in sar


def test_the_letter_carries_the_name_and_the_email_given_under_it(offline_authority):
    """ny94 (nc91 #10, was "only the name, never the email"): the address the person gave is where the reply goes
    (FOIA s8(1)(b)); a letter pasted into a web form or posted without it loses it. Asked for knowing it goes on."""
    letter = _draft(BASE, to="foi@example.gov.uk")
    assert letter.body.rstrip().endswith("Jane Smith\njane.smith@example.org")
    for fmt in ("text", "markdown"):
        assert "jane.smith@example.org" in render_letter(letter, fmt)
    no_email = _draft({k: v for k, v in BASE.items() if k != "email"}, to="foi@example.gov.uk")
    assert "@" not in no_email.body and no_email.body.rstrip().endswith("Jane Smith")


def test_single_part_and_no_priority(offline_authority):
    body = _draft(BASE, parts=["The number of parking fines issued"], priority=None, preferred_format=None).body
    assert "If answering this request would exceed the cost limit under section 12" in body
    assert "I would like to receive" not in body

@pytest.mark.parametrize(
    "regime, authority, words",
    [
        ("FOIA", "Example Borough Council", "the cost limit under section 12, please answer the parts in the order listed, "
         "starting with part 1, as far as the limit allows, and give me advice and assistance under section 16"),
        ("FOISA", "Example Scottish Council", "the cost limit under section 12, please answer the parts in the order "
         "listed, starting with part 1, as far as the limit allows, and give me advice and assistance under section 15"),
        ("EIR", "Example Borough Council", "manifestly unreasonable (regulation 12(4)(b)), please answer the parts in "
         "the order listed, starting with part 1, as far as you reasonably can, and tell me how to narrow the rest "
         "(regulation 9)"),
    ],
)
def test_without_a_priority_the_parts_are_answered_in_the_order_listed(offline_authority, regime, authority, words):
    body = _draft(BASE, regime=regime, authority=authority, priority=None).body
    assert words in " ".join(body.split())
    assert "which parts you can answer" not in body
    given = _draft(BASE, regime=regime, authority=authority, priority=[3, 1]).body
    assert "please answer parts 3 and 1 first" in given and "order listed" not in given


def test_a_subject_access_request_has_no_cost_limit_paragraph(offline_authority):
    body = _draft(BASE, regime="SAR", priority=None).body
    assert "cost limit" not in body and "order listed" not in body


@pytest.mark.parametrize(
    "parts, period, subject",
    [
        (["The number of people arrested because of facial recognition cameras",
          "Any policy, procedure or guidance on facial recognition cameras."], "calendar year 2023",
         "Freedom of Information request: facial recognition cameras, 2023"),
        (["The total amount spent on CCTV cameras, broken down by financial year."], "2024",
         "Freedom of Information request: CCTV cameras, 2024"),
        (["The number of CCTV cameras the council operates"], "2020/21 to 2023/24",
         "Freedom of Information request: CCTV cameras, 2020/21 to 2023/24"),
        (["A copy of the council's CCTV policy"], None, "Freedom of Information request: CCTV policy"),
        (["The number of 999 calls answered"], "last 12 months", "Freedom of Information request: 999 calls, Nov 2025 to Oct 2026"),
        (["Is the park going to be sold?"], None, "Freedom of Information request: Is the park going to be sold"),
        (["Any minutes, reports or briefings about antisocial behaviour in Hackney Wick."], "2024",
         "Freedom of Information request: antisocial behaviour, 2024"),
    ],
)
def test_subject_is_the_topic_and_the_short_period(offline_authority, parts, period, subject):
    assert _draft(BASE, parts=parts, period=period, priority=None).subject == subject


def test_subject_line_uses_the_topic_the_conversation_framed(offline_authority):
    parts = ["Any minutes, reports, briefings or decision records that set out the reasons for the decision to close "
             "the library, and any assessment of that decision."]
    subject = _draft(BASE, parts=parts, period="2024", priority=None, topic="library closure").subject
    assert subject == "Freedom of Information request: library closure, 2024"


@pytest.mark.parametrize(
    "part",
    [
        "Any recorded information setting out the reasons for the decision to close the Hackney Wick community library",
        'Any recorded information showing when you decided to sell the park to the developers who bid in 2021',
        "Correspondence between the chief executive and the leader about the regeneration scheme",
        "x" * 30 + " " + "y" * 30 + " " + "z" * 30,
    ],
)
def test_subject_is_short_and_in_whole_words(offline_authority, part):
    subject = _draft(BASE, parts=[part], priority=None).subject
    label = subject.split(": ", 1)[1].removesuffix("...").split(", ")[0]
    assert len(subject) <= drafting.SUBJECT_MAX_CHARS or " " not in label
    words = part.lower().replace('"', " ").split()
    if label == "2020/21 to 2023/24":
        return  # lf61 (nc58 #9): a part that is a clause said back gives no topic: the period alone, never a fragment
    assert all(w in words for w in label.lower().split()), subject


def test_unlisted_format_is_quoted_in_the_persons_words(offline_authority):
    body = _draft(BASE, preferred_format="Word documents by post").body
    assert "in this form: Word documents by post." in body


def test_user_text_is_data_not_template(offline_authority):
    tricky = "{{ 7*7 }} {% raw %}{# not a comment #}"
    letter = _draft(BASE, parts=[tricky], requester_name="{{ config }}", priority=None)
    assert tricky in letter.body and "49" not in letter.body
    assert letter.body.rstrip().endswith("{{ config }}\njane.smith@example.org")  # ny94: the email under the name
    assert tricky in render_letter(letter, "eml")


def test_missing_name_is_flagged_where_the_law_needs_it(offline_authority):
    foia = _draft(BASE, requester_name=None)
    assert foia.missing == ["requester_name"]
    assert "[your full name]" in foia.body
    eir = _draft(GOLDEN_CASES["eir"], requester_name=None)
    assert eir.missing == []


def test_json_carries_due_date_and_explanation(offline_authority):
    data = _draft(BASE).model_dump(mode="json")
    assert data["due"] == "2026-12-21"
    assert data["deadline_explanation"].startswith("Reply due by Monday 21 December 2026")
    assert data["regime"] == "FOIA" and data["authority"] == "Example Borough Council"


# --- eml -------------------------------------------------------------------------------------------------


def _parse_eml(text: str):
    return BytesParser(policy=policy.default).parsebytes(text.encode("utf-8"))


def test_eml_parses_back_and_the_body_round_trips(offline_authority):
    letter = _draft(BASE, to="foi@example.gov.uk", parts=["Café costs above £600 \u2013 by ward", "Second part"],
                    priority=None)
    msg = _parse_eml(render_letter(letter, "eml"))
    assert msg["Subject"] == letter.subject
    assert msg["To"] == "foi@example.gov.uk"
    assert msg["From"] == "Jane Smith <jane.smith@example.org>" == msg["Reply-To"]
    assert msg["MIME-Version"] == "1.0" and msg["Date"]
    assert msg.get_content_type() == "text/plain" and msg.get_content_charset() == "utf-8"
    assert msg.get_content().rstrip("\n") == letter.body


def test_eml_leaves_out_to_and_from_when_unknown(offline_authority):
    letter = _draft(GOLDEN_CASES["eir_scotland"], email=None)
    msg = _parse_eml(render_letter(letter, "eml"))
    assert msg["To"] is None and msg["From"] is None
    assert msg.get_content().rstrip("\n") == letter.body


def test_bad_email_is_refused_before_it_reaches_a_header():
    with pytest.raises(Exception, match="email"):
        Answers.model_validate({**BASE, "email": "jane@example.org\nBcc: everyone@example.org"})


# --- markdown --------------------------------------------------------------------------------------------


def test_markdown_keeps_the_numbered_list_and_escapes_user_text(offline_authority):
    letter = _draft(BASE, parts=["Costs of *all* [projects](http://x.test) <b>", "# not a heading"], priority=None,
                    requester_name="1. Smith")
    md = render_letter(letter, "markdown")
    assert "\n1. Costs of \\*all\\* \\[projects\\](http://x.test) \\<b\\>\n" in md
    assert "\n2. \\# not a heading\n" in md
    assert "\n1\\. Smith\n" in md  # a name that looks like a list item is not one
    assert md.startswith("**Subject:** ")


@pytest.mark.parametrize(
    "line, expected",
    [("plain words", "plain words"), ("- dash", "\\- dash"), ("3) three", "3\\) three"), ("a_b", "a\\_b"),
     ("&amp;", "\\&amp;"), ("AT&T", "AT&T"), ("> quote", "\\> quote")],
)
def test_escape_markdown(line, expected):
    assert escape_markdown(line) == expected


# --- answers files and `askfoi draft` ------------------------------------------------------------------------


def _write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_answers_load_from_json_and_yaml_alike(tmp_path):
    from_json = load_answers(_write(tmp_path, "a.json", json.dumps(BASE)))
    yaml_text = "\n".join(
        ["authority: Example Borough Council", "name: Jane Smith", "email: jane.smith@example.org",
         "parts:", *[f"  - \"{p}\"" for p in BASE["parts"]], "period: 2020/21 to 2023/24",
         "preferred_format: spreadsheet", "priority: [1, 3]"]
    )
    from_yaml = load_answers(_write(tmp_path, "a.yaml", yaml_text))
    assert from_json == from_yaml
    # By content when the extension says nothing.
    assert load_answers(_write(tmp_path, "answers.txt", json.dumps(BASE))) == from_json


def test_yaml_number_period_is_read_as_text(tmp_path):
    answers = load_answers(_write(tmp_path, "a.yaml", "authority: X Council\nparts: [a]\nperiod: 2023\n"))
    assert answers.period == "2023"


def _draft_cli(tmp_path, capsys, name: str, content, *extra: str) -> tuple[int, str, str]:
    path = _write(tmp_path, name, content)
    code = main(["draft", "--answers", str(path), *extra])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    "name, content, words",
    [
        ("bad.json", '{"authority": "X", "parts": ["a"', ["not valid JSON"]),
        ("bad.yaml", "authority: [unclosed\nparts: a\n", ["not valid YAML"]),
        ("missing.yaml", "requester_name: Jane\nparts: [a]\n", ["'authority'", "missing"]),
        ("types.json", json.dumps({"authority": "X", "parts": "one string", "requester_name": 7}),
         ["'parts' should be a list", "'requester_name' should be text"]),
        ("empty_parts.yaml", "authority: X\nrequester_name: J\nparts: []\n", ["'parts' is empty"]),
        ("blank_part.yaml", "authority: X\nrequester_name: J\nparts: [a, '  ']\n", ["part 2 is empty"]),
        ("priority.yaml", "authority: X\nrequester_name: J\nparts: [a]\npriority: [3]\n", ["'priority'", "no part 3"]),
        ("typo.yaml", "authority: X\nrequestor_name: J\nparts: [a]\n", ["'requestor_name' is not a field"]),
        ("regime.yaml", "authority: X\nrequester_name: J\nparts: [a]\nregime: GDPR\n", ["'regime'"]),
        ("period.yaml", "authority: X\nrequester_name: J\nparts: [a]\nperiod: whenever\n", ["'period'"]),
        ("list.yaml", "- a\n- b\n", ["named answers"]),
        ("empty.yaml", "", ["is empty"]),
        ("binary.yaml", b"\x7fELF\x02\x01\x01\x00\x00\x00" + bytes(range(256)), ["binary"]),
        ("latin1.yaml", "authority: Caf\xe9\nparts: [a]\n".encode("latin-1"), ["UTF-8"]),
        ("noname.yaml", "authority: Example Borough Council\nparts: [a]\n", ["'requester_name'", "section 8"]),
    ],
)
def test_draft_bad_input_is_one_plain_line_naming_the_problem(tmp_path, capsys, name, content, words):
    code, out, err = _draft_cli(tmp_path, capsys, name, content)
    assert code == 2 and out == ""
    assert err.startswith(f"askfoi: {tmp_path / name}: ") and err.count("\n") == 1, err
    assert "Traceback" not in err
    for word in words:
        assert word in err, (word, err)


def test_draft_missing_file_and_folder(tmp_path, capsys):
    assert main(["draft", "--answers", str(tmp_path / "nope.yaml")]) == 2
    assert "no such file" in capsys.readouterr().err
    assert main(["draft", "--answers", str(tmp_path)]) == 2
    assert "folder" in capsys.readouterr().err


def test_draft_unknown_authority_still_drafts_under_foia(tmp_path, capsys):
    answers = {"authority": "Little Snoring Parish Meeting", "requester_name": "Jane Smith",
               "parts": ["The number of benches on the green"]}
    code, out, err = _draft_cli(tmp_path, capsys, "a.json", json.dumps(answers))
    assert code == 0, err
    assert "Dear Little Snoring Parish Meeting Freedom of Information team," in out
    assert "Freedom of Information Act 2000" in out
    assert out.startswith("Subject: Freedom of Information request: benches on the green\n")


def test_draft_known_authority_uses_its_name_and_law(tmp_path, capsys):
    answers = {"authority": "city of edinburgh council", "requester_name": "Jane Smith",
               "parts": ["The number of library staff employed"]}
    code, out, _ = _draft_cli(tmp_path, capsys, "a.yaml", json.dumps(answers), "--json")
    data = json.loads(out)
    assert code == 0 and data["regime"] == "FOISA" and data["authority"] == "City of Edinburgh Council"
    assert "Freedom of Information (Scotland) Act 2002" in data["body"]


def test_draft_outputs_markdown_and_eml(tmp_path, capsys):
    code, md, _ = _draft_cli(tmp_path, capsys, "a.json", json.dumps({**BASE, "regime": "FOIA"}), "--format", "markdown")
    assert code == 0 and "\n1. The number of CCTV cameras the council operates\n" in md
    code, eml, _ = _draft_cli(tmp_path, capsys, "b.json", json.dumps({**BASE, "regime": "FOIA"}), "--format", "eml")
    msg = _parse_eml(eml)
    assert code == 0 and msg["From"].addresses[0].addr_spec == "jane.smith@example.org"
    assert "Jane Smith" in msg.get_content()


def test_period_error_from_draft_letter_names_the_field():
    with pytest.raises(AnswersError, match="'period'.*future"):
        draft_letter(Answers.model_validate({**BASE, "period": "2099"}), today=TODAY)
