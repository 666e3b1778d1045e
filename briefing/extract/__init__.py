"""Source text -> suggestions for the note, each with evidence, rule and confidence."""

# The vocabularies load on the first call of ``extract``, never on import: the editor
# imports this package on its start-up path.

from briefing.extract.result import PREFILL_THRESHOLD, Extraction, Suggestion


def extract(text, *, published=None, language=None, source_id="source"):
    """Suggestions for a note from ``text`` (see ``briefing.extract.pipeline.extract``)."""
    from briefing.extract.pipeline import extract as _extract

    return _extract(text, published=published, language=language, source_id=source_id)


__all__ = ["PREFILL_THRESHOLD", "Extraction", "Suggestion", "extract"]
