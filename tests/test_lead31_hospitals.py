"""nu34 #4: hospitals named the way people name them go to the NHS body that runs them, never the city council."""
import pytest

from askfoi.framing import frame_message


@pytest.mark.parametrize("text, body", [
    ("how many 4 hour breaches at the QMC in nottingham in 2025", "Nottingham University Hospitals NHS Trust"),
    ("how many A&E waits over 12 hours at the Heath in Cardiff in 2025", "Cardiff and Vale University Health Board"),
    ("A&E waits at glan clwyd in 2025", "Betsi Cadwaladr University Health Board"),
    ("how long is the wait for a first appointment at the christie", "The Christie NHS Foundation Trust"),
    ("how many operations were cancelled at wrexham maelor hospital in 2025", "Betsi Cadwaladr University Health Board"),
])
def test_a_hospital_goes_to_its_nhs_body(text, body):
    framing = frame_message(text)
    assert framing.authority is not None and framing.authority.name == body


def test_a_heath_elsewhere_is_no_hospital():
    framing = frame_message("how many dog fouling fines were given on the heath in hampstead in 2025")
    assert framing.authority is None or "Health" not in framing.authority.name
