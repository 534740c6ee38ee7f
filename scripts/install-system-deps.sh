#!/usr/bin/env bash
# Installs the Debian packages the test suite and the tools need, only those missing.
# PostgreSQL: the integration suite starts its own server with initdb/pg_ctl.
# Qt offscreen: EGL/GL, xkbcommon, fontconfig, dbus. PDFs: fonts, poppler (pdftoppm).
# Xvfb + ImageMagick only with --screenshots (make screenshots).
set -euo pipefail
packages=(postgresql libegl1 libgl1 libopengl0 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1
          libdbus-1-3 libxcb-cursor0 fonts-dejavu-core poppler-utils)
# `--screenshots` adds what the screenshot script needs (a virtual screen and a grabber).
[ "${1:-}" = "--screenshots" ] && packages+=(xvfb xauth imagemagick x11-utils libxcb-icccm4 libxcb-keysyms1 libxcb-render-util0 libxcb-image0 libxcb-xkb1)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing Debian packages: ${missing[*]}" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null; then SUDO="sudo"; else
    echo "Not root and no sudo: install these by hand: ${missing[*]}" >&2; exit 1; fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
