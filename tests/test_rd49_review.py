"""rd49 (issue 10): a review of a reply that points at where one named share is published and refuses another asks
only for what is not published; the internal-communications exception used for correspondence with a body outside
the authority is argued (a communication with a third party is not internal)."""
from askfoi.followup import review_letter

REQUEST = ("Please send me the noise monitoring readings for Mill Lane, and the correspondence between the council and "
           "the operator about the noise assessment for the quarry extension.")
REPLY = ("Environmental Information Regulations 2004.\n\nYou asked for: the noise monitoring readings for Mill Lane, and "
         "the correspondence between the council and the operator about the noise assessment.\n\n"
         "The council holds this information. The noise monitoring readings "
         "are published in our annual environmental report at https://www.example.gov.uk/noise-report. The "
         "correspondence is withheld under regulation 12(5)(e) as its disclosure would harm the operator's commercial "
         "interests. We have also considered regulation 12(4)(e). We consider the public interest in maintaining the "
         "exception outweighs the public interest in disclosure.")


def _body(reply=REPLY, request=REQUEST):
    return " ".join(review_letter(reply, request=request, authority="Northshire County Council").body.split())


def test_review_asks_only_for_what_is_not_published():
    body = _body()
    assert "the noise monitoring readings are published at https://www.example.gov.uk/noise-report, so I do not ask" in body
    assert "review the decision on the rest (the correspondence)" in body


def test_internal_communications_with_an_outside_body():
    body = _body()
    assert "regulation 12(4)(e)" in body
    assert "with the operator, who is outside your organisation, so it is not an internal communication" in body


def test_guard_internal_communications_inside_the_authority_not_argued():
    reply = REPLY.replace("the correspondence between the council and the operator about", "officers' internal emails about") \
        .replace("The correspondence is withheld", "The internal emails between officers are withheld")
    body = _body(reply, request="Please send me the noise monitoring readings for Mill Lane and officers' internal "
                                "emails about the noise assessment.")
    assert "not an internal communication" not in body


def test_guard_whole_refusal_keeps_the_general_paragraph():
    reply = ("Environmental Information Regulations 2004. The information you requested is withheld under regulation "
             "12(5)(e). We consider the public interest in maintaining the exception outweighs the public interest in "
             "disclosure.")
    assert "so I do not ask for" not in _body(reply)
