"""Session 59 (lead, issue 8): classes found by typing messages as people write them through `frame_message`.

- "does X use Y and if so where / how many / which ones / who supplies them / how much": each follow-up is a part of
  its own, said whole about Y (askfoi/if_so_parts.py, knowledge/vocab/if_so_follow_ups.yaml); a follow-up no shape
  fits keeps the question whole, as before.
- "which company does the council use to VERB X" / "what firm do they use for X": the supplier of that job, the verb
  as its -ing form ("for collecting council tax arrears"), never "the number of times X was used".
- "the nhs trust in leicester", "the hospital trust in norwich": the one current trust that runs the town's hospitals.
- "how many were arrested after" / "how many were then charged" after a count: a subset of those counted, the earlier
  verbs kept ("people stopped and searched who were ..."), never "people arrested after and searched".

Fail-checked on main 5e4bd982 in a detached worktree: 15 of the 18 cases fail there; the three that pass are guards
("how many were then arrested", "trains ... delayed", a town with several trusts). The two keep-whole cases fail on main only because the module is
new: they guard today's behaviour.
"""
import re
from datetime import date

import pytest

from askfoi.framing import frame_message

TODAY = date(2026, 12, 7)


def _texts(message):
    return [p.text for p in frame_message(message, today=TODAY).parts]


@pytest.mark.parametrize("message, wanted", [
    ("does west yorkshire police use live facial recognition and if so where",
     "The locations where live facial recognition has been used."),
    ("does kent police use drones and if so how many do they have", "The number of drones"),
    ("does the council use bailiffs? if so which ones", "The names of the bailiffs used."),
    ("Does the Metropolitan Police use IMSI catchers? If so, who supplies them and how much have they cost?",
     "The total amount spent on IMSI catchers."),
    ("does the council use weedkiller in parks, and if so what for", "The purposes for which weedkiller is used"),
])
def test_if_so_follow_ups_are_parts_said_whole(message, wanted):
    texts = _texts(message)
    assert len(texts) >= 2, texts
    assert any(t.startswith(wanted) for t in texts), texts
    assert not any(re.search(r"(?i)\bif\s+so\b", t) for t in texts), texts


def test_every_follow_up_becomes_its_own_piece():
    from askfoi.if_so_parts import split_if_so

    pieces = split_if_so("does the council use glyphosate and if so where and how much")
    assert pieces == ["does the council use glyphosate?", "The locations where glyphosate has been used.",
                      "The total amount spent on glyphosate."]


@pytest.mark.parametrize("message", [
    # guards: a follow-up no shape fits stays with its question (it would point at nothing alone)
    "Do you use a contractor to clear graffiti? If so which company do you use and what type of contract?",
    "Did the council close any public toilets in 2024, and if so on how many sites?",
])
def test_a_follow_up_no_shape_fits_keeps_the_question_whole(message):
    from askfoi.if_so_parts import split_if_so

    assert split_if_so(message) == [message]


@pytest.mark.parametrize("message, wanted", [
    ("which company does the council use to collect council tax arrears", "for collecting council tax arrears"),
    ("who does the council use to clear snow", "for clearing snow"),
    ("what company do they use for the school meals", "for the school meals"),
    ("who do you use to repair the streetlights", "for repairing the streetlights"),
])
def test_the_firm_used_for_a_job_is_its_supplier(message, wanted):
    texts = _texts(message)
    assert any(t.startswith("Any contract in force") and wanted in t for t in texts), texts
    assert not any("were used" in t or "was used" in t for t in texts), texts


@pytest.mark.parametrize("message, wanted", [
    ("how many people were stopped and searched by merseyside police in 2024 and how many were arrested after",
     "The number of people stopped and searched who were arrested"),
    # guard: passes on main
    ("how many people were stopped and searched by merseyside police in 2024 and how many were then arrested",
     "The number of people stopped and searched who were"),
    # guard: another outcome of the same things replaces the verb ("trains delayed at Euston")
    ("how many trains were cancelled at euston in 2024 and how many were delayed", "The number of trains delayed at Euston."),
])
def test_what_happened_next_to_those_counted(message, wanted):
    texts = _texts(message)
    assert any(t.startswith(wanted) for t in texts), texts
    assert not any("after and" in t for t in texts), texts



@pytest.mark.parametrize("message, body", [
    ("i want to know how much the nhs trust in leicester spent on agency nurses last year",
     "University Hospitals of Leicester NHS Trust"),
    ("how many operations were cancelled by the hospital trust in norwich in 2024",
     "Norfolk and Norwich University Hospitals NHS Foundation Trust"),
])
def test_a_trust_named_by_its_town(message, body):
    framing = frame_message(message, today=TODAY)
    assert framing.authority is not None and framing.authority.name == body
    assert framing.parts and framing.parts[0].kind in ("total_spend", "count"), [p.text for p in framing.parts]


def test_a_town_with_several_trusts_names_none_of_them():
    # guard: Birmingham has several hospital trusts: the person is asked, never one chosen for them
    assert frame_message("how many complaints did the trust in birmingham get", today=TODAY).authority is None


def test_an_it_after_the_follow_ups_means_the_thing_not_the_last_follow_up():
    # the follow-up made last ("the locations where ...") is no thing a company supplies
    texts = _texts("does west yorkshire police use live facial recognition and if so where. and which company supplies it")
    assert any(t.startswith("Any contract in force for the live facial recognition") for t in texts), texts
    assert not any("for the locations" in t for t in texts), texts
