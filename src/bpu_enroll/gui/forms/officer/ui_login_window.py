# Generated from ui/officer/login_window.ui by scripts/build_forms.py: do not edit.
# Change the .ui file in Qt Designer and run `make forms` instead.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'login_window.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_LoginWindow(object):
    def setupUi(self, LoginWindow):
        if not LoginWindow.objectName():
            LoginWindow.setObjectName(u"LoginWindow")
        LoginWindow.resize(460, 420)
        self.outerLayout = QVBoxLayout(LoginWindow)
        self.outerLayout.setSpacing(12)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(32, 24, 32, 24)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.logoLabel = QLabel(LoginWindow)
        self.logoLabel.setObjectName(u"logoLabel")
        self.logoLabel.setMinimumSize(QSize(48, 48))
        self.logoLabel.setMaximumSize(QSize(48, 48))
        self.logoLabel.setScaledContents(True)

        self.headerLayout.addWidget(self.logoLabel)

        self.titleLayout = QVBoxLayout()
        self.titleLayout.setSpacing(2)
        self.titleLayout.setObjectName(u"titleLayout")
        self.titleLabel = QLabel(LoginWindow)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.titleLayout.addWidget(self.titleLabel)

        self.subtitleLabel = QLabel(LoginWindow)
        self.subtitleLabel.setObjectName(u"subtitleLabel")
        self.subtitleLabel.setWordWrap(True)

        self.titleLayout.addWidget(self.subtitleLabel)


        self.headerLayout.addLayout(self.titleLayout)


        self.outerLayout.addLayout(self.headerLayout)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.officerLabel = QLabel(LoginWindow)
        self.officerLabel.setObjectName(u"officerLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.officerLabel)

        self.officerCombo = QComboBox(LoginWindow)
        self.officerCombo.setObjectName(u"officerCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.officerCombo)

        self.usernameLabel = QLabel(LoginWindow)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.usernameEdit = QLineEdit(LoginWindow)
        self.usernameEdit.setObjectName(u"usernameEdit")
        self.usernameEdit.setMaxLength(64)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.usernameEdit)

        self.passwordLabel = QLabel(LoginWindow)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(LoginWindow)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.passwordEdit)


        self.outerLayout.addLayout(self.formLayout)

        self.messageLabel = QLabel(LoginWindow)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setProperty(u"role", u"error")

        self.outerLayout.addWidget(self.messageLabel)

        self.retryButton = QPushButton(LoginWindow)
        self.retryButton.setObjectName(u"retryButton")

        self.outerLayout.addWidget(self.retryButton)

        self.loginButton = QPushButton(LoginWindow)
        self.loginButton.setObjectName(u"loginButton")
        self.loginButton.setProperty(u"role", u"primary")

        self.outerLayout.addWidget(self.loginButton)

        self.verticalSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.verticalSpacer)

        self.footerLayout = QHBoxLayout()
        self.footerLayout.setObjectName(u"footerLayout")
        self.languageLabel = QLabel(LoginWindow)
        self.languageLabel.setObjectName(u"languageLabel")

        self.footerLayout.addWidget(self.languageLabel)

        self.languageCombo = QComboBox(LoginWindow)
        self.languageCombo.setObjectName(u"languageCombo")

        self.footerLayout.addWidget(self.languageCombo)

        self.footerSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.footerLayout.addItem(self.footerSpacer)

        self.profileLabel = QLabel(LoginWindow)
        self.profileLabel.setObjectName(u"profileLabel")
        self.profileLabel.setProperty(u"role", u"muted")

        self.footerLayout.addWidget(self.profileLabel)


        self.outerLayout.addLayout(self.footerLayout)

#if QT_CONFIG(shortcut)
        self.officerLabel.setBuddy(self.officerCombo)
        self.usernameLabel.setBuddy(self.usernameEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.languageLabel.setBuddy(self.languageCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.officerCombo, self.usernameEdit)
        QWidget.setTabOrder(self.usernameEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.retryButton)
        QWidget.setTabOrder(self.retryButton, self.loginButton)
        QWidget.setTabOrder(self.loginButton, self.languageCombo)

        self.retranslateUi(LoginWindow)

        self.loginButton.setDefault(True)

    # setupUi

    def retranslateUi(self, LoginWindow):
        LoginWindow.setWindowTitle(QCoreApplication.translate("LoginWindow", u"BPU Enroll: sign in", None))
        self.titleLabel.setText(QCoreApplication.translate("LoginWindow", u"BPU Enroll", None))
        self.subtitleLabel.setText(QCoreApplication.translate("LoginWindow", u"Registration of informal workers (BPU) for BPJS Ketenagakerjaan", None))
        self.officerLabel.setText(QCoreApplication.translate("LoginWindow", u"&Officer", None))
#if QT_CONFIG(accessibility)
        self.officerCombo.setAccessibleName(QCoreApplication.translate("LoginWindow", u"Officer", None))
#endif // QT_CONFIG(accessibility)
        self.usernameLabel.setText(QCoreApplication.translate("LoginWindow", u"&User name", None))
#if QT_CONFIG(accessibility)
        self.usernameEdit.setAccessibleName(QCoreApplication.translate("LoginWindow", u"User name", None))
#endif // QT_CONFIG(accessibility)
        self.passwordLabel.setText(QCoreApplication.translate("LoginWindow", u"&Password", None))
#if QT_CONFIG(accessibility)
        self.passwordEdit.setAccessibleName(QCoreApplication.translate("LoginWindow", u"Password", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("LoginWindow", u"Sign-in message", None))
#endif // QT_CONFIG(accessibility)
        self.retryButton.setText(QCoreApplication.translate("LoginWindow", u"Retry &now", None))
        self.loginButton.setText(QCoreApplication.translate("LoginWindow", u"&Sign in", None))
        self.languageLabel.setText(QCoreApplication.translate("LoginWindow", u"&Language", None))
#if QT_CONFIG(accessibility)
        self.languageCombo.setAccessibleName(QCoreApplication.translate("LoginWindow", u"Language", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

