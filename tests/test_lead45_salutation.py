"""Session 45 (lead, nc51 #9): a body whose name opens with "The" is greeted after the team ("Dear Freedom of
Information team at The Elms Medical Centre,"), never "Dear The ...", in every letter's greeting."""
from datetime import date

import pytest

from askfoi.templates import dear

import tests.test_drafting as d


def test_a_name_opening_with_the_goes_after_the_team():
    assert dear("The Elms Medical Centre", "Freedom of Information team") == \
        "Dear Freedom of Information team at The Elms Medical Centre"
    assert dear("Leeds City Council", "Data Protection Officer") == "Dear Leeds City Council Data Protection Officer"
    assert dear("", "Freedom of Information team") == "Dear Freedom of Information team"


def test_the_request_letter_never_says_dear_the(offline_authority):
    body = d._draft(d.BASE, authority="The Elms Medical Centre").body
    assert body.startswith("Dear Freedom of Information team at The Elms Medical Centre,"), body[:80]
    assert "Dear The" not in body


@pytest.fixture
def offline_authority(monkeypatch):
    monkeypatch.setattr(d.drafting, "_resolve", lambda name: None)


def test_a_minor_finding_card_has_one_list_marker():
    from askfoi.templates import render

    card = render("bot/finding_card.j2", number=1, severity="low", message="m", suggestion="s")
    assert card.startswith("1. "), card
    assert not card.startswith(("1. - ", "1. * ")), card  # nc51 #12: "1. - Minor" read as two list markers
