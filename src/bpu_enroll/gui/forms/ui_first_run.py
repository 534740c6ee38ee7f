# Generated from ui/first_run.ui by scripts/build_forms.py: do not edit.
# Change the .ui file in Qt Designer and run `make forms` instead.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_FirstRunWindow(object):
    def setupUi(self, FirstRunWindow):
        if not FirstRunWindow.objectName():
            FirstRunWindow.setObjectName(u"FirstRunWindow")
        FirstRunWindow.resize(560, 480)
        self.outerLayout = QVBoxLayout(FirstRunWindow)
        self.outerLayout.setSpacing(14)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(32, 24, 32, 24)
        self.titleLabel = QLabel(FirstRunWindow)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.outerLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(FirstRunWindow)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.introLabel)

        self.demoButton = QPushButton(FirstRunWindow)
        self.demoButton.setObjectName(u"demoButton")
        self.demoButton.setProperty(u"role", u"primary")

        self.outerLayout.addWidget(self.demoButton)

        self.demoHelpLabel = QLabel(FirstRunWindow)
        self.demoHelpLabel.setObjectName(u"demoHelpLabel")
        self.demoHelpLabel.setWordWrap(True)
        self.demoHelpLabel.setProperty(u"role", u"muted")

        self.outerLayout.addWidget(self.demoHelpLabel)

        self.enrolButton = QPushButton(FirstRunWindow)
        self.enrolButton.setObjectName(u"enrolButton")

        self.outerLayout.addWidget(self.enrolButton)

        self.enrolHelpLabel = QLabel(FirstRunWindow)
        self.enrolHelpLabel.setObjectName(u"enrolHelpLabel")
        self.enrolHelpLabel.setWordWrap(True)
        self.enrolHelpLabel.setProperty(u"role", u"muted")

        self.outerLayout.addWidget(self.enrolHelpLabel)

        self.workstationButton = QPushButton(FirstRunWindow)
        self.workstationButton.setObjectName(u"workstationButton")

        self.outerLayout.addWidget(self.workstationButton)

        self.workstationHelpLabel = QLabel(FirstRunWindow)
        self.workstationHelpLabel.setObjectName(u"workstationHelpLabel")
        self.workstationHelpLabel.setWordWrap(True)
        self.workstationHelpLabel.setProperty(u"role", u"muted")

        self.outerLayout.addWidget(self.workstationHelpLabel)

        self.messageLabel = QLabel(FirstRunWindow)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setProperty(u"role", u"error")

        self.outerLayout.addWidget(self.messageLabel)

        self.verticalSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.verticalSpacer)

        self.footerLayout = QHBoxLayout()
        self.footerLayout.setObjectName(u"footerLayout")
        self.languageLabel = QLabel(FirstRunWindow)
        self.languageLabel.setObjectName(u"languageLabel")

        self.footerLayout.addWidget(self.languageLabel)

        self.languageCombo = QComboBox(FirstRunWindow)
        self.languageCombo.setObjectName(u"languageCombo")

        self.footerLayout.addWidget(self.languageCombo)

        self.footerSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.footerLayout.addItem(self.footerSpacer)


        self.outerLayout.addLayout(self.footerLayout)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.languageCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.demoButton, self.enrolButton)
        QWidget.setTabOrder(self.enrolButton, self.workstationButton)
        QWidget.setTabOrder(self.workstationButton, self.languageCombo)

        self.retranslateUi(FirstRunWindow)

        self.demoButton.setDefault(True)

    # setupUi

    def retranslateUi(self, FirstRunWindow):
        FirstRunWindow.setWindowTitle(QCoreApplication.translate("FirstRunWindow", u"BPU Enroll: first start", None))
        self.titleLabel.setText(QCoreApplication.translate("FirstRunWindow", u"Welcome to BPU Enroll", None))
        self.introLabel.setText(QCoreApplication.translate("FirstRunWindow", u"This laptop has no profile yet. Choose how to start.", None))
        self.demoButton.setText(QCoreApplication.translate("FirstRunWindow", u"Try the demo profile", None))
        self.demoHelpLabel.setText(QCoreApplication.translate("FirstRunWindow", u"A demo branch, device and officer on this laptop only: sign in as \"demo\" with the password \"demo\". Nothing is sent anywhere.", None))
        self.enrolButton.setText(QCoreApplication.translate("FirstRunWindow", u"Enrol this laptop at the branch", None))
        self.enrolHelpLabel.setText(QCoreApplication.translate("FirstRunWindow", u"For real registrations the laptop is enrolled once at the branch office (kantor cabang): bring it to the branch, connect to the branch network, and ask the branch administrator for a one-time enrolment code. The laptop then receives its device code, the officer list and the reference data.", None))
        self.workstationButton.setText(QCoreApplication.translate("FirstRunWindow", u"Branch workstation (clerk or supervisor)", None))
        self.workstationHelpLabel.setText(QCoreApplication.translate("FirstRunWindow", u"A computer at the branch office where clerks and supervisors work online against the branch server. You need the server address and its certificate fingerprint from the branch administrator.", None))
        self.languageLabel.setText(QCoreApplication.translate("FirstRunWindow", u"&Language", None))
#if QT_CONFIG(accessibility)
        self.languageCombo.setAccessibleName(QCoreApplication.translate("FirstRunWindow", u"Language", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

