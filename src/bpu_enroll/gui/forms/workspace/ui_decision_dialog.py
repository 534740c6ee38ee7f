# Generated from ui/workspace/decision_dialog.ui by scripts/build_forms.py: do not edit.
# Change the .ui file in Qt Designer and run `make forms` instead.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'decision_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QHBoxLayout,
    QLabel, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_DecisionDialog(object):
    def setupUi(self, DecisionDialog):
        if not DecisionDialog.objectName():
            DecisionDialog.setObjectName(u"DecisionDialog")
        DecisionDialog.resize(600, 340)
        DecisionDialog.setModal(True)
        self.outerLayout = QVBoxLayout(DecisionDialog)
        self.outerLayout.setObjectName(u"outerLayout")
        self.summaryLabel = QLabel(DecisionDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setProperty(u"role", u"strong")

        self.outerLayout.addWidget(self.summaryLabel)

        self.explainLabel = QLabel(DecisionDialog)
        self.explainLabel.setObjectName(u"explainLabel")
        self.explainLabel.setWordWrap(True)
        self.explainLabel.setProperty(u"role", u"muted")

        self.outerLayout.addWidget(self.explainLabel)

        self.notOfferedLabel = QLabel(DecisionDialog)
        self.notOfferedLabel.setObjectName(u"notOfferedLabel")
        self.notOfferedLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.notOfferedLabel)

        self.reasonLabel = QLabel(DecisionDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.outerLayout.addWidget(self.reasonLabel)

        self.reasonCombo = QComboBox(DecisionDialog)
        self.reasonCombo.setObjectName(u"reasonCombo")

        self.outerLayout.addWidget(self.reasonCombo)

        self.reasonTextLabel = QLabel(DecisionDialog)
        self.reasonTextLabel.setObjectName(u"reasonTextLabel")
        self.reasonTextLabel.setWordWrap(True)
        self.reasonTextLabel.setProperty(u"role", u"muted")

        self.outerLayout.addWidget(self.reasonTextLabel)

        self.noteLabel = QLabel(DecisionDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.outerLayout.addWidget(self.noteLabel)

        self.noteEdit = QPlainTextEdit(DecisionDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)

        self.outerLayout.addWidget(self.noteEdit)

        self.errorLabel = QLabel(DecisionDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.errorLabel.setProperty(u"role", u"error")

        self.outerLayout.addWidget(self.errorLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(DecisionDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonLayout.addWidget(self.cancelButton)

        self.decideButton = QPushButton(DecisionDialog)
        self.decideButton.setObjectName(u"decideButton")
        self.decideButton.setProperty(u"role", u"primary")

        self.buttonLayout.addWidget(self.decideButton)


        self.outerLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.reasonLabel.setBuddy(self.reasonCombo)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reasonCombo, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.decideButton)

        self.retranslateUi(DecisionDialog)

        self.decideButton.setDefault(True)

    # setupUi

    def retranslateUi(self, DecisionDialog):
        DecisionDialog.setWindowTitle(QCoreApplication.translate("DecisionDialog", u"Decide on a record", None))
#if QT_CONFIG(accessibility)
        self.notOfferedLabel.setAccessibleName(QCoreApplication.translate("DecisionDialog", u"Decisions not offered", None))
#endif // QT_CONFIG(accessibility)
        self.reasonLabel.setText(QCoreApplication.translate("DecisionDialog", u"&Reason code", None))
#if QT_CONFIG(accessibility)
        self.reasonCombo.setAccessibleName(QCoreApplication.translate("DecisionDialog", u"Reason code", None))
#endif // QT_CONFIG(accessibility)
        self.noteLabel.setText(QCoreApplication.translate("DecisionDialog", u"&Note for the officer", None))
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleName(QCoreApplication.translate("DecisionDialog", u"Note for the officer", None))
#endif // QT_CONFIG(accessibility)
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("DecisionDialog", u"Never write a NIK here.", None))
        self.cancelButton.setText(QCoreApplication.translate("DecisionDialog", u"Canc&el", None))
        self.decideButton.setText(QCoreApplication.translate("DecisionDialog", u"&Decide", None))
    # retranslateUi

