"""fx101 (issue 8): framing on the text people really write - classes seen in fx100's set (tuning from session 64),
each tried on the message it came from (shortened) and on messages of the same shape in my own words, with guards:

- a place named only as where a London bus runs ("the proposed 456 bus route in Enfield") sent the letter to the
  borough's council: London's bus routes, buses and bus stops are Transport for London's (TfL 0318-2122);
- items typed with no space after the full stop, colon or question mark before their number ("Please could you
  clarify:1) are there ... issued.2) are there ...") were read as one run of sentences cut in the wrong places
  (Barnet 11927712): a run of labels in order starts items wherever they are typed;
- a line typed under the last item about how to handle the request ("Under the FOI rules, if you do not feel that
  this information request is sufficient ..., please do help me formulate my question", "If there is a cost issue ...,
  please do start with request 1") was glued into that item (MOD small arms): it is a remark, never the item's words;
- a breakdown line under a list for every item ("Please break down all the above information by age, gender and ethnic
  background", Humber) gave only "by age" to the items and was made a part of its own; typed on the line straight under
  the last item, it was read as that item's words and an item was lost.
"""

from datetime import date

from askfoi.flat_lists import unflattened
from askfoi.framing import frame_message, qualifier_breakdown

TODAY = date(2026, 12, 5)


def _frame(text):
    return frame_message(text, today=TODAY)


def _texts(framing):
    return [p.text for p in framing.parts]


def _body(framing):
    return framing.authority.name if framing.authority else None


# --- a London borough named only as where a bus runs -----------------------------------------------------------------

def test_a_london_bus_route_in_a_borough_goes_to_tfl():
    # fx100 TfL FOI-0318-2122 (shortened): Enfield Council on main
    framing = _frame("Hello, Please provide the list of addresses contacted for consultation for the proposed 456 bus "
                     "route in Enfield. Names and contacts can obviously be redacted. Many thanks.")
    assert _body(framing) == "Transport for London", _body(framing)
    assert any("456 bus route in Enfield" in t for t in _texts(framing)), _texts(framing)


def test_a_london_bus_subject_in_a_place_goes_to_tfl_in_my_own_words():
    for text in ("How many complaints have been made about the number 38 bus route in Hackney since 2022?",
                 "How many complaints were made about the 12 bus in Peckham last year?",
                 "Please send me the list of addresses you consulted about the proposed 456 bus route in Enfield.",
                 "Can you tell me how many bus stops were moved in Barnet in 2023 and why?"):
        assert _body(_frame(text)) == "Transport for London", (text, _body(_frame(text)))


def test_guard_a_bus_route_outside_london_and_london_roads_stay_with_the_council():
    for text, body in (("How many complaints about the 42 bus route in Leeds were made in 2024?", "Leeds City Council"),
                       ("How many bus lanes in Hackney have cameras?", "London Borough of Hackney"),
                       ("How many potholes were reported in Enfield in 2024?", "Enfield Council"),
                       ("How many complaints were made to Enfield Council about the 456 bus route?", "Enfield Council")):
        assert _body(_frame(text)) == body, (text, _body(_frame(text)))


# --- items typed straight after a full stop or colon ------------------------------------------------------------------

CEOS = ("Barnet Council is an employer of many CEOs who have the power to issue PCNs to people suspected of being in "
        "contravention of some parking restrictions. Please could you clarify:1) are there any policies which could "
        "directly or indirectly encourage the issue of PCNs? A commission system where CEOs get a share of fines would "
        "be an extreme example, but I am also interested in policies such as performance reviews which consider the "
        "number of PCNs issued.2) are there any policies which could directly or indirectly discourage CEOs from the "
        "issue of PCNs which seem unreasonable? For example, for issuing a PCN for parking on a yellow line when the "
        "yellow line is obscured or eroded.")


def test_items_run_together_after_a_colon_and_full_stops_are_items():
    # fx100 Barnet 11927712 (shortened): on main the story became "Is an employer of many CEOs ...?" and item 2 was
    # glued to item 1's example
    texts = _texts(_frame(CEOS))
    assert len(texts) == 2, texts
    assert texts[0].startswith("Are there any policies which could directly or indirectly encourage"), texts
    assert texts[1].startswith("Are there any policies which could directly or indirectly discourage"), texts
    assert not any("employer of many" in t or "2)" in t or "clarify:" in t for t in texts), texts


def test_items_run_together_in_my_own_words():
    framing = _frame("Dear Leeds City Council, Please tell me:1) how many parking fines were issued in 2024.2) how many "
                     "of those fines were cancelled on appeal.3) how much the council received from parking fines in "
                     "2024. Thanks, Sam")
    texts = _texts(framing)
    assert len(texts) == 3, texts
    assert "cancelled on appeal" in texts[1] and "received from parking fines" in texts[2], texts
    assert not any("1)" in t or "2)" in t or "Me:" in t for t in texts), texts
    assert unflattened("My questions are:1) How many libraries closed?2) How many staff left?") == \
        "My questions are:\n1) How many libraries closed?\n2) How many staff left?"


def test_guard_numbers_with_a_bracket_inside_a_sentence_are_no_items():
    for line in ("The charge is 3.2) per the tariff, see 4.1) too.",
                 "See section 1) of the policy.",
                 "Please could you clarify:1) the total cost."):
        assert unflattened(line) == line, line


