"""HTML sources: the text a reader sees, no scripts, no styles, nothing fetched."""

import socket
import time

import pytest

from briefing.errors import BriefingError
from briefing.sources.html_file import html_to_text
from briefing.sources.loader import load_source
from tests.sourcefiles import GERMAN, html_page

PARAGRAPHS = GERMAN.strip().split("\n")


def test_a_saved_news_page_gives_its_article_text_and_title(tmp_path):
    path = tmp_path / "belta.html"
    path.write_text(html_page("Kusnezow besucht China", PARAGRAPHS), "utf-8")
    source = load_source(path)
    assert source.title == "Kusnezow besucht China"
    assert source.text == "\n".join(["Kusnezow besucht China", *PARAGRAPHS])
    for hidden in ("Skriptinhalt", "eingefügt", "font-family", "NewsArticle", "Startseite", "pixel"):
        assert hidden not in source.text


def test_nothing_is_fetched_while_reading(tmp_path, monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("a source must never reach the network")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    page = html_page("Titel", ["Text"]).replace(
        "<article>", '<article><img src="http://example.org/x.png"><link rel="stylesheet" href="http://example.org/s.css">'
    )
    path = tmp_path / "page.htm"
    path.write_text(page, "utf-8")
    assert load_source(path).text == "Titel\nText"


def test_the_declared_charset_is_used(tmp_path):
    page = '<html><head><meta charset="windows-1251"><title>Визит</title></head><body><p>Министр прибыл.</p></body></html>'
    path = tmp_path / "ru.html"
    path.write_bytes(page.encode("cp1251"))
    source = load_source(path)
    assert (source.title, source.text) == ("Визит", "Министр прибыл.")


def test_entities_tables_line_breaks_and_pre_are_kept_readable():
    markup = (
        "<body><p>Gespr&auml;che&nbsp;in &bdquo;Peking&ldquo;<br>zweite Zeile</p>"
        "<table><tr><th>Datum</th><th>Termin</th></tr><tr><td>17.11.</td><td>Ankunft</td></tr></table>"
        "<pre>  eingerückt\n  bleibt</pre><p>   viele    Leerzeichen\n  hier </p></body>"
    )
    text, title = html_to_text(markup)
    assert title == ""
    assert text.split("\n") == [
        "Gespräche\u00a0in „Peking“", "zweite Zeile", "Datum\tTermin", "17.11.\tAnkunft",
        "eingerückt", "bleibt", "viele Leerzeichen hier",
    ]


def test_an_unclosed_head_does_not_hide_the_body():
    text, title = html_to_text("<html><head><title>T</title><body><p>Inhalt</p>")
    assert (text, title) == ("Inhalt", "T")


@pytest.mark.parametrize("markup", [
    "<html><head><script>alert(1)</script></head><body><script>x()</script></body></html>",
    "<style>p { color: red }</style>",
    "",
])
def test_a_page_without_visible_text_is_refused(tmp_path, markup):
    path = tmp_path / "leer.html"
    path.write_text(markup, "utf-8")
    with pytest.raises(BriefingError, match="(holds no text|empty)"):
        load_source(path)


def test_html_without_suffix_is_recognised(tmp_path):
    path = tmp_path / "download"
    path.write_text("<!DOCTYPE html>\n<html><body><p>Meldung</p><script>x()</script></body></html>", "utf-8")
    assert load_source(path).text == "Meldung"


def test_a_declared_utf7_is_ignored(tmp_path):
    path = tmp_path / "utf7.html"
    path.write_bytes(b'<meta charset="utf-7"><p>+ADw-script+AD4-alert(1)+ADw-/script+AD4-</p>')
    assert load_source(path).text == "+ADw-script+AD4-alert(1)+ADw-/script+AD4-"


def test_an_endless_unclosed_tag_is_read_in_linear_time(tmp_path):
    # Python's html.parser before 3.13.4 rescans the rest for every '<' after the last '>'.
    path = tmp_path / "endlos.html"
    path.write_bytes(b"<p>Anfang</p>" + b"<a " * 300_000)
    started = time.perf_counter()
    source = load_source(path)
    assert time.perf_counter() - started < 3.0
    assert source.text.startswith("Anfang\n<a <a ")
