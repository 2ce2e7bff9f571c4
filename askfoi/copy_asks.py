"""ny88 (nc88 #4): a document of the body's own work asked for in the words of seeing it ("can i see the contract",
"any inspection reports?", "could we get the staffing policy"): the plainest request for records there is, framed as
a copy of that document, never left out as "not a request for records".

The document must be a record of the body's work (askfoi.sar_items.body_record, knowledge/vocab/sar_records.yaml
body_records). "the contract" alone, when another part already names that contract in full ("the ... contract with
..."), is written with that part's name for it, so the officer knows which one."""
from __future__ import annotations

import re

# the words of seeing or having before the document ("can i see", "i'd like to see", "is there", "any ...")
_SEE_LEAD = re.compile(r"(?i)^\W*(?:(?:and|also|plus|but|so)\s+)*(?:(?:can|could|may)\s+(?:i|we)\s+(?:also\s+)?(?:please\s+)?"
                       r"(?:see|get|have|read)\s+|(?:i|we)\s+(?:would\s+|'d\s+|d\s+)?(?:also\s+)?(?:like|want|need)\s+to\s+"
                       r"(?:see|read|get)\s+|(?:is|are)\s+there\s+(?=any\b)|(?=any\s))")
_COPY_OF = re.compile(r"(?i)^(?:a\s+copy\s+of|copies\s+of)\s+")


def _named_in_full(noun: str, texts: list[str]) -> str | None:
    """The fuller name another part gives the document NOUN ("the streets ahead contract with Amey"), or None."""
    rx = re.compile(rf"(?i)\bthe\s+((?:[\w'&-]+\s+){{0,3}}?{re.escape(noun)}(?:\s+with\s+[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*)*)?)\b")
    for text in texts:
        m = rx.search(text or "")
        if m and m.group(1).lower() != noun.lower():
            return m.group(1)
    return None


def copies_asked(framing, text: str):
    """FRAMING with each unframed ask to see a document of the body's work made a part: "A copy of the ...",
    "Copies of any ..."; the ask is no longer left out or asked back."""
    if not framing.unframed:
        return framing
    from askfoi.framing import Frame, capitalise_names, render_frame
    from askfoi.sar_items import body_record

    flat = re.sub(r"\s+", " ", text or "").lower()
    for question in list(framing.unframed):
        m = _SEE_LEAD.match(question)
        if m is None:
            continue
        item = _COPY_OF.sub("", question[m.end():].strip(" ?.!,;:"))
        if not item or not body_record(item):
            continue
        article, _, rest = item.partition(" ")
        if article.lower() == "the" and len(rest.split()) == 1:
            rest = _named_in_full(rest, [p.text for p in framing.parts]) or rest
        elif article.lower() not in ("the", "any", "all"):
            rest = item  # "their contract", "the council's policy": the words as typed
        frame = Frame(kind="document", subject=capitalise_names(rest) or rest, article=True, source=question)
        frame.text = render_frame(frame)
        if not frame.text:
            continue
        where = flat.find(re.sub(r"\s+", " ", question).lower().strip(" ?.")[:40])
        after = [k for k, p in enumerate(framing.parts) if where >= 0 and flat.find(
            re.sub(r"\s+", " ", p.source or "").lower().strip(" ?.")[:40]) > where]
        framing.parts.insert(after[0] if after else len(framing.parts), frame)
        framing.unframed.remove(question)
        framing.questions = [q for q in framing.questions if question.strip() not in q]
    return framing
