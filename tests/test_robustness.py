"""No traceback, no hang, nothing lost: damaged input of every kind gives a one-line error (exit 2) or
is skipped and named; files holding a person's details are kept private and never replaced."""

from __future__ import annotations

import email
import email.policy
import json
import os
import stat
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from askfoi import knowledge, matching
from askfoi.cli import main
from askfoi.conversation import Conversation, Step
from askfoi.knowledge import load_jsonl
from askfoi.models import PublishedResponse
from askfoi.session import SessionStore

PACK = knowledge.shipped_knowledge_dir() / "responses"
ESSEX = PACK / "essex_disclosure_log.jsonl"


@pytest.fixture(autouse=True)
def fresh_pack():
    knowledge.get_knowledge.cache_clear()
    matching.get_matcher.cache_clear()
    knowledge._warned = False
    yield
    knowledge.get_knowledge.cache_clear()
    matching.get_matcher.cache_clear()


def run(argv, capsys) -> tuple[int, str, str]:
    try:
        code = main([str(a) for a in argv])
    except SystemExit as exc:
        code = exc.code
    out = capsys.readouterr()
    return code, out.out, out.err


def assert_one_line_error(code, out, err):
    assert code == 2
    assert "Traceback" not in out + err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("askfoi: "), err


def good_lines(n: int = 2) -> list[str]:
    return ESSEX.read_text(encoding="utf-8").splitlines()[:n]


def damaged_file(path: Path) -> Path:
    first, second = good_lines()
    path.write_bytes(
        "\n".join([first, "[" * 1000, '{"id": "x\xff"}', '{"id": ' + "9" * 5000 + "}", "{" * 300 + "}" * 300, second]).encode(
            "utf-8"
        ).replace("\xff".encode("utf-8"), b"\xff")
        + b"\n"
    )
    return path


# --- damaged knowledge lines ------------------------------------------------------------------------------


def test_damaged_lines_are_skipped_and_named_and_the_rest_load(tmp_path):
    path = damaged_file(tmp_path / "damaged.jsonl")
    records, problems = load_jsonl(path, PublishedResponse)
    assert len(records) == 2
    assert sorted(p.line for p in problems) == [2, 3, 4, 5]
    assert all(p.path == path and not p.kept for p in problems)


def test_commands_work_with_a_damaged_user_file(capsys):
    d = Path(os.environ["ASKFOI_DATA_DIR"]) / "knowledge" / "responses"
    d.mkdir(parents=True)
    path = damaged_file(d / "damaged.jsonl")
    code, out, err = run(["kb", "validate"], capsys)
    assert code == 1
    for line in (2, 3, 4, 5):
        assert f"{path}:{line}:" in out
    for argv in (["kb", "stats"], ["match", "speed cameras"], ["kb", "show", json.loads(good_lines()[0])["id"]]):
        code, out, err = run(argv, capsys)
        assert code == 0 and out.strip() and "Traceback" not in err


# --- draft: answers files and email addresses ----------------------------------------------------------------


