"""lead40: a tactic with no overt use named in the person's words ("those phone tracking things, stingrays or
whatever") gets no "overt" replacements about the vaguer words ("the total amount spent on phone tracking"): forces
neither confirm nor deny IMSI catchers' spend and contracts too."""

from askfoi.framing import frame_message


def test_no_replacement_about_the_vaguer_words_of_a_no_overt_tactic():
    framing = frame_message("do west yorkshire police use those phone tracking things, stingrays or whatever, at "
                            "protests in leeds? and how much have they spent on them")
    warned = [f for f in framing.findings if f.code == "ncnd-risk"]
    assert warned
    assert not any("phone tracking" in (f.rewrite or "") for f in warned)


def test_a_spoken_shrug_is_not_kept_in_the_letter():
    from askfoi.kept_questions import tidy_words

    assert "whatever" not in tidy_words("do west yorkshire police use those phone tracking things, stingrays or "
                                        "whatever, at protests in leeds")
    assert tidy_words("is it this or that").endswith("or that")
