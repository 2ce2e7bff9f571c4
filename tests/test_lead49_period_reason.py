"""lead49 (nc61 #10): at the period step, a period followed by why it was chosen ("from 2020 to now so i can compare
before and after") is the period; the reason is not part of it."""

from datetime import date

import pytest

from askfoi.conversation import Conversation


@pytest.mark.parametrize("answer, label", [
    ("from 2020 to now so i can compare before and after", "1 January 2020 to 5 December 2026"),
    ("2019 to 2024 please, so i can see the trend", "1 January 2019 to 31 December 2024"),
    ("from 2020 to date as thats when the scheme started", "1 January 2020 to 5 December 2026"),
])
def test_a_period_with_its_reason(answer, label, tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("ASKFOI_DATA_DIR", str(tmp_path / "d"))
    conv = Conversation(today=lambda: date(2026, 12, 5))
    conv.reply("how many penalty notices has leeds city council issued for fly tipping")
    conv.reply("ok")
    conv.reply(answer)
    assert conv.session.period == label
