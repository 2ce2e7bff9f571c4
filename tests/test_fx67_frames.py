"""fx67 (issue 8): the commonest reasons a real first message's letter needed rewording (fx64's report, tuning now),
by class: items of a list typed with bare numbers on one line lost after the split (the message read as chat, the lost-
ask pass reading it as one line, "Provide X" / "State whether X" not read as asking); a sentence that only qualifies the
question before it ("Please state the yearly loss for each mode separately") made a part of its own; a lead-in's topic
pasted after every item that says what it counts; a body guessed from a place or from a body named only as an
approver when the subject belongs to one body (red routes, the ULEZ: Transport for London). Shapes from real first
messages (fx64, tuning), written afresh here."""

from datetime import date

from askfoi.framing import frame_message

TODAY = date(2026, 12, 5)


def _frame(text: str):
    return frame_message(text, today=TODAY)


def _said(framing) -> str:
    """Everything the letter asks and everything asked back, as one text."""
    return " ".join([p.text for p in framing.parts] + list(framing.questions) + list(framing.unframed)).lower()


def test_every_item_of_a_bare_numbered_list_on_one_line_reaches_the_letter_or_is_asked_back():
    framing = _frame(
        "1 Number of complaints you received which said the depot generators were too loud at night 2 Provide the "
        "maintenance log for the depot generators 3 Provide the change control log for any changes carried out on the "
        "above generators 4 Provide a copy of the noise survey carried out at the depot in March 2024 5 State whether the "
        "depot and the bus garage share one electricity supply")
    said = _said(framing)
    for words in ("too loud", "maintenance log", "change control log", "noise survey", "electricity supply"):
        assert words in said, [p.text for p in framing.parts]
    for part in framing.parts:
        assert not part.text.startswith(("State ", "Provide ")), part.text


def test_the_same_list_one_item_a_line_and_on_one_line_asks_the_same_things():
    items = ["Provide the incident log for the booking website", "Provide the change control log for any changes "
             "carried out on the above website", "State whether the booking website and the payment page run on one server"]
    lines = _frame("\n".join(f"{n}. {item}" for n, item in enumerate(items, 1)))
    one_line = _frame(" ".join(f"{n} {item}" for n, item in enumerate(items, 1)))
    assert len(one_line.parts) == len(lines.parts) == 3, [p.text for p in one_line.parts]


def test_a_sentence_that_only_cuts_the_answer_stays_with_its_question():
    framing = _frame(
        "1. For the years from April 2019 to March 2023 how much did the council spend on agency staff in children's "
        "services and adult social care. Please state the yearly spend for each service separately.\n"
        "2. For the same years what was the average number of agency social workers employed? Please give the number "
        "for each year.")
    texts = [p.text for p in framing.parts]
    assert len(texts) == 2, texts
    assert "for each service separately" in texts[0] and "agency staff" in texts[0], texts
    assert ("for each year" in texts[1] or "by year" in texts[1]) and "agency social workers" in texts[1], texts
    for text in texts:
        assert not text.lower().startswith(("please state", "please give", "the yearly", "the number for")), text


def test_a_lead_in_topic_is_not_pasted_after_items_that_say_what_they_count():
    framing = _frame(
        "Dear Council,\nI am writing to request information under the Freedom of Information Act 2000 regarding "
        "residents' parking permits in the borough.\nI would like to request data on the number of parking permits "
        "refused at the council offices broken down per month over the last 3 years (2022, 2023 and 2024) Please "
        "provide the following:\n"
        "\u2022 The total number of parking permits refused per month of each year.\n"
        "\u2022 A break down of the number of parking permit refusals by resident or business per month of each year?\n"
        "\u2022 How many fines have been issued (if applicable) to drivers without a permit per month of each year?\n"
        "Yours faithfully,")
    texts = [p.text for p in framing.parts]
    assert len(texts) == 3, texts
    for text in texts:
        assert "on the number of parking permits refused at the council offices" not in text, text


def test_a_red_route_named_only_in_the_story_is_asked_of_transport_for_london():
    framing = _frame(
        "The car was left on Streatham High Road for three weeks, and that is a red route. How many patrols did the "
        "enforcement teams make on Streatham High Road between 1 March and 21 March 2024?")
    assert framing.authority is not None and framing.authority.name == "Transport for London"


def test_a_body_named_only_as_the_approver_is_not_the_body_asked():
    framing = _frame(
        "Please can you tell me whether the ULEZ cameras on the North Circular have been used for purposes other than "
        "ULEZ enforcement, and whether that is permitted within their Home Office approval? Please bear in mind the Home "
        "Office said the approvals may need to be reviewed.")
    assert framing.authority is not None and framing.authority.name == "Transport for London"


def test_a_place_alone_still_names_its_council():
    framing = _frame("how many potholes were reported in croydon last year")
    assert framing.authority is not None and framing.authority.name == "Croydon Borough Council"
