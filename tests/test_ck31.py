"""ck31: the newcomer's defects (nu33 #2, #11, #12 match, hospitals, SAR items, /save, FOISA s15), as classes.
Invented sentences only."""

from __future__ import annotations

from datetime import date

import pytest

from askfoi.checks import check_request
from askfoi.framing import frame_message

TODAY = date(2026, 12, 3)


# --- nu33 #2: overt live facial recognition is answered; only covert use invites NCND ----------------------------

OVERT_USE = [
    "does the met police use live facial recognition",
    "does south wales police use live facial recognition at football matches",
    "do essex police use live facial recognition cameras in chelmsford",
    "is live facial recognition used by west midlands police",
]


@pytest.mark.parametrize("text", OVERT_USE)
def test_asking_whether_a_force_uses_lfr_is_warned_with_the_overt_frames(text):
    # fc49 (the lead's decision, session 44, issues 8.3 and 9.3): whether a force uses live facial recognition asks about
    # covert use unless limited to overt use (ck31 had offered an overt limit and said it "should be answered")
    f = frame_message(text, today=TODAY)
    codes = [x.code for x in f.findings]
    assert "ncnd-risk" in codes and "overt-limit" not in codes
    assert any("overt" in r.text for p in f.parts for r in p.replacements)


@pytest.mark.parametrize("text", [
    "how many times have south wales police deployed LFR at football matches",
    "how many times did the met use live facial recognition vans in 2025",
    "how many people were arrested after a live facial recognition alert in 2025, metropolitan police",
])
def test_counts_of_overt_deployments_get_no_warning(text):
    f = frame_message(text, today=TODAY)
    assert f.parts and not any(p.warning for p in f.parts)
    assert "ncnd-risk" not in [x.code for x in f.findings]
    assert not any("overt arrests" in p.text or "overt people" in p.text for p in f.parts)


@pytest.mark.parametrize("text", [
    "does the met use covert facial recognition",
    "does the met use facial recognition to track protesters",
    "do they use facial recognition secretly on cctv footage, met police",
])
def test_covert_facial_recognition_is_still_warned(text):
    f = frame_message(text, today=TODAY)
    assert "ncnd-risk" in [x.code for x in f.findings]


def test_a_mixed_message_warns_only_the_covert_parts():
    # fc49: the use of live facial recognition is warned too (the lead's decision); the count of people flagged is not
    f = frame_message("does the met police use live facial recognition, how many times was it used in 2025 and how "
                      "many people were wrongly flagged? also do they use covert facial recognition from cctv", today=TODAY)
    warned = [p for p in f.parts if p.warning]
    assert any("cctv" in p.source.lower() for p in warned)
    assert any("wrongly flagged" in p.text.lower() and not p.warning for p in f.parts)


@pytest.mark.parametrize("text", [
    "Does the Metropolitan Police use live facial recognition?",
    "Has South Wales Police deployed live facial recognition at football matches?",
    "Is live facial recognition used by Essex Police?",
])
def test_check_warns_the_use_of_lfr_not_limited_to_overt_use(text):
    # fc49 (the lead's decision, session 44): the check reads the one decision the forecast reads
    codes = {f.code: f.severity for f in check_request(text, "Metropolitan Police Service").findings}
    assert codes.get("ncnd-risk") == "high" and "overt-limit" not in codes


@pytest.mark.parametrize("text", [
    "Does the Metropolitan Police use covert facial recognition?",
    "Does the Met use live facial recognition to monitor protesters?",
])
def test_check_still_warns_covert_facial_recognition(text):
    codes = {f.code for f in check_request(text, "Metropolitan Police Service").findings}
    assert "ncnd-risk" in codes and "overt-limit" not in codes


async def test_chat_keeps_the_lfr_question_at_80x24(tmp_path):
    from askfoi.session import MemoryStore
    from askfoi.tui.app import AskFOIApp
    from askfoi.tui.chat import Bubble
    from _pilot import say, settle

    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, store=MemoryStore())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await say(pilot, "does the met police use live facial recognition and how many arrests came from it in 2025")
        parts = app.conversation.session.parts
        assert parts and "facial recognition" in parts[0].lower() and "overt use" not in parts[0]
        assert not any("overt arrests" in p for p in parts)
        said = " ".join(str(b.message.text) for b in app.query(Bubble) if b.message.role == "bot")
        # fc49 (the lead's decision, session 44): the use of live facial recognition is warned, never offered as overt
        assert "limit the part to overt use" not in said


