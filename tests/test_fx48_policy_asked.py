"""fx48 (issue 8, nc47 #4): "what the policy is" (a reported question naming no policy) after a part that says what
it is about is the policy on that thing, never an account ("plans, schedules, audit ... that record what the policy
is"); with nothing before it, the review says the part names nothing, never "Nothing to fix". My own wordings."""
from datetime import date

import pytest

from askfoi.conversation import Conversation
from askfoi.embedded_asks import direct_question
from askfoi.framing import frame_message, review_parts

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize("typed, direct", [
    ("how many were refused and what the policy is.", "how many were refused and what is the policy."),
    ("what the rules are on appeals", "what are the rules on appeals"),
    ("what their criteria were", "what were their criteria"),
])
def test_a_reported_what_is_question_reads_as_the_direct_one(typed, direct):
    assert direct_question(typed) == direct


@pytest.mark.parametrize("typed", ["what the council is doing about potholes", "what the trust was told by the CQC",
                                   "the letter said what the fine was"])
def test_a_be_verb_before_a_verb_or_after_reported_speech_is_left(typed):
    assert direct_question(typed) == typed


@pytest.mark.parametrize("text, about", [
    ("My client was refused a blue badge by Carmarthenshire County Council. She wants to know how many blue badge "
     "applications were refused in 2024/25 and what the policy is.", "blue badge applications"),
    ("how many parking permits did Leeds City Council issue in 2024 and what the rules are", "parking permits"),
])
def test_what_the_policy_is_after_a_count_is_the_policy_on_what_it_counts(text, about):
    parts = frame_message(text, today=TODAY).parts
    assert len(parts) == 2 and not parts[1].kept_words, [p.text for p in parts]
    assert parts[1].text.startswith("Any policy") and about in parts[1].text, parts[1].text


def test_the_review_reframes_a_kept_policy_question_with_the_part_before_it():
    found = review_parts(["The number of blue badge applications refused.", "Please tell me what the policy is."], [],
                         "1 April 2024 to 31 March 2025", today=TODAY, authority="Carmarthenshire County Council")
    fixes = " ".join((f.suggestion or "") + (f.rewrite or "") for f in found)
    assert "inspection results" not in fixes and "record what the policy is" not in fixes, fixes
    assert "policy, procedure or guidance on blue badge applications" in fixes, fixes


def test_the_review_never_finds_nothing_in_a_policy_question_with_no_part_before():
    found = review_parts(["Please tell me what the policy is."], [], None, today=TODAY, authority="Leeds City Council")
    assert found and all("inspection results" not in (f.suggestion or "") for f in found), [f.code for f in found]


def test_the_chat_offers_the_policy_on_the_thing_counted():
    conv = Conversation(today=lambda: TODAY)
    conv.start()
    conv.reply("My client was refused a blue badge by Carmarthenshire County Council. She wants to know how many blue "
               "badge applications were refused in 2024/25 and what the policy is.")
    parts = " | ".join(conv.session.parts)
    assert "what the policy is" not in parts and "blue badge applications" in parts.split("|")[-1], parts


@pytest.mark.parametrize("text, about", [
    ("My client was refused a blue badge by Carmarthenshire County Council. She wants to know what the policy is.",
     "blue badge"),
    ("My neighbour has a dog that barks all night and Leeds City Council does nothing. What are the rules?", "dog"),
])
def test_a_bare_policy_after_a_story_is_the_policy_on_what_the_story_is_about(text, about):
    parts = frame_message(text, today=TODAY).parts
    assert len(parts) == 1 and parts[0].text.startswith("Any policy") and about in parts[0].text, [p.text for p in parts]


def test_a_story_that_names_nothing_for_it_is_never_quoted_with_words_not_typed():
    framed = frame_message("my client was turned down for a council house by leeds city council. she wants to know what "
                           "the criteria are.", today=TODAY)
    assert not any("on it" in q for q in framed.questions), framed.questions
