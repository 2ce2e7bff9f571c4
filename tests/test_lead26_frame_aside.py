"""Lead, session 26 (nu29): `askfoi frame` on a subject access message that also asks for figures shows those
questions as left out of this letter (an FOI request of their own); they were only in --json and the chat."""
import pytest

from askfoi.cli import main


@pytest.mark.parametrize("text,figure", [
    ("can i get the bodycam footage of me being stopped by west yorkshire police on 12 oct and how many stop and "
     "searches did they do in bradford last year", "how many stop and searches"),
    ("i want a copy of my gp records from the oaks medical centre and how many complaints did the practice get last "
     "year", "how many complaints"),
])
def test_frame_shows_the_figures_left_for_an_foi_request(text, figure, capsys):
    assert main(["frame", text]) == 0
    out = capsys.readouterr().out
    assert "subject access" in out and "Not in this letter" in out
    assert figure in out.split("Not in this letter", 1)[1]
