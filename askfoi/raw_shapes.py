"""Questions kept in the person's words where a frame exists (issue 8, fx48 from nc47 #11).

- "What fines did Thames Water get?", "what penalties has ofwat given thames water": the fines and penalties imposed on
  that party, with the date and amount of each (`penalties_asked`, a rewrite of the message before it is read);
- "who were the pilots", "who are the officers": the identities of people are their personal data (FOIA s40(2)), so
  the part asks for their role or job title and the organisation each works for, with the third-party-personal-data
  finding that says why (`reframe_raw_shapes`); the people are those of the part before when it counts what they did;
- "who authorised it" after a count of things something was done to ("how many videos were deleted"): the records
  showing who authorised doing it to them.
"""

from __future__ import annotations

import re

_PENALTIES = r"(?:fines?|penalt(?:y|ies)|penalty\s+notices|sanctions|enforcement\s+notices)"
# "what fines did thames water get", "what fines has thames water received", "what fines have been given to X"
_GOT = re.compile(rf"(?i)\bwhat\s+(?P<n>{_PENALTIES})\s+(?:did|has|have|had)\s+(?P<x>(?:the\s+)?[A-Za-z][\w&'.-]*(?:\s+[A-Za-z][\w&'.-]*){{0,4}}?)"
                  r"\s+(?:get|got|received?|been\s+given|been\s+issued(?:\s+with)?|incurr?ed|incur|had|paid|pay)\b(?P<rest>[^?.!\n]*)")
# "what fines has ofwat given thames water", "what penalties did the ea impose on X"
_GAVE = re.compile(rf"(?i)\bwhat\s+(?P<n>{_PENALTIES})\s+(?:did|has|have|had)\s+(?P<y>(?:the\s+)?[A-Za-z][\w&'.-]*(?:\s+[A-Za-z][\w&'.-]*){{0,3}}?)"
                   r"\s+(?:given|give|issued|issue|imposed|impose|handed|hand)\s+(?:on\s+|to\s+)?(?P<x>(?:the\s+)?[A-Za-z][\w&'.-]*"
                   r"(?:\s+[A-Za-z][\w&'.-]*){0,4}?)(?P<rest>(?:\s+(?:since|in|during|between|from|over|for)\b[^?.!\n]*)?)(?=\s*[?.!\n]|\s*$)")
_WHO_PEOPLE = re.compile(r"(?i)^\W*(?:and\s+|also\s+)?who\s+(?:were|are|was|is)\s+the\s+(?P<people>[a-z][a-z -]*?)\W*$")
_WHO_AUTHORISED = re.compile(r"(?i)^\W*(?:and\s+|also\s+)?who\s+(?P<verb>authori[sz]ed|approved|sanctioned|ordered|signed\s+off)"
                             r"\s+(?:it|this|that|them|these|those)(?:\s+off)?\W*$")


# fx54 (nc51 #5): a bare noun phrase after "also" (or "and", "plus") with no verb, as a sentence of its own ("... how
# many hours in total? also any fines"): a request for those things, never a fragment dropped
_BARE_ALSO = re.compile(r"(?im)(?P<lead>(?:^|(?<=[?.!;])\s*))(?P<also>(?:and\s+)?(?:also|plus)\s+|and\s+)(?P<np>(?:any|the)\s+"
                        r"(?P<head>[a-z][\w'-]*)(?:\s+(?!(?:is|are|was|were|did|do|does|has|have|had|will|would|can|could)\b)"
                        r"[\w'&-]+){0,6}?)\s*(?P<end>[?.!]*)\s*(?=$|\n)")


def _bare_also(text: str) -> str:
    """fx54: TEXT with "also any fines" (a noun phrase after "also", no verb, at a sentence's start and end) written as
    the request it is: the fines and penalties imposed on the body named before it (`penalties_asked`'s form), or
    "please provide" the things named."""
    def ask(m: re.Match) -> str:
        if not m.group("lead") and m.start() and not re.search(r"[?.!;]\s*$", text[: m.start()]):
            return m.group()  # inside a sentence: "how many fines and any appeals" is read by the question reader
        np = m.group("np")
        if re.fullmatch(_PENALTIES, m.group("head"), re.I):
            dear = re.match(r"\s*Dear\s+(?P<name>[^,\n]{3,70}),\n", text)  # the addressee line (askfoi/addressee.py)
            owner = _named_body(text[: m.start()]) or (dear.group("name") if dear else "you")
            rest = np[m.end("head") - m.start("np"):]
            return f"{m.group('lead')}please provide the fines and penalties imposed on {owner}{rest}, with the date and amount of each."
        return f"{m.group('lead')}please provide {np}."
    return _BARE_ALSO.sub(ask, text)


