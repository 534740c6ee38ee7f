# Generated from ui/workspace/transfer_page.ui by scripts/build_forms.py: do not edit.
# Change the .ui file in Qt Designer and run `make forms` instead.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'transfer_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QProgressBar, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_TransferPage(object):
    def setupUi(self, TransferPage):
        if not TransferPage.objectName():
            TransferPage.setObjectName(u"TransferPage")
        TransferPage.resize(900, 720)
        self.pageLayout = QVBoxLayout(TransferPage)
        self.pageLayout.setSpacing(12)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(24, 16, 24, 16)
        self.titleLabel = QLabel(TransferPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.pageLayout.addWidget(self.titleLabel)

        self.importGroup = QGroupBox(TransferPage)
        self.importGroup.setObjectName(u"importGroup")
        self.importLayout = QVBoxLayout(self.importGroup)
        self.importLayout.setObjectName(u"importLayout")
        self.importExplainLabel = QLabel(self.importGroup)
        self.importExplainLabel.setObjectName(u"importExplainLabel")
        self.importExplainLabel.setWordWrap(True)
        self.importExplainLabel.setProperty(u"role", u"muted")

        self.importLayout.addWidget(self.importExplainLabel)

        self.fileLayout = QHBoxLayout()
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileLabel = QLabel(self.importGroup)
        self.fileLabel.setObjectName(u"fileLabel")

        self.fileLayout.addWidget(self.fileLabel)

        self.fileEdit = QLineEdit(self.importGroup)
        self.fileEdit.setObjectName(u"fileEdit")
        self.fileEdit.setReadOnly(True)
        self.fileEdit.setFocusPolicy(Qt.FocusPolicy.ClickFocus)

        self.fileLayout.addWidget(self.fileEdit)

        self.chooseFileButton = QPushButton(self.importGroup)
        self.chooseFileButton.setObjectName(u"chooseFileButton")

        self.fileLayout.addWidget(self.chooseFileButton)

        self.fileLayout.setStretch(1, 1)

        self.importLayout.addLayout(self.fileLayout)

        self.previewLabel = QLabel(self.importGroup)
        self.previewLabel.setObjectName(u"previewLabel")
        self.previewLabel.setWordWrap(True)
        self.previewLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.importLayout.addWidget(self.previewLabel)

        self.importResultLabel = QLabel(self.importGroup)
        self.importResultLabel.setObjectName(u"importResultLabel")
        self.importResultLabel.setWordWrap(True)
        self.importResultLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.importLayout.addWidget(self.importResultLabel)

        self.importButtonLayout = QHBoxLayout()
        self.importButtonLayout.setObjectName(u"importButtonLayout")
        self.importSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.importButtonLayout.addItem(self.importSpacer)

        self.importButton = QPushButton(self.importGroup)
        self.importButton.setObjectName(u"importButton")
        self.importButton.setEnabled(False)
        self.importButton.setProperty(u"role", u"primary")

        self.importButtonLayout.addWidget(self.importButton)

        self.importButtonLayout.setStretch(0, 1)

        self.importLayout.addLayout(self.importButtonLayout)


        self.pageLayout.addWidget(self.importGroup)

        self.exportGroup = QGroupBox(TransferPage)
        self.exportGroup.setObjectName(u"exportGroup")
        self.exportLayout = QVBoxLayout(self.exportGroup)
        self.exportLayout.setObjectName(u"exportLayout")
        self.exportExplainLabel = QLabel(self.exportGroup)
        self.exportExplainLabel.setObjectName(u"exportExplainLabel")
        self.exportExplainLabel.setWordWrap(True)
        self.exportExplainLabel.setProperty(u"role", u"muted")

        self.exportLayout.addWidget(self.exportExplainLabel)

        self.exportFormLayout = QHBoxLayout()
        self.exportFormLayout.setObjectName(u"exportFormLayout")
        self.folderLabel = QLabel(self.exportGroup)
        self.folderLabel.setObjectName(u"folderLabel")

        self.exportFormLayout.addWidget(self.folderLabel)

        self.folderEdit = QLineEdit(self.exportGroup)
        self.folderEdit.setObjectName(u"folderEdit")
        self.folderEdit.setReadOnly(True)
        self.folderEdit.setFocusPolicy(Qt.FocusPolicy.ClickFocus)

        self.exportFormLayout.addWidget(self.folderEdit)

        self.chooseFolderButton = QPushButton(self.exportGroup)
        self.chooseFolderButton.setObjectName(u"chooseFolderButton")

        self.exportFormLayout.addWidget(self.chooseFolderButton)

        self.exportFormLayout.setStretch(1, 1)

        self.exportLayout.addLayout(self.exportFormLayout)

        self.exportButtonLayout = QHBoxLayout()
        self.exportButtonLayout.setObjectName(u"exportButtonLayout")
        self.allCheck = QCheckBox(self.exportGroup)
        self.allCheck.setObjectName(u"allCheck")

        self.exportButtonLayout.addWidget(self.allCheck)

        self.exportSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.exportButtonLayout.addItem(self.exportSpacer)

        self.exportButton = QPushButton(self.exportGroup)
        self.exportButton.setObjectName(u"exportButton")
        self.exportButton.setEnabled(False)
        self.exportButton.setProperty(u"role", u"primary")

        self.exportButtonLayout.addWidget(self.exportButton)

        self.exportButtonLayout.setStretch(1, 1)

        self.exportLayout.addLayout(self.exportButtonLayout)

        self.exportResultLabel = QLabel(self.exportGroup)
        self.exportResultLabel.setObjectName(u"exportResultLabel")
        self.exportResultLabel.setWordWrap(True)
        self.exportResultLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.exportLayout.addWidget(self.exportResultLabel)

        self.exportFilesText = QPlainTextEdit(self.exportGroup)
        self.exportFilesText.setObjectName(u"exportFilesText")
        self.exportFilesText.setReadOnly(True)
        self.exportFilesText.setMaximumSize(QSize(16777215, 120))

        self.exportLayout.addWidget(self.exportFilesText)

        self.historyLabel = QLabel(self.exportGroup)
        self.historyLabel.setObjectName(u"historyLabel")
        self.historyLabel.setProperty(u"role", u"muted")

        self.exportLayout.addWidget(self.historyLabel)

        self.exportsView = QTableView(self.exportGroup)
        self.exportsView.setObjectName(u"exportsView")
        self.exportsView.setTabKeyNavigation(False)
        self.exportsView.setAlternatingRowColors(True)
        self.exportsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.exportsView.setMinimumSize(QSize(0, 60))

        self.exportLayout.addWidget(self.exportsView)

        self.againLayout = QHBoxLayout()
        self.againLayout.setObjectName(u"againLayout")
        self.againSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.againLayout.addItem(self.againSpacer)

        self.againButton = QPushButton(self.exportGroup)
        self.againButton.setObjectName(u"againButton")
        self.againButton.setEnabled(False)

        self.againLayout.addWidget(self.againButton)

        self.againLayout.setStretch(0, 1)

        self.exportLayout.addLayout(self.againLayout)

        self.exportLayout.setStretch(6, 1)

        self.pageLayout.addWidget(self.exportGroup)

        self.pageSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLayout.addItem(self.pageSpacer)

        self.busyLayout = QHBoxLayout()
        self.busyLayout.setObjectName(u"busyLayout")
        self.busyLabel = QLabel(TransferPage)
        self.busyLabel.setObjectName(u"busyLabel")
        self.busyLabel.setProperty(u"role", u"muted")

        self.busyLayout.addWidget(self.busyLabel)

        self.busyBar = QProgressBar(TransferPage)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setVisible(False)
        self.busyBar.setMaximumSize(QSize(200, 16777215))
        self.busyBar.setTextVisible(False)

        self.busyLayout.addWidget(self.busyBar)

        self.busyLayout.setStretch(0, 1)

        self.pageLayout.addLayout(self.busyLayout)

        self.pageLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.chooseFileButton)
        self.folderLabel.setBuddy(self.chooseFolderButton)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.chooseFileButton, self.importButton)
        QWidget.setTabOrder(self.importButton, self.chooseFolderButton)
        QWidget.setTabOrder(self.chooseFolderButton, self.allCheck)
        QWidget.setTabOrder(self.allCheck, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.exportFilesText)
        QWidget.setTabOrder(self.exportFilesText, self.exportsView)
        QWidget.setTabOrder(self.exportsView, self.againButton)

        self.retranslateUi(TransferPage)
    # setupUi

    def retranslateUi(self, TransferPage):
        self.titleLabel.setText(QCoreApplication.translate("TransferPage", u"Import and export", None))
        self.importGroup.setTitle(QCoreApplication.translate("TransferPage", u"Import a USB batch file", None))
        self.importExplainLabel.setText(QCoreApplication.translate("TransferPage", u"Choose the batch file an officer exported from a laptop. A dry run shows what the import would do; nothing is written until you press Import.", None))
        self.fileLabel.setText(QCoreApplication.translate("TransferPage", u"Batch file", None))
