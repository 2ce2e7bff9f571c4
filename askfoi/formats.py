"""The letter in the forms it leaves askfoi: plain text, Markdown that shows exactly the text, and an email file."""

from __future__ import annotations

import re
from email.message import EmailMessage
from email.utils import localtime, make_msgid
from typing import Literal

from askfoi.email_address import header_address
from askfoi.letter import Letter

_MD_INLINE = re.compile(r"([\\`*_\[\]<>|~])")
_MD_LINE_START = re.compile(r"^(\s*)(#|>|[-+*](?=\s|$)|\d+(?=[.)](?:\s|$))|=+\s*$|-+\s*$)")


def escape_markdown(line: str) -> str:
    """LINE as Markdown that shows exactly LINE: characters that would format or link are escaped."""
    escaped = _MD_INLINE.sub(r"\\\1", line)
    escaped = re.sub(r"&(?=#?\w+;)", r"\\&", escaped)
    m = _MD_LINE_START.match(escaped)
    if m:
        lead, marker = m.group(1), m.group(2)
        if marker[0].isdigit():
            pos = len(lead) + len(marker)
            escaped = escaped[:pos] + "\\" + escaped[pos:]
        else:
            escaped = f"{lead}\\{escaped[len(lead):]}"
    return escaped


def _markdown(letter: Letter) -> str:
    items = {f"{i}. {part}": i for i, part in enumerate(letter.parts, 1)}
    out = [f"**Subject:** {escape_markdown(letter.subject)}", ""]
    for line in letter.body.splitlines():
        if line in items:  # the numbered parts stay a Markdown list; only the part's text is escaped
            n = items[line]
            out.append(f"{n}. {escape_markdown(letter.parts[n - 1])}")
        else:
            out.append(escape_markdown(line))
    return "\n".join(out) + "\n"


def _eml(letter: Letter) -> str:
    msg = EmailMessage()
    msg["Subject"] = letter.subject
    if letter.to:
        msg["To"] = header_address(letter.to)
    if letter.reply_to:
        sender = header_address(letter.reply_to, letter.requester_name)
        msg["From"] = sender
        msg["Reply-To"] = sender
    msg["Date"] = localtime()
    msg["Message-ID"] = make_msgid(domain="askfoi.invalid")
    msg["MIME-Version"] = "1.0"
    body = letter.body + "\n"
    plain = body.isascii() and all(len(line) <= 998 for line in body.splitlines())  # RFC 5322 line limit
    cte = "7bit" if plain else "quoted-printable"  # 7bit stays readable in a mail client's source view
    msg.set_content(body, subtype="plain", charset="utf-8", cte=cte)
    return msg.as_string()


def render_letter(letter: Letter, fmt: Literal["text", "markdown", "eml"] = "text") -> str:
    """The letter as plain text (subject line first), Markdown, or an RFC 5322 email message."""
    if fmt == "text":
        return f"Subject: {letter.subject}\n\n{letter.body}\n"
    if fmt == "markdown":
        return _markdown(letter)
    if fmt == "eml":
        return _eml(letter)
    raise ValueError(f"unknown letter format {fmt!r}")
