"""The frozen app in `dist/bpu-enroll/`, as an officer installs it.

`make test` builds the bundle first (`make bundle`, only when its sources changed) and sets
BPU_TEST_REQUIRE_BUNDLE=1, so there a missing bundle fails these tests; a plain `pytest` run
without a bundle skips them (build it with `make package`).

Beside the headless commands below, every check of `packaging/smoke_test.py` runs here too (the
profile in the user's data folder, the bundle's contents and size, the KTP photo reader with its
bundled models, the sign-in window on a virtual X screen in Indonesian), so a bundle that
`make test` did not rebuild is still checked as a whole.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from bpu_enroll.cli.local_commands import SAMPLE_REGISTRATION

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "bpu-enroll"
# On Windows the desktop app has no console; its console twin runs the headless commands.
EXECUTABLE = BUNDLE / ("bpu-enroll-cli.exe" if sys.platform == "win32" else "bpu-enroll")


@pytest.fixture(autouse=True, scope="module")
def _bundle_built() -> None:
    """Skip without a bundle, but fail under `make test`, which builds it first."""
    if EXECUTABLE.is_file():
        return
    where = EXECUTABLE.relative_to(ROOT)
    if os.environ.get("BPU_TEST_REQUIRE_BUNDLE") == "1":
        pytest.fail(f"no frozen bundle at {where}, though `make test` builds it first")
    pytest.skip(f"no frozen bundle at {where} (build it with `make package`)")


def _smoke_test() -> ModuleType:
    """packaging/smoke_test.py (not a package: `packaging` is also PyPI's module of that name)."""
    path = ROOT / "packaging" / "smoke_test.py"
    spec = importlib.util.spec_from_file_location("bpu_enroll_smoke_test", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_frozen(
    *args: str, tmp_path: Path, password: str | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the frozen app headless, away from the developer's own profile and logs."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("BPU_ENROLL_")}
    if password is not None:
        env["BPU_ENROLL_PASSWORD"] = password
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(tmp_path),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_STATE_HOME=str(tmp_path / "state"),
    )
    return subprocess.run(
        [str(EXECUTABLE), *args], env=env, capture_output=True, text=True, timeout=240, check=False
    )


def test_self_test_passes(tmp_path: Path) -> None:
    result = run_frozen("self-test", "--json", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout)
    assert report["ok"] is True
    assert [c["check"] for c in report["checks"]] == [
        "demo profile",
        "register sample",
        "render receipt",
        "verify receipt QR",
    ]


def test_version_is_the_one_in_pyproject(tmp_path: Path) -> None:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        version = tomllib.load(handle)["project"]["version"]
    result = run_frozen("--version", tmp_path=tmp_path)
    assert result.returncode == 0
    assert result.stdout.strip() == f"bpu-enroll {version}"


def test_reference_data_is_inside_the_bundle(tmp_path: Path) -> None:
    result = run_frozen("quote", "--income", "2500000", "--jht", "--json", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr[-3000:]
    quote = json.loads(result.stdout)
    assert quote["months"][0]["total"] > 0
    occupations = run_frozen("occupations", "--json", tmp_path=tmp_path)
    assert occupations.returncode == 0, occupations.stderr[-3000:]
    assert len(json.loads(occupations.stdout)["occupations"]) > 10


def test_an_officer_registers_prints_and_verifies_a_receipt(tmp_path: Path) -> None:
    """The receipt PDF, A5 and 80 mm, made by the frozen app: the bundled DejaVu fonts embedded
    (the receipt prints the same on any computer and printer), the village name from the bundled
    region data, and its QR verified offline by the same app."""
    profile = str(tmp_path / "profile")
    init = run_frozen("demo-init", "--data-dir", profile, tmp_path=tmp_path)
    assert init.returncode == 0, init.stderr[-3000:]
    registration = tmp_path / "registration.json"
    registration.write_text(json.dumps(SAMPLE_REGISTRATION), encoding="utf-8")
    officer = ("--data-dir", profile, "--officer", "demo", "--json")
    registered = run_frozen(
        "register", str(registration), *officer, tmp_path=tmp_path, password="demo"
    )
    assert registered.returncode == 0, registered.stderr[-3000:]
    number = json.loads(registered.stdout)["receipt_number"]
    for size in ("a5", "80mm"):
        pdf = tmp_path / f"receipt-{size}.pdf"
        printed = run_frozen(
            "receipt", number, "--size", size, "--out", str(pdf), *officer,
            tmp_path=tmp_path, password="demo",
        )  # fmt: skip
        assert printed.returncode == 0, printed.stderr[-3000:]
        assert embedded_fonts(pdf) >= {"DejaVuSans", "DejaVuSans-Bold"}
        words = pdf_text(pdf)
        assert number in words and "Tanda Terima" in words and "Pondok Rajeg" in words
        verified = run_frozen(
            "verify-receipt", str(pdf), *officer, tmp_path=tmp_path, password="demo"
        )
        assert verified.returncode == 0, verified.stderr[-3000:]
        assert json.loads(verified.stdout)["valid"] is True


def poppler(tool: str) -> str:
    """The path of a poppler tool (`make test` installs poppler-utils)."""
    path = shutil.which(tool)
    assert path is not None, f"no {tool}: scripts/install-system-deps.sh --test"
    return path


def embedded_fonts(pdf: Path) -> set[str]:
    """The names of the fonts embedded in a PDF, without their subset prefix (`pdffonts`)."""
    out = subprocess.run(
        [poppler("pdffonts"), str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    names = set()
    for line in out.splitlines()[2:]:
        columns = line.split()
        # name, type words, encoding, emb, sub, uni, object id, generation: emb is 6th from last.
        if len(columns) >= 7 and columns[-5] == "yes":
            names.add(columns[0].split("+", 1)[-1])
    return names


def pdf_text(pdf: Path) -> str:
    """A PDF's text (`pdftotext`)."""
    return subprocess.run(
        [poppler("pdftotext"), str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


SMOKE_CHECKS = ("data location", "contents", "size", "ktp-read", "GUI")


@pytest.mark.parametrize("check", SMOKE_CHECKS)
def test_smoke_check(check: str, tmp_path: Path) -> None:
    """One check of packaging/smoke_test.py, on the bundle as built."""
    smoke = _smoke_test()
    checks: dict[str, Callable[[], str]] = {
        "data location": lambda: smoke.check_data_location(BUNDLE),
        "contents": lambda: smoke.check_contents(BUNDLE),
        "size": lambda: smoke.check_size(BUNDLE),
        "ktp-read": lambda: smoke.check_ktp_read(BUNDLE),
        "GUI": lambda: smoke.check_gui(BUNDLE, tmp_path / "sign-in.png"),
    }
    said = checks[check]()
    assert not said.startswith("skipped") or sys.platform != "linux", said
    if check == "GUI":
        assert (tmp_path / "sign-in.png").is_file()
