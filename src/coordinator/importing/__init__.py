"""Spreadsheet readers, header mapping, validation, the import plan and applying it."""
