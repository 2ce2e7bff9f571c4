"""The one rule for an email address, used by the chatbot's email step and by the letter's headers.

An address is LOCAL@DOMAIN with an ASCII local part (letters, digits and !#$%&'*+/=?^_`{|}~.-, no
leading, trailing or doubled dot: what mail headers can carry without SMTPUTF8) and a domain of at
least two dot-separated labels, which may be non-ASCII (ü.de) and are then written in headers in
their IDNA form (xn--tda.de). Anything the email step accepts can therefore be put in a header.
"""

from __future__ import annotations

import re

MAX_EMAIL_CHARS = 254
_LOCAL = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$")
_LABEL = re.compile(r"^[^\W_](?:[\w-]{0,61}[^\W_])?$")


def split_email(text: str) -> tuple[str, str] | None:
    """(local part, ASCII domain) of a valid address, else None."""
    if not isinstance(text, str) or len(text) > MAX_EMAIL_CHARS or text.count("@") != 1:
        return None
    local, domain = text.split("@")
    if len(local) > 64 or not _LOCAL.match(local):
        return None
    labels = domain.split(".")
    if len(labels) < 2 or not all(_LABEL.match(label) for label in labels) or labels[-1].isdigit():
        return None
    try:
        ascii_domain = domain.encode("idna").decode("ascii")
    except UnicodeError:
        return None
    return local, ascii_domain


def is_email(text: str) -> bool:
    """True when TEXT is an address askfoi can write to and put in a letter's headers."""
    return split_email(text) is not None


def header_address(addr: str, name: str | None = None):
    """An email.headerregistry.Address for a valid ADDR (ValueError otherwise). A NAME holding an
    RFC 2047 encoded word ('=?') is left out of the header: a mail program would decode it into
    header syntax (e.g. a group named 'Bcc')."""
    from email.headerregistry import Address

    parts = split_email(addr)
    if parts is None:
        raise ValueError(f"{addr[:60]!r} is not an email address")
    display = " ".join((name or "").split())
    if "=?" in display:
        display = ""
    return Address(display_name=display, username=parts[0], domain=parts[1])
