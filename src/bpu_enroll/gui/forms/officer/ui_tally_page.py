# Generated from ui/officer/tally_page.ui by scripts/build_forms.py: do not edit.
# Change the .ui file in Qt Designer and run `make forms` instead.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'tally_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QVBoxLayout, QWidget)

from bpu_enroll.gui.common.bar_chart import BarChart
from bpu_enroll.gui.common.code_text import CodeLabel
from bpu_enroll.gui.common.date_box import DateBox

class Ui_TallyPage(object):
    def setupUi(self, TallyPage):
        if not TallyPage.objectName():
            TallyPage.setObjectName(u"TallyPage")
        TallyPage.resize(1060, 720)
        self.outerLayout = QVBoxLayout(TallyPage)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(16, 12, 16, 12)
        self.titleLabel = QLabel(TallyPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.outerLayout.addWidget(self.titleLabel)

        self.explainLabel = QLabel(TallyPage)
        self.explainLabel.setObjectName(u"explainLabel")
        self.explainLabel.setWordWrap(True)
        self.explainLabel.setProperty(u"role", u"muted")

        self.outerLayout.addWidget(self.explainLabel)

        self.toolLayout = QHBoxLayout()
        self.toolLayout.setObjectName(u"toolLayout")
        self.dateLabel = QLabel(TallyPage)
        self.dateLabel.setObjectName(u"dateLabel")

        self.toolLayout.addWidget(self.dateLabel)

        self.dateEdit = DateBox(TallyPage)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)
        self.dateEdit.setDisplayFormat(u"dd-MM-yyyy")

        self.toolLayout.addWidget(self.dateEdit)

        self.todayButton = QPushButton(TallyPage)
        self.todayButton.setObjectName(u"todayButton")

        self.toolLayout.addWidget(self.todayButton)

        self.busyBar = QProgressBar(TallyPage)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)
        self.busyBar.setMaximumSize(QSize(140, 14))

        self.toolLayout.addWidget(self.busyBar)

        self.toolSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolLayout.addItem(self.toolSpacer)

        self.saveButton = QPushButton(TallyPage)
        self.saveButton.setObjectName(u"saveButton")

        self.toolLayout.addWidget(self.saveButton)

        self.printButton = QPushButton(TallyPage)
        self.printButton.setObjectName(u"printButton")
        self.printButton.setProperty(u"role", u"primary")

        self.toolLayout.addWidget(self.printButton)


        self.outerLayout.addLayout(self.toolLayout)

        self.statusLabel = CodeLabel(TallyPage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.outerLayout.addWidget(self.statusLabel)

        self.totalsLabel = CodeLabel(TallyPage)
        self.totalsLabel.setObjectName(u"totalsLabel")
        self.totalsLabel.setWordWrap(True)
        self.totalsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.totalsLabel.setProperty(u"role", u"strong")

        self.outerLayout.addWidget(self.totalsLabel)

        self.emptyLabel = QLabel(TallyPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setWordWrap(True)
        self.emptyLabel.setProperty(u"role", u"banner")

        self.outerLayout.addWidget(self.emptyLabel)

        self.splitter = QSplitter(TallyPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.figuresView = QTableView(self.splitter)
        self.figuresView.setObjectName(u"figuresView")
        self.figuresView.setTabKeyNavigation(False)
        self.figuresView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.figuresView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.figuresView.setAlternatingRowColors(True)
        self.figuresView.setWordWrap(False)
        self.splitter.addWidget(self.figuresView)
        self.chartBox = QGroupBox(self.splitter)
        self.chartBox.setObjectName(u"chartBox")
        self.chartLayout = QVBoxLayout(self.chartBox)
        self.chartLayout.setObjectName(u"chartLayout")
        self.chart = BarChart(self.chartBox)
        self.chart.setObjectName(u"chart")

        self.chartLayout.addWidget(self.chart)

        self.chartSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.chartLayout.addItem(self.chartSpacer)

        self.splitter.addWidget(self.chartBox)

        self.outerLayout.addWidget(self.splitter)

        self.hashLabel = QLabel(TallyPage)
        self.hashLabel.setObjectName(u"hashLabel")
        self.hashLabel.setWordWrap(True)
        self.hashLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hashLabel.setProperty(u"role", u"muted")

        self.outerLayout.addWidget(self.hashLabel)

        self.bottomSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.bottomSpacer)

        self.outerLayout.setStretch(6, 1)
#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dateEdit, self.todayButton)
        QWidget.setTabOrder(self.todayButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.figuresView)

        self.retranslateUi(TallyPage)
    # setupUi

    def retranslateUi(self, TallyPage):
        self.titleLabel.setText(QCoreApplication.translate("TallyPage", u"Daily tally", None))
        self.explainLabel.setText(QCoreApplication.translate("TallyPage", u"The daily tally (Rekap Harian) of this laptop for one day, cut at the branch's local midnight. Print it, sign it and hand it in with the cash; the tally fingerprint at the foot lets the branch match it.", None))
        self.dateLabel.setText(QCoreApplication.translate("TallyPage", u"&Date", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("TallyPage", u"Date of the tally", None))
#endif // QT_CONFIG(accessibility)
        self.todayButton.setText(QCoreApplication.translate("TallyPage", u"T&oday", None))
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("TallyPage", u"Working", None))
#endif // QT_CONFIG(accessibility)
        self.saveButton.setText(QCoreApplication.translate("TallyPage", u"&Save PDF\u2026", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("TallyPage", u"Save the tally as a PDF file (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.printButton.setText(QCoreApplication.translate("TallyPage", u"&Print\u2026", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("TallyPage", u"Print the tally (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.figuresView.setAccessibleName(QCoreApplication.translate("TallyPage", u"Figures of the day per officer and work location", None))
#endif // QT_CONFIG(accessibility)
        self.chartBox.setTitle(QCoreApplication.translate("TallyPage", u"Registrations by occupation group", None))
#if QT_CONFIG(accessibility)
        self.chart.setAccessibleName(QCoreApplication.translate("TallyPage", u"Registrations by occupation group", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

