"""fc34 (issue 9, items 2-4): the forecast's parts are the frames' parts (one place cuts a request into parts), each
read with its frame's subject; similar answers of the named body's kind come first and a one-word overlap carries no
answer of another kind; a dead person's name alone is no s40(5) NCND topic; a record whose NCND status was not
visible is never evidence against NCND."""

from __future__ import annotations

import pytest

from askfoi.framing import frame_message
from askfoi.matching import get_matcher
from askfoi.ncnd_topics import count_pack, topics_in

CONSULTANTS = "how much did sheffield council spend on consultants last year and which firms"


# --- item 4 of the issue: parts cut as `askfoi frame` cuts them -------------------------------------------------

def test_match_gives_the_frames_parts():
    framed = [p.text for p in frame_message(CONSULTANTS).parts]
    parts = [p.text for p in get_matcher().match(CONSULTANTS).forecast.parts]
    assert len(parts) == 2
    assert parts == [" ".join(t.split()) for t in framed]  # main: "which firms" for the second part
    assert "consultants" in parts[1]


def test_a_part_is_read_with_its_frames_subject():
    from askfoi.forecast_parts import framed_parts

    parts, named = framed_parts(CONSULTANTS)
    assert named == "Sheffield City Council"
    assert parts[1].subject == "consultants" and "consultants" in parts[1].context
    assert parts[1].kind == "follow_on"


def test_a_title_of_one_question_is_not_framed():
    from askfoi.forecast_parts import framed_parts

    parts, named = framed_parts("Use of drones by the force")
    assert [p.text for p in parts] == ["Use of drones by the force"] and named is None


def test_the_chatbots_parts_are_read_as_given():
    given = ["The total amount spent on consultants.", "The name of each firm that supplied consultants."]
    parts = get_matcher().match(CONSULTANTS, "Sheffield City Council", parts=given).forecast.parts
    assert [p.text for p in parts] == given


# --- item 2 of the brief: the named body's kind first, no one-word overlap of another kind ----------------------

@pytest.mark.parametrize("authority", [None, "Sheffield City Council"])
def test_a_council_question_lists_no_regulator_answer_on_one_word(authority):
    similar = get_matcher().match(CONSULTANTS, authority).similar
    assert similar, "a council's consultancy answers are in the pack"
    assert not [s.authority for s in similar if s.authority == "Financial Conduct Authority"]  # "firms" alone


def test_the_named_bodys_kind_is_listed_first():
    similar = get_matcher().match("does the council use drones and what did they cost", "Leeds City Council",
                                  top=10).similar
    kinds = [s.authority_type for s in similar]
    assert "council" in kinds
    assert kinds == sorted(kinds, key=lambda k: k != "council")


def test_another_kinds_answer_on_the_same_subject_is_still_listed():
    similar = get_matcher().match("does the council use drones", "Leeds City Council", top=10).similar
    assert any(s.authority_type == "police" for s in similar)  # "Drones" answered by a force: the subject is all of it


# --- item 3: a dead person's name alone is no s40 NCND topic ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "Has the late Mr Peter Jones ever been investigated by Kent Police?",
    "Mr John Smith, who died in 2019, was he ever arrested by your force?",
    "Please provide any information held about Mr John Smith (deceased).",
    "has my late father been investigated",
    "did my neighbour John Smith, who died last year, have a police record?",
    "What records do you hold about the death of Mr Adam Brown in 2015?",
    "Mr Smith's death: was anyone arrested?",
])
def test_a_dead_persons_name_is_not_the_named_person_topic(text):
    assert "named_person" not in topics_in(text)


@pytest.mark.parametrize("text", [
    "Has Mr Peter Jones ever been investigated by Kent Police?",
    "has my father been investigated",
    "Has PC John Smith been disciplined over the death of my son?",  # the officer is alive
    "my late father was arrested in 1990. Has Mr Tom Hill been arrested?",  # the other sentence names a living man
    "has mr peter jones of 4 elm close ever been arrested by kent police?",  # written in lower case (main: no topic)
])
def test_a_living_persons_name_still_is(text):
    assert "named_person" in topics_in(text)


def test_an_investigation_into_a_death_is_still_an_ncnd_topic():
    assert "ongoing_investigation" in topics_in("Is the investigation into the death of Mr Adam Brown still open?")


def test_no_s40_warning_for_the_late_mr_jones():
    m = get_matcher()
    dead = m.match("Has the late Mr Peter Jones ever been arrested by Kent Police?", "Kent Police").forecast
    alive = m.match("Has Mr Peter Jones ever been arrested by Kent Police?", "Kent Police").forecast
    assert alive.ncnd_likely and any("named person" in e for p in alive.parts for e in p.evidence)
    assert not dead.ncnd_likely
    assert not any("named person" in e for p in dead.parts for e in p.evidence)


# --- item 2 of the issue: unknown is unknown ---------------------------------------------------------------

def _row(n, title, ncnd, outcome="disclosed"):
    from askfoi.models import PublishedResponse

    return PublishedResponse(
        id=f"kent-{n}", authority="Kent Police", authority_type="police", title=title, asked=title, outcome=outcome,
        ncnd=ncnd, sections=["23(5)"] if ncnd else [],
        source_url=f"https://example.org/{n}", source_type="disclosure_log", harvest="police")


def test_unknown_ncnd_counts_neither_way_in_the_topic_counts():
    rows = [_row(1, "Informant payments", None), _row(2, "Informant payments", None),
            _row(3, "Informant payments 2021", True, outcome="ncnd")]
    counted = count_pack(rows)["informants"]["counted"]
    assert counted.get("police", [0, 0])[1] in (0, 1)  # never 3: the two unknown answers are no "not NCND"
    assert counted.get("police", [0, 0])[0] == counted.get("police", [0, 0])[1]


def test_unknown_ncnd_is_not_in_the_evidence_line(tmp_path):
    from askfoi.knowledge import load_knowledge, shipped_knowledge_dir
    from askfoi.matching import matcher_for

    kb = load_knowledge([shipped_knowledge_dir()])
    if not kb.responses:
        pytest.skip("the knowledge pack has not been imported")
    pack = [_row(n, "Number of wheel clamps fitted to abandoned vans", None) for n in range(1, 7)]
    pack += [_row(7, "Number of wheel clamps fitted to abandoned vans 2020", False)]
    m = matcher_for(pack, kb.files, tmp_path)
    lines = [e for p in m.match("how many wheel clamps were fitted to abandoned vans", "Kent Police").forecast.parts
             for e in p.evidence if "closest past answers" in e]
    assert lines and all(e.startswith("0 of 1 ") for e in lines), lines  # not "0 of 7": six were not visible


def test_kb_stats_says_how_many_ncnd_statuses_were_not_visible(capsys):
    from askfoi.cli import main

    assert main(["kb", "stats"]) == 0
    out = capsys.readouterr().out
    assert "not visible in" in out and "counted neither way" in out

