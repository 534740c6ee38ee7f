# Generated from ui/officer/registrations_page.ui by scripts/build_forms.py: do not edit.
# Change the .ui file in Qt Designer and run `make forms` instead.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'registrations_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTableView, QTextBrowser, QVBoxLayout,
    QWidget)

from bpu_enroll.gui.common.date_box import DateBox

class Ui_RegistrationsPage(object):
    def setupUi(self, RegistrationsPage):
        if not RegistrationsPage.objectName():
            RegistrationsPage.setObjectName(u"RegistrationsPage")
        RegistrationsPage.resize(1060, 720)
        self.pageLayout = QVBoxLayout(RegistrationsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(16, 12, 16, 12)
        self.titleLabel = QLabel(RegistrationsPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.pageLayout.addWidget(self.titleLabel)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.searchEdit = QLineEdit(RegistrationsPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)

        self.statusFilterLabel = QLabel(RegistrationsPage)
        self.statusFilterLabel.setObjectName(u"statusFilterLabel")

        self.filterLayout.addWidget(self.statusFilterLabel)

        self.statusCombo = QComboBox(RegistrationsPage)
        self.statusCombo.setObjectName(u"statusCombo")

        self.filterLayout.addWidget(self.statusCombo)

        self.dateFilterCheck = QCheckBox(RegistrationsPage)
        self.dateFilterCheck.setObjectName(u"dateFilterCheck")

        self.filterLayout.addWidget(self.dateFilterCheck)

        self.dateFromEdit = DateBox(RegistrationsPage)
        self.dateFromEdit.setObjectName(u"dateFromEdit")
        self.dateFromEdit.setEnabled(False)
        self.dateFromEdit.setCalendarPopup(True)
        self.dateFromEdit.setDisplayFormat(u"dd-MM-yyyy")

        self.filterLayout.addWidget(self.dateFromEdit)

        self.dateToLabel = QLabel(RegistrationsPage)
        self.dateToLabel.setObjectName(u"dateToLabel")

        self.filterLayout.addWidget(self.dateToLabel)

        self.dateToEdit = DateBox(RegistrationsPage)
        self.dateToEdit.setObjectName(u"dateToEdit")
        self.dateToEdit.setEnabled(False)
        self.dateToEdit.setCalendarPopup(True)
        self.dateToEdit.setDisplayFormat(u"dd-MM-yyyy")

        self.filterLayout.addWidget(self.dateToEdit)


        self.pageLayout.addLayout(self.filterLayout)

        self.splitter = QSplitter(RegistrationsPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.registrationsView = QTableView(self.splitter)
        self.registrationsView.setObjectName(u"registrationsView")
        self.registrationsView.setTabKeyNavigation(False)
        self.registrationsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.registrationsView.setAlternatingRowColors(True)
        self.registrationsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.registrationsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.registrationsView.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.registrationsView.setWordWrap(False)
        self.splitter.addWidget(self.registrationsView)
        self.registrationsView.horizontalHeader().setStretchLastSection(True)
        self.registrationsView.verticalHeader().setVisible(False)
        self.detailsGroup = QGroupBox(self.splitter)
        self.detailsGroup.setObjectName(u"detailsGroup")
        self.detailsGroup.setMinimumSize(QSize(0, 200))
        self.detailsLayout = QHBoxLayout(self.detailsGroup)
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.detailsText = QTextBrowser(self.detailsGroup)
        self.detailsText.setObjectName(u"detailsText")
        self.detailsText.setOpenLinks(False)

        self.detailsLayout.addWidget(self.detailsText)

        self.detailButtons = QVBoxLayout()
        self.detailButtons.setObjectName(u"detailButtons")
        self.reprintButton = QPushButton(self.detailsGroup)
        self.reprintButton.setObjectName(u"reprintButton")
        self.reprintButton.setEnabled(False)

        self.detailButtons.addWidget(self.reprintButton)

        self.correctButton = QPushButton(self.detailsGroup)
        self.correctButton.setObjectName(u"correctButton")
        self.correctButton.setEnabled(False)

        self.detailButtons.addWidget(self.correctButton)

        self.voidButton = QPushButton(self.detailsGroup)
        self.voidButton.setObjectName(u"voidButton")
        self.voidButton.setEnabled(False)

        self.detailButtons.addWidget(self.voidButton)

        self.detailSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.detailButtons.addItem(self.detailSpacer)


        self.detailsLayout.addLayout(self.detailButtons)

        self.detailsLayout.setStretch(0, 1)
        self.splitter.addWidget(self.detailsGroup)

        self.pageLayout.addWidget(self.splitter)

        self.footerLayout = QHBoxLayout()
        self.footerLayout.setObjectName(u"footerLayout")
        self.countLabel = QLabel(RegistrationsPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setProperty(u"role", u"muted")

        self.footerLayout.addWidget(self.countLabel)

        self.actionMessageLabel = QLabel(RegistrationsPage)
        self.actionMessageLabel.setObjectName(u"actionMessageLabel")
        self.actionMessageLabel.setWordWrap(True)
        self.actionMessageLabel.setProperty(u"role", u"muted")

        self.footerLayout.addWidget(self.actionMessageLabel)

        self.footerLayout.setStretch(1, 1)

        self.pageLayout.addLayout(self.footerLayout)

        self.pageLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.statusFilterLabel.setBuddy(self.statusCombo)
        self.dateToLabel.setBuddy(self.dateToEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.dateFilterCheck)
        QWidget.setTabOrder(self.dateFilterCheck, self.dateFromEdit)
        QWidget.setTabOrder(self.dateFromEdit, self.dateToEdit)
        QWidget.setTabOrder(self.dateToEdit, self.registrationsView)
        QWidget.setTabOrder(self.registrationsView, self.detailsText)
        QWidget.setTabOrder(self.detailsText, self.reprintButton)
        QWidget.setTabOrder(self.reprintButton, self.correctButton)
        QWidget.setTabOrder(self.correctButton, self.voidButton)

        self.retranslateUi(RegistrationsPage)
    # setupUi

    def retranslateUi(self, RegistrationsPage):
        self.titleLabel.setText(QCoreApplication.translate("RegistrationsPage", u"Registrations", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("RegistrationsPage", u"Search by name, NIK or receipt number", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("RegistrationsPage", u"Search registrations", None))
#endif // QT_CONFIG(accessibility)
        self.statusFilterLabel.setText(QCoreApplication.translate("RegistrationsPage", u"&Status", None))
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("RegistrationsPage", u"Status filter", None))
#endif // QT_CONFIG(accessibility)
        self.dateFilterCheck.setText(QCoreApplication.translate("RegistrationsPage", u"&From", None))
#if QT_CONFIG(accessibility)
        self.dateFromEdit.setAccessibleName(QCoreApplication.translate("RegistrationsPage", u"From date", None))
#endif // QT_CONFIG(accessibility)
        self.dateToLabel.setText(QCoreApplication.translate("RegistrationsPage", u"to", None))
#if QT_CONFIG(accessibility)
        self.dateToEdit.setAccessibleName(QCoreApplication.translate("RegistrationsPage", u"To date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.registrationsView.setAccessibleName(QCoreApplication.translate("RegistrationsPage", u"Registrations list", None))
#endif // QT_CONFIG(accessibility)
        self.detailsGroup.setTitle(QCoreApplication.translate("RegistrationsPage", u"Details", None))
#if QT_CONFIG(accessibility)
        self.detailsText.setAccessibleName(QCoreApplication.translate("RegistrationsPage", u"Registration details", None))
#endif // QT_CONFIG(accessibility)
        self.reprintButton.setText(QCoreApplication.translate("RegistrationsPage", u"Re&print\u2026", None))
#if QT_CONFIG(tooltip)
        self.reprintButton.setToolTip(QCoreApplication.translate("RegistrationsPage", u"Print the receipt again; a reprint is marked SALINAN (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
        self.correctButton.setText(QCoreApplication.translate("RegistrationsPage", u"&Correct\u2026", None))
        self.voidButton.setText(QCoreApplication.translate("RegistrationsPage", u"V&oid\u2026", None))
        pass
    # retranslateUi

