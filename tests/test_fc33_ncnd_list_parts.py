"""fc33 (issue 9, how a letter's parts feed the whole forecast): a line the person listed that names no NCND topic is
read with the part before it only when it points back at it or asks just for a detail of it ("the cost", "dates and
locations of deployments"). A short listed question with a subject of its own ("4. How much was spent on fuel?")
after a covert question is not read as about the covert subject; a part of any length made only of detail words is.
A short piece of running text ("and who was arrested") is read with the part before it, as before."""

from askfoi.forecast_parts import forecast_parts
from askfoi.matching import get_matcher

LETTER = ("1. How many officers are trained to use Tasers?\n2. How many times was a Taser discharged in 2023?\n"
          "3. Does the force use any covert tracking devices on vehicles?\n4. How much was spent on fuel in 2023?")


def _parts(text, authority="Devon and Cornwall Police"):
    """Each part's NCND verdict by its place (fc34: a part shows its frame's text, as `askfoi frame` words it)."""
    f = get_matcher().match(text, authority).forecast
    return {n: p.ncnd_likely for n, p in enumerate(f.parts, start=1)}, f


def test_own_subject_after_covert_question_not_warned():
    parts, f = _parts(LETTER)
    assert len(parts) == 4
    assert parts[3]  # covert tracking devices
    assert parts[4] is False  # fuel  # read as about tracking devices on main
    assert f.ncnd_likely  # the covert part still warns the whole request


def test_other_short_subjects_not_read_with_the_part_before():
    for later in ("What is the budget for the dog unit?", "How much was spent on fuel?", "Number of horses owned?"):
        parts, _ = _parts(f"1. Does the force use IMSI catchers?\n2. {later}")
        assert len(parts) == 2 and parts[2] is False, later


def test_short_running_text_still_read_with_the_part_before():
    parts, f = _parts("Does the force use IMSI catchers? How much was spent on fuel?")
    assert f.ncnd_likely
    assert len(parts) == 2 and parts[2]  # not a listed line: read with the question before it, as on main


def test_detail_questions_still_read_with_the_part_before():
    text = "1. Does the force use IMSI catchers?\n2. The cost.\n3. Which company supplies them?\n4. Dates and locations of deployments."
    parts, _ = _parts(text)
    assert all(parts.values()), parts  # "Dates and locations of deployments." was read alone on main


def test_detail_part_context():
    parts = forecast_parts("Does the force use IMSI catchers? Dates and locations of deployments.")
    assert "IMSI" in parts[-1].context
    parts = forecast_parts("1. Does the force use IMSI catchers?\n2. How much was spent on fuel in 2023?")
    assert "IMSI" not in parts[-1].context


def test_names_own_subject():
    from askfoi.forecast_parts import names_own_subject

    assert names_own_subject("How much was spent on fuel in 2023?")
    assert names_own_subject("The dog unit's budget")
    assert not names_own_subject("The cost.")
    assert not names_own_subject("Which company supplies them?")
    assert not names_own_subject("Dates and locations of each deployment.")
