#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .deb from an existing build tree, checks what it holds and declares, installs
# it with apt as an office desktop would, and starts the installed programs in Chinese
# and in English. Leaves the package installed only if it was installed before.
#   test-package.sh [BUILD_DIR]   (default: build)
set -euo pipefail
cd "$(dirname "$0")/.."
build=$(realpath "${1:-build}")
fail() { echo "package test: $*" >&2; exit 1; }

(cd "$build" && cpack -G DEB >/dev/null)
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
deb="$build/qingfeng_${version}_$(dpkg --print-architecture).deb"
[ -f "$deb" ] || fail "no package at $deb"
echo "Package: $deb"

# What a desktop needs besides the binaries: the plugin, the font, the menu entry, the icons.
depends=$(dpkg-deb -f "$deb" Depends)
for need in libqt6sql6-sqlite fonts-noto-cjk libqt6widgets6 libxlsxwriter libqt6keychain1 libsecret-1-0; do
  grep -q "$need" <<<"$depends" || fail "Depends lacks $need: $depends"
done
contents=$(dpkg-deb -c "$deb")
for path in ./usr/bin/qingfeng ./usr/bin/qingfeng-cli ./usr/share/applications/qingfeng.desktop \
            ./usr/share/icons/hicolor/scalable/apps/qingfeng.svg ./usr/share/icons/hicolor/48x48/apps/qingfeng.png \
            ./usr/share/man/man1/qingfeng-cli.1 ./usr/share/doc/qingfeng/LICENSE; do
  grep -q " $path\$" <<<"$contents" || fail "$path is not in the package"
done

was_installed=no
if dpkg-query -W -f='${Status}' qingfeng 2>/dev/null | grep -q "install ok installed"; then was_installed=yes; fi
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get install -y -qq --reinstall "$deb" >/dev/null

# A user of its own: nothing of the caller's settings or data is read or written.
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share
export XDG_RUNTIME_DIR=$home/run QT_QPA_PLATFORM=offscreen
mkdir -m 700 "$XDG_RUNTIME_DIR"

usage=$(/usr/bin/qingfeng-cli --help) || fail "qingfeng-cli --help failed"
grep -q "qingfeng-cli" <<<"$usage" || fail "qingfeng-cli --help printed no usage"
/usr/bin/qingfeng-cli --db "$home/cli.sqlite" init --demo >/dev/null || fail "qingfeng-cli could not create a demo database"
rc=0
/usr/bin/qingfeng-cli --db "$home/cli.sqlite" check --month 2021-11 >/dev/null || rc=$?
[ "$rc" -le 1 ] || fail "qingfeng-cli check ended with $rc"

for lang in zh_CN.UTF-8 en_US.UTF-8; do
  shot="$build/installed-${lang%%.*}.png"
  rm -f "$shot"
  LANG=$lang LC_ALL= LANGUAGE= timeout 120 /usr/bin/qingfeng --db "$home/gui-$lang.sqlite" --demo --screenshot "$shot" \
    || fail "the installed qingfeng did not start with LANG=$lang"
  [ "$(stat -c %s "$shot")" -gt 20000 ] || fail "the $lang screenshot is empty"
  echo "Started the installed qingfeng with LANG=$lang: $shot"
done

if [ "$was_installed" = no ]; then
  "${sudo_cmd[@]}" apt-get remove -y -qq qingfeng >/dev/null
fi
echo "package test: ok"
