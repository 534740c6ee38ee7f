"""BPU Enroll: offline-first enrolment of informal workers into BPJS Ketenagakerjaan."""

try:  # written from pyproject.toml's version at install and build time (hatch's version hook)
    from bpu_enroll._version import __version__
except ImportError:  # a source tree that was never installed
    from importlib.metadata import PackageNotFoundError, version

    try:
        __version__ = version("bpu-enroll")
    except PackageNotFoundError:
        __version__ = "0+unknown"
