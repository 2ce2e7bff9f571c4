"""cx41 (issue 8): parts rendered from frames read as a careful FOI officer would write them.

Each test is a property of the framing of a message written the way people write; the excerpts are short and are
my own wording unless marked (fx41 addresses: tests/data/fx41_addresses.jsonl)."""
from __future__ import annotations

import re
from datetime import date

import pytest

from askfoi.framing import Frame, Qualifiers, covert_replacements, frame_message, render_frame

TODAY = date(2026, 11, 30)


def _parts(text: str, authority: str | None = None) -> list[str]:
    return [p.text for p in frame_message(text, authority, today=TODAY).parts]


_USE_TWICE = re.compile(r"(?i)\buse\s+of\s+(?:the\s+)?(?:use|usage)\s+of\b|\bof\s+use\s+of\b")


# --- session37 open fault: policy.j2 wrote "the overt use of the use of X" --------------------------------------

def test_policy_on_overt_use_says_use_once_real_path():
    parts = _parts("does essex police have a policy on the use of facial recognition")
    assert parts, parts
    assert not any(_USE_TWICE.search(p) for p in parts), parts
    assert any("facial recognition" in p for p in parts), parts


def test_policy_frame_with_use_subject_renders_use_once():
    frame = Frame(kind="policy", subject="the use of live facial recognition", qualifiers=Qualifiers(overt=True))
    text = render_frame(frame)
    assert not _USE_TWICE.search(text), text
    assert re.search(r"(?i)overt use of live facial recognition", text), text


def test_covert_replacements_are_about_the_thing_used():
    frame = Frame(kind="count", subject="use of live facial recognition", qualifiers=Qualifiers(covert=True),
                  source="how many times did they use live facial recognition covertly")
    texts = [f.text for f in covert_replacements(frame)]
    assert texts
    assert not any(_USE_TWICE.search(t) for t in texts), texts
    assert not any(re.search(r"(?i)\b(?:on|for|of)\s+use\s+of\b", t) for t in texts), texts


# --- a lead-in's words of asking never reach its items (fx41-09: "... to date – can you please tell us:") ------------

def test_lead_in_after_a_dash_asks_nothing_of_its_items():
    text = ("For the financial years 2021-22 and 2022-23 – can you please tell us:\n"
            "1. How many fixed speed cameras are in your force area?\n"
            "2. How much revenue was raised from the mobile speed camera sites?")
    parts = _parts(text, "Kent Police")
    assert len(parts) == 2, parts
    assert not any(re.search(r"(?i)\btell\s+us\b|\bcan\s+you\b", p) for p in parts), parts
    assert any("fixed speed cameras" in p for p in parts) and any("mobile speed camera" in p for p in parts), parts


# --- "1/ ... 2/ ... 3/": a slash after the number labels the item (fx41-36) ------------------------------------------

def test_slash_numbered_items_are_parts_without_their_labels():
    text = ("Of 999 calls reporting burglary:\n"
            "1/ Please provide the average time taken to attend for each year from 2019.\n"
            "2/ Please provide the number of occasions police did not attend.\n"
            "3/ Please provide the longest time taken to attend.")
    framing = frame_message(text, "Kent Police", today=TODAY)
    parts = [p.text for p in framing.parts]
    assert len(parts) == 3, (parts, framing.questions)
    assert not any(re.match(r"\s*\d/", p) for p in parts), parts
    assert not any(re.search(r"\b[123]/\s", q) for q in framing.questions), framing.questions


# --- a sentence that only makes the request is never asked back (fx41-06, fx41-07, fx41-25) ----------------------------

@pytest.mark.parametrize("preface", [
    "Please can you help me with the following FOI request?",
    "Under the freedom of information act, may I request some details about the play areas?",
])
def test_request_preface_is_not_asked_back(preface):
    text = (f"Dear North Herts Council,\n{preface}\n"
            "1) How many play areas does the council operate?\n"
            "2) How many play areas were sold in 2023?")
    framing = frame_message(text, today=TODAY)
    assert len(framing.parts) == 2, [p.text for p in framing.parts]
    assert not any(preface.split()[1] in q and "ask about" in q for q in framing.questions), framing.questions
    assert not any("help me" in q or "request some details" in q for q in framing.questions), framing.questions


# --- session37 open fault: "…? How much was saved?" joined to the part before --------------------------------------

@pytest.mark.parametrize("text", [
    "how many libraries were closed in swindon in 2023? how much was saved?",
    "how many libraries has swindon council closed since 2020? and how much money did that save",
    "How many public toilets have been closed since 2019? How much has been saved?",
])
def test_bare_how_much_saved_is_its_own_part_about_the_act_before(text):
    parts = _parts(text)
    assert len(parts) == 2, parts
    first, second = parts
    assert "saved" not in first.lower() and "save" not in first.lower(), parts
    assert re.search(r"(?i)\bsavings?\b", second), parts
    assert re.search(r"(?i)\bclos(?:ing|ure)", second) and re.search(r"(?i)librar|toilet", second), parts
    assert not re.search(r"(?i)\b(?:that|it|this)\b\W*$", second), parts


