"""nx70 (nc67 #13): a subject access letter's reference blank follows the service the records are about (a school
transport application or pupil reference, a tenancy reference, a council tax account number, a hospital number beside
the NHS number), never always "a council tax or housing reference" (knowledge/vocab/sar_identifiers.yaml services).
Messages written the way people type (bench/nx70_messages/c3_sar_reference.txt)."""
import re

import pytest

from askfoi.conversation import Conversation
from askfoi.letter import _sar_identifiers
from askfoi.authorities import resolve_authority


def _reference_line(message: str, body: str) -> str:
    conv = Conversation()
    conv.start()
    conv.reply(message)
    if not conv.session.authority:
        conv.reply(body)
    m = re.search(r"To help you find .*", conv.letter_text() or "")
    return m.group(0) if m else ""


@pytest.mark.parametrize("message, body, reference", [
    ("i want everything cardiff council has on my sons school transport application, he was refused a taxi",
     "Cardiff Council", "school transport application or pupil reference"),
    ("can i get all the records the council holds about my tenancy, they keep ignoring my repair requests",
     "Leeds City Council", "tenancy or housing reference"),
    ("i want a copy of all my council tax records from bristol council, they say i owe money", "Bristol City Council",
     "council tax account number"),
    ("i want my records from st thomas hospital, i was in a&e in june", "Guy's and St Thomas' NHS Foundation Trust",
     "hospital number"),
])
def test_the_reference_asked_for_follows_the_service(message, body, reference):
    line = _reference_line(message, body)
    assert reference in line
    assert "for example a council tax or housing reference" not in line


def test_no_service_named_keeps_the_general_reference():
    council = resolve_authority("Leeds City Council")
    labels = [i["label"] for i in _sar_identifiers(council, "All the personal data you hold about me.")]
    assert any("reference number with the council" in label for label in labels)
    nhs = resolve_authority("Guy's and St Thomas' NHS Foundation Trust")
    assert not any("hospital number" in i["label"] for i in _sar_identifiers(nhs, "All the personal data you hold about me."))
