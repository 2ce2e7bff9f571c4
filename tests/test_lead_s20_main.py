"""Lead fixes of session 20 made on main after the merges (nu22)."""

from __future__ import annotations

from askfoi.checks import check_request
from askfoi.framing import frame_message


def test_what_a_technology_cost_is_no_covert_question_and_the_warning_stays_on_the_use():
    """nu22: "Does hampshire police use drones over protests? How many drones do they have and what did they cost?"
    put the NCND warning on "What did the drones cost?", and its fix replaced the cost question."""
    framing = frame_message("Does hampshire police use drones to track protesters? How many drones do they have and what "  # ck27
                            "did they cost?")
    ncnd = [f for f in framing.findings if f.code == "ncnd-risk"]
    assert ncnd and all(f.part == 1 for f in ncnd)
    assert not any(p.warning for p in framing.parts[1:])
    for text in ("What did the drones cost?", "how much was spent on body worn cameras with facial recognition",
                 "how much did the force pay for its drones in 2024"):
        assert "ncnd-risk" not in [f.code for f in check_request(text, "Kent Police").findings], text
    # a tactic with no overt form stays covert whatever is asked of it
    assert "ncnd-risk" in [f.code for f in check_request("how much has the met spent on imsi catchers",
                                                         "Metropolitan Police Service").findings]


def test_a_format_wish_is_never_a_part():
    """h19 (judged, ids only): a format wish became part 1. Wordings written for the test."""
    from askfoi.questions import format_note

    for text in ("Excel preferred.", "Excel format preferred.", "Spreadsheet format if possible.",
                 "I would prefer the data in Excel.", "An electronic copy would be great."):
        assert format_note(text), text
    for text in ("Excel spreadsheets used by the council.", "Please provide the number of excel licences",
                 "How many paper copies were printed?"):
        assert not format_note(text), text
    framing = frame_message("Please could you tell me: 1. how many protests at fracking sites did the force police in "
                            "2023 2. how many officers were deployed to them. Excel format preferred.")
    assert len(framing.parts) == 2 and not any("Excel" in p.text for p in framing.parts)
    framing = frame_message("Excel preferred. 1. How many protests were there at drilling sites in 2023? 2. How many "
                            "officers were deployed?")
    assert len(framing.parts) == 2 and not any("Excel" in p.text for p in framing.parts)


def test_a_team_then_the_body_signing_a_reply_names_the_sender():
    """nu22: review letters began "Dear Freedom of Information team," for replies signed "Information Rights Team,
    Essex Police" (a team, a comma, then the body on the sign-off line)."""
    from askfoi.reply_sender import reply_sender

    for signed, body in (("Information Governance, Leeds City Council", "Leeds City Council"),
                         ("Information Rights Team, Essex Police", "Essex Police")):
        reply = f"Dear requester\n\nThe information you asked for is attached.\n\nYours sincerely\n\n{signed}\n"
        assert reply_sender(reply) == body
    # a body named in a sentence near the end does not sign it
    assert reply_sender("Dear requester\n\nThe figures are attached. I asked Finance, Leeds City Council was not "
                        "involved.\n\nYours\nJo\n") is None


def test_a_letter_with_parts_is_never_asked_what_records_it_wants():
    """nu23: a formal request had its part and, beside it, "Which record or figure do you want? Your message gives
    your view ..." (the questions for a message with no part)."""
    framing = frame_message("Dear Sir, under the Freedom of Information Act please provide the total spent by Norfolk "
                            "County Council on agency social workers in each of 2022/23, 2023/24 and 2024/25.")
    assert len(framing.parts) == 1
    assert not any("gives your view" in q for q in framing.questions)
    assert "too-vague" not in [f.code for f in framing.findings]
    bare = frame_message("tell me about the bins")
    assert not bare.parts and bare.questions


def test_an_eir_reference_number_is_no_regulation():
    """nu23: "EIR 26-0911" (the authority's reference) was read as regulation 26 of the EIR."""
    from askfoi.reader import read_reply

    reply = ("Our ref: EIR 26-0911\n\nDear requester\n\nWe have handled your request under the Environmental "
             "Information Regulations 2004. The information is attached.\n\nYours sincerely\n")
    assert "EIR 26" not in read_reply(reply).sections
    refused = "Dear requester\nWe refuse your request under EIR 12(4)(b) as manifestly unreasonable.\nYours\n"
    assert "EIR 12(4)(b)" in read_reply(refused).sections


def test_the_covert_fix_for_a_kept_part_is_about_the_technology_it_names():
    """nu23: the one-key fix for "use ANPR cameras to track protesters" offered "The number of overt deployments of
    track protesters"."""
    framing = frame_message("how many times did greater manchester police use ANPR cameras to track protesters in "
                            "2025 and do they have a policy on it")
    offered = [r.text for p in framing.parts for r in (p.replacements or [])]
    assert offered and all("track protesters" not in t for t in offered)
    assert any("ANPR" in t for t in offered)
