"""Briefing's shipped files: base.docx, the built-in templates and the translations (package briefing_resources)."""
