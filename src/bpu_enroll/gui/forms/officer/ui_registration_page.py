# Generated from ui/officer/registration_page.ui by scripts/build_forms.py: do not edit.
# Change the .ui file in Qt Designer and run `make forms` instead.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'registration_page.ui'
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
    QFormLayout, QFrame, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from bpu_enroll.gui.common.code_text import CodeLabel
from bpu_enroll.gui.common.wrap_check import WrapCheckBox

class Ui_RegistrationPage(object):
    def setupUi(self, RegistrationPage):
        if not RegistrationPage.objectName():
            RegistrationPage.setObjectName(u"RegistrationPage")
        RegistrationPage.resize(1060, 780)
        self.pageLayout = QVBoxLayout(RegistrationPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(16, 12, 16, 12)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(RegistrationPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.headerLayout.addWidget(self.titleLabel)

        self.modeLabel = QLabel(RegistrationPage)
        self.modeLabel.setObjectName(u"modeLabel")
        self.modeLabel.setWordWrap(True)
        self.modeLabel.setProperty(u"role", u"banner")

        self.headerLayout.addWidget(self.modeLabel)

        self.headerSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.ktpButton = QPushButton(RegistrationPage)
        self.ktpButton.setObjectName(u"ktpButton")

        self.headerLayout.addWidget(self.ktpButton)

        self.headerLayout.setStretch(1, 1)

        self.pageLayout.addLayout(self.headerLayout)

        self.ktpLabel = QLabel(RegistrationPage)
        self.ktpLabel.setObjectName(u"ktpLabel")
        self.ktpLabel.setWordWrap(True)
        self.ktpLabel.setProperty(u"role", u"banner")

        self.pageLayout.addWidget(self.ktpLabel)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setSpacing(16)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.formScroll = QScrollArea(RegistrationPage)
        self.formScroll.setObjectName(u"formScroll")
        self.formScroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.formScroll.setWidgetResizable(True)
        self.formScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.formContents = QWidget()
        self.formContents.setObjectName(u"formContents")
        self.formColumn = QVBoxLayout(self.formContents)
        self.formColumn.setObjectName(u"formColumn")
        self.identityGroup = QGroupBox(self.formContents)
        self.identityGroup.setObjectName(u"identityGroup")
        self.identityForm = QFormLayout(self.identityGroup)
        self.identityForm.setObjectName(u"identityForm")
        self.identityForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.identityForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.identityForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.nikLabel = QLabel(self.identityGroup)
        self.nikLabel.setObjectName(u"nikLabel")

        self.identityForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nikLabel)

        self.nikLayout = QHBoxLayout()
        self.nikLayout.setObjectName(u"nikLayout")
        self.nikEdit = QLineEdit(self.identityGroup)
        self.nikEdit.setObjectName(u"nikEdit")
        self.nikEdit.setMaxLength(40)

        self.nikLayout.addWidget(self.nikEdit)

        self.nikRecordButton = QPushButton(self.identityGroup)
        self.nikRecordButton.setObjectName(u"nikRecordButton")

        self.nikLayout.addWidget(self.nikRecordButton)


        self.identityForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.nikLayout)

        self.nameLabel = QLabel(self.identityGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.identityForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.identityGroup)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(100)

        self.identityForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.birthPlaceLabel = QLabel(self.identityGroup)
        self.birthPlaceLabel.setObjectName(u"birthPlaceLabel")

        self.identityForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.birthPlaceLabel)

        self.birthPlaceEdit = QLineEdit(self.identityGroup)
        self.birthPlaceEdit.setObjectName(u"birthPlaceEdit")
        self.birthPlaceEdit.setMaxLength(60)

        self.identityForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.birthPlaceEdit)

        self.birthDateLabel = QLabel(self.identityGroup)
        self.birthDateLabel.setObjectName(u"birthDateLabel")

        self.identityForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.birthDateLabel)

        self.birthDateEdit = QLineEdit(self.identityGroup)
        self.birthDateEdit.setObjectName(u"birthDateEdit")
        self.birthDateEdit.setMaxLength(10)

        self.identityForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.birthDateEdit)

        self.genderLabel = QLabel(self.identityGroup)
        self.genderLabel.setObjectName(u"genderLabel")

        self.identityForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.genderLabel)

        self.genderCombo = QComboBox(self.identityGroup)
        self.genderCombo.setObjectName(u"genderCombo")

        self.identityForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.genderCombo)

        self.kkLabel = QLabel(self.identityGroup)
        self.kkLabel.setObjectName(u"kkLabel")

        self.identityForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.kkLabel)

        self.kkEdit = QLineEdit(self.identityGroup)
        self.kkEdit.setObjectName(u"kkEdit")
        self.kkEdit.setMaxLength(40)

        self.identityForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.kkEdit)

        self.phoneLabel = QLabel(self.identityGroup)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.identityForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.identityGroup)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(20)

        self.identityForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.emailLabel = QLabel(self.identityGroup)
        self.emailLabel.setObjectName(u"emailLabel")

        self.identityForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(self.identityGroup)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(120)

        self.identityForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.emailEdit)


        self.formColumn.addWidget(self.identityGroup)

        self.addressGroup = QGroupBox(self.formContents)
        self.addressGroup.setObjectName(u"addressGroup")
        self.addressForm = QFormLayout(self.addressGroup)
        self.addressForm.setObjectName(u"addressForm")
        self.addressForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.addressForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.addressForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.streetLabel = QLabel(self.addressGroup)
        self.streetLabel.setObjectName(u"streetLabel")

        self.addressForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.streetLabel)

        self.streetEdit = QLineEdit(self.addressGroup)
        self.streetEdit.setObjectName(u"streetEdit")
        self.streetEdit.setMaxLength(120)

        self.addressForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.streetEdit)

        self.rtLabel = QLabel(self.addressGroup)
        self.rtLabel.setObjectName(u"rtLabel")

        self.addressForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.rtLabel)

        self.rtRwLayout = QHBoxLayout()
        self.rtRwLayout.setObjectName(u"rtRwLayout")
        self.rtEdit = QLineEdit(self.addressGroup)
        self.rtEdit.setObjectName(u"rtEdit")
        self.rtEdit.setMaxLength(3)

        self.rtRwLayout.addWidget(self.rtEdit)

        self.rtRwSlash = QLabel(self.addressGroup)
        self.rtRwSlash.setObjectName(u"rtRwSlash")

        self.rtRwLayout.addWidget(self.rtRwSlash)

        self.rwEdit = QLineEdit(self.addressGroup)
        self.rwEdit.setObjectName(u"rwEdit")
        self.rwEdit.setMaxLength(3)

        self.rtRwLayout.addWidget(self.rwEdit)


        self.addressForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.rtRwLayout)

        self.villageLabel = QLabel(self.addressGroup)
        self.villageLabel.setObjectName(u"villageLabel")

        self.addressForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.villageLabel)

        self.villageEdit = QLineEdit(self.addressGroup)
        self.villageEdit.setObjectName(u"villageEdit")
        self.villageEdit.setMaxLength(120)

        self.addressForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.villageEdit)

        self.villageDetailLabel = QLabel(self.addressGroup)
        self.villageDetailLabel.setObjectName(u"villageDetailLabel")
        self.villageDetailLabel.setWordWrap(True)
        self.villageDetailLabel.setProperty(u"role", u"muted")

        self.addressForm.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.villageDetailLabel)


        self.formColumn.addWidget(self.addressGroup)

        self.workGroup = QGroupBox(self.formContents)
        self.workGroup.setObjectName(u"workGroup")
        self.workForm = QFormLayout(self.workGroup)
        self.workForm.setObjectName(u"workForm")
        self.workForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.workForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.workForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.occupationLabel = QLabel(self.workGroup)
        self.occupationLabel.setObjectName(u"occupationLabel")

        self.workForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.occupationLabel)

        self.occupationEdit = QLineEdit(self.workGroup)
        self.occupationEdit.setObjectName(u"occupationEdit")
        self.occupationEdit.setMaxLength(120)

        self.workForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.occupationEdit)

        self.occupationOtherLabel = QLabel(self.workGroup)
        self.occupationOtherLabel.setObjectName(u"occupationOtherLabel")

        self.workForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.occupationOtherLabel)

        self.occupationOtherEdit = QLineEdit(self.workGroup)
        self.occupationOtherEdit.setObjectName(u"occupationOtherEdit")
        self.occupationOtherEdit.setMaxLength(80)

        self.workForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.occupationOtherEdit)

        self.sectorLabel = QLabel(self.workGroup)
        self.sectorLabel.setObjectName(u"sectorLabel")
        self.sectorLabel.setWordWrap(True)
        self.sectorLabel.setProperty(u"role", u"muted")

        self.workForm.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.sectorLabel)

        self.businessNameLabel = QLabel(self.workGroup)
        self.businessNameLabel.setObjectName(u"businessNameLabel")

        self.workForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.businessNameLabel)

        self.businessNameEdit = QLineEdit(self.workGroup)
        self.businessNameEdit.setObjectName(u"businessNameEdit")
        self.businessNameEdit.setMaxLength(80)

        self.workForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.businessNameEdit)

        self.workLocationLabel = QLabel(self.workGroup)
        self.workLocationLabel.setObjectName(u"workLocationLabel")

        self.workForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.workLocationLabel)

        self.workLocationCombo = QComboBox(self.workGroup)
        self.workLocationCombo.setObjectName(u"workLocationCombo")
        self.workLocationCombo.setEditable(True)

        self.workForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.workLocationCombo)


        self.formColumn.addWidget(self.workGroup)

        self.paymentGroup = QGroupBox(self.formContents)
        self.paymentGroup.setObjectName(u"paymentGroup")
        self.paymentForm = QFormLayout(self.paymentGroup)
        self.paymentForm.setObjectName(u"paymentForm")
        self.paymentForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.paymentForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.paymentForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.incomeLabel = QLabel(self.paymentGroup)
        self.incomeLabel.setObjectName(u"incomeLabel")

        self.paymentForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.incomeLabel)

        self.incomeEdit = QLineEdit(self.paymentGroup)
        self.incomeEdit.setObjectName(u"incomeEdit")
        self.incomeEdit.setMaxLength(20)

        self.paymentForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.incomeEdit)

        self.employerCheck = WrapCheckBox(self.paymentGroup)
        self.employerCheck.setObjectName(u"employerCheck")

        self.paymentForm.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.employerCheck)

        self.governmentPaidCheck = WrapCheckBox(self.paymentGroup)
        self.governmentPaidCheck.setObjectName(u"governmentPaidCheck")

        self.paymentForm.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.governmentPaidCheck)

        self.programmesLabel = QLabel(self.paymentGroup)
        self.programmesLabel.setObjectName(u"programmesLabel")

        self.paymentForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.programmesLabel)

        self.programmesLayout = QHBoxLayout()
        self.programmesLayout.setObjectName(u"programmesLayout")
        self.jkkCheck = QCheckBox(self.paymentGroup)
        self.jkkCheck.setObjectName(u"jkkCheck")
        self.jkkCheck.setChecked(True)
        self.jkkCheck.setEnabled(False)

        self.programmesLayout.addWidget(self.jkkCheck)

        self.jkmCheck = QCheckBox(self.paymentGroup)
        self.jkmCheck.setObjectName(u"jkmCheck")
        self.jkmCheck.setChecked(True)
        self.jkmCheck.setEnabled(False)

        self.programmesLayout.addWidget(self.jkmCheck)

        self.jhtCheck = QCheckBox(self.paymentGroup)
        self.jhtCheck.setObjectName(u"jhtCheck")

        self.programmesLayout.addWidget(self.jhtCheck)


        self.paymentForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.programmesLayout)

        self.jhtNoteLabel = QLabel(self.paymentGroup)
        self.jhtNoteLabel.setObjectName(u"jhtNoteLabel")
        self.jhtNoteLabel.setWordWrap(True)
        self.jhtNoteLabel.setProperty(u"role", u"muted")

        self.paymentForm.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.jhtNoteLabel)

        self.monthsLabel = QLabel(self.paymentGroup)
        self.monthsLabel.setObjectName(u"monthsLabel")

        self.paymentForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.monthsLabel)

        self.monthsCombo = QComboBox(self.paymentGroup)
        self.monthsCombo.setObjectName(u"monthsCombo")

        self.paymentForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.monthsCombo)

        self.cashLabel = QLabel(self.paymentGroup)
        self.cashLabel.setObjectName(u"cashLabel")

        self.paymentForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.cashLabel)

        self.cashLayout = QHBoxLayout()
        self.cashLayout.setObjectName(u"cashLayout")
        self.cashEdit = QLineEdit(self.paymentGroup)
        self.cashEdit.setObjectName(u"cashEdit")
        self.cashEdit.setMaxLength(20)

        self.cashLayout.addWidget(self.cashEdit)

        self.cashFillButton = QPushButton(self.paymentGroup)
        self.cashFillButton.setObjectName(u"cashFillButton")

        self.cashLayout.addWidget(self.cashFillButton)


        self.paymentForm.setLayout(6, QFormLayout.ItemRole.FieldRole, self.cashLayout)

        self.moneyLabel = QLabel(self.paymentGroup)
        self.moneyLabel.setObjectName(u"moneyLabel")

        self.paymentForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.moneyLabel)

        self.moneyLayout = QHBoxLayout()
        self.moneyLayout.setObjectName(u"moneyLayout")
        self.moneyEdit = QLineEdit(self.paymentGroup)
        self.moneyEdit.setObjectName(u"moneyEdit")
        self.moneyEdit.setMaxLength(20)

        self.moneyLayout.addWidget(self.moneyEdit)

        self.changeLabel = QLabel(self.paymentGroup)
        self.changeLabel.setObjectName(u"changeLabel")

        self.moneyLayout.addWidget(self.changeLabel)


        self.paymentForm.setLayout(7, QFormLayout.ItemRole.FieldRole, self.moneyLayout)


        self.formColumn.addWidget(self.paymentGroup)

        self.consentGroup = QGroupBox(self.formContents)
        self.consentGroup.setObjectName(u"consentGroup")
        self.consentLayout = QVBoxLayout(self.consentGroup)
        self.consentLayout.setObjectName(u"consentLayout")
        self.consentTextLabel = QLabel(self.consentGroup)
        self.consentTextLabel.setObjectName(u"consentTextLabel")
        self.consentTextLabel.setWordWrap(True)
        self.consentTextLabel.setProperty(u"role", u"muted")

        self.consentLayout.addWidget(self.consentTextLabel)

        self.consentCheck = WrapCheckBox(self.consentGroup)
        self.consentCheck.setObjectName(u"consentCheck")

        self.consentLayout.addWidget(self.consentCheck)


        self.formColumn.addWidget(self.consentGroup)

        self.formSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.formColumn.addItem(self.formSpacer)

        self.formScroll.setWidget(self.formContents)

        self.bodyLayout.addWidget(self.formScroll)

        self.sideColumn = QVBoxLayout()
        self.sideColumn.setSpacing(12)
        self.sideColumn.setObjectName(u"sideColumn")
        self.quoteGroup = QGroupBox(RegistrationPage)
        self.quoteGroup.setObjectName(u"quoteGroup")
        self.quoteLayout = QVBoxLayout(self.quoteGroup)
        self.quoteLayout.setObjectName(u"quoteLayout")
        self.quoteGrid = QGridLayout()
        self.quoteGrid.setObjectName(u"quoteGrid")
        self.bracketLabel = QLabel(self.quoteGroup)
        self.bracketLabel.setObjectName(u"bracketLabel")

        self.quoteGrid.addWidget(self.bracketLabel, 0, 0, 1, 1)

        self.bracketValue = QLabel(self.quoteGroup)
        self.bracketValue.setObjectName(u"bracketValue")
        self.bracketValue.setText(u"\u2013")
        self.bracketValue.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.bracketValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.quoteGrid.addWidget(self.bracketValue, 0, 1, 1, 1)

        self.baseLabel = QLabel(self.quoteGroup)
        self.baseLabel.setObjectName(u"baseLabel")

        self.quoteGrid.addWidget(self.baseLabel, 1, 0, 1, 1)

        self.baseValue = QLabel(self.quoteGroup)
        self.baseValue.setObjectName(u"baseValue")
        self.baseValue.setText(u"\u2013")
        self.baseValue.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.baseValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.quoteGrid.addWidget(self.baseValue, 1, 1, 1, 1)

        self.ruleLabel = QLabel(self.quoteGroup)
        self.ruleLabel.setObjectName(u"ruleLabel")

        self.quoteGrid.addWidget(self.ruleLabel, 2, 0, 1, 1)

        self.ruleValue = QLabel(self.quoteGroup)
        self.ruleValue.setObjectName(u"ruleValue")
        self.ruleValue.setText(u"\u2013")
        self.ruleValue.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.ruleValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.quoteGrid.addWidget(self.ruleValue, 2, 1, 1, 1)


        self.quoteLayout.addLayout(self.quoteGrid)

        self.quoteTable = QTableWidget(self.quoteGroup)
        if (self.quoteTable.columnCount() < 6):
            self.quoteTable.setColumnCount(6)
        __qtablewidgetitem = QTableWidgetItem()
        self.quoteTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        __qtablewidgetitem1.setText(u"JKK")
        self.quoteTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        __qtablewidgetitem2.setText(u"JKM")
        self.quoteTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        __qtablewidgetitem3.setText(u"JHT")
        self.quoteTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.quoteTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.quoteTable.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        self.quoteTable.setObjectName(u"quoteTable")
        self.quoteTable.setTabKeyNavigation(False)
        self.quoteTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.quoteTable.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.quoteTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.quoteTable.verticalHeader().setVisible(False)

        self.quoteLayout.addWidget(self.quoteTable)

        self.totalsGrid = QGridLayout()
        self.totalsGrid.setObjectName(u"totalsGrid")
        self.monthlyLabel = QLabel(self.quoteGroup)
        self.monthlyLabel.setObjectName(u"monthlyLabel")

        self.totalsGrid.addWidget(self.monthlyLabel, 0, 0, 1, 1)

        self.monthlyValue = QLabel(self.quoteGroup)
        self.monthlyValue.setObjectName(u"monthlyValue")
        self.monthlyValue.setText(u"\u2013")
        self.monthlyValue.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.monthlyValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.totalsGrid.addWidget(self.monthlyValue, 0, 1, 1, 1)

        self.reliefLabel = QLabel(self.quoteGroup)
        self.reliefLabel.setObjectName(u"reliefLabel")

        self.totalsGrid.addWidget(self.reliefLabel, 1, 0, 1, 1)

        self.reliefValue = QLabel(self.quoteGroup)
        self.reliefValue.setObjectName(u"reliefValue")
        self.reliefValue.setText(u"\u2013")
        self.reliefValue.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.reliefValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.totalsGrid.addWidget(self.reliefValue, 1, 1, 1, 1)

        self.grandTotalLabel = QLabel(self.quoteGroup)
        self.grandTotalLabel.setObjectName(u"grandTotalLabel")
        self.grandTotalLabel.setProperty(u"role", u"strong")

        self.totalsGrid.addWidget(self.grandTotalLabel, 2, 0, 1, 1)

        self.grandTotalValue = QLabel(self.quoteGroup)
        self.grandTotalValue.setObjectName(u"grandTotalValue")
        self.grandTotalValue.setText(u"\u2013")
        self.grandTotalValue.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.grandTotalValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.grandTotalValue.setProperty(u"role", u"strong")

        self.totalsGrid.addWidget(self.grandTotalValue, 2, 1, 1, 1)


        self.quoteLayout.addLayout(self.totalsGrid)

        self.totalWordsLabel = QLabel(self.quoteGroup)
        self.totalWordsLabel.setObjectName(u"totalWordsLabel")
        self.totalWordsLabel.setWordWrap(True)
        self.totalWordsLabel.setProperty(u"role", u"muted")

        self.quoteLayout.addWidget(self.totalWordsLabel)

        self.quoteNoteLabel = QLabel(self.quoteGroup)
        self.quoteNoteLabel.setObjectName(u"quoteNoteLabel")
        self.quoteNoteLabel.setWordWrap(True)
        self.quoteNoteLabel.setProperty(u"role", u"muted")

        self.quoteLayout.addWidget(self.quoteNoteLabel)


        self.sideColumn.addWidget(self.quoteGroup)

        self.actionsLayout = QVBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.formMessageLabel = QLabel(RegistrationPage)
        self.formMessageLabel.setObjectName(u"formMessageLabel")
        self.formMessageLabel.setWordWrap(True)
        self.formMessageLabel.setProperty(u"role", u"error")

        self.actionsLayout.addWidget(self.formMessageLabel)

        self.resultLabel = CodeLabel(RegistrationPage)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setWordWrap(True)
        self.resultLabel.setProperty(u"role", u"success")
        self.resultLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.actionsLayout.addWidget(self.resultLabel)

        self.finaliseButton = QPushButton(RegistrationPage)
        self.finaliseButton.setObjectName(u"finaliseButton")
        self.finaliseButton.setProperty(u"role", u"primary")

        self.actionsLayout.addWidget(self.finaliseButton)

        self.secondaryButtons = QHBoxLayout()
        self.secondaryButtons.setObjectName(u"secondaryButtons")
        self.newButton = QPushButton(RegistrationPage)
        self.newButton.setObjectName(u"newButton")

        self.secondaryButtons.addWidget(self.newButton)

        self.draftsButton = QPushButton(RegistrationPage)
        self.draftsButton.setObjectName(u"draftsButton")

        self.secondaryButtons.addWidget(self.draftsButton)


        self.actionsLayout.addLayout(self.secondaryButtons)

        self.draftStatusLabel = QLabel(RegistrationPage)
        self.draftStatusLabel.setObjectName(u"draftStatusLabel")
        self.draftStatusLabel.setWordWrap(True)
        self.draftStatusLabel.setProperty(u"role", u"muted")

        self.actionsLayout.addWidget(self.draftStatusLabel)


        self.sideColumn.addLayout(self.actionsLayout)

        self.sideSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.sideColumn.addItem(self.sideSpacer)


        self.bodyLayout.addLayout(self.sideColumn)

        self.bodyLayout.setStretch(0, 1)
        self.bodyLayout.setStretch(1, 1)

        self.pageLayout.addLayout(self.bodyLayout)

        self.pageLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.nikLabel.setBuddy(self.nikEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.birthPlaceLabel.setBuddy(self.birthPlaceEdit)
        self.birthDateLabel.setBuddy(self.birthDateEdit)
        self.genderLabel.setBuddy(self.genderCombo)
        self.kkLabel.setBuddy(self.kkEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.streetLabel.setBuddy(self.streetEdit)
        self.rtLabel.setBuddy(self.rtEdit)
        self.villageLabel.setBuddy(self.villageEdit)
        self.occupationLabel.setBuddy(self.occupationEdit)
        self.occupationOtherLabel.setBuddy(self.occupationOtherEdit)
        self.businessNameLabel.setBuddy(self.businessNameEdit)
        self.workLocationLabel.setBuddy(self.workLocationCombo)
        self.incomeLabel.setBuddy(self.incomeEdit)
        self.monthsLabel.setBuddy(self.monthsCombo)
        self.cashLabel.setBuddy(self.cashEdit)
        self.moneyLabel.setBuddy(self.moneyEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nikEdit, self.nikRecordButton)
        QWidget.setTabOrder(self.nikRecordButton, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.birthPlaceEdit)
        QWidget.setTabOrder(self.birthPlaceEdit, self.birthDateEdit)
        QWidget.setTabOrder(self.birthDateEdit, self.genderCombo)
        QWidget.setTabOrder(self.genderCombo, self.kkEdit)
        QWidget.setTabOrder(self.kkEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.streetEdit)
        QWidget.setTabOrder(self.streetEdit, self.rtEdit)
        QWidget.setTabOrder(self.rtEdit, self.rwEdit)
        QWidget.setTabOrder(self.rwEdit, self.villageEdit)
        QWidget.setTabOrder(self.villageEdit, self.occupationEdit)
        QWidget.setTabOrder(self.occupationEdit, self.occupationOtherEdit)
        QWidget.setTabOrder(self.occupationOtherEdit, self.businessNameEdit)
        QWidget.setTabOrder(self.businessNameEdit, self.workLocationCombo)
        QWidget.setTabOrder(self.workLocationCombo, self.incomeEdit)
        QWidget.setTabOrder(self.incomeEdit, self.employerCheck)
        QWidget.setTabOrder(self.employerCheck, self.governmentPaidCheck)
        QWidget.setTabOrder(self.governmentPaidCheck, self.jhtCheck)
        QWidget.setTabOrder(self.jhtCheck, self.monthsCombo)
        QWidget.setTabOrder(self.monthsCombo, self.cashEdit)
        QWidget.setTabOrder(self.cashEdit, self.cashFillButton)
        QWidget.setTabOrder(self.cashFillButton, self.moneyEdit)
        QWidget.setTabOrder(self.moneyEdit, self.consentCheck)
        QWidget.setTabOrder(self.consentCheck, self.finaliseButton)
        QWidget.setTabOrder(self.finaliseButton, self.newButton)
        QWidget.setTabOrder(self.newButton, self.draftsButton)
        QWidget.setTabOrder(self.draftsButton, self.ktpButton)

        self.retranslateUi(RegistrationPage)
    # setupUi

    def retranslateUi(self, RegistrationPage):
        self.titleLabel.setText(QCoreApplication.translate("RegistrationPage", u"New registration", None))
#if QT_CONFIG(tooltip)
        self.ktpButton.setToolTip(QCoreApplication.translate("RegistrationPage", u"Fill the form from a photo of the worker's KTP, read on this laptop (Ctrl+K)", None))
#endif // QT_CONFIG(tooltip)
        self.ktpButton.setText(QCoreApplication.translate("RegistrationPage", u"KTP photo\u2026 (Ctrl+K)", None))
        self.identityGroup.setTitle(QCoreApplication.translate("RegistrationPage", u"Worker (as on the KTP)", None))
        self.nikLabel.setText(QCoreApplication.translate("RegistrationPage", u"&NIK", None))
#if QT_CONFIG(accessibility)
        self.nikEdit.setAccessibleName(QCoreApplication.translate("RegistrationPage", u"NIK", None))
#endif // QT_CONFIG(accessibility)
        self.nikEdit.setPlaceholderText(QCoreApplication.translate("RegistrationPage", u"16 digits from the KTP", None))
        self.nikRecordButton.setText(QCoreApplication.translate("RegistrationPage", u"Open that receipt", None))
#if QT_CONFIG(tooltip)
        self.nikRecordButton.setToolTip(QCoreApplication.translate("RegistrationPage", u"Show the earlier registration of this NIK on the Registrations page", None))
#endif // QT_CONFIG(tooltip)
        self.nameLabel.setText(QCoreApplication.translate("RegistrationPage", u"F&ull name", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("RegistrationPage", u"Full name", None))
#endif // QT_CONFIG(accessibility)
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("RegistrationPage", u"as written on the KTP", None))
        self.birthPlaceLabel.setText(QCoreApplication.translate("RegistrationPage", u"Place of &birth", None))
#if QT_CONFIG(accessibility)
        self.birthPlaceEdit.setAccessibleName(QCoreApplication.translate("RegistrationPage", u"Place of birth", None))
#endif // QT_CONFIG(accessibility)
        self.birthDateLabel.setText(QCoreApplication.translate("RegistrationPage", u"&Date of birth", None))
#if QT_CONFIG(accessibility)
        self.birthDateEdit.setAccessibleName(QCoreApplication.translate("RegistrationPage", u"Date of birth", None))
#endif // QT_CONFIG(accessibility)
        self.birthDateEdit.setPlaceholderText(QCoreApplication.translate("RegistrationPage", u"DD-MM-YYYY", None))
        self.genderLabel.setText(QCoreApplication.translate("RegistrationPage", u"&Gender", None))
#if QT_CONFIG(accessibility)
        self.genderCombo.setAccessibleName(QCoreApplication.translate("RegistrationPage", u"Gender", None))
#endif // QT_CONFIG(accessibility)
        self.kkLabel.setText(QCoreApplication.translate("RegistrationPage", u"&KK number", None))
#if QT_CONFIG(accessibility)
        self.kkEdit.setAccessibleName(QCoreApplication.translate("RegistrationPage", u"Family card (KK) number", None))
#endif // QT_CONFIG(accessibility)
        self.kkEdit.setPlaceholderText(QCoreApplication.translate("RegistrationPage", u"optional, 16 digits", None))
        self.phoneLabel.setText(QCoreApplication.translate("RegistrationPage", u"Mobile &phone", None))
#if QT_CONFIG(accessibility)
        self.phoneEdit.setAccessibleName(QCoreApplication.translate("RegistrationPage", u"Mobile phone", None))
#endif // QT_CONFIG(accessibility)
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("RegistrationPage", u"08\u2026", None))
        self.emailLabel.setText(QCoreApplication.translate("RegistrationPage", u"&E-mail", None))
#if QT_CONFIG(accessibility)
        self.emailEdit.setAccessibleName(QCoreApplication.translate("RegistrationPage", u"E-mail", None))
#endif // QT_CONFIG(accessibility)
        self.emailEdit.setPlaceholderText(QCoreApplication.translate("RegistrationPage", u"optional", None))
        self.addressGroup.setTitle(QCoreApplication.translate("RegistrationPage", u"Address", None))
        self.streetLabel.setText(QCoreApplication.translate("RegistrationPage", u"&Street", None))
#if QT_CONFIG(accessibility)
        self.streetEdit.setAccessibleName(QCoreApplication.translate("RegistrationPage", u"Street and house number", None))
#endif // QT_CONFIG(accessibility)
        self.rtLabel.setText(QCoreApplication.translate("RegistrationPage", u"&RT / RW", None))
#if QT_CONFIG(accessibility)
        self.rtEdit.setAccessibleName(QCoreApplication.translate("RegistrationPage", u"RT", None))
#endif // QT_CONFIG(accessibility)
        self.rtEdit.setPlaceholderText(QCoreApplication.translate("RegistrationPage", u"RT", None))
        self.rtRwSlash.setText(QCoreApplication.translate("RegistrationPage", u"/", None))
#if QT_CONFIG(accessibility)
        self.rwEdit.setAccessibleName(QCoreApplication.translate("RegistrationPage", u"RW", None))
#endif // QT_CONFIG(accessibility)
        self.rwEdit.setPlaceholderText(QCoreApplication.translate("RegistrationPage", u"RW", None))
        self.villageLabel.setText(QCoreApplication.translate("RegistrationPage", u"Vi&llage", None))
#if QT_CONFIG(accessibility)
        self.villageEdit.setAccessibleName(QCoreApplication.translate("RegistrationPage", u"Village (kelurahan or desa)", None))
#endif // QT_CONFIG(accessibility)
        self.villageEdit.setPlaceholderText(QCoreApplication.translate("RegistrationPage", u"type a village name or code", None))
        self.workGroup.setTitle(QCoreApplication.translate("RegistrationPage", u"Work", None))
        self.occupationLabel.setText(QCoreApplication.translate("RegistrationPage", u"&Occupation", None))
#if QT_CONFIG(accessibility)
        self.occupationEdit.setAccessibleName(QCoreApplication.translate("RegistrationPage", u"Occupation", None))
#endif // QT_CONFIG(accessibility)
        self.occupationEdit.setPlaceholderText(QCoreApplication.translate("RegistrationPage", u"type to search the catalogue", None))
        self.occupationOtherLabel.setText(QCoreApplication.translate("RegistrationPage", u"Occupation (other)", None))
#if QT_CONFIG(accessibility)
        self.occupationOtherEdit.setAccessibleName(QCoreApplication.translate("RegistrationPage", u"Occupation, in words", None))
#endif // QT_CONFIG(accessibility)
        self.occupationOtherEdit.setPlaceholderText(QCoreApplication.translate("RegistrationPage", u"describe the work", None))
        self.businessNameLabel.setText(QCoreApplication.translate("RegistrationPage", u"Business name", None))
#if QT_CONFIG(accessibility)
        self.businessNameEdit.setAccessibleName(QCoreApplication.translate("RegistrationPage", u"Business name", None))
#endif // QT_CONFIG(accessibility)
        self.businessNameEdit.setPlaceholderText(QCoreApplication.translate("RegistrationPage", u"optional", None))
        self.workLocationLabel.setText(QCoreApplication.translate("RegistrationPage", u"&Work location", None))
#if QT_CONFIG(accessibility)
        self.workLocationCombo.setAccessibleName(QCoreApplication.translate("RegistrationPage", u"Work location", None))
#endif // QT_CONFIG(accessibility)
        self.paymentGroup.setTitle(QCoreApplication.translate("RegistrationPage", u"Income, programmes and payment", None))
        self.incomeLabel.setText(QCoreApplication.translate("RegistrationPage", u"Monthly &income (Rp)", None))
#if QT_CONFIG(accessibility)
        self.incomeEdit.setAccessibleName(QCoreApplication.translate("RegistrationPage", u"Declared monthly income in rupiah", None))
#endif // QT_CONFIG(accessibility)
        self.incomeEdit.setPlaceholderText(QCoreApplication.translate("RegistrationPage", u"e.g. 2.500.000", None))
        self.employerCheck.setText(QCoreApplication.translate("RegistrationPage", u"Employs other workers (business owner)", None))
        self.governmentPaidCheck.setText(QCoreApplication.translate("RegistrationPage", u"Contributions paid by the government (APBN/APBD)", None))
        self.programmesLabel.setText(QCoreApplication.translate("RegistrationPage", u"Programmes", None))
        self.jkkCheck.setText(QCoreApplication.translate("RegistrationPage", u"JKK", None))
        self.jkmCheck.setText(QCoreApplication.translate("RegistrationPage", u"JKM", None))
        self.jhtCheck.setText(QCoreApplication.translate("RegistrationPage", u"&JHT (old-age savings)", None))
        self.monthsLabel.setText(QCoreApplication.translate("RegistrationPage", u"&Months paid now", None))
#if QT_CONFIG(accessibility)
        self.monthsCombo.setAccessibleName(QCoreApplication.translate("RegistrationPage", u"Months paid now", None))
#endif // QT_CONFIG(accessibility)
        self.cashLabel.setText(QCoreApplication.translate("RegistrationPage", u"&Cash paid (Rp)", None))
#if QT_CONFIG(accessibility)
        self.cashEdit.setAccessibleName(QCoreApplication.translate("RegistrationPage", u"Cash paid in rupiah", None))
#endif // QT_CONFIG(accessibility)
        self.cashEdit.setPlaceholderText(QCoreApplication.translate("RegistrationPage", u"empty: later", None))
#if QT_CONFIG(tooltip)
        self.cashEdit.setToolTip(QCoreApplication.translate("RegistrationPage", u"Leave it empty if the worker pays later.", None))
#endif // QT_CONFIG(tooltip)
        self.cashFillButton.setText(QCoreApplication.translate("RegistrationPage", u"= total", None))
#if QT_CONFIG(tooltip)
        self.cashFillButton.setToolTip(QCoreApplication.translate("RegistrationPage", u"Fill in the contribution total", None))
#endif // QT_CONFIG(tooltip)
        self.moneyLabel.setText(QCoreApplication.translate("RegistrationPage", u"Mone&y handed over (Rp)", None))
#if QT_CONFIG(accessibility)
        self.moneyEdit.setAccessibleName(QCoreApplication.translate("RegistrationPage", u"Money the worker handed over, in rupiah (not stored)", None))
#endif // QT_CONFIG(accessibility)
        self.moneyEdit.setPlaceholderText(QCoreApplication.translate("RegistrationPage", u"for the change", None))
        self.changeLabel.setText("")
        self.consentGroup.setTitle(QCoreApplication.translate("RegistrationPage", u"Consent", None))
        self.consentTextLabel.setText(QCoreApplication.translate("RegistrationPage", u"The worker agrees that BPJS Ketenagakerjaan processes these personal data to register them as a participant, to collect contributions and to pay benefits, as required by law (UU 27/2022 on personal data protection). The data are kept encrypted on this laptop until the branch has received them.", None))
        self.consentCheck.setText(QCoreApplication.translate("RegistrationPage", u"&The worker consents to this processing of their data", None))
        self.quoteGroup.setTitle(QCoreApplication.translate("RegistrationPage", u"Contribution (live)", None))
        self.bracketLabel.setText(QCoreApplication.translate("RegistrationPage", u"Bracket", None))
        self.baseLabel.setText(QCoreApplication.translate("RegistrationPage", u"Contribution base", None))
        self.ruleLabel.setText(QCoreApplication.translate("RegistrationPage", u"Rule version", None))
        ___qtablewidgetitem = self.quoteTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("RegistrationPage", u"From", None))
        ___qtablewidgetitem1 = self.quoteTable.horizontalHeaderItem(4)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("RegistrationPage", u"Relief", None))
        ___qtablewidgetitem2 = self.quoteTable.horizontalHeaderItem(5)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("RegistrationPage", u"Total", None))
#if QT_CONFIG(accessibility)
        self.quoteTable.setAccessibleName(QCoreApplication.translate("RegistrationPage", u"Contribution per month", None))
#endif // QT_CONFIG(accessibility)
        self.monthlyLabel.setText(QCoreApplication.translate("RegistrationPage", u"Per month (first month)", None))
        self.reliefLabel.setText(QCoreApplication.translate("RegistrationPage", u"Relief PP 50/2025 (included)", None))
        self.grandTotalLabel.setText(QCoreApplication.translate("RegistrationPage", u"Total to pay", None))
#if QT_CONFIG(accessibility)
        self.formMessageLabel.setAccessibleName(QCoreApplication.translate("RegistrationPage", u"Form message", None))
#endif // QT_CONFIG(accessibility)
        self.finaliseButton.setText(QCoreApplication.translate("RegistrationPage", u"&Finalise (Ctrl+S)", None))
        self.newButton.setText(QCoreApplication.translate("RegistrationPage", u"New (Ctrl+N)", None))
        self.draftsButton.setText(QCoreApplication.translate("RegistrationPage", u"Drafts\u2026", None))
        pass
    # retranslateUi

