"""One request, resolved once: the organisation, the law, the period and the frames, as one value.

The conversation builds a `ResolvedRequest` once per turn (`resolve_request`) and every reader takes it
from there: the checks' findings, the review, the letter and the side panels. Nothing downstream
resolves the organisation again or parses the period back from its label.
"""

from __future__ import annotations

import functools
import re
from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from askfoi.authorities import ResolvedAuthority, resolve_authority
from askfoi.framing import Frame, RegimeName, review_parts
from askfoi.models import Nation, Regime
from askfoi.periods import Period, parse_period

# A subject access request gets none of the FOI findings: only these still apply to it.
# findings on the person's first message that stand whatever the parts became: records the parts cannot carry
MESSAGE_FINDINGS = frozenset({"deceased-records", "third-party-personal-data"})
SAR_FINDINGS = frozenset({"their-own-data", "third-party-personal-data", "unknown-authority", "not-covered-by-foi",
                          "abolished-authority"})


# findings that say some records are had another way than an FOI request or a subject access request
# ck50: a complaint, a claim or a view asked goes to the body's complaints or claims process, never an FOI letter
ANOTHER_ROUTE = frozenset({"deceased-records", "clares-law", "on-their-list", "own-data-overdue",  # ck22: "is my son on it"
                           "own-footage",  # ny82: "whether they have the cctv of it" after "i got knocked off"
                           "complaint-not-foi"})


# rv58 (nc58 #7): findings about WHO or WHAT the words ask about ("my neighbour" is someone else; "watching me" asks
# whether one is watched): such a warning holds only while the letter still has those words. Others (footage kept for a
# limited time) hold for the letter whatever words it uses ("bodycam video" written "body-worn camera video")
ABOUT_THE_WORDS = frozenset({"third-party-personal-data", "ncnd-risk"})


def _in_parts(finding: Any, parts: list[str]) -> bool:
    """rv58 (nc58 #7): whether the letter still has the words a finding about them quotes from the person's message
    ("my neighbour"): a warning about words the letter no longer asks about is not shown (a subject access letter for
    one's own files that leaves the neighbour out). Any other finding, one that quotes nothing, or a letter with no
    parts yet, keeps it."""
    evidence = " ".join(str(getattr(finding, "evidence", "") or "").lower().split())
    if getattr(finding, "code", None) not in ABOUT_THE_WORDS or not evidence or not parts:
        return True
    return evidence in " ".join(" ".join(parts).lower().replace("\u2019", "'").split())


