"""fr20a: a part's "these X / this X / such X / the said X" written as the one phrase an earlier part gives it, or
asked about; never a story clause, never brackets, never a guess between two (issue 8). Invented letters only."""

from __future__ import annotations

import re
from datetime import date

import pytest

from askfoi.framing import frame_message
from askfoi.part_pointers import pointers

TODAY = date(2026, 12, 1)


def _frame(text: str):
    return frame_message(text, today=TODAY)


def _parts(framing) -> list[str]:
    return [p.text for p in framing.parts]


# --- the pointer and its head ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, words, lemma", [
    ("Please state the offences for which these FPNs were issued.", "these FPNs", "fpn"),
    ("How many people were arrested at this protest?", "this protest", "protest"),
    ("What is the source of funding for this road improvement scheme?", "this road improvement scheme", "scheme"),
    ("Please give the current state of said investigation.", "said investigation", "investigation"),
    # fr22b: "such": of the kind said before; FOI officers judge it a part that does not stand on its own (it is
    # written out as that kind, without "the", or asked about)
    ("How many such complaints were upheld?", "such complaints", "complaint"),
])
def test_a_pointer_and_its_head_are_read(text, words, lemma):
    found = [(p.words, p.lemma) for p in pointers(text)]
    assert (words, lemma) in found


@pytest.mark.parametrize("text", [
    "Please provide this information by email.",
    "This FOI request concerns the cost of the new depot.",
    "How many potholes were repaired this year?",
    "Please list parks such as Victoria Park.",
    "Is this a new camera?",
])
def test_no_pointer_where_nothing_is_pointed_at(text):
    assert pointers(text) == []


# --- written out from one earlier part ------------------------------------------------------------------------------

def test_an_acronym_pointer_takes_the_earlier_parts_whole_phrase():
    f = _frame("Dear Sir or Madam,\n"
               "1. Please state the number of Fixed Penalty Notices (FPNs) issued by your authority for fly-tipping in "
               "the period April 2022-March 2023.\n"
               "2. Please state the offences for which these FPNs were issued.\nYours faithfully")
    second = _parts(f)[1]
    assert "these FPNs" not in second
    # fx58: "Please state" is asking words (taken off), so part 1 is framed as a count and the pointer takes its phrase
    assert re.search(r"Fixed Penalty Notices \(FPNs\) issued (?:by your authority )?for fly-tipping", second), second
    assert "(" not in second.replace("(FPNs)", "")  # no gloss in brackets
    assert re.match(r"(?:Please state t|T)he offences for which the ", second), second  # the person's words stay in order


def test_a_stem_names_the_event_a_later_item_points_at():
    f = _frame("Dear Commissioner,\n"
               "1.0 How much did it cost to police the protest against the bypass through Lower Bedford on Saturday "
               "3 May 2025?\n"
               "2.0 How many complaints were received about officers during this protest?\nRegards")
    assert any("during the protest against the bypass through Lower Bedford" in t for t in _parts(f))
    assert not any("this protest" in t for t in _parts(f))


def test_a_bare_mention_beside_a_full_one_does_not_make_two():
    f = _frame("Dear Sir,\n1. Have you carried out any trials of facial recognition vans? If any trials were carried "
               "out, how many arrests resulted from these trials?\nThanks")
    text = " ".join(_parts(f))
    assert "trials of facial recognition vans" in text
    assert "these trials" not in text or not f.pointers


# --- not sure: the person's words kept and asked -------------------------------------------------------------------

def test_two_antecedents_are_asked_not_guessed():
    f = _frame("Dear Sir or Madam,\n1) Please provide copies of the contract for grass cutting and the contract for "
               "street cleaning.\n2) Please state the annual value of these contracts.\nYours faithfully")
    assert any("these contracts" in t for t in _parts(f))  # not "the contract for street cleaning" alone
    assert any('"these contracts"' in q and q.startswith("Which contracts") for q in f.questions)


def test_a_pointer_into_the_story_is_asked():
    f = _frame("Dear Sir,\nOfficers were filmed pushing a man over outside the station on 2 June.\n"
               "1. Please confirm whether an investigation has been started into this matter.\n"
               "2. What action has been taken over this matter?\nYours faithfully")
    asked = [q for q in f.questions if '"this matter"' in q]
    assert len(asked) == 1 and "parts" in asked[0]
    assert not any("pushing a man" in t for t in _parts(f))  # never the story clause


def test_a_pointer_at_an_earlier_pointer_left_unwritten_is_asked():
    f = _frame("Dear council,\n1. How many car parks does the council own?\n"
               "2. How many of those car parks have a waiting list for permits held by you?\n"
               "3. What is the total number of spaces in these car parks?\nThanks")
    assert not any("car parks owned by" in t and "spaces" in t for t in _parts(f))


def test_a_part_that_names_the_head_first_is_left():
    f = _frame("Dear Sir,\nPlease tell me whether any trials of drones were run in 2024, and the number of arrests "
               "resulting from these trials.\nThanks")
    assert not f.questions or not any("these trials" in q for q in f.questions)


def test_a_chat_pointer_at_the_story_is_asked_once_in_the_persons_words():
    f = _frame("the council shut our library on elm road last month. who is responsible for this decision?")
    assert any("this decision" in t for t in _parts(f))
    by_finding = any(getattr(x, "code", "") == "story-reference" for x in f.findings)
    by_question = any('"this decision"' in q for q in f.questions)
    assert by_finding != by_question  # asked, and only once


def test_how_many_of_these_takes_what_the_part_before_counted():
    f = _frame("Dear Sir,\nPlease provide the number of children taken to special schools in taxis paid for by the "
               "council. Please give the figures for 2024/25.\nHow many of these individuals travelled more than 20 "
               "miles each way?\nThank you")
    text = " ".join(_parts(f))
    assert "these individuals" not in text
    assert "Please give the figures" not in text.split("children taken to special schools", 2)[-1][:80]


# --- "If so, ..." stays with the part it follows from --------------------------------------------------------------

def test_an_if_so_follow_up_is_joined_to_the_part_before_in_order():
    f = _frame("Dear Sir,\n1. Please confirm whether the council has a contract for pest control in its parks.\n"
               "2. If so, the name of the contractor and the annual value of the contract.\n"
               "3. How many complaints about rats in parks did the council receive in 2024?\nThanks")
    assert not any(t.lower().startswith("if so") for t in _parts(f))
    joined = [t for t in _parts(f) if "If so, the name of the contractor" in t]
    assert joined and joined[0].index("pest control") < joined[0].index("If so")


def test_if_yes_to_any_of_the_above_is_not_joined_to_one_part():
    from askfoi.part_pointers import _IF_SO

    assert _IF_SO.match("If so, which company?")
    assert not _IF_SO.match("If yes to any of the above, what was the data used for?")


def test_a_clause_without_that_is_not_written_into_each_x():
    # lead 27 (h27-29): "each project" never becomes "each infrastructure project your local authority"
    from askfoi.framing import frame_message

    for text in ("1. How many fines were issued in 2022?\n2. Please provide a list of infrastructure projects your local "
                 "authority has spent cash from fines on, how much cash went to each project, and when it was spent.",
                 "1. how many grants were paid in 2023\n2. list the community projects our council funded, and how much "
                 "went to each project"):
        parts = [p.text for p in frame_message(text).parts]
        assert not any(re.search(r"each [\w ]*project (?:your|our)\b", p) for p in parts), parts
