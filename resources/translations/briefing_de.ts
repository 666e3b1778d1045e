<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AutosaveController</name>
    <message>
        <location filename="../../briefing/ui/autosave_controller.py" line="22"/>
        <source>Restore unsaved work</source>
        <translation>Ungespeicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/autosave_controller.py" line="116"/>
        <source>Briefing was not closed properly. Restore the unsaved changes of “%1”?</source>
        <translation>Briefing wurde nicht ordnungsgemäß beendet. Die ungespeicherten Änderungen an „%1“ wiederherstellen?</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/autosave_controller.py" line="119"/>
        <source>Autosaved at %1.</source>
        <translation>Automatisch gesichert am %1.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/autosave_controller.py" line="121"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/autosave_controller.py" line="122"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/autosave_controller.py" line="124"/>
        <source>Later</source>
        <translation>Später</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <location filename="../../briefing/ui/choices.py" line="14"/>
        <source>For information</source>
        <translation>Zur Kenntnisnahme</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/choices.py" line="15"/>
        <source>For decision</source>
        <translation>Zur Entscheidung</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/choices.py" line="16"/>
        <source>Meeting brief</source>
        <translation>Zur Vorbereitung des Gesprächs</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/choices.py" line="22"/>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/choices.py" line="23"/>
        <location filename="../../briefing/ui/choices.py" line="34"/>
        <source>Host</source>
        <translation>Gastgeber</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/choices.py" line="38"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/choices.py" line="31"/>
        <source>Head of delegation</source>
        <translation>Delegationsleitung</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/choices.py" line="24"/>
        <source>Other</source>
        <comment>side of a participant</comment>
        <translation>Weitere</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/choices.py" line="32"/>
        <source>Co-chair</source>
        <translation>Ko-Vorsitz</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/choices.py" line="33"/>
        <source>Member</source>
        <translation>Delegationsmitglied</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/choices.py" line="35"/>
        <source>Accompanying</source>
        <translation>Begleitung</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/choices.py" line="36"/>
        <source>Expert</source>
        <translation>Fachebene</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/choices.py" line="37"/>
        <source>Interpreter</source>
        <translation>Dolmetscher</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/choices.py" line="45"/>
        <source>Agreement</source>
        <translation>Abkommen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/choices.py" line="46"/>
        <source>Memorandum</source>
        <translation>Absichtserklärung</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/choices.py" line="47"/>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/choices.py" line="48"/>
        <source>Declaration</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/choices.py" line="49"/>
        <source>Programme or plan</source>
        <translation>Programm/Plan</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/choices.py" line="50"/>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/choices.py" line="51"/>
        <source>Exchange of notes</source>
        <translation>Notenwechsel</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/choices.py" line="52"/>
        <source>Other</source>
        <comment>kind of document</comment>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/choices.py" line="58"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/choices.py" line="59"/>
        <source>To be signed</source>
        <translation>Zur Unterzeichnung</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/choices.py" line="60"/>
        <source>Signed</source>
        <translation>Unterzeichnet</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/choices.py" line="61"/>
        <source>In negotiation</source>
        <translation>In Verhandlung</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/choices.py" line="62"/>
        <source>Mentioned</source>
        <translation>Erwähnt</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/choices.py" line="69"/>
        <source>Open to press</source>
        <translation>Presseöffentlich</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/choices.py" line="70"/>
        <source>Closed</source>
        <translation>Nicht presseöffentlich</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/choices.py" line="75"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/choices.py" line="75"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
</context>
<context>
    <name>ChronologyTableModel</name>
    <message>
        <location filename="../../briefing/ui/tables/chronology_model.py" line="16"/>
        <source>background entry</source>
        <translation>Hintergrundeintrag</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/tables/chronology_model.py" line="18"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/tables/chronology_model.py" line="19"/>
        <source>YYYY-MM-DD or YYYY-MM</source>
        <translation>JJJJ-MM-TT oder JJJJ-MM</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/tables/chronology_model.py" line="20"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <location filename="../../briefing/ui/widgets/country_picker.py" line="32"/>
        <source>Type to search a country</source>
        <translation>Land eingeben und auswählen</translation>
    </message>
</context>
<context>
    <name>DateRangeEdit</name>
    <message>
        <location filename="../../briefing/ui/widgets/date_range_edit.py" line="171"/>
        <source>Start date</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/date_range_edit.py" line="172"/>
        <source>End date</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/date_range_edit.py" line="173"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
</context>
<context>
    <name>DocumentsTableModel</name>
    <message>
        <location filename="../../briefing/ui/tables/documents_model.py" line="17"/>
        <source>document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/tables/documents_model.py" line="19"/>
        <source>Title</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/tables/documents_model.py" line="20"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/tables/documents_model.py" line="21"/>
        <source>Parties</source>
        <translation>Vertragsparteien</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/tables/documents_model.py" line="22"/>
        <source>Separated by commas</source>
        <translation>Durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/tables/documents_model.py" line="23"/>
        <source>Status</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/tables/documents_model.py" line="24"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/tables/documents_model.py" line="25"/>
        <source>YYYY-MM-DD or YYYY-MM</source>
        <translation>JJJJ-MM-TT oder JJJJ-MM</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/tables/documents_model.py" line="26"/>
        <source>Notes</source>
        <translation>Bemerkungen</translation>
    </message>
</context>
<context>
    <name>EarlierNoteDialog</name>
    <message>
        <location filename="../../briefing/ui/templates/earlier_note_dialog.py" line="21"/>
        <source>New note from earlier note</source>
        <translation>Neuer Vermerk aus früherem Vermerk</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/earlier_note_dialog.py" line="23"/>
        <source>The new note keeps the outline and texts, the metadata, the programme&apos;s events, the expected documents (as planned) and the background of “%1”; it clears the title, the dates, the sources and the evidence, and adds the earlier visit to the background.</source>
        <translation>Der neue Vermerk übernimmt Gliederung und Texte, Kopfdaten, Programmpunkte, erwartete Dokumente (als geplant) und Hintergrund von „%1“. Betreff, Daten, Quellen und Belege bleiben leer; der frühere Besuch wird in den Hintergrund aufgenommen.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/earlier_note_dialog.py" line="30"/>
        <source>Participants to keep</source>
        <translation>Zu übernehmende Teilnehmer</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/earlier_note_dialog.py" line="33"/>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/earlier_note_dialog.py" line="42"/>
        <source>&amp;Participants who come again (heads of delegation, co-chairs and hosts are ticked):</source>
        <translation>&amp;Teilnehmer, die wieder dabei sind (Delegationsleitung, Ko-Vorsitz und Gastgeber sind angehakt):</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/earlier_note_dialog.py" line="43"/>
        <source>The earlier note has no participants.</source>
        <translation>Der frühere Vermerk enthält keine Teilnehmer.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/earlier_note_dialog.py" line="47"/>
        <source>Tick &amp;all</source>
        <translation>&amp;Alle anhaken</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/earlier_note_dialog.py" line="48"/>
        <source>Tick &amp;none</source>
        <translation>&amp;Keine anhaken</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/earlier_note_dialog.py" line="53"/>
        <source>&amp;Create note</source>
        <translation>Vermerk &amp;anlegen</translation>
    </message>
