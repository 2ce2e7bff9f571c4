"""cv100 (nc100 #5, issues 8 and 9): the covert-policing advice is consistent and right. The overt re-scope the
ncnd-risk check offers is built about the force as a whole, so it keeps no covert word ("the overt use of secret
cameras") and no place only the writer knows ("on our street"); a question about the law's own rules on a tactic (who
may authorise it, the rank that must, the code of practice: RIPA 2000 and the Home Office codes, public law) is no
NCND question; what was spent on a thing named as a covert tool ("hidden cameras") is one."""

from __future__ import annotations

import re
from datetime import date

import pytest

from askfoi.checks import check_request
from askfoi.conversation import Conversation

TODAY = date(2026, 12, 7)
COVERT_WORD = re.compile(r"(?i)\b(?:secret|hidden|covert|concealed|disguised|spy)\b")
OWN_PLACE = re.compile(r"(?i)\b(?:our|my)\s+(?:street|road|house|flat|estate)\b")


def _ncnd(text: str, body: str):
    return [f for f in check_request(text, body).findings if f.code == "ncnd-risk"]


@pytest.mark.parametrize("text, body", [
    # nc100 j4's first clause, and sentences of my own with the same shape
    ("does greater manchester police hide secret cameras in lamposts on our street", "Greater Manchester Police"),
    ("does merseyside police put covert cameras on lamp posts outside my house", "Merseyside Police"),
    ("does kent police use hidden cameras near my flat", "Kent Police"),
    ("are west yorkshire police hiding concealed cameras in the bus shelters on our road", "West Yorkshire Police"),
])
def test_overt_rescope_keeps_no_covert_word_and_no_own_place(text, body):
    found = _ncnd(text, body)
    assert found
    example = re.search(r'"Please provide (.+?)"', found[0].suggestion)
    assert example, found[0].suggestion
    assert not COVERT_WORD.search(example.group(1)), example.group(1)
    assert not OWN_PLACE.search(example.group(1)), example.group(1)
    assert re.search(r"(?i)\bcameras\b", example.group(1))  # still says what it is about


@pytest.mark.parametrize("text, body", [
    ("the rank of officer who can authorise hidden cameras", "Greater Manchester Police"),  # nc100 j4 part 3
    ("whos allowed to authorise covert surveillance", "Greater Manchester Police"),
    ("what rank of officer must authorise the use of informants", "Essex Police"),
    ("who is allowed to authorise the use of drones for covert surveillance", "Kent Police"),
    ("the code of practice on covert surveillance", "Merseyside Police"),
])
def test_the_laws_own_rules_on_a_tactic_are_not_warned(text, body):
    assert not _ncnd(text, body)


@pytest.mark.parametrize("text, body", [
    ("how much did they spend on hidden cameras since 2022", "Greater Manchester Police"),  # nc100 j4 part 2
    ("what did merseyside police pay for secret cameras last year", "Merseyside Police"),
    ("how much has kent police spent on spy cameras since 2020", "Kent Police"),
    ("how many hidden cameras has essex police bought", "Essex Police"),
])
def test_spend_on_a_covert_tool_is_warned(text, body):
    assert _ncnd(text, body)


@pytest.mark.parametrize("text, body", [
    ("how much did west midlands police spend on cctv cameras in 2024", "West Midlands Police"),
    ("how much did kent police spend on drones last year", "Kent Police"),
    ("how many drones does essex police have", "Essex Police"),
    ("the policy on the overt use of cameras on lamp posts", "Greater Manchester Police"),
])
def test_guard_overt_questions_are_not_warned(text, body):
    assert not _ncnd(text, body)


@pytest.mark.parametrize("text, body", [
    # one operation's authorisation is still the covert question, and so is use
    ("who authorised the hidden cameras on our street", "Greater Manchester Police"),
    ("does essex police use facial recognition on body worn cameras, including covertly, and which companies supply "
     "it?", "Essex Police"),  # issue 8's exemplar
    ("how many undercover officers does the met have", "Metropolitan Police Service"),
])
def test_guard_covert_questions_are_still_warned(text, body):
    found = _ncnd(text, body)
    assert found
    assert "overt use of covertly" not in found[0].suggestion


def test_guard_a_tactic_with_no_overt_use_keeps_its_name():
    found = _ncnd("how many undercover officers does the met have", "Metropolitan Police Service")
    assert "undercover" in " ".join(f.suggestion + f.message for f in found)


def test_nc100_j4_review_warns_the_spend_and_not_the_rank():
    conv = Conversation(today=lambda: TODAY)
    conv.start()
    # "yes": "who's" for "whos" (offered first); "ok": the force; "ok": the period read from the message
    for said in ("hiya does greater manchester police hide secret cameras in lamposts on our street? how much did "
                 "they spend on hidden cameras since 2022, and whos allowed to authorise it", "yes", "ok", "ok",
                 "edit 3 the rank of officer who can authorise hidden cameras", "ok"):
        conv.reply(said)
    parts = conv.session.parts
    # the clause after it no longer spoils the spend part's framing nor its period (nc100 j4: "How much did you spend
    # on hidden cameras since 2022?" kept raw, and the period asked again)
    assert any(re.match(r"(?i)the total amount spent on hidden cameras", p) for p in parts), parts
    assert conv.session.period.startswith("1 January 2022"), conv.session.period
    spend = next(k for k, p in enumerate(parts, 1) if re.search(r"(?i)\bspen[dt]\b", p))
    rank = next(k for k, p in enumerate(parts, 1) if re.search(r"(?i)\brank\b", p))
    points = [f for f in conv._findings() if f.code == "ncnd-risk"]
    named = set()
    for f in points:
        if f.part:
            named.add(f.part)
        head = re.search(r"\bparts? ([\d, and]+) will probably", f.message) or re.match(r"^Parts? ([\d, and]+):", f.message)
        if head:
            named |= {int(n) for n in re.findall(r"\d+", head.group(1))}
    assert spend in named, [f.message for f in points]
    assert rank not in named, [f.message for f in points]
    for f in points:
        example = re.search(r'"Please provide (.+?)"', f.suggestion or "")
        if example:
            assert not COVERT_WORD.search(example.group(1)) and not OWN_PLACE.search(example.group(1))


@pytest.mark.parametrize("text", [
    "how much did they spend on hidden cameras since 2022, and whos allowed to authorise it",
    "whos in charge of the drone unit at kent police",
])
def test_whos_is_offered_as_whos_with_its_apostrophe(text):
    from askfoi.word_slips import typed_slips

    assert ("whos", "who's") in typed_slips(text)


def test_guard_whose_is_not_offered_a_change():
    from askfoi.word_slips import typed_slips

    assert not any(t == "whose" for t, _ in typed_slips("whose job is it to authorise drones"))
