# Generated from ui/workspace/enrol_code_dialog.ui by scripts/build_forms.py: do not edit.
# Change the .ui file in Qt Designer and run `make forms` instead.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'enrol_code_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_EnrolCodeDialog(object):
    def setupUi(self, EnrolCodeDialog):
        if not EnrolCodeDialog.objectName():
            EnrolCodeDialog.setObjectName(u"EnrolCodeDialog")
        EnrolCodeDialog.resize(760, 380)
        EnrolCodeDialog.setModal(True)
        self.outerLayout = QVBoxLayout(EnrolCodeDialog)
        self.outerLayout.setObjectName(u"outerLayout")
        self.explainLabel = QLabel(EnrolCodeDialog)
        self.explainLabel.setObjectName(u"explainLabel")
        self.explainLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.explainLabel)

        self.codeLabel = QLabel(EnrolCodeDialog)
        self.codeLabel.setObjectName(u"codeLabel")
        self.codeLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.codeLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.outerLayout.addWidget(self.codeLabel)

        self.expiresLabel = QLabel(EnrolCodeDialog)
        self.expiresLabel.setObjectName(u"expiresLabel")
        self.expiresLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.expiresLabel.setWordWrap(True)
        self.expiresLabel.setProperty(u"role", u"strong")

        self.outerLayout.addWidget(self.expiresLabel)

        self.addressLabel = QLabel(EnrolCodeDialog)
        self.addressLabel.setObjectName(u"addressLabel")
        self.addressLabel.setWordWrap(True)
        self.addressLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.outerLayout.addWidget(self.addressLabel)

        self.pinnedCaption = QLabel(EnrolCodeDialog)
        self.pinnedCaption.setObjectName(u"pinnedCaption")
        self.pinnedCaption.setWordWrap(True)

        self.outerLayout.addWidget(self.pinnedCaption)

        self.pinnedEdit = QLineEdit(EnrolCodeDialog)
        self.pinnedEdit.setObjectName(u"pinnedEdit")
        self.pinnedEdit.setReadOnly(True)

        self.outerLayout.addWidget(self.pinnedEdit)

        self.copiedLabel = QLabel(EnrolCodeDialog)
        self.copiedLabel.setObjectName(u"copiedLabel")
        self.copiedLabel.setWordWrap(True)
        self.copiedLabel.setProperty(u"role", u"success")

        self.outerLayout.addWidget(self.copiedLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.copyButton = QPushButton(EnrolCodeDialog)
        self.copyButton.setObjectName(u"copyButton")
        self.copyButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.copyButton)

        self.buttonSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(EnrolCodeDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)


        self.outerLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.pinnedCaption.setBuddy(self.pinnedEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.pinnedEdit, self.copyButton)
        QWidget.setTabOrder(self.copyButton, self.closeButton)

        self.retranslateUi(EnrolCodeDialog)

        self.closeButton.setDefault(True)

    # setupUi

    def retranslateUi(self, EnrolCodeDialog):
        EnrolCodeDialog.setWindowTitle(QCoreApplication.translate("EnrolCodeDialog", u"Enrolment code for a new laptop", None))
        self.explainLabel.setText(QCoreApplication.translate("EnrolCodeDialog", u"Give this code to the officer: their laptop asks for it under \"Enrol this laptop at the branch\". It works once, until the time below, and is not shown again once this window is closed.", None))
#if QT_CONFIG(accessibility)
        self.codeLabel.setAccessibleName(QCoreApplication.translate("EnrolCodeDialog", u"One-time enrolment code", None))
#endif // QT_CONFIG(accessibility)
        self.pinnedCaption.setText(QCoreApplication.translate("EnrolCodeDialog", u"Code with the branch's &fingerprint, to paste in the officer's app:", None))
#if QT_CONFIG(accessibility)
        self.pinnedEdit.setAccessibleName(QCoreApplication.translate("EnrolCodeDialog", u"Enrolment code with the branch's fingerprint", None))
#endif // QT_CONFIG(accessibility)
        self.copyButton.setText(QCoreApplication.translate("EnrolCodeDialog", u"&Copy", None))
#if QT_CONFIG(tooltip)
        self.copyButton.setToolTip(QCoreApplication.translate("EnrolCodeDialog", u"Copy the code with the branch's fingerprint", None))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(QCoreApplication.translate("EnrolCodeDialog", u"C&lose", None))
    # retranslateUi

