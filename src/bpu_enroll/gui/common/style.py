"""Look of the app: a calm default, a high-contrast theme for sunlight, and larger text.

Labels and buttons carry a dynamic `role` property set in the `.ui` files (`title`, `muted`,
`error`, `success`, `alarm` (white on red), `banner` — a label, or a frame whose label is
`bannertext` —, `strong`, `primary`, `danger`, `card`, `nav`, and `pages`: the scroll area of a
document's pages, a Tab stop scrolled with the arrow keys, framed in the accent colour while it
has the keyboard as a table is); fields with a problem carry `invalid=true`. One style sheet
maps them to colours, so the themes differ only in their palette. The selected page of a
`nav` list is a light band with a bar in the accent colour, so the app's green icons stay
readable; while the list has the keyboard, a frame in the accent colour goes round its current
page (the list draws no focus rectangle of its own). A field, a list, a table or a text (a
review's details: a Tab stop, read with the arrow keys) is framed in the accent colour while it
has the keyboard.

A disabled `primary` or `danger` button loses its bold type as well as its colour. Qt's style
sheets take no font from a `:disabled` rule, so the rule selects on the `enabled` property
instead, and the look (`apply_look`) has the sheet look at such a button again each time it is
enabled or disabled, in either app, whichever window or dialog it is in. A button beside others
that must not move keeps its bold width while disabled (`keep_bold_width`). A button with the
keyboard keeps its size too: its wider frame takes its width from the padding. A spin box's up
and down buttons, and their arrows (`resources/icons/spin-*.svg`, grey when they cannot be
pressed), are as much larger as the text (Qt's own stayed 7 px beside 13-pt figures); so are
a combo box's drop-down button and arrow, and a date box's (its calendar popup's).

In high contrast every button has the 2-px black frame that marks the keyboard focus elsewhere,
and muted text is black: there the button with the keyboard is filled yellow, and a disabled
button has a dashed frame (the default theme looks as before). A selected row of a list or a
table, and selected text, is yellow on black there, as a focused button's colours turned round
(19.6:1; Qt's own blue with white text, which the default theme keeps, is about 3.6:1).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from bpu_enroll.paths import resource

BASE_POINT_SIZE = 10
LARGE_POINT_SIZE = 13
SPIN_ARROW_WIDTH = 16  # a spin box's up and down buttons in normal text; as much larger as the text


@dataclass(frozen=True, slots=True)
class Theme:
    """The colours one theme uses."""

    window: str
    text: str
    muted: str
    field: str
    border: str
    accent: str
    accent_text: str
    error: str
    success: str
    banner: str
    nav: str
    nav_selected: str  # the selected page of a nav list: light, so the green icons stay readable
    nav_selected_text: str
    focus_fill: str  # a push button with the keyboard: in high contrast its frame is every one's
    disabled_frame: str  # the border style of a disabled push button
    selection: str = ""  # a selected row or text: its background, "" for Qt's own
    selection_text: str = ""


DEFAULT_THEME = Theme(
    window="#f5f7f9", text="#1b1f23", muted="#4f5b66", field="#ffffff", border="#b8c2cc",
    accent="#0b6e4f", accent_text="#ffffff", error="#b00020", success="#0b6e4f",
    banner="#fff4d6", nav="#e6ecf0", nav_selected="#d4ebe1", nav_selected_text="#063d2c",
    focus_fill="#ffffff", disabled_frame="solid",
)  # fmt: skip
HIGH_CONTRAST_THEME = Theme(
    window="#ffffff", text="#000000", muted="#000000", field="#ffffff", border="#000000",
    accent="#000000", accent_text="#ffff00", error="#c00000", success="#005a00",
    banner="#ffff00", nav="#ffffff", nav_selected="#ffff00", nav_selected_text="#000000",
    focus_fill="#ffff00", disabled_frame="dashed", selection="#000000", selection_text="#ffff00",
)  # fmt: skip

_SHEET = """
QWidget {{ color: {t.text}; }}
QMainWindow, QDialog, QScrollArea > QWidget > QWidget, #LoginWindow, #FirstRunWindow,
QStackedWidget > QWidget {{ background: {t.window}; }}
QLineEdit, QPlainTextEdit, QTextBrowser, QComboBox, QSpinBox, QDateEdit, QTableView, QListView {{
    background: {t.field}; border: {bw}px solid {t.border}; border-radius: 3px; padding: 3px;
}}
QSpinBox, QDateEdit {{ padding-right: {arrows}px; }}
QSpinBox::up-button, QDateEdit::up-button {{ subcontrol-origin: border;
    subcontrol-position: top right; width: {arrow}px; }}
QSpinBox::down-button, QDateEdit::down-button {{ subcontrol-origin: border;
    subcontrol-position: bottom right; width: {arrow}px; }}
QSpinBox::up-arrow {{ image: url("{icons}/spin-up.svg"); width: {glyph}px; height: {glyph}px; }}
QSpinBox::down-arrow {{ image: url("{icons}/spin-down.svg"); width: {glyph}px;
    height: {glyph}px; }}
