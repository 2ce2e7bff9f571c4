"""lw53 (nc53 #1, #5; issues 8.4, 10.3): the law follows what each part asks for. One environmental part never sends
a whole letter under the EIR/EISR: a letter that mixes them cites both laws, the Act's cost limit for the Act's parts
and "manifestly unreasonable" only for the environmental ones; a single-law letter is unchanged. The review
provisions a complaint cites come from the law's own data (EISR reg 16(4), never "section 21 of the EISR")."""
from __future__ import annotations

from datetime import date

import pytest

from askfoi.answers import Answers
from askfoi.environmental import letter_law, own_subject, part_law
from askfoi.framing import frame_message
from askfoi.letter import draft_letter
from askfoi.models import Regime

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize("text, body, env_parts", [
    ("nhs grampian - my mum waited 14 hours in the ARI a&e last week. how many people waited over 12 hours in a&e at "
     "aberdeen royal infirmary in 2025, how much did the board spend on agency nurses, and is the incinerator at the "
     "hospital polluting the air", "FOISA", [3]),
    ("Leeds City Council - how many people were in council tax arrears in 2025, how much did the council spend on "
     "agency social workers, and how many fly-tipping reports were there", "FOIA", [3]),
])
def test_one_environmental_part_keeps_the_rest_under_the_act(text, body, env_parts):
    framing = frame_message(text, today=TODAY)
    assert framing.regime == body
    assert framing.environmental_parts == env_parts
    assert "environmental-parts" in {f.code for f in framing.findings}
    assert framing.as_json()["environmental_parts"] == env_parts


@pytest.mark.parametrize("parts", [
    ["How many fly-tipping incidents did the council clear in 2023?", "How many tonnes were removed?"],
    ["How many street trees were felled in 2024?", "Who decided it?"],
    ["How many noise complaints did the council receive?", "How many of the complaints led to action?"],
    ["How many trees did the council plant?", "How much did it cost?"],
])
def test_a_part_that_names_nothing_of_its_own_follows(parts):
    laws = [part_law(p, "council") for p in parts]
    assert letter_law(laws) == "EIR"
    assert not own_subject(laws[1], laws)


def test_a_part_with_a_subject_of_its_own_is_not_environmental():
    laws = [part_law(p, "council") for p in ("How many people were in council tax arrears?",
                                            "How many fly-tipping reports were there?")]
    assert own_subject(laws[0], laws) and letter_law(laws) == "mixed"


def _answers(authority, parts, **kw):
    return Answers(authority=authority, parts=parts, period="2025", requester_name="Ailsa Brown", **kw)


def test_a_mixed_letter_cites_both_laws_and_each_its_own_limit():
    letter = draft_letter(_answers("NHS Grampian", [
        "The number of people who waited over 12 hours in A&E at Aberdeen Royal Infirmary",
        "The total amount spent on agency nurses",
        "Any recorded information showing whether the incinerator at the hospital is polluting the air"]), today=TODAY)
    body = " ".join(letter.body.split())
    assert letter.regime == Regime.FOISA and letter.environmental_parts == [3]
    assert ("under section 1 of the Freedom of Information (Scotland) Act 2002 and, for part 3, regulation 5 of the "
            "Environmental Information (Scotland) Regulations 2004") in body
    assert "If answering parts 1 and 2 would exceed the cost limit under section 12" in body
    assert "If you consider part 3 manifestly unreasonable (regulation 10(4)(b))" in body
    assert "the request manifestly unreasonable" not in body
    assert letter.subject.startswith("Freedom of Information request")
    assert letter.due == date(2027, 1, 7)  # 20 working days either way


def test_an_english_mixed_letter_cites_the_eir_for_its_part():
    letter = draft_letter(_answers("Leeds City Council", ["The number of people in council tax arrears",
                                                          "The number of fly-tipping reports"]), today=TODAY)
    body = " ".join(letter.body.split())
    assert letter.regime == Regime.FOIA and letter.environmental_parts == [2]
    assert "for part 2, regulation 5 of the Environmental Information Regulations 2004" in body
    assert "If you consider part 2 manifestly unreasonable (regulation 12(4)(b))" in body
    assert "Environmental Information Regulations 2004 (part 2)" not in letter.law
    assert "part 2: Environmental Information Regulations 2004" in letter.law