class ResolvedRequest(BaseModel):
    """What is being asked, of whom, under which law and for when: read by checks, letter and panels."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    route: Literal["foi", "sar"]
    regime: Regime  # the letter's law family: FOIA, FOISA, EIR (EISR in Scotland) or SAR
    law: RegimeName  # the law exactly: FOIA, FOISA, EIR, EISR, SAR or DPA-Part3
    authority: ResolvedAuthority | None
    authority_name: str | None  # as the letter names it (the known name, or as typed)
    scotland: bool
    period: Period | None
    frames: list[Frame] = Field(default_factory=list)
    parts: list[str] = Field(default_factory=list)
    findings: list[Any] = Field(default_factory=list)  # askfoi.checks.Finding, review order
    # lw53 (nc53 #1): the parts asked for under the EIR (EISR) in a letter otherwise under the Act (FOISA), by number;
    # empty when the letter has one law. The letter cites both laws; the cost limit applies to the other parts only.
    environmental_parts: list[int] = Field(default_factory=list)
    # au58 (nc58 #2): the kind of body no FOI law covers that the request is addressed to ("housing association"; "body"
    # for one knowledge/authorities.jsonl marks not covered), or None: the letter is then a plain request, with no
    # Act cited and no legal deadline, and no chaser or complaint is offered as an FOI right
    not_covered: str | None = None

    @property
    def cost_limit_hours(self) -> int | None:
        """The FOI cost limit in hours, only where one applies (not under the EIR/EISR or subject access)."""
        if self.route == "sar" or self.regime == Regime.EIR or self.authority is None or self.not_covered:
            return None
        hours = self.authority.cost_limit_hours
        if self.law == "FOISA" and not self.authority.known:
            # nx64 (nc64 #1): a body askfoi does not know, placed in Scotland by the story: the FOISA limit (£600 at £15)
            from askfoi.authorities import cost_limit_for

            limit, rate = cost_limit_for(Regime.FOISA, self.authority.type)
            hours = limit / rate if limit and rate else None
        return round(hours) if hours else None


def resolve_request(
    about: str,
    authority: str | None,
    period: str | None,
    parts: list[str],
    frames: list[Frame],
    *,
    today: date | None = None,
    said_kind: str | None = None,
    told_later: str | None = None,
    route: str | None = None,
) -> ResolvedRequest:
    """Resolve the organisation, the law, the period and the findings of a request once."""
    from askfoi.checks import applies_under, check_request, scottish_text
    from askfoi.framing import _named_all_scottish, police_law_enforcement

    today = today or date.today()
    resolved = resolve_authority(authority) if authority else None
    found_period = parse_period(period, today=today) if period else None
    about_check = check_request(about, None) if about else None
    # ny102 (nc102 #2, #5): ROUTE is how the first message was framed (framing.route): a message framed as a subject
    # access request ("she wants the inspection reports on her flat, and ... how many disrepair claims") is one, though
    # its whole text, figures and all, reads as FOI; else the letter was a SAR (its parts) with FOI review points, and
    # the FOI questions set aside for /next were never offered
    sar = bool(about_check) and (about_check.regime == Regime.SAR or route == "sar")
    text = "\n".join(f"{i}. {p}" for i, p in enumerate(parts, 1)) if parts else about
    # nx64 (nc64 #1): a body askfoi does not know is placed by the person's story ("my flat in govan"): in Scotland, FOISA
    located = about if not sar else None
    # ny67 (nc67 #2): the story told before the parts ("my dad died in march") is read by the rules on what was told
    told = about if not sar and parts and about != text else None
    if told_later and not sar:  # nx70 (nc67 #12): told at the check step ("he's dead"): read with the story
        told = "\n".join(t for t in (told, told_later) if t)
    check = check_request(text, authority, period=period, parts=parts or None, located_in=located, told=told) if text else None
    regime = Regime.SAR if sar else (check.regime if check else (resolved.regime if resolved else Regime.FOIA))
    mixed_laws: list = []
    if not sar and regime == Regime.EIR and parts:
        # ck26: the letter's law decided as `frame` decides it (askfoi.framing.parts_law): "fines for fly-tipping" and
        # "calls to the police about the travellers' site" read by what each part asks for, never by a word in it
        law_kind, laws = _parts_law(about, parts, frames, resolved)
        if law_kind in ("FOIA", "mixed"):
            check = check_request(text, authority, period=period, parts=parts, environmental=False, located_in=located,
                                  told=told)
            regime = check.regime
            mixed_laws = laws if law_kind == "mixed" else []
    elif not sar and parts and about_check is not None and about_check.regime == Regime.EIR \
            and all(p in {f.text for f in frames} for p in parts):
        # lead47 (nc55 #2): the first message asks for environmental information (a new incinerator's emissions and
        # monitoring) but the parts framed from it no longer say so: the message's asking sentences decide, as they do
        # for `frame` (framing.parts_law), never only the words that survived into the parts
        law_kind, laws = _parts_law(about, parts, frames, resolved)
        if law_kind in ("EIR", "mixed"):
            check = check_request(text, authority, period=period, parts=parts, environmental_in=about,
                                  located_in=located, told=told)
            regime = check.regime
            mixed_laws = laws if law_kind == "mixed" else []
    scotland = regime == Regime.FOISA or bool(
        resolved and resolved.known and (resolved.nation == Nation.scotland or resolved.regime == Regime.FOISA)) or bool(
        regime == Regime.EIR and located and authority and not (resolved and resolved.known) and scottish_text(located))
    unpicked = not authority and not sar and bool(about) and regime == Regime.EIR and _named_all_scottish(about)
    scotland = scotland or unpicked  # nx85 (nc82 #7): every body the message names is Scottish: the EISR before one is picked
    if sar:
        police = bool(resolved and resolved.known and resolved.type.value == "police")
        law: RegimeName = "DPA-Part3" if police and police_law_enforcement(about or "") else "SAR"
    elif regime == Regime.EIR:
        law = "EISR" if scotland else "EIR"
    else:
        law = "FOISA" if scotland else "FOIA"
    found = list(check.findings) if check else []
    if sar:
        # whose records they are is read from the person's own words (the parts say "my file" in that person's voice)
        owner = [f for f in about_check.findings if f.code == "their-own-data"] if about_check else []
        # ck21: every finding `askfoi frame` gives a subject access request reaches the review: those of the person's
        # own words (checked under SAR: "footage is often kept only for a limited time") and of the parts, less the
        # FOI ones (checks.yaml not_under: [SAR]); no code twice
        said = [f for f in about_check.findings if f.code not in ("their-own-data", "own-personal-data")
                and applies_under(f.code, Regime.SAR)] if about_check else []
        findings = owner + [_for_subject_access(f) for f in found if f.code not in ("their-own-data", "own-personal-data")
                            and (f.code in SAR_FINDINGS or applies_under(f.code, Regime.SAR))
                            and f.code not in {x.code for x in said}]
        findings[len(owner):len(owner)] = [_for_subject_access(f) for f in said if _in_parts(f, parts)]
    else:
        extra = review_parts(parts, frames, found_period.label if found_period else None, today=today,
                             authority=resolved.name if resolved and resolved.known else authority)
        codes = {f.code for f in extra}
        # nf94 (nc94 #5): a finding on words askfoi wrote itself ("any records of when this was done" in a part it
        # framed) is never raised against the person: only their words, or a part they wrote or kept, are checked so
        found = [f for f in found if not _askfoi_wrote(f, parts, frames, about)]
        # nf94 (nc94 #5): the letter's NCND warning names the parts that raise it, each read alone ("how often the
        # drones fly over houses"); a part that raises none ("the number of drones") is never warned about
        # ny97 (nf94): a part framing warned about already has its own point; the check's warning is kept for the other
        # parts that raise it (the first review shows every NCND point at once, not one after each fix)
        warned = {f.part for f in extra if f.code == "ncnd-risk" and f.part}
        # cv99 (nc99 #4): a point about several parts ("Parts 2 and 3: ...") names each of them
        warned |= {k for k, p in enumerate(parts, 1) if warned and any(
            getattr(f, "text", None) == p and getattr(f, "warning", None) for f in frames)}
        before = {id(f) for f in found}
        found = _ncnd_parts_named(found, parts, resolved.name if resolved and resolved.known else authority,
                                  skip=warned, frames=frames)
        findings = extra + [f for f in found if f.code not in codes
                            or (f.code == "ncnd-risk" and warned and id(f) not in before)]
        have = {f.code for f in findings}
        # what the first message asked that the parts left out and no other law or route answers ("can i get her
        # records" of a relative who has died, "she wants her housing file"): said at the review, not lost (nu24);
        # ck21: records had another way than this letter (Clare's Law ...) likewise
        findings = [f for f in (about_check.findings if about_check else [])
                    if (f.code in MESSAGE_FINDINGS or f.code in ANOTHER_ROUTE) and f.code not in have] + findings
        findings += _standing_part_findings(about, parts, findings, today)
        from askfoi.kept_part_subjects import still_question_finding

        findings += still_question_finding(about, list(parts), list(frames), findings)  # nf97 (nc97 #5)
        findings = [_their_part_out(f, parts) if f.code == "their-own-data" else
                    _case_parts_out(f, parts) if f.code == "family-case" else f for f in findings]
        from askfoi.staff_conduct import with_conduct_fixes

        # nx67 (nc64 #12): one officer's complaints or conduct: the fix asks for figures and the policy instead
        findings = with_conduct_fixes(findings, list(parts), text=about or "",
                                      police=bool(resolved and resolved.known and resolved.type.value == "police"))
        if parts:
            from askfoi.part_checks import review_period_due

            if not review_period_due(parts, frames, found_period.label if found_period else None):
                # ck13: one document, a current policy, a contract, one meeting: a period adds nothing
                findings = [f for f in findings if f.code != "no-time-period"]
    if unpicked:
        from askfoi.checks import said_in_scotland

        findings = [said_in_scotland(f) for f in findings]
    if law in ("EIR", "EISR"):
        # fu27 (nu29): the letter cites the Regulations already (regulation 5): the finding says so, never "mention the EIR"
        from askfoi.templates import render

        said = " ".join(render("check/eir_in_letter.txt.j2", law=law).split())
        findings = [f.model_copy(update={"suggestion": said}) if getattr(f, "code", "") == "environmental-information"
                    else f for f in findings]
    if mixed_laws and "environmental-parts" not in {f.code for f in findings}:
        from askfoi.framing import environmental_parts_finding

        findings.append(environmental_parts_finding(parts, mixed_laws, scotland,
                                                    resolved.name if resolved and resolved.known else authority))
    return ResolvedRequest(
        not_covered=None if sar else _not_covered(resolved, found, about_check, said_kind, about),
        route="sar" if sar else "foi",
        regime=regime,
        law=law,
        authority=resolved,
        authority_name=(resolved.letter_name if resolved and resolved.known else authority),
        scotland=scotland,
        period=found_period,
        frames=frames,
        parts=list(parts),
        findings=findings,
        environmental_parts=[k for k, law in enumerate(mixed_laws, 1) if law.environmental],
    )


def _ncnd_parts_named(found: list, parts: list[str], authority: str | None, skip: set[int] | frozenset = frozenset(),
                      frames: list | None = None) -> list:
    """nf94 (nc94 #5): an ncnd-risk finding of the whole letter (no part named) said again for the parts that raise it
    when each is read alone ("part 3", "parts 2 and 3"); dropped when no part raises it alone (the words of two parts
    joined raised it). A letter of one part is left as it is. ny97: the parts in SKIP have a point of their own (framing
    warned about them); the warning quotes what each part named asked (its frame's question, or the part as typed),
    never the bare word matched ("drones")."""
    from askfoi.checks import check_request
    from askfoi.framing import total_answered

    if len([p for p in parts if p.strip()]) < 2:
        return found
    # cv99 (nc99 #4): a part asking only what a force paid its informants (a yearly total, often released) already is
    # what the totals advice asks for: never named as a part that will get nothing
    by_text = {getattr(f, "text", None): f for f in frames or []}
    skip = set(skip) | {n for n, p in enumerate(parts, 1) if by_text.get(p) is not None and total_answered(by_text[p])}
    out = []
    for f in found:
        if getattr(f, "code", "") != "ncnd-risk" or getattr(f, "part", None) is not None:
            out.append(f)
            continue
        hits = [n for n, p in enumerate(parts, 1)
                if n not in skip and any(g.code == "ncnd-risk" for g in check_request(p, authority).findings)]
        if not hits:
            continue
        which = f"part {hits[0]}" if len(hits) == 1 else \
            "parts " + ", ".join(str(n) for n in hits[:-1]) + f" and {hits[-1]}"
        asked = [_part_asked(parts[n - 1], frames) for n in hits]
        again = next((g for g in check_request(parts[hits[0] - 1], authority, which_part=which, asked=asked).findings
                      if g.code == "ncnd-risk"), None)
        if again is None:
            out.append(f)
            continue
        out.append(again.model_copy(update={"part": hits[0] if len(hits) == 1 else None}))
    return out


def _part_asked(part: str, frames: list | None) -> str:
    """ny97 (nf94): what PART asks, as the person asked it: its frame's question ("how often they fly drones over
    the estate"), or the part itself when no frame made it; no closing mark, a capital kept only on a name."""
    frame = next((f for f in frames or [] if getattr(f, "text", None) == part), None)
    said = (getattr(frame, "source", "") or "") if frame is not None and not getattr(frame, "kept_words", False) else ""
    said = " ".join((said or part).split()).rstrip(" ?.!;:,")
    if len(said) > 1 and said[0].isupper() and not said[1].isupper():
        said = said[0].lower() + said[1:]
    return said


# nf94: the findings about how a request is worded ("any records", "why ...", "all information"): the person's words only
_WORDING_CODES = frozenset({"vague-scope", "not-recorded-information", "no-counted-noun"})


def _askfoi_wrote(finding, parts: list[str], frames: list, about: str | None) -> bool:
    """nf94 (nc94 #5): FINDING quotes words that only askfoi wrote: they stand in a part askfoi framed (its frame's text,
    not kept in the person's words) and in none of the person's own words (the first message, each frame's source, a
    part they typed or kept)."""
    if getattr(finding, "code", "") not in _WORDING_CODES:
        return False  # a period, a body, a cost: about the letter as sent, whoever wrote the words
    said = " ".join(re.sub(r"[\u2026\"\u201c\u201d]", " ", getattr(finding, "evidence", "") or "").lower().split())
    if len(said) < 4:
        return False
    framed = {f.text for f in frames if getattr(f, "text", "") and not getattr(f, "kept_words", False)}
    theirs = [about or ""] + [getattr(f, "source", "") or "" for f in frames] + [p for p in parts if p not in framed]
    def has(text: str) -> bool:
        return said in " ".join((text or "").lower().split())
    return any(has(p) for p in parts if p in framed) and not any(has(t) for t in theirs)


def _not_covered(resolved, found: list, about_check, said_kind: str | None = None, about: str = "") -> str | None:
    """au58 (nc58 #2): the kind of body no FOI law covers the request is addressed to, or None. A known body marked not
    covered is "body"; an unknown one the checks read as a housing association in England, Wales or Northern Ireland
    (finding housing-association, not its Scottish variant) is "housing association"."""
    from askfoi.checks import check_request

    def landlord(text: str) -> bool:
        return any(getattr(f, "code", "") == "housing-association" and getattr(f, "severity", "") != "low"
                   for f in check_request(text, None).findings)

    if resolved is not None and resolved.known:
        from askfoi.authorities import default_index, normalise

        index = default_index()
        at = index.exact.get(normalise(resolved.name))
        auth = index.authorities[at] if at is not None else None
        if getattr(resolved, "covered", True) is False:
            # af99 (nc97 #7): a housing association the pack names (knowledge/authorities_housing.jsonl) is said as one
            return "housing association" if auth is not None and auth.listed_by == "housing_associations" else "body"
        if auth is not None and auth.nation == Nation.scotland:
            return None  # a Scottish registered social landlord answers under FOISA (since 11 November 2019)
        if auth is not None and auth.listed_by and resolved.type.value == "other" \
                and any(landlord(f"can {n} tell me") for n in (auth.name, *auth.aliases[:3])):
            # WhatDoTheyKnow lists housing associations it cannot send FOI requests to ("The Peabody Trust"): the
            # checks' housing association names decide, as for a body askfoi does not know
            return "housing association"
        return None
    said = list(found) + list(about_check.findings if about_check else [])
    if said_kind and landlord(f"can {said_kind} tell me {about or ''}"):
        return "housing association"  # au58: "orbit group, our housing association": the person said what it is
    if any(getattr(f, "code", "") == "housing-association" and getattr(f, "severity", "") != "low" for f in said):
        return "housing association"
    if resolved is not None and re.search(r"(?i)\b(?:ltd|limited|plc|llp)\.?\s*$", resolved.name or ""):
        return "company"
    return None


def _parts_law(about: str, parts: list[str], frames: list[Frame], resolved) -> tuple[str, list]:
    """The letter's law from its PARTS (each read with the question its frame came from) and, while the parts are
    the ones framed from the first message ABOUT, that message's asking sentences."""
    from askfoi.framing import body_type_of, parts_law

    known = {f.text: f for f in frames}
    framed = [known.get(p) or Frame(kind="kept", text=p) for p in parts]
    police = re.search(r"(?i)\b(?:police|constabulary)\b", about or "")
    body_type = body_type_of(resolved, "police" if police else None)
    asked = about if all(p in known for p in parts) else ""
    return parts_law(framed, asked, body_type)


@functools.lru_cache(maxsize=8)
def _framed(about: str, today: date):
    from askfoi.framing import frame_message

    try:
        return frame_message(about, today=today)
    except Exception:  # noqa: BLE001 - the review goes on with the checks on the parts alone
        return None


def _their_part_out(finding: Any, parts: list[str]) -> Any:
    """nz70 (nc70 #3): a part of an FOI letter that asks for a relative's (or a client's) own records ("add my mums care
    assessment, i have power of attorney"): the suggestion says to take the part out and ask by a subject access
    request of its own (prompts/check/their_data_in_foi.txt.j2), never that askfoi has written one."""
    from askfoi.templates import render
    from askfoi.whose_records import read_whose

    evidence = " ".join((finding.evidence or "").lower().split())
    at = finding.part or next((k + 1 for k, p in enumerate(parts) if evidence and evidence in " ".join(p.lower().split())), None)
    if not at or not 0 < at <= len(parts):
        return finding  # the message's own words, not a part of this letter
    whose = read_whose(parts[at - 1])
    if whose.subject in ("none", "self"):
        return finding
    # nx73 (nc70 #3): one key takes the part out (the other parts kept, in their order); a letter with no other part
    # has nothing to keep, so it is taken out by hand
    rest = [p for k, p in enumerate(parts, 1) if k != at]
    rewrite = "\n".join(f"{k}. {p}" for k, p in enumerate(rest, 1)) if rest else None
    suggestion = render("check/their_data_in_foi.txt.j2", part=at, relation=whose.relation or "", one_key=bool(rewrite),
                        them=whose.object, their=whose.their, acting=whose.acting, acting_document=whose.acting_document,
                        acting_lapsed=whose.acting_lapsed)
    return finding.model_copy(update={"suggestion": " ".join(suggestion.split()), "rewrite": rewrite})


def _case_parts_out(finding: Any, parts: list[str]) -> Any:
    """ny76 (nc76 #3): one person's own case asked in an FOI letter ("What happened to my mums complaint?", "whether the
    police prosecuted the driver who hit my daughter"): one key takes out every part that asks about it, the other
    parts kept in their order; a letter with no other part has nothing to keep, so it is taken out by hand."""
    from askfoi.checks import parts_hit

    hit = parts_hit("family-case", parts)
    if not hit:
        return finding
    rest = [p for k, p in enumerate(parts, 1) if k not in hit]
    rewrite = "\n".join(f"{k}. {p}" for k, p in enumerate(rest, 1)) if rest else None
    return finding.model_copy(update={"part": hit[0], "rewrite": rewrite})


def _standing_part_findings(about: str, parts: list[str], findings: list, today: date) -> list:
    """Framing's story references on the first message's parts that still stand as written ("The number of falls
    reported on her ward": "her" means someone only the story names): the checks on the parts alone cannot see the
    story, so what framing said of an unchanged part is said at the review too, with the part's number (nu24)."""
    if not about or not parts:
        return []
    framed = _framed(about, today)
    if framed is None:
        return []
    said = {(f.code, (f.evidence or "").lower()) for f in findings}
    framed_texts = {p.text for p in framed.parts}
    from askfoi.framing import pointer_left

    out = []
    for f in framed.findings:
        words = (f.evidence or "").strip()
        if f.code == "lost-subject" and (f.code, words.lower()) not in said and f.part \
                and [p.text for p in framed.parts] == list(parts):
            # nx88 (nc85 #7): a bare "repairs" after a part about damp and mould, while the parts stand as framed
            out.append(f)
            said.add((f.code, words.lower()))
            continue
        if f.code != "story-reference" or not words or (f.code, words.lower()) in said:
            continue
        for k, part in enumerate(parts, 1):
            if part in framed_texts and re.search(rf"(?i)(?<!\w){re.escape(words)}(?!\w)", part) and not (
                    words.lower() in ("there", "it", "them") and (pointer_left(part) or "").lower() != words.lower()):
                # ny76 (nc76 #6): the pointer of a part since edited is never pinned on another part's "there" ("how
                # many crashes have there been": no place)
                out.append(f.model_copy(update={"part": k}))
                said.add((f.code, words.lower()))
                break
    return out


def _for_subject_access(finding):
    """A finding as it reads for a subject access request (tr5): an unknown organisation is not "assumed to be
    under the Freedom of Information Act" there (prompts/check/unknown_authority_sar.txt.j2)."""
    if finding.code == "ncnd-risk" and finding.variant == "own_data":
        # nz70 (nc70 #14): this letter is the subject access request: said as such, never "ask by subject access instead"
        from askfoi.checks import said_as

        return said_as(finding, "own_data_sar")
    if finding.code != "unknown-authority":
        return finding
    from askfoi.templates import render

    message, _, suggestion = render("check/unknown_authority_sar.txt.j2", evidence=finding.evidence).partition("\n---\n")
    return finding.model_copy(update={"message": message.strip(), "suggestion": suggestion.strip()})
