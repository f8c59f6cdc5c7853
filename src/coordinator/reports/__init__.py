"""PDF (reportlab) and Excel (openpyxl) writers over plain report data. No queries here."""
