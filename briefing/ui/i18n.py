"""The interface language: Briefing's own translation and Qt's, per preference or system locale."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from briefing.resources import resource_path

TRANSLATIONS = resource_path("translations")
LANGUAGES = ("en", "de")  # English is the source language: it needs no file
_installed: list[QTranslator] = []  # kept alive here: an installed translator must outlive its use


def choose_language(preference: str = "system", system: QLocale | None = None) -> str:
    """ "en" or "de": the preference when set, else the first system UI language we have."""
    if preference in LANGUAGES:
        return preference
    for name in (system or QLocale.system()).uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def install_translators(app: QCoreApplication, preference: str = "system") -> str:
    """Load the translations for the chosen language into ``app``; returns the language."""
    language = choose_language(preference)
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if language != "en":
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in ((f"qtbase_{language}", qt_folder), (f"briefing_{language}", str(TRANSLATIONS))):
            translator = QTranslator(app)
            if translator.load(name, folder):
                app.installTranslator(translator)
                _installed.append(translator)
    QLocale.setDefault(QLocale(QLocale.Language.German if language == "de" else QLocale.Language.English,
                               QLocale.Country.Germany if language == "de" else QLocale.Country.UnitedKingdom))
    return language


def ui_locale() -> str:
    """The language the interface now speaks ("de" or "en"), for names such as countries'."""
    code = QLocale().name().split("_")[0]
    return code if code in LANGUAGES else "en"
