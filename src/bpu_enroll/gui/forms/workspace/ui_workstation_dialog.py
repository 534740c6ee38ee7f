# Generated from ui/workspace/workstation_dialog.ui by scripts/build_forms.py: do not edit.
# Change the .ui file in Qt Designer and run `make forms` instead.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'workstation_dialog.ui'
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

class Ui_WorkstationDialog(object):
    def setupUi(self, WorkstationDialog):
        if not WorkstationDialog.objectName():
            WorkstationDialog.setObjectName(u"WorkstationDialog")
        WorkstationDialog.resize(500, 280)
        WorkstationDialog.setModal(True)
        self.outerLayout = QVBoxLayout(WorkstationDialog)
        self.outerLayout.setObjectName(u"outerLayout")
        self.explainLabel = QLabel(WorkstationDialog)
        self.explainLabel.setObjectName(u"explainLabel")
        self.explainLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.explainLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.serverCaption = QLabel(WorkstationDialog)
        self.serverCaption.setObjectName(u"serverCaption")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.serverCaption)

        self.serverEdit = QLineEdit(WorkstationDialog)
        self.serverEdit.setObjectName(u"serverEdit")
        self.serverEdit.setPlaceholderText(u"https://10.0.0.5:8750")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.serverEdit)

        self.fingerprintCaption = QLabel(WorkstationDialog)
        self.fingerprintCaption.setObjectName(u"fingerprintCaption")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fingerprintCaption)

        self.fingerprintEdit = QLineEdit(WorkstationDialog)
        self.fingerprintEdit.setObjectName(u"fingerprintEdit")
        self.fingerprintEdit.setPlaceholderText(u"sha256:\u2026")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fingerprintEdit)


        self.outerLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(WorkstationDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"role", u"error")

        self.outerLayout.addWidget(self.errorLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(WorkstationDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonLayout.addWidget(self.cancelButton)

        self.connectButton = QPushButton(WorkstationDialog)
        self.connectButton.setObjectName(u"connectButton")

        self.buttonLayout.addWidget(self.connectButton)


        self.outerLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.serverCaption.setBuddy(self.serverEdit)
        self.fingerprintCaption.setBuddy(self.fingerprintEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.serverEdit, self.fingerprintEdit)
        QWidget.setTabOrder(self.fingerprintEdit, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.connectButton)

        self.retranslateUi(WorkstationDialog)

        self.connectButton.setDefault(True)

    # setupUi

    def retranslateUi(self, WorkstationDialog):
        WorkstationDialog.setWindowTitle(QCoreApplication.translate("WorkstationDialog", u"Set up a branch workstation", None))
        self.explainLabel.setText(QCoreApplication.translate("WorkstationDialog", u"Clerks and supervisors work on this computer online, against the branch server. Ask the branch administrator for the server address and its certificate fingerprint (sha256:\u2026). No participant data is kept on this computer.", None))
        self.serverCaption.setText(QCoreApplication.translate("WorkstationDialog", u"&Server address", None))
#if QT_CONFIG(accessibility)
        self.serverEdit.setAccessibleName(QCoreApplication.translate("WorkstationDialog", u"Server address", None))
#endif // QT_CONFIG(accessibility)
        self.fingerprintCaption.setText(QCoreApplication.translate("WorkstationDialog", u"Certificate &fingerprint", None))
#if QT_CONFIG(accessibility)
        self.fingerprintEdit.setAccessibleName(QCoreApplication.translate("WorkstationDialog", u"Certificate fingerprint", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("WorkstationDialog", u"Connection message", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("WorkstationDialog", u"Canc&el", None))
        self.connectButton.setText(QCoreApplication.translate("WorkstationDialog", u"&Connect", None))
    # retranslateUi

