"""Every string the window shows goes through Qt's translation machinery (issue 19, item 5).

Each module of `coordinator/ui` is read with `ast`; a string literal with a letter in it fails
the module's test unless it is wrapped (`self.tr`, `QCoreApplication.translate`,
`QT_TRANSLATE_NOOP`), or it is plainly not shown: a docstring, a key or identifier ("campus",
"PeoplePage", "layout/columns", "Ctrl+1"), an argument of a call that shows nothing (object
names, settings keys, logging, raised exceptions, date formats, icons, style sheets), a dict key
or subscript, a comparison operand, a type annotation, or a line that says why with
`# untranslated: <why>` ("each language in its own words", "printed for the smoke test").

So `QLabel("Mentor")`, `setText(f"{n} mentees")`, `HEADERS = ("Name", "Campus")` and
`"A" if x else "B"` all fail, wherever they are.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

UI = Path(__file__).resolve().parents[2] / "src" / "coordinator" / "ui"
MARK = "# untranslated:"

WRAPPERS = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP", "QT_TRANSLATE_NOOP3"}
NOT_SHOWN_CALLS = {
    # Qt calls whose strings are names, keys, formats or resources, never shown as text
    "setObjectName",
    "objectName",
    "findChild",
    "findChildren",
    "setProperty",
    "property",
    "setValue",
    "value",
    "QSettings",
    "QKeySequence",
    "setShortcut",
    "QIcon",
    "fromTheme",
    "QPixmap",
    "QFont",
    "QColor",
    "QUrl",
    "setStyleSheet",
    "toString",
    "fromString",
    "setDisplayFormat",
    "connect",
    "Signal",
    "Slot",
    "Property",
    "setApplicationName",
    "setOrganizationName",
    "setOrganizationDomain",
    "setDesktopFileName",
    "addApplicationFont",
    "QFontDatabase",
    "setFamily",
    "setFamilies",
    "QRegularExpression",
    # Python calls of the same kind
    "import_module",
    "getattr",
    "setattr",
    "hasattr",
    "getenv",
    "get",
    "pop",
    "setdefault",
    "compile",
    "strftime",
    "strptime",
    "cast",
    "TypeVar",
    "print",
    "write",
    "open",
    "Path",
    "joinpath",
    "with_suffix",
    "startswith",
    "endswith",
    "split",
    "rsplit",
    "partition",
    "removeprefix",
    "removesuffix",
    "replace",
    "encode",
    "decode",
    "resource",
    "fullmatch",
    "match",
    "search",
    "sub",
    "warn",
    "namedtuple",
    "field",
}
LOGGERS = {"log", "logger", "logging", "_log", "LOG", "_logger", "LOGGER"}
IDENTIFIER_LIKE = re.compile(
    r"[a-z0-9_\W]*"  # all lower case, digits or signs without a space: a key, a module, a format
    r"|[\w.+\-]*[0-9._/:+][\w.+\-/:]*"  # a dotted name, a path, a file name, "Ctrl+1"
    r"|[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+"  # CamelCase: a class or an object name
    r"|[A-Z0-9]+(?:_[A-Z0-9]+)+"  # CONSTANT_NAME, an environment variable
    r"|&?[A-Z]"  # a single letter: a column letter, a mnemonic
    r"|\(\?.*|\^.*|.*\\.*"  # a regular expression
)


def _call_name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _is_logging(call: ast.Call) -> bool:
    func = call.func
    return (
        isinstance(func, ast.Attribute)
        and isinstance(func.value, ast.Name)
        and func.value.id in LOGGERS
    )


class _Checker:
    def __init__(self, source: str) -> None:
        self.lines = source.splitlines()
        self.tree = ast.parse(source)
        self.parents: dict[int, ast.AST] = {}
        for node in ast.walk(self.tree):
            for child in ast.iter_child_nodes(node):
                self.parents[id(child)] = node
        self.docstrings = {
            id(node.body[0].value)
            for node in ast.walk(self.tree)
            if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
            and node.body
            and isinstance(node.body[0], ast.Expr)
            and isinstance(node.body[0].value, ast.Constant)
        }

    def parent(self, node: ast.AST) -> ast.AST | None:
        return self.parents.get(id(node))

    def findings(self) -> list[tuple[int, str]]:
        found: list[tuple[int, int, str]] = []
        for node in ast.walk(self.tree):
            if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
                continue
            text = node.value
            if not re.search(r"[^\W\d_]", text) or id(node) in self.docstrings:
                continue
            if IDENTIFIER_LIKE.fullmatch(text.strip()) and not re.search(r"\s", text.strip()):
                continue
            if self._marked(node) or self._not_shown(node):
                continue
            found.append((node.lineno, node.col_offset, text))
        return [(line, text) for line, _, text in sorted(found)]

    def _marked(self, node: ast.AST) -> bool:
        # the mark may sit on any line of the statement the string belongs to
        statement: ast.AST | None = node
        while statement is not None and not isinstance(statement, ast.stmt):
            statement = self.parent(statement)
        first = getattr(statement or node, "lineno", 1)
        last = getattr(statement or node, "end_lineno", first) or first
        if isinstance(statement, (ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef)):
            last = first  # a def's own line, not its whole body
        return any(MARK in line for line in self.lines[first - 1 : last])

    def _not_shown(self, node: ast.AST) -> bool:
        child: ast.AST = node
        parent = self.parent(node)
        while parent is not None:
            if isinstance(parent, ast.Dict) and any(k is child for k in parent.keys):
                return True
            if isinstance(parent, ast.Subscript) and parent.slice is child:
                return True
            if isinstance(parent, ast.Compare):
                return True
            if isinstance(parent, (ast.arg, ast.AnnAssign)) and child is parent.annotation:
                return True
            if isinstance(parent, (ast.FunctionDef, ast.AsyncFunctionDef)) and (
                child is parent.returns
            ):
                return True
            if isinstance(parent, ast.Call):
                if child is parent.func:
                    child, parent = parent, self.parent(parent)
                    continue
                name = _call_name(parent)
                if name in WRAPPERS:
                    return True
                if name in NOT_SHOWN_CALLS or _is_logging(parent):
                    return True
                above = self.parent(parent)
                return isinstance(above, ast.Raise)  # an exception's words, for developers
            if isinstance(parent, ast.Raise):
                return True
            if isinstance(parent, (ast.stmt, ast.Lambda)):
                return False
            child, parent = parent, self.parent(parent)
        return False


def untranslated(source: str) -> list[tuple[int, str]]:
    """(line, text) of each string in `source` that would be shown without translation."""
    return _Checker(source).findings()


MODULES = sorted(UI.rglob("*.py"))


@pytest.mark.parametrize(
    "module", MODULES, ids=[str(m.relative_to(UI).with_suffix("")) for m in MODULES]
)
def test_every_shown_string_is_wrapped_for_translation(module: Path) -> None:
    found = untranslated(module.read_text(encoding="utf-8"))
    where = module.relative_to(UI.parent.parent)
    assert not found, "\n".join(
        f"{where}:{line}: {text!r} is shown but not wrapped for translation "
        f"(self.tr / QCoreApplication.translate, or end the line with '{MARK} why')"
        for line, text in found
    )


def test_the_checker_finds_what_a_user_would_see_in_english() -> None:
    source = """
