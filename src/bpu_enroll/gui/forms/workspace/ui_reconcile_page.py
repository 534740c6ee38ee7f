# Generated from ui/workspace/reconcile_page.ui by scripts/build_forms.py: do not edit.
# Change the .ui file in Qt Designer and run `make forms` instead.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reconcile_page.ui'
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

from bpu_enroll.gui.common.date_box import DateBox

class Ui_ReconcilePage(object):
    def setupUi(self, ReconcilePage):
        if not ReconcilePage.objectName():
            ReconcilePage.setObjectName(u"ReconcilePage")
        ReconcilePage.resize(1100, 740)
        self.outerLayout = QVBoxLayout(ReconcilePage)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(16, 12, 16, 12)
        self.titleLabel = QLabel(ReconcilePage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.outerLayout.addWidget(self.titleLabel)

        self.explainLabel = QLabel(ReconcilePage)
        self.explainLabel.setObjectName(u"explainLabel")
        self.explainLabel.setWordWrap(True)
        self.explainLabel.setProperty(u"role", u"muted")

        self.outerLayout.addWidget(self.explainLabel)

        self.toolLayout = QHBoxLayout()
        self.toolLayout.setObjectName(u"toolLayout")
        self.dateLabel = QLabel(ReconcilePage)
        self.dateLabel.setObjectName(u"dateLabel")

        self.toolLayout.addWidget(self.dateLabel)

        self.dateEdit = DateBox(ReconcilePage)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)
        self.dateEdit.setDisplayFormat(u"dd-MM-yyyy")

        self.toolLayout.addWidget(self.dateEdit)

        self.todayButton = QPushButton(ReconcilePage)
        self.todayButton.setObjectName(u"todayButton")

        self.toolLayout.addWidget(self.todayButton)

        self.busyBar = QProgressBar(ReconcilePage)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)
        self.busyBar.setMaximumSize(QSize(140, 14))

        self.toolLayout.addWidget(self.busyBar)

        self.toolSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolLayout.addItem(self.toolSpacer)

        self.checkFileButton = QPushButton(ReconcilePage)
        self.checkFileButton.setObjectName(u"checkFileButton")

        self.toolLayout.addWidget(self.checkFileButton)


        self.outerLayout.addLayout(self.toolLayout)

        self.statusLabel = QLabel(ReconcilePage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.outerLayout.addWidget(self.statusLabel)

        self.summaryLabel = QLabel(ReconcilePage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setProperty(u"role", u"strong")

        self.outerLayout.addWidget(self.summaryLabel)

        self.splitter = QSplitter(ReconcilePage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.laptopsView = QTableView(self.splitter)
        self.laptopsView.setObjectName(u"laptopsView")
        self.laptopsView.setTabKeyNavigation(False)
        self.laptopsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.laptopsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.laptopsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.laptopsView.setAlternatingRowColors(True)
        self.laptopsView.setWordWrap(False)
        self.splitter.addWidget(self.laptopsView)
        self.detailsBox = QGroupBox(self.splitter)
        self.detailsBox.setObjectName(u"detailsBox")
        self.detailsLayout = QVBoxLayout(self.detailsBox)
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.detailsLabel = QLabel(self.detailsBox)
        self.detailsLabel.setObjectName(u"detailsLabel")
        self.detailsLabel.setWordWrap(True)
        self.detailsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsLayout.addWidget(self.detailsLabel)

        self.differencesView = QTableView(self.detailsBox)
        self.differencesView.setObjectName(u"differencesView")
        self.differencesView.setTabKeyNavigation(False)
        self.differencesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.differencesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.differencesView.setAlternatingRowColors(True)

        self.detailsLayout.addWidget(self.differencesView)

        self.splitter.addWidget(self.detailsBox)

        self.outerLayout.addWidget(self.splitter)

        self.outerLayout.setStretch(5, 1)
#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dateEdit, self.todayButton)
        QWidget.setTabOrder(self.todayButton, self.checkFileButton)
        QWidget.setTabOrder(self.checkFileButton, self.laptopsView)
        QWidget.setTabOrder(self.laptopsView, self.differencesView)

        self.retranslateUi(ReconcilePage)
    # setupUi

    def retranslateUi(self, ReconcilePage):
        self.titleLabel.setText(QCoreApplication.translate("ReconcilePage", u"Reconciliation", None))
        self.explainLabel.setText(QCoreApplication.translate("ReconcilePage", u"Each laptop's own tally fingerprint for the day against what the branch received from it. A difference lists the records not yet synced, voids the branch has not received and the figures that differ. A laptop that has not reported can bring its tally file (bpu-enroll tally --json) on a USB stick.", None))
        self.dateLabel.setText(QCoreApplication.translate("ReconcilePage", u"&Date", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("ReconcilePage", u"Date to reconcile", None))
#endif // QT_CONFIG(accessibility)
        self.todayButton.setText(QCoreApplication.translate("ReconcilePage", u"&Today", None))
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("ReconcilePage", u"Working", None))
#endif // QT_CONFIG(accessibility)
        self.checkFileButton.setText(QCoreApplication.translate("ReconcilePage", u"Check a laptop tally &file\u2026", None))
#if QT_CONFIG(tooltip)
        self.checkFileButton.setToolTip(QCoreApplication.translate("ReconcilePage", u"Compare a tally file from a laptop (bpu-enroll tally --json) with what the branch received (Ctrl+O)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.laptopsView.setAccessibleName(QCoreApplication.translate("ReconcilePage", u"Laptops of the day and whether their tallies match", None))
#endif // QT_CONFIG(accessibility)
        self.detailsBox.setTitle(QCoreApplication.translate("ReconcilePage", u"Differences", None))
#if QT_CONFIG(accessibility)
        self.differencesView.setAccessibleName(QCoreApplication.translate("ReconcilePage", u"Figures that differ between the laptop and the branch", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