#if QT_CONFIG(accessibility)
        self.fileEdit.setAccessibleName(QCoreApplication.translate("TransferPage", u"Chosen batch file", None))
#endif // QT_CONFIG(accessibility)
        self.chooseFileButton.setText(QCoreApplication.translate("TransferPage", u"C&hoose file\u2026", None))
        self.importButton.setText(QCoreApplication.translate("TransferPage", u"&Import", None))
        self.exportGroup.setTitle(QCoreApplication.translate("TransferPage", u"Export for the national core system", None))
        self.exportExplainLabel.setText(QCoreApplication.translate("TransferPage", u"What changed since the last export (new participants, corrections and voids), by the branch's decision time, as CSV and JSON with a manifest of SHA-256 checksums. Each export is new and never overwrites an earlier one. The files hold NIKs: keep them on the branch's protected drive.", None))
        self.folderLabel.setText(QCoreApplication.translate("TransferPage", u"Folder", None))
#if QT_CONFIG(accessibility)
        self.folderEdit.setAccessibleName(QCoreApplication.translate("TransferPage", u"Export folder", None))
#endif // QT_CONFIG(accessibility)
        self.chooseFolderButton.setText(QCoreApplication.translate("TransferPage", u"Choose &folder\u2026", None))
        self.allCheck.setText(QCoreApplication.translate("TransferPage", u"Every&thing (the full picture, every row \"new\")", None))
        self.exportButton.setText(QCoreApplication.translate("TransferPage", u"&Export", None))
#if QT_CONFIG(accessibility)
        self.exportFilesText.setAccessibleName(QCoreApplication.translate("TransferPage", u"Exported files and checksums", None))
#endif // QT_CONFIG(accessibility)
        self.historyLabel.setText(QCoreApplication.translate("TransferPage", u"Earlier exports", None))
#if QT_CONFIG(accessibility)
        self.exportsView.setAccessibleName(QCoreApplication.translate("TransferPage", u"Earlier exports", None))
#endif // QT_CONFIG(accessibility)
        self.againButton.setText(QCoreApplication.translate("TransferPage", u"&Download again\u2026", None))
#if QT_CONFIG(tooltip)
        self.againButton.setToolTip(QCoreApplication.translate("TransferPage", u"The chosen export's files again, as the branch keeps them for 7 days (for a download that was cut)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("TransferPage", u"Working", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

