"""fx100 (issue 8): framing on the text people really write - classes seen in fx99's set (tuning from session 63),
each tried on the message it came from (shortened) and on messages of the same shape in my own words, with guards:

- a covering line that hands the request over with an indefinite article or names two bodies ("Please find attached a
  Freedom of Information request for North Yorkshire Police and a separate request to the Office of ...") asked
  nothing, yet all four numbered requests under it were lost (NY PFCC 1029): it is a preface, and it names no body
  the questions are put to;
- where the reply goes ("the address in my email signature") sent a request for figures down the subject access route
  (Barnet stray dogs): the writer's email address, signature or footer is no record about them.
"""

from datetime import date

from askfoi.framing import frame_message

TODAY = date(2026, 12, 5)

ITEMS = ("\n\n1. Please provide a copy of the minutes of the police and crime panel meetings held in 2013.\n"
         "2. How many officers were suspended in 2023?\n")


def _frame(text):
    return frame_message(text, today=TODAY)


def _texts(framing):
    return [p.text for p in framing.parts]


# --- a covering line hands the request over -------------------------------------------------------------------------

def test_a_covering_line_naming_two_bodies_keeps_the_numbered_requests():
    # fx99 NY PFCC 1029 (shortened): all four requests were lost, the covering line asked back
    text = ("Please find attached a Freedom of Information request for North Yorkshire Police and a separate request to "
            "the Office of Police and Crime Commissioner for North Yorkshire.\n\n1. Please provide a copy of all internal "
            "communications within North Yorkshire Police relating to the appointment of an Interim Head of "
            "Communications between December 1 2013 and February 28 2014.\n2. Please provide a copy of all internal "
            "communications within the OPCC for North Yorkshire relating to the appointment of an Interim Head of "
            "Communications between December 1 2013 and February 28 2014.")
    framing = _frame(text)
    texts = _texts(framing)
    assert len(texts) == 2, texts
    assert "within North Yorkshire Police" in texts[0] and "within the OPCC" in texts[1], texts
    assert not framing.unframed and not framing.questions, (framing.unframed, framing.questions)


def test_a_covering_line_with_an_indefinite_article_is_no_question():
    for cover in ("Please find enclosed a request under the Freedom of Information Act for Essex Police.",
                  "Please accept this email as a request under the Freedom of Information Act 2000.",
                  "Please see below a Freedom of Information request for Leeds City Council and a separate request to "
                  "West Yorkshire Police."):
        framing = _frame(cover + ITEMS)
        texts = _texts(framing)
        assert len(texts) == 2 and "minutes" in texts[0] and "suspended" in texts[1], (cover, texts)
        assert not framing.unframed and not framing.questions, (cover, framing.unframed, framing.questions)


def test_guard_a_covering_line_with_my_request_is_unchanged():
    framing = _frame("Please find attached my Freedom of Information request." + ITEMS)
    assert len(framing.parts) == 2 and not framing.unframed, (_texts(framing), framing.unframed)


def test_guard_a_covering_line_alone_is_still_asked_back():
    # nothing else is asked: the line is all there is, so it is never dropped silently
    framing = _frame("Please find enclosed a request under the Freedom of Information Act for Essex Police.")
    assert framing.parts or framing.questions or framing.unframed


# --- where the reply goes is no record about the writer -------------------------------------------------------------

def test_the_address_in_my_email_signature_keeps_the_foi_route():
    for text, want in (
            # fx99 Barnet stray dogs (shortened)
            ("I am writing to you under the Freedom of Information Act 2000 to request the following information:\n\n"
             "1. What is your policy on managing stray dogs in your authority area?\n\n2. How many stray dogs did your "
             "local authority take responsibility for in the calendar years 2017, 2018 and 2019?\n\nIf possible, please "
             "could you provide this information in electronic format to this email address. However I am happy to "
             "receive information in the post to the address in my email signature.", "stray dogs"),
            # own words
            ("How many fly-tipping fines did Leeds City Council issue in 2023? I'm happy to get a paper copy sent to the "
             "postal address shown in my email signature.", "fly-tipping"),
            ("Please tell me how many parking tickets Bristol City Council cancelled on appeal in 2022. If it is easier, "
             "post the answer to me, my details are in the email signature.", "parking tickets")):
        framing = _frame(text)
        assert framing.route == "foi", (text, framing.route, _texts(framing))
        assert any(want in t for t in _texts(framing)), (text, _texts(framing))


def test_guard_the_writers_own_emails_are_still_subject_access():
    for text in ("I want copies of all my emails with the housing team at Leeds City Council.",
                 "Please send me my email correspondence with Leeds City Council about my housing application."):
        assert _frame(text).route == "sar", text
