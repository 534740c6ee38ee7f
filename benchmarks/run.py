"""Run every benchmark module and write `benchmarks/results.json` and `benchmarks/results.md`.

Each `benchmarks/bench_*.py` exposes `measure() -> list[dict]`, one row per target:
`{"name", "value", "unit", "limit", "ratio", "target", "met"}` where `limit` is the physical
limit measured in the same run (or a fixed budget, say so in `unit`), `ratio = value / limit`.
Usage: `python -m benchmarks.run [--only NAME ...]`; with `--only`, the rows of the other
modules already in `results.json` are kept (each row names its `module`), so one target can be
re-measured without re-running the rest, and the table says when each row was measured.
"""

from __future__ import annotations

import argparse
import importlib
import json
import platform
import re
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
        measured = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
        try:
            module = importlib.import_module(f"benchmarks.{name}")
            found = list(module.measure())
        except Exception as exc:  # noqa: BLE001 — one failing module must not hide the others
            traceback.print_exc()
            found = [{"name": f"{name}: failed", "value": None, "unit": str(exc)[:200],
                      "limit": None, "ratio": None, "target": None, "met": False}]  # fmt: skip
        rows.extend({**row, "module": name, "measured": measured} for row in found)
        print(f"   {time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)
    return rows


def _earlier_stamp() -> str | None:
    """When the rows of the last full run were measured (the first line of `results.md`)."""
    try:
        first = (HERE / "results.md").read_text(encoding="utf-8").splitlines()[0]
    except (OSError, IndexError):
        return None
    found = re.match(r"Measured (\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC)", first)
    return found.group(1) if found else None


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
    stamps = {r.get("measured") for r in rows}
    if len(stamps) > 1:
        lines[0] = (
            f"Table written {when} on {machine}, {os.cpu_count()} cores; rows measured apart "
            "from the full run say when."
        )
    for r in rows:
        met = "—" if not r.get("target") else ("yes" if r.get("met") else "**no**")
        name = r["name"]
        if len(stamps) > 1 and r.get("measured"):
            name += f" (measured {r['measured']})"
        lines.append(
            f"| {name} | {_fmt(r.get('value'))} | {r.get('unit', '')} | {_fmt(r.get('limit'))}"
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
    results = HERE / "results.json"
    if args.only and results.exists():
        fresh = {row["name"] for row in rows}  # a row measured again replaces its old self
        kept = [
            row
            for row in json.loads(results.read_text(encoding="utf-8"))
            if row.get("module") not in names
            and row.get("name") not in fresh
            and not str(row.get("name", "")).startswith(tuple(f"{n}:" for n in names))
        ]
        earlier = _earlier_stamp()
        rows = [{**row, "measured": row.get("measured") or earlier} for row in kept] + rows
    results.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    table = markdown(rows)
    (HERE / "results.md").write_text(table, encoding="utf-8")
    print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
