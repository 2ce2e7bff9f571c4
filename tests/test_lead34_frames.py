"""Lead (session 34): short chat messages as people type them, framed grammatically.

- "does the met use live facial recognition ... and how many arrests has it led to": after an auxiliary that takes a
  bare verb, the subject ends at the first bare verb ("use"), so the thing used is "live facial recognition", never
  "use live facial recognition" (main wrote "the use of use live facial recognition").
- "how much did they spend on consultants and which firms": "which firms" asks who was paid for what the spend part
  asks, in the person's own word ("firm", "agency"); people bought in are supplied, things are worked on.
- "ambulances in north yorkshire": a service's body found by a place of its area list that no council name matched.
"""

from askfoi.framing import frame_message
from askfoi.pronoun_roles import phrases


def _texts(message: str) -> list[str]:
    return [p.text for p in frame_message(message).parts]


def test_subject_of_an_auxiliary_question_ends_at_its_verb():
    said = {p.words for p in phrases("does the met use live facial recognition in croydon")}
    assert "live facial recognition" in said and not any(w.startswith("use") for w in said), said
    said = {p.words for p in phrases("did the council fund the new bridge")}
    assert not any("fund" in w for w in said), said
    # a body noun that is also a verb ("police") is still the subject, never the verb
    said = {p.words for p in phrases("does essex police use drones")}
    assert "drones" in said and not any("use" in w for w in said), said


def test_arrests_from_a_technology_the_force_uses():
    texts = _texts("does the met use live facial recognition in croydon and how many arrests has it led to")
    assert not any("use of use" in t or "use use" in t for t in texts), texts
    assert any("arrests" in t and "live facial recognition" in t for t in texts), texts


def test_which_firms_after_a_spend_is_who_was_paid():
    texts = _texts("how much did sheffield council spend on consultants last year and which firms")
    assert len(texts) == 2, texts
    assert "firm" in texts[1] and "consultants" in texts[1] and "amount paid to each" in texts[1], texts
    assert "work on consultants" not in texts[1], texts


def test_which_company_after_a_spend_on_a_thing():
    framing = frame_message("how much did the council spend on the new bridge and which company")
    texts = [p.text for p in framing.parts]
    assert any("company" in t and "bridge" in t for t in texts[1:]), texts
    assert not any("which company" in q.lower() for q in framing.questions), framing.questions


def test_which_agencies_keeps_the_persons_word():
    texts = _texts("how much has leeds council paid to agency social workers since 2023 and which agencies")
    assert any(t.startswith("The name of each agency") for t in texts), texts


def test_ambulance_service_by_a_county_no_council_name_matched():
    framing = frame_message("whats the response time for ambulances in north yorkshire, my nan waited 6 hours after a fall")
    assert framing.authority is not None and framing.authority.name == "Yorkshire Ambulance Service NHS Trust"
    framing = frame_message("how many paramedics left the ambulance service in wales last year")
    assert framing.authority is not None and "Welsh Ambulance" in framing.authority.name


def test_how_does_the_body_decide_who_is_its_policy():
    texts = _texts("how does leeds council decide who gets a council house")
    assert len(texts) == 1 and texts[0].startswith("Any policy"), texts


def test_speeding_tickets_go_to_the_force_not_the_council():
    framing = frame_message("how many speeding tickets from the camera on the a38 near derby last year")
    assert framing.authority is not None and framing.authority.name == "Derbyshire Constabulary", framing.authority


def test_a_question_read_as_records_is_not_said_to_be_unasked():
    framing = frame_message("whats the response time for ambulances in north yorkshire, my nan waited 6 hours after a fall")
    notes = [f.message for f in framing.findings if f.code == "read-from-story"]
    assert notes and not any("does not ask this" in m for m in notes), notes
    # a story that never asks still says so
    framing = frame_message("my son had an accident at school last week and they wont give me the accident report")
    notes = [f.message for f in framing.findings if f.code == "read-from-story"]
    assert all("does not ask this" in m for m in notes), notes


def test_a_verb_never_passive_stays_finite_in_its_clause():
    texts = _texts("could you tell me how many 999 calls to lancashire police went unanswered in 2025")
    assert not any("that gone" in t for t in texts), texts
    assert any("999 calls that went unanswered" in t for t in texts), texts


def test_an_average_is_asked_as_that_figure_of_what_was_counted():
    texts = _texts("how many 999 calls did lancashire police get in 2025 and what was the average answer time")
    assert any(t.startswith("The average answer time for 999 calls") for t in texts), texts
    # said as an embedded question, the same figure
    texts = _texts("could you tell me how many 999 calls to lancashire police went unanswered in 2025 and what the "
                   "average answer time was")
    assert any(t.startswith("The average answer time") for t in texts), texts
    assert not any("Please tell me" in t for t in texts), texts


def test_calls_to_101_go_to_the_force():
    framing = frame_message("whats the average time to answer 101 calls in kent")
    assert framing.authority is not None and framing.authority.name == "Kent Police"
    assert framing.parts and framing.parts[0].text.startswith("The average time"), [p.text for p in framing.parts]


def test_a_pointer_with_its_place_in_brackets_is_that_place():
    texts = _texts("whats the council doing about the rats in the bins on our street (grange road, hull)? how many "
                   "complaints have they had about rats")
    assert any("on Grange Road, Hull" in t for t in texts), texts
    assert not any("Street Grange" in t or "our street" in t for t in texts), texts


def test_what_it_cost_is_never_the_place():
    texts = _texts("how many migrants are being housed in hotels in the wirral and how much does it cost")
    assert not any(t.startswith("The total amount spent on Wirral") or t.startswith("The total amount spent on the Wirral")
                   for t in texts), texts
