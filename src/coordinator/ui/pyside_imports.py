"""PySide's look at every module imported after it, made cheap (the window's start-up).

Once PySide6 is imported, each newly imported module is asked whether it uses PySide (its
`__feature__` switches, such as snake_case, apply only to those): shiboken reads the module's
source with `inspect.getsource`, which also walks every loaded module (`inspect.getmodule`) each
time. For the 300-odd modules imported between the first paint and the Dashboard's figures
(SQLAlchemy, the models, the services) that was about 100 ms of the interpreter's time. The
same answer, whether the source file holds the word "PySide6", is read here from the file
directly. A PySide without that internal is left as it is.
"""

from __future__ import annotations

import sys
from types import ModuleType


def module_uses_pyside(module: ModuleType) -> bool:
    """Whether `module`'s source file holds the word PySide6 (False without a source file)."""
    origin = getattr(getattr(module, "__spec__", None), "origin", None)
    if not isinstance(origin, str) or not origin.endswith(".py"):
        return False  # compiled, frozen or built in: inspect.getsource cannot read it either
    try:
        with open(origin, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def quicken_module_checks() -> bool:
    """Put `module_uses_pyside` in place of shiboken's check; True when it was replaced."""
    import PySide6.QtCore  # noqa: F401 - loads shiboken's import hook, the one replaced

    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = module_uses_pyside  # type: ignore[attr-defined]
    return True
