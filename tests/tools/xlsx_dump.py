#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Dumps what a spreadsheet program would see in a workbook, as JSON, so that the tests
can check exported forms with an independent reader (openpyxl): merged ranges, cell
values with their types and number formats, fonts (colour, italic, underline), fills,
borders (with their colours), hidden rows and columns, page setup, print area, scale,
frozen panes, validations, protection.

With --text it writes a readable dump instead, one fact a line, each line starting with
the sheet and the cell (or row, column, page) it is about: the golden files of the
official forms are kept in this form, so that a change to the layout reads as a diff.
The workbook's creation time and other package metadata are left out: they change on
every export."""
import json
import sys

import openpyxl


def cell_info(c):
    info = {"v": c.value, "t": c.data_type, "fmt": c.number_format}
    if c.font is not None:
        info["font"] = c.font.name
        info["size"] = c.font.sz
        info["bold"] = bool(c.font.b)
    info["border"] = c.border.left.style if c.border is not None and c.border.left is not None else None
    info["wrap"] = bool(c.alignment.wrap_text) if c.alignment is not None else False
    info["halign"] = c.alignment.horizontal if c.alignment is not None else None
    info["locked"] = c.protection.locked if c.protection is not None else True
    return info


def sheet_info(ws):
    cells = {}
    for row in ws.iter_rows():
        for c in row:
            if c.value is not None or (c.border is not None and c.border.left is not None
                                       and c.border.left.style is not None):
                cells[c.coordinate] = cell_info(c)
    ps = ws.page_setup
    props = ws.sheet_properties.pageSetUpPr
    return {
        "name": ws.title,
        "maxRow": ws.max_row,
        "maxColumn": ws.max_column,
        "merged": sorted(str(r) for r in ws.merged_cells.ranges),
        "cells": cells,
        "heights": {str(k): v.height for k, v in ws.row_dimensions.items() if v.height is not None},
        "widths": {k: v.width for k, v in ws.column_dimensions.items()},
        "page": {
            "orientation": ps.orientation,
            "paperSize": int(ps.paperSize) if ps.paperSize is not None else None,
            "fitToWidth": int(ps.fitToWidth) if ps.fitToWidth is not None else None,
            "fitToHeight": int(ps.fitToHeight) if ps.fitToHeight is not None else None,
            "fitToPage": bool(props.fitToPage) if props is not None else False,
            "printTitleRows": ws.print_title_rows,
            "horizontalCentered": bool(ws.print_options.horizontalCentered),
            "firstPageNumber": int(ps.firstPageNumber) if ps.firstPageNumber is not None else None,
            "useFirstPageNumber": bool(ps.useFirstPageNumber),
            "footer": ws.oddFooter.center.text or "",
        },
        "protected": bool(ws.protection.sheet),
        "validations": [{"type": dv.type, "operator": dv.operator, "sqref": str(dv.sqref),
                         "formula1": dv.formula1}
                        for dv in ws.data_validations.dataValidation],
    }


def color_text(color):
    """An explicit colour as the file gives it (ARGB, theme or index); None when unset."""
    if color is None:
        return None
    if color.type == "rgb" and isinstance(color.rgb, str):
        return color.rgb
    if color.type == "theme":
        return "theme%s%+.2f" % (color.theme, color.tint or 0) if color.tint else "theme%s" % color.theme
    if color.type == "indexed":
        # 64 is "system foreground", what a writer leaves when it names no colour.
        return None if color.indexed == 64 else "index%s" % color.indexed
    return None


def side_styles(border):
    if border is None:
        return "-"
    sides = [getattr(border, s) for s in ("left", "right", "top", "bottom")]
    out = []
    for b in sides:
        if b is None or not b.style:
            out.append("-")
            continue
        color = color_text(b.color)
        # Black is what an unset border colour prints as; only another colour is written.
        out.append(b.style if color in (None, "FF000000") else "%s:%s" % (b.style, color))
    return "/".join(out)


def font_extras(f):
    """What a font carries beyond its face, size and weight: only what is set."""
    if f is None:
        return ""
    extras = []
    if f.i:
        extras.append("italic")
    if f.u:
        extras.append("underline=%s" % f.u)
    if f.strike:
        extras.append("strike")
    if f.vertAlign:
        extras.append(f.vertAlign)
    color = color_text(f.color)
    if color not in (None, "FF000000", "theme1"):
        extras.append("color=%s" % color)
    return "".join(" " + e for e in extras)


def fill_text(fill):
    if fill is None or fill.fill_type in (None, "none"):
        return ""
    return " fill=%s:%s" % (fill.fill_type, color_text(fill.fgColor) or "-")


def quoted(value):
    return json.dumps(value, ensure_ascii=False)


def header_footer(item):
    parts = []
    for place in ("left", "center", "right"):
        part = getattr(item, place, None)
        if part is not None and part.text:
            parts.append("%s=%s" % (place, quoted(part.text)))
    return " ".join(parts) if parts else "-"


def text_lines(ws):
    name = ws.title
    ps = ws.page_setup
    props = ws.sheet_properties.pageSetUpPr
    m = ws.page_margins
    yield "%s page paper=%s orientation=%s fitToPage=%s fitToWidth=%s fitToHeight=%s" % (
        name, ps.paperSize, ps.orientation, bool(props.fitToPage) if props is not None else False,
        ps.fitToWidth, ps.fitToHeight)
    yield "%s page firstPageNumber=%s useFirstPageNumber=%s" % (name, ps.firstPageNumber, ps.useFirstPageNumber)
    yield "%s page margins left=%s right=%s top=%s bottom=%s header=%s footer=%s" % (
        name, m.left, m.right, m.top, m.bottom, m.header, m.footer)
    yield "%s page centered horizontally=%s vertically=%s" % (
        name, bool(ws.print_options.horizontalCentered), bool(ws.print_options.verticalCentered))
    yield "%s page repeatRows=%s" % (name, ws.print_title_rows)
    yield "%s page header %s" % (name, header_footer(ws.oddHeader))
    yield "%s page footer %s" % (name, header_footer(ws.oddFooter))
    yield "%s page rowBreaks=%s" % (name, ",".join(str(b.id) for b in ws.row_breaks.brk) or "-")
    yield "%s page scale=%s printArea=%s" % (name, ps.scale, ws.print_area or "-")
    yield "%s view freeze=%s state=%s gridlines=%s" % (
        name, ws.freeze_panes or "-", ws.sheet_state, bool(ws.sheet_view.showGridLines))
    yield "%s protection sheet=%s" % (name, bool(ws.protection.sheet))
    for dv in ws.data_validations.dataValidation:
        yield "%s validation %s type=%s operator=%s formula1=%s" % (
            name, dv.sqref, dv.type, dv.operator, quoted(dv.formula1))
    for key in sorted(ws.column_dimensions.keys(), key=lambda k: (len(k), k)):
        d = ws.column_dimensions[key]
        if d.width:
            yield "%s col %s width=%s%s" % (name, key, round(d.width, 4), " hidden" if d.hidden else "")
        elif d.hidden:
            yield "%s col %s hidden" % (name, key)
    for key in sorted(ws.row_dimensions.keys()):
        d = ws.row_dimensions[key]
        if d.height is not None:
            yield "%s row %s height=%s%s" % (name, key, d.height, " hidden" if d.hidden else "")
        elif d.hidden:
            yield "%s row %s hidden" % (name, key)
    for r in sorted(ws.merged_cells.ranges, key=lambda r: (r.min_row, r.min_col)):
        yield "%s merge %s" % (name, r)
    for row in ws.iter_rows():
        for c in row:
            border = side_styles(c.border)
            if c.value is None and border == "-/-/-/-":
                continue
            a = c.alignment
            f = c.font
            yield "%s!%s %s font=%s %s%s%s align=%s/%s%s border=%s%s fmt=%s%s" % (
                name, c.coordinate, quoted(c.value) if c.value is not None else "blank",
                f.name if f is not None else "-", f.sz if f is not None else "-",
                " bold" if f is not None and f.b else "", font_extras(f),
                a.horizontal or "general", a.vertical or "bottom", " wrap" if a.wrap_text else "",
                border, fill_text(c.fill), c.number_format,
                "" if c.protection is None or c.protection.locked else " unlocked")


def main():
    if sys.argv[1] == "--text":
        wb = openpyxl.load_workbook(sys.argv[2])
        for ws in wb.worksheets:
            for line in text_lines(ws):
                sys.stdout.write(line + "\n")
        return
    wb = openpyxl.load_workbook(sys.argv[1])
    json.dump({"sheets": [sheet_info(ws) for ws in wb.worksheets]}, sys.stdout, ensure_ascii=False, default=str)


if __name__ == "__main__":
    main()
