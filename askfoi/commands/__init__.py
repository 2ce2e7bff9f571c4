"""CLI subcommand handlers: each module has `run(args) -> int` and stays a thin layer over the core."""