</context>
<context>
    <name>EvidenceHighlighter</name>
    <message>
        <location filename="../../briefing/ui/evidence_highlighter.py" line="137"/>
        <source>Evidence for: %1</source>
        <translation>Beleg für: %1</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../briefing/ui/export_actions.py" line="65"/>
        <source>E&amp;xport to Word…</source>
        <translation>Nach &amp;Word exportieren…</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/export_actions.py" line="37"/>
        <location filename="../../briefing/ui/export_actions.py" line="68"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/export_actions.py" line="70"/>
        <source>Export the note as a Word document (Ctrl+E)</source>
        <translation>Den Vermerk als Word-Dokument exportieren (Strg+E)</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/export_actions.py" line="73"/>
        <source>Export and o&amp;pen</source>
        <translation>&amp;Exportieren und öffnen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/export_actions.py" line="76"/>
        <location filename="../../briefing/ui/export_actions.py" line="145"/>
        <source>Export and open</source>
        <translation>Exportieren und öffnen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/export_actions.py" line="79"/>
        <source>Export the note as a Word document and open it in the word processor (Ctrl+Shift+E)</source>
        <translation>Den Vermerk als Word-Dokument exportieren und in der Textverarbeitung öffnen (Strg+Umschalt+E)</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/export_actions.py" line="98"/>
        <source>briefing-note</source>
        <translation>Vermerk</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/export_actions.py" line="35"/>
        <location filename="../../briefing/ui/export_actions.py" line="107"/>
        <location filename="../../briefing/ui/export_actions.py" line="159"/>
        <location filename="../../briefing/ui/export_actions.py" line="172"/>
        <source>Export to Word</source>
        <translation>Nach Word exportieren</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/export_actions.py" line="108"/>
        <source>Word documents (*.docx)</source>
        <translation>Word-Dokumente (*.docx)</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/export_actions.py" line="119"/>
        <source>Exporting to %1…</source>
        <translation>Exportiere nach %1…</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/export_actions.py" line="130"/>
        <source>The note has no classification marking and no title. Export anyway?</source>
        <translation>Der Vermerk hat weder Einstufung noch Betreff. Trotzdem exportieren?</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/export_actions.py" line="132"/>
        <source>The note has no classification marking. Export anyway?</source>
        <translation>Der Vermerk hat keine Einstufung. Trotzdem exportieren?</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/export_actions.py" line="134"/>
        <source>The note has no title. Export anyway?</source>
        <translation>Der Vermerk hat keinen Betreff. Trotzdem exportieren?</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/export_actions.py" line="142"/>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/export_actions.py" line="146"/>
        <source>The note was exported to %1, but no program to open it was found.</source>
        <translation>Der Vermerk wurde nach %1 exportiert, aber es wurde kein Programm gefunden, das ihn öffnen kann.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/export_actions.py" line="157"/>
        <source>Unexpected error: %1</source>
        <translation>Unerwarteter Fehler: %1</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/export_actions.py" line="160"/>
        <source>The note could not be exported.</source>
        <translation>Der Vermerk konnte nicht exportiert werden.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/export_actions.py" line="170"/>
        <source>… and %1 more (see the problems list)</source>
        <translation>… und %1 weitere (siehe Liste der Probleme)</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/export_actions.py" line="173"/>
        <source>The note cannot be exported until these errors are corrected:</source>
        <translation>Der Vermerk kann erst exportiert werden, wenn diese Fehler behoben sind:</translation>
    </message>
</context>
<context>
    <name>FieldBinding</name>
    <message>
        <location filename="../../briefing/ui/forms/field_binding.py" line="156"/>
        <source>From the source: “%1”</source>
        <translation>Aus der Quelle: „%1“</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/forms/field_binding.py" line="158"/>
        <source>The source text there was changed since: check the value.</source>
        <translation>Der Quelltext an dieser Stelle wurde inzwischen geändert: bitte den Wert prüfen.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/forms/field_binding.py" line="218"/>
        <source>Suggested from the source (%1, %2) — press Ctrl+Return to confirm</source>
        <translation>Aus der Quelle vorgeschlagen (%1, %2) – mit Strg+Return bestätigen</translation>
    </message>
