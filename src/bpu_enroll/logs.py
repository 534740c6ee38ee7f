"""Logging of the desktop app: rotating files in the user's log folder, never a NIK or a phone
number in them, and crash reports without personal data.

- `setup_logging()` sends every record of the root logger to `bpu-enroll.log` in
  `default_log_dir()` (platformdirs' user log folder, or `BPU_ENROLL_LOG_DIR`), rotating at 1 MB
  and keeping five old files. Never next to the executable.
- `RedactingFilter` sits on every handler set up here (and on every handler of the branch
  server). It masks any run of 16 digits (a NIK or a KK number, also written in groups) with
  `formatting.mask_nik`, and replaces phone-like numbers (`+62 812-…`, `0812…`, `62812…`,
  `(021) 555-…`) with `[PHONE]`, in the message, its arguments and any stack text. A logged
  exception is written as `safe_traceback` writes it: its type and its frames (file, line,
  function), never its message or arguments (a name, a street, a clerk's note: nothing a
  masking pattern finds) nor a value of a variable.
- `install_crash_handler(on_crash)` catches what nothing else caught (main thread, other threads)
  and writes `crash-<time>-<pid>.txt` into the log folder: the exception's type, the traceback
  as file, line and function, the app version and the platform. The exception's message and the
  frames' local variables are left out: either may hold a worker's data. Then `on_crash(path)`
  is called (possibly from a worker thread: a GUI must hand it to its own thread).
"""

from __future__ import annotations

import logging
import os
import platform
import re
import sys
import threading
import traceback
from collections.abc import Callable
from datetime import UTC, datetime
from logging.handlers import RotatingFileHandler
from pathlib import Path, PurePath
from types import TracebackType

from platformdirs import user_log_dir

from bpu_enroll import __version__
from bpu_enroll.domain.formatting import mask_nik_like

APP_NAME = "bpu-enroll"  # the same names as services.profile, so data and logs sit together
APP_AUTHOR = "BPJS Ketenagakerjaan"
LOG_DIR_ENV = "BPU_ENROLL_LOG_DIR"
LOG_FILE_NAME = "bpu-enroll.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
CRASH_PREFIX = "crash-"
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"
PHONE_MASK = "[PHONE]"

# A phone number, standing as a word of its own: international (+cc), Indonesian without the
# plus (62…), national (0…), or a mobile number without its 0 (8…); then 7 to 13 more digits,
# in groups if need be. Not a decimal fraction (`0.0123456789`), not part of a UUID or hash.
_PHONE = re.compile(
    r"(?<![\w+])(?<!\d[.,])(?:\+\d{1,3}[\s.\-()]{0,2}|62|0(?=\d)|8)"  # the prefix
    r"\d(?:[\s.\-()]{0,2}\d){6,12}(?!\w)"  # the rest
)
_MARK = "_bpu_enroll_handler"


def redact(text: str) -> str:
    """`text` with NIK-like digit runs masked and phone-like numbers replaced."""
    return _PHONE.sub(PHONE_MASK, mask_nik_like(text))


class RedactingFilter(logging.Filter):
    """Masks NIK and phone numbers in a record before any handler writes it."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Rewrite the record in place; never drops one."""
        try:
            message = record.getMessage()
        except (TypeError, ValueError):  # arguments that do not fit the format
            message = f"{record.msg} {record.args!r}"
        record.msg, record.args = redact(message), None
        if record.exc_info and record.exc_info[0] is not None:
            # Written here, in place of the formatter's text (which would hold the message), so
            # every handler writes this one.
            record.exc_text = safe_traceback(*record.exc_info)
        elif record.exc_text:  # a text without its exception: its message cannot be told apart
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


def default_log_dir() -> Path:
    """`BPU_ENROLL_LOG_DIR` when set, else the platform's user log folder for the app."""
    override = os.environ.get(LOG_DIR_ENV, "").strip()
    if override:
        return Path(override).expanduser()
    return Path(user_log_dir(APP_NAME, APP_AUTHOR))


