# Generated from ui/workspace/revoke_dialog.ui by scripts/build_forms.py: do not edit.
# Change the .ui file in Qt Designer and run `make forms` instead.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'revoke_dialog.ui'
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

class Ui_RevokeDialog(object):
    def setupUi(self, RevokeDialog):
        if not RevokeDialog.objectName():
            RevokeDialog.setObjectName(u"RevokeDialog")
        RevokeDialog.resize(520, 260)
        RevokeDialog.setModal(True)
        self.outerLayout = QVBoxLayout(RevokeDialog)
        self.outerLayout.setObjectName(u"outerLayout")
        self.questionLabel = QLabel(RevokeDialog)
        self.questionLabel.setObjectName(u"questionLabel")
        self.questionLabel.setWordWrap(True)
        self.questionLabel.setProperty(u"role", u"strong")

        self.outerLayout.addWidget(self.questionLabel)

        self.explainLabel = QLabel(RevokeDialog)
        self.explainLabel.setObjectName(u"explainLabel")
        self.explainLabel.setWordWrap(True)
        self.explainLabel.setProperty(u"role", u"muted")

        self.outerLayout.addWidget(self.explainLabel)

        self.reasonLabel = QLabel(RevokeDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.outerLayout.addWidget(self.reasonLabel)

        self.reasonEdit = QLineEdit(RevokeDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setMaxLength(200)

        self.outerLayout.addWidget(self.reasonEdit)

        self.errorLabel = QLabel(RevokeDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"role", u"error")

        self.outerLayout.addWidget(self.errorLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(RevokeDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonLayout.addWidget(self.cancelButton)

        self.revokeButton = QPushButton(RevokeDialog)
        self.revokeButton.setObjectName(u"revokeButton")
        self.revokeButton.setAutoDefault(False)
        self.revokeButton.setProperty(u"role", u"danger")

        self.buttonLayout.addWidget(self.revokeButton)


        self.outerLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reasonEdit, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.revokeButton)

        self.retranslateUi(RevokeDialog)

        self.cancelButton.setDefault(True)

    # setupUi

    def retranslateUi(self, RevokeDialog):
        RevokeDialog.setWindowTitle(QCoreApplication.translate("RevokeDialog", u"Revoke a laptop", None))
        self.explainLabel.setText(QCoreApplication.translate("RevokeDialog", u"The branch refuses it from its next sync; it can no longer issue receipts. This cannot be undone here: the laptop must be enrolled again.", None))
        self.reasonLabel.setText(QCoreApplication.translate("RevokeDialog", u"&Reason (required, without a NIK)", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("RevokeDialog", u"e.g. stolen at the market on 17 March", None))
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("RevokeDialog", u"Why the laptop is revoked", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("RevokeDialog", u"&Cancel", None))
        self.revokeButton.setText(QCoreApplication.translate("RevokeDialog", u"Revo&ke", None))
    # retranslateUi

