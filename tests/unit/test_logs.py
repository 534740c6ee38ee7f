"""The app's logging: rotating files, NIK and phone numbers masked, crash reports without data."""

from __future__ import annotations

import io
import json
import logging
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from platformdirs import user_log_dir

from bpu_enroll import __version__, logs
from bpu_enroll.services import profile

NIK = "3201011708920001"
PHONE = "081234567801"


@pytest.fixture
def restore_logging() -> Iterator[None]:
    """Leave the root logger and the exception hooks as the test found them."""
    root = logging.getLogger()
    level = root.level
    excepthook, thread_hook = sys.excepthook, threading.excepthook
    yield
    logs.remove_log_handlers()
    root.setLevel(level)
    logging.captureWarnings(False)
    sys.excepthook, threading.excepthook = excepthook, thread_hook


# --- redaction -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"nik {NIK} ok", "nik 3201********0001 ok"),
        (f"nik={NIK}", "nik=3201********0001"),
        ("kk 3201 0117 0892 0001", "kk 3201********0001"),
        ("kk 320101-170892-0001", "kk 3201********0001"),
        ("kk 32.01.01.170892.0001", "kk 3201********0001"),
        ("run 12345678901234567890", "run ********************"),
        ("hp +62 812-3456-7890", "hp [PHONE]"),
        (f"hp {PHONE}.", "hp [PHONE]."),
        ("hp 6281234567801", "hp [PHONE]"),
        ("hp 81234567801", "hp [PHONE]"),
        ("hp 0812 3456 7801", "hp [PHONE]"),
        ("tel (021) 555-1234", "tel ([PHONE]"),
        ("to=+6281234567801;", "to=[PHONE];"),
    ],
)
def test_redact_masks_nik_and_phone_numbers(text: str, expected: str) -> None:
    assert logs.redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "receipt DEMO-D0001-20260317-00001 printed",
        "at 2026-03-17 08:15:00,123 in 0.0123456789 s",
        "record 3f2b8c1e-1234-4a5b-9c8d-0123456789ab",
        "1000000 records, Rp1.500.000, port 8750, pid 12345, version 0.1.0",
    ],
)
def test_redact_leaves_receipts_dates_ids_and_counts_alone(text: str) -> None:
    assert logs.redact(text) == text


@given(
    prefix=st.text(alphabet="abc =:;,-", max_size=8),
    nik=st.from_regex(r"\A[1-9][0-9]{15}\Z"),
    suffix=st.text(alphabet="xyz .;", max_size=8),
)
def test_no_sixteen_digit_run_survives(prefix: str, nik: str, suffix: str) -> None:
    out = logs.redact(prefix + nik + suffix)
    assert nik not in out
    assert nik[4:12] not in out


@given(
    start=st.sampled_from(["08", "+628", "628", "+62 8", "8"]),
    rest=st.from_regex(r"\A[0-9]{9,10}\Z"),
    around=st.sampled_from([("", ""), ("hp ", "."), ("(", ")"), ("nomor: ", " ok")]),
)
def test_no_mobile_number_survives(start: str, rest: str, around: tuple[str, str]) -> None:
    text = around[0] + start + rest + around[1]
    out = logs.redact(text)
    assert rest not in out
    assert "[PHONE]" in out


# --- log files -------------------------------------------------------------------------------