# --- nu33 #11: a child's identity is always Serious; named staff get the s40(2) finding; fixes stay on topic -------

def _codes(text: str, body: str = "Croydon Council") -> dict[str, str]:
    return {f.code: f.severity for f in check_request(text, body).findings}


@pytest.mark.parametrize("text", [
    "My name is Gary Thompson and my son Jake (DOB 04/05/2012) was excluded from Addington High School in March. "
    "How many pupils were excluded from Addington High School in 2025?",
    "My son Liam Carter, date of birth 12/03/2016, attends Oakfield Primary. Please send the behaviour policy.",
    "My client's son Tom, born 3 June 2015, was refused a place. How many school place appeals succeeded in 2025?",
    "our son Harry's EHCP took 40 weeks. How many EHCPs were issued late in 2025?",
    "Please send the minutes of Jake's exclusion panel at Addington High School in 2025.",
    "our 9 year old daughter Amy was bitten by a dog at the park. How many dog bites were reported in 2025?",
])
def test_a_childs_identity_in_a_published_request_is_serious(text):
    assert _codes(text).get("child-identity") == "high"


@pytest.mark.parametrize("text", [
    "How many pupils were excluded from Addington High School in 2024?",
    "Please provide the number of children's dates of birth recorded wrongly in 2024.",
    "How many sons and daughters of council staff were given places in 2025?",
    "My son was excluded last year. How many pupils were excluded in 2025?",
])
def test_no_child_named_no_child_identity(text):
    assert "child-identity" not in _codes(text)


@pytest.mark.parametrize("text,severity", [
    ("Please send any complaints made about the head teacher Mrs Patel in 2025.", "high"),
    ("Please send the notes the social worker Mr Jones wrote about my daughter in 2025.", "high"),
    ("Please send emails from Mrs Patel, the head teacher, about the uniform policy in 2025.", "medium"),
    ("Please send the names of the governors who sat on the exclusion panel in March 2025.", "high"),
])
def test_named_staff_get_the_section_40_finding(text, severity):
    found = [f for f in check_request(text, "Croydon Council").findings if f.code == "third-party-personal-data"]
    assert found and found[0].severity == severity and "40(2)" in found[0].message


def test_the_draft_check_names_the_body_as_it_names_itself_and_stays_on_topic():
    from askfoi.commands.check import format_plain

    text = ("my son Jake (DOB 04/05/2012) was excluded from Addington High School in March. Please send me all "
            "information you hold about exclusions at Addington High School, the names of the governors who sat on "
            "the exclusion panel and any emails about exclusions.")
    out = format_plain(check_request(text, "Croydon Council"), True)
    assert "London Borough of Croydon" in out and "Croydon Borough Council" not in out
    assert "highways" not in out and "total spent on exclusions" not in out and "misconduct" not in out
    assert out.index("identifies a child") < out.index("Worth fixing")


# --- hospitals named as people name them: the HSC trust, the health board, the trust; never the city council -----

@pytest.mark.parametrize("text,body", [
    ("how many patients waited over 4 hours in a&e at the royal in belfast in 2025", "Belfast Health and Social Care Trust"),
    ("how many people waited at the royal victoria hospital in belfast in 2025", "Belfast Health and Social Care Trust"),
    ("how many patients waited over 12 hours at the ulster hospital in 2025", "South Eastern Health and Social Care Trust"),
    ("how many operations were cancelled at altnagelvin in 2025", "Western Health and Social Care Trust"),
    ("how many beds were closed at craigavon area hospital in 2025", "Southern Health and Social Care Trust"),
    ("how many patients waited over 4 hours at aberdeen royal infirmary last year", "NHS Grampian"),
    ("how many beds were closed at the royal infirmary in aberdeen in 2025", "NHS Grampian"),
    ("how many operations were cancelled at ninewells in 2025", "NHS Tayside"),
    ("how many patients waited over 4 hours at raigmore in 2025", "NHS Highland"),
    ("how many patients waited over 4 hours at the royal in liverpool in 2025", "Liverpool University Hospitals NHS Foundation Trust"),
])
def test_hospitals_named_as_people_name_them_go_to_their_health_body(text, body):
    f = frame_message(text, today=TODAY)
    assert f.authority is not None and f.authority.name == body
    assert "council" not in f.authority.name.lower()


