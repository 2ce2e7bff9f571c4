"""nu30: a message that asks only for a dead relative's health records gets no FOI letter (the chat's Access to
Health Records Act route takes over); beside other questions, only that part leaves the letter."""
import pytest

from askfoi.framing import frame_message


@pytest.mark.parametrize("text", [
    "my dad passed away last year in Whiston hospital and i want a copy of his medical records. im his executor",
    "My mother died in March at the Royal Infirmary. I would like a copy of her medical records please.",
    "my nan passed away in january and i want to see her hospital records",
    "my nan died in a care home in january, can i get her care home medical notes",
])
def test_only_a_dead_relatives_records_no_foi_part(text):
    framing = frame_message(text)
    assert framing.parts == []
    finding = next(f for f in framing.findings if f.code == "deceased-records")
    assert "Access to Health Records Act 1990" in finding.message
    assert "the other parts stay" not in finding.message


def test_beside_a_statistic_only_the_records_leave():
    framing = frame_message("my mum died in the royal infirmary, i want her medical records. also how many sepsis "
                            "deaths did nhs lothian have in 2024")
    assert [p.kind for p in framing.parts] == ["count"]
    assert "sepsis" in framing.parts[0].text.lower()
