"""fr15a (issue 8): how a part's TEXT is made. Each cause of a garbled, spliced or not self-contained part found on
real request texts (holdout 16, tuning) is tested here with messages written for the test, not the holdout's texts:
a list of values fills the open end of the sentence that introduces it; sub-items with no subject finish the count or
the yes/no question the line above left open; "if so" follow-ups stay with their question; a participle before the
counted noun is no verb; listed verbs keep the question whole; a narrowed count agrees with its head noun; initials'
dots end no sentence; an abbreviation defined only in the story is written out; a pronoun never means "the years"."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from askfoi.framing import defined_abbreviations, frame_message, text_problems
from askfoi.questions import split_questions

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from kept_audit import kept_is_run  # noqa: E402

TODAY = date(2026, 12, 1)


def _parts(text: str) -> list[str]:
    return [p.text for p in frame_message(text, today=TODAY).parts]


def _kept_are_runs(text: str) -> None:
    f = frame_message(text, today=TODAY)
    names = [f.authority.name, f.authority.from_text] if f.authority else []
    for p in f.parts:
        if p.kind == "kept":
            assert kept_is_run(p.text or "", text, names), p.text


# --- a list of values fills the lead-in's open end -----------------------------------------------------------------

WARDS = ("Could you tell me how many penalty notices for littering were issued in 2023 in the wards of:\n"
         "- Abbey\n- Castle Hill\n- Priory\n- St Johns\n")


def test_values_fill_the_open_end_of_their_lead_in():
    parts = _parts(WARDS)
    assert len(parts) == 1
    # (lead 27: fr27a joins the lines as a list in English, "..., Priory and St Johns", keeping the names' capitals)
    assert "wards of Abbey, Castle Hill, Priory and St Johns" in parts[0]
    assert not any(p.startswith(("Abbey", "Castle", "Priory")) for p in parts)  # never the item before the lead-in
    _kept_are_runs(WARDS)


def test_items_that_ask_on_their_own_still_take_the_lead_in():
    text = ("Please provide the following for each year from 2021 to 2024:\n"
            "1. The number of fixed penalty notices issued for fly-tipping\n"
            "2. The number of prosecutions for fly-tipping\n")
    qs = split_questions(text)
    assert len(qs) == 2 and all("for each year from 2021 to 2024" in q for q in qs)


# --- sub-items with no subject finish what the line above left open ------------------------------------------------

LICENCES = ("1. How many applications have been made for a street trading licence, and how many of these applications\n"
            "a) have been refused?\n"
            "b) are still waiting for a decision?\n")


def test_predicate_sub_items_finish_an_open_count():
    qs = split_questions(LICENCES)
    assert "how many of these applications have been refused?" in qs
    assert "how many of these applications are still waiting for a decision?" in qs
    parts = _parts(LICENCES)
    assert len(parts) == 3
    assert all("street trading licence" in p for p in parts)
    assert not any(p.rstrip(".").endswith("applications") for p in parts)  # never "... that applications."


def test_verb_phrase_sub_items_finish_an_open_yes_no_question():
    text = ("1) Does Kent Fire and Rescue Service\n"
            "a) own thermal imaging drones? if so, how many?\n"
            "b) hire drone pilots from a private company? If so, which company?\n"
            "2) How many fires did you attend in 2024?\n")
    qs = split_questions(text)
    assert qs[0].startswith("Does Kent Fire and Rescue Service own thermal imaging drones?")
    assert qs[1].startswith("Does Kent Fire and Rescue Service hire drone pilots")
    assert "which company" in qs[1]  # the follow-up stays with its question
    assert not any(q.lower().startswith(("if so", "own ", "hire ")) for q in qs)


def test_if_so_follow_ups_stay_with_their_yes_no_question():
    text = ("Do you use a contractor to clear graffiti? If so which company do you use and what type of contract?\n"
            "Did the council close any public toilets in 2024, and if so on how many sites?\n")
    parts = _parts(text)
    assert not any(p.lower().startswith(("what type", "on how many", "if so")) for p in parts)
    assert any("what type of contract" in p and "graffiti" in p for p in parts)
    assert any("on how many sites" in p and "public toilets" in p for p in parts)


def test_question_word_with_an_aside_is_one_clause():
    parts = _parts("And how often, on average, does the council inspect each footbridge in the borough?")
    assert len(parts) == 1 and "inspect each footbridge" in parts[0]


# --- counts: participles, listed verbs, agreement ------------------------------------------------------------------

SCOOTERS = ("1. How many fires have been reported involving electric scooters in each of the last three years?\n"
            "2. How many reported fires involving electric scooters have led to a death in each of the last three years?\n")


def test_a_participle_before_the_counted_noun_is_no_verb():
    parts = _parts(SCOOTERS)
    assert len(parts) == 2
    second = parts[1].lower()
    assert second.count("involving electric scooters") == 1  # never the subject spliced into its own clause
    assert "death" in second


def test_a_verb_after_how_many_still_narrows_the_earlier_count():
    parts = _parts("How many complaints about noise did you get in 2023, and how many led to a warning?")
    assert any("complaints about noise" in p and "led to a warning" in p for p in parts)


def test_words_said_twice_are_a_garbled_splice():
    said = "How many reported fires involving electric scooters have led to a death"
    assert text_problems("The number of fires reported involving electric scooters that reported fires involving electric "
                         "scooters have led to a death.", said)
    # the template's own repetition is no splice ("impact assessment" said twice by the assessment frame)
    assert not text_problems("Any data protection impact assessment (DPIA) or equality impact assessment carried out "
                             "for the closure of the day centres.", "the equality impact assessment for the closure")
    assert not text_problems("The number of fires involving scooters that have led to a death.", said)


def test_listed_verbs_keep_the_question_whole():
    parts = _parts("How many vans do you own, lease or hire from other councils?")
    assert parts and "by you" not in parts[0] and "own, lease or hire" in parts[0]


# --- sentences, abbreviations, pronouns ----------------------------------------------------------------------------

def test_initials_with_dots_end_no_sentence():
    parts = _parts("Does the council follow the D.f.T. guidance on pothole repairs? If so, when was it adopted?")
    assert parts and "D.f.T. guidance" in parts[0] and "D.f.T?" not in parts[0]


def test_an_abbreviation_defined_only_in_the_story_is_written_out():
    assert defined_abbreviations("Northern Waste Services (NWS) took over the contract.") == {"NWS": "Northern Waste Services"}
    text = ("Northern Waste Services (NWS) took over bin collections from the council in 2022 and I have had "
            "nothing but missed bins since.\n"
            "Please provide a copy of the contract between the council and NWS.\n"
            "How many penalties has the council charged NWS for missed collections since 2022?\n")
    parts = _parts(text)
    assert parts and all("Northern Waste Services (NWS)" in p for p in parts if "NWS" in p)


def test_an_abbreviation_is_not_written_out_where_its_name_does_not_fit():
    text = ("I am asking about Closed Circuit Television Cameras (CCTVs) in the town centre.\n"
            "How many staff monitor a CCTV camera at night?\n")
    parts = _parts(text)
    assert not any("a Closed Circuit" in p for p in parts)


def test_a_pronoun_never_means_the_years():
    text = ("For a number of years the council have collected our glass every fortnight.\n"
            "They have now decided to stop, and I have some questions:\n"
            "1. What do they suggest happens to the glass boxes people already have?\n"
            "2. How do they expect people without cars to recycle glass?\n")
    assert not any("the years" in p for p in _parts(text))


def test_every_financial_with_the_year_left_out_is_a_yearly_breakdown():
    parts = _parts("Please can you tell me how many fly-tipping reports the council received for every financial since 2019/20?")
    assert parts and "every financial" not in parts[0] and "financial year" in parts[0]
