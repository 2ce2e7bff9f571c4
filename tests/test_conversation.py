"""The conversation engine on its own (no Textual): what the bot says and keeps as the person answers."""

from __future__ import annotations

import urllib.parse
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from askfoi.conversation import MAX_ANSWER_CHARS, Conversation, Step, format_choices, split_numbered
from askfoi.deadlines import deadline
from askfoi.models import Regime
from askfoi.periods import parse_period, period_choices

TODAY = date(2026, 1, 5)
MARKUP = "[bold]x[/] [link=https://example.org]y[/link] [/] [/foo] [red on blue]z"


def new_conversation(**kw) -> Conversation:
    conv = Conversation(today=lambda: TODAY, **kw)
    conv.start()
    return conv


def answer(conv: Conversation, *replies: str) -> str:
    """Send each reply; return everything the bot said to the last one."""
    text = ""
    for reply in replies:
        turn = conv.reply(reply)
        text = "\n".join(m.text for m in turn.messages)
    return text


def to_done(conv: Conversation, about: str = "How many speed cameras did you operate?") -> None:
    answer(conv, about, "Essex Police", "2023", "ok")
    while conv.session.step == Step.review:
        answer(conv, "ok")
    answer(conv, "1", "Jo Bloggs", "jo@example.org")


def test_greeting_says_what_askfoi_does_and_warns_about_privacy():
    text = Conversation().start().messages[0].text
    assert "Freedom of Information" in text
    assert "published" in text and "personal details" in text
    assert "What do you want to find out?" in text.splitlines()[-1]  # ends with the first question


def test_question_is_rephrased_as_a_request_for_records_with_findings():
    conv = new_conversation()
    said = answer(conv, "Why did you close the library?")
    assert conv.session.step == Step.authority
    assert conv.session.parts and not conv.session.parts[0].lower().startswith("why")
    assert "recorded information" in said.lower()
    assert conv.session.parts[0] in said
    # ck13: the reasons for one decision need no period (a period on them was a false finding) ...
    assert "what period" not in said.lower()
    # ... while the findings on a part that counts are named at once (the period is missing)
    said = answer(new_conversation(), "How many people used the library before you closed it?")
    assert "period" in said.lower()


def test_about_yourself_suggests_a_subject_access_request():
    conv = new_conversation()
    said = answer(conv, "I want a copy of my own records and the CCTV footage of me")
    assert "subject access request" in said
    assert conv.regime() == Regime.SAR


def test_full_conversation_makes_a_letter_with_the_due_date():
    conv = new_conversation()
    to_done(conv)
    s = conv.session
    assert s.step == Step.done
    assert s.authority == "Essex Police"
    assert "2023" in (s.period or "")
    assert s.preferred_format == format_choices()[0]
    letter = conv.letter_text()
    assert "Jo Bloggs" in letter and "Essex Police" in letter
    assert all(part in letter for part in s.parts)
    due = deadline(TODAY, conv.regime()).due
    assert conv.due() == due
    last = s.history[-2].text
    assert f"{due.day} {due:%B %Y}" in last
    assert s.history[-1].kind == "letter" and s.history[-1].text == letter.strip()


@pytest.mark.parametrize("typed", ["2023", "2020/21 to 2023/24", "last 12 months", "1 Jan 2023 to 31 Dec 2023"])
def test_period_understands_the_usual_forms(typed):
    conv = new_conversation()
    answer(conv, "How many fixed penalty notices were issued?", "Leeds City Council", typed)
    assert conv.session.step == Step.parts
    assert conv.session.period == parse_period(typed, today=TODAY).label


def test_period_can_be_picked_by_number_and_unclear_periods_are_asked_again():
    conv = new_conversation()
    answer(conv, "How many fixed penalty notices were issued?", "Leeds City Council")
    said = answer(conv, "sometime ages ago maybe")
    assert conv.session.step == Step.period and conv.session.period is None
    assert "period" in said.lower()
    answer(conv, "2")
    assert conv.session.period == period_choices(TODAY)[1].label


