"""Lead fixes of session 21 (nu24's review of b188a8c). Wordings written for the tests."""

from __future__ import annotations

import re
from datetime import date

import pytest

from askfoi.periods import stated_periods

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize("text, label", [
    ("how much did sheffield city council spend on agency staff between march and june this year",
     "1 March 2026 to 30 June 2026"),
    ("how many fines from april to june last year", "1 April 2025 to 30 June 2025"),
    ("how many complaints since march last year", "1 March 2025 to 1 December 2026"),
    ("how many complaints in march this year", "1 March 2026 to 31 March 2026"),
    ("how many complaints between march and june 2025", "1 March 2025 to 30 June 2025"),
])
def test_months_said_with_this_or_last_year_are_one_period(text, label):
    """nu24: "between march and june this year" gave the whole of this year as the period."""
    assert [p[0] for p in stated_periods(text, TODAY)] == [label]


def test_a_year_said_apart_from_the_months_stays_its_own_period():
    assert len(stated_periods("how many fines in march and also this year", TODAY)) == 2


def _chat(*said):
    from askfoi.conversation import Conversation

    conv = Conversation(today=lambda: TODAY)
    conv.start()
    out = []
    for text in said:
        out.append("\n".join(m.text for m in conv.reply(text).messages))
    return conv, out


@pytest.mark.parametrize("first, body, code", [
    ("my gran died in st elsewhere hospital last month and we think she was neglected, can i get her records and how "
     "many falls were reported on the wards there this year", "Barts Health NHS Trust", "deceased-records"),
    ("im helping my neighbour, she wants her housing file from lambeth council and how many people are on the waiting "
     # lead 28 (nu31 #3): she wants her OWN file, the writer helps: her subject access request, not a third party's
     "list", "Lambeth Council", "their-own-data"),
])
def test_what_the_parts_left_out_is_said_at_the_review(first, body, code):
    """nu24: the chatbot's review said "found nothing an FOI officer would push back on" while `askfoi frame` had a
    high finding on the records asked for in the first message (the parts kept only the count)."""
    conv, _ = _chat(first, body)
    codes = [f.code for f in conv._findings()]
    assert code in codes


def test_a_story_reference_on_an_unchanged_part_reaches_the_review():
    conv, _ = _chat("my nan had a fall in hospital and nobody told us. how many falls were reported on her ward in "
                    "2025", "Barts Health NHS Trust")
    refs = [f for f in conv._findings() if f.code == "story-reference"]
    assert refs and refs[0].part == 1


def test_a_plain_request_gets_no_extra_findings():
    conv, _ = _chat("how many fines did leeds city council issue for fly tipping in 2024", "Leeds City Council")
    assert not [f for f in conv._findings() if f.code in ("story-reference", "deceased-records",
                                                          "third-party-personal-data")]


def test_a_slip_the_pack_reads_on_purpose_is_still_offered_as_a_correction():
    """nu24: "how mnay complants did birmingam council get ..." offered five corrections but not "mnay" (a pattern in
    knowledge/ lists "mnay" so framing can read it, which made the word "known"), and the count was lost."""
    from askfoi.spelling import suggest

    fixes = dict(suggest("how mnay complants did the council get abot missed bins"))
    assert fixes.get("mnay") == "many" and fixes.get("complants") == "complaints"
    assert suggest("how many cctv cameras does the ulez have") == []


@pytest.mark.parametrize("text", [
    "does essex police use live facial recognition vans and how many times did they use them in 2025",
    "does the met use imsi catchers and how often were they used in 2024",
])
def test_the_number_of_uses_is_asked_once(text):
    """nu24 (and nu23): the "use" part asked "... and the number of times they were used" beside a part counting the
    uses itself."""
    from askfoi.framing import frame_message

    parts = [p.text for p in frame_message(text).parts]
    assert sum(bool(re.search(r"(?i)number of times|how many times|how often", p)) for p in parts) == 1, parts


def test_a_use_question_alone_still_asks_how_often():
    from askfoi.framing import frame_message

    framing = frame_message("does kent police use drones")
    parts = [p.text for p in framing.parts]
    # ck33 (nu34 #9): the policy nobody asked for is offered (a finding the person accepts with one key), never added
    assert parts == ["The number of times drones were used."]
    # fx54 (the lead's decision, session 44; fc50's change landed): a bare "does the force use drones" asks about covert
    # use too, so the part is warned and the policy comes among the overt frames offered instead, never added
    assert framing.parts[0].warning and "ncnd-risk" in {f.code for f in framing.findings}
    assert any(r.kind == "policy" and "overt use of drones" in r.text for r in framing.parts[0].replacements)


def test_the_day_the_reply_came_is_said_as_a_letter_says_it(tmp_path):
    """nu24: "The dates below now count from the day the reply came, 2026-11-27." (an ISO date in a message)."""
    from askfoi.reply_flow import ReplyFlow
    from askfoi.tracking import TrackStore

    flow = ReplyFlow(today=lambda: TODAY, tracker=TrackStore(path=tmp_path / "t.json"))
    flow.read("Dear Ms Smith, we do not hold the information you asked for. Yours sincerely, Kent Police")
    view = flow.received_on("27/11/2026")
    assert "Friday 27 November 2026" in view.message and "2026-11-27" not in view.message


def test_a_contraction_typed_without_its_apostrophe_is_offered_with_it():
    """h21 (held-out judging, ids only): "wasnt" was offered as "want". A contraction typed without its apostrophe is
    read as meant (kept_questions.yaml informal): nothing to offer."""
    from askfoi.spelling import suggest

    fixes = dict(suggest("i wasnt told and they dont care, how mnay were there"))
    # lf61 (nc58 #13; session 49's brief): offered as the word meant with its apostrophe, never as "want"
    assert fixes.get("wasnt") == "wasn't" and fixes.get("dont") == "don't" and fixes.get("mnay") == "many"


@pytest.mark.parametrize("text, body", [
    ("how many people waited more than 12 hours in a&e at university hospitals birmingham in 2025",
     "University Hospitals Birmingham NHS Foundation Trust"),
    ("how many falls at university hospitals of leicester in 2024", "University Hospitals of Leicester NHS Trust"),
    ("how many potholes did birmingham city council fill in 2024", "Birmingham City Council"),
])
def test_a_trust_named_by_the_first_words_of_its_name_is_not_the_city_in_it(text, body):
    """nu24: "... a&e at university hospitals birmingham" was addressed to Birmingham City Council."""
    from askfoi.framing import frame_message

    assert frame_message(text).authority.name == body


def test_the_names_of_contractors_are_no_one_s_personal_data():
    """nu24: `check` flagged "names of the contractors" (companies, named in contracts) as other people's personal
    data; the names of staff still are."""
    from askfoi.checks import check_request

    codes = [f.code for f in check_request("please provide the names of the contractors who resurfaced the roads in "
                                           "2024", "Leeds City Council").findings]
    assert "third-party-personal-data" not in codes
    codes = [f.code for f in check_request("please provide the names of the officers who were dismissed in 2024",
                                           "Kent Police").findings]
    assert "third-party-personal-data" in codes
