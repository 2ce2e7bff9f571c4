"""Lead (session 33): the words that only ask to be told come off the front of what is asked, as people type them: a
wish with no subject ("wanting to know how much ..."), and "could u find out" before "the number of ..."."""

from askfoi.framing import frame_message


def test_wanting_to_know_comes_off():
    texts = [p.text for p in frame_message("wanting to know how much glasgow city council paid for the new george square upgrade").parts]
    assert texts and not any(t.lower().startswith("wanting") for t in texts), texts


def test_could_u_find_out_the_number_comes_off():
    texts = [p.text for p in frame_message("could u find out the number of dog attacks reported to south yorkshire police in 2023 "
                                           "and 2024, by breed if possible").parts]
    assert texts and not any(t.lower().startswith("could") for t in texts), texts
    assert any(t.startswith("The number of dog attacks") for t in texts), texts
