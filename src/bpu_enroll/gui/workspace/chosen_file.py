"""Reading a file the staff chose (a USB batch, a receipt PDF) in the background, with its
refusals said as the branch's are: a `StaffError` with a stable code, shown in the user's
language by `tally.model.staff_error_text`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from bpu_enroll.files import FileTooLarge
from bpu_enroll.sync.batchfile import BatchFileError
from bpu_enroll.sync.staff_client import StaffError


def read_chosen_file(read: Callable[[Path], bytes], path: Path) -> bytes:
    """Background: `read(path)`, its bounded reader's refusal (`FILE_TOO_LARGE`, or a batch's
    `BODY_TOO_LARGE`) and a failed read (`IO_ERROR`) as `StaffError`s, before the branch is
    asked anything."""
    try:
        return read(Path(path))
    except (FileTooLarge, BatchFileError) as exc:
        raise StaffError(exc.code, exc.message, 0) from exc
    except OSError as exc:
        raise StaffError(
            "IO_ERROR", f"the file could not be read ({type(exc).__name__})", 0
        ) from exc