def test_default_log_dir_is_the_platform_user_log_dir(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(logs.LOG_DIR_ENV, raising=False)
    assert logs.default_log_dir() == Path(user_log_dir("bpu-enroll", "BPJS Ketenagakerjaan"))
    assert (logs.APP_NAME, logs.APP_AUTHOR) == (profile.APP_NAME, profile.APP_AUTHOR)


def test_default_log_dir_honours_the_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(logs.LOG_DIR_ENV, str(tmp_path / "support"))
    assert logs.default_log_dir() == tmp_path / "support"


@pytest.mark.usefixtures("restore_logging")
def test_log_file_holds_no_nik_or_phone(tmp_path: Path) -> None:
    path = logs.setup_logging(tmp_path / "logs")
    assert path == tmp_path / "logs" / logs.LOG_FILE_NAME
    log = logging.getLogger("bpu_enroll.test")
    log.info("registered nik %s phone %s", NIK, PHONE)
    try:
        raise ValueError(f"bad row {NIK} / {PHONE}")
    except ValueError:
        log.exception("saving failed for %s", NIK)
    logs.remove_log_handlers()
    text = path.read_text(encoding="utf-8")
    assert "registered nik 3201********0001 phone [PHONE]" in text
    assert "ValueError (message left out)" in text
    assert "bad row" not in text
    assert NIK not in text
    assert PHONE not in text


def test_a_logged_exception_is_its_type_and_frames_on_every_handler() -> None:
    """A name or a street in an exception's message (or its cause's) is nothing a pattern
    masks: every handler with the filter writes the types and frames only, whatever its
    formatter, and the record's own text made by a handler before is replaced too."""
    streams = [io.StringIO(), io.StringIO()]
    log = logging.getLogger("bpu_enroll.test.safe")
    log.propagate = False
    unfiltered = logging.StreamHandler(io.StringIO())  # first: it caches the whole text
    handlers = [logging.StreamHandler(stream) for stream in streams]
    handlers[1].setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    for handler in handlers:
        handler.addFilter(logs.RedactingFilter())
    handlers.insert(0, unfiltered)
    for handler in handlers:
        log.addHandler(handler)
    try:
        try:
            {"Siti Aminah": 1}["Jl. Melati No. 7"]
        except KeyError as exc:
            raise ValueError("Siti Aminah, Jl. Melati No. 7", NIK) from exc
    except ValueError:
        log.exception("export failed")
    finally:
        for handler in handlers:
            log.removeHandler(handler)
    for stream in streams:
        text = stream.getvalue()
        for unwanted in ("Siti", "Melati", NIK, "3201********0001", "raise ValueError"):
            assert unwanted not in text, text
        assert "export failed" in text
        assert "KeyError (message left out)" in text
        assert "ValueError (message left out)" in text
        assert "direct cause" in text
        assert 'test_logs.py", line ' in text, text
        assert "in test_a_logged_exception_is_its_type_and_frames_on_every_handler" in text


@pytest.mark.usefixtures("restore_logging")
def test_setting_up_twice_keeps_one_file_handler(tmp_path: Path) -> None:
    logs.setup_logging(tmp_path)
    logs.setup_logging(tmp_path)
    ours = [h for h in logging.getLogger().handlers if getattr(h, "_bpu_enroll_handler", False)]
    assert len(ours) == 1


@pytest.mark.usefixtures("restore_logging")
def test_log_files_rotate(tmp_path: Path) -> None:
    path = logs.setup_logging(tmp_path, max_bytes=2_000, backup_count=2)
    assert path is not None
    log = logging.getLogger("bpu_enroll.test")
    for index in range(200):
        log.info("line %d of the rotation test", index)
    logs.remove_log_handlers()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["bpu-enroll.log", "bpu-enroll.log.1", "bpu-enroll.log.2"]
    assert all(p.stat().st_size <= 2_000 for p in tmp_path.iterdir())
    assert "line 199 of the rotation test" in path.read_text(encoding="utf-8")


@pytest.mark.usefixtures("restore_logging")
def test_an_unwritable_log_folder_falls_back_to_stderr(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    assert logs.setup_logging(blocker / "logs") is None
    ours = [h for h in logging.getLogger().handlers if getattr(h, "_bpu_enroll_handler", False)]
    assert [type(h) for h in ours] == [logging.StreamHandler]


# --- crash reports ---------------------------------------------------------------------------

CRASHING_APP = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from bpu_enroll import logs

    logs.install_crash_handler(lambda path: print("REPORT", path), log_dir=Path(sys.argv[1]))

    def save_worker(row):
        secret_local = "LOCAL-" + row["nik"]
        raise ValueError("cannot save " + row["nik"] + " " + row["phone"] + " SECRET-MESSAGE")

    def finalise():
        try:
            save_worker({"nik": sys.argv[2], "phone": sys.argv[3]})
        except ValueError as exc:
            raise RuntimeError("finalise failed") from exc

    finalise()
    """
)


def test_an_uncaught_exception_writes_a_report_without_personal_data(tmp_path: Path) -> None:
    folder = tmp_path / "logs"
    result = subprocess.run(
        [sys.executable, "-c", CRASHING_APP, str(folder), NIK, PHONE],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1
    reports = list(folder.glob("crash-*.txt"))
    assert len(reports) == 1
    assert f"REPORT {reports[0]}" in result.stdout
    assert "crash report" in result.stderr
    text = reports[0].read_text(encoding="utf-8")
    assert f"version: {__version__}" in text
    assert "platform: " in text
    assert "exception: ValueError" in text
    assert "exception: RuntimeError" in text
    assert "direct cause" in text
    assert text.index("exception: ValueError") < text.index("exception: RuntimeError")
    assert "in save_worker" in text
    assert "in finalise" in text
    for private in (NIK, PHONE, "SECRET-MESSAGE", "finalise failed", "LOCAL-"):
        assert private not in text
    for private in (NIK, PHONE, "SECRET-MESSAGE"):
        assert private not in result.stderr


@pytest.mark.usefixtures("restore_logging")
def test_a_dying_thread_writes_a_report_and_calls_back(tmp_path: Path) -> None:
    seen: list[Path] = []
    logs.install_crash_handler(seen.append, log_dir=tmp_path)

    def work() -> None:
        raise KeyError(NIK)

    thread = threading.Thread(target=work, name="sync-worker")
    thread.start()
    thread.join()
    assert len(seen) == 1
    assert seen[0].parent == tmp_path
    text = seen[0].read_text(encoding="utf-8")
    assert "thread: sync-worker" in text
    assert "exception: KeyError" in text
    assert NIK not in text


def test_report_paths_leave_out_the_folders_above_the_code() -> None:
    try:
        json.loads("{not json")
    except json.JSONDecodeError as exc:
        text = logs.crash_report_text(type(exc), exc, exc.__traceback__)
    assert "exception: json.decoder.JSONDecodeError" in text
    assert 'File "test_logs.py", line' in text
    assert 'File "decoder.py", line' in text
    assert str(Path(__file__).parent) not in text
    assert str(Path(json.__file__).parent) not in text


def test_a_failing_callback_does_not_hide_the_report(tmp_path: Path) -> None:
    def broken(_path: Path) -> None:
        raise OSError("the folder viewer is missing")

    reporter = logs.CrashReporter(tmp_path, broken)
    try:
        raise TypeError(PHONE)
    except TypeError as exc:
        reporter(type(exc), exc, exc.__traceback__)
    reports = list(tmp_path.glob("crash-*.txt"))
    assert len(reports) == 1
    assert PHONE not in reports[0].read_text(encoding="utf-8")
