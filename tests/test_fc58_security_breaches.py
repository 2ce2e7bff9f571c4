"""fc58 (issue 9.3): "security breaches" is an IT word only beside an IT or data word.

Found on real police request texts (tests/data/fc58_requests.jsonl, tuning split): a request for thefts, security
breaches and vandalism at railway stations (answered) was warned of NCND as a question about cyber attacks, and the
pack counted a burglary answer ("access points used, including security breaches") as a cyber-security answer."""

import pytest

from askfoi.ncnd_topics import topics_in


@pytest.mark.parametrize("text", [
    "Could you please tell me the number of recorded thefts, security breaches or incidents (eg. vandalism) at railway "
    "stations in your police force area?",
    "How many home burglaries were there each month and which access points were used, including security breaches?",
    "How many security breaches were recorded at the hospital's car parks last year?",
])
def test_a_breach_of_a_site_is_no_cyber_question(text):
    assert "cyber_security" not in topics_in(text)


@pytest.mark.parametrize("text", [
    "How many data security breaches did the force suffer in 2023?",
    "Please list the security breaches of the IT systems since 2020.",
    "How many malicious cyber security breaches were there and what caused them?",
    "Please state any known security vulnerabilities in your network.",
])
def test_a_breach_of_the_bodys_systems_still_is(text):
    assert "cyber_security" in topics_in(text)


def test_the_railway_thefts_request_is_not_warned_of_ncnd():
    """The whole request as sent (British Transport Police, December 2011; answered): no part is warned."""
    from askfoi.matching import get_matcher

    text = ("Could you please tell me the number of recorded thefts, security breaches/ or incidents (eg. vandalism) at "
            "railway stations in your police force area last 12 full months prior to the receipt of this email, "
            "specifically between December 2010-November 2011.\nI would like a breakdown of incidents which have taken "
            "place and where they have happened (specific site addresses). Could you tell me what has been damaged or/ "
            "and stolen from the site.")
    forecast = get_matcher().match(text, "British Transport Police").forecast
    assert not forecast.ncnd_likely
