# Generated from ui/officer/void_dialog.ui by scripts/build_forms.py: do not edit.
# Change the .ui file in Qt Designer and run `make forms` instead.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'void_dialog.ui'
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

class Ui_VoidDialog(object):
    def setupUi(self, VoidDialog):
        if not VoidDialog.objectName():
            VoidDialog.setObjectName(u"VoidDialog")
        VoidDialog.resize(460, 300)
        VoidDialog.setModal(True)
        self.outerLayout = QVBoxLayout(VoidDialog)
        self.outerLayout.setObjectName(u"outerLayout")
        self.summaryLabel = QLabel(VoidDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.summaryLabel)

        self.explainLabel = QLabel(VoidDialog)
        self.explainLabel.setObjectName(u"explainLabel")
        self.explainLabel.setWordWrap(True)
        self.explainLabel.setProperty(u"role", u"muted")

        self.outerLayout.addWidget(self.explainLabel)

        self.reasonLabel = QLabel(VoidDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.outerLayout.addWidget(self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(VoidDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)

        self.outerLayout.addWidget(self.reasonEdit)

        self.errorLabel = QLabel(VoidDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"role", u"error")

        self.outerLayout.addWidget(self.errorLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(VoidDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonLayout.addWidget(self.cancelButton)

        self.voidButton = QPushButton(VoidDialog)
        self.voidButton.setObjectName(u"voidButton")
        self.voidButton.setProperty(u"role", u"danger")

        self.buttonLayout.addWidget(self.voidButton)


        self.outerLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reasonEdit, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.voidButton)

        self.retranslateUi(VoidDialog)
    # setupUi

    def retranslateUi(self, VoidDialog):
        VoidDialog.setWindowTitle(QCoreApplication.translate("VoidDialog", u"Void a registration", None))
        self.explainLabel.setText(QCoreApplication.translate("VoidDialog", u"A voided receipt is kept and counted in the daily tally; it is never deleted. Say why it is voided.", None))
        self.reasonLabel.setText(QCoreApplication.translate("VoidDialog", u"&Reason", None))
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("VoidDialog", u"Reason for voiding", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("VoidDialog", u"&Keep the receipt valid", None))
        self.voidButton.setText(QCoreApplication.translate("VoidDialog", u"&Void the receipt", None))
    # retranslateUi

