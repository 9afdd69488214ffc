"""Laporan: the dashboard of recent convoys and open cases, and the period report export."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QDate, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from intake_app.domain.clock import POST_TIMEZONE
from intake_app.services.bundle import AppServices
from intake_app.services.report_dashboard import DashboardFigures, DashboardQuery
from intake_app.services.reports import ReportService


class ReportFileDialog:
    """Where to save the report; a classmethod so tests can answer without a dialog."""

    @classmethod
    def ask(cls, parent: QWidget, suggested: str, suffix: str) -> Path | None:
        filters = {".pdf": "PDF (*.pdf)", ".xlsx": "Excel (*.xlsx)"}
        name, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("DashboardPage", "Simpan laporan"),
            suggested,
            filters[suffix],
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == suffix else path.with_suffix(suffix)


class _ExportSignals(QObject):
    finished = Signal(str)
    failed = Signal(str)


class _ExportJob(QRunnable):
    """Builds and writes the report off the GUI thread; never touches a widget."""

    def __init__(self, reports: ReportService, start: date, end: date, release: bool, path: Path):
        super().__init__()
        self.signals = _ExportSignals()
        self._args = (reports, start, end, release, path)

    def run(self) -> None:
        reports, start, end, release, path = self._args
        try:
            report = reports.report(start, end, for_release=release)
            reports.write(report, path)
        except Exception as error:  # shown to the officer; the file is written whole or not
            self.signals.failed.emit(str(error))
            return
        self.signals.finished.emit(str(path))


class _LoadSignals(QObject):
    loaded = Signal(object)  # DashboardFigures
    failed = Signal(str)


class _LoadJob(QRunnable):
    """Counts the dashboard's figures off the GUI thread (a scan at a million persons)."""

    def __init__(self, query: DashboardQuery) -> None:
        super().__init__()
        self.signals = _LoadSignals()
        self._query = query

    def run(self) -> None:
        try:
            figures = self._query.figures()
        except Exception as error:  # e.g. the database is locked by a long write
            self.signals.failed.emit(str(error))
            return
        self.signals.loaded.emit(figures)