QSpinBox::up-arrow:disabled, QSpinBox::up-arrow:off {{ image: url("{icons}/spin-up-off.svg"); }}
QSpinBox::down-arrow:disabled, QSpinBox::down-arrow:off {{
    image: url("{icons}/spin-down-off.svg"); }}
QComboBox::drop-down, QDateEdit::drop-down {{ subcontrol-origin: padding;
    subcontrol-position: top right; width: {arrow}px; border: none; }}
QComboBox::down-arrow, QDateEdit::down-arrow {{ image: url("{icons}/spin-down.svg");
    width: {glyph}px; height: {glyph}px; }}
QComboBox::down-arrow:disabled, QDateEdit::down-arrow:disabled {{
    image: url("{icons}/spin-down-off.svg"); }}
QLineEdit:focus, QComboBox:focus, QPlainTextEdit:focus, QTextEdit:focus, QSpinBox:focus,
QDateEdit:focus {{
    border: 2px solid {t.accent};
}}
QLineEdit[ktp="unsure"], QComboBox[ktp="unsure"] {{ background: {t.banner}; }}
QLineEdit[ktp="sure"], QComboBox[ktp="sure"] {{ border-left: 4px solid {t.accent}; }}
QLineEdit[invalid="true"], QComboBox[invalid="true"], QCheckBox[invalid="true"] {{
    border: 2px solid {t.error};
}}
QGroupBox {{ font-weight: bold; border: {bw}px solid {t.border}; border-radius: 4px;
    margin-top: 1.2em; padding-top: 0.4em; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 8px; padding: 0 4px; }}
QLabel[role="title"] {{ font-size: {title}pt; font-weight: bold; }}
QLabel[role="muted"] {{ color: {t.muted}; }}
QLabel[role="error"], QLabel[role="fielderror"] {{ color: {t.error}; font-weight: bold; }}
QLabel[role="warning"] {{ color: {t.text}; background: {t.banner}; padding: 2px; }}
QLabel[role="success"] {{ color: {t.success}; font-weight: bold; }}
QLabel[role="alarm"] {{ color: #ffffff; background: {t.error}; padding: 8px 12px;
    font-weight: bold; }}
QFrame[role="banner"] {{ background: {t.banner}; border: none;
    border-bottom: {bw}px solid {t.border}; }}
QLabel[role="banner"] {{ background: {t.banner}; padding: 4px 8px; border-radius: 3px;
    border: none; }}
QLabel[role="bannertext"] {{ color: {t.text}; background: transparent; font-weight: bold; }}
QLabel[role="strong"] {{ font-weight: bold; font-size: {strong}pt; }}
QPushButton {{ padding: 5px 12px; border: {bw}px solid {t.border}; border-radius: 3px;
    background: {t.field}; }}
QPushButton:focus {{ border: 2px solid {t.accent}; background: {t.focus_fill};
    padding: {fp[0]}px {fp[1]}px; }}
QPushButton[role="primary"] {{ background: {t.accent}; color: {t.accent_text}; font-weight: bold;
    padding: 8px 12px; }}
QPushButton[role="primary"]:focus {{ background: {t.field}; color: {t.accent};
    border: 3px solid {t.accent}; padding: {pp[0]}px {pp[1]}px; }}
QPushButton[role="danger"] {{ color: {t.error}; font-weight: bold; }}
QPushButton[role="primary"][enabled="false"], QPushButton[role="danger"][enabled="false"] {{
    font-weight: normal; }}
QPushButton:disabled {{ color: {t.muted}; border-style: {t.disabled_frame}; }}
QPushButton[role="primary"]:disabled {{ background: {t.nav}; color: {t.muted}; }}
QFrame[role="card"] {{ background: {t.field}; border: {bw}px solid {t.border};
    border-radius: 6px; }}
QTableView:focus, QListView:focus {{ border: 2px solid {t.accent}; }}
QScrollArea[role="pages"] {{ border: 1px solid {t.border}; padding: 1px; }}
QScrollArea[role="pages"]:focus {{ border: 2px solid {t.accent}; padding: 0; }}
QListWidget[role="nav"] {{ background: {t.nav}; border: none; border-right: {bw}px solid {t.border};
    padding-top: 8px; outline: 0; }}
QListWidget[role="nav"]::item {{ padding: 8px 6px 8px 4px; border: 2px solid transparent;
    border-left: 4px solid transparent; }}
QListWidget[role="nav"]::item:selected {{ background: {t.nav_selected};
    color: {t.nav_selected_text}; border-left: 4px solid {t.accent}; }}
QListWidget[role="nav"]::item:focus {{ border: 2px solid {t.accent};
    border-left: 4px solid {t.accent}; }}
BarChart {{ qproperty-barColor: {t.accent}; }}
QStatusBar QLabel {{ padding: 0 8px; }}
"""
# Only a theme that names its selection colours sets them: the default keeps Qt's.
_SELECTION = """
QAbstractItemView, QLineEdit, QPlainTextEdit, QTextEdit {{
    selection-background-color: {t.selection}; selection-color: {t.selection_text}; }}
