"""Coverage: sentences no field uses, clutter left out, code points around astral characters."""

from briefing.editing.coverage import sentence_spans, uncovered
from briefing.model import IgnoredRange, Note, Participant, Provenance, Source, Span

TEXT = ("Foto: Xinhua 😀\nMINSK, 18. November (BelTA) – Minister Andrej Kusnezow reist am 17. November "
        "nach China. Dr. Wang empfängt ihn. Die Kommission tagt 𝄞 zum ersten Mal!")


def sentences(text):
    return [text[a:b] for a, b in sentence_spans(text)]


def test_sentences_split_at_ends_not_at_dates_or_abbreviations():
    assert sentences(TEXT) == [
        "Foto: Xinhua 😀",
        "MINSK, 18. November (BelTA) – Minister Andrej Kusnezow reist am 17. November nach China.",
        "Dr. Wang empfängt ihn.",
        "Die Kommission tagt 𝄞 zum ersten Mal!",
    ]
    assert sentences("Он прибыл в Пекин. Визит продлится до 20 ноября.\n\nIt ends.") == [
        "Он прибыл в Пекин.", "Визит продлится до 20 ноября.", "It ends."]


def test_uncovered_sentences_in_code_points_with_clutter_left_out():
    name = TEXT.index("Andrej")
    person = Participant(name="Andrej Kusnezow",
                         evidence={"name": Provenance(spans=(Span(source_id="s", start=name, end=name + 6),))})
    clutter = IgnoredRange(start=0, end=len("Foto: Xinhua"), reason="photo credit")
    note = Note(sources=(Source(id="s", text=TEXT, ignored=(clutter,)),), participants=(person,))
    shaded = [TEXT[a:b] for a, b in uncovered(note, "s")]
    assert shaded == ["😀", "Dr. Wang empfängt ihn.", "Die Kommission tagt 𝄞 zum ersten Mal!"]
    last = uncovered(note, "s")[-1]
    assert last == (TEXT.index("Die Kommission"), len(TEXT))  # offsets count the emoji once
    assert uncovered(note, "missing") == []


def test_overlap_is_found_for_every_kind_of_span():
    text = "One is here. Two is there. Three is far. Four."
    starts = [text.index(w) for w in ("One", "Two", "Three", "Four")]

    def shaded(*spans):
        evidence = {f"f{i}": Provenance(spans=(Span(source_id="s", start=a, end=b),)) for i, (a, b) in enumerate(spans)}
        note = Note(sources=(Source(id="s", text=text),), participants=(Participant(evidence=evidence),))
        return [text[a:a + 3] for a, _ in uncovered(note, "s")]

    assert shaded() == ["One", "Two", "Thr", "Fou"]
    assert shaded((starts[1] - 2, starts[1] + 1)) == ["Thr", "Fou"]  # straddles two sentences
    assert shaded((starts[2] + 3, starts[2] + 3)) == ["One", "Two", "Fou"]  # an empty span marks its sentence
    assert shaded((0, len(text))) == []
    assert shaded((starts[3], starts[3] + 2), (1, 2)) == ["Two", "Thr"]
