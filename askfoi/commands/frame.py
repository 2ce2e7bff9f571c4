"""`askfoi frame`: how askfoi reads a first message: route, law, organisation, period, parts and questions."""

from __future__ import annotations

from askfoi.commands._io import UserError, print_json, read_text

MAX_MESSAGE_CHARS = 20_000


def run(args) -> int:
    from askfoi.framing import frame_message
    from askfoi.templates import render

    text = read_text("-", what="message") if args.text == "-" else args.text
    if text is None or not text.strip():
        raise UserError('nothing to frame: give the message as TEXT (in quotes) or "-" for standard input')
    if len(text) > MAX_MESSAGE_CHARS:
        raise UserError(f"the message is {len(text):,} characters long; give at most {MAX_MESSAGE_CHARS:,}")
    if args.authority is not None and not args.authority.strip():
        raise UserError('--authority is empty: give the authority\'s name, e.g. --authority "Essex Police"')
    framing = frame_message(text, args.authority)
    if args.json:
        print_json(framing.as_json())
    else:
        print(render("frame/report.txt.j2", f=framing, elsewhere=_elsewhere(framing, text)).rstrip())
    return 0


def _elsewhere(framing, text: str) -> str | None:
    """(ck28, nu30 item 4) The route the message takes instead of FOI when no part is left for an FOI letter: "ahra"
    (a dead person's health records: the Access to Health Records Act 1990, as the chatbot says), or the finding's
    code ("deceased-records", "clares-law"); None when there is an FOI letter to write."""
    from askfoi.conversation import _ANOTHER_ROUTE, _health_records, _in_northern_ireland

    if framing.parts or framing.route == "sar":
        return None
    codes = [f.code for f in framing.findings if getattr(f, "code", "") in _ANOTHER_ROUTE]
    if not codes:
        return None
    if "deceased-records" in codes and _health_records(text) and not (
            framing.authority and _in_northern_ireland(framing.authority.name)):
        return "ahra"
    return codes[0]
