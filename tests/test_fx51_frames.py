"""fx51 (issue 8.1, 8.2; nc50 #9, #10, #11): parts rendered from what the message says, not kept garbled or asked back.

- an elliptical count after a count whose noun carries its own modifiers ("planning applications for HMOs in Cathays")
  is of the same things, never with the verb of another count written into it;
- "what fines did they get" after a question naming the body is a request of its own, about that body;
- the records a volunteer's client wants, by name, are the part (not asked back);
- a record a subject access request names by two record words ("pip assessment notes") keeps both;
- a numbered item pointing at another item by label alone ("In relation to question one", "(raids in question (1)")
  is written with the things that item counts.
"""

from datetime import date

from askfoi.framing import frame_message
from askfoi.questions import fill_heads
from askfoi.raw_shapes import penalties_asked
from askfoi.sar_items import sar_items

TODAY = date(2026, 12, 4)


def _parts(text):
    return [p.text for p in frame_message(text, today=TODAY).parts]


def test_elliptical_count_keeps_the_noun_modifiers_not_the_other_verb():
    parts = _parts("Cardiff Council: how many planning applications for HMOs in Cathays were approved in 2025, "
                   "how many were refused, and how many went to appeal")
    assert len(parts) == 3
    assert parts[2] == "The number of planning applications for HMOs in Cathays that went to appeal."
    assert not any("went to appeal" in p and "approved" in p for p in parts)


def test_fill_heads_gives_the_noun_with_its_modifiers():
    out = fill_heads(["how many compensation claims for pothole damage were paid in 2024", "how many were rejected",
                      "how many went to court"])
    assert out[2] == "how many compensation claims for pothole damage went to court"


def test_place_after_a_count_stops_before_its_verb():
    # guard: the place the count before states travels ("at euston"), never its verb
    out = fill_heads(["how many trains were cancelled at euston", "how many were delayed", "how many were late"])
    assert "were cancelled" not in out[2] or out[2].startswith("how many of the trains")


def test_fines_they_got_are_a_request_of_their_own_about_the_body_named():
    text = "how many times did southern water discharge sewage at the bosham outfall in 2025 and what fines did they get"
    parts = _parts(text)
    assert len(parts) == 2
    assert "imposed on Southern Water" in parts[1]
    assert not any(" they," in p or "imposed on they" in p for p in parts)


def test_fines_with_no_body_named_keep_a_pronoun_to_resolve():
    # guard: no body named before "they": never a body guessed
    assert "imposed on them" in penalties_asked("what fines did they get last year?")


def test_the_records_a_client_wants_by_name_are_the_part():
    f = frame_message("my client wants the minutes of the governing body meetings at st marys catholic academy in bolton "
                      "for 2025 where the new uniform policy was decided", today=TODAY)
    assert f.parts and f.parts[0].text.startswith("The minutes of the governing body meetings")
    assert f.period == "1 January 2025 to 31 December 2025"
    assert not any("Which records do you want" in q for q in f.questions)


def test_a_record_named_by_two_heads_keeps_both():
    # nc50 #10: "my pip assessment notes" (the notes, not "My pip assessment")
    assert sar_items("i want all the info the dwp holds about me incl my pip assessment notes") == ["My pip assessment notes"]


def test_item_pointed_at_by_label_alone_is_written_out():
    text = ("(1) Total number of fuel laundering operations (raids) carried out by the HMRC in County Armagh in 2013/14 to "
            "date? (2) How many successful prosecutions were made in relation to those operations (raids in question (1) ? "
            "(3) In relation to question one how many arrests were made? (4) In relation to question one how many cases "
            "are pending in respect of fuel fraud?")
    parts = _parts(text)
    assert len(parts) == 4
    assert not any("question one" in p.lower() or "question (1)" in p.lower() or "those operations" in p for p in parts)
    assert parts[2] == "The number of arrests made in relation to the fuel laundering operations carried out in County Armagh."


def test_pointer_to_an_item_that_counts_nothing_is_left():
    # guard: item 1 asks for documents, not a count: nothing to name, the pointer stays as typed
    from askfoi.item_references import item_labels_written

    text = "1. Copies of the contract with Veolia.\n2. In relation to question one, how many variations were agreed?"
    assert "question one" in item_labels_written(text)


def test_someone_at_the_body_asked_is_an_asking_frame():
    from askfoi.questions import strip_opener

    said = "Could someone at the council provide details of how many clerical and administration staff there are now"
    assert strip_opener(said).startswith("details of how many clerical")
    f = frame_message("Our council tax keeps going up. " + said + ", compared to five years ago?", today=TODAY)
    assert any("clerical and administration staff" in p.text for p in f.parts)


def test_a_section_of_a_law_is_no_item_pointer():
    # guard (seen on the tune set): "section 2" of a law, "paragraph 4" of a document are never the person's items
    from askfoi.item_references import item_labels_written

    text = ("1. How many fly-tipping prosecutions were brought in 2020?\n2. How many flytipping cases were dropped?\n"
            "3. Apart from Article 8 (especially regarding section 2 on privacy) what laws apply?")
    assert "regarding section 2 on privacy" in item_labels_written(text)


def test_item_thing_is_a_noun_phrase():
    from askfoi.item_references import _item_thing

    assert _item_thing("How many flytipping cases were dropped?") == "the flytipping cases that were dropped"
    assert _item_thing("How many arrests did the police make?") is None  # question order: left as typed
    assert _item_thing("Copies of the contract with Veolia.") is None
