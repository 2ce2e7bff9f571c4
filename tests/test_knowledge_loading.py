"""Loading knowledge quickly without losing what a broken entry is told by: libyaml parses the vocab
files, and a bad entry is still named by its line; resolving an authority reads only authorities."""

from __future__ import annotations

import sys

from pydantic import BaseModel

from askfoi.knowledge import get_knowledge, load_authorities, load_yaml_entries


class Entry(BaseModel):
    name: str
    weight: int


def test_a_bad_yaml_entry_is_named_by_its_line_and_the_rest_load(tmp_path):
    path = tmp_path / "v.yaml"
    path.write_text("good:\n  name: a\n  weight: 1\nbad:\n  name: b\n  weight: lots\nalso_good:\n  name: c\n  weight: 3\n")
    data, problems = load_yaml_entries(path, Entry)
    assert set(data) == {"good", "also_good"}
    assert len(problems) == 1 and problems[0].line == 6 and "bad" in problems[0].message


def test_a_bad_entry_in_a_list_is_named_by_its_line(tmp_path):
    path = tmp_path / "v.yaml"
    path.write_text("- name: a\n  weight: 1\n- name: b\n- name: c\n  weight: 2\n")
    data, problems = load_yaml_entries(path, Entry)
    assert [e.name for e in data] == ["a", "c"]
    assert len(problems) == 1 and problems[0].line == 3


def test_broken_yaml_is_one_problem_with_a_line(tmp_path):
    path = tmp_path / "v.yaml"
    path.write_text("a:\n  name: [unclosed\n  weight: 1\n")
    data, problems = load_yaml_entries(path, Entry)
    assert data == {} and len(problems) == 1 and problems[0].line


def test_authorities_load_alone_and_match_the_whole_pack():
    alone = load_authorities()
    assert alone and alone == get_knowledge().authorities


def test_resolving_an_authority_does_not_read_the_past_responses():
    import subprocess

    code = (
        "from askfoi import knowledge\n"
        "from askfoi.authorities import resolve_authority\n"
        "assert resolve_authority('Essex Police').known\n"
        "print(knowledge.get_knowledge.cache_info().currsize)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "0"


def test_the_early_autosave_check_names_the_session_stores_file(tmp_path):
    from askfoi import paths, session

    assert paths.AUTOSAVE_NAME == session.SESSION_FILE
    store = session.SessionStore()
    assert not paths.autosave_exists()
    from askfoi.conversation import Session

    store.save(Session(about="x"))
    assert paths.autosave_exists()


def test_templates_render_without_pydantic():
    import subprocess

    code = "import sys\nfrom askfoi.templates import render\nrender('bot/greeting.j2')\nprint('pydantic' in sys.modules)\n"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0 and out.stdout.strip() == "False", out.stderr
