"""E-mail sources: the text body, attachments named in the title but never read."""

import time
from email.message import EmailMessage

import pytest

from briefing.errors import BriefingError
from briefing.sources.eml_file import MAX_PARTS
from briefing.sources.loader import load_source
from tests.sourcefiles import GERMAN, RUSSIAN, email_bytes


def test_the_plain_body_is_read_and_attachments_are_named(tmp_path):
    path = tmp_path / "meldung.eml"
    secret = b"ATTACHMENT-CONTENT-NEVER-READ"
    path.write_bytes(email_bytes(
        "WG: Kusnezow besucht China", GERMAN,
        attachments=[("programm.pdf", secret), ("foto.jpg", secret)],
    ))
    source = load_source(path)
    assert source.text == GERMAN.rstrip("\n") + "\n" or source.text == GERMAN
    assert source.title == "WG: Kusnezow besucht China (attachments not loaded: programm.pdf, foto.jpg)"
    assert "NEVER-READ" not in source.text


def test_plain_is_preferred_over_html_and_encodings_follow_the_charset(tmp_path):
    path = tmp_path / "ru.eml"
    path.write_bytes(email_bytes("Визит в Пекин", RUSSIAN, html="<p>HTML-Fassung</p>"))
    source = load_source(path)
    assert source.text.strip() == RUSSIAN.strip()
    assert source.title == "Визит в Пекин"


def test_an_html_only_message_gives_its_visible_text(tmp_path):
    message = EmailMessage()
    message["Subject"] = "Meldung"
    message.set_content(
        "<html><head><style>p{}</style></head><body><p>Erster Absatz</p><script>x()</script>"
        "<p>Zweiter Absatz</p></body></html>",
        subtype="html",
    )
    path = tmp_path / "html.eml"
    path.write_bytes(bytes(message))
    assert load_source(path).text == "Erster Absatz\nZweiter Absatz"


def test_a_windows_1252_body_without_charset_is_detected(tmp_path):
    body = "Die Gespräche über Zölle wurden fortgesetzt; Ergebnisse erwartet man später.\n".encode("cp1252")
    path = tmp_path / "old.eml"
    path.write_bytes(
        b"From: a@example.org\r\nSubject: Alt\r\nContent-Type: text/plain\r\n"
        b"Content-Transfer-Encoding: 8bit\r\n\r\n" + body
    )
    assert load_source(path).text.startswith("Die Gespräche über Zölle")


@pytest.mark.parametrize(
    "content, message",
    [
        (b"From: a@example.org\r\nSubject: nur Anhang\r\nContent-Type: multipart/mixed; boundary=x\r\n\r\n"
         b"--x\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename=a.pdf\r\n\r\n"
         b"%PDF-1.4\r\n--x--\r\n", "no text to read"),
        (b"From: a@example.org\r\nSubject: leer\r\n\r\n   \r\n", "empty"),
        (b"From: a@example.org\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n"
         b"AAECAwQFBgcICQoLDA0ODxAREhM=\r\n", "binary"),
    ],
)
def test_bad_messages_are_refused(tmp_path, content, message):
    path = tmp_path / "bad.eml"
    path.write_bytes(content)
    with pytest.raises(BriefingError, match=message) as info:
        load_source(path)
    assert str(info.value).startswith(str(path))


def test_a_message_with_too_many_parts_is_refused(tmp_path):
    parts = b"".join(b"--x\r\nContent-Type: text/plain\r\n\r\nTeil\r\n" for _ in range(MAX_PARTS + 5))
    path = tmp_path / "many.eml"
    path.write_bytes(b"Subject: viele\r\nContent-Type: multipart/mixed; boundary=x\r\n\r\n" + parts + b"--x--\r\n")
    with pytest.raises(BriefingError, match="more than 1000 parts"):
        load_source(path)


def test_a_saved_mht_page_is_read_as_html(tmp_path):
    path = tmp_path / "seite.mht"
    path.write_bytes(
        b"From: <Saved by Blink>\r\nSubject: Kusnezow in Peking\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: multipart/related; type=\"text/html\"; boundary=\"b\"\r\n\r\n"
        b"--b\r\nContent-Type: text/html; charset=utf-8\r\nContent-Location: https://example.org/a\r\n\r\n"
        + "<html><body><p>Der Minister traf in Peking ein.</p><script>x()</script></body></html>".encode()
        + b"\r\n--b--\r\n"
    )
    source = load_source(path)
    assert (source.text, source.title) == ("Der Minister traf in Peking ein.", "Kusnezow in Peking")


def test_a_message_of_countless_tiny_parts_is_refused_before_parsing(tmp_path):
    part = b"--x\r\nContent-Type: text/plain\r\n\r\nT\r\n"
    path = tmp_path / "flood.eml"
    path.write_bytes(b"Subject: Flut\r\nContent-Type: multipart/mixed; boundary=x\r\n\r\n" + part * 400_000)
    started = time.perf_counter()
    with pytest.raises(BriefingError, match="more than 1000 parts"):
        load_source(path)
    assert time.perf_counter() - started < 1.0
