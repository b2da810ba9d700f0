#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets (tests/fuzz) with clang, ASan and UBSan in their own build
# folder and runs each for a bounded time, seeded from the files in tests/data. Fails when
# a target crashes, leaks memory it should not or breaks one of its checks; the input that
# did it is kept in the artifact folder, to become a regression file in tests/data.
#   run-fuzz.sh [SECONDS]   time per target (default 60)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
seconds=${1:-60}
build=${QINGFENG_FUZZ_BUILD_DIR:-$root/build-fuzz}
work=${QINGFENG_FUZZ_WORK_DIR:-$build/fuzz-work}
targets=(fuzz_xlsx_reader fuzz_workbook_recognition fuzz_csv fuzz_restore_check fuzz_mail_message)

bash packaging/install-deps.sh fuzz

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
      -DQINGFENG_FUZZ=ON -DQINGFENG_BUILD_TESTS=OFF -DQINGFENG_BUILD_BENCH=OFF ${QINGFENG_CMAKE_ARGS:-}
cmake --build "$build" --parallel "$(nproc)" --target "${targets[@]}"

# Seeds: every workbook in tests/data as it is (the ZIP form of an input), and the parts
# of each as text (the parts form, see tests/fuzz/FuzzInput.h), which reaches the XML
# readers without first having to guess a checksum.
seeds=$work/seeds
rm -rf "$seeds"
mkdir -p "$seeds" "$work/artifacts"
find tests/data -name '*.xlsx' -exec cp -t "$seeds" {} +
# The CSV files are seeds too (every target reads any input; only the CSV one parses them).
find tests/data -name '*.csv' -exec cp -t "$seeds" {} +
/usr/bin/python3 - "$seeds" tests/data <<'PY'
import pathlib, sys, zipfile
out, data = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
order = ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
         "xl/sharedStrings.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"]
for path in sorted(data.rglob("*.xlsx")):
    try:
        with zipfile.ZipFile(path) as z:
            names = set(z.namelist())
            parts = [z.read(n) if n in names else b"" for n in order]
    except (zipfile.BadZipFile, OSError, RuntimeError):
        continue   # damaged or encrypted on purpose: its ZIP form is seed enough
    (out / (path.stem + ".parts")).write_bytes(b"\n--qingfeng-part--\n".join(parts))
PY

# Small SQLite files for the restore check to mutate: ours (application_id and a version),
# a foreign one, and one in WAL mode.
/usr/bin/python3 - "$seeds" <<'PY'
import os, sqlite3, sys
out = sys.argv[1]
for name, pragmas in [("ours.sqlite", ["PRAGMA application_id = 1363562055", "PRAGMA user_version = 1"]),
                      ("foreign.sqlite", []),
                      ("wal.sqlite", ["PRAGMA application_id = 1363562055", "PRAGMA journal_mode = WAL"])]:
    path = os.path.join(out, name)
    if os.path.exists(path):
        os.remove(path)
    db = sqlite3.connect(path)
    for p in pragmas:
        db.execute(p)
    db.execute("CREATE TABLE institution (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")
    db.execute("INSERT INTO institution (name) VALUES ('鹿寨县人民医院')")
    db.commit()
    db.execute("PRAGMA journal_mode = DELETE")
    db.close()
PY

# Messages as institutions' mail programs write them, for the MIME reader: a workbook attached
# under an RFC 2231 GBK name, one under RFC 2047 words, a forwarded message inside a message,
# and a plain text mail.
/usr/bin/python3 - "$seeds" tests/data <<'PY'
import pathlib, sys
from email.message import EmailMessage
from email.policy import SMTP
out, data = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
book = next(iter(sorted(data.rglob("*.xlsx"))), None)
payload = book.read_bytes()[:4096] if book else b"PK\x03\x04"
m = EmailMessage()
m["From"] = "=?GBK?B?wrnVr8/Y?= <luzhai@example.cn>"
m["To"] = "djb@example.cn"
m["Subject"] = "附件1 2021年11月"
m["Message-ID"] = "<seed-1@example.cn>"
m.set_content("请查收。")
m.add_attachment(payload, maintype="application",
                 subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet", filename=("gbk", "", "附件1.xlsx"))
(out / "gbk-2231.eml").write_bytes(m.as_bytes(policy=SMTP))
w = EmailMessage()
w["From"] = "clinic@example.cn"
w["Subject"] = "=?UTF-8?B?6ZmE5Lu2Mw==?="
w.set_content("见附件")
w.add_attachment(payload, maintype="application", subtype="octet-stream", filename="附件3（回传）.xlsx")
(out / "utf8-2047.eml").write_bytes(w.as_bytes(policy=SMTP))
f = EmailMessage()
f["From"] = "office@example.cn"
f["Subject"] = "Fwd"
f.set_content("转发")
f.add_attachment(m)
(out / "forwarded.eml").write_bytes(f.as_bytes(policy=SMTP))
(out / "plain.eml").write_bytes(b"From: a@b.cn\r\nSubject: hi\r\n\r\nbody\r\n")
PY

# Qt's (its SQL drivers' too), SQLite's and fontconfig's caches live until exit: those are not
# the leaks looked for.
suppressions=$work/lsan.supp
printf 'leak:libfontconfig.so\nleak:libQt6Core.so\nleak:libQt6Sql.so\nleak:libsqlite3.so\n' > "$suppressions"
# GMime and GLib keep their type system and charset tables for the life of the process.
printf 'leak:libgmime-3.0.so\nleak:libglib-2.0.so\nleak:libgobject-2.0.so\n' >> "$suppressions"
export LSAN_OPTIONS=suppressions=$suppressions
export ASAN_OPTIONS=abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export QT_QPA_PLATFORM=offscreen

failed=0
for t in "${targets[@]}"; do
  corpus=$work/corpus-$t
  mkdir -p "$corpus"
  echo "== $t for ${seconds}s"
  # New inputs go to the target's own corpus; the seeds are only read.
  if ! "$build/tests/fuzz/$t" -max_total_time="$seconds" -timeout=25 -rss_limit_mb=2048 -max_len=1048576 \
        -artifact_prefix="$work/artifacts/$t-" -print_final_stats=1 "$corpus" "$seeds"; then
    echo "$t FAILED: the input is in $work/artifacts/" >&2
    failed=1
  fi
done
exit $failed
