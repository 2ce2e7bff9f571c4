"""nu30: the overt re-scope fix names the technology, never a manner word, a pronoun or a verb left from the sentence
("the overt use of facial recognition covertly", "the overt use of use it secretly on protesters")."""
import re

import pytest

from askfoi.checks import check_request


def _fixes(text: str) -> list[str]:
    return [f.suggestion or "" for f in check_request(text).findings if "overt use of" in (f.suggestion or "")]


@pytest.mark.parametrize("text, subject", [
    ("does the met use live facial recognition covertly, and how many informants (CHIS) were paid in 2023", "facial recognition"),
    ("do west yorkshire police use drones covertly at protests", "drones"),
    ("Does Kent Police secretly use facial recognition cameras?", "facial recognition"),
    ("hi, does essex police use facial recognition on body worn cameras, including covertly?", "facial recognition"),
])
def test_fix_names_the_technology(text, subject):
    fixes = _fixes(text)
    assert fixes, text
    for fix in fixes:
        said = re.search(r"overt use of (.+?) in force", fix).group(1)
        assert subject in said
        assert not re.search(r"(?i)\b(?:covert(?:ly)?|secretly|it|they|use|used)\b", said), said


@pytest.mark.parametrize("text", [
    "how much did kent police pay informants in 2023",
    "What was the total spent on payments to covert human intelligence sources by Essex Police each year?",
    "how much money do west yorkshire police give their informers",
])
def test_informant_payments_are_told_totals_are_often_released(text):
    # nu30: yearly totals paid to informants were released in most past answers about them (knowledge/sources)
    finding = next(f for f in check_request(text).findings if f.code == "ncnd-risk")
    assert "released the total" in finding.message
    assert "total paid to informants" in finding.suggestion
    assert "no information at all" not in finding.message


@pytest.mark.parametrize("text", ["how many informants does kent police have",
                                  "do essex police use informants at mosques"])
def test_other_informant_questions_keep_the_warning_and_name_informants(text):
    finding = next(f for f in check_request(text).findings if f.code == "ncnd-risk")
    assert "no information at all" in finding.message
    assert "overt use of informants" in finding.suggestion and " does " not in finding.suggestion
