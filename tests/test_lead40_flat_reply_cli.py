"""lead40: `askfoi explain` reads a reply saved as one line (pasted from a web page) with its lines, as the chat reads a
paste, so the CLI and the chat give the same decisions part by part."""

import json

from askfoi.cli import main
from tests.test_lead40_in_response_heading import REPLY


def test_a_one_line_reply_is_read_as_the_chat_reads_it(tmp_path, capsys):
    flat = tmp_path / "flat.txt"
    flat.write_text("  ".join(line.strip() for line in REPLY.splitlines() if line.strip()), encoding="utf-8")
    assert main(["explain", str(flat), "--json"]) == 0
    parts = {p["number"]: p for p in json.loads(capsys.readouterr().out)["parts"]}
    assert parts["1"]["ncnd"] and parts["2"]["ncnd"] and not parts["3"]["ncnd"]
