"""Note templates and letterhead bases: the library, applying and saving templates."""

from briefing.templates.apply import new_note, switch_note, switch_template
from briefing.templates.earlier import note_from_earlier, recurring_participants
from briefing.templates.exporting import export_note, prepare_export
from briefing.templates.folders import builtin_templates_folder, user_data_folder, user_templates_folder
from briefing.templates.from_note import KeepOptions, save_note_as_template, template_from_note
from briefing.templates.letterhead import letterhead_problem
from briefing.templates.library import Origin, TemplateEntry, TemplateLibrary, read_entry
from briefing.templates.manage import (
    delete_template,
    duplicate_template,
    export_template,
    import_template,
    remove_letterhead,
    rename_template,
    set_letterhead,
)
from briefing.templates.template import (
    META_DEFAULT_FIELDS,
    Template,
    TemplateDefaults,
    TemplateSection,
    dumps_template,
    load_template,
    loads_template,
    save_template,
)

__all__ = [
    "META_DEFAULT_FIELDS", "KeepOptions", "Origin", "Template", "TemplateDefaults", "TemplateEntry",
    "TemplateLibrary", "TemplateSection", "builtin_templates_folder", "delete_template", "dumps_template",
    "duplicate_template", "export_note", "export_template", "import_template", "letterhead_problem",
    "load_template", "loads_template", "new_note", "note_from_earlier", "prepare_export", "read_entry",
    "recurring_participants", "remove_letterhead", "rename_template", "save_note_as_template",
    "save_template", "set_letterhead", "switch_note", "switch_template", "template_from_note", "user_data_folder",
    "user_templates_folder",
]
