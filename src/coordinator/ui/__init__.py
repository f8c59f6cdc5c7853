"""The PySide6 window: pages, dialogs, Qt models and workers. Only this package imports Qt."""

from coordinator.ui import qt_compat

qt_compat.install()  # before any widget emits a signal (see qt_compat for the PySide bug)
