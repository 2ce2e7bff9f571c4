"""lead44 (nc50 #3): a part kept in the person's words that names a covert tactic is warned about that tactic, never
"uses None", and shows no empty "Instead:" list."""
from askfoi.cli import main


def test_kept_covert_part_names_its_tactic(capsys):
    assert main(["frame", "did the met police have undercover officers in the just stop oil protests in 2024? how many "
                 "undercover officers does the met employ"]) == 0
    out = capsys.readouterr().out
    assert "None" not in out
    assert "uses undercover officers touches covert policing" in out
    assert not any(line.strip() == "Instead:" for line in out.splitlines())
