"""nx70 (nc67 #12): the check step ("Before we finish ...") reads what people type there as an answer, and a fix that
is the person's to word puts the part in the answer box instead of returning with it unchanged. Messages written the
way people type (bench/nx70_messages/c2_check_step.txt)."""
from askfoi.conversation import Conversation, Step

BINS = ("how many complaints did the council get about bins last year and why does my neighbour never get fined for "
        "leaving his out")
TROLLEY = ("my dad was left on a trolley in a corridor at the university hospital of wales for 9 hours in march. i want "
           "the number of patients cared for in corridors last winter and the serious incident report about my dad")


def _chat(*said):
    conv = Conversation()
    conv.start()
    turns = [conv.reply(s) for s in said]
    return conv, ["\n".join(m.text for m in t.messages) for t in turns], turns


def _at_check():
    conv, said, _ = _chat(BINS, "leeds city council", "ok", "ok")
    assert conv.session.step == Step.review
    return conv


def test_a_fix_the_person_words_puts_the_part_in_the_box_as_an_edit():
    conv = _at_check()
    number = next(i for i, f in enumerate(conv._findings(), 1) if f.code == "someone-elses-records"
                  or f.code == "third-party-personal-data")
    turn = conv.apply_fix(number)
    said = "\n".join(m.text for m in turn.messages)
    assert "Let's fix that" not in said
    assert turn.prompt_text and turn.prompt_text.startswith("edit 2 ") and "neighbour" in turn.prompt_text
    assert "remove 2" in said


def test_taking_out_the_bit_about_something_removes_that_part():
    conv = _at_check()
    conv.reply("take out the bit about my neighbour")
    assert conv.session.parts == ["The number of complaints received about bins."]


def test_an_edit_typed_at_the_check_step_changes_the_part():
    conv = _at_check()
    conv.reply("edit 2 the number of fixed penalty notices for bins left out")
    assert "fixed penalty notices" in conv.session.parts[1]


def test_leave_it_keeps_the_request_and_goes_on():
    conv = _at_check()
    conv.reply("thats fine leave it")
    assert conv.session.step != Step.review and len(conv.session.parts) == 2


def test_make_it_shorter_says_how_with_the_parts():
    conv = _at_check()
    said = "\n".join(m.text for m in conv.reply("can you just make it shorter").messages)
    assert "remove" in said and "neighbour" in said and "Type a number from" not in said


def test_a_question_at_the_check_step_is_told_it_is_not_answered_here():
    conv = _at_check()
    said = "\n".join(m.text for m in conv.reply("so why is that a problem?").messages)
    assert "questions" in said and "remove" in said


def test_a_death_told_at_the_check_step_is_read_with_the_story():
    conv, said, _ = _chat(TROLLEY, "ok", "ok")
    assert conv.session.step == Step.review
    said = "\n".join(m.text for m in conv.reply("he's dead, he cant ask for anything. so how do i get the report").messages)
    assert "Type a number from" not in said
    assert "Access to Health Records Act 1990" in said and "living people only" in said
