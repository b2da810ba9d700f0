#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Dumps what a spreadsheet program would see in a workbook, as JSON, so that the tests
can check exported forms with an independent reader (openpyxl): merged ranges, cell
values with their types and number formats, fonts, borders, page setup, protection."""
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
        },
        "protected": bool(ws.protection.sheet),
        "validations": [{"type": dv.type, "operator": dv.operator, "sqref": str(dv.sqref),
                         "formula1": dv.formula1}
                        for dv in ws.data_validations.dataValidation],
    }


def main():
    wb = openpyxl.load_workbook(sys.argv[1])
    json.dump({"sheets": [sheet_info(ws) for ws in wb.worksheets]}, sys.stdout, ensure_ascii=False, default=str)


if __name__ == "__main__":
    main()