@pytest.mark.parametrize("text,body", [
    ("how many students at ulster university were from abroad in 2025", "University of Ulster"),
    ("how many events were held at the royal victoria park in belfast in 2025", "Belfast City Council"),
])
def test_places_that_are_no_hospital_keep_their_body(text, body):
    f = frame_message(text, today=TODAY)
    assert f.authority is not None and f.authority.name == body


def test_every_hand_listed_health_body_has_a_public_source_and_is_known():
    from askfoi.authorities import resolve_authority
    from askfoi.knowledge import load_vocab

    data, _ = load_vocab("hospital_sites")
    for trust in data["trusts"]:
        assert str(trust.get("source", "")).startswith("http"), trust["trust"]
        found = resolve_authority(trust["trust"])
        assert found is not None and found.known and found.type.value == "nhs", trust["trust"]


# --- nu33 #12 (match): ranked by what is asked; "no close match"; never "not held (+NCND)" ---------------------

def _listed(text: str, authority: str | None = None, top: int = 4):
    from askfoi.matching import get_matcher

    return get_matcher().match(text, authority, top=top)


@pytest.mark.parametrize("text,authority,word", [
    ("total spent on consultants by bristol city council in 2024/25", None, "consultant"),
    ("total spent on consultants in 2024/25", "Bristol City Council", "consultant"),
    ("how many fines did essex police issue for e-scooters in 2025", None, "scooter"),
    ("how many knife crimes were recorded in lewisham in 2025", None, "knife"),
])
def test_similar_responses_are_about_what_is_asked_not_who_is_asked(text, authority, word):
    result = _listed(text, authority)
    assert result.similar
    assert all(word in (s.title or "").lower() or word in (s.title or "").lower().replace("-", "") for s in result.similar)


@pytest.mark.parametrize("text", [
    "how many unicorns were counted in bristol city council parks in 2024",
    "how many dragons were seen over leeds city council land in 2025",
])
def test_nothing_similar_says_no_close_match(text):
    result = _listed(text)
    assert not result.similar
    assert "no close match" in result.forecast.summary.lower()


def test_a_part_ncnd_record_is_labelled_without_contradiction():
    from askfoi.commands.match import _label
    from askfoi.matching import SimilarResponse
    from askfoi.models import Outcome

    row = SimilarResponse(id="x", authority="A", title="t", outcome=Outcome.not_held, ncnd=True, sections=[],
                          score=0.5, url="", date=None)
    label = _label(row)
    assert "information not held" not in label and "+NCND" not in label
    assert "not held" in label and "NCND" in label
    given = _label(row.model_copy(update={"outcome": Outcome.disclosed}))
    assert given.startswith("information given") and "part NCND" in given


# --- other faults: SAR items as requests for records; social-care identifiers; /save unsigned; FOISA s15 ---------

@pytest.mark.parametrize("text,want,never", [
    ("i want a copy of my social services file from birmingham council, they took notes about my kids and i want to "
     "see what they wrote about me", ["The notes you took about my children", "Any record of what you wrote about me"],
     ["Took notes", "What they wrote"]),
    ("can i get my social care records from leeds council, they visited us loads in 2019 and wrote stuff about my son",
     ["The records you wrote about my son"], ["and wrote stuff"]),
    ("i want my records from the council, they did an assessment on me in 2021",
     ["The assessment you made on me in 2021"], ["Did an assessment"]),
    ("i want my file from kent social services and what the school told them about my daughter",
     ["Any record of what the school told them about my daughter"], []),
])
def test_sar_fragments_become_requests_for_records(text, want, never):
    from askfoi.sar_items import sar_items

    items = sar_items(text)
    for w in want:
        assert w in items, items
    assert not any(n.lower() in i.lower() for n in never for i in items if n)


