"""Import wizard pages two and three: the sheet with its header preview, and the column mapping."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from coordinator.errors import CoordinatorError
from coordinator.importing.filetypes import KIND_NAMES
from coordinator.importing.headers import FIELD_LABELS, ColumnGuess
from coordinator.importing.layout import candidate_sheets, sheet_label
from coordinator.importing.roster.pipeline import (
    PreparedImport,
    RosterSheet,
    column_warnings,
    plan_import,
    read_roster,
    remap,
    suggest_mapping,
)
from coordinator.importing.roster.plan import ImportPlan
from coordinator.importing.roster.profiles import (
    list_profiles,
    mapping_from_profile,
    profile_by_name,
    save_profile,
)
from coordinator.progress import Progress
from coordinator.ui.dialogs.import_wizard_state import WizardState, message_label, show_message
from coordinator.ui.figures import counted
from coordinator.ui.models.import_models import PreviewModel
from coordinator.ui.translation_marks import QT_TRANSLATE_NOOP
from coordinator.ui.widgets.tab_order import chain
from coordinator.ui.workers import Worker, run_with_progress

NOT_IMPORTED = QT_TRANSLATE_NOOP("MappingPage", "(not imported)")
SUGGESTED = QT_TRANSLATE_NOOP("MappingPage", "(suggested from the headers)")


class SheetPage(QWizardPage):
    """Which sheet holds the roster, where its headers are, and what its first rows look like."""

    def __init__(self, wizard: WizardState) -> None:
        super().__init__()
        self._wizard = wizard
        self.worker: Worker | None = None
        self.setTitle(self.tr("Sheet and headers"))
        self.setSubTitle(self.tr("Check that this is the roster and that the headers are right."))
        self.file_label = QLabel()
        self.sheet_combo = QComboBox()
        self.sheet_combo.activated.connect(self._sheet_chosen)
        self.header_row = QSpinBox()
        self.header_row.setMinimum(1)
        self.header_row.setMaximumWidth(self.header_row.fontMetrics().horizontalAdvance("0") * 14)
        self.header_row.setAccessibleName(self.tr("Header row"))
        self.header_row.setToolTip(
            self.tr("The row that holds the column names, as Excel numbers it")
        )
        self.header_row.editingFinished.connect(self._header_row_chosen)
        self.header_label = QLabel()
        self.notes = message_label()
        self.error = message_label()
        self.preview = PreviewModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab moves on; arrows move in cells
        self.table.setAccessibleName(self.tr("The first rows of the sheet"))
        self.table.setModel(self.preview)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        form = QFormLayout()
        form.addRow(self.tr("File:"), self.file_label)
        form.addRow(self.tr("&Sheet:"), self.sheet_combo)
        form.addRow(self.tr("&Headers on row:"), self.header_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.header_label)
        layout.addWidget(self.notes)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)

    def initializePage(self) -> None:  # noqa: N802
        source = self._wizard.source
        assert source is not None
        roster = source.roster
        what = roster.note or KIND_NAMES[roster.kind]
        self.file_label.setText(f"{roster.file_name} ({what})")
        self.sheet_combo.clear()
        if roster.sheets and roster.sheets[0].name:
            useful = candidate_sheets(roster)
            others = [s for s in roster.sheets if s not in useful and s.is_worksheet]
            for sheet in [*useful, *others]:
                self.sheet_combo.addItem(sheet_label(sheet), sheet.name)
            self.sheet_combo.setCurrentIndex(self.sheet_combo.findData(source.sheet.name))
        self.sheet_combo.setEnabled(self.sheet_combo.count() > 1)
        show_message(self.error, "")
        self._show_source()

    def _show_source(self) -> None:
        source = self._wizard.source
        assert source is not None
        rows = len(source.data_rows)
        found = "chosen" if source.header_chosen else "found"
        self.header_label.setText(
            self.tr(
                "Headers {found} on row {header_row_number}; {rows} below. Change "
                "the row above if these are not the headers."
            ).format(
                found=found,
                header_row_number=source.header_row_number,
                rows=counted(rows, self.tr("row"), self.tr("rows")),
            )
        )
        self.header_row.setMaximum(max(1, len(source.sheet.rows)))
        self.header_row.setValue(source.header_row_number)
        show_message(self.notes, "\n".join(source.notes))
        self.preview.set_rows(source.headers, source.preview(), source.header_row_number + 1)
        self.table.resizeColumnsToContents()

    def _sheet_chosen(self, index: int) -> None:
        source = self._wizard.source
        assert source is not None
        name = self.sheet_combo.itemData(index)
        if name == source.sheet.name or self.worker is not None:
            return
        self._read_again(name, None, self.tr("Reading sheet {name!r}...").format(name=name))

    def _header_row_chosen(self) -> None:
        source = self._wizard.source
        assert source is not None
        row = self.header_row.value()
        if row == source.header_row_number or self.worker is not None:
            return
        self._read_again(
            source.sheet.name or None,
            row,
            self.tr("Reading headers on row {row}...").format(row=row),
        )

    def _read_again(self, name: str | None, header_row: int | None, label: str) -> None:
        source = self._wizard.source
        assert source is not None
        path = source.roster.path

        def read(progress: Progress) -> RosterSheet:
            chosen = read_roster(path, name, header_row)
            progress.step(1, 1, self.tr("Read"))
            return chosen

        show_message(self.error, "")
        self.worker = run_with_progress(
            self,
            label,
            read,
            self._sheet_read,
            self._sheet_failed,
            lambda: self._sheet_failed(""),
        )
        self.worker.finished.connect(self._sheet_done)

    def _sheet_read(self, chosen: RosterSheet) -> None:
        self._wizard.source = chosen
        self._show_source()

    def _sheet_failed(self, message: str) -> None:
        """Keep showing the sheet read before; say why the other one could not be used."""
        show_message(self.error, message)
        source = self._wizard.source
        assert source is not None
        self.sheet_combo.setCurrentIndex(self.sheet_combo.findData(source.sheet.name))
        self.header_row.setValue(source.header_row_number)

    def _sheet_done(self) -> None:
        self.worker = None


class MappingPage(QWizardPage):
    """One dropdown per column; saved profiles; confidence and an example value shown."""

    def __init__(self, wizard: WizardState) -> None:
        super().__init__()
        self._wizard = wizard
        self.guesses: list[ColumnGuess] = []
        self.combos: list[QComboBox] = []
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(
            self.tr("Choose what each column holds. Columns marked (not imported) are left out.")
        )
        self.profile_combo = QComboBox()
        self.profile_combo.activated.connect(self._profile_chosen)
        save = self.save_profile_button = QPushButton(self.tr("Save as &profile..."))
        save.clicked.connect(self._ask_profile_name)
        profiles_label = QLabel(self.tr("Saved p&rofiles:"))
        profiles_label.setBuddy(self.profile_combo)
        top = QHBoxLayout()
        top.addWidget(profiles_label)
        top.addWidget(self.profile_combo, 1)
        top.addWidget(save)
        self.profile_note = QLabel()
        self.date_order = QComboBox()
        self.date_order.addItem(
            self.tr("(not said: such dates are problems unless other rows settle it)")
        )
        self.date_order.addItem(self.tr("Month first (03/04/2025 is March 4)"), "mdy")
        self.date_order.addItem(self.tr("Day first (03/04/2025 is 3 April)"), "dmy")
        date_label = QLabel(self.tr("&Dates like 03/04/2025:"))
        date_label.setBuddy(self.date_order)
        dates = QHBoxLayout()
        dates.addWidget(date_label)
        dates.addWidget(self.date_order, 1)
        self.email_key = QCheckBox(
            self.tr(
                "&E-mail is this file's key (rows without an employee ID are matched by e-mail)"
            )
        )
        self.warnings = message_label()
        self.error = message_label()
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_host)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the column choices inside
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.profile_note)
        layout.addWidget(scroll, 1)
        layout.addLayout(dates)
        layout.addWidget(self.email_key)
        layout.addWidget(self.warnings)
        layout.addWidget(self.error)

    def initializePage(self) -> None:  # noqa: N802
        source = self._wizard.source
        assert source is not None
        db = self._wizard.context.db
        try:
            self.guesses, mapping, profile = suggest_mapping(db, source.headers)
        except CoordinatorError as exc:
            show_message(self.error, str(exc))
            return
        self._fill_profiles(profile)
        self._build_grid(mapping)
        self._note_profile(profile)
        show_message(self.error, "")

    def _fill_profiles(self, chosen: str | None) -> None:
        with self._wizard.context.db.reading() as session:
            names = [p.name for p in list_profiles(session)]
        self.profile_combo.clear()
        self.profile_combo.addItem(self.tr(SUGGESTED), None)
        for name in names:
            self.profile_combo.addItem(name, name)
        self.profile_combo.setCurrentIndex(max(0, self.profile_combo.findData(chosen)))

    def _note_profile(self, profile: str | None) -> None:
        if profile:  # the date order saved with the profile comes back with it
            with self._wizard.context.db.reading() as session:
                order = profile_by_name(session, profile).date_order
            if order:
                self.date_order.setCurrentIndex(max(0, self.date_order.findData(order)))
        self.profile_note.setText(
            self.tr("Using the saved profile {profile!r}: these headers were seen before.").format(
                profile=profile
            )
            if profile
            else ""
        )
        self.profile_note.setVisible(bool(profile))

    def _build_grid(self, mapping: list[str | None]) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.combos = []
        source = self._wizard.source
        assert source is not None
        sample = source.preview(3)
        for col, title in enumerate(
            (self.tr("Column in the file"), self.tr("Holds"), self.tr("Match"), self.tr("Example"))
        ):
            header = QLabel(f"<b>{title}</b>")
            self.grid.addWidget(header, 0, col)
        for index, guess in enumerate(self.guesses):
            combo = QComboBox()
            combo.addItem(self.tr(NOT_IMPORTED), None)
            for name, label in FIELD_LABELS.items():
                combo.addItem(label, name)
            combo.setCurrentIndex(max(0, combo.findData(mapping[index])))
            combo.setEnabled(guess.sensitive is None)
            combo.setAccessibleName(
                self.tr("Field for column {header}").format(header=guess.header)
            )
            self.combos.append(combo)
            example = next((row[index] for row in sample if row[index]), "")
            self.grid.addWidget(QLabel(guess.header), index + 1, 0)
            self.grid.addWidget(combo, index + 1, 1)
            self.grid.addWidget(QLabel(self._confidence(guess)), index + 1, 2)
            self.grid.addWidget(QLabel(example[:40]), index + 1, 3)
        self.grid.setRowStretch(len(self.guesses) + 1, 1)
        chain(self.save_profile_button, *self.combos, self.date_order, self.email_key)
        show_message(self.warnings, "\n".join(column_warnings(self.guesses, mapping)))

    @staticmethod
    def _confidence(guess: ColumnGuess) -> str:
        if guess.sensitive:
            return QCoreApplication.translate("MappingPage", "Ignored: {sensitive}").format(
                sensitive=guess.sensitive
            )
        if guess.field is None:
            return QCoreApplication.translate("MappingPage", "No match")
        return (
            QCoreApplication.translate("MappingPage", "Sure")
            if guess.confidence >= 1.0
            else QCoreApplication.translate("MappingPage", "Likely ({confidence:.0%})").format(
                confidence=guess.confidence
            )
        )

    def mapping(self) -> list[str | None]:
        return [combo.currentData() for combo in self.combos]

    def set_field(self, column: int, field: str | None) -> None:
        combo = self.combos[column]
        combo.setCurrentIndex(max(0, combo.findData(field)))

    def _profile_chosen(self, index: int) -> None:
        source = self._wizard.source
        assert source is not None
        name = self.profile_combo.itemData(index)
        if name is None:
            mapping = [g.field for g in self.guesses]
        else:
            with self._wizard.context.db.reading() as session:
                mapping = mapping_from_profile(profile_by_name(session, name), source.headers)
        self._build_grid(mapping)
        self._note_profile(name)

    def _ask_profile_name(self) -> None:
        name, ok = QInputDialog.getText(
            self,
            self.tr("Save mapping profile"),
            self.tr("Name for this column mapping (for example, HR export):"),
        )
        if ok and name.strip():
            self.save_profile_as(name)

    def save_profile_as(self, name: str) -> None:
        """Save the current mapping under a name; it is applied when these headers return."""
        source = self._wizard.source
        assert source is not None
        try:
            saved = save_profile(
                self._wizard.context.db,
                name,
                source.headers,
                self.mapping(),
                date_order=self.date_order.currentData(),
            )
        except CoordinatorError as exc:
            show_message(self.error, str(exc))
            return
        self._fill_profiles(saved.name)
        self._note_profile(saved.name)

    def validatePage(self) -> bool:  # noqa: N802
        """Check every row with this mapping and plan against the database, in a worker."""
        if self._wizard.passing():
            return True
        source = self._wizard.source
        assert source is not None
        db, guesses, mapping = self._wizard.context.db, self.guesses, self.mapping()
        profile = self.profile_combo.currentData()
        date_order = self.date_order.currentData()
        email_key = self.email_key.isChecked()

        def work(progress: Progress) -> tuple[PreparedImport, ImportPlan | None]:
            progress.step(0, 2, self.tr("Checking every row"))
            prepared = remap(
                source, guesses, mapping, profile, date_order=date_order, email_key=email_key
            )
            if prepared.mapping_error:
                return prepared, None
            progress.step(1, 2, self.tr("Comparing with the database"))
            return prepared, plan_import(db, prepared)

        def keep(outcome: tuple[PreparedImport, ImportPlan | None]) -> bool:
            prepared, plan = outcome
            if plan is None:  # the mapping lacks a key or names: say so and stay here
                show_message(self.error, prepared.mapping_error or "")
                return False
            self._wizard.prepared, self._wizard.plan = prepared, plan
            return True

        self._wizard.work_then_next(
            self.tr("Checking the rows..."), work, keep, lambda text: show_message(self.error, text)
        )
        return False
