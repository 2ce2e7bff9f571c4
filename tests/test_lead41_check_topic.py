"""lead41 (nc44 #12): the fix of a neither-confirm-nor-deny finding names the thing the question is about, never what the
sentence went on to say it does ("the overt use of drones record the faces"); a phrase with a preposition stays whole."""

from askfoi.cli import main


def _check(text: str, capsys, *extra: str) -> str:
    assert main(["check", text, *extra]) == 0
    return " ".join(capsys.readouterr().out.split())


def test_the_fix_names_the_thing_not_its_verb(capsys):
    out = _check("Did the drones record the faces?", capsys, "--authority", "Kent Police")
    assert "overt use of drones record" not in out
    assert "any policy on the overt use of drones in force" in out


def test_a_phrase_with_a_preposition_stays_whole(capsys):
    out = _check("does essex police use facial recognition on body worn cameras, including covertly", capsys)
    assert "overt use of facial recognition on body worn cameras in force" in out