@pytest.mark.parametrize(
    "name,text",
    [
        ("deep.json", '{"authority": ' + "[" * 1000 + "]" * 1000 + "}"),
        ("deep.yaml", "authority: " + "[" * 500 + "]" * 500 + "\n"),
        ("indent.yaml", "a:\n" + "".join("  " * i + f"b{i}:\n" for i in range(1, 500))),
        ("big.json", '{"authority": "Essex Police", "parts": ["x"], "priority": [' + "9" * 5000 + "]}"),
        ("big.yaml", "authority: Essex Police\nparts: [x]\npriority: [" + "9" * 5000 + "]\n"),
        ("a.json", '{"authority": "Essex Police", "name": "A B", "email": "a@b..c", "parts": ["x"]}'),
        ("b.json", '{"authority": "Essex Police", "name": "A B", "email": "ä@ü.de", "parts": ["x"]}'),
        ("long.json", '{"authority": "' + "Essex Police " * 30 + '", "name": "A B", "parts": ["x"]}'),
    ],
)
def test_bad_answers_files_give_one_line_and_exit_2(tmp_path, capsys, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    for fmt in ("text", "eml"):
        assert_one_line_error(*run(["draft", "--answers", path, "--format", fmt], capsys))


def test_the_email_step_and_the_letter_share_one_rule(tmp_path, capsys):
    from askfoi.email_address import is_email

    conv = Conversation(today=lambda: date(2025, 6, 2))
    conv.session.step = Step.email
    for bad in ("a@b..c", "ä@ü.de", "a@b", "a b@c.de", "<a@b.com>", "a@-b.com"):
        assert not is_email(bad)
        conv.reply(bad)
        assert conv.session.email is None, bad
    answers = tmp_path / "a.json"
    answers.write_text(json.dumps({"authority": "Essex Police", "name": "Ann Other", "email": "ann@ü.de",
                                   "to": "foi@essex.police.uk", "parts": ["x"]}), encoding="utf-8")
    code, out, err = run(["draft", "--answers", answers, "--format", "eml"], capsys)
    assert code == 0, err
    msg = email.message_from_string(out, policy=email.policy.default)
    assert msg["From"].addresses[0].addr_spec == "ann@xn--tda.de"
    conv.reply("ann@ü.de")
    assert conv.session.email == "ann@ü.de"


def test_an_encoded_word_in_the_name_does_not_become_a_header_group(tmp_path, capsys):
    answers = tmp_path / "a.json"
    answers.write_text(json.dumps({"authority": "Essex Police", "name": "=?utf-8?q?Bcc=3A_evil=40x=2Ecom=3B?=",
                                   "email": "ann@example.org", "parts": ["x"]}), encoding="utf-8")
    code, out, err = run(["draft", "--answers", answers, "--format", "eml"], capsys)
    assert code == 0, err
    msg = email.message_from_string(out, policy=email.policy.default)
    for header in ("From", "Reply-To"):
        assert not msg[header].groups[0].display_name
        assert [a.addr_spec for a in msg[header].addresses] == ["ann@example.org"]
    assert "Bcc" not in out.split("\n\n", 1)[0] and msg["Bcc"] is None


def test_a_very_long_authority_name_does_not_break_a_turn():
    conv = Conversation(today=lambda: date(2025, 6, 2))
    conv.start()
    conv.reply("How many CCTV cameras do you operate in the city centre?")
    turn = conv.reply("The " + "Very " * 60 + "Long Council")
    assert turn.messages and conv.session.step == Step.authority
    conv.session.authority = "x" * 500  # a hand-edited session file
    conv.session.preferred_format = "y" * 500
    assert conv.letter() is not None and conv.insight().letter


# --- match --batch -------------------------------------------------------------------------------------------------


def test_batch_reports_each_bad_line_and_goes_on(tmp_path, capsys):
    batch = tmp_path / "in.jsonl"
    batch.write_text("\n".join([
        '{"text": "speed cameras"}', "[" * 1000, '{"text": ' + "9" * 5000 + "}", '"just a string"',
        '{"text": "body worn video"}',
    ]) + "\n", encoding="utf-8")
    code, out, err = run(["match", "--batch", batch], capsys)
    assert code == 0 and "Traceback" not in err
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["line"] for r in rows] == [1, 2, 3, 4, 5]
    assert ["error" in r for r in rows] == [False, True, True, True, False]


# --- bounded reading: devices, pipes and FIFOs never hang ---------------------------------------------------------------


def _cli(*args, timeout=60, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "askfoi.cli", *map(str, args)], capture_output=True, text=True,
                          timeout=timeout, **kw)


def test_devices_and_fifos_are_refused_not_read(tmp_path):
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    for argv in (["explain", "/dev/zero"], ["explain", fifo], ["check", "-f", fifo], ["match", "--batch", fifo],
                 ["draft", "--answers", fifo], ["draft", "--answers", "/dev/zero"], ["kb", "import", "--into",
                 tmp_path / "x.jsonl", "/dev/zero"], ["kb", "import", "--into", fifo, ESSEX]):
        done = _cli(*argv, timeout=30)
        assert done.returncode == 2, (argv, done.stderr)
        assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1, done.stderr


