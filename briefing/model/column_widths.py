"""Table column widths by content: no column narrower than its longest word, the rest to long texts."""

from __future__ import annotations

from collections.abc import Sequence

# The export's table text: 9.5 pt Arial on an A4 line of 16.5 cm, cells padded by 0.15 cm a side.
LINE_EM = 49.0
PADDING_EM = 1.2
_BOLD = 1.08
# Advance widths of Arial in em, by character class; enough to tell "Memorandum" from "Protokoll".
_NARROW = set("fijlrtI.,;:'!|()[]- ")
_WIDE = set("mwMW@%")


def text_em(text: str) -> float:
    """The approximate width of ``text`` in Arial, in em."""
    width = 0.0
    for char in text:
        if char in _NARROW:
            width += 0.3
        elif char in _WIDE:
            width += 0.85
        elif char.isupper():
            width += 0.68
        elif char.isdigit() or not char.isalpha():
            width += 0.56
        else:
            width += 0.53
    return width


def _longest_word(text: str) -> float:
    """The widest piece that must not break: a word, or a whole short date or time ("18 Nov 2025")."""
    pieces = [line for line in text.split("\n") if len(line.split()) <= 3 and any(c.isdigit() for c in line)]
    return max([text_em(word) for word in text.split()] + [text_em(piece) for piece in pieces], default=0.0)


def _longest_line(text: str) -> float:
    return max((text_em(line) for line in text.split("\n")), default=0.0)


def column_widths(head: Sequence[str], rows: Sequence[Sequence[str]], line: float = LINE_EM,
                  padding: float = PADDING_EM, grow: Sequence[int] = (0,)) -> list[float]:
    """Widths in em that add up to ``line``, found as a browser's automatic table layout does.

    Each column gets at least its longest word (a head word in bold); the room left goes to the
    columns in proportion to what their longest lines still lack; room to spare goes to ``grow``.
    """
    columns = len(head)
    least = [padding + max([_BOLD * _longest_word(head[i])] + [_longest_word(r[i]) for r in rows if i < len(r)])
             for i in range(columns)]
    most = [max(least[i], padding + max([_BOLD * text_em(head[i])] + [_longest_line(r[i]) for r in rows if i < len(r)]))
            for i in range(columns)]
    if sum(least) >= line:
        return [line * w / sum(least) for w in least]  # even the words do not fit: shrink them all alike
    if sum(most) <= line:
        spare = line - sum(most)
        growing = [i for i in grow if i < columns] or list(range(columns))
        return [most[i] + (spare / len(growing) if i in growing else 0.0) for i in range(columns)]
    room = (line - sum(least)) / (sum(most) - sum(least))
    return [least[i] + (most[i] - least[i]) * room for i in range(columns)]


def column_percentages(head: Sequence[str], rows: Sequence[Sequence[str]], grow: Sequence[int] = (0,)) -> tuple[int, ...]:
    """The same widths as whole percentages of the line (for the preview), adding up to 100."""
    widths = column_widths(head, rows, grow=grow)
    shares = [round(100 * w / sum(widths)) for w in widths]
    shares[shares.index(max(shares))] += 100 - sum(shares)
    return tuple(shares)
