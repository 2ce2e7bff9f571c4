"""fr29b (issue 8, item 2): a pointer an informal question leaves ("about this", "fixing it") is written out as what
the person's story is about, a noun phrase the person wrote, in the officer's words; when the story names several
things it could mean, askfoi asks with them as numbered choices and never picks one."""

import re

from askfoi.framing import frame_message
from askfoi.story_subject import choices, fill_pointers, subject_for, topics


def _texts(text: str) -> list[str]:
    return [p.text for p in frame_message(text).parts]


def test_street_lights_bins_fly_tipping_keep_their_subjects():
    parts = _texts("hi my street lights on elm road have been out for 3 weeks and the bins werent collected again, also "
                   "theres fly tipping behind the co-op. i want to know how many complaints leeds city council got "
                   "about this and what they spent fixing it")
    assert len(parts) == 2
    for part in parts:
        assert "Elm Road" in part and "bins" in part and "fly tipping" in part
        assert not re.search(r"(?i)\b(?:it|this)\b", part)
        assert "my street" not in part.lower()


def test_listed_story_with_typos_and_other_words():
    parts = _texts("Our bus shelter on Kings Road was smashed and the pavement is cracked, plus the drains are blocked. "
                   "how many reports did bristol city council recieve about this?")
    assert len(parts) == 1
    assert "bus shelter on Kings Road" in parts[0] and "pavement" in parts[0] and "drains" in parts[0]
    assert not re.search(r"(?i)\bthis\b", parts[0])


def test_repeated_subject_is_the_subject():
    told = ["A permit parking scheme was introduced where I live in 2010.",
            "When the council consulted on introducing parking permits, most supported it.",
            "There is also a charge of £20 for a book of day permits.",
            "Income from permits does not cover the cost."]
    assert subject_for("them", told) == ["permits"]


def test_unsure_pointer_is_left_and_choices_offered():
    told = ["The hedge on Mill Lane is overgrown and the footpath beside the river floods every winter."]
    out, left, offered = fill_pointers("who is responsible for it", told)
    assert out == "who is responsible for it" and left == ["it"]
    assert len(offered) >= 2


def test_place_is_not_the_subject():
    told = ["hi, theres a phone mast going up next to st marys primary on park lane in sheffield."]
    assert all("primary" not in t.phrase.lower() for t in topics(told))
    assert subject_for("it", told) is None


def test_writer_and_feelings_are_never_the_subject():
    told = ["My wife and I are fed up.", "My concern regarding the state of things is growing."]
    assert topics(told) == [] or all(t.lemma not in ("wife", "concern") for t in topics(told))
    assert choices(told) == [] or "the concern" not in choices(told)


def test_determiner_pointer_is_not_replaced():
    told = ["The proposed changes to the bus service were announced.", "The changes are unpopular."]
    out, left, _ = fill_pointers("why has this proposal become public so late", told)
    assert "this proposal" in out and left == []


def test_question_asked_in_so_many_words_is_kept():
    parts = _texts("the potholes on station road are terrible. please provide the number of potholes reported on "
                   "station road in 2024")
    assert any("potholes" in p.lower() and "2024" not in p or "potholes" in p.lower() for p in parts)
    assert not any(re.search(r"(?i)\bthis\b", p) for p in parts)


def test_listed_subject_yes_no_question_still_gets_the_subject_frames():
    # a yes/no question about a subject the 20-subject data knows: its frames, not "a policy on the grass"
    parts = _texts("first of all i know theres no money! the public areas near me are overgrown with long grass that has "
                   "gone to seed because they havent been cut this year. When they ever come round to do it now it will "
                   "take a full day to uproot the brambles. Is there an actual policy on it? Does anyone here know?")
    assert any("grass cutting" in p or "grass-cutting" in p for p in parts)
    assert not any(re.search(r"(?i)policy on the grass\b", p) for p in parts)


def test_why_part_drops_the_writers_argument():
    from askfoi.framing import argument_cut, why_frame

    f = why_frame("What is the justification for spending nearly £41million on cyclists when only well under one per "
                  "cent of journeys in the borough are made using a bicycle?")
    assert f is not None and "£41million on cyclists" in f.text and "one per cent" not in f.text
    f = why_frame("why is the council closing the library when it made a profit last year")
    assert f is not None and "library" in f.text and "profit" not in f.text
    assert argument_cut("why the council spent £2m on the park despite residents objecting") == \
        "why the council spent £2m on the park"
    assert "in these times" not in argument_cut("why the council has chosen to reduce its bus subsidy in these times of "
                                                "increasing hardship")


def test_why_part_keeps_a_when_that_says_when():
    from askfoi.framing import why_frame

    f = why_frame("why are the bins collected late when it snows")
    assert f is not None and "when it snows" in f.text
