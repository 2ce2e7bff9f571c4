"""A parent asking for everything a body holds on their child, the child named in an earlier sentence (session 14)."""

from askfoi.framing import frame_message


def test_everything_they_have_on_a_child_told_before_is_their_subject_access():
    framing = frame_message("my daughter was sent home from her school in may and nobody will explain it. "
                            "could i get everything they keep about her")
    assert framing.route == "sar"
    assert any(f.code == "their-own-data" for f in framing.findings)
    text = " ".join(p.text for p in framing.parts)
    # sar15: the parent asks on the child's behalf, so the child is named, never "me" (the parent)
    assert "they keep" not in text and "about me" not in text and "[CHILD'S NAME]" in text


def test_a_count_about_children_in_general_stays_foi():
    framing = frame_message("my son was excluded last year. how many pupils did the council exclude in 2024")
    assert framing.route == "foi"


def test_a_clients_own_account_and_notes_about_her_are_her_subject_access_request():
    from askfoi.framing import frame_message

    framing = frame_message("helping a client today, she's in council tax arrears with croydon council and says she "
                            "never got the summons. she wants a copy of her council tax account and any notes the "
                            "bailiffs made about her visits")
    assert framing.route == "sar"
    assert any("council tax account" in p.text.lower() for p in framing.parts)
    assert any("bailiffs" in p.text for p in framing.parts)


def test_records_about_a_clients_child_named_by_whom_they_are_about_are_never_dropped_silently():
    from askfoi.framing import frame_message

    framing = frame_message("my client's son is autistic and essex county council stopped his school taxi in "
                            "september. she wants the transport assessment they did on him and the panel notes, and "
                            "how many other send kids lost transport this year")
    # sar15: the client asks for her son's records on his behalf (subject access); the count is a separate FOI question
    assert framing.route == "sar"
    assert any("transport assessment" in p.text and "[CHILD'S NAME]" in p.text for p in framing.parts)
    assert any("lost transport" in q for q in framing.foi_aside)


def test_a_childs_records_an_academy_will_not_give_his_mother_are_his_subject_access_request():
    from askfoi.framing import frame_message

    framing = frame_message("client says her sons academy in bristol wont give her his behaviour log or the isolation "
                            "records, she wants copies and also how many kids did they put in isolation last term")
    # sar15: his records, asked by his mother on his behalf; the isolation count a separate FOI question
    assert framing.route == "sar"
    assert any("behaviour log" in p.text and "[CHILD'S NAME]" in p.text for p in framing.parts)
    assert any("isolation" in q for q in framing.foi_aside)
