"""The forecast on whole request texts (issue 9, fc5): which pieces of a text become parts, what a part that
refers back is read with, how the whole outcome is built from the parts, and the real-request evaluation."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from askfoi.forecast_parts import asks, forecast_parts, refers_back
from askfoi.matching import get_matcher, whole_outcomes
from askfoi.questions import split_questions

REPO = Path(__file__).resolve().parent.parent


def _texts(text: str) -> list[str]:
    return [p.text for p in forecast_parts(text)]


# --- which pieces are parts ---------------------------------------------------------------------------------

def test_remarks_labels_and_signoff_are_no_parts():
    text = ("Subject: Tasers\nDear Kent Police,\n\nPlease tell me how many times officers drew a Taser in 2023.\n"
            "Please also provide the force's policy on Taser use.\n"
            "I would be grateful if you could provide the answers via email.\n"
            "Please contact me if anything is unclear.\n\nYours faithfully,\nA Person")
    parts = _texts(text)
    assert len(parts) == 2
    assert all("email" not in p and "contact me" not in p for p in parts)
    assert any("Taser in 2023" in p for p in parts) and any("policy" in p for p in parts)


def test_the_persons_story_is_no_part_but_a_part_that_refers_back_reads_it():
    text = ("It has been reported in the press that officers searched a flat in Leeds in May. "
            "Please provide a copy of the warrant used for it. Who authorised it?")
    parts = forecast_parts(text)
    assert [p.text for p in parts][0].startswith("Please provide a copy of the warrant")
    assert all("reported in the press" not in p.text for p in parts)
    assert "searched a flat in Leeds" in parts[0].context  # "it" points at the search in the story
    assert "warrant" in parts[1].context  # "Who authorised it?" reads the part before it


def test_a_scope_remark_and_a_fragment_are_read_with_the_part_before():
    text = ("1. How many speed cameras does the council operate?\n"
            "2. The locations of the cameras installed since 2020.\n"
            "This should include mobile cameras.\n"
            "3. and\n")
    parts = _texts(text)
    assert len(parts) == 2
    assert "mobile cameras" in parts[1]


def test_one_question_is_the_text_as_it_is():
    text = "overt drone deployments: how many drones and the total cost"
    assert _texts(text) == [text]  # the framing in front ("overt") is not cut away from a lone question


def test_asking_and_referring_back_are_told_apart():
    assert asks("Please provide the number of arrests")
    assert asks("The number of drones owned by the force")
    assert asks("How many complaints were upheld")
    assert not asks("Trees near buildings are often threatened by requests for removal.")
    assert refers_back("Which company supplies it?") and refers_back("Please provide copies of those contracts")
    assert not refers_back("How many potholes were repaired in this request's period in Kent")


def test_split_questions_keeps_the_story_only_when_asked_to():
    text = "My mum has dementia and lives in a care home. How many care homes did the council inspect in 2023?"
    assert all("dementia" not in q for q in split_questions(text))
    assert any("dementia" in q for q in split_questions(text, keep_background=True))


# --- the forecast of each part and of the whole ---------------------------------------------------------------

def test_a_part_that_refers_back_is_forecast_with_its_topic():
    """Issue 9's example: "who supplies it" after a question about facial recognition is about facial recognition."""
    result = get_matcher().match("Does the force use facial recognition? Which company supplies it?", "Essex Police")
    parts = result.forecast.parts
    assert len(parts) == 2 and "supplier" in parts[1].text  # fc34: the frame's words ("the name of each supplier")
    alone = get_matcher().match("Which company supplies it?", "Essex Police", parts=["Which company supplies it?"])
    assert parts[1].ncnd_likely
    assert any("facial recognition" in e for e in parts[1].evidence)  # the topic's counted answers stand behind it
    assert not any("facial recognition" in e for e in alone.forecast.parts[0].evidence)
    assert result.forecast.ncnd_likely == any(p.ncnd_likely for p in parts)


def test_remarks_do_not_add_parts_to_the_forecast():
    plain = "How many officers does the force employ? How many of them are women?"
    padded = (f"Dear Kent Police,\nI am writing to make a formal request under the Act.\n{plain}\n"
              "Please contact me if you have any questions.\nFor the avoidance of doubt, I am a journalist.\n"
              "Yours faithfully,\nA Person")
    assert len(get_matcher().match(padded, "Kent Police").forecast.parts) == len(get_matcher().match(plain, "Kent Police").forecast.parts) == 2


