"""The country picker: shows codes as names in the UI language, commits codes once per edit."""

from PySide6.QtCore import Qt

from briefing.ui.widgets.country_picker import CountryPicker


def make(qtbot, locale="de"):
    picker = CountryPicker(locale=locale)
    qtbot.addWidget(picker)
    picker.show()
    return picker


def test_code_is_shown_as_name_in_the_ui_language(qtbot):
    picker = make(qtbot, "de")
    with qtbot.assertNotEmitted(picker.committed):
        picker.setCode("by")
    assert picker.code() == "BY" and picker.currentText() == "Belarus"
    picker.setCode("DE")
    assert picker.currentText() == "Deutschland"
    picker.setLocale("en")
    assert picker.currentText() == "Germany" and picker.code() == "DE"


def test_typing_a_name_commits_its_code_once(qtbot):
    picker = make(qtbot, "de")
    picker.setCode("BY")
    picker.lineEdit().selectAll()
    qtbot.keyClicks(picker.lineEdit(), "Volksrepublik China".replace("Volksrepublik ", ""))
    with qtbot.waitSignal(picker.committed) as blocker:
        qtbot.keyClick(picker.lineEdit(), Qt.Key.Key_Return)
    assert blocker.args == ["CN"]
    with qtbot.assertNotEmitted(picker.committed):
        picker.lineEdit().editingFinished.emit()  # the same value again is no new edit


def test_substring_completion_and_codes_resolve(qtbot):
    picker = make(qtbot, "de")
    assert picker.resolve("russ") == "RU"  # the only name starting so ("Brunei Darussalam" holds it too)
    assert picker.resolve("ELARU") == "BY"  # a unique part of "Belarus"
    assert picker.resolve("cn") == "CN"
    assert picker.resolve("land") is None  # many names contain it: not a choice
    completer = picker.completer()
    completer.setCompletionPrefix("schwei")
    names = [completer.completionModel().index(i, 0).data() for i in range(completer.completionCount())]
    assert "Schweiz" in names and "Schweden" not in names


def test_choosing_from_the_list_and_emptying(qtbot):
    picker = make(qtbot, "en")
    index = picker.findData("CN")
    with qtbot.waitSignal(picker.committed) as blocker:
        picker.activated.emit(index)
    assert blocker.args == ["CN"] and picker.code() == "CN"
    picker.lineEdit().clear()
    with qtbot.waitSignal(picker.committed) as blocker:
        picker.lineEdit().editingFinished.emit()
    assert blocker.args == [""] and picker.code() == ""


def test_unknown_text_goes_back_to_the_chosen_country(qtbot):
    picker = make(qtbot, "en")
    picker.setCode("BY")
    picker.lineEdit().setText("Atlantis")
    with qtbot.assertNotEmitted(picker.committed):
        picker.lineEdit().editingFinished.emit()
    assert picker.currentText() == "Belarus" and picker.code() == "BY"
