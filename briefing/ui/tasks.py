"""Slow work off the GUI thread: a pure function on a QThreadPool, its result delivered back."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class _Delivery(QObject):
    """Lives on the GUI thread, so signals emitted by a worker reach it queued."""

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, on_done: Done, on_error: Failed, finish: Callable[["_Delivery"], None]) -> None:
        super().__init__()
        self._on_done, self._on_error, self._finish = on_done, on_error, finish
        self.succeeded.connect(self._deliver_result)
        self.failed.connect(self._deliver_error)

    @Slot(object)
    def _deliver_result(self, value: Any) -> None:
        self._deliver(self._on_done, value)

    @Slot(object)
    def _deliver_error(self, error: BaseException) -> None:
        self._deliver(self._on_error, error)

    def _deliver(self, callback: Callable[[Any], None], value: Any) -> None:
        try:
            callback(value)
        finally:
            self._finish(self)


class _Job(QRunnable):
    def __init__(self, function: Callable[[], Any], delivery: _Delivery) -> None:
        super().__init__()
        self._function, self._delivery = function, delivery

    def run(self) -> None:
        try:
            value = self._function()
        except BaseException as exc:  # delivered to the GUI thread, never lost in a worker
            self._delivery.failed.emit(exc)
        else:
            self._delivery.succeeded.emit(value)


class TaskRunner(QObject):
    """Runs functions on a thread pool; ``busyChanged`` drives the status-bar progress."""

    busyChanged = Signal(bool, str)
    """True with a description while work runs; False when all work is done."""

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._running: list[_Delivery] = []

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def run(self, description: str, function: Callable[[], Any], on_done: Done, on_error: Failed) -> None:
        """Call ``function()`` off the GUI thread; then ``on_done(result)`` or ``on_error(exc)`` on it."""
        delivery = _Delivery(on_done, on_error, self._finished)
        self._running.append(delivery)
        self.busyChanged.emit(True, description)
        self._pool.start(_Job(function, delivery))

    def _finished(self, delivery: _Delivery) -> None:
        if delivery in self._running:
            self._running.remove(delivery)
        delivery.deleteLater()
        if not self._running:
            self.busyChanged.emit(False, "")

    def wait(self, msecs: int = 30000) -> bool:
        """Wait for the pool's threads (tests and shutdown)."""
        return self._pool.waitForDone(msecs)


class SyncTaskRunner(QObject):
    """The same interface, running everything at once on the calling thread (tests)."""

    busyChanged = Signal(bool, str)

    busy = False

    def run(self, description: str, function: Callable[[], Any], on_done: Done, on_error: Failed) -> None:
        self.busyChanged.emit(True, description)
        try:
            try:
                value = function()
            except Exception as exc:
                on_error(exc)
            else:
                on_done(value)
        finally:
            self.busyChanged.emit(False, "")

    def wait(self, msecs: int = 0) -> bool:
        return True
