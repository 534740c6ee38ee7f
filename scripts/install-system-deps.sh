#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages BPU Enroll needs, only those missing.
#
#   install-system-deps.sh                what `make run` needs: the Qt runtime libraries of the
#                                         xcb platform (windows on an X11 or XWayland desktop),
#                                         EGL/GL, xkbcommon, fontconfig, dbus, fonts
#   install-system-deps.sh --test         + PostgreSQL (the integration suite starts its own
#                                         server with initdb/pg_ctl), poppler (pdftoppm,
#                                         pdffonts), HAProxy (the regional deployment's sample
#                                         is run), and what the frozen bundle that `make test`
#                                         builds needs: binutils (PyInstaller's strip and
#                                         readelf), Xvfb, xwininfo and ImageMagick (its
#                                         sign-in window on a virtual screen)
#   install-system-deps.sh --screenshots  the same as --test (Xvfb and ImageMagick take them)
#   install-system-deps.sh --list         print the libraries and packages, install nothing
#
# A library counts as present when the dynamic linker knows it (ldconfig -p), whatever package
# brought it. Not root: uses sudo, or prints the exact apt-get command. Not Debian/Ubuntu
# (no apt-get): prints the libraries to install with that system's package manager.
# tests/unit/test_system_deps.py checks that GUI_LIBS covers every library the installed
# PySide6's xcb plugin (libqxcb.so) links.
set -euo pipefail

# soname:Debian package — every library libqxcb.so links (directly or through another).
GUI_LIBS=(
  libxcb.so.1:libxcb1 libX11.so.6:libx11-6 libX11-xcb.so.1:libx11-xcb1
  libxcb-icccm.so.4:libxcb-icccm4 libxcb-keysyms.so.1:libxcb-keysyms1
  libxcb-image.so.0:libxcb-image0 libxcb-render-util.so.0:libxcb-render-util0
  libxcb-xkb.so.1:libxcb-xkb1 libxcb-cursor.so.0:libxcb-cursor0 libxcb-util.so.1:libxcb-util1
  libxcb-randr.so.0:libxcb-randr0 libxcb-shm.so.0:libxcb-shm0 libxcb-sync.so.1:libxcb-sync1
  libxcb-xfixes.so.0:libxcb-xfixes0 libxcb-render.so.0:libxcb-render0
  libxcb-shape.so.0:libxcb-shape0 libxkbcommon.so.0:libxkbcommon0
  libxkbcommon-x11.so.0:libxkbcommon-x11-0 libXau.so.6:libxau6 libXdmcp.so.6:libxdmcp6
  libGL.so.1:libgl1 libGLX.so.0:libglx0 libGLdispatch.so.0:libglvnd0 libEGL.so.1:libegl1
  libOpenGL.so.0:libopengl0 libfontconfig.so.1:libfontconfig1 libfreetype.so.6:libfreetype6
  libexpat.so.1:libexpat1 libz.so.1:zlib1g libzstd.so.1:libzstd1
  libglib-2.0.so.0:libglib2.0-0 libgthread-2.0.so.0:libglib2.0-0 libpcre2-8.so.0:libpcre2-8-0
  libdbus-1.so.3:libdbus-1-3 libbsd.so.0:libbsd0 libmd.so.0:libmd0 libpng16.so.16:libpng16-16
  libbrotlicommon.so.1:libbrotli1 libbrotlidec.so.1:libbrotli1 libsystemd.so.0:libsystemd0
  libcap.so.2:libcap2 libgcrypt.so.20:libgcrypt20 libgpg-error.so.0:libgpg-error0
  liblz4.so.1:liblz4-1 liblzma.so.5:liblzma5
)
GUI_PACKAGES=(fonts-dejavu-core)
TEST_PACKAGES=(postgresql poppler-utils haproxy)
BUNDLE_PACKAGES=(binutils xvfb xauth imagemagick x11-utils)

mode="${1:-}"
libs=("${GUI_LIBS[@]}")
packages=("${GUI_PACKAGES[@]}")
case "$mode" in
  "" | --list) ;;
  --test | --screenshots) packages+=("${TEST_PACKAGES[@]}" "${BUNDLE_PACKAGES[@]}") ;;
  *) echo "usage: $0 [--test|--screenshots|--list]" >&2; exit 2 ;;
esac

if [ "$mode" = "--list" ]; then
  printf '%s\n' "${libs[@]}"
  printf 'package:%s\n' "${packages[@]}"
  exit 0
fi

if [ "$(uname -s)" != "Linux" ]; then
  exit 0  # the xcb libraries are a Linux matter; Windows and macOS builds bring their own
fi
known_libs="$(ldconfig -p 2>/dev/null || /sbin/ldconfig -p 2>/dev/null || true)"
missing=()
missing_libs=()
for entry in "${libs[@]}"; do
  soname="${entry%%:*}" package="${entry##*:}"
  if ! grep -q "^[[:space:]]*${soname//./\\.} " <<<"$known_libs"; then
    missing_libs+=("$soname")
    [[ " ${missing[*]} " == *" $package "* ]] || missing+=("$package")
  fi
done
if command -v dpkg-query >/dev/null; then
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
fi
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null; then
  echo "This is not a Debian or Ubuntu system: install these libraries with its package" >&2
  echo "manager (for the Qt window system xcb): ${missing_libs[*]:-none}" >&2
  echo "and these tools: ${packages[*]}" >&2
  exit 1
fi
command="apt-get install -y --no-install-recommends ${missing[*]}"
echo "Installing Debian packages: ${missing[*]}" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then SUDO="sudo"
  elif command -v sudo >/dev/null && [ -t 0 ]; then SUDO="sudo"
  else
    echo "Not root and no sudo: run this as root, then try again:" >&2
    echo "  apt-get update && $command" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