def test_parts_can_be_added_edited_removed_and_reordered():
    conv = new_conversation()
    answer(conv, "How many speed cameras are there?", "Essex Police", "2023")
    first = list(conv.session.parts)
    answer(conv, "add The cost of maintaining them")
    assert conv.session.parts == first + ["The cost of maintaining them."]  # the letter's end mark (nu17)
    answer(conv, f"move {len(first) + 1} to 1")
    assert conv.session.parts[0] == "The cost of maintaining them."
    answer(conv, "edit 1 the total maintenance cost")
    assert conv.session.parts[0] == "The total maintenance cost."
    said = answer(conv, "remove 9")
    assert "no part 9" in said
    answer(conv, "remove 1")
    assert conv.session.parts == first
    answer(conv, "ok")
    assert conv.session.step in (Step.review, Step.format)


def test_going_back_and_changing_an_answer_updates_the_letter_and_keeps_the_rest():
    conv = new_conversation()
    to_done(conv)
    assert "Essex Police" in conv.letter_text()
    # back from the letter to the email, then to the name ...
    answer(conv, "/back")
    assert conv.session.step == Step.email
    # ... or straight to any step reached before
    said = "\n".join(m.text for m in conv.go_to(Step.authority).messages)
    assert "Essex Police" in said  # the current answer is shown
    answer(conv, "Leeds City Council")
    assert "Leeds City Council" in conv.letter_text()
    assert "Essex Police" not in conv.letter_text()
    # the later answers are kept; askfoi goes on to what still needs looking at
    assert conv.session.requester_name == "Jo Bloggs"
    while conv.session.step == Step.review:
        answer(conv, "ok")
    assert conv.session.step == Step.done


def test_ok_keeps_an_answer_when_going_back():
    conv = new_conversation()
    answer(conv, "How many speed cameras are there?", "Essex Police")
    parts = list(conv.session.parts)
    conv.go_to(Step.about)
    answer(conv, "ok")
    assert conv.session.about == "How many speed cameras are there?" and conv.session.parts == parts
    assert conv.session.step == Step.period  # the organisation was answered already


def test_cannot_jump_to_a_step_not_reached_yet():
    conv = new_conversation()
    said = "\n".join(m.text for m in conv.go_to(Step.name).messages)
    assert conv.session.step == Step.about
    assert "haven't got to" in said


def test_name_is_required_for_foi_but_optional_for_environmental_information():
    conv = new_conversation()
    answer(conv, "How many speed cameras are there?", "Essex Police", "2023", "ok")
    while conv.session.step == Step.review:
        answer(conv, "ok")
    answer(conv, "skip")
    said = answer(conv, "skip")
    assert conv.session.step == Step.name
    assert "real name" in said

    eir = new_conversation()
    answer(eir, "How many sewage overflow discharges into rivers were recorded?", "Thames Water", "2023", "ok")
    while eir.session.step == Step.review:
        answer(eir, "ok")
    answer(eir, "skip")
    assert eir.regime() == Regime.EIR
    answer(eir, "skip")
    assert eir.session.step == Step.email and eir.session.requester_name is None


def test_bad_email_is_asked_again():
    conv = new_conversation()
    to_done(conv)
    conv.go_to(Step.email)
    said = answer(conv, "jo@")
    assert conv.session.step == Step.email and "email address" in said
    assert conv.session.email == "jo@example.org"  # the earlier answer is not lost


def test_applying_a_fix_rewrites_the_parts():
    conv = new_conversation()
    answer(conv, "How many CCTV cameras are there?", "Leeds City Council", "2023")
    # ny100: an added "why" question is now put as a request for records at once; the person who keeps their own words
    # ("keep my words" just after) gets the question back, and the review's finding and its fix
    answer(conv, "add Why did you close the library?", "keep my words", "ok")
    assert conv.session.step == Step.review
    fixable = [i for i, f in enumerate(conv._findings(), 1) if f.rewrite]
    assert fixable, "the 'why' question should come with a rewrite"
    answer(conv, str(fixable[0]))
    assert not any(p.lower().startswith("why") for p in conv.session.parts)
    assert any("reasons" in p.lower() and "records" in p.lower() for p in conv.session.parts)


