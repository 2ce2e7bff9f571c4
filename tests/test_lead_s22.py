"""lead22: a volunteer or a person asking to find something out themselves ("could we find out ...", "can I find out
...") asks the body for it; "can I find out if I can appeal" is the writer's own next step. Invented sentences."""
from askfoi.addressee import addressee
from askfoi.framing import frame_message
from askfoi.questions import split_questions, strip_opener
from askfoi.sentence_acts import sentence_act


def test_could_we_find_out_asks_the_body():
    t = "Could we find out how many parking fines were cancelled on appeal in 2024?"
    assert addressee(t) is None
    assert sentence_act(t) == "records"
    parts = frame_message(t).parts
    assert [p.kind for p in parts] == ["count"]


def test_find_out_whether_i_can_is_the_writers_step():
    assert addressee("can i find out if i can appeal the parking fine") == "others"
    assert addressee("could we find out whether we can challenge the decision") == "others"


def test_asking_frame_of_ones_own():
    assert strip_opener("Could we find out the average waiting time for hip operations") == "the average waiting time for hip operations"
    assert strip_opener("is it possible to see the report on the pool closure") == "the report on the pool closure"
    assert strip_opener("can i have the number of fines issued") == "the number of fines issued"


def test_asks_listed_after_words_of_asking_are_cut():
    t = "please tell me the number of housing repairs reported in 2024, how many were completed late, and how much was paid in compensation"
    assert len(split_questions(t)) == 3


def test_a_measure_then_counts_of_what_it_measures():
    # a volunteer's story, then one sentence with three asks: a measure and two counts
    t = ("I help at an advice centre. A client waited months for her disabled parking permit from Bristol City Council. "
         "Could we find out the average waiting time for disabled parking permits in 2025, how many were refused, "
         "and how many refusals were overturned?")
    parts = frame_message(t).parts
    texts = [p.text for p in parts]
    assert len(parts) == 3, texts
    assert "average waiting time for disabled parking permits" in texts[0].lower()
    assert parts[1].kind == "count" and "disabled parking permits" in texts[1].lower()
    assert len({x.lower() for x in texts}) == 3
