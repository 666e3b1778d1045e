"""Table models over the note's lists (participants, documents, chronology, programme)."""
