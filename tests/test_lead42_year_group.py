"""lead42 (nc45 #3): "broken down by year group and reason" is a school's year group, never a breakdown by year with
"group and reason" left in the subject; "also want the behaviour policy" (the "i" left out) is asked, never dropped."""

from askfoi.framing import frame_message

SCHOOL = ("our kids school (hamstead hall academy) wont tell us how many pupils were excluded last year, broken down by "
          "year group and reason. also want the behaviour policy and how many teachers left")


def test_year_group_is_one_breakdown():
    texts = [p.text for p in frame_message(SCHOOL).parts]
    assert "The number of pupils excluded, broken down by year group and reason." in texts


def test_a_wish_without_its_i_is_asked():
    texts = [p.text.lower() for p in frame_message(SCHOOL).parts]
    assert any("behaviour policy" in t for t in texts)
    assert "the number of teachers who left." in texts


def test_by_year_alone_is_still_by_year():
    assert [p.text for p in frame_message("how many fines by year and ward", "Leeds City Council").parts] == \
        ["The number of fines, broken down by year and ward."]
