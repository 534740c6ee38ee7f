# Generated from ui/officer/ktp_camera_dialog.ui by scripts/build_forms.py: do not edit.
# Change the .ui file in Qt Designer and run `make forms` instead.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ktp_camera_dialog.ui'
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
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_KtpCameraDialog(object):
    def setupUi(self, KtpCameraDialog):
        if not KtpCameraDialog.objectName():
            KtpCameraDialog.setObjectName(u"KtpCameraDialog")
        KtpCameraDialog.resize(720, 560)
        KtpCameraDialog.setModal(True)
        self.outerLayout = QVBoxLayout(KtpCameraDialog)
        self.outerLayout.setObjectName(u"outerLayout")
        self.hintLabel = QLabel(KtpCameraDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.hintLabel)

        self.previewLabel = QLabel(KtpCameraDialog)
        self.previewLabel.setObjectName(u"previewLabel")
        self.previewLabel.setMinimumSize(QSize(480, 300))
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.previewLabel.sizePolicy().hasHeightForWidth())
        self.previewLabel.setSizePolicy(sizePolicy)
        self.previewLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.outerLayout.addWidget(self.previewLabel)

        self.stateLabel = QLabel(KtpCameraDialog)
        self.stateLabel.setObjectName(u"stateLabel")
        self.stateLabel.setWordWrap(True)
        self.stateLabel.setProperty(u"role", u"warning")

        self.outerLayout.addWidget(self.stateLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.fileButton = QPushButton(KtpCameraDialog)
        self.fileButton.setObjectName(u"fileButton")

        self.buttonLayout.addWidget(self.fileButton)

        self.buttonSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(KtpCameraDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonLayout.addWidget(self.cancelButton)

        self.captureButton = QPushButton(KtpCameraDialog)
        self.captureButton.setObjectName(u"captureButton")

        self.buttonLayout.addWidget(self.captureButton)


        self.outerLayout.addLayout(self.buttonLayout)


        self.retranslateUi(KtpCameraDialog)

        self.captureButton.setDefault(True)

    # setupUi

    def retranslateUi(self, KtpCameraDialog):
        KtpCameraDialog.setWindowTitle(QCoreApplication.translate("KtpCameraDialog", u"KTP photo from the camera", None))
        self.hintLabel.setText(QCoreApplication.translate("KtpCameraDialog", u"Hold the KTP inside the frame, flat and in the light, then press Space.", None))
#if QT_CONFIG(accessibility)
        self.previewLabel.setAccessibleName(QCoreApplication.translate("KtpCameraDialog", u"Camera preview", None))
#endif // QT_CONFIG(accessibility)
        self.fileButton.setText(QCoreApplication.translate("KtpCameraDialog", u"Open a photo &file\u2026", None))
        self.cancelButton.setText(QCoreApplication.translate("KtpCameraDialog", u"Cancel", None))
        self.captureButton.setText(QCoreApplication.translate("KtpCameraDialog", u"&Capture (Space)", None))
    # retranslateUi

