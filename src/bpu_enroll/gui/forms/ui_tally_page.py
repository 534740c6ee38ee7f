# Generated from ui/tally_page.ui by scripts/build_forms.py: do not edit.
# Change the .ui file in Qt Designer and run `make forms` instead.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'tally_page.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
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
from PySide6.QtWidgets import (QApplication, QLabel, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_TallyPage(object):
    def setupUi(self, TallyPage):
        if not TallyPage.objectName():
            TallyPage.setObjectName(u"TallyPage")
        TallyPage.resize(640, 420)
        self.outerLayout = QVBoxLayout(TallyPage)
        self.outerLayout.setSpacing(12)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(24, 20, 24, 20)
        self.titleLabel = QLabel(TallyPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.outerLayout.addWidget(self.titleLabel)

        self.explainLabel = QLabel(TallyPage)
        self.explainLabel.setObjectName(u"explainLabel")
        self.explainLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.explainLabel)

        self.statusLabel = QLabel(TallyPage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setProperty(u"role", u"muted")

        self.outerLayout.addWidget(self.statusLabel)

        self.verticalSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.verticalSpacer)


        self.retranslateUi(TallyPage)
    # setupUi

    def retranslateUi(self, TallyPage):
        self.titleLabel.setText(QCoreApplication.translate("TallyPage", u"Daily tally", None))
        self.explainLabel.setText(QCoreApplication.translate("TallyPage", u"The daily tally (Rekap Harian) of this laptop, printed and signed, arrives with receipts and tallies. Until then the Registrations page lists every record of the day.", None))
        pass
    # retranslateUi

