"""nx64 (nc64 #9): an organisation's name is never built out of the filler words of the sentence it was typed in ("its
both of them, elderpark housing association did the inspection" -> "Elderpark Housing Association", never "Both Them
Elderpark Housing Association")."""
import pytest

from askfoi.body_answers import bodies_in_sentence


@pytest.mark.parametrize("typed,want", [
    ("its both of them, elderpark housing association did the inspection", "Elderpark Housing Association"),
    ("its all of them really but mainly riverside housing association", "Riverside Housing Association"),
    ("i think its them lot at kirklees council that do it", "Kirklees Council"),
    ("its us and the council, well mostly glasgow city council", "Glasgow City Council"),
])
def test_no_filler_word_goes_into_the_name(typed, want):
    assert want in bodies_in_sentence(typed), bodies_in_sentence(typed)
