"""fx64 (issue 8): questions of a real first message lost or left with asking words in front, by class (fx61's faults
on tuning messages): "could I please/further have ..." read as advice to the person, "could I have sight of" read as a
hypothetical, labels typed as bare numbers ("1 Copy of ... 2 Copy of ..."), a lead-in ended ":-", a list whose first
item has no label ("...? (b) ...? (c) ...?"), the person's own rights asked (advice, set aside, never kept as a part),
the formal "I would request that under FOI you furnish me with" and "Please detail". Shapes from real first messages
(fx61, fx55, fx58 tuning), written afresh here."""

import re
from datetime import date

from askfoi.framing import frame_message

TODAY = date(2026, 12, 5)


def _frame(text: str):
    return frame_message(text, today=TODAY)


def _parts(text: str) -> list[str]:
    return [p.text for p in _frame(text).parts]


_ASKING_FRONT = re.compile(r"(?i)^\W*(?:could|can|would|may)\s+(?:i|you|we)\b|^\W*i\s+would\s+request\b|^\W*please\s+detail\b")


def test_each_could_i_have_question_is_a_part_never_advice_to_the_person():
    framing = _frame(
        "Could I please have sight of all correspondence between the Minister for Transport and the company Harbour "
        "Ferries Ltd?\n"
        "Could I further have any correspondence from or to the Minister that relates to Oban pier?\n"
        "Finally, could I have sight of any correspondence between the Scottish Government and Alan Reid?")
    parts = [p.text for p in framing.parts]
    assert len(parts) == 3, parts
    joined = " ".join(parts)
    for said in ("Harbour Ferries", "Oban pier", "Alan Reid"):
        assert said in joined, parts
    for part in parts:
        assert not _ASKING_FRONT.match(part), part
    assert not any(f.code == "not-recorded-information" for f in framing.findings), \
        [getattr(f, "message", "") for f in framing.findings]


def test_bare_number_labels_make_a_list_and_never_stay_in_a_part():
    parts = _parts(
        "1 Copy of the email between the head of planning and the owner of the quarry. 2 Copy of the advice the "
        "council's lawyer gave the head of planning. 3 Job title and job description of the lawyer. 4 How many "
        "planning enforcement notices the council issued to quarries in the last five years.")
    assert len(parts) >= 4, parts
    for part in parts:
        assert not re.match(r"^\d{1,2}\s", part), part
    assert any("enforcement notice" in p for p in parts), parts


def test_bare_numbers_in_dates_make_no_list():
    parts = _parts("Please send me the minutes of the meeting held on 1 October 2024 and the report to it, and the "
                   "minutes of the meeting on 2 December 2024.")
    assert parts and not any(re.match(r"^\d", p) for p in parts), parts


def test_a_lead_in_ended_with_colon_dash_reaches_the_item_after_it():
    parts = _parts(
        "Dear Sir or Madam,\n"
        "Please can you provide me with the following information under the\n"
        "Freedom Of Information Act 2000:-\n"
        "Copies of all emails (including any attachments) about the agenda and\n"
        "minutes of the Extraordinary Meeting of the Town Council held on 3rd May 2024.\n"
        "A list of any letters (with date and sender) about the same meeting.")
    joined = " ".join(parts).lower()
    assert "emails" in joined and "letters" in joined, parts


def test_a_list_whose_first_item_has_no_label_keeps_every_item():
    framing = _frame(
        "I want to find out, what contracts have been signed with bus operators in that county? (b) Do we as "
        "residents have the right to see the terms of any of these contracts? (c) Where does the Combined Authority "
        "get the money for the bus grants it awards?")
    parts = [p.text for p in framing.parts]
    joined = " ".join(parts).lower()
    assert "contracts" in joined and "bus grants" in joined, parts
    for part in parts:
        assert not re.match(r"^\(?[a-h]\)", part), part
        assert "right to see" not in part, parts  # the person's own rights: advice, set aside with its note


def test_the_persons_rights_asked_are_advice_set_aside():
    framing = _frame("How many allotment plots does Leeds City Council rent out? Do we as tenants have the right to "
                     "sublet a plot?")
    assert not any("right to sublet" in p.text for p in framing.parts), [p.text for p in framing.parts]
    assert any("allotment" in p.text for p in framing.parts), [p.text for p in framing.parts]


def test_formal_asking_words_leave_a_kept_item():
    parts = _parts("I would request that under FOI you furnish me with all complaints relating to the B4040 at the "
                   "Hill Road junction which reported potholes from 1st January 2023 up to 30 June 2024.")
    assert parts, parts
    assert not _ASKING_FRONT.match(parts[0]) and "furnish" not in parts[0], parts
    assert "B4040" in parts[0], parts
