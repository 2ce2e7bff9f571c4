"""lead41 (nc44 #2, #3): a question asked after the words of asking ("my client wants to know how many times police
scotland used drones ...") is framed as the direct question it means, and so is "what they cost"; "how many had body
cameras switched on" after a count counts among the things counted, never "people switched by body cameras"."""

import pytest

from askfoi.framing import frame_message


def _parts(message: str) -> list[tuple[str, str]]:
    return [(p.kind, p.text) for p in frame_message(message).parts]


@pytest.mark.parametrize("lead", ["my client wants to know", "i want to know", "can you tell me", ""])
def test_a_reported_question_after_the_words_of_asking_is_framed(lead):
    parts = _parts(f"{lead} how many times police scotland used drones in 2024 and what they cost and do they have a "
                   "policy on it".strip())
    assert parts == [("count", "The number of times drones were used."),
                     ("total_spend", "The total amount spent on drones."),
                     ("policy", "Any policy, procedure or guidance on drones.")]


def test_what_a_body_paid_is_read_as_typed():
    assert _parts("i want to know what the council paid for the new bridge") == [
        ("total_spend", "The total amount spent on the new bridge.")]


def test_a_count_among_the_things_counted_names_them():
    parts = _parts("how many people did essex police stop and search in 2024, and how many had body cameras switched on")
    assert parts[0] == ("count", "The number of people stopped and searched.")
    assert parts[1] == ("count", "The number of people stopped and searched who had body cameras switched on.")
    assert not any("switched by" in t for _, t in parts)


def test_had_something_done_is_no_passive():
    texts = [t for _, t in _parts("How many people had body cameras switched on?")]
    assert not any("switched by body cameras" in t for t in texts)
