"""BPU Enroll: offline-first enrolment of informal workers into BPJS Ketenagakerjaan."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("bpu-enroll")
except PackageNotFoundError:  # running from a source tree or a frozen bundle without metadata
    __version__ = "0.1.0"
