#!/usr/bin/env bash
# Builds the desktop app's one-folder bundle dist/bpu-enroll/ and smoke-tests it (`make package`).
#
# 1. PyInstaller (pinned) into the venv when missing; binutils (strip, readelf) when missing.
# 2. Forms and translations (make has built them already; this is cheap when they are current).
# 3. PyInstaller with packaging/bpu-enroll.spec; the Linux desktop entry and icons beside it.
# 4. packaging/smoke_test.py: --version, self-test, data location, contents, size, and the GUI on
#    a virtual screen (xvfb-run) with a screenshot of the sign-in window in build/smoke/.
# On Windows run the spec directly (see packaging/README.md); this script is for Linux and macOS.
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PY:-.venv/bin/python}"
PYINSTALLER_VERSION="6.22.3"
SCREENSHOT="build/smoke/login-window.png"

if ! "$PY" -c "import PyInstaller, sys; sys.exit(PyInstaller.__version__ != '$PYINSTALLER_VERSION')" 2>/dev/null; then
  echo "Installing PyInstaller $PYINSTALLER_VERSION into the venv" >&2
  UV="$(dirname "$PY")/uv"
  if [ -x "$UV" ]; then
    "$UV" pip install --quiet --python "$PY" "pyinstaller==$PYINSTALLER_VERSION"
  else
    "$PY" -m pip install --quiet "pyinstaller==$PYINSTALLER_VERSION"
  fi
fi

need_apt=()
if [ "$(uname -s)" = "Linux" ]; then
  for tool in strip readelf objdump; do command -v "$tool" >/dev/null || need_apt=(binutils); done
fi
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "Installing Debian packages: ${need_apt[*]}" >&2
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null \
    || { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null; }
fi

"$PY" scripts/build_forms.py
"$PY" scripts/build_translations.py

rm -rf dist/bpu-enroll
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/bpu-enroll.spec

if [ "$(uname -s)" = "Linux" ]; then
  # The desktop entry and its icon travel with the bundle; packaging/README.md says where to put them.
  cp packaging/linux/bpu-enroll.desktop dist/bpu-enroll/
  cp resources/icons/app.svg dist/bpu-enroll/bpu-enroll.svg
  cp build/pyinstaller/bpu-enroll/icons/bpu-enroll.png dist/bpu-enroll/bpu-enroll.png
  if ! command -v xvfb-run >/dev/null || ! command -v xwininfo >/dev/null || ! command -v import >/dev/null; then
    bash scripts/install-system-deps.sh --screenshots
  fi
  "$PY" packaging/smoke_test.py --screenshot "$SCREENSHOT"
else
  "$PY" packaging/smoke_test.py
fi

size_mb="$("$PY" -c "import sys; sys.path.insert(0, 'packaging'); import smoke_test as s; print(f'{s.bundle_size(s.BUNDLE) / 1e6:.1f}')")"
echo "Bundle: dist/bpu-enroll/ (${size_mb} MB), executable dist/bpu-enroll/bpu-enroll"
