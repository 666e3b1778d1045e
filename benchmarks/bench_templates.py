"""Template library: scan, poll, new note, switch and earlier-note times, against reading plain JSON."""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing.model.notefile import load_note  # noqa: E402
from briefing.templates import (  # noqa: E402
    TemplateLibrary,
    new_note,
    note_from_earlier,
    save_note_as_template,
    switch_template,
)
from tests.templates.word_letterhead import write_word_letterhead  # noqa: E402

USER_TEMPLATES = 40
WITH_LETTERHEAD = 10


def median_ms(action, repeat: int = 30) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    sample = load_note(ROOT / "seeds" / "belta-2025-11-18-kusnezow-china.briefing.json")
    with tempfile.TemporaryDirectory() as folder:
        user = Path(folder) / "user"
        letterhead = write_word_letterhead(Path(folder) / "kopf.dotx")
        for number in range(USER_TEMPLATES):
            save_note_as_template(sample, name=f"Vorlage {number}", folder=user,
                                  letterhead=letterhead if number < WITH_LETTERHEAD else None)
        library = TemplateLibrary(user_folder=user)
        files = sorted(user.glob("*.json")) + sorted(library.builtin_folder.glob("*.json"))

        def scan():
            library.refresh()
            library.entries()

        def plain_json():
            for path in files:
                json.loads(path.read_text("utf-8"))

        scan_ms = median_ms(scan)
        json_ms = median_ms(plain_json)
        library.entries()
        poll_ms = median_ms(library.refresh_if_changed)
        german = library.resolve("incoming-visit-de").template
        english = library.resolve("incoming-visit-en").template
        note = new_note(german)
        new_ms = median_ms(lambda: new_note(german), repeat=200)
        switch_ms = median_ms(lambda: switch_template(switch_template(note, english, current=german), german,
                                                      current=english), repeat=200)
        earlier_ms = median_ms(lambda: note_from_earlier(sample), repeat=100)

    print(f"templates scanned: {len(files)} ({WITH_LETTERHEAD} with a Word letterhead)")
    print(f"scan of the library            {scan_ms:8.2f} ms   ({scan_ms / json_ms:5.1f}x reading the same files as plain JSON: {json_ms:.2f} ms)")
    print(f"poll for changes               {poll_ms:8.2f} ms   ({poll_ms / scan_ms:5.3f}x a scan)")
    print(f"new note from a template       {new_ms:8.3f} ms")
    print(f"switch de -> en -> de          {switch_ms:8.3f} ms")
    print(f"new note from an earlier note  {earlier_ms:8.3f} ms")


if __name__ == "__main__":
    main()