"""


def style_sheet(*, high_contrast: bool, large_font: bool) -> str:
    """The app-wide style sheet for the chosen options."""
    theme = HIGH_CONTRAST_THEME if high_contrast else DEFAULT_THEME
    size = LARGE_POINT_SIZE if large_font else BASE_POINT_SIZE
    bw = 2 if high_contrast else 1
    # A button with the keyboard has a wider frame, and that much less padding: it keeps its
    # size (a focused "Sinkronkan" grew 4 px and the buttons beside it moved down 2 px).
    focus_padding, primary_padding = (5 - (2 - bw), 12 - (2 - bw)), (8 - (3 - bw), 12 - (3 - bw))
    arrow = round(SPIN_ARROW_WIDTH * size / BASE_POINT_SIZE)  # grows with the text
    sheet = _SHEET.format(
        t=theme, bw=bw, title=size + 6, strong=size + 2, fp=focus_padding, pp=primary_padding,
        arrow=arrow, arrows=arrow + 2, glyph=round(arrow / 2), icons=resource("icons").as_posix(),
    )  # fmt: skip
    if theme.selection:
        sheet += _SELECTION.format(t=theme)
    return sheet


def apply_look(app: QApplication, *, high_contrast: bool, large_font: bool) -> None:
    """Apply the theme and font size to the whole application, open windows included."""
    font = QFont(app.font())
    font.setPointSize(LARGE_POINT_SIZE if large_font else BASE_POINT_SIZE)
    app.setFont(font)
    # Qt posts the new font to the open windows, which pass it on to their widgets. A widget made
    # before the app had a style sheet no longer takes it from its window once a style sheet is
    # set; it takes its parent's font when the new sheet polishes it. So the windows get the new
    # font now, before the sheet, not after it (the tally's chart, labels and tables kept the old
    # size when the look was first applied with the window open).
    QCoreApplication.sendPostedEvents(None, QEvent.Type.ApplicationFontChange)
    app.setStyleSheet(style_sheet(high_contrast=high_contrast, large_font=large_font))
    if app.findChild(_EnabledWatcher) is None:  # once, however often the look changes
        app.installEventFilter(_EnabledWatcher(app))


def set_role(widget: QWidget, role: str) -> None:
    """Change a widget's `role` and make the style sheet look at it again."""
    widget.setProperty("role", role)
    repolish(widget)


def repolish(widget: QWidget) -> None:
    """Re-apply the style sheet after a dynamic property changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


BOLD_ROLES = frozenset({"primary", "danger"})  # buttons whose type is bold only while enabled


def keep_bold_width(button: QPushButton) -> None:
    """Keep `button` (of a `BOLD_ROLES` role) as wide while disabled as while enabled: its
    type is bold only while enabled, and the narrower disabled button moved the buttons beside
    it (the Sync page's moved 19 px to the left while a sync ran). Its least width follows its
    font and look; a page that changes its text calls `fit_bold_width` after."""
    if button.findChild(_BoldWidth) is None:
        button.installEventFilter(_BoldWidth(button))
    fit_bold_width(button)


def fit_bold_width(button: QPushButton) -> None:
    """`button`'s least width: its width with its text in bold (see `keep_bold_width`)."""
    font = button.font()
    extra = 0
    if not font.bold():
        bold = QFont(font)
        bold.setBold(True)
        shown, text = Qt.TextFlag.TextShowMnemonic, button.text()  # measured as Qt's hint is
        extra = (
            QFontMetrics(bold).size(shown, text).width()
            - QFontMetrics(font).size(shown, text).width()
        )
    button.setMinimumWidth(button.sizeHint().width() + max(extra, 0))


class _BoldWidth(QObject):
    """Fits its button's least width again whenever its font, look or state changes."""

    EVENTS = frozenset(
        {
            QEvent.Type.EnabledChange,
            QEvent.Type.FontChange,
            QEvent.Type.StyleChange,
            QEvent.Type.LanguageChange,
            QEvent.Type.Polish,
        }
    )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """After the app's `_EnabledWatcher` (an app-wide filter runs first) repolished it; and
        again once the event is handled: a button fitted before it was first shown measured its
        bold size hint with its font not yet bold, 12 px too wide until its first disabling,
        and the buttons beside it moved then (the USB dialog's "Tulis berkas…")."""
        if event.type() in self.EVENTS and isinstance(watched, QPushButton):
            fit_bold_width(watched)
            QTimer.singleShot(0, watched, partial(fit_bold_width, watched))
        return False


class _EnabledWatcher(QObject):
    """Re-polishes a button of a `BOLD_ROLES` role whenever it is enabled or disabled (the
    primary buttons stayed bold while disabled: Cetak…, Sinkronkan, Masuk still looked
    pressable). Watches the whole app: about a microsecond an event."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """On `EnabledChange`, the style sheet's `[enabled=...]` rules are applied again."""
        if (
            event.type() == QEvent.Type.EnabledChange
            and isinstance(watched, QWidget)
            and watched.property("role") in BOLD_ROLES
        ):
            repolish(watched)
        return False
