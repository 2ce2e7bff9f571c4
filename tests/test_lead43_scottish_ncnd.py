"""lead43 (nc47 #10): the forecast for a Scottish body never presents UK Act sections as what it will cite without
saying FOISA's section 18 is what a Scottish body uses; a tactic with no overt use (IMSI catchers) is never told to
"ask for overt use only"."""
from askfoi.cli import main


def _match(capsys, text, authority):
    assert main(["match", text, "--authority", authority]) == 0
    return " ".join(capsys.readouterr().out.split())


def test_scottish_body_told_section_18(capsys):
    out = _match(capsys, "Does Police Scotland use IMSI catchers to track mobile phones", "Police Scotland")
    assert "neither confirm nor deny" in out
    assert "section 18" in out and "UK Act" in out, out[:600]


def test_english_body_not_told_about_foisa(capsys):
    out = _match(capsys, "Does Essex Police use IMSI catchers to track mobile phones", "Essex Police")
    assert "section 18" not in out and "FOISA" not in out, out[:600]


def test_no_overt_use_never_offers_overt_use(capsys):
    out = _match(capsys, "Does Essex Police use IMSI catchers to track mobile phones", "Essex Police")
    head = out.split("Similar published responses")[0]
    assert "no overt use" in head
    assert "overt use only" not in head, head[:600]
