# Generated from ui/common/pdf_preview.ui by scripts/build_forms.py: do not edit.
# Change the .ui file in Qt Designer and run `make forms` instead.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pdf_preview.ui'
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
    QProgressBar, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_PdfPreviewDialog(object):
    def setupUi(self, PdfPreviewDialog):
        if not PdfPreviewDialog.objectName():
            PdfPreviewDialog.setObjectName(u"PdfPreviewDialog")
        PdfPreviewDialog.resize(980, 900)
        PdfPreviewDialog.setModal(True)
        self.outerLayout = QVBoxLayout(PdfPreviewDialog)
        self.outerLayout.setObjectName(u"outerLayout")
        self.summaryLayout = QHBoxLayout()
        self.summaryLayout.setObjectName(u"summaryLayout")
        self.summaryLabel = QLabel(PdfPreviewDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setProperty(u"role", u"strong")

        self.summaryLayout.addWidget(self.summaryLabel)

        self.busyBar = QProgressBar(PdfPreviewDialog)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)
        self.busyBar.setMaximumSize(QSize(140, 14))

        self.summaryLayout.addWidget(self.busyBar)


        self.outerLayout.addLayout(self.summaryLayout)

        self.detailLabel = QLabel(PdfPreviewDialog)
        self.detailLabel.setObjectName(u"detailLabel")
        self.detailLabel.setWordWrap(True)
        self.detailLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detailLabel.setProperty(u"role", u"muted")

        self.outerLayout.addWidget(self.detailLabel)

        self.pageScroll = QScrollArea(PdfPreviewDialog)
        self.pageScroll.setObjectName(u"pageScroll")
        self.pageScroll.setWidgetResizable(True)
        self.pageScroll.setProperty(u"role", u"pages")
        self.pageScrollContents = QWidget()
        self.pageScrollContents.setObjectName(u"pageScrollContents")
        self.pageScrollContents.setGeometry(QRect(0, 0, 960, 700))
        self.pagesLayout = QVBoxLayout(self.pageScrollContents)
        self.pagesLayout.setObjectName(u"pagesLayout")
        self.pagesLayout.setContentsMargins(0, 0, 0, 0)
        self.pageScroll.setWidget(self.pageScrollContents)

        self.outerLayout.addWidget(self.pageScroll)

        self.statusLabel = QLabel(PdfPreviewDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.outerLayout.addWidget(self.statusLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(PdfPreviewDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.closeButton)

        self.saveButton = QPushButton(PdfPreviewDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.saveButton)

        self.printButton = QPushButton(PdfPreviewDialog)
        self.printButton.setObjectName(u"printButton")
        self.printButton.setProperty(u"role", u"primary")

        self.buttonLayout.addWidget(self.printButton)


        self.outerLayout.addLayout(self.buttonLayout)

        self.outerLayout.setStretch(2, 1)
        QWidget.setTabOrder(self.pageScroll, self.closeButton)
        QWidget.setTabOrder(self.closeButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.printButton)

        self.retranslateUi(PdfPreviewDialog)

        self.printButton.setDefault(True)

    # setupUi

    def retranslateUi(self, PdfPreviewDialog):
        PdfPreviewDialog.setWindowTitle(QCoreApplication.translate("PdfPreviewDialog", u"Print preview", None))
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("PdfPreviewDialog", u"Working", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.pageScroll.setAccessibleName(QCoreApplication.translate("PdfPreviewDialog", u"The document as it will print", None))
#endif // QT_CONFIG(accessibility)
        self.closeButton.setText(QCoreApplication.translate("PdfPreviewDialog", u"&Close", None))
#if QT_CONFIG(tooltip)
        self.closeButton.setToolTip(QCoreApplication.translate("PdfPreviewDialog", u"Close the preview (Esc)", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("PdfPreviewDialog", u"&Save PDF\u2026", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("PdfPreviewDialog", u"Save this PDF file (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.printButton.setText(QCoreApplication.translate("PdfPreviewDialog", u"&Print\u2026", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("PdfPreviewDialog", u"Print what the preview shows (Enter)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

