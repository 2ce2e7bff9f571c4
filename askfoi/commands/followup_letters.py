"""`askfoi review`, `askfoi chase` and `askfoi complain`: the letters after a reply (askfoi/followup.py)."""

from __future__ import annotations

import re

from askfoi.commands._io import UserError, print_json, read_text


def _reply(path: str, what: str = "reply") -> str:
    from askfoi.pasted_reply import relined

    text = read_text(path, what=what)
    if not text.strip():
        raise UserError(f"{'standard input' if path == '-' else path}: is empty; give the text of the {what}")
    return relined(text)  # lead40: a reply saved as one line is read with its lines, as the chat reads a paste


def _date(value: str | None):
    from askfoi.commands.deadline import parse_date

    return parse_date(value) if value else None


def _past(value: str | None, option: str):
    """A date option that must not be in the future (the day something was sent or received)."""
    from datetime import date

    day = _date(value)
    if day is not None and day > date.today():
        raise UserError(f"{option} {value}: that date is in the future; give the day it happened")
    return day


def _sent_then_received(args):
    """--sent and --received as dates, the request never after the reply (lead 28, nu31 #5: a letter that says "your
    response of 2 November to my request of 20 November" is never written; one line says which is wrong)."""
    sent = _past(getattr(args, "sent", None), "--sent")
    received = _past(getattr(args, "received", None), "--received")
    if sent is not None and received is not None and sent > received:
        raise UserError(f"--sent {args.sent} is after --received {args.received}: the request must be sent before the "
                        "reply came; check the two dates")
    return sent, received


def _authority(name: str | None) -> str | None:
    """The authority as the person typed it, or its proper name when askfoi knows it ("met police")."""
    if not name or not name.strip():
        return name
    from askfoi.authorities import resolve_authority

    found = resolve_authority(name)
    return found.name if found is not None and found.known else name.strip()


def _name(value: str | None) -> str | None:
    """--name as the letter signs it ("jo bloggs" -> "Jo Bloggs"); a number or an address is a one-line error."""
    if value is None or not value.strip():
        return None
    from askfoi.answers import tidy_name

    name = tidy_name(value)
    if name is None:
        raise UserError(f"--name {value!r}: that does not look like a name; give the name to sign the letter with")
    return name


def _print(letter, args) -> int:
    from askfoi.formats import render_letter

    if getattr(args, "json", False):
        print_json(letter.model_dump(mode="json"))
    else:
        print(render_letter(letter, args.format), end="")
    return 0


def run_review(args) -> int:
    from askfoi.followup import NothingToChallenge, review_letter

    reply = _reply(args.file)
    from askfoi.reply_explain import is_sar_reply

    if is_sar_reply(reply):  # nu20: an FOI internal review of one's own housing file
        raise UserError("this is a reply to a subject access request, which has no FOI internal review: write to the "
                        "organisation's data protection officer saying what is missing, then the ICO "
                        "('askfoi explain' says more)")
    sent, received = _sent_then_received(args)
    try:
        letter = review_letter(
            reply,
            request=read_text(args.request, what="request") if args.request else None,
            name=_name(args.name), authority=_authority(args.authority), reference=args.reference,
            received=received, to=args.to, reply_to=args.email, scotland=args.scotland, sent=sent,
        )
    except NothingToChallenge as exc:
        raise UserError(f"{exc}; 'askfoi explain' says what it decided") from None
    _boundary_note(reply)
    from askfoi.reply_explain import dated_ahead, dated_ahead_note

    ahead = dated_ahead(reply) if received is None else None
    if ahead is not None:  # rv58 (nc58 #15): the same line `askfoi explain` prints
        import sys

        print(f"askfoi: {dated_ahead_note(ahead)}", file=sys.stderr)
    if letter.caution:  # fu21: a review that will almost surely fail is not offered without saying so
        import sys

        print(f"askfoi: {letter.caution}", file=sys.stderr)
    return _print(letter, args)


def _boundary_note(reply: str) -> None:
    """rd11: where the reply gives something and holds back the rest, say on stderr how askfoi counted it (the letter
    on stdout stays the letter)."""
    import sys

    from askfoi.reader import boundary_note, read_reply

    note = boundary_note(read_reply(reply))
    if note:
        print(f"askfoi: {note}", file=sys.stderr)


_LOOKS_LIKE_PATH = re.compile(r"^(?:-|\S+\.(?:txt|md|eml|text)|\S*[/\\]\S*)$")


def _request_text(value: str | None) -> str | None:
    """ui51 (nc50 #12): --request FILE|TEXT: a file's text ('-': standard input), or the request's words themselves
    when VALUE is no file and does not look like a path ("how many potholes did you repair in 2025")."""
    if not value or not value.strip():
        return None
    from pathlib import Path

    if value == "-" or Path(value).exists() or _LOOKS_LIKE_PATH.match(value.strip()):
        return read_text(value, what="request")
    from askfoi.safe_text import clean_text

    return clean_text(value).strip() or None


