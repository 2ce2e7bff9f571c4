"""ck33 (nu34 #10): an adviser who pastes the client's own letter ("writing for a client. Her letter says: "Dear Sir, I
want to see everything ... about me and my housing benefit claim since 2022 ...""): the client's words are the request,
in her voice; the adviser's own words around them only say who sends it."""

from __future__ import annotations

import re

from pydantic import BaseModel

# the writer helps someone else as their adviser ("writing for a client", "I volunteer at a CAB")
_ADVISER = re.compile(r"(?i)\b(?:(?:my|a|our|the)\s+client|clients?'s?\b|advis[eo]r|advice\s+worker|support\s+worker|case\s*worker|"
                      r"volunteer|law\s+centre|citizens\s+advice|\bcab\b|welfare\s+rights)")
# what introduces the client's own words: "her letter says:", "his words:", "she wrote:", "he says:"
_INTRO = re.compile(r"(?i)\b(?:(?:her|his|their|the\s+client'?s|my\s+client'?s)\s+(?:letter|note|email|message|words|draft)"
                    r"(?:\s+(?:says|said|reads|goes))?|(?:she|he|they)\s+(?:wrote|writes|says|said|put))\s*[:,-]?\s*")
_QUOTE = re.compile(r"[\"\u201c](?P<q>[^\"\u201d]{15,})(?:[\"\u201d]|$)")
_FIRST_PERSON = re.compile(r"(?i)\b(?:i|me|my|mine|i'm|i've)\b")
_OWN_RECORDS = re.compile(r"(?i)\b(?:everything|all\s+(?:of\s+)?(?:the\s+)?(?:records?|information|data|files?|documents?|notes?)|"
                          r"(?:a\s+)?cop(?:y|ies)\s+of|records?|files?|data|information)\b[^.?!]{0,80}?\b(?:about|on|of|regarding|for)\s+"
                          r"(?:me|my)\b")
_SALUTATION = re.compile(r"(?i)^\s*(?:dear\s+(?:sir(?:\s+or\s+madam)?|madam|sirs|[a-z][\w .'-]{0,40}?)|to\s+whom\s+it\s+may\s+concern)\s*[,:;.-]?\s*")
_SIGN_OFF = re.compile(r"(?i)\s*(?:yours\s+(?:sincerely|faithfully|truly)|kind\s+regards|regards|thank\s+you|thanks)\b[\s\S]*$")


class ClientLetter(BaseModel):
    words: str  # the client's own request, without its salutation and sign-off
    pronoun: str = "they"  # she | he | they: the client, as the adviser speaks of her
    own_records: bool = False  # the words ask for the client's own records ("everything ... about my council tax account")


def client_letter(text: str) -> ClientLetter | None:
    """The client's own words when TEXT is an adviser's message that quotes the client's request in her first person;
    None otherwise (a person's own message, or an adviser who writes the request in their own words)."""
    text = (text or "")[:5000].replace("\u2019", "'")
    if not _ADVISER.search(text):
        return None
    quote = _QUOTE.search(text)
    if quote is None:
        return None
    words = _SALUTATION.sub("", quote.group("q").strip())
    words = _SIGN_OFF.sub("", words).strip(" ,;")
    if len(words.split()) < 4 or not _FIRST_PERSON.search(words):
        return None
    before = text[:quote.start()]
    said = list(_INTRO.finditer(before))
    who = (said[-1].group(0) if said else before[-80:]).lower()
    pronoun = "she" if re.search(r"\b(?:her|she)\b", who) else "he" if re.search(r"\b(?:his|he)\b", who) else "they"
    own = bool(_OWN_RECORDS.search(words))
    return ClientLetter(words=words, pronoun=pronoun, own_records=own)