def test_a_fifo_in_the_knowledge_folder_does_not_hang(tmp_path):
    d = Path(os.environ["ASKFOI_DATA_DIR"]) / "knowledge" / "responses"
    d.mkdir(parents=True)
    os.mkfifo(d / "stuck.jsonl")
    done = _cli("kb", "validate", timeout=60)
    assert done.returncode == 1 and "stuck.jsonl" in done.stdout


def test_standard_input_is_bounded():
    done = subprocess.run(f"head -c 6000000 /dev/zero | tr '\\0' 'a' | {sys.executable} -m askfoi.cli explain -",
                          shell=True, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and "larger than" in done.stderr


# --- kb import: the pack's own format, all rejected, and two at once ---------------------------------------------------


def test_import_accepts_the_packs_own_records(tmp_path, capsys):
    into = tmp_path / "shared.jsonl"
    code, out, err = run(["kb", "import", "--json", "--into", into, ESSEX], capsys)
    assert code == 0, err
    report = json.loads(out)
    assert report["imported"] == len(ESSEX.read_text(encoding="utf-8").splitlines()) and report["rejected"] == 0


def test_an_import_that_rejects_every_row_exits_non_zero(tmp_path, capsys):
    src = tmp_path / "bad.jsonl"
    src.write_text('{"outcome": "disclosed", "url": "not a url"}\n{"outcome": "x", "source_url": 3}\n', encoding="utf-8")
    code, out, err = run(["kb", "import", "--format", "jsonl", "--into", tmp_path / "into.jsonl", src], capsys)
    assert code == 2 and "rejected" in err
    assert not (tmp_path / "into.jsonl").exists() or not (tmp_path / "into.jsonl").read_text().strip()


def _records(n: int, tag: str) -> str:
    base = json.loads(good_lines(1)[0])
    return "".join(
        json.dumps(dict(base, id=f"{tag}-{i}", reference=f"{tag}-{i}", source_url=f"https://example.org/{tag}/{i}")) + "\n" for i in range(n)
    )


def test_imports_into_one_file_at_once_lose_nothing(tmp_path):
    """Three `kb import` processes into one file at the same moment: every record arrives (without the
    lock, most runs kept only one process's records), and no lock file is left behind."""
    n = 4000
    into = tmp_path / "into.jsonl"
    sources = []
    for tag in ("a", "b", "c"):
        src = tmp_path / f"{tag}.jsonl"
        src.write_text(_records(n, tag), encoding="utf-8")
        sources.append(src)
    procs = [
        subprocess.Popen([sys.executable, "-m", "askfoi.cli", "kb", "import", "--into", str(into), str(src)],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for src in sources
    ]
    for p in procs:
        out, err = p.communicate(timeout=180)
        assert p.returncode == 0, err
    lines = into.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3 * n
    assert len({json.loads(line)["source_url"] for line in lines}) == 3 * n
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.jsonl", "b.jsonl", "c.jsonl", "into.jsonl"]


# --- files: the session, saved letters, clinic mode ----------------------------------------------------------------


@pytest.mark.parametrize("content", [b"{not json", b'{"version": 99, "about": "x"}', b"[" * 1000, b'{"step": 5}', b""])
def test_an_unusable_session_is_kept_aside_not_replaced(tmp_path, content):
    store = SessionStore(tmp_path / "session.json")
    store.path.write_bytes(content)
    assert store.load() is None
    assert store.set_aside is not None and store.set_aside.read_bytes() == content
    assert not store.path.exists()
    store.save(Conversation().session)
    assert store.set_aside.read_bytes() == content


def test_a_missing_session_is_just_no_session(tmp_path):
    store = SessionStore(tmp_path / "session.json")
    assert store.load() is None and store.set_aside is None


async def test_the_bot_names_the_kept_aside_session(tmp_path):
    from askfoi.tui.app import AskFOIApp
    from askfoi.tui.chat import Bubble

    store = SessionStore(tmp_path / "session.json")
    store.path.write_text('{"version": 99}', encoding="utf-8")
    app = AskFOIApp(store=store, load_matcher=False, today=lambda: date(2025, 6, 2), save_folder=tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        texts = " ".join(str(b.message.text) for b in app.query(Bubble))
        assert store.set_aside is not None and store.set_aside.name in texts


def _conversation_with_letter() -> Conversation:
    conv = Conversation(today=lambda: date(2025, 6, 2))
    conv.start()
    for text in ("How many speed cameras did you operate?", "Essex Police", "2023"):
        conv.reply(text)
    conv.session.requester_name, conv.session.email = "Jo Bloggs", "jo@example.org"
    return conv


def test_saved_letters_are_private_and_never_follow_a_symlink(tmp_path):
    conv = _conversation_with_letter()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    folder = tmp_path / "letters"
    folder.mkdir()
    first = conv.save_letter(folder, "txt")
    assert stat.S_IMODE(first.stat().st_mode) == 0o600
    victim = elsewhere / "victim.txt"
    link = folder / first.name.replace(".txt", "-2.txt")
    link.symlink_to(victim)  # dangling: following it would create the victim
    second = conv.save_letter(folder, "txt")
    assert not victim.exists() and link.is_symlink()
    assert second not in (first, link) and stat.S_IMODE(second.stat().st_mode) == 0o600
    victim.write_text("keep me")
    third = conv.save_letter(folder, "eml")
    assert victim.read_text() == "keep me" and third.suffix == ".eml"
    assert not [p for p in folder.iterdir() if p.name.startswith(".askfoi-")]


def test_clinic_matching_index_lives_in_the_folder_it_is_given(tmp_path):
    cache = Path(os.environ["ASKFOI_CACHE_DIR"])
    index_dir = tmp_path / "clinic-index"
    matcher = matching.get_matcher(index_dir)
    assert matcher.match("speed cameras").similar
    assert any(index_dir.iterdir())
    assert not cache.exists() or not any(cache.iterdir())


async def test_clinic_mode_asks_where_to_save_and_removes_its_index(tmp_path):
    from textual.widgets import Input

    from askfoi.knowledge import user_cache_dir, user_data_dir
    from askfoi.tui.app import AskFOIApp
    from askfoi.tui.chat import Bubble

    app = AskFOIApp(clinic=True, today=lambda: date(2025, 6, 2), save_folder=tmp_path / "cwd")
    async with app.run_test(size=(80, 24)) as pilot:
        async def say(text):
            app.query_one("#prompt", Input).value = text
            await pilot.press("enter")
            await pilot.pause()
            await app.workers.wait_for_complete()
            await pilot.pause()

        await pilot.pause()
        await app.workers.wait_for_complete()
        index_dir = app._index_dir()
        assert index_dir.is_dir()
        await say("How many speed cameras did you operate?")
        await say("/save")
        last = [b.message.text for b in app.query(Bubble)][-1]
        assert "/save" in last and not (tmp_path / "cwd").exists()
        target = tmp_path / "client letters"
        await say(f"/save {target}")
        saved = list(target.glob("*.txt"))
        assert len(saved) == 1 and stat.S_IMODE(saved[0].stat().st_mode) == 0o600
        last = [b.message.text for b in app.query(Bubble)][-1]
        assert str(saved[0]) in last
        await pilot.press("f8")
        await pilot.pause()
        await pilot.press("shift+tab")  # cl53: the focus starts on Cancel
        await pilot.press("enter")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        texts = [b.message.text for b in app.query(Bubble)]
        assert app.conversation.session.about == "" and not any("speed cameras" in t for t in texts)  # wiped
        assert any(str(saved[0]) in t for t in texts)  # "nothing was kept, except the letter saved to ..."
    assert not index_dir.exists()
    assert not user_data_dir().exists()
    assert not user_cache_dir().exists()
