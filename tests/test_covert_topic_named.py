"""The covert-use warning's example re-scoping names what is used, never the word that says it is secret: "were any
used covertly" after "did the force use drones" gives "the overt use of drones", not "the overt use of covertly"."""

from askfoi.checks import check_request


def _ncnd(text: str):
    found = [f for f in check_request(text, "Metropolitan Police Service").findings if f.code == "ncnd-risk"]
    assert found, "a covert question to a police force is warned"
    return found[0]


def test_adverb_alone_takes_the_technology_of_its_sentence():
    f = _ncnd("did the met use drones to film the march on 11 november, how many, were any used covertly")
    assert "overt use of drones" in f.suggestion
    assert "of covertly" not in f.suggestion


def test_named_covert_tactic_keeps_its_own_words():
    f = _ncnd("how many covert human intelligence sources did the force use in 2024")
    assert "of covertly" not in (f.suggestion or "")