def _sar_letter(message: str) -> str:
    from askfoi.conversation import Conversation

    c = Conversation(today=lambda: TODAY)
    c.start()
    for answer in (message, "ok", "ok", "ok", "Lisa Brown", "skip"):
        c.reply(answer)
    return c.letter_text()


def test_a_social_care_sar_carries_what_the_search_needs_and_the_childrens_note():
    letter = _sar_letter("i want a copy of my social services file from birmingham council, they took notes about my "
                         "kids and i want to see what they wrote about me")
    assert "[DATE OF BIRTH]" in letter and "[PAST ADDRESSES]" in letter and "SOCIAL WORKER" in letter
    assert "on my children's behalf" in letter


def test_a_sar_that_is_not_social_care_adds_no_blanks():
    letter = _sar_letter("i want the cctv of my arrest by kent police on 3 march 2026")
    assert "[PAST ADDRESSES]" not in letter and "children" not in letter.lower()


async def test_chat_says_why_a_social_care_sar_needs_identifiers_at_80x24(tmp_path):
    from askfoi.session import MemoryStore
    from askfoi.tui.app import AskFOIApp
    from askfoi.tui.chat import Bubble
    from _pilot import say, settle

    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, store=MemoryStore())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await say(pilot, "can i see my social care records from leeds council, they wrote stuff about my son")
        said = " ".join(str(b.message.text) for b in app.query(Bubble) if b.message.role == "bot")
        assert "date of birth" in said and "not published" in said and "on their behalf" in said


@pytest.mark.parametrize("message,answers", [
    ("how many times did yorkshire water discharge sewage into the river wharfe in 2025", ("ok", "ok")),
    ("how many potholes were reported to leeds city council in 2025", ()),
    ("i want a copy of my social services file from birmingham council", ("ok",)),
])
async def test_save_before_the_name_step_says_the_letter_is_not_signed_at_80x24(tmp_path, message, answers):
    from askfoi.session import MemoryStore
    from askfoi.tui.app import AskFOIApp
    from askfoi.tui.chat import Bubble
    from _pilot import say, settle

    app = AskFOIApp(today=lambda: TODAY, save_folder=tmp_path, store=MemoryStore())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await say(pilot, message, *answers, "/save")
        last = [b.message.text for b in app.query(Bubble) if b.message.role == "bot"][-1]
        assert "Saved the letter" in last and "not signed yet" in last


def test_save_after_the_name_is_signed():
    from askfoi.conversation import Conversation

    c = Conversation(today=lambda: TODAY)
    c.start()
    for answer in ("how many times did yorkshire water discharge sewage into the river wharfe in 2025", "ok", "ok",
                   "ok", "ok", "skip", "Dave Wood"):
        c.reply(answer)
    assert c.session.requester_name == "Dave Wood"
    assert "unsigned" not in c.letter_gaps() and "name" not in c.letter_gaps()


@pytest.mark.parametrize("text,foia,foisa", [
    ("If this exceeds the cost limit please advise me under section 16 how to narrow it. How many operations were "
     "cancelled in 2025?", "16", "15"),
    ("Please give me advice and assistance (s.16) if the request is too broad. How many beds closed in 2025?", "16", "15"),
    ("If you withhold names under section 40 because they are personal data, please redact them. How many staff "
     "left in 2025?", "40", "38"),
])
def test_a_foisa_draft_is_told_foisas_own_section(text, foia, foisa):
    found = [f for f in check_request(text, "NHS Lothian").findings if f.code == "foisa-section"]
    assert found and f"section {foisa}" in found[0].message and f"section {foia}" in found[0].message


@pytest.mark.parametrize("text,body", [
    ("Please send a refusal notice under section 16 if you refuse. How many beds closed in 2025?", "NHS Lothian"),
    ("If this exceeds the cost limit please advise me under section 16 how to narrow it. How many beds closed in "
     "2025?", "Leeds Teaching Hospitals NHS Trust"),
    ("Please advise me under section 15 of the Freedom of Information (Scotland) Act 2002 how to narrow it. How many "
     "beds closed in 2025?", "NHS Lothian"),
])
def test_no_foisa_section_finding_where_the_number_is_right(text, body):
    assert "foisa-section" not in {f.code for f in check_request(text, body).findings}
