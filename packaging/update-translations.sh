#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Rescans core/, keyring/, ui/ and app/ for tr() strings and refreshes translations/*.ts.
# New strings arrive as unfinished entries in qingfeng_en.ts: translate them (Qt Linguist, or by
# hand) and the translations test turns green again. qingfeng_zh_CN.ts needs no work: the
# source strings are Chinese, so its entries are marked finished with the source as translation.
# Strings that disappeared from the code are dropped (-no-obsolete); source locations are left
# out so that branches adding strings in different files merge cleanly.
set -euo pipefail
cd "$(dirname "$0")/.."
qtbin=$(qtpaths6 --query QT_HOST_BINS 2>/dev/null || echo /usr/lib/qt6/bin)
lupdate=${LUPDATE:-$qtbin/lupdate}

"$lupdate" -no-obsolete -locations none -source-language zh_CN -target-language en \
  core keyring ui app -ts translations/qingfeng_en.ts
"$lupdate" -no-obsolete -locations none -source-language zh_CN -target-language zh_CN \
  core keyring ui app -ts translations/qingfeng_zh_CN.ts

# Chinese is the source language: every entry translates to itself.
python3 - translations/qingfeng_zh_CN.ts <<'PY'
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1]
tree = ET.parse(path)
for message in tree.getroot().iter('message'):
    translation = message.find('translation')
    if message.get('numerus') == 'yes':
        for form in translation.findall('numerusform'):
            form.text = message.find('source').text
    else:
        translation.text = message.find('source').text
    translation.attrib.pop('type', None)
with open(path, 'wb') as out:
    out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    tree.write(out, encoding='utf-8', xml_declaration=False)
    out.write(b'\n')
PY

unfinished=$(grep -c 'type="unfinished"' translations/qingfeng_en.ts || true)
echo "qingfeng_en.ts: $unfinished unfinished entries"
