"""Random and mutated inputs as catalogue cases, reproducible from a seed (for the benchmark's counts)."""

from __future__ import annotations

import functools
import io
import random
from collections.abc import Callable
from pathlib import Path

from briefing.model.notefile import load_note
from briefing.sources.loader import load_source
from tests.conftest import SAMPLE_NOTE
from tests.reliability.cases import Case, Expect
from tests.sourcefiles import GERMAN, RUSSIAN, document_xml, email_bytes, html_page, write_docx

SUFFIXES = (".txt", ".html", ".eml", ".docx", "")


@functools.cache
def _seed_files() -> dict[str, bytes]:
    buffer = io.BytesIO()
    write_docx(buffer, document_xml(GERMAN.split("\n")))
    return {
        "wire.txt": RUSSIAN.encode("cp1251"),
        "wire.html": html_page("Titel", RUSSIAN.split("\n")).encode("utf-8"),
        "wire.eml": email_bytes("Besuch", GERMAN, attachments=[("a.pdf", b"%PDF-1.4")]),
        "wire.docx": buffer.getvalue(),
    }


def mutate(data: bytes, rng: random.Random) -> bytes:
    """``data`` with a few bytes flipped, inserted, deleted or cut off."""
    data = bytearray(data)
    for _ in range(rng.randint(1, 6)):
        at = rng.randrange(max(1, len(data)))
        kind = rng.choice(("flip", "insert", "delete", "truncate"))
        if kind == "flip" and data:
            data[at] = rng.randrange(256)
        elif kind == "insert":
            data[at:at] = rng.randbytes(rng.randint(1, 8))
        elif kind == "delete":
            del data[at:at + rng.randint(1, 16)]
        else:
            del data[at:]
    return bytes(data)


def _source(name: str, make: Callable[[Path], bytes]) -> Callable[[Path], object]:
    def run(folder: Path) -> object:
        path = folder / name
        path.write_bytes(make(folder))
        return load_source(path)

    return run


def _note(make: Callable[[], bytes]) -> Callable[[Path], object]:
    def run(folder: Path) -> object:
        path = folder / "note.briefing.json"
        path.write_bytes(make())
        return load_note(path)

    return run


def fuzz_cases(count: int, seed: int = 7) -> list[Case]:
    """``count`` cases in each of: random bytes, mutated sources, mutated notes."""
    rng = random.Random(seed)
    note_text = SAMPLE_NOTE.read_bytes()
    cases = []
    for index in range(count):
        suffix = rng.choice(SUFFIXES)
        blob = rng.randbytes(rng.randint(0, 4096))
        cases.append(Case("random bytes", f"{index}{suffix}", _source(f"random{suffix}", lambda _f, b=blob: b),
                          Expect.EITHER))
    for index in range(count):
        name = rng.choice(("wire.txt", "wire.html", "wire.eml", "wire.docx"))
        state = rng.getrandbits(64)
        make = lambda folder, name=name, state=state: mutate(_seed_files()[name], random.Random(state))  # noqa: E731
        cases.append(Case("mutated sources", f"{index} {name}", _source(name, make), Expect.EITHER))
    for index in range(count):
        state = rng.getrandbits(64)
        cases.append(Case("mutated notes", str(index),
                          _note(lambda state=state: mutate(note_text, random.Random(state))), Expect.EITHER))
    return cases
