"""nx97 (issue 8): classes the lead found by typing messages as people write them (session 60 "Open"), each shown on
the lead's example and on messages of the same shape in other words, with guards for what must not change.

- "whats the longest wait": a superlative (or average) wait is the figure the body keeps ("The longest waiting time
  for ..."), never the question kept whole; with no complement typed, the story's own ("waiting nearly 2 years for a
  hip op") completes it, and a count before it ("how many people are waiting for an autism assessment ... and whats
  the average wait") too.
- "how many staff at the dvla are off with stress": a count of people absent from work for a reason ("... who are
  absent from work because of stress"), never the question kept (the body after "at" read as the doer of "are").
- "whats the average wait" after a count of things waited for ("how many ambulances were called out ..."): the wait
  for those things ("The average waiting time for ambulances."); people counted are never what is waited for.
- "on my road (fitzjohns avenue)": a place pointed at with its name in brackets straight after it is that place.
- "called out to hmp leeds" written to the Ministry of Justice: a place the body runs is never masked as "you".
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
     "over 52 weeks for orthopaedics, whats the longest wait", "The longest waiting time for orthopaedics."),
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


@pytest.mark.parametrize("message, wanted", [
    ("how many ambulances were called out to hmp leeds last year. whats the average wait",
     ["The number of ambulances called out to HMP Leeds.", "The average waiting time for ambulances."]),
    ("how many autism assessments did oxleas do last year and whats the longest wait",
     ["The number of autism assessments carried out by Oxleas.", "The longest waiting time for autism assessments."]),
    ("how many hip replacements did leeds teaching hospitals do last year. whats the average wait",
     ["The number of hip replacements carried out by you.", "The average waiting time for hip replacements."]),
])
def test_a_wait_after_a_count_is_the_wait_for_what_was_counted(message, wanted):
    assert _texts(message) == wanted


def test_people_counted_are_not_what_is_waited_for():
    texts = _texts("how many families are on the housing list in bristol and whats the longest wait")
    assert texts[1] == "The longest waiting time." and "for families" not in texts[1]


@pytest.mark.parametrize("message, wanted", [
    ("how many potholes have been reported on my road (fitzjohns avenue) this year",
     "The number of potholes reported on Fitzjohns Avenue."),
    ("how many parking tickets were issued on our street (elm road) last month",
     "The number of parking tickets issued on Elm Road."),
    ("people keep speeding on my street (mill lane). how many speeding tickets were issued there last year",
     "The number of speeding tickets issued on Mill Lane."),
])
def test_a_road_named_in_brackets_is_that_road(message, wanted):
    framing = frame_message(message, today=TODAY)
    assert [p.text for p in framing.parts] == [wanted]
    assert not framing.questions


def test_brackets_that_name_no_road_are_left():
    framing = frame_message("how many potholes have been reported on my road (the one by the school) this year",
                            today=TODAY)
    assert framing.questions  # which road is still asked


def test_bracketed_places_reads_only_names_of_the_kind():
    from askfoi.story_places import bracketed_places

    assert bracketed_places("we live on my road (fitzjohns avenue) in camden") == "we live on Fitzjohns Avenue in camden"
    assert bracketed_places("my road (its a nightmare) floods") == "my road (its a nightmare) floods"
    assert bracketed_places("my street (i think) is unsafe") == "my street (i think) is unsafe"


@pytest.mark.parametrize("message, wanted", [
    ("how many times have police been called to hmp wandsworth this year",
     "The number of times police were called to HMP Wandsworth."),
    ("how many ambulances were called out to hmp leeds last year", "The number of ambulances called out to HMP Leeds."),
])
def test_a_place_the_body_runs_is_never_you(message, wanted):
    assert _texts(message) == [wanted]


@pytest.mark.parametrize("message, wanted", [
    # guards: the body named by its own name is still spoken to as "you"
    ("how many hip replacements did leeds teaching hospitals do last year",
     ["The number of hip replacements carried out by you."]),
    ("how much has leeds teaching hospitals spent on agency nurses", ["The total amount spent on agency nurses."]),
])
def test_the_body_by_its_own_name_is_still_you(message, wanted):
    assert _texts(message) == wanted


@pytest.mark.parametrize("message, wanted", [
    ("how many appeals went to tribunals last year", "The number of appeals that went to tribunals."),
    ("how many pip claims went to tribunals in 2025", "tribunals"),
])
def test_a_kind_of_body_is_no_name(message, wanted):
    (text,) = _texts(message)[:1]
    assert wanted in text and "Tribunals" not in text


def test_names_and_places_keep_their_capitals():
    from askfoi.spelling import could_be_name

    assert not could_be_name("tribunals") and not could_be_name("courts")
    assert could_be_name("cumbria") and could_be_name("wandsworth")  # guards
    assert "Wales" in _texts("how many people in wales waited over a year")[0]
