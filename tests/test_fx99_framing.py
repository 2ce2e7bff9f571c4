"""fx99 (issue 8): framing on the text people really write - classes seen in fx97's set (tuning from session 62),
each tried on the message it came from and on messages of the same shape in other words, with guards:

- an argument is never a question: a claim about what the body "must / should / surely" have ("The Council must have
  an estimate for its future annual expenditure ..." became "Have an estimate ...?", Wirral expenditure), and the
  argument's exclamations ("Where is the evidence ...!", "why are they not there at 5am!?") and "why is it ok to ...?";
- (more classes below, each with its own note).
"""

from datetime import date

from askfoi.framing import frame_message

TODAY = date(2026, 12, 5)


def _frame(text):
    return frame_message(text, today=TODAY)


def _texts(framing):
    return [p.text for p in framing.parts]


# --- an argument is never a question -------------------------------------------------------------------------------

def test_a_claim_about_what_the_body_must_have_is_no_part():
    for text, kept in (
            # fx97 Wirral expenditure (shortened)
            ("Dear Wirral Council,\n\nThe Council must have an estimate for its future annual expenditure and its total "
             "estimated expenditure, since there cannot be an unlimited budget for these or any other purposes.\n\n"
             "Please supply these estimates, as the public has a right to know how its money is being spent.", None),
            # own words
            ("Dear Bristol City Council, the council surely has a record of how much the consultants were paid. Please "
             "tell me how much was paid to consultants for the Temple Meads project.", "consultants"),
            ("Dear Leeds City Council, The council must have kept a log of the calls about the bin strike, since staff "
             "took calls every day. Please send me the number of calls about missed bins in March 2025.", "missed bins")):
        framing = _frame(text)
        texts = _texts(framing)
        assert not any(t.lower().startswith(("have ", "has ", "kept ")) for t in texts), (text, texts)
        assert not any(" must have " in t.lower() or " surely has " in t.lower() for t in texts), (text, texts)
        if kept:
            assert any(kept in t for t in texts), (text, texts)


def test_a_claim_about_what_the_body_should_have_is_never_made_a_part_by_the_unit_model():
    for text, wanted in (
            ("Dear Kent Police, the force should have a policy on the use of spit hoods as other forces do. Please send "
             "me the policy on spit hoods.", "spit hoods"),
            ("Dear Norfolk County Council, The council should keep a record of every pothole claim. How many pothole "
             "compensation claims were paid in 2024?", "compensation claims")):
        texts = _texts(_frame(text))
        assert len(texts) == 1 and wanted in texts[0], (text, texts)
        assert not any(" should " in t for t in texts), texts


def test_guard_a_question_about_what_the_body_has_is_still_asked():
    from askfoi.rhetorical_asks import claim_about_body
    assert not claim_about_body("Does the force have a policy on spit hoods?")
    assert not claim_about_body("Please send me the policy the force should have followed.")
    texts = _texts(_frame("Dear Kent Police, does the force have a policy on spit hoods?"))
    assert len(texts) == 1 and "spit hoods" in texts[0], texts


def test_guard_a_body_named_before_its_question_is_still_an_address():
    for text, wanted in (("Harrogate Council, how many potholes were reported in 2024?", "potholes"),
                         ("leeds city council has how many parking wardens?", "parking wardens")):
        texts = _texts(_frame(text))
        assert len(texts) == 1 and wanted in texts[0], (text, texts)


def test_exclamations_and_why_is_it_ok_of_an_argument_are_no_parts():
    for text, wanted in (
            # fx99's own words (the shape of the fx97-era speed-van letters)
            ("Dear Leeds City Council, Where is the evidence that the speed cameras on Otley Road reduced accidents! "
             "Please send me the accident figures for Otley Road for 2020 to 2024.", "accident figures"),
            ("Dear Kent County Council, Why are the gritters never out on the B2068 before 6am?! We pay our council "
             "tax. Please tell me how many times the B2068 was gritted in January 2025.", "gritted"),
            ("Dear Hull City Council, people dump mattresses in our alley every week, why is it ok for landlords to do "
             "this? How many fixed penalty notices for fly-tipping did the council issue in 2024?", "fixed penalty")):
        texts = _texts(_frame(text))
        assert len(texts) == 1 and wanted in texts[0], (text, texts)


def test_guard_a_lone_question_ending_on_an_exclamation_mark_is_still_asked():
    texts = _texts(_frame("Dear Leeds City Council, How many penalty notices were issued on Otley Road in 2024!"))
    assert len(texts) == 1 and "penalty notices" in texts[0], texts


# --- a question quoted from someone else's document is not the person's ask ----------------------------------------

def test_a_question_quoted_from_a_document_is_no_part():
    for text, wanted in (
            # fx97 Wirral Hoylake options (shortened)
            ('Dear Wirral Council, Question 36 states. "Where can the Council show that it has considered other uses '
             '(including leaving alone as a farm)? Why have the Council not considered a Wildlife / Wetlands Resort?"\n\n'
             'Please can you provide copies of any reports detailing how the "do nothing option" was assessed.',
             "do nothing option"),
            # own words
            ('Dear York Council, Your FAQ page asks "What happens to my recycling after it is collected?" and answers '
             'that it is sorted in Leeds. Please send me the contract for sorting recycling.', "sorting recycling"),
            ('Dear Leeds City Council, the leaflet said: "Why is the council changing bin collections? Because it saves '
             'money." Please send me the report that shows how much money the change saves.', "money the change saves")):
        texts = _texts(_frame(text))
        assert len(texts) == 1 and wanted in texts[0], (text, texts)
        assert not texts[0].startswith('"') and '" Please' not in texts[0], texts


