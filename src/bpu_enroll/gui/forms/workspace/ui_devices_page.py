# Generated from ui/workspace/devices_page.ui by scripts/build_forms.py: do not edit.
# Change the .ui file in Qt Designer and run `make forms` instead.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'devices_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_DevicesPage(object):
    def setupUi(self, DevicesPage):
        if not DevicesPage.objectName():
            DevicesPage.setObjectName(u"DevicesPage")
        DevicesPage.resize(1100, 740)
        self.outerLayout = QVBoxLayout(DevicesPage)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(16, 12, 16, 12)
        self.titleLabel = QLabel(DevicesPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.outerLayout.addWidget(self.titleLabel)

        self.explainLabel = QLabel(DevicesPage)
        self.explainLabel.setObjectName(u"explainLabel")
        self.explainLabel.setWordWrap(True)
        self.explainLabel.setProperty(u"role", u"muted")

        self.outerLayout.addWidget(self.explainLabel)

        self.statusLabel = QLabel(DevicesPage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.outerLayout.addWidget(self.statusLabel)

        self.summaryLabel = QLabel(DevicesPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setProperty(u"role", u"strong")

        self.outerLayout.addWidget(self.summaryLabel)

        self.devicesView = QTableView(DevicesPage)
        self.devicesView.setObjectName(u"devicesView")
        self.devicesView.setTabKeyNavigation(False)
        self.devicesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.devicesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.devicesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.devicesView.setAlternatingRowColors(True)
        self.devicesView.setWordWrap(False)

        self.outerLayout.addWidget(self.devicesView)

        self.toolLayout = QHBoxLayout()
        self.toolLayout.setObjectName(u"toolLayout")
        self.revokeButton = QPushButton(DevicesPage)
        self.revokeButton.setObjectName(u"revokeButton")

        self.toolLayout.addWidget(self.revokeButton)

        self.ttlLabel = QLabel(DevicesPage)
        self.ttlLabel.setObjectName(u"ttlLabel")

        self.toolLayout.addWidget(self.ttlLabel)

        self.ttlCombo = QComboBox(DevicesPage)
        self.ttlCombo.setObjectName(u"ttlCombo")

        self.toolLayout.addWidget(self.ttlCombo)

        self.codeButton = QPushButton(DevicesPage)
        self.codeButton.setObjectName(u"codeButton")

        self.toolLayout.addWidget(self.codeButton)

        self.busyBar = QProgressBar(DevicesPage)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)
        self.busyBar.setMaximumSize(QSize(140, 14))

        self.toolLayout.addWidget(self.busyBar)

        self.toolSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolLayout.addItem(self.toolSpacer)

        self.refreshButton = QPushButton(DevicesPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.toolLayout.addWidget(self.refreshButton)


        self.outerLayout.addLayout(self.toolLayout)

        self.outerLayout.setStretch(4, 1)
#if QT_CONFIG(shortcut)
        self.ttlLabel.setBuddy(self.ttlCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.devicesView, self.revokeButton)
        QWidget.setTabOrder(self.revokeButton, self.ttlCombo)
        QWidget.setTabOrder(self.ttlCombo, self.codeButton)
        QWidget.setTabOrder(self.codeButton, self.refreshButton)

        self.retranslateUi(DevicesPage)
    # setupUi

    def retranslateUi(self, DevicesPage):
        self.titleLabel.setText(QCoreApplication.translate("DevicesPage", u"Laptops", None))
        self.explainLabel.setText(QCoreApplication.translate("DevicesPage", u"Every laptop enrolled at the branch. Revoke a laptop that was lost or stolen: the branch refuses it from its next sync, and the records it already sent stay. A new laptop is enrolled with a one-time code from here.", None))
#if QT_CONFIG(accessibility)
        self.devicesView.setAccessibleName(QCoreApplication.translate("DevicesPage", u"Laptops enrolled at the branch", None))
#endif // QT_CONFIG(accessibility)
        self.revokeButton.setText(QCoreApplication.translate("DevicesPage", u"Revo&ke\u2026", None))
#if QT_CONFIG(tooltip)
        self.revokeButton.setToolTip(QCoreApplication.translate("DevicesPage", u"Revoke the chosen laptop: it is refused from its next sync", None))
#endif // QT_CONFIG(tooltip)
        self.ttlLabel.setText(QCoreApplication.translate("DevicesPage", u"Code valid &for:", None))
#if QT_CONFIG(tooltip)
        self.ttlCombo.setToolTip(QCoreApplication.translate("DevicesPage", u"How long the next enrolment code works: the officer must enrol the laptop before then", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.ttlCombo.setAccessibleName(QCoreApplication.translate("DevicesPage", u"Enrolment code valid for", None))
#endif // QT_CONFIG(accessibility)
        self.codeButton.setText(QCoreApplication.translate("DevicesPage", u"Enrolment &code\u2026", None))
#if QT_CONFIG(tooltip)
        self.codeButton.setToolTip(QCoreApplication.translate("DevicesPage", u"A one-time code with which an officer enrols a new laptop", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("DevicesPage", u"Working", None))
#endif // QT_CONFIG(accessibility)
        self.refreshButton.setText(QCoreApplication.translate("DevicesPage", u"&Refresh", None))
#if QT_CONFIG(tooltip)
        self.refreshButton.setToolTip(QCoreApplication.translate("DevicesPage", u"Read the list again (F5)", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

