"""Lead fixes on the session-32 merge: a chat question is never added twice in other words (fr34 chat_asks beside a
part kept whole); a subject access request with no body named still says so (ck33 kept the finding away)."""

from askfoi.framing import frame_message


def test_an_ask_already_a_part_is_not_added_again():
    from askfoi.chat_asks import _repeats_a_part
    from askfoi.framing import keep_words

    kept = keep_words("How many dogs were seized by the council in May 2024, and do you have a list of their breeds?")
    again = keep_words("The number of example dogs were seized by the council in May 2024.")
    other = keep_words("How much did the council spend on kennelling seized dogs?")
    assert _repeats_a_part(again, [kept])
    assert not _repeats_a_part(other, [kept])
    built = keep_words("Who built the new park and ride at the ring road?")
    spent = keep_words("The total amount spent on the new park and ride at the ring road.")
    assert not _repeats_a_part(built, [spent], "new park and ride at the ring road")


def test_a_subject_access_request_with_no_body_says_so():
    framing = frame_message("my dad was sectioned last week and the hospital are refusing to tell us anything. what "
                            "rights do we have to see his records")
    assert framing.authority is None
    assert "no-authority" in {f.code for f in framing.findings}


def test_a_fragment_breakdown_with_a_participle_subject_is_kept():
    parts = [p.text.lower() for p in frame_message("bins. leeds. missed collections. 2025. how many. which areas worst").parts]
    assert any("by area" in p for p in parts), parts
