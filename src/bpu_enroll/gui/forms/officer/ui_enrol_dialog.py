# Generated from ui/officer/enrol_dialog.ui by scripts/build_forms.py: do not edit.
# Change the .ui file in Qt Designer and run `make forms` instead.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'enrol_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_EnrolDialog(object):
    def setupUi(self, EnrolDialog):
        if not EnrolDialog.objectName():
            EnrolDialog.setObjectName(u"EnrolDialog")
        EnrolDialog.resize(480, 260)
        EnrolDialog.setModal(True)
        self.outerLayout = QVBoxLayout(EnrolDialog)
        self.outerLayout.setObjectName(u"outerLayout")
        self.explainLabel = QLabel(EnrolDialog)
        self.explainLabel.setObjectName(u"explainLabel")
        self.explainLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.explainLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.serverCaption = QLabel(EnrolDialog)
        self.serverCaption.setObjectName(u"serverCaption")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.serverCaption)

        self.serverEdit = QLineEdit(EnrolDialog)
        self.serverEdit.setObjectName(u"serverEdit")
        self.serverEdit.setPlaceholderText(u"https://10.0.0.5:8750")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.serverEdit)

        self.codeCaption = QLabel(EnrolDialog)
        self.codeCaption.setObjectName(u"codeCaption")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.codeCaption)

        self.codeEdit = QLineEdit(EnrolDialog)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setPlaceholderText(u"XXXX-XXXX-XXXX@sha256:\u2026")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.codeEdit)


        self.outerLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(EnrolDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"role", u"error")

        self.outerLayout.addWidget(self.errorLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(EnrolDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonLayout.addWidget(self.cancelButton)

        self.enrolButton = QPushButton(EnrolDialog)
        self.enrolButton.setObjectName(u"enrolButton")

        self.buttonLayout.addWidget(self.enrolButton)


        self.outerLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.serverCaption.setBuddy(self.serverEdit)
        self.codeCaption.setBuddy(self.codeEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EnrolDialog)

        self.enrolButton.setDefault(True)

    # setupUi

    def retranslateUi(self, EnrolDialog):
        EnrolDialog.setWindowTitle(QCoreApplication.translate("EnrolDialog", u"Enrol this laptop at the branch", None))
        self.explainLabel.setText(QCoreApplication.translate("EnrolDialog", u"Ask the branch administrator for the branch address and a one-time code (bpu-branch device code). A code written as CODE@sha256:\u2026 also carries the certificate fingerprint.", None))
        self.serverCaption.setText(QCoreApplication.translate("EnrolDialog", u"Branch address", None))
        self.codeCaption.setText(QCoreApplication.translate("EnrolDialog", u"One-time code", None))
        self.cancelButton.setText(QCoreApplication.translate("EnrolDialog", u"Cancel", None))
        self.enrolButton.setText(QCoreApplication.translate("EnrolDialog", u"Enrol", None))
    # retranslateUi

