"""`askfoi saving [save|clinic|ask] [--everyone]`: what the chatbot keeps on this computer (askfoi/saving.py).

With no choice: says what is chosen and by whom. "ask": forget the choice, so the chatbot asks at its next start.
--everyone: the computer's own setting, for every account (needs the rights to write the computer's settings folder):
a volunteer sets clinic mode once for a shared machine."""

from __future__ import annotations

from askfoi.commands._io import UserError


def add_parser(sub) -> None:
    sv = sub.add_parser("saving", help="save your work on this computer, or clinic mode (keep nothing); no choice: show it")
    sv.add_argument("mode", nargs="?", choices=["save", "clinic", "ask"], metavar="save|clinic|ask")
    sv.add_argument("--everyone", action="store_true", help="for every account on this computer (the computer's settings)")


def run(args) -> int:
    from askfoi import saving

    if args.mode is None:
        mode, who = saving.chosen()
        said = {"save": "save: the request being written and tracked requests are kept in your data folder",
                "clinic": "clinic: nothing is kept", None: "not chosen yet: the chatbot asks when it starts"}[mode]
        print(said + (" (set for everyone on this computer)" if who == "everyone" else ""))
        return 0
    if args.mode == "ask":
        removed = saving.forget_choice(everyone=args.everyone)
        print("The chatbot will ask at its next start." if removed else "Nothing was chosen: the chatbot asks already.")
        return 0
    try:
        path = saving.choose(args.mode, everyone=args.everyone)
    except PermissionError as exc:
        raise UserError(f"cannot write {exc.filename or 'the settings'}: for every account it needs an administrator "
                        "(or set ASKFOI_CLINIC=1 for everyone)") from exc
    except OSError as exc:
        raise UserError(f"cannot write the setting: {exc.strerror or exc}") from exc
    print(f"Saving: {args.mode} ({path})")
    if args.mode == "save" and not args.everyone and saving.chosen() != ("save", "you"):
        print("Clinic mode is still set for everyone on this computer: it decides.")
    return 0