def test_a_withheld_part_beside_answered_ones_makes_the_whole_partly_given():
    ncnd_part = {"ncnd": 0.7, "disclosed": 0.1, "part_disclosed": 0.1, "refused": 0.1}
    answered = {"disclosed": 0.75, "part_disclosed": 0.2, "refused": 0.05}
    whole = whole_outcomes([ncnd_part, answered], withheld=[True, False])
    assert max(whole, key=whole.get) == "part_disclosed"
    assert sum(whole.values()) == pytest.approx(1.0)
    mean = whole_outcomes([ncnd_part, answered], mixed=0.0)
    assert max(mean, key=mean.get) != "part_disclosed"  # the plain mean would not say so


def test_parts_that_agree_keep_their_mean_and_one_part_is_itself():
    a = {"disclosed": 0.6, "part_disclosed": 0.3, "refused": 0.1}
    b = {"disclosed": 0.5, "part_disclosed": 0.3, "not_held": 0.2}
    whole = whole_outcomes([a, b])
    assert whole["disclosed"] == pytest.approx(0.55)  # both likely answered: the mean
    assert whole_outcomes([a]) == a
    assert whole_outcomes([]) == {}


# --- the real-request evaluation -------------------------------------------------------------------------------

def _run(*args, env_path: str | None = None) -> str:
    import os

    env = {k: v for k, v in os.environ.items() if k != "ASKFOI_REAL_REQUESTS"}
    if env_path is not None:
        env["ASKFOI_REAL_REQUESTS"] = env_path
    out = subprocess.run([sys.executable, str(REPO / "bench" / "eval_real_requests.py"), *args],
                         capture_output=True, text=True, env=env, timeout=600)
    assert out.returncode == 0, out.stderr
    return out.stdout


def test_real_request_evaluation_says_not_available_without_its_file(tmp_path):
    assert "not available" in _run()
    assert "not available" in _run(str(tmp_path / "missing.jsonl"))


def test_real_request_evaluation_scores_both_halves(tmp_path):
    rows = [
        {"url": "u1", "authority": "Kent Police", "authority_type": "police", "date": "2019-01-01",
         "outcome": "ncnd", "ncnd": True, "sections": [], "text": "Does the force use IMSI catchers?"},
        {"url": "u2", "authority": "Kent County Council", "authority_type": "council", "date": "2024-05-01",
         "outcome": "disclosed", "ncnd": False, "sections": [], "text": "How many potholes were repaired in 2023?"},
    ]
    path = tmp_path / "real.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\nnot json\n", encoding="utf-8")
    out = _run(env_path=str(path))
    assert "tuning half" in out and "report half" in out
    assert "NCND recall 1.00 (1/1)" in out.split("report half (newer)")[0]  # the older record is the tuning half's
    assert "top-1" in out and "majority" in out


def test_a_part_naming_no_topic_is_read_with_the_letters_sentences_that_name_one():
    """fc10: the story, a definition or a lead-in that names an NCND topic reaches the parts that name none of their
    own (a covert tactic named once at the top of a long letter); a part with a topic of its own keeps its own."""
    from askfoi.ncnd_topics import topics_in

    text = ("Dear Chief Constable,\n\nI am researching how police forces use covert surveillance technology, including "
            "IMSI catchers.\n\n1. What was the total budget of the technical support unit in 2023?\n"
            "2. Which companies hold maintenance contracts with the unit?\n3. Does the force use facial recognition?\n\n"
            "Yours faithfully,\nA Researcher")
    parts = forecast_parts(text)
    assert len(parts) == 3
    assert "imsi_catchers" in topics_in(parts[0].context) and "imsi_catchers" not in topics_in(parts[0].text)
    assert "imsi_catchers" in topics_in(parts[1].context)
    assert topics_in(parts[2].context) == ["facial_recognition"]  # its own topic, read as it is
    plain = "Dear Council,\n\nOur street floods every winter.\n\n1. How many gullies were cleared in 2023?\n2. What did it cost?"
    assert all(not topics_in(p.context) for p in forecast_parts(plain))


def test_real_request_evaluation_reports_each_file_and_never_dumps_a_report_half(tmp_path):
    rows = [
        {"url": f"u{i}", "authority": "Kent Police", "authority_type": "police", "date": f"20{10 + i}-01-01",
         "outcome": "disclosed", "ncnd": False, "sections": [], "text": f"How many officers worked in {2010 + i}?"}
        for i in range(4)
    ]
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    a.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    b.write_text("\n".join(json.dumps({**r, "url": "b" + r["url"]}) for r in rows[:2]), encoding="utf-8")
    dumped = tmp_path / "dump.jsonl"
    out = _run(str(a), str(b), "--dump", str(dumped))
    for title in ("a.jsonl: tuning half", "a.jsonl: report half", "b.jsonl: tuning half", "b.jsonl: report half",
                  "all 2 files: tuning halves", "all 2 files: report halves"):
        assert title in out
    written = [json.loads(line) for line in dumped.read_text(encoding="utf-8").splitlines()]
    assert {w["url"] for w in written} == {"u0", "u1", "bu0"}  # the older half of each file only
