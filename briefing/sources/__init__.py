"""Reading source texts (wire reports, press releases) into the note, never edited."""
