#!/usr/bin/env bash
# Screenshots of the desktop app for the README, under a virtual X screen (Xvfb).
# Needs xvfb-run (scripts/install-system-deps.sh --screenshots installs it).
# Usage: scripts/screenshots.sh [--out DIR] [--lang id|en]
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PY:-.venv/bin/python}"
if ! command -v xvfb-run >/dev/null; then
  bash scripts/install-system-deps.sh --screenshots
fi
"$PY" scripts/build_forms.py
"$PY" scripts/build_translations.py
export QT_QPA_PLATFORM=xcb
unset BPU_ENROLL_PASSWORD
# The officer's app on the 1366×768 screen most field laptops have, in normal and larger text.
xvfb-run --auto-servernum --server-args="-screen 0 1366x768x24" "$PY" scripts/screenshots.py "$@"
xvfb-run --auto-servernum --server-args="-screen 0 1366x768x24" "$PY" scripts/screenshots.py --large "$@"
xvfb-run --auto-servernum --server-args="-screen 0 1440x900x24" "$PY" scripts/screenshots_workspace.py "$@"
