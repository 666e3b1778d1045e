"""Reusable input widgets: country picker, date range."""
