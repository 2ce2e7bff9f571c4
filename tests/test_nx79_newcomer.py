"""nx79 (nc76's open faults, session 55): each test in a person's own words, other than the newcomer's."""
from datetime import date

import pytest

from askfoi.ask_shapes import reword
from askfoi.cli import main


def _chat(*answers):
    from askfoi.conversation import Conversation

    conv = Conversation(today=lambda: date(2026, 12, 6))
    conv.start()
    said = []
    for a in answers:
        said += [m.text for m in conv.reply(a).messages]
    return conv, "\n".join(said)


# --- nc76 #12: "do they keep the footage" is a retention question -------------------------------------------------

@pytest.mark.parametrize("asked, subject", [
    ("do they keep the footage of people", "the footage of people"),
    ("does \u00a7AUTH\u00a7 keep drone footage of protesters", "the drone footage of protesters"),
    ("is the body cam video deleted afterwards", "the body cam video"),
    ("are the recordings kept", "the recordings"),
])
def test_whether_a_capture_is_kept_asks_its_retention_period(asked, subject):
    assert reword(asked) == f"the retention period for {subject}"


@pytest.mark.parametrize("asked", ["do you keep records of complaints", "do they keep it", "do you keep a list of them"])
def test_keeping_records_of_something_is_no_retention_question(asked):  # guard: passes on main too
    assert reword(asked) == asked


def test_a_kept_footage_part_is_framed_as_retention(capsys):
    assert main(["frame", "does cardiff council keep the cctv footage from the city centre cameras"]) == 0
    out = capsys.readouterr().out
    assert "[retention] The retention period for the CCTV footage from the city centre cameras" in out


# --- nc76 #12: the covert fix keeps the place the part names -------------------------------------------------------

def test_the_overt_rewrite_keeps_the_place_where_deployments_happen():
    conv, _ = _chat("how often have greater manchester police used drones at football matches in bolton in the last year",
                    "ok", "ok", "ok", "1")
    parts = conv.session.parts
    # cv99: the occasion asked about is kept with the place ("at football matches in Bolton")
    assert "The number of overt deployments of drones at football matches in Bolton, broken down by month." in parts, parts
    # the force's policy and spend are force-wide, never a town's
    assert "The total amount spent on drones." in parts, parts


# --- nc76 #15: "the latest figures" is a snapshot, offered and rendered, never forced into dates -------------------

@pytest.mark.parametrize("typed, year", [
    ("just whatever the latest numbers are", False),
    ("as things stand now please", False),
    ("the most recent year available", True),
    ("latest full year i think", True),
])
def test_the_latest_figures_are_a_snapshot_period(typed, year):
    from askfoi.periods import parse_period

    found = parse_period(typed, date(2026, 12, 6))
    assert found is not None and found.snapshot
    assert ("year" in found.label) == year


@pytest.mark.parametrize("typed", ["how many are currently waiting", "last 12 months", "2024"])
def test_a_sentence_or_a_range_is_no_snapshot(typed):  # guard: passes on main too
    from askfoi.periods import parse_period

    found = parse_period(typed, date(2026, 12, 6))
    assert found is None or not getattr(found, "snapshot", False)


def test_a_snapshot_is_offered_and_written_into_the_letter():
    conv, said = _chat("how many children are waiting for an autism assessment at leeds city council", "ok")
    assert "Latest figures held (a snapshot)" in said
    conv.reply("the current figures, whatever you have now")
    assert conv.session.period == "the most recent date for which you hold figures"
    for a in ("ok", "ok", "skip", "Ann Lee", "skip"):
        conv.reply(a)
    text = conv.letter_text()
    assert "Please provide the following information for the most recent date for which you hold figures:" in text
    assert "latest figures" in text.splitlines()[0]


# --- nc76 #17: a compass word that ends a road's name keeps its capital ------------------------------------------

@pytest.mark.parametrize("typed, said", [
    ("speeding on Cowbridge Road east in canton", "Cowbridge Road East"),
    ("potholes on london road north", "London Road North"),
    ("parking on high street west, glossop", "High Street West"),
])
def test_a_roads_compass_word_keeps_its_capital(typed, said):
    from askfoi.place_capitals import capitalise_places

    assert said in capitalise_places(typed)


