"""What someone said in emails, put as the emails (issue 8, nc79 #7's Swansea teacher; nx82).

"what the minister said in emails about it", "what did the council leader say in his emails about the closures",
"what was said in texts about the protest": the person asks for an account of what was written. An FOI officer
holds the emails themselves, so the part is a correspondence frame: "Any emails sent or received by the minister
about school funding." (prompts/frames/correspondence.j2, its `head`). "it" / "this" / "that" is the thing the part
before names. A writer who is the body itself ("they", "you", "the council") narrows nothing: "Any emails about ...".
"""

from __future__ import annotations

import re

_MEDIA = r"e-?mails?|texts?|text\s+messages|messages|letters|whatsapps?|whatsapp\s+messages|memos?|correspondence"
_SAID = re.compile(
    r"(?i)^\W*(?:please\s+(?:tell\s+me|provide|confirm|let\s+me\s+know|send\s+me|show\s+me)\s+|"
    r"(?:i\s+(?:want|need|would\s+like|'d\s+like)\s+to\s+(?:know|see)\s+)|and\s+|also\s+)*"
    r"what\s+(?:(?:did|has|have|had)\s+)?(?:(?P<who>(?:the\s+|our\s+|your\s+|their\s+)?[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,4}?)\s+"
    r"(?:say|said|write|wrote|written|tell|told|put|discuss|discussed)|(?:was|has\s+been|were)\s+(?:said|written|discussed))"
    r"(?:\s+(?:to|with)\s+(?P<to>[a-z][\w' -]*?))?"
    r"\s+(?:in|by|over)\s+(?:(?:their|his|her|its|the|any|those)\s+)?(?P<medium>" + _MEDIA + r")"
    r"(?:\s+(?:to|with)\s+(?P<to2>(?:the\s+)?[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,3}?))?"
    r"\s+(?:about|on|regarding|concerning|over|re)\s+(?P<subject>[^?.!]+?)\s*[?.!]*\s*$")
_POINTER = re.compile(r"(?i)^(?:it|this|that|them|these|those|the\s+same)$")
_BODY = re.compile(r"(?i)^(?:they|you|we|he|she|the\s+(?:council|authority|government|force|police|trust|board|department))$")


def _medium(word: str) -> str:
    low = re.sub(r"\s+", " ", word.lower())
    if low.startswith(("email", "e-mail")):
        return "emails"
    if low.startswith("text"):
        return "text messages"
    if low.startswith("whatsapp"):
        return "WhatsApp messages"
    if low.startswith("memo"):
        return "memos"
    return low if low.endswith("s") or low == "correspondence" else low + "s"


def said_in_writing(question: str) -> tuple[str, str | None, str | None, str] | None:
    """(the medium, who wrote or None, to whom or None, the subject as typed) when QUESTION asks what someone said in
    emails, letters or messages about something; else None."""
    m = _SAID.match(" ".join((question or "").split()))
    if m is None:
        return None
    who = (m.group("who") or "").strip()
    who = None if not who or _BODY.match(who) else who
    return _medium(m.group("medium")), who, (m.group("to") or m.group("to2") or "").strip() or None, m.group("subject").strip()


def _pointer_written(subject: str, before) -> bool:
    """SUBJECT is words of the question BEFORE's part was read from, overlapping its frame's subject but not it."""
    if before.kept_words or not before.subject or subject.lower() == before.subject.lower():
        return False
    said = " ".join((before.source or "").lower().split())
    words = set(re.findall(r"[a-z]{3,}", subject.lower()))
    return f" {subject.lower()}" in f" {said}" and bool(words & set(re.findall(r"[a-z]{3,}", before.subject.lower())))


def reframe_written_accounts(framing) -> int:
    """FRAMING's parts asking what someone said in emails about something, as the emails. Returns how many."""
    from askfoi.framing import Frame, render_frame

    changed = 0
    for k, part in enumerate(framing.parts):
        if part.kind == "correspondence" or part.warning:
            continue
        read = said_in_writing(part.source or "") or (said_in_writing(part.text) if part.kept_words else None)
        if read is None:
            continue
        medium, who, to, subject = read
        article = False
        if _POINTER.match(subject):
            before = framing.parts[k - 1] if k else None
            if before is None or before.kept_words or not before.subject:
                continue
            subject, article = before.subject, before.article
        elif k and _pointer_written(subject, framing.parts[k - 1]):
            # "about it" written out earlier from the words of the question before ("libraries gone down"): the
            # thing the part before's frame names
            subject, article = framing.parts[k - 1].subject, framing.parts[k - 1].article
        elif re.match(r"(?i)the\s+", subject):
            subject, article = subject[4:], True
        if not re.search(r"[A-Za-z]{3}", subject) or len(subject.split()) > 8:
            continue
        frame = Frame(kind="correspondence", subject=subject, source=part.source, article=article)
        frame.qualifiers.period = part.qualifiers.period
        if to and who:
            frame.parties = f"{who} and {to}"
            frame.head = medium
        else:
            frame.head = f"{medium} sent or received by {who}" if who else medium
        frame.text = render_frame(frame)
        if frame.text:
            framing.parts[k] = frame
            changed += 1
    return changed