def test_a_fix_with_no_rewrite_takes_the_person_to_the_step_that_mends_it_and_back_to_review():
    conv = new_conversation()
    answer(conv, "Why did you close the library and all emails about it", "Leeds City Council", "skip", "ok")
    assert conv.session.step == Step.review
    codes = [f.code for f in conv._findings()]
    number = codes.index("no-time-period") + 1
    said = answer(conv, str(number))
    assert conv.session.step == Step.period and "Time period" in said
    answer(conv, "2023")
    assert conv.session.step == Step.review
    assert "no-time-period" not in [f.code for f in conv._findings()]
    assert conv.session.authority and "Leeds" in conv.session.authority  # other answers kept


def test_user_text_that_looks_like_markup_or_templates_stays_as_typed():
    conv = new_conversation()
    answer(conv, f"How many cameras {MARKUP} {{{{ 7*7 }}}}?", "keep my words", MARKUP, "2023", "ok")
    while conv.session.step == Step.review:
        answer(conv, "ok")
    name = "[b]Jo[/b] [red]Bloggs[/] {{ jo }}"  # a name (a long markup string is now refused as a sentence)
    answer(conv, MARKUP, name, "skip")
    assert conv.session.requester_name == name
    letter = conv.letter_text()
    assert MARKUP in letter and name in letter and "{{ 7*7 }}" in letter and "49" not in letter


def test_empty_huge_and_binary_input_get_a_plain_answer_and_change_nothing():
    conv = new_conversation()
    for bad in ("", "   ", "\x00\x01\x02\x1b", "\x1b[31m\x1b[0m", "x" * (MAX_ANSWER_CHARS + 1)):
        turn = conv.reply(bad)
        assert turn.messages and turn.messages[0].role == "bot"
        assert conv.session.step == Step.about and conv.session.about == ""
    assert "characters" in answer(conv, "y" * (MAX_ANSWER_CHARS + 1))


def test_slash_commands():
    conv = new_conversation()
    assert "no letter" in answer(conv, "/copy").lower()
    assert conv.reply("/help").actions == ["help"]
    assert "/back" in answer(conv, "/nonsense")
    to_done(conv)
    assert conv.reply("/copy").actions == ["copy"]
    assert conv.reply("/save").actions == ["save_txt"]
    assert conv.reply("/save eml").actions == ["save_eml"]
    assert conv.reply("/email").actions == ["mailto"]
    turn = conv.reply("/restart")
    assert "restart" in turn.actions
    assert conv.session.about == "" and conv.session.step == Step.about
    assert [m.role for m in conv.session.history] == ["bot"]


def test_mailto_link_and_saved_files(tmp_path):
    conv = new_conversation()
    to_done(conv)
    url = conv.mailto_url()
    assert url.startswith("mailto:")
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(url).query)
    assert query["body"][0] == conv.letter().body
    first = conv.save_letter(tmp_path, "txt")
    second = conv.save_letter(tmp_path, "txt")
    eml = conv.save_letter(tmp_path, "eml")
    assert first != second and first.read_text() == conv.letter_text()
    assert eml.suffix == ".eml" and "Subject:" in eml.read_text()


def test_insight_has_findings_similar_responses_and_a_forecast():
    from askfoi.matching import get_matcher

    conv = new_conversation(matcher=get_matcher())
    said = answer(conv, "Do you use facial recognition cameras?")
    insight = conv.insight()
    assert insight.matching_ready
    assert insight.similar, "the knowledge pack has facial recognition responses"
    assert insight.similar[0].title in said  # the first answer already names them
    assert insight.forecast is not None and insight.forecast.summary
    answer(conv, "Essex Police")
    assert "Essex Police" in conv.insight().letter


