"""lf61 (issues 8 and 10; session 48's leftovers, nc58 and fc59): framing and reply-path classes seen once each,
fixed as classes. The messages are mine (lf61), written for these tests the way people type.

1. A yes/no question asking the authority to judge something ("is the cladding on the tower safe?", "was the
   decision fair?") is flagged at framing (finding "judgement-asked", naming its part) and its part asks for the
   records that would show it (knowledge/vocab/judgement_asks.yaml), rendered from a frame, never the sentence
   edited into "whether the cladding is on the tower safe".
"""
import re
from datetime import date

import pytest

from askfoi.framing import frame_message

TODAY = date(2026, 12, 5)


def _framing(message: str):
    return frame_message(message, today=TODAY)


@pytest.mark.parametrize(("message", "record", "subject"), [
    ("is the cladding on our block safe? its holloway tower, birmingham city council", "fire risk assessment",
     "the cladding on our block"),
    ("was the decision to close the library on elm street fair? leeds city council", "decision record",
     "the decision to close the library on Elm Street"),
    ("are the flats on park road safe to live in after the fire? sheffield city council", "fire risk assessment",
     "the flats on Park Road"),
    ("is the bridge on the a38 at bovey structurally sound. devon county council", "structural inspection",
     "the bridge on the A38 at Bovey"),
    ("is the new cycle lane on london road safe, brighton council. how many accidents have there been on it",
     "road safety audit", "the new cycle lane on London Road"),
    ("Birmingham City Council. 1. What fire safety inspections has the council done on Holloway Tower since 2017? "
     "2. Has the council given the housing association any money for the cladding? 3. Is the cladding on the tower "
     "safe?", "fire risk assessment", "the cladding on the tower"),
])
def test_a_judgement_asked_is_flagged_and_asked_as_the_records_that_show_it(message, record, subject):
    framing = _framing(message)
    texts = [p.text for p in framing.parts]
    judged = [n for n, p in enumerate(framing.parts, 1) if record in p.text]
    assert len(judged) == 1, texts
    part = framing.parts[judged[0] - 1]
    assert subject in part.text and part.text.endswith(f"{subject}."), part.text
    assert not any(w in part.text.lower().split() for w in ("safe", "fair", "whether", "sound")), part.text
    flags = [f for f in framing.findings if f.code == "judgement-asked"]
    assert len(flags) == 1 and flags[0].part == judged[0], [f.code for f in framing.findings]
    assert "not a judgement" in flags[0].message and f"part {judged[0]}" in flags[0].message
    assert part.text in flags[0].message


def test_an_embedded_judgement_in_a_list_of_asks_is_the_records_too():
    framing = _framing("i want to know when the last fire risk assessment was done on holloway tower in birmingham, "
                       "whether the cladding is acm or unsafe, and what the council is planning to do about it")
    texts = [p.text for p in framing.parts]
    assert any("fire risk assessment" in t and t.endswith("for the cladding.") for t in texts), texts
    assert not any("acm or unsafe" in t for t in texts), texts
    flag = next(f for f in framing.findings if f.code == "judgement-asked")
    assert flag.message.startswith('"whether the cladding is acm or unsafe"'), flag.message


def test_a_view_asked_is_flagged_by_the_same_finding():
    framing = _framing("was it reasonable for manchester city council to put my rent up by 12% this year?")
    flags = [f for f in framing.findings if f.code == "judgement-asked"]
    assert len(flags) == 1 and "for its view" in flags[0].message and flags[0].part == 1


@pytest.mark.parametrize(("judgement", "near_miss"), [
    ("is the library on elm street safe? leeds city council", "is the library on elm street open on sundays? leeds city council"),
    ("are kent police's dog kennels safe?", "how many dogs were seized under the dangerous dogs act by kent police in 2024"),
    ("is the playground on mill lane safe? birmingham city council", "is it safe? birmingham city council"),
    ("was the fire risk assessment of holloway tower done properly? birmingham city council",
     "how many fire risk assessments did birmingham city council carry out in 2025"),
])
def test_a_judgement_is_read_and_its_near_miss_is_not(judgement, near_miss):
    framing = _framing(judgement)
    assert [f for f in framing.findings if f.code == "judgement-asked"], [p.text for p in framing.parts]
    framing = _framing(near_miss)
    assert not [f for f in framing.findings if f.code == "judgement-asked"]
    assert not any((p.why or "").startswith("judged:") for p in framing.parts)


# 2. Questions lost or merged (nc58 #3a, #3c, #3d).

@pytest.mark.parametrize("message", [
    "i think the police are watching me. do they have files on me? have they used my phone data? west yorkshire police",
    "did the police get my location data after my arrest in march? essex police",
    "can i find out if greater manchester police got my mobile phone records from my provider after my arrest in june",
])
def test_communications_data_asked_about_is_an_item_of_the_subject_access_request(message):
    framing = _framing(message)
    assert framing.route == "sar"
    items = [p.text for p in framing.parts]
    assert any(t.startswith("Any communications data about me that you obtained") for t in items), items


