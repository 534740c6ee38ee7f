# Generated from ui/officer/lock_screen.ui by scripts/build_forms.py: do not edit.
# Change the .ui file in Qt Designer and run `make forms` instead.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lock_screen.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QFrame, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_LockScreen(object):
    def setupUi(self, LockScreen):
        if not LockScreen.objectName():
            LockScreen.setObjectName(u"LockScreen")
        LockScreen.resize(480, 360)
        self.outerLayout = QVBoxLayout(LockScreen)
        self.outerLayout.setObjectName(u"outerLayout")
        self.topSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.topSpacer)

        self.centerLayout = QHBoxLayout()
        self.centerLayout.setObjectName(u"centerLayout")
        self.leftSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.centerLayout.addItem(self.leftSpacer)

        self.lockCard = QFrame(LockScreen)
        self.lockCard.setObjectName(u"lockCard")
        self.lockCard.setMinimumSize(QSize(380, 0))
        self.lockCard.setMaximumSize(QSize(460, 16777215))
        self.lockCard.setFrameShape(QFrame.Shape.StyledPanel)
        self.lockCard.setProperty(u"role", u"card")
        self.cardLayout = QVBoxLayout(self.lockCard)
        self.cardLayout.setSpacing(10)
        self.cardLayout.setObjectName(u"cardLayout")
        self.iconLabel = QLabel(self.lockCard)
        self.iconLabel.setObjectName(u"iconLabel")
        self.iconLabel.setMinimumSize(QSize(48, 48))
        self.iconLabel.setMaximumSize(QSize(48, 48))
        self.iconLabel.setScaledContents(True)

        self.cardLayout.addWidget(self.iconLabel)

        self.titleLabel = QLabel(self.lockCard)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.cardLayout.addWidget(self.titleLabel)

        self.explainLabel = QLabel(self.lockCard)
        self.explainLabel.setObjectName(u"explainLabel")
        self.explainLabel.setWordWrap(True)

        self.cardLayout.addWidget(self.explainLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.passwordLabel = QLabel(self.lockCard)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(self.lockCard)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passwordEdit)


        self.cardLayout.addLayout(self.formLayout)

        self.messageLabel = QLabel(self.lockCard)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setProperty(u"role", u"error")

        self.cardLayout.addWidget(self.messageLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.logoutButton = QPushButton(self.lockCard)
        self.logoutButton.setObjectName(u"logoutButton")

        self.buttonLayout.addWidget(self.logoutButton)

        self.buttonSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.unlockButton = QPushButton(self.lockCard)
        self.unlockButton.setObjectName(u"unlockButton")
        self.unlockButton.setProperty(u"role", u"primary")

        self.buttonLayout.addWidget(self.unlockButton)


        self.cardLayout.addLayout(self.buttonLayout)


        self.centerLayout.addWidget(self.lockCard)

        self.rightSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.centerLayout.addItem(self.rightSpacer)


        self.outerLayout.addLayout(self.centerLayout)

        self.bottomSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.passwordLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.passwordEdit, self.logoutButton)
        QWidget.setTabOrder(self.logoutButton, self.unlockButton)

        self.retranslateUi(LockScreen)

        self.unlockButton.setDefault(True)

    # setupUi

    def retranslateUi(self, LockScreen):
        self.titleLabel.setText(QCoreApplication.translate("LockScreen", u"Locked", None))
        self.passwordLabel.setText(QCoreApplication.translate("LockScreen", u"&Password", None))
#if QT_CONFIG(accessibility)
        self.passwordEdit.setAccessibleName(QCoreApplication.translate("LockScreen", u"Password", None))
#endif // QT_CONFIG(accessibility)
        self.logoutButton.setText(QCoreApplication.translate("LockScreen", u"&Sign out", None))
        self.unlockButton.setText(QCoreApplication.translate("LockScreen", u"&Unlock", None))
        pass
    # retranslateUi

