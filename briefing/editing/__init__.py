"""The editing session: current note, file, dirty flag, undo/redo, autosave."""
