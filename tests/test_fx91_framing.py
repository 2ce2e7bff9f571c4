"""fx91 (issue 8): framing real first messages - classes seen in fx88's set (tuning from session 59), tried on messages
in other words: a follow-up that names the writer's own request or appeal ("my request for information", "should my
appeal be rejected") is no subject access; "+" at a line's front is a bullet; a list lead's greeting or condition does
not make it a lead that scopes its items (the items stay parts of their own); a participle after an "of" noun ("the
number of PCNs issued using ...") and a clause after "regarding" stay inside an item's noun phrase; "please send with
your response X" asks for X."""

import re
from datetime import date

from askfoi.checks import check_request
from askfoi.framing import frame_message
from askfoi.list_roles import noun_phrase_item
from askfoi.part_roles import main_clause

TODAY = date(2026, 12, 5)


def _frame(text):
    return frame_message(text, today=TODAY)


def _own_data(text):
    return [f for f in check_request(text).findings if f.code == "own-personal-data"]


def test_the_writers_own_request_or_appeal_is_no_subject_access():
    for text in ("Thank you for your response to my request for information. Please could you now send the noise "
                 "monitoring results for 2019?",
                 "I would like the following information should my appeal be rejected: the number of penalty notices "
                 "issued by the camera on Mill Road in 2024.",
                 "If my appeal fails, please send me the maintenance records of the bus lane camera on King Street.",
                 "When my complaint was refused I wondered how often this happens. How many parking complaints did "
                 "you refuse in 2023?"):
        assert not _own_data(text), text
    # guards (pass on main too): a record about the writer is still subject access
    for text in ("Please send me a copy of my appeal file.", "If my appeal fails, please send me my appeal file."):
        assert _own_data(text), text


def test_a_plus_bullet_list_after_a_lead_makes_one_part_per_item():
    cases = ("Dear Transport for London, I also request the following information should my appeal be rejected:\n"
             "+ The instruction manual of the camera on Oxford Street.\n"
             "+ The number of penalty notices issued in Oxford Street in 2024",
             "Dear Bristol City Council, please send the following:\n+ The bus lane enforcement policy.\n"
             "+ The number of bus lane fines issued in 2023",
             "Dear Kent County Council, I would like the following information:\n"
             "+ The gritting routes for Canterbury.\n+ The amount of salt used in winter 2023")
    for text in cases:
        fr = _frame(text)
        assert fr.route == "foi", text
        assert len(fr.parts) == 2, (text, [p.text for p in fr.parts])
        assert not any("appeal" in p.text.lower() for p in fr.parts), [p.text for p in fr.parts]


def test_a_greeting_before_a_bare_lead_keeps_its_items_apart():
    cases = ("Dear Transport for London, I would like the following information:\n- The instruction manual of the "
             "camera on Oxford Street.\n- The dates the red route markings in Oxford Street were inspected.",
             "Hello Sheffield City Council, I wish to request the following:\n- The tree felling policy.\n"
             "- The number of street trees felled in 2022.")
    for text in cases:
        fr = _frame(text)
        assert len(fr.parts) == 2, (text, [p.text for p in fr.parts])
    # guard (passes on main too): a lead that says what its items are about still reaches them
    fr = _frame("For each school in Leeds, please provide the following:\n- the number of pupils\n"
                "- the number of teachers")
    assert len(fr.parts) == 2 and all("each school" in p.text.lower() for p in fr.parts), [p.text for p in fr.parts]


def test_a_participle_or_a_regarding_clause_stays_in_the_items_noun_phrase():
    assert not main_clause("The manual as well as the number of PCNs issued using the camera on Oxford Street.")
    assert not main_clause("The list of Councillors elected in 2022.")
    assert noun_phrase_item("Road maintenance logs and information regarding the time the red route markings were "
                            "inspected and if necessary, re-painted")
    assert noun_phrase_item("Tree inspection records showing when the oak trees on Elm Road were last checked")
    # guards (pass on main too): a sentence that tells stays a statement
    assert main_clause("The Chair of Governors decided that the school would close.")
    assert not noun_phrase_item("The library was closed")
    assert not noun_phrase_item("The cost of the scheme was 3m")
    for text in ("Dear Transport for London, please send me the manual as well as the number of PCNs issued using the "
                 "camera on Oxford Street.",
                 "Dear Transport for London, I would like the following information:\n- The camera safety logs.\n"
                 "- Road maintenance logs and information regarding the time the red route markings on Oxford Street "
                 "were inspected and, if necessary, re-painted"):
        fr = _frame(text)
        assert any("pcn" in p.text.lower() or "road maintenance" in p.text.lower() for p in fr.parts), \
            (text, [p.text for p in fr.parts])


def test_send_with_your_response_asks_the_thing_sent():
    for text in ("Dear Transport for London, please send with your response a copy of the traffic order for Oxford "
                 "Street.",
                 "Dear Leeds City Council, could you provide along with your reply the minutes of the planning "
                 "committee of 3 May 2024?",
                 "Dear Kent Police, please supply with your answer the force's drone policy."):
        fr = _frame(text)
        assert fr.parts, text
        assert not any(re.search(r"(?i)\b(?:your|with)\s+(?:response|reply|answer)\b", p.text) for p in fr.parts), \
            [p.text for p in fr.parts]
