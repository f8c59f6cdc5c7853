"""The PySide6 window: pages, dialogs, Qt models and workers. Only this package imports Qt."""
