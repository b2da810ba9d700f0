#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Rewrites the golden files of the official outputs (tests/data/golden/) from what the
# current build exports and prints, then shows what changed: review that diff as code
# and commit it with the change that caused it.
#   tests/tools/update-golden.sh [BUILD_DIR]     (default: build)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="${1:-$root/build}"
cmake --build "$build" --target qingfeng_core_tests
QINGFENG_UPDATE_GOLDEN=1 QT_QPA_PLATFORM=offscreen "$build/tests/qingfeng_core_tests" "[golden]"
git -C "$root" status --short -- tests/data/golden
git -C "$root" diff --stat -- tests/data/golden