class DashboardPage(QWidget):
    """Recent convoys (registered vs expected), open cases, handovers, sync; export.

    Signals:
        refreshed(): the figures on show were just counted again.
        exported(str): a report file was written (its path).
    """

    refreshed = Signal()
    exported = Signal(str)

    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._query = DashboardQuery(services.db, now=services.now)
        self._reports = ReportService(services.db, now=services.now)
        self._now = services.now
        self.pool = QThreadPool(self)
        self._holders: set[QObject] = set()
        title = QLabel(self.tr("Laporan dan Statistik"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)

        self.figures_label = QLabel()
        self.figures_label.setObjectName("dashboardFigures")
        self.figures_label.setWordWrap(True)
        self.convoy_chart = _chart_view(
            self.tr("Terdaftar dibanding daftar nama (8 kedatangan terakhir)")
        )
        self.handover_chart = _chart_view(self.tr("Serah terima menurut penerima (30 hari)"))
        self.convoy_table = QTableWidget(0, 6)
        self.convoy_table.setObjectName("dashboardConvoys")
        self.convoy_table.setHorizontalHeaderLabels(
            [
                self.tr("Tiba (WIB)"),
                self.tr("Depot"),
                self.tr("Daftar nama"),
                self.tr("Terdaftar"),
                self.tr("Anak (tanpa pendamping)"),
                self.tr("Menunggu disposisi"),
            ]
        )
        self.convoy_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.convoy_table.verticalHeader().setVisible(False)
        self.convoy_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.convoy_table.horizontalHeader().setStretchLastSection(True)

        charts = QHBoxLayout()
        charts.addWidget(self.convoy_chart, 3)
        charts.addWidget(self.handover_chart, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.figures_label)
        layout.addLayout(charts, 3)
        layout.addWidget(self.convoy_table, 2)
        layout.addWidget(self._export_box())
        self.setTabOrder(self.convoy_table, self.from_edit)

    def _export_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Ekspor laporan periode (menurut tanggal kedatangan)"))
        self.from_edit = _date_edit("reportFrom")
        self.to_edit = _date_edit("reportTo")
        from_label = QLabel(self.tr("&Dari tanggal"))
        from_label.setBuddy(self.from_edit)
        to_label = QLabel(self.tr("&Sampai tanggal"))
        to_label.setBuddy(self.to_edit)
        self.release_check = QCheckBox(self.tr("Untuk pihak &luar (samarkan angka 1-2 sebagai <3)"))
        self.release_check.setObjectName("reportRelease")
        self.pdf_button = QPushButton(self.tr("Ekspor &PDF..."))
        self.pdf_button.setObjectName("exportPdf")
        self.xlsx_button = QPushButton(self.tr("Ekspor &XLSX..."))
        self.xlsx_button.setObjectName("exportXlsx")
        self.status_label = QLabel()
        self.status_label.setObjectName("exportStatus")
        self.pdf_button.clicked.connect(lambda: self.export(".pdf"))
        self.xlsx_button.clicked.connect(lambda: self.export(".xlsx"))
        grid = QGridLayout(box)
        grid.addWidget(from_label, 0, 0)
        grid.addWidget(self.from_edit, 0, 1)
        grid.addWidget(to_label, 0, 2)
        grid.addWidget(self.to_edit, 0, 3)
        grid.addWidget(self.release_check, 0, 4)
        grid.addWidget(self.pdf_button, 0, 5)
        grid.addWidget(self.xlsx_button, 0, 6)
        grid.addWidget(self.status_label, 1, 0, 1, 7)
        grid.setColumnStretch(4, 1)
        today = self._now().astimezone(POST_TIMEZONE).date()
        self.from_edit.setDate(QDate(today.year, today.month, 1))
        self.to_edit.setDate(QDate(today.year, today.month, today.day))
        return box

    def refresh(self) -> None:
        job = _LoadJob(self._query)
        # Hold the signal holder until it has delivered: the pool deletes the job after run().
        self._holders.add(job.signals)
        job.signals.loaded.connect(lambda figures, h=job.signals: self._loaded(h, figures))
        job.signals.failed.connect(lambda reason, h=job.signals: self._load_failed(h, reason))
        self.pool.start(job)

    def _loaded(self, holder: QObject, figures: DashboardFigures) -> None:
        self._holders.discard(holder)
        if not isValid(self.figures_label):  # the page was closed while the job ran
            return
        self._show_figures(figures)
        self._show_convoys(figures)
        self._show_handovers(figures)
        self.refreshed.emit()

    def _load_failed(self, holder: QObject, reason: str) -> None:
        self._holders.discard(holder)
        if not isValid(self.figures_label):
            return
        self.figures_label.setText(self.tr("Angka tidak dapat dihitung: %1").replace("%1", reason))

    def _show_figures(self, f: DashboardFigures) -> None:
        self.figures_label.setText(
            self.tr(
                "Tiba hari ini: <b>%1</b> orang &nbsp;·&nbsp; Menunggu disposisi: <b>%2</b> "
                "&nbsp;·&nbsp; Anak menunggu: <b>%3</b> (tanpa pendamping: <b>%4</b>) "
                "&nbsp;·&nbsp; Kirim ke pusat: <b>%5</b> perubahan menunggu"
            )
            .replace("%1", str(f.arrived_today))
            .replace("%2", str(f.waiting))
            .replace("%3", str(f.minors_waiting))
            .replace("%4", str(f.unaccompanied_waiting))
            .replace("%5", str(f.pending_sync))
        )

    def _show_convoys(self, f: DashboardFigures) -> None:
        self.convoy_table.setRowCount(len(f.convoys))
        for row, convoy in enumerate(f.convoys):
            local = convoy.arrival_at.astimezone(POST_TIMEZONE)
            values = [
                local.strftime("%d-%m-%Y %H.%M"),
                convoy.depot,
                "-" if convoy.expected is None else str(convoy.expected),
                str(convoy.registered),
                f"{convoy.minors} ({convoy.unaccompanied})",
                str(convoy.waiting),
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.convoy_table.setItem(row, column, item)
        chart = self.convoy_chart.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        oldest_first = list(reversed(f.convoys))
        registered = QBarSet(self.tr("Terdaftar"))
        expected = QBarSet(self.tr("Daftar nama"))
        for convoy in oldest_first:
            registered.append(convoy.registered)
            expected.append(convoy.expected or 0)
        series = QBarSeries()
        series.append(expected)
        series.append(registered)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append(
            [c.arrival_at.astimezone(POST_TIMEZONE).strftime("%d/%m") for c in oldest_first]
        )
        _attach(chart, series, categories, Qt.AlignmentFlag.AlignBottom, Qt.AlignmentFlag.AlignLeft)

    def _show_handovers(self, f: DashboardFigures) -> None:
        chart = self.handover_chart.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        letters = QBarSet(self.tr("Surat BAST"))
        labels = []
        for label, count in reversed(f.handovers_by_recipient):
            letters.append(count)
            labels.append(label)
        series = QHorizontalBarSeries()
        series.append(letters)
        series.setLabelsVisible(True)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append(labels)
        _attach(chart, series, categories, Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignBottom)
        chart.legend().setVisible(False)

    def export(self, suffix: str) -> None:
        start = self.from_edit.date().toPython()
        end = self.to_edit.date().toPython()
        if start > end:
            self.status_label.setText(
                self.tr("Tanggal awal sesudah tanggal akhir. Perbaiki rentang tanggalnya.")
            )
            self.from_edit.setFocus()
            return
        suggested = f"laporan-{start:%Y%m%d}-{end:%Y%m%d}{suffix}"
        path = ReportFileDialog.ask(self, suggested, suffix)
        if path is None:
            return
        job = _ExportJob(self._reports, start, end, self.release_check.isChecked(), path)
        job.signals.finished.connect(self._exported)
        job.signals.failed.connect(self._export_failed)
        self._set_busy(True)
        self.status_label.setText(self.tr("Membuat laporan..."))
        self.pool.start(job)

    def _exported(self, path: str) -> None:
        self._set_busy(False)
        self.status_label.setText(self.tr("Laporan disimpan: %1").replace("%1", path))
        self.exported.emit(path)

    def _export_failed(self, reason: str) -> None:
        self._set_busy(False)
        self.status_label.setText(self.tr("Laporan gagal dibuat: %1").replace("%1", reason))

    def _set_busy(self, busy: bool) -> None:
        self.pdf_button.setEnabled(not busy)
        self.xlsx_button.setEnabled(not busy)


def _date_edit(name: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd-MM-yyyy")
    return edit


def _chart_view(title: str) -> QChartView:
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(220)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a picture: keyboard users read the table
    return view


def _attach(chart: QChart, series, categories: QBarCategoryAxis, cat_side, value_side) -> None:  # type: ignore[no-untyped-def]
    values = QValueAxis()
    values.setLabelFormat("%d")
    values.setMin(0)
    chart.addAxis(categories, cat_side)
    chart.addAxis(values, value_side)
    series.attachAxis(categories)
    series.attachAxis(values)
    top = max(
        (bar_set.at(i) for bar_set in series.barSets() for i in range(bar_set.count())), default=0
    )
    if top < 6:  # whole people only: small counts get one tick per unit, not "0 0 0 1"
        values.setRange(0, max(1, int(top)))
        values.setTickCount(max(1, int(top)) + 1)
    else:
        values.applyNiceNumbers()
