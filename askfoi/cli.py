"""The askfoi command line: `askfoi` opens the chatbot; subcommands are thin layers over the core.

Each subcommand's handler lives in askfoi/commands/NAME.py as `run(args) -> int` and is imported
only when used, so `askfoi --version` and `askfoi kb stats` never import Textual.
Exit status: 0 fine, 1 a check failed (e.g. validate found problems), 2 bad input.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from askfoi import __version__


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # plain words, status 2, no traceback
        self.print_usage(sys.stderr)
        self.exit(2, f"askfoi: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="askfoi",
        description="Write a UK Freedom of Information request that gets answered. "
        "With no command, opens the chatbot.",
    )
    p.add_argument("--version", action="version", version=f"askfoi {__version__}")
    p.add_argument("--clinic", action="store_true", help="clinic mode: store nothing on disk (shared machines)")
    p.add_argument("--serve", action="store_true", help="serve the chatbot in a web browser on this machine")
    p.add_argument("--port", type=int, metavar="N", help="with --serve: the port on 127.0.0.1 (default 8000)")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    # --- knowledge pack -------------------------------------------------------
    kb = sub.add_parser("kb", help="the knowledge pack of past responses")
    kbs = kb.add_subparsers(dest="kb_command", metavar="ACTION", parser_class=_Parser, required=True)
    imp = kbs.add_parser("import", help="import published responses into the knowledge pack")
    imp.add_argument("paths", nargs="+", metavar="PATH")
    imp.add_argument(
        "--format",
        default="auto",
        choices=["auto", "disclosure-log", "wdtk-csv", "alaveteli-json", "jsonl"],
    )
    imp.add_argument("--into", metavar="FILE", help="append to this JSON-lines file instead of the pack")
    imp.add_argument("--json", action="store_true", help="print the counts as JSON")
    imp.add_argument("--source-url", metavar="URL", help="the public page a disclosure-log text came from")
    imp.add_argument("--authority", metavar="NAME", help="the authority, where the file does not say")
    st = kbs.add_parser("stats", help="counts of past responses by outcome, authority type and source")
    st.add_argument("--json", action="store_true")
    kbs.add_parser("validate", help="check every knowledge file; print FILE:LINE: problem")
    sh = kbs.add_parser("show", help="show one past response")
    sh.add_argument("id")
    sh.add_argument("--json", action="store_true")
    ns = kbs.add_parser("ncnd-stats", help="how often past answers on each NCND topic used NCND, counted from the pack")
    ns.add_argument("--write", action="store_true", help="write the counts into knowledge/ncnd_topics.yaml")
    ns.add_argument("--json", action="store_true")

    # --- reading a reply --------------------------------------------------------
    ex = sub.add_parser("explain", help="read an authority's reply and say what it decided")
    ex.add_argument("file", metavar="FILE|-")
    ex.add_argument("--json", action="store_true")
    ex.add_argument("--received", metavar="DATE", help="the day the reply came (default today)")
    ex.add_argument("--sent", metavar="DATE", help="the day the request was sent (for a late reply)")
    ex.add_argument("--request", metavar="FILE", help="the original request, to find similar past requests")
    ex.add_argument("--authority", metavar="NAME", help="the authority that replied")

    # --- after the reply: review, chaser, complaint (askfoi/commands/followup_letters.py) ---------
    from askfoi.commands.followup_letters import add_parsers as add_followup_parsers

    add_followup_parsers(sub)
    from askfoi.commands.track import add_parser as add_track_parser

    add_track_parser(sub)
    from askfoi.commands.saving import add_parser as add_saving_parser

    add_saving_parser(sub)

    # --- checking and drafting ----------------------------------------------------
    ck = sub.add_parser("check", help="check a draft request the way an FOI officer would")
    ck.add_argument("text", nargs="?", metavar="TEXT")
    ck.add_argument("-f", "--file", metavar="FILE")
    ck.add_argument("--authority", metavar="NAME")
    ck.add_argument("--json", action="store_true")

    fr = sub.add_parser("frame", help="how askfoi reads a first message: organisation, period and parts")
    fr.add_argument("text", metavar="TEXT|-")
    fr.add_argument("--authority", metavar="NAME")
    fr.add_argument("--json", action="store_true")

    dr = sub.add_parser("draft", help="write the request letter from an answers file")
    dr.add_argument("--answers", required=True, metavar="FILE")
    dr.add_argument("--format", default="text", choices=["text", "markdown", "eml"])
    dr.add_argument("--json", action="store_true")

    dl = sub.add_parser("deadline", help="the date a reply is due")
    dl.add_argument("date", metavar="DATE", help="the date the request was received (YYYY-MM-DD, 31/03/2024 or 31 March 2024)")
    dl.add_argument("--authority", metavar="NAME",
                    help="the body asked: a subject access request's month ends by its own part of the UK's bank holidays")
    dl.add_argument("--regime", default="FOIA", type=str.upper, choices=["FOIA", "FOISA", "EIR", "SAR"])
    dl.add_argument("--school", action="store_true",
                    help="the request went to a school or academy: 20 school days, never more than 60 working days")
    dl.add_argument("--json", action="store_true")

    # --- matching -----------------------------------------------------------------
    mt = sub.add_parser("match", help="similar past responses and the likely outcome")
    mt.add_argument("text", nargs="?", metavar="TEXT")
    mt.add_argument("--authority", metavar="NAME")
    mt.add_argument("--top", type=int, default=5, metavar="N")
    mt.add_argument("--batch", metavar="FILE|-", help="JSON lines in, one JSON line out per input")
    mt.add_argument("--exclude-url", action="append", default=[], metavar="URL",
                    help="leave out the pack's records published at this address (repeatable): scoring a "
                         "request whose own answer is in the pack")
    mt.add_argument("--json", action="store_true")
    return p


def main(argv: list[str] | None = None) -> int:
    """Run one command. Everything printed passes askfoi.safe_text (no escape sequence reaches the
    terminal, whatever a record, a reply or an argument carried); no input gives a traceback."""
    from askfoi.safe_text import SafeStream

    streams = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = SafeStream(sys.stdout), SafeStream(sys.stderr)
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
        if args.command is None:
            sys.stdout, sys.stderr = streams  # the chatbot draws the screen itself
            from askfoi.commands import app as app_command

            return app_command.run(args)
        return _run_command(args)
    finally:
        if isinstance(sys.stdout, SafeStream):
            try:
                sys.stdout.flush()
            except (BrokenPipeError, ValueError):  # the reader went away (| head): nothing more to say
                pass
            sys.stdout, sys.stderr = streams


def _run_command(args) -> int:
    from askfoi.commands._io import UserError
    from askfoi.safe_text import clean_text

    for name in ("text", "authority"):  # text arguments are data like any other (paths are left as given)
        if isinstance(getattr(args, name, None), str):
            setattr(args, name, clean_text(getattr(args, name)))

    try:
        module = importlib.import_module(f"askfoi.commands.{args.command}")
        return int(module.run(args) or 0)
    except UserError as exc:
        from askfoi.safe_text import clean_line

        print(f"askfoi: {clean_line(str(exc))}", file=sys.stderr)  # one line, whatever it quotes
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except (RecursionError, MemoryError):
        print("askfoi: the input is too large or nested too deeply to read", file=sys.stderr)
        return 2
    except Exception as exc:  # a bug must still not print a traceback at the person
        if os.environ.get("ASKFOI_DEBUG"):
            raise
        reason = (str(exc).strip() or type(exc).__name__).splitlines()[0][:200]
        print(f"askfoi: could not finish ({reason}); set ASKFOI_DEBUG=1 to see the details", file=sys.stderr)
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
