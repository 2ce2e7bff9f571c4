"""Property tests over every parser and every command's input: whatever comes in, no exception escapes
that the caller is not promised, and nothing shown carries a control or escape sequence.

`make test` runs these with the small "test" budget (conftest.py); `make fuzz` with the "fuzz" budget.
Each test counts the inputs it tried (tests/conftest.py prints the counts at the end of the run).
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from conftest import count_input

BAD = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
TODAY = date(2025, 6, 2)

# Text that looks like what people and files really hold, mixed with the hostile and the odd.
FRAGMENTS = [
    "2023", "last year", "1 April 2020 to 31 March 2024", "since 2010", "01/02/2024", "Q3 2022", "31/02/2023",
    "Essex Police", "Leeds City Council", "NHS", "section 31(1)(a)", "s.40(2)", "neither confirm nor deny",
    "refused", "exempt", "we hold", "\x1b]52;c;QUJD\x07", "\x1b[31m", "\x9b2J", "\r", "\b", "\x00", "\u202e",
    "{", "}", "[", "]", '"', ":", ",", "\n", "- ", "{{ 7*7 }}", "[bold]", "9" * 50, "é", "日本",
]
texty = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=12), max_size=25).map(" ".join),
)


def _json_values(max_leaves: int = 20):
    leaves = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | texty
    return st.recursive(
        leaves, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12) | st.sampled_from(
            ["authority", "parts", "name", "email", "period", "priority", "regime", "to", "preferred_format",
             "id", "title", "outcome", "url", "source_url", "outcome_class", "sections", "date", "version",
             "history", "step", "about", "text", "role"]), inner, max_size=5), max_leaves=max_leaves)


json_values = _json_values()


def assert_no_controls(text: str) -> None:
    assert not BAD.search(text), repr(text[:200])


# --- the sanitiser ------------------------------------------------------------------------------------------


@given(st.text())
def test_clean_text_leaves_nothing_a_terminal_obeys_and_is_idempotent(text):
    from askfoi.safe_text import clean_line, clean_text, unsafe_reason

    count_input("safe_text")
    cleaned = clean_text(text)
    assert_no_controls(cleaned)
    assert clean_text(cleaned) == cleaned
    assert unsafe_reason(cleaned) is None
    assert "\n" not in clean_line(text)


# --- parsers -----------------------------------------------------------------------------------------------------


@given(texty)
def test_periods(text):
    from askfoi.periods import explain_period_error, parse_period

    count_input("periods")
    period = parse_period(text, today=TODAY)
    if period is None:
        reason = explain_period_error(text, today=TODAY)
        assert reason is None or isinstance(reason, str)
    else:
        assert period.start <= period.end


@given(st.one_of(json_values.map(lambda v: json.dumps(v, ensure_ascii=False)), texty))
def test_answers_files(text):
    from askfoi.answers import AnswersError, parse_answers
    from askfoi.formats import render_letter
    from askfoi.letter import draft_letter

    count_input("answers")
    try:
        answers = parse_answers(text)
    except AnswersError as exc:
        assert "\n" not in str(exc).strip()
        return
    try:
        letter = draft_letter(answers, today=TODAY)
    except AnswersError:
        return
    for fmt in ("text", "markdown", "eml"):
        assert_no_controls(render_letter(letter, fmt))


@given(st.sampled_from(["auto", "disclosure-log", "wdtk-csv", "alaveteli-json", "jsonl"]),
       st.one_of(texty, st.lists(json_values, max_size=4).map(lambda vs: "\n".join(json.dumps(v) for v in vs)),
                 st.lists(st.lists(texty, min_size=5, max_size=5), max_size=4).map(
                     lambda rows: "Status,Request Date,Authority Name,Request Title,Request URL\n"
                     + "\n".join(",".join(json.dumps(c) for c in r) for r in rows))))
def test_importers(fmt, text):
    from askfoi.importers import parse_text

    count_input("importers")
    result = parse_text(text, fmt, Path("fuzz.txt"))
    for rec in result.records:
        assert_no_controls(rec.model_dump_json())


@given(texty)
def test_reader(text):
    from askfoi.reader import read_outcome_label, read_reply

    count_input("reader")
    for reading in (read_reply(text), read_outcome_label(text)):
        assert reading.outcome is not None


@given(texty)
def test_authorities(text):
    from askfoi.authorities import resolve_authority, suggest_authorities

    count_input("authorities")
    found = resolve_authority(text)
    assert found is None or found.name
    assert len(suggest_authorities(text)) <= 6


@given(texty, st.none() | texty)
def test_checks(text, authority):
    from askfoi.checks import check_request

    count_input("checks")
    assume(authority is None or authority.strip())
    result = check_request(text, authority)
    assert all(f.severity in ("high", "medium", "low") for f in result.findings)


@given(texty)
def test_frame_and_match_text(text):
    from askfoi.match_text import text_vocab, words
    from askfoi.questions import split_questions

    count_input("match_text")
    assert isinstance(words(text), list)
    assert isinstance(text_vocab().framing_of(text), int)
    assert isinstance(split_questions(text), list)


@pytest.fixture(scope="module")
def matcher(tmp_path_factory):
    from askfoi.matching import get_matcher

    return get_matcher(tmp_path_factory.mktemp("fuzz-index"))


@given(texty, st.none() | texty)
def test_matcher(matcher, text, authority):
    count_input("matcher")
    result = matcher.match(text, authority, top=3)
    assert len(result.similar) <= 3


@given(st.one_of(json_values.map(lambda v: json.dumps(v).encode()), st.binary(max_size=300)))
def test_session_load(data):
    from askfoi.safe_input import InputError
    from askfoi.session import parse_session

    count_input("session")
    try:
        session = parse_session(data)
    except InputError:
        return
    assert_no_controls(session.model_dump_json())


@given(st.binary(max_size=600))
def test_knowledge_lines(tmp_path_factory, data):
    from askfoi.knowledge import load_jsonl
    from askfoi.models import PublishedResponse

    count_input("knowledge")
    path = tmp_path_factory.mktemp("kb") / "f.jsonl"
    path.write_bytes(data)
    records, problems = load_jsonl(path, PublishedResponse)
    assert all(p.line for p in problems)


@given(st.lists(texty, min_size=1, max_size=8))
def test_conversation(replies):
    from askfoi.conversation import Conversation

    count_input("conversation")
    conv = Conversation(today=lambda: TODAY)
    shown = [m.text for m in conv.start().messages]
    for text in replies:
        shown += [m.text for m in conv.reply(text).messages]
    shown.append(conv.insight().letter)
    for text in shown:
        assert_no_controls(text)


# --- the command line with any arguments -----------------------------------------------------------------------------

COMMANDS = ["kb", "explain", "check", "draft", "deadline", "match"]
OPTIONS = ["--json", "--top", "--authority", "--batch", "--format", "--answers", "--regime", "-f", "--into",
           "stats", "show", "validate", "import", "-", "0", "5", "99", "eml", "markdown", "SAR", "/dev/zero",
           "2024-02-30", "today", "essex-police-1"]


@given(st.sampled_from(COMMANDS), st.lists(st.sampled_from(OPTIONS) | texty, max_size=5))
def test_cli_main_with_arbitrary_argv(capsys, monkeypatch_module, command, rest):
    from askfoi.cli import main

    count_input("cli")
    if command == "kb" and "import" in rest:
        return  # writes into the pack: its input is covered by test_importers and tests/test_robustness.py
    try:
        code = main([command, *rest])
    except SystemExit as exc:  # argparse: usage and one line, status 2
        code = exc.code
    out = capsys.readouterr()
    assert code in (0, 1, 2, 130), (code, out.err)
    assert "Traceback" not in out.err
    assert_no_controls(out.out + out.err)


@pytest.fixture(scope="module")
def monkeypatch_module():
    """Standard input is empty (a '-' argument must not wait for a person)."""
    import io
    import sys

    mp = pytest.MonkeyPatch()
    mp.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))
    yield mp
    mp.undo()