def penalties_asked(text: str) -> str:
    """TEXT with "what fines did X get" (or "... has Y given X") written as the records asked: "please provide the fines
    and penalties imposed on X (by Y), with the date and amount of each"."""
    text = text or ""

    def lead(m: re.Match) -> str:
        # fx51 (nc50 #11): "how many times did southern water discharge sewage ... and what fines did they get": the
        # records asked are a request of their own, so the question before ends where they start
        before = text[:m.start()]
        return "? " if re.search(r"(?i)\b(?:how|what|which|did|does|do|has|have|is|are|was|were)\b[^.?!\n]*,?\s+and\s+$", before) else ""

    def owner(x: str, at: int) -> str:
        # fx51 (nc50 #11): "what fines did they get": "they" is the body the message named before it ("did southern
        # water discharge ..."), by its name; a pronoun with no body named before it is left for the reader to ask
        if x.lower() not in ("they", "them", "it"):
            return x
        body = _named_body(text[:at])
        return body or "them"

    def got(m: re.Match) -> str:
        return (f"{lead(m)}please provide the fines and penalties imposed on {owner(m.group('x'), m.start())}{m.group('rest')}, "
                f"with the date and amount of each")

    def gave(m: re.Match) -> str:
        return (f"{lead(m)}please provide the fines and penalties imposed on {owner(m.group('x'), m.start())} by {m.group('y')}"
                f"{m.group('rest')}, with the date and amount of each")

    text = _GAVE.sub(gave, text)
    text = _GOT.sub(got, text)
    text = _bare_also(text)  # fx54: "... ? also any fines": the fines imposed on the body, asked
    return re.sub(r"(?i),?\s+and\s+\?\s+please provide the fines", "? please provide the fines", text)


def _named_body(before: str) -> str | None:
    """The body BEFORE names as typed ("southern water"), by its name as askfoi knows it ("Southern Water"); None when
    no known body is named there in the person's words."""
    from askfoi.framing import find_authority
    from askfoi.kept_questions import body_short

    try:
        found, _ = find_authority(before)
    except Exception:  # noqa: BLE001 - text no authority reader can read names no body
        return None
    if not found:
        return None
    flat = " ".join(re.findall(r"[a-z0-9]+", before.lower()))
    for name in (found.name, body_short(found.name) or ""):
        if name and " ".join(re.findall(r"[a-z0-9]+", name.lower())) in flat:
            return name
    return None


def reframe_raw_shapes(framing) -> int:
    """FRAMING's kept parts that ask who people were, or who authorised what the part before counts, as the records a
    frame asks for. Returns how many changed."""
    from askfoi.framing import Frame, _vocab, render_frame
    from askfoi.checks import Finding
    from askfoi.templates import render

    changed = 0
    for k, part in enumerate(framing.parts):
        said = (part.source or part.text or "").strip()
        if not part.kept_words and not (part.kind == "reasons" and _WHO_AUTHORISED.match(said)):
            continue  # (a "who authorised it" read as reasons takes its "it" from the count before, as below)
        before = framing.parts[k - 1] if k else None
        counted = before if before is not None and not before.kept_words and before.kind == "count" and before.subject else None
        m = _WHO_PEOPLE.match(said)
        if m and m.group("people").split()[-1].lower() in _vocab().people:
            people = f"each of the {m.group('people')}"
            if counted is not None and not counted.clause.startswith(("who", "that")):
                people += f" of the {counted.subject}"  # "who were the pilots" after "how many drone flights"
            frame = Frame(kind="shown_by", head="The role or job title, and the organisation, of ", subject=people,
                          source=part.source)
            frame.text = render_frame(frame)
            framing.parts[k] = frame
            framing.findings = [f for f in framing.findings if not (f.code == "story-reference" and said in f.message)]
            if not any(f.code == "third-party-personal-data" for f in framing.findings):
                question = said[:1].upper() + said[1:]
                framing.findings.append(Finding(
                    code="third-party-personal-data", severity="high", evidence=question[:160],
                    message=render("frames/people_listed.j2", evidence=question).strip(),
                    suggestion=render("frames/people_listed_fix.j2").strip()))
            changed += 1
            continue
        m = _WHO_AUTHORISED.match(said)
        if m and counted is not None and counted.clause:
            from askfoi.framing import _verb_lemmas
            from askfoi.pronoun_roles import _gerund

            done = counted.clause.split()[0]
            lemma = next(iter(_verb_lemmas(done)), None)
            if lemma is None or lemma == done.lower() or lemma in _STATES:
                continue  # the part before says no act done to what it counts ("how many drones", "drones owned")
            verb = re.sub(r"\s+", " ", m.group("verb").lower())
            frame = Frame(kind="shown_by", head=f"Any records showing who {verb} ",
                          subject=f"{_gerund(lemma)} the {counted.subject}", source=part.source)
            frame.qualifiers.period = counted.qualifiers.period
            frame.text = render_frame(frame)
            framing.parts[k] = frame
            changed += 1
            # the "it" the finding asked about is written out now
            framing.findings = [f for f in framing.findings if not (f.code == "story-reference" and said in f.message)]
    return changed


_STATES = frozenset("own have hold keep use employ run operate".split())
