"""lead40 (nc43 #7): a whole refusal on the request's burden (EISR 10(4)(b)) with a pointer to a digest of the data
("Annual summaries are published on our website") is the refusal, with help: never "partly given"."""

from askfoi.models import Outcome
from askfoi.reader import read_reply

REPLY = """Our reference: EIR-26-0001

Dear Ms MacLeod

Thank you for your request for all event duration monitoring data for every combined sewer overflow in the catchment
from 2015 to date.

We have considered your request under the Environmental Information (Scotland) Regulations 2004. We are applying the
exception at regulation 10(4)(b), as we consider the request to be manifestly unreasonable. Compiling the data would
require extraction from over 400 monitors, which we estimate would take in excess of 300 hours.

We have considered the public interest and concluded that it is outweighed by that in maintaining the exception.

Annual summaries are published on our website.
"""


def test_a_digest_pointer_beside_a_whole_refusal_is_no_partial_answer():
    reading = read_reply(REPLY)
    assert reading.outcome not in (Outcome.part_disclosed, Outcome.published, Outcome.disclosed)
