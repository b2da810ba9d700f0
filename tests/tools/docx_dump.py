#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Prints what python-docx reads from a .docx as JSON: body paragraphs (text and style),
tables (cell texts, merged cells repeated as python-docx reports them) and the count of
inline pictures. The tests compare this with what the writer was given."""
import json
import sys

import docx


def main(path):
    doc = docx.Document(path)
    out = {
        "paragraphs": [{"text": p.text, "style": p.style.name,
                        "keepNext": bool(p.paragraph_format.keep_with_next)} for p in doc.paragraphs],
        "tables": [[[c.text for c in row.cells] for row in t.rows] for t in doc.tables],
        "inlineShapes": len(doc.inline_shapes),
        "section": {
            "pageWidthMm": round(doc.sections[0].page_width.mm, 1),
            "pageHeightMm": round(doc.sections[0].page_height.mm, 1),
            "topMm": round(doc.sections[0].top_margin.mm, 1),
            "bottomMm": round(doc.sections[0].bottom_margin.mm, 1),
            "leftMm": round(doc.sections[0].left_margin.mm, 1),
            "rightMm": round(doc.sections[0].right_margin.mm, 1),
        },
    }
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1])