def run_chase(args) -> int:
    from askfoi.followup import chase_letter
    from askfoi.models import Regime

    from datetime import date

    from askfoi.deadlines import long_date

    request = _request_text(args.request)
    sar = Regime(args.regime) == Regime.SAR
    from askfoi.followup import NothingToChase

    try:
        letter = _chased(args, chase_letter, request, sar)
    except NothingToChase as exc:  # ny67 (nc67 #4): the reply that came gave a decision on every part
        raise UserError(f"{exc} ('askfoi review' writes the review letter)") from None
    if letter.due is not None and date.today() <= letter.due:
        raise UserError(f"the reply is not late yet: it is due by {long_date(letter.due)}; "
                        "a chaser can go the next day ('askfoi track add' reminds you)")
    return _print(letter, args)


def _chased(args, chase_letter, request, sar):
    from askfoi.models import Regime

    return chase_letter(
        _past(args.sent, "--sent"), authority=_authority(args.authority), regime=Regime(args.regime), scotland=args.scotland,
        request=None if sar else request,
        name=_name(args.name), reference=args.reference, to=args.to, reply_to=args.email,
        topic=request if sar else None,  # a subject access chaser names what was asked in one phrase (as the chat's)
        # nx64 (nc64 #10): the reply that came and extended the time for some parts
        reply_text=_reply(args.reply) if getattr(args, "reply", None) and not sar else None,
        copy=None if sar else request,  # af99: the request given is copied below the chaser
    )


def run_complain(args) -> int:
    from askfoi.followup import NothingToChallenge, NotLateYet, complaint_letter
    from askfoi.reply_explain import is_sar_reply
    from askfoi.reply_flow import reads_as_review_outcome
    from askfoi.templates import render

    request = read_text(args.request, what="request") if getattr(args, "request", None) else ""
    reply = _reply(args.file) if args.file else ""
    if is_sar_reply(request) or is_sar_reply(reply):
        # nu26: a subject access request has no FOI complaint (FOIA s50, s10's 20 working days): its time limit is one
        # calendar month (UK GDPR Article 12(3)) and a complaint goes to the ICO as a data protection complaint
        raise UserError("this is a subject access request, not an FOI request, so FOI's complaint does not fit: remind the "
                        "organisation first ('askfoi chase --regime SAR' writes the reminder; it had one calendar month), "
                        "then complain to the ICO about how it handled your personal data")
    if args.file and not args.late and not args.review and not args.review_asked and not reads_as_review_outcome(reply):
        # nu29: a complaint names the internal review it followed; askfoi never claims one it was not told of
        raise UserError(" ".join(render("bot/complain_needs_review.j2").split()))
    try:
        letter = _complaint(args, complaint_letter, reply)
    except NotLateYet as exc:
        raise UserError(str(exc)) from None
    except NothingToChallenge as exc:
        raise UserError(f"{exc}; 'askfoi explain' says what it decided") from None
    terms = _letter_terms(letter)
    scot = terms is not None and terms.short in ("FOISA", "EISR")
    if (args.late or not args.file) and scot and not args.review_asked:
        # nu33 #3: the Commissioner decides only after a review of the failure to reply (FOISA s20, EISR reg 16; s47): a
        # letter claiming a review the person never said they asked for is not written; lw53: the law's own words
        raise UserError(f"under {terms.act} {terms.commissioner} can decide only after you have asked {args.authority} "
                        f"to review its failure to reply ({terms.review_provision}); ask for that review first, and if it "
                        f"has not answered within {terms.review_days} working days, run this again with --review-asked DATE")
    if args.late or not args.file:
        import sys

        from askfoi.templates import render

        # fu26: the letter claims no reminder and no review it was not told of; the step it needs first is said here
        note = " ".join(render("bot/complain_late_note.j2", scot=scot, t=terms.model_dump() if terms else None,
                               chased=bool(args.chased), review_asked=bool(args.review_asked)).split())
        if note:
            print(f"askfoi: {note}", file=sys.stderr)
    if letter.caution:  # lt102: a complaint after the ICO's six weeks: it may be refused for undue delay (s50(2)(b))
        import sys

        print(f"askfoi: {letter.caution}", file=sys.stderr)
    return _print(letter, args)


def _letter_terms(letter):
    """lw53: the law terms (knowledge/vocab/followup_law.yaml) of the law a follow-up LETTER cites, None if none match."""
    from askfoi.followup import law_terms

    for law in ("FOIA", "FOISA", "EIR", "EISR"):
        terms = law_terms(law)
        if terms.act == letter.law:
            return terms
    return None


