"""fr23b (issue 8): each clause of a question kept in the person's words becomes the records that answer it, read from
its structure (askfoi/clause_asks.py). Invented sentences only."""
from __future__ import annotations

import pytest

from askfoi.clause_asks import clauses, read_clause, read_part, statement
from askfoi.framing import frame_message, render_frame


def _texts(question: str, body: str = "the council") -> list[tuple[str, str]]:
    out = []
    for r in read_part(question, body=body):
        out.append((r.act, render_frame(r.frame) if r.frame is not None else r.clause))
    return out


def test_if_so_and_if_not_are_clauses_of_their_own():
    got = clauses("Do you keep a waiting list for allotments? If so, may I have a copy? If not, how do you decide who gets one?")
    assert [c for c, _ in got] == ["", "so", "not"]


@pytest.mark.parametrize("question, head", [
    ("what happens to the bikes the council removes from the racks", "on what happens to the bikes"),
    ("How do you ensure bailiffs follow the code of practice?", "on how you ensure bailiffs follow"),
    ("how is the hardship grant decided", "on how the hardship grant is decided"),
    ("What checks does the trust carry out on agency locums before they start?", "on the checks the trust carries out"),
    ("Under what circumstances does the council remove a tenant's belongings?", "the circumstances in which the council removes"),
    ("who decides which roads are gritted", "on who decides which roads are gritted"),
])
def test_a_question_about_how_a_thing_is_done_asks_for_the_procedure(question, head):
    (act, text), = _texts(question)
    assert act == "procedure"
    assert text.startswith("Any policy, procedure or guidance") and head in text, text
    assert "?" not in text


def test_a_legal_basis_question_asks_for_the_policy_and_the_power_relied_on():
    (act, text), = _texts("On what legal basis does the council clamp cars on private land?")
    assert act == "legal"
    assert "clamping cars on private land" in text and "law or legal power" in text


@pytest.mark.parametrize("question, decision", [
    ("Was it the decision of the headteacher not to call the police? If so who?", "not to call the police"),
    ("whose decision was it to shut the tip on sundays", "to shut the tip on sundays"),
    ("Who decided to cut the bus route to the hospital?", "to cut the bus route to the hospital"),
])
def test_who_decided_is_the_decision_record_and_who_made_it(question, decision):
    (act, text), = _texts(question)
    assert act == "decision"
    assert text.startswith("Any minutes, reports or decision records") and decision in text
    assert text.endswith("and who made that decision.")


@pytest.mark.parametrize("question, said", [
    ("Please can you say whether any public toilets in the borough closed in 2023?",
     "whether any public toilets in the borough closed in 2023"),
    ("Do your wardens get a bonus for the number of fines they issue?",
     "whether your wardens get a bonus for the number of fines they issue"),
    ("Were the parish councils involved in the consultation on the new route?",
     "the parish councils being involved in the consultation on the new route"),
    ("Are any safeguards in place to stop the same family being fined twice?",
     "whether any safeguards are in place to stop the same family being fined twice"),
])
def test_a_yes_no_question_becomes_the_records_showing_whether(question, said):
    (act, text), = _texts(question)
    assert act in ("whether", "records")
    assert said in text, text
    assert not text.endswith("?")


def test_statement_order_puts_the_verb_in_agreement():
    assert statement("does the depot open on bank holidays".split(), None) == "the depot opens on bank holidays"
    assert statement("did the school report it".split(), None) is None  # "it" points into the story
    assert statement("did the school inform parents".split(), None) == "the school informed parents"


def test_if_so_copy_merges_and_if_not_procedure_stays():
    got = _texts("Do you have a checklist for inspecting play areas? If so, may I have a copy? "
                 "If not, how do you ensure inspectors check the same things?")
    assert len(got) == 2
    assert got[0][1].startswith("A copy of any checklist for inspecting play areas")
    assert got[1][0] == "procedure" and "how you ensure inspectors check the same things" in got[1][1]


@pytest.mark.parametrize("question, act", [
    ("Could I have an update on my complaint about the fence?", "own_case"),
    ("Any idea which team would be best to contact about getting my car back", "contact"),
])
def test_the_persons_own_case_and_whom_to_contact_are_no_part(question, act):
    assert read_clause(question).act == act


@pytest.mark.parametrize("question", [
    "Does this distance change with the speed limit?",  # a pointer into the story: left for the pointer checks
    "Is it fair that residents pay twice?",  # an opinion: read by view_acts, not here
    "How many fines were issued in 2024?",  # a question of fact kept as typed
])
def test_clauses_no_structure_fits_are_kept(question):
    assert read_clause(question).act == "kept"


def test_a_message_keeps_every_ask_and_drops_none():
    text = ("I run a small cafe near the market. Do you have a policy on street cafe licences? If so may I have a copy. "
            "What happens to the tables the council removes? Who decides which cafes get a licence?")
    framing = frame_message(text, "Leeds City Council")
    joined = " ".join(p.text for p in framing.parts).lower()
    assert "cafe licences" in joined
    assert "what happens to the tables" in joined
    assert "who decides which cafes get a licence" in joined
    assert not any(p.text.endswith("?") for p in framing.parts)


def test_an_update_on_the_persons_own_submission_is_a_finding_not_a_part():
    text = ("1. How many dashcam submissions did the force receive in 2024? "
            "2. An update on my submission about the blue van on the A64.")
    framing = frame_message(text, "North Yorkshire Police")
    joined = " ".join(p.text for p in framing.parts).lower()
    assert "dashcam submissions" in joined
    assert "update on my submission" not in joined
    assert any("update on my submission" in (getattr(f, "evidence", "") or "").lower() for f in framing.findings)


def test_if_so_send_me_the_named_records_merges_into_the_whether_part():
    (act, text), = _texts("Do your gardeners get bonuses for the number of verges they cut? If so please send me the bonuses.")
    assert act == "whether"
    assert text.endswith("and a copy of any such bonuses.")
