# Generated from ui/officer/sync_page.ui by scripts/build_forms.py: do not edit.
# Change the .ui file in Qt Designer and run `make forms` instead.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sync_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFrame, QGridLayout,
    QGroupBox, QHBoxLayout, QLabel, QListView,
    QListWidget, QListWidgetItem, QProgressBar, QPushButton,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_SyncPage(object):
    def setupUi(self, SyncPage):
        if not SyncPage.objectName():
            SyncPage.setObjectName(u"SyncPage")
        SyncPage.resize(640, 560)
        self.outerLayout = QVBoxLayout(SyncPage)
        self.outerLayout.setSpacing(12)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(24, 20, 24, 20)
        self.titleLabel = QLabel(SyncPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.outerLayout.addWidget(self.titleLabel)

        self.serverLabel = QLabel(SyncPage)
        self.serverLabel.setObjectName(u"serverLabel")
        self.serverLabel.setWordWrap(True)
        self.serverLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.outerLayout.addWidget(self.serverLabel)

        self.notEnrolledFrame = QFrame(SyncPage)
        self.notEnrolledFrame.setObjectName(u"notEnrolledFrame")
        self.notEnrolledLayout = QHBoxLayout(self.notEnrolledFrame)
        self.notEnrolledLayout.setObjectName(u"notEnrolledLayout")
        self.notEnrolledLayout.setContentsMargins(0, -1, 0, -1)
        self.notEnrolledLabel = QLabel(self.notEnrolledFrame)
        self.notEnrolledLabel.setObjectName(u"notEnrolledLabel")
        self.notEnrolledLabel.setWordWrap(True)
        self.notEnrolledLabel.setProperty(u"role", u"warning")

        self.notEnrolledLayout.addWidget(self.notEnrolledLabel)

        self.enrolButton = QPushButton(self.notEnrolledFrame)
        self.enrolButton.setObjectName(u"enrolButton")

        self.notEnrolledLayout.addWidget(self.enrolButton)

        self.notEnrolledLayout.setStretch(0, 1)

        self.outerLayout.addWidget(self.notEnrolledFrame)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.syncButton = QPushButton(SyncPage)
        self.syncButton.setObjectName(u"syncButton")
        self.syncButton.setProperty(u"role", u"primary")

        self.buttonLayout.addWidget(self.syncButton)

        self.exportButton = QPushButton(SyncPage)
        self.exportButton.setObjectName(u"exportButton")

        self.buttonLayout.addWidget(self.exportButton)

        self.resendButton = QPushButton(SyncPage)
        self.resendButton.setObjectName(u"resendButton")

        self.buttonLayout.addWidget(self.resendButton)

        self.progressBar = QProgressBar(SyncPage)
        self.progressBar.setObjectName(u"progressBar")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.progressBar.sizePolicy().hasHeightForWidth())
        self.progressBar.setSizePolicy(sizePolicy)
        self.progressBar.setValue(0)

        self.buttonLayout.addWidget(self.progressBar)

        self.buttonLayout.setStretch(3, 1)

        self.outerLayout.addLayout(self.buttonLayout)

        self.resultLabel = QLabel(SyncPage)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.resultLabel)

        self.countsBox = QGroupBox(SyncPage)
        self.countsBox.setObjectName(u"countsBox")
        self.countsLayout = QGridLayout(self.countsBox)
        self.countsLayout.setObjectName(u"countsLayout")
        self.sentCaption = QLabel(self.countsBox)
        self.sentCaption.setObjectName(u"sentCaption")

        self.countsLayout.addWidget(self.sentCaption, 0, 0, 1, 1)

        self.sentValue = QLabel(self.countsBox)
        self.sentValue.setObjectName(u"sentValue")
        self.sentValue.setText(u"\u2013")

        self.countsLayout.addWidget(self.sentValue, 0, 1, 1, 1)

        self.acceptedCaption = QLabel(self.countsBox)
        self.acceptedCaption.setObjectName(u"acceptedCaption")

        self.countsLayout.addWidget(self.acceptedCaption, 1, 0, 1, 1)

        self.acceptedValue = QLabel(self.countsBox)
        self.acceptedValue.setObjectName(u"acceptedValue")
        self.acceptedValue.setText(u"\u2013")

        self.countsLayout.addWidget(self.acceptedValue, 1, 1, 1, 1)

        self.duplicateCaption = QLabel(self.countsBox)
        self.duplicateCaption.setObjectName(u"duplicateCaption")

        self.countsLayout.addWidget(self.duplicateCaption, 2, 0, 1, 1)

        self.duplicateValue = QLabel(self.countsBox)
        self.duplicateValue.setObjectName(u"duplicateValue")
        self.duplicateValue.setText(u"\u2013")

        self.countsLayout.addWidget(self.duplicateValue, 2, 1, 1, 1)

        self.rejectedCaption = QLabel(self.countsBox)
        self.rejectedCaption.setObjectName(u"rejectedCaption")

        self.countsLayout.addWidget(self.rejectedCaption, 3, 0, 1, 1)

        self.rejectedValue = QLabel(self.countsBox)
        self.rejectedValue.setObjectName(u"rejectedValue")
        self.rejectedValue.setText(u"\u2013")

        self.countsLayout.addWidget(self.rejectedValue, 3, 1, 1, 1)

        self.alreadyCaption = QLabel(self.countsBox)
        self.alreadyCaption.setObjectName(u"alreadyCaption")

        self.countsLayout.addWidget(self.alreadyCaption, 0, 2, 1, 1)

        self.alreadyValue = QLabel(self.countsBox)
        self.alreadyValue.setObjectName(u"alreadyValue")
        self.alreadyValue.setText(u"\u2013")

        self.countsLayout.addWidget(self.alreadyValue, 0, 3, 1, 1)

        self.conflictCaption = QLabel(self.countsBox)
        self.conflictCaption.setObjectName(u"conflictCaption")

        self.countsLayout.addWidget(self.conflictCaption, 1, 2, 1, 1)

        self.conflictValue = QLabel(self.countsBox)
        self.conflictValue.setObjectName(u"conflictValue")
        self.conflictValue.setText(u"\u2013")

        self.countsLayout.addWidget(self.conflictValue, 1, 3, 1, 1)

        self.pendingCaption = QLabel(self.countsBox)
        self.pendingCaption.setObjectName(u"pendingCaption")

        self.countsLayout.addWidget(self.pendingCaption, 2, 2, 1, 1)

        self.pendingValue = QLabel(self.countsBox)
        self.pendingValue.setObjectName(u"pendingValue")
        self.pendingValue.setText(u"\u2013")

        self.countsLayout.addWidget(self.pendingValue, 2, 3, 1, 1)

        self.countsLayout.setColumnStretch(1, 1)
        self.countsLayout.setColumnStretch(3, 1)

        self.outerLayout.addWidget(self.countsBox)

        self.attentionTitle = QLabel(SyncPage)
        self.attentionTitle.setObjectName(u"attentionTitle")
        self.attentionTitle.setProperty(u"role", u"subtitle")

        self.outerLayout.addWidget(self.attentionTitle)

        self.attentionList = QListWidget(SyncPage)
        self.attentionList.setObjectName(u"attentionList")
        self.attentionList.setAlternatingRowColors(True)
        self.attentionList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.attentionList.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.attentionList.setResizeMode(QListView.ResizeMode.Adjust)
        self.attentionList.setWordWrap(True)

        self.outerLayout.addWidget(self.attentionList)

        self.statusLabel = QLabel(SyncPage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setProperty(u"role", u"muted")

        self.outerLayout.addWidget(self.statusLabel)

        self.autoSyncLabel = QLabel(SyncPage)
        self.autoSyncLabel.setObjectName(u"autoSyncLabel")
        self.autoSyncLabel.setWordWrap(True)
        self.autoSyncLabel.setProperty(u"role", u"muted")

        self.outerLayout.addWidget(self.autoSyncLabel)


        self.retranslateUi(SyncPage)

        self.syncButton.setDefault(True)

    # setupUi

    def retranslateUi(self, SyncPage):
        self.titleLabel.setText(QCoreApplication.translate("SyncPage", u"Sync with the branch", None))
        self.notEnrolledLabel.setText(QCoreApplication.translate("SyncPage", u"This laptop is not enrolled at a branch (it uses the demo profile), so it cannot sync. Enrol it with a one-time code from the branch administrator.", None))
        self.enrolButton.setText(QCoreApplication.translate("SyncPage", u"Enrol at the branch\u2026", None))
        self.syncButton.setText(QCoreApplication.translate("SyncPage", u"Sync now", None))
        self.exportButton.setText(QCoreApplication.translate("SyncPage", u"Export to USB\u2026", None))
        self.resendButton.setText(QCoreApplication.translate("SyncPage", u"Write the USB file again for chosen &receipts\u2026", None))
#if QT_CONFIG(tooltip)
        self.resendButton.setToolTip(QCoreApplication.translate("SyncPage", u"A file of this laptop's copies of the records the branch asks for again, by receipt number (Ctrl+R)", None))
#endif // QT_CONFIG(tooltip)
        self.countsBox.setTitle(QCoreApplication.translate("SyncPage", u"Results of the last sync", None))
        self.sentCaption.setText(QCoreApplication.translate("SyncPage", u"Sent", None))
        self.acceptedCaption.setText(QCoreApplication.translate("SyncPage", u"Accepted", None))
        self.duplicateCaption.setText(QCoreApplication.translate("SyncPage", u"Duplicate (already a participant)", None))
        self.rejectedCaption.setText(QCoreApplication.translate("SyncPage", u"Rejected", None))
        self.alreadyCaption.setText(QCoreApplication.translate("SyncPage", u"Already received", None))
        self.conflictCaption.setText(QCoreApplication.translate("SyncPage", u"Conflict", None))
        self.pendingCaption.setText(QCoreApplication.translate("SyncPage", u"Still waiting", None))
        self.attentionTitle.setText(QCoreApplication.translate("SyncPage", u"Needs attention (Enter or double-click to correct)", None))
        pass
    # retranslateUi

