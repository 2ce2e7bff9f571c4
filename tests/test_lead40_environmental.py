"""lead40: a regulator's or a council's enforcement of the law on pollution is a measure on it, whatever words stand
before the head noun ("water pollution", "river pollution"); permitted installations (intensive poultry units) are
environmental; a police force's arrests and a body's staff stay under the Act."""

import pytest

from askfoi.environmental import part_law


@pytest.mark.parametrize("text, body", [
    ("The number of prosecutions for water pollution in 2022", "other"),
    ("how many fines for river pollution did the council issue in 2023", "council"),
    ("the number of penalty notices for sewage spills", "council"),
    ("The inspection reports for the poultry unit at Wem farm", "council"),
    ("copies of the environmental permit for the incinerator", None),
])
def test_enforcement_and_permits_are_environmental(text, body):
    assert part_law(text, body).environmental


@pytest.mark.parametrize("text, body", [
    ("the number of arrests for water pollution offences", "police"),
    ("the number of staff working on water quality", "other"),
])
def test_policing_and_staff_stay_under_the_act(text, body):
    assert not part_law(text, body).environmental
