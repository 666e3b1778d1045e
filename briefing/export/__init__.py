"""Note -> Word document (python-docx over a base document), and reading the note back."""
