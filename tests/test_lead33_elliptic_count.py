"""Lead (session 33): "how many have they seized" after a part about off road bikes counts those bikes (the subject
before, without its place), and a single body's verb agrees ("has the force seized", never "have the force")."""

from askfoi.framing import frame_message


def test_elliptic_count_after_plans_names_the_things_and_agrees():
    texts = [p.text for p in frame_message("what is nottinghamshire police doing about off road bikes in mansfield? how many "
                                           "have they seized this year").parts]
    assert not any("have the force" in t for t in texts), texts
    assert any("off road bikes" in t and "seized" in t for t in texts), texts
