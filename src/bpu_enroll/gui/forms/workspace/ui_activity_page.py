# Generated from ui/workspace/activity_page.ui by scripts/build_forms.py: do not edit.
# Change the .ui file in Qt Designer and run `make forms` instead.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'activity_page.ui'
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

class Ui_ActivityPage(object):
    def setupUi(self, ActivityPage):
        if not ActivityPage.objectName():
            ActivityPage.setObjectName(u"ActivityPage")
        ActivityPage.resize(1100, 740)
        self.outerLayout = QVBoxLayout(ActivityPage)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(16, 12, 16, 12)
        self.titleLabel = QLabel(ActivityPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.outerLayout.addWidget(self.titleLabel)

        self.explainLabel = QLabel(ActivityPage)
        self.explainLabel.setObjectName(u"explainLabel")
        self.explainLabel.setWordWrap(True)
        self.explainLabel.setProperty(u"role", u"muted")

        self.outerLayout.addWidget(self.explainLabel)

        self.toolLayout = QHBoxLayout()
        self.toolLayout.setObjectName(u"toolLayout")
        self.silentLabel = QLabel(ActivityPage)
        self.silentLabel.setObjectName(u"silentLabel")

        self.toolLayout.addWidget(self.silentLabel)

        self.silentSpin = QSpinBox(ActivityPage)
        self.silentSpin.setObjectName(u"silentSpin")
        self.silentSpin.setMinimum(1)
        self.silentSpin.setMaximum(90)
        self.silentSpin.setValue(3)

        self.toolLayout.addWidget(self.silentSpin)

        self.busyBar = QProgressBar(ActivityPage)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)
        self.busyBar.setMaximumSize(QSize(140, 14))

        self.toolLayout.addWidget(self.busyBar)

        self.toolSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolLayout.addItem(self.toolSpacer)

        self.refreshButton = QPushButton(ActivityPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.toolLayout.addWidget(self.refreshButton)


        self.outerLayout.addLayout(self.toolLayout)

        self.statusLabel = QLabel(ActivityPage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.outerLayout.addWidget(self.statusLabel)

        self.summaryLabel = QLabel(ActivityPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setProperty(u"role", u"strong")

        self.outerLayout.addWidget(self.summaryLabel)

        self.laptopsView = QTableView(ActivityPage)
        self.laptopsView.setObjectName(u"laptopsView")
        self.laptopsView.setTabKeyNavigation(False)
        self.laptopsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.laptopsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.laptopsView.setAlternatingRowColors(True)
        self.laptopsView.setWordWrap(False)

        self.outerLayout.addWidget(self.laptopsView)

        self.outerLayout.setStretch(5, 1)
#if QT_CONFIG(shortcut)
        self.silentLabel.setBuddy(self.silentSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.silentSpin, self.refreshButton)
        QWidget.setTabOrder(self.refreshButton, self.laptopsView)

        self.retranslateUi(ActivityPage)
    # setupUi

    def retranslateUi(self, ActivityPage):
        self.titleLabel.setText(QCoreApplication.translate("ActivityPage", u"Officers' activity", None))
        self.explainLabel.setText(QCoreApplication.translate("ActivityPage", u"Every laptop enrolled at the branch: who uses it, when it last synced and how many records it still holds. A laptop silent for longer than the days chosen is marked.", None))
        self.silentLabel.setText(QCoreApplication.translate("ActivityPage", u"&Silent after", None))
        self.silentSpin.setSuffix(QCoreApplication.translate("ActivityPage", u" days", None))
#if QT_CONFIG(accessibility)
        self.silentSpin.setAccessibleName(QCoreApplication.translate("ActivityPage", u"Days without a sync before a laptop counts as silent", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("ActivityPage", u"Working", None))
#endif // QT_CONFIG(accessibility)
        self.refreshButton.setText(QCoreApplication.translate("ActivityPage", u"&Refresh", None))
#if QT_CONFIG(tooltip)
        self.refreshButton.setToolTip(QCoreApplication.translate("ActivityPage", u"Read the activity again (F5)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.laptopsView.setAccessibleName(QCoreApplication.translate("ActivityPage", u"Laptops and their last sync", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

