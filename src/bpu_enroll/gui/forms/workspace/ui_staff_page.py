# Generated from ui/workspace/staff_page.ui by scripts/build_forms.py: do not edit.
# Change the .ui file in Qt Designer and run `make forms` instead.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'staff_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QProgressBar, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_StaffPage(object):
    def setupUi(self, StaffPage):
        if not StaffPage.objectName():
            StaffPage.setObjectName(u"StaffPage")
        StaffPage.resize(1100, 740)
        self.outerLayout = QVBoxLayout(StaffPage)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(16, 12, 16, 12)
        self.titleLabel = QLabel(StaffPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.outerLayout.addWidget(self.titleLabel)

        self.explainLabel = QLabel(StaffPage)
        self.explainLabel.setObjectName(u"explainLabel")
        self.explainLabel.setWordWrap(True)
        self.explainLabel.setProperty(u"role", u"muted")

        self.outerLayout.addWidget(self.explainLabel)

        self.statusLabel = QLabel(StaffPage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.outerLayout.addWidget(self.statusLabel)

        self.summaryLabel = QLabel(StaffPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setProperty(u"role", u"strong")

        self.outerLayout.addWidget(self.summaryLabel)

        self.staffView = QTableView(StaffPage)
        self.staffView.setObjectName(u"staffView")
        self.staffView.setTabKeyNavigation(False)
        self.staffView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.staffView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.staffView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.staffView.setAlternatingRowColors(True)
        self.staffView.setWordWrap(False)

        self.outerLayout.addWidget(self.staffView)

        self.toolLayout = QHBoxLayout()
        self.toolLayout.setObjectName(u"toolLayout")
        self.addButton = QPushButton(StaffPage)
        self.addButton.setObjectName(u"addButton")

        self.toolLayout.addWidget(self.addButton)

        self.revokeButton = QPushButton(StaffPage)
        self.revokeButton.setObjectName(u"revokeButton")

        self.toolLayout.addWidget(self.revokeButton)

        self.unlockButton = QPushButton(StaffPage)
        self.unlockButton.setObjectName(u"unlockButton")

        self.toolLayout.addWidget(self.unlockButton)

        self.busyBar = QProgressBar(StaffPage)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)
        self.busyBar.setMaximumSize(QSize(140, 14))

        self.toolLayout.addWidget(self.busyBar)

        self.toolSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolLayout.addItem(self.toolSpacer)

        self.refreshButton = QPushButton(StaffPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.toolLayout.addWidget(self.refreshButton)


        self.outerLayout.addLayout(self.toolLayout)

        self.outerLayout.setStretch(4, 1)
        QWidget.setTabOrder(self.staffView, self.addButton)
        QWidget.setTabOrder(self.addButton, self.revokeButton)
        QWidget.setTabOrder(self.revokeButton, self.unlockButton)
        QWidget.setTabOrder(self.unlockButton, self.refreshButton)

        self.retranslateUi(StaffPage)
    # setupUi

    def retranslateUi(self, StaffPage):
        self.titleLabel.setText(QCoreApplication.translate("StaffPage", u"Staff", None))
        self.explainLabel.setText(QCoreApplication.translate("StaffPage", u"Everyone who signs in at the branch: officers on their laptops, clerks and supervisors here. Add a new member of staff, revoke one who has left (laptops drop them at their next sync), or unlock a sign-in locked after wrong passwords.", None))
#if QT_CONFIG(accessibility)
        self.staffView.setAccessibleName(QCoreApplication.translate("StaffPage", u"Staff of the branch", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("StaffPage", u"&Add\u2026", None))
#if QT_CONFIG(tooltip)
        self.addButton.setToolTip(QCoreApplication.translate("StaffPage", u"Add an officer, a clerk or a supervisor", None))
#endif // QT_CONFIG(tooltip)
        self.revokeButton.setText(QCoreApplication.translate("StaffPage", u"Revo&ke\u2026", None))
#if QT_CONFIG(tooltip)
        self.revokeButton.setToolTip(QCoreApplication.translate("StaffPage", u"Revoke the chosen account: its sign-in is refused and its sessions end", None))
#endif // QT_CONFIG(tooltip)
        self.unlockButton.setText(QCoreApplication.translate("StaffPage", u"&Unlock", None))
#if QT_CONFIG(tooltip)
        self.unlockButton.setToolTip(QCoreApplication.translate("StaffPage", u"Lift the sign-in lock of the chosen account after wrong passwords", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("StaffPage", u"Working", None))
#endif // QT_CONFIG(accessibility)
        self.refreshButton.setText(QCoreApplication.translate("StaffPage", u"&Refresh", None))
#if QT_CONFIG(tooltip)
        self.refreshButton.setToolTip(QCoreApplication.translate("StaffPage", u"Read the list again (F5)", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

