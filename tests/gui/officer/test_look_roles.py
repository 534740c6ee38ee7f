"""The look of a few roles, drawn with the real style sheet in both themes: the selected page of a
nav list keeps its green icon readable, a banner bar has the warning background, the bar
chart gives a "Name (username)" label its whole width or elides it in the middle, a table or list
with the keyboard focus is framed in the accent colour (the nav list keeps its own look), and a
disabled primary button stays readable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from bpu_enroll.gui.common import icons
from bpu_enroll.gui.common.bar_chart import LABEL_SHARE, BarChart
from bpu_enroll.gui.common.style import DEFAULT_THEME, HIGH_CONTRAST_THEME, style_sheet


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _pixels(image: QImage, rect: QRect) -> list[QColor]:
    ratio = image.devicePixelRatio()
    return [
        image.pixelColor(int(x * ratio), int(y * ratio))
        for x in range(rect.left(), rect.left() + rect.width())
        for y in range(rect.top(), rect.top() + rect.height())
    ]


@pytest.mark.parametrize("high_contrast", [False, True])
def test_the_selected_nav_icon_stands_out_from_its_highlight(
    qtbot: QtBot, high_contrast: bool
) -> None:
    nav = QListWidget()
    qtbot.addWidget(nav)
    nav.setProperty("role", "nav")
    nav.setStyleSheet(style_sheet(high_contrast=high_contrast, large_font=False))
    nav.resize(220, 300)
    for name in (icons.SYNC, icons.REGISTRATIONS, icons.TALLY):
        nav.addItem(QListWidgetItem(icons.icon(name), ""))  # no text: only the icon is drawn
    nav.setIconSize(QSize(24, 24))
    nav.setCurrentRow(0)
    nav.show()
    qtbot.waitExposed(nav)
    image = nav.viewport().grab().toImage()
    item = nav.visualItemRect(nav.item(0))
    background = _pixels(image, QRect(item.right() - 12, item.center().y(), 4, 1))[0]
    theme = HIGH_CONTRAST_THEME if high_contrast else DEFAULT_THEME
    assert background == QColor(theme.nav_selected)
    # Right of the accent bar on the left edge: the icon's own pixels.
    icon_area = QRect(item.left() + 8, item.top(), 60, item.height())
    best = max(contrast(pixel, background) for pixel in _pixels(image, icon_area))
    assert best >= 3.0
    assert contrast(QColor(theme.nav_selected_text), QColor(theme.nav_selected)) >= 4.5


@pytest.mark.parametrize("high_contrast", [False, True])
def test_a_banner_bar_has_the_warning_background_and_readable_text(
    qtbot: QtBot, high_contrast: bool
) -> None:
    banner = QFrame()
    qtbot.addWidget(banner)
    banner.setProperty("role", "banner")
    label = QLabel("Branch server unreachable")
    label.setProperty("role", "bannertext")
    QHBoxLayout(banner).addWidget(label)
    banner.setStyleSheet(style_sheet(high_contrast=high_contrast, large_font=False))
    banner.resize(400, 50)
    banner.show()
    qtbot.waitExposed(banner)
    theme = HIGH_CONTRAST_THEME if high_contrast else DEFAULT_THEME
    image = banner.grab().toImage()
    assert _pixels(image, QRect(396, 10, 1, 1))[0] == QColor(theme.banner)
    text = label.palette().color(label.foregroundRole())
    assert text == QColor(theme.text)
    assert contrast(text, QColor(theme.banner)) >= 4.5


def test_the_chart_shows_a_name_and_username_whole_wraps_then_elides_in_the_middle(
    qtbot: QtBot,
) -> None:
    chart = BarChart()
    qtbot.addWidget(chart)
    labels = ["Siti Nurhaliza (siti)", "Andi Firmansyah (andi)", "Budi Hartono (budi)"]
    chart.set_bars([(label, 13 - index) for index, label in enumerate(labels)])
    chart.resize(600, 120)
    assert chart.label_texts() == labels
    widest = max(chart.fontMetrics().horizontalAdvance(label) for label in labels)
    assert chart.label_width() >= widest
    assert chart.bar_rects()[0].left() > chart.label_width()

    metrics = chart.fontMetrics()
    width = int((metrics.horizontalAdvance("Andi Firmansyah") + 2) / LABEL_SHARE)
    chart.resize(width, 120)
    assert chart.label_width() <= width * LABEL_SHARE
    assert chart.label_texts()[1] == "Andi Firmansyah\n(andi)"  # a second line, nothing lost

    chart.resize(int(metrics.horizontalAdvance("Firmansyah") / LABEL_SHARE), 120)
    andi = chart.label_texts()[1]
    assert "…" in andi and andi.count("\n") == 1
    assert andi.startswith("And") and andi.endswith("i)")  # the middle is what goes


@pytest.mark.parametrize("high_contrast", [False, True])
def test_an_alarm_label_is_white_on_red_and_readable(qtbot: QtBot, high_contrast: bool) -> None:
    label = QLabel("Laptop ini sudah dicabut oleh kantor cabang")
    qtbot.addWidget(label)
    label.setProperty("role", "alarm")
    label.setStyleSheet(style_sheet(high_contrast=high_contrast, large_font=False))
    label.resize(500, 40)
    label.show()
    qtbot.waitExposed(label)
    theme = HIGH_CONTRAST_THEME if high_contrast else DEFAULT_THEME
    image = label.grab().toImage()
    background = _pixels(image, QRect(496, 2, 1, 1))[0]
    assert background == QColor(theme.error)
    text = label.palette().color(label.foregroundRole())
    assert text == QColor("#ffffff")
    assert contrast(text, background) >= 4.5


def _focused_left_edge(qtbot: QtBot, view: QWidget, high_contrast: bool) -> QColor:
    """The colour of `view`'s left edge while it has the keyboard focus."""
    qtbot.addWidget(view)
    view.setStyleSheet(style_sheet(high_contrast=high_contrast, large_font=False))
    view.resize(300, 200)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    return _pixels(view.grab().toImage(), QRect(0, 100, 1, 1))[0]


