"""fm100 (issue 9): a council, a fire service or another body that is no police force, with too few counted answers of
its own on an NCND topic, is not weighed on police forces' answers about their capabilities
(knowledge/vocab/evidence_kinds.yaml; askfoi/ncnd_topics.py `fitting_evidence`): "Has the council used drones to
inspect roads?" was warned on "21 of 42 answers about surveillance technology used NCND", 38 of them police answers,
while councils', NHS bodies' and government's answers on it were 0 of 4 NCND (fm97, fm99). Police forces, a council's
covert surveillance of a home (other bodies' answers: 2 of 5 NCND) and a person's case keep their warnings."""

import pytest

from askfoi.matching import get_matcher
from askfoi.ncnd_topics import evidence_for


@pytest.mark.parametrize("text, authority", [
    ("Has the council used drones to inspect roads?", "Leeds City Council"),
    # in my own words
    ("Does the fire service use drones at incidents?", "Hereford and Worcester Fire and Rescue Service"),
    ("Has the fire service used a drone to film fires on Exmoor?", "Devon and Somerset Fire and Rescue Service"),
    ("Does the council use drones to monitor fly-tipping?", "Birmingham City Council"),
    ("Does the hospital trust use drones to carry blood samples between sites?", "Guy's and St Thomas' NHS Foundation Trust"),
])
def test_a_body_that_is_no_police_force_is_not_warned_on_police_drone_answers(text, authority):
    forecast = get_matcher().match(text, authority).forecast
    assert not forecast.ncnd_likely, [(p.text, p.evidence[:3]) for p in forecast.parts]
    said = " ".join(e for p in forecast.parts for e in p.evidence)
    assert "were police forces', which say little about" in said, said


@pytest.mark.parametrize("text, authority", [
    # guards: the police; a council's covert surveillance of a home; a named person's case at a council
    ("Does the force use drones at protests?", "Kent Police"),
    ("Has the council carried out covert surveillance on my house?", "Leeds City Council"),
    ("Is Councillor Mary Hughes being investigated by the standards committee?", "Leeds City Council"),
])
def test_guard_fitting_evidence_still_warns(text, authority):
    forecast = get_matcher().match(text, authority).forecast
    assert forecast.ncnd_likely, [(p.text, p.evidence[:3]) for p in forecast.parts]


def test_fitting_evidence_leaves_out_police_answers_for_a_council_only():
    from askfoi.ncnd_topics import fitting_evidence  # new in fm100

    drones = next(e for e in evidence_for("Has the council used drones to inspect roads?", "council")
                  if e.topic == "surveillance_technology")
    n, k, left = fitting_evidence(drones, "council")
    assert (n, k) == (drones.ncnd - left, drones.known - (drones.known - k)) and left > 0 and k < drones.known
    police = next(e for e in evidence_for("Does the force use drones at protests?", "police")
                  if e.topic == "surveillance_technology")
    assert fitting_evidence(police, "police") is None
    government = next(e for e in evidence_for("Does the department use drones?", "central_government")
                      if e.topic == "surveillance_technology")
    assert fitting_evidence(government, "central_government") is None  # no list for central government
