"""Text from strangers never reaches the terminal with control or escape sequences in it.

A corpus of the sequences a hostile reply, record, session file, file name or argument could carry
(OSC 52 clipboard writes, OSC 0/2 titles, CSI, DCS, APC, the 8-bit C1 CSI, BEL, backspace and
carriage-return overwrites) is fed to every CLI command, the conversation core and the TUI; what
comes out must hold no control character but newline and tab, and none of the sequences' payloads.
"""

from __future__ import annotations

import json
import os
import re
from datetime import date
from pathlib import Path

import pytest

from askfoi import knowledge, matching
from askfoi.cli import main
from askfoi.safe_text import clean_data, clean_line, clean_text, unsafe_reason

# Each payload word is inside a sequence a terminal would swallow or obey: it must not be shown.
CORPUS = {
    "osc52 clipboard": "\x1b]52;c;U0VDUkVUUEFZTE9BRA==\x07",
    "osc0 title (BEL)": "\x1b]0;TITLEPAYLOAD\x07",
    "osc2 title (ST)": "\x1b]2;TITLEPAYLOAD\x1b\\",
    "osc 8-bit": "\x9d0;TITLEPAYLOAD\x9c",
    "csi clear and colour": "\x1b[2J\x1b[1;31m",
    "csi 8-bit": "\x9b31m\x9b2J",
    "dcs": "\x1bPDCSPAYLOAD\x1b\\",
    "apc": "\x1b_APCPAYLOAD\x1b\\",
    "bel": "\x07\x07",
    "backspace overwrite": "refused\b\b\b\b\b\b\b",
    "cr overwrite": "\rdisclosed",
    "bidi override": "\u202eterces\u202c",
    "unterminated osc": "\x1b]0;TITLEPAYLOAD",
}
PAYLOADS = ("U0VDUkVUUEFZTE9BRA", "TITLEPAYLOAD", "DCSPAYLOAD", "APCPAYLOAD")
HOSTILE = "Body worn video " + "".join(CORPUS.values()) + " cameras"
BAD_CHAR = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def assert_no_controls(text: str) -> None:
    """Nothing a terminal would obey. (An error message may quote an argument with repr(), which
    shows a sequence as harmless backslash text: that is allowed here.)"""
    found = BAD_CHAR.search(text)
    assert found is None, f"control character {found.group()!r} in output: {text[max(0, found.start() - 40):found.end() + 40]!r}"


def assert_clean(text: str) -> None:
    """No control character and no payload: the sequence was removed whole, not just made harmless."""
    assert_no_controls(text)
    for payload in PAYLOADS:
        assert payload not in text, f"escape-sequence payload {payload} reached the output"


# --- the sanitiser itself ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_every_sequence_is_removed_and_the_text_around_it_kept(name):
    dirty = f"before {CORPUS[name]} after\nnext line"
    cleaned = clean_text(dirty)
    assert_clean(cleaned)
    assert cleaned.startswith("before") and cleaned.rstrip().endswith("next line")
    if name != "unterminated osc":  # that one runs to the end of its line
        assert "after" in cleaned
    assert unsafe_reason(dirty) is not None
    assert unsafe_reason(cleaned) is None


def test_ordinary_text_is_left_alone():
    text = "Dear Sir or Madam,\n\n\tPlease send me – “all” records (£, é, 日本, emoji 🙂).\n"
    assert clean_text(text) == text
    assert unsafe_reason(text) is None
    assert clean_line("a\nb\tc") == "a b c"


def test_overwrite_tricks_stay_visible():
    assert "refused" in clean_text("refused\rdisclosed") and "disclosed" in clean_text("refused\rdisclosed")
    assert clean_text("abc\b\b\bxyz") == "abcxyz"


def test_clean_data_cleans_keys_and_nested_values_and_says_why():
    data, reason = clean_data({"a\x1b[31m": ["x\x07", {"y": "\x9b2J z"}], "n": 3})
    assert data == {"a": ["x", {"y": " z"}], "n": 3}
    assert reason == "a terminal escape sequence"


# --- every CLI command --------------------------------------------------------------------------------


