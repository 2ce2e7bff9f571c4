"""fx97 (issue 8): framing real first messages - classes seen in fx94's set (tuning from session 61), tried on messages
in other words:

- a hope, a wish or a search for records by name is a request: "I am hoping to receive a copy of the incident logs
  ..." (Cheshire Fire 2224) gave no part and "Your message gives your view"; "I would like to get a copy of ..." gave
  the part "To get a copy of ...";
- records only a fire and rescue service keeps (incident logs of a fire, fire engines sent, house fires) asked in a
  town outside the metropolitan lists go to the fire and rescue service covering it (through the police force area
  that lies wholly inside one service's area), never the town's council (Crewe: Cheshire East Council on main).
"""

from datetime import date

from askfoi.framing import frame_message
from askfoi.sentence_acts import sentence_act

TODAY = date(2026, 12, 5)


def _frame(text):
    return frame_message(text, today=TODAY)


def test_a_hope_or_wish_for_records_is_a_part():
    for text, wanted in (
            ("I'm hoping to get a copy of the inspection report for the playground on Mill Lane in Leeds.",
             "a copy of the inspection report for the playground"),
            ("We were hoping to see the minutes of the governors meeting where the uniform change was agreed, at "
             "Hillview Academy.", "the minutes of the governors meeting"),
            ("I was hoping to obtain the names of the contractors who resurfaced Station Road in York in 2023.",
             "the names of the contractors"),
            ("I am seeking a copy of the tree survey for the oak on Park Lane, Reading.", "a copy of the tree survey"),
            ("I would like to get a copy of the inspection report for the playground on Mill Lane in Leeds.",
             "a copy of the inspection report")):
        framing = _frame(text)
        texts = [p.text for p in framing.parts]
        assert len(texts) == 1, (text, texts, framing.questions)
        assert texts[0].lower().startswith(wanted), (text, texts)
        assert not any("gives your view" in q for q in framing.questions), (text, framing.questions)


def test_a_hope_that_a_body_acts_is_no_request():
    # guards (pass on main too): a hope for an act, or a search for something that is no record, asks for no record
    for text in ("I'm hoping the council will fix the potholes on Station Road soon.",
                 "We are looking for a new flat in Leeds near the station."):
        assert sentence_act(text) != "records", text
    assert sentence_act("I am hoping to receive a copy of the minutes of the May meeting.") == "records"


def test_fire_records_in_a_town_go_to_its_fire_and_rescue_service():
    for text, body in (
            ("I am hoping to receive a copy of the incident logs from the warehouse fire in Macclesfield on 3 March "
             "2025, when 8 fire engines attended.", "Cheshire Fire and Rescue Service"),
            ("How many house fires were there in Crewe in 2023?", "Cheshire Fire and Rescue Service"),
            ("how many fire engines were sent to the fire at the old mill in skegness last summer",
             "Lincolnshire Fire and Rescue"),
            ("Please send me the fire investigation report for the building fire on King Street in Lancaster in "
             "June 2024.", "Lancashire Fire and Rescue Service")):
        framing = _frame(text)
        assert framing.authority is not None and framing.authority.name == body, (text, framing.authority)
    # guards (pass on main too): what the town's council or force holds stays theirs
    for text, body in (("How many potholes were reported in Crewe in 2023?", "Cheshire East Council"),
                       ("How many burglaries were reported in Crewe in 2023?", "Cheshire Constabulary")):
        framing = _frame(text)
        assert framing.authority is not None and framing.authority.name == body, (text, framing.authority)


def _letter(greeting):
    return (f"Dear {greeting},\n\nPlease would you tell me how much you spent on supply teachers in each of the last "
            "three years.\n\nYours faithfully,\n\nJo Bloggs")


def test_a_salutation_names_an_unlisted_organisation_as_the_body():
    # fx94 "Dear ARK Schools,": an organisation askfoi does not list, named by its own name in the salutation
    for greeting in ("ARK Schools", "Harris Federation", "Oasis Community Learning", "Greenfield Schools Partnership"):
        framing = _frame(_letter(greeting))
        assert framing.authority is not None and framing.authority.name == greeting, (greeting, framing.authority)
        assert not any(getattr(f, "code", "") == "no-authority" for f in framing.findings), greeting
    # guards (pass on main too): a title, a person, a role or a place's schools name no organisation of their own
    for greeting, body in (("Sir/Madam", None), ("Mr Patel", None), ("FOI Team", None), ("Kent Police", "Kent Police")):
        framing = _frame(_letter(greeting))
        assert (framing.authority.name if framing.authority else None) == body, (greeting, framing.authority)
    framing = _frame(_letter("Leeds Schools"))
    assert framing.authority is None or framing.authority.name != "Leeds Schools", framing.authority


def test_a_colon_heading_and_a_clarifying_note_stay_out_of_the_part():
    # fx94 Dyfed-Powys: "(A) Governing Documents:" over the item, "For clarity, ..." after it, and the wish for "some
    # information about" the subject before the items
    text = ("I would like some information about the council's management of its parks and how it uses contractors.\n"
            "Could you please provide me with the following - in relation to Leeds City Council's parks only:\n"
            "(B) Maintenance Contracts:\n"
            "Copies of the contracts that govern the grass cutting and the tree work in the parks\n"
            "For clarity, 'tree work' includes felling, pruning and stump removal")
    framing = _frame(text)
    texts = [p.text for p in framing.parts]
    assert len(texts) == 1, texts
    assert "maintenance contracts" not in texts[0].lower() and "for clarity" not in texts[0].lower(), texts
    assert "copies of the contracts" in texts[0].lower(), texts
    assert not framing.questions, framing.questions
    # guards (pass on main too): a heading over a list of fields, a lead-in and a period line keep their words
    from askfoi.item_headings import heading_lines_off

    for kept in ("Contract Details:\n- supplier\n- value", "Please provide the following:\nThe number of fines issued in 2023",
                 "Timeframe:\nThe last three years of figures please"):
        assert heading_lines_off(kept) == kept, kept