def setup_logging(
    log_dir: Path | None = None,
    *,
    level: int = logging.INFO,
    console: bool = False,
    max_bytes: int = MAX_BYTES,
    backup_count: int = BACKUP_COUNT,
) -> Path | None:
    """Log to a rotating file (and to stderr with `console`); returns the file, None if the
    folder cannot be written (then warnings go to stderr only). Calling it again replaces the
    handlers it made before."""
    remove_log_handlers()
    root = logging.getLogger()
    root.setLevel(level)
    logging.captureWarnings(True)
    folder = log_dir or default_log_dir()
    path: Path | None = folder / LOG_FILE_NAME
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(
            folder / LOG_FILE_NAME, maxBytes=max_bytes, backupCount=backup_count, encoding="utf-8"
        )
    except OSError:
        path, console = None, True
    else:
        _add_handler(root, handler, level)
    if console:
        _add_handler(root, logging.StreamHandler(sys.stderr), logging.WARNING)
    return path


def remove_log_handlers() -> None:
    """Detach and close the handlers `setup_logging` added (others are left alone)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, _MARK, False):
            root.removeHandler(handler)
            handler.close()


def _add_handler(root: logging.Logger, handler: logging.Handler, level: int) -> None:
    handler.setLevel(level)
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    handler.addFilter(RedactingFilter())
    setattr(handler, _MARK, True)
    root.addHandler(handler)


def crash_report_text(
    exc_type: type[BaseException],
    exc: BaseException | None,
    tb: TracebackType | None,
    *,
    thread_name: str | None = None,
) -> str:
    """The crash report: type, frames (file, line, function, code), version, platform."""
    lines = [
        "BPU Enroll crash report",
        f"time: {datetime.now(UTC).strftime('%Y-%m-%dT%H:%M:%SZ')}",
        f"version: {__version__}",
        f"python: {platform.python_implementation()} {platform.python_version()}",
        f"platform: {platform.platform()}",
        f"frozen: {'yes' if getattr(sys, 'frozen', False) else 'no'}",
        f"thread: {thread_name or threading.current_thread().name}",
        "",
    ]
    for kind, link_tb, how in _exception_chain(exc_type, exc, tb):
        if how:
            lines += ["", how, ""]
        lines.append(f"exception: {_qualified_name(kind)}")
        lines.append("Traceback (most recent call last):")
        for frame in traceback.extract_tb(link_tb):
            lines.append(
                f'  File "{_short_path(frame.filename)}", line {frame.lineno}, in {frame.name}'
            )
            if frame.line:
                lines.append(f"    {frame.line.strip()}")
    lines += [
        "",
        "The exception's message and the values of variables are left out on purpose:",
        "they may hold a worker's personal data.",
    ]
    return redact("\n".join(lines)) + "\n"


def safe_traceback(
    exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None
) -> str:
    """A traceback as a log may keep it: each exception of the chain by its type, with its
    frames as file (from the package or `site-packages` on), line and function. No message, no
    arguments, no source line, no variable: a worker's name or address in any of them is
    nothing a masking pattern could find."""
    lines: list[str] = []
    for kind, link_tb, how in _exception_chain(exc_type, exc, tb):
        if how:
            lines += ["", how, ""]
        lines.append("Traceback (most recent call last):")
        lines += [
            f'  File "{_short_path(f.filename)}", line {f.lineno}, in {f.name}'
            for f in traceback.extract_tb(link_tb)
        ]
        lines.append(f"{_qualified_name(kind)} (message left out)")
    return redact("\n".join(lines))


def exception_name(exc: BaseException) -> str:
    """An exception's type as a log names it (`ValueError`, `sqlalchemy.exc.NoResultFound`)."""
    return _qualified_name(type(exc))


_CAUSE = "The above exception was the direct cause of the following exception:"
_CONTEXT = "During handling of the above exception, another exception occurred:"


def _exception_chain(
    exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None
) -> list[tuple[type[BaseException], TracebackType | None, str]]:
    """The exception and its causes, oldest first as Python prints them, each with the words
    that lead into it."""
    links: list[tuple[type[BaseException], TracebackType | None]] = [(exc_type, tb)]
    hows: list[str] = []  # hows[i] relates links[i] (newer) to links[i + 1] (older)
    seen: set[int] = set()
    current = exc
    while current is not None:
        seen.add(id(current))
        if current.__cause__ is not None:
            nxt, how = current.__cause__, _CAUSE
        elif current.__context__ is not None and not current.__suppress_context__:
            nxt, how = current.__context__, _CONTEXT
        else:
            break
        if id(nxt) in seen:
            break
        links.append((type(nxt), nxt.__traceback__))
        hows.append(how)
        current = nxt
    return [
        (links[i][0], links[i][1], hows[i] if i < len(hows) else "")
        for i in reversed(range(len(links)))
    ]


