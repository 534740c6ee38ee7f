"""Run every benchmark module and write `benchmarks/results.json` and `benchmarks/results.md`.

Each `benchmarks/bench_*.py` exposes `measure() -> list[dict]`, one row per target:
`{"name", "value", "unit", "limit", "ratio", "target", "met"}` where `limit` is the physical
limit measured in the same run (or a fixed budget, say so in `unit`), `ratio = value / limit`.
Usage: `python -m benchmarks.run [--only NAME ...]`.
"""

from __future__ import annotations

import argparse
import importlib
import json
import platform
import sys
import time
import traceback
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def discover() -> list[str]:
    """Names of the benchmark modules, in a stable order."""
    return sorted(p.stem for p in HERE.glob("bench_*.py"))


def run(names: list[str]) -> list[dict[str, Any]]:
    """Measure each module; a module that fails yields a row saying so, never a fake figure."""
    rows: list[dict[str, Any]] = []
    for name in names:
        started = time.perf_counter()
        print(f"== {name}", file=sys.stderr, flush=True)
        try:
            module = importlib.import_module(f"benchmarks.{name}")
            rows.extend(module.measure())
        except Exception as exc:  # noqa: BLE001 — one failing module must not hide the others
            traceback.print_exc()
            rows.append({"name": f"{name}: failed", "value": None, "unit": str(exc)[:200],
                         "limit": None, "ratio": None, "target": None, "met": False})  # fmt: skip
        print(f"   {time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)
    return rows


def _fmt(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:.3g}"
    return str(value)


def markdown(rows: list[dict[str, Any]]) -> str:
    """The table the README shows, with the date and the machine."""
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    machine = (
        f"{platform.machine()}, {platform.python_implementation()} {platform.python_version()}"
    )
    import os

    lines = [
        f"Measured {when} on {machine}, {os.cpu_count()} cores.",
        "",
        "| what | value | unit | limit | ratio | target | met |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for r in rows:
        met = "—" if not r.get("target") else ("yes" if r.get("met") else "**no**")
        lines.append(
            f"| {r['name']} | {_fmt(r.get('value'))} | {r.get('unit', '')} | {_fmt(r.get('limit'))}"
            f" | {_fmt(r.get('ratio'))} | {r.get('target') or '—'} | {met} |"
        )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Entry point of `make bench`."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", nargs="*", default=None, help="module names, e.g. bench_store")
    args = parser.parse_args(argv)
    names = args.only or discover()
    rows = run(names)
    (HERE / "results.json").write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    table = markdown(rows)
    (HERE / "results.md").write_text(table, encoding="utf-8")
    print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
