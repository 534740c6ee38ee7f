# Generated from ui/officer/main_window.ui by scripts/build_forms.py: do not edit.
# Change the .ui file in Qt Designer and run `make forms` instead.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QListWidget,
    QListWidgetItem, QMainWindow, QMenu, QMenuBar,
    QSizePolicy, QStackedWidget, QStatusBar, QVBoxLayout,
    QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 820)
        self.actionLock = QAction(MainWindow)
        self.actionLock.setObjectName(u"actionLock")
#if QT_CONFIG(shortcut)
        self.actionLock.setShortcut(u"Ctrl+L")
#endif // QT_CONFIG(shortcut)
        self.actionLogout = QAction(MainWindow)
        self.actionLogout.setObjectName(u"actionLogout")
        self.actionOptions = QAction(MainWindow)
        self.actionOptions.setObjectName(u"actionOptions")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(u"Ctrl+Q")
#endif // QT_CONFIG(shortcut)
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
#if QT_CONFIG(shortcut)
        self.actionAbout.setShortcut(u"F1")
#endif // QT_CONFIG(shortcut)
        self.actionRefresh = QAction(MainWindow)
        self.actionRefresh.setObjectName(u"actionRefresh")
#if QT_CONFIG(shortcut)
        self.actionRefresh.setShortcut(u"F5")
#endif // QT_CONFIG(shortcut)
        self.actionHighContrast = QAction(MainWindow)
        self.actionHighContrast.setObjectName(u"actionHighContrast")
        self.actionHighContrast.setCheckable(True)
        self.actionLargeFont = QAction(MainWindow)
        self.actionLargeFont.setObjectName(u"actionLargeFont")
        self.actionLargeFont.setCheckable(True)
        self.actionLanguageId = QAction(MainWindow)
        self.actionLanguageId.setObjectName(u"actionLanguageId")
        self.actionLanguageId.setCheckable(True)
        self.actionLanguageId.setText(u"Bahasa Indonesia")
        self.actionLanguageEn = QAction(MainWindow)
        self.actionLanguageEn.setObjectName(u"actionLanguageEn")
        self.actionLanguageEn.setCheckable(True)
        self.actionLanguageEn.setText(u"English")
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QVBoxLayout(self.centralWidget)
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.revokedBanner = QLabel(self.centralWidget)
        self.revokedBanner.setObjectName(u"revokedBanner")
        self.revokedBanner.setWordWrap(True)
        self.revokedBanner.setVisible(False)
        self.revokedBanner.setProperty(u"role", u"alarm")

        self.centralLayout.addWidget(self.revokedBanner)

        self.screenStack = QStackedWidget(self.centralWidget)
        self.screenStack.setObjectName(u"screenStack")
        self.workScreen = QWidget()
        self.workScreen.setObjectName(u"workScreen")
        self.workLayout = QHBoxLayout(self.workScreen)
        self.workLayout.setSpacing(0)
        self.workLayout.setObjectName(u"workLayout")
        self.workLayout.setContentsMargins(0, 0, 0, 0)
        self.navList = QListWidget(self.workScreen)
        self.navList.setObjectName(u"navList")
        self.navList.setMinimumSize(QSize(180, 0))
        self.navList.setMaximumSize(QSize(320, 16777215))
        self.navList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navList.setIconSize(QSize(24, 24))
        self.navList.setProperty(u"role", u"nav")

        self.workLayout.addWidget(self.navList)

        self.pageStack = QStackedWidget(self.workScreen)
        self.pageStack.setObjectName(u"pageStack")

        self.workLayout.addWidget(self.pageStack)

        self.screenStack.addWidget(self.workScreen)
        self.lockScreen = QWidget()
        self.lockScreen.setObjectName(u"lockScreen")
        self.lockLayout = QVBoxLayout(self.lockScreen)
        self.lockLayout.setObjectName(u"lockLayout")
        self.screenStack.addWidget(self.lockScreen)

        self.centralLayout.addWidget(self.screenStack)

        MainWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(MainWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.menuApp = QMenu(self.menuBar)
        self.menuApp.setObjectName(u"menuApp")
        self.menuView = QMenu(self.menuBar)
        self.menuView.setObjectName(u"menuView")
        self.menuLanguage = QMenu(self.menuView)
        self.menuLanguage.setObjectName(u"menuLanguage")
        self.menuHelp = QMenu(self.menuBar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menuBar)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)

        self.menuBar.addAction(self.menuApp.menuAction())
        self.menuBar.addAction(self.menuView.menuAction())
        self.menuBar.addAction(self.menuHelp.menuAction())
        self.menuApp.addAction(self.actionLock)
        self.menuApp.addAction(self.actionLogout)
        self.menuApp.addSeparator()
        self.menuApp.addAction(self.actionOptions)
        self.menuApp.addSeparator()
        self.menuApp.addAction(self.actionQuit)
        self.menuView.addAction(self.actionRefresh)
        self.menuView.addSeparator()
        self.menuView.addAction(self.actionHighContrast)
        self.menuView.addAction(self.actionLargeFont)
        self.menuView.addAction(self.menuLanguage.menuAction())
        self.menuLanguage.addAction(self.actionLanguageId)
        self.menuLanguage.addAction(self.actionLanguageEn)
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"BPU Enroll", None))
        self.actionLock.setText(QCoreApplication.translate("MainWindow", u"&Lock now", None))
        self.actionLogout.setText(QCoreApplication.translate("MainWindow", u"&Sign out", None))
        self.actionOptions.setText(QCoreApplication.translate("MainWindow", u"&Options\u2026", None))
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&About BPU Enroll", None))
        self.actionRefresh.setText(QCoreApplication.translate("MainWindow", u"&Refresh", None))
        self.actionHighContrast.setText(QCoreApplication.translate("MainWindow", u"&High contrast (sunlight)", None))
        self.actionLargeFont.setText(QCoreApplication.translate("MainWindow", u"&Larger text", None))
        self.revokedBanner.setText(QCoreApplication.translate("MainWindow", u"This laptop was revoked by the branch: it cannot make new registrations or receipts. Bring it to the branch office; the records it holds are kept.", None))
#if QT_CONFIG(accessibility)
        self.navList.setAccessibleName(QCoreApplication.translate("MainWindow", u"Pages", None))
#endif // QT_CONFIG(accessibility)
        self.menuApp.setTitle(QCoreApplication.translate("MainWindow", u"&Application", None))
        self.menuView.setTitle(QCoreApplication.translate("MainWindow", u"&View", None))
        self.menuLanguage.setTitle(QCoreApplication.translate("MainWindow", u"Lan&guage", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi

