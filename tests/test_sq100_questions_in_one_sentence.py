"""sq100 (issue 8, nc100 #1 and #3): several questions typed in one sentence, joined by commas and "and".

- a yes/no question whose subject is a body and whose verb is any verb ("does north yorkshire police fly drones at
  night over houses, how many times last year and do they have rules on ...") is cut into its questions, as one with
  "use"/"have" was (questions.question_clauses: the sentence is a question when it opens with an inverted auxiliary);
- "how many times" and a period only, after such a yes/no question, counts the times the body did that: said with
  the question's subject, verb and object (questions._times_of_yes_no, in fill_heads), never "How many times last
  year?" alone;
- "how many times did X VERB Y" with a verb off the closed list is framed as the count of times Y was VERBed
  (framing._done_participle), and an adverb typed after the object goes after the verb ("closed early"); with no
  object ("take longer than 2 hours") it stays the person's question.
Guards: a list of counts stays a list, "use" keeps its own count, a noun list stays one count, "whether and how"
stays one question.
"""

from datetime import date

from askfoi.framing import frame_message
from askfoi.questions import split_questions

TODAY = date(2026, 12, 7)


def _texts(text):
    return [p.text for p in frame_message(text, today=TODAY).parts]


# --- a yes/no question with any verb is cut at the next question -----------------------------------------------

def test_nc100_j1_three_questions_in_one_sentence_are_three():
    text = ("hi, my neighbour keeps getting woken up by drones over the estate at night. does north yorkshire police fly "
            "drones at night over houses, how many times last year and do they have rules on filming peoples gardens")
    qs = split_questions(text)
    assert len(qs) == 3, qs
    assert qs[0].startswith("does north yorkshire police fly drones")
    assert qs[2].startswith("do they have rules on filming")
    parts = _texts(text)
    assert len(parts) == 3, parts
    assert not any("how many times last year and do they" in p for p in parts), parts


def test_own_words_yes_no_then_other_questions_are_cut():
    for text, second, third in (
            ("does the fire service attend false alarms at care homes, how many times in 2024 and do they charge for it",
             "attend false alarms at care homes", "charge for it"),
            ("did the council close the library on sundays, how many times since 2022, and who decided it",
             "close the library on sundays", "who decided it"),
            ("does cornwall council grit the back roads in winter, how many times over the last 3 years and how much "
             "did it cost", "grit the back roads in winter", "how much did it cost"),
    ):
        qs = split_questions(text)
        assert len(qs) == 3, (text, qs)
        assert second in qs[1] and qs[1].startswith("how many times did"), qs
        assert third in qs[2], qs


# --- "how many times <period>" counts the times of the yes/no question before ------------------------------------

def test_times_with_only_a_period_takes_the_question_before():
    qs = split_questions("does north yorkshire police fly drones at night over houses, how many times last year")
    assert qs[1] == "how many times did north yorkshire police fly drones at night over houses last year", qs
    qs = split_questions("do thames valley police stop and search children in reading, how often each year")
    assert qs[1] == "how often do thames valley police stop and search children in reading each year", qs
    qs = split_questions("does the trust use agency nurses on night shifts and how many times in total")
    assert len(qs) == 2 and "how many times last" not in qs[1], qs


def test_guard_times_with_a_verb_of_its_own_is_left_alone():
    qs = split_questions("does kent police use drones, how many do they have and how much did they cost")
    assert qs == ["does kent police use drones", "how many do they have", "how much did they cost"], qs
    qs = split_questions("does the council fine dog owners, how many times did they go to court")
    assert qs[-1] == "how many times did they go to court", qs


def test_guard_use_keeps_its_own_count():
    parts = _texts("does leeds council use bailiffs for council tax debts, how many times last year and do they have a "
                   "policy on vulnerable people")
    assert parts[0] == "Any policy or procedure on the use of bailiffs for council tax debts, and the number of times they " \
                       "were used.", parts


# --- "how many times did X VERB Y" with any verb is a count -----------------------------------------------------------

def test_times_did_body_verb_object_is_a_count():
    for text, want in (
            ("how many times did north yorkshire police fly drones over houses in 2024",
             "The number of times drones were flown over houses."),
            ("how many times did cornwall council grit the back roads last winter",
             "The number of times the back roads were gritted."),
            ("how many times did merseyside police raid cannabis farms in 2023",
             "The number of times cannabis farms were raided."),
            ("how many times did leeds council close the central library early in 2025",
             "The number of times the central library was closed early."),
    ):
        assert _texts(text) == [want], text


def test_guard_times_without_an_object_stays_the_question():
    parts = _texts("how many times did south western ambulance service take longer than 2 hours to get to category 2 "
                   "calls in 2025")
    assert parts == ["How many times did you take longer than 2 hours to get to category 2 calls in 2025?"], parts
    assert _texts("how many times did essex police use tasers on children last year") == [
        "The number of times Tasers were used on children."]


def test_guard_a_noun_list_and_whether_and_how_stay_one():
    qs = split_questions("how many fixed penalty notices, parking fines and bus lane fines did leeds council issue in 2024")
    assert len(qs) == 1, qs
    qs = split_questions("does the council record whether and how it checks the landlords it licenses")
    assert len(qs) == 1, qs


def test_guard_no_doer_no_new_verb():
    # lead43: "storm" after "did" is the subject's word, never a verb to put in the passive
    parts = _texts("how many times did storm overflows spill into the river wye in 2025 and what is being done about it")
    assert not any("stormed" in p for p in parts), parts