</context>
<context>
    <name>FieldWidgets</name>
    <message>
        <location filename="../../briefing/ui/forms/field_widgets.py" line="22"/>
        <source>YYYY-MM-DD or YYYY-MM</source>
        <translation>JJJJ-MM-TT oder JJJJ-MM</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/forms/field_widgets.py" line="29"/>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../briefing/ui/step_words.py" line="18"/>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/step_words.py" line="19"/>
        <source>classification</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/step_words.py" line="20"/>
        <source>file reference</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/step_words.py" line="21"/>
        <source>unit</source>
        <translation>Referat</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/step_words.py" line="22"/>
        <source>author</source>
        <translation>Verfasser/in</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/step_words.py" line="23"/>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/step_words.py" line="24"/>
        <source>addressee</source>
        <translation>Adressat</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/step_words.py" line="25"/>
        <source>routing</source>
        <translation>Leitungsweg</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/step_words.py" line="26"/>
        <source>purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/step_words.py" line="27"/>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/step_words.py" line="28"/>
        <source>as of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/step_words.py" line="29"/>
        <source>deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/step_words.py" line="30"/>
        <source>clearances</source>
        <translation>Mitzeichnung</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/step_words.py" line="31"/>
        <source>language</source>
        <translation>Sprache des Vermerks</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/step_words.py" line="32"/>
        <source>template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/step_words.py" line="33"/>
        <source>guest country</source>
        <translation>Gastland</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/step_words.py" line="34"/>
        <source>host country</source>
        <translation>Gastgeberland</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/step_words.py" line="35"/>
        <source>start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/step_words.py" line="36"/>
        <source>end</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/step_words.py" line="37"/>
        <source>places</source>
        <translation>Orte</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/step_words.py" line="38"/>
        <source>occasion</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/step_words.py" line="39"/>
        <source>sectors</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/step_words.py" line="40"/>
        <source>programme</source>
        <translation>Programm</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/step_words.py" line="41"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/step_words.py" line="42"/>
        <source>function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/step_words.py" line="43"/>
        <source>organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/step_words.py" line="44"/>
        <source>country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/step_words.py" line="45"/>
        <source>side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/step_words.py" line="46"/>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/step_words.py" line="47"/>
        <source>notes</source>
        <translation>Bemerkungen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/step_words.py" line="48"/>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/step_words.py" line="49"/>
        <source>parties</source>
        <translation>Vertragsparteien</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/step_words.py" line="50"/>
        <source>status</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/step_words.py" line="51"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/step_words.py" line="52"/>
        <source>time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/step_words.py" line="53"/>
        <source>place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/step_words.py" line="54"/>
        <source>event</source>
        <translation>Programmpunkt</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/step_words.py" line="55"/>
        <source>press</source>
        <translation>Presse</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/step_words.py" line="56"/>
        <source>heading</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/step_words.py" line="63"/>
        <source>title</source>
        <comment>the subject line of the note</comment>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/step_words.py" line="65"/>
        <source>aims of the visit</source>
        <translation>Ziele des Besuchs</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/step_words.py" line="67"/>
        <source>background entry</source>
        <translation>Hintergrundeintrag</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/step_words.py" line="73"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/step_words.py" line="74"/>
        <source>%1 of “%2”</source>
        <translation>%1 zu „%2“</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../briefing/ui/file_actions.py" line="42"/>
        <source>Untitled note</source>
        <translation>Unbenannter Vermerk</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/file_actions.py" line="45"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/file_actions.py" line="46"/>
        <source>Save the changes to “%1” before closing it?</source>
        <translation>Die Änderungen an „%1“ vor dem Schließen speichern?</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/file_actions.py" line="69"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/file_actions.py" line="70"/>
        <source>Notes and sources (*.briefing.json *.json *.docx *.txt *.html *.htm *.eml);;All files (*)</source>
        <translation>Vermerke und Quellen (*.briefing.json *.json *.docx *.txt *.html *.htm *.eml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/file_actions.py" line="78"/>
        <source>Opening %1 …</source>
        <translation>Öffne %1 …</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/file_actions.py" line="91"/>
        <source>Opened the note in %1; Save as keeps it as a note file.</source>
        <translation>Der Vermerk aus %1 wurde geöffnet; „Speichern unter“ legt ihn als Vermerksdatei ab.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/file_actions.py" line="102"/>
        <source>Save as</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/file_actions.py" line="102"/>
        <source>Briefing notes (*.briefing.json)</source>
        <translation>Briefing-Vermerke (*.briefing.json)</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/file_actions.py" line="119"/>
        <location filename="../../briefing/ui/file_actions.py" line="124"/>
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/file_actions.py" line="127"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/file_actions.py" line="134"/>
        <source>Load source</source>
        <translation>Quelle laden</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/file_actions.py" line="135"/>
        <source>Source texts (*.txt *.docx *.html *.htm *.eml);;All files (*)</source>
        <translation>Quelltexte (*.txt *.docx *.html *.htm *.eml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/file_actions.py" line="143"/>
        <source>Loading %1 …</source>
        <translation>Lade %1 …</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/file_actions.py" line="155"/>
        <source>Cannot open</source>
        <translation>Öffnen nicht möglich</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/file_actions.py" line="181"/>
        <source>note</source>
        <translation>Vermerk</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../briefing/ui/source_pane.py" line="31"/>
        <location filename="../../briefing/ui/source_pane.py" line="32"/>
        <source>Find in source</source>
        <translation>In der Quelle suchen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/source_pane.py" line="37"/>
        <source>Find previous (Shift+Enter)</source>
        <translation>Vorheriger Treffer (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/source_pane.py" line="38"/>
        <source>Find next (Enter)</source>
        <translation>Nächster Treffer (Eingabe)</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/source_pane.py" line="39"/>
        <source>Close the find bar (Esc)</source>
        <translation>Suchleiste schließen (Esc)</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/source_pane.py" line="76"/>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../briefing/ui/main_menus.py" line="42"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/main_menus.py" line="43"/>
        <source>Start a new, empty note</source>
        <translation>Einen neuen, leeren Vermerk beginnen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/main_menus.py" line="44"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/main_menus.py" line="45"/>
        <source>Open a note, a Word note made by Briefing, or a source text</source>
        <translation>Einen Vermerk, einen mit Briefing erstellten Word-Vermerk oder einen Quelltext öffnen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/main_menus.py" line="47"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/main_menus.py" line="48"/>
        <source>Save the note</source>
        <translation>Den Vermerk speichern</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/main_menus.py" line="49"/>
        <source>Save &amp;as…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/main_menus.py" line="50"/>
        <source>Save the note under a new name</source>
        <translation>Den Vermerk unter einem neuen Namen speichern</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/main_menus.py" line="52"/>
        <source>&amp;Close</source>
        <translation>Schl&amp;ießen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/main_menus.py" line="53"/>
        <source>Close the note</source>
        <translation>Den Vermerk schließen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/main_menus.py" line="54"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/main_menus.py" line="55"/>
        <source>Quit Briefing</source>
        <translation>Briefing beenden</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/main_window.py" line="232"/>
        <location filename="../../briefing/ui/main_menus.py" line="56"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/main_menus.py" line="57"/>
        <source>Undo the last change</source>
        <translation>Die letzte Änderung rückgängig machen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/main_window.py" line="233"/>
        <location filename="../../briefing/ui/main_menus.py" line="58"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/main_menus.py" line="59"/>
        <source>Redo the last undone change</source>
        <translation>Die zuletzt rückgängig gemachte Änderung wiederholen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/main_menus.py" line="61"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/main_menus.py" line="62"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/main_menus.py" line="63"/>
        <source>&amp;Find in source…</source>
        <translation>In der Quelle &amp;suchen…</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/main_menus.py" line="64"/>
        <source>Find text in the source (Ctrl+F)</source>
        <translation>Text in der Quelle suchen (Strg+F)</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/main_menus.py" line="66"/>
        <source>&amp;Load source…</source>
        <translation>Quelle &amp;laden…</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/main_menus.py" line="67"/>
        <source>Load a wire report from a file</source>
        <translation>Eine Agenturmeldung aus einer Datei laden</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/main_menus.py" line="69"/>
        <source>&amp;Paste as new source</source>
        <translation>Als neue Quelle &amp;einfügen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/main_menus.py" line="70"/>
        <source>Add the text on the clipboard as a new source</source>
        <translation>Den Text aus der Zwischenablage als neue Quelle hinzufügen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/main_menus.py" line="73"/>
        <source>&amp;About Briefing</source>
        <translation>&amp;Über Briefing</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/main_menus.py" line="74"/>
        <location filename="../../briefing/ui/main_menus.py" line="75"/>
        <source>About Briefing</source>
        <translation>Über Briefing</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/main_menus.py" line="76"/>
        <source>Briefing writes briefing notes from wire reports and exports them to Word.</source>
        <translation>Briefing erstellt Vermerke aus Agenturmeldungen und exportiert sie nach Word.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/main_menus.py" line="80"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/main_menus.py" line="82"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/main_menus.py" line="90"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/main_menus.py" line="95"/>
        <source>&amp;Source</source>
        <translation>&amp;Quelle</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/main_menus.py" line="97"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/main_menus.py" line="98"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/main_menus.py" line="101"/>
        <location filename="../../briefing/ui/main_menus.py" line="103"/>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/main_menus.py" line="128"/>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/main_menus.py" line="131"/>
        <source>Clear the list</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/main_window.py" line="66"/>
        <source>Note form</source>
        <translation>Vermerksformular</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/main_window.py" line="73"/>
        <source>&amp;Note</source>
        <translation>Ver&amp;merk</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/main_window.py" line="74"/>
        <source>V&amp;isit</source>
        <translation>Besu&amp;ch</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/main_window.py" line="75"/>
        <source>Pro&amp;gramme</source>
        <translation>&amp;Programm</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/main_window.py" line="76"/>
        <source>Partici&amp;pants</source>
        <translation>&amp;Teilnehmer</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/main_window.py" line="77"/>
        <source>&amp;Documents</source>
        <translation>Dok&amp;umente</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/main_window.py" line="78"/>
        <source>&amp;Background</source>
        <translation>Hinter&amp;grund</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/main_window.py" line="79"/>
        <source>&amp;Text</source>
        <translation>Te&amp;xte</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/main_window.py" line="93"/>
        <source>Work in progress</source>
        <translation>Vorgang läuft</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/main_window.py" line="136"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/main_window.py" line="143"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/main_window.py" line="220"/>
        <source>Undone: %1</source>
        <translation>Rückgängig gemacht: %1</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/main_window.py" line="220"/>
        <source>Redone: %1</source>
        <translation>Wiederholt: %1</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/main_window.py" line="225"/>
        <source>Untitled note</source>
        <translation>Unbenannter Vermerk</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/main_window.py" line="232"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/main_window.py" line="233"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
</context>
<context>
    <name>ManageTemplatesDialog</name>
    <message>
        <location filename="../../briefing/ui/templates/manage_templates_dialog.py" line="31"/>
        <source>Manage templates</source>
        <translation>Vorlagen verwalten</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/manage_templates_dialog.py" line="36"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/manage_templates_dialog.py" line="37"/>
        <source>D&amp;uplicate…</source>
        <translation>&amp;Duplizieren…</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/manage_templates_dialog.py" line="38"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/manage_templates_dialog.py" line="39"/>
        <source>Set &amp;letterhead…</source>
        <translation>&amp;Briefkopf festlegen…</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/manage_templates_dialog.py" line="40"/>
        <source>Re&amp;move letterhead</source>
        <translation>Briefkopf &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/manage_templates_dialog.py" line="41"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/manage_templates_dialog.py" line="42"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/manage_templates_dialog.py" line="53"/>
        <source>Your own templates are kept in %1</source>
        <translation>Ihre eigenen Vorlagen liegen in %1</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/manage_templates_dialog.py" line="99"/>
        <source>This is a %1 template; only your own can be changed. Duplicate it to make it your own.</source>
        <translation>Diese Vorlage ist keine eigene (Herkunft: %1); ändern lassen sich nur eigene Vorlagen. Duplizieren Sie sie, um eine eigene daraus zu machen.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/manage_templates_dialog.py" line="111"/>
        <source>This template has no letterhead.</source>
        <translation>Diese Vorlage hat keinen Briefkopf.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/manage_templates_dialog.py" line="128"/>
        <source>Rename template</source>
        <translation>Vorlage umbenennen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/manage_templates_dialog.py" line="128"/>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/manage_templates_dialog.py" line="138"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/manage_templates_dialog.py" line="139"/>
        <source>Duplicate template</source>
        <translation>Vorlage duplizieren</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/manage_templates_dialog.py" line="140"/>
        <source>Name of the copy (kept in your own templates):</source>
        <translation>Name der Kopie (unter Ihren eigenen Vorlagen):</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/manage_templates_dialog.py" line="151"/>
        <source>Delete template</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/manage_templates_dialog.py" line="152"/>
        <source>Delete the template “%1” and its letterhead copy? This cannot be undone.</source>
        <translation>Die Vorlage „%1“ und die Kopie ihres Briefkopfs löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/manage_templates_dialog.py" line="164"/>
        <source>Choose a letterhead</source>
        <translation>Briefkopf wählen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/manage_templates_dialog.py" line="165"/>
        <source>Word documents and templates (*.docx *.dotx);;All files (*)</source>
        <translation>Word-Dokumente und -Vorlagen (*.docx *.dotx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/manage_templates_dialog.py" line="178"/>
        <location filename="../../briefing/ui/templates/manage_templates_dialog.py" line="184"/>
        <location filename="../../briefing/ui/templates/manage_templates_dialog.py" line="190"/>
        <source>Import a template</source>
        <translation>Vorlage importieren</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/manage_templates_dialog.py" line="179"/>
        <source>Briefing templates (*.json);;All files (*)</source>
        <translation>Briefing-Vorlagen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/manage_templates_dialog.py" line="191"/>
        <source>You already have a template named “%1”. Replace it?</source>
        <translation>Sie haben bereits eine Vorlage „%1“. Ersetzen?</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/manage_templates_dialog.py" line="204"/>
        <source>Export a template</source>
        <translation>Vorlage exportieren</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/manage_templates_dialog.py" line="205"/>
        <source>Briefing templates (*.json)</source>
        <translation>Briefing-Vorlagen (*.json)</translation>
    </message>
</context>
<context>
    <name>MetaForm</name>
    <message>
        <location filename="../../briefing/ui/forms/meta_form.py" line="20"/>
        <source>What the note is about</source>
        <translation>Betreff des Vermerks</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/forms/meta_form.py" line="24"/>
        <source>&amp;Classification</source>
        <translation>E&amp;instufung</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/forms/meta_form.py" line="25"/>
        <source>The marking printed at the top of every page</source>
        <translation>Der Einstufungsvermerk oben auf jeder Seite</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/forms/meta_form.py" line="21"/>
        <source>Tit&amp;le</source>
        <translation>B&amp;etreff</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/forms/meta_form.py" line="28"/>
        <source>Purp&amp;ose</source>
        <translation>&amp;Zweck</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/forms/meta_form.py" line="31"/>
        <source>File &amp;reference</source>
        <translation>A&amp;ktenzeichen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/forms/meta_form.py" line="31"/>
        <source>e.g. 205-321.00</source>
        <translation>z. B. 205-321.00</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/forms/meta_form.py" line="32"/>
        <source>&amp;Unit</source>
        <translation>&amp;Referat</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/forms/meta_form.py" line="33"/>
        <source>Author</source>
        <translation>&amp;Verfasser/in</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/forms/meta_form.py" line="34"/>
        <source>Phone</source>
        <translation>Te&amp;lefon</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/forms/meta_form.py" line="35"/>
        <source>Addressee</source>
        <translation>Adre&amp;ssat</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/forms/meta_form.py" line="35"/>
        <source>e.g. the State Secretary</source>
        <translation>z. B. Herrn Staatssekretär</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/forms/meta_form.py" line="36"/>
        <source>Routing</source>
        <translation>Leitungs&amp;weg</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/forms/meta_form.py" line="36"/>
        <source>e.g. via the Director-General</source>
        <translation>z. B. über Herrn Abteilungsleiter</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/forms/meta_form.py" line="44"/>
        <source>As of</source>
        <translation>Sta&amp;nd</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/forms/meta_form.py" line="45"/>
        <source>Deadline</source>
        <translation>&amp;Frist</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/forms/meta_form.py" line="55"/>
        <source>Note language</source>
        <translation>Sprache des Vermerks</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/forms/meta_form.py" line="43"/>
        <source>D&amp;ate</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/forms/meta_form.py" line="50"/>
        <source>One unit per line</source>
        <translation>Ein Referat je Zeile</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/forms/meta_form.py" line="51"/>
        <source>Clearances</source>
        <translation>Mitzeichnung</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/forms/meta_form.py" line="52"/>
        <source>Units that co-sign the note, one per line</source>
        <translation>Mitzeichnende Referate, eines je Zeile</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/forms/meta_form.py" line="56"/>
        <source>The language of the exported note (dates, headings)</source>
        <translation>Die Sprache des exportierten Vermerks (Datumsangaben, Überschriften)</translation>
    </message>
</context>
<context>
    <name>PartialDateEdit</name>
    <message>
        <location filename="../../briefing/ui/widgets/date_range_edit.py" line="43"/>
        <source>month only</source>
        <translation>nur Monat</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/date_range_edit.py" line="44"/>
        <source>The day is not known yet: keep only month and year</source>
        <translation>Der Tag steht noch nicht fest: nur Monat und Jahr angeben</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/date_range_edit.py" line="47"/>
        <location filename="../../briefing/ui/widgets/date_range_edit.py" line="48"/>
        <source>Clear the date</source>
        <translation>Datum löschen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/widgets/date_range_edit.py" line="79"/>
        <source>%1: month only</source>
        <translation>%1: nur Monat</translation>
    </message>
</context>
<context>
    <name>ParticipantsTableModel</name>
    <message>
        <location filename="../../briefing/ui/tables/participants_model.py" line="17"/>
        <source>participant</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/tables/participants_model.py" line="19"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/tables/participants_model.py" line="20"/>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/tables/participants_model.py" line="21"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/tables/participants_model.py" line="22"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/tables/participants_model.py" line="22"/>
        <source>ISO code, e.g. BY</source>
        <translation>ISO-Code, z. B. BY</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/tables/participants_model.py" line="23"/>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/tables/participants_model.py" line="24"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/tables/participants_model.py" line="25"/>
        <source>Notes</source>
        <translation>Bemerkungen</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../briefing/ui/preferences_dialog.py" line="50"/>
        <location filename="../../briefing/ui/preferences_dialog.py" line="138"/>
        <location filename="../../briefing/ui/preferences_dialog.py" line="147"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/preferences_dialog.py" line="52"/>
        <source>Author</source>
        <translation>Verfasser/in</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/preferences_dialog.py" line="53"/>
        <source>Unit</source>
        <translation>Referat</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/preferences_dialog.py" line="54"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/preferences_dialog.py" line="52"/>
        <source>e.g. Dr. Jane Smith</source>
        <translation>z. B. Dr. Katrin Vogel</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/preferences_dialog.py" line="53"/>
        <source>e.g. Unit 205 – Eastern Europe</source>
        <translation>z. B. Referat 205 – Osteuropa</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/preferences_dialog.py" line="54"/>
        <source>e.g. +49 30 1234-5678</source>
        <translation>z. B. +49 30 1234-5678</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/preferences_dialog.py" line="59"/>
        <source>Default classification</source>
        <translation>Standard-Einstufung</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/preferences_dialog.py" line="60"/>
        <source>The marking new notes start with</source>
        <translation>Die Einstufung, mit der neue Vermerke beginnen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/preferences_dialog.py" line="62"/>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/preferences_dialog.py" line="65"/>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/preferences_dialog.py" line="70"/>
        <source>Default note language</source>
        <translation>Sprache neuer Vermerke</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/preferences_dialog.py" line="71"/>
        <source>The language of a new note whose source is in neither German nor English</source>
        <translation>Die Sprache eines neuen Vermerks, dessen Quelle weder deutsch noch englisch ist</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/preferences_dialog.py" line="73"/>
        <location filename="../../briefing/ui/preferences_dialog.py" line="127"/>
        <source>Shared templates folder</source>
        <translation>Gemeinsamer Vorlagenordner</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/preferences_dialog.py" line="74"/>
        <source>A folder your unit shares, e.g. on a network drive</source>
        <translation>z. B. ein Ordner auf einem Netzlaufwerk</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/preferences_dialog.py" line="75"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/preferences_dialog.py" line="76"/>
        <source>Choose the shared templates folder</source>
        <translation>Den gemeinsamen Vorlagenordner auswählen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/preferences_dialog.py" line="83"/>
        <source>&amp;Author:</source>
        <translation>&amp;Verfasser/in:</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/preferences_dialog.py" line="84"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Referat:</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/preferences_dialog.py" line="85"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/preferences_dialog.py" line="86"/>
        <source>Default &amp;classification:</source>
        <translation>Standard-&amp;Einstufung:</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/preferences_dialog.py" line="87"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Sprache der Oberfläche:</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/preferences_dialog.py" line="88"/>
        <source>A new interface language shows after Briefing is restarted.</source>
        <translation>Eine neue Sprache der Oberfläche gilt nach einem Neustart von Briefing.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/preferences_dialog.py" line="92"/>
        <source>Default &amp;note language:</source>
        <translation>Sprache &amp;neuer Vermerke:</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/preferences_dialog.py" line="93"/>
        <source>Shared &amp;templates:</source>
        <translation>Gemeinsamer Vorlagen&amp;ordner:</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/preferences_dialog.py" line="138"/>
        <source>Starting from the defaults.</source>
        <translation>Es werden die Standardwerte verwendet.</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../briefing/ui/preview_pane.py" line="30"/>
        <source>Preview of the note</source>
        <translation>Vorschau des Vermerks</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/preview_pane.py" line="36"/>
        <source>Estimated length</source>
        <translation>Geschätzte Länge</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/preview_pane.py" line="66"/>
        <source>The note is still empty.</source>
        <translation>Der Vermerk ist noch leer.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/preview_pane.py" line="150"/>
        <source>About %1 pages: more than two, consider shortening</source>
        <translation>Etwa %1 Seiten: mehr als zwei, bitte kürzen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/preview_pane.py" line="153"/>
        <source>About %1 pages</source>
        <translation>Etwa %1 Seiten</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../../briefing/ui/problems_panel.py" line="30"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/problems_panel.py" line="72"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/problems_panel.py" line="72"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/problems_panel.py" line="76"/>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/problem_words.py" line="14"/>
        <source>The note has no title</source>
        <translation>Der Vermerk hat keinen Betreff</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/problem_words.py" line="15"/>
        <source>The classification marking is missing</source>
        <translation>Die Einstufung fehlt</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/problem_words.py" line="16"/>
        <source>“%1” is not a known country code (ISO 3166-1, e.g. DE, BY, CN)</source>
        <translation>„%1“ ist kein bekannter Ländercode (ISO 3166-1, z. B. DE, BY, CN)</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/problem_words.py" line="18"/>
        <source>Guest and host are the same country</source>
        <translation>Gast und Gastgeber sind dasselbe Land</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/problem_words.py" line="19"/>
        <source>The visit ends (%1) before it starts (%2)</source>
        <translation>Der Besuch endet (%1), bevor er beginnt (%2)</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/problem_words.py" line="20"/>
        <source>Participant %1 has no name</source>
        <translation>Teilnehmer %1 hat keinen Namen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/problem_words.py" line="21"/>
        <source>Expected document %1 has no title</source>
        <translation>Erwartetes Dokument %1 hat keinen Titel</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/problem_words.py" line="22"/>
        <source>“%1” has no kind (agreement, memorandum, …)</source>
        <translation>„%1“ hat keine Art (Abkommen, Absichtserklärung, …)</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/problem_words.py" line="23"/>
        <source>Background entry %1 has no date</source>
        <translation>Hintergrundeintrag %1 hat kein Datum</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/problem_words.py" line="24"/>
        <source>Background entry %1 has no text</source>
        <translation>Hintergrundeintrag %1 hat keinen Text</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/problem_words.py" line="25"/>
        <source>Evidence points to a source “%1” the note does not hold</source>
        <translation>Der Beleg verweist auf eine Quelle „%1“, die der Vermerk nicht enthält</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/problem_words.py" line="27"/>
        <source>Evidence (%1–%2) lies outside its source text</source>
        <translation>Der Beleg (%1–%2) liegt außerhalb seines Quelltexts</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/problem_words.py" line="28"/>
        <source>The deadline lies before the note’s date</source>
        <translation>Die Frist liegt vor dem Datum des Vermerks</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/problem_words.py" line="29"/>
        <source>The note will fill about %1 pages; a brief should keep to two</source>
        <translation>Der Vermerk wird etwa %1 Seiten lang; ein Vermerk sollte zwei nicht überschreiten</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/problem_words.py" line="30"/>
        <source>The heading “%1” is in the other language</source>
        <translation>Die Überschrift „%1“ steht nicht in der Sprache des Vermerks</translation>
    </message>
</context>
<context>
    <name>ProgrammeTableModel</name>
    <message>
        <location filename="../../briefing/ui/tables/programme_model.py" line="17"/>
        <source>programme item</source>
        <translation>Programmpunkt</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/tables/programme_model.py" line="19"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/tables/programme_model.py" line="20"/>
        <source>YYYY-MM-DD or YYYY-MM</source>
        <translation>JJJJ-MM-TT oder JJJJ-MM</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/tables/programme_model.py" line="21"/>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/tables/programme_model.py" line="21"/>
        <source>e.g. 10:30</source>
        <translation>z. B. 10:30</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/tables/programme_model.py" line="22"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/tables/programme_model.py" line="23"/>
        <source>Event</source>
        <translation>Programmpunkt</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/tables/programme_model.py" line="24"/>
        <source>Press</source>
        <translation>Presse</translation>
    </message>
</context>
<context>
    <name>PublishedEdit</name>
    <message>
        <location filename="../../briefing/ui/source_details.py" line="31"/>
        <source>yyyy-MM-dd</source>
        <translation>dd.MM.yyyy</translation>
    </message>
</context>
<context>
    <name>RowsTableModel</name>
    <message>
        <location filename="../../briefing/ui/tables/rows_model.py" line="125"/>
        <source>From the source: “%1”</source>
        <translation>Aus der Quelle: „%1“</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/tables/rows_model.py" line="127"/>
        <source>The source text there was changed since: check the value.</source>
        <translation>Der Quelltext an dieser Stelle wurde inzwischen geändert: bitte den Wert prüfen.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/tables/rows_model.py" line="171"/>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/tables/rows_model.py" line="181"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/tables/rows_model.py" line="194"/>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
</context>
<context>
    <name>SaveTemplateDialog</name>
    <message>
        <location filename="../../briefing/ui/templates/save_template_dialog.py" line="33"/>
        <source>Save as template</source>
        <translation>Als Vorlage speichern</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/save_template_dialog.py" line="36"/>
        <source>Template name</source>
        <translation>Name der Vorlage</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/save_template_dialog.py" line="37"/>
        <source>e.g. Visit brief, Unit 205</source>
        <translation>z. B. Besuchsvermerk, Referat 205</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/save_template_dialog.py" line="40"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/save_template_dialog.py" line="41"/>
        <source>What the template is for, shown in the template list</source>
        <translation>Wofür die Vorlage gedacht ist; steht in der Liste der Vorlagen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/save_template_dialog.py" line="51"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/save_template_dialog.py" line="53"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/save_template_dialog.py" line="56"/>
        <source>Keep the text of these sections as boilerplate</source>
        <translation>Den Text dieser Abschnitte als Textbaustein behalten</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/save_template_dialog.py" line="63"/>
        <source>This section is empty.</source>
        <translation>Dieser Abschnitt ist leer.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/save_template_dialog.py" line="66"/>
        <source>Headings and the order of all sections are always kept. Dates, participants, documents, background and sources never go into a template.</source>
        <translation>Überschriften und Reihenfolge aller Abschnitte bleiben immer erhalten. Daten, Teilnehmer, Dokumente, Hintergrund und Quellen kommen nie in eine Vorlage.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/save_template_dialog.py" line="73"/>
        <source>Keep as defaults for new notes</source>
        <translation>Als Vorgaben für neue Vermerke behalten</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/save_template_dialog.py" line="76"/>
        <source>Classification</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/save_template_dialog.py" line="76"/>
        <source>Unit</source>
        <translation>Referat</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/save_template_dialog.py" line="76"/>
        <source>Author</source>
        <translation>Verfasser/in</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/save_template_dialog.py" line="77"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/save_template_dialog.py" line="77"/>
        <source>Addressee</source>
        <translation>Adressat</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/save_template_dialog.py" line="77"/>
        <source>Routing</source>
        <translation>Leitungsweg</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/save_template_dialog.py" line="78"/>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/save_template_dialog.py" line="86"/>
        <source>New notes take this from each officer&apos;s preferences</source>
        <translation>Neue Vermerke übernehmen dies aus den Einstellungen der jeweiligen Bearbeiterin bzw. des Bearbeiters</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/save_template_dialog.py" line="91"/>
        <source>Keep the letterhead (%1)</source>
        <translation>Briefkopf behalten (%1)</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/save_template_dialog.py" line="94"/>
        <source>Keep the letterhead</source>
        <translation>Briefkopf behalten</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/save_template_dialog.py" line="96"/>
        <source>The note&apos;s template has no letterhead; Manage templates sets one</source>
        <translation>Die Vorlage des Vermerks hat keinen Briefkopf; unter „Vorlagen verwalten“ lässt sich einer festlegen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/save_template_dialog.py" line="132"/>
        <source>Saved in your own templates.</source>
        <translation>Wird unter Ihren eigenen Vorlagen gespeichert.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/save_template_dialog.py" line="134"/>
        <source>Replaces your template of this name.</source>
        <translation>Ersetzt Ihre Vorlage dieses Namens.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/save_template_dialog.py" line="136"/>
        <source>Overrides the %1 template of this name for you.</source>
        <translation>Ersetzt für Sie die gleichnamige Vorlage (Herkunft: %1).</translation>
    </message>
</context>
<context>
    <name>SectionsForm</name>
    <message>
        <location filename="../../briefing/ui/forms/sections_form.py" line="49"/>
        <source>One point per line</source>
        <translation>Ein Punkt je Zeile</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/forms/sections_form.py" line="49"/>
        <source>Text of this section</source>
        <translation>Text dieses Abschnitts</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/forms/sections_form.py" line="60"/>
        <source>A bullet list: one point per line</source>
        <translation>Eine Aufzählung: ein Punkt je Zeile</translation>
    </message>
</context>
<context>
    <name>SourceDetails</name>
    <message>
        <location filename="../../briefing/ui/source_details.py" line="57"/>
        <location filename="../../briefing/ui/source_details.py" line="88"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/source_details.py" line="57"/>
        <location filename="../../briefing/ui/source_details.py" line="89"/>
        <source>Agency</source>
        <translation>Agentur</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/source_details.py" line="57"/>
        <location filename="../../briefing/ui/source_details.py" line="89"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/source_details.py" line="58"/>
        <location filename="../../briefing/ui/source_details.py" line="91"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/source_details.py" line="59"/>
        <source>The headline of the report</source>
        <translation>Die Überschrift der Meldung</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/source_details.py" line="59"/>
        <source>e.g. Reuters</source>
        <translation>z. B. dpa</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/source_details.py" line="60"/>
        <source>e.g. Geneva</source>
        <translation>z. B. Genf</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/source_details.py" line="60"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/source_details.py" line="64"/>
        <source>Source %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/source_details.py" line="68"/>
        <source>Publication date</source>
        <translation>Veröffentlichungsdatum</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/source_details.py" line="69"/>
        <source>When the report was published: dates without a year are read from it</source>
        <translation>Wann die Meldung veröffentlicht wurde: Daten ohne Jahr werden danach bestimmt</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/source_details.py" line="74"/>
        <source>No publication date</source>
        <translation>Kein Veröffentlichungsdatum</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/source_details.py" line="78"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/source_details.py" line="80"/>
        <source>Source language</source>
        <translation>Sprache der Quelle</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/source_details.py" line="90"/>
        <source>Published</source>
        <translation>Veröffentlicht am</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/source_details.py" line="90"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/source_details.py" line="140"/>
        <source>Edit source title</source>
        <translation>Titel der Quelle ändern</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/source_details.py" line="140"/>
        <source>Edit source agency</source>
        <translation>Agentur der Quelle ändern</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/source_details.py" line="141"/>
        <source>Edit source place</source>
        <translation>Ort der Quelle ändern</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/source_details.py" line="141"/>
        <source>Edit source URL</source>
        <translation>URL der Quelle ändern</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/source_details.py" line="142"/>
        <source>Edit publication date</source>
        <translation>Veröffentlichungsdatum ändern</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/source_details.py" line="143"/>
        <source>Edit source language</source>
        <translation>Sprache der Quelle ändern</translation>
    </message>
</context>
<context>
    <name>SourcePane</name>
    <message>
        <location filename="../../briefing/ui/source_pane.py" line="105"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/source_pane.py" line="108"/>
        <source>No source yet.

Load a wire report (.txt, .docx, .html, .eml),
paste one, or drop a file here.</source>
        <translation>Noch keine Quelle.

Laden Sie eine Agenturmeldung (.txt, .docx, .html, .eml),
fügen Sie eine ein oder ziehen Sie eine Datei hierher.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/source_pane.py" line="112"/>
        <source>Load…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/source_pane.py" line="113"/>
        <source>Load a source text from a file</source>
        <translation>Einen Quelltext aus einer Datei laden</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/source_pane.py" line="115"/>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/source_pane.py" line="116"/>
        <source>Add the text on the clipboard as a new source</source>
        <translation>Den Text aus der Zwischenablage als neue Quelle hinzufügen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/source_pane.py" line="118"/>
        <source>Edit text</source>
        <translation>Text bearbeiten</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/source_pane.py" line="121"/>
        <source>Allow changes to the source text (evidence follows the changes)</source>
        <translation>Änderungen am Quelltext zulassen (Belege passen sich an)</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/source_pane.py" line="126"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/source_pane.py" line="212"/>
        <source>%1 (stale: the text there changed)</source>
        <translation>%1 (veraltet: der Text dort wurde geändert)</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/source_pane.py" line="231"/>
        <source>Add source %1</source>
        <translation>Quelle %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/source_pane.py" line="240"/>
        <source>The clipboard holds no text.</source>
        <translation>Die Zwischenablage enthält keinen Text.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/source_pane.py" line="242"/>
        <source>Pasted text</source>
        <translation>Eingefügter Text</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/source_pane.py" line="271"/>
        <source>Edit source text</source>
        <translation>Quelltext bearbeiten</translation>
    </message>
</context>
<context>
    <name>SourceView</name>
    <message>
        <location filename="../../briefing/ui/source_view.py" line="40"/>
        <source>Source text</source>
        <translation>Quelltext</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/source_view.py" line="94"/>
        <source>Use for %1</source>
        <translation>Übernehmen für %1</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/source_view.py" line="96"/>
        <source>Use as evidence for %1</source>
        <translation>Als Beleg für %1 verwenden</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/source_view.py" line="98"/>
        <source>Use for</source>
        <translation>Übernehmen für</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <location filename="../../briefing/ui/step_words.py" line="83"/>
        <source>Edit %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/step_words.py" line="84"/>
        <source>Set evidence of %1</source>
        <translation>Beleg für %1 setzen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/step_words.py" line="85"/>
        <source>Use source text for %1</source>
        <translation>Quelltext für %1 übernehmen</translation>
    </message>
</context>
<context>
    <name>SuggestionActions</name>
    <message>
        <location filename="../../briefing/ui/suggestion_actions.py" line="54"/>
        <location filename="../../briefing/ui/suggestion_actions.py" line="241"/>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/suggestion_actions.py" line="84"/>
        <source>Pre-&amp;fill from source</source>
        <translation>Aus der Quelle &amp;vorausfüllen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/suggestion_actions.py" line="85"/>
        <source>Fill the empty fields from the source text; you confirm each value</source>
        <translation>Die leeren Felder aus dem Quelltext füllen; jeden Wert bestätigen Sie selbst</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/suggestion_actions.py" line="87"/>
        <source>Pre-fill</source>
        <translation>Vorausfüllen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/suggestion_actions.py" line="89"/>
        <source>&amp;Confirm suggested value</source>
        <translation>Vorgeschlagenen Wert &amp;bestätigen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/suggestion_actions.py" line="90"/>
        <source>Confirm the suggested value of the current field (Ctrl+Return)</source>
        <translation>Den vorgeschlagenen Wert des aktuellen Felds bestätigen (Strg+Return)</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/suggestion_actions.py" line="92"/>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/suggestion_actions.py" line="94"/>
        <source>Confirm &amp;all suggested values</source>
        <translation>&amp;Alle vorgeschlagenen Werte bestätigen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/suggestion_actions.py" line="95"/>
        <source>Confirm every value suggested from the source at once</source>
        <translation>Alle aus der Quelle vorgeschlagenen Werte auf einmal bestätigen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/suggestion_actions.py" line="97"/>
        <source>Shade &amp;unused sentences</source>
        <translation>&amp;Ungenutzte Sätze schattieren</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/suggestion_actions.py" line="98"/>
        <source>Shade the sentences of the source that no field uses yet</source>
        <translation>Die Sätze der Quelle schattieren, die noch kein Feld verwendet</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/suggestion_actions.py" line="153"/>
        <source>Analysing the source …</source>
        <translation>Quelle wird ausgewertet …</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/suggestion_actions.py" line="181"/>
        <source>The source could not be analysed: %1</source>
        <translation>Die Quelle konnte nicht ausgewertet werden: %1</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/suggestion_actions.py" line="194"/>
        <source>Load or paste a source first.</source>
        <translation>Bitte zuerst eine Quelle laden oder einfügen.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/suggestion_actions.py" line="209"/>
        <source>Pre-fill from source</source>
        <translation>Aus der Quelle vorausfüllen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/suggestion_actions.py" line="210"/>
        <source>Nothing to pre-fill: the fields the source speaks of are filled. The suggestions panel lists the rest.</source>
        <translation>Nichts vorauszufüllen: Die Felder, zu denen die Quelle etwas sagt, sind gefüllt. Die übrigen Vorschläge stehen in der Liste „Vorschläge“.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/suggestion_actions.py" line="216"/>
        <source>Pre-filled %1 values from the source: the tinted fields await your confirmation (Ctrl+Return).</source>
        <translation>%1 Werte aus der Quelle vorausgefüllt: Die getönten Felder warten auf Ihre Bestätigung (Strg+Return).</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/suggestion_actions.py" line="228"/>
        <source>This field holds no suggested value to confirm.</source>
        <translation>Dieses Feld enthält keinen vorgeschlagenen Wert zum Bestätigen.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/suggestion_actions.py" line="230"/>
        <source>Confirm %1</source>
        <translation>%1 bestätigen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/suggestion_actions.py" line="234"/>
        <source>Confirm all suggested values</source>
        <translation>Alle vorgeschlagenen Werte bestätigen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/suggestion_actions.py" line="240"/>
        <source>Suggestions (%1)</source>
        <translation>Vorschläge (%1)</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/suggestion_actions.py" line="245"/>
        <source>Accept suggestion for %1</source>
        <translation>Vorschlag für %1 übernehmen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/suggestion_actions.py" line="249"/>
        <source>Reject suggestion for %1</source>
        <translation>Vorschlag für %1 verwerfen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/suggestion_actions.py" line="254"/>
        <source>Accept suggestions</source>
        <translation>Vorschläge übernehmen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/suggestion_actions.py" line="255"/>
        <source>No suggestion reaches that confidence.</source>
        <translation>Kein Vorschlag erreicht diese Sicherheit.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/suggestion_actions.py" line="270"/>
        <source>New participant</source>
        <translation>Neuer Teilnehmer</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/suggestion_actions.py" line="270"/>
        <source>New document</source>
        <translation>Neues Dokument</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/suggestion_actions.py" line="271"/>
        <source>New background entry</source>
        <translation>Neuer Hintergrundeintrag</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <location filename="../../briefing/ui/suggestions_panel.py" line="38"/>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/suggestions_panel.py" line="39"/>
        <source>Suggestion</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/suggestions_panel.py" line="39"/>
        <source>Confidence</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/suggestions_panel.py" line="54"/>
        <source>No further suggestions: everything the source offers is in the note, or was rejected.</source>
        <translation>Keine weiteren Vorschläge: Alles, was die Quelle hergibt, steht im Vermerk oder wurde verworfen.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/suggestions_panel.py" line="58"/>
        <source>Accept</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/suggestions_panel.py" line="61"/>
        <source>Reject</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/suggestions_panel.py" line="59"/>
        <source>Use the selected suggestion for its field (Enter or double click)</source>
        <translation>Den gewählten Vorschlag in sein Feld übernehmen (Eingabe oder Doppelklick)</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/suggestions_panel.py" line="62"/>
        <source>Drop the selected suggestion (Del); the note records it</source>
        <translation>Den gewählten Vorschlag verwerfen (Entf); der Vermerk hält das fest</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/suggestions_panel.py" line="69"/>
        <source>Confidence for accept all</source>
        <translation>Sicherheit für „Alle übernehmen ab“</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/suggestions_panel.py" line="70"/>
        <source>Accept all accepts each field&apos;s best suggestion with at least this confidence</source>
        <translation>„Alle übernehmen ab“ übernimmt für jedes Feld den besten Vorschlag mit mindestens dieser Sicherheit</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/suggestions_panel.py" line="72"/>
        <source>Accept all from</source>
        <translation>Alle übernehmen ab</translation>
    </message>
</context>
<context>
    <name>TableEditor</name>
    <message>
        <location filename="../../briefing/ui/tables/table_editor.py" line="71"/>
        <source>&amp;Add</source>
        <translation>H&amp;inzufügen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/tables/table_editor.py" line="71"/>
        <source>Add a row below the current one (Ctrl+Ins)</source>
        <translation>Eine Zeile unter der aktuellen einfügen (Strg+Einfg)</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/tables/table_editor.py" line="72"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/tables/table_editor.py" line="72"/>
        <source>Remove the current row (Ctrl+Del)</source>
        <translation>Die aktuelle Zeile entfernen (Strg+Entf)</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/tables/table_editor.py" line="73"/>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/tables/table_editor.py" line="73"/>
        <source>Move the current row up (Ctrl+Up)</source>
        <translation>Die aktuelle Zeile nach oben verschieben (Strg+Pfeil hoch)</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/tables/table_editor.py" line="74"/>
        <source>Move do&amp;wn</source>
        <translation>Nach u&amp;nten</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/tables/table_editor.py" line="74"/>
        <source>Move the current row down (Ctrl+Down)</source>
        <translation>Die aktuelle Zeile nach unten verschieben (Strg+Pfeil runter)</translation>
    </message>
</context>
<context>
    <name>TemplateController</name>
    <message>
        <location filename="../../briefing/ui/templates/template_controller.py" line="54"/>
        <source>New from &amp;template…</source>
        <translation>Neu aus Vor&amp;lage…</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/template_controller.py" line="55"/>
        <source>Start a new note from one of your unit&apos;s standard notes</source>
        <translation>Einen neuen Vermerk aus einer Standardvorlage Ihres Referats beginnen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/template_controller.py" line="57"/>
        <source>New from &amp;earlier note…</source>
        <translation>Neu aus frühe&amp;rem Vermerk…</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/template_controller.py" line="58"/>
        <source>Start a new note where an earlier note left off</source>
        <translation>Einen neuen Vermerk beginnen, der an einen früheren anknüpft</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/template_controller.py" line="60"/>
        <source>&amp;Save as template…</source>
        <translation>Als Vorlage s&amp;peichern…</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/template_controller.py" line="61"/>
        <source>Keep this note&apos;s outline, texts and defaults as a template</source>
        <translation>Gliederung, Texte und Vorgaben dieses Vermerks als Vorlage sichern</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/template_controller.py" line="63"/>
        <source>S&amp;witch template…</source>
        <translation>Vorlage &amp;wechseln…</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/template_controller.py" line="64"/>
        <source>Lay the note out by another template, e.g. in English</source>
        <translation>Den Vermerk nach einer anderen Vorlage gliedern, z. B. auf Englisch</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/template_controller.py" line="66"/>
        <source>&amp;Manage templates…</source>
        <translation>Vorlagen &amp;verwalten…</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/template_controller.py" line="67"/>
        <source>Rename, duplicate, delete, import and export templates; set their letterheads</source>
        <translation>Vorlagen umbenennen, duplizieren, löschen, importieren und exportieren; Briefköpfe festlegen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/template_controller.py" line="98"/>
        <source>Te&amp;mplates</source>
        <translation>&amp;Vorlagen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/template_controller.py" line="122"/>
        <source>No template</source>
        <translation>Keine Vorlage</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/template_controller.py" line="122"/>
        <source>This note was not made from a template.</source>
        <translation>Dieser Vermerk wurde nicht aus einer Vorlage erstellt.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/template_controller.py" line="124"/>
        <source>Template: %1</source>
        <translation>Vorlage: %1</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/template_controller.py" line="129"/>
        <source>Template: %1 (%2)</source>
        <translation>Vorlage: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/template_controller.py" line="132"/>
        <source>Template: %1 (cannot be used)</source>
        <translation>Vorlage: %1 (nicht verwendbar)</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/template_controller.py" line="135"/>
        <source>Template: %1 (not found)</source>
        <translation>Vorlage: %1 (nicht gefunden)</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/template_controller.py" line="136"/>
        <source>No template of this name is in your own, the shared or the built-in templates; the note exports without a letterhead.</source>
        <translation>Eine Vorlage dieses Namens gibt es weder unter Ihren eigenen noch unter den gemeinsamen oder mitgelieferten Vorlagen; der Vermerk wird ohne Briefkopf exportiert.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/template_controller.py" line="151"/>
        <source>New note from template</source>
        <translation>Neuer Vermerk aus Vorlage</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/template_controller.py" line="156"/>
        <source>New note from the template “%1”</source>
        <translation>Neuer Vermerk aus der Vorlage „%1“</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/template_controller.py" line="163"/>
        <location filename="../../briefing/ui/templates/template_controller.py" line="172"/>
        <source>New note from earlier note</source>
        <translation>Neuer Vermerk aus früherem Vermerk</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/template_controller.py" line="164"/>
        <source>Briefing notes (*.briefing.json *.json *.docx);;All files (*)</source>
        <translation>Briefing-Vermerke (*.briefing.json *.json *.docx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/template_controller.py" line="169"/>
        <source>Reading %1 …</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/template_controller.py" line="187"/>
        <source>New note from %1; Save as gives it a file.</source>
        <translation>Neuer Vermerk aus %1; „Speichern unter“ gibt ihm eine Datei.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/template_controller.py" line="206"/>
        <location filename="../../briefing/ui/templates/template_controller.py" line="215"/>
        <source>Save as template</source>
        <translation>Als Vorlage speichern</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/template_controller.py" line="207"/>
        <source>You already have a template named “%1”. Replace it?</source>
        <translation>Sie haben bereits eine Vorlage „%1“. Ersetzen?</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/template_controller.py" line="218"/>
        <source>Saved the template “%1” in your own templates.</source>
        <translation>Vorlage „%1“ unter Ihren eigenen Vorlagen gespeichert.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/template_controller.py" line="226"/>
        <location filename="../../briefing/ui/templates/template_controller.py" line="234"/>
        <source>Switch template</source>
        <translation>Vorlage wechseln</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/template_controller.py" line="226"/>
        <source>&amp;Switch</source>
        <translation>&amp;Wechseln</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/template_controller.py" line="236"/>
        <source>Switch to template “%1”</source>
        <translation>Zur Vorlage „%1“ wechseln</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/template_controller.py" line="238"/>
        <source>The note already follows “%1”.</source>
        <translation>Der Vermerk folgt bereits „%1“.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/template_controller.py" line="240"/>
        <source>The note follows the template “%1” now; Undo switches back.</source>
        <translation>Der Vermerk folgt jetzt der Vorlage „%1“; „Rückgängig“ wechselt zurück.</translation>
    </message>
</context>
<context>
    <name>TemplateList</name>
    <message>
        <location filename="../../briefing/ui/templates/template_list.py" line="23"/>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/template_list.py" line="25"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/template_list.py" line="25"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/template_list.py" line="25"/>
        <source>From</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/template_list.py" line="25"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>TemplatePickerDialog</name>
    <message>
        <location filename="../../briefing/ui/templates/template_picker.py" line="29"/>
        <source>New note from template</source>
        <translation>Neuer Vermerk aus Vorlage</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/template_picker.py" line="41"/>
        <source>&amp;Create note</source>
        <translation>Vermerk &amp;anlegen</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/template_picker.py" line="60"/>
        <source>%1: %2. Its templates are missing from the list.</source>
        <translation>%1: %2. Die Vorlagen von dort fehlen in der Liste.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/template_picker.py" line="71"/>
        <source>No template is selected.</source>
        <translation>Keine Vorlage ausgewählt.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/template_picker.py" line="77"/>
        <source>The note uses this template.</source>
        <translation>Der Vermerk verwendet diese Vorlage.</translation>
    </message>
</context>
<context>
    <name>TemplateWords</name>
    <message>
        <location filename="../../briefing/ui/templates/entry_words.py" line="16"/>
        <source>built-in</source>
        <translation>Mitgeliefert</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/entry_words.py" line="17"/>
        <source>shared</source>
        <translation>Gemeinsam</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/entry_words.py" line="18"/>
        <source>your own</source>
        <translation>Eigene</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/entry_words.py" line="19"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/entry_words.py" line="28"/>
        <source>%1 – overrides %2</source>
        <translation>%1 (ersetzt: %2)</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/entry_words.py" line="34"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/entry_words.py" line="34"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/entry_words.py" line="50"/>
        <location filename="../../briefing/ui/templates/entry_words.py" line="60"/>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/entry_words.py" line="53"/>
        <source>Letterhead: %1</source>
        <translation>Briefkopf: %1</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/entry_words.py" line="55"/>
        <source>Overrides the %1 template in %2</source>
        <translation>Ersetzt die gleichnamige Vorlage (Herkunft: %1) in %2</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/templates/entry_words.py" line="58"/>
        <source>Cannot be used: %1</source>
        <translation>Nicht verwendbar: %1</translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <location filename="../../briefing/ui/forms/visit_form.py" line="22"/>
        <source>The visiting country (ISO code)</source>
        <translation>Das besuchende Land</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/forms/visit_form.py" line="26"/>
        <source>The receiving country (ISO code)</source>
        <translation>Das empfangende Land</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/forms/visit_form.py" line="30"/>
        <source>Cities, separated by commas</source>
        <translation>Städte, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/forms/visit_form.py" line="33"/>
        <source>e.g. first meeting of the commission …</source>
        <translation>z. B. erste Sitzung der Kommission …</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/forms/visit_form.py" line="36"/>
        <location filename="../../briefing/ui/forms/visit_form.py" line="37"/>
        <source>One aim per line</source>
        <translation>Ein Ziel je Zeile</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/forms/visit_form.py" line="37"/>
        <source>P&amp;urpose</source>
        <translation>&amp;Ziele</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/forms/visit_form.py" line="39"/>
        <source>Sectors, separated by commas</source>
        <translation>Bereiche, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/forms/visit_form.py" line="21"/>
        <source>Guest &amp;country</source>
        <translation>Ga&amp;stland</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/forms/visit_form.py" line="25"/>
        <source>H&amp;ost country</source>
        <translation>Gastgeber&amp;land</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/forms/visit_form.py" line="29"/>
        <source>Fro&amp;m</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/forms/visit_form.py" line="31"/>
        <source>P&amp;laces</source>
        <translation>&amp;Orte</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/forms/visit_form.py" line="34"/>
        <source>Occ&amp;asion</source>
        <translation>A&amp;nlass</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/forms/visit_form.py" line="40"/>
        <source>Secto&amp;rs</source>
        <translation>Be&amp;reiche</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/forms/visit_form.py" line="51"/>
        <source>Start of the visit</source>
        <translation>Beginn des Besuchs</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/forms/visit_form.py" line="52"/>
        <source>End of the visit</source>
        <translation>Ende des Besuchs</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/forms/visit_form.py" line="53"/>
        <source>A day, or only a month when the day is not known yet</source>
        <translation>Ein Tag, oder nur ein Monat, solange der Tag nicht feststeht</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/forms/visit_form.py" line="56"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/forms/visit_form.py" line="57"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
</context>
<context>
    <name>WindowPanels</name>
    <message>
        <location filename="../../briefing/ui/window_panels.py" line="30"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/window_panels.py" line="32"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/window_panels.py" line="56"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/window_panels.py" line="61"/>
        <source>Your name, unit and phone, the default classification, the interface language</source>
        <translation>Ihr Name, Referat und Telefon, die Standard-Einstufung, die Sprache der Oberfläche</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/window_panels.py" line="97"/>
        <source>The new interface language shows after a restart.</source>
        <translation>Die neue Sprache der Oberfläche gilt nach einem Neustart.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/window_panels.py" line="99"/>
        <source>Preferences saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/window_panels.py" line="104"/>
        <source>Problems — errors: %1, warnings: %2</source>
        <translation>Probleme – Fehler: %1, Warnungen: %2</translation>
    </message>
    <message>
        <location filename="../../briefing/ui/window_panels.py" line="107"/>
        <source>Problems — none</source>
        <translation>Probleme – keine</translation>
    </message>
</context>
</TS>
