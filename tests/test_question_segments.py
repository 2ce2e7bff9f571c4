"""fr5: how an informal message is cut into the things it asks, and how a kept question is tidied.

Behaviour, not wording: how many parts, that no part starts with "can X tell me", that no part holds two
questions' clauses, that background and reasons never become parts. The texts are invented for these tests
(none is in tests/data/informal_messages.jsonl or first_messages.jsonl).
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from askfoi.framing import frame_message
from askfoi.kept_questions import body_pronouns, body_short, fix_informal, invert_embedded, kept_problems, tidy_words
from askfoi.questions import fill_heads, question_clauses, sentence_kind, split_questions, strip_address

TODAY = date(2026, 6, 1)
_QW = re.compile(r"(?i)(?:^|[,?]\s*|\band\s+|\balso\s+)(?:how\s+(?:many|much|long|often)|what|which|who|where|when|why)\b")


def _clauses(text: str) -> int:
    """How many question-word clauses a part holds."""
    return len(_QW.findall(text))


def parts(text: str) -> list[str]:
    return [p.text for p in frame_message(text, today=TODAY).parts]


def test_an_address_or_topic_in_front_is_taken_off_and_the_run_is_cut():
    for text in ("dudley council: how many bus shelters did you remove in 2024, how many were replaced, how much did the "
                 "new ones cost",
                 "dudley council bus shelters - how many bus shelters did you remove in 2024, how many were replaced, how "
                 "much did the new ones cost",
                 "dudley council bus shelters how many bus shelters did you remove in 2024 how many were replaced how much "
                 "did the new ones cost"):
        got = split_questions(text)
        assert len(got) == 3, got
        assert not any(re.match(r"(?i)dudley|bus shelters\s*-", q) for q in got)


def test_a_year_or_a_place_in_front_is_not_an_address():
    assert strip_address("2024: how many fines were issued") == "2024: how many fines were issued"
    assert strip_address("in leeds city council, how many staff left") == "in leeds city council, how many staff left"


@pytest.mark.parametrize("text", [
    "can york council tell me how many bins were stolen in 2024",
    "could the met police please tell me how many horses they own",
    "does the ministry of justice know how many prison officers were assaulted in 2024",
    "i'd like to find out how many bridges norfolk county council inspected in 2024",
    "i want to know how many library books were never returned in 2024",
])
def test_no_part_starts_by_asking_the_body_to_tell(text):
    got = parts(text)
    assert got
    assert not any(re.match(r"(?i)(?:can|could|does|i'?d|i\s+want)\b", p) for p in got), got
    assert all(kept_problems(p.text) == [] for p in frame_message(text, today=TODAY).parts if p.kind == "kept")


def test_short_elliptical_questions_are_cut_and_later_ones_name_what_they_count():
    text = ("how many foxes were reported to the council in 2024? how many were trapped, how many relocated, how many "
            "were put down")
    got = split_questions(text)
    assert len(got) == 4
    assert all("fox" in q for q in got[2:]), got  # a later one in the run says what it counts
    assert len(parts(text)) == 4


def test_a_subset_marked_with_of_them_is_written_with_what_it_counts():
    text = "how many people were cautioned for begging in 2024, how many of them were under 18"
    assert len(split_questions(text)) == 2
    got = parts(text)
    assert len(got) == 2 and " them " not in got[1] and "people" in got[1] and "18" in got[1]
    # further from the count it leans on, the clause itself names what it counts
    got = split_questions("how many people were cautioned for begging in 2024, how many were fined, how many of them "
                          "were under 18")
    assert len(got) == 3 and "of them" not in got[2] and "people" in got[2]


def test_a_count_elsewhere_is_not_made_a_subset():
    got = fill_heads(["how many potholes were reported in hull in 2024", "how many in york"])
    assert got[1] == "how many in york"


def test_a_breakdown_list_stays_with_its_question():
    got = split_questions("how many fines did the council issue in 2024, broken down by ward, who issued them, how much "
                          "each was and whether it was paid")
    assert len(got) == 1


def test_embedded_question_words_are_not_cuts():
    assert len(question_clauses("how many people asked how much the permits cost")) == 1


@pytest.mark.parametrize("text", [
    "how many parking permits did the council sell in 2024, how many were refunded and what did the permits cost",
    "how much did the trust spend on taxis in 2024 and which taxi firms were used also how many journeys were for patients",
    "how many trees were planted in 2024 how many died in the first year what did the planting cost",
])
def test_no_part_holds_two_questions_clauses(text):
    assert len(split_questions(text)) == 3
    got = parts(text)
    assert len(got) >= 2, got
    assert all(_clauses(p) <= 1 for p in got), got


def test_background_and_reasons_never_become_parts():
    text = ("my dad uses a mobility scooter. how many dropped kerbs did the council install in 2024 as i cant get "
            "to the shops")
    got = split_questions(text)
    assert len(got) == 1 and "dad" not in got[0] and "shops" not in got[0]
    assert sentence_kind("my dad uses a mobility scooter") == "background"
    assert sentence_kind("sorry if this is the wrong place") == "background"
    assert sentence_kind("how many dropped kerbs were installed") == "question"
    assert sentence_kind("please provide the gritting routes") == "request"
    assert sentence_kind("Yours faithfully") == "procedural"


def test_a_story_then_i_want_to_know_keeps_only_the_question():
    got = split_questions("my sister lives in a tower block and she wants to know how many fire doors failed inspection in 2024")
    assert len(got) == 1 and "sister" not in got[0]


def test_kept_questions_are_tidied_as_a_letter_writes_them():
    text = tidy_words("also whats the councils policy on dog bins as i dont think theres enough")
    assert not text.lower().startswith("also") and "whats" not in text and "dont" not in text
    assert fix_informal("i think i.e. this") == "I think i.e. this"
    assert invert_embedded("how much the council has spent on signs") == "how much has the council spent on signs"
    assert invert_embedded("how much money this saved") == "how much money did this save"
    assert invert_embedded("how many of the trains that were late") == "how many of the trains that were late"


def test_the_well_formed_check_finds_each_fault():
    assert kept_problems("How many bins were stolen in 2024?") == []
    assert kept_problems("how many bins were stolen?")  # no capital
    assert kept_problems("How many bins were stolen")  # no end mark
    assert kept_problems("Whats the budget?")  # informal spelling
    assert kept_problems("Also how many bins were stolen?")  # joining word
    assert kept_problems("Can York Council tell me how many bins were stolen?")
    assert kept_problems("How many bins were stolen? How many were found?")
    assert kept_problems("How many bins were stolen, how many were replaced and what did it cost?")
    assert kept_problems("How many bins were stolen as i think its a lot?")


def test_they_means_the_body_only_where_nothing_else_can_be_meant():
    assert body_short("Swindon Borough Council") == "the council"
    assert body_short("Avon and Somerset Constabulary") == "the force"
    # lf64: the letter speaks to the body: "you", "your" (was "the council", "the council's")
    assert "cost you" in body_pronouns("How much did it cost them to clear the drains?", "the council")
    assert body_pronouns("How many did they pay?", "the council") == "How many did you pay?"
    assert body_pronouns("What do they spend on taxis?", "the council") == "What do you spend on taxis?"
    assert body_pronouns("How much they spend on taxis.", "the council") == "How much you spend on taxis."
    # people named before "they": it may mean them, so it stays
    kept = "How many tenants asked for repairs and did they pay for them?"
    assert body_pronouns(kept, "the council") == kept
    # "were they used": the things, not the body acting
    assert "they" in body_pronouns("How many times were they used?", "the council")
    # each pronoun on its own evidence: "fixing them" is the potholes
    assert body_pronouns("How much did they spend fixing them?", "the council") == "How much did you spend fixing them?"
    assert body_pronouns("Did they make their own process?", "the council") == "Did you make your own process?"


def test_the_examples_in_the_brief_shape():
    f = frame_message("hi, can swindon council tell me how many stray dogs went into pounds in 2019? how many were "
                      "reclaimed by owners, how many adopted, how many were put down, and what happend to the rest? also "
                      "where are people told to take a stray dog out of hours as i dont think theres a pound in swindon "
                      "anymore", today=TODAY)
    texts = [p.text for p in f.parts]
    assert len(texts) == 6, texts
    assert not any(re.match(r"(?i)can\b|also\b", t) for t in texts)
    assert not any("dont" in t or "happend" in t or "think" in t for t in texts)
    assert all(_clauses(t) <= 1 for t in texts)


def test_a_formal_item_of_several_questions_is_cut_and_the_writers_view_is_not_a_part():
    text = ("Dear Dorset Council,\n\nFollowing the articles in the local paper about the harbour, I am worried about "
            "how the dredging is paid for.\n\nPlease could you provide the number of dredging contracts awarded since "
            "2020, how many went to a single supplier and whether any were extended without tender. Please also tell "
            "me what the dredging cost in 2024.\n\nYours faithfully,\nR Hill")
    f = frame_message(text, today=TODAY)
    texts = [p.text for p in f.parts]
    assert len(texts) == 4, texts
    assert not any("worried" in t or "articles" in t for t in texts + f.questions)
    assert all(_clauses(t) <= 1 for t in texts), texts


def test_an_embedded_question_with_an_adverb_is_written_as_a_question():
    assert invert_embedded("how long on average the repairs took") == "how long on average did the repairs take"


@pytest.mark.parametrize("text", [
    "Please provide the number of taser discharges in 2024. Please note that I am a journalist.",
    "how many parking fines did leeds council issue in 2023? i live in leeds and got three of them.",
    "Please provide the number of taser discharges. The period I am interested in is 2019 to 2023.",
])
def test_remarks_story_and_period_notes_are_never_asked_back(text):
    framing = frame_message(text, today=date(2026, 11, 30))
    assert framing.parts and not framing.questions


@pytest.mark.parametrize("typed, expected_end", [
    ("the total cost of the scheme?", "."),     # a noun phrase is asked for, not a question
    ("copies of the minutes?", "."),
    ("In 2023 how many fines were issued?", "?"),
    ("if yes, which company supplies it", "?"),
    ("provide the number of officers who have left?", "."),  # an instruction, not a question
])
def test_a_kept_part_ends_as_what_it_is(typed, expected_end):
    from askfoi.framing import keep_words

    assert keep_words(typed).text.endswith(expected_end)


def test_if_so_follow_ups_are_not_turned_into_confirm_whether():
    from askfoi.framing import keep_words

    text = keep_words("if so, please provide a copy of the policy").text
    assert text.startswith("If so") and "confirm whether so" not in text.lower()


def test_a_title_line_over_the_request_is_not_a_part():
    text = ("Freedom of Information Request - Taser Use\nPlease provide the number of times officers drew a taser "
            "in 2024.\nPlease also provide the number of discharges.")
    parts = frame_message(text, today=TODAY).parts
    assert len(parts) == 2 and not any("Freedom of Information Request" in p.text for p in parts)


@pytest.mark.parametrize("text", ["Please provide the number of times officers drew a taser in 2024.",
                                  "the number of times the police helicopter was used in 2023"])
def test_the_number_of_times_keeps_its_clause(text):
    part = frame_message(text, today=TODAY).parts[0]
    assert part.text.startswith("The number of times") and " who " not in part.text


def test_it_in_a_kept_follow_up_names_the_one_thing_before():
    parts = frame_message("how much did the council spend on the new footbridge in 2024? when will it be finished?",
                          today=TODAY).parts
    assert "footbridge" in parts[-1].text and " it " not in parts[-1].text


def test_a_cost_after_a_count_of_times_is_never_the_cost_of_times():
    parts = frame_message("how many times was the police helicopter used in 2023, and how much did it cost?",
                          today=TODAY).parts
    assert not any(p.text.rstrip(".").endswith(" on times") for p in parts)


def test_currently_is_kept_as_the_day_the_figures_are_taken():
    part = frame_message("how many staff does the council currently employ on zero hours contracts", today=TODAY).parts[0]
    assert part.qualifiers.on and "date of this request" in part.text


def test_a_story_that_leads_into_a_question_is_a_question():
    from askfoi.questions import sentence_kind

    assert sentence_kind("we were told the library will close, why was this decided?") == "question"
    assert sentence_kind("my mum was on a trolley for 14 hours.") == "background"


def test_a_note_before_the_first_question_is_not_asked_back():
    framing = frame_message("The period is 2019 to 2023. How many parking fines were issued?", today=TODAY)
    assert framing.parts and not framing.questions


def test_a_council_asked_about_ripa_without_its_name_gets_no_ncnd_warning():
    framing = frame_message("how many times has the council used its RIPA powers for directed surveillance since 2020",
                            today=TODAY)
    assert not any(p.warning for p in framing.parts)
    assert "ncnd-risk" not in {f.code for f in framing.findings}
    police = frame_message("does the force use facial recognition", today=TODAY)
    assert "ncnd-risk" in {f.code for f in police.findings}
