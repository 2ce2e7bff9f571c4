"""fm102 (issue 9): yearly totals of a surveillance power's authorisations are what the covert topics' advice offers.

"The number of directed surveillance authorisations granted" was warned of NCND by the forecast (the learnt forecast,
on covert surveillance's overt-framed answers: 5 of 9 police NCND, each one narrowed to a target: journalists' phone
records, private Facebook pages, undercover officers, unmarked surveillance cars, connected devices) and by the ncnd-risk
check ("surveillance authorisations"), while the same warning's advice was "yearly totals of surveillance
authorisations". Forces have released such totals (West Midlands Police 1814_15; Northumbria Police 704/12 refused on
cost, no NCND), and the Investigatory Powers Commissioner publishes them. A sentence asking only for such a total,
narrowed to nothing (a closed vocabulary: knowledge/vocab/ncnd_asked.yaml `totals_*`), is read as asking about no covert
use by the check and by the forecast (one decision: askfoi/ncnd_topics.py `totals_spans` via `asked_text`), and the part
says what answer to expect. A total narrowed to a target, a place, a person or a group is read as before.
"""

import pytest

from askfoi.checks import ncnd_risk_words
from askfoi.matching import get_matcher
from askfoi.ncnd_topics import asked_text, topics_in

TOTALS = [
    ("The number of directed surveillance authorisations granted in each of the last three years.", "Kent Police"),
    ("How many directed surveillance authorisations did you grant in 2023?", "Kent Police"),  # fm101's example
    # my own words
    ("Please tell me how many times the force authorised directed surveillance in 2022 and 2023.",
     "West Yorkshire Police"),
    ("How many directed surveillance authorisations did Police Scotland grant under RIPSA in 2023?", "Police Scotland"),
    ("Could you give me the yearly figures for intrusive surveillance and property interference authorisations since "
     "2019, broken down by year?", "Essex Police"),
    ("How many times did Leeds City Council use its RIPA powers last year?", "Leeds City Council"),
]

NARROWED = [
    ("How many directed surveillance authorisations were granted against journalists in 2023?", "Kent Police"),
    ("How many RIPA authorisations to view private Facebook pages were granted each year?", "Cheshire Constabulary"),
    ("Was directed surveillance authorised on my house in March 2024?", "Kent Police"),
    ("Has the force carried out directed surveillance on members of Just Stop Oil?", "Kent Police"),
    ("How many directed surveillance authorisations were granted for Operation Kestrel in 2023?", "Kent Police"),
]


@pytest.mark.parametrize("text, authority", TOTALS)
def test_a_plain_yearly_total_is_no_covert_question(text, authority):
    from askfoi.ncnd_topics import totals_spans

    assert totals_spans(text), text
    assert "covert_surveillance" not in topics_in(asked_text(text))


@pytest.mark.parametrize("text, authority", NARROWED + [
    ("How many RIPA authorisations for directed surveillance were granted in 2023 for drug offences?", "Kent Police"),
    ("How many covert human intelligence source authorisations were granted in 2023?", "Kent Police"),
])
def test_a_total_narrowed_to_a_target_is_read_as_it_stands(text, authority):  # guard: the topic is still asked
    assert topics_in(asked_text(text)), text


@pytest.mark.parametrize("text, authority", TOTALS[:4])
def test_the_check_does_not_warn_the_total_its_own_advice_offers(text, authority):
    assert ncnd_risk_words(text, "police") == [], text


@pytest.mark.parametrize("text, authority", [NARROWED[0], NARROWED[2]])
def test_the_check_still_warns_a_narrowed_total(text, authority):
    assert ncnd_risk_words(text, "police"), text


@pytest.mark.parametrize("text, authority", TOTALS[:4])
def test_the_forecast_does_not_warn_a_yearly_total_and_says_what_to_expect(text, authority):
    parts = get_matcher().match(text, authority).forecast.parts
    assert [p.ncnd_likely for p in parts] == [False] * len(parts), [(p.text, p.evidence[:3]) for p in parts]
    said = " ".join(p.published or "" for p in parts)
    assert "Investigatory Powers Commissioner" in said and "not usually met with" in said, said


@pytest.mark.parametrize("text, authority", NARROWED)
def test_the_forecast_still_warns_a_narrowed_total_or_one_operation(text, authority):
    parts = get_matcher().match(text, authority).forecast.parts
    assert any(p.ncnd_likely for p in parts), [(p.text, p.evidence[:3]) for p in parts]
    assert not any(p.published for p in parts)


def test_the_total_beside_a_narrowed_count_keeps_the_count_s_own_reading():
    parts = get_matcher().match("1. How many directed surveillance authorisations were granted in 2023? 2. How many "
                                "directed surveillance authorisations were granted against journalists in 2023?",
                                "Kent Police").forecast.parts
    assert len(parts) == 2, parts
    assert not parts[0].ncnd_likely and parts[0].published, parts[0]
    assert parts[1].ncnd_likely and not parts[1].published, parts[1]
