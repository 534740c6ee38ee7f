# Generated from ui/workspace/batches_page.ui by scripts/build_forms.py: do not edit.
# Change the .ui file in Qt Designer and run `make forms` instead.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'batches_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSplitter, QTableView, QVBoxLayout, QWidget)

class Ui_BatchesPage(object):
    def setupUi(self, BatchesPage):
        if not BatchesPage.objectName():
            BatchesPage.setObjectName(u"BatchesPage")
        BatchesPage.resize(1060, 720)
        self.pageLayout = QVBoxLayout(BatchesPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(16, 12, 16, 12)
        self.titleLabel = QLabel(BatchesPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.pageLayout.addWidget(self.titleLabel)

        self.topLayout = QHBoxLayout()
        self.topLayout.setObjectName(u"topLayout")
        self.countLabel = QLabel(BatchesPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setWordWrap(True)
        self.countLabel.setProperty(u"role", u"muted")

        self.topLayout.addWidget(self.countLabel)

        self.reloadButton = QPushButton(BatchesPage)
        self.reloadButton.setObjectName(u"reloadButton")

        self.topLayout.addWidget(self.reloadButton)

        self.topLayout.setStretch(0, 1)

        self.pageLayout.addLayout(self.topLayout)

        self.splitter = QSplitter(BatchesPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.batchesView = QTableView(self.splitter)
        self.batchesView.setObjectName(u"batchesView")
        self.batchesView.setTabKeyNavigation(False)
        self.batchesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.batchesView.setAlternatingRowColors(True)
        self.batchesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.batchesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.batchesView.setWordWrap(False)
        self.splitter.addWidget(self.batchesView)
        self.batchesView.horizontalHeader().setStretchLastSection(True)
        self.batchesView.verticalHeader().setVisible(False)
        self.recordsGroup = QGroupBox(self.splitter)
        self.recordsGroup.setObjectName(u"recordsGroup")
        self.recordsLayout = QVBoxLayout(self.recordsGroup)
        self.recordsLayout.setObjectName(u"recordsLayout")
        self.batchLabel = QLabel(self.recordsGroup)
        self.batchLabel.setObjectName(u"batchLabel")
        self.batchLabel.setWordWrap(True)
        self.batchLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.recordsLayout.addWidget(self.batchLabel)

        self.recordsView = QTableView(self.recordsGroup)
        self.recordsView.setObjectName(u"recordsView")
        self.recordsView.setTabKeyNavigation(False)
        self.recordsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.recordsView.setAlternatingRowColors(True)
        self.recordsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.recordsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.recordsView.setWordWrap(False)
        self.recordsView.horizontalHeader().setStretchLastSection(True)
        self.recordsView.verticalHeader().setVisible(False)

        self.recordsLayout.addWidget(self.recordsView)

        self.splitter.addWidget(self.recordsGroup)

        self.pageLayout.addWidget(self.splitter)

        self.pageLayout.setStretch(2, 1)
        QWidget.setTabOrder(self.batchesView, self.recordsView)
        QWidget.setTabOrder(self.recordsView, self.reloadButton)

        self.retranslateUi(BatchesPage)
    # setupUi

    def retranslateUi(self, BatchesPage):
        self.titleLabel.setText(QCoreApplication.translate("BatchesPage", u"Batches received", None))
        self.reloadButton.setText(QCoreApplication.translate("BatchesPage", u"Re&load", None))
#if QT_CONFIG(tooltip)
        self.reloadButton.setToolTip(QCoreApplication.translate("BatchesPage", u"Read the inbox from the branch server again (F5)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.batchesView.setToolTip(QCoreApplication.translate("BatchesPage", u"Press Enter or double-click to open a batch", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.batchesView.setAccessibleName(QCoreApplication.translate("BatchesPage", u"Batches received", None))
#endif // QT_CONFIG(accessibility)
        self.recordsGroup.setTitle(QCoreApplication.translate("BatchesPage", u"Records of the batch", None))
#if QT_CONFIG(accessibility)
        self.recordsView.setAccessibleName(QCoreApplication.translate("BatchesPage", u"Records of the batch", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

