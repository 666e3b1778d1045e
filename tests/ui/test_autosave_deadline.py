"""Autosave during nonstop typing: written at the latest two delays after the first change."""

import time

from briefing.editing.autosave import find_recoveries
from briefing.ui.autosave_controller import MAX_WAIT_DELAYS, AutosaveController


def test_nonstop_typing_is_autosaved_before_the_pause(qtbot, window):
    controller = AutosaveController(window.session, window.bridge, window.autosave.folder.with_name("r2"),
                                    delay_ms=200)
    written = []
    controller.written.connect(lambda file: written.append(time.monotonic()))
    started = time.monotonic()
    count = 0
    while time.monotonic() - started < 1.2:  # a change every 50 ms: the debounce never runs out
        count += 1
        window.session.set("meta.title", f"Tippen {count}")
        qtbot.wait(50)
    assert written, "nothing was autosaved during nonstop typing"
    assert written[0] - started < 200 * MAX_WAIT_DELAYS / 1000 + 0.3
    assert find_recoveries(controller.folder)[0].note.meta.title.startswith("Tippen ")
    controller.discard()
