"""Note templates and letterhead bases: the library, applying and saving templates."""