# --- a handling line under the last item ------------------------------------------------------------------------------

def test_handling_lines_under_the_last_item_are_not_part_of_it():
    # fx100 MOD small arms (shortened): item 4 carried both lines on main
    framing = _frame("Please can you supply me, on an XL spreadsheet, the following information:\n"
                     "1. Details of all contracts issued since 9/11/01 for small arms purchases by the MOD.\n"
                     "2. For all the above please can you include the name and country origin of all winning tender "
                     "corporations.\n"
                     "Under the FOI rules, if you do not feel that this information request is sufficient to reply in "
                     "full, please do help me formulate my question so that we can get the best answer together.\n"
                     "If there is a cost issue in terms of pulling this together, please do start with request 1 and "
                     "continue from there.")
    texts = _texts(framing)
    assert len(texts) == 2 and texts[1].rstrip(".").endswith("winning tender corporations"), texts
    assert not any("formulate" in t or "cost issue" in t for t in texts), texts


def test_handling_lines_under_the_last_item_in_my_own_words():
    for tail in ("If there is a problem with the cost limit, please answer question 1 first.\n"
                 "Under the Freedom of Information Act, if you feel this request is unclear, please help me narrow it.",
                 "If there is any difficulty in answering within the cost limit, please prioritise question 2.",
                 "Additionally, if this request would exceed the cost limit, please send what you can."):
        framing = _frame("Please provide:\n1. The number of library visits in 2024.\n2. The number of library books "
                         "lent in 2024.\n" + tail)
        texts = _texts(framing)
        assert len(texts) == 2 and "books lent" in texts[1], (tail, texts)
        assert not any(w in t for t in texts for w in ("cost limit", "narrow it", "prioritise", "send what")), (tail, texts)


def test_guard_a_follow_up_asking_for_records_under_the_last_item_is_kept():
    framing = _frame("Please tell me:\n1. How many school crossing patrols you employ.\n2. How many sites have no "
                     "patrol.\nIf there are any reports on patrol vacancies, please provide them too.")
    assert any("reports on patrol vacancies" in t for t in _texts(framing)), _texts(framing)
    # fx99 Hastings (shortened): a fallback that asks for other records ("If no sub-contract exists, please let me have
    # any information held by ...") stays with its item; a first version of this change dropped it
    framing = _frame("1. Please confirm whether or not stray dogs continue to be kennelled solely at Frandham Boarding "
                     "Kennels for the entirety of the statutory 7 day period.\n2. Please can you let me have a copy of the "
                     "contract between you and the boarding kennels for the kennelling of dogs for the statutory 7 day "
                     "period. If no sub-contract exists, please let me have any information held by Animal Wardens Ltd "
                     "regarding the kennelling of stray dogs at the relevant kennels, including the price paid by Animal "
                     "Wardens Ltd for the kennelling of each dog for the statutory 7 day period.")
    assert any("If no sub-contract exists" in t and "price paid" in t for t in _texts(framing)), _texts(framing)


# --- a breakdown line for every item under the list -------------------------------------------------------------------

def test_a_breakdown_list_for_every_item_is_given_whole():
    # fx100 Humber (shortened): "broken down by age" only, and the line made a part of its own, on main
    framing = _frame("Please can you provide the following information:\n\n1. The number of people detained under "
                     "Section 2 of the Mental Health Act from 2018 to date.\n\n2. The number of people discharged under "
                     "Section 2 of the Mental Health Act from 2018 to date.\n\n3. The number of people detained under "
                     "Section 3 of the Mental Health Act from 2018 to date.\n\nPlease break down all the above "
                     "information by age, gender and ethnic background.")
    texts = _texts(framing)
    assert len(texts) == 3, texts
    assert all("age, gender and ethnic background" in t for t in texts[1:]), texts
    assert not any(t.startswith("All the above") for t in texts), texts
    assert qualifier_breakdown("Please break these figures down by age, sex and ethnicity.") == ("age, sex and ethnicity", "by")
    assert qualifier_breakdown("Please provide this by ward, by month and by year.") == ("ward, month and year", "by")


def test_a_breakdown_line_straight_under_the_last_item_loses_no_item():
    # own words: on main item 1 was lost and the line glued to item 2
    for text, by in (("Please tell me:\n1. How many fixed penalty notices for littering were issued in 2024.\n"
                      "2. How many fixed penalty notices for dog fouling were issued in 2024.\n"
                      "Please break all of the above down by ward and by month.", "ward and month"),
                     ("Could you send me:\n1. The number of school exclusions in 2023/24.\n2. The number of managed "
                      "moves in 2023/24.\nI would like each of the above broken down by school.", "school")):
        texts = _texts(_frame(text))
        assert len(texts) == 2, (text, texts)
        assert all(by in t for t in texts) and not any("above" in t for t in texts), (text, texts)


def test_guard_a_breakdown_of_one_item_stays_with_it():
    assert qualifier_breakdown("Please break this down by year.") == ("year", "by")
    assert qualifier_breakdown("Please break this down by year and by ward for each of the above.") == ("year and ward", "by")
    texts = _texts(_frame("Please tell me:\n1. How many parking fines were issued in 2024, broken down by ward.\n"
                          "2. How much the council spent on parking enforcement in 2024."))
    assert len(texts) == 2 and "ward" in texts[0] and "ward" not in texts[1], texts