# --- session37 open fault: "who decides" lost after "which roads get gritted" -------------------------------------

def test_who_decides_after_a_list_asks_for_the_records_of_who_decides():
    framing = frame_message("which roads does swindon council grit and who decides", today=TODAY)
    parts = [p.text for p in framing.parts]
    assert len(parts) == 2, (parts, framing.questions)
    assert any(re.search(r"(?i)\bdecid|decision", p) and re.search(r"(?i)\broads?\b", p) for p in parts), parts
    assert not any("who decides" in q for q in framing.questions), framing.questions


# --- a list item never takes the greeting, the story or the lead-in before it (fx41-21) -----------------------------

def test_list_items_do_not_take_the_greeting_and_story_before_them():
    text = ("Dear Leeds City Council,\n"
            "Since last spring a number of roads in the city have been closed to through traffic.\n"
            "I would like to know the following please:\n"
            "1a. The rationale behind these closures\n"
            "1b. All names of roads closed to traffic\n"
            "2. Total number of additional roads in review for closure\n"
            "Yours faithfully,\nMiss A")
    parts = [p.text for p in frame_message(text, today=TODAY).parts]
    assert parts
    assert not any(re.search(r"(?i)\bdear\b|\bsince last spring\b|\bi would like to know\b", p) for p in parts), parts
    assert not any(p.startswith(("1a", "1b", "2.")) for p in parts), parts


# --- lines that name records, or ask "if X", are asks, never story (fx41-01: 5 of 8 asks lost) ------------------------

def test_record_lines_and_if_lines_are_asks_not_story():
    from askfoi.sentence_acts import sentence_act

    assert sentence_act("The number of CCTV cameras installed in public areas which are operated by the council.") == "records"
    assert sentence_act("The location/address of the Council's main monitoring station.") == "records"
    assert sentence_act("If there is a database or list of locations of installed cameras.") == "records"
    assert sentence_act("If the scheme is subcontracted, the names of the companies and the annual costs paid.") == "records"
    assert sentence_act("If I had known the road would flood I would never have bought the house.") != "records"


def test_plain_lines_of_asks_are_all_parts():
    text = ("The number of CCTV cameras in public areas which are operated by Swansea Council.\n"
            "How many staff are involved in monitoring the CCTV feeds.\n"
            "If any of the council's cameras record sound.\n"
            "The location of the council's main monitoring station.\n"
            "What is the retention period of the images recorded.")
    framing = frame_message(text, today=TODAY)
    joined = " ".join(p.text.lower() for p in framing.parts)
    assert len(framing.parts) == 5, [p.text for p in framing.parts]
    for word in ("cameras", "staff", "sound", "monitoring station", "retention"):
        assert word in joined, (word, [p.text for p in framing.parts])


def test_if_condition_before_what_is_wanted_is_not_turned_into_whether():
    text = ("How many staff are involved in monitoring the CCTV feeds?\n"
            "If the CCTV scheme is subcontracted, the names of the companies subcontracted to.")
    parts = _parts(text, "Swansea Council")
    assert any("names of the companies" in p for p in parts), parts
    assert not any(re.search(r"(?i)records of the cctv scheme being|whether the cctv scheme is subcontracted, the names", p)
                   for p in parts), parts


def test_if_line_put_to_other_readers_is_not_an_ask():
    from askfoi.sentence_acts import sentence_act

    assert sentence_act("If anyone has experienced this type of situation; please help!") != "records"


# --- "How many and which X ..." is one question (fx41-05: its "how many" was glued onto the question before) ----------

def test_coordinated_question_words_open_one_question():
    from askfoi.questions import read_message

    text = ("What is the budget for supported bus services as a percentage of the total transport budget?\n"
            "How many and which supported routes have had cuts in services in 2013/14?")
    qs = read_message(text).questions
    assert len(qs) == 2, qs
    assert not re.search(r"(?i)and how many\W*$", qs[0]), qs
    assert re.match(r"(?i)how many and which supported routes", qs[1]), qs


# --- a note taken out of an item leaves no mark standing alone (fx41-25: "... sold for? .") -------------------------

def test_note_taken_out_of_an_item_leaves_no_stray_mark():
    text = ("Please send me:\n"
            "1. How many children's playgrounds were managed by the council in each year from 2001-2021?\n"
            "2. How many children's playgrounds have been sold off since 2001-21, who were the buyers and how much "
            "were they sold for?\n"
            "I would like the above information to be provided to me as electronic copies")
    parts = _parts(text, "Barnet Council")
    assert parts
    assert not any(re.search(r"\s[.;,:]+\s*$|[?.!]\s+[.;,]", p) for p in parts), parts
