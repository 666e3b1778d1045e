"""The editor's template commands: picker, save as template, manage, switch, the watched library."""
