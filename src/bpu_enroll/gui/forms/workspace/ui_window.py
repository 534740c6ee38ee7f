# Generated from ui/workspace/window.ui by scripts/build_forms.py: do not edit.
# Change the .ui file in Qt Designer and run `make forms` instead.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QMainWindow, QMenu,
    QMenuBar, QPushButton, QSizePolicy, QStackedWidget,
    QStatusBar, QVBoxLayout, QWidget)

class Ui_WorkspaceWindow(object):
    def setupUi(self, WorkspaceWindow):
        if not WorkspaceWindow.objectName():
            WorkspaceWindow.setObjectName(u"WorkspaceWindow")
        WorkspaceWindow.resize(1366, 728)
        self.actionRefresh = QAction(WorkspaceWindow)
        self.actionRefresh.setObjectName(u"actionRefresh")
#if QT_CONFIG(shortcut)
        self.actionRefresh.setShortcut(u"F5")
#endif // QT_CONFIG(shortcut)
        self.actionLogout = QAction(WorkspaceWindow)
        self.actionLogout.setObjectName(u"actionLogout")
        self.actionQuit = QAction(WorkspaceWindow)
        self.actionQuit.setObjectName(u"actionQuit")
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(u"Ctrl+Q")
#endif // QT_CONFIG(shortcut)
        self.actionHighContrast = QAction(WorkspaceWindow)
        self.actionHighContrast.setObjectName(u"actionHighContrast")
        self.actionHighContrast.setCheckable(True)
        self.actionLargeFont = QAction(WorkspaceWindow)
        self.actionLargeFont.setObjectName(u"actionLargeFont")
        self.actionLargeFont.setCheckable(True)
        self.actionLanguageId = QAction(WorkspaceWindow)
        self.actionLanguageId.setObjectName(u"actionLanguageId")
        self.actionLanguageId.setCheckable(True)
        self.actionLanguageId.setText(u"Bahasa Indonesia")
        self.actionLanguageEn = QAction(WorkspaceWindow)
        self.actionLanguageEn.setObjectName(u"actionLanguageEn")
        self.actionLanguageEn.setCheckable(True)
        self.actionLanguageEn.setText(u"English")
        self.centralWidget = QWidget(WorkspaceWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QHBoxLayout(self.centralWidget)
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.navList = QListWidget(self.centralWidget)
        self.navList.setObjectName(u"navList")
        self.navList.setMinimumSize(QSize(190, 0))
        self.navList.setIconSize(QSize(24, 24))
        self.navList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navList.setProperty(u"role", u"nav")

        self.centralLayout.addWidget(self.navList)

        self.workLayout = QVBoxLayout()
        self.workLayout.setSpacing(0)
        self.workLayout.setObjectName(u"workLayout")
        self.offlineBanner = QFrame(self.centralWidget)
        self.offlineBanner.setObjectName(u"offlineBanner")
        self.offlineBanner.setProperty(u"role", u"banner")
        self.bannerLayout = QHBoxLayout(self.offlineBanner)
        self.bannerLayout.setSpacing(12)
        self.bannerLayout.setObjectName(u"bannerLayout")
        self.bannerLayout.setContentsMargins(16, 8, 16, 8)
        self.offlineLabel = QLabel(self.offlineBanner)
        self.offlineLabel.setObjectName(u"offlineLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.offlineLabel.sizePolicy().hasHeightForWidth())
        self.offlineLabel.setSizePolicy(sizePolicy)
        self.offlineLabel.setWordWrap(True)
        self.offlineLabel.setProperty(u"role", u"bannertext")

        self.bannerLayout.addWidget(self.offlineLabel)

        self.retryButton = QPushButton(self.offlineBanner)
        self.retryButton.setObjectName(u"retryButton")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.retryButton.sizePolicy().hasHeightForWidth())
        self.retryButton.setSizePolicy(sizePolicy1)

        self.bannerLayout.addWidget(self.retryButton)

        self.bannerLayout.setStretch(0, 1)

        self.workLayout.addWidget(self.offlineBanner)

        self.pageStack = QStackedWidget(self.centralWidget)
        self.pageStack.setObjectName(u"pageStack")

        self.workLayout.addWidget(self.pageStack)


        self.centralLayout.addLayout(self.workLayout)

        WorkspaceWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(WorkspaceWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.menuWorkspace = QMenu(self.menuBar)
        self.menuWorkspace.setObjectName(u"menuWorkspace")
        self.menuView = QMenu(self.menuBar)
        self.menuView.setObjectName(u"menuView")
        self.menuLanguage = QMenu(self.menuView)
        self.menuLanguage.setObjectName(u"menuLanguage")
        WorkspaceWindow.setMenuBar(self.menuBar)
        self.statusBar = QStatusBar(WorkspaceWindow)
        self.statusBar.setObjectName(u"statusBar")
        WorkspaceWindow.setStatusBar(self.statusBar)

        self.menuBar.addAction(self.menuWorkspace.menuAction())
        self.menuBar.addAction(self.menuView.menuAction())
        self.menuWorkspace.addAction(self.actionRefresh)
        self.menuWorkspace.addSeparator()
        self.menuWorkspace.addAction(self.actionLogout)
        self.menuWorkspace.addAction(self.actionQuit)
        self.menuView.addAction(self.actionHighContrast)
        self.menuView.addAction(self.actionLargeFont)
        self.menuView.addAction(self.menuLanguage.menuAction())
        self.menuLanguage.addAction(self.actionLanguageId)
        self.menuLanguage.addAction(self.actionLanguageEn)

        self.retranslateUi(WorkspaceWindow)
    # setupUi

    def retranslateUi(self, WorkspaceWindow):
        WorkspaceWindow.setWindowTitle(QCoreApplication.translate("WorkspaceWindow", u"BPU Enroll: branch workspace", None))
        self.actionRefresh.setText(QCoreApplication.translate("WorkspaceWindow", u"&Refresh", None))
        self.actionLogout.setText(QCoreApplication.translate("WorkspaceWindow", u"Sign &out", None))
        self.actionQuit.setText(QCoreApplication.translate("WorkspaceWindow", u"&Quit", None))
        self.actionHighContrast.setText(QCoreApplication.translate("WorkspaceWindow", u"&High contrast (sunlight)", None))
        self.actionLargeFont.setText(QCoreApplication.translate("WorkspaceWindow", u"&Larger text", None))
#if QT_CONFIG(accessibility)
        self.navList.setAccessibleName(QCoreApplication.translate("WorkspaceWindow", u"Pages", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.offlineLabel.setAccessibleName(QCoreApplication.translate("WorkspaceWindow", u"Connection to the branch server", None))
#endif // QT_CONFIG(accessibility)
        self.retryButton.setText(QCoreApplication.translate("WorkspaceWindow", u"Retry &now", None))
        self.menuWorkspace.setTitle(QCoreApplication.translate("WorkspaceWindow", u"&Workspace", None))
        self.menuView.setTitle(QCoreApplication.translate("WorkspaceWindow", u"&View", None))
        self.menuLanguage.setTitle(QCoreApplication.translate("WorkspaceWindow", u"Lan&guage", None))
    # retranslateUi

