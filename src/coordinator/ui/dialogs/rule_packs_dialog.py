"""Settings > Rule packs: view and edit a program's rules as data, or copy a pack as a new one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coordinator.errors import ConcurrentEditError, CoordinatorError
from coordinator.services.compliance.pack_admin import (
    RULE_FIELDS,
    PackDetail,
    RuleField,
    copy_pack,
    get_pack,
    list_packs,
    rule_value,
    update_pack,
)
from coordinator.ui.context import AppContext
from coordinator.ui.figures import counted
from coordinator.ui.translation_marks import QT_TRANSLATE_NOOP
from coordinator.ui.widgets.milestone_editor import MilestoneEditor
from coordinator.ui.widgets.sizes import text_chars, text_lines
from coordinator.ui.widgets.stale_edit_bar import StaleEditBar

NO_RULE = QT_TRANSLATE_NOOP("RulePacksDialog", "no rule")


class RulePacksDialog(QDialog):
    """Packs on the left; the chosen pack's rules, typed, on the right. Save is audited."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._pack: PackDetail | None = None
        self.editors: dict[str, QWidget] = {}
        self.setWindowTitle(self.tr("Rule packs"))
        self._build()
        self.reload()

    def _build(self) -> None:
        self.packs = QListWidget()
        self.packs.setAccessibleName(self.tr("Rule packs"))
        self.packs.setMaximumWidth(text_chars(self.packs, 53))
        self.packs.setMinimumWidth(280)
        self.packs.currentItemChanged.connect(lambda item, _old: self._show_pack(item))
        self.name = QLineEdit()
        self.description = QPlainTextEdit()
        self.description.setMaximumHeight(text_lines(self.description, 4.5))
        self.description.setTabChangesFocus(True)
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Description"), self.description)
        for field in RULE_FIELDS:
            editor = self._editor(field)
            self.editors[field.key] = editor
            if isinstance(editor, MilestoneEditor):  # a table wants the whole width
                form.addRow(QLabel(field.label))
                form.addRow(editor)
            else:
                form.addRow(field.label, editor)
        rules = QWidget()
        rules.setLayout(form)
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the rules inside
        scroll.setWidget(rules)
        scroll.setWidgetResizable(True)
        self.used_by = QLabel()
        self.message = QLabel(wordWrap=True)
        self.save_button = QPushButton(self.tr("&Save changes"))
        self.copy_button = QPushButton(self.tr("&Copy as a new pack..."))
        self.save_button.clicked.connect(lambda: self.save())
        self.stale = StaleEditBar()
        self.stale.reload_chosen.connect(lambda: self._show_pack(self.packs.currentItem()))
        self.stale.overwrite_chosen.connect(lambda: self.save(overwrite=True))
        self.copy_button.clicked.connect(self._ask_copy)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        right = QVBoxLayout()
        right.addWidget(self.used_by)
        right.addWidget(scroll, 1)
        right.addWidget(self.message)
        right.addWidget(self.stale)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.addWidget(self.packs)
        layout.addLayout(right, 1)
        self.resize(900, 640)

    @staticmethod
    def _editor(field: RuleField) -> QWidget:
        if field.kind == "minutes":
            hours = QDoubleSpinBox(minimum=0, maximum=2000, decimals=1, singleStep=0.5)
            hours.setSuffix(QCoreApplication.translate("RulePacksDialog", " hours"))
            hours.setSpecialValueText(QCoreApplication.translate("RulePacksDialog", NO_RULE))
            return hours
        if field.kind == "int":
            number = QSpinBox(minimum=0, maximum=100000)
            number.setSpecialValueText(QCoreApplication.translate("RulePacksDialog", NO_RULE))
            return number
        if field.kind == "bool":
            return QCheckBox()
        if field.kind == "milestones":
            return MilestoneEditor()
        if field.kind == "days":
            days = QLineEdit()
            days.setPlaceholderText(
                QCoreApplication.translate("RulePacksDialog", "for example 14, 28")
            )
            return days
        topics = QPlainTextEdit()
        topics.setTabChangesFocus(True)
        topics.setPlaceholderText(QCoreApplication.translate("RulePacksDialog", "one topic a line"))
        topics.setMinimumHeight(110)
        return topics

    # --- loading --------------------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        current = select_id or (self._pack.id if self._pack else None)
        with self._context.db.reading() as s:
            packs = list_packs(s)
        self.packs.blockSignals(True)
        self.packs.clear()
        for p in packs:
            shipped = self.tr(" (shipped)") if p.builtin else ""
            item = QListWidgetItem(f"{p.name}{shipped}")
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            item.setToolTip(
                self.tr("Used by {programs}").format(
                    programs=counted(p.programs, self.tr("program"), self.tr("programs"))
                )
            )
            self.packs.addItem(item)
        self.packs.blockSignals(False)
        row = next((i for i, p in enumerate(packs) if p.id == current), 0)
        if packs:
            self.packs.setCurrentRow(row)
            self._show_pack(self.packs.currentItem())

    def _show_pack(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        with self._context.db.reading() as s:
            self._pack = get_pack(s, int(item.data(Qt.ItemDataRole.UserRole)))
            used = next(p.programs for p in list_packs(s) if p.id == self._pack.id)
        self.used_by.setText(
            self.tr("Used by {used}. Changes apply to all of them.").format(
                used=counted(used, self.tr("program"), self.tr("programs"))
            )
        )
        self.name.setText(self._pack.name)
        self.description.setPlainText(self._pack.description)
        for field in RULE_FIELDS:
            self._set(field, rule_value(self._pack.rules, field.key))
        self.message.clear()
        self.stale.hide()

    def _set(self, field: RuleField, value: Any) -> None:
        editor = self.editors[field.key]
        if isinstance(editor, QDoubleSpinBox):
            editor.setValue((value or 0) / 60)
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value or 0))
        elif isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        elif isinstance(editor, QLineEdit):
            editor.setText(", ".join(str(v) for v in value or []))
        elif isinstance(editor, QPlainTextEdit):
            editor.setPlainText("\n".join(str(v) for v in value or []))
        elif isinstance(editor, MilestoneEditor):
            editor.set_milestones(value)

    # --- saving ---------------------------------------------------------------------------------

    def entered_rules(self) -> dict[str, Any]:
        """The rules as the editors hold them (validated by the service when saved)."""
        rules: dict[str, Any] = {}
        for field in RULE_FIELDS:
            editor = self.editors[field.key]
            if isinstance(editor, QDoubleSpinBox):
                rules[field.key] = round(editor.value() * 60) or None
            elif isinstance(editor, QSpinBox):
                rules[field.key] = editor.value() or None
            elif isinstance(editor, QCheckBox):
                rules[field.key] = editor.isChecked()
            elif isinstance(editor, QLineEdit):
                rules[field.key] = [p.strip() for p in editor.text().split(",") if p.strip()]
            elif isinstance(editor, QPlainTextEdit):
                rules[field.key] = [
                    line.strip() for line in editor.toPlainText().splitlines() if line.strip()
                ]
            elif isinstance(editor, MilestoneEditor):
                rules[field.key] = editor.milestones()
        return rules

    def save(self, *, overwrite: bool = False) -> bool:
        if self._pack is None:
            return False
        try:
            with self._context.db.transaction() as s:
                update_pack(
                    s,
                    self._pack.id,
                    name=self.name.text(),
                    description=self.description.toPlainText(),
                    rules=self.entered_rules(),
                    expected_version=self._pack.version,
                    seen=self._pack,
                    overwrite=overwrite,
                )
        except ConcurrentEditError as exc:
            self.message.clear()
            self.stale.offer(str(exc))  # what was typed stays until they choose
            return False
        except CoordinatorError as exc:
            self.message.setText(str(exc))
            return False
        self._context.notify("settings")
        self.reload(self._pack.id)
        self.message.setText(
            self.tr("Saved. The dashboard re-evaluates every mentee with these rules.")
        )
        return True

    def _ask_copy(self) -> None:
        if self._pack is None:
            return
        name, ok = QInputDialog.getText(
            self,
            self.tr("Copy rule pack"),
            self.tr("Name of the new pack:"),
            text=self.tr("{name} (copy)").format(name=self._pack.name),
        )
        if ok and name.strip():
            self.copy_current(name)

    def copy_current(self, name: str) -> int | None:
        if self._pack is None:
            return None
        try:
            with self._context.db.transaction() as s:
                new_id = copy_pack(s, self._pack.id, name)
        except CoordinatorError as exc:
            self.message.setText(str(exc))
            return None
        self._context.notify("settings")
        self.reload(new_id)
        self.message.setText(self.tr("Copied. Edit the new pack, then choose it for a program."))
        return new_id
