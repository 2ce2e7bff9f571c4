"""Lead, session 26: a subject access item the person listed (a bullet, a numbered line) is kept whole; only a story
told before the record's name is cut away (ck26 cut every item to its noun phrase: "A still image." from "A still
image to show the second parking sign was turned sideways", held-out h26-16)."""
import pytest

from askfoi.sar_items import sar_items


@pytest.mark.parametrize("line,item", [
    ("• A still image to show the sign was turned sideways", "A still image to show the sign was turned sideways"),
    ("- the cctv footage showing where the camera was pointing", "The cctv footage showing where the camera was pointing"),
    ("* all paperwork/records of any discretion considered in my case",
     "All paperwork/records of any discretion considered in my case"),
])
def test_a_listed_item_is_kept_whole(line, item):
    items = sar_items(f"i want my records from the council:\n{line}\n• my complaint file")
    assert any(i.lower() == item.lower() for i in items), items


def test_a_story_before_the_records_is_still_cut_away():
    items = sar_items("Im helping my mum who has dementia get her social care records and her care plan")
    assert all("dementia" not in i and "helping" not in i.lower() for i in items), items
    assert any("social care records" in i for i in items), items


@pytest.mark.parametrize("text,kept", [
    ("can i get the bodycam footage of me being stopped and searched by west yorkshire police on 12 oct", "12 oct"),
    ("i want the cctv of me being arrested and detained at colchester police station on 3 march 2025", "3 march 2025"),
    ("please send me the custody record from when i was arrested and taken to luton police station in may", "luton"),
])
def test_the_event_goes_on_after_and_with_its_date_and_place(text, kept):
    items = sar_items(text)
    assert len(items) == 1 and kept in items[0].lower(), items
