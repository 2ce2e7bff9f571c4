"""fr24b (issue 8): parts of a formal request that stand on their own: a lead-in's subject carried into each item,
pointers written out, follow-ups kept with the part they depend on. Invented letters only."""

from datetime import date

from askfoi.framing import frame_message
from askfoi.questions import read_message

TODAY = date(2026, 12, 1)


def parts(text: str) -> list[str]:
    return [p.text for p in frame_message(text, today=TODAY).parts]


def test_open_yes_no_lead_in_with_colon_reaches_each_item():
    text = ("Does Midshire Fire Service:\n"
            "1a. Own thermal imaging cameras? If so, how many, and what make?\n"
            "1b. Hire thermal imaging cameras from a private company? If so, which company?\n"
            "2. How many times were thermal imaging cameras used in 2024?")
    asked = read_message(text).questions
    assert asked[0] == "Does Midshire Fire Service own thermal imaging cameras? If so, how many, and what make?"
    assert asked[1] == "Does Midshire Fire Service hire thermal imaging cameras from a private company? If so, which company?"
    got = parts(text)
    assert not any(p.startswith(("Own ", "Hire ", "What make", "If so")) for p in got)
    assert any("how many" in p for p in got)


def test_numbered_run_restarting_under_an_item_is_its_sub_list():
    from askfoi.outline import restarted_runs

    lines = ["1. A list of all shops in your area that are currently recorded as:", "1. Closed for more than a year",
             "2. Subject to a business rates relief", "2. For each shop, please provide:", "3. The total number."]
    assert restarted_runs(lines) == [lines[0], "a) Closed for more than a year", "b) Subject to a business rates relief",
                                     lines[3], lines[4]]
    plain = ["1. How many shops closed?", "2. How many opened?", "3. Which streets?"]
    assert restarted_runs(plain) == plain


def test_fields_under_a_for_each_stem_stay_with_it():
    text = ("1. A list of all shops in your area that are currently recorded as:\n"
            "1. Closed for more than a year\n"
            "2. Subject to a business rates relief\n"
            "2. For each shop, please provide:\n"
            "\u2022 Full postal address (or, if you consider this disclosable only in part, the street name)\n"
            "\u2022 The date on which the shop was first recorded as closed, or if this is not held, the total length of "
            "time (in months or years) that the shop has been recorded as closed\n"
            "\u2022 The rates relief that applies\n"
            "3. The number of shops subject to a compulsory purchase order.")
    got = parts(text)
    assert any("closed for more than a year" in p.lower() and "business rates relief" in p for p in got)
    fields = [p for p in got if p.startswith("For each shop")]
    assert len(fields) == 1 and "postal address" in fields[0] and "first recorded as closed" in fields[0] \
        and "rates relief that applies" in fields[0]
    assert not any(p.startswith(("The date on which", "The rates relief")) for p in got)


def test_existential_there_and_stray_please_leave_the_part():
    got = parts("Can you tell me please how many noise complaints the council had about wind farms in 2023? "
                "Can you tell me how many complaints there were for each individual wind farm?")
    assert not any(p.startswith("Please how") for p in got)
    assert not any("complaints there" in p for p in got)


def test_the_above_noun_is_written_out_never_two_asks_merged():
    got = parts("Question 1 What is the current procedure for the recruitment of interpreters/translators? "
                "Question 2 Does a code of practice document exist? "
                "Question 3 A copy of the document referred to at point number 2. "
                "Question 4 What other checks are made by the council when carrying out the above procedure?")
    assert any(p.startswith("A copy of the document referred to at") and p.endswith("2.") for p in got)
    last = [p for p in got if "checks" in p]
    assert len(last) == 1 and "procedure for the recruitment of interpreters/translators" in last[0] and "above" not in last[0]
    assert not last[0].startswith("A copy")


def test_a_split_note_ending_in_colon_stays_with_its_item():
    text = ("1. How many council run swimming pools have closed between 1 April 2012 and 31 March 2020?\n\n"
            "Please provide numbers for indoor and outdoor pools as at 31 March 2020:\n\n"
            "2. How many trust run swimming pools have closed between 1 April 2012 and 31 March 2020?\n\n"
            "Please provide numbers for indoor and outdoor pools as at 31 March 2020:\n")
    got = parts(text)
    assert len(got) == 2 and all("indoor and outdoor pools" in p for p in got)


def test_separate_figures_for_two_kinds_is_no_part_of_its_own():
    got = parts("How many libraries have closed since 2015? Please provide separate figures for static and mobile libraries.")
    assert len(got) == 1 and "static and mobile" in got[0]
