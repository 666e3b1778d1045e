"""E-mail sources (.eml, and .mht pages saved by a browser): the message's text body."""

from __future__ import annotations

import email
import re
import email.errors
from email import policy
from email.message import EmailMessage
from pathlib import Path

from briefing.errors import BriefingError
from briefing.sources.html_file import declared_charset, html_source_text
from briefing.sources.source_text import SourceText, finish_text, read_limited
from briefing.sources.text_file import decode_text

MAX_PARTS = 1000
_NAMED_ATTACHMENTS = 3
# A line that may delimit a MIME part: "--" and a boundary of 1 to 70 characters.
_DELIMITER = re.compile(rb"^--[^\r\n]{1,72}\r?$", re.MULTILINE)


def read_eml_file(path: Path) -> SourceText:
    """The text/plain body of a message (else its text/html body); attachments are not read."""
    raw = read_limited(path)
    _check_part_count(raw, path)
    try:
        message = email.message_from_bytes(raw, policy=policy.default)
        parts = list(_walk(message, path))
        body = message.get_body(preferencelist=("plain", "html"))
        subject = str(message.get("subject", "") or "")
        attachments = [part for part in parts if part is not body and _is_attachment(part)]
        names = [str(part.get_filename() or "") for part in attachments]
        if body is None:
            raise BriefingError("the e-mail has no text to read (no text/plain or text/html part)", path)
        content_type = body.get_content_type()
        payload = body.get_payload(decode=True) or b""
        charset = body.get_content_charset()
    except (email.errors.MessageError, ValueError, LookupError, IndexError, AttributeError,
            TypeError) as exc:
        # The stdlib parser is lenient but a few malformed headers still raise on access.
        raise BriefingError(f"the e-mail could not be read ({exc.__class__.__name__})", path) from None
    except RecursionError:
        raise BriefingError("the e-mail is nested too deeply to read", path) from None
    if content_type == "text/html":
        markup = decode_text(payload, path, declared=charset or declared_charset(payload))
        text, html_title = html_source_text(markup, path)
    else:
        text = finish_text(decode_text(payload, path, declared=charset), path, empty="the e-mail is empty")
        html_title = ""
    title = " ".join(subject.split()) or html_title
    return SourceText(text, title + _attachment_note(names))


def _check_part_count(raw: bytes, path: Path) -> None:
    """Refuse a message of countless tiny parts before parsing it (the parser would take minutes)."""
    for count, _ in enumerate(_DELIMITER.finditer(raw), start=1):
        if count > 2 * MAX_PARTS:
            raise BriefingError(f"the e-mail has more than {MAX_PARTS} parts", path)


def _walk(message: EmailMessage, path: Path):
    for count, part in enumerate(message.walk(), start=1):
        if count > MAX_PARTS:
            raise BriefingError(f"the e-mail has more than {MAX_PARTS} parts", path)
        yield part


def _is_attachment(part: EmailMessage) -> bool:
    return not part.is_multipart() and (part.is_attachment() or bool(part.get_filename()))


def _attachment_note(names: list[str]) -> str:
    """A short mention of the attachments that were not loaded, for the title."""
    if not names:
        return ""
    shown = [name or "unnamed" for name in names[:_NAMED_ATTACHMENTS]]
    more = len(names) - len(shown)
    listed = ", ".join(shown) + (f" and {more} more" if more else "")
    word = "attachment" if len(names) == 1 else "attachments"
    return f" ({word} not loaded: {listed})"