def _qualified_name(kind: type[BaseException]) -> str:
    module = kind.__module__
    return kind.__qualname__ if module == "builtins" else f"{module}.{kind.__qualname__}"


def _short_path(filename: str) -> str:
    """A frame's file from the package or `site-packages` on: no home folder, no user name."""
    parts = PurePath(filename).parts
    for marker in ("site-packages", "dist-packages"):
        if marker in parts:
            return "/".join(parts[len(parts) - parts[::-1].index(marker) :])
    if "bpu_enroll" in parts:
        return "/".join(parts[parts.index("bpu_enroll") :])
    return parts[-1] if parts else filename


class CrashReporter:
    """Writes crash reports into a folder; installed as `sys.excepthook` and
    `threading.excepthook` by `install_crash_handler`."""

    def __init__(self, log_dir: Path, on_crash: Callable[[Path], None] | None = None) -> None:
        self.log_dir = log_dir
        self.on_crash = on_crash

    def write_report(
        self,
        exc_type: type[BaseException],
        exc: BaseException | None,
        tb: TracebackType | None,
        *,
        thread_name: str | None = None,
    ) -> Path:
        """Write one report; returns its path (in the temp folder if the log folder fails)."""
        text = crash_report_text(exc_type, exc, tb, thread_name=thread_name)
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
        name = f"{CRASH_PREFIX}{stamp}-{os.getpid()}.txt"
        try:
            self.log_dir.mkdir(parents=True, exist_ok=True)
            path = self.log_dir / name
            path.write_text(text, encoding="utf-8")
        except OSError:
            import tempfile

            path = Path(tempfile.gettempdir()) / name
            path.write_text(text, encoding="utf-8")
        return path

    def __call__(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        """`sys.excepthook`: report, tell the user where, call `on_crash`."""
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        self._handle(exc_type, exc, tb, None)

    def thread_hook(self, args: threading.ExceptHookArgs) -> None:
        """`threading.excepthook`: the same for a thread that died."""
        if issubclass(args.exc_type, SystemExit):
            return
        name = args.thread.name if args.thread is not None else None
        self._handle(args.exc_type, args.exc_value, args.exc_traceback, name)

    def _handle(
        self,
        exc_type: type[BaseException],
        exc: BaseException | None,
        tb: TracebackType | None,
        thread_name: str | None,
    ) -> None:
        try:
            path = self.write_report(exc_type, exc, tb, thread_name=thread_name)
        except OSError:
            _say(f"bpu-enroll: unexpected error ({exc_type.__name__}); no crash report written")
            return
        log = logging.getLogger("bpu_enroll.crash")
        if log.hasHandlers():  # else logging's last resort would print it a second time
            log.error("unexpected %s; crash report %s", _qualified_name(exc_type), path.name)
        _say(f"bpu-enroll: unexpected error ({exc_type.__name__}); crash report: {path}")
        if self.on_crash is not None:
            try:
                self.on_crash(path)
            except Exception:  # a failing callback must not hide the report
                logging.getLogger("bpu_enroll.crash").exception("the crash callback failed")


def _say(text: str) -> None:
    stream = sys.stderr
    if stream is not None:  # a windowed app on Windows has no stderr
        try:
            stream.write(text + "\n")
            stream.flush()
        except (OSError, ValueError):
            pass


def install_crash_handler(
    on_crash: Callable[[Path], None] | None = None, *, log_dir: Path | None = None
) -> CrashReporter:
    """Report uncaught exceptions of every thread into `log_dir` (default: the log folder)."""
    reporter = CrashReporter(log_dir or default_log_dir(), on_crash)
    sys.excepthook = reporter
    threading.excepthook = reporter.thread_hook
    return reporter
