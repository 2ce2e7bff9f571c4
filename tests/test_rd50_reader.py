"""rd50 (session 44): the reader's remaining error classes, fixed by structure.

1. A pointer beside an NCND of "any other information": the lead's ruling on rd49 - a pointer the reply ties to the
   request (restates it, or names the question) gives that share, the NCND the rest (partly given, with NCND); a bare
   link beside the refusal keeps the refusal (NCND), never "published". ("Any other information" alone stays the NCND it
   says: rd6's convention, tests/test_reader_causes.py.)
"""

from __future__ import annotations

from askfoi.models import Outcome
from askfoi.reader import read_reply

NCND_OTHER = ("West Midlands Police can neither confirm nor deny that it holds any other information relevant to this request "
              "as the duty in s1(1)(a) of the Freedom of Information Act 2000 does not apply, by virtue of the following "
              "exemptions: Section 23(5) and Section 24(2).")


def test_a_pointer_tied_to_the_request_beside_an_ncnd_of_any_other_information_is_partly_given():
    r = read_reply("The information you requested is published on our website at https://www.example-police.uk/stats. "
                   + NCND_OTHER)
    assert r.outcome == Outcome.part_disclosed and r.ncnd and not r.unclear
    assert r.confidence != "low"


def test_a_bare_link_beside_an_ncnd_of_any_other_information_keeps_the_ncnd():
    # the lead's ruling (rd49): a link not tied to a part of the request decides no part; the refusal beside it stands
    r = read_reply("Our annual report is published at https://www.example-police.uk/annual-report. " + NCND_OTHER)
    assert r.outcome == Outcome.ncnd and r.ncnd


def test_guard_an_ncnd_of_any_other_information_alone_stays_the_ncnd_it_says():
    r = read_reply(NCND_OTHER)
    assert r.outcome == Outcome.ncnd and r.ncnd and not r.unclear


def test_guard_an_ncnd_of_the_whole_request_stays_ncnd():
    r = read_reply("West Midlands Police can neither confirm nor deny that it holds any information relevant to your request "
                   "by virtue of Section 23(5) and Section 24(2).")
    assert r.outcome == Outcome.ncnd and r.ncnd and not r.unclear


def test_guard_any_other_elsewhere_in_the_sentence_is_not_the_ncnd_s_object():
    r = read_reply("South Wales Police neither confirms nor denies that it holds information relevant to this request by "
                   "virtue of Section 24(2) and Section 31(3) ... confirming or denying that information is held regarding "
                   "business with PENLINK, or any other likeminded third-party provider, would cause operational harm.")
    assert r.outcome == Outcome.ncnd and not r.unclear


def test_guard_not_held_beside_an_ncnd_of_any_other_information_stays_not_held():
    r = read_reply("I am writing to inform you that we have searched our records and the information you requested is not "
                   "held by West Midlands Police. " + NCND_OTHER)
    assert r.outcome == Outcome.not_held and r.ncnd


# 2. An NCND needs something left unconfirmed. A reply that confirms it holds the information, and then cites NCND
#    provisions with no words of neither confirming nor denying, refuses under them as exemptions.

def test_ncnd_provisions_cited_after_confirming_the_information_is_held_are_a_refusal():
    r = read_reply("I can confirm that the information you have requested is held by North Yorkshire Police. Decision I have "
                   "today decided to exempt any information in relation to your request pursuant Section 24(2) National "
                   "Security and Section 31 (3) Law Enforcement of the Freedom of Information Act 2000.")
    assert r.outcome == Outcome.refused and not r.ncnd
    assert {"24(2)", "31(3)"} <= set(r.sections)


def test_guard_confirmed_held_then_said_to_neither_confirm_nor_deny_keeps_the_ncnd():
    r = read_reply("In respect of Section 1(1)(a) of the Act we can confirm that the Police Service of Northern Ireland does "
                   "hold information to which your request relates. The Police Service of Northern Ireland can neither "
                   "confirm nor deny that it holds the information you have requested by virtue of Section 23(5).")
    assert r.ncnd


def test_guard_ncnd_provisions_cited_without_a_confirmation_stay_an_ncnd():
    r = read_reply("Your request has been considered. I have today decided to exempt any information in relation to your "
                   "request pursuant to Section 24(2) National Security and Section 31(3) Law Enforcement.")
    assert r.outcome == Outcome.ncnd and r.ncnd


# 3. Sentence roles: a condition that says how the letter marks its answers ("Where information is not held or is exempt,
#    this is stated below") describes the letter; it decides nothing (knowledge/vocab/reply_roles.yaml, hypothetical).

LAYOUT = ("We confirm that we hold some of the information you have requested. Where the information is not held or is "
          "exempt from disclosure, this is stated below. We do not hold a budget for next year, as it has not been set. "
          "We consider that the names of the remaining IT staff are exempt under section 40(2) (personal information).")


def test_a_sentence_on_how_the_letter_marks_its_answers_decides_nothing():
    from askfoi.reader import read_sentences

    layout = [s for s in read_sentences(LAYOUT) if s.text.startswith("Where the information is not held")]
    assert layout and layout[0].role == "hypothetical" and not layout[0].signals
    assert read_reply(LAYOUT).outcome == Outcome.part_disclosed


def test_guard_a_where_clause_that_decides_stays_a_decision():
    r = read_reply("Where the information is held, it is attached. We do not hold the 2019 figures.")
    assert r.outcome in (Outcome.part_disclosed, Outcome.disclosed)