@pytest.mark.parametrize(("message", "typed"), [
    ("do west yorkshire police have files on me? have they tapped my phone?", "tapped my phone"),
    ("i think the met have been listening to my phone calls. i want everything they hold on me", "listening to my phone calls"),
    ("i want a copy of all the data merseyside police hold about me, and if they have intercepted my emails",
     "intercepted my emails"),
])
def test_interception_asked_is_said_never_confirmed_and_never_an_item(message, typed):
    framing = _framing(message)
    assert framing.route == "sar"
    flag = [f for f in framing.findings if f.code == "interception-ncnd"]
    assert len(flag) == 1 and flag[0].evidence == typed
    assert "Investigatory Powers Act 2016" in flag[0].message and "Investigatory Powers Tribunal" in flag[0].message
    assert not any(typed.split()[-1] in p.text.lower() and "communications data" not in p.text for p in framing.parts), \
        [p.text for p in framing.parts]


@pytest.mark.parametrize(("message", "first", "second"), [
    ("i want to see the contract between kent county council and the company that runs rosewood court, the inspection "
     "reports the council did and how many complaints they had", "contract", "inspection reports"),
    ("i want the contract with the company that runs the leisure centre in hull and the monitoring reports hull city "
     "council did on it", "contract", "monitoring reports"),
    ("please send the contract for school transport in cornwall, the audit reports on it and how many complaints "
     "cornwall council got", "contract", "audit reports"),
])
def test_records_named_in_one_sentence_are_parts_of_their_own(message, first, second):
    texts = [p.text for p in _framing(message).parts]
    assert any(first in t.lower() and second not in t.lower() for t in texts), texts
    assert any(second in t.lower() and first not in t.lower() for t in texts), texts


@pytest.mark.parametrize(("message", "inquiry"), [
    ("when was the last fire risk assessment done on holloway tower in birmingham and what did it find",
     "most recent fire risk assessment"),
    ("i want to know when the last fire safety inspection / fire risk assessment was done on my block in birmingham, "
     "what it found, and what the council is planning to do about it",
     "most recent fire safety inspection or fire risk assessment"),
    ("did leeds city council carry out an inspection of the Holloway Road depot in 2024? what did they find?",
     "inspection of the Holloway Road depot"),
])
def test_what_an_inquiry_found_is_its_findings_never_dropped(message, inquiry):
    framing = _framing(message)
    texts = [p.text for p in framing.parts]
    assert any(t.startswith("Any report or record of the findings") and inquiry in t for t in texts), texts
    assert not any("found" in q or "find" in q for q in framing.left_out + framing.questions), framing.questions


# 3. A lead line naming one case (fc59): the questions about the case stay with it, on the right route; a question
# with a scope of its own (a period, a total) is the body's figures.

@pytest.mark.parametrize(("message", "case", "about", "figures"), [
    ("Regarding the complaint I made against PC Daniel Hart in March: 1. How many witnesses were interviewed? "
     "2. How many hours did professional standards spend on it? 3. How many complaints did Kent Police receive in "
     "2024 in total?", "the complaint I made against PC Daniel Hart in March",
     ["How many witnesses were interviewed?", "How many hours did professional standards spend on it?"],
     "How many complaints did Kent Police receive in 2024 in total?"),
    ("About my complaint about my housing repairs to Leeds City Council: 1. who dealt with it 2. what notes were made "
     "3. how many complaints about repairs did the council get last year", "my complaint about my housing repairs",
     ["Who dealt with it?", "What notes were made?"], "how many complaints about repairs did the council get last year?"),
])
def test_a_subject_access_request_keeps_the_case_questions_and_sets_the_figures_aside(message, case, about, figures):
    framing = _framing(message)
    assert framing.route == "sar"
    item = next(p.text for p in framing.parts if case in p.text)
    assert all(f'"{q}"' in item for q in about), item
    assert framing.foi_aside == [figures]


def test_a_lead_naming_one_case_reaches_its_questions_and_never_the_figures():
    texts = [p.text for p in _framing(
        "About the disciplinary case against PC Amy Clarke: 1. How long did the investigation take? 2. What was the "
        "outcome? 3. How many officers were dismissed by Kent Police in 2024?").parts]
    assert sum("PC Amy Clarke" in t for t in texts) == 2, texts
    assert any("investigation" in t and "PC Amy Clarke" in t for t in texts), texts
    assert not any("dismissed" in t and "Clarke" in t for t in texts), texts
    texts = [p.text for p in _framing(
        "Regarding the inquest into the death of John Smith at HMP Leeds in 2023: 1. what reports were sent to the "
        "coroner 2. how many deaths in custody at HMP Leeds since 2020").parts]
    assert any("coroner" in t and "John Smith" in t for t in texts), texts
    assert any(t.startswith("The number of deaths in custody") and "John Smith" not in t for t in texts), texts


