"""The cheap check of which modules use PySide gives shiboken's own answer."""

from __future__ import annotations

import inspect
import subprocess
import sys
from types import ModuleType

from coordinator.ui.pyside_imports import module_uses_pyside


def shiboken_answer(module: ModuleType) -> bool:
    """What shiboken's `_mod_uses_pyside` says: the word PySide6 in `inspect.getsource`."""
    try:
        return "PySide6" in inspect.getsource(module)
    except (TypeError, OSError, SyntaxError):
        return False


def test_every_loaded_module_gets_the_same_answer() -> None:
    # Modules that use PySide, and many that do not.
    import coordinator.ui.main_window
    import coordinator.ui.pages.dashboard_page  # noqa: F401

    modules = [m for m in list(sys.modules.values()) if isinstance(m, ModuleType)]
    assert len(modules) > 300
    users = [m.__name__ for m in modules if module_uses_pyside(m)]
    assert "coordinator.ui.main_window" in users
    assert "sqlalchemy.orm" not in users
    assert [m.__name__ for m in modules if module_uses_pyside(m) != shiboken_answer(m)] == []


def test_the_window_start_replaces_the_check() -> None:
    """In a fresh process, as `coordinator gui` starts: shiboken's check is the cheap one."""
    code = (
        "import sys\n"
        "from coordinator.ui.pyside_imports import module_uses_pyside, quicken_module_checks\n"
        "print(quicken_module_checks())\n"
        "feature = sys.modules['shibokensupport.feature']\n"
        "print(feature._mod_uses_pyside is module_uses_pyside)\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from coordinator.ui.figures import counted\n"
        "print(counted(2, 'mentee'))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.splitlines() == ["True", "True", "2 mentees"]
