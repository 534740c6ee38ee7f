"""The live contribution panel of the registration form.

Shows the bracket, the base, each coverage month's programme amounts with the PP 50/2025 relief
apart, the first month's total, the grand total for the months paid now, and that total in words.
Amounts come from `domain.contributions.quote`; formats from `domain.formatting`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem

from bpu_enroll.domain.contributions import Quote
from bpu_enroll.domain.formatting import amount_in_words, parse_rupiah_input, rupiah, short_date
from bpu_enroll.gui.forms.officer.ui_registration_page import Ui_RegistrationPage

_DASH = "–"


_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class QuotePanel(QObject):
    """Fills the quote widgets of the registration page's form.

    A QObject for `self.tr`: lupdate records a plural only from a `tr` call, and English said
    "Total for 3 month(s) paid now."."""

    def __init__(self, ui: Ui_RegistrationPage) -> None:
        super().__init__(ui.quoteTable)  # its filter goes with the table
        self.ui = ui
        header = ui.quoteTable.horizontalHeader()
        self._watched = (ui.quoteTable, header)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        ui.quoteTable.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        ui.quoteTable.installEventFilter(self)
        ui.quoteTable.viewport().installEventFilter(self)  # its width, once laid out
        header.installEventFilter(self)  # its font changes after the table's
        self.quote: Quote | None = None

    def show_quote(self, quote: Quote, lang: str) -> None:
        """Show one quote."""
        self.quote = quote
        ui = self.ui
        ui.bracketValue.setText(str(quote.bracket))
        ui.baseValue.setText(rupiah(quote.base))
        ui.ruleValue.setText(quote.rule_version)
        table = ui.quoteTable
        table.setRowCount(len(quote.months))
        for row, month in enumerate(quote.months):
            cells = [
                short_date(month.start, lang),  # the month in full made the form scroll sideways
                rupiah(month.jkk),
                rupiah(month.jkm),
                rupiah(month.jht) if "JHT" in quote.programs else _DASH,
                f"-{rupiah(month.relief)}" if month.relief else _DASH,
                rupiah(month.total),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(_RIGHT)
                table.setItem(row, column, item)
        self._keep_columns_whole()
        ui.monthlyValue.setText(rupiah(quote.monthly_total_first))
        ui.reliefValue.setText(f"-{rupiah(quote.relief_total)}" if quote.has_relief else _DASH)
        ui.grandTotalValue.setText(rupiah(quote.total))
        ui.totalWordsLabel.setText(amount_in_words(quote.total, "id").capitalize())
        months = len(quote.months)
        note = self.tr("Total for %Ln month(s) paid now.", "", months)
        if quote.has_relief:
            note += " " + QCoreApplication.translate(
                "QuotePanel", "JKK and JKM are halved in relief months (PP 50/2025); JHT is not."
            )
        ui.quoteNoteLabel.setText(note)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A change of text size (the look) asks for the width the shown amounts need now: the
        table kept the width of the old size, too little after a switch to larger text (the
        amounts were cut), too much after the switch back (the form kept less room)."""
        if event.type() == QEvent.Type.FontChange and watched in self._watched:
            self._keep_columns_whole()
        elif (
            event.type() == QEvent.Type.Resize
            and watched is self.ui.quoteTable.viewport()
            and not self.ui.quoteTable.rowCount()
        ):
            self._spread_headers()
        return False

    def _keep_columns_whole(self) -> None:
        """The table asks for the width of all its columns (the total last): in larger text the
        form beside it gives way (its rows wrap) instead of the amounts being cut. With no quote
        shown it asks for the width of its headers only, as before the first quote: the form
        gets its room back, and the headers share the table's width (`_spread_headers`)."""
        table = self.ui.quoteTable
        header = table.horizontalHeader()
        self._keep_one_row()
        if not table.rowCount():
            hints = sum(header.sectionSizeHint(c) for c in range(table.columnCount()))
            table.setMinimumWidth(hints + 2 * table.frameWidth())
            self._spread_headers()
            return
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        needed = sum(
            max(table.sizeHintForColumn(c), header.sectionSizeHint(c))
            for c in range(table.columnCount())
        )
        table.setMinimumWidth(needed + 2 * table.frameWidth() + 12)

    def _keep_one_row(self) -> None:
        """The table may shrink to its headers and one month, and scrolls for the others. Held
        at Qt's general minimum for a scroll area, it was squeezed no further, and when the page
        had less height (larger text with the red banner of a revoked laptop) the amounts under
        it were squeezed instead: "Total dibayar" and its sum cut off at the bottom."""
        table = self.ui.quoteTable
        one_row = table.verticalHeader().defaultSectionSize()
        header = table.horizontalHeader().sizeHint().height()
        table.setMinimumHeight(header + one_row + 2 * table.frameWidth())

    def _spread_headers(self) -> None:
        """Before a quote: each header whole, the spare width shared by all the columns. Sized
        to their contents, the empty columns were as narrow as their headers ("JKK|JKM|JHT"
        pressed together) and the total took all the rest."""
        table = self.ui.quoteTable
        header = table.horizontalHeader()
        count = table.columnCount()
        if not count:
            return
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        hints = [header.sectionSizeHint(c) for c in range(count)]
        share = max(0, table.viewport().width() - sum(hints)) // count
        for column, hint in enumerate(hints):
            header.resizeSection(column, hint + share)

    def show_change(self, given_text: str, cash_text: str) -> bool:
        """The change (or what is short) for the money handed over; True when the cash paid
        should become the total (enough money was handed over and it is not the total yet)."""
        label = self.ui.changeLabel
        given = parse_rupiah_input(given_text)
        quoted = self.quote
        if given is None or quoted is None:
            label.clear()
            return False
        if given < quoted.total:
            short = rupiah(quoted.total - given)
            label.setText(
                QCoreApplication.translate("RegistrationPage", "Short by {amount}").format(
                    amount=short
                )
            )
            return False
        label.setText(
            QCoreApplication.translate("RegistrationPage", "Change {amount}").format(
                amount=rupiah(given - quoted.total)
            )
        )
        return parse_rupiah_input(cash_text) != quoted.total

    def show_empty(self, reason: str) -> None:
        """No quote yet (income missing or invalid): dashes and the reason."""
        self.quote = None
        ui = self.ui
        for label in (ui.bracketValue, ui.baseValue, ui.ruleValue, ui.monthlyValue):
            label.setText(_DASH)
        ui.reliefValue.setText(_DASH)
        ui.grandTotalValue.setText(_DASH)
        ui.quoteTable.setRowCount(0)
        self._keep_columns_whole()
        ui.totalWordsLabel.clear()
        ui.quoteNoteLabel.setText(reason)
