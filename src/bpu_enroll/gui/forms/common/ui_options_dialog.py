# Generated from ui/common/options_dialog.ui by scripts/build_forms.py: do not edit.
# Change the .ui file in Qt Designer and run `make forms` instead.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'options_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDialog,
    QFormLayout, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_OptionsDialog(object):
    def setupUi(self, OptionsDialog):
        if not OptionsDialog.objectName():
            OptionsDialog.setObjectName(u"OptionsDialog")
        OptionsDialog.resize(440, 280)
        OptionsDialog.setModal(True)
        self.outerLayout = QVBoxLayout(OptionsDialog)
        self.outerLayout.setObjectName(u"outerLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.languageLabel = QLabel(OptionsDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(OptionsDialog)
        self.languageCombo.setObjectName(u"languageCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.highContrastCheck = QCheckBox(OptionsDialog)
        self.highContrastCheck.setObjectName(u"highContrastCheck")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.highContrastCheck)

        self.largeFontCheck = QCheckBox(OptionsDialog)
        self.largeFontCheck.setObjectName(u"largeFontCheck")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.largeFontCheck)

        self.idleLabel = QLabel(OptionsDialog)
        self.idleLabel.setObjectName(u"idleLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.idleLabel)

        self.idleSpin = QSpinBox(OptionsDialog)
        self.idleSpin.setObjectName(u"idleSpin")
        self.idleSpin.setMinimum(1)
        self.idleSpin.setMaximum(60)
        self.idleSpin.setValue(10)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.idleSpin)


        self.outerLayout.addLayout(self.formLayout)

        self.verticalSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.verticalSpacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(OptionsDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonLayout.addWidget(self.cancelButton)

        self.saveButton = QPushButton(OptionsDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonLayout.addWidget(self.saveButton)


        self.outerLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.languageCombo)
        self.idleLabel.setBuddy(self.idleSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.languageCombo, self.highContrastCheck)
        QWidget.setTabOrder(self.highContrastCheck, self.largeFontCheck)
        QWidget.setTabOrder(self.largeFontCheck, self.idleSpin)
        QWidget.setTabOrder(self.idleSpin, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.saveButton)

        self.retranslateUi(OptionsDialog)

        self.saveButton.setDefault(True)

    # setupUi

    def retranslateUi(self, OptionsDialog):
        OptionsDialog.setWindowTitle(QCoreApplication.translate("OptionsDialog", u"Options", None))
        self.languageLabel.setText(QCoreApplication.translate("OptionsDialog", u"&Language", None))
#if QT_CONFIG(accessibility)
        self.languageCombo.setAccessibleName(QCoreApplication.translate("OptionsDialog", u"Language", None))
#endif // QT_CONFIG(accessibility)
        self.highContrastCheck.setText(QCoreApplication.translate("OptionsDialog", u"&High contrast (for sunlight)", None))
        self.largeFontCheck.setText(QCoreApplication.translate("OptionsDialog", u"La&rger text", None))
        self.idleLabel.setText(QCoreApplication.translate("OptionsDialog", u"Lock after &idle", None))
#if QT_CONFIG(accessibility)
        self.idleSpin.setAccessibleName(QCoreApplication.translate("OptionsDialog", u"Minutes idle before the screen locks", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("OptionsDialog", u"Cancel", None))
        self.saveButton.setText(QCoreApplication.translate("OptionsDialog", u"&Save", None))
    # retranslateUi