@pytest.mark.parametrize("typed, said", [
    ("potholes on london road north of the river", "London Road north of the river"),
    ("the road east of town", "the road east of town"),
])
def test_a_direction_after_a_road_stays_a_direction(typed, said):  # guard: passes on main too
    from askfoi.place_capitals import capitalise_places

    assert said in capitalise_places(typed)


def test_a_part_names_the_road_with_its_compass_word(capsys):
    assert main(["frame", "how many parking tickets were issued on station road west in oxted last year"]) == 0
    assert "Station Road West in Oxted" in capsys.readouterr().out


# --- knowledge: a body's note never contradicts its law ----------------------------------------------------------

def test_no_foia_body_is_noted_as_outside_foia():
    import json
    import re
    from pathlib import Path

    said = []
    for line in Path(__file__).resolve().parents[1].joinpath("knowledge", "authorities.jsonl").read_text().splitlines():
        row = json.loads(line)
        note = row.get("note") or ""
        if row.get("regime") == "FOIA" and re.search(r"(?i)not\s+a\s+FOIA\s+public\s+authority|not\s+covered\s+by\s+the\s+"
                                                     r"Freedom\s+of\s+Information\s+Act|\bEIR\s+only\b", note):
            said.append(row["name"])
    assert not said


# --- ny76's miss: a relative's accident at work is one person's own case ----------------------------------------

@pytest.mark.parametrize("message", [
    "my wife slipped at work in the school kitchen in may and hurt her back. what did the council do about her injury?",
    "my son was hurt at the leisure centre in the summer holidays. was the accident ever investigated by the council?",
    "my dad fell in the care home in june. what happened after his fall",
])
def test_a_relatives_accident_is_a_family_case(message):
    from askfoi.checks import check_request

    assert any(f.code == "family-case" for f in check_request(message).findings)


@pytest.mark.parametrize("message", [
    "how many accidents were reported at council depots in 2025",
    "was the incident at the junction of elm road last week investigated by the council?",
])
def test_accidents_in_general_are_no_family_case(message):  # guard: passes on main too
    from askfoi.checks import check_request

    assert not any(f.code == "family-case" for f in check_request(message).findings)


# --- nc76 #18: a chase button's label is cut at a whole word ------------------------------------------------------

@pytest.mark.parametrize("name", ["Norfolk and Norwich University Hospitals NHS Foundation Trust",
                                  "Department for Environment, Food and Rural Affairs"])
def test_a_long_body_name_is_cut_at_a_whole_word(name):
    from askfoi.tui.reply import chase_label

    label = chase_label(name)
    assert len(label) <= 40 and label.endswith("\u2026")
    assert f"Chase {name}".startswith(label[:-1])  # the words kept are the name's own, whole
    assert label[:-1].split()[-1] in name.split()  # never "Hos" of "Hospitals"


# --- nc76 #18: a reply that names another body as the holder, though no list knows it ------------------------------

@pytest.mark.parametrize("reply, holder", [
    ("Question 1: The council does not hold this information. Bus timetables are set by Northway Buses, who you may "
     "wish to contact.", "Northway Buses"),
    ("Part 2. We do not hold any information on this. Decisions on speed camera sites are made by the Safety Camera "
     "Partnership for Dyfed.", "Safety Camera Partnership for Dyfed"),
])
def test_an_unlisted_body_said_to_hold_it_is_the_holder(reply, holder):
    from askfoi.reply_sender import other_holder

    assert other_holder(reply) == holder


def test_a_name_after_a_cue_is_no_holder_when_the_writer_holds_it():  # guard: passes on main too
    from askfoi.reply_sender import other_holder

    assert other_holder("Please find the figures below. The survey was run by Northway Research in 2024.") is None


# --- nx73's open: a contract "between NAMED and the council" names its provider first ----------------------------

@pytest.mark.parametrize("message", [
    "can you send me the contract between kier and the council for the school repairs",
    "please provide the agreement between biffa and the trust for clinical waste collection",
])
def test_a_contract_with_the_named_party_first_is_a_named_provider(message):
    from askfoi.checks import check_request

    assert any(f.code == "commercial-sensitivity" for f in check_request(message).findings)


def test_a_contract_with_providers_of_a_kind_names_no_provider():  # guard: passes on main too
    from askfoi.checks import check_request

    found = check_request("a copy of any contract between the council and its care providers").findings
    assert not any(f.code == "commercial-sensitivity" for f in found)
