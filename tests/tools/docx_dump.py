#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Prints what python-docx reads from a .docx as JSON: body paragraphs (text, style, the
texts of bold runs, the colour and borders the style gives, indents in twips),
tables (cell texts, merged cells repeated as python-docx reports them), the count of
inline pictures (in all, and in each paragraph) and their sizes. The tests compare this with what the writer was given."""
import json
import sys

import docx
from docx.oxml.ns import qn


def twips(length):
    return None if length is None else round(length.twips)


def borders(p):
    """Each border side of the paragraph's own formatting and of its style, with its colour."""
    found = {}
    for element in (p.style.element, p._p):
        ppr = element.find(qn("w:pPr"))
        bdr = None if ppr is None else ppr.find(qn("w:pBdr"))
        if bdr is None:
            continue
        for side in bdr:
            found[side.tag.split("}")[1]] = side.get(qn("w:color"))
    return found


def paragraph(p):
    color = p.style.font.color.rgb if p.style.font.color and p.style.font.color.type else None
    return {"text": p.text, "style": p.style.name,
            "keepNext": bool(p.paragraph_format.keep_with_next),
            "bold": [r.text for r in p.runs if r.bold],
            "color": None if color is None else str(color),
            "borders": borders(p),
            "leftTwips": twips(p.paragraph_format.left_indent),
            "firstLineTwips": twips(p.paragraph_format.first_line_indent),
            "pictures": len(p._p.findall(".//" + qn("wp:inline")))}


def main(path):
    doc = docx.Document(path)
    out = {
        "paragraphs": [paragraph(p) for p in doc.paragraphs],
        "tables": [[[c.text for c in row.cells] for row in t.rows] for t in doc.tables],
        "inlineShapes": len(doc.inline_shapes),
        "pictureSizesMm": [[round(s.width.mm, 1), round(s.height.mm, 1)] for s in doc.inline_shapes],
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
