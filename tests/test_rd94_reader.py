"""rd94 (session 60): the reply reader on fresh91's classes (now tuning material) and nc91 #1, in replies written for
these tests in my own words.

- a list whose every item shows "1." (a web page's ordered list copied out, each item restarting its own list) is read
  as items 1, 2, 3 ... in their order (reader._repeated_ones); labels that are all "1" map nothing (answer_map)
- the last question told back is answered up to the annex that sets out the exemptions, or up to the rights notice: a
  paragraph of a few sentences under it is its answer, so a cost refusal is the item it sits under, never the one above
  (nc91 #1); the review's cost estimate is read from that item's own words
- the body's own contact options pointed at as a sign-off are no pointer to the information asked for
- the cost limit described (who sets it, where it is laid down) answers a question about it; it refuses nothing
- a question said to ask for an opinion "whereas" the Act covers recorded information is not held, not recorded
"""
from datetime import date

from askfoi.answer_map import map_answers
from askfoi.followup import review_letter
from askfoi.formats import render_letter
from askfoi.models import Outcome
from askfoi.reader import read_reply
from askfoi.reply_explain import explain_reply


def _parts(reading):
    return [(p.number, p.outcome.value) for p in reading.parts]


ONES_REQUEST = ("Dear Parks Team,\n\n  1. How many public tennis courts does the council maintain?\n"
                "  1. How much was spent resurfacing them in 2024?\n  1. Why were the courts at Elm Park closed?\n\n"
                "Yours faithfully,\nR. Patel")
ONES_REPLY = ("Thank you for your request of 3 March.\n\nWe can confirm that the council holds information relevant to "
              "your request.\n\n  1. The council maintains 26 public tennis courts across 9 parks.\n\n"
              "  1. Resurfacing in 2024 cost £41,300, as shown in our published spending over £500 data on our "
              "website.\n\n  1. No information is held on this. The courts were closed by the leisure trust that runs "
              "them, which holds its own records.\n\nKind regards\nParks Team")


def test_a_list_whose_every_item_shows_one_is_read_in_order():
    reading = read_reply(ONES_REPLY)
    assert [n for n, _ in _parts(reading)] == ["1", "2", "3"]
    assert _parts(reading)[0][1] == "disclosed" and _parts(reading)[2][1] == "not_held"
    # the request numbered the same way: its parts are 1, 2, 3 too, and the reader's parts stand
    explained = explain_reply(ONES_REPLY, request=ONES_REQUEST).reading
    assert [n for n, _ in _parts(explained)] == ["1", "2", "3"]
    assert map_answers(ONES_REPLY, ONES_REQUEST) is None  # labels all "1" pin no answer to a part


def test_a_list_that_goes_on_to_two_is_its_own_kind():  # guard: passes on main too
    text = ("Please see our answers below.\n\n1. We hold 14 grit bins.\n\n1. Each bin is refilled twice a winter.\n\n"
            "2. The refilling costs £2,900 a year.\n")
    reading = read_reply(text)
    assert [n for n, _ in _parts(reading)] in ([], ["1", "2"])


ANNEX_REPLY = ("Ferry timetable changes\n\nReference: FT-2291\n\nOutcome\nSome information provided.\n\n"
               "Request and response\n1. Which timetable software does the harbour board use?\nNaming the software would "
               "reveal the product used to run the booking systems and is exempt under section 31(1)(a) of the Act.\n\n"
               "2. When was the winter timetable agreed?\nThe winter timetable was agreed on 12 September 2024.\n\n"
               "3. Who signed off the change?\nThe change was signed off by:\n\nMorag Innes\nHead of Marine Operations\n\n"
               "Our full contact options can be found on our website here: https://harbour.example/contact\n\n"
               "ANNEX\nExemptions applied\n\nSection 43(2) - Commercial interests\n\nThis section exempts information "
               "whose disclosure would be likely to prejudice the commercial interests of any person.\n")


def test_the_last_answer_ends_at_the_annex_and_is_read():
    reading = read_reply(ANNEX_REPLY)
    got = dict(_parts(reading))
    assert got.get("1") == "refused" and got.get("2") == "disclosed"
    assert got.get("3") == "disclosed"  # the contact options pointed at are a sign-off, not the answer


BINS_REPLY = ("Dear Mr Osei\n\nYour request has been handled under the Freedom of Information Act 2000.\n\n"
              "1. The number of missed bin collections reported in 2025.\nWe logged 4,116 reports of missed collections "
              "in 2025.\n\n2. The number of crews working each week.\nThere were 31 collection crews each week.\n\n"
              "3. The reason recorded for each missed collection.\nReasons are kept in the free-text notes of each "
              "report rather than in a field we can search. Reading every note would take about five minutes a report. "
              "We estimate that this would take well over 18 hours. Section 12 of the Act therefore applies to this "
              "part of your request.\n\nIf you are unhappy with this response you may ask for an internal review.\n")


def test_a_cost_refusal_is_the_item_it_sits_under():
    got = dict(_parts(read_reply(BINS_REPLY)))
    assert got.get("1") == "disclosed" and got.get("2") == "disclosed" and got.get("3") == "cost_limit"
    letter = render_letter(review_letter(BINS_REPLY, today=date(2026, 12, 7), name="Kofi Osei"), "text")
    assert "The cost estimate (part 3)" in letter
    assert "4,116" not in letter and "31 collection" not in letter  # another part's figures are no estimate's base


def test_the_cost_limit_described_answers_a_question_about_it():
    text = ("Thank you for your questions.\n\n1. The appropriate limit for councils is set by the Fees Regulations, not "
            "by the council.\n\n2. We received 1,204 requests in 2025.\n")
    reading = read_reply(text)
    got = dict(_parts(reading))
    assert got.get("1") in (None, "disclosed") and got.get("2") == "disclosed"
    assert reading.outcome == Outcome.disclosed


def test_a_cost_refusal_that_names_the_limit_stays_one():  # guard: passes on main too
    text = ("1. We hold 212 contracts.\n\n2. Reading every contract would take us over the cost limit, which is set at "
            "£450 for councils. Section 12 applies to this part.\n")
    assert dict(_parts(read_reply(text))).get("2") == "cost_limit"


def test_a_question_of_opinion_whereas_the_act_covers_records_is_not_recorded():
    text = ("1. The library opened in 1962.\n\n2. Your second question asks for our view on the closure, but the Act only "
            "gives a right to recorded information.\n")
    reading = read_reply(text)
    part = next(p for p in reading.parts if p.number == "2")
    assert part.outcome == Outcome.not_held and part.not_recorded


TABLE_REPLY = ("1. Spending on school transport taxis was as follows:\n|\nYear\n|\nAmount\n|\n|\n2023/24\n|\n£412,880.00\n|\n|\n"
               "Escort staff\n|\n£96,140.50\n|\nIn addition, some journeys were booked on purchase cards, and those "
               "transactions are published on the Council's website at https://council.example/spending.\n\n"
               "2. This information is available on the Council's website as part of our payments to suppliers data at "
               "https://council.example/suppliers.\n")


def test_sums_in_a_table_copied_one_cell_to_a_line_are_the_answer():
    got = dict(_parts(read_reply(TABLE_REPLY)))
    assert got.get("1") == "disclosed"  # the sums are given; the pointer only says where more is
    assert got.get("2") == "published"  # (guard: a pointer alone stays a pointer)
