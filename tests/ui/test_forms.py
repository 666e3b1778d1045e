from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence

from briefing.model import PartialDate
from briefing.model.note import Purpose
from briefing.ui.forms.meta_form import MetaForm
from briefing.ui.forms.sections_form import SectionsForm
from briefing.ui.forms.visit_form import VisitForm
from tests.ui.conftest import type_into


def make(qtbot, form_class, session):
    form = form_class(session)
    qtbot.addWidget(form)
    session.subscribe(lambda change: form.show_note(change.note, change.origin))
    form.show()
    qtbot.waitExposed(form)
    return form


def test_meta_form_follows_the_session_and_commits_one_undo_step(qtbot, session):
    form = make(qtbot, MetaForm, session)
    author = form.widget_for("meta.author")
    assert author.text() == "Dr. Katrin Vogel"
    session.set("meta.author", "Jan Berger")
    assert author.text() == "Jan Berger"
    type_into(qtbot, author, "Petra Lang")
    assert session.note.meta.author == "Petra Lang"
    assert session.undo_label == "Edit author"
    session.undo()
    assert author.text() == "Jan Berger"


def test_meta_choices_and_dates(qtbot, session):
    form = make(qtbot, MetaForm, session)
    purpose = form.widget_for("meta.purpose")
    assert purpose.currentData() == Purpose.INFORMATION
    purpose.setCurrentIndex(purpose.findData(Purpose.DECISION))
    purpose.activated.emit(purpose.currentIndex())
    assert session.note.meta.purpose == Purpose.DECISION
    deadline = form.widget_for("meta.deadline")
    assert deadline.text() == "19.11.2025"
    type_into(qtbot, deadline, "2025-11-21")
    assert str(session.note.meta.deadline) == "2025-11-21"
    assert deadline.text() == "21.11.2025"
    type_into(qtbot, deadline, "11.2025")
    assert str(session.note.meta.deadline) == "2025-11-21"  # a month is not a deadline
    assert deadline.property("invalid") and "needs a day" in deadline.toolTip()


def test_visit_form_dates_countries_and_lists(qtbot, session):
    form = make(qtbot, VisitForm, session)
    assert form.start.value() == PartialDate(2025, 11, 17) and form.end.value() == PartialDate(2025, 11, 20)
    form.end.dateEdit().setDate(QDate(2025, 12, 5))
    form.end.monthOnlyBox().setChecked(True)  # one edit: the month only
    assert session.note.visit.end == PartialDate(2025, 12)
    assert session.undo_label == "Edit end"
    session.undo()
    assert form.end.value() == PartialDate(2025, 11, 20) and not form.end.monthOnlyBox().isChecked()
    form.host_country.lineEdit().setText("kazakh" if form.host_country.resolve("kazakh") else "kasach")
    form.host_country.lineEdit().editingFinished.emit()
    assert session.note.visit.host_country == "KZ" and form.host_country.code() == "KZ"
    assert form.host_country.currentText() in ("Kazakhstan", "Kasachstan")
    session.set("visit.guest_country", "DE")
    assert form.guest_country.code() == "DE"
    type_into(qtbot, form.sectors, "Maschinenbau; Landwirtschaft")
    assert session.note.visit.sectors == ("Maschinenbau", "Landwirtschaft")
    type_into(qtbot, form.purpose, "Handel stärken\n\nInvestitionen")
    assert session.note.visit.purpose == ("Handel stärken", "Investitionen")
    assert session.undo_label == "Edit purpose"


def test_unchanged_widgets_keep_their_cursor(qtbot, session):
    form = make(qtbot, VisitForm, session)
    form.places.setFocus()
    form.places.setCursorPosition(3)
    session.set("visit.occasion", "Arbeitsbesuch")
    assert form.occasion.toPlainText() == "Arbeitsbesuch"
    assert form.places.cursorPosition() == 3


def test_the_form_that_made_a_change_is_not_redrawn(qtbot, session):
    form = make(qtbot, VisitForm, session)
    form.places.setText("Peking, Shanghai")
    session.set("visit.places", ("Xi'an",), origin=form)
    assert form.places.text() == "Peking, Shanghai"
    session.set("visit.places", ("Xi'an", "Wuhan"))
    assert form.places.text() == "Xi'an, Wuhan"


def test_sections_form_text_and_bullets(qtbot, session):
    form = make(qtbot, SectionsForm, session)
    paths = list(form.bindings)
    assert "sections.summary.text" in paths and "sections.talking_points.text" in paths
    assert "sections.participants.text" not in paths  # structured blocks have their own tabs
    points = form.widget_for("sections.talking_points.text")
    type_into(qtbot, points, "Erstens\nZweitens")
    assert session.note.section("talking_points").bullet_points() == ["Erstens", "Zweitens"]
    assert session.undo_label.startswith("Edit text of")
    session.undo()
    assert points.toPlainText() == session.note.section("talking_points").text
    session.set("sections.summary.heading", "Kurzfassung")
    assert form.field_label("sections.summary.text") == "Kurzfassung"


def test_ctrl_z_in_a_field_without_own_history_undoes_the_last_note_step(qtbot, window):
    form = window.visit_form
    type_into(qtbot, form.places, "Shanghai")
    assert window.session.note.visit.places == ("Shanghai",)
    form.occasion.setFocus()
    qtbot.keySequence(form.occasion, QKeySequence.StandardKey.Undo)  # the box has nothing to undo
    assert window.session.note.visit.places == ("Peking",)
    assert form.places.text() == "Peking"
    qtbot.keyClicks(form.occasion, "x")
    qtbot.keyClick(form.occasion, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.session.note.visit.places == ("Peking",)  # the box's own typing was undone


def test_classification_is_picked_or_typed(qtbot, session):
    form = make(qtbot, MetaForm, session)
    box = form.classification
    assert box.currentText() == "VS – NUR FÜR DEN DIENSTGEBRAUCH"
    box.setCurrentIndex(box.findText("OFFICIAL-SENSITIVE"))
    box.activated.emit(box.currentIndex())
    assert session.note.meta.classification == "OFFICIAL-SENSITIVE"
    box.lineEdit().setText("GEHEIM")
    box.lineEdit().editingFinished.emit()
    assert session.note.meta.classification == "GEHEIM"
    session.undo()
    assert box.currentText() == "OFFICIAL-SENSITIVE"
    session.undo()
    assert box.currentText() == "VS – NUR FÜR DEN DIENSTGEBRAUCH"
