"""nx67 (nc64 #14): the subject line is said from the frames' subject noun phrases, never from text cut out of a part
("18s, 2025", "people, 2025", a question said back); a part that is a noun clause ends with a full stop, not "?"; a
subject access letter says where to reply (the email, or a gap for the address), and the check flags a subject access
draft with no address to reply to. Parts written the way people accept them (bench/nx67_messages/c2_parts.txt)."""
import subprocess
import sys
from datetime import date

import pytest

from askfoi.answers import Answers
from askfoi.letter import draft_letter

TODAY = date(2026, 12, 5)
PERIOD = "1 January 2025 to 31 December 2025"


def _letter(authority, parts, **more):
    return draft_letter(Answers(authority=authority, requester_name="Jane Smith", parts=parts, period=PERIOD, **more),
                        today=TODAY)


@pytest.mark.parametrize("authority,parts,fragment", [
    ("West Midlands Police", ["How many under 18s were stop searched in handsworth last year broken down by ethnicity, "
                              "and has anyone complained about the officers involved before?"], "18s"),
    ("Worcestershire County Council", ["How many people had to sell there home to pay for care last year?"], "people,"),
    ("Manchester City Council", ["How many of them were refused?"], "them"),
    ("Leeds City Council", ["how many times were my bins missed in 2025?"], "times,"),
])
def test_no_subject_line_is_a_fragment_or_a_question(authority, parts, fragment):
    subject = _letter(authority, parts).subject
    topic = subject.split(":", 1)[1]
    assert fragment not in topic, subject
    assert "?" not in subject and not topic.strip().lower().startswith(("how ", "what ", "who ")), subject


def test_the_subject_line_names_what_the_parts_ask_about():
    subject = _letter("Elderpark Housing Association", [
        "The number of damp and mould complaints for 14 Langlands Road Govan (my close) and for the whole Govan area.",
        "How much they spent on repairs for damp."]).subject
    assert "damp" in subject and "Langlands" not in subject, subject


def test_a_question_that_names_its_subject_may_be_the_subject_line():
    subject = _letter("Bristol City Council", ["Is the park going to be sold?"]).subject  # whole, never cut (control)
    assert subject.endswith(": Is the park going to be sold"), subject


@pytest.mark.parametrize("part,end", [
    ("How much the incinerator is costing the council?", "How much the incinerator is costing the council."),
    ("What the council pays care homes per week for residents?", "What the council pays care homes per week for residents."),
    ("Whether the force uses drones at football matches?", "Whether the force uses drones at football matches."),
])
def test_a_noun_clause_part_ends_with_a_full_stop(part, end):
    letter = _letter("Hertfordshire County Council", [part, "The total spent on agency staff."])
    assert end in letter.body and part not in letter.body


def test_a_question_stays_a_question():
    letter = _letter("Kent Police", ["Was the policy reviewed after 2020?"])
    assert "Was the policy reviewed after 2020?" in letter.body


def test_a_subject_access_letter_says_where_to_reply():
    sent = draft_letter(Answers(authority="Leeds City Council", requester_name="Jane Smith", parts=["My housing file."],
                                regime="SAR", email="jane@example.com"), today=TODAY)
    assert "Please send your reply to me by email at jane@example.com." in sent.body
    assert "reply_address" not in sent.missing
    gap = draft_letter(Answers(authority="Leeds City Council", requester_name="Jane Smith", parts=["My housing file."],
                               regime="SAR"), today=TODAY)
    assert "[MY EMAIL OR POSTAL ADDRESS]" in gap.body and "reply_address" in gap.missing


def test_the_chat_says_a_subject_access_letter_still_needs_an_address():
    from askfoi.templates import render

    said = render("bot/saved.j2", path="/tmp/x.txt", stays=False, gaps=["reply address"])
    assert "not finished" not in said and "address the reply should be sent to" in said


def _check(text, tmp_path):
    path = tmp_path / "draft.txt"
    path.write_text(text, encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "askfoi.cli", "check", "-f", str(path), "--authority",
                          "Leeds City Council", "--json"], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    return out.stdout


_SAR = ("Dear Leeds City Council,\n\nThis is a subject access request under Article 15 of the UK GDPR. Please send me a "
        "copy of my housing file.\n\nYours faithfully,\n\nJane Smith\n")


def test_the_check_flags_a_subject_access_draft_with_no_reply_address(tmp_path):
    assert '"no-reply-address"' in _check(_SAR, tmp_path)
    assert '"no-reply-address"' not in _check(_SAR + "jane@example.com\n", tmp_path)
    assert '"no-reply-address"' not in _check(_SAR + "12 Elm Road, Leeds LS6 2AB\n", tmp_path)


def test_an_foi_draft_is_not_flagged_for_its_reply_address(tmp_path):
    foi = ("Dear Leeds City Council,\n\nUnder the Freedom of Information Act 2000, please provide the number of missed "
           "bin collections in 2025.\n\nYours faithfully,\n\nJane Smith\n")
    assert '"no-reply-address"' not in _check(foi, tmp_path)
