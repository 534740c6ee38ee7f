# Generated from ui/workspace/receipt_check_page.ui by scripts/build_forms.py: do not edit.
# Change the .ui file in Qt Designer and run `make forms` instead.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'receipt_check_page.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QPlainTextEdit,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_ReceiptCheckPage(object):
    def setupUi(self, ReceiptCheckPage):
        if not ReceiptCheckPage.objectName():
            ReceiptCheckPage.setObjectName(u"ReceiptCheckPage")
        ReceiptCheckPage.resize(1100, 740)
        self.outerLayout = QVBoxLayout(ReceiptCheckPage)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(16, 12, 16, 12)
        self.titleLabel = QLabel(ReceiptCheckPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.outerLayout.addWidget(self.titleLabel)

        self.explainLabel = QLabel(ReceiptCheckPage)
        self.explainLabel.setObjectName(u"explainLabel")
        self.explainLabel.setWordWrap(True)
        self.explainLabel.setProperty(u"role", u"muted")

        self.outerLayout.addWidget(self.explainLabel)

        self.payloadLabel = QLabel(ReceiptCheckPage)
        self.payloadLabel.setObjectName(u"payloadLabel")

        self.outerLayout.addWidget(self.payloadLabel)

        self.payloadEdit = QPlainTextEdit(ReceiptCheckPage)
        self.payloadEdit.setObjectName(u"payloadEdit")
        self.payloadEdit.setMaximumSize(QSize(16777215, 90))
        self.payloadEdit.setTabChangesFocus(True)

        self.outerLayout.addWidget(self.payloadEdit)

        self.toolLayout = QHBoxLayout()
        self.toolLayout.setObjectName(u"toolLayout")
        self.checkButton = QPushButton(ReceiptCheckPage)
        self.checkButton.setObjectName(u"checkButton")

        self.toolLayout.addWidget(self.checkButton)

        self.openButton = QPushButton(ReceiptCheckPage)
        self.openButton.setObjectName(u"openButton")

        self.toolLayout.addWidget(self.openButton)

        self.busyBar = QProgressBar(ReceiptCheckPage)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)
        self.busyBar.setMaximumSize(QSize(140, 14))

        self.toolLayout.addWidget(self.busyBar)

        self.toolSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolLayout.addItem(self.toolSpacer)


        self.outerLayout.addLayout(self.toolLayout)

        self.resultLabel = QLabel(ReceiptCheckPage)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setWordWrap(True)
        self.resultLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.outerLayout.addWidget(self.resultLabel)

        self.bottomSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.bottomSpacer)

        self.outerLayout.setStretch(6, 1)
#if QT_CONFIG(shortcut)
        self.payloadLabel.setBuddy(self.payloadEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.payloadEdit, self.checkButton)
        QWidget.setTabOrder(self.checkButton, self.openButton)

        self.retranslateUi(ReceiptCheckPage)

        self.checkButton.setDefault(True)

    # setupUi

    def retranslateUi(self, ReceiptCheckPage):
        self.titleLabel.setText(QCoreApplication.translate("ReceiptCheckPage", u"Check a receipt", None))
        self.explainLabel.setText(QCoreApplication.translate("ReceiptCheckPage", u"Paste or scan the text of the receipt's QR code, or open the receipt PDF. The branch checks the laptop's signature and says what became of the registration.", None))
        self.payloadLabel.setText(QCoreApplication.translate("ReceiptCheckPage", u"QR &text", None))
        self.payloadEdit.setPlaceholderText(QCoreApplication.translate("ReceiptCheckPage", u"BPU1.\u2026", None))
#if QT_CONFIG(accessibility)
        self.payloadEdit.setAccessibleName(QCoreApplication.translate("ReceiptCheckPage", u"The text of the receipt's QR code", None))
#endif // QT_CONFIG(accessibility)
        self.checkButton.setText(QCoreApplication.translate("ReceiptCheckPage", u"&Check", None))
        self.openButton.setText(QCoreApplication.translate("ReceiptCheckPage", u"&Open receipt PDF\u2026", None))
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("ReceiptCheckPage", u"Working", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.resultLabel.setAccessibleName(QCoreApplication.translate("ReceiptCheckPage", u"The result of the check", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

