"""Source text -> suggestions for the note, each with evidence, rule and confidence."""
