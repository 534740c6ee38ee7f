"""docs/openapi.json, the branch API's schema (the server does not serve it), says what the
code base says today, and says it the same way on every run."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "build_openapi", ROOT / "scripts/build_openapi.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_committed_schema_is_current() -> None:
    assert _script().main(["--check"]) == 0, "run: python scripts/build_openapi.py"


def test_the_schema_describes_the_protocol_the_laptops_and_staff_use() -> None:
    schema = json.loads((ROOT / "docs/openapi.json").read_text(encoding="utf-8"))
    assert schema["info"]["version"] == "1"  # the protocol's, not the program's (0.1.0)
    paths = schema["paths"]
    for path in ("/api/v1/enrol", "/api/v1/batches/{batch_id}/records", "/api/v1/pull"):
        assert path in paths
    assert "/api/v1/staff/login" in paths and "/api/v1/staff/import" in paths
    # the bodies read by `deps.json_body` are named among the components
    records = paths["/api/v1/batches/{batch_id}/records"]["post"]["requestBody"]
    reference = records["content"]["application/json"]["schema"]["$ref"]
    assert reference.rsplit("/", 1)[1] in schema["components"]["schemas"]
    assert not any(path.endswith(("/docs", "/openapi.json")) for path in paths)


def test_the_same_bytes_whatever_the_hash_seed() -> None:
    """Sets and dicts may be walked in another order in another process: the file may not."""
    texts = set()
    for seed in ("1", "2"):
        done = subprocess.run(
            [sys.executable, "-c", "import runpy, sys; m = runpy.run_path(sys.argv[1]); "
             "sys.stdout.write(m['render']())", str(ROOT / "scripts/build_openapi.py")],
            capture_output=True, text=True, check=True, timeout=120,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )  # fmt: skip
        texts.add(done.stdout)
    assert len(texts) == 1
    assert texts == {(ROOT / "docs/openapi.json").read_text(encoding="utf-8")}


def test_a_stale_schema_is_caught(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    module = _script()
    stale = tmp_path / "openapi.json"
    stale.write_text(module.render().replace("/api/v1/pull", "/api/v1/pul"), "utf-8")
    monkeypatch.setattr(module, "DOC", stale)
    assert module.main(["--check"]) == 1
    monkeypatch.setattr(module, "DOC", tmp_path / "missing.json")
    assert module.main(["--check"]) == 1
