"""lead44 (nc49 #12): a body outside Scotland shown Scottish bodies' FOISA sections as evidence is told they are
Scotland's Act, and which UK Act provisions neither confirm nor deny instead (a user may quote them in a review)."""
from askfoi.cli import main


def test_northern_ireland_force_told_foisa_is_not_its_act(capsys):
    assert main(["match", "how many times did psni use covert phone tracking in 2024", "--authority",
                 "Police Service of Northern Ireland", "--top", "3"]) == 0
    out = " ".join(capsys.readouterr().out.split())
    head = out.split("Similar published responses")[0]
    assert "FOISA" in head, head[:800]  # the closest answers include Scottish forces' (Tayside Police, 2007)
    assert "Scotland's Act" in head and "23(5)" in head, head[:800]
