#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and runs every test. Fails when fewer tests ran than
# the suite holds (a test binary that registers nothing must not pass as green).
#   run-tests.sh              the suite in a normal build (build/)
#   run-tests.sh --sanitize   the same suite built with AddressSanitizer and UBSan (build-asan/)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
build=${QINGFENG_BUILD_DIR:-$root/build}
# Warnings fail the normal build (the release flags are where GCC finds the most).
extra_cmake=(-DQINGFENG_WERROR=ON)
if [ "${1:-}" = "--sanitize" ]; then
  build=${QINGFENG_BUILD_DIR:-$root/build-asan}
  extra_cmake=(-DQINGFENG_WERROR=OFF -DQINGFENG_SANITIZE=ON -DQINGFENG_BUILD_BENCH=OFF)
  # Qt and fontconfig keep caches until exit; leaks are not what this run looks for.
  export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1
  export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
fi

bash packaging/install-deps.sh test

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=${QINGFENG_BUILD_TYPE:-RelWithDebInfo} \
      "${extra_cmake[@]}" ${QINGFENG_CMAKE_ARGS:-}
cmake --build "$build" --parallel "$(nproc)"

# The storage suite runs a second time on PostgreSQL: a throwaway cluster for this run,
# unless QINGFENG_TEST_PG already names a server. It listens with TLS on 127.0.0.1 too, for
# the TLS test. (The keyring suite starts its own throwaway keyring: CTest runs it through
# tests/tools/with-test-keyring.sh.)
cleanup=()
trap 'for c in "${cleanup[@]}"; do eval "$c"; done' EXIT
if [ -z "${QINGFENG_TEST_PG:-}" ]; then
  eval "$(bash packaging/pg-test-cluster.sh start --tls)"
  cleanup+=('bash "$root/packaging/pg-test-cluster.sh" stop "$QINGFENG_PG_CLUSTER"')
fi
echo "PostgreSQL for the tests: $QINGFENG_TEST_PG"
# The mailbox suite's servers (Dovecot, SMTP), once for the run, on loopback only.
if [ -z "${QINGFENG_TEST_IMAP:-}" ]; then
  eval "$(bash packaging/mail-test-servers.sh start)"
  cleanup+=('bash "$root/packaging/mail-test-servers.sh" stop "$QINGFENG_TEST_MAIL"')
fi
echo "Mail servers for the tests: IMAP $QINGFENG_TEST_IMAP, SMTP $QINGFENG_TEST_SMTP"

export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
chmod 700 "$XDG_RUNTIME_DIR"

# A ';' in a test's name splits it into two CTest entries that each match nothing.
if grep -rnE '^\s*TEST_CASE\("[^"]*;' tests --include='*.cpp'; then
  echo "error: a TEST_CASE name above holds ';', which CTest reads as a list separator" >&2
  exit 1
fi

# Every TEST_CASE in the sources must show up as a registered test.
expected=$(grep -rhoE '^\s*TEST_CASE\(' tests --include='*.cpp' | wc -l)
registered=$(ctest --test-dir "$build" -N | sed -n 's/^Total Tests: \([0-9]*\)$/\1/p')
echo "Test cases in the sources: $expected; registered with CTest: $registered"
if [ "${registered:-0}" -lt "$expected" ] || [ "$expected" -eq 0 ]; then
  echo "error: fewer tests registered ($registered) than the suite holds ($expected)" >&2
  exit 1
fi

ctest --test-dir "$build" --output-on-failure --no-tests=error -j "$(nproc)" --timeout 600 | tee "$build/ctest.log"
ran=$(sed -n 's/.*tests passed, \([0-9]*\) tests failed out of \([0-9]*\)/\2/p' "$build/ctest.log" | tail -n1)
if [ "${ran:-0}" -lt "$expected" ]; then
  echo "error: only ${ran:-0} tests ran; the suite holds $expected" >&2
  exit 1
fi

# The Debian package: built, installed with apt and started in both languages.
if [ "${1:-}" != "--sanitize" ]; then
  bash packaging/test-package.sh "$build"
fi

# The benchmark runs after the tests at the county scale. Ratios over their goals are
# reported, not failed on; a benchmark that crashes or cannot run fails the job.
if [ "${1:-}" != "--sanitize" ]; then
  "$build/bench/qingfeng-bench" --scale county --json "$build/bench.json"
fi
