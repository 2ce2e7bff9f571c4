"""lead48 (issue 8's named example, fc55's march message): a list whose lead-in names the body asked ("Can GMP tell
me: 1) ... 2) ..."), typed on one line or on several, is split into its items; the asking words never become a part
or a piece of one ("were protesters filmed covertly, Can GMP"), an item asked as an inverted question without "?"
("were protesters filmed covertly") is never dropped as a statement, and the neither-confirm-nor-deny warning
quotes the act ("filmed covertly"), never the list's next label ("covertly 2")."""

from datetime import date

import pytest

from askfoi.checks import check_request
from askfoi.framing import frame_message
from askfoi.questions import lead_in, sentence_kind, split_questions

ITEMS = ("1) were protesters filmed covertly 2) how long is the footage kept 3) was any of it shared with counter "
         "terrorism police?")
STORY = ("I was at the Palestine march in Manchester last Saturday and noticed officers filming us from a van with no "
         "markings. ")


@pytest.mark.parametrize("head", ["Can GMP tell me: ", "Could Greater Manchester Police please tell me: ",
                                  "can manchester city council tell me: ", "Would Essex Police let me know: ", ""])
@pytest.mark.parametrize("sep", [" ", "\n"])
def test_a_list_after_a_named_asker_is_split_into_its_items(head, sep):
    text = head.rstrip() + sep + ITEMS.replace(" 2)", sep + "2)").replace(" 3)", sep + "3)")
    parts = split_questions(text)
    assert [p.rstrip("?").lower() for p in parts] == [
        "were protesters filmed covertly", "how long is the footage kept",
        "was any of it shared with counter terrorism police"]


@pytest.mark.parametrize("line", ["Can GMP tell me:", "can leeds city council let me know:",
                                  "Would the council please tell us:"])
def test_a_lead_in_of_only_asking_words_adds_nothing_to_its_items(line):
    assert lead_in(line) == ""


def test_a_lead_in_that_qualifies_still_does():
    assert lead_in("Please provide the following for each year from 2021 to 2024:") == "for each year from 2021 to 2024"


@pytest.mark.parametrize("text", ["were protesters filmed covertly", "was the footage shared", "have any arrests been made",
                                  "were any fixed penalty notices issued"])
def test_an_inverted_question_without_a_question_mark_asks(text):
    assert sentence_kind(text) == "question"


@pytest.mark.parametrize("text", ["was really annoyed when the bins were missed", "we were filmed at the march"])
def test_a_story_sentence_is_still_told(text):
    assert sentence_kind(text) != "question"


def test_the_march_message_frames_three_parts_and_quotes_the_act():
    framed = frame_message(STORY + "Can GMP tell me: " + ITEMS, today=date(2026, 12, 5))
    texts = [p.text for p in framed.parts]
    assert len(texts) == 3, texts
    assert not any("GMP" in t or "1)" in t or "2)" in t for t in texts)
    ncnd = [f for f in framed.findings if f.code == "ncnd-risk"]
    assert ncnd and all(not any(ch.isdigit() for ch in (f.evidence or "")) for f in ncnd)
    assert "covertly" in ncnd[0].message


@pytest.mark.parametrize("text", ["Were protesters filmed covertly?", "Are the cameras used covertly at protests?"])
def test_a_covert_manner_is_quoted_with_its_act(text):
    found = [f for f in check_request(text, "Greater Manchester Police").findings if f.code == "ncnd-risk"]
    assert found and " " in found[0].evidence and "covertly" in found[0].evidence
