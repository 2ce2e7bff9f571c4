"""nx64 (nc64 #12): an address the writer says is a building of several homes (a Glasgow tenement close, "our
tenement", "the block of flats") is not "one private person or household"; one neighbour's house still is."""
import pytest

from askfoi.checks import check_request


def _private(text, body):
    return [f for f in check_request(text, body).findings
            if f.code == "third-party-personal-data" and "one private person or household" in f.message]


@pytest.mark.parametrize("text,body", [
    ("1. The number of damp and mould complaints for 14 Langlands Road Govan (my close) and for the whole Govan area.",
     "Glasgow City Council"),
    ("How many repair complaints were logged for 22 Craigie Street (our tenement) in 2025?", "Dundee City Council"),
    ("How many fire safety complaints were made about 40 Mill Lane, the block of flats where I live, in 2025?",
     "Leeds City Council"),
    ("The number of complaints about rats at 7 Dalmarnock Road, our stair, since 2024.", "Glasgow City Council"),
])
def test_a_building_of_several_homes_is_no_one_household(text, body):
    assert not _private(text, body)


def test_one_neighbour_s_house_still_is():
    assert _private("How many noise complaints were made about 14 Elm Road, my neighbour's house, in 2025?",
                    "Leeds City Council")


P4 = ("my cousin Darren died in police custody in Dundee last year and were getting nowhere with police scotland. i "
      "want to know how many times they used cyber kiosks, and all the records about darrens death in custody at West "
      "Bell Street")


@pytest.mark.parametrize("text,body,scottish", [
    (P4, "Police Scotland", True),
    ("my son died in a police cell in Glasgow in March. i want all the files about his death in custody",
     "Police Scotland", True),
    ("My brother died in police custody at Leeds last year. Can I get the records about his death in custody?",
     "West Yorkshire Police", False),
    ("my dad died while in custody at a police station in Cardiff, i want the custody records and cctv about his death",
     "South Wales Police", False),
])
def test_a_death_in_custody_points_to_the_family_routes_of_its_own_country(text, body, scottish):
    found = [f for f in check_request(text, body).findings if f.code == "deceased-records"]
    assert found, [f.code for f in check_request(text, body).findings]
    said = found[0].message + " " + (found[0].suggestion or "")
    if scottish:
        assert "Police Investigations and Review Commissioner" in said and "Procurator Fiscal" in said
        assert "IOPC" not in said and "coroner" not in said
    else:
        assert "Independent Office for Police Conduct" in said and "inquest" in said
        assert "PIRC" not in said and "Procurator Fiscal" not in said
