# Generated from ui/officer/resend_dialog.ui by scripts/build_forms.py: do not edit.
# Change the .ui file in Qt Designer and run `make forms` instead.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'resend_dialog.ui'
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
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from bpu_enroll.gui.common.code_text import CodeLabel

class Ui_ResendDialog(object):
    def setupUi(self, ResendDialog):
        if not ResendDialog.objectName():
            ResendDialog.setObjectName(u"ResendDialog")
        ResendDialog.resize(600, 380)
        ResendDialog.setModal(True)
        self.outerLayout = QVBoxLayout(ResendDialog)
        self.outerLayout.setObjectName(u"outerLayout")
        self.explainLabel = QLabel(ResendDialog)
        self.explainLabel.setObjectName(u"explainLabel")
        self.explainLabel.setWordWrap(True)
        self.explainLabel.setProperty(u"role", u"muted")

        self.outerLayout.addWidget(self.explainLabel)

        self.receiptsLabel = QLabel(ResendDialog)
        self.receiptsLabel.setObjectName(u"receiptsLabel")
        self.receiptsLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.receiptsLabel)

        self.receiptsEdit = QPlainTextEdit(ResendDialog)
        self.receiptsEdit.setObjectName(u"receiptsEdit")
        self.receiptsEdit.setTabChangesFocus(True)

        self.outerLayout.addWidget(self.receiptsEdit)

        self.errorLabel = CodeLabel(ResendDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.errorLabel.setProperty(u"role", u"error")

        self.outerLayout.addWidget(self.errorLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(ResendDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.cancelButton)

        self.writeButton = QPushButton(ResendDialog)
        self.writeButton.setObjectName(u"writeButton")
        self.writeButton.setProperty(u"role", u"primary")

        self.buttonLayout.addWidget(self.writeButton)


        self.outerLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.receiptsLabel.setBuddy(self.receiptsEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.receiptsEdit, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.writeButton)

        self.retranslateUi(ResendDialog)

        self.writeButton.setDefault(True)

    # setupUi

    def retranslateUi(self, ResendDialog):
        ResendDialog.setWindowTitle(QCoreApplication.translate("ResendDialog", u"Write the USB file again for chosen receipts", None))
        self.explainLabel.setText(QCoreApplication.translate("ResendDialog", u"When the branch finds a stored record damaged, it asks this laptop for it again. Without a network, type or paste the receipt numbers the branch names: the file holds this laptop's own copies of those records, signed and encrypted for the branch, to import there.", None))
        self.receiptsLabel.setText(QCoreApplication.translate("ResendDialog", u"&Receipt numbers (separated by spaces, commas or new lines)", None))
#if QT_CONFIG(accessibility)
        self.receiptsEdit.setAccessibleName(QCoreApplication.translate("ResendDialog", u"Receipt numbers", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("ResendDialog", u"&Cancel", None))
        self.writeButton.setText(QCoreApplication.translate("ResendDialog", u"&Write the file\u2026", None))
    # retranslateUi

