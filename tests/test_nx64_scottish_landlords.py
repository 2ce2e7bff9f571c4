"""nx64 (nc64 #1): a housing association (registered social landlord) in Scotland is a Scottish public authority under
FOISA since 11 November 2019 (the Freedom of Information (Scotland) Act 2002 (Designation of Persons as Scottish Public
Authorities) Order 2019). The story places it in Scotland the way people say where they live: a neighbourhood
("govan", "leith", "drumchapel") as well as a city. Such a request is a FOISA request (never "you are not covered"),
and a complaint about the landlord goes to the Scottish Public Services Ombudsman and the Scottish Housing Regulator,
never the English Housing Ombudsman or Regulator of Social Housing."""
import datetime as dt

import pytest

from askfoi.checks import check_request, scottish_text
from askfoi.request import resolve_request

TODAY = dt.date(2026, 12, 5)

SCOTTISH = [
    ("ive had damp in my flat in govan for 2 years, i reported it to my housing association (Elderpark Housing) "
     "loads of times. how many damp complaints did they get", "Elderpark Housing Association"),
    ("my housing association in leith wont fix the windows, how many repair requests did they get last year",
     "Port of Leith Housing Association"),
    ("mould in our flat in drumchapel, the housing association ignores us. how much did they spend on damp repairs",
     "Cernach Housing Association"),
    ("we live in easterhouse and our housing association keeps putting the rent up. how many tenants were evicted",
     "Easthall Park Housing Co-operative"),
]


@pytest.mark.parametrize("about,body", SCOTTISH)
def test_a_scottish_housing_association_is_asked_under_foisa(about, body):
    r = resolve_request(about, body, "2025", ["The number of damp complaints received."], [], today=TODAY)
    assert r.law == "FOISA" and r.not_covered is None
    said = " ".join(f"{f.message} {f.suggestion or ''}" for f in r.findings if f.code == "housing-association")
    assert "England, Wales and Northern Ireland are generally not" not in said


@pytest.mark.parametrize("about,body", SCOTTISH)
def test_the_neighbourhood_places_the_story_in_scotland(about, body):
    assert scottish_text(about)
    said = " ".join(f"{f.message} {f.suggestion or ''}" for f in check_request(about, None).findings
                    if f.code == "housing-association")
    assert "Freedom of Information (Scotland) Act 2002" in said
    assert "Scottish Public Services Ombudsman" in said and "Scottish Housing Regulator" in said
    assert "Housing Ombudsman takes" not in said and "Regulator of Social Housing" not in said


def test_an_english_housing_association_is_still_not_covered():
    about = "our flat in peckham has mould, my housing association (Peabody) ignores us. how many damp complaints"
    r = resolve_request(about, "Peabody", "2025", ["The number of damp complaints received."], [], today=TODAY)
    assert r.law == "FOIA" and r.not_covered == "housing association"
    assert not scottish_text(about)


@pytest.mark.parametrize("about,body", SCOTTISH[:2])
def test_the_chat_confirms_a_scottish_landlord_under_foisa(about, body):
    from askfoi.conversation import Conversation

    conv = Conversation(today=lambda: TODAY)
    said = [m.text for m in conv.reply(about).messages]
    for answer in (body, "ok"):
        if conv.session.authority:
            break
        said = [m.text for m in conv.reply(answer).messages]
    text = " ".join(said)
    assert "does not have to answer" not in text and "Housing Ombudsman" not in text
    assert "Freedom of Information (Scotland) Act 2002" in text and "40 hours" in text
