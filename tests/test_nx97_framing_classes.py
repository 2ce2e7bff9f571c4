"""nx97 (issue 8): classes the lead found by typing messages as people write them (session 60 "Open"), each shown on
the lead's example and on messages of the same shape in other words, with guards for what must not change.

- "whats the longest wait": a superlative (or average) wait is the figure the body keeps ("The longest waiting time
  for ..."), never the question kept whole; with no complement typed, the story's own ("waiting nearly 2 years for a
  hip op") completes it, and a count before it ("how many people are waiting for an autism assessment ... and whats
  the average wait") too.
- "how many staff at the dvla are off with stress": a count of people absent from work for a reason ("... who are
  absent from work because of stress"), never the question kept (the body after "at" read as the doer of "are").
- "the library ... how many times has it closed early this year and why": the "and why" is never lost when the
  count is kept whole, and "it" (the subject of a verb a thing does by itself) is the thing the story named.
"""
from datetime import date

import pytest

from askfoi.framing import frame_message

TODAY = date(2026, 12, 7)


def _texts(message):
    return [p.text for p in frame_message(message, today=TODAY).parts]


@pytest.mark.parametrize("message, wanted", [
    ("whats the longest wait for a council house in leeds", "The longest waiting time for a council house in Leeds."),
    ("what is the shortest wait for a hip replacement at the royal free",
     "The shortest waiting time for a hip replacement"),
    ("how many families are on the housing list in bristol and whats the longest anyone has waited for a council home",
     "The longest waiting time for a council home"),
    ("whats the maximum wait for an ehcp assessment in kent", "The maximum waiting time for an EHCP assessment"),
])
def test_a_longest_or_shortest_wait_is_the_figure(message, wanted):
    assert any(t.startswith(wanted) for t in _texts(message)), _texts(message)


@pytest.mark.parametrize("message, wanted", [
    # the lead's j5 (session 60): the wait with no complement takes the story's
    ("my mum has been waiting nearly 2 years for a hip op at leeds teaching hospitals. how many people are waiting "
     "over 52 weeks for orthopaedics, whats the longest wait", "The longest waiting time for a hip op."),
    ("how many people are waiting for an autism assessment in kent and whats the average wait",
     "The average waiting time for an autism assessment."),
    ("my son has waited 18 months for a camhs appointment in hull. whats the longest wait",
     "The longest waiting time for a camhs appointment."),
])
def test_a_wait_with_no_complement_takes_the_storys(message, wanted):
    assert wanted in _texts(message)


@pytest.mark.parametrize("message, wanted", [
    # guards: a wait said whole stays as it was
    ("whats the average wait for a hip replacement", ["The average waiting time for a hip replacement."]),
    ("how long is the average wait for an ehcp", ["The average waiting time for an EHCP."]),
])
def test_a_wait_said_whole_is_unchanged(message, wanted):
    assert _texts(message) == wanted


@pytest.mark.parametrize("message, wanted", [
    ("how many staff at the dvla are off with stress",
     "The number of staff who are absent from work because of stress."),
    ("how many nurses at the royal free are off sick with anxiety",
     "The number of nurses who are absent from work because of anxiety."),
    ("how many police officers in kent are signed off with stress",
     "The number of police officers in Kent who are absent from work because of stress."),
    ("how many teachers in fife are off with stress",
     "The number of teachers in Fife who are absent from work because of stress."),
    ("how many staff at the dvla are off sick", "The number of staff who are absent from work through sickness."),
])
def test_staff_off_with_a_reason_are_counted_as_absent(message, wanted):
    assert _texts(message) == [wanted]


@pytest.mark.parametrize("message, wanted", [
    # guards: "off" that is no absence from work, and the body's own act after "at" stay as they were
    ("how many buses are off the road with faults", ["The number of buses off the road with faults."]),
    ("how many staff at the dvla have been disciplined", ["The number of staff disciplined."]),
])
def test_off_that_is_no_absence_is_unchanged(message, wanted):
    assert _texts(message) == wanted


def test_the_body_after_at_is_no_doer_of_be():
    from askfoi.framing import _chunk

    assert _chunk("staff at \u00a7AUTH\u00a7 are off with stress", "count")[2] == ["off", "with", "stress"]
    assert _chunk("complaints \u00a7AUTH\u00a7 got about care homes", "count")[2][:1] == ["received"]  # guard


@pytest.mark.parametrize("message, subject", [
    ("the library in my town keeps shutting. how many times has it closed early this year and why", "the library"),
    ("our local pool keeps closing. how many times has it shut this year and why", "the local pool"),
    ("our local tip keeps shutting. how many times has it closed early since may and why", "the local tip"),
])
def test_the_why_after_a_count_of_it_is_kept_and_it_is_the_thing(message, subject):
    (text,) = _texts(message)
    assert "reasons" in text and subject in text.lower() and " it " not in f" {text} ", text


def test_the_why_is_kept_even_when_it_is_not_clear():
    # two things the story names ("the cafe", "the park"): "it" is left for the person, the why is still asked
    (text,) = _texts("the cafe in the park is never open. how many times has it closed early this summer and why")
    assert "set out the reasons" in text


@pytest.mark.parametrize("message, wanted", [
    # guard (main's behaviour): a count of a named thing with "and why" keeps the why
    ("how many times has the library closed early this year and why",
     "How many times has the library closed early this year? Please also provide any minutes, reports or decision "
     "records that set out the reasons for them."),
])
def test_a_named_count_with_why_is_unchanged(message, wanted):
    assert _texts(message) == [wanted]


def test_it_with_an_object_is_still_the_body():
    from askfoi.pronoun_roles import roles

    assert [p.role for p in roles("has it closed any libraries")] == ["agent"]
    assert [p.role for p in roles("did it close the road")] == ["agent"]
    assert [p.role for p in roles("how many times has it closed early this year")] == ["thing"]
