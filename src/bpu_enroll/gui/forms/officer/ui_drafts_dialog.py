# Generated from ui/officer/drafts_dialog.ui by scripts/build_forms.py: do not edit.
# Change the .ui file in Qt Designer and run `make forms` instead.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'drafts_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QHBoxLayout,
    QLabel, QListView, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_DraftsDialog(object):
    def setupUi(self, DraftsDialog):
        if not DraftsDialog.objectName():
            DraftsDialog.setObjectName(u"DraftsDialog")
        DraftsDialog.resize(520, 360)
        DraftsDialog.setModal(True)
        self.outerLayout = QVBoxLayout(DraftsDialog)
        self.outerLayout.setObjectName(u"outerLayout")
        self.explainLabel = QLabel(DraftsDialog)
        self.explainLabel.setObjectName(u"explainLabel")
        self.explainLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.explainLabel)

        self.draftsList = QListWidget(DraftsDialog)
        self.draftsList.setObjectName(u"draftsList")
        self.draftsList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.draftsList.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.draftsList.setResizeMode(QListView.ResizeMode.Adjust)
        self.draftsList.setWordWrap(True)

        self.outerLayout.addWidget(self.draftsList)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.deleteButton = QPushButton(DraftsDialog)
        self.deleteButton.setObjectName(u"deleteButton")
        self.deleteButton.setEnabled(False)

        self.buttonLayout.addWidget(self.deleteButton)

        self.cleanButton = QPushButton(DraftsDialog)
        self.cleanButton.setObjectName(u"cleanButton")

        self.buttonLayout.addWidget(self.cleanButton)

        self.buttonSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(DraftsDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)

        self.resumeButton = QPushButton(DraftsDialog)
        self.resumeButton.setObjectName(u"resumeButton")
        self.resumeButton.setEnabled(False)

        self.buttonLayout.addWidget(self.resumeButton)


        self.outerLayout.addLayout(self.buttonLayout)

        QWidget.setTabOrder(self.draftsList, self.deleteButton)
        QWidget.setTabOrder(self.deleteButton, self.cleanButton)
        QWidget.setTabOrder(self.cleanButton, self.closeButton)
        QWidget.setTabOrder(self.closeButton, self.resumeButton)

        self.retranslateUi(DraftsDialog)

        self.resumeButton.setDefault(True)

    # setupUi

    def retranslateUi(self, DraftsDialog):
        DraftsDialog.setWindowTitle(QCoreApplication.translate("DraftsDialog", u"Drafts", None))
        self.explainLabel.setText(QCoreApplication.translate("DraftsDialog", u"Unfinished registrations saved on this laptop, with the officer and the time they were last saved (the branch's time). Choose one to continue, or delete what is no longer needed.", None))
#if QT_CONFIG(accessibility)
        self.draftsList.setAccessibleName(QCoreApplication.translate("DraftsDialog", u"Drafts", None))
#endif // QT_CONFIG(accessibility)
        self.deleteButton.setText(QCoreApplication.translate("DraftsDialog", u"&Delete this draft\u2026", None))
        self.cleanButton.setText(QCoreApplication.translate("DraftsDialog", u"Delete &old drafts\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("DraftsDialog", u"Close", None))
        self.resumeButton.setText(QCoreApplication.translate("DraftsDialog", u"&Continue this draft", None))
    # retranslateUi

