"""The forms on the right: note, visit, free-text sections."""
