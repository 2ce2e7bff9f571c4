"""`askfoi deadline DATE`: the date a reply is due, and what the requester can do after it."""

from __future__ import annotations

import calendar
import re
from datetime import date

from askfoi.commands._io import UserError, print_json
from askfoi.deadlines import deadline
from askfoi.models import Regime

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_UK = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
_MONTHS = {m.lower(): k for k, m in enumerate(calendar.month_name) if m} | \
    {m.lower(): k for k, m in enumerate(calendar.month_abbr) if m} | {"sept": 9}
# lead43 (nc47 #15): a day written in words with its year ("31 january 2027", "31st Jan 2027", "January 31, 2027"):
# a full date like YYYY-MM-DD, so it may be in the future (the day a request will be sent)
_WORDS = re.compile(r"(?i)^(?:(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>[a-z]+)\.?|(?P<m2>[a-z]+)\.?\s+"
                    r"(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?)\s+(?P<y>\d{4})$")


def parse_date(text: str, today: date | None = None) -> date:
    """YYYY-MM-DD, DD/MM/YYYY (the UK order), a day in words with its year ("31 january 2027"), 'today', or a day just gone as the chat reads it (askfoi.pasted_reply.
    typed_day: "last friday", "2 october"); anything else is a UserError."""
    value = text.strip()
    if value.lower() == "today":
        return today or date.today()
    iso, uk, words = _ISO.match(value), _UK.match(value), _WORDS.match(value)
    if iso:
        year, month, day = (int(g) for g in iso.groups())
    elif uk:
        day, month, year = (int(g) for g in uk.groups())
    elif words and _MONTHS.get((words.group("m1") or words.group("m2")).lower()):
        day, month, year = (int(words.group("d1") or words.group("d2")),
                            _MONTHS[(words.group("m1") or words.group("m2")).lower()], int(words.group("y")))
    else:
        # rd47 (nc45 #3): the chat's reader of a typed day ("last friday", "2 october", "3 days ago"), one for all
        from askfoi.pasted_reply import typed_day

        found = typed_day(value, today or date.today())
        if found is not None:
            return found
        raise UserError(f"{text!r} is not a date; write it as YYYY-MM-DD (2024-03-31), DD/MM/YYYY (31/03/2024), 31 March 2024, 'today' "
                        "or a day just gone ('yesterday', 'last friday', '3 days ago')")
    try:
        return date(year, month, day)
    except ValueError:
        raise UserError(f"{text!r} is not a real date (check the day and the month)") from None


def run(args) -> int:
    received = parse_date(args.date)
    if not 1900 <= received.year <= 2200:
        raise UserError(f"{args.date!r} is too far from today to count working days; give a date between 1900 and 2200")
    result = deadline(received, Regime(args.regime), school=getattr(args, "school", False),
                      authority=getattr(args, "authority", None))
    if args.json:
        print_json(result.model_dump(mode="json"))
    else:
        print(result.explanation)
    return 0
