# Generated from ui/officer/receipt_preview.ui by scripts/build_forms.py: do not edit.
# Change the .ui file in Qt Designer and run `make forms` instead.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'receipt_preview.ui'
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
    QLabel, QProgressBar, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from bpu_enroll.gui.common.code_text import CodeLabel

class Ui_ReceiptPreviewDialog(object):
    def setupUi(self, ReceiptPreviewDialog):
        if not ReceiptPreviewDialog.objectName():
            ReceiptPreviewDialog.setObjectName(u"ReceiptPreviewDialog")
        ReceiptPreviewDialog.resize(720, 820)
        ReceiptPreviewDialog.setModal(True)
        self.outerLayout = QVBoxLayout(ReceiptPreviewDialog)
        self.outerLayout.setObjectName(u"outerLayout")
        self.summaryLabel = QLabel(ReceiptPreviewDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setProperty(u"role", u"strong")

        self.outerLayout.addWidget(self.summaryLabel)

        self.kindLabel = QLabel(ReceiptPreviewDialog)
        self.kindLabel.setObjectName(u"kindLabel")
        self.kindLabel.setWordWrap(True)
        self.kindLabel.setProperty(u"role", u"muted")

        self.outerLayout.addWidget(self.kindLabel)

        self.sizeLayout = QHBoxLayout()
        self.sizeLayout.setObjectName(u"sizeLayout")
        self.sizeLabel = QLabel(ReceiptPreviewDialog)
        self.sizeLabel.setObjectName(u"sizeLabel")

        self.sizeLayout.addWidget(self.sizeLabel)

        self.sizeCombo = QComboBox(ReceiptPreviewDialog)
        self.sizeCombo.setObjectName(u"sizeCombo")

        self.sizeLayout.addWidget(self.sizeCombo)

        self.sizeSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sizeLayout.addItem(self.sizeSpacer)

        self.busyBar = QProgressBar(ReceiptPreviewDialog)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)
        self.busyBar.setMaximumSize(QSize(140, 14))

        self.sizeLayout.addWidget(self.busyBar)


        self.outerLayout.addLayout(self.sizeLayout)

        self.pageScroll = QScrollArea(ReceiptPreviewDialog)
        self.pageScroll.setObjectName(u"pageScroll")
        self.pageScroll.setWidgetResizable(True)
        self.pageScroll.setProperty(u"role", u"pages")
        self.pageScrollContents = QWidget()
        self.pageScrollContents.setObjectName(u"pageScrollContents")
        self.pageScrollContents.setGeometry(QRect(0, 0, 700, 600))
        self.pagesLayout = QVBoxLayout(self.pageScrollContents)
        self.pagesLayout.setObjectName(u"pagesLayout")
        self.pagesLayout.setContentsMargins(0, 0, 0, 0)
        self.pageScroll.setWidget(self.pageScrollContents)

        self.outerLayout.addWidget(self.pageScroll)

        self.statusLabel = CodeLabel(ReceiptPreviewDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.outerLayout.addWidget(self.statusLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(ReceiptPreviewDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.closeButton)

        self.saveButton = QPushButton(ReceiptPreviewDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.saveButton)

        self.printButton = QPushButton(ReceiptPreviewDialog)
        self.printButton.setObjectName(u"printButton")
        self.printButton.setProperty(u"role", u"primary")

        self.buttonLayout.addWidget(self.printButton)


        self.outerLayout.addLayout(self.buttonLayout)

        self.outerLayout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.sizeLabel.setBuddy(self.sizeCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.sizeCombo, self.pageScroll)
        QWidget.setTabOrder(self.pageScroll, self.closeButton)
        QWidget.setTabOrder(self.closeButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.printButton)

        self.retranslateUi(ReceiptPreviewDialog)

        self.printButton.setDefault(True)

    # setupUi

    def retranslateUi(self, ReceiptPreviewDialog):
        ReceiptPreviewDialog.setWindowTitle(QCoreApplication.translate("ReceiptPreviewDialog", u"Receipt", None))
        self.sizeLabel.setText(QCoreApplication.translate("ReceiptPreviewDialog", u"Paper si&ze", None))
#if QT_CONFIG(accessibility)
        self.sizeCombo.setAccessibleName(QCoreApplication.translate("ReceiptPreviewDialog", u"Paper size of the receipt", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("ReceiptPreviewDialog", u"Working", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.pageScroll.setAccessibleName(QCoreApplication.translate("ReceiptPreviewDialog", u"The receipt as it will print", None))
#endif // QT_CONFIG(accessibility)
        self.closeButton.setText(QCoreApplication.translate("ReceiptPreviewDialog", u"Close", None))
#if QT_CONFIG(tooltip)
        self.closeButton.setToolTip(QCoreApplication.translate("ReceiptPreviewDialog", u"Close the preview (Esc)", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("ReceiptPreviewDialog", u"&Save PDF\u2026", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("ReceiptPreviewDialog", u"Save the receipt as a PDF file (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.printButton.setText(QCoreApplication.translate("ReceiptPreviewDialog", u"&Print\u2026", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("ReceiptPreviewDialog", u"Print the receipt (Enter)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

