"""fr29a (issue 8): what a formal request states once (a lead-in's scope, section headings, a title) and the marks a
pasted document leaves (footnote asterisks, outline markers, words written twice), read once for every part."""
from datetime import date

from askfoi.request_context import clean_part_text, outline_labels, said_once

TODAY = date(2026, 12, 2)


def _framing(text: str):
    from askfoi.framing import frame_message

    return frame_message(text, today=TODAY)


def _parts(text: str) -> list[str]:
    return [p.text for p in _framing(text).parts]


def test_lead_in_scope_goes_into_every_item():
    parts = _parts("Dear Leeds City Council,\n\nI would like information for each primary school in Leeds on the "
                   "following:\n\n1. The total number of pupils with SEND in the school\n2. The number of pupils on "
                   "free school meals\n")
    assert len(parts) == 2, parts
    assert all("each primary school in Leeds" in p for p in parts), parts
    assert not any("in the school" in p for p in parts)
    assert not any(p.lower().startswith("information for each") for p in parts)


def test_lead_in_scope_other_wording():
    # lower case, "every", "regarding", a question mark left to the person
    parts = _parts("under the freedom of information act please provide data for every library run by the council "
                   "regarding the following:\n1. the number of visits to the library in 2024\n2. the opening hours "
                   "of the library in 2024\n")
    assert parts and all("each library run by the council" in p for p in parts), parts


def test_lead_in_naming_only_the_years_is_not_a_scope():
    from askfoi.request_context import _LEAD_SCOPE, _PERIOD_WORDS

    m = _LEAD_SCOPE.search("Please provide the data for each of the past three financial years on the following")
    assert m and _PERIOD_WORDS.search(m.group("scope"))


def test_section_heading_over_numbered_items_is_no_part():
    parts = _parts("Under the Freedom of Information Act 2000, I request the following:\nA. Parking Income and "
                   "Enforcement\n1. The total income from parking fines in 2024.\n2. The number of penalty charge "
                   "notices issued in 2024.\nB. Staffing\n1. The number of civil enforcement officers employed in 2024.\n")
    assert not any(p.rstrip(".") in ("Parking Income and Enforcement", "Staffing") for p in parts), parts
    assert any("parking fines" in p for p in parts) and any("civil enforcement officers" in p for p in parts)


def test_request_title_is_no_part():
    parts = _parts("Dear Sir,\nTitle of request - Road Gritting Routes\nUnder the Freedom of Information Act:\n"
                   "1. How many miles of road did the council grit in winter 2023/24?\n"
                   "2. How much did the council spend on grit in winter 2023/24?\n")
    assert not any(p.lower().startswith("title of request") for p in parts), parts
    assert len(parts) == 2


def test_outline_markers_become_list_labels():
    text = "Part I - Any emails about the ferries.\n\nPart II - Any letters about the ferries."
    assert outline_labels(text) == "1. Any emails about the ferries.\n\n2. Any letters about the ferries."
    assert outline_labels("Section 1: the budget.\nSection 2: the staff.") == "1. the budget.\n2. the staff."
    # one marker alone, or a part named inside a sentence, is left as written
    assert outline_labels("Part 1 - the budget only.") == "Part 1 - the budget only."
    assert outline_labels("I read part 2 of your report. And part 3 of it.") == "I read part 2 of your report. And part 3 of it."


def test_outline_parts_are_both_asked():
    parts = _parts("I would like to ask for the following:\n\nPart I - Any correspondence between your organisation "
                   "and Network Rail regarding the new station at Reston, from 1 May 2024 to 25 October 2024.\n\n"
                   "Part II - Any correspondence between your organisation and ScotRail regarding the new station at "
                   "Reston, from 1 May 2024 to 25 October 2024.\n")
    assert len(parts) == 2, parts
    assert not any(p.lower().startswith("part") for p in parts)
    assert any("Network Rail" in p for p in parts) and any("ScotRail" in p for p in parts)


def test_footnote_marks_and_footnote_text():
    text, note = clean_part_text("How many public toilets* were open on 1 March 2016**?")
    assert text == "How many public toilets were open on 1 March 2016?" and note is None
    text, note = clean_part_text("How many were refused. *Refused includes any request withdrawn after advice")
    assert text == "How many were refused." and note.startswith("Refused includes")
    # a multiplication or a starred word in the middle of a sentence with a space after it is not a footnote mark
    assert clean_part_text("The cost of 3 * 4 units.")[0] == "The cost of 3 * 4 units."


