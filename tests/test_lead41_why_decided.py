"""lead41 (nc44 #7): "why did they exclude him" after the person's story of their son's exclusion, or "why did they
arrest me", asks for the reasons of a decision about one person: that person's own data, asked for by subject access
(never a public FOI part naming the child or the writer); "why did the force arrest so many people" stays FOI."""

from askfoi.framing import frame_message


def _route_and_parts(message: str) -> tuple[str, list[str]]:
    made = frame_message(message)
    return made.regime, [p.text for p in made.parts]


def test_the_reasons_for_excluding_a_child_are_his_own_data():
    regime, parts = _route_and_parts("my son got excluded from his school in leeds. why did they exclude my son?")
    assert regime == "SAR"
    assert any("records of the decision to exclude" in p and "reasons" in p for p in parts)


def test_the_reasons_for_arresting_the_writer_are_their_own_data():
    regime, parts = _route_and_parts("i was arrested last week by essex police. why did they arrest me")
    assert regime in ("SAR", "DPA-Part3")
    assert parts[0] == "The records of the decision to arrest me, including the reasons recorded for it."


def test_reasons_for_decisions_about_many_people_stay_foi():
    regime, parts = _route_and_parts("why did essex police arrest so many people at the protest")
    assert regime == "FOIA"
    assert "reasons" in parts[0]
