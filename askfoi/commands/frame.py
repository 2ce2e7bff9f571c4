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
        print(render("frame/report.txt.j2", f=framing).rstrip())
    return 0
