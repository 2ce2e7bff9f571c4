"""rd67: reply reader classes found on fresh64 (tuning from session 51), tested in other words than the letters.

1. The enclosure named as a copy of what was asked for gives ("Please find copies of the minutes you asked for
   enclosed"), and so does what was asked for said to be in an annex or appendix of the letter; a website stays a
   pointer (published).
2. A number in brackets opening its line is an answer's marker ("(1) ...", "(2) ...", "(1a)", "(1b)"), so a reply
   numbered that way is read part by part; a bracketed subsection inside a sentence ("section 31 (1) (a)") is not."""

from askfoi.models import Outcome
from askfoi.reader import read_reply


def test_a_copy_of_what_was_asked_for_enclosed_gives():
    r = read_reply("Thank you for your request of 2 May.\nPlease find copies of the minutes you asked for enclosed.\n"
                   "If you are unhappy with this response you may ask for an internal review.")
    assert r.outcome == Outcome.disclosed


def test_what_was_asked_for_in_an_appendix_gives():
    r = read_reply("Thank you for your request about road resurfacing.\n"
                   "The figures you requested can be found in Annex C.")
    assert r.outcome == Outcome.disclosed


def test_found_on_the_website_stays_published():  # guard: passes on main too
    r = read_reply("Thank you for your request.\nThe information you requested can be found on our website at "
                   "https://www.example-council.gov.uk/roads.")
    assert r.outcome == Outcome.published


def test_bracketed_numbers_opening_lines_are_parts():
    r = read_reply("Thank you for your request about library closures.\n"
                   "(1) Four libraries closed in 2023.\n"
                   "(2) The council does not hold any record of visitor numbers before 2015.")
    assert [(p.number, p.outcome) for p in r.parts] == [("1", Outcome.disclosed), ("2", Outcome.not_held)]
    assert r.outcome == Outcome.part_disclosed


def test_bracketed_sub_parts_opening_lines_are_parts():
    r = read_reply("Response\n(1a) The service held 3 events in 2024.\n"
                   "(1b) We are unable to provide the names of the speakers because the exemption at section 40(2) "
                   "applies to that information.")
    assert [p.number for p in r.parts] == ["1a", "1b"]
    assert r.outcome == Outcome.part_disclosed


def test_a_bracketed_subsection_inside_a_sentence_is_no_part():  # guard
    r = read_reply("The information is exempt under section 31 (1) (a) of the Act, as its release would be likely to "
                   "prejudice the prevention of crime.")
    assert r.parts == [] and r.outcome == Outcome.refused
