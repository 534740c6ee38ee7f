# Generated from ui/workspace/staff_revoke_dialog.ui by scripts/build_forms.py: do not edit.
# Change the .ui file in Qt Designer and run `make forms` instead.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'staff_revoke_dialog.ui'
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
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_StaffRevokeDialog(object):
    def setupUi(self, StaffRevokeDialog):
        if not StaffRevokeDialog.objectName():
            StaffRevokeDialog.setObjectName(u"StaffRevokeDialog")
        StaffRevokeDialog.resize(520, 260)
        StaffRevokeDialog.setModal(True)
        self.outerLayout = QVBoxLayout(StaffRevokeDialog)
        self.outerLayout.setObjectName(u"outerLayout")
        self.questionLabel = QLabel(StaffRevokeDialog)
        self.questionLabel.setObjectName(u"questionLabel")
        self.questionLabel.setWordWrap(True)
        self.questionLabel.setProperty(u"role", u"strong")

        self.outerLayout.addWidget(self.questionLabel)

        self.explainLabel = QLabel(StaffRevokeDialog)
        self.explainLabel.setObjectName(u"explainLabel")
        self.explainLabel.setWordWrap(True)
        self.explainLabel.setProperty(u"role", u"muted")

        self.outerLayout.addWidget(self.explainLabel)

        self.errorLabel = QLabel(StaffRevokeDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"role", u"error")

        self.outerLayout.addWidget(self.errorLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(StaffRevokeDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonLayout.addWidget(self.cancelButton)

        self.revokeButton = QPushButton(StaffRevokeDialog)
        self.revokeButton.setObjectName(u"revokeButton")
        self.revokeButton.setAutoDefault(False)
        self.revokeButton.setProperty(u"role", u"danger")

        self.buttonLayout.addWidget(self.revokeButton)


        self.outerLayout.addLayout(self.buttonLayout)

        QWidget.setTabOrder(self.cancelButton, self.revokeButton)

        self.retranslateUi(StaffRevokeDialog)

        self.cancelButton.setDefault(True)

    # setupUi

    def retranslateUi(self, StaffRevokeDialog):
        StaffRevokeDialog.setWindowTitle(QCoreApplication.translate("StaffRevokeDialog", u"Revoke an account", None))
        self.explainLabel.setText(QCoreApplication.translate("StaffRevokeDialog", u"Their sign-in is refused from now on and their open sessions end; laptops drop them at their next sync. Adding the same user name again later gives it a new password.", None))
        self.cancelButton.setText(QCoreApplication.translate("StaffRevokeDialog", u"&Cancel", None))
        self.revokeButton.setText(QCoreApplication.translate("StaffRevokeDialog", u"Revo&ke", None))
    # retranslateUi