@pytest.fixture
def hostile_pack(monkeypatch, tmp_path):
    """A user knowledge file with one record whose every text field carries the corpus."""
    d = Path(os.environ["ASKFOI_DATA_DIR"]) / "knowledge" / "responses"
    d.mkdir(parents=True)
    good = knowledge.shipped_knowledge_dir() / "responses" / "essex_disclosure_log.jsonl"
    record = json.loads(good.read_text(encoding="utf-8").splitlines()[0])
    record.update(
        id="hostile-1",
        title=HOSTILE,
        authority="Essex Police " + CORPUS["osc52 clipboard"],
        asked=HOSTILE,
        source_url="https://example.org/hostile",
    )
    (d / "hostile.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    knowledge.get_knowledge.cache_clear()
    matching.get_matcher.cache_clear()
    knowledge._warned = False
    yield d / "hostile.jsonl"
    knowledge.get_knowledge.cache_clear()
    matching.get_matcher.cache_clear()


def run_cli(argv, capsys, *, stdout_only: bool = False) -> tuple[int, str]:
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse's own errors: exit 2 after one line
        code = exc.code
    out = capsys.readouterr()
    return code, out.out if stdout_only else out.out + out.err


def test_kb_validate_flags_the_record_by_file_and_line(hostile_pack, capsys):
    code, out = run_cli(["kb", "validate"], capsys)
    assert code == 1
    assert f"{hostile_pack}:1:" in out and "escape sequence" in out
    assert_clean(out)


@pytest.mark.parametrize(
    "argv",
    [
        ["kb", "show", "hostile-1"],
        ["kb", "show", "hostile-1", "--json"],
        ["kb", "show", "no-such" + CORPUS["osc0 title (BEL)"]],
        ["kb", "stats"],
        ["kb", "stats", "--json"],
        ["match", "body worn video cameras facial recognition", "--top", "50"],
        ["match", "body worn video cameras", "--json", "--top", "50"],
        ["match", HOSTILE, "--authority", HOSTILE],
        ["check", HOSTILE, "--authority", HOSTILE],
        ["check", HOSTILE, "--json"],
        ["deadline", HOSTILE],
        ["deadline", "2024-01-01", "--regime", HOSTILE],
        ["explain", "/no/such/file" + CORPUS["osc52 clipboard"]],
        ["kb", "import", "/no/such" + CORPUS["osc2 title (ST)"]],
        ["nonsense" + CORPUS["osc52 clipboard"]],
    ],
    ids=lambda a: " ".join(a)[:40].encode("unicode_escape").decode(),
)
def test_cli_output_never_carries_a_sequence(hostile_pack, capsys, argv):
    code, out = run_cli(argv, capsys)
    assert out.strip()
    assert_no_controls(out)
    assert code in (0, 1, 2)
    if "--json" in argv and code == 0:  # what a program reading the JSON would then print
        _, out = run_cli(argv, capsys, stdout_only=True)
        assert_clean(json.dumps(json.loads(out), ensure_ascii=False))
    elif code == 0:
        assert_clean(out)


def test_match_finds_the_hostile_record_and_shows_it_clean(hostile_pack, capsys):
    code, out = run_cli(["match", HOSTILE, "--top", "50"], capsys)
    assert code == 0
    assert "Body worn video" in out
    assert_clean(out)


def test_explain_a_hostile_reply(tmp_path, capsys):
    reply = tmp_path / "reply.txt"
    reply.write_text(
        "Dear requester,\n\nWe hold the information. " + HOSTILE + "\nIt is exempt under section 31(1)(a) "
        + CORPUS["osc52 clipboard"] + " and withheld " + CORPUS["dcs"] + ".\n",
        encoding="utf-8",
    )
    code, out = run_cli(["explain", str(reply)], capsys)
    assert code == 0 and "31" in out
    assert_clean(out)
    code, out = run_cli(["explain", str(reply), "--json"], capsys)
    assert code == 0
    assert_clean(json.dumps(json.loads(out), ensure_ascii=False))


def test_match_batch_with_hostile_lines(tmp_path, capsys):
    batch = tmp_path / "in.jsonl"
    batch.write_text(
        json.dumps({"text": HOSTILE, "authority": HOSTILE}) + "\n" + HOSTILE + "\n", encoding="utf-8"
    )
    code, out = run_cli(["match", "--batch", str(batch)], capsys)
    assert code == 0
    lines = [json.loads(line) for line in out.strip().splitlines()]
    assert "forecast" in lines[0] and all("error" in line for line in lines[1:])
    for line in lines:
        assert_clean(json.dumps(line, ensure_ascii=False))


def test_draft_with_hostile_answers(tmp_path, capsys):
    answers = tmp_path / "a.json"
    answers.write_text(
        json.dumps({"authority": "Essex Police" + CORPUS["osc52 clipboard"], "name": "Ann " + CORPUS["csi 8-bit"],
                    "email": "ann@example.org", "parts": [HOSTILE], "preferred_format": HOSTILE}),
        encoding="utf-8",
    )
    for fmt in ("text", "markdown", "eml"):
        code, out = run_cli(["draft", "--answers", str(answers), "--format", fmt], capsys)
        assert code == 0, out
        assert_clean(out)


def test_kb_import_flags_hostile_rows_and_names_the_hostile_file(hostile_pack, tmp_path, capsys):
    src = tmp_path / ("export" + CORPUS["osc0 title (BEL)"] + ".jsonl")
    src.write_text(hostile_pack.read_text(encoding="utf-8"), encoding="utf-8")
    into = tmp_path / "into.jsonl"
    code, out = run_cli(["kb", "import", "--into", str(into), str(src)], capsys)
    assert code == 0
    assert "Imported 1" in out and ":1: carries a terminal escape sequence" in out
    assert_clean(out)
    assert_clean(into.read_text(encoding="utf-8").encode().decode("unicode_escape", errors="ignore"))


# --- the conversation core ---------------------------------------------------------------------------------


def test_conversation_turns_are_clean(hostile_pack):
    from askfoi.conversation import Conversation, Message, Session

    conv = Conversation(today=lambda: date(2025, 6, 2), matcher=matching.get_matcher())
    shown = [m.text for m in conv.start().messages]
    for line in (HOSTILE, "Essex Police" + CORPUS["osc52 clipboard"], "last year", "ok", "ok", "ok",
                 "Ann " + CORPUS["csi 8-bit"], "ann@example.org", "/save" + CORPUS["dcs"], "/nonsense" + HOSTILE):
        turn = conv.reply(line)
        shown += [m.text for m in turn.messages]
    insight = conv.insight()
    shown += [insight.letter, json.dumps([s.model_dump(mode="json") for s in insight.similar], ensure_ascii=False)]
    shown += conv.choices("Essex" + CORPUS["bel"])
    for text in shown:
        assert_clean(text)
    # a session from anywhere: its history and answers come back clean
    dirty = Session(about=HOSTILE, history=[Message(role="you", text="x")])
    dirty.history[0].text = HOSTILE  # assignment skips validation: what a hand-edited file would hold
    from askfoi.session import SessionStore

    store = SessionStore(Path(os.environ["ASKFOI_DATA_DIR"]) / "s.json")
    store.path.parent.mkdir(parents=True, exist_ok=True)
    store.path.write_text(dirty.model_dump_json(), encoding="utf-8")
    loaded = store.load()
    assert loaded is not None and store.set_aside is None
    assert_clean(loaded.about)
    assert_clean(loaded.history[0].text)
    for m in Conversation(loaded, today=lambda: date(2025, 6, 2)).resume().messages:
        assert_clean(m.text)


# --- the TUI's text widgets (a quick Pilot check at 80x24) ---------------------------------------------------


async def test_tui_shows_a_hostile_session_and_input_clean(tmp_path):
    from askfoi.conversation import Message, Session
    from askfoi.session import SessionStore
    from askfoi.tui.app import AskFOIApp

    saved = Session(about="Body worn video", authority="Essex Police", step="period",
                    confirmed=["about", "authority"], parts=["Body worn video policy"],
                    history=[Message(role="you", text="x")])
    saved.about = HOSTILE
    saved.parts = [HOSTILE]
    saved.history[0].text = HOSTILE
    store = SessionStore(tmp_path / "session.json")
    store.path.write_text(saved.model_dump_json(), encoding="utf-8")
    app = AskFOIApp(store=store, load_matcher=False, today=lambda: date(2025, 6, 2))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert_clean(app.export_screenshot())  # the resume offer quotes the saved request
        await pilot.press("enter")  # carry on
        await pilot.pause()
        prompt = app.query_one("#prompt")
        prompt.value = "last year " + CORPUS["osc52 clipboard"]
        await pilot.press("enter")
        for _ in range(20):
            await pilot.pause(0.05)
        screen = app.export_screenshot()
        assert "last&#160;year" in screen
        assert_clean(screen)
        from textual.widgets import Static

        for widget in app.query(Static):
            assert_clean(str(widget.render()))
