"""ck23a: the route and the body for what newcomers type (nu25 items 1, 2, 3, 5, 11, 12). Invented sentences."""

from askfoi.framing import frame_message


def _texts(framing):
    return [p.text for p in framing.parts]


def test_own_stop_and_search_records_are_a_police_subject_access_request_and_the_count_is_set_aside():
    f = frame_message("i was stopped and searched by avon and somerset police in bath in june, i want the bodycam and "
                      "the record of the search and how many stop and searches they did on asian men last year")
    assert f.route == "sar" and f.regime == "DPA-Part3"
    joined = " ".join(_texts(f)).lower()
    assert ("bodycam" in joined or "body-worn camera" in joined) and "record of the search" in joined  # lead38: written out
    assert "how many" not in joined
    assert any("stop and searches they did on asian men" in q for q in f.foi_aside)


def test_footage_of_an_incident_the_writer_was_in_is_their_own_data_and_the_company_must_answer():
    f = frame_message("i was attacked outside the aldi on high street in luton on 2 october and the police took the "
                      "cctv. can i get a copy of the footage")
    assert f.route == "sar"
    # lead42: "the footage" after "the cctv" is written as the CCTV footage it points at
    assert any(t.lower().startswith(("the footage of me", "the cctv footage of me")) for t in _texts(f))
    assert not any("police took" in t.lower() and not t.startswith("Any other") for t in _texts(f))
    said = " ".join([f.body_question or ""] + [x.message for x in f.findings])
    assert "does not have to answer" not in said


def test_a_waiting_list_question_is_never_an_item_of_the_subject_access_letter():
    f = frame_message("can i have a copy of my hospital records from nhs fife, and how long is the waiting list for "
                      "autism assessment there for children")
    assert f.route == "sar"
    assert not any("waiting list" in t.lower() for t in _texts(f))
    assert any("waiting list" in q for q in f.foi_aside)


def test_a_count_with_and_inside_it_is_set_aside_whole():
    from askfoi.sar_items import foi_asides

    asides = foi_asides("i want my custody record and how many stop and searches they did in 2024")
    assert asides == ["how many stop and searches they did in 2024?"]


def test_an_attorney_asking_what_a_body_wrote_about_the_person_gets_a_subject_access_route_naming_the_lpa():
    from askfoi.whose_records import read_whose

    text = ("my mum has alzheimers and lives in a nursing home in wirral. i have lasting power of attorney for her "
            "health and welfare and want to see what the social workers have written about her")
    f = frame_message(text)
    assert f.route == "sar"
    assert any("[PARENT'S NAME]" in p.text and "written" in p.text for p in f.parts)
    ob = read_whose(text).for_letter()
    assert ob is not None and "lasting power of attorney for health and welfare" in (ob.acting or "")


def test_a_deputy_is_named_and_someone_elses_power_is_not_the_writers():
    from askfoi.whose_records import acting_for

    assert "Court of Protection" in acting_for("i am my brother's deputy appointed by the court of protection")[0]
    assert acting_for("my nan is in hospital and her son has power of attorney, i want her care plan") is None


def test_the_letter_names_the_attorney_and_encloses_the_lpa():
    from datetime import date

    from askfoi.conversation import Conversation

    conv = Conversation(today=lambda: date(2026, 12, 2))
    conv.start()
    conv.reply("my dad has dementia and is in a care home in wigan. i have lasting power of attorney for his "
               "property and financial affairs and i want to see what adult social care have written about him")
    for answer in ("ok", "ok", "ok", "skip", "Jane Smith"):
        conv.reply(answer)
    body = conv.letter().body
    assert "as his attorney under a lasting power of attorney for property and financial affairs" in body
    assert "[I enclose" not in body


def test_a_correction_at_the_organisation_step_names_the_body_after_the_negation():
    from askfoi.body_answers import corrected_body

    assert corrected_body("no its the council not anglian water, south cambridgeshire") == "the council, south cambridgeshire"
    assert corrected_body("the fire service not the council") == "the fire service"
    assert corrected_body("no, it's Leeds City Council") == "Leeds City Council"
    assert corrected_body("Norfolk County Council") == "Norfolk County Council"


def test_the_correction_in_the_chat_is_never_an_organisation_called_the_council_not():
    from datetime import date

    from askfoi.conversation import Conversation

    conv = Conversation(today=lambda: date(2026, 12, 2))
    conv.start()
    conv.reply("can thames water tell me how many odour complaints they had about the sewage works in wantage in 2025")
    said = "\n".join(m.text for m in conv.reply("no its the council not thames water, vale of white horse").messages)
    assert "not thames water" not in said.lower()
    assert conv.session.authority == "Vale of White Horse District Council"


def test_an_ok_typed_ahead_and_again_is_one_ok():
    from askfoi.conversation import is_accept

    assert is_accept("okok") and is_accept("ok ok") and is_accept("okay ok")
    assert not is_accept("okehampton") and not is_accept("ok then the council")


def test_royal_mail_is_named_as_asked_and_is_not_covered():
    f = frame_message("how many complaints did royal mail get about lost parcels in leeds in 2025")
    assert f.authority is not None and "Royal Mail" in f.authority.name
    assert any(x.code == "not-covered-by-foi" and "Ofcom" in x.message for x in f.findings)


def test_a_capitalised_ordinary_word_is_no_acronym_of_a_body():
    f = frame_message("How many families in total are affected by the Benefit Cap in 2025?")
    assert f.authority is None or "Advertising" not in f.authority.name
    assert "Advertising" in (frame_message("How many complaints did CAP uphold in 2024?").authority.name)


def test_a_pupils_records_go_to_the_school_not_the_council_of_the_place():
    f = frame_message("my son is 13 and got excluded from his school in cardiff, i want to see what the school wrote "
                      "about him and the exclusion letter")
    assert f.route == "sar"
    assert f.authority is None and f.body_kind == "school"
    assert "Cardiff" in (f.body_question or "") and "academy trust" in (f.body_question or "")
    school = next(x for x in f.findings if x.code == "school-records")
    assert "Pupil Information" not in school.suggestion  # Wales: the England right is not claimed


def test_in_england_the_maintained_school_right_is_named():
    f = frame_message("my daughter was excluded from her school in bristol and i want her school records")
    school = next(x for x in f.findings if x.code == "school-records")
    assert "15 school days" in school.suggestion and "not an academy" in school.suggestion


def test_a_council_named_in_full_is_kept():
    f = frame_message("my son was excluded from his school, i want to see what Leeds City Council wrote about him")
    assert f.authority is not None and f.authority.name == "Leeds City Council"


def test_welsh_words_are_never_corrected_into_english_ones():
    from askfoi.spelling import suggest

    assert suggest("Hoffwn wybod faint o bobl oedd yn aros am lawdriniaeth yng Ngwynedd yn 2024") == []
    assert ("bobl", "bowl") not in suggest("how many bobl are waiting")
    assert ("mnay", "many") in suggest("how mnay staff cost the most")  # English homographs leave English alone
