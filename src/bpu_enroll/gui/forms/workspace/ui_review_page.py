# Generated from ui/workspace/review_page.ui by scripts/build_forms.py: do not edit.
# Change the .ui file in Qt Designer and run `make forms` instead.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'review_page.ui'
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
    QHBoxLayout, QHeaderView, QLabel, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTableView, QVBoxLayout, QWidget)

from bpu_enroll.gui.common.code_text import CodeTextBrowser

class Ui_ReviewPage(object):
    def setupUi(self, ReviewPage):
        if not ReviewPage.objectName():
            ReviewPage.setObjectName(u"ReviewPage")
        ReviewPage.resize(1100, 760)
        self.pageLayout = QVBoxLayout(ReviewPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(16, 12, 16, 12)
        self.titleLabel = QLabel(ReviewPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.pageLayout.addWidget(self.titleLabel)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setSpacing(12)
        self.filterLayout.setObjectName(u"filterLayout")
        self.kindLabel = QLabel(ReviewPage)
        self.kindLabel.setObjectName(u"kindLabel")

        self.filterLayout.addWidget(self.kindLabel)

        self.kindCombo = QComboBox(ReviewPage)
        self.kindCombo.setObjectName(u"kindCombo")
        self.kindCombo.setMinimumSize(QSize(240, 0))

        self.filterLayout.addWidget(self.kindCombo)

        self.countLabel = QLabel(ReviewPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setProperty(u"role", u"muted")

        self.filterLayout.addWidget(self.countLabel)

        self.reloadButton = QPushButton(ReviewPage)
        self.reloadButton.setObjectName(u"reloadButton")

        self.filterLayout.addWidget(self.reloadButton)

        self.filterLayout.setStretch(2, 1)

        self.pageLayout.addLayout(self.filterLayout)

        self.splitter = QSplitter(ReviewPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.queueView = QTableView(self.splitter)
        self.queueView.setObjectName(u"queueView")
        self.queueView.setTabKeyNavigation(False)
        self.queueView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.queueView.setAlternatingRowColors(True)
        self.queueView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.queueView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.queueView.setWordWrap(False)
        self.splitter.addWidget(self.queueView)
        self.queueView.horizontalHeader().setStretchLastSection(True)
        self.queueView.verticalHeader().setVisible(False)
        self.lowerPane = QWidget(self.splitter)
        self.lowerPane.setObjectName(u"lowerPane")
        self.lowerLayout = QHBoxLayout(self.lowerPane)
        self.lowerLayout.setObjectName(u"lowerLayout")
        self.lowerLayout.setContentsMargins(0, 0, 0, 0)
        self.detailGroup = QGroupBox(self.lowerPane)
        self.detailGroup.setObjectName(u"detailGroup")
        self.detailLayout = QVBoxLayout(self.detailGroup)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailText = CodeTextBrowser(self.detailGroup)
        self.detailText.setObjectName(u"detailText")
        self.detailText.setOpenLinks(False)

        self.detailLayout.addWidget(self.detailText)


        self.lowerLayout.addWidget(self.detailGroup)

        self.decisionLayout = QVBoxLayout()
        self.decisionLayout.setObjectName(u"decisionLayout")
        self.acceptButton = QPushButton(self.lowerPane)
        self.acceptButton.setObjectName(u"acceptButton")
        self.acceptButton.setEnabled(False)

        self.decisionLayout.addWidget(self.acceptButton)

        self.confirmButton = QPushButton(self.lowerPane)
        self.confirmButton.setObjectName(u"confirmButton")
        self.confirmButton.setEnabled(False)

        self.decisionLayout.addWidget(self.confirmButton)

        self.rejectButton = QPushButton(self.lowerPane)
        self.rejectButton.setObjectName(u"rejectButton")
        self.rejectButton.setEnabled(False)
        self.rejectButton.setProperty(u"role", u"danger")

        self.decisionLayout.addWidget(self.rejectButton)

        self.correctionButton = QPushButton(self.lowerPane)
        self.correctionButton.setObjectName(u"correctionButton")
        self.correctionButton.setEnabled(False)

        self.decisionLayout.addWidget(self.correctionButton)

        self.messageLabel = QLabel(self.lowerPane)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setMaximumSize(QSize(220, 16777215))
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.decisionLayout.addWidget(self.messageLabel)

        self.decisionSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.decisionLayout.addItem(self.decisionSpacer)


        self.lowerLayout.addLayout(self.decisionLayout)

        self.gapsGroup = QGroupBox(self.lowerPane)
        self.gapsGroup.setObjectName(u"gapsGroup")
        self.gapsLayout = QVBoxLayout(self.gapsGroup)
        self.gapsLayout.setObjectName(u"gapsLayout")
        self.gapsExplainLabel = QLabel(self.gapsGroup)
        self.gapsExplainLabel.setObjectName(u"gapsExplainLabel")
        self.gapsExplainLabel.setWordWrap(True)
        self.gapsExplainLabel.setProperty(u"role", u"muted")

        self.gapsLayout.addWidget(self.gapsExplainLabel)

        self.gapsList = QListWidget(self.gapsGroup)
        self.gapsList.setObjectName(u"gapsList")
        self.gapsList.setWordWrap(True)

        self.gapsLayout.addWidget(self.gapsList)


        self.lowerLayout.addWidget(self.gapsGroup)

        self.lowerLayout.setStretch(0, 3)
        self.lowerLayout.setStretch(2, 1)
        self.splitter.addWidget(self.lowerPane)

        self.pageLayout.addWidget(self.splitter)

        self.statusLabel = QLabel(ReviewPage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setProperty(u"role", u"muted")

        self.pageLayout.addWidget(self.statusLabel)

        self.pageLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kindCombo, self.reloadButton)
        QWidget.setTabOrder(self.reloadButton, self.queueView)
        QWidget.setTabOrder(self.queueView, self.detailText)
        QWidget.setTabOrder(self.detailText, self.acceptButton)
        QWidget.setTabOrder(self.acceptButton, self.confirmButton)
        QWidget.setTabOrder(self.confirmButton, self.rejectButton)
        QWidget.setTabOrder(self.rejectButton, self.correctionButton)
        QWidget.setTabOrder(self.correctionButton, self.gapsList)

        self.retranslateUi(ReviewPage)
    # setupUi

    def retranslateUi(self, ReviewPage):
        self.titleLabel.setText(QCoreApplication.translate("ReviewPage", u"Review queue", None))
        self.kindLabel.setText(QCoreApplication.translate("ReviewPage", u"&Show", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("ReviewPage", u"Kind of review item", None))
#endif // QT_CONFIG(accessibility)
        self.reloadButton.setText(QCoreApplication.translate("ReviewPage", u"Re&load", None))
#if QT_CONFIG(tooltip)
        self.reloadButton.setToolTip(QCoreApplication.translate("ReviewPage", u"Read the queue from the branch server again (F5)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.queueView.setAccessibleName(QCoreApplication.translate("ReviewPage", u"Records waiting for review", None))
#endif // QT_CONFIG(accessibility)
        self.detailGroup.setTitle(QCoreApplication.translate("ReviewPage", u"Details", None))
#if QT_CONFIG(accessibility)
        self.detailText.setAccessibleName(QCoreApplication.translate("ReviewPage", u"Details of the selected record", None))
#endif // QT_CONFIG(accessibility)
        self.acceptButton.setText(QCoreApplication.translate("ReviewPage", u"&Accept\u2026", None))
#if QT_CONFIG(tooltip)
        self.acceptButton.setToolTip(QCoreApplication.translate("ReviewPage", u"Accept the record; the branch gives it a KPJ number", None))
#endif // QT_CONFIG(tooltip)
        self.confirmButton.setText(QCoreApplication.translate("ReviewPage", u"Confirm &duplicate\u2026", None))
#if QT_CONFIG(tooltip)
        self.confirmButton.setToolTip(QCoreApplication.translate("ReviewPage", u"The worker is already a participant: keep the existing KPJ", None))
#endif // QT_CONFIG(tooltip)
        self.rejectButton.setText(QCoreApplication.translate("ReviewPage", u"&Reject\u2026", None))
        self.correctionButton.setText(QCoreApplication.translate("ReviewPage", u"Request &correction\u2026", None))
#if QT_CONFIG(tooltip)
        self.correctionButton.setToolTip(QCoreApplication.translate("ReviewPage", u"Send the record back to the officer with a note", None))
#endif // QT_CONFIG(tooltip)
        self.gapsGroup.setTitle(QCoreApplication.translate("ReviewPage", u"Sequence gaps", None))
        self.gapsExplainLabel.setText(QCoreApplication.translate("ReviewPage", u"Receipt numbers a laptop skipped: a batch may still be on its way.", None))
#if QT_CONFIG(accessibility)
        self.gapsList.setAccessibleName(QCoreApplication.translate("ReviewPage", u"Sequence gaps per device", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

