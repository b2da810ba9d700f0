#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Rebuilds tests/data/import/ (broken filled workbooks) from a demo database's
November 2021 template of 鹿寨县人民医院 and the county's own export:

    qingfeng-cli --db demo.sqlite init --demo
    qingfeng-cli --db demo.sqlite templates --month 2021-11 --out templates
    qingfeng-cli --db demo.sqlite export --form all --month 2021-11 --out county.xlsx --force
    make_import_corpus.py templates/"2021-11 鹿寨县人民医院.xlsx" county.xlsx tests/data/import
"""
import re
import shutil
import sys
import zipfile


def rewrite(source, target, changes):
    """Copies the package, applying changes: part name -> function(text) -> text."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename in changes:
                data = changes[item.filename](data.decode("utf-8")).encode("utf-8")
            zout.writestr(item, data)


def replace_text(old, new):
    def change(xml):
        assert old in xml, old
        return xml.replace(old, new)
    return change


def set_cell(ref, replacement):
    """Replaces cell `ref` (its whole <c> element) with replacement (format keeps its style)."""
    def change(xml):
        pattern = re.compile(r'<c r="%s"( s="\d+")?( t="\w+")?(/>|>.*?</c>)' % ref)
        match = pattern.search(xml)
        assert match, ref
        style = match.group(1) or ""
        return xml[:match.start()] + replacement.format(ref=ref, style=style) + xml[match.end():]
    return change


def main(template, county, out):
    sheet1, sheet3 = "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"
    with open(template, "rb") as f:
        good = f.read()
    with open(out + "/corrupt-zip.xlsx", "wb") as f:
        f.write(good[: len(good) // 2])
    with open(out + "/encrypted.xlsx", "wb") as f:
        # What Excel and WPS save for a password-protected workbook: an OLE container.
        f.write(bytes.fromhex("d0cf11e0a1b11ae1") + bytes(4096 - 8))
    shutil.copy(county, out + "/another-form.xlsx")
    rewrite(template, out + "/wrong-month.xlsx",
            {"xl/sharedStrings.xml": replace_text("报表月份：2021年11月", "报表月份：2020年11月")})
    rewrite(template, out + "/unknown-institution.xlsx",
            {"xl/sharedStrings.xml": replace_text("填报单位：鹿寨县人民医院", "填报单位：鹿寨县某某诊所")})
    rewrite(template, out + "/text-in-number.xlsx",
            {sheet1: set_cell("C7", '<c r="{ref}"{style} t="inlineStr"><is><t>十二</t></is></c>')})
    rewrite(template, out + "/negative.xlsx", {sheet3: set_cell("E7", '<c r="{ref}"{style}><v>-3</v></c>')})
    rewrite(template, out + "/below-last-month.xlsx", {sheet3: set_cell("K7", '<c r="{ref}"{style}><v>0</v></c>')})


if __name__ == "__main__":
    main(*sys.argv[1:4])
