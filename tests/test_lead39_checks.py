"""lead39 (newcomer): the records of someone who has died, named before the person ("the records of her care"), were
read as a vague view; they are the deceased person's records, with the route that reaches them."""

import pytest

from askfoi.framing import frame_message


@pytest.mark.parametrize("text", [
    "my gran died in a care home run by cornwall council last year, can i get the records of her care",
    "my dad died in march, i want the notes about his treatment at the royal cornwall",
])
def test_records_named_before_the_person_who_died_are_a_deceased_persons_records(text):
    assert any(f.code == "deceased-records" for f in frame_message(text).findings)


def test_a_count_of_records_is_not_a_request_for_someones_records():
    assert not any(f.code == "deceased-records" for f in frame_message(
        "my nan died last year. how many of the records of their residents does the care home keep").findings)


# -- `askfoi check` on a whole letter ---------------------------------------------------------------------------------

DRAFT = ("Dear Sir/Madam,\nUnder the Freedom of Information Act please send me all information you hold about the use "
         "of facial recognition by Essex Police, including the names of all officers trained to use it, every email "
         "mentioning it, and why the chief constable thinks it is lawful.\nThanks\n")


def test_a_fix_never_takes_the_greeting_for_what_it_means():
    from askfoi.checks import check_request

    opinion = [f for f in check_request(DRAFT, "Essex Police").findings if "opinion" in f.message]
    assert opinion, [f.code for f in check_request(DRAFT, "Essex Police").findings]
    assert "Sir Madam" not in (opinion[0].suggestion or "") and "Dear" not in (opinion[0].suggestion or "")
    # a long sentence is quoted from the clause that asks the opinion, not from its first words
    assert "chief constable thinks" in opinion[0].message and "Under the Freedom" not in opinion[0].message


def test_check_reads_a_file_named_as_its_text(tmp_path, capsys):
    from askfoi.cli import main

    draft = tmp_path / "draft.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    main(["check", "--authority", "Essex Police", str(draft)])
    out = capsys.readouterr().out
    assert "IMSI" in out or "facial recognition" in out and "all information" in out, out


@pytest.mark.parametrize("text, body", [("whats the headteachers salary", "Hillview Academy"),
                                        ("what is the salary of the chief constable", "Kent Police")])
def test_one_post_holders_pay_is_their_personal_data(text, body):
    """lead39 (newcomer): the headteacher's salary, typed without an apostrophe, raised no personal-data finding."""
    from askfoi.checks import check_request

    assert any(f.code == "third-party-personal-data" for f in check_request(text, body).findings)


@pytest.mark.parametrize("text", ["the directors pay policy", "what is the salary band of the headteacher"])
def test_a_pay_policy_or_band_is_no_ones_pay(text):
    from askfoi.checks import check_request

    assert not any(f.code == "third-party-personal-data" for f in check_request(text, "Leeds City Council").findings)
