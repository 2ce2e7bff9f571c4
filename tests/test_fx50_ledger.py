"""fx50 (issue 8, nc49 #1): no question of a message is lost in silence, and a warning stays with the part it is about.
My own wordings, shaped like the newcomer's messages (a numbered list with one covert question among overt ones; a
"does the force use X on every Y" question before a count; a count asked "and why" after a story)."""
import json
from datetime import date
from pathlib import Path

import pytest

from askfoi.checks import Finding
from askfoi.framing import Frame, Framing, frame_message
from askfoi.question_ledger import findings_stay_with_parts, insert_part, lost_questions

TODAY = date(2026, 12, 4)


def test_a_covert_question_beside_an_overt_count_of_uses_stays_a_part_with_its_own_warning():
    f = frame_message("Kent Police: 1) how many drones does the force have 2) how many times were drones used to search "
                      "for missing children in 2024 3) do you use drones with night vision cameras to watch protesters "
                      "4) how much did the drones cost", today=TODAY)
    texts = [p.text for p in f.parts]
    assert len(texts) == 4 and "night vision" in texts[2] and "missing children" in texts[1], texts
    assert f.parts[2].warning and not f.parts[1].warning, [(p.text, bool(p.warning)) for p in f.parts]
    ncnd = [x for x in f.findings if x.code == "ncnd-risk"]
    assert ncnd and ncnd[0].part == 3


def test_whether_the_force_uses_cameras_every_time_is_not_lost_to_a_later_count():
    f = frame_message("does greater manchester police use body-worn cameras at every arrest? how many times were the "
                      "cameras switched off during arrests in 2024", today=TODAY)
    assert any("every arrest" in p.text for p in f.parts), [p.text for p in f.parts]
    assert any("switched off" in p.text for p in f.parts), [p.text for p in f.parts]


def test_a_count_asked_with_why_is_asked_for_its_figure_not_only_quoted_in_a_request_for_reasons():
    f = frame_message("my son's school (an academy in bristol) keeps suspending kids. how many pupils were suspended in "
                      "2024/25 and why? and do u think its fair", today=TODAY)
    assert lost_questions(f, f.asked) == []
    figure = [p for p in f.parts if p.kind != "reasons" and "suspended" in p.text.lower()]
    assert figure, [p.text for p in f.parts]


def _finding(part):
    return Finding(code="x", severity="low", message="m", suggestion="s", evidence="e", part=part)


def test_a_part_put_in_moves_the_findings_of_the_parts_after_it():
    f = Framing(parts=[Frame(kind="kept", text="A?", source="a"), Frame(kind="kept", text="B?", source="b")],
                findings=[_finding(1), _finding(2), _finding(None)])
    insert_part(f, 1, Frame(kind="kept", text="New?", source="new"))
    assert [x.part for x in f.findings] == [1, 3, None]


def test_a_finding_stays_with_its_part_when_a_part_before_it_goes():
    a, b, c = (Frame(kind="kept", text=t + "?", source=t) for t in "abc")
    f = Framing(parts=[a, b, c], findings=[_finding(3), _finding(2)])
    with findings_stay_with_parts(f):
        f.parts.remove(a)
        f.parts.remove(b)
    assert [x.part for x in f.findings] == [1, None]


CORPUS = Path(__file__).parent / "data" / "first_messages.jsonl"


def test_no_question_of_the_tuning_first_messages_is_lost():
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    tune = [r for r in rows if r["split"] == "tune"]
    assert len(tune) >= 60
    lost = {}
    for r in tune:
        f = frame_message(r["text"], today=TODAY)
        missing = lost_questions(f, f.asked)
        if missing:
            lost[r["id"]] = missing
    assert not lost, lost
