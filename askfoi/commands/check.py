"""`askfoi check`: judge a draft request the way an FOI officer would."""

from __future__ import annotations

import re

from askfoi.commands._io import UserError, print_json, read_text

WIDTH = 80
# Longer than any real request (about 20 pages): refused with a message rather than judged in part.
MAX_REQUEST_CHARS = 50_000
# Share of characters that may be unreadable (replacement or control characters) before the
# text is taken to be binary junk rather than a request.
MAX_JUNK_SHARE = 0.1


def _request_text(args) -> str:
    if args.text is not None and args.file:
        raise UserError("give the request as TEXT or with -f FILE, not both")
    if args.file:
        text = read_text(args.file)
    elif args.text is not None and _names_a_file(args.text):
        # lead39 (newcomer): `askfoi check draft.txt` judged the words "draft.txt" ("no period") and said nothing of
        # the draft; a TEXT that is the path of a file is the file
        text = read_text(args.text.strip())
    elif args.text is not None:
        text = args.text
    else:
        raise UserError('nothing to check: give the request as TEXT (in quotes) or with -f FILE ("-" for standard input)')
    if not text.strip():
        raise UserError("the request is empty: write what you want to ask for")
    if len(text) > MAX_REQUEST_CHARS:
        raise UserError(
            f"the request is {len(text):,} characters long; a request is normally a page or two, "
            f"so give just the request (at most {MAX_REQUEST_CHARS:,} characters)"
        )
    junk = sum(1 for ch in text if ch == "\ufffd" or (ord(ch) < 32 and ch not in "\n\r\t"))
    if junk > MAX_JUNK_SHARE * len(text):
        raise UserError("this does not look like written text (it may be a binary file); give the request as plain text")
    return text


def _names_a_file(text: str) -> bool:
    """TEXT is one word that is the path of an existing file (a request is never a bare file name)."""
    from pathlib import Path

    word = text.strip()
    try:
        return bool(word) and len(word.split()) == 1 and len(word) < 4096 and Path(word).is_file()
    except (OSError, ValueError):
        return False


def format_plain(result, known: bool = True, eir_parts: list[int] | None = None) -> str:
    """The law and the authority first, then findings grouped by severity, within 80 columns."""
    from askfoi.templates import render

    groups = []
    for severity in ("high", "medium", "low"):
        found = [f for f in result.findings if f.severity == severity]
        if found:
            groups.append((severity, found))
    authority = dict(result.authority, known=known) if result.authority else None
    if authority and known:
        from askfoi.authorities import letter_name_of

        # ck31 (nu33 #11): the body as it names itself ("London Borough of Croydon"), never the list's key
        authority["name"] = letter_name_of(authority["name"]) or authority["name"]
    return render("check/report.txt.j2", regime=result.regime.value, authority=authority, groups=groups, width=WIDTH,
                  eir_parts=eir_parts or [])


# ck29 (nu31 #13): "Dear Kent Police, please send me ..." typed as one line: the name ends at the comma
_DEAR = re.compile(r"(?im)^\s*dear\s+(?:the\s+)?([^,\n]{3,80}?)\s*(?:,|$)")
# the law a letter says it is made under (ck25b): its own words decide, with the body's nation
_SCOTTISH_ACT = re.compile(r"(?i)\bfreedom\s+of\s+information\s+\(\s*scotland\s*\)\s+act\b|\bFOISA\b")


def addressed_body(text: str) -> str | None:
    """(ck25b) The known body a letter is addressed to by its salutation ("Dear University of Edinburgh,"), or None:
    only the addressee's role, never any body the letter mentions."""
    from askfoi.authorities import default_index, normalise

    m = _DEAR.search(text or "")
    if not m:
        return None
    index = default_index()
    key = normalise(m.group(1))
    return index.authorities[index.exact[key]].name if key in index.exact else None


