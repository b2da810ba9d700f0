#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and starts Qingfeng on its default database (created
# and seeded with the demo campaign on first start). Extra arguments go to the program.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh run
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DQINGFENG_BUILD_TESTS=OFF
cmake --build build --parallel "$(nproc)" --target qingfeng qingfeng-cli
exec ./build/app/qingfeng "$@"
