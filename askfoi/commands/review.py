"""`askfoi review`: see askfoi/commands/followup_letters.py."""

from askfoi.commands.followup_letters import run  # noqa: F401
