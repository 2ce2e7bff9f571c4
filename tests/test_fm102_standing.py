"""fm102 (issue 9): a force's standing NCND paragraph is no evidence about the question's topic.

Many police answers give what was asked and add a stock paragraph: "we neither confirm nor deny that any other
information is held" (West Midlands Police, Northumbria Police: the record's `ncnd_scope` "other information", or the
answer's own signs, askfoi/ncnd_topics.py `standing_paragraph`). `count_pack` counted such a record as an NCND answer
on the topic its request touched (a facial recognition request answered "not held" beside the paragraph counted as a
facial recognition NCND: 3 of 11 police answers, 1 of 11 without them). What was asked was dealt with, so the record
now counts as an answer that did not use NCND. An NCND part of the record that itself names the topic still counts, and
so does an NCND about the question.
"""

import json

from askfoi.importers import parse_text
from askfoi.knowledge import get_knowledge
from askfoi.ncnd_topics import count_pack, load_topics


def _records(rows):
    return parse_text("\n".join(json.dumps(r) for r in rows), "jsonl").records


def _row(i, title, ncnd, scope=None, outcome="not_held", parts=None):
    row = {"authority": "West Midlands Police", "authority_type": "police", "title": title, "outcome_class": outcome,
           "ncnd": ncnd, "sections": ["23(5)", "24(2)"] if ncnd else [], "url": f"https://example.police.uk/foi/{i}",
           "source_type": "disclosure_log"}
    if scope:
        row["ncnd_scope"] = scope
    if parts:
        row["parts"] = parts
    return row


def test_a_standing_paragraph_counts_as_an_answer_without_ncnd():
    rows = [_row(1, "Whether the force pays for facial recognition, its suppliers and deployments", True,
                 scope="other information")]
    counted = count_pack(_records(rows))["facial_recognition"]["counted"]
    assert counted["police"] == [0, 1], counted


def test_a_standing_paragraph_shown_by_the_answer_s_parts_counts_the_part_asked():  # guard: as before
    parts = [{"asked": "Does the force use facial recognition cameras?", "outcome": "not_held", "ncnd": False},
             {"asked": "Any other information about this", "outcome": "ncnd", "ncnd": True, "sections": ["23(5)"]}]
    records = _records([_row(2, "Facial recognition cameras", True, outcome="part_disclosed", parts=parts)])
    assert count_pack(records)["facial_recognition"]["counted"]["police"] == [0, 1]


def test_an_ncnd_about_the_question_still_counts():  # guard
    rows = [_row(3, "Does the force use facial recognition to watch protesters?", True, scope="the question",
                 outcome="ncnd"),
            _row(4, "Facial recognition suppliers", True)]  # scope unknown: read as before
    counted = count_pack(_records(rows))["facial_recognition"]["counted"]
    assert counted["police"] == [2, 2], counted


def test_a_standing_paragraph_counts_for_no_section_seen():
    rows = [_row(5, "Whether the force uses IMSI catchers and what they cost", True, scope="other information")]
    topic = count_pack(_records(rows))["imsi_catchers"]
    assert topic["seen_sections"] == [] and topic["counted"]["police"] == [0, 1], topic


def test_shipped_counts_leave_standing_paragraphs_out():
    kb = get_knowledge()
    assert any(r.ncnd_scope == "other information" for r in kb.responses), "the pack holds standing paragraphs (fm82)"
    counted = count_pack(kb.responses)
    for name, topic in load_topics()[0].items():
        assert topic.counted == counted[name]["counted"], f"{name}: run askfoi kb ncnd-stats --write"
    # facial recognition: the police answers whose only NCND was the standing paragraph are no NCND evidence
    assert load_topics()[0]["facial_recognition"].counted["police"][0] <= 1
