"""lead40 (newcomer nc43 #2): a client's or a relative's own records are seen when the body is named as typed ("what
cheshire police hold on her") and when the relation asks for records of an event of theirs ("my mum wants the cctv of
her fall"): the subject access route, with the police wording (DPA 2018 s45) for a force's records of an arrest."""

from askfoi.checks import check_request
from askfoi.whose_records import read_whose


def test_what_a_named_force_holds_on_the_client_is_her_own_records():
    text = ("my client wants to see what cheshire police hold on her, she was arrested in march 2022 and wants the "
            "custody record and the bodycam footage from the arrest")
    assert read_whose(text).subject == "client"
    codes = {f.code: f for f in check_request(text, None).findings}
    assert "their-own-data" in codes
    assert "section 45" in codes["their-own-data"].message


def test_the_my_of_a_relation_is_not_the_owner_of_the_records():
    whose = read_whose("my mum wants the cctv of her fall in the tesco car park, its on council land in hull")
    assert whose.subject == "parent"


def test_the_writers_own_records_stay_theirs():
    assert read_whose("what does cheshire police hold on me").subject == "self"
    assert read_whose("my son wants his school records").subject == "child"