@pytest.mark.parametrize("high_contrast", [False, True])
def test_a_focused_table_or_list_is_framed_but_the_nav_list_keeps_its_look(
    qtbot: QtBot, high_contrast: bool
) -> None:
    theme = HIGH_CONTRAST_THEME if high_contrast else DEFAULT_THEME
    assert _focused_left_edge(qtbot, QTableWidget(3, 3), high_contrast) == QColor(theme.accent)
    assert _focused_left_edge(qtbot, QListWidget(), high_contrast) == QColor(theme.accent)
    nav = QListWidget()
    nav.setProperty("role", "nav")
    assert _focused_left_edge(qtbot, nav, high_contrast) == QColor(theme.nav)


@pytest.mark.parametrize("high_contrast", [False, True])
def test_a_disabled_primary_button_is_light_with_readable_text(
    qtbot: QtBot, high_contrast: bool
) -> None:
    button = QPushButton("Sinkronkan sekarang")
    qtbot.addWidget(button)
    button.setProperty("role", "primary")
    button.setEnabled(False)
    button.setStyleSheet(style_sheet(high_contrast=high_contrast, large_font=False))
    button.resize(240, 40)
    button.show()
    qtbot.waitExposed(button)
    theme = HIGH_CONTRAST_THEME if high_contrast else DEFAULT_THEME
    background = _pixels(button.grab().toImage(), QRect(6, 20, 1, 1))[0]
    assert background == QColor(theme.nav)
    text = button.palette().color(button.foregroundRole())
    assert text == QColor(theme.muted)
    assert contrast(text, background) >= 4.5


@pytest.mark.parametrize("high_contrast", [False, True])
def test_a_button_with_the_keyboard_and_a_disabled_button_look_different(
    qtbot: QtBot, high_contrast: bool
) -> None:
    """In high contrast every button had a 2-px black frame, the focus frame was the same 2-px
    black, and a disabled button's text stayed black: an officer on the keyboard could not see
    which button Enter or Space would press (Capture or Cancel in the KTP camera dialog, Sign
    out or Unlock on the lock screen), nor that "Delete old drafts…" or "Sync now" could not be
    pressed. The button with the keyboard is filled, a disabled one has a dashed frame."""
    window = QWidget()
    qtbot.addWidget(window)
    window.setStyleSheet(style_sheet(high_contrast=high_contrast, large_font=False))
    layout = QHBoxLayout(window)
    focused, plain, disabled = (QPushButton("Batal") for _ in range(3))
    for button in (focused, plain, disabled):
        layout.addWidget(button)
    disabled.setEnabled(False)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    focused.setFocus()
    qtbot.waitUntil(focused.hasFocus)
    look = {name: b.grab().toImage() for name, b in (("focused", focused), ("plain", plain))}
    look["disabled"] = disabled.grab().toImage()
    assert look["focused"] != look["plain"]
    assert look["disabled"] != look["plain"]