# 4. Slips offered, never changed in silence (nc58 #13); a headcount asked "as at" a day (nc58 #5: stocks vs flows).

@pytest.mark.parametrize(("message", "offered", "not_offered"), [
    ("how many officers work in there covert surveillance unit, west yorkshire police",
     ("there covert", "their covert"), "are there"),
    ("what is there policy on potholes and are there any plans to fix them, bristol city council",
     ("there policy", "their policy"), "are there"),
    ("i asked the council and they wasnt helpful. how many complaints did sheffield city council get about bins in 2025",
     ("wasnt", "wasn't"), "there"),
])
def test_slips_framing_reads_are_offered_to_the_person(message, offered, not_offered):
    framing = _framing(message)
    assert offered in framing.spelling, framing.spelling
    assert not any(typed == not_offered for typed, _ in framing.spelling)
    from askfoi.spelling import apply

    fixed = apply(message, framing.spelling)
    assert offered[1] in fixed and (not_offered not in message or not_offered in fixed)


@pytest.mark.parametrize(("stock", "flow"), [
    ("how many social workers does kent county council employ in 2025/26",
     "how many staff did leeds city council recruit in 2025/26"),
    ("how many officers work in the covert surveillance unit at west yorkshire police in 2025/26",
     "how many complaints did sheffield city council receive about bins in 2025/26"),
])
def test_a_headcount_is_asked_as_at_the_last_day_and_a_flow_for_the_period(stock, flow):
    from askfoi.answers import Answers
    from askfoi.letter import draft_letter

    for message, as_at in ((stock, True), (flow, False)):
        framing = _framing(message)
        assert framing.period == "1 April 2025 to 31 March 2026"
        body = draft_letter(Answers(authority=framing.authority.name, parts=[p.text for p in framing.parts],
                                    period=framing.period), today=TODAY).body
        part = next(line for line in body.splitlines() if line.startswith("1."))
        assert part.rstrip(".?").endswith("as at 31 March 2026") == as_at, part


# 5. The subject line names what the frames are about, never a clause said back or a fragment (nc58 #9).

@pytest.mark.parametrize("message", [
    "has birmingham city council given the housing association any money for the cladding on holloway tower?",
    "were residents of park road consulted before leeds city council closed the library?",
    "is the cladding on holloway tower acm? birmingham city council",
])
def test_the_subject_line_is_never_a_clause_said_back(message):
    from askfoi.answers import Answers
    from askfoi.letter import draft_letter, frame_topic

    framing = _framing(message)
    parts = [p.text for p in framing.parts]
    topic = frame_topic(framing.parts, parts)
    subject = draft_letter(Answers(authority=framing.authority.name, parts=parts, topic=topic), today=TODAY).subject
    assert not re.search(r"(?i)\b(?:having|being|showing|whether|is|are)\b|\.\.\.", subject), subject
    assert subject.startswith("Freedom of Information request")


# 6. A review never asks the person to name a subject askfoi's own template lead already names (nc58 #10).

@pytest.mark.parametrize("part", [
    "Any records of the council having given the housing association any money for the cladding.",
    "Any records of the council paying the contractor for the cladding works in 2024.",
    "2. Any records of residents of Park Road being consulted before the library closed.",
])
def test_a_template_lead_with_its_subject_named_is_not_vague(part):
    from askfoi.checks import check_request

    parts = ["The number of fire risk assessments carried out in 2025.", part]
    found = check_request(part, "Birmingham City Council", parts=parts).findings
    assert not [f for f in found if f.code == "vague-scope"], [(f.code, f.suggestion[:80]) for f in found]
    vague = check_request("I want any records you have about it.", "Birmingham City Council").findings
    assert [f for f in vague if f.code == "vague-scope"]


# 7. rv58: the reply panel says how late a reply is the way its deadline is counted.

def test_the_reply_panel_counts_an_foi_reply_late_in_working_days_and_a_subject_access_one_in_calendar_days(tmp_path):
    from askfoi.models import Regime
    from askfoi.reply_flow import ReplyFlow
    from askfoi.tracking import TrackStore, days_late

    flow = ReplyFlow(today=lambda: date(2026, 12, 5), tracker=TrackStore(tmp_path / "tracked.json"))
    flow.start()
    said = flow.track("Midland Heart 01/10/2026").message
    assert "was due by Thursday 29 October 2026" in said and "25 working days late" in said, said
    assert "37 days late" not in said
    assert days_late(date(2026, 10, 29), date(2026, 12, 5), Regime.SAR) == (37, False)
