"""nu30: after "Your request: ..." and the request restated, numbered answers that start "(1) We received ..." are the
authority's answers, not more of the request (the block used to run on and swallow the first answer)."""
import pytest

from askfoi.reader import read_reply

_HEAD = "Dear Ms Evans\nYour request: 12 October 2026, reference EIR 26/0923\n\n"


@pytest.mark.parametrize("asked, answers", [
    ("You asked for (1) the number of noise complaints about the Riverside Bar received in 2025 (2) copies of the "
     "abatement notices served (3) the noise monitoring readings.",
     "(1) We received 41 noise complaints in 2025.\n(2) Copies of abatement notices are withheld under section 40(2) "
     "because they contain personal data.\n(3) The council does not hold the readings."),
    ("You asked for 1. the number of fly-tipping reports in 2024 2. the fines issued 3. the cost of clearance.",
     "1. We received 1,204 reports in 2024.\n2. The fines are withheld under section 31(1)(a).\n"
     "3. We do not hold this information."),
    ("you asked: (1) how many pothole claims were paid in 2025 (2) the total paid",
     "(1) we paid 212 claims in 2025.\n(2) this information is not held by the council."),
])
def test_first_numbered_answer_counts(asked, answers):
    reading = read_reply(_HEAD + asked + "\n\n" + answers + "\n\nYou may request an internal review within 40 working days.\n")
    assert reading.outcome.value == "part_disclosed"