def test_a_wholly_environmental_letter_is_unchanged():
    letter = draft_letter(_answers("Leeds City Council", ["The number of fly-tipping incidents cleared",
                                                          "The number of tonnes removed"]), today=TODAY)
    body = " ".join(letter.body.split())
    assert letter.regime == Regime.EIR and letter.environmental_parts == []
    assert "I am writing to request information under regulation 5 of the Environmental Information Regulations 2004." in body
    assert "If you consider the request manifestly unreasonable (regulation 12(4)(b))" in body
    assert "Freedom of Information Act" not in body


def test_the_chat_writes_the_mixed_letter_and_says_so():
    from askfoi.conversation import Conversation

    c = Conversation(today=lambda: TODAY)
    c.start()
    said = ""
    for a in ("Leeds City Council - how many people were in council tax arrears in 2025, how much did the council "
              "spend on agency social workers, and how many fly-tipping reports were there", "ok", "ok", "ok", "ok",
              "skip", "Jo Bloggs", "skip"):
        said += " ".join(" ".join(m.text.split()) for m in c.reply(a).messages)
    assert c.request().law == "FOIA" and c.request().environmental_parts == [3]
    assert "so it comes under the Environmental Information Regulations 2004 (EIR)" in said
    letter = " ".join(c.letter_text().split())
    assert "for part 3, regulation 5 of the Environmental Information Regulations 2004" in letter
    assert "If answering parts 1 and 2 would exceed the cost limit under section 12" in letter


def test_the_eisr_complaint_cites_regulation_16_for_the_missing_review():
    from askfoi.followup import complaint_letter

    reply = ("Fife Council\n\nOur ref: FOI-26-1\n13 October 2026\n\nDear Ailsa Brown\n\nEnvironmental Information "
             "(Scotland) Regulations 2004 - Request for Information\n\nThank you for your request dated 8 September "
             "2026, which we have dealt with under the Environmental Information (Scotland) Regulations 2004.\n\n"
             "1. Air quality monitoring near the quarry: we consider the request manifestly unreasonable under "
             "regulation 10(4)(b).\n\nYours sincerely\nFOI Officer\n")
    letter = complaint_letter(reply, authority="Fife Council", review_asked=date(2026, 10, 15), name="Ailsa Brown",
                              today=TODAY)
    body = " ".join(letter.body.split())
    assert "regulation 16(4) of the Environmental Information (Scotland) Regulations 2004 required its outcome within 20 working days" in body
    assert "section 21 of the Environmental" not in body


def test_check_reads_a_draft_part_by_part(tmp_path, capsys):
    from askfoi.cli import main

    draft = tmp_path / "d.txt"
    draft.write_text("Dear Leeds City Council,\n\nPlease provide:\n\n1. The number of people in council tax arrears in "
                     "2025.\n2. The number of fly-tipping reports in 2025.\n\nJo Bloggs\n", encoding="utf-8")
    assert main(["check", str(draft)]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert out.startswith("Law: Freedom of Information Act 2000 (FOIA); part 2 under the Environmental Information "
                          "Regulations 2004 (EIR)")
    assert "manifestly unreasonable" not in out
    assert 'Fix: Say which law each part is asked under, for example: "I ask for part 2 under the' in out


def test_the_review_words_come_from_each_laws_data():
    from askfoi.commands.followup_letters import _letter_terms
    from askfoi.followup import law_terms
    from askfoi.letter import Letter

    eisr = _letter_terms(Letter(regime=Regime.EIR, authority="Fife Council", to=None, subject="s", body="b", due=None,
                                law="the Environmental Information (Scotland) Regulations 2004"))
    assert (eisr.short, eisr.review_provision, eisr.review_reply, eisr.review_days) == ("EISR", "regulation 16",
                                                                                      "regulation 16(4)", 20)
    assert (law_terms("FOISA").review_reply, law_terms("EIR").review_reply, law_terms("EIR").review_days) == (
        "section 21", "regulation 11(4)", 40)
    assert not law_terms("FOIA").review_reply  # the Act sets none: the section 45 Code of Practice


def test_a_message_about_an_environmental_subject_throughout_stays_under_the_eir():
    # the story names the clean air zone: the camera and appeal parts ask about it too (tuned on fx43 tfl/wirral rows)
    framing = frame_message("Since the clean air zone started, Leeds City Council has put cameras on Mill Road. "
                            "1. When was the camera on Mill Road installed? 2. How many appeals were won? "
                            "3. What nitrogen dioxide readings are there for Mill Road in 2025?", today=TODAY)
    assert framing.regime == "EIR" and framing.environmental_parts == []
