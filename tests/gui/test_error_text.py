"""An unexpected failure in a background task is told to the user in words (never a trace) and
logged with its type and frames: once, however often a window says it again (a language switch
repeats the last message, and the log read it as a second incident)."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtWidgets import QApplication

from bpu_enroll.gui.common.feedback import error_text


def test_an_unexpected_failure_said_again_is_logged_once(
    qapp: QApplication, caplog: pytest.LogCaptureFixture
) -> None:
    try:
        raise KeyError("hidden")  # as a task's worker raises it
    except KeyError as exc:
        failure = exc
    caplog.set_level(logging.ERROR)
    first = error_text(failure, "en")
    again = error_text(failure, "id")
    assert first == again == "Something went wrong (KeyError). Nothing was lost; try again."
    logged = [r for r in caplog.records if "unexpected error" in r.getMessage()]
    assert len(logged) == 1 and logged[0].exc_info is not None
    other = error_text(ValueError("another"), "en")  # another failure is logged in its turn
    assert "ValueError" in other
    assert len([r for r in caplog.records if "unexpected error" in r.getMessage()]) == 2