from PySide6.QtWidgets import QLabel
HEADERS = ("Name", "Campus")
class Page:
    def build(self, n):
        QLabel("Mentor")
        self.status.setText(f"{n} mentees shown")
        self.title.setText("Open" if n else "Closed")
        self.button.clicked.connect(lambda: self.status.setText("Saved"))
        QMessageBox.warning(self, "Coordinator", "The file is locked")
"""
    texts = [text for _, text in untranslated(source)]
    assert texts == [
        "Name",
        "Campus",
        "Mentor",
        " mentees shown",
        "Open",
        "Closed",
        "Saved",
        "Coordinator",
        "The file is locked",
    ]


def test_the_checker_lets_wrapped_and_unshown_strings_be() -> None:
    source = '''
"""A docstring is for developers."""
from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
HEADERS = (QT_TRANSLATE_NOOP("PeopleModel", "Name"),)
log = logging.getLogger("coordinator.ui")
class Page:
    def build(self, n, kind: "QWidget | None"):
        self.setObjectName("PeoplePage")
        self.label.setText(self.tr("{n} mentees shown").format(n=n))
        self.title.setText(QCoreApplication.translate("Page", "Open"))
        self.combo.addItem("English", "en")  # untranslated: each language in its own words
        self.settings.setValue("layout/columns", 3)
        log.warning("a periodic backup failed: %s", kind)
        if kind == "Dashboard Page":
            raise RuntimeError("install_translator needs the application to exist")
        self.stamp.setText(day.toString("d MMM yyyy"))
        self.go.setShortcut("Ctrl+Shift+N")
        return {"Mentor name": 1}["Mentor name"]
'''
    assert untranslated(source) == []
