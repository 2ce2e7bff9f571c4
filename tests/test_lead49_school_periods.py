"""lead49 (nc61 #10): a letter to a school or an academy is offered school years at the period step ("Last school
year", "This school year so far"), which is how schools keep their figures; other bodies keep the usual choices."""

from datetime import date

from askfoi.conversation import Conversation
from askfoi.periods import period_choices

TODAY = date(2026, 12, 5)


def test_school_years_are_offered_to_a_school(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("ASKFOI_DATA_DIR", str(tmp_path / "d"))
    conv = Conversation(today=lambda: TODAY)
    conv.reply("how many pupils has oakfield primary school in leeds excluded")
    conv.reply("Oakfield Primary School")
    said = "\n".join(getattr(m, "text", str(m)) for m in conv.reply("hmm not sure").messages)
    assert "This school year so far" in said and "1 September 2026 to 5 December 2026" in said
    conv.reply("2")
    assert conv.session.period == "1 September 2026 to 5 December 2026"


def test_other_bodies_keep_the_usual_choices():
    names = [p.name for p in period_choices(TODAY)]
    assert names[0] == "Last calendar year" and not any("school" in n for n in names)
    school = [p.name for p in period_choices(TODAY, school=True)]
    assert school[:2] == ["Last school year", "This school year so far"] and len(school) <= 5
