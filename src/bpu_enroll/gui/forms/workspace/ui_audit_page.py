# Generated from ui/workspace/audit_page.ui by scripts/build_forms.py: do not edit.
# Change the .ui file in Qt Designer and run `make forms` instead.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'audit_page.ui'
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
    QSpacerItem, QSpinBox, QTableView, QVBoxLayout,
    QWidget)

class Ui_AuditPage(object):
    def setupUi(self, AuditPage):
        if not AuditPage.objectName():
            AuditPage.setObjectName(u"AuditPage")
        AuditPage.resize(1100, 740)
        self.outerLayout = QVBoxLayout(AuditPage)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(16, 12, 16, 12)
        self.titleLabel = QLabel(AuditPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.outerLayout.addWidget(self.titleLabel)

        self.explainLabel = QLabel(AuditPage)
        self.explainLabel.setObjectName(u"explainLabel")
        self.explainLabel.setWordWrap(True)
        self.explainLabel.setProperty(u"role", u"muted")

        self.outerLayout.addWidget(self.explainLabel)

        self.toolLayout = QHBoxLayout()
        self.toolLayout.setObjectName(u"toolLayout")
        self.limitLabel = QLabel(AuditPage)
        self.limitLabel.setObjectName(u"limitLabel")

        self.toolLayout.addWidget(self.limitLabel)

        self.limitSpin = QSpinBox(AuditPage)
        self.limitSpin.setObjectName(u"limitSpin")
        self.limitSpin.setMinimum(10)
        self.limitSpin.setMaximum(1000)
        self.limitSpin.setSingleStep(50)
        self.limitSpin.setValue(200)

        self.toolLayout.addWidget(self.limitSpin)

        self.busyBar = QProgressBar(AuditPage)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)
        self.busyBar.setMaximumSize(QSize(140, 14))

        self.toolLayout.addWidget(self.busyBar)

        self.toolSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolLayout.addItem(self.toolSpacer)

        self.refreshButton = QPushButton(AuditPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.toolLayout.addWidget(self.refreshButton)


        self.outerLayout.addLayout(self.toolLayout)

        self.statusLabel = QLabel(AuditPage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.outerLayout.addWidget(self.statusLabel)

        self.chainLabel = QLabel(AuditPage)
        self.chainLabel.setObjectName(u"chainLabel")
        self.chainLabel.setWordWrap(True)
        self.chainLabel.setProperty(u"role", u"strong")

        self.outerLayout.addWidget(self.chainLabel)

        self.linesView = QTableView(AuditPage)
        self.linesView.setObjectName(u"linesView")
        self.linesView.setTabKeyNavigation(False)
        self.linesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.linesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.linesView.setAlternatingRowColors(True)
        self.linesView.setWordWrap(False)

        self.outerLayout.addWidget(self.linesView)

        self.outerLayout.setStretch(5, 1)
#if QT_CONFIG(shortcut)
        self.limitLabel.setBuddy(self.limitSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.limitSpin, self.refreshButton)
        QWidget.setTabOrder(self.refreshButton, self.linesView)

        self.retranslateUi(AuditPage)
    # setupUi

    def retranslateUi(self, AuditPage):
        self.titleLabel.setText(QCoreApplication.translate("AuditPage", u"Audit log", None))
        self.explainLabel.setText(QCoreApplication.translate("AuditPage", u"What was done at the branch, newest first: sign-ins (failed and refused ones too), decisions, workers' records viewed, imports and exports. Each line is sealed to the one before it, so a changed or removed line is found.", None))
        self.limitLabel.setText(QCoreApplication.translate("AuditPage", u"&Lines shown", None))
#if QT_CONFIG(accessibility)
        self.limitSpin.setAccessibleName(QCoreApplication.translate("AuditPage", u"How many of the newest lines to show", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("AuditPage", u"Working", None))
#endif // QT_CONFIG(accessibility)
        self.refreshButton.setText(QCoreApplication.translate("AuditPage", u"&Refresh", None))
#if QT_CONFIG(tooltip)
        self.refreshButton.setToolTip(QCoreApplication.translate("AuditPage", u"Read the audit log again (F5)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.linesView.setAccessibleName(QCoreApplication.translate("AuditPage", u"Audit log lines, newest first", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