def _complaint(args, complaint_letter, reply: str | None = None):
    from askfoi.reply_flow import reads_as_review_outcome

    if reply is None:
        reply = _reply(args.file) if args.file else ""
    _review_after_reply(args, reply)
    review = _reply(args.review, "review outcome") if args.review else None
    if review is None and reply and reads_as_review_outcome(reply):
        review = reply  # nu20: the review's outcome given as the file ("the review outcome (none has come)")
        args.review = args.file
    return complaint_letter(
        reply,
        authority=_authority(args.authority),
        review=review,
        name=_name(args.name), reference=args.reference, sent=_sent_then_received(args)[0], received=_sent_then_received(args)[1],
        review_asked=_past(args.review_asked, "--review-asked"), scotland=args.scotland, late=args.late or not args.file,
        chased=_past(getattr(args, "chased", None), "--chased"),
        reply_to=args.email, request=read_text(args.request, what="request") if getattr(args, "request", None) else None,
    )


def _review_after_reply(args, reply: str) -> None:
    """lead40 (nc43 #15): a review is asked after the reply it challenges: --review-asked before the day the reply came
    (--received, else the date the reply carries) or before the request was sent is one line, never a letter that
    says so."""
    from askfoi.deadlines import long_date
    from askfoi.reply_explain import reply_date

    asked = _date(getattr(args, "review_asked", None))
    if asked is None:
        return
    sent, received = _sent_then_received(args)
    replied = received or (reply_date(reply) if reply else None)
    if sent is None and reply:
        from askfoi.reply_request import request_in_reply

        told = request_in_reply(reply)  # "your request received on 2 November 2026"
        sent = told.received or told.made
    if replied is not None and asked < replied:
        raise UserError(f"--review-asked {args.review_asked}: that is before the reply ({long_date(replied)}); give the day "
                        "you asked for the review, which comes after the reply")
    if sent is not None and asked < sent:
        raise UserError(f"--review-asked {args.review_asked}: that is before the request was sent ({long_date(sent)}); "
                        "give the day you asked for the review")


def add_parsers(sub) -> None:
    """The three subcommands, added to askfoi's parser (askfoi/cli.py)."""

    def common(p, to: bool = True) -> None:
        p.add_argument("--name", metavar="NAME", help="your name, to sign the letter")
        p.add_argument("--email", metavar="ADDRESS", help="your email address (eml From/Reply-To only)")
        if to:
            p.add_argument("--to", metavar="ADDRESS", help="the authority's FOI email address (eml To)")
        p.add_argument("--reference", metavar="REF", help="the authority's reference for your request")
        p.add_argument("--scotland", action="store_true", help="a Scottish authority (EISR for environmental replies)")
        p.add_argument("--format", default="text", choices=["text", "markdown", "eml"])
        p.add_argument("--json", action="store_true")

    rv = sub.add_parser("review", help="write the internal review letter for a reply")
    rv.add_argument("file", metavar="FILE|-", help="the authority's reply")
    rv.add_argument("--request", metavar="FILE", help="your original request")
    rv.add_argument("--authority", metavar="NAME")
    rv.add_argument("--received", metavar="DATE", help="the day the reply came (default: the date the reply gives itself, else today)")
    rv.add_argument("--sent", metavar="DATE", help="the day you sent the request (the letter names it)")
    common(rv)
    rv.set_defaults(handler=run_review)

    ch = sub.add_parser("chase", help="write a chaser for a late reply")
    ch.add_argument("--sent", required=True, metavar="DATE", help="the day you sent the request")
    ch.add_argument("--authority", required=True, metavar="NAME")
    ch.add_argument("--regime", default="FOIA", type=str.upper, choices=["FOIA", "FOISA", "EIR", "SAR"])
    ch.add_argument("--request", metavar="FILE|TEXT",
                    help="your original request: a file, '-', or its words in quotes (the chaser names what it asked)")
    ch.add_argument("--reply", metavar="FILE",
                    help="a reply that came and extended the time for some parts (the chaser chases those parts)")
    common(ch)
    ch.set_defaults(handler=run_chase)

    cp = sub.add_parser("complain", help="write the complaint to the ICO or the Scottish Information Commissioner")
    cp.add_argument("file", nargs="?", metavar="FILE|-", help="the authority's reply (none: it never replied)")
    cp.add_argument("--authority", required=True, metavar="NAME")
    cp.add_argument("--review", metavar="FILE", help="the review outcome, if you had one")
    cp.add_argument("--sent", metavar="DATE", help="the day you sent the request")
    cp.add_argument("--received", metavar="DATE", help="the day the reply came")
    cp.add_argument("--review-asked", metavar="DATE", help="the day you asked for the review")
    cp.add_argument("--request", metavar="FILE", help="your original request (the letter names it)")
    cp.add_argument("--late", action="store_true", help="the complaint is that no reply came in time")
    cp.add_argument("--chased", metavar="DATE", help="the day you reminded the authority of a late reply")
    common(cp, to=False)
    cp.set_defaults(handler=run_complain)


def run(args) -> int:
    return args.handler(args)
