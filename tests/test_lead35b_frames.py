"""Lead, session 35 (after the merge): forum questions and embedded "how much X cost" (each fails without its fix)."""

from askfoi.framing import frame_message


def _parts(text: str) -> list[str]:
    return [p.text for p in frame_message(text).parts]


def test_a_question_put_to_the_forum_is_asked_of_the_body():
    assert _parts("does anyone know why the library shut") == [
        "Any minutes, reports or decision records that set out why the library shut."]
    assert _parts("i was wondering how many parking fines leeds council issued in 2024")[0].startswith(
        "The number of parking fines issued")


def test_how_much_x_cost_ends_no_place_with_the_verb():
    for text in ("any idea how much the new bridge in leeds cost", "i want to know how much the new bridge in leeds cost"):
        assert _parts(text) == ["The total amount spent on the new bridge in Leeds."], text


def test_the_writer_s_own_next_step_stays_advice():
    assert not any("want to know" in p.lower() for p in _parts("does anyone know how i can appeal a parking fine"))


def test_paid_to_a_company_is_who_was_paid():
    assert _parts("how much was paid to amey for the tree felling") == ["The total amount paid to Amey for the tree felling."]
    assert _parts("how much has been paid to capita since 2020")[0].startswith("The total amount paid to capita")
