"""lead40: a question naming the story's thing in the other number ("the vans" after "that facial recognition van")
means that kind of thing; a question's auxiliary ends the noun phrase before its bare verb ("did the van make")."""

from askfoi.story_antecedents import mentions, resolve


def test_the_plural_of_the_storys_noun_names_the_kind():
    out, left = resolve("how many times have the vans been used this year?",
                        ["i saw that facial recognition van parked in romford high street last week."])
    assert "facial recognition vans" in out and "parked" not in out and not left


def test_been_is_no_participle_of_the_noun():
    spans = [m.text for m in mentions("how many times have the vans been used this year?")]
    assert "the vans" in spans


def test_the_auxiliarys_verb_is_not_part_of_the_noun():
    spans = [m.text for m in mentions("how much money did the van make in fines")]
    assert "the van" in spans
    assert "the council tax office" in [m.text for m in mentions("how many times did the council tax office phone me")]


def test_a_noun_spelt_as_a_verb_can_modify_the_head():
    out, _ = resolve("how much money did the van make in fines", ["we had a speed camera van on our road every day in march."])
    assert "speed camera van" in out
