"""`askfoi track add|list|replied|done|remove|ics`: requests the person chose to track (askfoi/tracking.py)."""

from __future__ import annotations

from askfoi.commands._io import UserError, print_json


def add_parser(sub) -> None:
    tr = sub.add_parser("track", help="track requests you have sent: days left, overdue first, calendar files")
    ts = tr.add_subparsers(dest="track_command", metavar="ACTION", required=True)
    a = ts.add_parser("add", help="mark a request as sent on a date (stored in your data folder)")
    a.add_argument("authority", metavar="AUTHORITY")
    a.add_argument("--sent", required=True, metavar="DATE")
    a.add_argument("--title", default="", metavar="TEXT")
    a.add_argument("--name", default=None, metavar="NAME", help="your name, to sign the review or chaser written later")
    a.add_argument("--regime", default=None, type=str.upper, choices=["FOIA", "FOISA", "EIR", "SAR"])
    a.add_argument("--reference", metavar="REF")
    a.add_argument("--json", action="store_true")
    ls = ts.add_parser("list", help="tracked requests with days left, overdue first")
    ls.add_argument("--all", action="store_true", help="include those marked done")
    ls.add_argument("--json", action="store_true")
    rp = ts.add_parser("replied", help="the authority replied on a date (then the review date is tracked)")
    rp.add_argument("id")
    # rv55 (nc55 #5): the day of the reply, not the day it is marked: --reply reads it (and the reply's own shorter time
    # for a review, when it states one); --on gives it; today only when neither does
    rp.add_argument("--on", default=None, metavar="DATE", help="the day of the reply (default: the date the reply in "
                    "--reply gives itself, else today)")
    rp.add_argument("--reply", default=None, metavar="FILE", help="the reply (a text file, or - for standard input): its "
                    "own date and its own time for a review are tracked")
    dn = ts.add_parser("done", help="stop tracking a request (kept, marked done)")
    dn.add_argument("id")
    rm = ts.add_parser("remove", help="delete a tracked request")
    rm.add_argument("id")
    ic = ts.add_parser("ics", help="write the due date as a calendar (.ics) file")
    ic.add_argument("id")
    ic.add_argument("-o", "--output", metavar="FILE", help="write here (default: standard output)")


def run(args) -> int:
    from askfoi.commands.deadline import parse_date
    from askfoi.deadlines import plain_date
    from askfoi.models import Regime
    from askfoi.templates import render
    from askfoi.tracking import TrackingRefused, TrackStore, ics, statuses

    store = TrackStore(clinic=bool(getattr(args, "clinic", False)))
    try:
        if args.track_command == "add":
            from askfoi.authorities import resolve_authority

            resolved = resolve_authority(args.authority)
            regime = Regime(args.regime) if args.regime else (resolved.regime if resolved else Regime.FOIA)
            scotland = bool(resolved and resolved.nation.value == "scotland")
            name = resolved.name if resolved is not None and resolved.known else args.authority
            r = store.add(name, parse_date(args.sent), title=args.title, regime=regime, scotland=scotland,
                          reference=args.reference, name=getattr(args, "name", None))
            if args.json:
                print_json({**r.model_dump(mode="json"), "due": r.due.isoformat()})
            else:
                print(f"Tracking {r.id}: {r.authority}, sent {plain_date(r.sent)}, reply due {plain_date(r.due)}.")
        elif args.track_command == "list":
            rows = statuses(store.load(), include_done=args.all)
            if args.json:
                print_json([{**s.request.model_dump(mode="json"), "due": s.due.isoformat(), "days_left": s.days_left,
                             "overdue": s.overdue, "offer": s.offer,
                             "school_latest": s.school_latest.isoformat() if s.school_latest else None,
                             "school_maybe_late": s.school_maybe_late} for s in rows])
            else:
                from askfoi.tracking import status_row

                print(render("tracking/list.txt.j2", rows=[status_row(s) for s in rows]).rstrip())  # ck23b: plain dates
        elif args.track_command == "replied":
            on, review_by, dated = _reply_day(store.find(args.id), args, parse_date)
            r = store.replied(args.id, on, review_by=review_by)
            if r.regime == Regime.SAR:  # rd48: a subject access request has no internal review
                print(f"{r.id}: replied {plain_date(r.replied)}. "
                      + " ".join(render("tracking/sar_replied.txt.j2", authority=r.authority, calendar=False).split()))
            else:
                print(f"{r.id}: replied {plain_date(r.replied)}{' (the date the reply gives itself)' if dated else ''}; "
                      f"ask for a review by {plain_date(r.due)}, counted from that day.")
        elif args.track_command == "done":
            store.done(args.id)
            print(f"{args.id}: marked done.")
        elif args.track_command == "remove":
            store.remove(args.id)
            print(f"{args.id}: removed.")
        elif args.track_command == "ics":
            text = ics(store.find(args.id))
            if args.output:
                from pathlib import Path

                try:
                    Path(args.output).write_text(text, encoding="utf-8", newline="")
                except OSError as exc:
                    raise UserError(f"{args.output}: cannot write ({exc.strerror or exc})") from None
                print(f"Wrote {args.output}")
            else:
                print(text, end="")
    except (TrackingRefused, OSError) as exc:
        raise UserError(str(exc) if isinstance(exc, TrackingRefused) else f"cannot save the tracked list ({exc})") from None
    return 0


def _reply_day(tracked, args, parse_date):
    """rv55 (nc55 #5): (the day of the reply, the last day for a review, whether the day is the reply's own date): from
    --on, else the date the reply in --reply gives itself, else today; the review's day as the reply screen and
    `askfoi explain` work it out for that reply (its own shorter window included), else None (40 working days)."""
    from datetime import date

    from askfoi.commands._io import read_text

    text = read_text(args.reply, what="reply") if getattr(args, "reply", None) else None
    on = parse_date(args.on) if args.on else None
    dated = False
    if on is None and text:
        from askfoi.reply_explain import reply_date

        found = reply_date(text)
        if found is not None and found <= date.today():
            on, dated = found, True
    on = on or date.today()
    if on < tracked.sent:
        raise UserError(f"{on.isoformat()} is before the request was sent ({tracked.sent.isoformat()})")
    review_by = None
    if text:
        from askfoi.reply_explain import explain_reply

        explained = explain_reply(text, authority=tracked.authority, received=on, sent=tracked.sent)
        review_by = next((x.by for x in explained.next_steps if x.kind == "review" and x.by), None)
    return on, review_by, dated
