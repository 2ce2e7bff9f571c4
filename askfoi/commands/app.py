"""`askfoi` with no command: the chatbot (or, until it is installed, the help)."""

from __future__ import annotations


def run(args) -> int:
    try:
        from askfoi.tui.app import run_app
    except ModuleNotFoundError as exc:
        if not (exc.name or "").startswith("askfoi.tui"):
            raise
        from askfoi.cli import build_parser

        build_parser().print_help()
        return 0
    return run_app(clinic=args.clinic, serve=args.serve, port=getattr(args, "port", None))
