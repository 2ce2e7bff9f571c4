"""fx52 (issue 8.1, 8.2; nc51 #1, #2): a clinic volunteer's messages framed as the questions they carry.

A reported ask ("client wants to know if ...", "my mum wants to know how many ...", "he's asking whether ...") is the
person's question in reported speech: read as if asked directly, whether-questions as yes/no questions about the body,
so every later step (parts, checks, the NCND warning) runs as for a direct question. A list of questions joined by
commas and a final "and", each opening with its own question word or inverted auxiliary, is one part per question.
The wordings other than nc51's are mine (fx52), written for these tests.
"""
from datetime import date

from askfoi.embedded_asks import reported_asks, yes_no_question
from askfoi.framing import frame_message
from askfoi.questions import split_questions

TODAY = date(2026, 12, 5)


def _frame(message: str):
    return frame_message(message, today=TODAY)


def _codes(framing) -> set[str]:
    return {getattr(f, "code", "") for f in framing.findings}


def test_whether_clause_becomes_the_yes_no_question_about_the_body():
    assert yes_no_question("south wales police use drones to monitor protests") == \
        "do south wales police use drones to monitor protests"
    assert yes_no_question("the force uses facial recognition in town") == "does the force use facial recognition in town"
    assert yes_no_question("kent police used drones at the protest") == "did kent police use drones at the protest"
    assert yes_no_question("the council has ever been fined") == "has the council ever been fined"
    assert yes_no_question("the council has a policy on damp") == "does the council have a policy on damp"
    assert yes_no_question("the council staff were paid bonuses") == "were the council staff paid bonuses"


def test_the_lead_goes_and_a_wh_clause_stays():
    assert reported_asks("my mum wants to know how many potholes leeds city council fixed in 2025") == \
        "How many potholes leeds city council fixed in 2025"
    assert reported_asks("she'd like to find out whether the council has a policy on damp") == \
        "Does the council have a policy on damp"
    assert reported_asks("he's asking if kent police used drones at the protest") == \
        "Did kent police use drones at the protest"
    # no question after the lead: as typed
    assert reported_asks("she wants to complain about the bins") == "she wants to complain about the bins"
    # an addressee before the lead keeps its place and the question is not capitalised mid-line
    assert reported_asks("Scottish Water - my client wants to know how many sewage spills there were") == \
        "Scottish Water - how many sewage spills there were"


def test_clinic_lead_in_drones_spend_and_ncnd():
    framing = _frame("client wants to know if south wales police use drones to monitor protests in cardiff, how many "
                     "drones they have and how much they spent on them since 2023")
    texts = [p.text for p in framing.parts]
    assert len(texts) == 3, texts
    assert not any("wants to know" in t.lower() or "client" in t.lower() for t in texts), texts
    assert any("monitor protests" in t for t in texts) and any("spent" in t for t in texts), texts
    assert "ncnd-risk" in _codes(framing), framing.findings


def test_reported_ask_inside_an_addressee_line_gives_one_part_per_question():
    framing = _frame("Scottish Water - my client wants to know how many sewage spills there were at Portobello beach in "
                     "2025 and did they tell SEPA about all of them")
    texts = [p.text for p in framing.parts]
    assert len(texts) == 2, texts
    assert not any("client" in t.lower() or "Scottish Water -" in t for t in texts), texts


def test_ncnd_checked_per_question_when_one_sentence_joins_several():
    framing = _frame("does west yorkshire police use drones to monitor protests in bradford, how many drones do they have "
                     "and how much did they spend on them in 2024")
    assert len(framing.parts) == 3, [p.text for p in framing.parts]
    assert "ncnd-risk" in _codes(framing), framing.findings


def test_list_of_questions_with_a_named_officer_and_a_body_typed_by_its_initials():
    assert split_questions("was PC Jones ever suspended, how many complaints has gmp had about excessive force in "
                           "2025, and does gmp fly drones over council estates in salford") == [
        "was PC Jones ever suspended", "how many complaints has gmp had about excessive force in 2025",
        "does gmp fly drones over council estates in salford"]
    assert len(split_questions("was sgt smith ever disciplined, how many tasers does the force own, and did wmp buy "
                               "new vans in 2024")) == 3
    framing = _frame("was PC Jones ever suspended, how many complaints has gmp had about excessive force in 2025, and "
                     "does gmp fly drones over council estates in salford")
    texts = [p.text for p in framing.parts]
    assert framing.authority and framing.authority.name == "Greater Manchester Police"
    assert not any("Jones" in t for t in texts), texts  # the officer's case leaves the letter (ck27), with its finding
    assert any("complaints" in t for t in texts) and any("drones" in t for t in texts), texts
    assert "ncnd-risk" in _codes(framing) and "someone-elses-records" in _codes(framing), framing.findings
    assert not any(f.code == "someone-elses-records" and f.part for f in framing.findings), framing.findings


def test_a_body_typed_by_its_initials_is_named_in_a_kept_part():
    framing = _frame("my client says PC Mark Jones from greater manchester police assaulted him during an arrest in "
                     "march. was PC Jones ever suspended, how many complaints has gmp had about excessive force in 2025, "
                     "and does gmp fly drones over council estates in salford")
    texts = [p.text for p in framing.parts]
    assert not any(" gmp " in f" {t} " for t in texts), texts
    assert len(texts) == 2 and "ncnd-risk" in _codes(framing), (texts, framing.findings)


def test_addressee_line_is_never_inside_a_part():
    from askfoi.addressee import addressee_line

    assert addressee_line("Belfast City Council - how many bins were missed") == \
        "Dear Belfast City Council,\nhow many bins were missed"
    assert addressee_line("my client - she wants to know") == "my client - she wants to know"
    framing = _frame("Dwr Cymru Welsh Water - how many times did the storm overflow at Llandeilo discharge into the river "
                     "tywi in 2025, and how many hours in total?")
    texts = [p.text for p in framing.parts]
    assert framing.authority and "Welsh Water" in framing.authority.name
    assert not any("Welsh Water" in t for t in texts), texts
    # (fx54: the hours part now names the discharges it measures, so only the count of times is looked for twice)
    assert len([t for t in texts if "how many times" in t.lower() or "number of times" in t.lower()]) == 1, texts


def test_a_clients_wait_for_treatment_is_story_with_the_privacy_note():
    framing = _frame("NHS Lothian - client has been waiting 2 yrs for a hip op. whats the longest wait for hip "
                     "replacement at the royal infirmary and how many ppl r waiting over 52 weeks")
    texts = [p.text for p in framing.parts]
    assert len(texts) == 2, texts
    assert not any("2 years" in t or "hip op." in t for t in texts), texts
    assert "story-personal-details" in _codes(framing), framing.findings
    # a count of people waiting is asked, never the writer's health
    asked = _frame("how many patients have been waiting for a knee operation for over a year at leeds teaching hospitals")
    assert "story-personal-details" not in _codes(asked)


def test_paid_out_is_the_sum_paid_never_a_thing_called_out():
    framing = _frame("Swansea council keep ignoring my clients housing disrepair complaints. how many disrepair claims "
                     "were made against the council in 2025 and how much did the council pay out")
    texts = [p.text for p in framing.parts]
    assert len(texts) == 2, texts
    assert not any(t.rstrip(".").endswith(" out") for t in texts), texts
    assert any("disrepair claims" in t and "amount" in t for t in texts), texts
