"""fc47: an NCND that is only a force's standing paragraph beside an answer ("we neither confirm nor deny that any
other information is held") is told apart from an NCND about what was asked, from the record's parts or its note
(askfoi/ncnd_topics.py `standing_paragraph`, knowledge/vocab/ncnd_standing.yaml); bench/eval.py reports NCND recall
with and without such records."""

import sys
from pathlib import Path

import pytest

from askfoi.models import PartOutcome, PublishedResponse
from askfoi.ncnd_topics import standing_paragraph

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))


def rec(outcome="part_disclosed", ncnd=True, note=None, parts=(), i=1):
    return PublishedResponse(id=f"fc47-{i}", authority="Example Police", authority_type="police", title="Example",
                             outcome=outcome, ncnd=ncnd, note=note, parts=list(parts),
                             source_url="https://example.org/x", source_type="disclosure_log")


def part(asked, outcome, ncnd):
    return PartOutcome(asked=asked, outcome=outcome, ncnd=ncnd)


@pytest.mark.parametrize("note", [
    "counts given (111 crimes); NCND any other information",
    "figures attached; NCND on any further information under s23(5), 24(2)",
    "data given; the force neither confirmed nor denied holding any other relevant information",
    "nothing held; NCND on any other info re exempt bodies s23(5)",
    "£2.35m seized disclosed; NCND any additional information under s23(5)",
])
def test_a_note_saying_ncnd_on_any_other_information_beside_an_answer_is_a_standing_paragraph(note):
    assert standing_paragraph(rec(note=note))
    assert standing_paragraph(rec(outcome="not_held", note=note))


@pytest.mark.parametrize("note", [
    "NCND s24(2), s31(3)",                                       # the whole request
    "NCND on covert use of drones under s23(5)",                  # a topic that was asked
    "NCND for questions 1, 2, 4 and 5",
    "patrol numbers by time of day neither confirmed nor denied under s31(3)",
])
def test_an_ncnd_about_what_was_asked_is_not(note):
    assert not standing_paragraph(rec(note=note))


def test_a_whole_ncnd_answer_is_not_a_standing_paragraph_whatever_the_note():
    note = "NCND any other information"
    assert not standing_paragraph(rec(outcome="ncnd", note=note))


def test_a_withholding_of_what_was_asked_beside_the_paragraph_is_one():
    assert standing_paragraph(rec(outcome="refused", note="withheld under s40(2); would not confirm whether further "
                                                           "information held"))
    assert standing_paragraph(rec(outcome="refused", note="withheld under 36(2)(b)(ii), NCND further info 23(5)"))


def test_a_record_that_is_not_ncnd_or_unknown_is_never_one():
    note = "figures given; NCND any other information"
    assert not standing_paragraph(rec(ncnd=False, note=note))
    assert not standing_paragraph(rec(ncnd=None, note=note))


def test_parts_decide_when_the_record_marks_ncnd_parts():
    answered = part("counts of officers", "disclosed", False)
    assert standing_paragraph(rec(parts=[answered, part("any other relevant information", "ncnd", True)]))
    assert standing_paragraph(rec(parts=[answered, part("any other drone information", "ncnd", True)]))
    # an NCND part about what was asked, even beside a standing one: not only a standing paragraph
    assert not standing_paragraph(rec(parts=[answered, part("any other relevant information", "ncnd", True),
                                             part("covert drone use", "ncnd", True)]))
    # parts win over the note
    assert not standing_paragraph(rec(note="NCND any other information",
                                      parts=[answered, part("traffic officers on patrol by time", "ncnd", True)]))


def test_a_standing_part_with_nothing_answered_is_not_one():
    assert not standing_paragraph(rec(outcome="ncnd", parts=[part("any other information", "ncnd", True)]))


def test_eval_reports_recall_with_and_without_standing_records():
    from eval import standing_lines

    # fm82: eval reads the recorded fact (ncnd_scope, written into the sources from `standing_paragraph`)
    standing = rec(note="figures given; NCND any other information", i=1).model_copy(
        update={"ncnd_scope": "other information"})
    rs = [standing, rec(outcome="ncnd", note="NCND s24(2)", i=2),
          rec(outcome="ncnd", note="NCND s31(3)", i=3), rec(ncnd=False, outcome="disclosed", i=4)]
    pred = {"fc47-1": {"ncnd": False}, "fc47-2": {"ncnd": True}, "fc47-3": {"ncnd": False}, "fc47-4": {"ncnd": True}}
    lines = standing_lines([("police", rs)], pred)
    assert len(lines) == 2
    assert "1 of 3 NCND records are a standing paragraph, 0 warned" in lines[1]
    assert "recall on all 0.33, without them 0.50 (of 2)" in lines[1]
    assert standing_lines([("police", rs[1:])], pred) == []