def test_words_written_twice_in_a_row():
    assert said_once("how many of the public toilet facilities toilet facilities required payment") == \
        "how many of the public toilet facilities required payment"
    assert said_once("the number of Debt Type Debt Type loaded") == "the number of Debt Type loaded"
    # a phrase said twice with a comma or words between is the person's own
    assert said_once("bus lanes, bus lanes and cycle lanes") == "bus lanes, bus lanes and cycle lanes"
    assert said_once("in the the") == "in the the"  # single and small words are left to framing's own check


def test_breakdown_after_the_list_qualifies_every_item():
    parts = _parts("I am writing to request the following information under the Freedom of Information Act 2000.\n"
                   "Please provide the following for the calendar year 2024:\n1. Number of autism assessment referrals "
                   "received.\n2. Number of individuals who were assessed for autism\n3. Number of those assessed who "
                   "received a diagnosis.\nPlease also split the data by providing separate figures for adults and "
                   "children.\n")
    assert len(parts) == 3, parts
    assert all("separate figures for adults and children" in p for p in parts), parts
    assert not any("Please also split" in p for p in parts)


def test_broken_down_after_the_list_other_wording():
    parts = _parts("Under the FOI Act please tell me:\n1) the number of potholes reported in 2024\n"
                   "2) the number of potholes repaired in 2024\nall figures broken down by ward please\n")
    assert len(parts) == 2, parts
    assert all("ward" in p for p in parts), parts


def test_yearly_breakdown_lead_in_is_no_part():
    parts = _parts("Dear freedom of information officer,\n\nPlease can you provide a breakdown for each of the following "
                   "for each of the past three financial years.\n\n* How many pupils have been excluded from primary "
                   "schools.\n\n* How many pupils have been excluded from secondary schools.\n\nYours faithfully,")
    assert not any(p.lower().startswith("a breakdown for each") for p in parts), parts
    assert len(parts) == 2 and all("each of the past three financial years" in p for p in parts), parts


def test_example_cut_at_the_end_of_a_part():
    assert clean_part_text("The number of complaints, broken down by topic of complaint e.")[0] == \
        "The number of complaints, broken down by topic of complaint."


def _passive(questions: list[str]) -> list[str]:
    from askfoi.framing import Frame
    from askfoi.request_context import _passive_yes_no

    class _F:
        parts = [Frame(kind="kept", text=q, kept_words=True) for q in questions]

    _passive_yes_no(_F)
    return [p.text for p in _F.parts]


def test_passive_yes_no_asked_as_the_records():
    out = _passive(["Are any internal reviews, risk assessments, or ethical evaluations conducted before approving "
                    "such systems?", "Were the NHS consulted about the closures?", "has the policy been reviewed since "
                    "2020?", "are staff trained in restraint?"])
    assert out[0] == ("Any records of internal reviews, risk assessments, or ethical evaluations conducted before "
                      "approving such systems.")
    assert out[1] == "Any records of the NHS being consulted about the closures."
    assert out[2] == "Any records of the policy being reviewed since 2020."
    assert out[3] == "Any records of staff being trained in restraint."


def test_passive_yes_no_left_alone_when_it_is_not_one():
    kept = ["Have the officers visited the site and inspected the alarm?", "Is the council aware of the law?",
            "Is there a maximum number of days?", "Has a diagnosed learning disability or autism, or both?",
            "Was any of the work put out to tender, and, if so, how many bids were submitted?",
            "Is the school local authority run?", "Have you received any complaints?"]
    assert _passive(kept) == kept


def test_no_finding_about_a_title_taken_out_of_the_parts():
    framing = _framing("Dear Hillside Primary School,\nTitle of request-Admission of children outside their normal "
                       "age group\nUnder the Freedom of Information Act 2000:\n1. How many requests for delayed entry "
                       "did the school receive in 2023?\n2. How many of the requests for delayed entry were granted in "
                       "2023?\n")
    assert not any(p.text.lower().startswith("title of request") for p in framing.parts)
    assert not any("Title of request" in (getattr(f, "message", "") or "") for f in framing.findings)