def test_insight_before_anything_is_said_is_empty():
    insight = new_conversation().insight()
    assert insight.findings == [] and insight.letter == "" and insight.due is None


def test_split_numbered_reads_a_rewrite_back_into_parts():
    assert split_numbered("1. a\n2) b\nnot numbered") == ["a", "b"]
    assert split_numbered("one\ntwo") == ["one", "two"]
    assert split_numbered("") == []


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.text(max_size=80), min_size=1, max_size=8))
def test_any_replies_at_any_step_get_an_answer_and_never_raise(replies):
    conv = new_conversation()
    for reply in replies:
        turn = conv.reply(reply)
        assert turn.messages or turn.actions
        assert conv.session.step in Step
    conv.insight()  # the side panels can always be drawn


def test_ok_at_the_format_step_with_nothing_chosen_sets_no_format():
    conv = new_conversation()
    answer(conv, "How many speed cameras did you operate?", "Essex Police", "2023", "ok")
    while conv.session.step == Step.review:
        answer(conv, "ok")
    assert conv.session.step == Step.format and conv.session.preferred_format is None
    answer(conv, "ok")
    assert conv.session.preferred_format is None  # not a format called "ok"
    assert conv.session.step != Step.format
    assert "Format: ok" not in conv.letter_text()


def test_misspelt_words_are_proposed_and_used_only_on_yes():
    conv = new_conversation()
    said = answer(conv, "how many polce oficers were sacked by Kent Police in 2024")
    assert "police" in said and "polce" in said and conv.session.step == Step.about and not conv.session.parts
    answer(conv, "yes")
    assert "police officers" in conv.session.parts[0]
    kept = new_conversation()
    answer(kept, "how many polce oficers were sacked by Kent Police in 2024", "no")
    assert "polce oficers" in kept.session.parts[0]  # the person's spelling, as they chose


def test_a_message_with_no_misspelling_is_framed_at_once():
    conv = new_conversation()
    answer(conv, "how many police officers were sacked by Kent Police in 2024")
    assert conv.session.parts and conv.session.step != Step.about


def test_a_letter_saved_before_it_is_finished_says_what_it_still_lacks():
    from datetime import date

    from askfoi.conversation import Conversation
    from askfoi.templates import render

    conv = Conversation(today=lambda: date(2026, 11, 30))
    conv.start()
    conv.reply("how many parking fines did the council issue in 2025")
    gaps = conv.letter_gaps()
    assert set(gaps) == {"organisation", "name"}
    said = render("bot/saved.j2", path="/tmp/x.txt", stays=False, gaps=gaps)
    assert "not finished" in said and "organisation" in said and "name" in said
    assert "not finished" not in render("bot/saved.j2", path="/tmp/x.txt", stays=False, gaps=[])


def test_someone_waiting_for_a_reply_is_sent_to_the_reply_path_not_framed_as_a_new_request():
    from datetime import date

    from askfoi.conversation import Conversation
    from askfoi.pasted_reply import waiting_for_reply

    conv = Conversation(today=lambda: date(2026, 11, 30))
    conv.start()
    turn = conv.reply("I sent an FOI request to the Home Office on 14 October 2026 asking about asylum hotel "
                      "contracts and they still havent replied. what can I do?")
    assert "reply" in turn.actions and not conv.session.parts
    assert "Home Office" in " ".join(m.text for m in turn.messages)
    sar = Conversation(today=lambda: date(2026, 11, 30))
    sar.start()
    said = " ".join(m.text for m in sar.reply("I made a subject access request to Kent Police in September and "
                                              "have not heard back").messages)
    assert "one month" in said and "20 working days" not in said
    assert not waiting_for_reply("how many FOI requests has the council not answered on time in 2024")
