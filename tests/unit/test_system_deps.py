"""`make run` installs what the GUI needs: the system-package list of
scripts/install-system-deps.sh covers every library the installed PySide6's xcb platform plugin
links (`ldd`), found or missing, and names the Debian package that really holds each one
(`dpkg -S`, where the system has it)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import PySide6
import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "install-system-deps.sh"
PLUGIN = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
# The C and C++ runtime: there on every system that runs Python at all.
RUNTIME = re.compile(
    r"^(linux-vdso|ld-linux|libc|libm|libdl|librt|libpthread|libstdc\+\+|libgcc_s)\.so"
)


def _listed() -> dict[str, str]:
    out = subprocess.run(
        ["bash", str(SCRIPT), "--list"], capture_output=True, text=True, check=True
    ).stdout
    pairs = [line.split(":", 1) for line in out.splitlines() if not line.startswith("package:")]
    return {soname: package for soname, package in pairs}


def _linked() -> dict[str, str | None]:
    """soname → the file it resolves to (None when missing), PySide6's own Qt left out."""
    out = subprocess.run(["ldd", str(PLUGIN)], capture_output=True, text=True, check=True).stdout
    linked: dict[str, str | None] = {}
    for line in out.splitlines():
        match = re.match(r"\s*(\S+)(?: => (\S+))?", line)
        if match is None:
            continue
        soname, path = match.groups()
        if RUNTIME.match(soname) or "/" in soname:
            continue
        if soname.startswith("libQt6") or (path is not None and "PySide6" in path):
            continue  # Qt and ICU come with PySide6
        linked[soname] = None if path in (None, "not") else path
    return linked


@pytest.mark.skipif(not PLUGIN.exists() or shutil.which("ldd") is None, reason="Linux only")
def test_the_package_list_covers_every_library_of_the_xcb_plugin() -> None:
    listed = _listed()
    linked = _linked()
    assert "libxcb-icccm.so.4" in linked and "libxcb-keysyms.so.1" in linked  # the ones that bit
    assert sorted(set(linked) - set(listed)) == []
    if shutil.which("dpkg") is None:
        return
    for soname, path in linked.items():
        if path is None:
            continue
        owner = subprocess.run(["dpkg", "-S", path], capture_output=True, text=True, check=False)
        if owner.returncode != 0:  # a /lib path dpkg knows as /usr/lib (merged /usr)
            owner = subprocess.run(
                ["dpkg", "-S", str(Path(path).resolve())],
                capture_output=True,
                text=True,
                check=False,
            )
        if owner.returncode != 0:
            continue
        package = owner.stdout.split(":", 1)[0]
        wanted = listed[soname]
        # Debian 13 and Ubuntu 24.04 renamed some libraries with a `t64` suffix; apt installs
        # the new package for the old name.
        assert package.removesuffix("t64") == wanted, f"{soname} is in {package}, not {wanted}"


def test_make_run_installs_the_gui_libraries_first() -> None:
    makefile = (ROOT / "Makefile").read_text()
    run = re.search(r"^run: (.*)$", makefile, re.MULTILINE)
    assert run is not None and "guideps" in run.group(1).split()
    guideps = re.search(r"^guideps:\n\t(.*)$", makefile, re.MULTILINE)
    assert (
        guideps is not None and guideps.group(1).strip() == "@bash scripts/install-system-deps.sh"
    )