def test_guard_the_writers_own_question_in_quotes_is_still_asked():
    for text in ('Dear Leeds City Council, My question is: "How many parking fines were issued in 2024?"',
                 'Dear Leeds City Council, I asked "how many parking fines were issued in 2024?" last month and got '
                 'no answer.'):
        texts = _texts(_frame(text))
        assert len(texts) == 1 and "parking fines" in texts[0], (text, texts)


# --- a lead over a list is no part -----------------------------------------------------------------------------------

def test_a_lead_line_that_lost_its_colon_over_a_list_is_no_part():
    worcester = ("Dear Worcester City Council,\nI am interested in who owns and manages the land commonly known as "
                 "Pitchcroft Race Course.\nI would be grateful if you could assist me as to what documents are available "
                 "and the provision of documents on\n1 The ownership structure, length and terms of agreements, meetings "
                 "etc\n2 The physical boundaries of who owns and manages what in digital form\n3 Any agreements with other "
                 "clubs or entities, their duration and terms\nYours faithfully,\nBrian Welsh")
    texts = _texts(_frame(worcester))
    assert len(texts) == 3, texts
    assert not any(t.lower().startswith("assist me") or t.rstrip(".").endswith(" on") for t in texts), texts
    assert texts[0].startswith("The ownership structure") and texts[2].startswith("Any agreements"), texts
    # own words: the items under a lead with no colon are asked, never lost, never the lead alone
    texts = _texts(_frame("Dear Derby City Council,\nI would like to know what records you keep about\n- stray dogs "
                          "collected in 2024\n- dogs returned to their owners in 2024"))
    assert texts and all("stray dogs" in t or "returned to their owners" in t for t in texts), texts
    assert any("returned to their owners" in t for t in texts), texts
    texts = _texts(_frame("Dear Bath and North East Somerset Council,\nPlease could you send me copies of the reports "
                          "held on\n\u2022 the condition of the Victoria Bridge\n\u2022 the cost of repairs to the bridge "
                          "since 2015\nThanks"))
    assert not any(t.rstrip(".").endswith("held on") for t in texts), texts
    assert any("Victoria Bridge" in t for t in texts) and any("repairs" in t for t in texts), texts


def test_a_wish_to_understand_more_before_the_asks_is_no_part():
    mole = ("Dear Mole Valley District Council, Trees near buildings are often removed after insurance claims.\n\n"
            "I would like to understand more about how this issue affects your local authority and the trees you are "
            "responsible for.\n\nIn particular, I would like to know, over the past 10 years:\n\n- How many trees were "
            "removed due to claims from insurance companies\n- How much the council paid to remove each tree")
    texts = _texts(_frame(mole))
    assert len(texts) == 2 and not any("understand more" in t for t in texts), texts
    texts = _texts(_frame("Dear Leeds City Council, I would like to learn more about how the council decides which roads "
                          "get gritted. Please send me the gritting policy and the list of priority routes for 2024/25."))
    assert texts and not any("learn more" in t for t in texts), texts


def test_guard_a_wish_to_understand_more_said_alone_is_still_read():
    texts = _texts(_frame("Dear Leeds City Council, I would like to understand more about how the council decides "
                          "which roads get gritted."))
    assert len(texts) == 1 and "gritted" in texts[0], texts


def test_guard_a_line_with_its_end_mark_over_a_list_is_unchanged():
    from askfoi.list_leads import colon_leads
    for text in ("How many potholes were repaired in 2024?\n1. on Station Road\n2. on Mill Lane",
                 "Please provide the following:\n1. the number of fines\n2. the income from fines",
                 "I live on\nStation Road",
                 # fx97 South Ayrshire: a list numbered "1." is the lead's list already
                 "I ask that you provide me with\n1. The specific regulations\n2. Any meeting notes"):
        assert colon_leads(text) == text


# --- a condition keeps its own words ---------------------------------------------------------------------------------

def test_a_condition_then_a_request_is_never_made_a_confirm_whether():
    for text, wanted in (
            # fx97 Dudley vascular (one item)
            ('Dear The Dudley Group NHS Foundation Trust,\n\n2. If the Main Arterial centre declared a positive result '
             '(stated Yes)/compliance with indicator 170004S-001 - "There is an agreement outlining the network '
             'configuration", then l request copies of the evidence documents: operational policy (or part of) that '
             'supported this positive declaration.', "copies of the evidence documents"),
            # own words
            ("Dear Leeds Teaching Hospitals NHS Trust,\n1. If the trust declared compliance with the 2023 sepsis "
             "standard, then I request copies of the audit that supported this declaration.", "copies of the audit"),
            ("Dear Kent County Council, If the council carried out a road safety audit of the A28 junction, then please "
             "send me a copy of that audit.", "a copy of that audit")):
        texts = _texts(_frame(text))
        assert len(texts) == 1, (text, texts)
        assert not texts[0].lower().startswith("please confirm whether"), texts
        assert texts[0].startswith("If ") and wanted in texts[0], texts


def test_guard_an_if_clause_alone_is_still_a_yes_no_question():
    texts = _texts(_frame("Dear Kent County Council, I would like to know if the council carried out a road safety "
                          "audit of the A28 junction in 2024."))
    assert len(texts) == 1 and "road safety audit" in texts[0], texts