def with_letter_law(result, text: str):
    """(ck25b) RESULT with the law the letter itself names when the check found no body to say otherwise: a letter
    "under the Freedom of Information (Scotland) Act 2002" is a FOISA request, never reported as FOIA."""
    from askfoi.models import Regime

    if result.regime == Regime.FOIA and _SCOTTISH_ACT.search(text or ""):
        return result.model_copy(update={"regime": Regime.FOISA})
    return result


def run(args) -> int:
    from askfoi.checks import check_request

    text = _request_text(args)
    authority = args.authority
    if authority is not None and not authority.strip():
        raise UserError("--authority is empty: give the authority's name, e.g. --authority \"Essex Police\"")
    addressed = authority or addressed_body(text)
    result = _as_the_letter(with_letter_law(check_request(text, addressed), text))
    result, eir_parts = _parts_law(result, text, addressed)
    result = _with_part_review(result, text, addressed)
    if args.json:
        print_json(dict(result.model_dump(mode="json"), environmental_parts=eir_parts))
    else:
        known = not any(f.code == "unknown-authority" for f in result.findings)
        print(format_plain(result, known, eir_parts).rstrip())
    return 0


def _parts_law(result, text: str, authority: str | None):
    """lw53 (nc53 #1): a draft the checks found environmental, read part by part as `frame` and the letter read it
    (askfoi.environmental.letter_law): when only some numbered parts are environmental information, the draft is
    under the Act (FOISA) with those parts under the EIR (EISR), said by the environmental-parts finding. Returns the
    result and the environmental parts' numbers ([] when the draft has one law)."""
    from askfoi.checks import check_request
    from askfoi.letter import environmental_parts
    from askfoi.models import Regime

    parts = [m.group(1).strip() for m in _NUMBERED.finditer(text)]
    if result.regime != Regime.EIR or len(parts) < 2:
        return result, []
    body = result.authority or {}
    numbers = environmental_parts(parts, body.get("type"))
    if not numbers:
        return result, []
    from askfoi.environmental import part_law
    from askfoi.framing import environmental_parts_finding

    again = _as_the_letter(with_letter_law(check_request(text, authority, environmental=False), text))
    scotland = again.regime == Regime.FOISA
    found = environmental_parts_finding(parts, [part_law(p, body.get("type")) for p in parts], scotland,
                                        body.get("name") or authority,
                                        cited=bool(re.search(r"(?i)environmental\s+information", text)))
    return again.model_copy(update={"findings": [*again.findings, found]}), numbers


_NUMBERED = re.compile(r"(?m)^\s*\(?\d{1,2}[.)]\s+(\S.*)$")


def _with_part_review(result, text: str, authority: str | None):
    """lead41 (nc44 #6, #12): the draft's parts reviewed as the chatbot's review step reviews them
    (askfoi.framing.review_parts): a part holding two questions, or one that is not a request for records, gets the
    same finding and fix here as there. The parts are the draft's numbered items, or the draft itself when it is one
    short paragraph."""
    from askfoi.framing import review_parts

    parts = [m.group(1).strip() for m in _NUMBERED.finditer(text)]
    if not parts and "\n" not in text.strip() and len(text) <= 400:
        parts = [text.strip()]
    if not parts:
        return result
    try:
        extra = review_parts(parts, [], None, authority=authority)
    except Exception:  # noqa: BLE001 - the check stands without the part review rather than fail
        return result
    have = {f.code for f in result.findings}
    return result.model_copy(update={"findings": [f for f in extra if f.code not in have] + list(result.findings)})


def _as_the_letter(result):
    """ck28 (nu30 item 15): `check` reads the text as the letter that will be sent, so askfoi leaves nothing out of it:
    the story's health or money details are said once, by personal-details ("take them out"), never "nothing to
    change in the letter"; alone, in the words of the letter variant (knowledge/vocab/checks.yaml)."""
    from askfoi.checks import letter_variant

    codes = {f.code for f in result.findings}
    kept = []
    for f in result.findings:
        if f.code == "story-personal-details":
            if "personal-details" in codes:
                continue
            f = letter_variant(f, "in_letter")
        kept.append(f)
    return result.model_copy(update={"findings": kept})
