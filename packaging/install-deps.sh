#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what Qingfeng needs on Debian 12, and nothing that is already there.
#   install-deps.sh [build|test|run|fuzz]   (default: test, which includes build)
set -euo pipefail

profile=${1:-test}

build_pkgs=(cmake ninja-build g++ pkg-config zlib1g-dev libminizip-dev
            qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
            libqt6sql6-sqlite libsqlite3-dev libxlsxwriter-dev catch2 libpq-dev
            qtkeychain-qt6-dev libcurl4-openssl-dev libgmime-3.0-dev
            qt6-charts-dev qt6-svg-dev libqt6opengl6-dev)
# The storage suite also runs on a throwaway PostgreSQL cluster (packaging/pg-test-cluster.sh).
test_pkgs=(xvfb xauth fonts-noto-cjk qt6-translations-l10n python3-openpyxl python3-docx poppler-utils
           postgresql libqt6sql6-psql
           gnome-keyring libsecret-1-0 dbus-daemon dbus-bin openssl
           dovecot-imapd python3-aiosmtpd libreoffice-writer-nogui)
# gnome-keyring on a private bus is the keyring suite's Secret Service (tests/tools/with-test-keyring.sh);
# openssl makes the test cluster's certificates (pg-test-cluster.sh start --tls).
# dovecot-imapd and python3-aiosmtpd are the mailbox suite's servers (mail-test-servers.sh);
# installing them starts no system service that the tests use.
# python3-docx reads the .docx documents back (tests/tools/docx_dump.py); libreoffice-writer-nogui
# converts every kind of .docx the program writes to PDF (tests/ui/test_libreoffice_conversion.cpp).
# qt6-charts-dev, qt6-svg-dev: the analysis charts (ui/charts) and their SVG export; Qt6Charts'
# CMake package needs Qt6OpenGL, which qt6-base-dev only recommends: hence libqt6opengl6-dev.
# libqt6sql6-psql: the QPSQL driver for connecting to a shared server (--server);
# libsecret-1-0: QtKeychain opens it at run time to reach the desktop's keyring (记住密码).
run_pkgs=(fonts-noto-cjk qt6-translations-l10n libqt6sql6-sqlite libqt6sql6-psql libsecret-1-0)
# libFuzzer comes with clang's runtime, which clang only recommends (packaging/run-fuzz.sh).
fuzz_pkgs=(clang libclang-rt-14-dev)

case "$profile" in
  build) wanted=("${build_pkgs[@]}") ;;
  run)   wanted=("${build_pkgs[@]}" "${run_pkgs[@]}") ;;
  test)  wanted=("${build_pkgs[@]}" "${test_pkgs[@]}") ;;
  fuzz)  wanted=("${build_pkgs[@]}" "${fuzz_pkgs[@]}") ;;
  *) echo "usage: $0 [build|test|run|fuzz]" >&2; exit 2 ;;
esac

missing=()
for p in "${wanted[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if ((${#missing[@]} == 0)); then
  exit 0
fi

echo "Installing: ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
