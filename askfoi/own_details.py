"""The person's own details in a first message: their name, their email address, the format they want.

People write them into the message ("hi my name is jane smith ... i'd like it as a spreadsheet. my email is
jane@example.org"). They are not part of the request (read as part of it, "my email" even made it a subject
access request), and the chatbot should not ask again for what it was told. `take_details` takes out the
sentences that only give them and returns the rest for framing. Patterns: knowledge/vocab/own_details.yaml.
"""

from __future__ import annotations

import functools
import re

from pydantic import BaseModel

from askfoi.email_address import is_email

_EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
_SENTENCE = re.compile(r"[^\n]+?(?:[.!?]+(?=\s|$)|(?=\n)|$)\s*|\n")


class OwnDetails(BaseModel):
    name: str | None = None
    email: str | None = None
    format_choice: int | None = None  # 1-based, in conversation.yaml's formats
    rest: str = ""  # the message without the sentences that only gave these

    @property
    def any(self) -> bool:
        return bool(self.name or self.email or self.format_choice)


@functools.lru_cache(maxsize=1)
def _patterns() -> dict:
    from askfoi.knowledge import load_vocab

    data, _ = load_vocab("own_details")
    data = data if isinstance(data, dict) else {}

    def compiled(items):
        out = []
        for p in items or []:
            try:
                out.append(re.compile(str(p), re.I))
            except re.error:
                continue
        return out

    formats = []
    for item in data.get("format") or []:
        try:
            formats.append((re.compile(str(item["pattern"]), re.I), int(item["choice"])))
        except (KeyError, TypeError, ValueError, re.error):
            continue
    return {"name": compiled(data.get("name")), "email": compiled(data.get("email")),
            "format": formats, "format_sentence": compiled(data.get("format_sentence"))}


def take_details(text: str) -> OwnDetails:
    """The writer's name, email and format from TEXT, and TEXT without the sentences that only gave them."""
    from askfoi.answers import tidy_name

    pats = _patterns()
    found = OwnDetails()
    kept: list[str] = []
    for sentence in _SENTENCE.findall(text or ""):
        plain = " ".join(sentence.split())
        bare = plain.rstrip(".!? ")
        address = next((a for a in _EMAIL.findall(plain) if is_email(a)), None)
        if address and found.email is None:
            # the writer's own address: a sentence that is only the address, or that gives it ("my email is",
            # "email me at"); an address inside what is asked for ("emails between ... and x@council.gov.uk") stays
            lead = " ".join(plain.replace(address, " ").split()).rstrip(".!?,: ")
            if not lead or any(p.match(lead) and len(lead.split()) <= 7 for p in pats["email"]):
                found.email = address
                continue
        named = next((m for p in pats["name"] if (m := p.match(bare))), None)
        if named is None and kept and found.name is None and len(bare.split()) <= 4:
            closing = " ".join(kept[-1].split()).rstrip(",.! ")
            joined = next((m for p in pats["name"] if (m := p.match(f"{closing}, {bare}"))), None)
            if joined and tidy_name(joined.group("name")):  # "Yours faithfully,\nJane Smith"
                kept.pop()
                named = joined
        if named and found.name is None and len((tidy_name(named.group("name")) or "").split()) >= 2:
            found.name = tidy_name(named.group("name"))  # a full name: "Thank you, Claire" is not enough for s8
            continue
        if found.format_choice is None and any(p.match(bare.lower()) for p in pats["format_sentence"]):
            found.format_choice = next((c for p, c in pats["format"] if p.search(bare)), None)
            if found.format_choice is not None:
                continue
        kept.append(sentence)
    found.rest = "".join(kept).strip()
    return found
