from PySide6.QtCore import QModelIndex, Qt

from briefing.model.note import DocumentKind, Role, Side
from briefing.ui.tables.chronology_model import ChronologyTableModel
from briefing.ui.tables.documents_model import DocumentsTableModel
from briefing.ui.tables.participants_model import ParticipantsTableModel
from briefing.ui.tables.programme_model import ProgrammeTableModel
from briefing.ui.tables.table_editor import TableEditor

EDIT = Qt.ItemDataRole.EditRole


def followed(session, model):
    session.subscribe(lambda change: model.show_note(change.note, change.origin))
    return model


def column(model, field):
    return [c.field for c in model.columns()].index(field)


def test_models_pass_qt_model_tester(qtmodeltester, session):
    for model_class in (ParticipantsTableModel, DocumentsTableModel, ChronologyTableModel, ProgrammeTableModel):
        qtmodeltester.check(model_class(session), force_py=True)


def test_a_cell_edit_is_one_named_step_and_undo_restores_it(qtbot, session):
    model = followed(session, ParticipantsTableModel(session))
    index = model.index(0, column(model, "function"))
    assert model.data(index) == "Minister für Industrie"
    assert model.path_for(index) == "participants[0].function"
    with qtbot.waitSignal(model.dataChanged):
        assert model.setData(index, "Industrieminister", EDIT)
    assert session.note.participants[0].function == "Industrieminister"
    assert session.undo_label == "Edit function of Andrej Kusnezow"
    with qtbot.waitSignal(model.dataChanged):
        session.undo()
    assert model.data(index) == "Minister für Industrie"


def test_side_and_role_are_choices(qtbot, session):
    model = followed(session, ParticipantsTableModel(session))
    role = model.index(1, column(model, "role"))
    assert model.data(role) == "Co-chair" and model.data(role, EDIT) == Role.CO_CHAIR
    editor = TableEditor(model, "Participants")
    qtbot.addWidget(editor)
    box = editor.view.itemDelegate().createEditor(editor.view.viewport(), None, role)
    labels = [box.itemText(i) for i in range(box.count())]
    assert "Head of delegation" in labels and "Interpreter" in labels
    box.setCurrentIndex(box.findData(Role.INTERPRETER))
    editor.view.itemDelegate().setModelData(box, model, role)
    assert session.note.participants[1].role == Role.INTERPRETER
    assert model.setData(model.index(1, column(model, "side")), Side.OTHER, EDIT)
    assert session.note.participants[1].side == Side.OTHER


def test_add_remove_and_move_rows_through_the_editor(qtbot, session):
    model = followed(session, ParticipantsTableModel(session))
    editor = TableEditor(model, "Participants")
    qtbot.addWidget(editor)
    editor.view.setCurrentIndex(model.index(0, 0))
    editor.add_row()
    assert model.rowCount() == 3 and session.note.participants[1].name == ""
    assert session.undo_label == "Add participant"
    assert session.note.participants[1].country == "BY"  # the guest country, as a start
    model.setData(model.index(1, 0), "Olga Petrowa", EDIT)
    editor.view.setCurrentIndex(model.index(1, 0))
    editor.move(1)
    assert [p.name for p in session.note.participants] == ["Andrej Kusnezow", "N. N.", "Olga Petrowa"]
    assert session.undo_label == "Move participant Olga Petrowa"
    assert editor.current_row() == 2 and not editor.down_button.isEnabled()
    editor.move(-1)
    editor.move(-1)
    assert session.note.participants[0].name == "Olga Petrowa"
    editor.view.setCurrentIndex(model.index(0, 0))
    editor.remove_row()
    assert [p.name for p in session.note.participants] == ["Andrej Kusnezow", "N. N."]
    assert session.undo_label == "Remove participant Olga Petrowa"
    session.undo()
    assert model.rowCount() == 3 and model.data(model.index(0, 0)) == "Olga Petrowa"


def test_a_row_count_change_from_elsewhere_resets_the_model(qtbot, session):
    model = followed(session, DocumentsTableModel(session))
    with qtbot.waitSignal(model.modelReset):
        session.set("documents", ())
    assert model.rowCount() == 0
    assert not model.index(0, 0).isValid()
    session.undo()
    assert model.rowCount() == 1


def test_invalid_input_is_reported_and_changes_nothing(qtbot, session):
    model = followed(session, ChronologyTableModel(session))
    before = session.note
    with qtbot.waitSignal(model.messageRaised) as blocker:
        assert not model.setData(model.index(0, 0), "im Mai", EDIT)
    assert "not a date" in blocker.args[0]
    assert session.note == before
    assert model.setData(model.index(0, 0), "05.2025", EDIT)
    assert str(session.note.chronology[0].date) == "2025-05"
    kinds = DocumentsTableModel(session)
    assert kinds.setData(kinds.index(0, column(kinds, "kind")), DocumentKind.PROTOCOL, EDIT)
    assert session.note.documents[0].kind == DocumentKind.PROTOCOL


def test_index_for_and_evidence_tooltips(session):
    model = ParticipantsTableModel(session)
    index = model.index_for("participants[0].name")
    assert (index.row(), index.column()) == (0, 0)
    assert not model.index_for("participants[0].colour").isValid()
    assert not model.index_for("documents[0].title").isValid()
    assert "Andrej Kusnezow" in model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(1, 0), Qt.ItemDataRole.ToolTipRole) is None
    assert not model.insertRows(0, 1, model.index(0, 0))
    assert not model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 1)
