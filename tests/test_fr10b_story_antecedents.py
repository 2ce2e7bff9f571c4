"""fr10b: chat-style messages whose questions lean on the story told before them (issue 8). Invented sentences."""

from __future__ import annotations

from askfoi.framing import frame_message
from askfoi.sentence_acts import formal_request, sentence_act
from askfoi.story_antecedents import mentions, resolve, tells, told_then_asked


def _texts(framing) -> list[str]:
    return [p.text.lower() for p in framing.parts]


def _codes(framing) -> set[str]:
    return {getattr(f, "code", "") for f in framing.findings}


# --- the pieces --------------------------------------------------------------------------------------------------

def test_mentions_read_a_phrase_with_what_belongs_to_it():
    found = [m.own for m in mentions("we counted 40 people sleeping rough in the market square last winter.") if m.top]
    assert "the people sleeping rough in the market square" in found
    assert not any("winter" in m and "people" in m for m in found)


def test_mentions_leave_a_verb_after_its_subject_alone():
    heads = [m.head for m in mentions("the council keep saying its the contractor.")]
    assert "keep" not in heads and "saying" not in heads


def test_tells_a_statement_not_a_formal_item():
    assert tells("the council published figures on dog fouling last month.")
    assert tells("my daughter was sent home from school twice this term.")
    assert not tells("Total number of fines issued by the council, broken down by month")
    assert not tells("The number of potholes reported in 2021.")
    assert not tells("are the figures broken down by ward")


def test_a_story_clause_then_a_question_after_a_comma():
    story, asked = told_then_asked("i tripped on a loose slab outside the library, how many claims for trips has the council paid")
    assert "tripped" in story and asked.lower().startswith("how many claims")


def test_a_condition_or_a_subordinate_clause_is_no_story():
    assert told_then_asked("if the council holds it, how many claims were paid") is None
    assert told_then_asked("i asked why the money was spent, when there are so many other needs") is None


def test_them_is_the_plural_the_story_names():
    out, left = resolve("how much did it cost the council to rehouse them",
                        ["we found 12 families living in damp flats on the estate."])
    assert "families living in damp flats" in out and not left


def test_it_is_never_a_person():
    out, _ = resolve("how much will it cost to fix it", ["my gran tripped over a broken drain cover."])
    assert "gran" not in out and "drain cover" in out


def test_they_and_them_never_share_an_antecedent():
    out, _ = resolve("are they fining them", ["people from the flats keep dumping mattresses in the lane."],
                     body_named=True)
    assert out.lower().count("people from the flats") <= 1


def test_the_bare_noun_takes_the_story_phrase():
    out, _ = resolve("are the figures split by ward", ["the council put out figures on dog fouling last month."])
    assert "figures on dog fouling" in out


def test_a_role_takes_what_the_story_says_was_not_done():
    out, _ = resolve("who is the contractor", ["the grass on our estate hasnt been cut for two months."])
    assert "responsible for cutting the grass" in out


def test_what_an_action_saved_is_the_action():
    out, _ = resolve("how much did it save", ["the council shut the swimming pool on mill lane."], body_named=True)
    assert "shutting the swimming pool" in out


def test_a_tag_question_is_rhetorical():
    assert sentence_act("It's not like we have too many parks, is it?") == "rhetorical"


def test_a_yes_no_question_typed_without_its_mark_asks():
    assert sentence_act("are the figures broken down by ward") == "records"


def test_formal_request():
    assert formal_request("Dear Kent Police,\nPlease provide the number of arrests.\nYours faithfully")
    assert not formal_request("the bins havent been emptied. who is the contractor")


# --- whole messages ----------------------------------------------------------------------------------------------

def test_story_comma_question_keeps_the_question():
    framing = frame_message("i tripped on a loose slab outside the library, how many claims for trips on pavements "
                            "has Leeds City Council paid")
    assert any("claims" in t for t in _texts(framing))
    assert not any("tripped" in t for t in _texts(framing))


def test_story_sentence_beside_questions_is_no_part():
    framing = frame_message("the council put out figures on dog fouling last month. are the figures split by ward")
    assert framing.parts and not any("put out" in t for t in _texts(framing))
    assert any("dog fouling" in t for t in _texts(framing))


def test_subjectless_role_gets_its_subject_from_the_story():
    framing = frame_message("the grass on our estate hasnt been cut for two months and sheffield council say its the "
                            "contractor. who is the contractor")
    assert any("cutting the grass" in t for t in _texts(framing))
    assert not any("hasnt been cut" in t for t in _texts(framing))


def test_his_school_with_no_name_is_flagged():
    framing = frame_message("my grandson was excluded from his school twice this year. how many pupils were excluded "
                            "from his school in 2024")
    assert "story-reference" in _codes(framing)


def test_a_formal_request_is_left_as_it_was():
    text = ("Dear Leeds City Council,\nThe council introduced a new permit scheme in 2023.\n"
            "Please provide the number of permits issued under it.\nYours faithfully")
    framing = frame_message(text)
    assert framing.parts
    assert "story-reference" not in _codes(framing)


def test_a_person_only_the_story_names_keeps_the_story():
    assert told_then_asked("my lodger was cautioned by the police last week, can i see the notes about him") is None
