"""Create or edit a program: name, rule pack, description, topic list and match weights."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordinator.errors import ConcurrentEditError, CoordinatorError
from coordinator.services.programs import setup
from coordinator.services.programs.match_weights import MAX_WEIGHT, WEIGHT_LABELS, weight_problem
from coordinator.services.programs.setup import ProgramForm, TopicEdit
from coordinator.ui.context import AppContext
from coordinator.ui.models.topic_list_model import ACTIVE, NAME, REQUIRED, TopicListModel
from coordinator.ui.translation_marks import QT_TRANSLATE_NOOP
from coordinator.ui.widgets.sizes import text_lines
from coordinator.ui.widgets.stale_edit_bar import StaleEditBar

WEIGHT_HELP = QT_TRANSLATE_NOOP(
    "ProgramDialog",
    "How much each preference counts when Coordinator suggests mentors and runs Match all. "
    "0 ignores a preference; higher numbers weigh more.",
)


class ProgramDialog(QDialog):
    """`program_id=None` creates a program; after Save, `program_id` holds the saved program's id.

    Validation happens in `accept()`: the field to fix gets the focus, the reason is shown, and the
    dialog stays open.
    """

    def __init__(
        self, context: AppContext, program_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self.program_id = program_id
        with context.db.reading() as session:
            form = setup.program_form(session, program_id)
            packs = setup.rule_pack_names(session)
            self._pack_topics = {p: setup.required_topics_of(session, p) for p in packs}
        self.setWindowTitle(
            self.tr("New program")
            if program_id is None
            else self.tr("Edit program — {name}").format(name=form.name)
        )
        self._build(packs)
        self._load(form)

    # --- layout ---------------------------------------------------------------------------------

    def _build(self, packs: list[str]) -> None:
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. New Librarians"))
        self.name.setMaxLength(200)
        self.rule_pack = QComboBox()
        self.rule_pack.addItems(packs)
        self.rule_pack.currentTextChanged.connect(self._pack_chosen)
        self.description = QPlainTextEdit()
        self.description.setPlaceholderText(self.tr("What the program is for, who it serves"))
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(text_lines(self.description, 3.5))
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Rule pack:"), self.rule_pack)
        form.addRow(self.tr("&Description:"), self.description)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        columns = QHBoxLayout()
        columns.addWidget(self._topics_box(), 3)
        columns.addWidget(self._weights_box(), 2)
        layout.addLayout(columns, 1)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setObjectName("error")
        self.error.hide()
        layout.addWidget(self.error)
        self.stale = StaleEditBar()
        self.stale.reload_chosen.connect(self.reload)
        self.stale.overwrite_chosen.connect(lambda: self.accept(overwrite=True))
        layout.addWidget(self.stale)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(860, 560)
        self.name.setFocus()

    def _topics_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("&Topics"))
        self.topic_model = TopicListModel(self)
        self.topic_view = QTableView()
        self.topic_view.setModel(self.topic_model)
        self.topic_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.topic_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.topic_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.topic_view.setTabKeyNavigation(False)  # Tab leaves the table, as in a form
        header = self.topic_view.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(REQUIRED, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ACTIVE, QHeaderView.ResizeMode.ResizeToContents)
        self.topic_view.verticalHeader().setDefaultSectionSize(24)
        self.add_topic_button = QPushButton(self.tr("&Add topic"))
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        self.remove_button = QPushButton(self.tr("Remo&ve new topic"))
        self.add_topic_button.clicked.connect(self.add_topic)
        self.up_button.clicked.connect(lambda: self.move_topic(-1))
        self.down_button.clicked.connect(lambda: self.move_topic(1))
        self.remove_button.clicked.connect(self.remove_topic)
        for keys, delta in ((QKeySequence("Ctrl+Up"), -1), (QKeySequence("Ctrl+Down"), 1)):
            shortcut = QShortcut(keys, self.topic_view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda d=delta: self.move_topic(d))
        self.topic_view.selectionModel().currentRowChanged.connect(lambda *_: self._topic_buttons())
        buttons = QHBoxLayout()
        for button in (self.add_topic_button, self.up_button, self.down_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        hint = QLabel(
            self.tr(
                "Type or press F2 to rename; Space ticks Required or Active; Ctrl+Up/Down "
                "reorders. A topic used by check-ins is deactivated, not deleted."
            )
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)
        layout = QVBoxLayout(box)
        layout.addWidget(self.topic_view, 1)
        layout.addLayout(buttons)
        layout.addWidget(hint)
        return box

    def _weights_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("&Match weights"))
        form = QFormLayout(box)
        explain = QLabel(self.tr(WEIGHT_HELP))
        explain.setWordWrap(True)
        form.addRow(explain)
        self.weights: dict[str, QDoubleSpinBox] = {}
        for key, label in WEIGHT_LABELS.items():
            spin = QDoubleSpinBox()
            spin.setRange(0.0, MAX_WEIGHT)
            spin.setDecimals(1)
            spin.setSingleStep(0.5)
            spin.setAccelerated(True)
            spin.setAlignment(Qt.AlignmentFlag.AlignRight)
            self.weights[key] = spin
            form.addRow(f"{label}:", spin)
        return box

    # --- values ---------------------------------------------------------------------------------

    def _load(self, form: ProgramForm) -> None:
        """Fill the form with the program as read; a later save compares with it."""
        self._opened = form
        self.name.setText(form.name)
        self.rule_pack.blockSignals(True)
        self.rule_pack.setCurrentText(form.rule_pack)
        self.rule_pack.blockSignals(False)
        self.description.setPlainText(form.description)
        topics = form.topics
        if form.id is None:
            required = self._pack_topics.get(form.rule_pack, [])
            topics = [TopicEdit(None, name, True) for name in required]
        self.topic_model.set_topics(topics)
        for key, spin in self.weights.items():
            spin.setValue(form.weights.get(key, 0.0))
        self._topic_buttons()

    def _pack_chosen(self, pack: str) -> None:
        """Choosing a pack adds the topics it requires that the list does not have yet."""
        names = {t.name.casefold() for t in self.topic_model.topics()}
        for topic_name in self._pack_topics.get(pack, []):
            if topic_name.casefold() not in names:
                row = self.topic_model.add_topic(topic_name)
                self.topic_model.setData(
                    self.topic_model.index(row, REQUIRED),
                    Qt.CheckState.Checked.value,
                    Qt.ItemDataRole.CheckStateRole,
                )

    def current_form(self) -> ProgramForm:
        return ProgramForm(
            id=self.program_id,
            name=self.name.text(),
            rule_pack=self.rule_pack.currentText(),
            description=self.description.toPlainText().strip(),
            topics=[
                TopicEdit(t.id, t.name.strip(), t.required, t.active)
                for t in self.topic_model.topics()
            ],
            weights={key: spin.value() for key, spin in self.weights.items()},
            version=self._opened.version,
        )

    # --- topic actions --------------------------------------------------------------------------

    def _current_topic_row(self) -> int:
        index = self.topic_view.currentIndex()
        return index.row() if index.isValid() else -1

    def _topic_buttons(self) -> None:
        row, count = self._current_topic_row(), self.topic_model.rowCount()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
        topic = self.topic_model.topics()[row] if 0 <= row < count else None
        self.remove_button.setEnabled(topic is not None and topic.id is None)

    def add_topic(self) -> None:
        """A new empty row, with its name being edited: type it and press Enter."""
        row = self.topic_model.add_topic()
        index = self.topic_model.index(row, NAME)
        self.topic_view.setCurrentIndex(index)
        self.topic_view.setFocus()
        self.topic_view.edit(index)

    def move_topic(self, delta: int) -> None:
        row = self._current_topic_row()
        if row < 0:
            return
        column = self.topic_view.currentIndex().column()
        moved = self.topic_model.move_topic(row, delta)
        self.topic_view.setCurrentIndex(self.topic_model.index(moved, column))
        self._topic_buttons()

    def remove_topic(self) -> None:
        row = self._current_topic_row()
        if self.topic_model.remove_new_topic(row):
            count = self.topic_model.rowCount()
            if count:
                self.topic_view.setCurrentIndex(self.topic_model.index(min(row, count - 1), NAME))
        self._topic_buttons()

    # --- saving ---------------------------------------------------------------------------------

    def show_error(self, message: str, focus: QWidget) -> None:
        self.error.setText(message)
        self.error.show()
        focus.setFocus()

    def reload(self) -> None:
        """Discard what was typed and show the program as saved now."""
        with self._context.db.reading() as session:
            form = setup.program_form(session, self.program_id)
        self.stale.hide()
        self.error.hide()
        self._load(form)
        self.name.setFocus()

    def accept(self, overwrite: bool = False) -> None:
        form = self.current_form()
        if not form.name.strip():
            self.show_error(self.tr("Give the program a name."), self.name)
            return
        topic = setup.topic_problem(form.topics)
        if topic is not None:
            row, message = topic
            bad = self.topic_model.index(row, NAME)
            self.topic_view.setCurrentIndex(bad)
            self.topic_view.scrollTo(bad)
            self.show_error(message, self.topic_view)
            return
        weight = weight_problem(form.weights)
        if weight is not None:
            self.show_error(weight[1], self.weights[weight[0]])
            return
        try:
            with self._context.db.transaction() as session:
                opened = self._opened
                saved_id = setup.save_program(session, form, opened=opened, overwrite=overwrite).id
        except ConcurrentEditError as exc:
            self.error.hide()
            self.stale.offer(str(exc))
            return
        except CoordinatorError as exc:
            fields: dict[str, QWidget] = {"name": self.name, "topics": self.topic_view}
            self.show_error(str(exc), fields.get(exc.field or "", self.rule_pack))
            return
        self.program_id = saved_id
        self._context.notify("programs")
        super().accept()
