"""fx94 (issue 8): framing real first messages - classes seen in fx91's set (tuning from session 60), tried on messages
in other words: a list labelled "Q1." "Q2." is a numbered list like "1." "2." (a formal request, so no sentence of it is
set aside as story), and a phrase opening "the cost of ...", "the cut to ...", "the set of ..." names a thing asked for:
the word after "the" is the phrase's noun even when it is also a past tense ("cost", "cut", "set"), so the item is
never read as a sentence that only tells (Warwickshire 846-2023 lost its Q2, "The cost of keeping dangerous dogs in
kennels in the years: ...")."""

from datetime import date

from askfoi.framing import frame_message
from askfoi.sentence_acts import formal_request
from askfoi.story_parts import only_tells

TODAY = date(2026, 12, 5)


def _texts(text):
    return [p.text for p in frame_message(text, today=TODAY).parts]


def test_q_labelled_items_each_a_part():
    # the second item shares its subject and its list of years with the first: it is still a part of its own
    for text, second in (
            ("Q1. The number of parking fines issued by Leeds City Council in the years:\n2023\n2022\n"
             "Q2. The cost of enforcing parking in the years:\n2023\n2022", "cost of enforcing parking"),
            ("Q1. The number of abandoned cars removed in the years:\n2024\n2023\n"
             "Q2. The cost of removing abandoned cars in the years:\n2024\n2023", "cost of removing abandoned cars"),
            ("Q.1 How many school crossing patrols do you employ?\nQ.2 The cost of the patrols in 2024.",
             "spent on the patrols")):
        parts = _texts(text)
        assert len(parts) == 2, (text, parts)
        assert second in parts[1].lower(), (text, parts)


def test_q_labels_make_a_numbered_list():
    for text in ("Q1. The number of fines issued in 2023\nQ2. The number of fines paid in 2023",
                 "Q1 How many fines were issued?\nQ2 How many were paid?"):
        assert formal_request(text), text
    # guards (pass on main too): quarters of a year are no labels, and a chat message stays a chat message
    for text in ("our spend in Q1 2023 and Q2 2023 was high, why is that", "Q1 2023 was bad for the bins\nQ2 2023 was worse",
                 "how many potholes were reported on my road last year"):
        assert not formal_request(text), text


def test_a_noun_phrase_after_the_is_asked_not_told():
    for text in ("The cost of keeping dangerous dogs in kennels in 2022.", "The cut to the library budget in 2024.",
                 "The set of minutes for the planning meeting.", "The cost of fixing them as well"):
        assert not only_tells(text), text
    # guards (pass on main too): a past tense after a subject still tells
    for text in ("The council cost us a fortune last winter.", "My neighbour cut down the tree in the park.",
                 "The man set fire to the bins.", "The bins smelt of rubbish for days."):
        assert only_tells(text), text


def test_a_cost_asked_in_chat_after_a_question_is_a_part():
    parts = _texts("hi, how many potholes were reported on station road in york last year?\n"
                   "the cost of fixing them as well")
    assert len(parts) == 2, parts
    assert "cost of fixing" in parts[1].lower(), parts
    parts = _texts("how many bins were missed on my street in 2024? the cost of the missed collections too")
    assert any("cost of the missed collections" in p.lower() for p in parts), parts
    # guard (passes on main too): a sentence of story stays out of the parts
    parts = _texts("the man next door set fire to the bins last week. how many bin fires were reported in leeds in 2024?")
    assert not any("set fire" in p.lower() for p in parts), parts
