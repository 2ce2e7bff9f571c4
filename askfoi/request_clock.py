"""The day the time for a reply counts from, and why (fu31, issue 10, nu33: `explain` and `review` gave different due
dates for the same reply, one counting from --sent, the other from the receipt date the reply states).

One rule, used by `askfoi explain`, `askfoi review`, `askfoi complain` and the chat's reply screen: the 20 working days
run from the day the authority received the request (FOIA s10(1), FOISA s10(1), EIR reg 5(2)); day 1 is the next
working day. So the day the reply itself says it received the request comes first; else the day the person says
they sent it (an email arrives the day it is sent); else the day the reply says the request was made. A day after
today is a misread and is never used. Core module: no textual, no rich."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Clock:
    start: date | None
    why: str | None  # "received" (the reply says so), "sent" (the person said so), "made" (the reply's date of it)

    def reason(self) -> str | None:
        """The reason in plain words, to follow "counted from <day>, "."""
        return {"received": "the day the reply says your request was received",
                "sent": "the day you sent your request (the reply does not say when it was received)",
                "made": "the date the reply gives your request (it does not say when it was received)"}.get(self.why or "")


def clock_start(sent: date | None, reply: str | None, *, today: date | None = None) -> Clock:
    """Where the time for a reply to REPLY's request starts (see the module's note)."""
    from askfoi.reply_request import request_in_reply

    today = today or date.today()
    stated = request_in_reply(reply) if isinstance(reply, str) and reply.strip() else None
    received = stated.received if stated is not None and stated.received and stated.received <= today else None
    if received is not None:
        return Clock(received, "received")
    if sent is not None:
        return Clock(sent, "sent")
    made = stated.made if stated is not None and stated.made and stated.made <= today else None
    if made is not None:
        return Clock(made, "made")
    return Clock(None, None)
