"""nx73 (nc70 #8): a part asking for a contract, or the prices agreed, with a named provider (a care home, a supplier, a
contractor) gets the commercial interests finding with its fix (the totals, the contract with the prices redacted, the
published rates), read from the record asked for and the other side named after it, never from a list of providers;
under the EIR it cites regulation 12(5)(e), under the EISR regulation 10(5)(e), under FOISA section 33(1)(b). Totals,
counts and unnamed providers get nothing. Messages written the way people type (bench/nx73_messages/commercial.txt)."""
import pytest

from askfoi.checks import check_request
from askfoi.conversation import Conversation
from askfoi.framing import frame_message

NAMED = [
    ("hi, my mum has dementia and shes in a care home in kent, the council pays part of her fees. i want a copy of the "
     "contract with her home (its called oakfield lodge in sittingbourne)", "section 43(2)"),
    ("can i get a copy of the contract kent county council has with oakfield lodge care home", "section 43(2)"),
    ("i want the contract between norfolk county council and amey for road repairs including the rates they charge",
     "section 43(2)"),
    ("how much does birmingham city council pay per hour to allied healthcare for home care", "section 43(2)"),
    ("send me the contract manchester city council signed with capita for parking enforcement", "section 43(2)"),
    ("what prices did leeds city council agree with veolia for the bin collections", "regulation 12(5)(e)"),
    ("can i see the contract leeds city council has with veolia for recycling collections and what they pay per tonne",
     "regulation 12(5)(e)"),
    ("i want the contract and the prices agreed between highland council and biffa for the landfill site",
     "regulation 10(5)(e)"),
    ("i want a copy of the contract glasgow city council has with sodexo for school meals", "section 33(1)(b)"),
]

UNNAMED = [
    "how much did leeds city council spend on agency staff in 2024",
    "how many contracts did kent county council award to care homes last year",
    "what is the total value of the council's contracts with outside firms for road repairs in 2024/25",
    "how many staff are on zero hours contracts with more than one employer at leeds city council",
    "how many contracts with care providers did kent county council end early in 2024",
    "what fees are charged to parents for school transport by essex county council",
    "how much did manchester city council pay capita in 2024/25",
    "a copy of the agreement with regard to the new leisure centre from york council",
]


def _commercial(findings):
    return [f for f in findings if f.code == "commercial-sensitivity"]


@pytest.mark.parametrize("text, law", NAMED)
def test_terms_agreed_with_a_named_provider_get_the_commercial_finding_and_its_fix(text, law):
    found = _commercial(frame_message(text).findings)
    assert len(found) == 1, [f.code for f in frame_message(text).findings]
    f = found[0]
    assert law in f.message, f.message
    assert "named provider" in f.message and "only the parts" in f.message
    for fix in ("total paid to the provider", "prices redacted", "rates"):
        assert fix in f.suggestion, f.suggestion
    other = {"section 43(2)", "regulation 12(5)(e)", "regulation 10(5)(e)", "section 33(1)(b)"} - {law}
    assert not any(o in f.message for o in other), f.message


@pytest.mark.parametrize("text", UNNAMED)
def test_totals_and_unnamed_providers_get_no_named_provider_finding(text):
    assert not [f for f in _commercial(frame_message(text).findings) if (f.variant or "").startswith("named_provider")]


def test_the_chat_review_of_a_letter_with_the_contract_raises_it():
    conv = Conversation()
    conv.start()
    for text in ("i want a copy of the contract kent county council has with oakfield lodge care home", "ok"):
        said = "\n".join(m.text for m in conv.reply(text).messages)
    for _ in range(4):
        if conv.session.step.value == "review":
            break
        said = "\n".join(m.text for m in conv.reply("ok").messages)
    assert "section 43(2)" in said and "prices redacted" in said, said
