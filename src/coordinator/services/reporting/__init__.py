"""Report and export data: plain rows for the PDF and spreadsheet writers. No Qt here."""

# The tables a program year exports as; here so the command line's choices need no database code.
EXPORT_KINDS = ("people", "assignments", "checkins", "compliance", "funds")
