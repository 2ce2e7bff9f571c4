"""lead43: a count of units ("how many hours did storm overflows spill ...") followed in the same sentence by "what is
being done about it": the count is asked once, as its own question (never the whole sentence with the other question
inside it), and the plans part is about the event measured, never about the unit ("about hours")."""
import pytest

from askfoi.framing import frame_message


def _texts(message):
    return [p.text for p in frame_message(message).parts]


@pytest.mark.parametrize("message, about", [
    ("how many hours did storm overflows spill into the river wye in 2025 and what is being done about it",
     "storm overflows spilling into the River Wye"),
    ("how many times did storm overflows spill into the river wye in 2025 and what is being done about it",
     "storm overflows spilling into the River Wye"),
    ("how many days did the lifts at my block in hulme break down last year and what are they doing about it",
     "the lifts at my block in Hulme breaking down"),
    ("how many times has the bin collection been missed on my street and what is being done about it",
     "the bin collection being missed on my street"),
])
def test_plans_about_the_event_measured(message, about):
    texts = _texts(message)
    plans = [t for t in texts if t.startswith("Any plans")]
    assert plans and about in plans[0], texts
    for unit in ("hours", "times", "days"):
        assert not plans[0].rstrip(".").endswith(f"about {unit}"), texts


@pytest.mark.parametrize("message", [
    "how many hours did storm overflows spill into the river wye in 2025 and what is being done about it",
    "my kids swim in the river wye. how many hours did welsh water storm overflows spill into the wye last year and "
    "what is being done about it",
])
def test_the_other_question_is_not_asked_twice(message):
    texts = _texts(message)
    assert sum("being done" in t or "Any plans" in t for t in texts) == 1, texts
    assert all("being done" not in t for t in texts), texts


def test_the_body_acting_is_no_event():
    # "they close the road": the body's own act, no trouble named: left to the finding as before, never "about times"
    texts = _texts("how many times did they close the road in 2025 and what is being done about it")
    assert not any("about times" in t for t in texts), texts
