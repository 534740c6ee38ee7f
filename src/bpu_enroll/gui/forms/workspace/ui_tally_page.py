# Generated from ui/workspace/tally_page.ui by scripts/build_forms.py: do not edit.
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QProgressBar,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTableView, QVBoxLayout, QWidget)

from bpu_enroll.gui.common.bar_chart import BarChart
from bpu_enroll.gui.common.date_box import DateBox

class Ui_BranchTallyPage(object):
    def setupUi(self, BranchTallyPage):
        if not BranchTallyPage.objectName():
            BranchTallyPage.setObjectName(u"BranchTallyPage")
        BranchTallyPage.resize(1100, 740)
        self.outerLayout = QVBoxLayout(BranchTallyPage)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(16, 12, 16, 12)
        self.titleLabel = QLabel(BranchTallyPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.outerLayout.addWidget(self.titleLabel)

        self.explainLabel = QLabel(BranchTallyPage)
        self.explainLabel.setObjectName(u"explainLabel")
        self.explainLabel.setWordWrap(True)
        self.explainLabel.setProperty(u"role", u"muted")

        self.outerLayout.addWidget(self.explainLabel)

        self.toolLayout = QHBoxLayout()
        self.toolLayout.setSpacing(12)
        self.toolLayout.setObjectName(u"toolLayout")
        self.fromLabel = QLabel(BranchTallyPage)
        self.fromLabel.setObjectName(u"fromLabel")

        self.toolLayout.addWidget(self.fromLabel)

        self.fromEdit = DateBox(BranchTallyPage)
        self.fromEdit.setObjectName(u"fromEdit")
        self.fromEdit.setCalendarPopup(True)
        self.fromEdit.setDisplayFormat(u"dd-MM-yyyy")

        self.toolLayout.addWidget(self.fromEdit)

        self.toLabel = QLabel(BranchTallyPage)
        self.toLabel.setObjectName(u"toLabel")

        self.toolLayout.addWidget(self.toLabel)

        self.toEdit = DateBox(BranchTallyPage)
        self.toEdit.setObjectName(u"toEdit")
        self.toEdit.setCalendarPopup(True)
        self.toEdit.setDisplayFormat(u"dd-MM-yyyy")

        self.toolLayout.addWidget(self.toEdit)

        self.todayButton = QPushButton(BranchTallyPage)
        self.todayButton.setObjectName(u"todayButton")

        self.toolLayout.addWidget(self.todayButton)

        self.weekButton = QPushButton(BranchTallyPage)
        self.weekButton.setObjectName(u"weekButton")

        self.toolLayout.addWidget(self.weekButton)

        self.busyBar = QProgressBar(BranchTallyPage)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)
        self.busyBar.setMaximumSize(QSize(140, 14))

        self.toolLayout.addWidget(self.busyBar)

        self.toolSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolLayout.addItem(self.toolSpacer)

        self.saveButton = QPushButton(BranchTallyPage)
        self.saveButton.setObjectName(u"saveButton")

        self.toolLayout.addWidget(self.saveButton)

        self.printButton = QPushButton(BranchTallyPage)
        self.printButton.setObjectName(u"printButton")
        self.printButton.setProperty(u"role", u"primary")

        self.toolLayout.addWidget(self.printButton)


        self.outerLayout.addLayout(self.toolLayout)

        self.viewLayout = QHBoxLayout()
        self.viewLayout.setSpacing(12)
        self.viewLayout.setObjectName(u"viewLayout")
        self.groupingLabel = QLabel(BranchTallyPage)
        self.groupingLabel.setObjectName(u"groupingLabel")

        self.viewLayout.addWidget(self.groupingLabel)

        self.groupingCombo = QComboBox(BranchTallyPage)
        self.groupingCombo.setObjectName(u"groupingCombo")

        self.viewLayout.addWidget(self.groupingCombo)

        self.chartLabel = QLabel(BranchTallyPage)
        self.chartLabel.setObjectName(u"chartLabel")

        self.viewLayout.addWidget(self.chartLabel)

        self.chartCombo = QComboBox(BranchTallyPage)
        self.chartCombo.setObjectName(u"chartCombo")

        self.viewLayout.addWidget(self.chartCombo)

        self.viewSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.viewLayout.addItem(self.viewSpacer)


        self.outerLayout.addLayout(self.viewLayout)

        self.statusLabel = QLabel(BranchTallyPage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.outerLayout.addWidget(self.statusLabel)

        self.totalsLabel = QLabel(BranchTallyPage)
        self.totalsLabel.setObjectName(u"totalsLabel")
        self.totalsLabel.setWordWrap(True)
        self.totalsLabel.setProperty(u"role", u"strong")

        self.outerLayout.addWidget(self.totalsLabel)

        self.emptyLabel = QLabel(BranchTallyPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setWordWrap(True)
        self.emptyLabel.setProperty(u"role", u"banner")

        self.outerLayout.addWidget(self.emptyLabel)

        self.splitter = QSplitter(BranchTallyPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.figuresView = QTableView(self.splitter)
        self.figuresView.setObjectName(u"figuresView")
        self.figuresView.setTabKeyNavigation(False)
        self.figuresView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.figuresView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.figuresView.setAlternatingRowColors(True)
        self.figuresView.setWordWrap(False)
        self.splitter.addWidget(self.figuresView)
        self.sidePanel = QWidget(self.splitter)
        self.sidePanel.setObjectName(u"sidePanel")
        self.sideLayout = QHBoxLayout(self.sidePanel)
        self.sideLayout.setObjectName(u"sideLayout")
        self.sideLayout.setContentsMargins(0, 0, 0, 0)
        self.cashBox = QGroupBox(self.sidePanel)
        self.cashBox.setObjectName(u"cashBox")
        self.cashLayout = QVBoxLayout(self.cashBox)
        self.cashLayout.setObjectName(u"cashLayout")
        self.cashLayout.setContentsMargins(-1, 4, -1, 4)
        self.cashView = QTableView(self.cashBox)
        self.cashView.setObjectName(u"cashView")
        self.cashView.setTabKeyNavigation(False)
        self.cashView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.cashView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.cashView.setAlternatingRowColors(True)

        self.cashLayout.addWidget(self.cashView)


        self.sideLayout.addWidget(self.cashBox)

        self.chartBox = QGroupBox(self.sidePanel)
        self.chartBox.setObjectName(u"chartBox")
        self.chartLayout = QVBoxLayout(self.chartBox)
        self.chartLayout.setObjectName(u"chartLayout")
        self.chartLayout.setContentsMargins(-1, 4, -1, 4)
        self.chart = BarChart(self.chartBox)
        self.chart.setObjectName(u"chart")

        self.chartLayout.addWidget(self.chart)


        self.sideLayout.addWidget(self.chartBox)

        self.sideLayout.setStretch(0, 3)
        self.sideLayout.setStretch(1, 2)
        self.splitter.addWidget(self.sidePanel)

        self.outerLayout.addWidget(self.splitter)

        self.hashLabel = QLabel(BranchTallyPage)
        self.hashLabel.setObjectName(u"hashLabel")
        self.hashLabel.setWordWrap(True)
        self.hashLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hashLabel.setProperty(u"role", u"muted")

        self.outerLayout.addWidget(self.hashLabel)

        self.outerLayout.setStretch(7, 1)
#if QT_CONFIG(shortcut)
        self.fromLabel.setBuddy(self.fromEdit)
        self.toLabel.setBuddy(self.toEdit)
        self.groupingLabel.setBuddy(self.groupingCombo)
        self.chartLabel.setBuddy(self.chartCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fromEdit, self.toEdit)
        QWidget.setTabOrder(self.toEdit, self.todayButton)
        QWidget.setTabOrder(self.todayButton, self.weekButton)
        QWidget.setTabOrder(self.weekButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.groupingCombo)
        QWidget.setTabOrder(self.groupingCombo, self.chartCombo)
        QWidget.setTabOrder(self.chartCombo, self.figuresView)
        QWidget.setTabOrder(self.figuresView, self.cashView)

        self.retranslateUi(BranchTallyPage)
    # setupUi

    def retranslateUi(self, BranchTallyPage):
        self.titleLabel.setText(QCoreApplication.translate("BranchTallyPage", u"Branch tally", None))
        self.explainLabel.setText(QCoreApplication.translate("BranchTallyPage", u"What the branch received from every laptop for a day or a period, per officer and work location, with the cash each officer collected to reconcile against the deposits. Print it or save it as a PDF; the tally fingerprint at the foot identifies these figures.", None))
        self.fromLabel.setText(QCoreApplication.translate("BranchTallyPage", u"&From", None))
#if QT_CONFIG(accessibility)
        self.fromEdit.setAccessibleName(QCoreApplication.translate("BranchTallyPage", u"First day of the period", None))
#endif // QT_CONFIG(accessibility)
        self.toLabel.setText(QCoreApplication.translate("BranchTallyPage", u"T&o", None))
#if QT_CONFIG(accessibility)
        self.toEdit.setAccessibleName(QCoreApplication.translate("BranchTallyPage", u"Last day of the period", None))
#endif // QT_CONFIG(accessibility)
        self.todayButton.setText(QCoreApplication.translate("BranchTallyPage", u"To&day", None))
#if QT_CONFIG(tooltip)
        self.todayButton.setToolTip(QCoreApplication.translate("BranchTallyPage", u"Today only", None))
#endif // QT_CONFIG(tooltip)
        self.weekButton.setText(QCoreApplication.translate("BranchTallyPage", u"&This week", None))
#if QT_CONFIG(tooltip)
        self.weekButton.setToolTip(QCoreApplication.translate("BranchTallyPage", u"From Monday to today", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("BranchTallyPage", u"Working", None))
#endif // QT_CONFIG(accessibility)
        self.saveButton.setText(QCoreApplication.translate("BranchTallyPage", u"&Save PDF\u2026", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("BranchTallyPage", u"Save the branch tally as a PDF file (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.printButton.setText(QCoreApplication.translate("BranchTallyPage", u"&Print\u2026", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("BranchTallyPage", u"Print the branch tally (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
        self.groupingLabel.setText(QCoreApplication.translate("BranchTallyPage", u"&Columns", None))
#if QT_CONFIG(accessibility)
        self.groupingCombo.setAccessibleName(QCoreApplication.translate("BranchTallyPage", u"Columns of the figures", None))
#endif // QT_CONFIG(accessibility)
        self.chartLabel.setText(QCoreApplication.translate("BranchTallyPage", u"C&hart", None))
#if QT_CONFIG(accessibility)
        self.chartCombo.setAccessibleName(QCoreApplication.translate("BranchTallyPage", u"What the chart shows", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.figuresView.setAccessibleName(QCoreApplication.translate("BranchTallyPage", u"Figures per officer and work location", None))
#endif // QT_CONFIG(accessibility)
        self.cashBox.setTitle(QCoreApplication.translate("BranchTallyPage", u"Cash collected per officer", None))
#if QT_CONFIG(accessibility)
        self.cashView.setAccessibleName(QCoreApplication.translate("BranchTallyPage", u"Cash collected per officer", None))
#endif // QT_CONFIG(accessibility)
        self.chartBox.setTitle(QCoreApplication.translate("BranchTallyPage", u"Registrations", None))
#if QT_CONFIG(accessibility)
        self.chart.setAccessibleName(QCoreApplication.translate("BranchTallyPage", u"Registrations chart", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

